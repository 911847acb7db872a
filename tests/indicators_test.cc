// Objectives and indicators over HTTP on both engines: an objective with its plan carried out as actions, indicators
// whose thresholds agree with their direction, one value per period (a second only as a correction kept in the
// history), a value past the threshold raising one improvement per period, the all-or-nothing CSV import and the
// department's comparison of one indicator across its schools. Refusals and bad input change nothing.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "planning/indicator_store.h"
#include "platform/xlsx/workbook.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kSchoolManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kSchoolStaff = "nhanvien.tohieu@demo.eduims.vn";      // staff of THPT Tô Hiệu
const char* kOtherSchool = "giaovien.toan@demo.eduims.vn";        // staff of THPT Chuyên Sơn La
const char* kDepartment = "iso@demo.eduims.vn";                   // quality manager of the whole department

// The month that began about five weeks ago, and one that has not begun.
std::string PastMonth(int weeks = 5) { return DaysFromToday(-7 * weeks).substr(0, 7); }
std::string FutureMonth() { return DaysFromToday(70).substr(0, 7); }

class Indicators : public DemoApiTest {
 protected:
  json::value Objective(Client& c, const std::string& unit_code, const std::string& title) {
    auto r = c.Post("/api/v1/objectives", {{"unit_id", server().UnitId(unit_code)},
                                           {"title", title},
                                           {"policy_link", "Cam kết nâng cao chất lượng dạy và học"},
                                           {"plan_what", "Phụ đạo học sinh yếu"},
                                           {"resources", "Giáo viên bộ môn, 2 buổi/tuần"},
                                           {"evaluation", "So sánh tỷ lệ cuối học kỳ"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  }
  json::object Indicator(const json::value& objective, const std::string& code, json::object extra = {}) {
    json::object body{{"objective_id", objective.at("id")},
                      {"code", code},
                      {"name", "Tỷ lệ học sinh đạt chuẩn"},
                      {"measure_unit", "%"},
                      {"direction", "higher"},
                      {"target", 90},
                      {"warning", 80},
                      {"frequency", "month"},
                      {"source", "manual"}};
    for (auto& [k, v] : extra) body[k] = v;
    return body;
  }
  json::value Created(Client& c, const json::object& body) {
    auto r = c.Post("/api/v1/indicators", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  }
  static std::string Url(const json::value& i) { return "/api/v1/indicators/" + std::to_string(i.at("id").as_int64()); }
  size_t Values(Client& c, const json::value& i, bool history = false) {
    return c.Get(Url(i) + "/measurements" + (history ? "?history=true" : "")).json.at("items").as_array().size();
  }
};

TEST_P(Indicators, ThresholdsMustAgreeWithTheDirectionAndComputedOnesNameTheirMetric) {
  Client manager = As(kSchoolManager);
  json::value objective = Objective(manager, "THPT-TOHIEU", "Nâng tỷ lệ học sinh khá giỏi");
  auto wrong_side = manager.Post("/api/v1/indicators", Indicator(objective, "KG-1", {{"warning", 95}}));
  EXPECT_EQ(wrong_side.status, 422);
  EXPECT_EQ(wrong_side.code(), "indicator.threshold_contradicts_direction");
  EXPECT_EQ(wrong_side.field(), "warning");
  EXPECT_EQ(manager.Post("/api/v1/indicators",
                         Indicator(objective, "KG-1", {{"direction", "lower"}, {"target", 5}, {"warning", 3}}))
                .code(),
            "indicator.threshold_contradicts_direction");
  EXPECT_EQ(manager.Post("/api/v1/indicators", Indicator(objective, "KG-1", {{"source", "computed"}})).field(),
            "metric");
  EXPECT_EQ(manager.Post("/api/v1/indicators", Indicator(objective, "KG-1", {{"frequency", "week"}})).field(),
            "frequency");
  EXPECT_EQ(manager.Post("/api/v1/indicators", Indicator(objective, "kg 1")).field(), "code");
  std::string listed = "/api/v1/indicators?objective_id=" + std::to_string(objective.at("id").as_int64());
  EXPECT_TRUE(manager.Get(listed).json.at("items").as_array().empty());

  json::value computed = Created(manager, Indicator(objective, "KG-NC", {{"source", "computed"},
                                                                         {"metric", "nonconformities_closed_on_time"}}));
  EXPECT_EQ(computed.at("metric").as_string(), "nonconformities_closed_on_time");
  auto typed = manager.Post(Url(computed) + "/measurements", {{"period", PastMonth()}, {"value", 50}});
  EXPECT_EQ(typed.status, 422);
  EXPECT_EQ(typed.code(), "indicator.computed");
  EXPECT_EQ(Values(manager, computed), 0u);

  json::value manual = Created(manager, Indicator(objective, "KG-1"));
  EXPECT_EQ(manager.Post("/api/v1/indicators", Indicator(objective, "KG-1")).code(), "conflict.duplicate");
  auto raised = manager.Patch(Url(manual), {{"version", manual.at("version")}, {"warning", 92}});
  EXPECT_EQ(raised.code(), "indicator.threshold_contradicts_direction");
  auto turned = manager.Patch(Url(manual), {{"version", manual.at("version")}, {"direction", "lower"},
                                            {"target", 10}, {"warning", 20}});
  ASSERT_EQ(turned.status, 200) << turned.body;
  EXPECT_EQ(turned.json.at("direction").as_string(), "lower");
  EXPECT_EQ(manager.Get(listed).json.at("items").as_array().size(), 2u);
  EXPECT_EQ(As(kOtherSchool).Get(Url(manual)).status, 404);
  EXPECT_EQ(As(kSchoolStaff).Get(Url(manual)).status, 200);
  EXPECT_EQ(As(kSchoolStaff).Post("/api/v1/indicators", Indicator(objective, "KG-2")).status, 403);
}

TEST_P(Indicators, OneValuePerPeriodACorrectionKeepsTheOldOneAndABreachRaisesOneImprovement) {
  Client manager = As(kSchoolManager);
  json::value objective = Objective(manager, "THPT-TOHIEU", "Giảm tỷ lệ học sinh bỏ học");
  json::value indicator = Created(manager, Indicator(objective, "CC-1", {{"owner_id", User(kSchoolManager)}}));
  std::string values = Url(indicator) + "/measurements";

  EXPECT_EQ(manager.Post(values, {{"period", "2025-2026-T1"}, {"value", 91}}).code(),
            "indicator.period_not_in_frequency");
  EXPECT_EQ(manager.Post(values, {{"period", PastMonth().substr(0, 5) + "13"}, {"value", 91}}).code(),
            "indicator.period_not_in_frequency");
  EXPECT_EQ(manager.Post(values, {{"period", FutureMonth()}, {"value", 91}}).code(), "indicator.period_not_started");
  EXPECT_EQ(As(kSchoolStaff).Post(values, {{"period", PastMonth()}, {"value", 91}}).status, 403);
  EXPECT_EQ(Values(manager, indicator), 0u);

  auto first = manager.Post(values, {{"period", PastMonth()}, {"value", 93.5}});
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json.at("status").as_string(), "green");
  EXPECT_TRUE(first.json.at("raised").is_null());
  auto again = manager.Post(values, {{"period", PastMonth()}, {"value", 70}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.code(), "measurement.period_recorded");
  EXPECT_EQ(manager.Post(values, {{"period", PastMonth()}, {"value", 70}, {"correction", true}}).field(), "note");
  EXPECT_EQ(manager.Post(values, {{"period", PastMonth(10)}, {"value", 70}, {"correction", true}, {"note", "x"}})
                .code(),
            "measurement.nothing_to_correct");
  EXPECT_EQ(Values(manager, indicator, true), 1u);

  // Corrected below the threshold: the period's improvement is raised once and linked from its value.
  auto corrected = manager.Post(values, {{"period", PastMonth()}, {"value", 70}, {"correction", true},
                                         {"note", "Số liệu tổ chủ nhiệm gửi lại"}});
  ASSERT_EQ(corrected.status, 201) << corrected.body;
  EXPECT_EQ(corrected.json.at("status").as_string(), "red");
  ASSERT_FALSE(corrected.json.at("raised").is_null());
  EXPECT_EQ(corrected.json.at("raised").at("type").as_string(), "improvement");
  auto improvement_id = corrected.json.at("raised").at("id").as_int64();
  auto improvement = manager.Get("/api/v1/improvements/" + std::to_string(improvement_id));
  ASSERT_EQ(improvement.status, 200) << improvement.body;
  EXPECT_EQ(improvement.json.at("source").as_string(), "process_indicator");
  EXPECT_NE(improvement.json.at("description").as_string().find("/indicators/" +
                                                                 std::to_string(indicator.at("id").as_int64())),
            std::string::npos);
  auto amber = manager.Post(values, {{"period", PastMonth()}, {"value", 60}, {"correction", true}, {"note", "Lại"}});
  ASSERT_EQ(amber.status, 201) << amber.body;
  EXPECT_EQ(amber.json.at("raised").at("id").as_int64(), improvement_id);
  auto listed = manager.Get("/api/v1/improvements?source=process_indicator&unit_id=" +
                            std::to_string(server().UnitId("THPT-TOHIEU")));
  int raised_here = 0;
  for (const auto& item : listed.json.at("items").as_array())
    raised_here += item.at("title").as_string().find("CC-1") != std::string::npos;
  EXPECT_EQ(raised_here, 1);

  EXPECT_EQ(Values(manager, indicator), 1u);
  auto history = manager.Get(values + "?history=true").json.at("items").as_array();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_FALSE(history[0].at("superseded_at").is_null());
  EXPECT_TRUE(history[2].at("superseded_at").is_null());
  EXPECT_EQ(history[2].at("value").as_double(), 60);
  auto listed_indicator = manager.Get("/api/v1/indicators?code=CC-1").json.at("items").as_array();
  ASSERT_EQ(listed_indicator.size(), 1u);
  EXPECT_EQ(listed_indicator[0].at("latest").at("status").as_string(), "red");
}

TEST_P(Indicators, AnImportWithABadRowChangesNothingAndAGoodOneRecordsEveryRow) {
  Client manager = As(kSchoolManager);
  json::value objective = Objective(manager, "THPT-TOHIEU", "Tăng tỷ lệ chuyên cần");
  json::value indicator = Created(manager, Indicator(objective, "IM-1", {{"source", "import"}}));
  std::string header = "unit_code,indicator_code,period,value,note\n";
  std::string good = "THPT-TOHIEU,IM-1," + PastMonth(5) + ",95,\nTHPT-TOHIEU,IM-1," + PastMonth(10) + ",91,tháng trước\n";
  auto refused = manager.Request("POST", "/api/v1/indicators/measurements/import",
                                 header + good + "THPT-TOHIEU,IM-1," + PastMonth(15) + ",nhiều,\n", "text/csv");
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.code(), "import.invalid_rows");
  EXPECT_EQ(Values(manager, indicator), 0u);
  auto ok = manager.Request("POST", "/api/v1/indicators/measurements/import", header + good, "text/csv");
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.json.at("imported").as_int64(), 2);
  EXPECT_EQ(Values(manager, indicator), 2u);
  auto twice = manager.Request("POST", "/api/v1/indicators/measurements/import", header + good, "text/csv");
  EXPECT_EQ(twice.code(), "import.invalid_rows");
  EXPECT_EQ(Values(manager, indicator), 2u);
}

TEST_P(Indicators, AWorkbookImportsAsItsCsvDoesAndABadRowOrFileChangesNothing) {
  const char* xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  Client manager = As(kSchoolManager);
  json::value objective = Objective(manager, "THPT-TOHIEU", "Tăng tỷ lệ chuyên cần");
  json::value indicator = Created(manager, Indicator(objective, "IMX-1", {{"source", "import"}}));
  // Values as number cells, as a spreadsheet holds them; periods as text.
  auto workbook = [](std::vector<std::vector<xlsx::Cell>> rows) {
    xlsx::Sheet sheet;
    sheet.name = "values";
    sheet.header = {"unit_code", "indicator_code", "period", "value", "note"};
    sheet.rows = std::move(rows);
    return xlsx::Write({"values", "2026-01-01T00:00:00Z", "yyyy-mm-dd", {sheet}}).ReadAll();
  };
  std::vector<std::vector<xlsx::Cell>> good = {
      {std::string("THPT-TOHIEU"), std::string("IMX-1"), PastMonth(5), 95.5, std::monostate{}},
      {std::string("THPT-TOHIEU"), std::string("IMX-1"), PastMonth(10), 91.0, std::string("tháng trước")}};
  auto bad = good;
  bad.push_back({std::string("THPT-TOHIEU"), std::string("IMX-1"), PastMonth(15), std::string("nhiều"), std::monostate{}});
  auto refused = manager.Request("POST", "/api/v1/indicators/measurements/import", workbook(bad), xlsx_type);
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.code(), "import.invalid_rows");
  ASSERT_EQ(refused.json.at("errors").as_array().size(), 1u);
  EXPECT_EQ(refused.json.at("errors").as_array()[0].at("row").as_string(), "4");
  EXPECT_EQ(refused.json.at("errors").as_array()[0].at("field").as_string(), "value");
  auto not_workbook = manager.Request("POST", "/api/v1/indicators/measurements/import",
                                      "unit_code,indicator_code,period,value\n", xlsx_type);
  EXPECT_EQ(not_workbook.status, 422) << not_workbook.body;
  EXPECT_EQ(not_workbook.code(), "import.not_xlsx");
  EXPECT_EQ(Values(manager, indicator), 0u);

  auto ok = manager.Request("POST", "/api/v1/indicators/measurements/import", workbook(good), xlsx_type);
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.json.at("imported").as_int64(), 2);
  EXPECT_EQ(ok.json.at("rows").as_array()[1].at("row").as_int64(), 3);
  auto values = manager.Get(Url(indicator) + "/measurements");
  std::set<double> stored;
  for (const auto& m : values.json.at("items").as_array()) stored.insert(m.at("value").to_number<double>());
  EXPECT_EQ(stored, (std::set<double>{95.5, 91}));
}

