// QR codes (ISO/IEC 18004) for links people scan with a phone: survey links on class posters, training check-in.
// Encoded by libqrencode; drawn here as SVG for web pages and as a module matrix for PDF renderers.
// Pure computation: no I/O, thread-safe.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduims::qr {

// The dark/light modules of one symbol, row by row; `size` modules a side, without the quiet zone.
class QrCode {
 public:
  // Encodes `text` as bytes with error correction level M (15 % of the symbol may be lost, enough for a printed
  // poster that gets scuffed). Nullopt for empty text or text too long for the largest symbol (version 40).
  static std::optional<QrCode> Encode(std::string_view text);

  int size() const { return size_; }
  bool dark(int row, int column) const { return modules_[static_cast<size_t>(row) * size_ + column]; }

  // A standalone <svg> element: one path of unit squares in a viewBox with the 4-module quiet zone the standard
  // requires, scaled by its container. `title` (plain text, escaped here) names it for screen readers.
  std::string Svg(std::string_view title) const;

 private:
  QrCode(int size, std::vector<bool> modules) : size_(size), modules_(std::move(modules)) {}
  int size_ = 0;
  std::vector<bool> modules_;
};

}  // namespace eduims::qr
