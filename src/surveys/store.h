// All SQL of the surveys module.
#pragma once
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "surveys/answer.h"
#include "surveys/model.h"

namespace eduims::surveys::store {

// Questionnaires, with the path of their unit.
std::optional<std::pair<QuestionnaireRecord, std::string>> FindQuestionnaire(soci::session& s, db::Id id);
std::vector<QuestionnaireRecord> ListQuestionnaires(soci::session& s, const std::vector<std::string>& scope,
                                                    std::optional<db::Id> unit_id, std::optional<db::Id> after,
                                                    int limit);
void InsertQuestionnaire(soci::session& s, QuestionnaireRecord& q);
// Sets the titles (from the newest version) and bumps the row's version if it is still `expected_version`.
bool TouchQuestionnaire(soci::session& s, db::Id id, const std::string& title_vi, const std::string& title_en,
                        const std::string& at, long long expected_version);

std::optional<QuestionnaireVersion> FindVersion(soci::session& s, db::Id questionnaire_id, long long number);
void InsertVersion(soci::session& s, const QuestionnaireVersion& v);
// False if the version is no longer a draft.
bool UpdateDraft(soci::session& s, db::Id questionnaire_id, long long number, const std::string& definition);
bool Publish(soci::session& s, db::Id questionnaire_id, long long number, const std::string& at, db::Id by);

// Campaigns, with the path of their unit.
std::optional<std::pair<Campaign, std::string>> FindCampaign(soci::session& s, db::Id id);
std::vector<Campaign> ListCampaigns(soci::session& s, const std::vector<std::string>& scope,
                                    std::optional<db::Id> questionnaire_id, std::optional<db::Id> after, int limit);
// Campaigns opened (not drafts) over a unit within `subtree` (a unit path) and within `scope`, open on some day of
// [from, to] (dates), oldest first, at most `limit`.
std::vector<Campaign> CampaignsWithin(soci::session& s, const std::vector<std::string>& scope,
                                      const std::string& subtree, const std::string& from, const std::string& to,
                                      int limit);
void InsertCampaign(soci::session& s, Campaign& c);
bool UpdateCampaign(soci::session& s, const Campaign& c, long long expected_version);
// The latest closed campaign of the same questionnaire on the same unit that opened before `c`.
std::optional<Campaign> PreviousCampaign(soci::session& s, const Campaign& c);

void InsertLink(soci::session& s, const Link& link);
std::optional<Link> FindLink(soci::session& s, const std::string& code);
std::vector<Link> Links(soci::session& s, db::Id campaign_id);
// Marks a one-time code used; false if it already was.
bool UseCode(soci::session& s, const std::string& code);
void ErasePersons(soci::session& s, db::Id campaign_id);

// Stores one response and adds it to the counts, per unit and for the whole campaign. REQUIRES: inside a write.
void RecordAnswer(soci::session& s, const Campaign& c, db::Id unit_id, const std::string& answered_on,
                  const std::string& answers_json, const Submission& submission);

struct UnitRate {
  db::Id unit_id = 0;
  std::string path;
  long long responses = 0, expected = 0;
};
// Per unit of a link of the campaign within `subtree` (a unit path): respondents and those expected.
std::vector<UnitRate> UnitRates(soci::session& s, db::Id campaign_id, const std::string& subtree);

struct CountRow {
  std::string question_key;
  int item = 0;
  long long value = 0, n = 0;
};
// The campaign's counts over its whole subtree.
std::vector<CountRow> WholeCounts(soci::session& s, db::Id campaign_id);
// The counts of the units within `subtree` (a unit path), summed.
std::vector<CountRow> SubtreeCounts(soci::session& s, db::Id campaign_id, const std::string& subtree);
// The counts of one question per unit within `subtree`.
std::vector<std::pair<db::Id, CountRow>> CountsPerUnit(soci::session& s, db::Id campaign_id,
                                                       const std::string& subtree);

struct TextRow {
  db::Id id = 0;
  std::string question_key, text;
};
// Free-text answers within `subtree`, by question if given, holding every word of `folded_query` if given.
std::vector<TextRow> Texts(soci::session& s, db::Id campaign_id, const std::string& subtree,
                           const std::optional<std::string>& question_key, const std::string& folded_query,
                           std::optional<db::Id> after, int limit);

// The answers as given within `subtree`, in the order stored, for the export.
std::vector<std::pair<db::Id, std::string>> Answers(soci::session& s, db::Id campaign_id, const std::string& subtree,
                                                    size_t limit);

struct Raised {
  std::string question_key;
  int item = 0;
  db::Id improvement_id = 0;
};
std::vector<Raised> RaisedBy(soci::session& s, db::Id campaign_id);
void InsertRaised(soci::session& s, db::Id campaign_id, const Raised& raised);

}  // namespace eduims::surveys::store
