// Certification over HTTP on both engines: a project through the seven steps with a stage 2 major nonconformity
// that blocks the certificate until closed; the six-month rule sending a project back to stage 2; surveillance
// windows, justifications and the due list; certificate changes with their history; the public register (lookup,
// verification page, statistics) and its rate limit shared by every server; the transition audit a newer edition
// brings; and bad input that changes nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

#include "certification/due_dates.h"
#include "certification/store.h"
#include "demo/demo.h"
#include "platform/clock.h"
#include "platform/embedded.h"
#include "standards/catalogue.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kQuality = "iso@demo.eduims.vn";                      // quality manager of the whole department
const char* kTop = "giamdoc@demo.eduims.vn";                      // top management of the whole department
const char* kSchoolManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kSchoolStaff = "nhanvien.tohieu@demo.eduims.vn";      // staff of THPT Tô Hiệu
const char* kAuditor = "danhgianoibo@demo.eduims.vn";             // internal auditor of the whole department
const char* kExternal = "chuyengia@demo.eduims.vn";               // external auditor, read-only
const char* kOtherSchool = "giaovien.toan@demo.eduims.vn";        // staff of THPT Chuyên Sơn La

std::string Id(const json::value& v) { return std::to_string(v.at("id").as_int64()); }

// "YYYY-MM-DD" `months` after `date`, clamped to the month's end as the due-date engine does.
std::string PlusMonths(const std::string& date, int months) {
  return FormatDate(AddMonths(*ParseDate(date), months));
}
std::string PlusDays(const std::string& date, int days) {
  return FormatDate(AddDays(*ParseDate(date), days));
}

class CertificationApi {
 public:
  explicit CertificationApi(TestServer& server) : server_(server) {}

  db::Id Standard(const std::string& code, const std::string& edition) {
    for (const auto& s : standards::ListStandards(server_.app().db()))
      if (s.code == code && s.edition == edition) return s.id;
    ADD_FAILURE() << "no standard " << code << ":" << edition;
    return 0;
  }

