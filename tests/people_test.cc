// Competence over HTTP on both engines (issue 20): the catalogue and the organisation's own competences, what a unit
// requires, what people hold and the matrix of a subtree with its gaps and what expires within 90 days, as JSON and
// as a workbook; the refusals, each with nothing changed.
#include <gtest/gtest.h>

#include "demo/demo.h"
#include "test_env.h"
#include "test_files.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "iso@demo.eduims.vn";                   // quality manager of the department
const char* kTeacher = "giaovien.toan@demo.eduims.vn";         // staff of THPT Chuyên's mathematics department
const char* kPrincipal = "hieutruong.chuyen@demo.eduims.vn";   // process owner of THPT Chuyên
const char* kOtherManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu only

class People : public DemoApiTest {
 protected:
  long long Count(const std::string& sql) {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << sql, soci::into(n); });
    return n;
  }
  static std::string Id(long long id) { return std::to_string(id); }
  // The matrix's cell of `user_id` for `code` in the subtree of `unit_code`, read page by page.
  json::object CellOf(Client& c, const std::string& unit_code, db::Id user_id, const std::string& code) {
    std::string cursor;
    for (int page = 0; page < 100; ++page) {
      auto r = c.Get("/api/v1/competences/matrix?unit_id=" + Id(server().UnitId(unit_code)) + "&limit=200" +
                     (cursor.empty() ? "" : "&cursor=" + cursor));
      EXPECT_EQ(r.status, 200) << r.body;
      if (r.status != 200) return {};
      for (const auto& p : r.json.at("people").as_array()) {
        if (p.at("user_id").as_int64() != user_id) continue;
        for (const auto& cell : p.at("cells").as_array())
          if (cell.at("code").as_string() == code) return cell.as_object();
        return {};
      }
      if (r.json.at("next_cursor").is_null()) break;
      cursor = std::string(r.json.at("next_cursor").as_string());
    }
    return {};
  }
  json::object Totals(Client& c, const std::string& unit_code, const std::string& code) {
    auto r = c.Get("/api/v1/competences/matrix?unit_id=" + Id(server().UnitId(unit_code)) + "&limit=1");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& k : r.json.at("competences").as_array())
      if (k.at("code").as_string() == code) return k.as_object();
    return {};
  }
};

TEST_P(People, TheCatalogueShipsTheStandardsCompetencesAndTakesTheOrganisationsOwn) {
  Client manager = As(kManager);
  auto list = manager.Get("/api/v1/competences");
  ASSERT_EQ(list.status, 200) << list.body;
  std::set<std::string> codes;
  for (const auto& c : list.json.at("items").as_array()) codes.insert(std::string(c.at("code").as_string()));
  for (const char* code : {"subject_teaching", "iso21001_awareness", "iso9001_awareness", "internal_auditor_iso21001",
                           "internal_auditor_iso9001", "lead_auditor", "special_needs_education", "safeguarding",
                           "first_aid"})
    EXPECT_TRUE(codes.count(code)) << code;

  std::string code = std::string("boarding_care_") + (GetParam() == db::Engine::kSqlite ? "s" : "p");
  json::object body{{"unit_id", server().UnitId("SO-GDDT")}, {"code", code}, {"category", "care"},
                    {"name_vi", "Chăm sóc học sinh nội trú"}, {"name_en", "Boarding pupils' care"}};
  auto added = manager.Post("/api/v1/competences", body);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_FALSE(added.json.at("shipped").as_bool());
  // Anyone logged in reads it in the catalogue.
  auto seen = As(kTeacher).Get("/api/v1/competences");
  bool found = false;
  for (const auto& c : seen.json.at("items").as_array()) found = found || c.at("code").as_string() == code;
  EXPECT_TRUE(found);

  long long before = Count("SELECT COUNT(*) FROM competences");
  auto twice = manager.Post("/api/v1/competences", body);
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.code(), "people.competence_code_taken");
  body["code"] = "first_aid";
  EXPECT_EQ(manager.Post("/api/v1/competences", body).code(), "people.competence_code_taken");
  body["code"] = "Bad Code!";
  auto bad = manager.Post("/api/v1/competences", body);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.code(), "validation.invalid_value");
  EXPECT_EQ(bad.field(), "code");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM competences"), before);
  // A teacher does not manage competences.
  body["code"] = code + "_x";
  EXPECT_EQ(As(kTeacher).Post("/api/v1/competences", body).status, 422);
}

