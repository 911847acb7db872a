// The audit trail's guard of documents: an entry about a document, a revision or a revision's file shows its
// content only to whoever may open the document, so a restricted document's title and changes stay with those who
// may read it.
#include "documents/service.h"
#include "documents/store.h"

namespace eduims::documents {
namespace {

// The object an entry records (after, else before), or null when it holds none.
boost::json::object Content(const audit::Entry& entry) {
  for (const auto* text : {&entry.change.after_json, &entry.change.before_json}) {
    if (!*text) continue;
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(**text, ec);
    if (!ec && v.is_object()) return v.as_object();
  }
  return {};
}

std::optional<db::Id> IdIn(const boost::json::object& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_int64()) return std::nullopt;
  return it->value().as_int64();
}

}  // namespace

bool DocumentService::MayReadAuditContent(const auth::Principal& who, const audit::Entry& entry) {
  const std::string& entity = entry.change.entity;
  boost::json::object content = Content(entry);
  if (entity == "attachment") {
    auto owner_type = content.find("owner_type");
    if (owner_type == content.end() || owner_type->value() != "revision") return true;
  }
  bool may = false;
  db_.Read([&](soci::session& s) {
    std::optional<db::Id> document_id;
    if (entity == "document") {
      document_id = std::stoll(entry.change.entity_id);
    } else if (entity == "revision") {
      document_id = IdIn(content, "document_id");
    } else if (auto revision_id = IdIn(content, "owner_id")) {
      if (auto revision = store::FindRevision(s, *revision_id)) document_id = revision->document_id;
    }
    if (!document_id) return;
    try {
      Visible(s, who, *document_id);
      may = true;
    } catch (const ProblemError&) {
    }
  });
  return may;
}

}  // namespace eduims::documents
