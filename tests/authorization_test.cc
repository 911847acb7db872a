// The authorisation matrix: every route x every role x (inside / outside the granted subtree), on both engines.
// Each role is granted on THPT Chuyên Sơn La; "inside" targets records of that school, "outside" records of
// THPT Tô Hiệu. Nobody reads or writes outside their subtree; inside, the role table decides.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "actions/store.h"
#include "attachments/service.h"
#include "audits/store.h"
#include "certification/store.h"
#include "complaints/store.h"
#include "demo/demo.h"
#include "directives/store.h"
#include "documents/store.h"
#include "expected_permissions.h"
#include "improvement/store.h"
#include "org/store.h"
#include "people/store.h"
#include "recruitment/store.h"
#include "training/store.h"
#include "planning/indicator_store.h"
#include "planning/objective_store.h"
#include "planning/change_store.h"
#include "planning/context_store.h"
#include "planning/party_store.h"
#include "platform/auth/roles.h"
#include "planning/risk_store.h"
#include "platform/clock.h"
#include "processes/store.h"
#include "records/store.h"
#include "review/store.h"
#include "standards/catalogue.h"
#include "surveys/store.h"
#include "test_env.h"
#include "test_files.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

using auth::Permission;
namespace json = boost::json;

struct Target {
  db::Id unit_id = 0;
  std::string unit_code;
  db::Id user_id = 0;    // a user of the unit
  db::Id action_id = 0;  // an action of the unit, owned by someone else
  db::Id grant_id = 0;   // a grant of `user_id`
  db::Id document_id = 0;        // an internal document with no open revision
  db::Id drafted_document_id = 0;  // an internal document with a draft revision by `user_id`
  db::Id revision_id = 0;        // that draft
  std::string search_word;       // a word only these documents' titles hold
  db::Id process_id = 0;         // a process of the unit, owned by `user_id`
  db::Id record_id = 0;          // a record of the unit kept five years from today, owned by `user_id`
  db::Id revision_file_id = 0;   // a file attached to the draft revision
  db::Id record_file_id = 0;     // an evidence file of the record
  db::Id nonconformity_id = 0;           // a nonconformity of the unit, just reported
  db::Id analysed_nonconformity_id = 0;  // one whose root cause is analysed, so actions may be planned
  db::Id improvement_id = 0;           // an improvement of the unit, proposed
  db::Id accepted_improvement_id = 0;  // an accepted one, so actions may be planned
  db::Id programme_id = 0;      // this year's audit programme of the unit
  db::Id planned_audit_id = 0;  // a planned audit of the unit by the department's internal auditor
  db::Id audit_id = 0;          // one in progress, with
  db::Id line_id = 0;           // a checklist line
  db::Id line_file_id = 0;      // an evidence file of it
  db::Id clause_id = 0;         // the clause it answers
  db::Id project_id = 0;           // a certification project at registration, its step's record linked
  db::Id certification_audit_id = 0;  // a stage 1 audit of it planned for today
  db::Id deciding_project_id = 0;  // a project at certificate issue with stage 1 and 2 completed
  db::Id certificate_id = 0;       // an active certificate of a third project, issued 30 days ago
  db::Id risk_id = 0;              // a risk of the unit, owned by `user_id`
  db::Id objective_id = 0;         // a quality objective of the unit
  db::Id indicator_id = 0;         // its monthly hand-entered indicator, coded "I" + the unit's code, with no value
  db::Id context_issue_id = 0;     // a context issue of the unit
  db::Id party_id = 0;             // an interested party of the unit, not of a mandatory class
  db::Id requirement_id = 0;       // a requirement of it
  db::Id change_id = 0;            // a planned change of the unit, approved
  db::Id complaint_id = 0;         // a complaint of the unit, received, handled by `user_id`
  db::Id top_manager_id = 0;       // a user of the unit with the top management role on it
  db::Id planned_review_id = 0;    // a management review of the unit, planned with `top_manager_id`
  db::Id open_review_id = 0;       // one whose meeting is open (inputs frozen)
  db::Id held_review_id = 0;       // one whose minutes are drafted, for approval
  db::Id questionnaire_id = 0;        // a questionnaire of the unit, version 1 published
  db::Id draft_questionnaire_id = 0;  // one whose version 1 is a draft
  db::Id survey_id = 0;               // an open anonymous survey of the unit over its questionnaire, with
  std::string survey_code;            // its link for the unit
  db::Id confidential_survey_id = 0;  // a draft confidential survey of the unit
  db::Id sub_unit_id = 0;             // a unit below the unit, which receives
  db::Id directive_id = 0;            // a report request of the unit to it, whose answer is
  db::Id submitted_answer_id = 0;     // submitted with its text, and
  db::Id open_answer_id = 0;          // the answer to a second one, in progress
  db::Id directive_file_id = 0;       // a file of the first directive
  db::Id answer_file_id = 0;          // a file of the answer in progress
  db::Id competence_requirement_id = 0;  // first aid required of everyone in the unit
  db::Id holding_id = 0;                 // `user_id`'s first aid
  db::Id training_id = 0;          // a training programme of the unit, with
  db::Id training_session_id = 0;  // a session running now, which `user_id` (invited) attended and passed
  db::Id later_session_id = 0;     // a later session of it nobody attended yet
  db::Id holding_file_id = 0;      // a diploma attached to `holding_id`
  db::Id session_file_id = 0;      // the materials of `training_session_id`
  db::Id recruitment_process_id = 0;  // the unit's recruitment process for teachers, and
  db::Id recruitment_id = 0;          // a recruitment of the unit by it, planned, with
  db::Id recruitment_file_id = 0;     // a retained result attached
};

enum class Kind {
  kScoped,  // acts on one record of a unit: allowed iff the permission holds on it
  kList,    // lists, filtered by the caller's scope: must never return outside records
  kSelf,    // the caller's own session, tokens, profile, or the shared catalogue: any logged-in user
  kPublic,  // no login
  kOrganisationWide,  // needs the permission at the top of the organisation, which no role of the matrix has
};

struct RouteCase {
  std::string method, pattern;
  Kind kind;
  Permission permission = Permission::kViewOrganisation;
  std::function<HttpResult(Client&, const Target&)> call;
};

class Matrix : public ::testing::TestWithParam<db::Engine> {
 public:
  void SetUp() override {
    server_ = std::make_unique<TestServer>(GetParam());
    admin_ = std::make_unique<Client>(server_->port());
    ASSERT_EQ(admin_->Login(kAdminEmail, demo::kDemoPassword).status, 201);
    // A framework beyond ISO for its routes to read (its code sorts after the ISO standards').
    auto framework = admin_->Request("POST", "/api/v1/frameworks/imports?code=zz-matrix&version=1&title_vi=Khung"
                                             "&title_en=Framework&publisher=Matrix",
                                     "number,type,title_vi,title_en\n1,standard,A,A\n", "text/csv");
    ASSERT_EQ(framework.status, 201) << framework.body;
    framework_id_ = framework.json.at("framework").at("id").as_int64();
  }

  // A fresh unit, user, action and grant inside `parent_code`, made by the system so each call starts clean.
  Target Fresh(const std::string& parent_code) {
    static int n = 0;
    ++n;
    auto system = audit::Actor::System("test");
    Target t;
    org::UnitInput unit;
    unit.parent_id = server_->UnitId(parent_code);
    unit.code = "M" + std::to_string(n);
    unit.name = "Đơn vị kiểm thử " + std::to_string(n);
    unit.type = "department";
    auto u = server_->app().org().CreateUnit(nullptr, unit, system);
    t.unit_id = u.id;
    t.unit_code = u.code;
    org::UserInput user;
    user.unit_id = u.id;
    user.email = "m" + std::to_string(n) + "@matrix.vn";
    user.full_name = "Người kiểm thử";
    t.user_id = server_->app().org().CreateUser(nullptr, user, system).id;
    t.grant_id = server_->app().org().AddGrant(nullptr, t.user_id, "staff", u.id, std::nullopt, system).id;
    actions::Action a;
    a.title = "Hành động kiểm thử";
    a.unit_id = u.id;
    a.owner_id = t.user_id;
    a.created_at = a.updated_at = NowTimestamp();
    server_->app().db().Write([&](soci::session& s) { actions::store::Insert(s, a); });
    t.action_id = a.id;
    t.search_word = "m" + std::to_string(n);
    server_->app().db().Write([&](soci::session& s) {
      for (db::Id* id : {&t.document_id, &t.drafted_document_id}) {
        documents::Document d;
        d.unit_id = u.id;
        d.code = "QT-" + std::to_string(n) + (id == &t.document_id ? "A" : "B");
        d.title = "Tài liệu kiểm thử M" + std::to_string(n);
        d.type = "procedure";
        d.owner_id = t.user_id;
        d.created_at = d.updated_at = NowTimestamp();
        documents::store::InsertDocument(s, d);
        documents::store::IndexDocument(server_->app().db(), s, d.id, d.code + " " + d.title);
        *id = d.id;
      }
      documents::Revision r;
      r.document_id = t.drafted_document_id;
      r.change_description = "Dự thảo";
      r.content_hash = documents::ContentHash("", {});  // what the service gives an empty draft
      r.author_id = t.user_id;
      r.created_at = r.updated_at = NowTimestamp();
      documents::store::InsertRevision(s, r);
      t.revision_id = r.id;
      processes::Process p;
      p.unit_id = u.id;
      p.code = "P" + std::to_string(n);
      p.name = "Quá trình kiểm thử";
      p.owner_id = t.user_id;
      p.created_at = p.updated_at = NowTimestamp();
      processes::store::Insert(s, p, "qua trinh kiem thu");
      t.process_id = p.id;
      planning::Risk risk;
      risk.unit_id = u.id;
      risk.title = "Rủi ro kiểm thử";
      risk.inherent = {2, 3};
      risk.owner_id = t.user_id;
      risk.created_at = risk.updated_at = NowTimestamp();
      planning::risk_store::Insert(s, risk);
      t.risk_id = risk.id;
      records::Record rec;
      rec.unit_id = u.id;
      rec.title = "Sổ điểm danh kiểm thử";
      rec.category = "attendance";
      rec.recorded_on = FormatDate(TodayInVietnam());
      rec.retain_until = records::RetainUntil(rec.recorded_on, rec.retention_months);
      rec.owner_id = t.user_id;
      rec.created_at = rec.updated_at = NowTimestamp();
      records::store::Insert(s, rec, "so diem danh kiem thu");
      t.record_id = rec.id;
      attachments::AttachmentService files;
      auto png = http::NewSpoolPath("matrix-");
      std::ofstream(png->path(), std::ios::binary) << TinyPng();
      auto upload = files.Prepare(png, "so-do.png");
      auto& db = server_->app().db();
      t.revision_file_id = files.Attach(db, s, {"revision", t.revision_id}, upload, t.user_id, system, u.path).id;
      t.record_file_id = files.Attach(db, s, {"record", t.record_id}, upload, t.user_id, system, u.path).id;
    });
    server_->app().db().Write([&](soci::session& s) {
      for (db::Id* id : {&t.nonconformity_id, &t.analysed_nonconformity_id}) {
        improvement::Nonconformity nc;
        nc.unit_id = u.id;
        nc.title = "Sự không phù hợp kiểm thử";
        nc.source = "other";
        nc.severity = "minor";
        nc.detected_on = nc.due_date = FormatDate(TodayInVietnam());
        nc.created_at = nc.updated_at = NowTimestamp();
        if (id == &t.analysed_nonconformity_id) nc.status = improvement::NcStatus::kCauseAnalysed;
        improvement::store::InsertNonconformity(s, nc);
        *id = nc.id;
      }
      for (db::Id* id : {&t.improvement_id, &t.accepted_improvement_id}) {
        improvement::Improvement i;
        i.unit_id = u.id;
        i.title = "Cơ hội cải tiến kiểm thử";
        i.source = "suggestion";
        i.created_at = i.updated_at = NowTimestamp();
        if (id == &t.accepted_improvement_id) i.status = improvement::ImprovementStatus::kAccepted;
        improvement::store::InsertImprovement(s, i);
        *id = i.id;
      }
    });
    t.clause_id = standards::ListClauses(server_->app().db(), 1).front().id;
    std::string today = FormatDate(TodayInVietnam());
    server_->app().db().Write([&](soci::session& s) {
      audits::Programme p;
      p.unit_id = u.id;
      p.year = std::stoi(today.substr(0, 4));
      p.title = "Chương trình đánh giá kiểm thử";
      p.created_at = p.updated_at = NowTimestamp();
      audits::store::InsertProgramme(s, p);
      t.programme_id = p.id;
      for (db::Id* id : {&t.planned_audit_id, &t.audit_id}) {
        audits::Audit a;
        a.programme_id = p.id;
        a.unit_id = u.id;
        a.title = "Đánh giá kiểm thử";
        a.lead_auditor_id = server_->UserId("danhgianoibo@demo.eduims.vn");
        a.planned_start = a.planned_end = today;
        a.created_at = a.updated_at = NowTimestamp();
        if (id == &t.audit_id) a.status = audits::AuditStatus::kInProgress;
        audits::store::InsertAudit(s, a, {t.clause_id});
        *id = a.id;
      }
      audits::ChecklistLine line;
      line.audit_id = t.audit_id;
      line.position = 1;
      line.updated_at = NowTimestamp();
      audits::store::InsertLine(s, line, {t.clause_id});
      t.line_id = line.id;
      attachments::AttachmentService files;
      auto png = http::NewSpoolPath("matrix-");
      std::ofstream(png->path(), std::ios::binary) << TinyPng();
      t.line_file_id = files
                           .Attach(server_->app().db(), s, {"checklist_line", t.line_id}, files.Prepare(png, "anh.png"),
                                   t.user_id, system, u.path)
                           .id;
    });
    FreshCertification(t, u.id);
    FreshIndicator(t, u.id);
    FreshComplaint(t, u.id);
    FreshSurveys(t, u.id);
    FreshCompetences(t, u.id);
    server_->app().db().Write([&](soci::session& s) {
      planning::ContextIssue issue;
      issue.unit_id = u.id;
      issue.title = "Vấn đề bối cảnh kiểm thử";
      issue.kind = "external";
      issue.category = "economic";
      issue.effect = "negative";
      issue.created_at = issue.updated_at = NowTimestamp();
      planning::context_store::Insert(s, issue);
      t.context_issue_id = issue.id;
      planning::InterestedParty party;
      party.unit_id = u.id;
      party.class_code = "partners";
      party.name = "Đối tác kiểm thử";
      party.created_at = party.updated_at = NowTimestamp();
      planning::party_store::Insert(s, party);
      t.party_id = party.id;
      planning::PartyRequirement requirement;
      requirement.party_id = party.id;
      requirement.text = "Yêu cầu kiểm thử";
      requirement.monitoring = "meeting";
      requirement.created_at = requirement.updated_at = NowTimestamp();
      planning::party_store::InsertRequirement(s, requirement);
      t.requirement_id = requirement.id;
      planning::PlannedChange change;
      change.unit_id = u.id;
      change.title = "Thay đổi kiểm thử";
      change.status = "approved";
      change.created_at = change.updated_at = NowTimestamp();
      planning::change_store::Insert(s, change);
      t.change_id = change.id;
    });
    FreshReviews(t, u.id, system);
    FreshDirectives(t, system);
    return t;
  }

