#include "demo/certification.h"

#include "certification/due_dates.h"
#include "demo/editions.h"
#include "platform/clock.h"
#include "standards/catalogue.h"

namespace eduims::demo {

void SeedCertification(Application& app, const auth::Principal& quality_manager, const auth::Principal& director,
                       db::Id unit_id) {
  auto actor = audit::Actor::System("init");
  auto today = TodayInVietnam();
  // The first surveillance held twelve months before the day 60 days from today, a month before its anniversary: the
  // second, due within 12 months of the first (and in the calendar year after it), falls due in 60 days.
  auto first_surveillance = AddMonths(AddDays(today, 60), -12);
  auto issued = AddMonths(first_surveillance, -11);
  auto day = [&](long offset) { return FormatDate(AddDays(issued, offset)); };
  auto& projects = app.certification_projects();
  auto& audits = app.certification_audits();

  certification::ProjectInput in;
  in.unit_id = unit_id;
  in.title = "Chứng nhận hệ thống quản lý tích hợp ISO 21001 và ISO 9001";
  in.body = {"Trung tâm Chứng nhận Mẫu (dữ liệu demo)", "BoA", "VICAS-DEMO-01"};
  for (const auto& standard : standards::ListStandards(app.db()))
    if (IsDemoEdition(standard)) in.standard_ids.push_back(standard.id);
  in.site_ids = {unit_id};
  auto project = projects.Create(quality_manager, in, actor);

  auto record = [&](const std::string& title, long offset) {
    records::RecordInput r;
    r.unit_id = unit_id;
    r.title = title;
    r.category = "other";
    r.recorded_on = day(offset);
    return app.records().Create(quality_manager, r, actor).id;
  };
  auto link = [&](certification::ProjectStep step, const std::string& title, long offset) {
    certification::StepPatch patch;
    patch.version = project.version;
    patch.record_ids = std::vector<db::Id>{record(title, offset)};
    patch.responsible_id = std::optional<db::Id>(quality_manager.user_id);
    project = projects.UpdateStep(quality_manager, project.id, step, patch, actor);
  };
  auto move = [&](const auth::Principal& who, const std::string& action, long offset) {
    certification::TransitionInput t;
    t.version = project.version;
    t.action = action;
    t.completed_on = day(offset);
    project = projects.Transition(who, project.id, t, actor);
  };
  auto audit = [&](const std::string& type, long start, long end, double days) {
    certification::AuditInput a;
    a.type = type;
    a.start_date = day(start);
    a.end_date = day(end);
    a.audit_days = days;
    a.team = {{"Nguyễn Minh Quân", "lead"}, {"Phạm Thu Hà", "member"}};
    auto planned = audits.Create(quality_manager, project.id, a, actor);
    certification::AuditStepInput done;
    done.version = planned.version;
    done.action = "complete";
    return audits.Transition(quality_manager, project.id, planned.id, done, actor);
  };

  using certification::ProjectStep;
  link(ProjectStep::kRegistration, "Hồ sơ đăng ký chứng nhận hệ thống quản lý tích hợp", -75);
  move(quality_manager, "complete_registration", -70);
  link(ProjectStep::kContract, "Hợp đồng dịch vụ chứng nhận", -62);
  move(director, "sign_contract", -60);
  audit("stage1", -45, -45, 1);
  auto stage2 = audit("stage2", -25, -23, 3);
  certification::FindingInput observation;
  observation.grade = "observation";
  observation.title = "Kết quả khảo sát sự hài lòng của phụ huynh chưa được phân tích theo từng trường";
  audits.AddFinding(quality_manager, project.id, stage2.id, observation, actor);
  move(quality_manager, "complete_assessment", -20);
  link(ProjectStep::kDocumentation, "Báo cáo khắc phục sau đánh giá chứng nhận", -12);
  move(quality_manager, "complete_documentation", -10);

  certification::IssueInput certificate;
  certificate.project_id = project.id;
  certificate.number = "DEMO-IMS-0001";
  certificate.scope_vi =
      "Quản lý nhà nước về giáo dục và đào tạo; tổ chức tuyển sinh, kiểm định chất lượng và "
      "các dịch vụ hỗ trợ giáo dục trên địa bàn tỉnh";
  certificate.scope_en =
      "State management of education and training; admissions, quality accreditation and "
      "educational support services in the province";
  certificate.issue_date = day(0);
  app.certificates().Issue(quality_manager, certificate, actor);
  move(director, "accept_decision", 0);

  long held = DaysBetween(issued, first_surveillance);
  audit("surveillance", held - 1, held, 1.5);
}

}  // namespace eduims::demo
