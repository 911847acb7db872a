#include "platform/qr/qr_code.h"

#include <qrencode.h>

#include <memory>
#include <string>

#include "platform/escape.h"

namespace eduims::qr {

namespace {
constexpr int kQuietZone = 4;
}  // namespace

std::optional<QrCode> QrCode::Encode(std::string_view text) {
  if (text.empty()) return std::nullopt;
  // QRcode_encodeData takes the bytes as they are (8-bit mode), so UTF-8 text round-trips through any reader.
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0,
                        QR_ECLEVEL_M),
      &QRcode_free);
  if (!code) return std::nullopt;
  const int size = code->width;
  std::vector<bool> modules(static_cast<size_t>(size) * size);
  // libqrencode's least significant bit of each byte is the module's colour; the other bits describe its role.
  for (size_t i = 0; i < modules.size(); ++i) modules[i] = (code->data[i] & 1) != 0;
  return QrCode(size, std::move(modules));
}

std::string QrCode::Svg(std::string_view title) const {
  const int side = size_ + 2 * kQuietZone;
  std::string side_text = std::to_string(side);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side_text + " " + side_text +
                    "\" role=\"img\" shape-rendering=\"crispEdges\"><title>" + EscapeXml(title) +
                    "</title><rect width=\"" + side_text + "\" height=\"" + side_text +
                    "\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
  // One horizontal run per stretch of dark modules keeps the path a few kilobytes even for large symbols.
  for (int row = 0; row < size_; ++row) {
    for (int column = 0; column < size_;) {
      if (!dark(row, column)) {
        ++column;
        continue;
      }
      int end = column;
      while (end < size_ && dark(row, end)) ++end;
      const std::string width = std::to_string(end - column);
      svg += 'M';
      svg += std::to_string(column + kQuietZone);
      svg += ' ';
      svg += std::to_string(row + kQuietZone);
      svg += 'h';
      svg += width;
      svg += "v1h-";
      svg += width;
      svg += 'z';
      column = end;
    }
  }
  svg += "\"/></svg>";
  return svg;
}

}  // namespace eduims::qr
