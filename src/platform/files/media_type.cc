#include "platform/files/media_type.h"

#include <zip.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>
#include <vector>

namespace eduims::files {
namespace {

const MediaType kPdf{"application/pdf", "pdf", "PDF"};
const MediaType kPng{"image/png", "png", "PNG"};
const MediaType kJpeg{"image/jpeg", "jpg", "JPEG"};
const MediaType kGif{"image/gif", "gif", "GIF"};
const MediaType kWebp{"image/webp", "webp", "WebP"};
const MediaType kDocx{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "DOCX"};
const MediaType kXlsx{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "XLSX"};
const MediaType kPptx{"application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "PPTX"};

bool StartsWith(std::string_view head, std::string_view magic) { return head.substr(0, magic.size()) == magic; }

struct CloseArchive {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

// An Office Open XML package names its content types and holds its main part at a fixed path.
std::optional<MediaType> OfficeTypeOf(const std::filesystem::path& path) {
  int error = 0;
  std::unique_ptr<zip_t, CloseArchive> archive(zip_open(path.c_str(), ZIP_RDONLY, &error));
  if (!archive) return std::nullopt;
  auto has = [&](const char* name) { return zip_name_locate(archive.get(), name, 0) >= 0; };
  if (!has("[Content_Types].xml")) return std::nullopt;
  if (has("word/document.xml")) return kDocx;
  if (has("xl/workbook.xml")) return kXlsx;
  if (has("ppt/presentation.xml")) return kPptx;
  return std::nullopt;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<MediaType> DetectMediaType(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::array<char, 16> bytes{};
  in.read(bytes.data(), bytes.size());
  std::string_view head(bytes.data(), size_t(in.gcount()));
  if (StartsWith(head, "%PDF-")) return kPdf;
  if (StartsWith(head, "\x89PNG\r\n\x1a\n")) return kPng;
  if (StartsWith(head, "\xff\xd8\xff")) return kJpeg;
  if (StartsWith(head, "GIF87a") || StartsWith(head, "GIF89a")) return kGif;
  if (StartsWith(head, "RIFF") && head.size() >= 12 && head.substr(8, 4) == "WEBP") return kWebp;
  if (StartsWith(head, "PK\x03\x04")) return OfficeTypeOf(path);
  return std::nullopt;
}

std::variant<std::string, Problem> AcceptedFileName(std::string_view requested, const MediaType& type) {
  std::string name;
  for (unsigned char c : requested) {
    if (c < 0x20 || c == 0x7f) return Problem::Make(422, "validation.invalid_value", "file_name");
    name.push_back(char(c));
  }
  // Only the last path component: browsers on some systems send "C:\fakepath\x.pdf".
  size_t slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name = name.substr(slash + 1);
  size_t first = name.find_first_not_of(' ');
  size_t last = name.find_last_not_of(' ');
  name = first == std::string::npos ? "" : name.substr(first, last - first + 1);
  if (name.empty() || name == "." || name == ".." || name.size() > 255)
    return Problem::Make(422, "validation.invalid_value", "file_name");
  size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == name.size()) {
    if (name.back() == '.') name.pop_back();
    name += "." + type.extension;
    if (name.size() > 255) return Problem::Make(422, "validation.invalid_value", "file_name");
    return name;
  }
  std::string extension = Lower(name.substr(dot + 1));
  bool matches = extension == type.extension || (type.extension == "jpg" && extension == "jpeg");
  if (!matches)
    return Problem::Make(415, "files.type_mismatch").With("extension", extension).With("detected", type.label);
  return name;
}

}  // namespace eduims::files
