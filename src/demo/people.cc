#include "demo/people.h"

#include "org/store.h"
#include "people/service.h"
#include "platform/clock.h"
#include "platform/dates.h"
#include "platform/escape.h"
#include "platform/pdf/pdf_document.h"
#include "recruitment/service.h"
#include "training/service.h"

namespace eduims::demo {
namespace {

// 08:00 to 11:30 in Sơn La (UTC+7) on `day`.
std::pair<std::string, std::string> Morning(const std::string& day) {
  return {day + "T01:00:00.000Z", day + "T04:30:00.000Z"};
}

std::string DaysFromToday(int days) { return FormatDate(AddDays(TodayInVietnam(), days)); }

// A short PDF standing for a scanned paper (a diploma, minutes): a title and its paragraphs.
std::shared_ptr<http::SpoolPath> Paper(const std::string& title, const std::vector<std::string>& paragraphs) {
  std::vector<pdf::Block> blocks{{pdf::Block::Kind::kTitle, EscapeXml(title)}};
  for (const auto& p : paragraphs) blocks.push_back({pdf::Block::Kind::kParagraph, EscapeXml(p)});
  pdf::PageFrame frame;
  frame.title = title;
  auto spool = http::NewSpoolPath("demo-paper-");
  pdf::RenderPdf(blocks, frame, spool->path());
  return spool;
}

}  // namespace

void SeedPeople(Application& app, const std::vector<org::User>& users) {
  auto as = [&](size_t index) { return *app.org().PrincipalOf(users[index].id); };
  auth::Principal quality_manager = as(1);
  audit::Actor actor{quality_manager.user_id, "local", "demo", quality_manager.full_name};
  std::map<std::string, db::Id> units;
  app.db().Read([&](soci::session& s) {
    units["SO-GDDT"] = org::store::FindRoot(s)->id;
    for (const char* code : {"SO-VP", "SO-GDTrH", "SO-KTKD", "THPT-CHUYEN", "THPT-TOHIEU"})
      units[code] = org::store::FindUnitByCode(s, code)->id;
  });

  // What the department requires of everyone, of its auditors and of the heads of units; and what its schools
  // require of their teachers.
  people::CompetenceService competences(app.db(), app.org());
  struct Required {
    const char* unit;
    const char* code;
    const char* role;
  };
  const Required required[] = {
      {"SO-GDDT", "iso9001_awareness", ""},           {"SO-GDDT", "iso21001_awareness", ""},
      {"SO-GDDT", "internal_auditor_iso9001", "internal_auditor"},
      {"SO-GDDT", "internal_auditor_iso21001", "internal_auditor"},
      {"SO-GDDT", "educational_management", "process_owner"},
      {"THPT-CHUYEN", "subject_teaching", ""},        {"THPT-CHUYEN", "safeguarding", ""},
      {"THPT-CHUYEN", "first_aid", ""},               {"THPT-TOHIEU", "subject_teaching", ""},
      {"THPT-TOHIEU", "special_needs_education", ""},
  };
  for (const Required& r : required) competences.AddRequirement(quality_manager, units[r.unit], r.code, r.role, actor);

  // The consultant's course of 2020: the department's staff and the heads of its schools, four mornings.
  training::TrainingService training(app.db(), app.org(), competences);
  training::ProgrammeInput course;
  course.unit_id = units["SO-GDDT"];
  course.title = "Tập huấn xây dựng và áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015";
  course.provider = "Đơn vị tư vấn ISO được Sở thuê";
  course.description =
      "Bốn buổi tập huấn cho cán bộ, công chức Sở Giáo dục và Đào tạo và cán bộ chủ chốt các đơn vị trực thuộc: "
      "nhận thức về tiêu chuẩn, chính sách và mục tiêu chất lượng, xây dựng quy trình, đánh giá nội bộ.";
  course.clauses = {"7.2", "7.3", "9.2"};
  course.competences = {"iso9001_awareness", "iso21001_awareness"};
  course.max_score = 10;
  course.pass_mark = 5;
  training::Programme p = training.Create(quality_manager, course, actor);
  const char* days[] = {"2020-08-24", "2020-09-08", "2020-09-22", "2020-09-30"};
  const char* topics[] = {
      "Tổng quan TCVN ISO 9001:2015 và ISO 21001:2018; bối cảnh, lãnh đạo, chính sách chất lượng (điều khoản 4, 5)",
      "Hoạch định: rủi ro, cơ hội và mục tiêu chất lượng; nguồn lực, năng lực và nhận thức (điều khoản 6, 7)",
      "Xây dựng quy trình giải quyết công việc và kiểm soát thông tin dạng văn bản (điều khoản 7.5, 8)",
      "Đánh giá nội bộ, xem xét của lãnh đạo và cải tiến; kiểm tra cuối khóa (điều khoản 9, 10)"};
  std::vector<training::Session> sessions;
  for (int i = 0; i < 4; ++i) {
    auto [from, to] = Morning(days[i]);
    sessions.push_back(training.AddSession(
        quality_manager, p.id,
        {"Buổi " + std::to_string(i + 1), "Chuyên gia tư vấn ISO", "Hội trường Sở Giáo dục và Đào tạo, số 8 Tô Hiệu",
         topics[i], from, to},
        actor));
  }
  for (const char* unit : {"SO-VP", "SO-GDTrH", "SO-KTKD"}) training.Invite(quality_manager, p.id, units[unit], {}, actor);
  for (const char* school : {"THPT-CHUYEN", "THPT-TOHIEU"})
    training.Invite(quality_manager, p.id, units[school], std::string("process_owner"), actor);
  training.Invite(quality_manager, p.id, units["THPT-TOHIEU"], std::string("quality_manager"), actor);
  // Everyone came to the first and last mornings; the head of Tô Hiệu missed the two in between.
  std::vector<db::Id> all = {users[1].id, users[2].id, users[3].id, users[4].id, users[6].id};
  for (int i = 0; i < 4; ++i) {
    std::vector<db::Id> present = all;
    if (i == 1 || i == 2) present.pop_back();
    training.RecordAttendance(quality_manager, p.id, sessions[size_t(i)].id, present, actor);
  }
  const std::pair<size_t, double> scores[] = {{1, 9}, {2, 7.5}, {3, 8.5}, {4, 6}, {6, 4.5}};
  for (const auto& [user, score] : scores) training.RecordResult(quality_manager, p.id, users[user].id, score, actor);

  // The internal auditors' course, two months ago, which qualifies the department's auditor for both standards.
  training::ProgrammeInput auditors;
  auditors.unit_id = units["SO-GDDT"];
  auditors.title = "Đào tạo đánh giá viên nội bộ ISO 9001 và ISO 21001";
  auditors.provider = "Đơn vị tư vấn ISO được Sở thuê";
  auditors.clauses = {"9.2"};
  auditors.competences = {"internal_auditor_iso9001", "internal_auditor_iso21001"};
  auditors.max_score = 100;
  auditors.pass_mark = 70;
  auditors.validity_months = 36;
  training::Programme a = training.Create(quality_manager, auditors, actor);
  std::string day = DaysFromToday(-60);
  auto [from, to] = Morning(day);
  training::Session course_day = training.AddSession(
      quality_manager, a.id,
      {"Kỹ năng đánh giá theo ISO 19011", "Chuyên gia tư vấn ISO", "Phòng họp Sở", "ISO 19011; lập kế hoạch, "
       "phỏng vấn, ghi nhận bằng chứng và viết báo cáo đánh giá", from, to},
      actor);
  training.Invite(quality_manager, a.id, units["SO-VP"], std::string("internal_auditor"), actor);
  training.Invite(quality_manager, a.id, units["SO-KTKD"], {}, actor);
  training.RecordAttendance(quality_manager, a.id, course_day.id, {users[1].id, users[3].id}, actor);
  training.RecordResult(quality_manager, a.id, users[3].id, 86, actor);
  training.RecordResult(quality_manager, a.id, users[1].id, 78, actor);

  // What the schools' people hold from elsewhere: the teacher's degree and first aid (lapsing in six weeks), no
  // safeguarding course yet.
  people::Holding degree =
      competences.AddHolding(quality_manager, users[5].id,
                             {"subject_teaching", "qualification", "2015-06-30", std::nullopt,
                              std::string("Cử nhân Sư phạm Toán, Đại học Tây Bắc")},
                             actor);
  // The evidence behind it, and the first morning's handouts, as an auditor would ask to see them.
  competences.AttachHoldingFile(
      quality_manager, users[5].id, degree.id,
      Paper("Bằng Cử nhân Sư phạm Toán", {"Trường Đại học Tây Bắc cấp cho Quàng Thị Mai, tốt nghiệp ngày 30/6/2015.",
                                           "Bản sao chứng thực lưu tại hồ sơ viên chức."}),
      "Bang cu nhan Su pham Toan - Quang Thi Mai.pdf", actor);
  training.AttachSessionFile(
      quality_manager, p.id, sessions[0].id,
      Paper("Tài liệu buổi 1: Tổng quan TCVN ISO 9001:2015 và ISO 21001:2018", {topics[0]}),
      "Tai lieu buoi 1 - Tong quan ISO 9001 va ISO 21001.pdf", actor);

  // Recruitment at THPT Chuyên (ISO 21001 7.1.2): how it recruits teachers, last year's recruitment of a mathematics
  // teacher, closed with its panel's minutes, and this year's English teachers, open for applications.
  recruitment::RecruitmentService recruitments(app.db(), app.org(), competences);
  recruitment::ProcessInput teachers;
  teachers.position = "Giáo viên trung học phổ thông hạng III";
  teachers.competences = {"subject_teaching", "safeguarding"};
  teachers.criteria =
      "Tốt nghiệp đại học sư phạm đúng chuyên ngành giảng dạy; giấy chứng nhận trình độ tiếng Anh và tin học theo quy định; "
      "đạt yêu cầu thực hành giảng dạy trước hội đồng (từ 50/100 điểm); ưu tiên theo quy định về tuyển dụng viên "
      "chức.";
  teachers.steps = {"Thông báo tuyển dụng công khai trên cổng thông tin của Sở và của trường",
                    "Tiếp nhận phiếu đăng ký dự tuyển, kiểm tra điều kiện",
                    "Vòng 2: thực hành giảng dạy trước hội đồng tuyển dụng",
                    "Hội đồng tuyển dụng họp, lập biên bản kết quả",
                    "Hiệu trưởng quyết định tuyển dụng, công khai kết quả và lưu hồ sơ"};
  recruitment::Process process = recruitments.CreateProcess(quality_manager, units["THPT-CHUYEN"], teachers, actor);
  recruitment::RecruitmentInput maths;
  maths.unit_id = units["THPT-CHUYEN"];
  maths.process_id = process.id;
  maths.title = "Tuyển dụng giáo viên Toán năm học " + DaysFromToday(-150).substr(0, 4);
  maths.vacancies = 1;
  maths.opened_on = DaysFromToday(-150);
  maths.method = "selection";
  maths.panel = {users[4].id, users[5].id};
  auto closed = recruitments.Create(quality_manager, maths, actor).recruitment;
  auto step = [&](db::Id id, recruitment::StepInput in) {
    in.version = recruitments.Get(quality_manager, id).recruitment.version;
    recruitments.Step(quality_manager, id, in, actor);
  };
  step(closed.id, {0, "open"});
  recruitment::StepInput selecting{0, "start_selection"};
  selecting.candidates = 4;
  step(closed.id, selecting);
  recruitment::StepInput decision{0, "decide"};
  decision.decided_on = DaysFromToday(-100);
  decision.outcome = "Tuyển đủ 1 chỉ tiêu; 4 người dự tuyển, 3 người đạt vòng 2.";
  decision.appointed = std::vector<recruitment::AppointeeInput>{{std::nullopt, std::string("Lò Văn Minh")}};
  step(closed.id, decision);
  recruitments.AttachFile(
      quality_manager, closed.id,
      Paper("Biên bản họp hội đồng tuyển dụng giáo viên Toán",
            {"Hội đồng tuyển dụng Trường THPT Chuyên Sơn La họp xét kết quả vòng 2 của 4 người dự tuyển.",
             "Kết quả: ông Lò Văn Minh đạt 86/100 điểm, đề nghị Hiệu trưởng quyết định tuyển dụng."}),
      "Bien ban hoi dong tuyen dung giao vien Toan.pdf", actor);
  step(closed.id, {0, "close"});
  recruitment::RecruitmentInput english = maths;
  english.title = "Tuyển dụng giáo viên Tiếng Anh năm học " + DaysFromToday(0).substr(0, 4);
  english.vacancies = 2;
  english.opened_on = DaysFromToday(-10);
  english.method = "examination";
  auto open = recruitments.Create(quality_manager, english, actor).recruitment;
  step(open.id, {0, "open"});
  competences.AddHolding(quality_manager, users[5].id,
                         {"first_aid", "training", DaysFromToday(-680), DaysFromToday(45),
                          std::string("Lớp sơ cấp cứu của Hội Chữ thập đỏ tỉnh")},
                         actor);
  competences.AddHolding(quality_manager, users[4].id,
                         {"subject_teaching", "experience", "2008-09-05", std::nullopt,
                          std::string("Giáo viên Vật lý từ năm 2008")},
                         actor);
  competences.AddHolding(quality_manager, users[7].id,
                         {"subject_teaching", "qualification", "2012-06-30", std::nullopt, std::nullopt}, actor);
}

}  // namespace eduims::demo
