#include "surveys/service.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <set>

#include "platform/clock.h"
#include "platform/dates.h"
#include "platform/embedded.h"
#include "platform/i18n/fold.h"
#include "platform/pdf/pdf_document.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "surveys/readiness_evidence.h"
#include "surveys/statistics.h"

namespace eduims::surveys {
namespace {

namespace json = boost::json;
using auth::Permission;

constexpr std::string_view kLibraryFolder = "data/questionnaires/";
// Printed on slips and typed from posters: no 0/O, 1/I/L.
constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

std::string Today() { return FormatDate(TodayInVietnam()); }

std::string NewCode(size_t length) {
  std::string out;
  for (size_t i = 0; i < length; ++i)
    out += kCodeAlphabet[randombytes_uniform(static_cast<uint32_t>(kCodeAlphabet.size()))];
  return out;
}

std::string Json(const QuestionnaireRecord& q) { return json::serialize(ToJson(q)); }
std::string Json(const Campaign& c) { return json::serialize(ToJson(c)); }

json::object VersionJson(db::Id questionnaire_id, const QuestionnaireVersion& v) {
  return {{"questionnaire_id", questionnaire_id},
          {"number", v.info.number},
          {"status", v.info.status},
          {"created_at", v.info.created_at},
          {"published_at", v.info.published_at ? json::value(*v.info.published_at) : json::value(nullptr)},
          {"definition", json::parse(v.definition)}};
}

std::optional<json::object> LibraryEntry(const std::string& code) {
  auto file = embedded::Find(std::string(kLibraryFolder) + code + ".json");
  if (!file) return std::nullopt;
  return json::parse(*file).as_object();
}

// The id of the unit right below `root` on `path` (the unit itself if it is the root).
db::Id ChildOf(const std::string& root_path, db::Id root_id, const std::string& path) {
  if (path.size() <= root_path.size()) return root_id;
  size_t end = path.find('/', root_path.size());
  return std::stoll(path.substr(root_path.size(), end - root_path.size()));
}

json::value Number(std::optional<double> v) {
  if (!v) return nullptr;
  return std::round(*v * 10000) / 10000;
}

json::object DistributionJson(const Distribution& d) {
  json::array counts;
  for (const auto& [value, n] : d.counts) counts.push_back(json::object{{"value", value}, {"count", n}});
  json::value interval = nullptr;
  if (d.interval) interval = json::object{{"low", Number(d.interval->low)}, {"high", Number(d.interval->high)}};
  return {{"answered", d.answered}, {"counts", std::move(counts)}, {"mean", Number(d.mean)},
          {"index", Number(d.index)}, {"interval", std::move(interval)}};
}

Counts Tally(const std::vector<store::CountRow>& rows) {
  Counts out;
  for (const auto& r : rows) out[{r.question_key, r.item}][r.value] += r.n;
  return out;
}

long long Responses(const std::vector<store::UnitRate>& rates) {
  long long n = 0;
  for (const auto& r : rates) n += r.responses;
  return n;
}

}  // namespace

json::array SurveyService::Library() const {
  json::array out;
  for (const embedded::File& f : embedded::Files()) {
    if (f.path.substr(0, kLibraryFolder.size()) != kLibraryFolder) continue;
    json::object entry = json::parse(f.content).as_object();
    Definition d = Parse(entry.at("definition"));
    out.push_back(json::object{{"code", entry.at("code")},
                               {"audience", entry.at("audience")},
                               {"title", json::object{{"vi", d.title.vi}, {"en", d.title.en}}},
                               {"questions", d.Questions().size()}});
  }
  return out;
}

std::pair<QuestionnaireRecord, std::string> SurveyService::VisibleQuestionnaire(soci::session& s,
                                                                                const auth::Principal& who,
                                                                                db::Id id) {
  auto found = store::FindQuestionnaire(s, id);
  if (!found || !who.Can(Permission::kViewSurveys, found->second)) FailNotFound("questionnaire");
  return *found;
}

std::pair<Campaign, std::string> SurveyService::VisibleCampaign(soci::session& s, const auth::Principal& who,
                                                                db::Id id) {
  auto found = store::FindCampaign(s, id);
  if (!found || !who.Can(Permission::kViewSurveys, found->second)) FailNotFound("survey");
  return *found;
}

std::shared_ptr<const Definition> SurveyService::Published(soci::session& s, db::Id questionnaire_id,
                                                           long long number) {
  {
    std::lock_guard lock(definitions_mutex_);
    if (auto it = definitions_.find({questionnaire_id, number}); it != definitions_.end()) return it->second;
  }
  auto v = store::FindVersion(s, questionnaire_id, number);
  if (!v) FailNotFound("questionnaire");
  auto parsed = std::make_shared<const Definition>(Parse(json::parse(v->definition)));
  // Drafts change, so only published versions are kept.
  if (v->info.status != "published") return parsed;
  std::lock_guard lock(definitions_mutex_);
  if (definitions_.size() > 1000) definitions_.clear();
  definitions_[{questionnaire_id, number}] = parsed;
  return parsed;
}

QuestionnaireRecord SurveyService::GetQuestionnaire(const auth::Principal& who, db::Id id) {
  QuestionnaireRecord out;
  db_.Read([&](soci::session& s) { out = VisibleQuestionnaire(s, who, id).first; });
  return out;
}

std::vector<QuestionnaireRecord> SurveyService::ListQuestionnaires(const auth::Principal& who,
                                                                   std::optional<db::Id> unit_id,
                                                                   std::optional<db::Id> after, int limit) {
  std::vector<QuestionnaireRecord> out;
  db_.Read([&](soci::session& s) {
    out = store::ListQuestionnaires(s, who.Scope(Permission::kViewSurveys), unit_id, after, limit);
  });
  return out;
}

QuestionnaireRecord SurveyService::CreateQuestionnaire(const auth::Principal& who, const QuestionnaireInput& in,
                                                       const audit::Actor& actor) {
  if (in.library_code.has_value() == in.definition.has_value())
    Fail(422, "validation.missing_field", in.library_code ? "definition" : "library_code");
  json::value definition;
  if (in.library_code) {
    auto entry = LibraryEntry(*in.library_code);
    if (!entry) Fail(422, "validation.reference_not_found", "library_code");
    definition = entry->at("definition");
  } else {
    definition = *in.definition;
  }
  Definition parsed = Parse(definition);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageSurveys);
  QuestionnaireRecord q;
  q.unit_id = unit.id;
  q.title_vi = parsed.title.vi;
  q.title_en = parsed.title.en;
  q.audience = in.audience;
  q.library_code = in.library_code;
  q.created_by = who.user_id;
  q.created_at = q.updated_at = NowTimestamp();
  QuestionnaireVersion v;
  v.info = {1, "draft", q.created_at, std::nullopt};
  v.definition = json::serialize(ToJson(parsed));
  db_.Write([&](soci::session& s) {
    store::InsertQuestionnaire(s, q);
    v.questionnaire_id = q.id;
    store::InsertVersion(s, v);
    q.versions = {v.info};
    audit::Append(db_, s, actor, {"questionnaire", std::to_string(q.id), "create", std::nullopt, Json(q), unit.path});
  });
  return q;
}

