// An attached file (a diploma on a person's competence, a training session's materials, a recruitment's results) as
// an entry of a unit's evidence pack: named by its folder and ids, so every name is unique and safe in any file
// system, its bytes read from the file store only when the archive is written.
#pragma once
#include <string>

#include "attachments/model.h"
#include "readiness/evidence_pack.h"

namespace eduims::readiness {

// ".pdf" for "Bằng tốt nghiệp.PDF": the name's extension in lower case if it is 1 to 8 letters or digits, else "".
std::string SafeExtension(const std::string& file_name);

// "folder/<owner id>-<attachment id><extension>", of kind `kind`, titled `title`, dated `date`.
PackedReport PackedFile(db::Database& db, const attachments::Attachment& file, const std::string& folder,
                        const std::string& kind, const std::string& title, const std::string& date);

}  // namespace eduims::readiness
