#include "directives/model.h"

#include "platform/i18n/dates.h"
#include "platform/i18n/glossary.h"

namespace eduims::directives {
namespace {

namespace json = boost::json;

json::value Opt(const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); }
json::value Opt(const std::optional<db::Id>& id) { return id ? json::value(*id) : json::value(nullptr); }

}  // namespace

const std::vector<std::string>& DirectiveKinds() {
  static const std::vector<std::string> kinds = {"directive", "report_request"};
  return kinds;
}

const std::vector<std::string>& TargetKinds() {
  static const std::vector<std::string> kinds = {"subtree", "unit_type", "units"};
  return kinds;
}

json::object ToJson(const Targets& t) {
  json::object out{{"kind", t.kind}};
  if (t.root) out["root_id"] = *t.root;
  if (t.unit_type) out["unit_type"] = *t.unit_type;
  if (t.kind == "units") {
    json::array ids;
    for (db::Id id : t.unit_ids) ids.push_back(id);
    out["unit_ids"] = std::move(ids);
  }
  return out;
}

Targets TargetsFrom(const std::string& text) {
  Targets t;
  json::object o = json::parse(text).as_object();
  t.kind = std::string(o.at("kind").as_string());
  if (auto* root = o.if_contains("root_id")) t.root = root->as_int64();
  if (auto* type = o.if_contains("unit_type")) t.unit_type = std::string(type->as_string());
  if (auto* ids = o.if_contains("unit_ids"))
    for (const auto& id : ids->as_array()) t.unit_ids.push_back(id.as_int64());
  return t;
}

Progress ProgressOf(const std::map<std::string, long long>& by_status) {
  Progress p;
  for (const auto& name : AnswerStatusNames()) p.by_status[name] = 0;
  for (const auto& [status, n] : by_status) {
    p.by_status[status] += n;
    p.total += n;
    if (auto s = ParseAnswerStatus(status); s && CountsAsSubmitted(*s)) p.submitted += n;
  }
  p.rate = p.total ? int(p.submitted * 100 / p.total) : 0;
  return p;
}

json::object ToJson(const Directive& d) {
  return {{"id", d.id},
          {"unit_id", d.unit_id},
          {"kind", d.kind},
          {"dispatch_number", d.dispatch_number},
          {"dispatch_date", d.dispatch_date},
          {"title", d.title},
          {"body", d.body},
          {"deadline", d.deadline},
          {"targets", ToJson(d.targets)},
          {"creates_actions", d.creates_actions},
          {"version", d.version},
          {"created_by", Opt(d.created_by)},
          {"created_at", d.created_at},
          {"updated_at", d.updated_at}};
}

json::object ToJson(const Progress& p) {
  json::object by;
  for (const auto& [status, n] : p.by_status) by[status] = n;
  return {{"total", p.total}, {"submitted", p.submitted}, {"rate", p.rate}, {"by_status", std::move(by)}};
}

json::object ToJson(const Answer& a) {
  return {{"id", a.id},
          {"directive_id", a.directive_id},
          {"unit_id", a.unit_id},
          {"status", AnswerStatusName(a.status)},
          {"text", a.text},
          {"return_reason", Opt(a.return_reason)},
          {"action_id", Opt(a.action_id)},
          {"submitted_at", Opt(a.submitted_at)},
          {"submitted_by", Opt(a.submitted_by)},
          {"reviewed_at", Opt(a.reviewed_at)},
          {"reviewed_by", Opt(a.reviewed_by)},
          {"version", a.version},
          {"updated_at", a.updated_at}};
}

mail::Mail NoticeMail(const Notice& n) {
  mail::Mail out;
  out.to = n.to;
  bool en = n.language == Language::kEnglish;
  std::string status = StateWord(n.language, "directive_answer", n.status);
  std::string dispatch = n.dispatch_number + " — " + n.title;
  if (n.kind == "reminder") {
    if (en) {
      out.subject = "[EduIMS] Reminder: " + n.dispatch_number + " is due on " + n.deadline;
      out.body = "Dear " + n.name + ",\n\nThe answer of " + n.unit_name + " to " + dispatch + " is due on " +
                 n.deadline + " and is not yet submitted (" + status + ").\n\nAnswer it here: " + n.link +
                 "\n\nThis message was sent by EduIMS.\n";
    } else {
      out.subject = "[EduIMS] Nhắc hạn: " + n.dispatch_number + " hạn " + DayText(n.deadline, Language::kVietnamese);
      out.body = "Kính gửi " + n.name + ",\n\nBáo cáo của " + n.unit_name + " theo văn bản " + dispatch +
                 " có hạn " + DayText(n.deadline, Language::kVietnamese) + " và chưa được nộp (" + status +
                 ").\n\nThực hiện tại: " + n.link + "\n\nThư này được EduIMS gửi tự động.\n";
    }
  } else {
    if (en) {
      out.subject = "[EduIMS] Overdue: " + n.unit_name + " has not answered " + n.dispatch_number;
      out.body = "Dear " + n.name + ",\n\nThe answer of " + n.unit_name + " to " + dispatch + " was due on " +
                 n.deadline + " and is not submitted (" + status + ").\n\nSee it here: " + n.link +
                 "\n\nThis message was sent by EduIMS.\n";
    } else {
      out.subject = "[EduIMS] Quá hạn: " + n.unit_name + " chưa báo cáo theo " + n.dispatch_number;
      out.body = "Kính gửi " + n.name + ",\n\nBáo cáo của " + n.unit_name + " theo văn bản " + dispatch +
                 " đã quá hạn " + DayText(n.deadline, Language::kVietnamese) + " mà chưa được nộp (" + status +
                 ").\n\nXem tại: " + n.link + "\n\nThư này được EduIMS gửi tự động.\n";
    }
  }
  return out;
}

}  // namespace eduims::directives
