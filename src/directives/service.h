// The rules of directives and reporting requests. A unit's managers (kSendDirectives on it: top management, quality
// managers and administrators) send one to units below it — a subtree, a unit type or a list, all below the sending
// unit (422 directive.unit_outside_sender otherwise) — with a deadline not in the past (422
// validation.date_too_early); one answer per recipient is inserted as one batch in the same transaction, and, when
// asked, one action per recipient through the actions module. Who oversees the sender (kViewOversight) or sends from
// it sees the directive, its live submission rate and every answer; a recipient's people (kViewReviews or
// kAnswerDirectives on the unit) see their own answer, and those who answer for the unit (kAnswerDirectives: its
// managers and process owners) write and submit it; the sender's managers accept it or return it with a reason
// (directives/workflow.h); an accepted answer never changes (409 directive.answer_accepted). The jobs remind the
// recipients three days before the deadline and escalate to the unit's head and the sender after it, each once per
// answer whatever the number of servers. Every change is one transaction with its audit entry. Failures are
// ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "actions/service.h"
#include "attachments/service.h"
#include "directives/model.h"
#include "directives/store.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"

namespace eduims::directives {

struct DirectiveInput {
  db::Id unit_id = 0;
  std::string kind = "report_request";
  std::string dispatch_number, dispatch_date, title, body, deadline;
  Targets targets;
  bool create_actions = false;
  std::optional<db::Id> action_owner_id;  // of every action raised (none: the units assign them)
};

struct DirectiveView {
  Directive directive;
  Progress progress;
  bool sender = false;  // the caller sees it as its sender (every answer), not as a recipient
};

struct AnswerView {
  Answer answer;
  std::string unit_code, unit_name;
  Directive directive;
  std::vector<std::string> actions;  // the steps the caller may take now
};

struct AnswerFilter {
  std::optional<db::Id> directive_id, within;
  std::optional<AnswerStatus> status;
  std::optional<db::Id> after;
  int limit = 50;
};

struct AnswerStepInput {
  long long version = 0;
  std::string action;
  std::optional<std::string> reason, comment;
};

struct NoticeRun {
  int reminders = 0, escalations = 0, mails = 0;
};

class DirectiveService {
 public:
  // How many days before its deadline an unsubmitted answer is reminded of.
  static constexpr int kReminderDays = 3;

  DirectiveService(db::Database& db, org::OrgService& org, actions::ActionService& actions)
      : db_(db), org_(org), actions_(actions) {}

  DirectiveView Create(const auth::Principal& who, const DirectiveInput& input, const audit::Actor& actor);
  DirectiveView Get(const auth::Principal& who, db::Id id);
  // The directives sent by units the caller oversees or manages, each with its progress.
  std::vector<DirectiveView> List(const auth::Principal& who, std::optional<db::Id> within, std::optional<db::Id> after,
                                  int limit);
  // A directive's answers for its sender; otherwise (and without a directive) the answers of the units the caller
  // sees: a unit's inbox.
  std::vector<AnswerView> Answers(const auth::Principal& who, const AnswerFilter& filter);
  AnswerView GetAnswer(const auth::Principal& who, db::Id id);
  // Writes the answer's text (starting it if not started), while the unit may still write it.
  AnswerView WriteAnswer(const auth::Principal& who, db::Id id, long long version, const std::string& text,
                         const audit::Actor& actor);
  AnswerView StepAnswer(const auth::Principal& who, db::Id id, const AnswerStepInput& input, const audit::Actor& actor);
  // The reminders and escalations due on `today`, each queued once (the job of every server).
  NoticeRun SendNotices(const std::string& today, const std::string& link_base);

  // The directive's own files (the dispatch as signed, its forms): seen by whoever sees the directive, attached and
  // removed by its sender (kSendDirectives on the sending unit) while it is open, that is until every answer is
  // accepted (409 directive.closed after). directives/files.cc.
  void AdmitDirectiveFile(const auth::Principal& who, db::Id id);
  attachments::Attachment AttachDirectiveFile(const auth::Principal& who, db::Id id,
                                              std::shared_ptr<const http::SpoolPath> file,
                                              const std::string& file_name, const audit::Actor& actor);
  std::vector<attachments::Attachment> DirectiveFiles(const auth::Principal& who, db::Id id);
  http::Response DownloadDirectiveFile(const auth::Principal& who, db::Id id, db::Id attachment_id);
  attachments::Attachment RemoveDirectiveFile(const auth::Principal& who, db::Id id, db::Id attachment_id,
                                              const audit::Actor& actor);
  // An answer's files: seen by whoever sees the answer, attached and removed by those who answer for the unit while
  // they may still write its text (409 directive.answer_submitted, directive.answer_accepted after).
  void AdmitAnswerFile(const auth::Principal& who, db::Id id);
  attachments::Attachment AttachAnswerFile(const auth::Principal& who, db::Id id,
                                           std::shared_ptr<const http::SpoolPath> file, const std::string& file_name,
                                           const audit::Actor& actor);
  std::vector<attachments::Attachment> AnswerFiles(const auth::Principal& who, db::Id id);
  http::Response DownloadAnswerFile(const auth::Principal& who, db::Id id, db::Id attachment_id);
  attachments::Attachment RemoveAnswerFile(const auth::Principal& who, db::Id id, db::Id attachment_id,
                                           const audit::Actor& actor);

 private:
  std::vector<db::Id> Recipients(const auth::Principal& who, const org::Unit& sender, const Targets& targets);
  bool SeesAsSender(const auth::Principal& who, const std::string& sender_path) const;
  // Whom a notice about an answer goes to: for a reminder those who answer for the unit (homed there), else its
  // head; for an escalation the unit's head and the directive's author.
  std::vector<org::User> NoticeRecipients(const std::string& kind, db::Id unit_id, const Directive& directive);
  // The directive and its sender's path if the caller sees it (404 otherwise), inside the caller's transaction.
  std::pair<Directive, std::string> VisibleDirective(soci::session& s, const auth::Principal& who, db::Id id);
  // The same for the sender's changes to its files: kSendDirectives on the sender, the directive still open.
  std::string DirectiveFilesWritable(soci::session& s, const auth::Principal& who, db::Id id);
  store::AnswerRow VisibleAnswer(soci::session& s, const auth::Principal& who, db::Id id);
  std::string AnswerFilesWritable(soci::session& s, const auth::Principal& who, db::Id id);

  db::Database& db_;
  org::OrgService& org_;
  actions::ActionService& actions_;
  attachments::AttachmentService attachments_;
};

}  // namespace eduims::directives
