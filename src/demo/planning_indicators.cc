#include "demo/planning_indicators.h"

#include <cmath>

#include "org/store.h"
#include "platform/clock.h"

namespace eduims::demo {
namespace {

audit::Actor Demo() { return audit::Actor::System("demo"); }

struct DemoIndicator {
  const char* code;
  const char* name;
  const char* measure_unit;
  planning::Direction direction;
  double target, warning;
  planning::Frequency frequency;
  planning::Aggregation aggregation;
  // The value of the n-th period counted back from the latest (0) for school `school`: a slow trend with a school
  // year's rhythm, never past the threshold, so the demo raises no improvement of its own.
  double base, trend, swing;
};

const DemoIndicator kSchoolIndicators[] = {
    {"CC-HS", "Tỷ lệ chuyên cần của học sinh", "%", planning::Direction::kHigherIsBetter, 97, 94,
     planning::Frequency::kMonth, planning::Aggregation::kWeightedMean, 97.4, -0.06, 1.2},
    {"KN-PH", "Số phản ánh, khiếu nại của phụ huynh", "lượt", planning::Direction::kLowerIsBetter, 2, 5,
     planning::Frequency::kMonth, planning::Aggregation::kSum, 2.2, 0.05, 1.4},
    {"HL-KG", "Tỷ lệ học sinh xếp loại học tập tốt và khá", "%", planning::Direction::kHigherIsBetter, 75, 65,
     planning::Frequency::kTerm, planning::Aggregation::kWeightedMean, 76, -1.2, 2.5},
};

// Keeps a value on the side of the threshold where it raises nothing, at one decimal.
double Clamp(const DemoIndicator& d, double v) {
  v = std::round(v * 10) / 10;
  if (d.direction == planning::Direction::kHigherIsBetter) return std::max(v, d.warning + 0.5);
  return std::max(0.0, std::min(v, d.warning - 1));
}

}  // namespace

void SeedPlanningIndicators(Application& app, const auth::Principal& qm) {
  std::string today = FormatDate(TodayInVietnam());
  struct School {
    const char* code;
    const char* owner;
    double learners;  // the weight of its values in the department's weighted mean
  };
  const School schools[] = {{"THPT-CHUYEN", "hieutruong.chuyen@demo.eduims.vn", 620},
                            {"THPT-TOHIEU", "hieutruong.tohieu@demo.eduims.vn", 1150}};
  int s_index = 0;
  for (const School& school : schools) {
    std::optional<org::Unit> unit;
    app.db().Read([&](soci::session& s) { unit = org::store::FindUnitByCode(s, school.code); });
    auto owner = app.org().FindUserByEmail(school.owner);
    planning::ObjectiveInput o;
    o.unit_id = unit->id;
    o.title = "Nâng cao chất lượng giáo dục và sự hài lòng của người học, phụ huynh";
    o.policy_link = "Chính sách chất lượng: lấy người học làm trung tâm, đáp ứng yêu cầu của phụ huynh và xã hội";
    o.plan_what = "Theo dõi chuyên cần hằng tháng, phụ đạo học sinh yếu, tiếp nhận và xử lý phản ánh trong 5 ngày";
    o.resources = "Giáo viên chủ nhiệm, tổ tư vấn học đường, kinh phí phụ đạo theo kế hoạch năm học";
    o.responsible_id = owner->id;
    o.due_date = today.substr(0, 4) + "-05-31";
    o.evaluation = "So sánh chỉ số theo tháng và học kỳ với mục tiêu; báo cáo tại cuộc họp xem xét của lãnh đạo";
    planning::Objective objective = app.objectives().Create(qm, o, Demo());
    for (const DemoIndicator& d : kSchoolIndicators) {
      planning::IndicatorInput in;
      in.objective_id = objective.id;
      in.code = d.code;
      in.name = d.name;
      in.measure_unit = d.measure_unit;
      in.direction = d.direction;
      in.target = d.target;
      in.warning = d.warning;
      in.frequency = d.frequency;
      in.aggregation = d.aggregation;
      in.owner_id = owner->id;
      planning::Indicator indicator = app.indicators().Create(qm, in, Demo());
      // Two school years: 24 months, or 4 terms.
      int count = d.frequency == planning::Frequency::kMonth ? 24 : 4;
      auto periods = planning::PeriodsUpTo(d.frequency, planning::LatestEndedPeriod(d.frequency, today), count);
      for (int n = 0; n < count; ++n) {
        int back = count - 1 - n;
        planning::MeasurementInput m;
        m.period = periods[size_t(n)].name;
        m.value = Clamp(d, d.base + d.trend * back + d.swing * std::sin(n * 0.9 + s_index * 1.7));
        if (d.aggregation == planning::Aggregation::kWeightedMean) m.weight = school.learners;
        app.indicators().Record(qm, indicator.id, m, Demo());
      }
    }
    ++s_index;
  }
  // The department measures how it closes nonconformities: computed by EduIMS, never typed.
  std::optional<org::Unit> root;
  app.db().Read([&](soci::session& s) { root = org::store::FindRoot(s); });
  planning::ObjectiveInput o;
  o.unit_id = root->id;
  o.title = "Xử lý dứt điểm sự không phù hợp đúng hạn";
  o.policy_link = "Chính sách chất lượng: cải tiến liên tục hệ thống quản lý";
  o.plan_what = "Theo dõi hạn xử lý hằng tháng, nhắc việc và chuyển lên lãnh đạo khi quá hạn";
  o.responsible_id = qm.user_id;
  o.evaluation = "Tỷ lệ đóng đúng hạn hằng tháng so với mục tiêu 90%";
  planning::Objective objective = app.objectives().Create(qm, o, Demo());
  planning::IndicatorInput in;
  in.objective_id = objective.id;
  in.code = "NC-DH";
  in.name = "Tỷ lệ sự không phù hợp được đóng đúng hạn";
  in.measure_unit = "%";
  in.target = 90;
  in.warning = 75;
  in.source = planning::Source::kComputed;
  in.metric = "nonconformities_closed_on_time";
  in.owner_id = qm.user_id;
  app.indicators().Create(qm, in, Demo());
}

}  // namespace eduims::demo
