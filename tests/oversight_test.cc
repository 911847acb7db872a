// The department's oversight table over HTTP on both engines: one row per school under the department, its cells
// counted from the other modules (a nonconformity raised in a school shows in its row at once), sorted and
// filtered as asked, coloured against the thresholds the answer carries, each cell linked to its list, exported
// as XLSX; units outside the caller's subtree and callers without the permission are refused, as is bad input.
#include <gtest/gtest.h>

#include <cmath>

#include "planning/indicator_model.h"
#include "surveys/service.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kQuality = "iso@demo.eduims.vn";                      // quality manager over the department's subtree
const char* kSchoolManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of one school
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";            // staff of that school

class Oversight : public DemoApiTest {
 protected:
  std::string Url(const std::string& code, const std::string& extra = "") {
    return "/api/v1/oversight?within=" + std::to_string(server().UnitId(code)) + extra;
  }
  static const json::object* Row(const json::value& table, db::Id unit) {
    for (const auto& item : table.at("items").as_array())
      if (item.at("unit_id").as_int64() == unit) return &item.as_object();
    return nullptr;
  }
};

TEST_P(Oversight, TheDepartmentSeesEverySchoolWithFiguresFromTheModules) {
  Client quality = As(kQuality);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto before = quality.Get(Url("SO-GDDT"));
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_GT(before.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(before.json.at("within").at("id").as_int64(), server().UnitId("SO-GDDT"));
  EXPECT_TRUE(before.json.at("thresholds").at("readiness").at("alert_below").is_int64());
  const json::object* row = Row(before.json, school);
  ASSERT_NE(row, nullptr);
  const auto& cells = row->at("cells").as_object();
  for (const char* key : {"certification", "certification_due", "nonconformities_open", "nonconformities_overdue",
                          "actions_overdue", "document_reviews_overdue", "last_internal_audit",
                          "last_management_review", "indicators_off_target", "complaints_open"}) {
    ASSERT_TRUE(cells.contains(key)) << key;
    std::string level(cells.at(key).at("level").as_string());
    EXPECT_TRUE(level == "ok" || level == "warning" || level == "alert") << key << " " << level;
    EXPECT_FALSE(cells.at(key).at("link").as_string().empty()) << key;
  }
  EXPECT_EQ(cells.at("nonconformities_open").at("link").as_string(),
            "/nonconformities?within=" + std::to_string(school));
  for (const auto& standard : before.json.at("standards").as_array())
    EXPECT_TRUE(cells.contains(standard.at("key").as_string())) << standard.at("key");

  // A nonconformity raised in the school counts in its row at once, open and not overdue.
  long long open = cells.at("nonconformities_open").at("value").as_int64();
  long long overdue = cells.at("nonconformities_overdue").at("value").as_int64();
  auto nc = As(kSchoolManager).Post("/api/v1/nonconformities", {{"unit_id", school},
                                                                 {"title", "Hồ sơ học bạ chưa cập nhật"},
                                                                 {"source", "other"},
                                                                 {"severity", "minor"}});
  ASSERT_EQ(nc.status, 201) << nc.body;
  auto after = quality.Get(Url("SO-GDDT"));
  ASSERT_EQ(after.status, 200);
  const auto& now = Row(after.json, school)->at("cells").as_object();
  EXPECT_EQ(now.at("nonconformities_open").at("value").as_int64(), open + 1);
  EXPECT_EQ(now.at("nonconformities_overdue").at("value").as_int64(), overdue);
  EXPECT_NE(now.at("nonconformities_open").at("level").as_string(), "ok");
}

// The satisfaction index of a school's latest closed campaign is the one its results give; a school whose only
// campaign still runs shows that one's; a school never surveyed shows none, and no alarm.
TEST_P(Oversight, ShowsEachSchoolsLatestSatisfactionIndex) {
  Client quality = As(kQuality);
  auto table = quality.Get(Url("SO-GDDT", "&sort=satisfaction_index&order=desc"));
  ASSERT_EQ(table.status, 200) << table.body;
  auto cell = [&](const std::string& code) { return Row(table.json, server().UnitId(code))->at("cells").at("satisfaction_index"); };
  auto tohieu = cell("THPT-TOHIEU");
  ASSERT_TRUE(tohieu.at("value").is_int64()) << tohieu;
  // The demo's latest closed learners' survey of Tô Hiệu, as the surveys module sums it up.
  auto person = server().app().org().FindUserByEmail(kQuality);
  ASSERT_TRUE(person.has_value());
  auto principal = server().app().org().PrincipalOf(person->id);
  ASSERT_TRUE(principal.has_value());
  org::Unit school = server().app().org().GetUnit(nullptr, server().UnitId("THPT-TOHIEU"));
  std::optional<surveys::CampaignSummary> latest;
  for (const auto& c : server().app().surveys().Summaries(*principal, school, "2000-01-01", "2999-12-31"))
    if (c.campaign.status == "closed" && c.shown && (!latest || c.campaign.opens_on > latest->campaign.opens_on))
      latest = c;
  ASSERT_TRUE(latest && latest->index);
  EXPECT_EQ(tohieu.at("value").as_int64(), std::lround(*latest->index * 100));
  EXPECT_EQ(tohieu.at("link").as_string(), "/surveys/" + std::to_string(latest->campaign.id));
  long long index = tohieu.at("value").as_int64();
  std::string expected = index < 60 ? "alert" : index < 75 ? "warning" : "ok";
  EXPECT_EQ(tohieu.at("level").as_string(), expected);
  EXPECT_EQ(table.json.at("thresholds").at("satisfaction_index").at("alert_below").as_int64(), 60);
  // Chuyên's parents' survey is running with 37 answers: its index shows.
  EXPECT_TRUE(cell("THPT-CHUYEN").at("value").is_int64());
  auto none = cell("THCS-CHIENGSINH");
  EXPECT_TRUE(none.at("value").is_null());
  EXPECT_EQ(none.at("level").as_string(), "ok");
  // Ordered by the index, highest first, those without one last.
  long long last = INT64_MAX;
  for (const auto& item : table.json.at("items").as_array()) {
    const auto& v = item.at("cells").at("satisfaction_index").at("value");
    long long n = v.is_null() ? -1 : v.as_int64();
    EXPECT_LE(n, last);
    last = n;
  }
}

TEST_P(Oversight, SortsFiltersAndExports) {
  Client quality = As(kQuality);
  auto sorted = quality.Get(Url("SO-GDDT", "&sort=nonconformities_open&order=desc"));
  ASSERT_EQ(sorted.status, 200) << sorted.body;
  long long last = INT64_MAX;
  for (const auto& item : sorted.json.at("items").as_array()) {
    long long n = item.at("cells").at("nonconformities_open").at("value").as_int64();
    EXPECT_LE(n, last);
    last = n;
  }
  size_t all = sorted.json.at("items").as_array().size();
  auto found = quality.Get(Url("SO-GDDT", "&q=to%20hieu"));
  ASSERT_EQ(found.status, 200);
  EXPECT_LT(found.json.at("items").as_array().size(), all);
  EXPECT_NE(Row(found.json, server().UnitId("THPT-TOHIEU")), nullptr);
  auto alerts = quality.Get(Url("SO-GDDT", "&level=alert"));
  ASSERT_EQ(alerts.status, 200);
  for (const auto& item : alerts.json.at("items").as_array()) EXPECT_EQ(item.at("worst").as_string(), "alert");
  auto typed = quality.Get(Url("SO-GDDT", "&type=upper_secondary"));
  ASSERT_EQ(typed.status, 200);
  for (const auto& item : typed.json.at("items").as_array()) EXPECT_EQ(item.at("type").as_string(), "upper_secondary");

  auto book = quality.Get("/api/v1/oversight/export?within=" + std::to_string(server().UnitId("SO-GDDT")) +
                          "&lang=en&sort=name");
  ASSERT_EQ(book.status, 200) << book.body;
  EXPECT_EQ(book.headers["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(book.body.substr(0, 2), "PK");
}

TEST_P(Oversight, RefusesUnitsOutsideTheSubtreeCallersWithoutThePermissionAndBadInput) {
  // A school's quality manager oversees the school, not the department above it.
  EXPECT_EQ(As(kSchoolManager).Get(Url("THPT-TOHIEU")).status, 200);
  auto outside = As(kSchoolManager).Get(Url("SO-GDDT"));
  EXPECT_EQ(outside.status, 404) << outside.body;
  auto staff = As(kStaff).Get(Url("THPT-TOHIEU"));
  EXPECT_EQ(staff.code(), "auth.forbidden") << staff.body;
  Client quality = As(kQuality);
  for (const auto& [query, field] : std::vector<std::pair<std::string, std::string>>{
           {"", "within"}, {"?within=abc", "within"}, {"?within=1&sort=colour", "sort"},
           {"?within=1&order=up", "order"}, {"?within=1&level=red", "level"}, {"?within=1&page=2", "page"}}) {
    auto bad = quality.Get("/api/v1/oversight" + query);
    EXPECT_EQ(bad.status, 400) << query << " " << bad.body;
    EXPECT_EQ(bad.code() + "@" + bad.field(), "request.bad_query@" + field) << query;
    EXPECT_EQ(bad.headers["content-type"], "application/problem+json") << query;
  }
  // In the caller's language.
  auto vi = quality.Request("GET", "/api/v1/oversight", "", "application/json", {{"Accept-Language", "vi"}});
  auto en = quality.Request("GET", "/api/v1/oversight", "", "application/json", {{"Accept-Language", "en"}});
  EXPECT_EQ(vi.code(), "request.bad_query");
  EXPECT_NE(vi.json.at("title"), en.json.at("title"));
}

// The indicators off target are counted as values are written: a value, its corrections, the indicator's new
// thresholds and its archiving each move the school's count at once; a value of an earlier month never does.
TEST_P(Oversight, IndicatorsOffTargetFollowValuesCorrectionsThresholdsAndArchiving) {
  Client quality = As(kQuality);
  Client manager = As(kSchoolManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto off_target = [&] {
    auto table = quality.Get(Url("SO-GDDT"));
    EXPECT_EQ(table.status, 200) << table.body;
    return Row(table.json, school)->at("cells").at("indicators_off_target").at("value").as_int64();
  };
  long long before = off_target();
  auto objective = manager.Post("/api/v1/objectives", {{"unit_id", school},
                                                       {"title", "Nâng tỷ lệ học sinh khá giỏi"},
                                                       {"policy_link", "Cam kết nâng cao chất lượng dạy và học"},
                                                       {"plan_what", "Phụ đạo học sinh yếu"},
                                                       {"resources", "Giáo viên bộ môn"},
                                                       {"evaluation", "So sánh cuối học kỳ"}});
  ASSERT_EQ(objective.status, 201) << objective.body;
  auto indicator = manager.Post("/api/v1/indicators", {{"objective_id", objective.json.at("id")},
                                                       {"code", "OV-KG"},
                                                       {"name", "Tỷ lệ học sinh khá giỏi"},
                                                       {"measure_unit", "%"},
                                                       {"direction", "higher"},
                                                       {"target", 90},
                                                       {"warning", 80},
                                                       {"frequency", "month"},
                                                       {"source", "manual"}});
  ASSERT_EQ(indicator.status, 201) << indicator.body;
  std::string url = "/api/v1/indicators/" + std::to_string(indicator.json.at("id").as_int64());
  std::string month = planning::LatestEndedPeriod(planning::Frequency::kMonth, DaysFromToday(0)).name;
  std::string earlier = planning::LatestEndedPeriod(planning::Frequency::kMonth, DaysFromToday(-70)).name;

  ASSERT_EQ(manager.Post(url + "/measurements", {{"period", month}, {"value", 85}}).status, 201);
  EXPECT_EQ(off_target(), before + 1);
  auto corrected = manager.Post(url + "/measurements", {{"period", month}, {"value", 95}, {"correction", true},
                                                        {"note", "Tổ chủ nhiệm gửi lại số liệu"}});
  ASSERT_EQ(corrected.status, 201) << corrected.body;
  EXPECT_EQ(off_target(), before);
  ASSERT_EQ(manager.Post(url + "/measurements", {{"period", month}, {"value", 70}, {"correction", true},
                                                 {"note", "Số liệu cuối cùng"}}).status, 201);
  EXPECT_EQ(off_target(), before + 1);
  ASSERT_EQ(manager.Post(url + "/measurements", {{"period", earlier}, {"value", 10}}).status, 201);
  EXPECT_EQ(off_target(), before + 1);

  auto lowered = manager.Patch(url, {{"version", 1}, {"target", 60}, {"warning", 50}});
  ASSERT_EQ(lowered.status, 200) << lowered.body;
  EXPECT_EQ(off_target(), before);
  ASSERT_EQ(manager.Patch(url, {{"version", 2}, {"target", 90}, {"warning", 80}}).status, 200);
  EXPECT_EQ(off_target(), before + 1);
  ASSERT_EQ(manager.Delete(url).status, 200);
  EXPECT_EQ(off_target(), before);
}

INSTANTIATE_TEST_SUITE_P(Engines, Oversight, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