QuestionnaireVersion SurveyService::GetVersion(const auth::Principal& who, db::Id id, long long number) {
  std::optional<QuestionnaireVersion> out;
  db_.Read([&](soci::session& s) {
    VisibleQuestionnaire(s, who, id);
    out = store::FindVersion(s, id, number);
  });
  if (!out) FailNotFound("questionnaire_version");
  return *out;
}

QuestionnaireVersion SurveyService::SaveDraft(const auth::Principal& who, db::Id id, long long number,
                                              const json::value& definition, const audit::Actor& actor) {
  Definition parsed = Parse(definition);
  QuestionnaireVersion after;
  db_.Write([&](soci::session& s) {
    auto [q, path] = VisibleQuestionnaire(s, who, id);
    if (!who.Can(Permission::kManageSurveys, path)) Fail(403, "auth.forbidden");
    if (q.archived_at) Fail(409, "conflict.archived");
    auto before = store::FindVersion(s, id, number);
    if (!before) FailNotFound("questionnaire_version");
    if (before->info.status == "published" || !store::UpdateDraft(s, id, number, json::serialize(ToJson(parsed))))
      Fail(409, "survey.version_published", "number");
    if (number == q.versions.back().number)
      store::TouchQuestionnaire(s, id, parsed.title.vi, parsed.title.en, NowTimestamp(), q.version);
    after = *store::FindVersion(s, id, number);
    audit::Append(db_, s, actor,
                  {"questionnaire_version", std::to_string(id) + "/" + std::to_string(number), "update",
                   json::serialize(VersionJson(id, *before)), json::serialize(VersionJson(id, after)), path});
  });
  return after;
}

QuestionnaireVersion SurveyService::NewVersion(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  QuestionnaireVersion v;
  db_.Write([&](soci::session& s) {
    auto [q, path] = VisibleQuestionnaire(s, who, id);
    if (!who.Can(Permission::kManageSurveys, path)) Fail(403, "auth.forbidden");
    if (q.archived_at) Fail(409, "conflict.archived");
    const VersionInfo& newest = q.versions.back();
    if (newest.status == "draft") Fail(409, "survey.draft_exists", "number");
    v = *store::FindVersion(s, id, newest.number);
    v.info = {newest.number + 1, "draft", NowTimestamp(), std::nullopt};
    store::InsertVersion(s, v);
    audit::Append(db_, s, actor, {"questionnaire_version", std::to_string(id) + "/" + std::to_string(v.info.number),
                                  "create", std::nullopt, json::serialize(VersionJson(id, v)), path});
  });
  return v;
}

