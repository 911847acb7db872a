#include "demo/surveys.h"

#include "org/store.h"
#include "planning/indicator_model.h"
#include "platform/clock.h"
#include "platform/dates.h"
#include "surveys/store.h"

namespace eduims::demo {
namespace {

namespace json = boost::json;

audit::Actor Demo() { return audit::Actor::System("demo"); }

std::string Day(int days_from_today) { return FormatDate(AddDays(TodayInVietnam(), days_from_today)); }

// A repeatable spread of answers: respondent `n` of a survey whose points lean by `lean` (0 = as in a typical
// school, negative = less satisfied).
long long Point(int n, int question, int lean, long long lo, long long hi) {
  unsigned x = unsigned(n * 7919 + question * 104729 + 17);
  x ^= x >> 13;
  x *= 0x5bd1e995u;
  x ^= x >> 15;
  long long span = hi - lo;
  long long below_best = x % 100 < 55 ? 0 : x % 100 < 85 ? 1 : x % 100 < 95 ? 2 : 3;
  long long v = hi - below_best + lean - (span > 4 ? static_cast<long long>(x % 3) : 0);
  return std::max(lo, std::min(hi, v));
}

// The form a respondent sends: every scale question on its points, a text now and then.
std::multimap<std::string, std::string> Form(const surveys::Definition& d, int n, int lean) {
  std::multimap<std::string, std::string> form;
  int i = 0;
  for (const surveys::Question* q : d.Questions()) {
    ++i;
    auto [lo, hi] = surveys::Bounds(*q);
    switch (q->type) {
      case surveys::QuestionType::kLikert:
      case surveys::QuestionType::kRecommend:
        form.emplace("q." + q->key, std::to_string(Point(n, i, lean, lo, hi)));
        break;
      case surveys::QuestionType::kGrid:
        for (size_t row = 0; row < q->rows.size(); ++row)
          form.emplace("q." + q->key + "." + std::to_string(row), std::to_string(Point(n, i * 10 + int(row), lean, 1, 5)));
        break;
      case surveys::QuestionType::kSingle:
        form.emplace("q." + q->key, std::to_string(n % q->options.size()));
        break;
      case surveys::QuestionType::kNumber:
        form.emplace("q." + q->key, std::to_string(lo + (n * 3) % std::min<long long>(hi - lo + 1, 12)));
        break;
      case surveys::QuestionType::kShortText:
      case surveys::QuestionType::kLongText:
        if (n % 6 == 0)
          form.emplace("q." + q->key, n % 12 == 0 ? "Thầy cô tận tâm, giảng bài dễ hiểu."
                                                  : "Mong nhà trường bổ sung thêm giờ thực hành và sửa quạt phòng học.");
        break;
      default:
        break;
    }
  }
  return form;
}

struct Planned {
  std::string title;
  int opens, closes;  // days from today
  int respondents, lean;
};

// Tô Hiệu's staff satisfaction survey, confidential (one-time codes handed to each teacher), which ran over the last
// two weeks of last month and feeds the school's computed indicator "HL-CBGV" (metric survey_satisfaction_index):
// its scale questions are linked to the indicator, so the indicator's value for last month is their index.
void SeedStaffSurvey(Application& app, const auth::Principal& qm, const org::Unit& tohieu) {
  auto& service = app.surveys();
  const std::string indicator_code = "HL-CBGV";
  surveys::QuestionnaireInput qin;
  qin.unit_id = tohieu.id;
  qin.audience = "staff";
  qin.library_code = "staff";
  auto questionnaire = service.CreateQuestionnaire(qm, qin, Demo());
  json::value definition = json::parse(service.GetVersion(qm, questionnaire.id, 1).definition);
  for (auto& section : definition.at("sections").as_array())
    for (auto& question : section.at("questions").as_array())
      if (question.at("type").as_string() == "likert") question.as_object()["indicator_code"] = indicator_code;
  service.SaveDraft(qm, questionnaire.id, 1, definition, Demo());
  service.Publish(qm, questionnaire.id, 1, Demo());
  auto parsed = surveys::Parse(definition);

  // The last two weeks of last month, so last month's indicator value is the survey's.
  Date this_month = TodayInVietnam();
  this_month = Date{this_month.year(), this_month.month(), std::chrono::day{1}};
  std::string opens_on = FormatDate(AddDays(this_month, -16)), closes_on = FormatDate(AddDays(this_month, -3));
  surveys::CampaignInput in;
  in.unit_id = tohieu.id;
  in.questionnaire_id = questionnaire.id;
  in.questionnaire_version = 1;
  in.title = "Khảo sát sự hài lòng của cán bộ, giáo viên (bảo mật)";
  in.audience = "staff";
  in.mode = "confidential";
  in.opens_on = opens_on;
  in.closes_on = closes_on;
  auto c = service.CreateCampaign(qm, in, Demo());
  c = service.Transition(qm, c.id, c.version, "open", Demo());
  std::vector<std::string> people;
  for (const char* name : {"Hà Thị Lan", "Lò Văn Minh", "Cà Thị Hương", "Tòng Văn Hải", "Lường Thị Nga",
                           "Quàng Văn Bình", "Điêu Thị Thu", "Bạc Cầm Tú", "Sa Văn Nam", "Mùi Thị Hoa", "Vì Thị Yến",
                           "Nguyễn Văn Khánh"})
    people.push_back(name);
  auto codes = service.AddCodes(qm, c.id, tohieu.id, people, Demo());
  // Nine of the twelve answered, each code once, on the days they did: stored as the public page stores them.
  app.db().Write([&](soci::session& s) {
    for (int n = 0; n < 9; ++n) {
      surveys::store::UseCode(s, codes[n].code);
      auto checked = surveys::CheckAnswers(parsed, Form(parsed, n + 100, 0));
      surveys::store::RecordAnswer(s, c, tohieu.id, FormatDate(AddDays(*ParseDate(opens_on), n)),
                                   surveys::AnswersJson(parsed, checked.submission), checked.submission);
    }
  });
  c = service.Transition(qm, c.id, c.version, "closed", Demo());
  // Closed on its closing day, as it was in the story the demo tells (closing now erased who got which code).
  std::string closed_at = closes_on + "T10:00:00Z";
  app.db().Write([&](soci::session& s) {
    s << "UPDATE survey_campaigns SET closed_at = :at WHERE id = :id", soci::use(closed_at), soci::use(c.id);
  });

  planning::ObjectiveInput o;
  o.unit_id = tohieu.id;
  o.title = "Nâng cao sự hài lòng của cán bộ, giáo viên";
  o.policy_link = "Chính sách chất lượng: xây dựng môi trường làm việc an toàn, gắn kết (ISO 21001 7.1.4)";
  o.plan_what = "Khảo sát bảo mật mỗi học kỳ, đối thoại với tổ chuyên môn về các câu hỏi dưới ngưỡng";
  o.responsible_id = qm.user_id;
  o.evaluation = "Chỉ số hài lòng (tỷ lệ hai mức đánh giá cao nhất) của các câu hỏi thang 5 mức";
  planning::Objective objective = app.objectives().Create(qm, o, Demo());
  planning::IndicatorInput indicator;
  indicator.objective_id = objective.id;
  indicator.code = indicator_code;
  indicator.name = "Chỉ số hài lòng của cán bộ, giáo viên";
  indicator.measure_unit = "%";
  indicator.target = 80;
  indicator.warning = 65;
  indicator.source = planning::Source::kComputed;
  indicator.metric = "survey_satisfaction_index";
  indicator.owner_id = qm.user_id;
  planning::Indicator created = app.indicators().Create(qm, indicator, Demo());
  // Last month's value, as the computing job records it on its first run.
  planning::Period last = planning::LatestEndedPeriod(planning::Frequency::kMonth, FormatDate(TodayInVietnam()));
  if (auto value = service.IndicatorIndex(qm, tohieu.id, indicator_code, last.first_day, last.last_day))
    app.db().Write([&](soci::session& s) {
      app.indicators().RecordComputed(s, created, tohieu.path, last.name, *value, qm);
    });
}

}  // namespace

void SeedSurveys(Application& app, const auth::Principal& qm) {
  auto& service = app.surveys();
  std::optional<org::Unit> tohieu, chuyen;
  app.db().Read([&](soci::session& s) {
    tohieu = org::store::FindUnitByCode(s, "THPT-TOHIEU");
    chuyen = org::store::FindUnitByCode(s, "THPT-CHUYEN");
  });
  auto publish = [&](const org::Unit& unit, const std::string& library, const std::string& audience) {
    surveys::QuestionnaireInput in;
    in.unit_id = unit.id;
    in.audience = audience;
    in.library_code = library;
    auto q = service.CreateQuestionnaire(qm, in, Demo());
    service.Publish(qm, q.id, 1, Demo());
    return q;
  };
  auto learners = publish(*tohieu, "learners_teaching", "learners");
  auto definition = surveys::Parse(json::parse(service.GetVersion(qm, learners.id, 1).definition));
  // Last school year's survey and this term's, each answered through its link over its own period: answers are
  // stored as the public page stores them, with the date they were given.
  for (const Planned& p : {Planned{"Lấy ý kiến học sinh về giảng dạy năm học trước", -400, -380, 48, 0},
                           Planned{"Lấy ý kiến học sinh về giảng dạy học kỳ I", -40, -20, 52, -1}}) {
    surveys::CampaignInput in;
    in.unit_id = tohieu->id;
    in.questionnaire_id = learners.id;
    in.questionnaire_version = 1;
    in.title = p.title;
    in.audience = "learners";
    in.mode = "anonymous";
    in.opens_on = Day(p.opens);
    in.closes_on = Day(p.closes);
    in.links = {{tohieu->id, 60}};
    auto c = service.CreateCampaign(qm, in, Demo());
    c = service.Transition(qm, c.id, c.version, "open", Demo());
    app.db().Write([&](soci::session& s) {
      for (int n = 0; n < p.respondents; ++n) {
        auto checked = surveys::CheckAnswers(definition, Form(definition, n, p.lean));
        surveys::store::RecordAnswer(s, c, tohieu->id, Day(p.opens + n % (p.closes - p.opens + 1)),
                                     surveys::AnswersJson(definition, checked.submission), checked.submission);
      }
    });
    service.Transition(qm, c.id, c.version, "closed", Demo());
  }
  auto parents = publish(*chuyen, "parents", "parents");
  surveys::CampaignInput in;
  in.unit_id = chuyen->id;
  in.questionnaire_id = parents.id;
  in.questionnaire_version = 1;
  in.title = "Khảo sát sự hài lòng của cha mẹ học sinh năm học này";
  in.audience = "parents";
  in.mode = "anonymous";
  in.opens_on = Day(-5);
  in.closes_on = Day(20);
  in.links = {{chuyen->id, 600}};
  auto c = service.CreateCampaign(qm, in, Demo());
  service.Transition(qm, c.id, c.version, "open", Demo());
  auto parent_definition = surveys::Parse(json::parse(service.GetVersion(qm, parents.id, 1).definition));
  std::string code = service.Links(qm, c.id).front().code;
  for (int n = 0; n < 37; ++n) service.Answer(code, Form(parent_definition, n, 0));

  SeedStaffSurvey(app, qm, *tohieu);
}

}  // namespace eduims::demo
