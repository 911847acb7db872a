// The Markdown renderer: a document revision's text as the document service renders it for the browser, for the
// search index and for a controlled copy's PDF. Whatever the text, the HTML must carry no script and no link or image
// to a javascript: URL (the renderer's safety contract in documents/markdown.h).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "documents/markdown.h"

namespace {

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view markdown(reinterpret_cast<const char*>(data), size);
  std::string html = Lower(eduims::documents::RenderMarkdown(markdown));
  if (html.find("<script") != std::string::npos) std::abort();
  if (html.find("=\"javascript:") != std::string::npos) std::abort();
  eduims::documents::MarkdownText(markdown);
  eduims::documents::MarkdownBlocks(markdown);
  return 0;
}
