// Recruitment over HTTP on both engines (ISO 21001 7.1.2, issue 20): a unit's process for a position and a
// recruitment by it from its plan to the decision and its retained results, closed as a record; every refusal (a
// decision before the opening, more appointed than vacancies, a step out of turn or not the caller's, closing
// without results, changing a closed one) with nothing changed; readiness counting it for 7.1.2 of both standards
// and the evidence pack holding its results.
#include <gtest/gtest.h>

#include <map>

#include "readers.h"
#include "test_env.h"
#include "test_files.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "iso@demo.eduims.vn";               // quality manager of the department: manages competences
const char* kTeacher = "giaovien.toan@demo.eduims.vn";     // staff of THPT Chuyên: views competences only
const char* kPrincipal = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu only
const char* kOtherSchool = "hieutruong.chuyen@demo.eduims.vn";  // process owner of THPT Chuyên, not of Tô Hiệu

class Recruitments : public DemoApiTest {
 protected:
  static std::string Id(long long id) { return std::to_string(id); }
  long long Count(const std::string& sql) {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << sql, soci::into(n); });
    return n;
  }
  json::value Process(Client& c, const std::string& unit_code) {
    auto made = c.Post("/api/v1/recruitment-processes",
                       {{"unit_id", server().UnitId(unit_code)},
                        {"position", "Giáo viên Ngữ văn"},
                        {"competences", {"subject_teaching", "safeguarding"}},
                        {"criteria", "Cử nhân sư phạm Ngữ văn; đạt thực hành giảng dạy từ 50/100 điểm"},
                        {"steps", {"Thông báo", "Xét hồ sơ", "Thực hành giảng dạy", "Quyết định"}}});
    EXPECT_EQ(made.status, 201) << made.body;
    return made.json;
  }
  HttpResult Step(Client& c, db::Id id, json::object body) {
    auto now = c.Get("/api/v1/recruitments/" + Id(id));
    body["version"] = now.json.at("version");
    return c.Post("/api/v1/recruitments/" + Id(id) + "/steps", body);
  }
};

