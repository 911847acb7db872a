// The rules of surveys: who may see and write questionnaires and campaigns (by unit subtree), versions that never
// change once published, campaigns that run a published version over a subtree, their links and one-time codes,
// the answers anyone with a link may give, and the results — which never scan answers and never show a group
// smaller than the campaign's minimum. Every change by a user is one transaction with its audit entry; answers are
// deliberately not in the audit trail, whose entries carry the time and address an answer must not. Failures are
// ProblemError. Thread-safe.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "improvement/register_service.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/db/group_commit.h"
#include "platform/xlsx/workbook.h"
#include "platform/http/message.h"
#include "readiness/evidence_pack.h"
#include "readiness/report.h"
#include "surveys/answer.h"
#include "surveys/model.h"
#include "surveys/questionnaire.h"
#include "surveys/report.h"
#include "surveys/store.h"

namespace eduims::surveys {

struct QuestionnaireInput {
  db::Id unit_id = 0;
  std::string audience;
  std::optional<std::string> library_code;        // start from a library template...
  std::optional<boost::json::value> definition;   // ...or from this definition
};

struct CampaignInput {
  db::Id unit_id = 0;
  db::Id questionnaire_id = 0;
  long long questionnaire_version = 0;
  std::string title, audience, mode, opens_on, closes_on;
  long long min_group = 5;
  struct LinkInput {
    db::Id unit_id = 0;
    long long expected = 0;
  };
  std::vector<LinkInput> links;  // anonymous: one link per unit
};

struct ResultsQuery {
  std::optional<db::Id> unit_id;  // a subtree of the campaign's; its root by default
  bool by_unit = false;           // each question per shown group too
};

// What the public page needs of a code: the campaign, its link and questionnaire, or why it cannot be answered.
struct PublicSurvey {
  std::string state;  // open, unknown, closed, not_yet, draft, used
  std::optional<Campaign> campaign;
  std::optional<Link> link;
  std::shared_ptr<const Definition> definition;
};

// What one campaign's results come to, over its whole subtree, for a management review and for readiness.
struct CampaignSummary {
  Campaign campaign;
  long long responses = 0, expected = 0;
  bool shown = false;                    // its respondents reached its minimum group, so its figures may be shown
  std::optional<double> index;           // the mean satisfaction index of its questions (grid rows) with one
  std::optional<double> previous_index;  // the same of the previous closed campaign of the questionnaire on the unit
  long long below_threshold = 0;         // questions (rows) whose index is under their threshold
  long long improvements = 0;            // entries it raised in the improvement register
};

struct AnswerOutcome {
  std::string state;  // as PublicSurvey; "stored" when kept, "invalid" with problems
  std::vector<AnswerProblem> problems;
  PublicSurvey survey;  // what the answer was checked against, to show the form again
};

class SurveyService {
 public:
  // `public_url`: the address users open, for the links printed on posters and slips.
  SurveyService(db::Database& db, org::OrgService& org, improvement::ImprovementService& improvements,
                std::string public_url = "http://127.0.0.1:8080")
      : db_(db), org_(org), improvements_(improvements), public_url_(std::move(public_url)), answers_(db) {}

  // The library shipped with the product: [{code, audience, title, questions}].
  boost::json::array Library() const;

