// Readiness over HTTP on both engines: self-assessments shared by "equal" clauses of the two standards with their
// versions and audit trail, evidence, mandatory documented information and open nonconformities moving a clause's
// points, the gap list, the gap-analysis spreadsheet read back by openpyxl, the evidence pack read back as a ZIP
// and limited to what the caller may read, and bad input refused without changing anything.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>

#include "platform/csv.h"
#include "platform/files/text_extract.h"
#include "readers.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";      // staff there
const char* kOtherSchool = "hieutruong.chuyen@demo.eduims.vn";
const char* kApprover = "giamdoc@demo.eduims.vn";           // top management of the department

class Readiness : public DemoApiTest {
 protected:
  // A new department of THPT Tô Hiệu, so each test starts from a unit with nothing in it.
  db::Id FreshUnit() {
    static int n = 0;
    Client admin = As(kAdminEmail);
    auto unit = admin.Post("/api/v1/units", {{"parent_id", server().UnitId("THPT-TOHIEU")},
                                             {"code", "SS-" + std::to_string(++n)},
                                             {"name", "Tổ kiểm thử sẵn sàng " + std::to_string(n)},
                                             {"type", "department"}});
    EXPECT_EQ(unit.status, 201) << unit.body;
    return unit.json.at("id").as_int64();
  }
  db::Id StandardId(const std::string& code) {
    Client c = As(kManager);
    auto listed = c.Get("/api/v1/standards");
    for (const auto& s : listed.json.at("items").as_array())
      if (s.at("code").as_string() == code) return s.at("id").as_int64();
    ADD_FAILURE() << "no standard " << code;
    return 0;
  }
  static std::string Query(db::Id standard, db::Id unit) {
    return "?standard=" + std::to_string(standard) + "&unit_id=" + std::to_string(unit);
  }
  static std::string AssessUrl(db::Id unit, db::Id clause) {
    return "/api/v1/readiness/assessments/" + std::to_string(unit) + "/" + std::to_string(clause);
  }
  // The report's row for clause `number`.
  static json::object Row(const HttpResult& report, const std::string& number) {
    for (const auto& c : report.json.at("clauses").as_array())
      if (c.at("number").as_string() == number) return c.as_object();
    ADD_FAILURE() << "no clause " << number << " in the report";
    return {};
  }
  static std::vector<std::string> Gaps(const json::object& row) {
    std::vector<std::string> out;
    for (const auto& g : row.at("gaps").as_array()) out.emplace_back(g.as_string());
    return out;
  }
  // A document of `unit` on `clause`, published with `markdown` as its content. Returns its id.
  db::Id Published(db::Id unit, db::Id clause, const std::string& title, const std::string& markdown,
                   const std::string& confidentiality = "internal") {
    Client qm = As(kManager);
    auto doc = qm.Post("/api/v1/documents", {{"unit_id", unit}, {"title", title}, {"type", "procedure"},
                                             {"confidentiality", confidentiality}, {"clause_ids", {clause}}});
    EXPECT_EQ(doc.status, 201) << doc.body;
    std::string url = "/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64());
    auto rev = qm.Post(url + "/revisions", {{"change_description", "Ban hành lần đầu"},
                                            {"content_markdown", markdown},
                                            {"approver_id", User(kApprover)}});
    EXPECT_EQ(rev.status, 201) << rev.body;
    std::string rev_url = url + "/revisions/" + std::to_string(rev.json.at("id").as_int64());
    Client approver = As(kApprover);
    auto step = [&](Client& c, const std::string& action, json::object extra = {}) {
      auto current = c.Get(rev_url);
      extra["action"] = action;
      extra["version"] = current.json.at("version");
      auto r = c.Post(rev_url + "/decisions", extra);
      EXPECT_EQ(r.status, 200) << action << " " << r.body;
    };
    step(qm, "submit");
    step(approver, "approve");
    step(approver, "publish", {{"effective_on", DaysFromToday(0)}});
    return doc.json.at("id").as_int64();
  }
};

