#include "demo/directives.h"

#include "platform/clock.h"
#include "platform/dates.h"
#include "platform/escape.h"
#include "platform/http/message.h"
#include "platform/pdf/pdf_document.h"

namespace eduims::demo {
namespace {

// A short PDF of `lines` (the first its title), as a scanned dispatch or a school's report would be: the demo's
// files go through the same upload checks (type from the bytes, hash, extracted text) as anyone's.
std::shared_ptr<http::SpoolPath> PdfOf(const std::vector<std::string>& lines) {
  std::vector<pdf::Block> blocks;
  for (size_t i = 0; i < lines.size(); ++i)
    blocks.push_back({i == 0 ? pdf::Block::Kind::kTitle : pdf::Block::Kind::kParagraph, EscapeXml(lines[i])});
  auto file = http::NewSpoolPath("demo-");
  pdf::RenderPdf(blocks, {"Sở Giáo dục và Đào tạo", "", "EduIMS", "{page} / {pages}", lines.front()}, file->path());
  return file;
}

}  // namespace

void SeedDirectives(Application& app, const auth::Principal& quality_manager, const auth::Principal& tohieu,
                    const auth::Principal& chiengsinh, const auth::Principal& chuyen_principal) {
  auto actor = audit::Actor::System("demo");
  auto& directives = app.directives();
  Date today = TodayInVietnam();
  int year = std::stoi(FormatDate(today).substr(0, 4));
  std::string school_year = std::to_string(year) + "-" + std::to_string(year + 1);
  std::vector<db::Id> schools;
  for (const char* code : {"THPT-CHUYEN", "THPT-TOHIEU", "THCS-CHIENGSINH"})
    if (auto unit = app.org().FindUnitByCode(code)) schools.push_back(unit->id);

  directives::DirectiveInput in;
  in.unit_id = app.org().FindUnitByCode("SO-GDDT")->id;
  in.kind = "report_request";
  in.dispatch_number = "1857/SGDĐT-KTKĐCLGD";
  in.dispatch_date = FormatDate(AddDays(today, -12));
  in.title = "Báo cáo tự đánh giá giữa kỳ năm học " + school_year + " theo hệ thống quản lý ISO 21001:2018";
  in.body =
      "Thực hiện kế hoạch kiểm định chất lượng giáo dục năm học " + school_year +
      ", Sở Giáo dục và Đào tạo đề nghị các trường báo cáo kết quả tự đánh giá giữa kỳ: mức độ sẵn sàng theo từng "
      "điều khoản, các sự không phù hợp đang mở và tiến độ khắc phục, kết quả đánh giá nội bộ học kỳ I, kiến nghị "
      "(nếu có). Báo cáo gửi trên EduIMS đúng hạn; trường hợp chậm trễ, Hiệu trưởng giải trình bằng văn bản.";
  in.deadline = FormatDate(AddDays(today, 10));
  in.targets.kind = "units";
  in.targets.unit_ids = schools;
  auto sent = directives.Create(quality_manager, in, actor);
  directives.AttachDirectiveFile(
      quality_manager, sent.directive.id,
      PdfOf({"Công văn số " + in.dispatch_number, in.title, in.body,
             "Mẫu báo cáo: 1. Mức độ sẵn sàng theo điều khoản; 2. Sự không phù hợp đang mở; 3. Kết quả đánh giá nội "
             "bộ học kỳ I; 4. Kiến nghị."}),
      "Cong van " + in.dispatch_number.substr(0, 4) + " - bao cao giua ky.pdf", actor);

  directives::AnswerFilter mine;
  mine.directive_id = sent.directive.id;
  mine.limit = 50;
  auto answer_of = [&](const auth::Principal& who) { return directives.Answers(who, mine).front().answer; };

  // Tô Hiệu answers in time and the department accepts.
  auto a = answer_of(tohieu);
  auto v = directives.WriteAnswer(
      tohieu, a.id, a.version,
      "Trường THPT Tô Hiệu báo cáo: đã tự đánh giá 38/42 điều khoản của ISO 21001:2018 (mức sẵn sàng 76%); 3 sự "
      "không phù hợp đang mở, đều trong hạn khắc phục; đánh giá nội bộ học kỳ I hoàn thành ngày 15/12. Kiến nghị Sở "
      "tổ chức tập huấn về quản lý rủi ro cho tổ trưởng chuyên môn.",
      actor);
  directives.AttachAnswerFile(tohieu, a.id,
                              PdfOf({"Báo cáo tự đánh giá giữa kỳ — Trường THPT Tô Hiệu",
                                     "Số điều khoản đã tự đánh giá: 38/42 (76%).",
                                     "Sự không phù hợp đang mở: 3, đều trong hạn khắc phục.",
                                     "Đánh giá nội bộ học kỳ I: hoàn thành ngày 15/12."}),
                              "Bao cao tu danh gia - THPT To Hieu.pdf", actor);
  v = directives.StepAnswer(tohieu, a.id, {v.answer.version, "submit", std::nullopt, std::nullopt}, actor);
  directives.StepAnswer(quality_manager, a.id, {v.answer.version, "accept", std::nullopt, std::nullopt}, actor);

  // Chiềng Sinh answers without figures and is asked to rework it.
  auto b = answer_of(chiengsinh);
  auto w = directives.WriteAnswer(chiengsinh, b.id, b.version,
                                  "Trường THCS Chiềng Sinh đang triển khai tự đánh giá, cơ bản đáp ứng yêu cầu.", actor);
  w = directives.StepAnswer(chiengsinh, b.id, {w.answer.version, "submit", std::nullopt, std::nullopt}, actor);
  directives.StepAnswer(quality_manager, b.id,
                        {w.answer.version, "return",
                         "Báo cáo chưa nêu số điều khoản đã tự đánh giá và tình trạng các sự không phù hợp; đề nghị bổ "
                         "sung số liệu theo mẫu.",
                         std::nullopt},
                        actor);

  // THPT Chuyên's principal, who owns the school's processes (answer_directives without manage_reviews), has begun
  // the school's answer and attached its draft.
  auto c = answer_of(chuyen_principal);
  directives.WriteAnswer(chuyen_principal, c.id, c.version,
                         "Trường THPT Chuyên đang tổng hợp kết quả tự đánh giá của các tổ chuyên môn; dự kiến hoàn "
                         "thành trước hạn.",
                         actor);
  directives.AttachAnswerFile(chuyen_principal, c.id,
                              PdfOf({"Dự thảo báo cáo tự đánh giá — Trường THPT Chuyên",
                                     "Tổ Toán, tổ Ngữ văn đã tự đánh giá xong; các tổ còn lại hoàn thành trong tuần."}),
                              "Du thao bao cao - THPT Chuyen.pdf", actor);
}

}  // namespace eduims::demo
