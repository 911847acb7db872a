#include "documents/model.h"

namespace eduims::documents {
namespace {

struct TypeInfo {
  const char* type;
  const char* prefix;
  int review_months;
};

constexpr TypeInfo kTypes[] = {
    {"policy", "CS", 12},          {"manual", "ST", 12}, {"procedure", "QT", 12}, {"work_instruction", "HD", 12},
    {"form", "BM", 24},            {"plan", "KH", 12},   {"external", "TLN", 12},
};

boost::json::value Opt(const std::optional<std::string>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}
boost::json::value Opt(const std::optional<db::Id>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); }

}  // namespace

const std::vector<std::string>& DocumentTypes() {
  static const std::vector<std::string> types = [] {
    std::vector<std::string> t;
    for (const auto& info : kTypes) t.emplace_back(info.type);
    return t;
  }();
  return types;
}

const std::vector<std::string>& Confidentialities() {
  static const std::vector<std::string> values = {"public", "internal", "restricted"};
  return values;
}

std::string CodePrefix(const std::string& type) {
  for (const auto& info : kTypes)
    if (type == info.type) return info.prefix;
  return "TL";
}

int DefaultReviewMonths(const std::string& type) {
  for (const auto& info : kTypes)
    if (type == info.type) return info.review_months;
  return 12;
}

boost::json::object ToJson(const Document& d, const std::string& today) {
  boost::json::array clauses(d.clause_ids.begin(), d.clause_ids.end());
  boost::json::array processes(d.process_ids.begin(), d.process_ids.end());
  bool overdue = d.status == "published" && d.next_review_on && *d.next_review_on < today;
  return {{"id", d.id},
          {"unit_id", d.unit_id},
          {"code", d.code},
          {"title", d.title},
          {"type", d.type},
          {"confidentiality", d.confidentiality},
          {"owner_id", d.owner_id},
          {"review_months", d.review_months},
          {"status", d.status},
          {"current_revision_id", Opt(d.current_revision_id)},
          {"open_revision_status", Opt(d.open_revision_status)},
          {"effective_on", Opt(d.effective_on)},
          {"next_review_on", Opt(d.next_review_on)},
          {"review_overdue", overdue},
          {"clause_ids", std::move(clauses)},
          {"process_ids", std::move(processes)},
          {"version", d.version},
          {"created_by", Opt(d.created_by)},
          {"created_at", d.created_at},
          {"updated_at", d.updated_at},
          {"archived_at", Opt(d.archived_at)}};
}

boost::json::object ToJson(const Revision& r, bool full) {
  boost::json::object out{{"id", r.id},
                          {"document_id", r.document_id},
                          {"number", r.number},
                          {"change_description", r.change_description},
                          {"status", RevisionStatusName(r.status)},
                          {"author_id", r.author_id},
                          {"approver_id", Opt(r.approver_id)},
                          {"effective_on", Opt(r.effective_on)},
                          {"published_at", Opt(r.published_at)},
                          {"content_hash", r.content_hash},
                          {"version", r.version},
                          {"created_at", r.created_at},
                          {"updated_at", r.updated_at}};
  if (!full) return out;
  boost::json::array reviewers, decisions;
  for (db::Id id : r.reviewer_ids) reviewers.push_back(id);
  for (const Decision& d : r.decisions)
    decisions.push_back({{"id", d.id},
                         {"user_id", d.user_id},
                         {"action", d.action},
                         {"comment", d.comment},
                         {"content_hash", d.content_hash},
                         {"at", d.at}});
  out["content_markdown"] = r.content_markdown;
  out["content_html"] = r.content_html;
  out["reviewer_ids"] = std::move(reviewers);
  out["decisions"] = std::move(decisions);
  return out;
}

}  // namespace eduims::documents