TEST_P(Readiness, AnAssessmentIsSharedByEqualClausesAndMovesWithEvidenceAndNonconformities) {
  db::Id unit = FreshUnit();
  db::Id iso21001 = StandardId("iso-21001"), iso9001 = StandardId("iso-9001");
  db::Id awareness = server().ClauseId("iso-21001", "7.3"), awareness9001 = server().ClauseId("iso-9001", "7.3");
  Client qm = As(kManager);

  auto empty = qm.Get("/api/v1/readiness" + Query(iso21001, unit));
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.json.at("percent").as_int64(), 0);
  EXPECT_EQ(empty.json.at("clauses").as_array().size(), 76u);  // the requirement clauses of ISO 21001
  EXPECT_EQ(empty.json.at("groups").as_array().size(), 7u);     // clauses 4 to 10
  EXPECT_EQ(Gaps(Row(empty, "7.3")), (std::vector<std::string>{"not_started", "no_evidence"}));

  auto made = qm.Put(AssessUrl(unit, awareness), {{"status", "implemented"}, {"comment", "Đã phổ biến chính sách"}});
  ASSERT_EQ(made.status, 200) << made.body;
  EXPECT_EQ(made.json.at("version").as_int64(), 1);
  EXPECT_EQ(made.json.at("assessed_by").as_int64(), User(kManager));
  auto assessed = qm.Get("/api/v1/readiness" + Query(iso21001, unit));
  auto row = Row(assessed, "7.3");
  EXPECT_EQ(row.at("status").as_string(), "implemented");
  EXPECT_EQ(row.at("points").as_int64(), 40) << "implemented, but nothing shows it";
  EXPECT_EQ(Gaps(row), (std::vector<std::string>{"not_verified", "no_evidence"}));

  // ISO 9001 7.3 is "equal" to ISO 21001 7.3: the same assessment shows there, and is the one to update.
  auto other = qm.Get("/api/v1/readiness" + Query(iso9001, unit));
  ASSERT_EQ(other.status, 200);
  EXPECT_EQ(Row(other, "7.3").at("status").as_string(), "implemented");
  EXPECT_TRUE(Row(other, "7.3").at("assessment_via_correspondence").as_bool());
  auto blind = qm.Put(AssessUrl(unit, awareness9001), {{"status", "verified"}});
  EXPECT_EQ(blind.status, 409);
  EXPECT_EQ(blind.code(), "conflict.stale_version");
  auto verified = qm.Put(AssessUrl(unit, awareness9001), {{"status", "verified"}, {"version", 1}});
  ASSERT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(verified.json.at("version").as_int64(), 2);
  EXPECT_EQ(verified.json.at("clause_id").as_int64(), awareness);

  // A kept record on the clause is evidence; then verified is ready.
  auto record = qm.Post("/api/v1/records", {{"unit_id", unit}, {"title", "Danh sách ký nhận phổ biến chính sách"},
                                            {"category", "training"}, {"recorded_on", DaysFromToday(-3)},
                                            {"clause_ids", {awareness}}});
  ASSERT_EQ(record.status, 201) << record.body;
  auto ready = qm.Get("/api/v1/readiness" + Query(iso21001, unit));
  EXPECT_EQ(Row(ready, "7.3").at("points").as_int64(), 100);
  EXPECT_TRUE(Gaps(Row(ready, "7.3")).empty());
  EXPECT_EQ(Row(qm.Get("/api/v1/readiness" + Query(iso9001, unit)), "7.3").at("points").as_int64(), 100);

  // An open minor nonconformity raised on the ISO 9001 clause holds the ISO 21001 one back too.
  auto nc = qm.Post("/api/v1/nonconformities", {{"unit_id", unit}, {"title", "Giáo viên mới chưa được phổ biến"},
                                                 {"source", "internal_audit"}, {"severity", "minor"},
                                                 {"clause_ids", {awareness9001}}});
  ASSERT_EQ(nc.status, 201) << nc.body;
  auto held = qm.Get("/api/v1/readiness" + Query(iso21001, unit));
  auto held_row = Row(held, "7.3");
  EXPECT_EQ(held_row.at("points").as_int64(), 80);
  EXPECT_EQ(Gaps(held_row), std::vector<std::string>{"open_minor_nonconformity"});
  EXPECT_EQ(held_row.at("nonconformities").as_array()[0].at("id"), nc.json.at("id"));

  // The percentages are the means of the clauses' points, rounded half up.
  long long sum = 0, count = 0;
  for (const auto& c : held.json.at("clauses").as_array()) {
    sum += c.at("points").as_int64();
    ++count;
  }
  EXPECT_EQ(held.json.at("percent").as_int64(), (2 * sum + count) / (2 * count));
  std::map<std::string, std::pair<long long, long long>> groups;  // number -> (points, clauses)
  for (const auto& c : held.json.at("clauses").as_array()) {
    auto& [points, clauses] = groups[std::string(c.at("group").as_string())];
    points += c.at("points").as_int64();
    ++clauses;
  }
  for (const auto& g : held.json.at("groups").as_array()) {
    auto [points, clauses] = groups[std::string(g.at("number").as_string())];
    EXPECT_EQ(g.at("percent").as_int64(), (2 * points + clauses) / (2 * clauses)) << g.at("number");
  }

  auto gaps = qm.Get("/api/v1/readiness/gaps" + Query(iso21001, unit));
  ASSERT_EQ(gaps.status, 200) << gaps.body;
  EXPECT_EQ(gaps.json.at("items").as_array().size(), 76u);
  for (const auto& g : gaps.json.at("items").as_array()) {
    if (g.at("number").as_string() == "7.3") {
      EXPECT_EQ(g.at("open_minor").as_int64(), 1);
    }
  }

  // Both changes are in the audit trail, with who and what.
  auto trail = qm.Get("/api/v1/audit-log?entity=readiness_assessment&entity_id=" +
                      std::to_string(made.json.at("id").as_int64()));
  ASSERT_EQ(trail.status, 200) << trail.body;
  const auto& entries = trail.json.at("items").as_array();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].at("operation").as_string(), "update");
  EXPECT_EQ(entries[0].at("before").at("status").as_string(), "implemented");
  EXPECT_EQ(entries[0].at("after").at("status").as_string(), "verified");
  EXPECT_EQ(entries[1].at("operation").as_string(), "create");
}