  // A unit below the target's, and two report requests of the target's unit to it: one answer submitted, one in
  // progress.
  void FreshDirectives(Target& t, const audit::Actor& system) {
    org::UnitInput unit;
    unit.parent_id = t.unit_id;
    unit.code = t.unit_code + "-D";
    unit.name = "Tổ nhận văn bản " + t.unit_code;
    unit.type = "department";
    t.sub_unit_id = server_->app().org().CreateUnit(nullptr, unit, system).id;
    server_->app().db().Write([&](soci::session& s) {
      for (auto [directive, answer, status] :
           {std::tuple{&t.directive_id, &t.submitted_answer_id, directives::AnswerStatus::kSubmitted},
            {nullptr, &t.open_answer_id, directives::AnswerStatus::kInProgress}}) {
        directives::Directive d;
        d.unit_id = t.unit_id;
        d.dispatch_number = "01/KT";
        d.dispatch_date = FormatDate(TodayInVietnam());
        d.title = "Báo cáo kiểm thử";
        d.deadline = "2099-12-31";
        d.targets.unit_ids = {t.sub_unit_id};
        d.created_at = d.updated_at = NowTimestamp();
        directives::store::Insert(s, d);
        directives::store::InsertAnswers(s, d.id, {t.sub_unit_id}, {}, d.created_at);
        directives::store::AnswerQuery q;
        q.directive_id = d.id;
        q.roots = {"/"};
        directives::Answer a = directives::store::ListAnswers(s, q).front().answer;
        a.status = status;
        a.text = "Nội dung báo cáo";
        directives::store::UpdateAnswer(s, a, 1);
        if (directive) *directive = d.id;
        *answer = a.id;
      }
      attachments::AttachmentService files;
      auto png = http::NewSpoolPath("matrix-");
      std::ofstream(png->path(), std::ios::binary) << TinyPng();
      auto upload = files.Prepare(png, "cong-van.png");
      auto& db = server_->app().db();
      t.directive_file_id = files
                                .Attach(db, s, {"directive", t.directive_id}, upload, t.user_id, system,
                                        server_->app().org().GetUnit(nullptr, t.unit_id).path)
                                .id;
      t.answer_file_id = files
                             .Attach(db, s, {"directive_answer", t.open_answer_id}, upload, t.user_id, system,
                                     server_->app().org().GetUnit(nullptr, t.sub_unit_id).path)
                             .id;
    });
  }

  // A top manager of the unit and three management reviews of it, planned, open and held.
  void FreshReviews(Target& t, db::Id unit_id, const audit::Actor& system) {
    org::UserInput user;
    user.unit_id = unit_id;
    user.email = "tm" + std::to_string(unit_id) + "@matrix.vn";
    user.full_name = "Lãnh đạo kiểm thử";
    t.top_manager_id = server_->app().org().CreateUser(nullptr, user, system).id;
    server_->app().org().AddGrant(nullptr, t.top_manager_id, "top_management", unit_id, std::nullopt, system);
    server_->app().db().Write([&](soci::session& s) {
      for (auto [id, status] : {std::pair{&t.planned_review_id, review::ReviewStatus::kPlanned},
                                {&t.open_review_id, review::ReviewStatus::kOpen},
                                {&t.held_review_id, review::ReviewStatus::kHeld}}) {
        review::Review r;
        r.unit_id = unit_id;
        r.title = "Xem xét của lãnh đạo kiểm thử";
        r.period_from = "2026-01-01";
        r.period_to = "2026-12-31";
        r.planned_on = FormatDate(TodayInVietnam());
        r.participants = {{t.top_manager_id, true}};
        r.created_at = r.updated_at = NowTimestamp();
        review::store::Insert(s, r);
        if (status != review::ReviewStatus::kPlanned) {
          review::Review opened = r;
          opened.status = status;
          opened.inputs = std::vector<review::CompiledInput>{};
          opened.opened_at = r.created_at;
          if (status == review::ReviewStatus::kHeld) opened.held_at = r.created_at;
          review::store::Update(s, opened, 1);
        }
        *id = r.id;
      }
    });
  }

  // The certification records of a Fresh target, inserted as they stand after the steps that lead to them.
  void FreshCertification(Target& t, db::Id unit_id) {
    using namespace certification;
    auto standard = standards::GetStandard(server_->app().db(), 1);
    // The certificate the unit holds covers another standard than the project deciding one: a unit holds one live
    // certificate per standard.
    std::optional<standards::Standard> other;
    for (const auto& s : standards::ListStandards(server_->app().db()))
      if (!other && s.code != standard->code) other = s;
    auto day = [](int offset) {
      return FormatDate(std::chrono::year_month_day(std::chrono::sys_days(TodayInVietnam()) + std::chrono::days(offset)));
    };
    auto project = [&](soci::session& s, ProjectStep step, const standards::Standard& covered) {
      Project p;
      p.unit_id = unit_id;
      p.title = "Dự án chứng nhận kiểm thử";
      p.body.name = "Tổ chức chứng nhận kiểm thử";
      p.standards = {{covered.id, covered.code, covered.edition}};
      p.site_ids = {unit_id};
      p.step = step;
      p.steps = FreshSteps();
      p.StateOf(ProjectStep::kRegistration).record_ids = {t.record_id};
      p.created_at = p.updated_at = NowTimestamp();
      store::InsertProject(s, p);
      return p.id;
    };
    auto audit = [&](soci::session& s, db::Id project_id, const char* type, int start, int end, AuditStatus status) {
      Audit a;
      a.project_id = project_id;
      a.type = type;
      a.status = status;
      a.start_date = day(start);
      a.end_date = day(end);
      a.team = {{"Chuyên gia đánh giá", "lead"}};
      a.created_at = a.updated_at = NowTimestamp();
      store::InsertAudit(s, a);
      return a.id;
    };
    server_->app().db().Write([&](soci::session& s) {
      t.project_id = project(s, ProjectStep::kRegistration, *standard);
      t.certification_audit_id = audit(s, t.project_id, "stage1", 0, 0, AuditStatus::kPlanned);
      t.deciding_project_id = project(s, ProjectStep::kCertificateIssue, *standard);
      audit(s, t.deciding_project_id, "stage1", -20, -19, AuditStatus::kCompleted);
      audit(s, t.deciding_project_id, "stage2", -10, -9, AuditStatus::kCompleted);
      db::Id certified = project(s, ProjectStep::kSurveillance, *other);
      Certificate c;
      c.project_id = certified;
      c.unit_id = unit_id;
      c.number = "MATRIX-" + std::to_string(unit_id);
      c.entity_name = "Đơn vị kiểm thử";
      c.organisation_type = "department";
      c.scope_vi = c.scope_en = "Kiểm thử";
      c.body.name = "Tổ chức chứng nhận kiểm thử";
      c.standards = {{other->id, other->code, other->edition}};
      c.sites = {{unit_id, "Đơn vị kiểm thử", ""}};
      c.original_issue_date = c.issue_date = c.cycle_start = day(-30);
      c.expiry_date = FormatDate(ComputeCycle(*ParseDate(c.issue_date)).expiry);
      c.created_at = c.updated_at = NowTimestamp();
      store::InsertCertificate(s, c);
      t.certificate_id = c.id;
    });
  }

  void FreshComplaint(Target& t, db::Id unit_id) {
    server_->app().db().Write([&](soci::session& s) {
      complaints::Complaint c;
      c.unit_id = unit_id;
      c.category = "other";
      c.channel = "phone";
      c.text = "Khiếu nại kiểm thử";
      c.handler_id = t.user_id;
      c.received_on = DaysFromToday(0);
      c.acknowledge_due = DaysFromToday(5);
      c.response_due = DaysFromToday(30);
      c.code_hash = "matrix-" + std::to_string(t.user_id);
      c.created_at = c.updated_at = NowTimestamp();
      complaints::store::Insert(s, c);
      t.complaint_id = c.id;
    });
  }

  void FreshCompetences(Target& t, db::Id unit_id) {
    server_->app().db().Write([&](soci::session& s) {
      people::Requirement r;
      r.unit_id = unit_id;
      r.competence_code = "first_aid";
      r.created_at = NowTimestamp();
      people::store::InsertRequirement(s, r);
      t.competence_requirement_id = r.id;
      people::Holding h;
      h.user_id = t.user_id;
      h.competence_code = "first_aid";
      h.method = "training";
      h.granted_on = DaysFromToday(-10);
      h.created_at = NowTimestamp();
      people::store::InsertHolding(s, h);
      t.holding_id = h.id;
      t.training_id = FreshTrainingIn(s, unit_id, {t.user_id}, &t.training_session_id);
      training::Participant p = *training::store::FindParticipant(s, t.training_id, t.user_id);
      p.score = 9;
      p.passed = true;
      p.assessed_at = NowTimestamp();
      training::store::SaveResult(s, p);
      training::Session later = *training::store::FindSession(s, t.training_session_id);
      later.title = "Buổi 2";
      later.checkin_code = training::NewCheckInCode();
      training::store::InsertSession(s, later);
      t.later_session_id = later.id;
      attachments::AttachmentService files;
      auto png = http::NewSpoolPath("matrix-");
      std::ofstream(png->path(), std::ios::binary) << TinyPng();
      auto upload = files.Prepare(png, "bang-cap.png");
      auto& db = server_->app().db();
      auto system = audit::Actor::System("test");
      std::string path = org::store::FindUnit(s, unit_id)->path;
      t.holding_file_id =
          files.Attach(db, s, {"competence_holding", t.holding_id}, upload, t.user_id, system, path).id;
      t.session_file_id =
          files.Attach(db, s, {"training_session", t.training_session_id}, upload, t.user_id, system, path).id;
      recruitment::Process process;
      process.unit_id = unit_id;
      process.position = "Giáo viên Toán";
      process.competences = {"subject_teaching"};
      process.created_at = process.updated_at = NowTimestamp();
      recruitment::store::InsertProcess(s, process);
      t.recruitment_process_id = process.id;
      recruitment::Recruitment run;
      run.unit_id = unit_id;
      run.process_id = process.id;
      run.title = "Tuyển giáo viên Toán";
      run.vacancies = 2;
      run.opened_on = DaysFromToday(-5);
      run.method = "selection";
      run.created_at = run.updated_at = NowTimestamp();
      recruitment::store::InsertRecruitment(s, run);
      t.recruitment_id = run.id;
      t.recruitment_file_id = files.Attach(db, s, {"recruitment", run.id}, upload, t.user_id, system, path).id;
    });
  }

  // A programme of the unit with one session running now, `invited` invited and attended.
  static db::Id FreshTrainingIn(soci::session& s, db::Id unit_id, const std::vector<db::Id>& invited,
                                db::Id* session_id) {
    training::Programme p;
    p.unit_id = unit_id;
    p.title = "Tập huấn kiểm thử";
    p.max_score = 10;
    p.pass_mark = 5;
    p.created_at = NowTimestamp();
    training::store::InsertProgramme(s, p);
    training::Session x;
    x.programme_id = p.id;
    x.title = "Buổi 1";
    x.trainer = "Chuyên gia tư vấn";
    x.starts_at = FormatTimestamp(Now() - std::chrono::hours(1));
    x.ends_at = FormatTimestamp(Now() + std::chrono::hours(1));
    x.checkin_code = training::NewCheckInCode();
    x.created_at = NowTimestamp();
    training::store::InsertSession(s, x);
    for (db::Id user : invited) {
      training::store::Invite(s, p.id, user, NowTimestamp());
      training::store::InsertAttendance(s, x.id, user, "trainer", NowTimestamp(), std::nullopt);
    }
    *session_id = x.id;
    return p.id;
  }
  // A session running now to which the user `user_id` is invited, not yet attended: its check-in code.
  std::string FreshCheckIn(db::Id unit_id, db::Id user_id) {
    std::string code;
    server_->app().db().Write([&](soci::session& s) {
      db::Id session_id = 0;
      db::Id programme = FreshTrainingIn(s, unit_id, {}, &session_id);
      training::store::Invite(s, programme, user_id, NowTimestamp());
      code = training::store::FindSession(s, session_id)->checkin_code;
    });
    return code;
  }