TEST_P(Indicators, TheDepartmentComparesOneIndicatorAcrossItsSchoolsWithTheAggregate) {
  Client department = As(kDepartment);
  std::string period = PastMonth();
  double values[] = {80, 60};
  int i = 0;
  for (const char* school : {"THPT-CHUYEN", "THPT-TOHIEU"}) {
    json::value objective = Objective(department, school, "Nâng tỷ lệ tốt nghiệp");
    json::value indicator = Created(department, Indicator(objective, "TN-CMP", {{"aggregation", "weighted_mean"},
                                                                                {"target", 70},
                                                                                {"warning", 50}}));
    EXPECT_EQ(department.Post(Url(indicator) + "/measurements", {{"period", period}, {"value", values[i]}}).field(),
              "weight");
    auto recorded = department.Post(Url(indicator) + "/measurements",
                                    {{"period", period}, {"value", values[i]}, {"weight", i == 0 ? 100 : 300}});
    ASSERT_EQ(recorded.status, 201) << recorded.body;
    ++i;
  }
  auto compared = department.Get("/api/v1/indicators/compare?code=TN-CMP&period=" + period);
  ASSERT_EQ(compared.status, 200) << compared.body;
  auto items = compared.json.at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("unit_code").as_string(), "THPT-CHUYEN");
  EXPECT_EQ(items[0].at("status").as_string(), "green");
  EXPECT_EQ(items[1].at("status").as_string(), "amber");
  EXPECT_EQ(compared.json.at("aggregation").as_string(), "weighted_mean");
  EXPECT_DOUBLE_EQ(compared.json.at("aggregate").at("value").as_double(), 65);
  EXPECT_EQ(compared.json.at("aggregate").at("measured").as_int64(), 2);

  auto one_school = department.Get("/api/v1/indicators/compare?code=TN-CMP&period=" + period + "&within=" +
                                   std::to_string(server().UnitId("THPT-TOHIEU")));
  ASSERT_EQ(one_school.status, 200);
  EXPECT_EQ(one_school.json.at("items").as_array().size(), 1u);
  // A school's staff see their own school only.
  auto seen_by_school = As(kSchoolStaff).Get("/api/v1/indicators/compare?code=TN-CMP&period=" + period);
  EXPECT_EQ(seen_by_school.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(department.Get("/api/v1/indicators/compare?code=TN-CMP&period=2025").code(),
            "indicator.period_not_in_frequency");
  auto latest = department.Get("/api/v1/indicators/compare?code=TN-CMP");
  ASSERT_EQ(latest.status, 200);
  EXPECT_EQ(latest.json.at("period").as_string().size(), 7u);
}