TEST_P(Readiness, MandatoryDocumentedInformationMustBeThere) {
  db::Id unit = FreshUnit();
  db::Id iso21001 = StandardId("iso-21001");
  db::Id competence = server().ClauseId("iso-21001", "7.2.1");
  Client qm = As(kManager);
  ASSERT_EQ(qm.Put(AssessUrl(unit, competence), {{"status", "verified"}}).status, 200);
  auto missing = Row(qm.Get("/api/v1/readiness" + Query(iso21001, unit)), "7.2.1");
  EXPECT_EQ(missing.at("points").as_int64(), 40);
  EXPECT_EQ(Gaps(missing), (std::vector<std::string>{"no_evidence", "mandatory_missing"}));
  // A draft is no evidence, and leaves the mandatory item in draft.
  ASSERT_EQ(qm.Post("/api/v1/documents", {{"unit_id", unit}, {"title", "Quy trình đánh giá năng lực giáo viên"},
                                          {"type", "procedure"}, {"clause_ids", {competence}}})
                .status,
            201);
  auto draft = Row(qm.Get("/api/v1/readiness" + Query(iso21001, unit)), "7.2.1");
  EXPECT_EQ(draft.at("evidence").at("documents").as_array().size(), 1u);
  EXPECT_EQ(Gaps(draft), (std::vector<std::string>{"no_evidence", "mandatory_in_draft"}));
  // Competence is evidence to retain: a kept record of it is what is missing.
  ASSERT_EQ(qm.Post("/api/v1/records", {{"unit_id", unit}, {"title", "Kết quả đánh giá năng lực năm học"},
                                        {"category", "training"}, {"recorded_on", DaysFromToday(-1)},
                                        {"clause_ids", {competence}}})
                .status,
            201);
  auto present = Row(qm.Get("/api/v1/readiness" + Query(iso21001, unit)), "7.2.1");
  EXPECT_EQ(present.at("points").as_int64(), 100) << json::serialize(present);
  EXPECT_EQ(present.at("mandatory").as_array()[0].at("state").as_string(), "present");
}

