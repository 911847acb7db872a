#include "demo/review.h"

#include "platform/clock.h"

namespace eduims::demo {

void SeedReviews(Application& app, const auth::Principal& quality_manager, const auth::Principal& director) {
  auto actor = audit::Actor::System("demo");
  auto& reviews = app.reviews();
  int year = std::stoi(FormatDate(TodayInVietnam()).substr(0, 4));
  std::string last = std::to_string(year - 1), now = std::to_string(year);

  review::ReviewInput held;
  held.unit_id = director.unit_id;  // the department: the director's own unit
  held.title = "Xem xét của lãnh đạo Sở năm " + last;
  held.period_from = last + "-01-01";
  held.period_to = last + "-12-31";
  held.planned_on = last + "-12-18";
  held.participant_ids = {director.user_id, quality_manager.user_id};
  auto r = reviews.Create(quality_manager, held, actor);
  r = reviews.Step(quality_manager, r.id, {r.version, "open", std::nullopt, std::nullopt}, actor);
  review::MinutesInput minutes;
  minutes.version = r.version;
  minutes.notes = {
      {"nonconformities", "Nhiều sự không phù hợp của các trường quá hạn khắc phục; nguyên nhân chủ yếu do thiếu người phụ "
                          "trách được đào tạo phân tích nguyên nhân."},
      {"objectives", "Mục tiêu tỷ lệ chuyên cần đạt; mục tiêu về phản hồi khiếu nại của phụ huynh chưa đạt ở một trường."},
      {"satisfaction", "Kết quả khảo sát phụ huynh cuối năm học được trình bày tại cuộc họp (chưa quản lý trên EduIMS)."},
  };
  minutes.conclusions =
      "Hệ thống quản lý tích hợp phù hợp và có hiệu lực; cần nâng cao năng lực khắc phục của các trường và số hóa khảo sát.";
  r = reviews.WriteMinutes(quality_manager, r.id, minutes, actor);
  review::OutputInput training{r.version, "improvement", "Tập huấn phân tích nguyên nhân gốc cho cán bộ ISO các trường",
                               "action", quality_manager.user_id, now + "-03-31"};
  r = reviews.AddOutput(quality_manager, r.id, training, actor);
  review::OutputInput survey{r.version, "resources", "Triển khai khảo sát sự hài lòng trực tuyến toàn ngành",
                             "improvement", std::nullopt, std::nullopt};
  r = reviews.AddOutput(quality_manager, r.id, survey, actor);
  r = reviews.Step(quality_manager, r.id, {r.version, "hold", std::nullopt, std::nullopt}, actor);
  reviews.Step(director, r.id, {r.version, "approve", std::nullopt, Language::kVietnamese}, actor);

  review::ReviewInput planned = held;
  planned.title = "Xem xét của lãnh đạo Sở năm " + now;
  planned.period_from = now + "-01-01";
  planned.period_to = now + "-12-31";
  planned.planned_on = now + "-12-22";
  reviews.Create(quality_manager, planned, actor);
}

}  // namespace eduims::demo
