// Management reviews over HTTP on both engines: the department plans a review with top management, opens it (its
// inputs compiled from the other modules for its subtree and frozen), writes notes, records decisions that become
// actions and improvements, downloads the minutes, and top management approves them once, filing the clause 9.3
// record; bad input and late edits are refused and change nothing.
#include <gtest/gtest.h>

#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kDirector = "giamdoc@demo.eduims.vn";            // top management of the department
const char* kQuality = "iso@demo.eduims.vn";                 // quality manager over the department's subtree
const char* kSchoolManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of one school
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";        // staff of that school

class Reviews : public DemoApiTest {
 protected:
  json::object Plan(json::array participants) {
    return {{"unit_id", server().UnitId("SO-GDDT")},
            {"title", "Xem xét của lãnh đạo năm 2026"},
            {"period_from", "2026-01-01"},
            {"period_to", "2026-12-31"},
            {"planned_on", "2026-12-20"},
            {"participant_ids", std::move(participants)}};
  }
  static std::string Url(const json::value& r) {
    return "/api/v1/management-reviews/" + std::to_string(r.at("id").as_int64());
  }
  std::string Step(Client& c, json::value& r, const std::string& action, json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = r.at("version");
    auto answer = c.Post(Url(r) + "/transitions", extra);
    if (answer.status != 200) return answer.code() + "@" + answer.field();
    r = answer.json;
    return "ok";
  }
  // Every row of a list, page by page.
  size_t CountAll(Client& c, const std::string& url) {
    size_t n = 0;
    std::string cursor;
    for (;;) {
      auto page = c.Get(url + (url.find('?') == std::string::npos ? "?" : "&") + "limit=200" +
                        (cursor.empty() ? "" : "&cursor=" + cursor));
      EXPECT_EQ(page.status, 200) << url << page.body;
      if (page.status != 200) return n;
      n += page.json.at("items").as_array().size();
      if (page.json.at("next_cursor").is_null()) return n;
      cursor = std::string(page.json.at("next_cursor").as_string());
    }
  }
  static const json::object& Input(const json::value& inputs, const std::string& key) {
    for (const auto& i : inputs.as_array())
      if (i.at("key") == key.c_str()) return i.as_object();
    ADD_FAILURE() << "no input " << key;
    static json::object none;
    return none;
  }
};