// Each mandatory item shows once, on the requirement clause that states it, and caps only that clause: ISO 21001's
// 24 items showed as 37 when the one item of 8.3 capped all six of 8.3.1 to 8.3.6.
TEST_P(Readiness, EachMandatoryItemShowsOnceOnTheClauseThatStatesIt) {
  db::Id unit = FreshUnit();
  db::Id iso21001 = StandardId("iso-21001");
  Client qm = As(kManager);
  auto items = qm.Get("/api/v1/standards/" + std::to_string(iso21001) + "/mandatory-information");
  ASSERT_EQ(items.status, 200) << items.body;
  EXPECT_EQ(items.json.at("items").as_array().size(), 24u);
  auto report = qm.Get("/api/v1/readiness" + Query(iso21001, unit));
  ASSERT_EQ(report.status, 200) << report.body;
  size_t shown = 0;
  std::vector<std::string> design;
  for (const auto& row : report.json.at("clauses").as_array()) {
    size_t n = row.at("mandatory").as_array().size();
    shown += n;
    std::string number(row.at("number").as_string());
    if (number.rfind("8.3.", 0) == 0 && n > 0) design.push_back(number);
    for (const auto& m : row.at("mandatory").as_array()) EXPECT_EQ(m.at("clause_number"), row.at("number"));
  }
  EXPECT_EQ(shown, 24u);
  EXPECT_EQ(design, std::vector<std::string>{"8.3.2"});
  // Learners' data is 8.5.5 with its records; preservation is 8.5.4.
  EXPECT_EQ(Row(report, "8.5.4").at("title_en").as_string(), "Preservation");
  EXPECT_EQ(Row(report, "8.5.5").at("mandatory").as_array()[0].at("title_en").as_string(),
            "Records on handling of learners' data");
}