QuestionnaireVersion SurveyService::Publish(const auth::Principal& who, db::Id id, long long number,
                                            const audit::Actor& actor) {
  QuestionnaireVersion after;
  db_.Write([&](soci::session& s) {
    auto [q, path] = VisibleQuestionnaire(s, who, id);
    if (!who.Can(Permission::kManageSurveys, path)) Fail(403, "auth.forbidden");
    if (q.archived_at) Fail(409, "conflict.archived");
    auto before = store::FindVersion(s, id, number);
    if (!before) FailNotFound("questionnaire_version");
    if (!store::Publish(s, id, number, NowTimestamp(), who.user_id)) Fail(409, "survey.version_published", "number");
    after = *store::FindVersion(s, id, number);
    audit::Append(db_, s, actor,
                  {"questionnaire_version", std::to_string(id) + "/" + std::to_string(number), "publish",
                   json::serialize(VersionJson(id, *before)), json::serialize(VersionJson(id, after)), path});
  });
  return after;
}

Campaign SurveyService::GetCampaign(const auth::Principal& who, db::Id id) {
  Campaign out;
  db_.Read([&](soci::session& s) { out = VisibleCampaign(s, who, id).first; });
  return out;
}

std::vector<Campaign> SurveyService::ListCampaigns(const auth::Principal& who, std::optional<db::Id> questionnaire_id,
                                                   std::optional<db::Id> after, int limit) {
  std::vector<Campaign> out;
  db_.Read([&](soci::session& s) {
    out = store::ListCampaigns(s, who.Scope(Permission::kViewSurveys), questionnaire_id, after, limit);
  });
  return out;
}

Campaign SurveyService::CreateCampaign(const auth::Principal& who, const CampaignInput& in,
                                       const audit::Actor& actor) {
  CheckText("title", in.title, 300, true);
  if (in.closes_on < in.opens_on) Fail(422, "validation.invalid_value", "closes_on");
  if (in.mode == "anonymous" && in.links.empty()) Fail(422, "validation.missing_field", "links");
  if (in.mode == "confidential" && !in.links.empty()) Fail(422, "survey.links_not_personal", "links");
  org::Unit root = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageSurveys);
  std::vector<std::pair<CampaignInput::LinkInput, std::string>> links;
  for (size_t i = 0; i < in.links.size(); ++i) {
    std::string field = "links[" + std::to_string(i) + "].unit_id";
    org::Unit unit;
    try {
      unit = org_.GetUnit(&who, in.links[i].unit_id);
    } catch (const ProblemError&) {
      Fail(422, "validation.reference_not_found", field);
    }
    if (unit.path.rfind(root.path, 0) != 0) Fail(422, "survey.unit_outside_subtree", field);
    if (unit.archived_at) Fail(409, "conflict.archived", field);
    links.push_back({in.links[i], unit.path});
  }
  Campaign c;
  db_.Write([&](soci::session& s) {
    auto q = store::FindQuestionnaire(s, in.questionnaire_id);
    if (!q || !who.Can(Permission::kViewSurveys, q->second))
      Fail(422, "validation.reference_not_found", "questionnaire_id");
    auto v = store::FindVersion(s, in.questionnaire_id, in.questionnaire_version);
    if (!v) Fail(422, "validation.reference_not_found", "questionnaire_version");
    if (v->info.status != "published") Fail(422, "survey.version_not_published", "questionnaire_version");
    c.unit_id = root.id;
    c.questionnaire_id = in.questionnaire_id;
    c.questionnaire_version = in.questionnaire_version;
    c.title = in.title;
    c.audience = in.audience;
    c.mode = in.mode;
    c.opens_on = in.opens_on;
    c.closes_on = in.closes_on;
    c.min_group = in.min_group;
    c.created_by = who.user_id;
    c.created_at = c.updated_at = NowTimestamp();
    store::InsertCampaign(s, c);
    json::object after = ToJson(c);
    json::array audited_links;
    for (const auto& [link, path] : links) {
      Link l{NewCode(8), c.id, link.unit_id, false, std::nullopt, false, link.expected};
      store::InsertLink(s, l);
      audited_links.push_back(ToJson(l));
    }
    after["links"] = std::move(audited_links);
    audit::Append(db_, s, actor,
                  {"survey", std::to_string(c.id), "create", std::nullopt, json::serialize(after), root.path});
  });
  return c;
}

std::vector<Link> SurveyService::Links(const auth::Principal& who, db::Id id) {
  std::vector<Link> out;
  db_.Read([&](soci::session& s) {
    auto [c, path] = VisibleCampaign(s, who, id);
    out = store::Links(s, id);
    // Whom a code was given to is for those who hand the codes out.
    if (!who.Can(Permission::kManageSurveys, path))
      for (Link& l : out) l.person.reset();
  });
  return out;
}

