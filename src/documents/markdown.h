// Document content: Markdown (CommonMark) rendered to HTML that is safe to show in a browser. Raw HTML in the
// source (so every <script>, event handler and style) is dropped, and links or images lose their URL unless it is
// relative or http(s), mailto, tel, ftp, or a PNG/GIF/JPEG/WebP data: image. Parsed by md4c, in time linear in the
// input whatever its shape, without recursion: any input, valid UTF-8 or not, is safe to pass.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "platform/pdf/pdf_document.h"

namespace eduims::documents {

// The most characters (code points) a revision's Markdown may hold; a larger one is refused with 422
// validation.too_long. At this size the slowest input known renders in about a tenth of a second.
inline constexpr size_t kMaxMarkdown = 500000;

std::string RenderMarkdown(std::string_view markdown);

// The plain text of `markdown` (what a reader sees, without markup), for the search index.
std::string MarkdownText(std::string_view markdown);

// `markdown` as blocks for a PDF: headings, paragraphs with bold/italic/code, nested lists, code blocks, quotes and
// rules. Raw HTML is dropped, as in RenderMarkdown; links keep their text.
std::vector<pdf::Block> MarkdownBlocks(std::string_view markdown);

}  // namespace eduims::documents
