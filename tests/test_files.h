// Real files of each accepted type, made in memory for upload and extraction tests.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eduims::testing {

// A valid 1×1 PNG.
std::string TinyPng();
// A ZIP archive holding `entries` (name, content).
std::string ZipOf(const std::vector<std::pair<std::string, std::string>>& entries);
// A minimal DOCX whose body is one paragraph per element of `paragraphs`.
std::string DocxWith(const std::vector<std::string>& paragraphs);
// A one-page PDF (rendered by the product's PDF writer) whose text is `text`.
std::string PdfWith(std::string_view text);

}  // namespace eduims::testing