TEST_P(Recruitments, FromPlanToAClosedRecordWithItsResults) {
  Client manager = As(kManager), teacher = As(kTeacher), principal = As(kPrincipal);
  json::value process = Process(principal, "THPT-TOHIEU");
  db::Id teacher_id = User(kTeacher);
  // The process is read back and changed with its version.
  std::string process_url = "/api/v1/recruitment-processes/" + Id(process.at("id").as_int64());
  auto changed = principal.Put(process_url, {{"version", 1},
                                             {"position", "Giáo viên Ngữ văn THPT hạng III"},
                                             {"competences", {"subject_teaching"}},
                                             {"steps", {"Thông báo", "Xét tuyển", "Quyết định"}}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json.at("version").as_int64(), 2);
  EXPECT_EQ(principal.Put(process_url, {{"version", 1}, {"position", "Cũ"}}).code(), "conflict.stale_version");
  auto applying = principal.Get("/api/v1/recruitment-processes?unit_id=" + Id(server().UnitId("THPT-TOHIEU")));
  ASSERT_EQ(applying.status, 200) << applying.body;
  bool listed = false;
  for (const auto& p : applying.json.at("items").as_array()) listed = listed || p.at("id") == process.at("id");
  EXPECT_TRUE(listed);

  // Planned by the department, with a teacher of another school on the panel.
  auto made = manager.Post("/api/v1/recruitments", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                   {"process_id", process.at("id")},
                                                   {"title", "Tuyển giáo viên Ngữ văn"},
                                                     {"vacancies", 1},
                                                     {"opened_on", DaysFromToday(-20)},
                                                     {"method", "selection"},
                                                     {"panel_ids", {teacher_id}}});
  ASSERT_EQ(made.status, 201) << made.body;
  db::Id id = made.json.at("id").as_int64();
  EXPECT_EQ(made.json.at("status").as_string(), "planned");
  EXPECT_EQ(made.json.at("position").as_string(), "Giáo viên Ngữ văn THPT hạng III");
  EXPECT_EQ(made.json.at("actions"), (json::array{"open", "cancel"}));

  // The panel member sees it though the school is not theirs, and may only start the selection.
  auto seen = teacher.Get("/api/v1/recruitments/" + Id(id));
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_TRUE(seen.json.at("actions").as_array().empty());
  EXPECT_EQ(Step(teacher, id, {{"action", "open"}}).code(), "workflow.not_permitted");
  auto listed_to_panel = teacher.Get("/api/v1/recruitments?status=planned&limit=200");
  bool on_list = false;
  for (const auto& r : listed_to_panel.json.at("items").as_array()) on_list = on_list || r.at("id").as_int64() == id;
  EXPECT_TRUE(on_list);
  // Another school's head does not see it at all.
  EXPECT_EQ(As(kOtherSchool).Get("/api/v1/recruitments/" + Id(id)).status, 404);

  ASSERT_EQ(Step(principal, id, {{"action", "open"}}).status, 200);
  auto selecting = Step(teacher, id, {{"action", "start_selection"}, {"candidates", 3}});
  ASSERT_EQ(selecting.status, 200) << selecting.body;
  EXPECT_EQ(selecting.json.at("status").as_string(), "selecting");
  EXPECT_EQ(selecting.json.at("candidates").as_int64(), 3);

  // Bad decisions, each refused with nothing changed.
  long long version = principal.Get("/api/v1/recruitments/" + Id(id)).json.at("version").as_int64();
  long long trail = Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'recruitment' AND entity_id = '" + Id(id) + "'");
  json::object decision{{"action", "decide"},
                        {"decided_on", DaysFromToday(-25)},
                        {"appointed", json::array{{{"name", "Lò Thị Hoa"}}}},
                        {"outcome", "Tuyển đủ chỉ tiêu"}};
  auto early = Step(principal, id, decision);
  EXPECT_EQ(early.status, 422);
  EXPECT_EQ(early.code(), "recruitment.decision_before_opening");
  EXPECT_EQ(early.field(), "decided_on");
  EXPECT_NE(std::string(early.json.at("detail").as_string()).find("opened on " + DaysFromToday(-20)), std::string::npos)
      << early.body;
  Client vietnamese = As(kPrincipal);
  vietnamese.language = "vi";
  auto worded = Step(vietnamese, id, decision);
  EXPECT_NE(std::string(worded.json.at("detail").as_string()).find("trước ngày mở"), std::string::npos) << worded.body;
  decision["decided_on"] = DaysFromToday(-1);
  decision["appointed"] = json::array{{{"name", "Lò Thị Hoa"}}, {{"name", "Cầm Văn Tiến"}}};
  auto many = Step(principal, id, decision);
  EXPECT_EQ(many.code(), "recruitment.too_many_appointed");
  decision["appointed"] = json::array{{{"name", "Lò Thị Hoa"}, {"user_id", teacher_id}}};
  EXPECT_EQ(Step(principal, id, decision).code(), "validation.invalid_value");
  decision["appointed"] = json::array{{{"name", "Lò Thị Hoa"}}};
  decision["decided_on"] = DaysFromToday(3);
  EXPECT_EQ(Step(principal, id, decision).code(), "validation.invalid_value");
  EXPECT_EQ(Step(principal, id, {{"action", "close"}}).code(), "workflow.transition_not_allowed");
  EXPECT_EQ(Step(principal, id, {{"action", "cancel"}}).code(), "validation.missing_field");
  auto after = principal.Get("/api/v1/recruitments/" + Id(id));
  EXPECT_EQ(after.json.at("version").as_int64(), version);
  EXPECT_EQ(after.json.at("status").as_string(), "selecting");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'recruitment' AND entity_id = '" + Id(id) + "'"), trail);

  decision["decided_on"] = DaysFromToday(-1);
  auto decided = Step(principal, id, decision);
  ASSERT_EQ(decided.status, 200) << decided.body;
  EXPECT_EQ(decided.json.at("appointed").at(0).at("name").as_string(), "Lò Thị Hoa");
  EXPECT_TRUE(decided.json.at("appointed").at(0).at("user_id").is_null());

  // Not closed without its retained results; the panel member attaches the minutes.
  auto bare = Step(principal, id, {{"action", "close"}});
  EXPECT_EQ(bare.status, 409);
  EXPECT_EQ(bare.code(), "recruitment.results_required");
  auto file = teacher.Request("POST", "/api/v1/recruitments/" + Id(id) + "/attachments?file_name=Bien%20ban.pdf",
                              PdfWith("Biên bản hội đồng tuyển dụng"), "application/pdf");
  ASSERT_EQ(file.status, 201) << file.body;
  EXPECT_EQ(file.json.at("owner_type").as_string(), "recruitment");
  db::Id file_id = file.json.at("id").as_int64();
  // A panel member adds results, only the unit's managers take them away.
  EXPECT_EQ(teacher.Delete("/api/v1/recruitments/" + Id(id) + "/attachments/" + Id(file_id)).code(), "auth.forbidden");
  auto closed = Step(principal, id, {{"action", "close"}, {"comment", "Hồ sơ lưu tại văn phòng trường"}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json.at("status").as_string(), "closed");
  EXPECT_FALSE(closed.json.at("archived_at").is_null());
  EXPECT_FALSE(closed.json.at("may_attach").as_bool());
  EXPECT_EQ(closed.json.at("files").as_array().size(), 1u);

  // A closed recruitment is a record: its files stay, nothing moves it on.
  EXPECT_EQ(principal.Delete("/api/v1/recruitments/" + Id(id) + "/attachments/" + Id(file_id)).code(),
            "conflict.archived");
  EXPECT_EQ(principal.Request("POST", "/api/v1/recruitments/" + Id(id) + "/attachments?file_name=b.pdf",
                              PdfWith("Thêm"), "application/pdf")
                .code(),
            "conflict.archived");
  EXPECT_EQ(Step(principal, id, {{"action", "cancel"}, {"reason", "Nhầm"}}).code(), "workflow.transition_not_allowed");
  auto download = teacher.Get("/api/v1/recruitments/" + Id(id) + "/attachments/" + Id(file_id) + "/content");
  EXPECT_EQ(download.status, 200);
  // Every write is in the trail: the creation and four steps.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'recruitment' AND entity_id = '" + Id(id) + "'"), 5);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'recruitment_process' AND entity_id = '" +
                  Id(process.at("id").as_int64()) + "'"),
            2);
}