  // A project for ISO 21001:2018 and ISO 9001:2015 together unless `standard_ids` says otherwise.
  json::value NewProject(Client& c, const std::string& unit_code, std::vector<std::string> site_codes = {},
                         json::array standard_ids = {}) {
    json::array sites;
    for (const auto& code : site_codes) sites.push_back(server_.UnitId(code));
    if (standard_ids.empty()) standard_ids = {Standard("iso-21001", "2018"), Standard("iso-9001", "2015")};
    auto r = c.Post("/api/v1/certifications",
                    {{"unit_id", server_.UnitId(unit_code)},
                     {"title", "Chứng nhận hệ thống quản lý tích hợp"},
                     {"body_name", "Trung tâm Chứng nhận Phù hợp QUACERT"},
                     {"accreditation_body", "BoA"},
                     {"accreditation_number", "VICAS 001"},
                     {"standard_ids", standard_ids},
                     {"site_ids", sites}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  }

  static std::string Url(const json::value& project) { return "/api/v1/certifications/" + Id(project); }

  // Takes a transition; on success `project` becomes the new state, otherwise "code@field" is returned.
  std::string Move(Client& c, json::value& project, const std::string& action, json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = project.at("version");
    auto r = c.Post(Url(project) + "/transitions", extra);
    if (r.status != 200) return r.code() + "@" + r.field();
    project = r.json;
    return "ok";
  }

  // Updates a step; on success `project` becomes the new state.
  std::string PatchStep(Client& c, json::value& project, const std::string& step, json::object body) {
    body["version"] = project.at("version");
    auto r = c.Patch(Url(project) + "/steps/" + step, body);
    if (r.status != 200) return r.code() + "@" + r.field();
    project = r.json;
    return "ok";
  }

  db::Id Record(Client& c, const json::value& project, const std::string& title) {
    auto r = c.Post("/api/v1/records", {{"unit_id", project.at("unit_id")},
                                        {"title", title},
                                        {"category", "other"},
                                        {"recorded_on", DaysFromToday(0)}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json.at("id").as_int64();
  }

  void LinkRecord(Client& c, json::value& project, const std::string& step) {
    EXPECT_EQ(PatchStep(c, project, step, {{"record_ids", {Record(c, project, "Hồ sơ bước " + step)}}}), "ok");
  }

  json::object AuditBody(const std::string& type, int start, int end, json::object extra = {}) {
    json::object body{{"type", type},
                      {"start_date", DaysFromToday(start)},
                      {"end_date", DaysFromToday(end)},
                      {"audit_days", 2.5},
                      {"team", json::array{{{"name", "Nguyễn Văn An"}, {"role", "lead"}},
                                           {{"name", "Trần Thị Bình"}, {"role", "member"}}}}};
    for (auto& [k, v] : extra) body[k] = v;
    return body;
  }

  json::value Audit(Client& c, const json::value& project, json::object body) {
    auto r = c.Post(Url(project) + "/audits", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  }

  std::string Complete(Client& c, const json::value& project, const json::value& audit) {
    auto r = c.Post(Url(project) + "/audits/" + Id(audit) + "/transitions",
                    {{"version", audit.at("version")}, {"action", "complete"}});
    return r.status == 200 ? "ok" : r.code() + "@" + r.field();
  }

  json::value Finding(Client& c, const json::value& project, const json::value& audit, const std::string& grade) {
    auto r = c.Post(Url(project) + "/audits/" + Id(audit) + "/findings",
                    {{"grade", grade},
                     {"title", "Hồ sơ tuyển sinh thiếu minh chứng ưu tiên (" + grade + ")"},
                     {"description", "Kiểm tra 20 hồ sơ, 4 hồ sơ thiếu minh chứng"},
                     {"clause_ids", {server_.ClauseId("iso-21001", "8.5.1")}}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  }

  json::value Reload(Client& c, const json::value& project) {
    auto r = c.Get(Url(project));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }

  // A project taken through stage 1 and 2 to its certificate-issue step, for a decision `days_ago`.
  void ReadyForCertificate(Client& qm, Client& top, json::value& project, int days_ago) {
    LinkRecord(qm, project, "registration");
    EXPECT_EQ(Move(qm, project, "complete_registration", {{"completed_on", DaysFromToday(-days_ago - 40)}}), "ok");
    LinkRecord(qm, project, "contract");
    EXPECT_EQ(Move(top, project, "sign_contract", {{"completed_on", DaysFromToday(-days_ago - 35)}}), "ok");
    auto stage1 = Audit(qm, project, AuditBody("stage1", -days_ago - 30, -days_ago - 29));
    EXPECT_EQ(Complete(qm, project, stage1), "ok");
    auto stage2 = Audit(qm, project, AuditBody("stage2", -days_ago - 20, -days_ago - 18));
    EXPECT_EQ(Complete(qm, project, stage2), "ok");
    project = Reload(qm, project);
    EXPECT_EQ(Move(qm, project, "complete_assessment", {{"completed_on", DaysFromToday(-days_ago - 15)}}), "ok");
    LinkRecord(qm, project, "documentation");
    EXPECT_EQ(Move(qm, project, "complete_documentation", {{"completed_on", DaysFromToday(-days_ago - 10)}}), "ok");
  }

  static json::object IssueBody(const json::value& project, const std::string& number, int days_ago) {
    return {{"project_id", project.at("id")},
            {"number", number},
            {"scope_vi", "Giáo dục trung học phổ thông"},
            {"scope_en", "Upper secondary education"},
            {"issue_date", DaysFromToday(-days_ago)}};
  }

  // Withdraws the certificate, which then holds none of its standards for its unit.
  void Withdraw(Client& qm, const json::value& certificate) {
    std::string url = "/api/v1/certificates/" + Id(certificate);
    auto r = qm.Post(url + "/changes", {{"version", qm.Get(url).json.at("version")},
                                        {"kind", "withdraw"},
                                        {"reason", "Tổ chức đề nghị thôi chứng nhận"}});
    EXPECT_EQ(r.status, 200) << r.body;
  }

  // A project issued a certificate `days_ago`, then moved on to surveillance. Returns the certificate.
  json::value Certified(Client& qm, Client& top, json::value& project, const std::string& number, int days_ago) {
    ReadyForCertificate(qm, top, project, days_ago);
    auto issued = qm.Post("/api/v1/certificates", IssueBody(project, number, days_ago));
    EXPECT_EQ(issued.status, 201) << issued.body;
    EXPECT_EQ(Move(top, project, "accept_decision", {{"completed_on", DaysFromToday(-days_ago)}}), "ok");
    return issued.json;
  }

  std::string Number(const std::string& what) {
    static int n = 0;
    return "VN-" + what + "-" + std::to_string(++n) + "-" + EngineName(server_.app().db().engine());
  }

 private:
  TestServer& server_;
};

class Certification : public DemoApiTest {
 protected:
  CertificationApi api() { return CertificationApi(server()); }

  // Takes the nonconformity `id` through its workflow up to `last_action` ("plan" or "close").
  void Resolve(db::Id id, const std::string& last_action) {
    Client manager = As(kSchoolManager), staff = As(kSchoolStaff), auditor = As(kAuditor);
    std::string url = "/api/v1/nonconformities/" + std::to_string(id);
    auto step = [&](Client& c, json::object body) {
      body["version"] = c.Get(url).json.at("version");
      auto r = c.Post(url + "/transitions", body);
      ASSERT_EQ(r.status, 200) << r.body;
    };
    step(manager, {{"action", "contain"}, {"correction", "Bổ sung minh chứng còn thiếu"}});
    step(manager, {{"action", "analyse"},
                   {"root_cause_method", "five_whys"},
                   {"root_cause", "Quy trình không quy định lưu minh chứng"},
                   {"whys", {"Thiếu minh chứng", "Quy trình không quy định"}}});
    auto action = manager.Post(
        url + "/actions",
        {{"title", "Sửa quy trình tuyển sinh"}, {"owner_id", User(kSchoolStaff)}, {"due_date", DaysFromToday(10)}});
    ASSERT_EQ(action.status, 201) << action.body;
    step(manager, {{"action", "plan"},
                   {"effectiveness_criterion", "Không còn hồ sơ thiếu minh chứng"},
                   {"verification_due", DaysFromToday(30)},
                   {"verifier_id", User(kAuditor)}});
    if (last_action == "plan") return;
    std::string action_url = "/api/v1/actions/" + Id(action.json);
    ASSERT_EQ(
        staff.Post(action_url + "/transitions", {{"version", staff.Get(action_url).json.at("version")}, {"to", "done"}})
            .status,
        200);
    step(manager, {{"action", "implement"}});
    step(auditor, {{"action", "verify_effective"}, {"comment", "Đã kiểm tra lại, đủ minh chứng"}});
    step(manager, {{"action", "close"}});
  }
};

TEST_P(Certification, TheSevenStepsWithAStage2MajorThatBlocksTheCertificateUntilClosed) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop);
  json::value p = a.NewProject(qm, "THPT-TOHIEU");
  EXPECT_EQ(p.at("step").as_string(), "registration");
  EXPECT_TRUE(p.at("integrated").as_bool());
  ASSERT_EQ(p.at("steps").as_array().size(), 7u);
  EXPECT_EQ(p.at("steps").as_array()[0].at("state").as_string(), "current");
  EXPECT_EQ(p.at("site_ids").as_array()[0].as_int64(), server().UnitId("THPT-TOHIEU"));

  // Out of order, without its records, by the wrong role: refused, nothing changes.
  EXPECT_EQ(a.Move(qm, p, "sign_contract"), "workflow.transition_not_allowed@action");
  EXPECT_EQ(a.Move(qm, p, "complete_registration"), "certification.records_missing@");
  EXPECT_EQ(a.Move(qm, p, "fly"), "validation.invalid_value@action");
  EXPECT_EQ(a.Reload(qm, p).at("version").as_int64(), 1);

  db::Id registration = a.Record(qm, p, "Đơn đăng ký chứng nhận");
  ASSERT_EQ(a.PatchStep(qm, p, "registration",
                        {{"record_ids", {registration}},
                         {"responsible_id", User(kSchoolManager)},
                         {"planned_on", DaysFromToday(-80)}}),
            "ok");
  EXPECT_EQ(a.PatchStep(qm, p, "contract", {{"planned_on", DaysFromToday(-90)}}),
            "validation.date_too_early@planned_on");
  EXPECT_EQ(a.PatchStep(qm, p, "contract", {{"responsible_id", User(kSchoolStaff)}}),
            "auth.named_without_permission@responsible_id");
  EXPECT_EQ(a.PatchStep(qm, p, "registration", {{"record_ids", {999999}}}),
            "validation.reference_not_found@record_ids");
  ASSERT_EQ(a.Move(qm, p, "complete_registration", {{"completed_on", DaysFromToday(-70)}}), "ok");
  EXPECT_EQ(p.at("step").as_string(), "contract");
  EXPECT_EQ(p.at("steps").as_array()[0].at("completed_on").as_string(), DaysFromToday(-70));
  // A completed step no longer changes.
  EXPECT_EQ(a.PatchStep(qm, p, "registration", {{"note", "Sửa"}}), "certification.step_completed@step");

  a.LinkRecord(qm, p, "contract");
  EXPECT_EQ(a.Move(qm, p, "sign_contract"), "workflow.not_permitted@action");
  EXPECT_EQ(a.Move(top, p, "sign_contract", {{"completed_on", DaysFromToday(-75)}}),
            "validation.date_too_early@completed_on");
  EXPECT_EQ(a.Move(top, p, "sign_contract", {{"completed_on", DaysFromToday(1)}}),
            "validation.date_too_late@completed_on");
  ASSERT_EQ(a.Move(top, p, "sign_contract", {{"completed_on", DaysFromToday(-65)}}), "ok");
  EXPECT_EQ(a.Move(qm, p, "complete_assessment"), "certification.stage_audits_missing@");

  // Stage 1 then stage 2, in that order, dates in order, one lead auditor.
  std::string url = CertificationApi::Url(p);
  EXPECT_EQ(qm.Post(url + "/audits", a.AuditBody("stage2", -50, -48)).code(), "certification.stage_audits_missing");
  EXPECT_EQ(qm.Post(url + "/audits", a.AuditBody("surveillance", -50, -48)).code(),
            "certification.certificate_missing");
  auto stage1 = a.Audit(qm, p, a.AuditBody("stage1", -60, -59));
  EXPECT_EQ(qm.Post(url + "/audits", a.AuditBody("stage2", -60, -58)).field(), "start_date");
  EXPECT_EQ(qm.Post(url + "/audits", a.AuditBody("stage2", -48, -50)).code(), "validation.date_too_early");
  EXPECT_EQ(qm.Post(url + "/audits",
                    a.AuditBody("stage2", -50, -48, {{"team", json::array{{{"name", "A"}, {"role", "member"}}}}}))
                .field(),
            "team");
  EXPECT_EQ(qm.Post(url + "/audits", a.AuditBody("stage3", -50, -48)).field(), "type");
  auto stage2 = a.Audit(qm, p, a.AuditBody("stage2", -50, -48));
  EXPECT_DOUBLE_EQ(stage2.at("audit_days").as_double(), 2.5);
  EXPECT_EQ(stage2.at("team").as_array()[0].at("role").as_string(), "lead");
  ASSERT_EQ(a.Complete(qm, p, stage1), "ok");
  ASSERT_EQ(a.Complete(qm, p, stage2), "ok");

  // Findings raise nonconformities with source "external audit" in the same step.
  json::value major = a.Finding(qm, p, stage2, "major");
  json::value minor = a.Finding(qm, p, stage2, "minor");
  json::value observation = a.Finding(qm, p, stage2, "observation");
  EXPECT_TRUE(observation.at("nonconformity_id").is_null());
  auto nc = qm.Get("/api/v1/nonconformities/" + std::to_string(major.at("nonconformity_id").as_int64()));
  ASSERT_EQ(nc.status, 200);
  EXPECT_EQ(nc.json.at("source").as_string(), "external_audit");
  EXPECT_EQ(nc.json.at("severity").as_string(), "major");
  EXPECT_EQ(nc.json.at("unit_id").as_int64(), server().UnitId("THPT-TOHIEU"));
  EXPECT_EQ(nc.json.at("detected_on").as_string(), DaysFromToday(-48));
  auto detail = qm.Get(url + "/audits/" + Id(stage2));
  ASSERT_EQ(detail.status, 200) << detail.body;
  ASSERT_EQ(detail.json.at("findings").as_array().size(), 3u);
  EXPECT_EQ(detail.json.at("findings").as_array()[0].at("nonconformity").at("status").as_string(), "reported");
  // A completed audit is not cancelled.
  EXPECT_EQ(qm.Post(url + "/audits/" + Id(stage2) + "/transitions",
                    {{"version", 2}, {"action", "cancel"}, {"comment", "Nhầm"}})
                .code(),
            "workflow.transition_not_allowed");

  ASSERT_EQ(a.Move(qm, p, "complete_assessment"), "ok");
  a.LinkRecord(qm, p, "documentation");
  ASSERT_EQ(a.Move(qm, p, "complete_documentation"), "ok");
  EXPECT_EQ(p.at("step").as_string(), "certificate_issue");

  // The page says what stops step 5, in the reader's language, and who may do what.
  auto page = a.Reload(qm, p);
  std::vector<std::string> blockers;
  for (const auto& b : page.at("blockers").as_array()) blockers.push_back(std::string(b.at("code").as_string()));
  EXPECT_EQ(blockers,
            (std::vector<std::string>{"certification.certificate_missing", "certification.major_nonconformity_open"}));
  EXPECT_EQ(page.at("actions").as_array(), (json::array{"repeat_stage2"}));
  EXPECT_EQ(a.Reload(top, p).at("actions").as_array(), (json::array{"accept_decision", "repeat_stage2"}));
  EXPECT_EQ(a.Move(top, p, "accept_decision"), "certification.certificate_missing@");

  json::object certificate{{"project_id", p.at("id")},
                           {"number", a.Number("21001-9001")},
                           {"scope_vi", "Giáo dục trung học phổ thông"},
                           {"scope_en", "Upper secondary education"},
                           {"issue_date", DaysFromToday(-30)}};
  EXPECT_EQ(qm.Post("/api/v1/certificates", certificate).code(), "certification.major_nonconformity_open");
  Resolve(major.at("nonconformity_id").as_int64(), "close");
  EXPECT_EQ(qm.Post("/api/v1/certificates", certificate).code(), "certification.minor_without_plan");
  Resolve(minor.at("nonconformity_id").as_int64(), "plan");

  json::object bad = certificate;
  bad["issue_date"] = DaysFromToday(-49);
  EXPECT_EQ(qm.Post("/api/v1/certificates", bad).field(), "issue_date");
  bad = certificate;
  bad["number"] = "VN/1";
  EXPECT_EQ(qm.Post("/api/v1/certificates", bad).field(), "number");
  bad = certificate;
  bad["site_ids"] = {server().UnitId("THPT-CHUYEN")};
  EXPECT_EQ(qm.Post("/api/v1/certificates", bad).field(), "site_ids");
  auto issued = qm.Post("/api/v1/certificates", certificate);
  ASSERT_EQ(issued.status, 201) << issued.body;
  EXPECT_EQ(issued.json.at("status").as_string(), "active");
  EXPECT_EQ(issued.json.at("expiry_date").as_string(), PlusDays(PlusMonths(DaysFromToday(-30), 36), -1));
  EXPECT_EQ(issued.json.at("entity_name").as_string(), "Trường THPT Tô Hiệu");
  EXPECT_EQ(issued.json.at("organisation_type").as_string(), "upper_secondary");
  EXPECT_EQ(issued.json.at("standards").as_array().size(), 2u);
  EXPECT_EQ(qm.Post("/api/v1/certificates", certificate).code(), "certification.certificate_exists");

  ASSERT_EQ(a.Move(top, p, "accept_decision"), "ok");
  EXPECT_EQ(p.at("step").as_string(), "surveillance");
  page = a.Reload(qm, p);
  EXPECT_EQ(page.at("certificates").as_array().size(), 1u);
  EXPECT_EQ(page.at("history").as_array().size(), 5u);
  // Standards and sites now change through the certificate.
  EXPECT_EQ(qm.Patch(url, {{"version", p.at("version")}, {"site_ids", json::array{}}}).code(),
            "certification.certificate_issued");
  auto log = qm.Get("/api/v1/audit-log?entity=certification_project&entity_id=" + Id(p));
  ASSERT_EQ(log.status, 200);
  bool signed_logged = false;
  for (const auto& e : log.json.at("items").as_array())
    signed_logged = signed_logged || e.at("operation").as_string() == "transition:sign_contract";
  EXPECT_TRUE(signed_logged) << log.body;
}

TEST_P(Certification, AStage2MajorNotClosedWithinSixMonthsSendsTheProjectBackToStage2) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop), external = As(kExternal);
  json::value p = a.NewProject(qm, "THPT-CHUYEN");
  a.LinkRecord(qm, p, "registration");
  ASSERT_EQ(a.Move(qm, p, "complete_registration", {{"completed_on", DaysFromToday(-240)}}), "ok");
  a.LinkRecord(qm, p, "contract");
  ASSERT_EQ(a.Move(top, p, "sign_contract", {{"completed_on", DaysFromToday(-230)}}), "ok");
  auto stage1 = a.Audit(qm, p, a.AuditBody("stage1", -220, -219));
  auto stage2 = a.Audit(qm, p, a.AuditBody("stage2", -210, -208));
  ASSERT_EQ(a.Complete(qm, p, stage1), "ok");
  ASSERT_EQ(a.Complete(qm, p, stage2), "ok");
  a.Finding(qm, p, stage2, "major");
  ASSERT_EQ(a.Move(qm, p, "complete_assessment", {{"completed_on", DaysFromToday(-200)}}), "ok");
  EXPECT_EQ(p.at("step").as_string(), "documentation");

  // Reading the project applies the rule: 208 days after stage 2, its major is still open. Anyone who reads it
  // triggers it, the read-only external auditor included; the rule, not the reader, takes the step.
  auto read = a.Reload(external, p);
  EXPECT_EQ(read.at("step").as_string(), "assessment");
  EXPECT_EQ(read.at("stage2_repeat_after").as_string(), DaysFromToday(-208));
  EXPECT_TRUE(read.at("steps").as_array()[2].at("completed_on").is_null());
  const auto& last = read.at("history").as_array().back();
  EXPECT_EQ(last.at("action").as_string(), "repeat_stage2");
  EXPECT_TRUE(last.at("user_id").is_null());
  size_t history = read.at("history").as_array().size();
  // Once only.
  auto again = qm.Post(CertificationApi::Url(p) + "/evaluation", json::object{});
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_FALSE(again.json.at("stage2_repeat_applied").as_bool());
  EXPECT_EQ(again.json.at("history").as_array().size(), history);
  EXPECT_EQ(external.Post(CertificationApi::Url(p) + "/audits", a.AuditBody("stage2", -5, -4)).status, 403);

  // A new stage 2 must start after the old one ended, and only it completes the assessment.
  p = read;
  EXPECT_EQ(a.Move(qm, p, "complete_assessment"), "certification.stage_audits_missing@");
  auto early = qm.Post(CertificationApi::Url(p) + "/audits", a.AuditBody("stage2", -208, -207));
  EXPECT_EQ(early.code(), "validation.date_too_early");
  EXPECT_EQ(early.json.at("detail").as_string().find(DaysFromToday(-207)) != std::string::npos, true);
  auto repeat = a.Audit(qm, p, a.AuditBody("stage2", -20, -19));
  ASSERT_EQ(a.Complete(qm, p, repeat), "ok");
  p = a.Reload(qm, p);
  ASSERT_EQ(a.Move(qm, p, "complete_assessment"), "ok");
  EXPECT_EQ(a.Reload(qm, p).at("step").as_string(), "documentation");
}

TEST_P(Certification, SurveillanceWindowsJustificationsAndTheDueList) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop);
  json::value p = a.NewProject(qm, "THCS-CHIENGSINH");
  std::string number = a.Number("21001");
  json::value cert = a.Certified(qm, top, p, number, 400);
  std::string issue = DaysFromToday(-400);
  std::string anniversary = PlusMonths(issue, 12);
  std::string url = CertificationApi::Url(p);

  // Ten days after its window closed: refused without a justification, kept with one.
  json::object late = a.AuditBody("surveillance", 0, 0);
  late["start_date"] = PlusDays(anniversary, 9);
  late["end_date"] = PlusDays(anniversary, 10);
  auto refused = qm.Post(url + "/audits", late);
  // Ten days late into the next calendar year would also leave the year of the anniversary without an audit.
  bool next_year = std::string(late["end_date"].as_string()).substr(0, 4) != anniversary.substr(0, 4);
  EXPECT_EQ(refused.code(),
            next_year ? "certification.calendar_year_without_audit" : "certification.outside_window");
  EXPECT_EQ(refused.field(), "window_justification");
  late["window_justification"] = "Trường nghỉ học hai tuần do lũ quét";
  auto first = a.Audit(qm, p, late);
  ASSERT_EQ(a.Complete(qm, p, first), "ok");

  // The next one, planned inside the second window, is not over yet.
  json::object next = a.AuditBody("surveillance", 0, 0);
  next["start_date"] = PlusDays(PlusMonths(issue, 24), -11);
  next["end_date"] = PlusDays(PlusMonths(issue, 24), -10);
  auto second = a.Audit(qm, p, next);
  EXPECT_EQ(a.Complete(qm, p, second), "certification.audit_not_over@");
  EXPECT_EQ(qm.Post(url + "/audits/" + Id(second) + "/transitions", {{"version", 1}, {"action", "cancel"}}).field(),
            "comment");
  p = a.Reload(qm, p);
  EXPECT_EQ(a.Move(qm, p, "begin_recertification"), "certification.surveillances_missing@");

  auto detail = qm.Get("/api/v1/certificates/" + Id(cert));
  ASSERT_EQ(detail.status, 200) << detail.body;
  const auto& due = detail.json.at("due").as_array();
  ASSERT_EQ(due.size(), 5u);
  EXPECT_EQ(due[0].at("milestone").as_string(), "surveillance");
  EXPECT_EQ(due[0].at("standing").as_string(), "done_outside_window");
  EXPECT_EQ(due[0].at("justification").as_string(), "Trường nghỉ học hai tuần do lũ quét");
  EXPECT_EQ(due[1].at("standing").as_string(), "not_yet_open");
  EXPECT_EQ(due[4].at("milestone").as_string(), "expiry");
  EXPECT_EQ(due[4].at("latest").as_string(), cert.at("expiry_date").as_string());
  ASSERT_EQ(detail.json.at("history").as_array().size(), 1u);
  EXPECT_EQ(detail.json.at("history").as_array()[0].at("kind").as_string(), "issue");

  auto count_for = [&](int within) {
    auto r = qm.Get("/api/v1/certifications/due?within_days=" + std::to_string(within));
    EXPECT_EQ(r.status, 200) << r.body;
    int n = 0;
    for (const auto& item : r.json.at("items").as_array())
      if (item.at("number").as_string() == number) ++n;
    return n;
  };
  EXPECT_EQ(count_for(30), 0);
  EXPECT_EQ(count_for(1200), 4);  // the second surveillance, the recertification audit and decision, the expiry
  EXPECT_EQ(qm.Get("/api/v1/certifications/due?within_days=-1").code(), "request.bad_query");
  EXPECT_EQ(qm.Get("/api/v1/certifications/due?within_days=x").code(), "request.bad_query");
  // Outside the caller's subtree, nothing of it.
  Client other = As(kSchoolManager);
  auto theirs = other.Get("/api/v1/certifications/due?within_days=1200");
  for (const auto& item : theirs.json.at("items").as_array()) EXPECT_NE(item.at("number").as_string(), number);
}

// ISO/IEC 17021-1 9.6.2.2: the second surveillance planned in January two years after the first leaves the year in
// between without an audit: refused in the caller's language with nothing written, accepted with a justification.
TEST_P(Certification, ASurveillanceLeavingACalendarYearWithoutAnAuditIsRefusedUnlessJustified) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop);
  json::value p = a.NewProject(qm, "SO-GDTrH");
  a.Certified(qm, top, p, a.Number("calendar"), 400);
  std::string url = CertificationApi::Url(p);
  std::string held = PlusDays(PlusMonths(DaysFromToday(-400), 12), -30);  // inside the first window
  json::object first = a.AuditBody("surveillance", 0, 0);
  first["start_date"] = PlusDays(held, -1);
  first["end_date"] = held;
  ASSERT_EQ(a.Complete(qm, p, a.Audit(qm, p, first)), "ok");

  int empty_year = std::stoi(held.substr(0, 4)) + 1;
  json::object second = a.AuditBody("surveillance", 0, 0);
  second["start_date"] = std::to_string(empty_year + 1) + "-01-12";
  second["end_date"] = std::to_string(empty_year + 1) + "-01-13";
  std::string body = json::serialize(second);
  // Twelve months after the first, or the end of the year after it, whichever comes first.
  std::string latest = std::min(PlusMonths(held, 12), std::to_string(empty_year) + "-12-31");
  size_t audits = a.Reload(qm, p).at("audits").as_array().size();
  auto newest_entry = [&] { return qm.Get("/api/v1/audit-log?limit=1").json.at("items").as_array()[0].at("id"); };
  json::value logged = newest_entry();
  auto vi = qm.Request("POST", url + "/audits", body, "application/json", {{"Accept-Language", "vi"}});
  EXPECT_EQ(vi.status, 422) << vi.body;
  EXPECT_EQ(vi.code(), "certification.calendar_year_without_audit");
  EXPECT_EQ(vi.field(), "window_justification");
  std::string detail_vi(vi.json.at("detail").as_string());
  EXPECT_NE(detail_vi.find("năm " + std::to_string(empty_year) + " không có đánh giá giám sát"), std::string::npos)
      << detail_vi;
  EXPECT_NE(detail_vi.find(latest), std::string::npos) << detail_vi;
  auto en = qm.Request("POST", url + "/audits", body, "application/json", {{"Accept-Language", "en"}});
  EXPECT_EQ(en.code(), "certification.calendar_year_without_audit");
  std::string detail_en(en.json.at("detail").as_string());
  EXPECT_NE(detail_en.find("leave " + std::to_string(empty_year) + " without a surveillance"), std::string::npos)
      << detail_en;
  EXPECT_EQ(a.Reload(qm, p).at("audits").as_array().size(), audits);
  EXPECT_EQ(newest_entry(), logged);

  second["window_justification"] = "Đơn vị chứng nhận dời lịch do trường tổ chức thi tốt nghiệp";
  auto accepted = a.Audit(qm, p, second);
  EXPECT_EQ(accepted.at("window_justification").as_string(),
            "Đơn vị chứng nhận dời lịch do trường tổ chức thi tốt nghiệp");
  EXPECT_EQ(a.Reload(qm, p).at("audits").as_array().size(), audits + 1);
}

