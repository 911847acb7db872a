#include "test_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/crypto.h"
#include "platform/pdf/pdf_document.h"
#include "platform/escape.h"
#include "platform/zip/zip_writer.h"

namespace eduims::testing {

std::string TinyPng() {
  static const unsigned char bytes[] = {
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
      0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00,
      0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0xff,
      0x56, 0xc7, 0x2f, 0x0d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
  return std::string(reinterpret_cast<const char*>(bytes), sizeof bytes);
}

std::string ZipOf(const std::vector<std::pair<std::string, std::string>>& entries) {
  ZipWriter zip;
  for (const auto& [name, content] : entries) zip.Add(name, content);
  return zip.Finish().ReadAll();
}

std::string DocxWith(const std::vector<std::string>& paragraphs) {
  std::string body;
  for (const auto& p : paragraphs)
    body += "<w:p><w:r><w:t xml:space=\"preserve\">" + p + "</w:t></w:r><w:r><w:tab/><w:t>x</w:t></w:r></w:p>";
  return ZipOf({{"[Content_Types].xml",
                 "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                 "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
                {"word/document.xml",
                 "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                 "2006/main\"><w:body>" + body + "</w:body></w:document>"}});
}

std::string PdfWith(std::string_view text) {
  auto path = std::filesystem::temp_directory_path() / ("eduims-test-" + RandomToken(8) + ".pdf");
  pdf::RenderPdf({{pdf::Block::Kind::kParagraph, EscapeXml(text)}}, {"", "", "", "", "test"}, path);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

}  // namespace eduims::testing