std::vector<Link> SurveyService::AddCodes(const auth::Principal& who, db::Id id, db::Id unit_id,
                                          const std::vector<std::string>& people, const audit::Actor& actor) {
  if (people.empty() || people.size() > 2000) Fail(422, "validation.invalid_value", "people");
  for (size_t i = 0; i < people.size(); ++i) CheckText("people[" + std::to_string(i) + "]", people[i], 200, true);
  org::Unit unit;
  try {
    unit = org_.GetUnit(&who, unit_id);
  } catch (const ProblemError&) {
    Fail(422, "validation.reference_not_found", "unit_id");
  }
  std::vector<Link> out;
  db_.Write([&](soci::session& s) {
    auto [c, path] = VisibleCampaign(s, who, id);
    if (!who.Can(Permission::kManageSurveys, path)) Fail(403, "auth.forbidden");
    if (c.mode != "confidential") Fail(422, "survey.links_not_personal", "mode");
    if (c.status == "closed") Fail(410, "survey.closed");
    if (unit.path.rfind(path, 0) != 0) Fail(422, "survey.unit_outside_subtree", "unit_id");
    for (const std::string& person : people) {
      Link l{NewCode(10), c.id, unit.id, true, person, false, 1};
      store::InsertLink(s, l);
      out.push_back(l);
    }
    // The audit trail keeps how many codes went to which unit, never to whom: it outlives the campaign.
    audit::Append(db_, s, actor,
                  {"survey", std::to_string(c.id), "add_codes", std::nullopt,
                   json::serialize(json::object{{"unit_id", unit.id}, {"codes", people.size()}}), path});
  });
  return out;
}

Campaign SurveyService::Transition(const auth::Principal& who, db::Id id, long long version, const std::string& to,
                                   const audit::Actor& actor) {
  Campaign after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = VisibleCampaign(s, who, id);
    if (!who.Can(Permission::kManageSurveys, path)) Fail(403, "auth.forbidden");
    if (before.version != version) FailStale(before.version);
    bool allowed = (before.status == "draft" && to == "open") || (before.status == "open" && to == "closed");
    if (!allowed)
      Fail(Problem::Make(409, "workflow.transition_not_allowed", "to")
               .With("entity", "survey")
               .With("from", before.status)
               .With("to", to));
    after = before;
    after.status = to;
    after.updated_at = NowTimestamp();
    if (to == "closed") after.closed_at = after.updated_at;
    if (!store::UpdateCampaign(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    if (to == "closed") {
      store::ErasePersons(s, id);
      // Whoever may not raise entries in the register there closes the survey all the same, as a computed
      // indicator's value is recorded (planning/indicator_service.cc); the results still show each index.
      if (who.Can(Permission::kReportNonconformities, path)) RaiseBelowThreshold(s, who, after, actor);
    }
    audit::Append(db_, s, actor, {"survey", std::to_string(id), "transition:" + to, Json(before), Json(after), path});
  });
  return after;
}

void SurveyService::RaiseBelowThreshold(soci::session& s, const auth::Principal& who, const Campaign& c,
                                        const audit::Actor& actor) {
  auto definition = Published(s, c.questionnaire_id, c.questionnaire_version);
  Counts counts = Tally(store::WholeCounts(s, c.id));
  for (const Question* q : definition->Questions()) {
    if (!q->threshold || !HasIndex(q->type)) continue;
    for (int item = 0; item < Items(*q); ++item) {
      Distribution d = Summarise(*q, CountsOf(counts, q->key, item));
      // A handful of answers says nothing about a whole unit: the rule that hides small groups applies here too.
      if (!d.index || d.answered < c.min_group || *d.index >= *q->threshold) continue;
      std::string label = q->text.vi + (q->type == QuestionType::kGrid ? " — " + q->rows[item].vi : "");
      char figures[160];
      std::snprintf(figures, sizeof figures, "%.0f%% (%lld), < %.0f%%", *d.index * 100, d.answered,
                    *q->threshold * 100);
      improvement::ImprovementInput in;
      in.unit_id = c.unit_id;
      in.title = Utf8Prefix("Khảo sát / Survey \"" + c.title + "\": " + label, 300);
      in.description = "Chỉ số hài lòng / Satisfaction index " + std::string(figures) + ". /surveys/" +
                       std::to_string(c.id) + "?question=" + q->key;
      in.source = "satisfaction_survey";
      db::Id raised = improvements_.CreateIn(s, who, in, actor).id;
      store::InsertRaised(s, c.id, {q->key, item, raised});
    }
  }
}

std::pair<db::Id, std::string> SurveyService::ResultsRoot(const auth::Principal& who, const Campaign& c,
                                                          const std::string& campaign_path,
                                                          std::optional<db::Id> unit_id) {
  if (!unit_id || *unit_id == c.unit_id) return {c.unit_id, campaign_path};
  org::Unit unit;
  try {
    unit = org_.GetUnit(&who, *unit_id);
  } catch (const ProblemError&) {
    Fail(400, "request.bad_query", "unit_id");
  }
  if (unit.path.rfind(campaign_path, 0) != 0 || !who.Can(Permission::kViewSurveys, unit.path))
    Fail(400, "request.bad_query", "unit_id");
  return {unit.id, unit.path};
}