  void FreshIndicator(Target& t, db::Id unit_id) {
    server_->app().db().Write([&](soci::session& s) {
      planning::Objective o;
      o.unit_id = unit_id;
      o.title = "Mục tiêu kiểm thử";
      o.created_at = o.updated_at = NowTimestamp();
      planning::objective_store::Insert(s, o);
      t.objective_id = o.id;
      planning::Indicator i;
      i.objective_id = o.id;
      i.unit_id = unit_id;
      i.code = "I" + t.unit_code;
      i.name = "Chỉ số kiểm thử";
      i.measure_unit = "%";
      i.target = 90;
      i.warning = 80;
      i.created_at = i.updated_at = NowTimestamp();
      planning::indicator_store::Insert(s, i);
      t.indicator_id = i.id;
    });
  }

  void FreshSurveys(Target& t, db::Id unit_id) {
    static int n = 0;
    std::string definition = R"({"title":{"vi":"Phiếu","en":"Form"},"sections":[{"title":{"vi":"A","en":"A"},)"
                             R"("questions":[{"key":"q","type":"likert","required":true,"text":{"vi":"Hài lòng",)"
                             R"("en":"Satisfied"}}]}]})";
    server_->app().db().Write([&](soci::session& s) {
      for (db::Id* id : {&t.questionnaire_id, &t.draft_questionnaire_id}) {
        surveys::QuestionnaireRecord q;
        q.unit_id = unit_id;
        q.title_vi = q.title_en = "Phiếu";
        q.audience = "parents";
        q.created_at = q.updated_at = NowTimestamp();
        surveys::store::InsertQuestionnaire(s, q);
        surveys::QuestionnaireVersion v;
        v.questionnaire_id = q.id;
        v.info = {1, "draft", q.created_at, std::nullopt};
        v.definition = definition;
        surveys::store::InsertVersion(s, v);
        *id = q.id;
      }
      surveys::store::Publish(s, t.questionnaire_id, 1, NowTimestamp(), 1);
      for (auto [id, mode, status] : {std::tuple{&t.survey_id, "anonymous", "open"},
                                      std::tuple{&t.confidential_survey_id, "confidential", "draft"}}) {
        surveys::Campaign c;
        c.unit_id = unit_id;
        c.questionnaire_id = t.questionnaire_id;
        c.questionnaire_version = 1;
        c.title = "Khảo sát kiểm thử";
        c.audience = "parents";
        c.mode = mode;
        c.status = status;
        c.opens_on = DaysFromToday(-1);
        c.closes_on = DaysFromToday(10);
        c.created_at = c.updated_at = NowTimestamp();
        surveys::store::InsertCampaign(s, c);
        *id = c.id;
      }
      t.survey_code = "MATRIX" + std::to_string(++n);
      surveys::store::InsertLink(s, {t.survey_code, t.survey_id, unit_id, false, std::nullopt, false, 30});
    });
  }

  long long Version(const std::string& url) { return admin_->Get(url).json.at("version").as_int64(); }

  std::unique_ptr<TestServer> server_;
  std::unique_ptr<Client> admin_;
  db::Id framework_id_ = 0;
};

std::string Id(db::Id id) { return std::to_string(id); }

