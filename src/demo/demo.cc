#include "demo/demo.h"

#include <stdexcept>

#include "actions/store.h"
#include "audits/store.h"
#include "demo/certification.h"
#include "demo/documents.h"
#include "demo/editions.h"
#include "demo/planning_risks.h"
#include "demo/planning_indicators.h"
#include "demo/surveys.h"
#include "demo/frameworks.h"
#include "demo/planning_context.h"
#include "demo/complaints.h"
#include "demo/people.h"
#include "demo/training_evaluation.h"
#include "demo/processes.h"
#include "demo/directives.h"
#include "demo/review.h"
#include "improvement/store.h"
#include "org/store.h"
#include "platform/clock.h"
#include "standards/catalogue.h"

namespace eduims::demo {
namespace {

audit::Actor System() { return audit::Actor::System("init"); }

struct DemoUnit {
  const char* code;
  const char* name;
  const char* type;
  const char* parent;
  const char* region;
  const char* address;
};

const DemoUnit kUnits[] = {
    {"SO-VP", "Văn phòng Sở", "department", "SO-GDDT", "Sơn La", "Số 8, đường Tô Hiệu, TP Sơn La"},
    {"SO-GDTrH", "Phòng Giáo dục Trung học", "department", "SO-GDDT", "Sơn La", "Số 8, đường Tô Hiệu, TP Sơn La"},
    {"SO-KTKD", "Phòng Khảo thí và Kiểm định chất lượng giáo dục", "department", "SO-GDDT", "Sơn La",
     "Số 8, đường Tô Hiệu, TP Sơn La"},
    {"THPT-CHUYEN", "Trường THPT Chuyên Sơn La", "upper_secondary", "SO-GDDT", "Sơn La", "Phường Chiềng Lề, TP Sơn La"},
    {"THPT-CHUYEN-TOAN", "Tổ Toán - Tin", "department", "THPT-CHUYEN", "Sơn La", ""},
    {"THPT-TOHIEU", "Trường THPT Tô Hiệu", "upper_secondary", "SO-GDDT", "Sơn La", "Phường Quyết Tâm, TP Sơn La"},
    {"THCS-CHIENGSINH", "Trường THCS Chiềng Sinh", "lower_secondary", "SO-GDDT", "Sơn La", "Phường Chiềng Sinh, TP Sơn La"},
    {"TH-QUYETTHANG", "Trường Tiểu học Quyết Thắng", "primary", "SO-GDDT", "Sơn La", "Phường Quyết Thắng, TP Sơn La"},
    {"MN-HOABAN", "Trường Mầm non Hoa Ban", "kindergarten", "SO-GDDT", "Sơn La", "Phường Tô Hiệu, TP Sơn La"},
    {"GDNN-GDTX-MAISON", "Trung tâm GDNN - GDTX huyện Mai Sơn", "continuing_education_centre", "SO-GDDT", "Sơn La",
     "Thị trấn Hát Lót, huyện Mai Sơn"},
};

// The demo is the department of the province of Sơn La, whose units all lie there. `init` creates the root without a
// region; without one, the certificate the demo issues it would fill a blank bucket of the register's statistics.
void GiveTheRootItsRegion(Application& app) {
  app.db().Write([&](soci::session& s) {
    org::Unit before = *org::store::FindRoot(s);
    if (!before.region.empty()) return;
    org::Unit after = before;
    after.region = "Sơn La";
    after.updated_at = NowTimestamp();
    if (!org::store::UpdateUnit(s, after, before.version)) throw std::runtime_error("the root changed during the seed");
    after.version = before.version + 1;
    audit::Append(app.db(), s, System(),
                  {"unit", std::to_string(after.id), "update", boost::json::serialize(org::ToJson(before)),
                   boost::json::serialize(org::ToJson(after)), after.path});
  });
}

// The id of clause `number` of the demo's edition of the standard with `code` ("iso-21001").
db::Id ClauseId(Application& app, const std::string& code, const std::string& number) {
  return DemoClause(DemoClauses(app), code, number);
}

// A few nonconformities in different states, so the improvement screens have something to show.
void SeedNonconformities(Application& app, const std::vector<org::User>& users) {
  struct DemoNonconformity {
    const char* unit_code;
    const char* title;
    const char* source;
    const char* severity;
    int detected_days_ago;
    const char* clause;  // of ISO 21001
    const char* correction;  // contained when set
    size_t reporter;
  };
  const DemoNonconformity ncs[] = {
      {"THPT-TOHIEU", "Hồ sơ tuyển sinh lớp 10 thiếu minh chứng ưu tiên", "internal_audit", "major", 12, "8.5.1",
       "Tạm dừng công bố danh sách trúng tuyển, bổ sung minh chứng", 6},
      {"THPT-CHUYEN", "Phòng thí nghiệm Hóa chưa có nội quy an toàn niêm yết", "complaint", "minor", 100, "7.1.3",
       nullptr, 4},
      {"SO-GDTrH", "Kết quả khảo sát phụ huynh chưa được phân tích trong 3 tháng", "satisfaction_survey", "minor", 3,
       "9.1.2", nullptr, 2},
  };
  auto today = std::chrono::sys_days(TodayInVietnam());
  for (const DemoNonconformity& d : ncs) {
    improvement::Nonconformity nc;
    nc.title = d.title;
    nc.source = d.source;
    nc.severity = d.severity;
    nc.detected_on = FormatDate(today - std::chrono::days(d.detected_days_ago));
    nc.reported_by = users[d.reporter].id;
    nc.created_at = nc.updated_at = NowTimestamp();
    db::Id clause = ClauseId(app, "iso-21001", d.clause);
    app.db().Write([&](soci::session& s) {
      auto unit = org::store::FindUnitByCode(s, d.unit_code);
      nc.unit_id = unit->id;
      nc.due_date = improvement::DefaultDueDate(nc.detected_on, nc.severity, improvement::store::LoadDueDays(s));
      nc.clauses = improvement::store::FindClauses(s, {clause});
      improvement::store::InsertNonconformity(s, nc);
      audit::Append(app.db(), s, System(),
                    {"nonconformity", std::to_string(nc.id), "create", std::nullopt,
                     boost::json::serialize(improvement::ToJson(nc, FormatDate(TodayInVietnam()))), unit->path});
      if (!d.correction) return;
      improvement::Nonconformity contained = nc;
      contained.status = improvement::NcStatus::kContained;
      contained.correction = d.correction;
      improvement::store::UpdateNonconformity(s, contained, nc.version);
      improvement::NcStepRecord step;
      step.action = "contain";
      step.from = nc.status;
      step.to = contained.status;
      step.details = boost::json::serialize(boost::json::object{{"correction", d.correction}});
      step.at = contained.updated_at;
      improvement::store::InsertStep(s, nc.id, step);
    });
  }
}

// Two opportunities in the improvement register, one of them accepted.
void SeedImprovements(Application& app, const std::vector<org::User>& users) {
  struct DemoImprovement {
    const char* unit_code;
    const char* title;
    const char* source;
    const char* benefit;
    size_t owner;
    improvement::ImprovementStatus status;
  };
  const DemoImprovement improvements[] = {
      {"THPT-TOHIEU", "Số hóa sổ điểm để phụ huynh theo dõi trực tuyến", "suggestion",
       "Phụ huynh nắm kết quả học tập kịp thời", 7, improvement::ImprovementStatus::kProposed},
      {"THPT-CHUYEN", "Chia sẻ ngân hàng đề kiểm tra giữa các tổ chuyên môn", "internal_audit",
       "Đề kiểm tra đồng đều, giảm thời gian soạn đề", 4, improvement::ImprovementStatus::kAccepted},
  };
  for (const DemoImprovement& d : improvements) {
    improvement::Improvement i;
    i.title = d.title;
    i.source = d.source;
    i.expected_benefit = d.benefit;
    i.owner_id = i.proposed_by = users[d.owner].id;
    i.status = d.status;
    i.created_at = i.updated_at = NowTimestamp();
    app.db().Write([&](soci::session& s) {
      auto unit = org::store::FindUnitByCode(s, d.unit_code);
      i.unit_id = unit->id;
      improvement::store::InsertImprovement(s, i);
      audit::Append(app.db(), s, System(),
                    {"improvement", std::to_string(i.id), "create", std::nullopt,
                     boost::json::serialize(improvement::ToJson(i)), unit->path});
    });
  }
}

// This year's audit programme of the department with one planned audit of THPT Chuyên Sơn La, its principal the
// auditee, whose integrated checklist shares a line between ISO 21001 9.2 and ISO 9001 9.2.
void SeedAudits(Application& app, const std::vector<org::User>& users) {
  std::vector<db::Id> clauses = {ClauseId(app, "iso-21001", "9.2"), ClauseId(app, "iso-9001", "9.2"),
                                 ClauseId(app, "iso-21001", "8.5.1")};
  auto groups = audits::ChecklistGroups(
      clauses, standards::EqualClausesOf(standards::ListCorrespondences(app.db(), std::nullopt, std::nullopt)));
  std::string start = FormatDate(std::chrono::sys_days(TodayInVietnam()) + std::chrono::days(14));
  app.db().Write([&](soci::session& s) {
    auto root = org::store::FindRoot(s);
    audits::Programme programme;
    programme.unit_id = root->id;
    programme.year = std::stoi(start.substr(0, 4));
    programme.title = "Chương trình đánh giá nội bộ năm " + start.substr(0, 4);
    programme.objectives = "Đánh giá hệ thống quản lý tích hợp ISO 21001 và ISO 9001 tại các trường trực thuộc";
    programme.created_by = users[1].id;
    programme.created_at = programme.updated_at = NowTimestamp();
    audits::store::InsertProgramme(s, programme);
    audit::Append(app.db(), s, System(),
                  {"audit_programme", std::to_string(programme.id), "create", std::nullopt,
                   boost::json::serialize(audits::ToJson(programme)), root->path});
    auto school = org::store::FindUnitByCode(s, "THPT-CHUYEN");
    audits::Audit audit;
    audit.programme_id = programme.id;
    audit.unit_id = school->id;
    audit.title = "Đánh giá nội bộ tuyển sinh và đánh giá nội bộ của trường";
    audit.lead_auditor_id = users[3].id;
    audit.auditee_ids = {users[4].id};  // the school's principal answers for it
    audit.planned_start = audit.planned_end = start;
    audit.agenda = "8:00 họp khai mạc; 8:30 phỏng vấn Ban giám hiệu; 10:00 kiểm tra hồ sơ; 11:00 họp kết thúc";
    audit.created_at = audit.updated_at = NowTimestamp();
    audits::store::InsertAudit(s, audit, clauses);
    for (size_t i = 0; i < groups.size(); ++i) {
      audits::ChecklistLine line;
      line.audit_id = audit.id;
      line.position = int(i) + 1;
      line.updated_at = audit.created_at;
      audits::store::InsertLine(s, line, groups[i]);
    }
    audit::Append(app.db(), s, System(),
                  {"audit", std::to_string(audit.id), "create", std::nullopt,
                   boost::json::serialize(audits::ToJson(audit, nullptr)), school->path});
  });
}

}  // namespace

const std::vector<DemoUser>& DemoUsers() {
  static const std::vector<DemoUser> users = {
      {"giamdoc@demo.eduims.vn", "Nguyễn Huy Hoàng", "SO-GDDT", "top_management"},
      // The ISO representative and the internal auditor work across the whole department and its schools.
      {"iso@demo.eduims.vn", "Lò Thị Đào", "SO-KTKD", "quality_manager", "SO-GDDT"},
      {"truongphong.gdtrh@demo.eduims.vn", "Cầm Văn Đức", "SO-GDTrH", "process_owner"},
      {"danhgianoibo@demo.eduims.vn", "Trần Thị Ánh", "SO-VP", "internal_auditor", "SO-GDDT"},
      {"hieutruong.chuyen@demo.eduims.vn", "Lường Văn Thắng", "THPT-CHUYEN", "process_owner"},
      {"giaovien.toan@demo.eduims.vn", "Quàng Thị Mai", "THPT-CHUYEN-TOAN", "staff"},
      {"hieutruong.tohieu@demo.eduims.vn", "Đinh Công Sơn", "THPT-TOHIEU", "quality_manager"},
      {"nhanvien.tohieu@demo.eduims.vn", "Hà Thị Lan", "THPT-TOHIEU", "staff"},
      {"chuyengia@demo.eduims.vn", "Phạm Minh Tuấn", "SO-GDDT", "external_auditor"},
      {"quantri.chiengsinh@demo.eduims.vn", "Vì Văn Hùng", "THCS-CHIENGSINH", "administrator"},
  };
  return users;
}

void Initialise(Application& app, const InitOptions& options) {
  bool exists = false;
  app.db().Read([&](soci::session& s) { exists = org::store::FindRoot(s).has_value(); });
  if (exists) throw std::runtime_error("the database already holds an organisation; init runs once");
  org::UnitInput root;
  root.code = options.organisation_code;
  root.name = options.organisation_name;
  root.type = "department_of_education";
  org::Unit unit = app.org().CreateUnit(nullptr, root, System());
  org::UserInput admin;
  admin.unit_id = unit.id;
  admin.email = options.admin_email;
  admin.full_name = options.admin_name;
  admin.password = options.admin_password;
  org::User user = app.org().CreateUser(nullptr, admin, System());
  app.org().AddGrant(nullptr, user.id, "administrator", unit.id, std::nullopt, System());
}

void SeedDemo(Application& app) {
  GiveTheRootItsRegion(app);
  for (const DemoUnit& u : kUnits) {
    org::UnitInput in;
    in.code = u.code;
    in.name = u.name;
    in.type = u.type;
    in.region = u.region;
    in.address = u.address;
    std::optional<org::Unit> parent;
    app.db().Read([&](soci::session& s) {
      parent = std::string(u.parent) == "SO-GDDT" ? org::store::FindRoot(s) : org::store::FindUnitByCode(s, u.parent);
    });
    in.parent_id = parent->id;
    app.org().CreateUnit(nullptr, in, System());
  }
  auto today = std::chrono::sys_days(TodayInVietnam());
  std::string end_of_engagement = FormatDate(today + std::chrono::days(180));
  std::vector<org::User> created;
  for (const DemoUser& d : DemoUsers()) {
    std::optional<org::Unit> unit;
    app.db().Read([&](soci::session& s) {
      unit = d.unit_code == "SO-GDDT" ? org::store::FindRoot(s) : org::store::FindUnitByCode(s, d.unit_code);
    });
    org::UserInput in;
    in.unit_id = unit->id;
    in.email = d.email;
    in.full_name = d.full_name;
    in.password = kDemoPassword;
    org::User user = app.org().CreateUser(nullptr, in, System());
    std::optional<std::string> until;
    if (d.role == "external_auditor") until = end_of_engagement;
    db::Id grant_unit = unit->id;
    if (!d.grant_unit_code.empty())
      app.db().Read([&](soci::session& s) {
        auto u = d.grant_unit_code == "SO-GDDT" ? org::store::FindRoot(s) : org::store::FindUnitByCode(s, d.grant_unit_code);
        grant_unit = u->id;
      });
    app.org().AddGrant(nullptr, user.id, d.role, grant_unit, until, System());
    created.push_back(user);
  }
  // The director heads the department and the principals their schools: overdue nonconformities go to them.
  const std::pair<const char*, size_t> heads[] = {{"SO-GDDT", 0}, {"THPT-CHUYEN", 4}, {"THPT-TOHIEU", 6}};
  for (const auto& [code, head] : heads) {
    app.db().Write([&](soci::session& s) {
      auto unit = std::string(code) == "SO-GDDT" ? org::store::FindRoot(s) : org::store::FindUnitByCode(s, code);
      org::Unit after = *unit;
      after.head_user_id = created[head].id;
      after.updated_at = NowTimestamp();
      org::store::UpdateUnit(s, after, unit->version);
      after.version = unit->version + 1;
      audit::Append(app.db(), s, System(),
                    {"unit", std::to_string(unit->id), "update", boost::json::serialize(org::ToJson(*unit)),
                     boost::json::serialize(org::ToJson(after)), unit->path});
    });
  }
  // A few actions so the home page has open and overdue work to show.
  struct DemoAction {
    const char* title;
    size_t owner;
    int due_in_days;
  };
  const DemoAction actions[] = {
      {"Rà soát chính sách chất lượng theo ISO 21001:2018", 1, 30},
      {"Cập nhật quy trình tuyển sinh lớp 10 (QT-07)", 2, -5},
      {"Tổng hợp kết quả khảo sát sự hài lòng của phụ huynh học kỳ I", 4, 14},
      {"Kiểm tra hồ sơ năng lực giáo viên tổ Toán - Tin", 5, -2},
      {"Chuẩn bị hồ sơ đánh giá giám sát lần 1", 1, 60},
  };
  for (const DemoAction& a : actions) {
    const org::User& owner = created[a.owner];
    actions::Action action;
    action.title = a.title;
    action.owner_id = owner.id;
    action.unit_id = owner.unit_id;
    action.due_date = FormatDate(today + std::chrono::days(a.due_in_days));
    action.created_at = action.updated_at = NowTimestamp();
    app.db().Write([&](soci::session& s) {
      actions::store::Insert(s, action);
      auto unit = org::store::FindUnit(s, owner.unit_id);
      audit::Append(app.db(), s, System(),
                    {"action", std::to_string(action.id), "create", std::nullopt,
                     actions::JsonText(action, FormatDate(TodayInVietnam())), unit->path});
    });
  }
  auto quality_manager = app.org().PrincipalOf(created[1].id);
  std::optional<org::Unit> root;
  app.db().Read([&](soci::session& s) { root = org::store::FindRoot(s); });
  // A process's owner manages processes where it runs (owning is no permission): the director and the quality
  // manager of the department, whose grants cover it.
  SeedProcesses(app, *quality_manager, root->id,
                {{"QT-DH", created[0].id}, {"QT-TS", created[0].id}, {"QT-DGNB", created[1].id}});
  SeedRecords(app, *quality_manager, root->id);
  SeedDocuments(app, {*quality_manager, *app.org().PrincipalOf(created[3].id), *app.org().PrincipalOf(created[0].id)},
                root->id);
  SeedNonconformities(app, created);
  SeedImprovements(app, created);
  SeedAudits(app, created);
  SeedCertification(app, *quality_manager, *app.org().PrincipalOf(created[0].id), root->id);
  SeedRisks(app, created);
  SeedPlanningIndicators(app, *quality_manager);
  SeedFramework(app, *quality_manager);
  SeedPlanningContext(app, *quality_manager, *app.org().PrincipalOf(created[0].id));
  SeedComplaints(app, created);
  SeedReviews(app, *quality_manager, *app.org().PrincipalOf(created[0].id));
  SeedSurveys(app, *quality_manager);
  SeedDirectives(app, *quality_manager, *app.org().PrincipalOf(created[6].id), *app.org().PrincipalOf(created[9].id),
                 *app.org().PrincipalOf(created[4].id));
  SeedPeople(app, created);
  SeedTrainingEvaluation(app, created);
}

}  // namespace eduims::demo