json::object SurveyService::Results(const auth::Principal& who, db::Id id, const ResultsQuery& query) {
  Campaign c;
  std::string campaign_path;
  std::shared_ptr<const Definition> definition;
  std::vector<store::UnitRate> rates;
  std::vector<store::CountRow> rows, previous_rows;
  std::vector<std::pair<db::Id, store::CountRow>> per_unit;
  std::vector<store::Raised> raised;
  std::optional<Campaign> previous;
  long long previous_responses = 0;
  db::Id root_id = 0;
  std::string root_path;
  db_.Read([&](soci::session& s) {
    std::tie(c, campaign_path) = VisibleCampaign(s, who, id);
    std::tie(root_id, root_path) = ResultsRoot(who, c, campaign_path, query.unit_id);
    definition = Published(s, c.questionnaire_id, c.questionnaire_version);
    rates = store::UnitRates(s, id, root_path);
    bool whole = root_id == c.unit_id;
    rows = whole ? store::WholeCounts(s, id) : store::SubtreeCounts(s, id, root_path);
    if (query.by_unit) per_unit = store::CountsPerUnit(s, id, root_path);
    raised = store::RaisedBy(s, id);
    previous = store::PreviousCampaign(s, c);
    if (previous) {
      previous_rows = whole ? store::WholeCounts(s, previous->id) : store::SubtreeCounts(s, previous->id, root_path);
      previous_responses = Responses(store::UnitRates(s, previous->id, root_path));
    }
  });
  long long responses = Responses(rates), expected = 0;
  json::array units;
  std::map<db::Id, long long> by_group;
  std::map<db::Id, db::Id> group_of_unit;
  for (const auto& r : rates) {
    expected += r.expected;
    units.push_back(json::object{
        {"unit_id", r.unit_id},
        {"responses", r.responses},
        {"expected", r.expected},
        {"rate", r.expected > 0 ? Number(double(r.responses) / double(r.expected)) : json::value(nullptr)}});
    db::Id group = ChildOf(root_path, root_id, r.path);
    by_group[group] += r.responses;
    group_of_unit[r.unit_id] = group;
  }
  std::vector<Group> groups;
  for (const auto& [unit, n] : by_group) groups.push_back({unit, n});
  Folded folded = FoldSmallGroups(groups, c.min_group);
  bool withheld = responses < c.min_group;
  json::array shown_groups;
  for (const Group& g : folded.shown)
    shown_groups.push_back(json::object{{"unit_id", g.unit_id}, {"responses", g.responses}});

  Counts counts = Tally(rows), previous_counts = Tally(previous_rows);
  // Counts of each shown group and of the folded others, when asked for.
  std::map<db::Id, Counts> group_counts;
  if (query.by_unit && !withheld) {
    std::set<db::Id> shown_ids;
    for (const Group& g : folded.shown) shown_ids.insert(g.unit_id);
    for (const auto& [unit, row] : per_unit) {
      db::Id group = group_of_unit.count(unit) ? group_of_unit[unit] : 0;
      db::Id key = shown_ids.count(group) ? group : 0;
      if (key == 0 && !folded.others_shown) continue;
      group_counts[key][{row.question_key, row.item}][row.value] += row.n;
    }
  }
  bool previous_shown = previous && previous_responses >= previous->min_group;
  json::array questions;
  for (const Question* q : definition->Questions()) {
    json::array items;
    for (int item = 0; item < Items(*q); ++item) {
      json::object entry;
      if (q->type == QuestionType::kGrid)
        entry["row"] = json::object{{"vi", q->rows[item].vi}, {"en", q->rows[item].en}};
      if (withheld) {
        entry["distribution"] = nullptr;
      } else {
        entry["distribution"] = DistributionJson(Summarise(*q, CountsOf(counts, q->key, item)));
      }
      json::value previous_index = nullptr;
      if (previous_shown && HasIndex(q->type))
        previous_index = Number(Summarise(*q, CountsOf(previous_counts, q->key, item)).index);
      entry["previous_index"] = std::move(previous_index);
      json::value improvement = nullptr;
      for (const auto& r : raised)
        if (r.question_key == q->key && r.item == item) improvement = r.improvement_id;
      entry["improvement_id"] = std::move(improvement);
      if (query.by_unit && !withheld) {
        json::array per_group;
        for (const auto& [group, gc] : group_counts)
          per_group.push_back(json::object{
              {"unit_id", group ? json::value(group) : json::value(nullptr)},
              {"distribution", DistributionJson(Summarise(*q, CountsOf(gc, q->key, item)))}});
        entry["groups"] = std::move(per_group);
      }
      items.push_back(std::move(entry));
    }
    questions.push_back(json::object{{"key", q->key},
                                     {"type", QuestionTypeName(q->type)},
                                     {"text", json::object{{"vi", q->text.vi}, {"en", q->text.en}}},
                                     {"threshold", q->threshold ? json::value(*q->threshold) : json::value(nullptr)},
                                     {"items", std::move(items)}});
  }
  return {{"survey", ToJson(c)},
          {"unit_id", root_id},
          {"responses", responses},
          {"expected", expected},
          {"response_rate", expected > 0 ? Number(double(responses) / double(expected)) : json::value(nullptr)},
          {"min_group", c.min_group},
          {"withheld", withheld},
          {"units", std::move(units)},
          {"groups", json::object{{"shown", std::move(shown_groups)},
                                  {"others", folded.others},
                                  {"others_shown", folded.others_shown}}},
          {"previous_survey_id", previous ? json::value(previous->id) : json::value(nullptr)},
          {"questions", std::move(questions)}};
}