std::vector<RouteCase> Cases(Matrix* m) {
  static int code = 0;
  auto unique = [] { return "NEW" + std::to_string(++code); };
  return {
      {"GET", "/healthz", Kind::kPublic, {}, [](Client& c, const Target&) { return c.Get("/healthz"); }},
      {"GET", "/readyz", Kind::kPublic, {}, [](Client& c, const Target&) { return c.Get("/readyz"); }},
      {"GET", "/metrics", Kind::kPublic, {}, [](Client& c, const Target&) { return c.Get("/metrics"); }},
      {"GET", "/api/v1/openapi.json", Kind::kPublic, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/openapi.json"); }},
      {"POST", "/api/v1/session", Kind::kPublic, {},
       [](Client& c, const Target&) { return c.Post("/api/v1/session", {{"email", "x@y.vn"}}); }},
      {"GET", "/api/v1/session", Kind::kSelf, {}, [](Client& c, const Target&) { return c.Get("/api/v1/session"); }},
      {"DELETE", "/api/v1/session", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Delete("/api/v1/session"); }},
      {"GET", "/api/v1/tokens", Kind::kSelf, {}, [](Client& c, const Target&) { return c.Get("/api/v1/tokens"); }},
      {"POST", "/api/v1/tokens", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Post("/api/v1/tokens", {{"name", "matrix"}}); }},
      {"DELETE", "/api/v1/tokens/{id}", Kind::kSelf, {},
       [](Client& c, const Target&) {
         auto made = c.Post("/api/v1/tokens", {{"name", "to revoke"}});
         if (made.status != 201) return made;
         return c.Delete("/api/v1/tokens/" + Id(made.json.at("id").as_int64()));
       }},
      {"GET", "/calendar/{token}.ics", Kind::kPublic, {},
       [](Client& c, const Target&) { return c.Get("/calendar/cal_unknown.ics"); }},
      {"GET", "/api/v1/calendar-feeds", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/calendar-feeds"); }},
      {"POST", "/api/v1/calendar-feeds", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Post("/api/v1/calendar-feeds", {{"name", "Ma trận"}}); }},
      {"DELETE", "/api/v1/calendar-feeds/{id}", Kind::kSelf, {},
       [](Client& c, const Target&) {
         auto made = c.Post("/api/v1/calendar-feeds", {{"name", "Thu hồi"}});
         if (made.status != 201) return made;
         return c.Delete("/api/v1/calendar-feeds/" + Id(made.json.at("id").as_int64()));
       }},
      {"GET", "/api/v1/me", Kind::kSelf, {}, [](Client& c, const Target&) { return c.Get("/api/v1/me"); }},
      {"PATCH", "/api/v1/me", Kind::kSelf, {},
       [](Client& c, const Target&) {
         auto me = c.Get("/api/v1/me");
         if (me.status != 200) return me;
         return c.Patch("/api/v1/me", {{"version", me.json.at("version")}, {"time_zone", "Asia/Bangkok"}});
       }},
      {"POST", "/api/v1/me/password", Kind::kSelf, {},
       [](Client& c, const Target&) {
         // A wrong current password is refused for everyone alike; a success would end the session.
         auto r = c.Post("/api/v1/me/password", {{"current_password", "wrong"}, {"new_password", "x"}});
         if (r.code() == "auth.wrong_password") r.status = 200;
         return r;
       }},
      {"GET", "/api/v1/standards", Kind::kSelf, {}, [](Client& c, const Target&) { return c.Get("/api/v1/standards"); }},
      {"GET", "/api/v1/standards/{id}", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/standards/1"); }},
      {"GET", "/api/v1/standards/{id}/clauses", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/standards/1/clauses"); }},
      {"GET", "/api/v1/standards/{id}/mandatory-information", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/standards/1/mandatory-information"); }},
      {"GET", "/api/v1/crosswalks", Kind::kSelf, {}, [](Client& c, const Target&) { return c.Get("/api/v1/crosswalks"); }},
      // Every role may read documents somewhere; the evidence counts only documents the caller may see.
      {"GET", "/api/v1/standards/{id}/evidence", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/standards/1/evidence"); }},

      {"GET", "/api/v1/units", Kind::kList, Permission::kViewOrganisation,
       [](Client& c, const Target& t) { return c.Get("/api/v1/units?within=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/users", Kind::kList, Permission::kViewUsers,
       [](Client& c, const Target& t) { return c.Get("/api/v1/users?unit_id=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/actions", Kind::kList, Permission::kViewActions,
       [](Client& c, const Target& t) { return c.Get("/api/v1/actions?unit_id=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/audit-log", Kind::kList, Permission::kViewAuditLog,
       [](Client& c, const Target& t) { return c.Get("/api/v1/audit-log?entity=unit&entity_id=" + Id(t.unit_id)); }},

      {"GET", "/api/v1/units/{id}", Kind::kScoped, Permission::kViewOrganisation,
       [](Client& c, const Target& t) { return c.Get("/api/v1/units/" + Id(t.unit_id)); }},
      {"POST", "/api/v1/units", Kind::kScoped, Permission::kManageOrganisation,
       [unique](Client& c, const Target& t) {
         return c.Post("/api/v1/units",
                       {{"parent_id", t.unit_id}, {"code", unique()}, {"name", "Mới"}, {"type", "department"}});
       }},
      {"PATCH", "/api/v1/units/{id}", Kind::kScoped, Permission::kManageOrganisation,
       [m](Client& c, const Target& t) {
         std::string url = "/api/v1/units/" + Id(t.unit_id);
         return c.Patch(url, {{"version", m->Version(url)}, {"region", "Điện Biên"}});
       }},
      {"DELETE", "/api/v1/units/{id}", Kind::kScoped, Permission::kManageOrganisation,
       [m](Client& c, const Target& t) {
         // A unit with no users or children, so only authorisation can refuse it.
         org::UnitInput in;
         in.parent_id = t.unit_id;
         in.code = "LEAF" + Id(t.unit_id);
         in.name = "Lá";
         in.type = "department";
         auto unit = m->server_->app().org().CreateUnit(nullptr, in, audit::Actor::System("test"));
         return c.Delete("/api/v1/units/" + Id(unit.id));
       }},
      {"POST", "/api/v1/units/import", Kind::kScoped, Permission::kManageOrganisation,
       [unique](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/units/import",
                          "code,name,type,parent_code\n" + unique() + ",Nhập,department," + t.unit_code + "\n",
                          "text/csv");
       }},
      {"GET", "/api/v1/users/{id}", Kind::kScoped, Permission::kViewUsers,
       [](Client& c, const Target& t) { return c.Get("/api/v1/users/" + Id(t.user_id)); }},
      {"POST", "/api/v1/users", Kind::kScoped, Permission::kManageUsers,
       [unique](Client& c, const Target& t) {
         return c.Post("/api/v1/users",
                       {{"unit_id", t.unit_id}, {"email", unique() + "@matrix.vn"}, {"full_name", "Mới"}});
       }},
      {"PATCH", "/api/v1/users/{id}", Kind::kScoped, Permission::kManageUsers,
       [m](Client& c, const Target& t) {
         std::string url = "/api/v1/users/" + Id(t.user_id);
         return c.Patch(url, {{"version", m->Version(url)}, {"full_name", "Đổi tên"}});
       }},
      {"DELETE", "/api/v1/users/{id}", Kind::kScoped, Permission::kManageUsers,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/users/" + Id(t.user_id)); }},
      {"POST", "/api/v1/users/import", Kind::kScoped, Permission::kManageUsers,
       [unique](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/users/import",
                          "email,full_name,unit_code\n" + unique() + "@matrix.vn,Nhập," + t.unit_code + "\n",
                          "text/csv");
       }},
      {"GET", "/api/v1/users/{id}/grants", Kind::kScoped, Permission::kViewUsers,
       [](Client& c, const Target& t) { return c.Get("/api/v1/users/" + Id(t.user_id) + "/grants"); }},
      {"POST", "/api/v1/users/{id}/grants", Kind::kScoped, Permission::kManageUsers,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/users/" + Id(t.user_id) + "/grants", {{"role", "staff"}, {"unit_id", t.unit_id}});
       }},
      {"DELETE", "/api/v1/users/{id}/grants/{grant_id}", Kind::kScoped, Permission::kManageUsers,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/users/" + Id(t.user_id) + "/grants/" + Id(t.grant_id));
       }},
      {"GET", "/api/v1/actions/{id}", Kind::kScoped, Permission::kViewActions,
       [](Client& c, const Target& t) { return c.Get("/api/v1/actions/" + Id(t.action_id)); }},
      {"POST", "/api/v1/actions", Kind::kScoped, Permission::kManageActions,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/actions", {{"title", "Mới"}, {"unit_id", t.unit_id}});
       }},
      {"PATCH", "/api/v1/actions/{id}", Kind::kScoped, Permission::kManageActions,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/actions/" + Id(t.action_id), {{"version", 1}, {"title", "Đổi"}});
       }},
      {"DELETE", "/api/v1/actions/{id}", Kind::kScoped, Permission::kManageActions,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/actions/" + Id(t.action_id)); }},
      {"GET", "/api/v1/documents", Kind::kList, Permission::kViewDocuments,
       [](Client& c, const Target& t) { return c.Get("/api/v1/documents?unit_id=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/search", Kind::kList, Permission::kViewDocuments,
       [](Client& c, const Target& t) { return c.Get("/api/v1/search?q=" + t.search_word); }},
      {"POST", "/api/v1/documents", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/documents", {{"unit_id", t.unit_id}, {"title", "Mới"}, {"type", "plan"}});
       }},
      {"GET", "/api/v1/documents/{id}", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) { return c.Get("/api/v1/documents/" + Id(t.document_id)); }},
      {"PATCH", "/api/v1/documents/{id}", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/documents/" + Id(t.document_id), {{"version", 1}, {"title", "Đổi tên"}});
       }},
      {"DELETE", "/api/v1/documents/{id}", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/documents/" + Id(t.document_id)); }},
      {"GET", "/api/v1/documents/{id}/revisions", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/documents/" + Id(t.drafted_document_id) + "/revisions");
       }},
      {"POST", "/api/v1/documents/{id}/revisions", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/documents/" + Id(t.document_id) + "/revisions", {{"change_description", "Mới"}});
       }},
      {"GET", "/api/v1/documents/{id}/revisions/{revision_id}", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/documents/" + Id(t.drafted_document_id) + "/revisions/" + Id(t.revision_id));
       }},
      {"PATCH", "/api/v1/documents/{id}/revisions/{revision_id}", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/documents/" + Id(t.drafted_document_id) + "/revisions/" + Id(t.revision_id),
                        {{"version", 1}, {"content_markdown", "Sửa"}});
       }},
      {"POST", "/api/v1/documents/{id}/revisions/{revision_id}/decisions", Kind::kScoped,
       Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/documents/" + Id(t.drafted_document_id) + "/revisions/" + Id(t.revision_id) +
                           "/decisions",
                       {{"version", 1}, {"action", "abandon"}});
       }},
      {"POST", "/api/v1/documents/{id}/revisions/{revision_id}/attachments", Kind::kScoped,
       Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Request("POST",
                          "/api/v1/documents/" + Id(t.drafted_document_id) + "/revisions/" + Id(t.revision_id) +
                              "/attachments?file_name=a.png",
                          TinyPng(), "image/png");
       }},
      {"GET", "/api/v1/documents/{id}/revisions/{revision_id}/attachments", Kind::kScoped,
       Permission::kViewDocuments,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/documents/" + Id(t.drafted_document_id) + "/revisions/" + Id(t.revision_id) +
                      "/attachments");
       }},
      {"GET", "/api/v1/documents/{id}/revisions/{revision_id}/attachments/{attachment_id}/content", Kind::kScoped,
       Permission::kViewDocuments,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/documents/" + Id(t.drafted_document_id) + "/revisions/" + Id(t.revision_id) +
                      "/attachments/" + Id(t.revision_file_id) + "/content");
       }},
      {"DELETE", "/api/v1/documents/{id}/revisions/{revision_id}/attachments/{attachment_id}", Kind::kScoped,
       Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/documents/" + Id(t.drafted_document_id) + "/revisions/" + Id(t.revision_id) +
                         "/attachments/" + Id(t.revision_file_id));
       }},
      // A draft has no controlled copy: reaching that rule is what reading the document allows.
      {"GET", "/api/v1/documents/{id}/revisions/{revision_id}/pdf", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) {
         auto r = c.Get("/api/v1/documents/" + Id(t.drafted_document_id) + "/revisions/" + Id(t.revision_id) + "/pdf");
         if (r.code() == "documents.never_published") r.status = 200;
         return r;
       }},
      {"POST", "/api/v1/actions/{id}/transitions", Kind::kScoped, Permission::kManageActions,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/actions/" + Id(t.action_id) + "/transitions", {{"version", 1}, {"to", "cancelled"}});
       }},

      {"GET", "/api/v1/me/reading-list", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/me/reading-list?unread=true"); }},
      {"GET", "/api/v1/me/awaiting-decision", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/me/awaiting-decision"); }},
      // Only the caller's own tasks and choice: no parameter names another person (tests/notifications_test.cc).
      {"GET", "/api/v1/notifications", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/notifications"); }},
      {"GET", "/api/v1/notifications/preferences", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/notifications/preferences"); }},
      {"PUT", "/api/v1/notifications/preferences", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Put("/api/v1/notifications/preferences", {{"delivery", "immediate"}}); }},
      // Names of what the caller's records mention: an id out of sight is left out (tests/directory_test.cc).
      {"GET", "/api/v1/names", Kind::kSelf, {},
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/names?user_ids=" + Id(t.user_id) + "&unit_ids=" + Id(t.unit_id));
       }},
      {"GET", "/api/v1/documents/{id}/distribution", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) { return c.Get("/api/v1/documents/" + Id(t.document_id) + "/distribution"); }},
      {"PUT", "/api/v1/documents/{id}/distribution", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Put("/api/v1/documents/" + Id(t.document_id) + "/distribution",
                      {{"targets", json::array{{{"unit_id", t.unit_id}}}}});
       }},
      // Reading a document is enough to reach the acknowledgement rules; an unpublished one is refused there.
      {"POST", "/api/v1/documents/{id}/acknowledgements", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) {
         auto r = c.Post("/api/v1/documents/" + Id(t.document_id) + "/acknowledgements", {{"revision_id", 1}});
         if (r.code() == "documents.not_published") r.status = 200;
         return r;
       }},

      {"GET", "/api/v1/records", Kind::kList, Permission::kViewDocuments,
       [](Client& c, const Target& t) { return c.Get("/api/v1/records?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/records", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/records", {{"unit_id", t.unit_id}, {"title", "Biên bản họp"},
                                           {"category", "meeting_minutes"}, {"recorded_on", "2026-01-05"}});
       }},
      {"GET", "/api/v1/records/{id}", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) { return c.Get("/api/v1/records/" + Id(t.record_id)); }},
      {"PATCH", "/api/v1/records/{id}", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/records/" + Id(t.record_id), {{"version", 1}, {"legal_hold", true},
                                                               {"legal_hold_reason", "Thanh tra"}});
       }},
      // A record kept five years cannot be disposed of today: reaching that rule is what the role allows.
      {"POST", "/api/v1/records/{id}/disposal", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         auto r = c.Post("/api/v1/records/" + Id(t.record_id) + "/disposal", {{"version", 1}, {"reason", "Hết hạn"}});
         if (r.code() == "records.retention_not_over") r.status = 200;
         return r;
       }},

      // The audit in progress has no report yet: reaching that rule is what the role allows.
      {"GET", "/api/v1/audits/{id}/report", Kind::kScoped, Permission::kViewAudits,
       [](Client& c, const Target& t) {
         auto r = c.Get("/api/v1/audits/" + Id(t.audit_id) + "/report");
         if (r.code() == "audits.not_reported") r.status = 200;
         return r;
       }},
      {"POST", "/api/v1/audits/{id}/report-record", Kind::kScoped, Permission::kManageAudits,
       [](Client& c, const Target& t) {
         auto r = c.Post("/api/v1/audits/" + Id(t.audit_id) + "/report-record", json::object{});
         if (r.code() == "audits.not_reported") r.status = 200;
         return r;
       }},
      {"POST", "/api/v1/records/{id}/attachments", Kind::kScoped, Permission::kManageDocuments,
       [](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/records/" + Id(t.record_id) + "/attachments?file_name=a.png", TinyPng(),
                          "image/png");
       }},
      {"GET", "/api/v1/records/{id}/attachments", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) { return c.Get("/api/v1/records/" + Id(t.record_id) + "/attachments"); }},
      {"GET", "/api/v1/records/{id}/attachments/{attachment_id}/content", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/records/" + Id(t.record_id) + "/attachments/" + Id(t.record_file_id) + "/content");
       }},

      {"GET", "/api/v1/processes", Kind::kList, Permission::kViewProcesses,
       [](Client& c, const Target& t) { return c.Get("/api/v1/processes?unit_id=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/process-map", Kind::kScoped, Permission::kViewProcesses,
       [](Client& c, const Target& t) { return c.Get("/api/v1/process-map?within=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/processes/{id}", Kind::kScoped, Permission::kViewProcesses,
       [](Client& c, const Target& t) { return c.Get("/api/v1/processes/" + Id(t.process_id)); }},
      {"POST", "/api/v1/processes", Kind::kScoped, Permission::kManageProcesses,
       [unique](Client& c, const Target& t) {
         return c.Post("/api/v1/processes",
                       {{"unit_id", t.unit_id}, {"code", unique()}, {"name", "Quá trình mới"}, {"category", "core"}});
       }},
      {"PATCH", "/api/v1/processes/{id}", Kind::kScoped, Permission::kManageProcesses,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/processes/" + Id(t.process_id), {{"version", 1}, {"name", "Đổi tên"}});
       }},
      {"DELETE", "/api/v1/processes/{id}", Kind::kScoped, Permission::kManageProcesses,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/processes/" + Id(t.process_id)); }},
      {"GET", "/api/v1/nonconformities", Kind::kList, Permission::kViewImprovement,
       [](Client& c, const Target& t) { return c.Get("/api/v1/nonconformities?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/nonconformities", Kind::kScoped, Permission::kReportNonconformities,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/nonconformities",
                       {{"unit_id", t.unit_id}, {"title", "Mới"}, {"source", "other"}, {"severity", "minor"}});
       }},
      {"GET", "/api/v1/nonconformities/{id}", Kind::kScoped, Permission::kViewImprovement,
       [](Client& c, const Target& t) { return c.Get("/api/v1/nonconformities/" + Id(t.nonconformity_id)); }},
      {"PATCH", "/api/v1/nonconformities/{id}", Kind::kScoped, Permission::kManageImprovement,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/nonconformities/" + Id(t.nonconformity_id), {{"version", 1}, {"title", "Đổi"}});
       }},
      {"DELETE", "/api/v1/nonconformities/{id}", Kind::kScoped, Permission::kManageImprovement,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/nonconformities/" + Id(t.nonconformity_id)); }},
      {"POST", "/api/v1/nonconformities/{id}/transitions", Kind::kScoped, Permission::kManageImprovement,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/nonconformities/" + Id(t.nonconformity_id) + "/transitions",
                       {{"version", 1}, {"action", "contain"}, {"correction", "Khoanh vùng"}});
       }},
      {"GET", "/api/v1/nonconformities/{id}/actions", Kind::kScoped, Permission::kViewImprovement,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/nonconformities/" + Id(t.nonconformity_id) + "/actions");
       }},
      {"POST", "/api/v1/nonconformities/{id}/actions", Kind::kScoped, Permission::kManageImprovement,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/nonconformities/" + Id(t.analysed_nonconformity_id) + "/actions",
                       {{"title", "Khắc phục"}});
       }},
      {"GET", "/api/v1/improvements", Kind::kList, Permission::kViewImprovement,
       [](Client& c, const Target& t) { return c.Get("/api/v1/improvements?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/improvements", Kind::kScoped, Permission::kReportNonconformities,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/improvements", {{"unit_id", t.unit_id}, {"title", "Mới"}, {"source", "suggestion"}});
       }},
      {"GET", "/api/v1/improvements/{id}", Kind::kScoped, Permission::kViewImprovement,
       [](Client& c, const Target& t) { return c.Get("/api/v1/improvements/" + Id(t.improvement_id)); }},
      {"PATCH", "/api/v1/improvements/{id}", Kind::kScoped, Permission::kManageImprovement,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/improvements/" + Id(t.improvement_id), {{"version", 1}, {"title", "Đổi"}});
       }},
      {"DELETE", "/api/v1/improvements/{id}", Kind::kScoped, Permission::kManageImprovement,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/improvements/" + Id(t.improvement_id)); }},
      {"POST", "/api/v1/improvements/{id}/transitions", Kind::kScoped, Permission::kManageImprovement,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/improvements/" + Id(t.improvement_id) + "/transitions",
                       {{"version", 1}, {"action", "accept"}});
       }},
      {"GET", "/api/v1/improvements/{id}/actions", Kind::kScoped, Permission::kViewImprovement,
       [](Client& c, const Target& t) { return c.Get("/api/v1/improvements/" + Id(t.improvement_id) + "/actions"); }},
      {"POST", "/api/v1/improvements/{id}/actions", Kind::kScoped, Permission::kManageImprovement,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/improvements/" + Id(t.accepted_improvement_id) + "/actions", {{"title", "Làm"}});
       }},
      {"GET", "/api/v1/audit-programmes", Kind::kList, Permission::kViewAudits,
       [](Client& c, const Target& t) { return c.Get("/api/v1/audit-programmes?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/audit-programmes", Kind::kScoped, Permission::kManageAudits,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/audit-programmes", {{"unit_id", t.unit_id}, {"year", 2099}, {"title", "Mới"}});
       }},
      {"GET", "/api/v1/audit-programmes/{id}", Kind::kScoped, Permission::kViewAudits,
       [](Client& c, const Target& t) { return c.Get("/api/v1/audit-programmes/" + Id(t.programme_id)); }},
      {"GET", "/api/v1/audit-programmes/{id}/qualified-auditors", Kind::kScoped, Permission::kViewAudits,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/audit-programmes/" + Id(t.programme_id) + "/qualified-auditors");
       }},
      {"PATCH", "/api/v1/audit-programmes/{id}", Kind::kScoped, Permission::kManageAudits,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/audit-programmes/" + Id(t.programme_id), {{"version", 1}, {"title", "Đổi tên"}});
       }},
      // The programme's audits are under way: reaching that rule is what the role allows.
      {"DELETE", "/api/v1/audit-programmes/{id}", Kind::kScoped, Permission::kManageAudits,
       [](Client& c, const Target& t) {
         auto r = c.Delete("/api/v1/audit-programmes/" + Id(t.programme_id));
         if (r.code() == "audits.programme_has_open_audits") r.status = 200;
         return r;
       }},
      {"GET", "/api/v1/audits", Kind::kList, Permission::kViewAudits,
       [](Client& c, const Target& t) { return c.Get("/api/v1/audits?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/audits", Kind::kScoped, Permission::kManageAudits,
       [m](Client& c, const Target& t) {
         std::string today = FormatDate(TodayInVietnam());
         return c.Post("/api/v1/audits", {{"programme_id", t.programme_id},
                                          {"unit_id", t.unit_id},
                                          {"title", "Mới"},
                                          {"lead_auditor_id", m->server_->UserId("danhgianoibo@demo.eduims.vn")},
                                          {"planned_start", today},
                                          {"planned_end", today},
                                          {"clause_ids", {t.clause_id}}});
       }},
      {"GET", "/api/v1/audits/{id}", Kind::kScoped, Permission::kViewAudits,
       [](Client& c, const Target& t) { return c.Get("/api/v1/audits/" + Id(t.audit_id)); }},
      {"PATCH", "/api/v1/audits/{id}", Kind::kScoped, Permission::kManageAudits,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/audits/" + Id(t.planned_audit_id), {{"version", 1}, {"agenda", "8:00 khai mạc"}});
       }},
      {"DELETE", "/api/v1/audits/{id}", Kind::kScoped, Permission::kManageAudits,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/audits/" + Id(t.planned_audit_id)); }},
      // Those who answer the line add its evidence: its auditors (not matrix users) and audit managers.
      {"POST", "/api/v1/audits/{id}/checklist/{line_id}/attachments", Kind::kScoped, Permission::kManageAudits,
       [](Client& c, const Target& t) {
         return c.Request("POST",
                          "/api/v1/audits/" + Id(t.audit_id) + "/checklist/" + Id(t.line_id) +
                              "/attachments?file_name=a.png",
                          TinyPng(), "image/png");
       }},
      {"GET", "/api/v1/audits/{id}/checklist/{line_id}/attachments", Kind::kScoped, Permission::kViewAudits,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/audits/" + Id(t.audit_id) + "/checklist/" + Id(t.line_id) + "/attachments");
       }},
      {"GET", "/api/v1/audits/{id}/checklist/{line_id}/attachments/{attachment_id}/content", Kind::kScoped,
       Permission::kViewAudits,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/audits/" + Id(t.audit_id) + "/checklist/" + Id(t.line_id) + "/attachments/" +
                      Id(t.line_file_id) + "/content");
       }},
      {"DELETE", "/api/v1/audits/{id}/checklist/{line_id}/attachments/{attachment_id}", Kind::kScoped,
       Permission::kManageAudits,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/audits/" + Id(t.audit_id) + "/checklist/" + Id(t.line_id) + "/attachments/" +
                         Id(t.line_file_id));
       }},
      {"POST", "/api/v1/audits/{id}/transitions", Kind::kScoped, Permission::kManageAudits,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/audits/" + Id(t.planned_audit_id) + "/transitions",
                       {{"version", 1}, {"action", "start"}});
       }},
      {"PATCH", "/api/v1/audits/{id}/checklist/{line_id}", Kind::kScoped, Permission::kManageAudits,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/audits/" + Id(t.audit_id) + "/checklist/" + Id(t.line_id),
                        {{"version", 1}, {"result", "conforming"}, {"evidence", "Hồ sơ đầy đủ"}});
       }},
      // Readiness shows what the caller may read in the unit's subtree, so reading documents there is what it needs.
      {"GET", "/api/v1/readiness", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) { return c.Get("/api/v1/readiness?standard=1&unit_id=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/readiness/gaps", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/readiness/gaps?standard=1&unit_id=" + Id(t.unit_id));
       }},
      {"GET", "/api/v1/readiness/gap-report", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/readiness/gap-report?standard=1&unit_id=" + Id(t.unit_id));
       }},
      {"GET", "/api/v1/readiness/evidence-pack", Kind::kScoped, Permission::kViewDocuments,
       [](Client& c, const Target& t) { return c.Get("/api/v1/readiness/evidence-pack?unit_id=" + Id(t.unit_id)); }},
      {"PUT", "/api/v1/readiness/assessments/{unit_id}/{clause_id}", Kind::kScoped, Permission::kAssessReadiness,
       [m](Client& c, const Target& t) {
         return c.Put("/api/v1/readiness/assessments/" + Id(t.unit_id) + "/" +
                          Id(m->server_->ClauseId("iso-21001", "7.3")),
                      {{"status", "partial"}, {"comment", "Ma trận quyền"}});
       }},
      {"GET", "/api/v1/certifications", Kind::kList, Permission::kViewCertification,
       [](Client& c, const Target& t) { return c.Get("/api/v1/certifications?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/certifications", Kind::kScoped, Permission::kManageCertification,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/certifications", {{"unit_id", t.unit_id},
                                                  {"title", "Chứng nhận"},
                                                  {"body_name", "Tổ chức chứng nhận"},
                                                  {"standard_ids", {1}}});
       }},
      {"GET", "/api/v1/certifications/due", Kind::kList, Permission::kViewCertification,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/certifications/due?within_days=1200&within=" + Id(t.unit_id));
       }},
      {"GET", "/api/v1/certifications/{id}", Kind::kScoped, Permission::kViewCertification,
       [](Client& c, const Target& t) { return c.Get("/api/v1/certifications/" + Id(t.project_id)); }},
      {"PATCH", "/api/v1/certifications/{id}", Kind::kScoped, Permission::kManageCertification,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/certifications/" + Id(t.project_id), {{"version", 1}, {"title", "Đổi"}});
       }},
      {"POST", "/api/v1/certifications/{id}/transitions", Kind::kScoped, Permission::kManageCertification,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/certifications/" + Id(t.project_id) + "/transitions",
                       {{"version", 1}, {"action", "complete_registration"}});
       }},
      // Reading a project applies the six-month rule; asking for it is reading.
      {"POST", "/api/v1/certifications/{id}/evaluation", Kind::kScoped, Permission::kViewCertification,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/certifications/" + Id(t.project_id) + "/evaluation", json::object{});
       }},
      {"PATCH", "/api/v1/certifications/{id}/steps/{step}", Kind::kScoped, Permission::kManageCertification,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/certifications/" + Id(t.project_id) + "/steps/contract",
                        {{"version", 1}, {"note", "Chuẩn bị hợp đồng"}});
       }},
      {"POST", "/api/v1/certifications/{id}/audits", Kind::kScoped, Permission::kManageCertification,
       [](Client& c, const Target& t) {
         std::string today = FormatDate(TodayInVietnam());
         return c.Post("/api/v1/certifications/" + Id(t.project_id) + "/audits",
                       {{"type", "stage1"},
                        {"start_date", today},
                        {"end_date", today},
                        {"team", json::array{{{"name", "Chuyên gia"}, {"role", "lead"}}}}});
       }},
      {"GET", "/api/v1/certifications/{id}/audits/{audit_id}", Kind::kScoped, Permission::kViewCertification,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/certifications/" + Id(t.project_id) + "/audits/" + Id(t.certification_audit_id));
       }},
      {"PATCH", "/api/v1/certifications/{id}/audits/{audit_id}", Kind::kScoped, Permission::kManageCertification,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/certifications/" + Id(t.project_id) + "/audits/" + Id(t.certification_audit_id),
                        {{"version", 1}, {"notes", "Đổi lịch"}});
       }},
      {"POST", "/api/v1/certifications/{id}/audits/{audit_id}/transitions", Kind::kScoped,
       Permission::kManageCertification,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/certifications/" + Id(t.project_id) + "/audits/" + Id(t.certification_audit_id) +
                           "/transitions",
                       {{"version", 1}, {"action", "complete"}});
       }},
      {"POST", "/api/v1/certifications/{id}/audits/{audit_id}/findings", Kind::kScoped,
       Permission::kManageCertification,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/certifications/" + Id(t.project_id) + "/audits/" + Id(t.certification_audit_id) +
                           "/findings",
                       {{"grade", "minor"}, {"title", "Thiếu minh chứng"}});
       }},
      {"GET", "/api/v1/certificates", Kind::kList, Permission::kViewCertification,
       [](Client& c, const Target& t) { return c.Get("/api/v1/certificates?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/certificates", Kind::kScoped, Permission::kManageCertification,
       [unique](Client& c, const Target& t) {
         return c.Post("/api/v1/certificates", {{"project_id", t.deciding_project_id},
                                                {"number", unique()},
                                                {"scope_vi", "Phạm vi"},
                                                {"scope_en", "Scope"},
                                                {"issue_date", FormatDate(TodayInVietnam())}});
       }},
      {"GET", "/api/v1/certificates/{id}", Kind::kScoped, Permission::kViewCertification,
       [](Client& c, const Target& t) { return c.Get("/api/v1/certificates/" + Id(t.certificate_id)); }},
      {"POST", "/api/v1/certificates/{id}/changes", Kind::kScoped, Permission::kManageCertification,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/certificates/" + Id(t.certificate_id) + "/changes",
                       {{"version", 1}, {"kind", "suspend"}, {"reason", "Kiểm thử"}});
       }},
      {"GET", "/api/v1/public/certificates/{number}", Kind::kPublic, {},
       [](Client& c, const Target& t) { return c.Get("/api/v1/public/certificates/MATRIX-" + Id(t.unit_id)); }},
      {"GET", "/api/v1/public/statistics", Kind::kPublic, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/public/statistics"); }},
      {"GET", "/verify/{number}", Kind::kPublic, {},
       [](Client& c, const Target& t) { return c.Get("/verify/MATRIX-" + Id(t.unit_id)); }},
      // Every role may view improvement somewhere; the dashboard counts only what the caller may see.
      {"GET", "/api/v1/dashboards/nonconformities", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/dashboards/nonconformities"); }},
      {"GET", "/api/v1/nonconformity-settings", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/nonconformity-settings"); }},
      {"PATCH", "/api/v1/nonconformity-settings", Kind::kOrganisationWide, Permission::kManageImprovement,
       [](Client& c, const Target&) {
         return c.Patch("/api/v1/nonconformity-settings", {{"version", 1}, {"major_days", 20}, {"minor_days", 60}});
       }},      // Objectives and indicators (issue 18).
      {"GET", "/api/v1/objectives", Kind::kList, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/objectives?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/objectives", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Post("/api/v1/objectives", {{"unit_id", t.unit_id}, {"title", "Mới"}}); }},
      {"GET", "/api/v1/objectives/{id}", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/objectives/" + Id(t.objective_id)); }},
      {"PATCH", "/api/v1/objectives/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/objectives/" + Id(t.objective_id), {{"version", 1}, {"title", "Đổi"}});
       }},
      {"DELETE", "/api/v1/objectives/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/objectives/" + Id(t.objective_id)); }},
      {"GET", "/api/v1/objectives/{id}/actions", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/objectives/" + Id(t.objective_id) + "/actions"); }},
      {"POST", "/api/v1/objectives/{id}/actions", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/objectives/" + Id(t.objective_id) + "/actions", {{"title", "Bước"}});
       }},
      {"GET", "/api/v1/indicators", Kind::kList, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/indicators?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/indicators", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/indicators", {{"objective_id", t.objective_id}, {"code", "NEW"}, {"name", "Mới"},
                                              {"measure_unit", "%"}, {"direction", "higher"}, {"target", 90},
                                              {"warning", 80}, {"frequency", "year"}, {"source", "manual"}});
       }},
      {"GET", "/api/v1/indicators/compare", Kind::kList, Permission::kViewPlanning,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/indicators/compare?code=I" + t.unit_code + "&within=" + Id(t.unit_id));
       }},
      {"POST", "/api/v1/indicators/measurements/import", Kind::kScoped, Permission::kRecordMeasurements,
       [](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/indicators/measurements/import",
                          "unit_code,indicator_code,period,value\n" + t.unit_code + ",I" + t.unit_code + "," +
                              DaysFromToday(-40).substr(0, 7) + ",95\n",
                          "text/csv");
       }},
      {"GET", "/api/v1/indicators/{id}", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/indicators/" + Id(t.indicator_id)); }},
      {"PATCH", "/api/v1/indicators/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/indicators/" + Id(t.indicator_id), {{"version", 1}, {"name", "Đổi"}});
       }},
      {"DELETE", "/api/v1/indicators/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/indicators/" + Id(t.indicator_id)); }},
      {"GET", "/api/v1/indicators/{id}/measurements", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/indicators/" + Id(t.indicator_id) + "/measurements"); }},
      {"POST", "/api/v1/indicators/{id}/measurements", Kind::kScoped, Permission::kRecordMeasurements,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/indicators/" + Id(t.indicator_id) + "/measurements",
                       {{"period", DaysFromToday(-40).substr(0, 7)}, {"value", 95}});
       }},
      // Risks and opportunities (issue 18 item 4).
      {"GET", "/api/v1/risk-matrix", Kind::kSelf, {}, [](Client& c, const Target&) { return c.Get("/api/v1/risk-matrix"); }},
      {"PUT", "/api/v1/risk-matrix", Kind::kOrganisationWide, Permission::kManagePlanning,
       [](Client& c, const Target&) { return c.Put("/api/v1/risk-matrix", {{"matrix_code", "5x5"}, {"version", 0}}); }},
      {"GET", "/api/v1/risks", Kind::kList, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/risks?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/risks", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/risks", {{"unit_id", t.unit_id}, {"kind", "risk"}, {"title", "Mới"},
                                         {"inherent_likelihood", 2}, {"inherent_impact", 2}});
       }},
      {"GET", "/api/v1/risks/export", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/risks/export?format=csv"); }},
      {"GET", "/api/v1/risks/heatmap", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/risks/heatmap?within=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/risks/{id}", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/risks/" + Id(t.risk_id)); }},
      {"PATCH", "/api/v1/risks/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Patch("/api/v1/risks/" + Id(t.risk_id), {{"version", 1}, {"title", "Đổi"}}); }},
      {"DELETE", "/api/v1/risks/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/risks/" + Id(t.risk_id)); }},
      {"POST", "/api/v1/risks/{id}/reviews", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/risks/" + Id(t.risk_id) + "/reviews", {{"version", 1}, {"next_review_date", DaysFromToday(90)}});
       }},
      {"POST", "/api/v1/risks/{id}/actions", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Post("/api/v1/risks/" + Id(t.risk_id) + "/actions", {{"title", "Xử lý"}}); }},
      {"POST", "/api/v1/risks/{id}/nonconformities", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/risks/" + Id(t.risk_id) + "/nonconformities", {{"nonconformity_id", t.nonconformity_id}});
       }},
      // Frameworks beyond ISO: read like the catalogue, changed only from the top of the organisation.
      {"GET", "/api/v1/frameworks", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/frameworks"); }},
      {"GET", "/api/v1/frameworks/{id}", Kind::kSelf, {},
       [m](Client& c, const Target&) { return c.Get("/api/v1/frameworks/" + Id(m->framework_id_)); }},
      {"GET", "/api/v1/frameworks/{id}/export", Kind::kSelf, {},
       [m](Client& c, const Target&) { return c.Get("/api/v1/frameworks/" + Id(m->framework_id_) + "/export"); }},
      {"POST", "/api/v1/frameworks/imports", Kind::kOrganisationWide, Permission::kManageFrameworks,
       [](Client& c, const Target&) {
         return c.Request("POST",
                          "/api/v1/frameworks/imports?code=zz-other&version=1&title_vi=K&title_en=F&publisher=P",
                          "number,type,title_vi,title_en\n1,standard,A,A\n", "text/csv");
       }},
      {"POST", "/api/v1/frameworks/{id}/correspondences/imports", Kind::kOrganisationWide,
       Permission::kManageFrameworks,
       [m](Client& c, const Target&) {
         return c.Request("POST", "/api/v1/frameworks/" + Id(m->framework_id_) + "/correspondences/imports?standard=1",
                          "node,clause,relation\n1,4.1,intersect\n", "text/csv");
       }},
      {"POST", "/api/v1/frameworks/{id}/correspondences", Kind::kOrganisationWide, Permission::kManageFrameworks,
       [m](Client& c, const Target& t) {
         return c.Post("/api/v1/frameworks/" + Id(m->framework_id_) + "/correspondences",
                       {{"node_id", t.clause_id}, {"clause_id", t.clause_id}, {"relation", "equal"}});
       }},
      {"DELETE", "/api/v1/frameworks/{id}/correspondences/{mapping_id}", Kind::kOrganisationWide,
       Permission::kManageFrameworks,
       [m](Client& c, const Target&) {
         return c.Delete("/api/v1/frameworks/" + Id(m->framework_id_) + "/correspondences/1");
       }},
      // The context registers of planning.
      {"GET", "/api/v1/context-issues", Kind::kList, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/context-issues?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/context-issues", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/context-issues",
                       {{"unit_id", t.unit_id}, {"title", "Mới"}, {"category", "legal"}, {"effect", "negative"}});
       }},
      // Every role may view planning somewhere; the view holds only what the caller may see.
      {"GET", "/api/v1/context-issues/swot", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/context-issues/swot"); }},
      {"GET", "/api/v1/context-issues/{id}", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/context-issues/" + Id(t.context_issue_id)); }},
      {"GET", "/api/v1/context-issues/{id}/history", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/context-issues/" + Id(t.context_issue_id) + "/history"); }},
      {"PATCH", "/api/v1/context-issues/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/context-issues/" + Id(t.context_issue_id), {{"version", 1}, {"title", "Đổi"}});
       }},
      {"DELETE", "/api/v1/context-issues/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/context-issues/" + Id(t.context_issue_id)); }},
      {"GET", "/api/v1/units/{id}/scope", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/units/" + Id(t.unit_id) + "/scope"); }},
      {"PUT", "/api/v1/units/{id}/scope", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Put("/api/v1/units/" + Id(t.unit_id) + "/scope",
                      {{"version", 0}, {"statement_vi", "Phạm vi"}, {"statement_en", "Scope"}});
       }},
      {"GET", "/api/v1/changes", Kind::kList, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/changes?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/changes", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Post("/api/v1/changes", {{"unit_id", t.unit_id}, {"title", "Mới"}}); }},
      {"GET", "/api/v1/changes/{id}", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/changes/" + Id(t.change_id)); }},
      // An approved change takes no more edits; archiving needs what editing would.
      {"PATCH", "/api/v1/changes/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         auto r = c.Patch("/api/v1/changes/" + Id(t.change_id), {{"version", 1}, {"title", "Đổi"}});
         if (r.code() == "planning.change_decided") r.status = 200;
         return r;
       }},
      {"DELETE", "/api/v1/changes/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/changes/" + Id(t.change_id)); }},
      {"POST", "/api/v1/changes/{id}/decisions", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/changes/" + Id(t.change_id) + "/decisions", {{"version", 1}, {"decision", "implement"}});
       }},
      {"GET", "/api/v1/party-classes", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/party-classes"); }},
      {"GET", "/api/v1/interested-parties", Kind::kList, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/interested-parties?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/interested-parties", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/interested-parties", {{"unit_id", t.unit_id}, {"class", "suppliers"}, {"name", "Mới"}});
       }},
      {"GET", "/api/v1/interested-parties/{id}", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) { return c.Get("/api/v1/interested-parties/" + Id(t.party_id)); }},
      {"PATCH", "/api/v1/interested-parties/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/interested-parties/" + Id(t.party_id), {{"version", 1}, {"needs", "Đổi"}});
       }},
      {"DELETE", "/api/v1/interested-parties/{id}", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) { return c.Delete("/api/v1/interested-parties/" + Id(t.party_id)); }},
      {"GET", "/api/v1/interested-parties/{id}/requirements", Kind::kScoped, Permission::kViewPlanning,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/interested-parties/" + Id(t.party_id) + "/requirements");
       }},
      {"POST", "/api/v1/interested-parties/{id}/requirements", Kind::kScoped, Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/interested-parties/" + Id(t.party_id) + "/requirements",
                       {{"text", "Mới"}, {"monitoring", "survey"}});
       }},
      {"PATCH", "/api/v1/interested-parties/{id}/requirements/{requirement_id}", Kind::kScoped,
       Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/interested-parties/" + Id(t.party_id) + "/requirements/" + Id(t.requirement_id),
                        {{"version", 1}, {"monitoring_note", "Đổi"}});
       }},
      {"DELETE", "/api/v1/interested-parties/{id}/requirements/{requirement_id}", Kind::kScoped,
       Permission::kManagePlanning,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/interested-parties/" + Id(t.party_id) + "/requirements/" + Id(t.requirement_id));
       }},
      // Complaints and appeals (issue 19): seen by those who manage complaints on the unit, and by the people named.
      {"GET", "/api/v1/complaints", Kind::kList, Permission::kManageComplaints,
       [](Client& c, const Target& t) { return c.Get("/api/v1/complaints?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/complaints", Kind::kScoped, Permission::kRecordComplaints,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/complaints", {{"unit_id", t.unit_id}, {"category", "fees"}, {"channel", "letter"},
                                              {"text", "Thư khiếu nại"}});
       }},
      {"GET", "/api/v1/complaints/statistics", Kind::kScoped, Permission::kHandleComplaints,
       [](Client& c, const Target& t) { return c.Get("/api/v1/complaints/statistics?within=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/complaints/settings", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/complaints/settings"); }},
      {"PUT", "/api/v1/complaints/settings", Kind::kOrganisationWide, Permission::kManageComplaints,
       [](Client& c, const Target&) {
         return c.Put("/api/v1/complaints/settings", {{"version", 0}, {"acknowledge_days", 5}, {"response_days", 30}});
       }},
      {"GET", "/api/v1/complaints/{id}", Kind::kScoped, Permission::kManageComplaints,
       [](Client& c, const Target& t) { return c.Get("/api/v1/complaints/" + Id(t.complaint_id)); }},
      {"POST", "/api/v1/complaints/{id}/assignment", Kind::kScoped, Permission::kManageComplaints,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/complaints/" + Id(t.complaint_id) + "/assignment",
                       {{"version", 1}, {"subject_user_id", nullptr}});
       }},
      {"POST", "/api/v1/complaints/{id}/steps", Kind::kScoped, Permission::kManageComplaints,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/complaints/" + Id(t.complaint_id) + "/steps", {{"version", 1}, {"action", "acknowledge"}});
       }},
      {"GET", "/api/v1/complaints/{id}/notes", Kind::kScoped, Permission::kManageComplaints,
       [](Client& c, const Target& t) { return c.Get("/api/v1/complaints/" + Id(t.complaint_id) + "/notes"); }},
      {"POST", "/api/v1/complaints/{id}/notes", Kind::kScoped, Permission::kManageComplaints,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/complaints/" + Id(t.complaint_id) + "/notes", {{"text", "Ghi chú kiểm thử"}});
       }},
      {"POST", "/api/v1/complaints/{id}/nonconformity", Kind::kScoped, Permission::kManageComplaints,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/complaints/" + Id(t.complaint_id) + "/nonconformity",
                       {{"version", 1}, {"title", "Sự không phù hợp từ khiếu nại"}, {"severity", "minor"}});
       }},
      {"GET", "/complaints/new", Kind::kPublic, {}, [](Client& c, const Target&) { return c.Get("/complaints/new"); }},
      {"POST", "/complaints/new", Kind::kPublic, {},
       [](Client& c, const Target& t) {
         return c.Request("POST", "/complaints/new", "unit_id=" + Id(t.unit_id) + "&category=other&text=Ma+tran",
                          "application/x-www-form-urlencoded");
       }},
      {"GET", "/complaints/{code}", Kind::kPublic, {},
       [](Client& c, const Target&) { return c.Get("/complaints/ABCDE-FGHJK-MNPQR-STVWX"); }},
      {"POST", "/complaints/{code}", Kind::kPublic, {},
       [](Client& c, const Target&) {
         return c.Request("POST", "/complaints/ABCDE-FGHJK-MNPQR-STVWX", "action=close",
                          "application/x-www-form-urlencoded");
       }},
      // Management reviews (review/routes.cc).
      {"GET", "/api/v1/management-reviews", Kind::kList, Permission::kViewReviews,
       [](Client& c, const Target& t) { return c.Get("/api/v1/management-reviews?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/management-reviews", Kind::kScoped, Permission::kManageReviews,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/management-reviews", {{"unit_id", t.unit_id},
                                                      {"title", "Mới"},
                                                      {"period_from", "2026-01-01"},
                                                      {"period_to", "2026-12-31"},
                                                      {"planned_on", "2026-12-20"},
                                                      {"participant_ids", {t.top_manager_id}}});
       }},
      {"GET", "/api/v1/management-reviews/{id}", Kind::kScoped, Permission::kViewReviews,
       [](Client& c, const Target& t) { return c.Get("/api/v1/management-reviews/" + Id(t.planned_review_id)); }},
      {"PATCH", "/api/v1/management-reviews/{id}", Kind::kScoped, Permission::kManageReviews,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/management-reviews/" + Id(t.planned_review_id), {{"version", 1}, {"title", "Đổi"}});
       }},
      {"POST", "/api/v1/management-reviews/{id}/transitions", Kind::kScoped, Permission::kApproveReviews,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/management-reviews/" + Id(t.held_review_id) + "/transitions",
                       {{"version", 2}, {"action", "approve"}});
       }},
      {"GET", "/api/v1/management-reviews/{id}/inputs", Kind::kScoped, Permission::kViewReviews,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/management-reviews/" + Id(t.planned_review_id) + "/inputs");
       }},
      {"PATCH", "/api/v1/management-reviews/{id}/minutes", Kind::kScoped, Permission::kManageReviews,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/management-reviews/" + Id(t.open_review_id) + "/minutes",
                        {{"version", 2}, {"conclusions", "Kết luận"}});
       }},
      {"GET", "/api/v1/management-reviews/{id}/minutes", Kind::kScoped, Permission::kViewReviews,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/management-reviews/" + Id(t.open_review_id) + "/minutes");
       }},
      {"POST", "/api/v1/management-reviews/{id}/outputs", Kind::kScoped, Permission::kManageReviews,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/management-reviews/" + Id(t.open_review_id) + "/outputs",
                       {{"version", 2}, {"kind", "change"}, {"decision", "Quyết định"}});
       }},
      // Surveys (issue 19).
      {"GET", "/api/v1/questionnaire-library", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/questionnaire-library"); }},
      {"GET", "/api/v1/questionnaires", Kind::kList, Permission::kViewSurveys,
       [](Client& c, const Target& t) { return c.Get("/api/v1/questionnaires?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/questionnaires", Kind::kScoped, Permission::kManageSurveys,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/questionnaires",
                       {{"unit_id", t.unit_id}, {"audience", "parents"}, {"library_code", "parents"}});
       }},
      {"GET", "/api/v1/questionnaires/{id}", Kind::kScoped, Permission::kViewSurveys,
       [](Client& c, const Target& t) { return c.Get("/api/v1/questionnaires/" + Id(t.questionnaire_id)); }},
      {"POST", "/api/v1/questionnaires/{id}/versions", Kind::kScoped, Permission::kManageSurveys,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/questionnaires/" + Id(t.questionnaire_id) + "/versions", json::object{});
       }},
      {"GET", "/api/v1/questionnaires/{id}/versions/{version}", Kind::kScoped, Permission::kViewSurveys,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/questionnaires/" + Id(t.questionnaire_id) + "/versions/1");
       }},
      {"PUT", "/api/v1/questionnaires/{id}/versions/{version}", Kind::kScoped, Permission::kManageSurveys,
       [](Client& c, const Target& t) {
         return c.Put("/api/v1/questionnaires/" + Id(t.draft_questionnaire_id) + "/versions/1",
                      {{"definition", json::parse(R"({"title":{"vi":"Mới","en":"New"},"sections":[{"title":{"vi":"A",)"
                                                  R"("en":"A"},"questions":[{"key":"q","type":"recommend","text":)"
                                                  R"({"vi":"Giới thiệu","en":"Recommend"}}]}]})")}});
       }},
      {"POST", "/api/v1/questionnaires/{id}/versions/{version}/publish", Kind::kScoped, Permission::kManageSurveys,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/questionnaires/" + Id(t.draft_questionnaire_id) + "/versions/1/publish",
                       json::object{});
       }},
      {"GET", "/api/v1/surveys", Kind::kList, Permission::kViewSurveys,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/surveys?questionnaire_id=" + Id(t.questionnaire_id));
       }},
      {"POST", "/api/v1/surveys", Kind::kScoped, Permission::kManageSurveys,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/surveys", {{"unit_id", t.unit_id},
                                           {"questionnaire_id", t.questionnaire_id},
                                           {"questionnaire_version", 1},
                                           {"title", "Mới"},
                                           {"audience", "parents"},
                                           {"mode", "anonymous"},
                                           {"opens_on", DaysFromToday(0)},
                                           {"closes_on", DaysFromToday(7)},
                                           {"links", json::array{{{"unit_id", t.unit_id}, {"expected", 20}}}}});
       }},
      {"GET", "/api/v1/surveys/{id}", Kind::kScoped, Permission::kViewSurveys,
       [](Client& c, const Target& t) { return c.Get("/api/v1/surveys/" + Id(t.survey_id)); }},
      {"GET", "/api/v1/surveys/{id}/links", Kind::kScoped, Permission::kViewSurveys,
       [](Client& c, const Target& t) { return c.Get("/api/v1/surveys/" + Id(t.survey_id) + "/links"); }},
      {"POST", "/api/v1/surveys/{id}/codes", Kind::kScoped, Permission::kManageSurveys,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/surveys/" + Id(t.confidential_survey_id) + "/codes",
                       {{"unit_id", t.unit_id}, {"people", json::array{"Người nhận"}}});
       }},
      {"POST", "/api/v1/surveys/{id}/transitions", Kind::kScoped, Permission::kManageSurveys,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/surveys/" + Id(t.survey_id) + "/transitions", {{"version", 1}, {"to", "closed"}});
       }},
      {"GET", "/api/v1/surveys/{id}/results", Kind::kScoped, Permission::kViewSurveys,
       [](Client& c, const Target& t) { return c.Get("/api/v1/surveys/" + Id(t.survey_id) + "/results"); }},
      {"GET", "/api/v1/surveys/{id}/results.xlsx", Kind::kScoped, Permission::kViewSurveys,
       [](Client& c, const Target& t) { return c.Get("/api/v1/surveys/" + Id(t.survey_id) + "/results.xlsx"); }},
      {"GET", "/api/v1/surveys/{id}/report.pdf", Kind::kScoped, Permission::kViewSurveys,
       [](Client& c, const Target& t) { return c.Get("/api/v1/surveys/" + Id(t.survey_id) + "/report.pdf?lang=en"); }},
      {"GET", "/api/v1/surveys/{id}/posters.pdf", Kind::kScoped, Permission::kViewSurveys,
       [](Client& c, const Target& t) { return c.Get("/api/v1/surveys/" + Id(t.survey_id) + "/posters.pdf"); }},
      // The slips name whom each code goes to: those who hand the codes out only.
      {"GET", "/api/v1/surveys/{id}/slips.pdf", Kind::kScoped, Permission::kManageSurveys,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/surveys/" + Id(t.confidential_survey_id) + "/slips.pdf");
       }},
      {"GET", "/api/v1/surveys/{id}/texts", Kind::kScoped, Permission::kViewSurveys,
       [](Client& c, const Target& t) { return c.Get("/api/v1/surveys/" + Id(t.survey_id) + "/texts?q=tot"); }},
      // Oversight and directives (issue 21).
      {"GET", "/api/v1/oversight", Kind::kScoped, Permission::kViewOversight,
       [](Client& c, const Target& t) { return c.Get("/api/v1/oversight?within=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/oversight/export", Kind::kScoped, Permission::kViewOversight,
       [](Client& c, const Target& t) { return c.Get("/api/v1/oversight/export?within=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/directives", Kind::kList, Permission::kViewOversight,
       [](Client& c, const Target& t) { return c.Get("/api/v1/directives?within=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/directives", Kind::kScoped, Permission::kSendDirectives,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/directives", {{"unit_id", t.unit_id},
                                              {"dispatch_number", "02/KT"},
                                              {"dispatch_date", FormatDate(TodayInVietnam())},
                                              {"title", "Báo cáo kiểm thử"},
                                              {"deadline", "2099-12-31"},
                                              {"target_kind", "units"},
                                              {"unit_ids", json::array{t.sub_unit_id}}});
       }},
      {"GET", "/api/v1/directives/{id}", Kind::kScoped, Permission::kViewReviews,
       [](Client& c, const Target& t) { return c.Get("/api/v1/directives/" + Id(t.directive_id)); }},
      {"GET", "/api/v1/directive-answers", Kind::kList, Permission::kViewReviews,
       [](Client& c, const Target& t) { return c.Get("/api/v1/directive-answers?within=" + Id(t.sub_unit_id)); }},
      {"GET", "/api/v1/directive-answers/{id}", Kind::kScoped, Permission::kViewReviews,
       [](Client& c, const Target& t) { return c.Get("/api/v1/directive-answers/" + Id(t.submitted_answer_id)); }},
      {"PATCH", "/api/v1/directive-answers/{id}", Kind::kScoped, Permission::kAnswerDirectives,
       [](Client& c, const Target& t) {
         return c.Patch("/api/v1/directive-answers/" + Id(t.open_answer_id), {{"version", 2}, {"text", "Sửa"}});
       }},
      {"POST", "/api/v1/directive-answers/{id}/transitions", Kind::kScoped, Permission::kSendDirectives,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/directive-answers/" + Id(t.submitted_answer_id) + "/transitions",
                       {{"version", 2}, {"action", "accept"}});
       }},
      // A directive's files: its sender's while it is open, seen by whoever sees it.
      {"POST", "/api/v1/directives/{id}/attachments", Kind::kScoped, Permission::kSendDirectives,
       [](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/directives/" + Id(t.directive_id) + "/attachments?file_name=a.png",
                          TinyPng(), "image/png");
       }},
      {"GET", "/api/v1/directives/{id}/attachments", Kind::kScoped, Permission::kViewReviews,
       [](Client& c, const Target& t) { return c.Get("/api/v1/directives/" + Id(t.directive_id) + "/attachments"); }},
      {"GET", "/api/v1/directives/{id}/attachments/{attachment_id}/content", Kind::kScoped, Permission::kViewReviews,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/directives/" + Id(t.directive_id) + "/attachments/" + Id(t.directive_file_id) +
                      "/content");
       }},
      {"DELETE", "/api/v1/directives/{id}/attachments/{attachment_id}", Kind::kScoped, Permission::kSendDirectives,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/directives/" + Id(t.directive_id) + "/attachments/" + Id(t.directive_file_id));
       }},
      // An answer's files: the answering unit's while it may write the answer.
      {"POST", "/api/v1/directive-answers/{id}/attachments", Kind::kScoped, Permission::kAnswerDirectives,
       [](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/directive-answers/" + Id(t.open_answer_id) + "/attachments?file_name=a.png",
                          TinyPng(), "image/png");
       }},
      {"GET", "/api/v1/directive-answers/{id}/attachments", Kind::kScoped, Permission::kViewReviews,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/directive-answers/" + Id(t.open_answer_id) + "/attachments");
       }},
      {"GET", "/api/v1/directive-answers/{id}/attachments/{attachment_id}/content", Kind::kScoped,
       Permission::kViewReviews,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/directive-answers/" + Id(t.open_answer_id) + "/attachments/" + Id(t.answer_file_id) +
                      "/content");
       }},
      {"DELETE", "/api/v1/directive-answers/{id}/attachments/{attachment_id}", Kind::kScoped,
       Permission::kAnswerDirectives,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/directive-answers/" + Id(t.open_answer_id) + "/attachments/" + Id(t.answer_file_id));
       }},
      // Competence (issue 20).
      {"GET", "/api/v1/competences", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/competences"); }},
      {"POST", "/api/v1/competences", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/competences", {{"unit_id", t.unit_id},
                                               {"code", "own_" + Id(t.unit_id)},
                                               {"name_vi", "Năng lực riêng"},
                                               {"name_en", "Own competence"}});
       }},
      {"GET", "/api/v1/audits/{id}/auditor-qualification", Kind::kScoped, Permission::kViewAudits,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/audits/" + Id(t.planned_audit_id) + "/auditor-qualification");
       }},
      {"GET", "/api/v1/competences/settings", Kind::kSelf, {},
       [](Client& c, const Target&) { return c.Get("/api/v1/competences/settings"); }},
      {"PUT", "/api/v1/competences/settings", Kind::kOrganisationWide, Permission::kManageCompetences,
       [](Client& c, const Target&) {
         return c.Put("/api/v1/competences/settings", {{"version", 0}, {"auditor_qualification", "warn"}});
       }},
      {"GET", "/api/v1/competences/requirements", Kind::kList, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/competences/requirements?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/competences/requirements", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/competences/requirements", {{"unit_id", t.unit_id}, {"competence_code", "safeguarding"}});
       }},
      {"DELETE", "/api/v1/competences/requirements/{id}", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/competences/requirements/" + Id(t.competence_requirement_id));
       }},
      {"GET", "/api/v1/competences/matrix", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/competences/matrix?unit_id=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/competences/matrix.xlsx", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/competences/matrix.xlsx?unit_id=" + Id(t.unit_id)); }},
      {"GET", "/api/v1/users/{id}/competences", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/users/" + Id(t.user_id) + "/competences"); }},
      {"POST", "/api/v1/users/{id}/competences", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/users/" + Id(t.user_id) + "/competences",
                       {{"competence_code", "safeguarding"}, {"method", "experience"}, {"granted_on", DaysFromToday(-1)}});
       }},
      {"DELETE", "/api/v1/users/{id}/competences/{holding_id}", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/users/" + Id(t.user_id) + "/competences/" + Id(t.holding_id));
       }},
      // Training (issue 20).
      {"GET", "/api/v1/trainings", Kind::kList, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/trainings?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/trainings", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/trainings", {{"unit_id", t.unit_id}, {"title", "Tập huấn"}, {"max_score", 10},
                                             {"pass_mark", 5}, {"competences", {"iso21001_awareness"}}});
       }},
      {"POST", "/api/v1/trainings/check-in", Kind::kSelf, {},
       [m](Client& c, const Target& t) {
         auto me = c.Get("/api/v1/me");
         if (me.status != 200) return c.Post("/api/v1/trainings/check-in", {{"code", "unknown"}});
         return c.Post("/api/v1/trainings/check-in", {{"code", m->FreshCheckIn(t.unit_id, me.json.at("id").as_int64())}});
       }},
      {"GET", "/api/v1/trainings/{id}", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/trainings/" + Id(t.training_id)); }},
      {"POST", "/api/v1/trainings/{id}/sessions", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/trainings/" + Id(t.training_id) + "/sessions",
                       {{"title", "Buổi 2"}, {"trainer", "Chuyên gia"}, {"starts_at", "2026-09-01T01:00:00.000Z"},
                        {"ends_at", "2026-09-01T04:00:00.000Z"}});
       }},
      {"POST", "/api/v1/trainings/{id}/invitations", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/trainings/" + Id(t.training_id) + "/invitations", {{"unit_id", t.unit_id}});
       }},
      {"POST", "/api/v1/trainings/{id}/sessions/{session_id}/attendance", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/trainings/" + Id(t.training_id) + "/sessions/" + Id(t.training_session_id) +
                           "/attendance",
                       {{"user_ids", {t.user_id}}});
       }},
      {"GET", "/api/v1/trainings/{id}/sessions/{session_id}/qr.svg", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/trainings/" + Id(t.training_id) + "/sessions/" + Id(t.training_session_id) + "/qr.svg");
       }},
      {"POST", "/api/v1/trainings/{id}/attendance/import", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/trainings/" + Id(t.training_id) + "/attendance/import",
                          "email,session_id\nm" + t.unit_code.substr(1) + "@matrix.vn," + Id(t.later_session_id) + "\n",
                          "text/csv");
       }},
      {"PUT", "/api/v1/trainings/{id}/results/{user_id}", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Put("/api/v1/trainings/" + Id(t.training_id) + "/results/" + Id(t.user_id), {{"score", 8}});
       }},
      {"GET", "/api/v1/trainings/{id}/certificates/{user_id}", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/trainings/" + Id(t.training_id) + "/certificates/" + Id(t.user_id));
       }},
      {"POST", "/api/v1/users/{id}/competences/{holding_id}/attachments", Kind::kScoped,
       Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/users/" + Id(t.user_id) + "/competences/" + Id(t.holding_id) +
                                      "/attachments?file_name=a.png",
                          TinyPng(), "image/png");
       }},
      {"GET", "/api/v1/users/{id}/competences/{holding_id}/attachments", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/users/" + Id(t.user_id) + "/competences/" + Id(t.holding_id) + "/attachments");
       }},
      {"GET", "/api/v1/users/{id}/competences/{holding_id}/attachments/{attachment_id}/content", Kind::kScoped,
       Permission::kViewCompetences,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/users/" + Id(t.user_id) + "/competences/" + Id(t.holding_id) + "/attachments/" +
                      Id(t.holding_file_id) + "/content");
       }},
      {"DELETE", "/api/v1/users/{id}/competences/{holding_id}/attachments/{attachment_id}", Kind::kScoped,
       Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/users/" + Id(t.user_id) + "/competences/" + Id(t.holding_id) + "/attachments/" +
                         Id(t.holding_file_id));
       }},
      {"POST", "/api/v1/trainings/{id}/sessions/{session_id}/attachments", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/trainings/" + Id(t.training_id) + "/sessions/" +
                                      Id(t.training_session_id) + "/attachments?file_name=a.png",
                          TinyPng(), "image/png");
       }},
      {"GET", "/api/v1/trainings/{id}/sessions/{session_id}/attachments", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/trainings/" + Id(t.training_id) + "/sessions/" + Id(t.training_session_id) +
                      "/attachments");
       }},
      {"GET", "/api/v1/trainings/{id}/sessions/{session_id}/attachments/{attachment_id}/content", Kind::kScoped,
       Permission::kViewCompetences,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/trainings/" + Id(t.training_id) + "/sessions/" + Id(t.training_session_id) +
                      "/attachments/" + Id(t.session_file_id) + "/content");
       }},
      {"DELETE", "/api/v1/trainings/{id}/sessions/{session_id}/attachments/{attachment_id}", Kind::kScoped,
       Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/trainings/" + Id(t.training_id) + "/sessions/" + Id(t.training_session_id) +
                         "/attachments/" + Id(t.session_file_id));
       }},
      {"GET", "/api/v1/recruitment-processes", Kind::kList, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/recruitment-processes?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/recruitment-processes", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/recruitment-processes",
                       {{"unit_id", t.unit_id}, {"position", "Nhân viên thư viện"}, {"steps", {"Xét hồ sơ"}}});
       }},
      {"GET", "/api/v1/recruitment-processes/{id}", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/recruitment-processes/" + Id(t.recruitment_process_id));
       }},
      {"PUT", "/api/v1/recruitment-processes/{id}", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Put("/api/v1/recruitment-processes/" + Id(t.recruitment_process_id),
                      {{"version", 1}, {"position", "Giáo viên Toán THPT"}, {"competences", {"subject_teaching"}}});
       }},
      {"GET", "/api/v1/recruitments", Kind::kList, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/recruitments?unit_id=" + Id(t.unit_id)); }},
      {"POST", "/api/v1/recruitments", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/recruitments", {{"unit_id", t.unit_id},
                                                {"process_id", t.recruitment_process_id},
                                                {"title", "Tuyển giáo viên"},
                                                {"vacancies", 1},
                                                {"opened_on", DaysFromToday(0)},
                                                {"method", "examination"}});
       }},
      {"GET", "/api/v1/recruitments/{id}", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/recruitments/" + Id(t.recruitment_id)); }},
      {"POST", "/api/v1/recruitments/{id}/steps", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Post("/api/v1/recruitments/" + Id(t.recruitment_id) + "/steps", {{"version", 1}, {"action", "open"}});
       }},
      {"POST", "/api/v1/recruitments/{id}/attachments", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Request("POST", "/api/v1/recruitments/" + Id(t.recruitment_id) + "/attachments?file_name=a.png",
                          TinyPng(), "image/png");
       }},
      {"GET", "/api/v1/recruitments/{id}/attachments", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/recruitments/" + Id(t.recruitment_id) + "/attachments"); }},
      {"GET", "/api/v1/recruitments/{id}/attachments/{attachment_id}/content", Kind::kScoped,
       Permission::kViewCompetences,
       [](Client& c, const Target& t) {
         return c.Get("/api/v1/recruitments/" + Id(t.recruitment_id) + "/attachments/" + Id(t.recruitment_file_id) +
                      "/content");
       }},
      {"DELETE", "/api/v1/recruitments/{id}/attachments/{attachment_id}", Kind::kScoped, Permission::kManageCompetences,
       [](Client& c, const Target& t) {
         return c.Delete("/api/v1/recruitments/" + Id(t.recruitment_id) + "/attachments/" + Id(t.recruitment_file_id));
       }},
      {"GET", "/api/v1/trainings/{id}/evaluation", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) { return c.Get("/api/v1/trainings/" + Id(t.training_id) + "/evaluation"); }},
      // Only an attendee reacts: whoever sees the programme reaches that rule, which is what the role allows.
      {"POST", "/api/v1/trainings/{id}/reactions", Kind::kScoped, Permission::kViewCompetences,
       [](Client& c, const Target& t) {
         json::object ratings{{"relevance", 5}, {"trainer", 5}, {"materials", 4}, {"organisation", 4}, {"application", 5}};
         auto r = c.Post("/api/v1/trainings/" + Id(t.training_id) + "/reactions", {{"ratings", ratings}});
         if (r.code() == "training.reaction_not_attended") r.status = 200;
         return r;
       }},
      {"PUT", "/api/v1/trainings/{id}/evaluation/settings", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         return c.Put("/api/v1/trainings/" + Id(t.training_id) + "/evaluation/settings", {{"evaluate_after_days", 60}});
       }},
      // The programme's session runs now: reaching the rule that nothing has ended yet is what the role allows.
      {"POST", "/api/v1/trainings/{id}/evaluation", Kind::kScoped, Permission::kManageTraining,
       [](Client& c, const Target& t) {
         auto r = c.Post("/api/v1/trainings/" + Id(t.training_id) + "/evaluation",
                         {{"behaviour_findings", "Áp dụng tốt"}, {"behaviour_rating", 4}, {"results_findings", "Tốt"},
                          {"results_rating", 4}, {"conclusion", "effective"}});
         if (r.code() == "training.no_sessions_held") r.status = 201;
         return r;
       }},
      {"GET", "/s/progress.js", Kind::kPublic, {}, [](Client& c, const Target&) { return c.Get("/s/progress.js"); }},
      {"GET", "/s/{code}", Kind::kPublic, {}, [](Client& c, const Target& t) { return c.Get("/s/" + t.survey_code); }},
      {"POST", "/s/{code}", Kind::kPublic, {},
       [](Client& c, const Target& t) {
         return c.Request("POST", "/s/" + t.survey_code, "q=4", "application/x-www-form-urlencoded");
       }},
  };
}

