// The three renderers are written as handlers of md4c's parse events, each keeping its own state in explicit stacks:
// md4c parses in time linear in the input (cmark 0.30 was quadratic, CVE-2023-22486), and no renderer recurses, so
// no nesting depth can exhaust the stack.
#include "documents/markdown.h"
#include "platform/escape.h"

#include <md4c.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <exception>
#include <new>
#include <optional>
#include <stdexcept>

namespace eduims::documents {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Feeds md4c's parse events to a handler's EnterBlock/LeaveBlock/EnterSpan/LeaveSpan/Text. An exception thrown by
// the handler stops the parse and is rethrown by Parse (it must not unwind through md4c's C frames).
template <class Handler>
struct Events {
  Handler& handler;
  std::string_view input;  // what md4c parses
  std::exception_ptr error;

  // The fuzz harness once saw md4c 0.4.8 hand over a text ending one byte past the input (not reproducibly): text
  // that starts in the input is cut at its end.
  std::string_view InInput(const MD_CHAR* text, MD_SIZE size) const {
    const char* end = input.data() + input.size();
    if (text >= input.data() && text <= end) return {text, std::min<size_t>(size, size_t(end - text))};
    return {text, size};
  }

  template <class Call>
  static int Guard(void* user, Call&& call) {
    auto* self = static_cast<Events*>(user);
    try {
      call(self->handler);
      return 0;
    } catch (...) {
      self->error = std::current_exception();
      return 1;
    }
  }
  static int EnterBlock(MD_BLOCKTYPE t, void* d, void* u) { return Guard(u, [&](Handler& h) { h.EnterBlock(t, d); }); }
  static int LeaveBlock(MD_BLOCKTYPE t, void* d, void* u) { return Guard(u, [&](Handler& h) { h.LeaveBlock(t, d); }); }
  static int EnterSpan(MD_SPANTYPE t, void* d, void* u) { return Guard(u, [&](Handler& h) { h.EnterSpan(t, d); }); }
  static int LeaveSpan(MD_SPANTYPE t, void* d, void* u) { return Guard(u, [&](Handler& h) { h.LeaveSpan(t, d); }); }
  static int Text(MD_TEXTTYPE t, const MD_CHAR* text, MD_SIZE size, void* u) {
    auto* self = static_cast<Events*>(u);
    return Guard(u, [&](Handler& h) { h.Text(t, self->InInput(text, size)); });
  }
};

template <class Handler>
void Parse(std::string_view markdown, Handler& handler) {
  if (markdown.size() > UINT_MAX) throw std::length_error("markdown too long");
  // A copy, so that a read one byte past the end (see InInput) meets its terminating NUL, not another's memory.
  const std::string input(markdown);
  Events<Handler> events{handler, input, nullptr};
  MD_PARSER parser{};
  parser.flags = MD_DIALECT_COMMONMARK;
  parser.enter_block = &Events<Handler>::EnterBlock;
  parser.leave_block = &Events<Handler>::LeaveBlock;
  parser.enter_span = &Events<Handler>::EnterSpan;
  parser.leave_span = &Events<Handler>::LeaveSpan;
  parser.text = &Events<Handler>::Text;
  int rc = md_parse(input.data(), static_cast<MD_SIZE>(input.size()), &parser, &events);
  if (events.error) std::rethrow_exception(events.error);
  if (rc != 0) throw std::bad_alloc();  // md4c's only failure of its own
}

void AppendUtf8(unsigned long cp, std::string& out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    out += kReplacement;
  } else if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The character an entity ("&#233;", "&#xE9;", "&amp;") stands for, or nullopt for a name outside the short list
// below (md4c passes any well-formed name; HTML output keeps such names for the browser to resolve).
std::optional<std::string> DecodeEntity(std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') return std::nullopt;
  std::string_view body = entity.substr(1, entity.size() - 2);
  std::string out;
  if (body[0] == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    unsigned long cp = 0;
    for (char c : body.substr(hex ? 2 : 1)) {
      int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                  : hex && std::isxdigit(static_cast<unsigned char>(c))
                      ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                      : -1;
      if (digit < 0) return std::nullopt;
      cp = std::min(cp * (hex ? 16 : 10) + digit, 0x110000UL);
    }
    AppendUtf8(cp, out);
    return out;
  }
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},        {"lt", "<"},          {"gt", ">"},         {"quot", "\""},      {"apos", "'"},
      {"nbsp", "\u00A0"},  {"copy", "\u00A9"},   {"reg", "\u00AE"},   {"trade", "\u2122"}, {"hellip", "\u2026"},
      {"ndash", "\u2013"}, {"mdash", "\u2014"},  {"lsquo", "\u2018"}, {"rsquo", "\u2019"}, {"ldquo", "\u201C"},
      {"rdquo", "\u201D"}, {"laquo", "\u00AB"},  {"raquo", "\u00BB"}, {"middot", "\u00B7"}, {"bull", "\u2022"},
      {"deg", "\u00B0"},   {"times", "\u00D7"},  {"divide", "\u00F7"}, {"euro", "\u20AC"}, {"sect", "\u00A7"},
      {"para", "\u00B6"},  {"colon", ":"},       {"Tab", "\t"},       {"NewLine", "\n"},   {"sol", "/"},
  };
  for (const auto& [name, text] : kNamed)
    if (body == name) return std::string(text);
  return std::nullopt;
}