std::vector<store::TextRow> SurveyService::Texts(const auth::Principal& who, db::Id id, std::optional<db::Id> unit_id,
                                                 const std::optional<std::string>& question_key,
                                                 const std::string& query, std::optional<db::Id> after, int limit) {
  std::vector<store::TextRow> out;
  db_.Read([&](soci::session& s) {
    auto [c, path] = VisibleCampaign(s, who, id);
    auto [root_id, root_path] = ResultsRoot(who, c, path, unit_id);
    if (Responses(store::UnitRates(s, id, root_path)) < c.min_group) return;
    out = store::Texts(s, id, root_path, question_key, FoldForSearch(query), after, limit);
  });
  return out;
}

xlsx::Workbook SurveyService::ExportXlsx(const auth::Principal& who, db::Id id, std::optional<db::Id> unit_id,
                                         Language language) {
  json::object results = Results(who, id, {unit_id, false});
  bool en = language == Language::kEnglish;
  xlsx::Workbook book;
  book.title = std::string(results.at("survey").at("title").as_string());
  book.created = NowTimestamp();
  xlsx::Sheet summary;
  summary.name = en ? "Results" : "Kết quả";
  summary.header = en ? std::vector<std::string>{"Question", "Row", "Answered", "Mean", "Index", "CI low", "CI high",
                                                 "Previous index"}
                      : std::vector<std::string>{"Câu hỏi", "Dòng", "Số trả lời", "Trung bình", "Chỉ số hài lòng",
                                                 "CI thấp", "CI cao", "Chỉ số kỳ trước"};
  summary.widths = {60, 30, 12, 12, 14, 10, 10, 16};
  auto cell = [](const json::value& v) -> xlsx::Cell {
    if (v.is_number()) return v.to_number<double>();
    return std::monostate{};
  };
  for (const json::value& q : results.at("questions").as_array()) {
    std::string text(q.at("text").at(en ? "en" : "vi").as_string());
    for (const json::value& item : q.at("items").as_array()) {
      std::vector<xlsx::Cell> row{text, item.as_object().contains("row")
                                            ? xlsx::Cell(std::string(item.at("row").at(en ? "en" : "vi").as_string()))
                                            : xlsx::Cell(std::monostate{})};
      const json::value& d = item.at("distribution");
      if (d.is_null()) {
        row.insert(row.end(), {std::monostate{}, std::monostate{}, std::monostate{}, std::monostate{},
                               std::monostate{}});
      } else {
        row.push_back(cell(d.at("answered")));
        row.push_back(cell(d.at("mean")));
        row.push_back(cell(d.at("index")));
        row.push_back(d.at("interval").is_null() ? xlsx::Cell(std::monostate{}) : cell(d.at("interval").at("low")));
        row.push_back(d.at("interval").is_null() ? xlsx::Cell(std::monostate{}) : cell(d.at("interval").at("high")));
      }
      row.push_back(cell(item.at("previous_index")));
      summary.rows.push_back(std::move(row));
    }
  }
  book.sheets.push_back(std::move(summary));
  xlsx::Sheet rates;
  rates.name = en ? "Response rates" : "Tỷ lệ phản hồi";
  rates.header = en ? std::vector<std::string>{"Unit", "Responses", "Expected", "Rate"}
                    : std::vector<std::string>{"Đơn vị", "Số phản hồi", "Dự kiến", "Tỷ lệ"};
  rates.widths = {40, 12, 12, 10};
  for (const json::value& u : results.at("units").as_array()) {
    std::string name = std::to_string(u.at("unit_id").as_int64());
    try {
      name = org_.GetUnit(&who, u.at("unit_id").as_int64()).name;
    } catch (const ProblemError&) {
    }
    rates.rows.push_back({name, cell(u.at("responses")), cell(u.at("expected")), cell(u.at("rate"))});
  }
  book.sheets.push_back(std::move(rates));
  return book;
}

