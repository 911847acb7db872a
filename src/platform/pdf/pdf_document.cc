#include "platform/pdf/pdf_document.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

namespace eduims::pdf {
namespace {

// A4 in points, with 2 cm margins; the header and footer sit inside the top and bottom margins.
constexpr double kPageWidth = 595.28, kPageHeight = 841.89;
constexpr double kMargin = 56.7;
constexpr double kBodyTop = kMargin + 14, kBodyBottom = kPageHeight - kMargin - 14;
constexpr double kBodyWidth = kPageWidth - 2 * kMargin;

struct Style {
  const char* font;
  double space_before, space_after;
};

Style StyleOf(Block::Kind kind) {
  switch (kind) {
    case Block::Kind::kTitle: return {"DejaVu Sans Bold 18", 0, 12};
    case Block::Kind::kHeading1: return {"DejaVu Sans Bold 14", 12, 6};
    case Block::Kind::kHeading2: return {"DejaVu Sans Bold 12", 10, 4};
    case Block::Kind::kHeading3: return {"DejaVu Sans Bold 10.5", 8, 3};
    case Block::Kind::kCode: return {"DejaVu Sans Mono 9", 4, 6};
    case Block::Kind::kQuote: return {"DejaVu Sans Oblique 10", 4, 6};
    case Block::Kind::kListItem: return {"DejaVu Sans 10", 0, 3};
    case Block::Kind::kRule: return {"DejaVu Sans 10", 6, 6};
    case Block::Kind::kParagraph:
    case Block::Kind::kBar:
    case Block::Kind::kSquare:
    case Block::Kind::kPageBreak: break;
  }
  return {"DejaVu Sans 10", 0, 6};
}

bool IsHeading(Block::Kind kind) {
  return kind == Block::Kind::kHeading1 || kind == Block::Kind::kHeading2 || kind == Block::Kind::kHeading3;
}

struct Unref {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
  void operator()(PangoFontDescription* description) const { pango_font_description_free(description); }
};
using Layout = std::unique_ptr<PangoLayout, Unref>;
using FontDescription = std::unique_ptr<PangoFontDescription, Unref>;

Layout MakeLayout(cairo_t* cr, const char* font, const std::string& markup, double width, bool is_markup = true) {
  Layout layout(pango_cairo_create_layout(cr));
  FontDescription description(pango_font_description_from_string(font));
  pango_layout_set_font_description(layout.get(), description.get());
  if (width > 0) pango_layout_set_width(layout.get(), int(width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  if (is_markup) pango_layout_set_markup(layout.get(), markup.c_str(), -1);
  else pango_layout_set_text(layout.get(), markup.c_str(), -1);
  return layout;
}

double WidthOf(cairo_t* cr, const char* font, const std::string& text) {
  Layout layout = MakeLayout(cr, font, text, 0, false);
  int width = 0, height = 0;
  pango_layout_get_pixel_size(layout.get(), &width, &height);
  return width;
}

// `text` as it fits on one line `width` wide: whole, or cut at a character boundary and ended with "…". Cut here
// rather than by Pango's ellipsizing, whose "…" carries the whole hidden text in the PDF's text layer, so that
// copying or searching the PDF would find words the page does not show.
std::string FitOnOneLine(cairo_t* cr, const char* font, const std::string& text, double width) {
  if (WidthOf(cr, font, text) <= width) return text;
  Layout layout = MakeLayout(cr, font, text, 0, false);
  int count = 0;
  const PangoLogAttr* attrs = pango_layout_get_log_attrs_readonly(layout.get(), &count);
  std::vector<size_t> cuts;  // byte offsets where a cut leaves whole characters
  const char* p = text.c_str();
  for (int i = 1; i < count && *p; ++i) {
    p = g_utf8_next_char(p);
    if (attrs[i].is_cursor_position) cuts.push_back(size_t(p - text.c_str()));
  }
  auto cut_at = [&](size_t bytes) {
    std::string head = text.substr(0, bytes);
    while (!head.empty() && head.back() == ' ') head.pop_back();
    return head + "…";
  };
  // The longest cut that fits, by bisection: widths grow with the cut.
  size_t low = 0, high = cuts.size();
  while (low < high) {
    size_t mid = (low + high) / 2;
    if (WidthOf(cr, font, cut_at(cuts[mid])) <= width) low = mid + 1;
    else high = mid;
  }
  return low == 0 ? "…" : cut_at(cuts[low - 1]);
}

void ReplaceAll(std::string& text, std::string_view from, const std::string& to) {
  for (size_t p = text.find(from); p != std::string::npos; p = text.find(from, p + to.size()))
    text.replace(p, from.size(), to);
}

// Places every line of every block on pages; draws when `draw` is set. Returns the number of pages used.
class Typesetter {
 public:
  Typesetter(cairo_t* cr, const PageFrame& frame, int total_pages, bool draw)
      : cr_(cr), frame_(frame), total_pages_(total_pages), draw_(draw) {}

  int Run(const std::vector<Block>& blocks) {
    StartPage();
    for (size_t i = 0; i < blocks.size(); ++i) Place(blocks[i], i + 1 < blocks.size() ? &blocks[i + 1] : nullptr);
    FinishPage();
    return page_;
  }

 private:
  void StartPage() {
    ++page_;
    y_ = kBodyTop;
    first_on_page_ = true;
  }

  void FinishPage() {
    if (!draw_) return;
    DrawFrame();
    cairo_show_page(cr_);
  }

  void NewPage() {
    FinishPage();
    StartPage();
  }

  // A header or footer line: the right part whole (up to half the width), the left part in the rest, each on one
  // line, cut with "…" rather than wrapped across the rule beside it.
  void DrawLine(const std::string& left, const std::string& right, double y) {
    constexpr const char* kFont = "DejaVu Sans 8";
    constexpr double kGap = 12;
    double right_part = std::min(WidthOf(cr_, kFont, right) + 1, kBodyWidth / 2);
    auto show = [&](const std::string& text, double x, double width, PangoAlignment align) {
      Layout l = MakeLayout(cr_, kFont, FitOnOneLine(cr_, kFont, text, width), width, false);
      pango_layout_set_alignment(l.get(), align);
      cairo_move_to(cr_, x, y);
      pango_cairo_show_layout(cr_, l.get());
    };
    show(left, kMargin, kBodyWidth - right_part - kGap, PANGO_ALIGN_LEFT);
    show(right, kMargin + kBodyWidth - right_part, right_part, PANGO_ALIGN_RIGHT);
  }

  void DrawFrame() {
    cairo_set_source_rgb(cr_, 0.25, 0.25, 0.25);
    std::string page = frame_.page_format;
    ReplaceAll(page, "{page}", std::to_string(page_));
    ReplaceAll(page, "{pages}", std::to_string(total_pages_));
    DrawLine(frame_.header_left, frame_.header_right, kMargin - 18);
    DrawLine(frame_.footer_left, page, kPageHeight - kMargin + 6);
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, kMargin, kMargin - 4);
    cairo_line_to(cr_, kPageWidth - kMargin, kMargin - 4);
    cairo_move_to(cr_, kMargin, kPageHeight - kMargin + 2);
    cairo_line_to(cr_, kPageWidth - kMargin, kPageHeight - kMargin + 2);
    cairo_stroke(cr_);
    cairo_set_source_rgb(cr_, 0, 0, 0);
  }

  // A bar of a chart: the label in the left third, the bar in the rest, its percentage after it.
  void PlaceBar(const Block& block) {
    constexpr const char* kFont = "DejaVu Sans 8.5";
    const double label_width = kBodyWidth / 3, area_x = kMargin + label_width + 6, area_width = kBodyWidth - label_width - 46;
    Layout label = MakeLayout(cr_, kFont, block.markup, label_width);
    int w, h;
    pango_layout_get_size(label.get(), &w, &h);
    double height = std::max(14.0, double(h) / PANGO_SCALE) + 4;
    if (y_ + height > kBodyBottom && !first_on_page_) NewPage();
    if (draw_) {
      cairo_move_to(cr_, kMargin, y_);
      pango_cairo_show_layout(cr_, label.get());
      double value = std::clamp(block.value, 0.0, 1.0);
      bool low = block.mark && block.value < *block.mark;
      cairo_set_source_rgb(cr_, 0.93, 0.93, 0.93);
      cairo_rectangle(cr_, area_x, y_ + 1, area_width, 10);
      cairo_fill(cr_);
      if (low) cairo_set_source_rgb(cr_, 0.75, 0.1, 0.12);
      else cairo_set_source_rgb(cr_, 0.2, 0.5, 0.15);
      cairo_rectangle(cr_, area_x, y_ + 1, area_width * value, 10);
      cairo_fill(cr_);
      cairo_set_source_rgb(cr_, 0, 0, 0);
      cairo_set_line_width(cr_, 1);
      if (block.low && block.high) {
        cairo_move_to(cr_, area_x + area_width * std::clamp(*block.low, 0.0, 1.0), y_ + 6);
        cairo_line_to(cr_, area_x + area_width * std::clamp(*block.high, 0.0, 1.0), y_ + 6);
        cairo_stroke(cr_);
      }
      if (block.mark) {
        double x = area_x + area_width * std::clamp(*block.mark, 0.0, 1.0);
        cairo_move_to(cr_, x, y_ - 1);
        cairo_line_to(cr_, x, y_ + 13);
        cairo_stroke(cr_);
      }
      Layout figure = MakeLayout(cr_, kFont, std::to_string(int(std::lround(block.value * 100))) + " %", 40, false);
      cairo_move_to(cr_, area_x + area_width + 6, y_);
      pango_cairo_show_layout(cr_, figure.get());
    }
    y_ += height;
    first_on_page_ = false;
  }

  void PlaceSquare(const Block& block) {
    Layout caption = MakeLayout(cr_, "DejaVu Sans Bold 12", block.markup, kBodyWidth);
    pango_layout_set_alignment(caption.get(), PANGO_ALIGN_CENTER);
    int w, h;
    pango_layout_get_size(caption.get(), &w, &h);
    double height = block.size + 8 + double(h) / PANGO_SCALE;
    if (y_ + height > kBodyBottom && !first_on_page_) NewPage();
    if (draw_ && block.side > 0) {
      double cell = block.size / block.side, x0 = kMargin + (kBodyWidth - block.size) / 2;
      for (int row = 0; row < block.side; ++row)
        for (int column = 0; column < block.side; ++column)
          if (block.cells[size_t(row) * block.side + column])
            cairo_rectangle(cr_, x0 + column * cell, y_ + row * cell, cell, cell);
      cairo_fill(cr_);
      cairo_move_to(cr_, kMargin, y_ + block.size + 8);
      pango_cairo_show_layout(cr_, caption.get());
    }
    y_ += height;
    first_on_page_ = false;
  }

  void Place(const Block& block, const Block* next) {
    if (block.kind == Block::Kind::kPageBreak) {
      if (!first_on_page_) NewPage();
      return;
    }
    if (block.kind == Block::Kind::kBar) return PlaceBar(block);
    if (block.kind == Block::Kind::kSquare) return PlaceSquare(block);
    Style style = StyleOf(block.kind);
    if (!first_on_page_) y_ += style.space_before;
    if (block.kind == Block::Kind::kRule) {
      if (y_ + 1 > kBodyBottom) NewPage();
      if (draw_) {
        cairo_set_line_width(cr_, 0.5);
        cairo_move_to(cr_, kMargin, y_);
        cairo_line_to(cr_, kPageWidth - kMargin, y_);
        cairo_stroke(cr_);
      }
      y_ += style.space_after;
      return;
    }
    double indent = block.indent * 14.0 + (block.kind == Block::Kind::kListItem ? 16.0 : 0.0) +
                    (block.kind == Block::Kind::kQuote || block.kind == Block::Kind::kCode ? 12.0 : 0.0);
    Layout layout = MakeLayout(cr_, style.font, block.markup, kBodyWidth - indent);
    // A heading stays with the start of what follows it.
    if (IsHeading(block.kind) && next) {
      int w, h;
      pango_layout_get_size(layout.get(), &w, &h);
      if (y_ + double(h) / PANGO_SCALE + 40 > kBodyBottom && !first_on_page_) NewPage();
    }
    PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
    bool first_line = true;
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      double height = double(logical.height) / PANGO_SCALE;
      if (y_ + height > kBodyBottom && !first_on_page_) NewPage();
      if (draw_) {
        PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
        double baseline = double(pango_layout_iter_get_baseline(iter) - logical.y) / PANGO_SCALE;
        cairo_move_to(cr_, kMargin + indent + double(logical.x) / PANGO_SCALE, y_ + baseline);
        pango_cairo_show_layout_line(cr_, line);
        if (first_line && !block.marker.empty()) {
          Layout marker = MakeLayout(cr_, style.font, block.marker, 16, false);
          cairo_move_to(cr_, kMargin + indent - 16, y_);
          pango_cairo_show_layout(cr_, marker.get());
        }
      }
      y_ += height;
      first_on_page_ = false;
      first_line = false;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    y_ += style.space_after;
  }

  cairo_t* cr_;
  const PageFrame& frame_;
  int total_pages_;
  bool draw_;
  int page_ = 0;
  double y_ = 0;
  bool first_on_page_ = true;
};

}  // namespace

int RenderPdf(const std::vector<Block>& blocks, const PageFrame& frame, const std::filesystem::path& out) {
  cairo_surface_t* surface = cairo_pdf_surface_create(out.c_str(), kPageWidth, kPageHeight);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    throw std::runtime_error("cannot write " + out.string());
  }
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, frame.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "EduIMS");
  cairo_t* cr = cairo_create(surface);
  // The footer says "page x of y": count the pages first, then draw them.
  int pages = Typesetter(cr, frame, 0, false).Run(blocks);
  Typesetter(cr, frame, pages, true).Run(blocks);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error("cannot write " + out.string());
  return pages;
}

}  // namespace eduims::pdf