TEST_P(People, TheMatrixShowsGapsAndWhatExpiresAndClosesAGapOnceHeld) {
  Client manager = As(kManager);
  db::Id teacher = User(kTeacher);
  db::Id chuyen = server().UnitId("THPT-CHUYEN");
  auto required = manager.Post("/api/v1/competences/requirements",
                               {{"unit_id", chuyen}, {"competence_code", "counselling"}});
  ASSERT_EQ(required.status, 201) << required.body;
  auto twice = manager.Post("/api/v1/competences/requirements",
                            {{"unit_id", chuyen}, {"competence_code", "counselling"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.code(), "people.requirement_exists");
  // Only of the process owners: the principal, not the teacher.
  ASSERT_EQ(manager.Post("/api/v1/competences/requirements",
                         {{"unit_id", chuyen}, {"competence_code", "educational_management"}, {"role", "process_owner"}})
                .status,
            201);

  auto cell = CellOf(manager, "THPT-CHUYEN", teacher, "counselling");
  ASSERT_FALSE(cell.empty());
  EXPECT_TRUE(cell.at("required").as_bool());
  EXPECT_FALSE(cell.at("held").as_bool());
  EXPECT_TRUE(CellOf(manager, "THPT-CHUYEN", teacher, "educational_management").empty());
  auto principal_cell = CellOf(manager, "THPT-CHUYEN", User(kPrincipal), "educational_management");
  ASSERT_FALSE(principal_cell.empty());
  EXPECT_TRUE(principal_cell.at("required").as_bool());
  auto gaps_before = Totals(manager, "THPT-CHUYEN", "counselling");
  ASSERT_FALSE(gaps_before.empty());

  // Held, lapsing in 30 days: no gap any more, counted as expiring.
  auto held = manager.Post("/api/v1/users/" + Id(teacher) + "/competences",
                           {{"competence_code", "counselling"}, {"method", "training"},
                            {"granted_on", DaysFromToday(-300)}, {"expires_on", DaysFromToday(30)}});
  ASSERT_EQ(held.status, 201) << held.body;
  EXPECT_TRUE(held.json.at("expiring").as_bool());
  cell = CellOf(manager, "THPT-CHUYEN", teacher, "counselling");
  EXPECT_TRUE(cell.at("held").as_bool());
  EXPECT_TRUE(cell.at("expiring").as_bool());
  auto gaps_after = Totals(manager, "THPT-CHUYEN", "counselling");
  EXPECT_EQ(gaps_after.at("gaps").as_int64(), gaps_before.at("gaps").as_int64() - 1);
  EXPECT_EQ(gaps_after.at("held").as_int64(), gaps_before.at("held").as_int64() + 1);
  EXPECT_GE(gaps_after.at("expiring").as_int64(), 1);

  // The teacher reads their own holdings; the principal reads them as view_competences on the unit.
  auto own = As(kTeacher).Get("/api/v1/users/" + Id(teacher) + "/competences");
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_FALSE(own.json.at("items").as_array().empty());
  EXPECT_EQ(As(kPrincipal).Get("/api/v1/users/" + Id(teacher) + "/competences").status, 200);
  // Another school's quality manager sees neither the person nor the matrix.
  EXPECT_EQ(As(kOtherManager).Get("/api/v1/users/" + Id(teacher) + "/competences").status, 404);
  EXPECT_NE(As(kOtherManager).Get("/api/v1/competences/matrix?unit_id=" + Id(chuyen)).status, 200);
  // The teacher may not see a colleague's.
  EXPECT_EQ(As(kTeacher).Get("/api/v1/users/" + Id(User(kPrincipal)) + "/competences").status, 404);

  // The workbook of the subtree.
  auto book = manager.Get("/api/v1/competences/matrix.xlsx?unit_id=" + Id(chuyen) + "&lang=en");
  ASSERT_EQ(book.status, 200);
  EXPECT_EQ(book.headers["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(book.body.substr(0, 2), "PK");

  // Removing the holding reopens the gap; removing the requirement drops it from the matrix.
  ASSERT_EQ(manager.Delete("/api/v1/users/" + Id(teacher) + "/competences/" + Id(held.json.at("id").as_int64())).status,
            204);
  EXPECT_FALSE(CellOf(manager, "THPT-CHUYEN", teacher, "counselling").at("held").as_bool());
  ASSERT_EQ(manager.Delete("/api/v1/competences/requirements/" + Id(required.json.at("id").as_int64())).status, 204);
  EXPECT_TRUE(CellOf(manager, "THPT-CHUYEN", teacher, "counselling").empty());
}

TEST_P(People, BadHoldingsAreRefusedWithNothingChanged) {
  Client manager = As(kManager);
  std::string url = "/api/v1/users/" + Id(User(kTeacher)) + "/competences";
  long long before = Count("SELECT COUNT(*) FROM competence_holdings");
  auto expiry = manager.Post(url, {{"competence_code", "first_aid"}, {"method", "training"},
                                   {"granted_on", "2024-05-10"}, {"expires_on", "2024-05-09"}});
  EXPECT_EQ(expiry.status, 422);
  EXPECT_EQ(expiry.code(), "people.expiry_before_grant");
  EXPECT_EQ(expiry.field(), "expires_on");
  auto unknown = manager.Post(url, {{"competence_code", "no_such_thing"}, {"method", "training"},
                                    {"granted_on", "2024-05-10"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.code(), "validation.reference_not_found");
  EXPECT_EQ(unknown.field(), "competence_code");
  auto method = manager.Post(url, {{"competence_code", "first_aid"}, {"method", "rumour"}, {"granted_on", "2024-05-10"}});
  EXPECT_EQ(method.status, 422);
  EXPECT_EQ(method.field(), "method");
  auto future = manager.Post(url, {{"competence_code", "first_aid"}, {"method", "training"},
                                   {"granted_on", DaysFromToday(10)}});
  EXPECT_EQ(future.status, 422);
  EXPECT_EQ(future.field(), "granted_on");
  // In Vietnamese for a Vietnamese reader.
  auto vi = manager.Request("POST", url,
                            json::serialize(json::object{{"competence_code", "first_aid"}, {"method", "training"},
                                                         {"granted_on", "2024-05-10"}, {"expires_on", "2024-01-01"}}),
                            "application/json", {{"Accept-Language", "vi"}});
  EXPECT_EQ(vi.json.at("title").as_string(), "Ngày hết hạn trước ngày cấp");
  // A teacher does not manage competences, even their own.
  EXPECT_EQ(As(kTeacher).Post(url, {{"competence_code", "first_aid"}, {"method", "training"},
                                    {"granted_on", "2024-05-10"}}).status,
            403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM competence_holdings"), before);
}

TEST_P(People, AHoldingKeepsItsEvidenceFiles) {
  Client manager = As(kManager), teacher = As(kTeacher);
  db::Id teacher_id = User(kTeacher);
  std::string person = "/api/v1/users/" + Id(teacher_id) + "/competences";
  auto held = manager.Post(person, {{"competence_code", "safeguarding"}, {"method", "qualification"},
                                    {"granted_on", DaysFromToday(-30)}, {"note", "Giấy chứng nhận bảo vệ trẻ em"}});
  ASSERT_EQ(held.status, 201) << held.body;
  std::string files = person + "/" + Id(held.json.at("id").as_int64()) + "/attachments";
  long long trail = Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'attachment'");

  auto diploma = manager.Request("POST", files + "?file_name=Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20nh%E1%BA%ADn.pdf",
                                 PdfWith("Giấy chứng nhận bảo vệ trẻ em"), "application/pdf");
  ASSERT_EQ(diploma.status, 201) << diploma.body;
  EXPECT_EQ(diploma.json.at("owner_type").as_string(), "competence_holding");
  EXPECT_EQ(diploma.json.at("file_name").as_string(), "Giấy chứng nhận.pdf");
  db::Id file_id = diploma.json.at("id").as_int64();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'attachment'"), trail + 1);

  // The person reads their own evidence, with their holdings too; they may not add any, nor may another school.
  auto listed = teacher.Get(files);
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(listed.json.at("items").as_array().size(), 1u);
  auto page = teacher.Get(person);
  bool shown = false;
  for (const auto& h : page.json.at("items").as_array())
    if (h.at("id") == held.json.at("id")) shown = h.at("files").as_array().size() == 1;
  EXPECT_TRUE(shown) << page.body;
  auto content = teacher.Get(files + "/" + Id(file_id) + "/content");
  EXPECT_EQ(content.status, 200);
  EXPECT_EQ(content.body.substr(0, 5), "%PDF-");
  EXPECT_EQ(teacher.Request("POST", files + "?file_name=a.pdf", PdfWith("x"), "application/pdf").code(),
            "auth.forbidden");
  EXPECT_EQ(As(kOtherManager).Get(files).status, 404);
  EXPECT_EQ(As(kOtherManager).Request("POST", files + "?file_name=a.pdf", PdfWith("x"), "application/pdf").status, 404);
  // A holding of someone else is not found under this person.
  EXPECT_EQ(manager.Get("/api/v1/users/" + Id(User(kPrincipal)) + "/competences/" + Id(held.json.at("id").as_int64()) +
                        "/attachments")
                .status,
            404);

  // Removed by a manager: marked removed, in the trail; removing the holding takes its remaining files.
  auto removed = manager.Delete(files + "/" + Id(file_id));
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_FALSE(removed.json.at("removed_at").is_null());
  EXPECT_TRUE(manager.Get(files).json.at("items").as_array().empty());
  ASSERT_EQ(manager.Request("POST", files + "?file_name=b.pdf", PdfWith("Bản sao"), "application/pdf").status, 201);
  ASSERT_EQ(manager.Delete(person + "/" + Id(held.json.at("id").as_int64())).status, 204);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attachments WHERE owner_type = 'competence_holding' AND owner_id = " +
                  Id(held.json.at("id").as_int64()) + " AND removed_at IS NULL"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'attachment'"), trail + 4);
}

// Its own demo server per engine: the organisation's refuse-or-warn choice changes what every audit plan answers.
class QualifiedAuditors : public ::testing::TestWithParam<db::Engine> {};

TEST_P(QualifiedAuditors, AnAuditorWithoutTheCompetenceIsRefusedOrWarnedAsTheOrganisationChooses) {
  TestServer server(GetParam());
  auto as = [&](const std::string& email) {
    Client c(server.port());
    EXPECT_EQ(c.Login(email, demo::kDemoPassword).status, 201);
    return c;
  };
  Client admin = as(kAdminEmail), manager = as(kManager);
  db::Id auditor = server.UserId("danhgianoibo@demo.eduims.vn");
  db::Id member = server.UserId(kManager);
  std::string holdings_url = "/api/v1/users/" + std::to_string(auditor) + "/competences";
  // Whatever the demo gave them, the auditor and the quality manager start without the ISO 21001 internal auditor
  // competence.
  for (db::Id person : {auditor, member}) {
    std::string url = "/api/v1/users/" + std::to_string(person) + "/competences";
    auto held = manager.Get(url);
    for (const auto& h : held.json.at("items").as_array()) {
      if (h.at("competence_code").as_string() != "internal_auditor_iso21001") continue;
      ASSERT_EQ(manager.Delete(url + "/" + std::to_string(h.at("id").as_int64())).status, 204);
    }
  }

  int year = std::stoi(DaysFromToday(0).substr(0, 4));
  db::Id school = server.UnitId("THPT-TOHIEU");
  auto programmes = manager.Get("/api/v1/audit-programmes?year=" + std::to_string(year) + "&unit_id=" +
                                std::to_string(server.UnitId("SO-GDDT")));
  json::value programme;
  if (!programmes.json.at("items").as_array().empty()) {
    programme = programmes.json.at("items").as_array()[0];
  } else {
    auto made = manager.Post("/api/v1/audit-programmes", {{"unit_id", server.UnitId("SO-GDDT")},
                                                          {"year", year},
                                                          {"title", "Chương trình đánh giá " + std::to_string(year)}});
    ASSERT_EQ(made.status, 201) << made.body;
    programme = made.json;
  }
  json::object plan{{"programme_id", programme.at("id")},
                    {"unit_id", school},
                    {"title", "Đánh giá nội bộ năng lực"},
                    {"lead_auditor_id", auditor},
                    {"planned_start", DaysFromToday(0)},
                    {"planned_end", DaysFromToday(0)},
                    {"clause_ids", {server.ClauseId("iso-21001", "7.2")}}};

  // Warned by default: planned, the gap named in the answer.
  auto settings = manager.Get("/api/v1/competences/settings");
  ASSERT_EQ(settings.status, 200);
  EXPECT_EQ(settings.json.at("auditor_qualification").as_string(), "warn");
  auto warned = manager.Post("/api/v1/audits", plan);
  ASSERT_EQ(warned.status, 201) << warned.body;
  std::string check = "/api/v1/audits/" + std::to_string(warned.json.at("id").as_int64()) + "/auditor-qualification";
  auto warning = manager.Get(check);
  ASSERT_EQ(warning.status, 200) << warning.body;
  EXPECT_EQ(warning.json.at("auditor_qualification").as_string(), "warn");
  ASSERT_EQ(warning.json.at("unqualified").as_array().size(), 1u) << warning.body;
  EXPECT_EQ(warning.json.at("unqualified").as_array()[0].at("competence_code").as_string(),
            "internal_auditor_iso21001");
  EXPECT_EQ(warning.json.at("unqualified").as_array()[0].at("user_id").as_int64(), auditor);

  // Refused once the organisation chooses so; only who manages competences at the top may choose.
  EXPECT_EQ(manager.Put("/api/v1/competences/settings", {{"version", 0}, {"auditor_qualification", "refuse"}}).status,
            200);
  EXPECT_EQ(manager.Get("/api/v1/competences/settings").json.at("auditor_qualification").as_string(), "refuse");
  auto stale = admin.Put("/api/v1/competences/settings", {{"version", 0}, {"auditor_qualification", "warn"}});
  EXPECT_EQ(stale.status, 409);
  long long audits_before = 0;
  server.app().db().Read([&](soci::session& s) { s << "SELECT COUNT(*) FROM audits", soci::into(audits_before); });
  auto refused = manager.Post("/api/v1/audits", plan);
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.code(), "audits.auditor_not_qualified");
  EXPECT_EQ(refused.field(), "lead_auditor_id");
  long long audits_after = 0;
  server.app().db().Read([&](soci::session& s) { s << "SELECT COUNT(*) FROM audits", soci::into(audits_after); });
  EXPECT_EQ(audits_after, audits_before);

  // Trained: accepted, with nothing to warn of.
  ASSERT_EQ(manager.Post(holdings_url, {{"competence_code", "internal_auditor_iso21001"}, {"method", "training"},
                                        {"granted_on", DaysFromToday(-30)}, {"expires_on", DaysFromToday(700)}})
                .status,
            201);
  auto accepted = manager.Post("/api/v1/audits", plan);
  ASSERT_EQ(accepted.status, 201) << accepted.body;
  EXPECT_TRUE(manager.Get(check).json.at("unqualified").as_array().empty());
  // A team member without the competence is refused in turn, named on the team.
  plan["team_ids"] = {member};
  auto team = manager.Post("/api/v1/audits", plan);
  EXPECT_EQ(team.code(), "audits.auditor_not_qualified");
  EXPECT_EQ(team.field(), "team_ids");
}

INSTANTIATE_TEST_SUITE_P(Engines, QualifiedAuditors, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

INSTANTIATE_TEST_SUITE_P(Engines, People, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