// The comparison reads each value's copy of its indicator's code (migration 0031): a correction and a new value show
// in the next comparison, while values of another period or of another code stay out of it.
TEST_P(Indicators, TheComparisonFollowsACorrectionAndANewValueAtOnce) {
  Client department = As(kDepartment);
  std::string period = PastMonth();
  std::map<std::string, std::string> urls;
  for (const char* school : {"THPT-CHUYEN", "THPT-TOHIEU"}) {
    json::value objective = Objective(department, school, "Giảm tỷ lệ bỏ học");
    urls[school] = Url(Created(department, Indicator(objective, "BH-CMP", {{"target", 70}, {"warning", 50}})));
    json::value other = Created(department, Indicator(objective, "BH-OTHER", {{"target", 70}, {"warning", 50}}));
    ASSERT_EQ(department.Post(Url(other) + "/measurements", {{"period", period}, {"value", 99}}).status, 201);
  }
  auto compare = [&] {
    auto r = department.Get("/api/v1/indicators/compare?code=BH-CMP&period=" + period);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  };
  auto value_of = [](const json::value& c, size_t k) { return c.at("items").at(k).at("value"); };

  json::value none = compare();
  ASSERT_EQ(none.at("items").as_array().size(), 2u);
  EXPECT_TRUE(value_of(none, 0).is_null());
  EXPECT_TRUE(value_of(none, 1).is_null());
  EXPECT_EQ(none.at("aggregate").at("measured").as_int64(), 0);

  ASSERT_EQ(department.Post(urls["THPT-CHUYEN"] + "/measurements", {{"period", period}, {"value", 80}}).status, 201);
  ASSERT_EQ(department.Post(urls["THPT-CHUYEN"] + "/measurements", {{"period", PastMonth(10)}, {"value", 10}}).status,
            201);
  json::value one = compare();
  EXPECT_EQ(value_of(one, 0).as_double(), 80);
  EXPECT_EQ(one.at("items").at(0).at("status").as_string(), "green");
  EXPECT_TRUE(value_of(one, 1).is_null());
  EXPECT_DOUBLE_EQ(one.at("aggregate").at("value").as_double(), 80);
  EXPECT_EQ(one.at("aggregate").at("measured").as_int64(), 1);

  auto corrected = department.Post(urls["THPT-CHUYEN"] + "/measurements",
                                   {{"period", period}, {"value", 40}, {"correction", true}, {"note", "Nhập nhầm"}});
  ASSERT_EQ(corrected.status, 201) << corrected.body;
  json::value after_correction = compare();
  EXPECT_EQ(value_of(after_correction, 0).as_double(), 40);
  EXPECT_EQ(after_correction.at("items").at(0).at("status").as_string(), "red");
  EXPECT_DOUBLE_EQ(after_correction.at("aggregate").at("value").as_double(), 40);
  EXPECT_EQ(after_correction.at("aggregate").at("measured").as_int64(), 1);

  ASSERT_EQ(department.Post(urls["THPT-TOHIEU"] + "/measurements", {{"period", period}, {"value", 60}}).status, 201);
  json::value both = compare();
  EXPECT_EQ(value_of(both, 0).as_double(), 40);
  EXPECT_EQ(value_of(both, 1).as_double(), 60);
  EXPECT_EQ(both.at("items").at(1).at("status").as_string(), "amber");
  EXPECT_DOUBLE_EQ(both.at("aggregate").at("value").as_double(), 50);
  EXPECT_EQ(both.at("aggregate").at("measured").as_int64(), 2);
}

