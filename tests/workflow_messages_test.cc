// Every refusal of every workflow table, worded in Vietnamese, holds no English word: each record, state, step,
// action and actor the tables name has its Vietnamese wording in the glossary (platform/i18n/glossary.cc). The
// tables are walked whole: every step refused to a caller who may not take it, every action refused from every
// state it does not start from.
#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <tuple>

#include "actions/workflow.h"
#include "audits/workflow.h"
#include "certification/workflow.h"
#include "complaints/workflow.h"
#include "documents/workflow.h"
#include "improvement/nonconformity_workflow.h"
#include "improvement/register_workflow.h"
#include "platform/i18n/glossary.h"
#include "platform/i18n/messages.h"
#include "recruitment/workflow.h"
#include "review/workflow.h"

namespace eduims::testing {
namespace {

// The words of `text` made of ASCII letters only, lower case, of three letters or more: English words, and the
// code names of states ("in_progress" gives "progress").
std::set<std::string> AsciiWords(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  bool ascii = true;
  auto flush = [&] {
    if (ascii && word.size() >= 3) words.insert(word);
    word.clear();
    ascii = true;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (std::isalpha(c)) {
      word += char(std::tolower(c));
    } else if (c >= 0x80) {
      // A letter of a Vietnamese word (UTF-8): the word is not English.
      ascii = false;
      word += char(c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// Names both languages write alike: formats, protocols and JSON's literals.
const std::set<std::string> kTechnicalNames = {"api", "csv", "http", "json", "true", "false"};

class Refusals {
 public:
  // Checks one refusal: its Vietnamese detail holds no word of its parameters as the code gives them (code names)
  // or as the English message words them.
  void Check(const Problem& p, const std::string& where) {
    ++checked_;
    std::string vi = MessageDetail(p.code, Language::kVietnamese, p.params);
    std::set<std::string> english;
    for (const auto& [name, value] : p.params) english.merge(AsciiWords(value));
    for (const auto& [name, value] : WordedParams(Language::kEnglish, p.params)) english.merge(AsciiWords(value));
    for (const std::string& word : AsciiWords(vi)) {
      if (!kTechnicalNames.count(word)) {
        EXPECT_EQ(english.count(word), 0u) << where << ": \"" << word << "\" in " << vi;
      }
    }
  }
  int checked() const { return checked_; }

 private:
  int checked_ = 0;
};

// Walks a table of steps (platform/step_table.h): `check(action, status)` answers as the module does for a caller
// who is nothing to the record.
template <class Status, class Actor, class Check>
void WalkTable(Refusals& refusals, const std::string& table, const std::vector<StepRule<Status, Actor>>& rules,
               const std::vector<Status>& statuses, Check check) {
  for (const std::string& action : ActionNamesOf(rules)) {
    for (Status status : statuses) {
      auto verdict = check(action, status);
      auto* problem = std::get_if<Problem>(&verdict);
      ASSERT_NE(problem, nullptr) << table << " " << action;
      EXPECT_TRUE(problem->code == "workflow.not_permitted" || problem->code == "workflow.transition_not_allowed")
          << table << " " << action << ": " << problem->code;
      refusals.Check(*problem, table + " " + action);
    }
  }
}

TEST(WorkflowMessages, EveryRefusalOfEveryTableIsWordedInVietnamese) {
  Refusals refusals;

  const actions::Status kActionStatuses[] = {actions::Status::kOpen, actions::Status::kInProgress,
                                             actions::Status::kDone, actions::Status::kCancelled};
  for (auto from : kActionStatuses)
    for (auto to : kActionStatuses) {
      auto problem = actions::Refusal(from, to, false, false);
      ASSERT_TRUE(problem.has_value());
      refusals.Check(*problem, "action " + std::string(actions::StatusName(from)) + "->" +
                                   std::string(actions::StatusName(to)));
    }

  for (const std::string& action : documents::ActionNames())
    for (int s = 0; s <= int(documents::RevisionStatus::kObsolete); ++s) {
      documents::RevisionFacts facts{documents::RevisionStatus(s)};
      auto verdict = documents::CheckAction(action, {}, facts);
      auto* problem = std::get_if<Problem>(&verdict);
      ASSERT_NE(problem, nullptr) << action;
      refusals.Check(*problem, "revision " + action);
    }

  std::vector<improvement::NcStatus> nc_statuses;
  for (const auto& name : improvement::NcStatusNames()) nc_statuses.push_back(*improvement::ParseNcStatus(name));
  WalkTable(refusals, "nonconformity", improvement::NcSteps(), nc_statuses, [](const std::string& a, auto s) {
    return improvement::CheckStep(a, {}, {s});
  });

  std::vector<improvement::ImprovementStatus> improvement_statuses;
  for (const auto& name : improvement::ImprovementStatusNames())
    improvement_statuses.push_back(*improvement::ParseImprovementStatus(name));
  WalkTable(refusals, "improvement", improvement::ImprovementSteps(), improvement_statuses,
            [](const std::string& a, auto s) { return improvement::CheckImprovementStep(a, false, false, {s}); });

  std::vector<audits::AuditStatus> audit_statuses;
  for (const auto& name : audits::AuditStatusNames()) audit_statuses.push_back(*audits::ParseAuditStatus(name));
  WalkTable(refusals, "audit", audits::AuditSteps(), audit_statuses,
            [](const std::string& a, auto s) { return audits::CheckAuditStep(a, false, false, {s}); });

  std::vector<complaints::Status> complaint_statuses;
  for (const auto& name : complaints::StatusNames()) complaint_statuses.push_back(*complaints::ParseStatus(name));
  WalkTable(refusals, "complaint", complaints::Steps(), complaint_statuses,
            [](const std::string& a, auto s) { return complaints::CheckStep(a, {}, {s}); });

  std::vector<recruitment::Status> recruitment_statuses;
  for (const auto& name : recruitment::StatusNames()) recruitment_statuses.push_back(*recruitment::ParseStatus(name));
  WalkTable(refusals, "recruitment", recruitment::Steps(), recruitment_statuses,
            [](const std::string& a, auto s) { return recruitment::CheckStep(a, {}, {s}); });
  std::vector<review::ReviewStatus> review_statuses;
  for (const auto& name : review::ReviewStatusNames()) review_statuses.push_back(*review::ParseReviewStatus(name));
  WalkTable(refusals, "management review", review::ReviewSteps(), review_statuses,
            [](const std::string& a, auto s) { return review::CheckReviewStep(a, false, false, {s}); });

  // Certification's services check their tables themselves, with these entities and wordings.
  using namespace certification;
  WalkTable(refusals, "certification project", ProjectTransitions(), AllSteps(), [](const std::string& a, auto s) {
    return CheckTable(ProjectTransitions(), "certification_project", a, s, {}, {}, StepName, ActorsText);
  });
  WalkTable(refusals, "certification audit", AuditTransitions(),
            {AuditStatus::kPlanned, AuditStatus::kCompleted, AuditStatus::kCancelled},
            [](const std::string& a, auto s) {
              return CheckTable(AuditTransitions(), "certification_audit", a, s, {}, {}, certification::AuditStatusName,
                                ActorsText);
            });
  WalkTable(refusals, "certificate", CertificateChanges(),
            {CertificateStatus::kActive, CertificateStatus::kSuspended, CertificateStatus::kWithdrawn,
             CertificateStatus::kExpired},
            [](const std::string& a, auto s) {
              return CheckTable(CertificateChanges(), "certificate", a, s, {}, {}, CertificateStatusName, ActorsText);
            });
  EXPECT_GT(refusals.checked(), 200);
}

// The other worded parameters: every record a "not found" names, every kind of value a field needs, every reason a
// request or a CSV file could not be read, and every state named outside a table's refusals.
TEST(WorkflowMessages, EveryOtherWordedParameterIsVietnamese) {
  Refusals refusals;
  for (const GlossaryEntry& e : GlossaryEntries()) {
    std::string key(e.key);
    if (e.kind == "entity") refusals.Check(Problem::Make(404, "resource.not_found").With("entity", key), key);
    if (e.kind == "permission")
      refusals.Check(Problem::Make(403, "auth.permission_missing").With("permission", key), key);
    if (e.kind == "type")
      refusals.Check(Problem::Make(422, "validation.wrong_type", "title").With("expected", key), key);
    if (e.kind == "reason") {
      bool csv = key.rfind("csv_", 0) == 0, xlsx = key.rfind("xlsx_", 0) == 0;
      Problem p = Problem::Make(csv || xlsx ? 422 : 400, csv    ? "import.malformed_csv"
                                                         : xlsx ? "import.malformed_xlsx"
                                                                : "request.malformed_json");
      p.With("reason", key).With("line", "7");
      if (xlsx) p.With("part", "xl/worksheets/sheet1.xml").With("cell", "B7").With("limit", "20001");
      refusals.Check(p, key);
      std::string vi = MessageDetail(p.code, Language::kVietnamese, p.params);
      EXPECT_EQ(vi.find('{'), std::string::npos) << vi;
      if (csv) {
        EXPECT_NE(vi.find("dòng 7"), std::string::npos) << vi;
      }
    }
  }
  for (const auto& name : improvement::NcStatusNames())
    refusals.Check(Problem::Make(409, "improvement.not_planning").With("entity", "nonconformity").With("status", name),
                   name);
  for (const auto& name : audits::AuditStatusNames())
    refusals.Check(Problem::Make(409, "audits.not_in_progress").With("entity", "audit").With("status", name), name);
  for (certification::ProjectStep step : certification::AllSteps())
    refusals.Check(Problem::Make(409, "certification.wrong_step").With("step", certification::StepName(step)),
                   certification::StepName(step));
  EXPECT_GT(refusals.checked(), 40);
}

// The glossary holds each wording once, and every Vietnamese wording differs from its English one.
TEST(WorkflowMessages, TheGlossaryHoldsEachWordingOnce) {
  std::set<std::tuple<std::string_view, std::string_view, std::string_view>> seen;
  for (const GlossaryEntry& e : GlossaryEntries()) {
    EXPECT_TRUE(seen.insert({e.kind, e.entity, e.key}).second) << e.kind << " " << e.entity << " " << e.key;
    EXPECT_NE(e.vi, e.en) << e.key;
    EXPECT_FALSE(e.vi.empty()) << e.key;
  }
}

}  // namespace
}  // namespace eduims::testing
