#include "platform/files/text_extract.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <zip.h>

#include <memory>
#include <mutex>
#include <vector>

#include "platform/i18n/fold.h"

namespace eduims::files {
namespace {

constexpr int kMaxPages = 2000;
constexpr zip_uint64_t kMaxDocumentXml = 64ull << 20;

void AppendCodePoint(std::string& out, unsigned long cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return;
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

void AppendDecoded(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out.push_back(text[i]);
      continue;
    }
    size_t semi = text.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view entity = text.substr(i + 1, semi - i - 1);
    if (entity == "amp") out.push_back('&');
    else if (entity == "lt") out.push_back('<');
    else if (entity == "gt") out.push_back('>');
    else if (entity == "quot") out.push_back('"');
    else if (entity == "apos") out.push_back('\'');
    else if (!entity.empty() && entity[0] == '#') {
      bool hex = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X');
      std::string digits(entity.substr(hex ? 2 : 1));
      char* end = nullptr;
      unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (!digits.empty() && end && *end == '\0') AppendCodePoint(out, cp);
    }
    i = semi;
  }
}

bool TagIs(std::string_view tag, std::string_view name) {
  // "w:t", "w:t xml:space=...", but not "w:tab" or "w:tbl".
  return tag.substr(0, name.size()) == name &&
         (tag.size() == name.size() || tag[name.size()] == ' ' || tag[name.size()] == '/');
}

std::string DocxText(const std::filesystem::path& path, size_t max_bytes) {
  int error = 0;
  std::unique_ptr<zip_t, void (*)(zip_t*)> archive(zip_open(path.c_str(), ZIP_RDONLY, &error),
                                                   [](zip_t* z) { if (z) zip_discard(z); });
  if (!archive) return "";
  zip_stat_t stat;
  if (zip_stat(archive.get(), "word/document.xml", 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
      stat.size > kMaxDocumentXml)
    return "";
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(archive.get(), "word/document.xml", 0), zip_fclose);
  if (!file) return "";
  std::string xml(size_t(stat.size), '\0');
  zip_int64_t read = zip_fread(file.get(), xml.data(), stat.size);
  if (read < 0) return "";
  xml.resize(size_t(read));
  return WordprocessingText(xml, max_bytes);
}

std::string PdfText(const std::filesystem::path& path, size_t max_bytes) {
  // Poppler reports every oddity of a damaged file on stderr; a damaged file simply has less text.
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.string()));
  if (!doc || doc->is_locked()) return "";
  std::string out;
  int pages = std::min(doc->pages(), kMaxPages);
  for (int i = 0; i < pages && out.size() < max_bytes; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    poppler::byte_array utf8 = page->text().to_utf8();
    out.append(utf8.begin(), utf8.end());
    out.push_back('\n');
  }
  return out;
}

void Truncate(std::string& text, size_t max_bytes) { text.resize(Utf8Prefix(text, max_bytes).size()); }

}  // namespace

std::string WordprocessingText(std::string_view xml, size_t max_bytes) {
  std::string out;
  bool in_text = false;
  size_t i = 0;
  while (i < xml.size() && out.size() < max_bytes) {
    if (xml[i] != '<') {
      size_t next = xml.find('<', i);
      if (next == std::string_view::npos) next = xml.size();
      if (in_text) AppendDecoded(out, xml.substr(i, next - i));
      i = next;
      continue;
    }
    size_t close = xml.find('>', i);
    if (close == std::string_view::npos) break;
    std::string_view tag = xml.substr(i + 1, close - i - 1);
    if (TagIs(tag, "w:t")) in_text = tag.back() != '/';
    else if (TagIs(tag, "/w:t")) in_text = false;
    else if (TagIs(tag, "/w:p")) out.push_back('\n');
    else if (TagIs(tag, "w:tab") || TagIs(tag, "w:br")) out.push_back(' ');
    i = close + 1;
  }
  Truncate(out, max_bytes);
  return out;
}

std::string ExtractText(const std::filesystem::path& path, std::string_view media_type, size_t max_bytes) {
  try {
    std::string text;
    if (media_type == "application/pdf") text = PdfText(path, max_bytes);
    else if (media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
      text = DocxText(path, max_bytes);
    Truncate(text, max_bytes);
    return text;
  } catch (const std::exception&) {
    return "";
  }
}

}  // namespace eduims::files