TEST_P(Certification, CertificateChangesKeepTheirHistoryAndThePublicRegisterShowsThem) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop), anonymous(server().port());
  json::value p = a.NewProject(qm, "THPT-CHUYEN");
  std::string number = a.Number("9001");
  json::value cert = a.Certified(qm, top, p, number, 100);
  std::string url = "/api/v1/certificates/" + Id(cert);
  auto change = [&](json::object body) {
    body["version"] = qm.Get(url).json.at("version");
    auto r = qm.Post(url + "/changes", body);
    return r.status == 200 ? std::string("ok") : r.code() + "@" + r.field();
  };
  db::Id school = server().UnitId("THPT-CHUYEN"), department = server().UnitId("THPT-CHUYEN-TOAN");

  EXPECT_EQ(change({{"kind", "extend_scope"}, {"reason", "Mở rộng"}, {"site_ids", {department}}}),
            "certification.not_an_extension@site_ids");
  EXPECT_EQ(change({{"kind", "extend_scope"}, {"reason", "Không đổi"}, {"site_ids", {school}}}),
            "certification.scope_unchanged@kind");
  EXPECT_EQ(change({{"kind", "extend_scope"}, {"site_ids", {school, department}}}), "validation.missing_field@reason");
  EXPECT_EQ(change({{"kind", "extend_scope"}, {"reason", "x"}, {"site_ids", {server().UnitId("THPT-TOHIEU")}}}),
            "validation.invalid_value@site_ids");
  ASSERT_EQ(change({{"kind", "extend_scope"},
                    {"reason", "Thêm tổ Toán - Tin sau đánh giá đặc biệt"},
                    {"site_ids", {school, department}},
                    {"scope_en", "Upper secondary education, mathematics and informatics"}}),
            "ok");
  EXPECT_EQ(change({{"kind", "reduce_scope"}, {"reason", "x"}, {"site_ids", {school, school}}}),
            "validation.invalid_value@site_ids");
  ASSERT_EQ(change({{"kind", "reduce_scope"}, {"reason", "Tổ Toán - Tin sáp nhập"}, {"site_ids", {school}}}), "ok");
  EXPECT_EQ(change({{"kind", "reduce_scope"}, {"reason", "x"}, {"site_ids", {school, department}}}),
            "certification.not_a_reduction@site_ids");
  EXPECT_EQ(qm.Post(url + "/changes", {{"version", 1}, {"kind", "suspend"}, {"reason", "x"}}).code(),
            "conflict.stale_version");
  EXPECT_EQ(change({{"kind", "renew"}, {"reason", "Tái chứng nhận"}, {"issue_date", DaysFromToday(0)}}),
            "certification.wrong_step@kind");
  EXPECT_EQ(change({{"kind", "amend"}, {"reason", "Sai loại"}, {"organisation_type", "castle"}}),
            "validation.invalid_value@organisation_type");
  EXPECT_EQ(change({{"kind", "suspend"}, {"reason", "Chưa đánh giá giám sát"}, {"effective_on", DaysFromToday(1)}}),
            "validation.date_too_late@effective_on");
  EXPECT_EQ(change({{"kind", "reinstate"}, {"reason", "x"}}), "workflow.transition_not_allowed@action");
  EXPECT_EQ(As(kExternal).Post(url + "/changes", {{"version", 3}, {"kind", "suspend"}, {"reason", "x"}}).status, 403);
  EXPECT_EQ(As(kExternal).Get(url).status, 200);
  EXPECT_EQ(As(kOtherSchool).Get("/api/v1/certificates/" + Id(cert)).status, 404);

  auto valid = [&] { return anonymous.Get("/api/v1/public/statistics").json.at("valid_certificates").as_int64(); };
  long long valid_before = valid();
  ASSERT_EQ(change({{"kind", "suspend"}, {"reason", "Từ chối đánh giá giám sát đúng hạn"}}), "ok");
  EXPECT_EQ(valid(), valid_before - 1);

  // The public register, without login: the register fields and nothing else, in the reader's language.
  auto pub = anonymous.Get("/api/v1/public/certificates/" + number);
  ASSERT_EQ(pub.status, 200) << pub.body;
  EXPECT_EQ(pub.json.at("status").as_string(), "suspended");
  EXPECT_EQ(pub.json.at("holder").at("name").as_string(), "Trường THPT Chuyên Sơn La");
  EXPECT_EQ(pub.json.at("sites").as_array().size(), 1u);
  EXPECT_FALSE(pub.json.as_object().contains("id"));
  EXPECT_FALSE(pub.json.as_object().contains("body_name"));
  // Who certified and who accredits them, as public registers show.
  EXPECT_EQ(pub.json.at("certification_body"), (json::object{{"name", "Trung tâm Chứng nhận Phù hợp QUACERT"},
                                                             {"accreditation_body", "BoA"},
                                                             {"accreditation_number", "VICAS 001"}}));
  auto vi = anonymous.Request("GET", "/verify/" + number, "", "", {{"Accept-Language", "vi"}});
  EXPECT_EQ(vi.status, 200);
  EXPECT_EQ(vi.headers["content-type"], "text/html; charset=utf-8");
  EXPECT_NE(vi.headers["content-security-policy"].find("default-src 'none'"), std::string::npos);
  EXPECT_NE(vi.body.find("Tạm đình chỉ"), std::string::npos);
  EXPECT_NE(vi.body.find("Giáo dục trung học phổ thông"), std::string::npos);
  EXPECT_NE(vi.body.find("<dt>Tổ chức chứng nhận</dt><dd>Trung tâm Chứng nhận Phù hợp QUACERT</dd>"),
            std::string::npos);
  EXPECT_NE(vi.body.find("<dt>Được công nhận bởi</dt><dd>BoA — VICAS 001</dd>"), std::string::npos);
  EXPECT_EQ(vi.body.find("<script"), std::string::npos);
  auto en = anonymous.Request("GET", "/verify/" + number, "", "", {{"Accept-Language", "en"}});
  EXPECT_NE(en.body.find("Suspended"), std::string::npos);
  EXPECT_NE(en.body.find("Upper secondary education, mathematics and informatics</dd>"), std::string::npos);
  EXPECT_NE(en.body.find("<dt>Certification body</dt><dd>Trung tâm Chứng nhận Phù hợp QUACERT</dd>"),
            std::string::npos);
  EXPECT_NE(en.body.find("<dt>Accredited by</dt><dd>BoA — VICAS 001</dd>"), std::string::npos);

  ASSERT_EQ(change({{"kind", "reinstate"}, {"reason", "Đã đánh giá giám sát bổ sung"}}), "ok");
  EXPECT_EQ(valid(), valid_before);
  ASSERT_EQ(change({{"kind", "amend"},
                    {"reason", "Đổi tên theo quyết định của UBND tỉnh"},
                    {"entity_name", "Trường THPT Chuyên Sơn La (mới)"}}),
            "ok");
  ASSERT_EQ(change({{"kind", "withdraw"}, {"reason", "Tổ chức đề nghị thôi chứng nhận"}}), "ok");
  EXPECT_EQ(anonymous.Get("/api/v1/public/certificates/" + number).json.at("status").as_string(), "withdrawn");
  EXPECT_EQ(change({{"kind", "reinstate"}, {"reason", "x"}}), "workflow.transition_not_allowed@action");

  auto detail = qm.Get(url);
  const auto& history = detail.json.at("history").as_array();
  std::vector<std::string> kinds;
  for (const auto& h : history) kinds.push_back(std::string(h.at("kind").as_string()));
  EXPECT_EQ(kinds, (std::vector<std::string>{"issue", "extend_scope", "reduce_scope", "suspend", "reinstate", "amend",
                                             "withdraw"}));
  EXPECT_EQ(history[1].at("reason").as_string(), "Thêm tổ Toán - Tin sau đánh giá đặc biệt");
  EXPECT_EQ(history[1].at("before").at("sites").as_array().size(), 1u);
  EXPECT_EQ(history[1].at("after").at("sites").as_array().size(), 2u);
  EXPECT_TRUE(detail.json.at("due").as_array().empty());

  // A number the register does not hold: 404 and nothing else.
  auto missing = anonymous.Get("/api/v1/public/certificates/VN-NONE-0");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.code(), "resource.not_found");
  auto missing_page = anonymous.Get("/verify/VN-NONE-0");
  EXPECT_EQ(missing_page.status, 404);
  EXPECT_EQ(missing_page.body.find("VN-NONE-0"), std::string::npos);
  EXPECT_EQ(anonymous.Get("/verify/..%2F..%2Fetc").status, 404);
}

