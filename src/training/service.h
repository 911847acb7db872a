// The rules of training (issue 20): programmes and sessions are seen by those who view competences on the
// programme's unit and run by those who manage training there; people are invited by unit and role; attendance is
// recorded by the trainer, by the person's own check-in with the session's code while it runs, or imported from a
// sheet (all rows or none); a participant who attended is assessed, and passing grants the programme's competences
// through the competence service in the same transaction. Certificates are PDFs for those who passed. Every change is
// one transaction with its audit entry. Failures are ProblemError.
#pragma once
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
#include "training/model.h"

namespace eduims::training {

struct ProgrammeInput {
  db::Id unit_id = 0;
  std::string title, provider, description;
  std::vector<std::string> clauses, competences;
  double max_score = 10, pass_mark = 5;
  std::optional<int> validity_months;
};

struct SessionInput {
  std::string title, trainer, place, topics, starts_at, ends_at;
};

// A programme with its sessions and participants, as one caller sees it.
struct ProgrammeView {
  Programme programme;
  std::vector<Session> sessions;
  std::vector<Participant> participants;
  std::map<db::Id, std::vector<attachments::Attachment>> files;  // each session's materials, by session id
  bool manages = false;  // the caller runs it: sees the check-in codes
};

struct ImportedRow {
  int row = 0;
  db::Id user_id = 0;
  db::Id session_id = 0;
};

class TrainingService {
 public:
  TrainingService(db::Database& db, org::OrgService& org, people::CompetenceService& competences)
      : db_(db), org_(org), competences_(competences) {}

  std::vector<Programme> List(const auth::Principal& who, std::optional<db::Id> unit_id, std::optional<db::Id> after,
                              int limit);
  Programme Create(const auth::Principal& who, const ProgrammeInput& input, const audit::Actor& actor);
  ProgrammeView Get(const auth::Principal& who, db::Id id);
  Session AddSession(const auth::Principal& who, db::Id programme_id, const SessionInput& input,
                     const audit::Actor& actor);
  // Invites the enabled people whose home unit is in the subtree of `unit_id` (within the programme's), holding
  // `role` if given; returns how many were newly invited.
  int Invite(const auth::Principal& who, db::Id programme_id, db::Id unit_id, const std::optional<std::string>& role,
             const audit::Actor& actor);
  // The trainer's register of a session: each of `user_ids` (invited) attended.
  int RecordAttendance(const auth::Principal& who, db::Id programme_id, db::Id session_id,
                       const std::vector<db::Id>& user_ids, const audit::Actor& actor);
  // The caller checks in with the code shown in the room: 404 for an unknown code, 409 outside the session or a
  // second time, 422 when not invited.
  Session CheckIn(const auth::Principal& who, const std::string& code, const audit::Actor& actor);
  // CSV "email,session_id" rows: every row or none (422 import.invalid_rows listing each bad row).
  std::vector<ImportedRow> ImportAttendance(const auth::Principal& who, db::Id programme_id, const std::string& csv,
                                            const audit::Actor& actor);
  Participant RecordResult(const auth::Principal& who, db::Id programme_id, db::Id user_id, double score,
                           const audit::Actor& actor);
  // The completion certificate of a participant who passed: themselves, or someone who views competences there.
  std::shared_ptr<http::SpoolPath> Certificate(const auth::Principal& who, db::Id programme_id, db::Id user_id,
                                               Language language);
  // The QR code of a session's check-in link (`base` + "/check-in/" + code), as SVG, for those who run it.
  std::string CheckInQr(const auth::Principal& who, db::Id programme_id, db::Id session_id, const std::string& base);

  // A session's materials (slides, handouts, the attendance sheet as signed): attached and removed by who runs the
  // programme, listed and read by whoever sees it.
  void AdmitSessionFile(const auth::Principal& who, db::Id programme_id, db::Id session_id);
  attachments::Attachment AttachSessionFile(const auth::Principal& who, db::Id programme_id, db::Id session_id,
                                            std::shared_ptr<const http::SpoolPath> file, const std::string& file_name,
                                            const audit::Actor& actor);
  std::vector<attachments::Attachment> SessionFiles(const auth::Principal& who, db::Id programme_id,
                                                    db::Id session_id);
  http::Response DownloadSessionFile(const auth::Principal& who, db::Id programme_id, db::Id session_id,
                                     db::Id attachment_id);
  attachments::Attachment RemoveSessionFile(const auth::Principal& who, db::Id programme_id, db::Id session_id,
                                            db::Id attachment_id, const audit::Actor& actor);
  // For the evidence pack of `unit`: the materials of the sessions of the programmes of its subtree, if the caller
  // views competences there.
  std::vector<readiness::PackedReport> EvidenceFiles(const auth::Principal& who, const org::Unit& unit,
                                                     Language language);

  // What competence, training and awareness show readiness for the subtree of `unit` (people/readiness_evidence.h):
  // nothing for someone who does not view competences there.
  std::vector<readiness::RegisterEvidence> ReadinessEvidence(const auth::Principal& who, const org::Unit& unit);

 private:
  std::pair<Programme, bool> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  Programme Managed(soci::session& s, const auth::Principal& who, db::Id id);
  void Fill(soci::session& s, std::vector<Participant>& participants);
  // The session `session_id` of the programme as the caller sees it (404 otherwise), 403 when `manage` and the
  // caller does not run it; with the programme's unit path.
  std::string SessionOf(soci::session& s, const auth::Principal& who, db::Id programme_id, db::Id session_id,
                        bool manage);

  db::Database& db_;
  org::OrgService& org_;
  people::CompetenceService& competences_;
  attachments::AttachmentService attachments_;
};

}  // namespace eduims::training