  QuestionnaireRecord GetQuestionnaire(const auth::Principal& who, db::Id id);
  std::vector<QuestionnaireRecord> ListQuestionnaires(const auth::Principal& who, std::optional<db::Id> unit_id,
                                                      std::optional<db::Id> after, int limit);
  QuestionnaireRecord CreateQuestionnaire(const auth::Principal& who, const QuestionnaireInput& input,
                                          const audit::Actor& actor);
  QuestionnaireVersion GetVersion(const auth::Principal& who, db::Id id, long long number);
  // A draft's new definition; 409 survey.version_published once published.
  QuestionnaireVersion SaveDraft(const auth::Principal& who, db::Id id, long long number,
                                 const boost::json::value& definition, const audit::Actor& actor);
  // A new draft copied from the newest version; 409 survey.draft_exists while one is a draft.
  QuestionnaireVersion NewVersion(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  QuestionnaireVersion Publish(const auth::Principal& who, db::Id id, long long number, const audit::Actor& actor);

  Campaign GetCampaign(const auth::Principal& who, db::Id id);
  std::vector<Campaign> ListCampaigns(const auth::Principal& who, std::optional<db::Id> questionnaire_id,
                                      std::optional<db::Id> after, int limit);
  Campaign CreateCampaign(const auth::Principal& who, const CampaignInput& input, const audit::Actor& actor);
  std::vector<Link> Links(const auth::Principal& who, db::Id id);
  // One-time codes for `people` (names or addresses, kept only until the campaign closes) of a unit of a
  // confidential campaign that has not closed.
  std::vector<Link> AddCodes(const auth::Principal& who, db::Id id, db::Id unit_id,
                             const std::vector<std::string>& people, const audit::Actor& actor);
  // draft → open → closed. Closing erases who got which code and raises an improvement for each question whose
  // index is below its threshold.
  Campaign Transition(const auth::Principal& who, db::Id id, long long version, const std::string& to,
                      const audit::Actor& actor);

  boost::json::object Results(const auth::Principal& who, db::Id id, const ResultsQuery& query);
  // Free-text answers of the subtree (none while it has fewer respondents than the minimum).
  std::vector<store::TextRow> Texts(const auth::Principal& who, db::Id id, std::optional<db::Id> unit_id,
                                    const std::optional<std::string>& question_key, const std::string& query,
                                    std::optional<db::Id> after, int limit);
  // The results (and, if the subtree reaches the minimum, the answers as given) as an .xlsx workbook.
  xlsx::Workbook ExportXlsx(const auth::Principal& who, db::Id id, std::optional<db::Id> unit_id, Language language);

  // The campaigns over units of `unit`'s subtree, as far as the caller may view surveys, open on some day of
  // [from, to] (dates), oldest first; at most 500.
  std::vector<CampaignSummary> Summaries(const auth::Principal& who, const org::Unit& unit, const std::string& from,
                                         const std::string& to);

  // The 9.1.2 evidence of `unit`'s subtree over the last 12 months (surveys/readiness_evidence.h), as far as the
  // caller may view surveys.
  std::vector<readiness::RegisterEvidence> ReadinessEvidence(const auth::Principal& who, const org::Unit& unit);

  // The results report of the subtree as a PDF in `language`, with its chart (surveys/report.h).
  std::shared_ptr<http::SpoolPath> ResultsPdf(const auth::Principal& who, db::Id id, std::optional<db::Id> unit_id,
                                              Language language);
  // The QR posters of an anonymous campaign's links (409 survey.wrong_mode for a confidential one).
  std::shared_ptr<http::SpoolPath> PostersPdf(const auth::Principal& who, db::Id id, Language language);
  // The slips of a confidential campaign's unused codes with whom each goes to: for those who manage surveys on
  // the campaign's unit only (403), never for an anonymous campaign (409 survey.wrong_mode).
  std::shared_ptr<http::SpoolPath> SlipsPdf(const auth::Principal& who, db::Id id, Language language);
  // The results reports of the closed campaigns of `unit`'s subtree of the last three years whose results may be
  // shown, for the evidence pack.
  std::vector<readiness::PackedReport> EvidenceReports(const auth::Principal& who, const org::Unit& unit,
                                                       Language language);

  // The satisfaction index (%) of the questions linked to the indicator `indicator_code`, pooled over the campaigns
  // of `unit_id`'s subtree closed from `from` to `to` (dates) whose results may be shown, as the caller may view
  // surveys: what a computed indicator "survey_satisfaction_index" records. None when no such answer exists.
  std::optional<double> IndicatorIndex(const auth::Principal& who, db::Id unit_id, const std::string& indicator_code,
                                       const std::string& from, const std::string& to);

  PublicSurvey Open(const std::string& code);
  AnswerOutcome Answer(const std::string& code, const std::multimap<std::string, std::string>& form);

 private:
  std::pair<QuestionnaireRecord, std::string> VisibleQuestionnaire(soci::session& s, const auth::Principal& who,
                                                                   db::Id id);
  std::pair<Campaign, std::string> VisibleCampaign(soci::session& s, const auth::Principal& who, db::Id id);
  // The parsed definition of a published version, kept: a published version never changes.
  std::shared_ptr<const Definition> Published(soci::session& s, db::Id questionnaire_id, long long number);
  // The unit (path) results look at: the campaign's root or a unit of its subtree the caller may view.
  std::pair<db::Id, std::string> ResultsRoot(const auth::Principal& who, const Campaign& c,
                                             const std::string& campaign_path, std::optional<db::Id> unit_id);
  CampaignSummary SummaryOf(soci::session& s, const Campaign& c);
  std::vector<PrintedLink> Printed(const auth::Principal& who, const std::vector<Link>& links);
  void RaiseBelowThreshold(soci::session& s, const auth::Principal& who, const Campaign& c,
                           const audit::Actor& actor);

  db::Database& db_;
  org::OrgService& org_;
  improvement::ImprovementService& improvements_;
  std::string public_url_;
  std::mutex definitions_mutex_;
  std::map<std::pair<db::Id, long long>, std::shared_ptr<const Definition>> definitions_;
  // Answers arriving together are stored in one transaction: a campaign of 300,000 learners answers in bursts.
  db::GroupCommit answers_;
};

}  // namespace eduims::surveys
