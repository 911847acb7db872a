// The improvement register over HTTP on both engines: an opportunity proposed, accepted, worked through its
// actions and completed with its outcome; rejections need a reason; refusals and bad input change nothing.
#include <gtest/gtest.h>

#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";      // staff of THPT Tô Hiệu
const char* kOtherSchool = "giaovien.toan@demo.eduims.vn";  // staff of THPT Chuyên Sơn La

class Improvements : public DemoApiTest {
 protected:
  json::object Proposal(json::object extra = {}) {
    json::object body{{"unit_id", server().UnitId("THPT-TOHIEU")},
                      {"title", "Số hoá sổ điểm để phụ huynh theo dõi trực tuyến"},
                      {"source", "suggestion"},
                      {"expected_benefit", "Phụ huynh nắm kết quả học tập kịp thời"}};
    for (auto& [k, v] : extra) body[k] = v;
    return body;
  }
  static std::string Url(const json::value& i) {
    return "/api/v1/improvements/" + std::to_string(i.at("id").as_int64());
  }
  // Takes a step; on success `i` becomes the new state, otherwise the answer's code and field are returned.
  std::string Step(Client& c, json::value& i, const std::string& action, json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = i.at("version");
    auto r = c.Post(Url(i) + "/transitions", extra);
    if (r.status != 200) return r.code() + "@" + r.field();
    i = r.json;
    return "ok";
  }
};

TEST_P(Improvements, AnOpportunityIsAcceptedWorkedThroughAndCompletedWithItsOutcome) {
  Client staff = As(kStaff), manager = As(kManager);
  auto created = staff.Post("/api/v1/improvements", Proposal({{"owner_id", User(kStaff)}}));
  ASSERT_EQ(created.status, 201) << created.body;
  json::value i = created.json;
  EXPECT_EQ(i.at("status").as_string(), "proposed");
  EXPECT_EQ(i.at("proposed_by").as_int64(), User(kStaff));

  EXPECT_EQ(Step(staff, i, "accept"), "workflow.not_permitted@action");
  EXPECT_EQ(Step(manager, i, "complete", {{"outcome", "x"}}), "workflow.transition_not_allowed@action");
  EXPECT_EQ(manager.Post(Url(i) + "/actions", {{"title", "Quá sớm"}}).code(), "improvement.not_planning");
  ASSERT_EQ(Step(manager, i, "accept", {{"comment", "Phù hợp kế hoạch chuyển đổi số"}}), "ok");
  EXPECT_EQ(i.at("decision_comment").as_string(), "Phù hợp kế hoạch chuyển đổi số");
  EXPECT_EQ(manager.Delete(Url(i)).code(), "improvement.archive_in_progress");

  auto action = manager.Post(Url(i) + "/actions", {{"title", "Chọn phần mềm sổ điểm"}, {"owner_id", User(kStaff)}});
  ASSERT_EQ(action.status, 201) << action.body;
  EXPECT_EQ(action.json.at("source").at("type").as_string(), "improvement");
  // The owner completes it, but not while its action is open, and only with the outcome.
  EXPECT_EQ(Step(staff, i, "complete", {{"outcome", "Đã triển khai"}}), "improvement.actions_unfinished@action");
  std::string action_url = "/api/v1/actions/" + std::to_string(action.json.at("id").as_int64());
  ASSERT_EQ(staff.Post(action_url + "/transitions", {{"version", 1}, {"to", "done"}}).status, 200);
  EXPECT_EQ(Step(staff, i, "complete"), "validation.missing_field@outcome");
  EXPECT_EQ(Step(staff, i, "complete", {{"outcome", "  "}}), "validation.missing_field@outcome");
  ASSERT_EQ(Step(staff, i, "complete", {{"outcome", "90% phụ huynh dùng sổ điểm điện tử sau một học kỳ"}}), "ok");
  EXPECT_EQ(i.at("status").as_string(), "completed");
  EXPECT_FALSE(i.at("closed_at").is_null());
  EXPECT_EQ(staff.Get(Url(i) + "/actions").json.at("items").as_array().size(), 1u);
  EXPECT_EQ(manager.Patch(Url(i), {{"version", i.at("version")}, {"title", "Đổi"}}).code(), "conflict.archived");
  EXPECT_EQ(As(kOtherSchool).Get(Url(i)).status, 404);
  auto completed = manager.Get("/api/v1/improvements?status=completed&owner_id=" + std::to_string(User(kStaff)));
  ASSERT_EQ(completed.status, 200) << completed.body;
  bool listed = false;
  for (const auto& item : completed.json.at("items").as_array()) listed = listed || item.at("id") == i.at("id");
  EXPECT_TRUE(listed);
  EXPECT_EQ(manager.Delete(Url(i)).status, 200);
}

TEST_P(Improvements, ARejectionNeedsAReasonAndBadInputChangesNothing) {
  Client manager = As(kManager);
  auto code = [&](json::object body) {
    auto r = manager.Post("/api/v1/improvements", body);
    return r.code() + "@" + r.field();
  };
  size_t before = manager.Get("/api/v1/improvements?limit=200").json.at("items").as_array().size();
  EXPECT_EQ(code(Proposal({{"source", "dream"}})), "validation.invalid_value@source");
  EXPECT_EQ(code(Proposal({{"unit_id", -1}})), "validation.invalid_value@unit_id");
  EXPECT_EQ(code(Proposal({{"owner_id", 999999}})), "validation.reference_not_found@owner_id");
  EXPECT_EQ(code(Proposal({{"benefit", "x"}})), "validation.unknown_field@benefit");
  EXPECT_EQ(code(Proposal({{"expected_benefit", 3}})), "validation.wrong_type@expected_benefit");
  json::object untitled = Proposal();
  untitled.erase("title");
  EXPECT_EQ(code(untitled), "validation.missing_field@title");
  EXPECT_EQ(manager.Get("/api/v1/improvements?limit=200").json.at("items").as_array().size(), before);
  EXPECT_EQ(manager.Get("/api/v1/improvements?status=done").code(), "request.bad_query");

  auto created = manager.Post("/api/v1/improvements", Proposal());
  ASSERT_EQ(created.status, 201) << created.body;
  json::value i = created.json;
  EXPECT_EQ(Step(manager, i, "reject"), "validation.missing_field@comment");
  EXPECT_EQ(Step(manager, i, "reject", {{"comment", "x"}, {"outcome", "y"}}), "validation.unknown_field@outcome");
  EXPECT_EQ(manager.Post(Url(i) + "/transitions", {{"version", 9}, {"action", "accept"}}).code(),
            "conflict.stale_version");
  EXPECT_EQ(Step(manager, i, "promote"), "validation.invalid_value@action");
  EXPECT_EQ(manager.Get(Url(i)).json.at("version").as_int64(), 1);
  ASSERT_EQ(Step(manager, i, "reject", {{"comment", "Trùng với dự án của Sở"}}), "ok");
  EXPECT_EQ(i.at("status").as_string(), "rejected");
  EXPECT_EQ(Step(manager, i, "accept"), "workflow.transition_not_allowed@action");
}

INSTANTIATE_TEST_SUITE_P(Engines, Improvements, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
