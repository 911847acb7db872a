// Storage of attachments: every SQL statement on the attachments table. Callers hold the transaction.
#pragma once
#include <optional>
#include <vector>

#include "attachments/model.h"

namespace eduims::attachments::store {

void Insert(soci::session& s, Attachment& a, const std::string& extracted_text);
// Live (not removed) attachments of `owner`, in upload order.
std::vector<Attachment> List(soci::session& s, const Owner& owner);
// Live attachments of the owners of `owner_type` among `owner_ids`, by owner then upload order.
std::vector<Attachment> ListOfOwners(soci::session& s, const std::string& owner_type,
                                     const std::vector<db::Id>& owner_ids);
std::optional<Attachment> Find(soci::session& s, const Owner& owner, db::Id id);
void MarkRemoved(soci::session& s, db::Id id, const std::string& at);
// The text extracted from attachment `id` when it was uploaded.
std::string TextOfAttachment(soci::session& s, db::Id id);
// The extracted text of `owner`'s live attachments, one after the other.
std::string TextOf(soci::session& s, const Owner& owner);

}  // namespace eduims::attachments::store