// The text of an attribute (a link's URL or title, a code block's language) with its entities decoded; a name
// DecodeEntity does not know stays as written, so the browser shows it as text.
std::string AttributeText(const MD_ATTRIBUTE& attribute) {
  std::string out;
  if (!attribute.text) return out;
  for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    std::string_view part(attribute.text + attribute.substr_offsets[i],
                          attribute.substr_offsets[i + 1] - attribute.substr_offsets[i]);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY: out += DecodeEntity(part).value_or(std::string(part)); break;
      case MD_TEXT_NULLCHAR: out += kReplacement; break;
      default: out += part;
    }
  }
  return out;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Whether a link or image may keep its URL: relative URLs, the web and mail schemes, and raster images as data.
// The scheme is read as a browser reads it (leading controls and spaces skipped, tabs and line breaks ignored), so
// "java\tscript:" is not a way round the list.
bool SafeUrl(std::string_view url) {
  std::string seen;
  size_t i = 0;
  while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
  for (; i < url.size(); ++i)
    if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r') seen += url[i];
  size_t colon = seen.find(':');
  if (colon == std::string::npos || seen.find_first_of("/?#") < colon) return true;  // relative
  std::string scheme = Lower(std::string_view(seen).substr(0, colon));
  if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel" || scheme == "ftp") return true;
  if (scheme != "data") return false;
  std::string type = Lower(std::string_view(seen).substr(colon + 1, 11));
  return type.starts_with("image/png") || type.starts_with("image/gif") || type.starts_with("image/jpeg") ||
         type.starts_with("image/webp");
}

