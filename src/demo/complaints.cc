#include "demo/complaints.h"

#include "org/store.h"
#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::demo {
namespace {

using complaints::ComplaintInput;
using complaints::StepInput;

std::string DaysAgo(int days) { return FormatDate(AddDays(TodayInVietnam(), -days)); }

}  // namespace

void SeedComplaints(Application& app, const std::vector<org::User>& users) {
  auto& service = app.complaints();
  auto as = [&](size_t index) { return *app.org().PrincipalOf(users[index].id); };
  // The demo users (demo.cc): the director, the ISO representative, the heads of THPT Chuyên and THPT Tô Hiệu, and
  // the staff who take complaints by phone and letter where their grants are (the teacher: her department).
  auth::Principal director = as(0), quality_manager = as(1), head_chuyen = as(4), teacher = as(5), head_tohieu = as(6),
                  staff_tohieu = as(7);
  auto actor = [](const auth::Principal& p) { return audit::Actor{p.user_id, "local", "demo", p.full_name}; };
  db::Id chuyen = 0, toan = 0, tohieu = 0;
  app.db().Read([&](soci::session& s) {
    chuyen = org::store::FindUnitByCode(s, "THPT-CHUYEN")->id;
    toan = org::store::FindUnitByCode(s, "THPT-CHUYEN-TOAN")->id;
    tohieu = org::store::FindUnitByCode(s, "THPT-TOHIEU")->id;
  });
  auto record = [&](const auth::Principal& by, db::Id unit, const std::string& category, const std::string& channel,
                    const std::string& text, int days_ago, std::optional<std::string> name) {
    ComplaintInput in;
    in.unit_id = unit;
    in.category = category;
    in.channel = channel;
    in.text = text;
    in.complainant_name = std::move(name);
    in.received_on = DaysAgo(days_ago);
    return service.Record(by, in, actor(by));
  };
  auto assign = [&](complaints::Complaint& c, db::Id handler, std::optional<db::Id> decider = std::nullopt) {
    complaints::Assignment a;
    a.version = c.version;
    a.handler_present = true;
    a.handler_id = handler;
    if (decider) {
      a.decider_present = true;
      a.decider_id = decider;
    }
    c = service.Assign(quality_manager, c.id, a, actor(quality_manager)).complaint;
  };
  auto step = [&](const auth::Principal& by, complaints::Complaint& c, StepInput in) {
    in.version = c.version;
    c = service.Step(by, c.id, in, actor(by)).complaint;
  };

  // Received today through the public form, anonymously: nobody assigned yet.
  ComplaintInput web;
  web.unit_id = tohieu;
  web.category = "facilities";
  web.text = "Nhà vệ sinh khu B của trường bị hỏng vòi nước hơn hai tuần nay, học sinh phải sang khu A.";
  service.Submit(web);

  // Received ten days ago and never acknowledged: overdue.
  auto overdue = record(staff_tohieu, tohieu, "fees", "phone",
                        "Phụ huynh phản ánh khoản thu quỹ lớp chưa được công khai chi tiết.", 10, "Phụ huynh lớp 10A2");
  assign(overdue.complaint, head_tohieu.user_id);

  // Acknowledged, being investigated.
  auto investigated = record(head_chuyen, chuyen, "teaching", "letter",
                             "Đề nghị nhà trường xem xét việc giáo viên môn Hóa thường xuyên vắng tiết.", 6, std::nullopt);
  assign(investigated.complaint, head_chuyen.user_id);
  step(head_chuyen, investigated.complaint, {.action = "acknowledge"});
  service.AddNote(head_chuyen, investigated.complaint.id, "Đã đối chiếu sổ đầu bài tháng này: 3 tiết vắng có lý do.",
                  actor(head_chuyen));

  // Answered, waiting for the complainant.
  auto answered = record(teacher, toan, "assessment", "in_person",
                         "Con tôi bị trừ điểm bài kiểm tra Toán giữa kỳ không rõ lý do.", 20, "Nguyễn Thị Hạnh");
  assign(answered.complaint, head_chuyen.user_id);
  step(head_chuyen, answered.complaint, {.action = "acknowledge"});
  step(head_chuyen, answered.complaint,
       {.action = "respond", .response = "Bài đã được tổ Toán chấm lại: câu 3 được cộng thêm 0,5 điểm.",
        .outcome = "partly_upheld"});

  // Answered, then appealed by the complainant on the public page: the director decides.
  auto appealed = record(staff_tohieu, tohieu, "safety_wellbeing", "mail",
                         "Học sinh lớp 11A1 bị bắt nạt trong giờ ra chơi, nhà trường chưa có biện pháp.", 25, std::nullopt);
  assign(appealed.complaint, head_tohieu.user_id, director.user_id);
  step(head_tohieu, appealed.complaint, {.action = "acknowledge"});
  step(head_tohieu, appealed.complaint,
       {.action = "respond", .response = "Nhà trường đã làm việc với các học sinh liên quan và phân công giám thị trực hành lang.",
        .outcome = "upheld"});
  service.ComplainantStep(appealed.code, "appeal", "Biện pháp chưa đủ: đề nghị có buổi làm việc với phụ huynh các em.");

  // Closed: answered and accepted by the complainant.
  auto closed = record(head_chuyen, chuyen, "admission", "phone",
                       "Thông báo tuyển sinh lớp 10 chuyên đăng muộn trên trang của trường.", 45, "Lò Văn Tâm");
  assign(closed.complaint, head_chuyen.user_id);
  step(head_chuyen, closed.complaint, {.action = "acknowledge"});
  step(head_chuyen, closed.complaint,
       {.action = "respond", .response = "Nhà trường đã đăng lại thông báo và sẽ đăng trước kỳ tuyển sinh ít nhất 60 ngày.",
        .outcome = "upheld"});
  service.ComplainantStep(closed.code, "close", "");
}

}  // namespace eduims::demo
