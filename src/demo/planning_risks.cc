#include "demo/planning_risks.h"

#include <chrono>
#include <map>

#include "org/store.h"
#include "platform/clock.h"
#include "processes/store.h"

namespace eduims::demo {
namespace {

using planning::Kind;
using planning::SourceKind;
using planning::Treatment;

struct DemoRisk {
  const char* unit;
  size_t user;          // index in DemoUsers(): who records and owns it
  const char* process;  // a department process, or ""
  Kind kind;
  const char* title;
  const char* cause;
  const char* consequence;
  int likelihood, impact;
  Treatment treatment;
  const char* plan;
  const char* action;      // a treatment action, or ""
  int residual_l = 0, residual_i = 0;  // re-rated after treatment, when given
  bool reviewed = false;
};

// The department's process levels as the demo types them (demo/processes.cc): each process's risks are rated so that
// their highest band gives the same level, and the audit programme keeps its frequencies.
const DemoRisk kRisks[] = {
    {"SO-GDDT", 1, "QT-TS", Kind::kRisk, "Sai sót khi nhập điểm xét tuyển lớp 10",
     "Điểm thi được nhập thủ công từ biên bản chấm vào phần mềm tuyển sinh",
     "Học sinh bị xét sai nguyện vọng, khiếu nại, ảnh hưởng uy tín của Sở", 3, 5, Treatment::kReduce,
     "Nhập liệu hai lần độc lập và đối chiếu tự động trước khi công bố", "Xây dựng quy trình nhập điểm hai lần", 0, 0,
     true},
    {"SO-GDDT", 0, "QT-DH", Kind::kRisk, "Thiếu giáo viên môn Tin học và Ngoại ngữ theo chương trình GDPT 2018",
     "Định mức biên chế chưa đủ, khó tuyển giáo viên ở vùng sâu", "Không dạy đủ số tiết theo chương trình",
     4, 3, Treatment::kReduce, "Hợp đồng giáo viên liên trường, bồi dưỡng giáo viên kiêm nhiệm",
     "Lập kế hoạch điều động giáo viên liên trường học kỳ II"},
    {"SO-GDDT", 1, "QT-KT", Kind::kRisk, "Lộ đề kiểm tra cuối kỳ dùng chung toàn tỉnh",
     "Đề được in và vận chuyển qua nhiều khâu", "Phải tổ chức kiểm tra lại, kết quả đánh giá không khách quan",
     2, 5, Treatment::kReduce, "Niêm phong, giao đề theo ca và ký nhận từng khâu", ""},
    {"SO-GDDT", 1, "QT-NS", Kind::kRisk, "Chậm bồi dưỡng cán bộ quản lý mới bổ nhiệm",
     "Kế hoạch bồi dưỡng phụ thuộc kinh phí được cấp", "Cán bộ quản lý lúng túng khi vận hành hệ thống quản lý",
     2, 4, Treatment::kAccept, "Theo dõi trong xem xét của lãnh đạo", ""},
    {"SO-GDDT", 1, "QT-CSVC", Kind::kRisk, "Thiết bị phòng thí nghiệm hỏng chưa được thay thế",
     "Thiết bị đã sử dụng trên 10 năm", "Một số bài thực hành phải thay bằng trình chiếu", 2, 2, Treatment::kAccept,
     "Đưa vào kế hoạch mua sắm năm sau", ""},
    {"SO-GDDT", 0, "QT-LD", Kind::kOpportunity, "Nguồn vốn chương trình chuyển đổi số ngành giáo dục",
     "Bộ Giáo dục và Đào tạo ưu tiên địa phương có đề án sẵn sàng", "Trang bị hệ thống quản lý học tập cho các trường",
     4, 4, Treatment::kPursue, "Xây dựng đề án chuyển đổi số trình UBND tỉnh", "Lập đề án chuyển đổi số giai đoạn 2027-2030"},
    {"SO-GDDT", 1, "QT-LD", Kind::kRisk, "Chỉ tiêu tuyển sinh giao muộn so với kế hoạch năm học",
     "Phụ thuộc quyết định giao biên chế của tỉnh", "Các trường lập kế hoạch tuyển sinh gấp", 2, 3,
     Treatment::kShare, "Thống nhất lịch giao chỉ tiêu với Sở Nội vụ", ""},
    {"THPT-CHUYEN", 4, "", Kind::kRisk, "Giáo viên dạy đội tuyển giỏi chuyển công tác",
     "Chế độ đãi ngộ chưa cạnh tranh với các tỉnh lân cận", "Kết quả thi học sinh giỏi quốc gia giảm", 3, 4,
     Treatment::kReduce, "Đề xuất chính sách hỗ trợ và kèm cặp giáo viên trẻ kế cận",
     "Phân công giáo viên trẻ kèm cặp cho mỗi đội tuyển"},
    {"THPT-CHUYEN", 4, "", Kind::kOpportunity, "Hợp tác với trường đại học mở câu lạc bộ STEM",
     "Trường đại học trong tỉnh có phòng thí nghiệm và giảng viên sẵn sàng hỗ trợ",
     "Học sinh được nghiên cứu khoa học sớm", 4, 3, Treatment::kPursue, "Ký thỏa thuận hợp tác trong học kỳ I", ""},
    {"THPT-CHUYEN-TOAN", 4, "", Kind::kRisk, "Học sinh đội tuyển quá tải, ảnh hưởng sức khỏe",
     "Lịch ôn luyện dày đặc trước kỳ thi", "Học sinh mệt mỏi, kết quả học tập các môn khác giảm", 3, 3,
     Treatment::kReduce, "Giới hạn số buổi ôn luyện mỗi tuần, tư vấn tâm lý", "", 2, 2},
    {"THPT-TOHIEU", 6, "", Kind::kRisk, "Học sinh bỏ học giữa chừng do hoàn cảnh khó khăn",
     "Nhiều học sinh ở xa, gia đình thuộc hộ nghèo", "Không đạt chỉ tiêu duy trì sĩ số, học sinh mất cơ hội học tập",
     4, 4, Treatment::kReduce, "Vận động học bổng, thăm hỏi gia đình học sinh có nguy cơ",
     "Rà soát danh sách học sinh có nguy cơ bỏ học", 3, 3, true},
    {"THPT-TOHIEU", 6, "", Kind::kRisk, "Mất an toàn khi học sinh đi lại trong mùa mưa lũ",
     "Đường đến trường qua suối, sạt lở vào mùa mưa", "Tai nạn cho học sinh", 2, 5, Treatment::kShare,
     "Phối hợp chính quyền xã đưa đón, mua bảo hiểm cho học sinh", ""},
    {"THPT-TOHIEU", 6, "", Kind::kOpportunity, "Số hóa hồ sơ học sinh", "Sở triển khai cơ sở dữ liệu ngành",
     "Giảm thời gian tra cứu hồ sơ, hạn chế thất lạc", 3, 3, Treatment::kPursue, "Số hóa hồ sơ từ khối 10", ""},
    {"THCS-CHIENGSINH", 9, "", Kind::kRisk, "Thiếu phòng học bộ môn đạt chuẩn",
     "Trường mới sáp nhập, cơ sở vật chất chưa đồng bộ", "Một số nội dung thực hành chưa thực hiện được", 3, 3,
     Treatment::kAccept, "Dùng chung phòng học bộ môn với trường tiểu học lân cận", ""},
};

std::string DaysAhead(int days) {
  return FormatDate(std::chrono::sys_days(TodayInVietnam()) + std::chrono::days(days));
}

}  // namespace

void SeedRisks(Application& app, const std::vector<org::User>& users) {
  auto system = audit::Actor::System("init");
  std::map<std::string, db::Id> units, processes;
  app.db().Read([&](soci::session& s) {
    for (const DemoRisk& d : kRisks) units[d.unit] = org::store::FindUnitByCode(s, d.unit)->id;
  });
  processes::ProcessFilter all;
  all.limit = 200;
  for (const auto& p : app.processes().List(*app.org().PrincipalOf(users[1].id), all)) processes[p.code] = p.id;
  int n = 0;
  for (const DemoRisk& d : kRisks) {
    auth::Principal who = *app.org().PrincipalOf(users[d.user].id);
    planning::RiskInput in;
    in.unit_id = units[d.unit];
    in.kind = d.kind;
    if (*d.process) {
      in.source_kind = SourceKind::kProcess;
      in.source_id = processes[d.process];
    }
    in.title = d.title;
    in.cause = d.cause;
    in.consequence = d.consequence;
    in.inherent = {d.likelihood, d.impact};
    in.treatment = d.treatment;
    in.treatment_plan = d.plan;
    in.next_review_date = DaysAhead(30 + 15 * n++);
    planning::Risk risk = app.risks().Create(who, in, system);
    if (*d.action) {
      actions::ActionInput action;
      action.title = d.action;
      action.owner_id = users[d.user].id;
      action.due_date = DaysAhead(45);
      app.risks().AddAction(who, risk.id, action, system);
    }
    if (d.residual_l) {
      planning::RiskPatch patch;
      patch.residual_present = true;
      patch.residual = planning::Rating{d.residual_l, d.residual_i};
      risk = app.risks().Update(who, risk.id, risk.version, patch, system);
    }
    if (d.reviewed) app.risks().Review(who, risk.id, risk.version, DaysAhead(180), std::nullopt, system);
  }
}

}  // namespace eduims::demo