CampaignSummary SurveyService::SummaryOf(soci::session& s, const Campaign& c) {
  CampaignSummary out;
  out.campaign = c;
  auto [campaign, path] = *store::FindCampaign(s, c.id);
  for (const auto& r : store::UnitRates(s, c.id, path)) {
    out.responses += r.responses;
    out.expected += r.expected;
  }
  out.shown = out.responses >= c.min_group;
  out.improvements = static_cast<long long>(store::RaisedBy(s, c.id).size());
  if (!out.shown) return out;
  auto definition = Published(s, c.questionnaire_id, c.questionnaire_version);
  std::tie(out.index, out.below_threshold) = MeanIndex(*definition, Tally(store::WholeCounts(s, c.id)));
  if (auto previous = store::PreviousCampaign(s, c)) {
    if (Responses(store::UnitRates(s, previous->id, path)) >= previous->min_group)
      out.previous_index = MeanIndex(*definition, Tally(store::WholeCounts(s, previous->id))).first;
  }
  return out;
}

std::vector<CampaignSummary> SurveyService::Summaries(const auth::Principal& who, const org::Unit& unit,
                                                      const std::string& from, const std::string& to) {
  std::vector<CampaignSummary> out;
  db_.Read([&](soci::session& s) {
    for (const Campaign& c : store::CampaignsWithin(s, who.Scope(Permission::kViewSurveys), unit.path, from, to, 500))
      out.push_back(SummaryOf(s, c));
  });
  return out;
}

std::vector<readiness::RegisterEvidence> SurveyService::ReadinessEvidence(const auth::Principal& who,
                                                                         const org::Unit& unit) {
  if (!who.Can(Permission::kViewSurveys, unit.path)) return {};
  Date today = TodayInVietnam();
  RegisterFacts facts;
  db_.Read([&](soci::session& s) {
    for (const Campaign& c : store::CampaignsWithin(s, who.Scope(Permission::kViewSurveys), unit.path,
                                                    FormatDate(AddMonths(today, -12)), FormatDate(today), 500)) {
      if (c.opens_on < FormatDate(AddMonths(today, -12))) continue;
      ++facts.campaigns;
      auto [campaign, path] = *store::FindCampaign(s, c.id);
      if (c.status == "closed" && Responses(store::UnitRates(s, c.id, path)) >= c.min_group) ++facts.with_results;
    }
  });
  return RegisterEvidenceOf(facts);
}

namespace {

std::string ReadWhole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::shared_ptr<http::SpoolPath> Render(const std::vector<pdf::Block>& blocks, const pdf::PageFrame& frame) {
  auto spool = http::NewSpoolPath("survey-");
  pdf::RenderPdf(blocks, frame, spool->path());
  return spool;
}

}  // namespace

std::shared_ptr<http::SpoolPath> SurveyService::ResultsPdf(const auth::Principal& who, db::Id id,
                                                           std::optional<db::Id> unit_id, Language language) {
  json::object results = Results(who, id, {unit_id, false});
  std::map<db::Id, std::string> names;
  auto name = [&](db::Id unit) {
    try {
      names[unit] = org_.GetUnit(&who, unit).name;
    } catch (const ProblemError&) {
    }
  };
  name(results.at("unit_id").as_int64());
  for (const json::value& u : results.at("units").as_array()) name(u.at("unit_id").as_int64());
  Campaign c = GetCampaign(who, id);
  return Render(ResultsBlocks(results, names, language),
                CampaignFrame(c, language == Language::kEnglish ? "Survey results" : "Kết quả khảo sát", language));
}

std::vector<PrintedLink> SurveyService::Printed(const auth::Principal& who, const std::vector<Link>& links) {
  std::map<db::Id, std::string> names;
  std::vector<PrintedLink> out;
  for (const Link& l : links) {
    if (!names.count(l.unit_id)) names[l.unit_id] = org_.GetUnit(&who, l.unit_id).name;
    out.push_back({names[l.unit_id], public_url_ + "/s/" + l.code, l.code, l.person});
  }
  return out;
}

std::shared_ptr<http::SpoolPath> SurveyService::PostersPdf(const auth::Principal& who, db::Id id, Language language) {
  Campaign c = GetCampaign(who, id);
  if (c.mode != "anonymous") Fail(409, "survey.wrong_mode", "mode");
  std::shared_ptr<const Definition> definition;
  std::vector<Link> links;
  db_.Read([&](soci::session& s) {
    definition = Published(s, c.questionnaire_id, c.questionnaire_version);
    links = store::Links(s, id);
  });
  return Render(PosterBlocks(c, definition->title.In(language), Printed(who, links), language),
                CampaignFrame(c, language == Language::kEnglish ? "Survey posters" : "Áp phích khảo sát", language));
}

