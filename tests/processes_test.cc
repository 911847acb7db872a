// Processes over HTTP on both engines: the register with its interactions, the map, links from documents and to
// clauses (and the clause evidence that shows them), an owner who must manage processes, and every refusal
// changing nothing.
#include <gtest/gtest.h>

#include "demo/demo.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kQualityManager = "hieutruong.tohieu@demo.eduims.vn";  // THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";            // THPT Tô Hiệu
const char* kOtherSchool = "hieutruong.chuyen@demo.eduims.vn";     // process owner of THPT Chuyên

class Processes : public DemoApiTest {
 protected:
  // A code no other test on this shared server uses.
  std::string Code(const std::string& stem) {
    static int n = 0;
    return stem + "-" + (GetParam() == db::Engine::kSqlite ? "S" : "P") + std::to_string(++n);
  }
  static std::string Url(const HttpResult& r) { return "/api/v1/processes/" + std::to_string(r.json.at("id").as_int64()); }
};

TEST_P(Processes, ARegisterWithInteractionsDrawsTheMap) {
  Client qm = As(kQualityManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto admission = qm.Post("/api/v1/processes", {{"unit_id", school},
                                                 {"code", Code("QT-TS")},
                                                 {"name", "Tuyển sinh lớp 10"},
                                                 {"category", "core"},
                                                 {"outputs", json::array{"Danh sách trúng tuyển"}},
                                                 {"risk_level", "high"}});
  ASSERT_EQ(admission.status, 201) << admission.body;
  auto teaching = qm.Post("/api/v1/processes",
                          {{"unit_id", school},
                           {"code", Code("QT-DH")},
                           {"name", "Dạy và học"},
                           {"category", "core"},
                           {"owner_id", server().UserId(kQualityManager)},
                           {"inputs", json::array{"Danh sách lớp", "Chương trình giáo dục"}},
                           {"resources", json::array{"Giáo viên", "Phòng học"}}});
  ASSERT_EQ(teaching.status, 201) << teaching.body;
  auto linked = qm.Patch(Url(admission), {{"version", 1},
                                          {"feeds", json::array{{{"process_id", teaching.json.at("id")},
                                                                 {"what", "Danh sách học sinh trúng tuyển"}}}}});
  ASSERT_EQ(linked.status, 200) << linked.body;
  EXPECT_EQ(linked.json.at("version").as_int64(), 2);
  EXPECT_EQ(linked.json.at("risk_level").as_string(), "high");

  auto fed = qm.Get(Url(teaching));
  ASSERT_EQ(fed.status, 200);
  ASSERT_EQ(fed.json.at("fed_by").as_array().size(), 1u);
  EXPECT_EQ(fed.json.at("fed_by").as_array()[0].at("process_id"), admission.json.at("id"));
  EXPECT_EQ(fed.json.at("inputs").as_array().size(), 2u);

  auto map = As(kStaff).Get("/api/v1/process-map?within=" + std::to_string(school));
  ASSERT_EQ(map.status, 200) << map.body;
  bool edge = false;
  for (const auto& e : map.json.at("interactions").as_array())
    edge = edge || (e.at("from") == admission.json.at("id") && e.at("to") == teaching.json.at("id"));
  EXPECT_TRUE(edge) << map.body;
  EXPECT_FALSE(map.json.at("truncated").as_bool());

  // Search without diacritics; another school sees none of it.
  auto found = qm.Get("/api/v1/processes?q=tuyen%20sinh&unit_id=" + std::to_string(school));
  ASSERT_EQ(found.status, 200);
  EXPECT_EQ(found.json.at("items").as_array().size(), 1u);
  Client other = As(kOtherSchool);
  EXPECT_EQ(other.Get(Url(admission)).status, 404);
  EXPECT_TRUE(other.Get("/api/v1/processes?unit_id=" + std::to_string(school)).json.at("items").as_array().empty());

  // Archived: out of the map and of the interactions into the other process.
  ASSERT_EQ(qm.Delete(Url(admission)).status, 200);
  EXPECT_TRUE(qm.Get(Url(teaching)).json.at("fed_by").as_array().empty());
  auto after = qm.Get("/api/v1/process-map?within=" + std::to_string(school));
  for (const auto& p : after.json.at("processes").as_array()) EXPECT_NE(p.at("id"), admission.json.at("id"));
  EXPECT_EQ(qm.Patch(Url(admission), {{"version", 3}, {"name", "Sau lưu trữ"}}).code(), "conflict.archived");
}

// Owning a process is no permission to edit it (issue 25): an owner must manage processes on its unit, so someone
// who may not is refused when named; the owner's edits are tested in named_people_test.cc.
TEST_P(Processes, AnOwnerMustManageProcessesAndStaffCannotCreate) {
  Client qm = As(kQualityManager), staff = As(kStaff);
  db::Id school = server().UnitId("THPT-TOHIEU");
  json::object body{{"unit_id", school}, {"code", Code("QT-DG")}, {"name", "Đánh giá học sinh"}, {"category", "core"},
                    {"owner_id", server().UserId(kStaff)}};
  EXPECT_EQ(qm.Post("/api/v1/processes", body).code(), "auth.named_without_permission");
  body.erase("owner_id");
  auto p = qm.Post("/api/v1/processes", body);
  ASSERT_EQ(p.status, 201) << p.body;
  EXPECT_EQ(staff.Patch(Url(p), {{"version", 1}, {"purpose", "Đánh giá công bằng, minh bạch"}}).status, 403);
  EXPECT_EQ(staff.Post("/api/v1/processes", {{"unit_id", school}, {"code", Code("X")}, {"name", "Không được"},
                                             {"category", "support"}})
                .status,
            403);
  EXPECT_EQ(staff.Delete(Url(p)).status, 403);
}

TEST_P(Processes, DocumentsAndClausesLinkToProcessesAndTheEvidenceShowsThem) {
  Client qm = As(kQualityManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  db::Id clause_21001 = server().ClauseId("iso-21001", "8.5.1"), clause_9001 = server().ClauseId("iso-9001", "8.5.1");
  auto p = qm.Post("/api/v1/processes", {{"unit_id", school},
                                         {"code", Code("QT-GD")},
                                         {"name", "Tổ chức giảng dạy"},
                                         {"category", "core"},
                                         {"clause_ids", json::array{clause_9001}}});
  ASSERT_EQ(p.status, 201) << p.body;
  auto doc = qm.Post("/api/v1/documents", {{"unit_id", school},
                                           {"title", "Hướng dẫn soạn giáo án"},
                                           {"type", "work_instruction"},
                                           {"process_ids", json::array{p.json.at("id")}}});
  ASSERT_EQ(doc.status, 201) << doc.body;
  EXPECT_EQ(doc.json.at("process_ids").as_array().size(), 1u);
  auto docs = qm.Get("/api/v1/documents?process_id=" + std::to_string(p.json.at("id").as_int64()));
  ASSERT_EQ(docs.status, 200);
  ASSERT_EQ(docs.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(docs.json.at("items").as_array()[0].at("id"), doc.json.at("id"));
  // A process of another school cannot be linked.
  auto foreign = As(kOtherSchool).Post("/api/v1/processes", {{"unit_id", server().UnitId("THPT-CHUYEN")},
                                                            {"code", Code("QT-NN")},
                                                            {"name", "Ngoại khoá"},
                                                            {"category", "support"}});
  ASSERT_EQ(foreign.status, 201) << foreign.body;
  auto refused = qm.Patch("/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64()),
                          {{"version", 1}, {"process_ids", json::array{foreign.json.at("id")}}});
  EXPECT_EQ(refused.code(), "validation.reference_not_found");
  EXPECT_EQ(refused.json.at("field").as_string(), "process_ids");

  // The ISO 21001 evidence shows the process on its clause when the two clauses correspond as "equal".
  auto standards = qm.Get("/api/v1/standards");
  auto crosswalks = qm.Get("/api/v1/crosswalks");
  for (const std::string std_code : {"iso-9001", "iso-21001"}) {
    db::Id standard = 0;
    for (const auto& s : standards.json.at("items").as_array())
      if (s.at("code").as_string() == std_code && !standard) standard = s.at("id").as_int64();  // the first edition
    auto evidence = qm.Get("/api/v1/standards/" + std::to_string(standard) + "/evidence?within=" + std::to_string(school));
    ASSERT_EQ(evidence.status, 200) << evidence.body;
    db::Id clause = std_code == "iso-9001" ? clause_9001 : clause_21001;
    for (const auto& c : evidence.json.at("clauses").as_array()) {
      if (c.at("clause_id").as_int64() != clause) continue;
      bool shown = false;
      for (const auto& shown_process : c.at("processes").as_array())
        shown = shown || shown_process.at("id") == p.json.at("id");
      if (std_code == "iso-9001") {
        EXPECT_TRUE(shown) << std_code;
      } else {
        // Shown through the correspondence only if the crosswalk has 8.5.1 = 8.5.1 as "equal".
        bool equal = false;
        for (const auto& x : crosswalks.json.at("items").as_array())
          if (x.at("relation").as_string() == "equal" &&
              ((x.at("from").at("clause_id").as_int64() == clause && x.at("to").at("clause_id").as_int64() == clause_9001) ||
               (x.at("to").at("clause_id").as_int64() == clause && x.at("from").at("clause_id").as_int64() == clause_9001)))
            equal = true;
        EXPECT_EQ(shown, equal) << std_code;
      }
    }
  }
}

TEST_P(Processes, BadInputIsRefusedAndChangesNothing) {
  Client qm = As(kQualityManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto base = [&](json::object extra) {
    json::object body{{"unit_id", school}, {"code", Code("QT-B")}, {"name", "Quá trình"}, {"category", "core"}};
    for (auto& kv : extra) body[kv.key()] = kv.value();
    return qm.Post("/api/v1/processes", body);
  };
  long long before = qm.Get("/api/v1/processes?unit_id=" + std::to_string(school) + "&limit=200")
                         .json.at("items").as_array().size();
  struct Case {
    json::object extra;
    std::string code, field;
  };
  std::vector<Case> cases = {
      {{{"category", "teaching"}}, "validation.invalid_value", "category"},
      {{{"code", "QT TS"}}, "validation.invalid_value", "code"},
      {{{"name", "   "}}, "validation.empty", "name"},
      {{{"name", "<script>alert(1)</script>" + std::string(200, 'x')}}, "validation.too_long", "name"},
      {{{"inputs", json::array{"ok", 5}}}, "validation.wrong_type", "inputs"},
      {{{"outputs", "not a list"}}, "validation.wrong_type", "outputs"},
      {{{"risk_level", "extreme"}}, "validation.invalid_value", "risk_level"},
      {{{"clause_ids", json::array{999999}}}, "validation.reference_not_found", "clause_ids"},
      {{{"feeds", json::array{{{"process_id", 999999}, {"what", "x"}}}}}, "validation.reference_not_found",
       "feeds[0].process_id"},
      {{{"feeds", json::array{{{"process_id", 1}}}}}, "validation.missing_field", "feeds[0].what"},
      {{{"feeds", json::array{{{"process_id", 1}, {"what", "x"}, {"how", "y"}}}}}, "validation.unknown_field",
       "feeds[0].how"},
      {{{"owner_id", 999999}}, "validation.reference_not_found", "owner_id"},
      // A unit the caller cannot see does not exist for them.
      {{{"unit_id", server().UnitId("THPT-CHUYEN")}}, "validation.reference_not_found", "unit_id"},
      {{{"colour", "red"}}, "validation.unknown_field", "colour"},
  };
  for (const auto& c : cases) {
    auto r = base(c.extra);
    EXPECT_EQ(r.code(), c.code) << json::serialize(c.extra) << " -> " << r.body;
    if (!c.field.empty() && r.json.is_object() && r.json.as_object().contains("field")) {
      EXPECT_EQ(r.json.at("field").as_string(), c.field) << json::serialize(c.extra);
    }
    EXPECT_NE(r.status, 500);
  }
  auto made = base({});
  ASSERT_EQ(made.status, 201) << made.body;
  std::string code(made.json.at("code").as_string());
  EXPECT_EQ(qm.Post("/api/v1/processes", {{"unit_id", school}, {"code", code}, {"name", "Trùng"}, {"category", "core"}})
                .code(),
            "conflict.duplicate");
  auto itself = qm.Patch(Url(made), {{"version", 1},
                                     {"feeds", json::array{{{"process_id", made.json.at("id")}, {"what", "Chính nó"}}}}});
  EXPECT_EQ(itself.code() + "@" + itself.field(), "process.feeds_itself@feeds[0].process_id");
  auto second = base({});
  ASSERT_EQ(second.status, 201);
  auto twice = qm.Patch(Url(made), {{"version", 1},
                                    {"feeds", json::array{{{"process_id", second.json.at("id")}, {"what", "A"}},
                                                          {{"process_id", second.json.at("id")}, {"what", "B"}}}}});
  EXPECT_EQ(twice.code() + "@" + twice.field(), "process.duplicate_feed@feeds[1].process_id");
  EXPECT_EQ(qm.Patch(Url(made), {{"version", 7}, {"name", "Cũ"}}).code(), "conflict.stale_version");
  EXPECT_EQ(qm.Get("/api/v1/processes/abc").status, 404);
  EXPECT_EQ(qm.Get("/api/v1/processes?category=x").code(), "request.bad_query");
  // Only the two good ones were written, and neither changed.
  EXPECT_EQ(qm.Get("/api/v1/processes?unit_id=" + std::to_string(school) + "&limit=200").json.at("items").as_array().size(),
            size_t(before + 2));
  EXPECT_EQ(qm.Get(Url(made)).json.at("version").as_int64(), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, Processes, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
