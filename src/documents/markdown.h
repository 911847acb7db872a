// Document content: Markdown (CommonMark) rendered to HTML that is safe to show in a browser. Raw HTML in the
// source (so every <script>, event handler and style) is dropped, and links or images with unsafe schemes
// (javascript:, vbscript:, file:, most data:) lose their URL.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "platform/pdf/pdf_document.h"

namespace eduims::documents {

std::string RenderMarkdown(std::string_view markdown);

// The plain text of `markdown` (what a reader sees, without markup), for the search index.
std::string MarkdownText(std::string_view markdown);

// `markdown` as blocks for a PDF: headings, paragraphs with bold/italic/code, nested lists, code blocks, quotes and
// rules. Raw HTML is dropped, as in RenderMarkdown; links keep their text.
std::vector<pdf::Block> MarkdownBlocks(std::string_view markdown);

}  // namespace eduims::documents