TEST_P(Recruitments, CancelledWithAReasonFromAnyStateBeforeClosed) {
  Client principal = As(kPrincipal);
  json::value process = Process(principal, "THPT-TOHIEU");
  for (const char* reached : {"planned", "open", "selecting"}) {
    auto made = principal.Post("/api/v1/recruitments", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                       {"process_id", process.at("id")},
                                                       {"title", std::string("Tuyển nhân viên ") + reached},
                                                       {"vacancies", 2},
                                                       {"opened_on", DaysFromToday(0)},
                                                       {"method", "examination"}});
    ASSERT_EQ(made.status, 201) << made.body;
    db::Id id = made.json.at("id").as_int64();
    if (std::string(reached) != "planned") ASSERT_EQ(Step(principal, id, {{"action", "open"}}).status, 200);
    if (std::string(reached) == "selecting")
      ASSERT_EQ(Step(principal, id, {{"action", "start_selection"}}).status, 200);
    auto cancelled = Step(principal, id, {{"action", "cancel"}, {"reason", "Không còn nhu cầu tuyển"}});
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_EQ(cancelled.json.at("status").as_string(), "cancelled");
    EXPECT_EQ(cancelled.json.at("cancel_reason").as_string(), "Không còn nhu cầu tuyển");
    EXPECT_TRUE(cancelled.json.at("actions").as_array().empty());
  }
}

