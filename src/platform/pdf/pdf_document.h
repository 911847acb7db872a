// Paginated A4 PDF output with Pango over Cairo: text in any script (Vietnamese, with its stacked diacritics, is
// shaped by HarfBuzz in DejaVu fonts), and a running header and footer on every page, the footer carrying
// "page x of y". Used for controlled copies of documents and for reports. Pure output: no database, no clock.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace eduims::pdf {

// One block of the body. `markup` is Pango markup: plain text must go through EscapeXml (platform/escape.h); <b>, <i>, <tt> and
// <u> may wrap parts of it.
struct Block {
  enum class Kind { kTitle, kHeading1, kHeading2, kHeading3, kParagraph, kListItem, kCode, kQuote, kRule };
  Kind kind = Kind::kParagraph;
  std::string markup;
  int indent = 0;       // list nesting depth, 0 for top level
  std::string marker;  // list items: "•" or "3."
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