TEST_P(Indicators, AnObjectivesPlanIsCarriedOutAsActions) {
  Client manager = As(kSchoolManager);
  json::value objective = Objective(manager, "THPT-TOHIEU", "Hoàn thiện hồ sơ kiểm định");
  std::string url = "/api/v1/objectives/" + std::to_string(objective.at("id").as_int64());
  auto step = manager.Post(url + "/actions", {{"title", "Lập kế hoạch tự đánh giá"},
                                              {"owner_id", User(kSchoolStaff)},
                                              {"due_date", DaysFromToday(30)}});
  ASSERT_EQ(step.status, 201) << step.body;
  EXPECT_EQ(step.json.at("source").at("type").as_string(), "objective");
  EXPECT_EQ(manager.Get(url + "/actions").json.at("items").as_array().size(), 1u);
  auto forged = manager.Post("/api/v1/actions", {{"title", "Giả"},
                                                 {"unit_id", server().UnitId("THPT-TOHIEU")},
                                                 {"source_type", "objective"},
                                                 {"source_id", std::to_string(objective.at("id").as_int64())}});
  EXPECT_EQ(forged.code(), "actions.source_reserved");
  EXPECT_EQ(As(kSchoolStaff).Post(url + "/actions", {{"title", "x"}}).status, 403);
  auto patched = manager.Patch(url, {{"version", 1}, {"responsible_id", User(kSchoolManager)}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json.at("responsible_id").as_int64(), User(kSchoolManager));
  EXPECT_EQ(manager.Patch(url, {{"version", 1}, {"title", "Cũ"}}).code(), "conflict.stale_version");
  ASSERT_EQ(manager.Delete(url).status, 200);
  EXPECT_EQ(manager.Post(url + "/actions", {{"title", "Muộn"}}).code(), "conflict.archived");
}

TEST_P(Indicators, AComputedValueIsRecordedOncePerPeriodWhicheverServerRecordsIt) {
  Client manager = As(kSchoolManager);
  json::value objective = Objective(manager, "THPT-TOHIEU", "Đóng sự không phù hợp đúng hạn");
  json::value computed = Created(manager, Indicator(objective, "CP-1", {{"source", "computed"},
                                                                        {"metric", "nonconformity_days_to_close"},
                                                                        {"direction", "lower"},
                                                                        {"target", 20},
                                                                        {"warning", 30},
                                                                        {"owner_id", User(kSchoolManager)}}));
  auto& app = server().app();
  db::Id id = computed.at("id").as_int64();
  auto [indicator, path] = [&] {
    std::pair<planning::Indicator, std::string> out;
    app.db().Read([&](soci::session& s) { out = *planning::indicator_store::Find(s, id); });
    return out;
  }();
  auto raiser = app.org().PrincipalOf(User(kSchoolManager));
  // Two servers' jobs for the same period: the second finds the value there and records nothing.
  int recorded = 0;
  for (int server_round = 0; server_round < 2; ++server_round)
    app.db().Write([&](soci::session& s) {
      recorded += app.indicators().RecordComputed(s, indicator, path, PastMonth(), 41, raiser);
    });
  EXPECT_EQ(recorded, 1);
  auto values = manager.Get(Url(computed) + "/measurements?history=true").json.at("items").as_array();
  ASSERT_EQ(values.size(), 1u);
  EXPECT_TRUE(values[0].at("recorded_by").is_null());
  EXPECT_EQ(values[0].at("status").as_string(), "red");
  ASSERT_FALSE(values[0].at("raised").is_null());
  EXPECT_EQ(values[0].at("raised").at("type").as_string(), "improvement");
  // The job itself repeats safely: a second round records nothing the first did.
  auto first = app.indicator_computer().RecordDue(DaysFromToday(0));
  auto second = app.indicator_computer().RecordDue(DaysFromToday(0));
  EXPECT_EQ(second.recorded, 0);
  EXPECT_GE(first.recorded + first.without_data, second.without_data);
  EXPECT_EQ(manager.Post(Url(computed) + "/measurements", {{"period", PastMonth()}, {"value", 1}}).code(),
            "indicator.computed");
}

INSTANTIATE_TEST_SUITE_P(Engines, Indicators, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