// A URL inside a double-quoted attribute: characters outside the URL syntax percent-encoded (so no quote, space or
// control character reaches the page), & and ' as entities.
std::string HrefAttribute(std::string_view url) {
  static constexpr std::string_view kKept = "-._~:/?#[]@!$()*+,;=%";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    if (c == '&') {
      out += "&amp;";
    } else if (c == '\'') {
      out += "&#39;";
    } else if (std::isalnum(u) || kKept.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  return out;
}

// HTML as cmark wrote it (so stored revisions and new ones look alike), with raw HTML dropped and unsafe URLs
// emptied.
class HtmlRenderer {
 public:
  std::string out;

  void EnterBlock(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_QUOTE: Line("<blockquote>\n"); break;
      case MD_BLOCK_UL: Line("<ul>\n"); break;
      case MD_BLOCK_OL: {
        unsigned start = static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start;
        Line(start == 1 ? "<ol>\n" : "<ol start=\"" + std::to_string(start) + "\">\n");
        break;
      }
      case MD_BLOCK_LI: Line("<li>"); break;
      case MD_BLOCK_HR: Line("<hr />\n"); break;
      case MD_BLOCK_H: Line("<h" + std::to_string(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level) + ">"); break;
      case MD_BLOCK_CODE: {
        std::string lang = AttributeText(static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->lang);
        Line(lang.empty() ? "<pre><code>" : "<pre><code class=\"language-" + EscapeXml(lang) + "\">");
        break;
      }
      case MD_BLOCK_P: Line("<p>"); break;
      default: break;  // the document, raw HTML blocks (their text is dropped), tables (not enabled)
    }
  }

  void LeaveBlock(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_QUOTE: Line("</blockquote>\n"); break;
      case MD_BLOCK_UL: Line("</ul>\n"); break;
      case MD_BLOCK_OL: Line("</ol>\n"); break;
      case MD_BLOCK_LI: out += "</li>\n"; break;
      case MD_BLOCK_H: out += "</h" + std::to_string(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level) + ">\n"; break;
      case MD_BLOCK_CODE: out += "</code></pre>\n"; break;
      case MD_BLOCK_P: out += "</p>\n"; break;
      default: break;
    }
  }

  void EnterSpan(MD_SPANTYPE type, void* detail) {
    // An image's description is its alt text: plain text, whatever markup it holds.
    if (image_depth_ > 0) {
      if (type == MD_SPAN_IMG) ++image_depth_;
      return;
    }
    switch (type) {
      case MD_SPAN_EM: out += "<em>"; break;
      case MD_SPAN_STRONG: out += "<strong>"; break;
      case MD_SPAN_CODE: out += "<code>"; break;
      case MD_SPAN_A: {
        auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
        out += "<a href=\"" + Url(a->href) + "\"" + Title(a->title) + ">";
        break;
      }
      case MD_SPAN_IMG:
        ++image_depth_;
        out += "<img src=\"" + Url(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src) + "\" alt=\"";
        break;
      default: break;
    }
  }

  void LeaveSpan(MD_SPANTYPE type, void* detail) {
    if (image_depth_ > 0) {
      if (type == MD_SPAN_IMG && --image_depth_ == 0)
        out += "\"" + Title(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->title) + " />";
      return;
    }
    switch (type) {
      case MD_SPAN_EM: out += "</em>"; break;
      case MD_SPAN_STRONG: out += "</strong>"; break;
      case MD_SPAN_CODE: out += "</code>"; break;
      case MD_SPAN_A: out += "</a>"; break;
      default: break;
    }
  }

  void Text(MD_TEXTTYPE type, std::string_view text) {
    switch (type) {
      case MD_TEXT_NULLCHAR: out += kReplacement; break;
      case MD_TEXT_BR: out += image_depth_ > 0 ? " " : "<br />\n"; break;
      case MD_TEXT_SOFTBR: out += image_depth_ > 0 ? " " : "\n"; break;
      case MD_TEXT_ENTITY:
        // A numeric reference is decoded (so "&#0;" is U+FFFD); a name is left for the browser, which knows them all.
        if (text[1] == '#') out += EscapeXml(DecodeEntity(text).value_or(std::string(kReplacement)));
        else out += text;
        break;
      case MD_TEXT_HTML: break;  // raw HTML, inline or in an HTML block
      default: out += EscapeXml(text);
    }
  }

 private:
  int image_depth_ = 0;

  // A block's opening tag starts a line.
  void Line(const std::string& tag) {
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += tag;
  }

  static std::string Url(const MD_ATTRIBUTE& attribute) {
    std::string url = AttributeText(attribute);
    return SafeUrl(url) ? HrefAttribute(url) : "";
  }

  static std::string Title(const MD_ATTRIBUTE& attribute) {
    if (!attribute.text) return "";
    return " title=\"" + EscapeXml(AttributeText(attribute)) + "\"";
  }
};

// What a reader sees: the text of each paragraph, heading, list item and code block on lines of its own.
class TextRenderer {
 public:
  std::string out;

  void EnterBlock(MD_BLOCKTYPE, void*) { EndLine(); }
  void LeaveBlock(MD_BLOCKTYPE, void*) { EndLine(); }
  void EnterSpan(MD_SPANTYPE, void*) {}
  void LeaveSpan(MD_SPANTYPE, void*) {}
  void Text(MD_TEXTTYPE type, std::string_view text) {
    switch (type) {
      case MD_TEXT_NULLCHAR: out += kReplacement; break;
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR: out += ' '; break;
      case MD_TEXT_ENTITY: out += DecodeEntity(text).value_or(std::string(text)); break;
      case MD_TEXT_HTML: break;
      default: out += text;
    }
  }

 private:
  void EndLine() {
    if (!out.empty() && out.back() != '\n') out += '\n';
  }
};

using pdf::Block;

// Blocks for a PDF: each paragraph, heading or code block is one Block of Pango markup; a list item's first block
// carries its marker.
class BlockRenderer {
 public:
  std::vector<Block> out;

