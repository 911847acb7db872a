// What an uploaded file is, decided from its bytes, never from its name: the types EduIMS accepts as evidence
// (PDF, the Office Open XML documents, common images) and nothing else. Office files are ZIP archives; they are told
// apart by the parts inside them.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "platform/problem.h"

namespace eduims::files {

struct MediaType {
  std::string name;       // "application/pdf"
  std::string extension;  // "pdf": the canonical one
  std::string label;      // "PDF", for messages
};

// The accepted type of the file at `path`, or nullopt if its content is none of them. Reads at most the first bytes
// and, for ZIP archives, the archive's directory. Throws std::runtime_error if the file cannot be read.
std::optional<MediaType> DetectMediaType(const std::filesystem::path& path);

// The name to store for a file of `type` uploaded as `requested`: trimmed, without folders or control characters,
// at most 255 bytes; a name without extension gets the type's. A name whose extension says another type (report.exe
// holding a PDF, photo.png holding a JPEG) is refused with files.type_mismatch; an empty or unusable name with
// validation.invalid_value on "file_name".
std::variant<std::string, Problem> AcceptedFileName(std::string_view requested, const MediaType& type);

}  // namespace eduims::files