bool Success(int status) { return status >= 200 && status < 300; }

// The refusals the matrix accepts, each with its one problem code: not found (the record is out of sight), a
// reference out of sight (a unit or record named in the body, refused as if it did not exist), forbidden (seen but
// not the caller's to change), and a workflow step the caller may not take. Any other answer to a refused call
// (a validation problem, a conflict, a 5xx) means the call was refused for some other reason, or broke.
const std::map<int, std::set<std::string>> kRefusals = {
    {403, {"auth.forbidden", "workflow.not_permitted"}},
    {404, {"resource.not_found"}},
    {422, {"validation.reference_not_found"}},
};

bool Refused(const HttpResult& r) {
  // An import refuses row by row (422 import.invalid_rows): refused when every row is, each as a call would be.
  if (r.status == 422 && r.code() == "import.invalid_rows") {
    const auto& rows = r.json.at("errors").as_array();
    return !rows.empty() && std::all_of(rows.begin(), rows.end(), [](const json::value& row) {
      std::string code(row.at("code").as_string());
      for (const auto& [status, codes] : kRefusals)
        if (codes.count(code)) return true;
      return false;
    });
  }
  auto codes = kRefusals.find(r.status);
  return codes != kRefusals.end() && codes->second.count(r.code()) > 0;
}