TEST_P(Reviews, TheDepartmentHoldsItsReviewFromPlanToFiledMinutes) {
  Client quality = As(kQuality), director = As(kDirector);
  std::string within = "within=" + std::to_string(server().UnitId("SO-GDDT"));

  // Top management takes part, or there is no review.
  auto without = quality.Post("/api/v1/management-reviews", Plan({User(kQuality)}));
  EXPECT_EQ(without.code() + "@" + without.field(), "review.top_management_required@participant_ids");
  auto reversed = Plan({User(kDirector), User(kQuality)});
  reversed["period_to"] = "2025-12-31";
  EXPECT_EQ(quality.Post("/api/v1/management-reviews", reversed).code(), "validation.date_too_early");
  // Staff may not plan one, even for their own school; a unit out of sight is as if it did not exist.
  auto own = Plan({User(kDirector)});
  own["unit_id"] = server().UnitId("THPT-TOHIEU");
  EXPECT_EQ(As(kStaff).Post("/api/v1/management-reviews", own).code(), "auth.forbidden");
  EXPECT_EQ(As(kStaff).Post("/api/v1/management-reviews", Plan({User(kDirector)})).code(),
            "validation.reference_not_found");

  auto created = quality.Post("/api/v1/management-reviews", Plan({User(kDirector), User(kQuality)}));
  ASSERT_EQ(created.status, 201) << created.body;
  json::value r = created.json;
  EXPECT_EQ(r.at("status").as_string(), "planned");
  EXPECT_TRUE(r.at("participants").at(0).at("top_management").as_bool());
  EXPECT_FALSE(r.at("participants").at(1).at("top_management").as_bool());
  EXPECT_TRUE(r.at("inputs").is_null());
  EXPECT_EQ(As(kStaff).Get(Url(r)).status, 404);
  EXPECT_EQ(quality.Post(Url(r) + "/outputs", {{"version", r.at("version")}, {"kind", "change"}, {"decision", "x"}})
                .code(),
            "review.not_open");

  // The meeting opens: every 9.3.2 input is compiled for the subtree, counting what the lists behind them show.
  ASSERT_EQ(Step(quality, r, "open"), "ok");
  EXPECT_EQ(r.at("status").as_string(), "open");
  const json::value inputs = r.at("inputs");
  ASSERT_EQ(inputs.as_array().size(), 13u);
  for (const char* none : {"external_providers", "resources"}) {
    EXPECT_FALSE(Input(inputs, none).at("available").as_bool()) << none;
    EXPECT_TRUE(Input(inputs, none).at("module").is_null()) << none;
  }
  // Satisfaction: the surveys of the subtree that were open during the period, as the survey list shows them.
  const auto& satisfaction = Input(inputs, "satisfaction");
  EXPECT_EQ(satisfaction.at("module").as_string(), "surveys");
  long long surveys = 0, responses = 0;
  auto survey_list = quality.Get("/api/v1/surveys?limit=200");
  for (const auto& s : survey_list.json.at("items").as_array())
    surveys += s.at("status") != "draft" && s.at("opens_on").as_string() <= "2026-12-31" &&
               s.at("closes_on").as_string() >= "2026-01-01";
  EXPECT_GT(surveys, 0);
  EXPECT_EQ(satisfaction.at("count").as_int64(), surveys);
  for (const auto& item : satisfaction.at("items").as_array()) {
    auto results = quality.Get("/api/v1/surveys/" + std::to_string(item.at("id").as_int64()) + "/results");
    ASSERT_EQ(results.status, 200) << results.body;
    responses += results.json.at("responses").as_int64();
  }
  EXPECT_EQ(satisfaction.at("facts").at("responses").as_int64(), responses);
  // Complaints and appeals: those received in the period or still unfinished, as the register lists them.
  const auto& complaints = Input(inputs, "complaints");
  EXPECT_EQ(complaints.at("module").as_string(), "complaints");
  long long listed = 0, received = 0;
  auto complaint_list = quality.Get("/api/v1/complaints?limit=200&" + within);
  for (const auto& c : complaint_list.json.at("items").as_array()) {
    bool in_period = c.at("received_on").as_string() >= "2026-01-01" && c.at("received_on").as_string() <= "2026-12-31";
    received += in_period;
    listed += in_period || c.at("status") != "closed";
  }
  EXPECT_GT(listed, 0);
  EXPECT_EQ(complaints.at("count").as_int64(), listed);
  EXPECT_EQ(complaints.at("facts").at("received").as_int64(), received);
  for (const auto& item : complaints.at("items").as_array()) EXPECT_EQ(item.at("type").as_string(), "complaint");
  EXPECT_EQ(Input(inputs, "risks").at("count").as_int64(), CountAll(quality, "/api/v1/risks?" + within));
  EXPECT_EQ(Input(inputs, "process_performance").at("count").as_int64(),
            CountAll(quality, "/api/v1/processes?" + within));
  EXPECT_EQ(Input(inputs, "objectives").at("count").as_int64(), CountAll(quality, "/api/v1/objectives?" + within));
  const auto& monitoring = Input(inputs, "monitoring_results").at("facts").as_object();
  long long rated = 0;
  for (const auto& [band, n] : monitoring) rated += n.as_int64();
  EXPECT_EQ(rated, CountAll(quality, "/api/v1/indicators?" + within));
  EXPECT_GT(Input(inputs, "nonconformities").at("count").as_int64(), 0);
  EXPECT_EQ(Input(inputs, "nonconformities").at("list").as_string(), "/nonconformities?" + within);

  // Frozen: a nonconformity raised now is not in the snapshot, and the period no longer changes.
  long long ncs = Input(inputs, "nonconformities").at("count").as_int64();
  auto nc = As(kSchoolManager).Post("/api/v1/nonconformities",
                                    {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                     {"title", "Sổ đầu bài thiếu chữ ký"},
                                     {"source", "other"},
                                     {"severity", "minor"}});
  ASSERT_EQ(nc.status, 201) << nc.body;
  auto again = quality.Get(Url(r) + "/inputs");
  ASSERT_EQ(again.status, 200);
  EXPECT_TRUE(again.json.at("frozen").as_bool());
  EXPECT_EQ(Input(again.json.at("items"), "nonconformities").at("count").as_int64(), ncs);
  auto frozen = quality.Patch(Url(r), {{"version", r.at("version")}, {"period_from", "2026-02-01"}});
  EXPECT_EQ(frozen.code(), "review.inputs_frozen");

  // Notes beside the inputs, and two decisions that become actions, one improvement entry.
  auto notes = quality.Patch(Url(r) + "/minutes", {{"version", r.at("version")},
                                                   {"notes", {{"nonconformities", "Tỷ lệ khắc phục đúng hạn thấp"}}},
                                                   {"conclusions", "Hệ thống phù hợp, cần cải tiến"}});
  ASSERT_EQ(notes.status, 200) << notes.body;
  r = notes.json;
  EXPECT_EQ(quality.Patch(Url(r) + "/minutes", {{"version", r.at("version")}, {"notes", {{"weather", "x"}}}}).code(),
            "validation.unknown_field");
  for (const char* decision : {"Bồi dưỡng phân tích nguyên nhân cho các trường", "Rà soát quy trình khắc phục"}) {
    auto out = quality.Post(Url(r) + "/outputs", {{"version", r.at("version")},
                                                  {"kind", "improvement"},
                                                  {"decision", decision},
                                                  {"owner_id", User(kQuality)},
                                                  {"due_date", "2027-03-31"}});
    ASSERT_EQ(out.status, 201) << out.body;
    r = out.json;
  }
  auto resource = quality.Post(Url(r) + "/outputs", {{"version", r.at("version")},
                                                     {"kind", "resources"},
                                                     {"decision", "Trang bị phần mềm quản lý hồ sơ"},
                                                     {"raise", "improvement"}});
  ASSERT_EQ(resource.status, 201) << resource.body;
  r = resource.json;
  ASSERT_EQ(r.at("outputs").as_array().size(), 3u);
  std::string actions_url = "/api/v1/actions?source_type=management_review&source_id=" +
                            std::to_string(r.at("id").as_int64());
  EXPECT_EQ(CountAll(quality, actions_url), 2u);
  auto improvement = quality.Get("/api/v1/improvements/" +
                                 std::to_string(r.at("outputs").at(2).at("raised").at("id").as_int64()));
  ASSERT_EQ(improvement.status, 200);
  EXPECT_EQ(improvement.json.at("source").as_string(), "management_review");

  // The draft minutes, then the held meeting approved by top management only, and only once.
  auto pdf = quality.Get(Url(r) + "/minutes?lang=en");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  ASSERT_EQ(Step(quality, r, "hold"), "ok");
  EXPECT_EQ(Step(quality, r, "approve"), "workflow.not_permitted@action");
  ASSERT_EQ(Step(director, r, "approve", {{"language", "vi"}}), "ok");
  EXPECT_EQ(r.at("status").as_string(), "approved");
  EXPECT_EQ(r.at("approved_by").as_int64(), User(kDirector));
  ASSERT_TRUE(r.at("record_id").is_int64());
  auto record = quality.Get("/api/v1/records/" + std::to_string(r.at("record_id").as_int64()));
  ASSERT_EQ(record.status, 200) << record.body;
  EXPECT_EQ(record.json.at("category").as_string(), "management_review");
  EXPECT_GE(record.json.at("clause_ids").as_array().size(), 2u);  // 9.3 of both standards
  auto files = quality.Get("/api/v1/records/" + std::to_string(r.at("record_id").as_int64()) + "/attachments");
  ASSERT_EQ(files.status, 200) << files.body;
  EXPECT_EQ(files.json.at("items").as_array().size(), 1u);
  long long version = r.at("version").as_int64();
  EXPECT_EQ(Step(director, r, "approve"), "review.already_approved@action");
  EXPECT_EQ(quality.Patch(Url(r) + "/minutes", {{"version", r.at("version")}, {"conclusions", "đổi"}}).code(),
            "review.minutes_approved");
  EXPECT_EQ(quality.Get(Url(r)).json.at("version").as_int64(), version);

  // The next review starts from the actions this one raised.
  auto next = quality.Post("/api/v1/management-reviews", Plan({User(kDirector)}));
  ASSERT_EQ(next.status, 201) << next.body;
  auto preview = quality.Get(Url(next.json) + "/inputs");
  ASSERT_EQ(preview.status, 200);
  EXPECT_FALSE(preview.json.at("frozen").as_bool());
  EXPECT_EQ(Input(preview.json.at("items"), "previous_actions").at("count").as_int64(),
            CountAll(quality, "/api/v1/actions?source_type=management_review&" + within));
  EXPECT_GE(Input(preview.json.at("items"), "previous_actions").at("count").as_int64(), 2);
  // Actions of a review are raised through it only.
  EXPECT_EQ(quality.Post("/api/v1/actions", {{"title", "x"},
                                             {"unit_id", server().UnitId("SO-GDDT")},
                                             {"source_type", "management_review"},
                                             {"source_id", "1"}})
                .code(),
            "actions.source_reserved");
}

TEST_P(Reviews, ASchoolSeesOnlyItsOwnReviewsAndStaffNone) {
  Client quality = As(kQuality);
  auto created = quality.Post("/api/v1/management-reviews", Plan({User(kDirector)}));
  ASSERT_EQ(created.status, 201) << created.body;
  auto school = As(kSchoolManager).Get("/api/v1/management-reviews");
  ASSERT_EQ(school.status, 200);
  for (const auto& item : school.json.at("items").as_array())
    EXPECT_NE(item.at("id"), created.json.at("id"));
  EXPECT_EQ(As(kStaff).Get("/api/v1/management-reviews").json.at("items").as_array().size(), 0u);
  json::value r = created.json;
  EXPECT_EQ(Step(quality, r, "cancel"), "validation.missing_field@comment");
  ASSERT_EQ(Step(quality, r, "cancel", {{"comment", "Dời sang năm sau"}}), "ok");
  EXPECT_EQ(Step(quality, r, "open"), "workflow.transition_not_allowed@action");
}

INSTANTIATE_TEST_SUITE_P(Engines, Reviews, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
