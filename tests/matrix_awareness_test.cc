// Awareness of the policy and objectives (ISO 21001 / ISO 9001 7.3, issue 20) in the competence matrix on both
// engines: aware and not aware over the subtree and per home unit, the same as each person's own page says, and in
// the workbook. Its own demo server per engine: the test distributes the demo's quality policy.
#include <gtest/gtest.h>

#include "demo/demo.h"
#include "readers.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "iso@demo.eduims.vn";           // quality manager of the department
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";  // staff of THPT Tô Hiệu

class MatrixAwareness : public ::testing::TestWithParam<db::Engine> {};

TEST_P(MatrixAwareness, TotalsCountWhoAcknowledgedThePolicyPerUnitAndInTheWorkbook) {
  TestServer server(GetParam());
  auto as = [&](const std::string& email) {
    Client c(server.port());
    EXPECT_EQ(c.Login(email, demo::kDemoPassword).status, 201);
    return c;
  };
  Client manager = as(kManager), staff = as(kStaff);
  db::Id school = server.UnitId("THPT-TOHIEU"), staff_id = server.UserId(kStaff);
  std::string matrix = "/api/v1/competences/matrix?limit=200&unit_id=";

  // The totals agree with the people, the units with the totals, and each person with their own page.
  auto check = [&](db::Id unit) {
    auto m = manager.Get(matrix + std::to_string(unit));
    EXPECT_EQ(m.status, 200) << m.body;
    const auto& a = m.json.at("awareness");
    EXPECT_EQ(a.at("people").as_int64(), m.json.at("people_count").as_int64());
    EXPECT_EQ(a.at("aware").as_int64() + a.at("not_aware").as_int64(), a.at("people").as_int64());
    EXPECT_EQ(a.at("not_aware").as_int64(), a.at("pending").as_int64() + a.at("not_distributed").as_int64());
    long long people = 0, aware = 0;
    for (const auto& u : a.at("units").as_array()) {
      people += u.at("people").as_int64();
      aware += u.at("aware").as_int64();
    }
    EXPECT_EQ(people, a.at("people").as_int64());
    EXPECT_EQ(aware, a.at("aware").as_int64());
    for (const auto& p : m.json.at("people").as_array()) {
      auto own = manager.Get("/api/v1/users/" + std::to_string(p.at("user_id").as_int64()) + "/competences");
      EXPECT_EQ(own.json.at("awareness"), p.at("awareness")) << p.at("full_name");
    }
    return m;
  };
  check(server.UnitId("SO-GDDT"));
  auto before = check(school);
  long long aware_before = before.json.at("awareness").at("aware").as_int64();

  // The department distributes its quality policy to the school; the staff member acknowledges it.
  db::Id policy = 0, revision = 0;
  server.app().db().Read([&](soci::session& s) {
    s << "SELECT id, current_revision_id FROM documents WHERE type = 'policy' AND status = 'published' ORDER BY id",
        soci::into(policy), soci::into(revision);
  });
  ASSERT_NE(policy, 0);
  std::string doc = "/api/v1/documents/" + std::to_string(policy);
  auto distributed = manager.Put(doc + "/distribution", {{"targets", json::array{{{"unit_id", school}}}}});
  ASSERT_EQ(distributed.status, 200) << distributed.body;
  ASSERT_EQ(staff.Post(doc + "/acknowledgements", {{"revision_id", revision}}).status, 201);

  auto after = check(school);
  const auto& a = after.json.at("awareness");
  EXPECT_EQ(a.at("aware").as_int64(), aware_before + 1);
  bool row = false;
  for (const auto& u : a.at("units").as_array())
    if (u.at("unit_id").as_int64() == school) row = u.at("aware").as_int64() >= 1;
  EXPECT_TRUE(row) << after.body;
  for (const auto& p : after.json.at("people").as_array())
    if (p.at("user_id").as_int64() == staff_id) {
      EXPECT_EQ(p.at("awareness").as_string(), "aware");
    }

  // The workbook: awareness beside each person and a sheet of the units with the total.
  auto book = manager.Get("/api/v1/competences/matrix.xlsx?lang=en&unit_id=" + std::to_string(school));
  ASSERT_EQ(book.status, 200);
  auto read = ReadXlsx(book.body);
  ASSERT_TRUE(read.is_object());
  const auto& sheets = read.at("sheets").as_array();
  ASSERT_EQ(sheets.size(), 3u);
  const auto& people = sheets[1].at("rows").as_array();
  EXPECT_EQ(people[0].as_array().back().as_string(), "Policy awareness");
  bool staff_aware = false;
  for (size_t i = 1; i < people.size(); ++i)
    staff_aware = staff_aware || (people[i].as_array()[1].as_string() == "Hà Thị Lan" &&
                                  people[i].as_array().back().as_string() == "aware");
  EXPECT_TRUE(staff_aware) << json::serialize(sheets[1]);
  EXPECT_EQ(sheets[2].at("name").as_string(), "Awareness");
  const auto& units = sheets[2].at("rows").as_array();
  EXPECT_EQ(units[0].as_array()[2].as_string(), "Aware");
  const auto& total = units.back().as_array();
  EXPECT_EQ(total[0].as_string().subview().substr(0, 5), "Total");
  EXPECT_EQ(total[1].to_number<double>(), double(a.at("people").as_int64()));
  EXPECT_EQ(total[2].to_number<double>(), double(a.at("aware").as_int64()));
}

INSTANTIATE_TEST_SUITE_P(Engines, MatrixAwareness, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