TEST_P(Recruitments, BadInputIsRefusedWithNothingChanged) {
  Client principal = As(kPrincipal), teacher = As(kTeacher);
  json::value process = Process(principal, "THPT-TOHIEU");
  long long processes = Count("SELECT COUNT(*) FROM recruitment_processes");
  long long recruitments = Count("SELECT COUNT(*) FROM recruitments");
  // An unknown competence, a document that does not exist.
  auto unknown = principal.Post("/api/v1/recruitment-processes", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                                 {"position", "Bảo vệ"},
                                                                 {"competences", {"flying"}}});
  EXPECT_EQ(unknown.code(), "validation.reference_not_found");
  EXPECT_EQ(unknown.field(), "competences");
  auto no_document = principal.Post("/api/v1/recruitment-processes", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                                     {"position", "Bảo vệ"},
                                                                     {"document_id", 99999999}});
  EXPECT_EQ(no_document.field(), "document_id");
  // Staff may read, not write.
  EXPECT_EQ(teacher.Post("/api/v1/recruitment-processes", {{"unit_id", server().UnitId("THPT-CHUYEN-TOAN")},
                                                           {"position", "Bảo vệ"}})
                .status,
            403);
  json::object body{{"unit_id", server().UnitId("THPT-TOHIEU")}, {"process_id", process.at("id")},
                    {"title", "Tuyển"}, {"vacancies", 0}, {"opened_on", DaysFromToday(0)}, {"method", "selection"}};
  EXPECT_EQ(principal.Post("/api/v1/recruitments", body).status, 422);
  body["vacancies"] = 1;
  body["method"] = "lottery";
  EXPECT_EQ(principal.Post("/api/v1/recruitments", body).status, 422);
  body["method"] = "selection";
  // A process of another school does not apply to this one.
  Client manager = As(kManager);
  json::value elsewhere = Process(manager, "THPT-CHUYEN");
  body["process_id"] = elsewhere.at("id");
  auto foreign = principal.Post("/api/v1/recruitments", body);
  EXPECT_EQ(foreign.code(), "validation.reference_not_found");
  EXPECT_EQ(foreign.field(), "process_id");
  body["process_id"] = process.at("id");
  body["panel_ids"] = json::array{99999999};
  EXPECT_EQ(principal.Post("/api/v1/recruitments", body).field(), "panel_ids");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM recruitment_processes"), processes + 1);  // the other school's, made above
  EXPECT_EQ(Count("SELECT COUNT(*) FROM recruitments"), recruitments);
}

TEST_P(Recruitments, CountForClause712AndTheirResultsGoInTheEvidencePack) {
  // The demo's school recruits teachers by a process and closed a recruitment with its panel's minutes.
  Client manager = As(kManager);
  db::Id school = server().UnitId("THPT-CHUYEN");
  for (const char* standard : {"iso-21001", "iso-9001"}) {
    db::Id standard_id = 0;
    auto standards = manager.Get("/api/v1/standards");
    for (const auto& s : standards.json.at("items").as_array())
      if (s.at("code").as_string() == standard) standard_id = s.at("id").as_int64();
    auto report = manager.Get("/api/v1/readiness?standard=" + Id(standard_id) + "&unit_id=" + Id(school));
    ASSERT_EQ(report.status, 200) << report.body;
    std::set<std::string> registers;
    for (const auto& c : report.json.at("clauses").as_array()) {
      std::string number(c.at("number").as_string());
      if (number != "7.1.2" && number.rfind("7.1.2.", 0) != 0) continue;
      for (const auto& r : c.at("evidence").at("registers").as_array())
        registers.insert(std::string(r.at("register").as_string()));
    }
    EXPECT_TRUE(registers.count("recruitment_processes")) << standard;
    EXPECT_TRUE(registers.count("recruitments")) << standard;
  }
  auto pack = manager.Get("/api/v1/readiness/evidence-pack?unit_id=" + Id(school));
  ASSERT_EQ(pack.status, 200) << pack.body;
  std::map<std::string, std::string> entries;
  for (auto& [name, content] : ReadZip(pack.body)) entries[name] = content;
  int results = 0, evidence = 0;
  for (const auto& [name, content] : entries) {
    if (name.rfind("recruitment/", 0) == 0) {
      ++results;
      EXPECT_EQ(content.substr(0, 5), "%PDF-") << name;
    }
    evidence += name.rfind("competence/", 0) == 0;
  }
  EXPECT_GE(results, 1);
  EXPECT_GE(evidence, 1);  // the mathematics teacher's degree
  EXPECT_NE(entries["index.csv"].find("recruitment_results,"), std::string::npos);
  EXPECT_NE(entries["index.csv"].find("competence_evidence,"), std::string::npos);
  EXPECT_NE(entries["index.html"].find("Tuyển dụng giáo viên Toán"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, Recruitments, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