  void EnterBlock(MD_BLOCKTYPE type, void* detail) {
    Flush();
    switch (type) {
      case MD_BLOCK_QUOTE: ++quotes_; break;
      case MD_BLOCK_UL: lists_.push_back({false, 0}); break;
      case MD_BLOCK_OL: lists_.push_back({true, static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start}); break;
      case MD_BLOCK_LI: {
        List& list = lists_.back();
        items_.push_back({out.size(), list.ordered ? std::to_string(list.number++) + "." : "•"});
        break;
      }
      case MD_BLOCK_HR: out.push_back({Block::Kind::kRule, "", 0, ""}); break;
      case MD_BLOCK_H: {
        unsigned level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
        auto kind = level <= 1 ? Block::Kind::kHeading1 : level == 2 ? Block::Kind::kHeading2 : Block::Kind::kHeading3;
        open_ = Block{kind, "", 0, ""};
        break;
      }
      case MD_BLOCK_CODE: open_ = Block{Block::Kind::kCode, "", Indent(), ""}; break;
      case MD_BLOCK_P: open_ = Paragraph(); break;
      case MD_BLOCK_HTML: in_html_ = true; break;
      default: break;
    }
  }

  void LeaveBlock(MD_BLOCKTYPE type, void*) {
    Flush();
    switch (type) {
      case MD_BLOCK_QUOTE: --quotes_; break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL: lists_.pop_back(); break;
      case MD_BLOCK_LI: {
        Item item = items_.back();
        items_.pop_back();
        if (out.size() > item.first) out[item.first].marker = item.marker;
        break;
      }
      case MD_BLOCK_HTML: in_html_ = false; break;
      default: break;
    }
  }

  void EnterSpan(MD_SPANTYPE type, void*) {
    if (const char* tag = Tag(type, true)) Markup() += tag;
  }
  void LeaveSpan(MD_SPANTYPE type, void*) {
    if (const char* tag = Tag(type, false)) Markup() += tag;
  }

  void Text(MD_TEXTTYPE type, std::string_view text) {
    if (in_html_ || type == MD_TEXT_HTML) return;  // raw HTML
    switch (type) {
      case MD_TEXT_NULLCHAR: Markup() += kReplacement; break;
      case MD_TEXT_BR: Markup() += "\n"; break;
      case MD_TEXT_SOFTBR: Markup() += " "; break;
      case MD_TEXT_ENTITY: Markup() += EscapeXml(DecodeEntity(text).value_or(std::string(text))); break;
      default: Markup() += EscapeXml(text);
    }
  }

 private:
  struct List {
    bool ordered;
    unsigned number;
  };
  struct Item {
    size_t first;  // the index in `out` of the item's first block
    std::string marker;
  };
  std::vector<List> lists_;
  std::vector<Item> items_;
  int quotes_ = 0;
  bool in_html_ = false;
  std::optional<Block> open_;  // the block whose text is being read

  int Indent() const { return std::max(static_cast<int>(lists_.size()) - 1, 0); }

  Block Paragraph() const {
    return {quotes_ > 0 ? Block::Kind::kQuote : lists_.empty() ? Block::Kind::kParagraph : Block::Kind::kListItem, "",
            Indent(), ""};
  }

  // The markup of the open block; text straight inside a tight list's item opens a paragraph.
  std::string& Markup() {
    if (!open_) open_ = Paragraph();
    return open_->markup;
  }

  void Flush() {
    if (!open_) return;
    if (open_->kind == Block::Kind::kCode)
      while (!open_->markup.empty() && open_->markup.back() == '\n') open_->markup.pop_back();
    out.push_back(std::move(*open_));
    open_.reset();
  }

  static const char* Tag(MD_SPANTYPE type, bool enter) {
    switch (type) {
      case MD_SPAN_EM: return enter ? "<i>" : "</i>";
      case MD_SPAN_STRONG: return enter ? "<b>" : "</b>";
      case MD_SPAN_CODE: return enter ? "<tt>" : "</tt>";
      case MD_SPAN_A: return enter ? "<u>" : "</u>";
      case MD_SPAN_IMG: return enter ? "[" : "]";
      default: return nullptr;
    }
  }
};

}  // namespace

std::string RenderMarkdown(std::string_view markdown) {
  HtmlRenderer renderer;
  Parse(markdown, renderer);
  return std::move(renderer.out);
}

std::string MarkdownText(std::string_view markdown) {
  TextRenderer renderer;
  Parse(markdown, renderer);
  return std::move(renderer.out);
}

std::vector<pdf::Block> MarkdownBlocks(std::string_view markdown) {
  BlockRenderer renderer;
  Parse(markdown, renderer);
  return std::move(renderer.out);
}

}  // namespace eduims::documents
