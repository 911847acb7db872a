// Evaluating training over HTTP on both engines (issue 20, ISO 21001 / ISO 9001 7.2 d): each attendee's reaction
// once, its averages; the evaluation of effectiveness once it falls due (or earlier with a reason), on four levels,
// with an action when not effective; the evaluation counted as 7.2 evidence; every refusal with nothing changed.
#include <gtest/gtest.h>

#include "demo/demo.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "iso@demo.eduims.vn";              // quality manager of the department: manages training
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";    // staff of THPT Tô Hiệu: does not view competences
const char* kSchoolManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kTeacher = "giaovien.toan@demo.eduims.vn";    // staff of another school

class TrainingEvaluation : public DemoApiTest {
 protected:
  static std::string Id(long long id) { return std::to_string(id); }
  long long Count(const std::string& sql) {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << sql, soci::into(n); });
    return n;
  }
  static json::object Ratings(int all) {
    return {{"relevance", all}, {"trainer", all}, {"materials", all}, {"organisation", all}, {"application", all}};
  }
};

TEST_P(TrainingEvaluation, TheDemosConsultantCourseWasEvaluatedEffective) {
  Client manager = As(kManager);
  auto list = manager.Get("/api/v1/trainings?limit=200");
  ASSERT_EQ(list.status, 200) << list.body;
  db::Id course = 0;
  for (const auto& p : list.json.at("items").as_array())
    if (p.at("title").as_string().subview().find("TCVN ISO 9001:2015") != std::string::npos) course = p.at("id").as_int64();
  ASSERT_NE(course, 0);
  auto v = manager.Get("/api/v1/trainings/" + Id(course) + "/evaluation");
  ASSERT_EQ(v.status, 200) << v.body;
  EXPECT_EQ(v.json.at("due_on").as_string(), "2020-12-29");
  EXPECT_EQ(v.json.at("reactions").at("count").as_int64(), 4);
  EXPECT_EQ(v.json.at("reactions").at("attendees").as_int64(), 5);
  EXPECT_EQ(v.json.at("questions").as_array().size(), 5u);
  ASSERT_TRUE(v.json.at("evaluation").is_object()) << v.body;
  EXPECT_EQ(v.json.at("evaluation").at("conclusion").as_string(), "effective");
  EXPECT_EQ(v.json.at("evaluation").at("learning").at("assessed").as_int64(), 5);
  EXPECT_TRUE(v.json.at("evaluation").at("early_reason").is_null());
}

