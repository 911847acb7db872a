#include "demo/training_evaluation.h"

#include "platform/clock.h"
#include "training/evaluation_service.h"
#include "training/store.h"

namespace eduims::demo {

void SeedTrainingEvaluation(Application& app, const std::vector<org::User>& users) {
  auth::Principal quality_manager = *app.org().PrincipalOf(users[1].id);
  audit::Actor actor{quality_manager.user_id, "local", "demo", quality_manager.full_name};
  // The consultant's course is the department's first programme (demo/people.cc).
  db::Id course = 0;
  app.db().Read([&](soci::session& s) {
    auto roots = std::vector<std::string>{"/"};
    auto programmes = training::store::ListProgrammes(s, roots, std::nullopt, std::nullopt, 1);
    course = programmes.front().id;
  });
  training::EvaluationService evaluation(app.db(), app.actions());
  // What those who attended said: useful and applicable, the third morning on procedures too dense.
  struct Said {
    size_t user;
    int relevance, trainer, materials, organisation, application;
    const char* comment;
  };
  const Said said[] = {
      {1, 5, 5, 4, 4, 5, "Nội dung sát với công việc xây dựng hệ thống của Sở."},
      {2, 5, 4, 4, 3, 5, "Buổi thứ ba về quy trình nhiều nội dung, nên có thêm thời gian thực hành."},
      {3, 4, 5, 5, 4, 4, ""},
      {4, 4, 4, 3, 4, 4, "Cần thêm ví dụ áp dụng cho trường phổ thông."},
  };
  for (const Said& s : said) {
    training::ReactionInput r;
    r.ratings = {{"relevance", s.relevance},
                 {"trainer", s.trainer},
                 {"materials", s.materials},
                 {"organisation", s.organisation},
                 {"application", s.application}};
    r.comment = s.comment;
    auth::Principal who = *app.org().PrincipalOf(users[s.user].id);
    evaluation.React(who, course, r, {who.user_id, "local", "demo", who.full_name});
  }
  // Due 90 days after the last session (30 September 2020): the quality manager found the course effective.
  training::EvaluationInput e;
  e.behaviour_findings =
      "Cán bộ đã tập huấn tham gia soạn thảo chính sách, mục tiêu chất lượng và 26 quy trình giải quyết công việc; "
      "các trưởng phòng áp dụng quy trình kiểm soát tài liệu khi ban hành văn bản.";
  e.behaviour_rating = 4;
  e.results_findings =
      "Hệ thống quản lý chất lượng được công bố phù hợp TCVN ISO 9001:2015 đúng kế hoạch; cuộc đánh giá nội bộ đầu "
      "tiên không phát hiện sự không phù hợp nặng về nhận thức của cán bộ.";
  e.results_rating = 4;
  e.conclusion = "effective";
  evaluation.Evaluate(quality_manager, course, e, actor);
}

}  // namespace eduims::demo
