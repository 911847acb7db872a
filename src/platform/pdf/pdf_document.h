// Paginated A4 PDF output with Pango over Cairo: text in any script (Vietnamese, with its stacked diacritics, is
// shaped by HarfBuzz in DejaVu fonts), and a running header and footer on every page, the footer carrying
// "page x of y". Used for controlled copies of documents and for reports. Pure output: no database, no clock.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduims::pdf {

// One block of the body. `markup` is Pango markup: plain text must go through EscapeXml (platform/escape.h); <b>, <i>, <tt> and
// <u> may wrap parts of it.
struct Block {
  // kBar: one bar of a horizontal bar chart, `markup` its label on the left, `value` its length as a share of the
  //   bar area (0 to 1, printed as a percentage after it), `mark` a tick across it (a threshold), `low`/`high` an
  //   interval drawn as a line over it; a bar under its mark is drawn in red.
  // kSquare: a square of dark and light cells (a QR code), `cells` row by row, `side` cells a side, `size` points
  //   wide, centred, with `markup` under it.
  // kPageBreak: what follows starts on a new page.
  enum class Kind {
    kTitle, kHeading1, kHeading2, kHeading3, kParagraph, kListItem, kCode, kQuote, kRule, kBar, kSquare, kPageBreak
  };
  Kind kind = Kind::kParagraph;
  std::string markup;
  int indent = 0;       // list nesting depth, 0 for top level
  std::string marker;  // list items: "•" or "3."
  double value = 0;
  std::optional<double> mark, low, high;
  std::vector<bool> cells;
  int side = 0;
  double size = 0;
};

struct PageFrame {
  std::string header_left, header_right;  // plain text
  std::string footer_left;                // plain text
  std::string page_format = "{page} / {pages}";  // the footer's right part; {page} and {pages} are replaced
  std::string title;                      // the PDF's metadata title
};

// Writes the document to `out`. Returns the number of pages. Throws std::runtime_error if the file cannot be written.
int RenderPdf(const std::vector<Block>& blocks, const PageFrame& frame, const std::filesystem::path& out);

}  // namespace eduims::pdf