TEST_P(Matrix, EveryRouteEveryRoleInsideAndOutside) {
  auto cases = Cases(this);
  // The matrix covers the router exactly.
  std::set<std::string> covered;
  for (const auto& c : cases) covered.insert(c.method + " " + c.pattern);
  for (const auto& r : server_->app().http().router().routes())
    EXPECT_TRUE(covered.count(r.method + " " + r.pattern)) << "no authorisation case for " << r.method << " " << r.pattern;
  EXPECT_EQ(covered.size(), server_->app().http().router().routes().size());

  // Without credentials: only public routes answer.
  Client anonymous(server_->port());
  Target any = Fresh("THPT-CHUYEN");
  for (const auto& c : cases) {
    SCOPED_TRACE("anonymous: " + c.method + " " + c.pattern);
    auto r = c.call(anonymous, any);
    if (c.kind == Kind::kPublic) {
      EXPECT_NE(r.status, 401) << c.method << " " << c.pattern;
      EXPECT_LT(r.status, 500) << c.method << " " << c.pattern << " " << r.body;
    } else {
      EXPECT_EQ(r.status, 401) << c.method << " " << c.pattern << " " << r.body;
      EXPECT_EQ(r.code(), "auth.unauthenticated") << c.method << " " << c.pattern << " " << r.body;
    }
  }

  for (const auto& [name, held] : ExpectedPermissions()) {
    std::string email = name + "@matrix.vn";
    auto created = admin_->Post("/api/v1/users", {{"unit_id", server_->UnitId("THPT-CHUYEN")},
                                                  {"email", email},
                                                  {"full_name", "Vai trò " + name},
                                                  {"password", "Ma trận quyền 2026"}});
    ASSERT_EQ(created.status, 201) << created.body;
    json::object grant{{"role", name}, {"unit_id", server_->UnitId("THPT-CHUYEN")}};
    // Until tomorrow, so a run that crosses midnight in Vietnam does not see the grant lapse halfway.
    if (name == "external_auditor") grant["valid_until"] = DaysFromToday(1);
    ASSERT_EQ(admin_->Post("/api/v1/users/" + Id(created.json.at("id").as_int64()) + "/grants", grant).status, 201);
    Client client(server_->port());
    ASSERT_EQ(client.Login(email, "Ma trận quyền 2026").status, 201);

    for (const auto& c : cases) {
      std::string label = name + ": " + c.method + " " + c.pattern;
      SCOPED_TRACE(label);
      if (c.kind == Kind::kPublic) {
        auto r = c.call(client, any);
        EXPECT_LT(r.status, 500) << label << " " << r.body;
        continue;
      }
      if (c.kind == Kind::kOrganisationWide) {
        auto r = c.call(client, any);
        EXPECT_EQ(r.status, 403) << label;
        EXPECT_EQ(r.code(), "auth.forbidden") << label << " " << r.body;
        continue;
      }
      if (c.kind == Kind::kSelf) {
        auto r = c.call(client, any);
        EXPECT_LT(r.status, 500) << label << " " << r.body;
        EXPECT_TRUE(Success(r.status)) << label << " -> " << r.status << " " << r.body;
        // That was a logout: log in again for the rest of the matrix.
        if (c.method == "DELETE" && c.pattern == "/api/v1/session") {
          ASSERT_EQ(client.Login(email, "Ma trận quyền 2026").status, 201);
        }
        continue;
      }
      Target inside = Fresh("THPT-CHUYEN-TOAN");
      Target outside = Fresh("THPT-TOHIEU");
      bool allowed = ExpectedToHold(name, std::string(auth::PermissionName(c.permission)));
      auto out = c.call(client, outside);
      auto in = c.call(client, inside);
      if (c.kind == Kind::kList) {
        // Lists answer 200 (or 403 for the audit log without the permission) and never show the outside record.
        if (Success(out.status)) {
          EXPECT_TRUE(out.json.at("items").as_array().empty()) << label << " outside " << out.body;
        } else {
          EXPECT_TRUE(Refused(out)) << label << " outside -> " << out.status << " " << out.body;
        }
        if (allowed) {
          ASSERT_TRUE(Success(in.status)) << label << " inside " << in.body;
          EXPECT_FALSE(in.json.at("items").as_array().empty()) << label << " inside " << in.body;
        } else if (Success(in.status)) {
          EXPECT_TRUE(in.json.at("items").as_array().empty()) << label << " inside " << in.body;
        } else {
          EXPECT_TRUE(Refused(in)) << label << " inside -> " << in.status << " " << in.body;
        }
        continue;
      }
      EXPECT_TRUE(Refused(out)) << label << " outside -> " << out.status << " " << out.body;
      if (allowed) {
        EXPECT_TRUE(Success(in.status)) << label << " inside -> " << in.status << " " << in.body;
      } else {
        EXPECT_TRUE(Refused(in)) << label << " inside -> " << in.status << " " << in.body;
      }
    }
  }
}

TEST_P(Matrix, AnExpiredExternalAuditorGrantGivesNothing) {
  std::string email = "expired-auditor@matrix.vn";
  auto created = admin_->Post("/api/v1/users", {{"unit_id", server_->UnitId("SO-GDDT")}, {"email", email},
                                                {"full_name", "Chuyên gia hết hạn"}, {"password", "Ma trận quyền 2026"}});
  ASSERT_EQ(created.status, 201);
  org::GrantRecord g;
  g.user_id = created.json.at("id").as_int64();
  g.role = "external_auditor";
  g.unit_id = server_->UnitId("SO-GDDT");
  g.valid_until = "2020-12-31";
  g.created_at = NowTimestamp();
  server_->app().db().Write([&](soci::session& s) { org::store::InsertGrant(s, g); });
  Client c(server_->port());
  ASSERT_EQ(c.Login(email, "Ma trận quyền 2026").status, 201);
  EXPECT_EQ(c.Get("/api/v1/units/" + Id(server_->UnitId("SO-GDDT"))).status, 404);
  EXPECT_TRUE(c.Get("/api/v1/units").json.at("items").as_array().empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, Matrix, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
