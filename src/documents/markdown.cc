#include "documents/markdown.h"

#include <cmark.h>

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

}  // namespace eduims::documents