TEST_P(Certification, ProjectsRefuseBadInputAndChangeNothing) {
  CertificationApi a = api();
  Client qm = As(kQuality), school = As(kSchoolManager);
  json::object body{{"unit_id", server().UnitId("THPT-TOHIEU")},
                    {"title", "Chứng nhận"},
                    {"body_name", "QUACERT"},
                    {"standard_ids", {a.Standard("iso-21001", "2018")}}};
  auto with = [&](const char* key, json::value value) {
    json::object b = body;
    b[key] = value;
    return b;
  };
  auto listed = [&] {
    return qm.Get("/api/v1/certifications?unit_id=" + std::to_string(server().UnitId("THPT-TOHIEU")))
        .json.at("items")
        .as_array()
        .size();
  };
  size_t before = listed();
  EXPECT_EQ(qm.Post("/api/v1/certifications", with("standard_ids", {999999})).code(), "validation.reference_not_found");
  EXPECT_EQ(qm.Post("/api/v1/certifications", with("standard_ids", json::array{})).code(), "validation.missing_field");
  EXPECT_EQ(qm.Post("/api/v1/certifications", with("site_ids", {server().UnitId("THPT-CHUYEN")})).field(), "site_ids");
  EXPECT_EQ(qm.Post("/api/v1/certifications", with("body_name", "")).field(), "body_name");
  EXPECT_EQ(qm.Post("/api/v1/certifications", with("colour", "red")).code(), "validation.unknown_field");
  EXPECT_EQ(school.Post("/api/v1/certifications", with("unit_id", server().UnitId("THPT-CHUYEN"))).code(),
            "validation.reference_not_found");
  EXPECT_EQ(As(kExternal).Post("/api/v1/certifications", body).status, 403);
  EXPECT_EQ(As(kSchoolStaff).Post("/api/v1/certifications", body).status, 403);
  EXPECT_EQ(listed(), before);

  json::value p = a.NewProject(qm, "THPT-TOHIEU");
  std::string url = CertificationApi::Url(p);
  EXPECT_EQ(qm.Patch(url, {{"version", 2}, {"title", "Đổi"}}).code(), "conflict.stale_version");
  EXPECT_EQ(qm.Patch(url + "/steps/stage9", {{"version", 1}}).status, 404);
  EXPECT_EQ(qm.Patch(url + "/steps/contract", {{"version", 1}, {"planned_on", "2026-02-30"}}).code(),
            "validation.invalid_date");
  EXPECT_EQ(As(kSchoolStaff).Get(url).status, 404);
  EXPECT_EQ(As(kOtherSchool).Get(url).status, 404);
  EXPECT_EQ(As(kExternal).Get(url).status, 200);
  EXPECT_EQ(As(kExternal).Patch(url, {{"version", 1}, {"title", "Đổi"}}).status, 403);
  auto patched = qm.Patch(url, {{"version", 1}, {"title", "Chứng nhận tích hợp ISO 21001 và ISO 9001"}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json.at("version").as_int64(), 2);
  EXPECT_EQ(qm.Get("/api/v1/certifications?step=nowhere").code(), "request.bad_query");
  EXPECT_EQ(qm.Get("/api/v1/certificates/999999").status, 404);
}

TEST_P(Certification, ACertificateNumberAlreadyInTheRegisterIsRefusedAndChangesNothing) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop);
  json::value p = a.NewProject(qm, "TH-QUYETTHANG");
  a.ReadyForCertificate(qm, top, p, 5);
  json::object certificate{{"project_id", p.at("id")},
                           {"number", "DEMO-IMS-0001"},  // the demo department's certificate
                           {"scope_vi", "Giáo dục trung học phổ thông"},
                           {"scope_en", "Upper secondary education"},
                           {"issue_date", DaysFromToday(-5)}};
  auto taken = qm.Post("/api/v1/certificates", certificate);
  EXPECT_EQ(taken.status, 409) << taken.body;
  EXPECT_EQ(taken.code(), "conflict.duplicate");
  EXPECT_EQ(taken.field(), "number");
  auto page = a.Reload(qm, p);
  EXPECT_TRUE(page.at("certificates").as_array().empty());
  EXPECT_EQ(page.at("step").as_string(), "certificate_issue");
  certificate["number"] = a.Number("21001");
  EXPECT_EQ(qm.Post("/api/v1/certificates", certificate).status, 201);
}