TEST_P(Readiness, TheGapReportOpensInASpreadsheetReader) {
  db::Id unit = FreshUnit();
  db::Id iso21001 = StandardId("iso-21001");
  Client qm = As(kManager);
  ASSERT_EQ(qm.Put(AssessUrl(unit, server().ClauseId("iso-21001", "9.2")),
                   {{"status", "partial"}, {"comment", "Chương trình đánh giá; chưa có báo cáo, \"đang soạn\""}})
                .status,
            200);
  auto report = qm.Get("/api/v1/readiness/gap-report" + Query(iso21001, unit));
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_EQ(report.headers["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_NE(report.headers["content-disposition"].find("attachment; filename=\"gap-analysis-iso-21001-2018-SS-"),
            std::string::npos);
  auto book = ReadXlsx(report.body);
  ASSERT_TRUE(book.is_object());
  const auto& sheets = book.at("sheets").as_array();
  ASSERT_EQ(sheets.size(), 3u);
  EXPECT_EQ(sheets[0].at("name").as_string(), "Summary");
  EXPECT_EQ(sheets[1].at("name").as_string(), "Clauses");
  EXPECT_EQ(sheets[2].at("name").as_string(), "Gaps");
  const auto& rows = sheets[1].at("rows").as_array();
  ASSERT_EQ(rows.size(), 77u);  // the header and 76 requirement clauses (8.5.6 since issue 22)
  bool found = false;
  for (const auto& r : rows) {
    if (r.as_array()[0] != json::value("9.2")) continue;
    found = true;
    EXPECT_EQ(r.as_array()[2].as_string(), "Partial");
    EXPECT_EQ(r.as_array()[3].as_string(), "Chương trình đánh giá; chưa có báo cáo, \"đang soạn\"");
    EXPECT_EQ(r.as_array()[12].to_number<double>(), 40.0);
  }
  EXPECT_TRUE(found);
  auto json_report = qm.Get("/api/v1/readiness" + Query(iso21001, unit));
  EXPECT_EQ(sheets[0].at("rows").as_array()[3].as_array()[1].to_number<double>(),
            double(json_report.json.at("percent").as_int64()));

  // In Vietnamese for a Vietnamese reader.
  qm.language = "vi";
  auto vi = ReadXlsx(qm.Get("/api/v1/readiness/gap-report" + Query(iso21001, unit) + "&format=xlsx").body);
  ASSERT_TRUE(vi.is_object());
  EXPECT_EQ(vi.at("sheets").as_array()[0].at("name").as_string(), "Tổng quan");
  // Its time stamp is a real date cell on the reader's clock, shown as Vietnamese write dates.
  const auto& summary = vi.at("sheets").as_array()[0];
  EXPECT_EQ(std::string(summary.at("rows").as_array()[2].as_array()[1].as_string()).substr(0, 10), DaysFromToday(0));
  EXPECT_EQ(summary.at("date_formats").at("B3").as_string(), "dd/mm/yyyy hh:mm");
  // Every sheet prints on A4 landscape, fitted to the page's width, the header row repeated on each page.
  for (const auto& sheet : vi.at("sheets").as_array()) {
    const auto& print = sheet.at("print");
    EXPECT_EQ(print.at("paper_size").as_int64(), 9) << sheet.at("name");
    EXPECT_EQ(print.at("orientation").as_string(), "landscape");
    EXPECT_TRUE(print.at("fit_to_page").as_bool());
    EXPECT_EQ(print.at("fit_to_width").as_int64(), 1);
  }
  EXPECT_EQ(vi.at("sheets").as_array()[1].at("print").at("title_rows").as_string(), "$1:$1");
  EXPECT_EQ(vi.at("sheets").as_array()[1].at("rows").as_array()[0].as_array()[10].as_string(),
            "Sự không phù hợp nặng chưa đóng");
  EXPECT_EQ(qm.Get("/api/v1/readiness/gap-report" + Query(iso21001, unit) + "&format=ods").code(),
            "request.bad_query");

  // And as a PDF, whose text a PDF reader finds.
  auto pdf = qm.Get("/api/v1/readiness/gap-report" + Query(iso21001, unit) + "&format=pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
  std::string path = TempDir() + "/gaps.pdf";
  std::ofstream(path, std::ios::binary) << pdf.body;
  std::string text = files::ExtractText(path, "application/pdf");
  EXPECT_NE(text.find("Đơn vị: SS-"), std::string::npos) << text.substr(0, 300);
  EXPECT_NE(text.find("9.2"), std::string::npos);
  EXPECT_NE(text.find("Mới thực hiện một phần"), std::string::npos);
}

TEST_P(Readiness, TheEvidencePackHoldsWhatTheCallerMayReadWithAnIndex) {
  db::Id unit = FreshUnit();
  db::Id scope = server().ClauseId("iso-21001", "4.3");
  db::Id open_doc = Published(unit, scope, "Phạm vi hệ thống quản lý", "# Phạm vi\n\nÁp dụng cho **toàn trường**.");
  db::Id restricted = Published(unit, scope, "Hồ sơ nhân sự mật", "Chỉ ban giám hiệu.", "restricted");
  Client qm = As(kManager);
  auto record = qm.Post("/api/v1/records", {{"unit_id", unit}, {"title", "Biên bản họp xem xét phạm vi"},
                                            {"category", "meeting_minutes"}, {"recorded_on", DaysFromToday(-2)},
                                            {"clause_ids", {scope}}});
  ASSERT_EQ(record.status, 201) << record.body;
  std::string url = "/api/v1/readiness/evidence-pack?unit_id=" + std::to_string(unit);
  auto pack = qm.Get(url);
  ASSERT_EQ(pack.status, 200) << pack.body;
  EXPECT_EQ(pack.headers["content-type"], "application/zip");
  std::map<std::string, std::string> entries;
  for (auto& [name, content] : ReadZip(pack.body)) entries[name] = content;
  ASSERT_EQ(entries.size(), 5u);  // two documents, one record, the index twice
  std::string page = entries["documents/" + std::to_string(open_doc) + "-" + [&] {
    return std::string(qm.Get("/api/v1/documents/" + std::to_string(open_doc)).json.at("code").as_string());
  }() + ".html"];
  EXPECT_NE(page.find("<strong>toàn trường</strong>"), std::string::npos) << page;
  EXPECT_NE(page.find("ISO 21001:2018 4.3"), std::string::npos);
  EXPECT_NE(page.find("ISO 9001:2015 4.3 (=)"), std::string::npos) << page;  // evidence of the equal clause too
  EXPECT_NE(entries["records/" + std::to_string(record.json.at("id").as_int64()) + ".html"].find(
                "Biên bản họp xem xét phạm vi"),
            std::string::npos);
  EXPECT_NE(entries["index.html"].find("Phạm vi hệ thống quản lý"), std::string::npos);
  const std::string& csv = entries["index.csv"];
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(csv.find("document," + std::to_string(open_doc) + ","), std::string::npos);
  EXPECT_NE(csv.find("record," + std::to_string(record.json.at("id").as_int64()) + ","), std::string::npos);

  // Staff of the school read internal documents, not restricted ones; another school reads nothing of this unit.
  auto staff_pack = As(kStaff).Get(url);
  ASSERT_EQ(staff_pack.status, 200) << staff_pack.body;
  bool restricted_seen = false;
  for (auto& [name, content] : ReadZip(staff_pack.body))
    restricted_seen = restricted_seen || name.find("documents/" + std::to_string(restricted) + "-") == 0;
  EXPECT_FALSE(restricted_seen);
  EXPECT_EQ(As(kOtherSchool).Get(url).status, 404);
  EXPECT_EQ(qm.Get("/api/v1/readiness/evidence-pack").code(), "request.bad_query");
}

// Issue 23: a record's title went into index.csv as it was, and a spreadsheet opening the index ran it as a formula.
TEST_P(Readiness, TheEvidencePackIndexNeutralisesFormulas) {
  db::Id unit = FreshUnit();
  Client qm = As(kManager);
  std::string title = "@SUM(1+1)*cmd|' /C calc'!A0";
  auto record = qm.Post("/api/v1/records", {{"unit_id", unit}, {"title", title}, {"category", "meeting_minutes"},
                                            {"recorded_on", DaysFromToday(-1)}});
  ASSERT_EQ(record.status, 201) << record.body;
  auto pack = qm.Get("/api/v1/readiness/evidence-pack?unit_id=" + std::to_string(unit));
  ASSERT_EQ(pack.status, 200) << pack.body;
  std::string csv;
  for (auto& [name, content] : ReadZip(pack.body))
    if (name == "index.csv") csv = content;
  auto parsed = ParseCsv(csv);
  ASSERT_FALSE(parsed.error) << csv;
  ASSERT_EQ(parsed.records.size(), 2u) << csv;
  EXPECT_EQ(parsed.records[1].fields[0], "record");
  EXPECT_EQ(parsed.records[1].fields[1], std::to_string(record.json.at("id").as_int64()));
  EXPECT_EQ(parsed.records[1].fields[3], "'" + title);
}

TEST_P(Readiness, BadInputIsRefusedAndChangesNothing) {
  db::Id unit = FreshUnit();
  db::Id iso21001 = StandardId("iso-21001");
  db::Id clause = server().ClauseId("iso-21001", "8.6");
  Client qm = As(kManager);
  struct Case {
    std::string url;
    json::object body;
    int status;
    std::string code, field;
  };
  const std::vector<Case> cases = {
      {AssessUrl(unit, clause), {{"status", "done"}}, 422, "validation.invalid_value", "status"},
      {AssessUrl(unit, clause), {{"comment", "Thiếu trạng thái"}}, 422, "validation.missing_field", "status"},
      {AssessUrl(unit, clause), {{"status", "partial"}, {"comment", std::string(2001, 'x')}}, 422,
       "validation.too_long", "comment"},
      {AssessUrl(unit, clause), {{"status", "partial"}, {"owner", 1}}, 422, "validation.unknown_field", "owner"},
      {AssessUrl(unit, clause), {{"status", "partial"}, {"version", 0}}, 422, "validation.invalid_value", "version"},
      {AssessUrl(unit, clause), {{"status", "partial"}, {"version", 3}}, 409, "conflict.stale_version", "version"},
      {AssessUrl(unit, server().ClauseId("iso-21001", "7.1")), {{"status", "partial"}}, 422,
       "readiness.not_a_requirement_clause", "clause_id"},
      {AssessUrl(unit, 999999), {{"status", "partial"}}, 404, "resource.not_found", ""},
      {AssessUrl(999999, clause), {{"status", "partial"}}, 404, "resource.not_found", ""},
      {AssessUrl(server().UnitId("THPT-CHUYEN"), clause), {{"status", "partial"}}, 404, "resource.not_found", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.url + " " + json::serialize(c.body));
    auto r = qm.Put(c.url, c.body);
    EXPECT_EQ(r.status, c.status) << r.body;
    EXPECT_EQ(r.code(), c.code);
    EXPECT_EQ(r.field(), c.field);
    EXPECT_EQ(r.headers["content-type"], "application/problem+json");
  }
  auto staff = As(kStaff).Put(AssessUrl(unit, clause), {{"status", "verified"}});
  EXPECT_EQ(staff.status, 403);
  EXPECT_EQ(qm.Get("/api/v1/readiness?standard=" + std::to_string(iso21001)).code(), "request.bad_query");
  EXPECT_EQ(qm.Get("/api/v1/readiness?standard=x&unit_id=" + std::to_string(unit)).field(), "standard");
  EXPECT_EQ(qm.Get("/api/v1/readiness" + Query(iso21001, unit) + "&within=1").code(), "request.bad_query");
  EXPECT_EQ(qm.Get("/api/v1/readiness" + Query(999999, unit)).status, 404);
  EXPECT_EQ(qm.Get("/api/v1/readiness/gaps" + Query(iso21001, server().UnitId("THPT-CHUYEN"))).status, 404);

  // Nothing was recorded, in the assessments or the audit trail.
  auto report = qm.Get("/api/v1/readiness" + Query(iso21001, unit));
  for (const auto& row : report.json.at("clauses").as_array()) EXPECT_TRUE(row.at("assessment").is_null());
  auto trail = qm.Get("/api/v1/audit-log?entity=readiness_assessment&limit=200");
  ASSERT_EQ(trail.status, 200);
  for (const auto& e : trail.json.at("items").as_array()) EXPECT_NE(e.at("after").at("unit_id").as_int64(), unit);

  // An archived unit takes no new assessment.
  ASSERT_EQ(As(kAdminEmail).Delete("/api/v1/units/" + std::to_string(unit)).status, 200);
  EXPECT_EQ(qm.Put(AssessUrl(unit, clause), {{"status", "partial"}}).code(), "conflict.archived");
}

// The first requirement clause at or below `number` ("6.2" finds 6.2.1 when 6.2 has sub-clauses).
json::object RowAtOrBelow(const HttpResult& report, const std::string& number) {
  for (const auto& c : report.json.at("clauses").as_array()) {
    std::string n(c.at("number").as_string());
    if (n == number || n.rfind(number + ".", 0) == 0) return c.as_object();
  }
  ADD_FAILURE() << "no clause at or below " << number;
  return {};
}

// The register `name` among the clause row's evidence, or null.
json::value RegisterOf(const json::object& row, const std::string& name) {
  for (const auto& r : row.at("evidence").at("registers").as_array())
    if (r.at("register").as_string() == name) return r;
  return nullptr;
}

TEST_P(Readiness, PlanningRegistersAreEvidenceOfTheirClausesAndSayWhereTheyFallShort) {
  Client qm = As(kManager);
  db::Id iso21001 = StandardId("iso-21001");
  db::Id unit = FreshUnit();
  auto before = qm.Get("/api/v1/readiness" + Query(iso21001, unit));
  ASSERT_EQ(before.status, 200) << before.body;
  // A new unit starts with the mandatory interested parties, none with its needs recorded yet.
  json::value parties = RegisterOf(RowAtOrBelow(before, "4.2"), "interested_parties");
  ASSERT_TRUE(parties.is_object()) << before.body;
  EXPECT_EQ(parties.at("entries").as_int64(), 5);
  EXPECT_EQ(parties.at("shortfalls"), (json::array{"needs_not_recorded"}));
  auto party_gaps = Gaps(RowAtOrBelow(before, "4.2"));
  EXPECT_NE(std::find(party_gaps.begin(), party_gaps.end(), "register_shortfall"), party_gaps.end());
  EXPECT_TRUE(RegisterOf(RowAtOrBelow(before, "4.1"), "context_issues").is_null());

  auto issue = qm.Post("/api/v1/context-issues", {{"unit_id", unit}, {"title", "Sĩ số lớp 10 giảm"},
                                                  {"category", "demographic"}, {"effect", "negative"}});
  ASSERT_EQ(issue.status, 201) << issue.body;
  auto objective = qm.Post("/api/v1/objectives", {{"unit_id", unit}, {"title", "Tỷ lệ học sinh khá giỏi 60%"}});
  ASSERT_EQ(objective.status, 201) << objective.body;

  auto after = qm.Get("/api/v1/readiness" + Query(iso21001, unit));
  json::value context = RegisterOf(RowAtOrBelow(after, "4.1"), "context_issues");
  ASSERT_TRUE(context.is_object()) << after.body;
  EXPECT_EQ(context.at("entries").as_int64(), 1);
  EXPECT_TRUE(context.at("shortfalls").as_array().empty());
  auto context_gaps = Gaps(RowAtOrBelow(after, "4.1"));
  EXPECT_EQ(std::find(context_gaps.begin(), context_gaps.end(), "no_evidence"), context_gaps.end());
  json::value objectives = RegisterOf(RowAtOrBelow(after, "6.2"), "objectives");
  ASSERT_TRUE(objectives.is_object()) << after.body;
  EXPECT_EQ(objectives.at("shortfalls"), (json::array{"objective_without_indicator"}));
}

INSTANTIATE_TEST_SUITE_P(Engines, Readiness, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
