// The text inside an uploaded file, for full-text search: the text layer of a PDF (Poppler) and the paragraphs of a
// DOCX (its word/document.xml). Other types have no text to extract. Bounded: at most `max_bytes` of UTF-8 and
// the first 2,000 pages or 64 MiB of document XML, so a hostile file costs bounded time and memory.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace eduims::files {

// Never throws: a damaged or encrypted file has no text.
std::string ExtractText(const std::filesystem::path& path, std::string_view media_type, size_t max_bytes = 1 << 20);

// The text of WordprocessingML: the content of its text runs, a newline after each paragraph, a space for tabs and
// line breaks, entities decoded. Exposed for tests.
std::string WordprocessingText(std::string_view xml, size_t max_bytes);

}  // namespace eduims::files