TEST_P(Certification, TwoCertificatesIssuedAtOnceWithOneNumberGetOne201AndOne409) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop);
  // Each round's certificate is withdrawn after it, so the next round's units hold no live certificate.
  for (int round = 0; round < 3; ++round) {
    json::value first = a.NewProject(qm, "MN-HOABAN"), second = a.NewProject(qm, "GDNN-GDTX-MAISON");
    a.ReadyForCertificate(qm, top, first, 5);
    a.ReadyForCertificate(qm, top, second, 5);
    std::string number = a.Number("RACE");
    auto body = [&](const json::value& p) {
      return json::object{{"project_id", p.at("id")},
                          {"number", number},
                          {"scope_vi", "Giáo dục trung học phổ thông"},
                          {"scope_en", "Upper secondary education"},
                          {"issue_date", DaysFromToday(-5)}};
    };
    Client one = As(kQuality), two = As(kQuality);
    HttpResult r1, r2;
    std::thread t1([&] { r1 = one.Post("/api/v1/certificates", body(first)); });
    std::thread t2([&] { r2 = two.Post("/api/v1/certificates", body(second)); });
    t1.join();
    t2.join();
    std::multiset<int> statuses{r1.status, r2.status};
    EXPECT_EQ(statuses, (std::multiset<int>{201, 409})) << r1.body << "\n" << r2.body;
    const HttpResult& refused = r1.status == 409 ? r1 : r2;
    EXPECT_EQ(refused.code(), "conflict.duplicate") << refused.body;
    a.Withdraw(qm, r1.status == 201 ? r1.json : r2.json);
  }
}