TEST_P(TrainingEvaluation, ReactionsOnceByAttendeesThenAnEvaluationWithAnActionWhenNotEffective) {
  Client manager = As(kManager), staff = As(kStaff), school_manager = As(kSchoolManager), teacher = As(kTeacher);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto made = manager.Post("/api/v1/trainings", {{"unit_id", school},
                                                 {"title", "Tập huấn phòng chống bạo lực học đường"},
                                                 {"competences", {"safeguarding"}},
                                                 {"max_score", 10},
                                                 {"pass_mark", 5}});
  ASSERT_EQ(made.status, 201) << made.body;
  std::string url = "/api/v1/trainings/" + Id(made.json.at("id").as_int64());
  // One session, ended ten days ago.
  auto session = manager.Post(url + "/sessions", {{"title", "Buổi 1"}, {"trainer", "Công an tỉnh"},
                                                  {"starts_at", FormatTimestamp(Now() - std::chrono::hours(244))},
                                                  {"ends_at", FormatTimestamp(Now() - std::chrono::hours(240))}});
  ASSERT_EQ(session.status, 201) << session.body;
  ASSERT_EQ(manager.Post(url + "/invitations", {{"unit_id", school}}).status, 200);
  db::Id staff_id = User(kStaff);
  ASSERT_EQ(manager.Post(url + "/sessions/" + Id(session.json.at("id").as_int64()) + "/attendance",
                         {{"user_ids", {staff_id}}})
                .status,
            200);
  ASSERT_EQ(manager.Put(url + "/results/" + Id(staff_id), {{"score", 7}}).status, 200);

  // Refusals first, each with nothing recorded.
  long long before = Count("SELECT COUNT(*) FROM training_reactions");
  long long trail = Count("SELECT COUNT(*) FROM audit_log");
  auto high = staff.Request("POST", url + "/reactions",
                            json::serialize(json::object{{"ratings", {{"relevance", 6}, {"trainer", 5}, {"materials", 5},
                                                                      {"organisation", 5}, {"application", 5}}}}),
                            "application/json", {{"Accept-Language", "vi"}});
  EXPECT_EQ(high.status, 422);
  EXPECT_EQ(high.code(), "training.rating_out_of_range");
  EXPECT_EQ(high.field(), "ratings.relevance");
  EXPECT_EQ(high.json.at("detail").as_string(), "Mỗi mức đánh giá là một số nguyên từ 1 đến 5.");
  json::object partial = Ratings(4);
  partial.erase("materials");
  auto missing = staff.Post(url + "/reactions", {{"ratings", partial}});
  EXPECT_EQ(missing.code(), "validation.missing_field");
  EXPECT_EQ(missing.field(), "ratings.materials");
  auto absent = school_manager.Post(url + "/reactions", {{"ratings", Ratings(5)}});
  EXPECT_EQ(absent.status, 409);
  EXPECT_EQ(absent.code(), "training.reaction_not_attended");
  EXPECT_EQ(teacher.Post(url + "/reactions", {{"ratings", Ratings(5)}}).status, 404);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_reactions"), before);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log"), trail);

  // The attendee reacts once; the second time is refused in English too.
  auto given = staff.Post(url + "/reactions", {{"ratings", Ratings(4)}, {"comment", "Cần thêm tình huống thực tế"}});
  ASSERT_EQ(given.status, 201) << given.body;
  EXPECT_EQ(given.json.at("ratings").at("trainer").as_int64(), 4);
  auto twice = staff.Request("POST", url + "/reactions", json::serialize(json::object{{"ratings", Ratings(5)}}),
                             "application/json", {{"Accept-Language", "en"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.code(), "training.reaction_given");
  EXPECT_EQ(twice.json.at("title").as_string(), "Reaction already given");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_reactions"), before + 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'training_reaction'") >= 1, true);

  // The attendee sees their reaction, not others' comments; the manager sees the averages and comments.
  auto mine = staff.Get(url + "/evaluation");
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_FALSE(mine.json.at("can_react").as_bool());
  EXPECT_TRUE(mine.json.at("my_reaction").is_object());
  EXPECT_TRUE(mine.json.at("reactions").at("comments").as_array().empty());
  EXPECT_FALSE(mine.json.at("manages").as_bool());
  auto view = manager.Get(url + "/evaluation");
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_DOUBLE_EQ(view.json.at("reactions").at("overall").as_double(), 4.0);
  EXPECT_DOUBLE_EQ(view.json.at("reactions").at("means").at("trainer").as_double(), 4.0);
  EXPECT_EQ(view.json.at("reactions").at("comments").as_array().size(), 1u);
  EXPECT_EQ(view.json.at("learning").at("assessed").as_int64(), 1);
  EXPECT_DOUBLE_EQ(view.json.at("learning").at("pass_rate").as_double(), 1.0);
  EXPECT_EQ(view.json.at("evaluate_after_days").as_int64(), 90);
  EXPECT_TRUE(view.json.at("manages").as_bool());
  EXPECT_TRUE(view.json.at("evaluation").is_null());

  // Not due for 80 days: refused, then refused when forced without a reason.
  json::object evaluation{{"behaviour_findings", "Giáo viên chưa áp dụng quy trình xử lý vụ việc"},
                          {"behaviour_rating", 2},
                          {"results_findings", "Chưa có thay đổi về số vụ việc được phát hiện sớm"},
                          {"results_rating", 1},
                          {"conclusion", "not_effective"}};
  long long evaluations = Count("SELECT COUNT(*) FROM training_evaluations");
  auto early = manager.Request("POST", url + "/evaluation", json::serialize(evaluation), "application/json",
                               {{"Accept-Language", "vi"}});
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.code(), "training.evaluation_not_due");
  EXPECT_EQ(early.json.at("title").as_string(), "Chưa đến hạn đánh giá hiệu quả");
  json::object forced = evaluation;
  forced["force"] = true;
  EXPECT_EQ(manager.Post(url + "/evaluation", forced).field(), "reason");
  json::object out_of_range = evaluation;
  out_of_range["results_rating"] = 0;
  EXPECT_EQ(manager.Post(url + "/evaluation", out_of_range).code(), "training.rating_out_of_range");
  json::object effective_with_action = evaluation;
  effective_with_action["conclusion"] = "effective";
  effective_with_action["action"] = {{"title", "Tập huấn lại"}};
  EXPECT_EQ(manager.Post(url + "/evaluation", effective_with_action).field(), "action");
  // Only those who manage training there evaluate or set the delay.
  EXPECT_EQ(staff.Post(url + "/evaluation", evaluation).status, 404);
  EXPECT_EQ(staff.Put(url + "/evaluation/settings", {{"evaluate_after_days", 5}}).status, 404);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_evaluations"), evaluations);

  // Due five days after the session: evaluated as not effective, with an action raised on the school.
  auto delay = manager.Put(url + "/evaluation/settings", {{"evaluate_after_days", 5}});
  ASSERT_EQ(delay.status, 200) << delay.body;
  json::object with_action = evaluation;
  with_action["action"] = {{"title", "Tổ chức tập huấn lại có thực hành tình huống"}, {"due_date", DaysFromToday(30)}};
  auto done = manager.Post(url + "/evaluation", with_action);
  ASSERT_EQ(done.status, 201) << done.body;
  EXPECT_EQ(done.json.at("conclusion").as_string(), "not_effective");
  EXPECT_DOUBLE_EQ(done.json.at("reaction").at("overall").as_double(), 4.0);
  EXPECT_EQ(done.json.at("learning").at("passed").as_int64(), 1);
  ASSERT_TRUE(done.json.at("action_id").is_int64()) << done.body;
  auto action = manager.Get("/api/v1/actions/" + Id(done.json.at("action_id").as_int64()));
  ASSERT_EQ(action.status, 200) << action.body;
  EXPECT_EQ(action.json.at("unit_id").as_int64(), school);
  EXPECT_EQ(action.json.at("source").at("type").as_string(), "training_evaluation");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'training_evaluation' AND entity_id = '" +
                  Id(done.json.at("id").as_int64()) + "'"),
            1);
  // Once only.
  auto again = manager.Post(url + "/evaluation", evaluation);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.code(), "training.evaluation_exists");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_evaluations"), evaluations + 1);

  // The school's readiness counts the evaluation among its clause 7.2 evidence.
  db::Id iso21001 = 0;
  auto standards = manager.Get("/api/v1/standards");
  for (const auto& s : standards.json.at("items").as_array())
    if (s.at("code").as_string() == "iso-21001" && !iso21001) iso21001 = s.at("id").as_int64();
  auto report = manager.Get("/api/v1/readiness?standard=" + Id(iso21001) + "&unit_id=" + Id(school));
  ASSERT_EQ(report.status, 200) << report.body;
  bool counted = false;
  for (const auto& c : report.json.at("clauses").as_array()) {
    for (const auto& r : c.at("evidence").at("registers").as_array())
      counted = counted || (r.at("register").as_string() == "training_evaluations" && r.at("entries").as_int64() >= 1);
  }
  EXPECT_TRUE(counted) << report.body;
}

INSTANTIATE_TEST_SUITE_P(Engines, TrainingEvaluation, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
