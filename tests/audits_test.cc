// Internal audits over HTTP on both engines: a programme and its coverage, an audit refused an auditor from the
// audited unit, the integrated checklist with one line for equal clauses of both standards, a major nonconformity
// raised from it and carried through an ineffective then an effective verification, an opportunity for
// improvement sent to the register, and an audit that closes only when every finding is followed up.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "platform/crypto.h"
#include "platform/files/text_extract.h"
#include "test_env.h"
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
  // This year's programme of `unit_code`, made once.
  json::value Programme(Client& c, const std::string& unit_code) {
    int year = std::stoi(DaysFromToday(0).substr(0, 4));
    auto listed = c.Get("/api/v1/audit-programmes?year=" + std::to_string(year) +
                        "&unit_id=" + std::to_string(server().UnitId(unit_code)));
    if (!listed.json.at("items").as_array().empty()) return listed.json.at("items").as_array()[0];
    auto made = c.Post("/api/v1/audit-programmes", {{"unit_id", server().UnitId(unit_code)},
                                                    {"year", year},
                                                    {"title", "Chương trình đánh giá nội bộ " + std::to_string(year)}});
    EXPECT_EQ(made.status, 201) << made.body;
    return made.json;
  }

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
  json::value programme = Programme(head, "SO-GDDT");
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
  EXPECT_EQ(no_right.code() + "@" + no_right.field(), "validation.invalid_value@team_ids");
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
      if (standard.at("code") == "iso-21001") EXPECT_NE(number.rfind("8.5.1", 0), 0u) << number;
      some_uncovered = some_uncovered || number == "9.3.1" || number == "9.3";
    }
  }
  EXPECT_TRUE(some_uncovered);
}

TEST_P(Audits, AnOpportunityForImprovementGoesToTheRegister) {
  Client head = As(kQualityHead), auditor = As(kAuditor);
  json::value programme = Programme(head, "SO-GDDT");
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
  auto pdf = auditor.Get(Url(audit) + "/report?lang=vi");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
  auto path = std::filesystem::temp_directory_path() / ("eduims-report-" + RandomToken(6) + ".pdf");
  std::ofstream(path, std::ios::binary) << pdf.body;
  std::string text = files::ExtractText(path, "application/pdf");
  std::filesystem::remove(path);
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
  json::value programme = Programme(head, "SO-GDDT");
  auto listed = head.Get("/api/v1/processes?limit=200");
  ASSERT_EQ(listed.status, 200) << listed.body;
  std::map<std::string, json::value> process;
  for (const auto& p : listed.json.at("items").as_array()) process[std::string(p.at("code").as_string())] = p;
  ASSERT_TRUE(process.count("QT-TS") && process.count("QT-DGNB") && process.count("QT-CSVC"));
  db::Id clause = server().ClauseId("iso-9001", "8.2");

  // The department's internal audit process belongs to the auditor: they cannot audit it.
  auto own_process = head.Post("/api/v1/audits", Plan(programme, {{"clause_ids", {clause}},
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

INSTANTIATE_TEST_SUITE_P(Engines, Audits, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