// The register's statistics as GET /api/v1/public/statistics answers them, read past its rate limit, which the
// suite's other public requests share.
json::object RegisterStatistics(TestServer& server) { return server.app().certificates().Statistics(); }

// The count `what` of the item of the statistics' `list` whose `key` is `value`; 0 when there is none.
long long Count(const json::object& stats, const char* list, const char* key, const std::string& value,
                const char* what) {
  for (const auto& item : stats.at(list).as_array())
    if (item.at(key).as_string() == value) return item.at(what).as_int64();
  return 0;
}

// Registers count institutions as well as certificates ("32 hold ISO 21001, 27 hold both"): a unit holding ISO 21001
// and ISO 9001 on two certificates is one more holder of each, of each edition, of its region and type, and one more
// holding both.
TEST_P(Certification, TheRegisterCountsAHolderOfBothStandardsOnTwoCertificatesOnce) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop);
  json::object before = RegisterStatistics(server());
  json::value p21001 = a.NewProject(qm, "SO-VP", {}, {a.Standard("iso-21001", "2018")});
  a.Certified(qm, top, p21001, a.Number("21001"), 30);
  json::value p9001 = a.NewProject(qm, "SO-VP", {}, {a.Standard("iso-9001", "2015")});
  a.Certified(qm, top, p9001, a.Number("9001"), 20);
  json::object after = RegisterStatistics(server());
  auto grew = [&](const char* total) { return after.at(total).as_int64() - before.at(total).as_int64(); };
  auto grew_in = [&](const char* list, const char* key, const std::string& value, const char* what) {
    return Count(after, list, key, value, what) - Count(before, list, key, value, what);
  };
  EXPECT_EQ(grew("valid_certificates"), 2);
  EXPECT_EQ(grew("holders"), 1);
  EXPECT_EQ(grew("holders_of_integrated_system"), 1);
  for (const char* code : {"iso-21001", "iso-9001"}) {
    EXPECT_EQ(grew_in("by_standard", "code", code, "certificates"), 1) << code;
    EXPECT_EQ(grew_in("by_standard", "code", code, "holders"), 1) << code;
  }
  EXPECT_EQ(grew_in("by_edition", "label", "ISO 21001:2018", "holders"), 1);
  EXPECT_EQ(grew_in("by_edition", "label", "ISO 9001:2015", "holders"), 1);
  EXPECT_EQ(grew_in("by_region", "region", "Sơn La", "certificates"), 2);
  EXPECT_EQ(grew_in("by_region", "region", "Sơn La", "holders"), 1);
  EXPECT_EQ(grew_in("by_organisation_type", "organisation_type", "department", "certificates"), 2);
  EXPECT_EQ(grew_in("by_organisation_type", "organisation_type", "department", "holders"), 1);
}

// One unit holds one live certificate per standard: an expired certificate does not stop a new one; a live one, even
// suspended, does, in the caller's language with the other named and nothing written; withdrawn, it no longer does;
// and an extension by a standard another live certificate holds is refused too.
TEST_P(Certification, ASecondLiveCertificateForAStandardIsRefusedNamingTheOther) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop);
  json::array iso9001{a.Standard("iso-9001", "2015")}, iso21001{a.Standard("iso-21001", "2018")};
  json::value old_project = a.NewProject(qm, "SO-KTKD", {}, iso9001);
  json::value expired = a.Certified(qm, top, old_project, a.Number("OLD"), 1200);
  EXPECT_EQ(qm.Get("/api/v1/certificates/" + Id(expired)).json.at("status").as_string(), "expired");
  json::value integrated_project = a.NewProject(qm, "SO-KTKD");
  std::string held = a.Number("IMS");
  json::value integrated = a.Certified(qm, top, integrated_project, held, 60);

  json::value p = a.NewProject(qm, "SO-KTKD", {}, iso9001);
  a.ReadyForCertificate(qm, top, p, 5);
  std::string body = json::serialize(CertificationApi::IssueBody(p, a.Number("9001"), 5));
  auto issue = [&](const char* language) {
    return qm.Request("POST", "/api/v1/certificates", body, "application/json", {{"Accept-Language", language}});
  };
  long long valid = RegisterStatistics(server()).at("valid_certificates").as_int64();
  auto newest_entry = [&] { return qm.Get("/api/v1/audit-log?limit=1").json.at("items").as_array()[0].at("id"); };
  json::value logged = newest_entry();
  auto vi = issue("vi");
  EXPECT_EQ(vi.status, 409) << vi.body;
  EXPECT_EQ(vi.code(), "certification.standard_already_held");
  EXPECT_EQ(vi.field(), "project_id");
  std::string detail_vi(vi.json.at("detail").as_string());
  EXPECT_NE(detail_vi.find("giấy chứng nhận " + held + " còn hiệu lực cho ISO 9001:2015"), std::string::npos)
      << detail_vi;
  auto en = issue("en");
  EXPECT_EQ(en.code(), "certification.standard_already_held");
  std::string detail_en(en.json.at("detail").as_string());
  EXPECT_NE(detail_en.find("the live certificate " + held + " for ISO 9001:2015"), std::string::npos) << detail_en;
  auto page = a.Reload(qm, p);
  EXPECT_TRUE(page.at("certificates").as_array().empty());
  EXPECT_EQ(page.at("step").as_string(), "certificate_issue");
  EXPECT_EQ(RegisterStatistics(server()).at("valid_certificates").as_int64(), valid);
  EXPECT_EQ(newest_entry(), logged);

  std::string integrated_url = "/api/v1/certificates/" + Id(integrated);
  auto suspended = qm.Post(integrated_url + "/changes", {{"version", qm.Get(integrated_url).json.at("version")},
                                                         {"kind", "suspend"},
                                                         {"reason", "Từ chối đánh giá giám sát đúng hạn"}});
  ASSERT_EQ(suspended.status, 200) << suspended.body;
  EXPECT_EQ(issue("en").code(), "certification.standard_already_held");
  a.Withdraw(qm, integrated);
  auto issued = issue("en");
  ASSERT_EQ(issued.status, 201) << issued.body;

  // The unit's ISO 21001 is free again; extending that certificate by ISO 9001 would hold it twice.
  json::value q = a.NewProject(qm, "SO-KTKD", {}, iso21001);
  json::value school = a.Certified(qm, top, q, a.Number("21001"), 3);
  std::string url = "/api/v1/certificates/" + Id(school);
  auto extended = qm.Post(url + "/changes", {{"version", qm.Get(url).json.at("version")},
                                             {"kind", "extend_scope"},
                                             {"reason", "Thêm ISO 9001"},
                                             {"standard_ids", {iso21001[0], iso9001[0]}}});
  EXPECT_EQ(extended.status, 409) << extended.body;
  EXPECT_EQ(extended.code(), "certification.standard_already_held");
  EXPECT_EQ(extended.field(), "standard_ids");
  EXPECT_NE(std::string(extended.json.at("detail").as_string()).find(std::string(issued.json.at("number").as_string())),
            std::string::npos)
      << extended.body;
  EXPECT_EQ(qm.Get(url).json.at("standards").as_array().size(), 1u);
}

