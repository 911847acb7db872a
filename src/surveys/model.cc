#include "surveys/model.h"

namespace eduims::surveys {
namespace {

namespace json = boost::json;

json::value Opt(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value Opt(const std::optional<db::Id>& v) { return v ? json::value(*v) : json::value(nullptr); }

}  // namespace

const std::vector<std::string>& AudienceNames() {
  static const std::vector<std::string> names = {"learners", "parents", "staff", "employers", "alumni"};
  return names;
}

const std::vector<std::string>& ModeNames() {
  static const std::vector<std::string> names = {"anonymous", "confidential"};
  return names;
}

json::object ToJson(const QuestionnaireRecord& q) {
  json::array versions;
  for (const VersionInfo& v : q.versions)
    versions.push_back(json::object{{"number", v.number},
                                    {"status", v.status},
                                    {"created_at", v.created_at},
                                    {"published_at", Opt(v.published_at)}});
  return {{"id", q.id},
          {"unit_id", q.unit_id},
          {"title", json::object{{"vi", q.title_vi}, {"en", q.title_en}}},
          {"audience", q.audience},
          {"library_code", Opt(q.library_code)},
          {"versions", std::move(versions)},
          {"version", q.version},
          {"created_by", Opt(q.created_by)},
          {"created_at", q.created_at},
          {"updated_at", q.updated_at},
          {"archived_at", Opt(q.archived_at)}};
}

json::object ToJson(const Campaign& c) {
  return {{"id", c.id},
          {"unit_id", c.unit_id},
          {"questionnaire_id", c.questionnaire_id},
          {"questionnaire_version", c.questionnaire_version},
          {"title", c.title},
          {"audience", c.audience},
          {"mode", c.mode},
          {"opens_on", c.opens_on},
          {"closes_on", c.closes_on},
          {"status", c.status},
          {"min_group", c.min_group},
          {"version", c.version},
          {"created_by", Opt(c.created_by)},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at},
          {"closed_at", Opt(c.closed_at)}};
}

json::object ToJson(const Link& l) {
  return {{"code", l.code},         {"unit_id", l.unit_id}, {"personal", l.personal},
          {"person", Opt(l.person)}, {"used", l.used},       {"expected", l.expected},
          {"path", "/s/" + l.code}};
}

std::string AnsweringState(const Campaign& c, const std::string& today) {
  if (c.status == "closed" || today > c.closes_on) return "closed";
  if (c.status == "draft") return "draft";
  if (today < c.opens_on) return "not_yet";
  return "open";
}

}  // namespace eduims::surveys
