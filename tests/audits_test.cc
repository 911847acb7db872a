// Internal audits over HTTP on both engines: a programme and its coverage, edited and archived; an audit refused an
// auditor from the audited unit, its auditees, its plan edited and cancelled while planned; the integrated checklist
// with one line for equal clauses of both standards, regrouped when the plan's clauses change, with evidence files;
// a major nonconformity raised from it and carried through an ineffective then an effective verification, an
// opportunity for improvement sent to the register, and an audit that closes only when every finding is followed up.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "platform/crypto.h"
#include "platform/files/text_extract.h"
#include "test_env.h"
#include "test_files.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kQualityHead = "iso@demo.eduims.vn";            // quality manager of the whole department
const char* kAuditor = "danhgianoibo@demo.eduims.vn";       // internal auditor of the whole department
const char* kSchoolManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";      // staff of THPT Tô Hiệu
const char* kOtherPrincipal = "hieutruong.chuyen@demo.eduims.vn";  // process owner of THPT Chuyên
const char* kExternal = "chuyengia@demo.eduims.vn";         // external auditor: reads audits, changes nothing

class Audits : public DemoApiTest {
 protected:
  json::object Plan(const json::value& programme, json::object extra = {}) {
    json::object body{{"programme_id", programme.at("id")},
                      {"unit_id", server().UnitId("THPT-TOHIEU")},
                      {"title", "Đánh giá nội bộ tuyển sinh và hồ sơ"},
                      {"lead_auditor_id", User(kAuditor)},
                      {"planned_start", DaysFromToday(0)},
                      {"planned_end", DaysFromToday(0)},
                      {"agenda", "8:00 họp khai mạc; 8:30 phỏng vấn; 11:00 họp kết thúc"}};
    for (auto& [k, v] : extra) body[k] = v;
    return body;
  }

  static std::string Url(const json::value& a) { return "/api/v1/audits/" + std::to_string(a.at("id").as_int64()); }
  static std::string LineUrl(const json::value& a, const json::value& line) {
    return Url(a) + "/checklist/" + std::to_string(line.at("id").as_int64());
  }

  static HttpResult Upload(Client& c, const std::string& line_url, const std::string& name, const std::string& bytes) {
    return c.Request("POST", line_url + "/attachments?file_name=" + name, bytes, "application/octet-stream");
  }

  // The text of the audit's report in `lang`, read back from the PDF.
  std::string ReportText(Client& c, const json::value& a, const std::string& lang) {
    auto pdf = c.Get(Url(a) + "/report?lang=" + lang);
    EXPECT_EQ(pdf.status, 200) << pdf.body;
    auto path = std::filesystem::temp_directory_path() / ("eduims-report-" + RandomToken(6) + ".pdf");
    std::ofstream(path, std::ios::binary) << pdf.body;
    std::string text = files::ExtractText(path, "application/pdf");
    std::filesystem::remove(path);
    return text;
  }

  // "code@field" of a refused PATCH, or "ok" with the new state in `a`.
  std::string Edit(Client& c, json::value& a, json::object body) {
    body["version"] = a.at("version");
    auto r = c.Patch(Url(a), body);
    if (r.status != 200) return r.code() + "@" + r.field();
    a = r.json;
    return "ok";
  }

  std::string Step(Client& c, json::value& a, const std::string& action, json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = a.at("version");
    auto r = c.Post(Url(a) + "/transitions", extra);
    if (r.status != 200) return r.code() + "@" + r.field();
    a = r.json;
    return "ok";
  }

  HttpResult Answer(Client& c, const json::value& audit, const json::value& line, json::object body) {
    body["version"] = line.at("version");
    return c.Patch(Url(audit) + "/checklist/" + std::to_string(line.at("id").as_int64()), body);
  }

  // Takes a nonconformity step; the new state replaces `nc`.
  std::string NcStep(Client& c, json::value& nc, const std::string& action, json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = nc.at("version");
    auto r = c.Post("/api/v1/nonconformities/" + std::to_string(nc.at("id").as_int64()) + "/transitions", extra);
    if (r.status != 200) return r.code() + "@" + r.field() + " " + r.body;
    nc = r.json;
    return "ok";
  }

  // Carries a nonconformity to the point of verification: contained, analysed, one action done, implemented.
  void Implement(json::value& nc) {
    Client manager = As(kSchoolManager), staff = As(kStaff);
    std::string url = "/api/v1/nonconformities/" + std::to_string(nc.at("id").as_int64());
    ASSERT_EQ(NcStep(manager, nc, "contain", {{"correction", "Bổ sung hồ sơ còn thiếu"}}), "ok");
    ASSERT_EQ(NcStep(manager, nc, "analyse",
                     {{"root_cause_method", "categories"}, {"root_cause", "Chưa phân công lưu hồ sơ"},
                      {"categories", {"management"}}}),
              "ok");
    auto action = manager.Post(url + "/actions", {{"title", "Phân công lưu hồ sơ"}, {"owner_id", User(kStaff)}});
    ASSERT_EQ(action.status, 201) << action.body;
    ASSERT_EQ(NcStep(manager, nc, "plan",
                     {{"effectiveness_criterion", "Không thiếu hồ sơ ở lần kiểm tra sau"},
                      {"verification_due", DaysFromToday(30)},
                      {"verifier_id", User(kAuditor)}}),
              "ok");
    std::string action_url = "/api/v1/actions/" + std::to_string(action.json.at("id").as_int64());
    ASSERT_EQ(staff.Post(action_url + "/transitions", {{"version", 1}, {"to", "done"}}).status, 200);
    ASSERT_EQ(NcStep(manager, nc, "implement"), "ok");
  }
};