// Two servers deciding certificates for one standard of one unit at once: the unit's row, locked before the check,
// makes the second see the first, so one is issued and the other refused.
TEST_P(Certification, TwoCertificatesForOneStandardOfOneUnitIssuedAtOnceGetOne201AndOne409) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop);
  json::array iso21001{a.Standard("iso-21001", "2018")};
  // Each round's certificate is withdrawn after it, so the next round's unit holds no live certificate.
  for (int round = 0; round < 3; ++round) {
    json::value first = a.NewProject(qm, "THPT-CHUYEN-TOAN", {}, iso21001),
                second = a.NewProject(qm, "THPT-CHUYEN-TOAN", {}, iso21001);
    a.ReadyForCertificate(qm, top, first, 5);
    a.ReadyForCertificate(qm, top, second, 5);
    json::object body1 = CertificationApi::IssueBody(first, a.Number("A"), 5),
                 body2 = CertificationApi::IssueBody(second, a.Number("B"), 5);
    Client one = As(kQuality), two = As(kQuality);
    HttpResult r1, r2;
    std::thread t1([&] { r1 = one.Post("/api/v1/certificates", body1); });
    std::thread t2([&] { r2 = two.Post("/api/v1/certificates", body2); });
    t1.join();
    t2.join();
    std::multiset<int> statuses{r1.status, r2.status};
    ASSERT_EQ(statuses, (std::multiset<int>{201, 409})) << r1.body << "\n" << r2.body;
    const HttpResult& refused = r1.status == 409 ? r1 : r2;
    const HttpResult& issued = r1.status == 201 ? r1 : r2;
    EXPECT_EQ(refused.code(), "certification.standard_already_held") << refused.body;
    EXPECT_NE(std::string(refused.json.at("detail").as_string()).find(std::string(issued.json.at("number").as_string())),
              std::string::npos)
        << refused.body;
    a.Withdraw(qm, issued.json);
  }
}

// Two live certificates for one standard recorded before the rule (here written straight to the store) still take
// the changes that give their unit no standard it did not hold: a suspension, an amendment, a reinstatement.
TEST_P(Certification, CertificatesHeldTwiceBeforeTheRuleStillTakeTheirOtherChanges) {
  CertificationApi a = api();
  Client qm = As(kQuality), top = As(kTop);
  json::value p = a.NewProject(qm, "MN-HOABAN", {}, {a.Standard("iso-21001", "2018")});
  json::value first = a.Certified(qm, top, p, a.Number("FIRST"), 10);
  db::Id twin = 0;
  server().app().db().Write([&](soci::session& s) {
    certification::Certificate c = certification::store::FindCertificate(s, first.at("id").as_int64())->first;
    c.number = a.Number("TWIN");
    certification::store::InsertCertificate(s, c);
    twin = c.id;
  });
  std::string url = "/api/v1/certificates/" + std::to_string(twin);
  auto change = [&](json::object body) {
    body["version"] = qm.Get(url).json.at("version");
    auto r = qm.Post(url + "/changes", body);
    return r.status == 200 ? std::string("ok") : r.code() + "@" + r.field();
  };
  EXPECT_EQ(change({{"kind", "suspend"}, {"reason", "Hai giấy chứng nhận cho một tiêu chuẩn"}}), "ok");
  EXPECT_EQ(change({{"kind", "amend"}, {"reason", "Sửa tên"}, {"entity_name", "Trường Mầm non Hoa Ban (bản sao)"}}),
            "ok");
  EXPECT_EQ(change({{"kind", "reinstate"}, {"reason", "Đã xác minh"}}), "ok");
  EXPECT_EQ(change({{"kind", "withdraw"}, {"reason", "Bản ghi trùng"}}), "ok");
}

// The demo department has its region, like its units: no bucket of the register's statistics is blank.
TEST_P(Certification, TheDemoRegisterHasNoBlankRegion) {
  json::object stats = RegisterStatistics(server());
  const auto& regions = stats.at("by_region").as_array();
  ASSERT_FALSE(regions.empty());
  for (const auto& item : regions) EXPECT_FALSE(item.at("region").as_string().empty()) << json::serialize(stats);
  Client qm = As(kQuality);
  auto listed = qm.Get("/api/v1/certificates?unit_id=" + std::to_string(server().UnitId("SO-GDDT")));
  ASSERT_EQ(listed.status, 200) << listed.body;
  bool found = false;
  for (const auto& c : listed.json.at("items").as_array()) {
    if (c.at("number").as_string() != "DEMO-IMS-0001") continue;
    found = true;
    EXPECT_EQ(c.at("region").as_string(), "Sơn La");
  }
  EXPECT_TRUE(found) << listed.body;
}

TEST_P(Certification, TheDemoDepartmentHoldsAnIntegratedCertificateWithItsNextSurveillanceDue) {
  Client qm = As(kQuality);
  auto due = qm.Get("/api/v1/certifications/due?within_days=90");
  ASSERT_EQ(due.status, 200) << due.body;
  json::value next;
  for (const auto& item : due.json.at("items").as_array())
    if (item.at("number").as_string() == "DEMO-IMS-0001") next = item;
  ASSERT_FALSE(next.is_null()) << due.body;
  EXPECT_EQ(next.at("milestone").as_string(), "surveillance");
  EXPECT_EQ(next.at("sequence").as_int64(), 2);
  EXPECT_EQ(next.at("standing").as_string(), "due_soon");
  auto certificate = qm.Get("/api/v1/certificates/" + std::to_string(next.at("certificate_id").as_int64()));
  ASSERT_EQ(certificate.status, 200);
  EXPECT_TRUE(certificate.json.at("integrated").as_bool());
  const auto& windows = certificate.json.at("due").as_array();
  EXPECT_EQ(windows[0].at("standing").as_string(), "done");
  // The second falls due within 12 months of the first as held, and in the calendar year after it at the latest.
  std::string first(windows[0].at("completed_on").as_string()), latest(windows[1].at("latest").as_string());
  EXPECT_LE(latest, PlusMonths(first, 12));
  EXPECT_LE(std::stoi(latest.substr(0, 4)), std::stoi(first.substr(0, 4)) + 1);
  EXPECT_EQ(latest, next.at("latest").as_string());
  auto project = qm.Get("/api/v1/certifications/" + std::to_string(next.at("project_id").as_int64()));
  EXPECT_EQ(project.json.at("step").as_string(), "surveillance");
  EXPECT_EQ(project.json.at("history").as_array().size(), 5u);
}

INSTANTIATE_TEST_SUITE_P(Engines, Certification, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

// Tests that need a server of their own: a catalogue with a newer edition, and the rate limit's counters.
class CertificationServer : public ::testing::TestWithParam<db::Engine> {};

TEST_P(CertificationServer, ANewerEditionWithATransitionDeadlineProposesATransitionAudit) {
  TestServer server(GetParam());
  std::string deadline = DaysFromToday(800);
  std::string doc = R"({"format": 1, "standard": {"code": "iso-9001", "edition": "2026",
      "urn": "urn:eduims:std:iso-9001:2026", "title_en": "Quality management systems — Requirements",
      "title_vi": "Hệ thống quản lý chất lượng — Các yêu cầu", "transition_deadline": ")" +
                    deadline + R"("},
      "clauses": [{"number": "4", "parent": null, "kind": "clause", "title_en": "Context of the organization",
                   "title_vi": "Bối cảnh của tổ chức", "unconfirmed": true}]})";
  standards::LoadCatalogue(server.app().db(), {{"test/iso-9001-2026.json", doc}});
  CertificationApi a(server);
  Client qm(server.port()), top(server.port());
  ASSERT_EQ(qm.Login(kQuality, demo::kDemoPassword).status, 201);
  ASSERT_EQ(top.Login(kTop, demo::kDemoPassword).status, 201);
  db::Id newer = a.Standard("iso-9001", "2026");
  auto listed = qm.Get("/api/v1/standards/" + std::to_string(newer));
  EXPECT_EQ(listed.json.at("transition_deadline").as_string(), deadline);

  json::value p = a.NewProject(qm, "THPT-TOHIEU");
  json::value cert = a.Certified(qm, top, p, a.Number("T"), 60);
  auto transition = [&]() -> json::value {
    auto detail = qm.Get("/api/v1/certificates/" + Id(cert));
    for (const auto& item : detail.json.at("due").as_array())
      if (item.at("milestone").as_string() == "transition_audit") return item;
    return nullptr;
  };
  json::value proposed = transition();
  ASSERT_FALSE(proposed.is_null());
  EXPECT_EQ(proposed.at("standard").as_string(), "iso-9001:2026");
  EXPECT_EQ(proposed.at("carried_by").as_string(), "surveillance");
  EXPECT_EQ(proposed.at("latest").as_string(), PlusMonths(DaysFromToday(-60), 12));

  std::string url = "/api/v1/certificates/" + Id(cert);
  auto move = [&](json::array ids) {
    return qm.Post(url + "/changes", {{"version", qm.Get(url).json.at("version")},
                                      {"kind", "transition_edition"},
                                      {"reason", "Chuyển đổi sang ISO 9001:2026"},
                                      {"standard_ids", ids}});
  };
  EXPECT_EQ(move({a.Standard("iso-21001", "2018")}).code(), "certification.not_newer_edition");
  // Not before a transition audit is completed: planned is not enough, and the refusal changes nothing.
  auto audit = a.Audit(qm, p, a.AuditBody("transition", -3, -2));
  long long version = qm.Get(url).json.at("version").as_int64();
  auto early = move({a.Standard("iso-21001", "2018"), newer});
  EXPECT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(early.code() + "@" + early.field(), "certification.transition_audit_missing@kind");
  EXPECT_EQ(qm.Get(url).json.at("version").as_int64(), version);
  EXPECT_FALSE(transition().is_null());
  ASSERT_EQ(a.Complete(qm, p, audit), "ok");
  auto moved = move({a.Standard("iso-21001", "2018"), newer});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_TRUE(transition().is_null());
  EXPECT_EQ(moved.json.at("standards").as_array()[1].at("label").as_string(), "ISO 9001:2026");
}

