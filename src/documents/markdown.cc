#include "documents/markdown.h"
#include "platform/escape.h"

#include <cmark.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace eduims::documents {
namespace {

struct FreeNode {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using Node = std::unique_ptr<cmark_node, FreeNode>;

Node Parse(std::string_view markdown) {
  // CMARK_OPT_SAFE is the default since cmark 0.29; never pass CMARK_OPT_UNSAFE.
  return Node(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8));
}

}  // namespace

std::string RenderMarkdown(std::string_view markdown) {
  Node doc = Parse(markdown);
  char* html = cmark_render_html(doc.get(), CMARK_OPT_DEFAULT);
  std::string out(html);
  std::free(html);
  return out;
}

std::string MarkdownText(std::string_view markdown) {
  Node doc = Parse(markdown);
  std::string out;
  cmark_iter* iter = cmark_iter_new(doc.get());
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK)) {
      out += cmark_node_get_literal(node);
      out += ' ';
    } else if (ev == CMARK_EVENT_EXIT && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
                                          type == CMARK_NODE_ITEM)) {
      out += '\n';
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      out += ' ';
    }
  }
  cmark_iter_free(iter);
  return out;
}

namespace {

using pdf::Block;

std::string Literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text ? text : "";
}

std::string InlineMarkup(cmark_node* parent) {
  std::string out;
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT: out += EscapeXml(Literal(n)); break;
      case CMARK_NODE_CODE: out += "<tt>" + EscapeXml(Literal(n)) + "</tt>"; break;
      case CMARK_NODE_EMPH: out += "<i>" + InlineMarkup(n) + "</i>"; break;
      case CMARK_NODE_STRONG: out += "<b>" + InlineMarkup(n) + "</b>"; break;
      case CMARK_NODE_LINK: out += "<u>" + InlineMarkup(n) + "</u>"; break;
      case CMARK_NODE_IMAGE: out += "[" + InlineMarkup(n) + "]"; break;
      case CMARK_NODE_SOFTBREAK: out += " "; break;
      case CMARK_NODE_LINEBREAK: out += "\n"; break;
      default: break;  // raw HTML
    }
  }
  return out;
}

void AppendBlocks(cmark_node* parent, int depth, bool quoted, std::vector<Block>& out) {
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_PARAGRAPH:
        out.push_back({quoted ? Block::Kind::kQuote : depth > 0 ? Block::Kind::kListItem : Block::Kind::kParagraph,
                       InlineMarkup(n), std::max(depth - 1, 0), ""});
        break;
      case CMARK_NODE_HEADING: {
        int level = cmark_node_get_heading_level(n);
        auto kind = level <= 1 ? Block::Kind::kHeading1 : level == 2 ? Block::Kind::kHeading2 : Block::Kind::kHeading3;
        out.push_back({kind, InlineMarkup(n)});
        break;
      }
      case CMARK_NODE_CODE_BLOCK: {
        std::string code = Literal(n);
        while (!code.empty() && code.back() == '\n') code.pop_back();
        out.push_back({Block::Kind::kCode, EscapeXml(code), std::max(depth - 1, 0), ""});
        break;
      }
      case CMARK_NODE_THEMATIC_BREAK: out.push_back({Block::Kind::kRule, ""}); break;
      case CMARK_NODE_BLOCK_QUOTE: AppendBlocks(n, depth, true, out); break;
      case CMARK_NODE_LIST: {
        bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        int number = cmark_node_get_list_start(n);
        for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item), ++number) {
          size_t first = out.size();
          AppendBlocks(item, depth + 1, quoted, out);
          // The item's first block carries its marker.
          if (out.size() > first) out[first].marker = ordered ? std::to_string(number) + "." : "•";
        }
        break;
      }
      default: break;  // raw HTML blocks
    }
  }
}

}  // namespace

std::vector<pdf::Block> MarkdownBlocks(std::string_view markdown) {
  Node doc = Parse(markdown);
  std::vector<Block> out;
  AppendBlocks(doc.get(), 0, false, out);
  return out;
}

}  // namespace eduims::documents