TEST_P(Audits, PlanAuditRaiseAMajorNonconformityFollowItUpAndClose) {
  Client head = As(kQualityHead), auditor = As(kAuditor), school = As(kSchoolManager);
  json::value programme = ThisYearsProgramme(head, "SO-GDDT");
  db::Id iso21001_753 = server().ClauseId("iso-21001", "7.5.3"), iso9001_753 = server().ClauseId("iso-9001", "7.5.3"),
         iso21001_851 = server().ClauseId("iso-21001", "8.5.1");
  json::object clauses{{"clause_ids", {iso21001_753, iso21001_851, iso9001_753}}};

  // Independence: the school's own quality manager cannot audit it; refused, nothing planned.
  auto own = head.Post("/api/v1/audits", Plan(programme, {{"lead_auditor_id", User(kSchoolManager)},
                                                          {"clause_ids", {iso21001_753}}}));
  EXPECT_EQ(own.status, 422);
  EXPECT_EQ(own.code(), "audits.auditor_not_independent");
  EXPECT_EQ(own.field(), "lead_auditor_id");
  auto no_right = head.Post("/api/v1/audits", Plan(programme, {{"team_ids", {User(kOtherPrincipal)}},
                                                               {"clause_ids", {iso21001_753}}}));
  EXPECT_EQ(no_right.code() + "@" + no_right.field(), "auth.named_without_permission@team_ids");
  auto backwards = head.Post("/api/v1/audits", Plan(programme, {{"planned_end", DaysFromToday(-1)},
                                                                {"clause_ids", {iso21001_753}}}));
  EXPECT_EQ(backwards.code() + "@" + backwards.field(), "validation.date_too_early@planned_end");
  EXPECT_EQ(head.Post("/api/v1/audits", Plan(programme)).code(), "validation.missing_field");
  EXPECT_EQ(head.Post("/api/v1/audits", Plan(programme, {{"type", "third_party"}, {"clause_ids", {1}}})).code(),
            "validation.invalid_value");
  EXPECT_EQ(auditor.Post("/api/v1/audits", Plan(programme, clauses)).status, 403);  // auditors do not plan
  auto listed = head.Get("/api/v1/audits?programme_id=" + std::to_string(programme.at("id").as_int64()));
  size_t planned_before = listed.json.at("items").as_array().size();

  auto made = head.Post("/api/v1/audits", Plan(programme, clauses));
  ASSERT_EQ(made.status, 201) << made.body;
  json::value audit = made.json;
  EXPECT_EQ(audit.at("status").as_string(), "planned");
  // The integrated checklist: ISO 21001 7.5.3 and ISO 9001 7.5.3 ("equal") share the first line.
  const auto& lines = audit.at("checklist").as_array();
  ASSERT_EQ(lines.size(), 2u);
  ASSERT_EQ(lines[0].at("clauses").as_array().size(), 2u);
  EXPECT_EQ(lines[0].at("clauses").as_array()[0].at("urn").as_string(), "urn:eduims:std:iso-21001:2018:clause:7.5.3");
  EXPECT_EQ(lines[0].at("clauses").as_array()[1].at("urn").as_string(), "urn:eduims:std:iso-9001:2015:clause:7.5.3");
  EXPECT_EQ(lines[1].at("clauses").as_array().size(), 1u);
  EXPECT_EQ(head.Get("/api/v1/audits?programme_id=" + std::to_string(programme.at("id").as_int64()))
                .json.at("items").as_array().size(),
            planned_before + 1);
  json::value line1 = lines[0], line2 = lines[1];

  EXPECT_EQ(Answer(auditor, audit, line1, {{"result", "conforming"}}).code(), "audits.not_in_progress");
  Client external = As(kExternal);
  EXPECT_EQ(Step(external, audit, "start"), "workflow.not_permitted@action");
  ASSERT_EQ(Step(auditor, audit, "start"), "ok");
  EXPECT_EQ(Step(auditor, audit, "report", {{"summary", "x"}}), "audits.checklist_incomplete@action");
  auto answered = Answer(auditor, audit, line1,
                         {{"question", "Hồ sơ được kiểm soát theo cả hai tiêu chuẩn?"},
                          {"result", "conforming"},
                          {"evidence", "Sổ theo dõi văn bản đến, đi năm học hiện tại"}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(Answer(auditor, audit, line2, {{"result", "major_nonconformity"}}).code(), "validation.missing_field");
  EXPECT_EQ(Answer(auditor, audit, line2, {{"result", "excellent"}}).code(), "validation.invalid_value");
  auto finding = Answer(auditor, audit, line2,
                        {{"result", "major_nonconformity"},
                         {"evidence", "12/40 hồ sơ trúng tuyển thiếu minh chứng ưu tiên"},
                         {"finding", "Hồ sơ tuyển sinh thiếu minh chứng ưu tiên"}});
  ASSERT_EQ(finding.status, 200) << finding.body;
  ASSERT_FALSE(finding.json.at("nonconformity_id").is_null());
  std::string nc_url = "/api/v1/nonconformities/" + std::to_string(finding.json.at("nonconformity_id").as_int64());
  json::value nc = school.Get(nc_url).json;
  EXPECT_EQ(nc.at("source").as_string(), "internal_audit");
  EXPECT_EQ(nc.at("severity").as_string(), "major");
  EXPECT_EQ(nc.at("clauses").as_array()[0].at("id").as_int64(), iso21001_851);
  // The nonconformity keeps its audit, and the register filters by it.
  EXPECT_EQ(nc.at("audit_id").as_int64(), audit.at("id").as_int64());
  auto raised_here = school.Get("/api/v1/nonconformities?audit_id=" + std::to_string(audit.at("id").as_int64()));
  ASSERT_EQ(raised_here.json.at("items").as_array().size(), 1u) << raised_here.body;
  EXPECT_EQ(raised_here.json.at("items").as_array()[0].at("id"), finding.json.at("nonconformity_id"));
  EXPECT_EQ(school.Get("/api/v1/nonconformities?audit_id=x").code(), "request.bad_query");
  EXPECT_TRUE(school.Get("/api/v1/nonconformities?audit_id=999999").json.at("items").as_array().empty());
  EXPECT_EQ(Answer(auditor, audit, finding.json, {{"result", "observation"}}).code(), "audits.finding_raised");

  EXPECT_EQ(Step(auditor, audit, "report"), "validation.missing_field@summary");
  ASSERT_EQ(Step(auditor, audit, "report", {{"summary", "Hệ thống vận hành; một điểm không phù hợp nặng."}}), "ok");
  EXPECT_EQ(Step(auditor, audit, "close"), "workflow.not_permitted@action");
  EXPECT_EQ(Step(head, audit, "close"), "audits.findings_open@action");

  // The nonconformity's follow-up: an ineffective verdict, a second cycle, then effective and closed.
  Implement(nc);
  ASSERT_EQ(NcStep(auditor, nc, "verify_ineffective", {{"comment", "Vẫn thiếu 2 hồ sơ"}}), "ok");
  Client manager = As(kSchoolManager);
  ASSERT_EQ(NcStep(manager, nc, "analyse",
                   {{"root_cause_method", "five_whys"}, {"root_cause", "Không có danh mục hồ sơ"},
                    {"whys", {"Thiếu hồ sơ", "Không biết cần gì", "Không có danh mục"}}}),
            "ok");
  std::string nc_actions = nc_url + "/actions";
  auto second = manager.Post(nc_actions, {{"title", "Ban hành danh mục hồ sơ"}, {"owner_id", User(kStaff)}});
  ASSERT_EQ(second.status, 201);
  ASSERT_EQ(NcStep(manager, nc, "plan",
                   {{"effectiveness_criterion", "Đủ hồ sơ"}, {"verification_due", DaysFromToday(30)},
                    {"verifier_id", User(kAuditor)}}),
            "ok");
  std::string second_url = "/api/v1/actions/" + std::to_string(second.json.at("id").as_int64());
  ASSERT_EQ(As(kStaff).Post(second_url + "/transitions", {{"version", 1}, {"to", "done"}}).status, 200);
  ASSERT_EQ(NcStep(manager, nc, "implement"), "ok");
  ASSERT_EQ(NcStep(auditor, nc, "verify_effective", {{"comment", "Kiểm tra 40 hồ sơ, đủ"}}), "ok");
  ASSERT_EQ(NcStep(manager, nc, "close"), "ok");
  ASSERT_EQ(Step(head, audit, "close"), "ok");
  EXPECT_EQ(audit.at("status").as_string(), "closed");

  // Coverage: the audited school and clauses (and their sub-clauses, in both standards) are covered.
  auto coverage = head.Get("/api/v1/audit-programmes/" + std::to_string(programme.at("id").as_int64()));
  ASSERT_EQ(coverage.status, 200) << coverage.body;
  for (const auto& u : coverage.json.at("coverage").at("units_not_audited").as_array())
    EXPECT_NE(u.at("code").as_string(), "THPT-TOHIEU");
  bool some_uncovered = false;
  for (const auto& standard : coverage.json.at("coverage").at("standards").as_array()) {
    for (const auto& c : standard.at("clauses_not_covered").as_array()) {
      std::string number(c.at("number").as_string());
      EXPECT_NE(number.rfind("7.5.3", 0), 0u) << standard.at("code") << " " << number;
      if (standard.at("code") == "iso-21001") {
        EXPECT_NE(number.rfind("8.5.1", 0), 0u) << number;
      }
      some_uncovered = some_uncovered || number == "9.3.1" || number == "9.3";
    }
  }
  EXPECT_TRUE(some_uncovered);
}

TEST_P(Audits, AnOpportunityForImprovementGoesToTheRegister) {
  Client head = As(kQualityHead), auditor = As(kAuditor);
  json::value programme = ThisYearsProgramme(head, "SO-GDDT");
  auto made = head.Post("/api/v1/audits", Plan(programme, {{"clause_ids", {server().ClauseId("iso-21001", "7.1.6.2")}},
                                                           {"type", "second_party"}}));
  ASSERT_EQ(made.status, 201) << made.body;
  json::value audit = made.json;
  json::value line = audit.at("checklist").as_array()[0];
  ASSERT_EQ(Step(head, audit, "start"), "ok");
  auto answered = Answer(auditor, audit, line,
                         {{"result", "opportunity_for_improvement"},
                          {"finding", "Có thể số hoá thư viện học liệu"},
                          {"evidence", "Thư viện chỉ có danh mục giấy"}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  ASSERT_FALSE(answered.json.at("improvement_id").is_null());
  auto improvement =
      head.Get("/api/v1/improvements/" + std::to_string(answered.json.at("improvement_id").as_int64()));
  ASSERT_EQ(improvement.status, 200);
  EXPECT_EQ(improvement.json.at("source").as_string(), "external_audit");
  EXPECT_EQ(improvement.json.at("status").as_string(), "proposed");
  EXPECT_EQ(auditor.Get(Url(audit) + "/report").code(), "audits.not_reported");
  ASSERT_EQ(Step(auditor, audit, "report", {{"summary", "Một cơ hội cải tiến."}}), "ok");

  // The report: a PDF in either language, and filed as a record of the audited unit with the PDF as its evidence.
  EXPECT_EQ(auditor.Get(Url(audit) + "/report?lang=vi").headers["content-type"], "application/pdf");
  std::string text = ReportText(auditor, audit, "vi");
  EXPECT_NE(text.find("Báo cáo đánh giá: Đánh giá nội bộ"), std::string::npos) << text;
  EXPECT_NE(text.find("ISO 21001:2018 7.1.6.2 — Cơ hội cải tiến"), std::string::npos) << text;
  EXPECT_NE(text.find("Có thể số hoá thư viện học liệu"), std::string::npos);
  EXPECT_NE(text.find("Đại diện đơn vị được đánh giá"), std::string::npos);
  EXPECT_EQ(auditor.Get(Url(audit) + "/report?lang=de").code(), "request.bad_query");
  Client external = As(kExternal);
  EXPECT_EQ(external.Get(Url(audit) + "/report").status, 200);
  EXPECT_EQ(external.Post(Url(audit) + "/report-record", json::object{}).status, 403);
  auto filed = auditor.Post(Url(audit) + "/report-record?lang=en", json::object{});
  ASSERT_EQ(filed.status, 201) << filed.body;
  EXPECT_EQ(filed.json.at("category").as_string(), "audit_report");
  EXPECT_EQ(filed.json.at("title").as_string(), "Audit report: Đánh giá nội bộ tuyển sinh và hồ sơ");
  EXPECT_EQ(filed.json.at("unit_id").as_int64(), server().UnitId("THPT-TOHIEU"));
  auto files = head.Get("/api/v1/records/" + std::to_string(filed.json.at("id").as_int64()) + "/attachments");
  ASSERT_EQ(files.json.at("items").as_array().size(), 1u) << files.body;
  EXPECT_EQ(files.json.at("items").as_array()[0].at("media_type").as_string(), "application/pdf");
  EXPECT_EQ(As(kStaff).Get(Url(audit) + "/report").status, 404);

  EXPECT_EQ(Step(head, audit, "close"), "audits.findings_open@action");
  json::value i = improvement.json;
  auto decided = head.Post("/api/v1/improvements/" + std::to_string(i.at("id").as_int64()) + "/transitions",
                           {{"version", i.at("version")}, {"action", "reject"}, {"comment", "Đã có kế hoạch của Sở"}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  ASSERT_EQ(Step(head, audit, "close"), "ok");
  EXPECT_EQ(head.Post("/api/v1/audit-programmes", {{"unit_id", server().UnitId("SO-GDDT")},
                                                   {"year", programme.at("year")},
                                                   {"title", "Trùng"}})
                .code(),
            "conflict.duplicate");
  EXPECT_EQ(As(kStaff).Get(Url(audit)).status, 404);  // staff do not see audits
}

TEST_P(Audits, ProcessesInScopeFollowTheirRiskAndTheirOwnersDoNotAuditThem) {
  Client head = As(kQualityHead);
  json::value programme = ThisYearsProgramme(head, "SO-GDDT");
  auto listed = head.Get("/api/v1/processes?limit=200");
  ASSERT_EQ(listed.status, 200) << listed.body;
  std::map<std::string, json::value> process;
  for (const auto& p : listed.json.at("items").as_array()) process[std::string(p.at("code").as_string())] = p;
  ASSERT_TRUE(process.count("QT-TS") && process.count("QT-DGNB") && process.count("QT-CSVC"));
  db::Id clause = server().ClauseId("iso-9001", "8.2");

  // The department's internal audit process belongs to its quality manager: they cannot lead an audit of it.
  auto own_process = head.Post("/api/v1/audits", Plan(programme, {{"clause_ids", {clause}},
                                                                  {"lead_auditor_id", User(kQualityHead)},
                                                                  {"process_ids", {process["QT-DGNB"].at("id")}}}));
  EXPECT_EQ(own_process.code() + "@" + own_process.field(), "audits.auditor_owns_process@lead_auditor_id");
  EXPECT_NE(own_process.json.at("detail").as_string().find("QT-DGNB"), std::string::npos);
  EXPECT_EQ(head.Post("/api/v1/audits", Plan(programme, {{"clause_ids", {clause}}, {"process_ids", {999999}}})).code(),
            "validation.reference_not_found");

  // Admission (high risk, a department process run in the school) audited once this year: not yet enough.
  auto audit = head.Post("/api/v1/audits", Plan(programme, {{"clause_ids", {clause}},
                                                            {"process_ids", {process["QT-TS"].at("id")}}}));
  ASSERT_EQ(audit.status, 201) << audit.body;
  EXPECT_EQ(audit.json.at("process_ids").as_array().at(0), process["QT-TS"].at("id"));
  auto coverage = head.Get("/api/v1/audit-programmes/" + std::to_string(programme.at("id").as_int64()));
  ASSERT_EQ(coverage.status, 200) << coverage.body;
  std::map<std::string, json::value> covered;
  for (const auto& p : coverage.json.at("coverage").at("processes").as_array())
    covered[std::string(p.at("code").as_string())] = p;
  EXPECT_EQ(covered["QT-TS"].at("audits").as_int64(), 1);
  EXPECT_EQ(covered["QT-TS"].at("required").as_int64(), 2);
  EXPECT_FALSE(covered["QT-TS"].at("covered").as_bool());
  EXPECT_EQ(covered["QT-KT"].at("audits").as_int64(), 0);  // high risk, not audited at all
  EXPECT_EQ(covered["QT-CSVC"].at("required").as_int64(), 0);  // low risk: once a cycle, not each year
  EXPECT_TRUE(covered["QT-CSVC"].at("covered").as_bool());
}

TEST_P(Audits, AuditeesArePeopleOfTheAuditedUnitAndNeverItsAuditors) {
  Client head = As(kQualityHead), admin = As(kAdminEmail);
  json::value programme = ThisYearsProgramme(head, "SO-GDDT");
  json::object clause{{"clause_ids", {server().ClauseId("iso-21001", "7.1.2")}}};
  auto plan = [&](json::array auditees) {
    json::object extra = clause;
    extra["auditee_ids"] = std::move(auditees);
    return head.Post("/api/v1/audits", Plan(programme, extra));
  };
  auto refused = [](const HttpResult& r) { return r.code() + "@" + r.field(); };
  EXPECT_EQ(refused(plan({User(kOtherPrincipal)})), "audits.auditee_outside_unit@auditee_ids");
  EXPECT_EQ(refused(plan({User(kAuditor)})), "audits.auditee_is_auditor@auditee_ids");
  auto with_team = head.Post("/api/v1/audits", Plan(programme, {{"clause_ids", clause.at("clause_ids")},
                                                                {"team_ids", {User(kQualityHead)}},
                                                                {"auditee_ids", {User(kQualityHead)}}}));
  EXPECT_EQ(refused(with_team), "audits.auditee_is_auditor@auditee_ids");
  EXPECT_NE(std::string(with_team.json.at("detail").as_string()).find(std::to_string(User(kQualityHead))),
            std::string::npos);
  EXPECT_EQ(refused(plan({999999})), "validation.reference_not_found@auditee_ids");
  EXPECT_EQ(refused(plan({User(kStaff), User(kStaff)})), "validation.invalid_value@auditee_ids");
  EXPECT_EQ(refused(plan({"x"})), "validation.wrong_type@auditee_ids");
  // A disabled account is nobody to interview.
  auto left = admin.Post("/api/v1/users", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                           {"email", "danghi." + RandomToken(4) + "@tohieu.vn"},
                                           {"full_name", "Giáo viên đã nghỉ"}});
  ASSERT_EQ(left.status, 201) << left.body;
  ASSERT_EQ(admin.Delete("/api/v1/users/" + std::to_string(left.json.at("id").as_int64())).status, 200);
  EXPECT_EQ(refused(plan({left.json.at("id")})), "validation.reference_not_found@auditee_ids");

  auto made = plan({User(kStaff), User(kSchoolManager)});
  ASSERT_EQ(made.status, 201) << made.body;
  json::array expected{User(kSchoolManager), User(kStaff)};
  if (User(kStaff) < User(kSchoolManager)) expected = {User(kStaff), User(kSchoolManager)};
  EXPECT_EQ(made.json.at("auditee_ids").as_array(), expected);
  EXPECT_EQ(head.Get(Url(made.json)).json.at("auditee_ids").as_array(), expected);
  bool listed = false;
  auto of_school = head.Get("/api/v1/audits?unit_id=" + std::to_string(server().UnitId("THPT-TOHIEU")) + "&limit=200");
  for (const auto& a : of_school.json.at("items").as_array())
    if (a.at("id") == made.json.at("id")) listed = a.at("auditee_ids").as_array() == expected;
  EXPECT_TRUE(listed);

  // The report names them with the team.
  json::value audit = made.json;
  Client auditor = As(kAuditor);
  ASSERT_EQ(Step(auditor, audit, "start"), "ok");
  ASSERT_EQ(Answer(auditor, audit, made.json.at("checklist").as_array()[0], {{"result", "conforming"}}).status, 200);
  ASSERT_EQ(Step(auditor, audit, "report", {{"summary", "Phù hợp."}}), "ok");
  std::string text = ReportText(auditor, audit, "vi");
  EXPECT_NE(text.find("Người được đánh giá"), std::string::npos) << text;
  EXPECT_NE(text.find("Hà Thị Lan"), std::string::npos) << text;
  EXPECT_NE(text.find("Đinh Công Sơn"), std::string::npos) << text;
  EXPECT_NE(ReportText(auditor, audit, "en").find("Auditees"), std::string::npos);
}

TEST_P(Audits, APlannedAuditIsReplannedWithTheSameChecksAndCancelledIntoTheHistory) {
  Client head = As(kQualityHead), auditor = As(kAuditor), admin = As(kAdminEmail);
  json::value programme = ThisYearsProgramme(head, "SO-GDDT");
  std::string programme_url = "/api/v1/audit-programmes/" + std::to_string(programme.at("id").as_int64());
  // A unit of its own, so its coverage is this test's alone.
  auto unit = admin.Post("/api/v1/units", {{"parent_id", server().UnitId("THPT-TOHIEU")},
                                           {"code", "KH-" + RandomToken(4)},
                                           {"name", "Tổ kế hoạch"},
                                           {"type", "department"}});
  ASSERT_EQ(unit.status, 201) << unit.body;
  // An auditor who works in that unit: never independent of it.
  auto insider = admin.Post("/api/v1/users", {{"unit_id", unit.json.at("id")},
                                              {"email", "noibo." + RandomToken(4) + "@tohieu.vn"},
                                              {"full_name", "Chuyên gia trong đơn vị"}});
  ASSERT_EQ(insider.status, 201) << insider.body;
  ASSERT_EQ(admin.Post("/api/v1/users/" + std::to_string(insider.json.at("id").as_int64()) + "/grants",
                       {{"role", "internal_auditor"}, {"unit_id", unit.json.at("id")}})
                .status,
            201);
  db::Id i21_753 = server().ClauseId("iso-21001", "7.5.3"), i9_753 = server().ClauseId("iso-9001", "7.5.3"),
         i21_851 = server().ClauseId("iso-21001", "8.5.1"), i21_92 = server().ClauseId("iso-21001", "9.2");
  auto made = head.Post("/api/v1/audits", Plan(programme, {{"unit_id", unit.json.at("id")},
                                                           {"clause_ids", {i21_753, i21_851}}}));
  ASSERT_EQ(made.status, 201) << made.body;
  json::value audit = made.json;
  json::value first = audit.at("checklist").as_array()[0], second = audit.at("checklist").as_array()[1];

  // The lead auditor prepares the questions before the audit; answers wait for it to start.
  auto prepared = Answer(auditor, audit, first, {{"question", "Hồ sơ được lưu ở đâu, ai giữ khoá?"}});
  ASSERT_EQ(prepared.status, 200) << prepared.body;
  EXPECT_EQ(Answer(auditor, audit, second, {{"question", "?"}, {"evidence", "x"}}).code(), "audits.not_in_progress");

  // Every check of a new plan holds for an edited one; nothing changes when one fails.
  EXPECT_EQ(Edit(head, audit, {{"lead_auditor_id", insider.json.at("id")}}),
            "audits.auditor_not_independent@lead_auditor_id");
  EXPECT_EQ(Edit(head, audit, {{"team_ids", {insider.json.at("id")}}}), "audits.auditor_not_independent@team_ids");
  auto processes = head.Get("/api/v1/processes?limit=200");
  std::map<std::string, json::value> process;
  for (const auto& p : processes.json.at("items").as_array()) process[std::string(p.at("code").as_string())] = p;
  // The demo's internal audit process is the quality manager's: she may not lead an audit of it.
  EXPECT_EQ(Edit(head, audit, {{"lead_auditor_id", User(kQualityHead)}, {"process_ids", {process["QT-DGNB"].at("id")}}}),
            "audits.auditor_owns_process@lead_auditor_id");
  EXPECT_EQ(Edit(head, audit, {{"planned_end", DaysFromToday(-1)}}), "validation.date_too_early@planned_end");
  EXPECT_EQ(Edit(head, audit, {{"auditee_ids", {User(kAuditor)}}}), "audits.auditee_is_auditor@auditee_ids");
  EXPECT_EQ(Edit(head, audit, {{"auditee_ids", {User(kStaff)}}}), "audits.auditee_outside_unit@auditee_ids");
  EXPECT_EQ(Edit(head, audit, {{"clause_ids", json::array{}}}), "validation.missing_field@clause_ids");
  EXPECT_EQ(Edit(head, audit, {{"clause_ids", {999999}}}), "validation.reference_not_found@clause_ids");
  EXPECT_EQ(Edit(head, audit, {{"type", "third_party"}}), "validation.invalid_value@type");
  EXPECT_EQ(Edit(head, audit, {{"title", " "}}), "validation.empty@title");
  EXPECT_EQ(Edit(head, audit, {{"unit_id", 1}}), "validation.unknown_field@unit_id");
  EXPECT_EQ(Edit(auditor, audit, {{"title", "Của tôi"}}), "auth.forbidden@");
  EXPECT_EQ(head.Patch(Url(audit), {{"version", 99}, {"title", "Cũ"}}).code(), "conflict.stale_version");
  EXPECT_EQ(head.Patch("/api/v1/audits/999999", {{"version", 1}}).status, 404);
  EXPECT_EQ(head.Get(Url(audit)).json.at("version"), audit.at("version"));

  // Replanned: new dates, a team, the equal ISO 9001 clause, 8.5.1 out and 9.2 in. The 7.5.3 line keeps its id and
  // question and now answers both standards; 8.5.1's line goes; 9.2 gets a new one.
  auto quality = admin.Post("/api/v1/users", {{"unit_id", server().UnitId("SO-GDDT")},
                                              {"email", "kiemtoan." + RandomToken(4) + "@so.vn"},
                                              {"full_name", "Chuyên viên đánh giá"}});
  ASSERT_EQ(quality.status, 201) << quality.body;
  ASSERT_EQ(admin.Post("/api/v1/users/" + std::to_string(quality.json.at("id").as_int64()) + "/grants",
                       {{"role", "internal_auditor"}, {"unit_id", server().UnitId("SO-GDDT")}})
                .status,
            201);
  ASSERT_EQ(Edit(head, audit, {{"title", "Đánh giá lại kế hoạch lưu trữ"},
                               {"team_ids", {quality.json.at("id")}},
                               {"planned_end", DaysFromToday(0)},
                               {"agenda", "8:00 khai mạc; 9:00 kho lưu trữ"},
                               {"clause_ids", {i21_753, i9_753, i21_92}},
                               {"process_ids", {process["QT-CSVC"].at("id")}}}),
            "ok");
  EXPECT_EQ(audit.at("title").as_string(), "Đánh giá lại kế hoạch lưu trữ");
  EXPECT_EQ(audit.at("version").as_int64(), 2);
  EXPECT_EQ(audit.at("clauses").as_array().size(), 3u);
  json::array lines = audit.at("checklist").as_array();
  ASSERT_EQ(lines.size(), 2u) << audit;
  EXPECT_EQ(lines[0].at("id"), first.at("id"));
  EXPECT_EQ(lines[0].at("question").as_string(), "Hồ sơ được lưu ở đâu, ai giữ khoá?");
  EXPECT_EQ(lines[0].at("clauses").as_array().size(), 2u);
  EXPECT_EQ(lines[1].at("position").as_int64(), 2);
  EXPECT_NE(lines[1].at("id"), second.at("id"));
  EXPECT_EQ(lines[1].at("clauses").as_array()[0].at("id").as_int64(), i21_92);
  EXPECT_EQ(Answer(auditor, audit, second, {{"question", "?"}}).status, 404);  // that line is gone
  auto trail = head.Get("/api/v1/audit-log?entity=audit&entity_id=" + std::to_string(audit.at("id").as_int64()));
  ASSERT_EQ(trail.status, 200) << trail.body;
  const auto& newest = trail.json.at("items").as_array().at(0);  // newest first
  EXPECT_EQ(newest.at("operation").as_string(), "update");
  EXPECT_EQ(newest.at("before").at("title").as_string(), "Đánh giá nội bộ tuyển sinh và hồ sơ");
  EXPECT_EQ(newest.at("after").at("team_ids").as_array().at(0), quality.json.at("id"));
  // Reordering the same clauses keeps every line, in the new order.
  ASSERT_EQ(Edit(head, audit, {{"clause_ids", {i21_92, i21_753, i9_753}}}), "ok");
  EXPECT_EQ(audit.at("checklist").as_array()[1].at("id"), first.at("id"));
  EXPECT_EQ(audit.at("checklist").as_array()[0].at("id"), lines[1].at("id"));

  // The programme counts it for the unit and the process; cancelled, it counts no more, and stays in the history.
  auto audits_of = [&](const std::string& code) -> std::int64_t {
    auto coverage = head.Get(programme_url);
    for (const auto& p : coverage.json.at("coverage").at("processes").as_array())
      if (p.at("code").as_string() == code) return p.at("audits").as_int64();
    return -1;
  };
  auto unit_audited = [&]() {
    auto coverage = head.Get(programme_url);
    for (const auto& u : coverage.json.at("coverage").at("units_not_audited").as_array())
      if (u.at("id") == unit.json.at("id")) return false;
    return true;
  };
  long long csvc = audits_of("QT-CSVC");
  EXPECT_TRUE(unit_audited());
  EXPECT_EQ(auditor.Delete(Url(audit)).status, 403);
  auto cancelled = head.Delete(Url(audit));
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_FALSE(cancelled.json.at("archived_at").is_null());
  EXPECT_EQ(cancelled.json.at("status").as_string(), "planned");
  EXPECT_EQ(audits_of("QT-CSVC"), csvc - 1);
  EXPECT_FALSE(unit_audited());
  std::string of_unit = "/api/v1/audits?unit_id=" + std::to_string(unit.json.at("id").as_int64());
  EXPECT_TRUE(head.Get(of_unit).json.at("items").as_array().empty());
  auto history = head.Get(of_unit + "&include_archived=true");
  ASSERT_EQ(history.json.at("items").as_array().size(), 1u) << history.body;
  EXPECT_EQ(head.Get(of_unit + "&include_archived=maybe").code(), "request.bad_query");
  EXPECT_FALSE(head.Get(Url(audit)).json.at("archived_at").is_null());
  audit = cancelled.json;
  EXPECT_EQ(Edit(head, audit, {{"title", "Sau khi huỷ"}}), "conflict.archived@");
  EXPECT_EQ(head.Delete(Url(audit)).code(), "conflict.archived");
  EXPECT_EQ(Step(head, audit, "start"), "conflict.archived@");
  EXPECT_EQ(head.Delete("/api/v1/audits/999999").status, 404);

  // Once started, the plan stands.
  auto running = head.Post("/api/v1/audits", Plan(programme, {{"unit_id", unit.json.at("id")},
                                                              {"clause_ids", {i21_92}}}));
  ASSERT_EQ(running.status, 201) << running.body;
  json::value started = running.json;
  ASSERT_EQ(Step(auditor, started, "start"), "ok");
  EXPECT_EQ(Edit(head, started, {{"title", "Muộn"}}), "audits.not_planned@");
  auto not_planned = head.Delete(Url(started));
  EXPECT_EQ(not_planned.status, 409);
  EXPECT_EQ(not_planned.code(), "audits.not_planned");
  EXPECT_TRUE(unit_audited());
}

TEST_P(Audits, AProgrammeIsEditedAndArchivedButNeverDeleted) {
  Client head = As(kQualityHead), school = As(kSchoolManager), auditor = As(kAuditor);
  // Next year's programme of the school, so this test owns it.
  int year = std::stoi(DaysFromToday(0).substr(0, 4)) + 1;
  std::string by_year = "/api/v1/audit-programmes?year=" + std::to_string(year) +
                        "&unit_id=" + std::to_string(server().UnitId("THPT-TOHIEU"));
  auto made = school.Post("/api/v1/audit-programmes", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                       {"year", year},
                                                       {"title", "Chương trình của trường"}});
  ASSERT_EQ(made.status, 201) << made.body;
  json::value p = made.json;
  std::string url = "/api/v1/audit-programmes/" + std::to_string(p.at("id").as_int64());

  auto edited = school.Patch(url, {{"version", 1}, {"title", "Chương trình đánh giá nội bộ của trường"},
                                   {"objectives", "Mọi quá trình cốt lõi được đánh giá trong năm"}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json.at("version").as_int64(), 2);
  EXPECT_EQ(edited.json.at("objectives").as_string(), "Mọi quá trình cốt lõi được đánh giá trong năm");
  EXPECT_EQ(school.Patch(url, {{"version", 1}, {"title", "Cũ"}}).code(), "conflict.stale_version");
  EXPECT_EQ(school.Patch(url, {{"version", 2}, {"title", ""}}).code(), "validation.empty");
  EXPECT_EQ(school.Patch(url, {{"version", 2}, {"year", 2040}}).code(), "validation.unknown_field");
  EXPECT_EQ(school.Patch(url, {{"title", "Không có phiên bản"}}).code(), "validation.missing_field");
  EXPECT_EQ(auditor.Patch(url, {{"version", 2}, {"title", "Của tôi"}}).status, 403);
  EXPECT_EQ(As(kStaff).Patch(url, {{"version", 2}, {"title", "Của tôi"}}).status, 404);
  EXPECT_EQ(school.Patch("/api/v1/audit-programmes/999999", {{"version", 1}}).status, 404);
  // The department's quality manager may too: they may create programmes there.
  auto by_head = head.Patch(url, {{"version", 2}, {"objectives", "Cả hai tiêu chuẩn"}});
  ASSERT_EQ(by_head.status, 200) << by_head.body;
  EXPECT_EQ(by_head.json.at("title").as_string(), "Chương trình đánh giá nội bộ của trường");

  // Not archived while an audit of it is under way; a cancelled audit does not hold it.
  auto audit = head.Post("/api/v1/audits", Plan(p, {{"planned_start", std::to_string(year) + "-03-02"},
                                                    {"planned_end", std::to_string(year) + "-03-03"},
                                                    {"clause_ids", {server().ClauseId("iso-21001", "9.2")}}}));
  ASSERT_EQ(audit.status, 201) << audit.body;
  auto held = school.Delete(url);
  EXPECT_EQ(held.status, 409);
  EXPECT_EQ(held.code(), "audits.programme_has_open_audits");
  EXPECT_NE(std::string(held.json.at("detail").as_string()).find('1'), std::string::npos);
  ASSERT_EQ(head.Delete(Url(audit.json)).status, 200);
  EXPECT_EQ(auditor.Delete(url).status, 403);
  auto archived = school.Delete(url);
  ASSERT_EQ(archived.status, 200) << archived.body;
  EXPECT_FALSE(archived.json.at("archived_at").is_null());

  // Retained: out of the list, in it on request, readable, and closed to change and to new audits.
  EXPECT_TRUE(school.Get(by_year).json.at("items").as_array().empty());
  EXPECT_EQ(school.Get(by_year + "&include_archived=true").json.at("items").as_array().size(), 1u);
  EXPECT_EQ(school.Get(url).status, 200);
  EXPECT_EQ(school.Patch(url, {{"version", 4}, {"title", "Sau khi lưu trữ"}}).code(), "conflict.archived");
  EXPECT_EQ(school.Delete(url).code(), "conflict.archived");
  auto late = head.Post("/api/v1/audits", Plan(p, {{"planned_start", std::to_string(year) + "-04-01"},
                                                   {"planned_end", std::to_string(year) + "-04-01"},
                                                   {"clause_ids", {server().ClauseId("iso-21001", "9.2")}}}));
  EXPECT_EQ(late.code() + "@" + late.field(), "conflict.archived@programme_id");
  EXPECT_EQ(school.Delete("/api/v1/audit-programmes/999999").status, 404);
}

TEST_P(Audits, ChecklistLinesKeepTheirEvidenceFilesOnceReported) {
  Client head = As(kQualityHead), auditor = As(kAuditor);
  json::value programme = ThisYearsProgramme(head, "SO-GDDT");
  auto made = head.Post("/api/v1/audits", Plan(programme, {{"clause_ids", {server().ClauseId("iso-21001", "7.1.5")}}}));
  ASSERT_EQ(made.status, 201) << made.body;
  json::value audit = made.json;
  json::value line = audit.at("checklist").as_array()[0];
  std::string line_url = LineUrl(audit, line);
  std::string pdf = PdfWith("Biên bản kiểm tra thiết bị đo");

  EXPECT_EQ(Upload(auditor, line_url, "bien-ban.pdf", pdf).code(), "audits.not_in_progress");
  ASSERT_EQ(Step(auditor, audit, "start"), "ok");

  auto sent = Upload(auditor, line_url, "bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20tra.pdf", pdf);  // biên bản kiểm tra.pdf
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_EQ(sent.json.at("owner_type").as_string(), "checklist_line");
  EXPECT_EQ(sent.json.at("owner_id"), line.at("id"));
  EXPECT_EQ(sent.json.at("media_type").as_string(), "application/pdf");
  EXPECT_EQ(sent.json.at("sha256").as_string(), Sha256Hex(pdf));
  auto photo = Upload(head, line_url, "tu-ho-so.png", TinyPng());  // an audit manager may add evidence too
  ASSERT_EQ(photo.status, 201) << photo.body;

  // Refused: the wrong kind of file, a name that lies about its bytes, no name, someone not on the audit, a line of
  // another audit, unknown ids.
  EXPECT_EQ(Upload(auditor, line_url, "virus.pdf", std::string("MZ\x90\0 executable", 15)).code(),
            "files.type_not_allowed");
  EXPECT_EQ(Upload(auditor, line_url, "anh.png", pdf).code(), "files.type_mismatch");
  EXPECT_EQ(Upload(auditor, line_url, "rong.pdf", "").code(), "files.empty");
  EXPECT_EQ(auditor.Request("POST", line_url + "/attachments", pdf, "application/pdf").code(),
            "validation.missing_field");
  Client external = As(kExternal), staff = As(kStaff);
  EXPECT_EQ(Upload(external, line_url, "a.pdf", pdf).status, 403);
  EXPECT_EQ(Upload(staff, line_url, "a.pdf", pdf).status, 404);
  auto other = head.Post("/api/v1/audits", Plan(programme, {{"clause_ids", {server().ClauseId("iso-21001", "7.1.6")}}}));
  ASSERT_EQ(other.status, 201) << other.body;
  EXPECT_EQ(Upload(auditor, LineUrl(other.json, line), "a.pdf", pdf).status, 404);
  EXPECT_EQ(Upload(auditor, Url(audit) + "/checklist/999999", "a.pdf", pdf).status, 404);
  EXPECT_EQ(auditor.Get(line_url + "/attachments/999999/content").status, 404);

  // Listed on the line and in the audit, downloaded byte for byte, removed while the audit is in progress.
  auto listed = auditor.Get(line_url + "/attachments");
  ASSERT_EQ(listed.json.at("items").as_array().size(), 2u) << listed.body;
  auto in_audit = auditor.Get(Url(audit)).json.at("checklist").as_array()[0].at("files").as_array();
  ASSERT_EQ(in_audit.size(), 2u);
  EXPECT_EQ(in_audit[0].at("file_name").as_string(), "biên bản kiểm tra.pdf");
  std::string content = line_url + "/attachments/" + std::to_string(sent.json.at("id").as_int64()) + "/content";
  auto download = external.Get(content);
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf);
  EXPECT_EQ(download.headers["content-type"], "application/pdf");
  std::string photo_url = line_url + "/attachments/" + std::to_string(photo.json.at("id").as_int64());
  EXPECT_EQ(external.Delete(photo_url).status, 403);
  auto removed = auditor.Delete(photo_url);
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_FALSE(removed.json.at("removed_at").is_null());
  EXPECT_EQ(auditor.Delete(photo_url).status, 404);
  EXPECT_EQ(auditor.Get(line_url + "/attachments").json.at("items").as_array().size(), 1u);

  // Reported: the report lists and counts the evidence, and the files stay.
  line = auditor.Get(Url(audit)).json.at("checklist").as_array()[0];
  ASSERT_EQ(Answer(auditor, audit, line, {{"result", "conforming"}, {"evidence", "Biên bản kiểm định còn hạn"}}).status,
            200);
  ASSERT_EQ(Step(auditor, audit, "report", {{"summary", "Thiết bị đo được kiểm soát."}}), "ok");
  std::string text = ReportText(auditor, audit, "vi");
  EXPECT_NE(text.find("biên bản kiểm tra.pdf"), std::string::npos) << text;
  EXPECT_NE(text.find("Tệp minh chứng đính kèm: 1"), std::string::npos) << text;
  EXPECT_EQ(text.find("tu-ho-so.png"), std::string::npos);
  auto kept = auditor.Delete(line_url + "/attachments/" + std::to_string(sent.json.at("id").as_int64()));
  EXPECT_EQ(kept.status, 409);
  EXPECT_EQ(kept.code(), "audits.evidence_kept");
  EXPECT_EQ(Upload(auditor, line_url, "muon.pdf", pdf).code(), "audits.not_in_progress");
  EXPECT_EQ(auditor.Get(line_url + "/attachments").json.at("items").as_array().size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, Audits, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
