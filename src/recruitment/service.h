// The rules of recruitment (ISO 21001 7.1.2, issue 20). A unit's recruitment processes and its recruitments are read
// by those who view competences on the unit (a selection panel member also reads the recruitments they sit on) and
// written by those who manage competences there; the workflow (workflow.h) says who takes each step. The retained
// results are files attached by the unit's managers or the panel until the recruitment is closed or cancelled, after
// which it is a record: nothing changes or removes it, it is never deleted. Every change is one transaction with its
// audit entry. Failures are ProblemError.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "attachments/service.h"
#include "org/service.h"
#include "people/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/http/message.h"
#include "readiness/evidence_pack.h"
#include "readiness/report.h"
#include "recruitment/model.h"
#include "recruitment/store.h"

namespace eduims::recruitment {

struct ProcessInput {
  std::string position, criteria;
  std::vector<std::string> competences, steps;
  std::optional<db::Id> document_id;
};

struct RecruitmentInput {
  db::Id unit_id = 0, process_id = 0;
  std::string title, opened_on, method;
  long long vacancies = 1, candidates = 0;
  std::vector<db::Id> panel;
};

struct AppointeeInput {
  std::optional<db::Id> user_id;
  std::optional<std::string> name;
};

struct StepInput {
  long long version = 0;
  std::string action;
  std::optional<std::string> comment, decided_on, outcome, reason;
  std::optional<long long> candidates;
  std::optional<std::vector<AppointeeInput>> appointed;
};

// A recruitment with what the caller may do to it and its files.
struct View {
  Recruitment recruitment;
  std::vector<std::string> actions;  // the steps the caller may take now
  bool may_attach = false, may_remove = false;
  std::vector<attachments::Attachment> files;
};

class RecruitmentService {
 public:
  RecruitmentService(db::Database& db, org::OrgService& org, people::CompetenceService& competences)
      : db_(db), org_(org), competences_(competences) {}

  // With `unit_id`: the processes that apply to the unit (set on it or above it); otherwise those of the caller's
  // subtrees.
  std::vector<Process> ListProcesses(const auth::Principal& who, std::optional<db::Id> unit_id,
                                     std::optional<db::Id> after, int limit);
  Process CreateProcess(const auth::Principal& who, db::Id unit_id, const ProcessInput& input,
                        const audit::Actor& actor);
  Process GetProcess(const auth::Principal& who, db::Id id);
  Process UpdateProcess(const auth::Principal& who, db::Id id, long long version, const ProcessInput& input,
                        const audit::Actor& actor);

  std::vector<Recruitment> List(const auth::Principal& who, const store::RecruitmentFilter& filter);
  View Create(const auth::Principal& who, const RecruitmentInput& input, const audit::Actor& actor);
  View Get(const auth::Principal& who, db::Id id);
  View Step(const auth::Principal& who, db::Id id, const StepInput& input, const audit::Actor& actor);

  void AdmitFile(const auth::Principal& who, db::Id id);
  attachments::Attachment AttachFile(const auth::Principal& who, db::Id id,
                                     std::shared_ptr<const http::SpoolPath> file, const std::string& file_name,
                                     const audit::Actor& actor);
  std::vector<attachments::Attachment> Files(const auth::Principal& who, db::Id id);
  http::Response DownloadFile(const auth::Principal& who, db::Id id, db::Id attachment_id);
  attachments::Attachment RemoveFile(const auth::Principal& who, db::Id id, db::Id attachment_id,
                                     const audit::Actor& actor);

  // Clause 7.1.2 of both standards: the processes of the unit's subtree ("recruitment_processes") and its decided
  // or closed recruitments ("recruitments", short of "no_recruitment_process" without a process); nothing for
  // someone who does not view competences there.
  std::vector<readiness::RegisterEvidence> ReadinessEvidence(const auth::Principal& who, const org::Unit& unit);
  // For the evidence pack: the retained results of the subtree's closed recruitments.
  std::vector<readiness::PackedReport> EvidenceFiles(const auth::Principal& who, const org::Unit& unit,
                                                     Language language);

 private:
  struct Seen {
    Recruitment recruitment;
    Roles roles;
  };
  // 404 unless the caller views competences on the recruitment's unit or sits on its panel.
  Seen Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // Attaching is for managers and the panel, removing for managers, both until the recruitment is finished.
  Seen Changeable(soci::session& s, const auth::Principal& who, db::Id id, bool remove);
  // The input's own rules and its competences against the catalogue: before any transaction.
  void CheckProcess(const ProcessInput& input);
  // The controlled document it names, as the caller sees it.
  void CheckDocument(soci::session& s, const auth::Principal& who, const ProcessInput& input);
  View ViewOf(soci::session& s, Seen seen);

  db::Database& db_;
  org::OrgService& org_;
  people::CompetenceService& competences_;
  attachments::AttachmentService attachments_;
};

}  // namespace eduims::recruitment