// The shipped ISO 21001:2025 file, once a transition deadline is published into it (none is yet): the demo
// certificate to ISO 21001:2018 shows the proposed transition audit by the deadline, a project chooses the new
// edition, and the certificate moves to it through its change history, its project following, both audited.
TEST_P(CertificationServer, TheDemoCertificateMovesToIso21001Of2025ByItsTransitionDeadline) {
  TestServer server(GetParam());
  json::value shipped;
  for (const auto& f : embedded::Files())
    if (std::string(f.path) == "data/standards/iso-21001-2025.json") shipped = json::parse(f.content);
  ASSERT_TRUE(shipped.is_object()) << "the catalogue ships no ISO 21001:2025";
  std::string deadline = DaysFromToday(500);
  shipped.at("standard").as_object()["transition_deadline"] = deadline;
  standards::LoadCatalogue(server.app().db(), {{"data/standards/iso-21001-2025.json", json::serialize(shipped)}});
  CertificationApi a(server);
  Client qm(server.port());
  ASSERT_EQ(qm.Login(kQuality, demo::kDemoPassword).status, 201);
  db::Id older = a.Standard("iso-21001", "2018"), newer = a.Standard("iso-21001", "2025");
  db::Id quality = a.Standard("iso-9001", "2015");

  auto due = qm.Get("/api/v1/certifications/due?within_days=600");
  ASSERT_EQ(due.status, 200) << due.body;
  json::value proposed;
  for (const auto& item : due.json.at("items").as_array())
    if (item.at("number").as_string() == "DEMO-IMS-0001" && item.at("milestone").as_string() == "transition_audit")
      proposed = item;
  ASSERT_FALSE(proposed.is_null()) << due.body;
  EXPECT_EQ(proposed.at("standard").as_string(), "iso-21001:2025");
  EXPECT_LE(proposed.at("latest").as_string(), deadline);
  EXPECT_NE(proposed.at("standing").as_string(), "done");
  std::string url = "/api/v1/certificates/" + std::to_string(proposed.at("certificate_id").as_int64());
  std::string project_url = "/api/v1/certifications/" + std::to_string(proposed.at("project_id").as_int64());
  auto transitions_due = [&] {
    int n = 0;
    auto detail = qm.Get(url);
    for (const auto& item : detail.json.at("due").as_array())
      n += item.at("milestone").as_string() == "transition_audit";
    return n;
  };
  EXPECT_EQ(transitions_due(), 1);

  // A new project chooses the edition, one edition of each standard.
  json::object body{{"unit_id", server.UnitId("THPT-TOHIEU")},
                    {"title", "Chứng nhận ISO 21001:2025"},
                    {"body_name", "QUACERT"},
                    {"accreditation_body", "BoA"},
                    {"accreditation_number", "VICAS 001"},
                    {"standard_ids", {newer, quality}}};
  auto chosen = qm.Post("/api/v1/certifications", body);
  ASSERT_EQ(chosen.status, 201) << chosen.body;
  EXPECT_EQ(chosen.json.at("standards").as_array()[0].at("label").as_string(), "ISO 21001:2025");
  body["standard_ids"] = {older, newer};
  auto both = qm.Post("/api/v1/certifications", body);
  EXPECT_EQ(both.code() + "@" + both.field(), "validation.invalid_value@standard_ids");

  // The move, through the certificate's change history, once the transition audit is done.
  json::value before_move = qm.Get(project_url).json;
  ASSERT_EQ(a.Complete(qm, before_move, a.Audit(qm, before_move, a.AuditBody("transition", -3, -2))), "ok");
  long long project_version = qm.Get(project_url).json.at("version").as_int64();
  auto moved = qm.Post(url + "/changes", {{"version", qm.Get(url).json.at("version")},
                                          {"kind", "transition_edition"},
                                          {"reason", "Đánh giá chuyển đổi sang ISO 21001:2025 đạt"},
                                          {"standard_ids", {newer, quality}}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json.at("standards").as_array()[0].at("label").as_string(), "ISO 21001:2025");
  EXPECT_EQ(transitions_due(), 0);
  auto detail = qm.Get(url);
  const auto& last = detail.json.at("history").as_array().back();
  EXPECT_EQ(last.at("kind").as_string(), "transition_edition");
  EXPECT_EQ(last.at("before").at("standards").as_array()[0].at("label").as_string(), "ISO 21001:2018");
  EXPECT_EQ(last.at("after").at("standards").as_array()[0].at("label").as_string(), "ISO 21001:2025");
  auto logged = qm.Get("/api/v1/audit-log?entity=certificate&entity_id=" + url.substr(url.rfind('/') + 1));
  ASSERT_EQ(logged.status, 200) << logged.body;
  EXPECT_EQ(logged.json.at("items").as_array()[0].at("operation").as_string(), "change:transition_edition");
  // The project's later audits are to the edition its certificate now covers.
  auto project = qm.Get(project_url);
  EXPECT_EQ(project.json.at("standards").as_array()[0].at("label").as_string(), "ISO 21001:2025");
  EXPECT_EQ(project.json.at("version").as_int64(), project_version + 1);
  auto project_log = qm.Get("/api/v1/audit-log?limit=1&entity=certification_project&entity_id=" +
                            project_url.substr(project_url.rfind('/') + 1));
  const auto& entry = project_log.json.at("items").as_array()[0];
  EXPECT_EQ(entry.at("operation").as_string(), "update");
  EXPECT_EQ(entry.at("before").at("standards").as_array()[0].at("label").as_string(), "ISO 21001:2018");
  EXPECT_EQ(entry.at("after").at("standards").as_array()[0].at("label").as_string(), "ISO 21001:2025");
  // Back to the older edition is no transition.
  auto back = qm.Post(url + "/changes", {{"version", detail.json.at("version")},
                                         {"kind", "transition_edition"},
                                         {"reason", "Nhầm phiên bản"},
                                         {"standard_ids", {older, quality}}});
  EXPECT_EQ(back.code(), "certification.not_newer_edition");
}

TEST_P(CertificationServer, ThePublicRateLimitCountsPerAddressAcrossServers) {
  TestServer first(GetParam(), /*demo=*/false, {"127.0.0.1"});
  TestServer second(first.database_url());
  // Thirty requests a minute per address: keep clear of a minute's end so the test stays in one window.
  auto now = Now();
  auto into_minute = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count() % 60;
  if (into_minute > 45) std::this_thread::sleep_for(std::chrono::seconds(61 - into_minute));
  Client c(first.port());
  auto from = [&](Client& client, const std::string& address) {
    std::map<std::string, std::string> headers;
    if (!address.empty()) headers["X-Forwarded-For"] = address;
    return client.Request("GET", "/api/v1/public/statistics", "", "", headers);
  };
  for (int i = 0; i < 30; ++i) ASSERT_EQ(from(c, "203.0.113.7").status, 200) << i;
  auto refused = from(c, "203.0.113.7");
  EXPECT_EQ(refused.status, 429);
  EXPECT_EQ(refused.code(), "request.rate_limited");
  EXPECT_EQ(refused.headers["content-type"], "application/problem+json");
  int retry = std::stoi(refused.headers["retry-after"]);
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 60);
  EXPECT_EQ(c.Request("GET", "/verify/VN-1", "", "", {{"X-Forwarded-For", "203.0.113.7"}}).status, 429);
  // Another address has its own budget.
  EXPECT_EQ(from(c, "203.0.113.8").status, 200);
  // The other server shares the counters: its caller (127.0.0.1) spent the budget on the first one.
  for (int i = 0; i < 30; ++i) ASSERT_EQ(from(c, "").status, 200) << i;
  Client other(second.port());
  EXPECT_EQ(from(other, "").status, 429);
}

INSTANTIATE_TEST_SUITE_P(Engines, CertificationServer, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