std::shared_ptr<http::SpoolPath> SurveyService::SlipsPdf(const auth::Principal& who, db::Id id, Language language) {
  std::shared_ptr<const Definition> definition;
  std::vector<Link> codes;
  Campaign c;
  db_.Read([&](soci::session& s) {
    auto [campaign, path] = VisibleCampaign(s, who, id);
    c = campaign;
    // The slips name whom each code goes to: for those who hand the codes out.
    if (!who.Can(Permission::kManageSurveys, path)) Fail(403, "auth.forbidden");
    if (c.mode != "confidential") Fail(409, "survey.wrong_mode", "mode");
    definition = Published(s, c.questionnaire_id, c.questionnaire_version);
    for (Link& l : store::Links(s, id))
      if (!l.used) codes.push_back(std::move(l));
  });
  return Render(SlipBlocks(c, definition->title.In(language), Printed(who, codes), language),
                CampaignFrame(c, language == Language::kEnglish ? "Survey code slips" : "Phiếu mã khảo sát", language));
}

std::vector<readiness::PackedReport> SurveyService::EvidenceReports(const auth::Principal& who, const org::Unit& unit,
                                                                    Language language) {
  Date today = TodayInVietnam();
  std::vector<readiness::PackedReport> out;
  for (const CampaignSummary& c : Summaries(who, unit, FormatDate(AddMonths(today, -36)), FormatDate(today))) {
    if (c.campaign.status != "closed" || !c.shown) continue;
    db::Id id = c.campaign.id;
    out.push_back({"surveys/" + std::to_string(id) + "-results.pdf", "survey_results",
                   c.campaign.title, c.campaign.closes_on, [this, who, id, language] {
                     return ReadWhole(ResultsPdf(who, id, std::nullopt, language)->path());
                   }});
  }
  return out;
}

std::optional<double> SurveyService::IndicatorIndex(const auth::Principal& who, db::Id unit_id,
                                                   const std::string& indicator_code, const std::string& from,
                                                   const std::string& to) {
  org::Unit unit;
  try {
    unit = org_.GetUnit(&who, unit_id);
  } catch (const ProblemError&) {
    return std::nullopt;
  }
  double best = 0;
  long long answered = 0;
  db_.Read([&](soci::session& s) {
    // Campaigns open at any time up to `to` that closed within the period: their results are final.
    for (const Campaign& c : store::CampaignsWithin(s, who.Scope(Permission::kViewSurveys), unit.path, "0000-00-00",
                                                    to, 5000)) {
      if (c.status != "closed" || !c.closed_at) continue;
      std::string closed_on = c.closed_at->substr(0, 10);
      if (closed_on < from || closed_on > to) continue;
      auto [campaign, path] = *store::FindCampaign(s, c.id);
      if (Responses(store::UnitRates(s, c.id, path)) < c.min_group) continue;
      auto definition = Published(s, c.questionnaire_id, c.questionnaire_version);
      Counts counts = Tally(store::WholeCounts(s, c.id));
      for (const Question* q : definition->Questions()) {
        if (q->indicator_code != indicator_code || !HasIndex(q->type)) continue;
        for (int item = 0; item < Items(*q); ++item) {
          Distribution d = Summarise(*q, CountsOf(counts, q->key, item));
          if (!d.index) continue;
          best += *d.index * double(d.answered);
          answered += d.answered;
        }
      }
    }
  });
  if (answered == 0) return std::nullopt;
  return 100.0 * best / double(answered);
}

PublicSurvey SurveyService::Open(const std::string& code) {
  PublicSurvey out;
  db_.Read([&](soci::session& s) {
    out.link = store::FindLink(s, code);
    if (!out.link) return;
    auto found = store::FindCampaign(s, out.link->campaign_id);
    if (!found) return;
    out.campaign = found->first;
    out.definition = Published(s, out.campaign->questionnaire_id, out.campaign->questionnaire_version);
  });
  if (!out.campaign) {
    out.state = "unknown";
  } else {
    out.state = AnsweringState(*out.campaign, Today());
    if (out.state == "open" && out.link->personal && out.link->used) out.state = "used";
  }
  return out;
}

AnswerOutcome SurveyService::Answer(const std::string& code, const std::multimap<std::string, std::string>& form) {
  PublicSurvey survey = Open(code);
  if (survey.state != "open") return {survey.state, {}, {}};
  CheckedAnswers checked = CheckAnswers(*survey.definition, form);
  if (!checked.problems.empty()) return {"invalid", std::move(checked.problems), std::move(survey)};
  std::string answers = AnswersJson(*survey.definition, checked.submission);
  std::string state = "stored";
  answers_.Write([&](soci::session& s) {
    // Read again inside the write: the campaign may have closed, or the code been used, since Open.
    auto link = store::FindLink(s, code);
    auto found = store::FindCampaign(s, survey.link->campaign_id);
    std::string now = found ? AnsweringState(found->first, Today()) : "unknown";
    if (now != "open") {
      state = now;
      return;
    }
    if (link->personal && !store::UseCode(s, code)) {
      state = "used";
      return;
    }
    store::RecordAnswer(s, found->first, link->unit_id, Today(), answers, checked.submission);
  });
  return {state, {}, {}};
}

}  // namespace eduims::surveys
