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

// A document may nest quotes, lists and emphasis hundreds of thousands deep: the tree is walked with cmark's
// iterator and explicit state, never by recursion, so no input can exhaust the stack.
class Walk {
 public:
  explicit Walk(cmark_node* root) : iter_(cmark_iter_new(root)) {}
  ~Walk() { cmark_iter_free(iter_); }
  Walk(const Walk&) = delete;
  Walk& operator=(const Walk&) = delete;

  // The next node below the root and whether it is entered (false: left); false at the end.
  bool Next(cmark_node*& node, bool& enter) {
    for (cmark_event_type ev; (ev = cmark_iter_next(iter_)) != CMARK_EVENT_DONE;) {
      node = cmark_iter_get_node(iter_);
      enter = ev == CMARK_EVENT_ENTER;
      if (node != cmark_iter_get_root(iter_)) return true;
    }
    return false;
  }
  // Goes on after `node` without visiting what it holds.
  void SkipChildren(cmark_node* node) { cmark_iter_reset(iter_, node, CMARK_EVENT_EXIT); }

 private:
  cmark_iter* iter_;
};

// A heading's or paragraph's inlines as Pango markup; raw HTML is dropped.
std::string InlineMarkup(cmark_node* parent) {
  std::string out;
  Walk walk(parent);
  cmark_node* n;
  bool enter;
  while (walk.Next(n, enter)) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT: out += EscapeXml(Literal(n)); break;
      case CMARK_NODE_CODE: out += "<tt>" + EscapeXml(Literal(n)) + "</tt>"; break;
      case CMARK_NODE_EMPH: out += enter ? "<i>" : "</i>"; break;
      case CMARK_NODE_STRONG: out += enter ? "<b>" : "</b>"; break;
      case CMARK_NODE_LINK: out += enter ? "<u>" : "</u>"; break;
      case CMARK_NODE_IMAGE: out += enter ? "[" : "]"; break;
      case CMARK_NODE_SOFTBREAK: out += " "; break;
      case CMARK_NODE_LINEBREAK: out += "\n"; break;
      default: walk.SkipChildren(n); break;  // raw HTML
    }
  }
  return out;
}

std::vector<Block> Blocks(cmark_node* doc) {
  std::vector<Block> out;
  struct List {
    bool ordered;
    int number;  // the current item's
  };
  std::vector<List> lists;
  std::vector<size_t> item_starts;  // for each open item, its first block, which carries its marker
  int quotes = 0;
  Walk walk(doc);
  cmark_node* n;
  bool enter;
  while (walk.Next(n, enter)) {
    int depth = int(item_starts.size());
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_PARAGRAPH:
        out.push_back({quotes > 0 ? Block::Kind::kQuote : depth > 0 ? Block::Kind::kListItem : Block::Kind::kParagraph,
                       InlineMarkup(n), std::max(depth - 1, 0), ""});
        walk.SkipChildren(n);
        break;
      case CMARK_NODE_HEADING: {
        int level = cmark_node_get_heading_level(n);
        auto kind = level <= 1 ? Block::Kind::kHeading1 : level == 2 ? Block::Kind::kHeading2 : Block::Kind::kHeading3;
        out.push_back({kind, InlineMarkup(n)});
        walk.SkipChildren(n);
        break;
      }
      case CMARK_NODE_CODE_BLOCK: {
        std::string code = Literal(n);
        while (!code.empty() && code.back() == '\n') code.pop_back();
        out.push_back({Block::Kind::kCode, EscapeXml(code), std::max(depth - 1, 0), ""});
        break;
      }
      case CMARK_NODE_THEMATIC_BREAK: out.push_back({Block::Kind::kRule, ""}); break;
      case CMARK_NODE_BLOCK_QUOTE: quotes += enter ? 1 : -1; break;
      case CMARK_NODE_LIST:
        if (enter) lists.push_back({cmark_node_get_list_type(n) == CMARK_ORDERED_LIST, cmark_node_get_list_start(n)});
        else lists.pop_back();
        break;
      case CMARK_NODE_ITEM:
        if (enter) {
          item_starts.push_back(out.size());
        } else {
          List& list = lists.back();
          if (out.size() > item_starts.back())
            out[item_starts.back()].marker = list.ordered ? std::to_string(list.number) + "." : "•";
          ++list.number;
          item_starts.pop_back();
        }
        break;
      default: walk.SkipChildren(n); break;  // raw HTML blocks
    }
  }
  return out;
}

}  // namespace

std::vector<pdf::Block> MarkdownBlocks(std::string_view markdown) {
  Node doc = Parse(markdown);
  return Blocks(doc.get());
}

}  // namespace eduims::documents
