// The demo department's quality manual, policy, objectives, procedures and forms: what a newcomer expects to find
// in a Department of Education and Training working to ISO 21001 and ISO 9001, so that clause evidence, readiness
// and search show real documents on the first look. Everything goes through the documents service, as a user's
// requests would, so the audit trail and the search index hold them too.
#include "demo/documents.h"

#include <map>

#include "demo/editions.h"
#include "platform/clock.h"

namespace eduims::demo {
namespace {

enum class State { kPublished, kInReview, kPublishedWithRevisionInReview };

struct DemoDocument {
  const char* code;
  const char* title;
  const char* type;
  const char* process;  // the demo process it describes, or ""
  std::vector<const char*> iso9001, iso21001;
  State state;
  std::string content;
};

// A procedure's usual sections, so the sixteen texts read alike.
std::string Procedure(const std::string& purpose, const std::string& scope, const std::vector<std::string>& steps,
                      const std::string& records) {
  std::string out = "## 1. Mục đích\n\n" + purpose + "\n\n## 2. Phạm vi áp dụng\n\n" + scope +
                    "\n\n## 3. Tài liệu viện dẫn\n\n- TCVN ISO 21001:2018 (ISO 21001:2018)\n- TCVN ISO 9001:2015 "
                    "(ISO 9001:2015)\n- Sổ tay chất lượng (STCL)\n\n## 4. Nội dung\n\n";
  for (size_t i = 0; i < steps.size(); ++i) out += std::to_string(i + 1) + ". " + steps[i] + "\n";
  return out + "\n## 5. Hồ sơ\n\n" + records + "\n";
}

std::string Form(const std::string& purpose, const std::vector<std::string>& columns) {
  std::string header = "|", rule = "|", blank = "|";
  for (const auto& c : columns) {
    header += " " + c + " |";
    rule += " --- |";
    blank += "  |";
  }
  return "**" + purpose + "**\n\nĐơn vị: ........................  Ngày: ..../..../........\n\n" + header + "\n" + rule +
         "\n" + blank + "\n" + blank + "\n\nNgười lập: ........................  Người kiểm tra: ........................\n";
}

const std::vector<DemoDocument>& Documents() {
  using S = State;
  static const std::vector<DemoDocument> documents = {
      {"STCL", "Sổ tay chất lượng", "manual", "", {"4.3", "4.4.2", "4.1", "4.2"}, {"4.3", "4.4", "4.1", "4.2"},
       S::kPublished,
       "## 1. Giới thiệu\n\nSở Giáo dục và Đào tạo Sơn La xây dựng, áp dụng và duy trì hệ thống quản lý tích hợp theo "
       "TCVN ISO 21001:2018 (hệ thống quản lý tổ chức giáo dục) và TCVN ISO 9001:2015 (hệ thống quản lý chất lượng).\n\n"
       "## 2. Phạm vi của hệ thống\n\nHệ thống áp dụng cho công tác quản lý nhà nước về giáo dục và đào tạo của Sở: "
       "tuyển sinh, tổ chức dạy học, kiểm tra đánh giá, khảo thí và kiểm định chất lượng giáo dục, quản lý nhân sự và "
       "cơ sở vật chất tại Văn phòng Sở, các phòng chuyên môn và các trường trực thuộc.\n\n"
       "Không áp dụng điều 8.3 của ISO 9001 (thiết kế và phát triển chương trình giáo dục) vì chương trình giáo dục phổ "
       "thông do Bộ Giáo dục và Đào tạo ban hành.\n\n"
       "## 3. Bối cảnh và các bên quan tâm\n\nNgười học, cha mẹ học sinh, đội ngũ giáo viên, Ủy ban nhân dân tỉnh, Bộ "
       "Giáo dục và Đào tạo và cộng đồng địa phương. Nhu cầu và mong đợi của họ được xem xét hằng năm (QT-05).\n\n"
       "## 4. Các quá trình\n\nBản đồ quá trình gồm các quá trình lãnh đạo, quá trình cốt lõi (tuyển sinh, dạy và học, "
       "kiểm tra đánh giá) và quá trình hỗ trợ (nhân sự, cơ sở vật chất); mỗi quá trình có chủ sở hữu, đầu vào, đầu ra "
       "và chỉ số theo dõi.\n\n## 5. Danh mục tài liệu\n\n| Mã | Tên |\n| --- | --- |\n| CS-01 | Chính sách chất "
       "lượng |\n| MT-2026 | Mục tiêu chất lượng năm học 2026-2027 |\n| QT-01 … QT-12 | Các quy trình |\n| BM-01 … "
       "BM-04 | Các biểu mẫu |\n"},
      {"CS-01", "Chính sách chất lượng", "policy", "QT-LD", {"5.2.1", "5.2.2"}, {"5.2.1", "5.2.2"}, S::kPublished,
       "Sở Giáo dục và Đào tạo cam kết:\n\n1. Lấy **người học làm trung tâm**; mọi học sinh được học tập trong môi "
       "trường an toàn, thân thiện, công bằng.\n2. Tuyển sinh, kiểm tra và đánh giá **khách quan, minh bạch**, đúng "
       "quy định.\n3. Phát triển đội ngũ giáo viên, cán bộ quản lý đủ năng lực và tâm huyết.\n4. Đáp ứng các yêu cầu "
       "của pháp luật, của ISO 21001 và ISO 9001, và **cải tiến liên tục** hệ thống quản lý.\n\nChính sách được phổ "
       "biến đến toàn thể cán bộ, giáo viên, niêm yết tại trụ sở và công bố trên cổng thông tin điện tử của Sở.\n"},
      {"MT-2026", "Mục tiêu chất lượng năm học 2026-2027", "plan", "QT-LD", {"6.2.1", "6.2.2"}, {"6.2"},
       S::kPublished,
       "| Mục tiêu | Chỉ tiêu | Đơn vị chủ trì | Thời hạn |\n| --- | --- | --- | --- |\n"
       "| Tỷ lệ học sinh tốt nghiệp THPT | ≥ 98% | Phòng Giáo dục Trung học | 07/2027 |\n"
       "| Phụ huynh hài lòng với nhà trường | ≥ 90% | Các trường trực thuộc | 05/2027 |\n"
       "| Giáo viên đạt chuẩn nghề nghiệp mức khá trở lên | ≥ 85% | Văn phòng Sở | 06/2027 |\n"
       "| Khiếu nại về tuyển sinh được giải quyết đúng hạn | 100% | Phòng Khảo thí và Kiểm định | 08/2026 |\n"
       "| Sự không phù hợp được khắc phục đúng hạn | ≥ 95% | Đại diện lãnh đạo về chất lượng | 06/2027 |\n\n"
       "Kết quả thực hiện được theo dõi hằng quý và báo cáo tại cuộc họp xem xét của lãnh đạo (QT-03).\n"},
      {"QT-01", "Quy trình kiểm soát thông tin dạng văn bản", "procedure", "", {"7.5", "7.5.3"}, {"7.5", "7.5.3"},
       S::kPublished,
       Procedure("Thống nhất cách soạn thảo, xem xét, phê duyệt, ban hành, phân phối và lưu giữ tài liệu, hồ sơ của "
                 "hệ thống quản lý.",
                 "Mọi tài liệu nội bộ và tài liệu có nguồn gốc bên ngoài của Sở và các trường trực thuộc.",
                 {"Người soạn thảo lập dự thảo theo mẫu, ghi mã tài liệu (QT-, BM-, HD-…).",
                  "Người xem xét góp ý về nội dung; đại diện lãnh đạo về chất lượng kiểm tra sự phù hợp.",
                  "Giám đốc Sở phê duyệt và ký ban hành; tài liệu có hiệu lực từ ngày ban hành.",
                  "Văn thư phân phối tài liệu đến các đơn vị, thu hồi bản đã lỗi thời.",
                  "Định kỳ 12 tháng xem xét lại tài liệu để cập nhật khi cần."},
                 "Sổ theo dõi tài liệu nội bộ (BM-04); danh mục tài liệu bên ngoài.")},
      {"QT-02", "Quy trình đánh giá nội bộ", "procedure", "QT-DGNB", {"9.2.1", "9.2.2"}, {"9.2"}, S::kPublished,
       Procedure("Đánh giá định kỳ sự phù hợp và hiệu lực của hệ thống quản lý tích hợp.",
                 "Các phòng chuyên môn của Sở và các trường trực thuộc.",
                 {"Đại diện lãnh đạo lập chương trình đánh giá nội bộ hằng năm, trình Giám đốc phê duyệt.",
                  "Trưởng đoàn lập kế hoạch và danh mục kiểm tra cho từng cuộc đánh giá; đánh giá viên không "
                  "đánh giá công việc của chính mình.",
                  "Họp khai mạc, thu thập bằng chứng qua phỏng vấn, quan sát và xem xét hồ sơ.",
                  "Ghi nhận phát hiện vào biên bản đánh giá (BM-02); sự không phù hợp được xử lý theo QT-04.",
                  "Báo cáo kết quả đánh giá cho lãnh đạo để xem xét (QT-03)."},
                 "Chương trình đánh giá; biên bản đánh giá nội bộ (BM-02); báo cáo đánh giá.")},
      {"QT-03", "Quy trình xem xét của lãnh đạo", "procedure", "QT-XXLD", {"9.3"}, {"9.3"}, S::kPublished,
       Procedure("Bảo đảm hệ thống quản lý luôn thích hợp, thỏa đáng, có hiệu lực và phù hợp với định hướng của Sở.",
                 "Ban Giám đốc Sở, đại diện lãnh đạo về chất lượng và trưởng các đơn vị.",
                 {"Ít nhất mỗi năm học một lần, đại diện lãnh đạo tổng hợp đầu vào: kết quả đánh giá nội bộ, mức độ "
                  "hài lòng của người học và phụ huynh, việc đạt mục tiêu (MT-2026), tình trạng hành động khắc phục.",
                  "Giám đốc Sở chủ trì cuộc họp xem xét.",
                  "Biên bản ghi các quyết định về cải tiến, thay đổi hệ thống và nhu cầu nguồn lực.",
                  "Các quyết định được giao thành hành động có người phụ trách và thời hạn."},
                 "Biên bản họp xem xét của lãnh đạo.")},
      {"QT-04", "Quy trình kiểm soát sự không phù hợp và hành động khắc phục", "procedure", "", {"10.2", "8.7"},
       {"10.1", "8.7"}, S::kPublished,
       Procedure("Phát hiện, khắc phục và loại bỏ nguyên nhân của sự không phù hợp để không tái diễn.",
                 "Sự không phù hợp phát hiện qua đánh giá, khiếu nại, khảo sát hoặc trong công việc hằng ngày.",
                 {"Người phát hiện ghi nhận sự không phù hợp và báo cho trưởng đơn vị.",
                  "Trưởng đơn vị thực hiện khắc phục tức thời để kiểm soát tác động.",
                  "Phân tích nguyên nhân gốc rễ (5 lần tại sao hoặc biểu đồ nhân quả).",
                  "Lập phiếu yêu cầu hành động khắc phục (BM-03) với người phụ trách, thời hạn và tiêu chí hiệu lực.",
                  "Người kiểm tra xác nhận hiệu lực; chưa hiệu lực thì phân tích lại nguyên nhân."},
                 "Phiếu yêu cầu hành động khắc phục (BM-03); sổ theo dõi sự không phù hợp.")},
      {"QT-05", "Quy trình quản lý rủi ro và cơ hội", "procedure", "QT-LD", {"6.1", "4.1", "4.2"},
       {"6.1", "4.1", "4.2"}, S::kPublished,
       Procedure("Nhận diện, đánh giá và xử lý các rủi ro và cơ hội ảnh hưởng đến kết quả giáo dục.",
                 "Các quá trình trong bản đồ quá trình của Sở.",
                 {"Đầu năm học, chủ sở hữu quá trình nhận diện rủi ro và cơ hội dựa trên bối cảnh và các bên quan tâm.",
                  "Đánh giá mức độ rủi ro theo khả năng xảy ra và mức độ ảnh hưởng (thấp, trung bình, cao).",
                  "Lập biện pháp xử lý cho rủi ro mức trung bình trở lên và kế hoạch tận dụng cơ hội.",
                  "Theo dõi hiệu lực của biện pháp và cập nhật sổ rủi ro mỗi học kỳ."},
                 "Sổ đăng ký rủi ro và cơ hội.")},
      {"QT-06", "Quy trình tuyển dụng và bồi dưỡng nhân sự", "procedure", "QT-NS", {"7.2", "7.1.2"},
       {"7.1.2", "7.2"}, S::kPublished,
       Procedure("Bảo đảm đội ngũ giáo viên và cán bộ quản lý đủ số lượng và đạt chuẩn năng lực.",
                 "Tuyển dụng viên chức và bồi dưỡng thường xuyên tại Sở và các trường trực thuộc.",
                 {"Các trường đề xuất nhu cầu nhân sự theo vị trí việc làm.",
                  "Văn phòng Sở tổng hợp, xây dựng kế hoạch tuyển dụng trình Ủy ban nhân dân tỉnh.",
                  "Tổ chức xét tuyển hoặc thi tuyển công khai; công bố kết quả.",
                  "Đánh giá giáo viên theo chuẩn nghề nghiệp hằng năm; lập kế hoạch bồi dưỡng.",
                  "Lưu hồ sơ năng lực và kết quả bồi dưỡng của từng người."},
                 "Kế hoạch tuyển dụng; kết quả tuyển dụng; hồ sơ bồi dưỡng giáo viên.")},
      {"QT-07", "Quy trình tuyển sinh lớp 10", "procedure", "QT-TS", {"8.2", "8.1"}, {"8.2", "8.1"},
       S::kPublishedWithRevisionInReview,
       Procedure("Tổ chức tuyển sinh vào lớp 10 trung học phổ thông công bằng, khách quan, đúng chỉ tiêu.",
                 "Các trường trung học phổ thông trực thuộc Sở.",
                 {"Tháng 3: Sở ban hành kế hoạch tuyển sinh và chỉ tiêu của từng trường.",
                  "Tháng 4–5: các trường tiếp nhận hồ sơ đăng ký, kiểm tra minh chứng chế độ ưu tiên.",
                  "Tháng 6: tổ chức thi tuyển theo QT-08 về coi thi và chấm thi.",
                  "Công bố điểm thi, nhận và giải quyết đơn phúc khảo trong 10 ngày (QT-09).",
                  "Phê duyệt và công bố danh sách trúng tuyển."},
                 "Hồ sơ đăng ký dự tuyển; biên bản xét duyệt; danh sách trúng tuyển.")},
      {"QT-08", "Quy trình tổ chức dạy học và kiểm tra, đánh giá học sinh", "procedure", "QT-DH",
       {"8.5.1", "8.1", "8.6"}, {"8.5.1", "8.1", "8.6"}, S::kPublished,
       Procedure("Tổ chức thực hiện chương trình giáo dục và đánh giá kết quả học tập khách quan.",
                 "Các trường trực thuộc Sở.",
                 {"Đầu năm học, nhà trường xây dựng kế hoạch giáo dục và phân công giảng dạy.",
                  "Tổ chuyên môn sinh hoạt định kỳ, dự giờ và góp ý bài dạy.",
                  "Kiểm tra, đánh giá thường xuyên và định kỳ theo quy định của Bộ; đề kiểm tra có ma trận và đáp án.",
                  "Công bố kết quả học tập cho học sinh và cha mẹ học sinh.",
                  "Cuối năm học, phân tích kết quả để điều chỉnh kế hoạch năm sau."},
                 "Kế hoạch giáo dục; sổ điểm; biên bản sinh hoạt chuyên môn.")},
      {"QT-09", "Quy trình tiếp nhận và giải quyết ý kiến phản hồi, khiếu nại", "procedure", "",
       {"9.1.2", "8.2.1"}, {"9.1.2", "8.2.1"}, S::kPublished,
       Procedure("Tiếp nhận, giải quyết kịp thời ý kiến phản hồi và khiếu nại của người học, cha mẹ học sinh.",
                 "Ý kiến gửi trực tiếp, qua đường dây nóng, thư điện tử hoặc cổng thông tin của Sở.",
                 {"Bộ phận một cửa ghi nhận ý kiến vào sổ theo dõi trong ngày.",
                  "Chuyển đơn vị có thẩm quyền giải quyết trong 2 ngày làm việc.",
                  "Trả lời người gửi trong thời hạn quy định; khiếu nại phức tạp được báo cáo Giám đốc Sở.",
                  "Hằng quý tổng hợp, phân tích xu hướng; vấn đề lặp lại được xử lý theo QT-04."},
                 "Sổ theo dõi ý kiến phản hồi; văn bản trả lời.")},
      {"QT-10", "Quy trình quản lý cơ sở vật chất và thiết bị dạy học", "procedure", "QT-CSVC",
       {"7.1.3", "7.1.4"}, {"7.1.3", "7.1.4"}, S::kInReview,
       Procedure("Bảo đảm phòng học, phòng thí nghiệm và thiết bị dạy học đủ, an toàn và sẵn sàng sử dụng.",
                 "Cơ sở vật chất của Sở và các trường trực thuộc.",
                 {"Các trường kiểm kê tài sản, thiết bị vào đầu năm học.",
                  "Lập kế hoạch mua sắm, sửa chữa theo nhu cầu và ngân sách được giao.",
                  "Phòng thí nghiệm niêm yết nội quy an toàn và sổ theo dõi sử dụng hóa chất.",
                  "Bảo dưỡng định kỳ; thiết bị hỏng được sửa chữa hoặc thanh lý theo quy định."},
                 "Biên bản kiểm kê; sổ theo dõi thiết bị; kế hoạch bảo dưỡng.")},
      {"QT-11", "Quy trình kiểm soát sản phẩm và dịch vụ do bên ngoài cung cấp", "procedure", "", {"8.4"}, {"8.4"},
       S::kPublished,
       Procedure("Bảo đảm sách giáo khoa, thiết bị và dịch vụ mua ngoài đáp ứng yêu cầu.",
                 "Nhà cung cấp thiết bị dạy học, sách, dịch vụ bán trú và vận chuyển học sinh.",
                 {"Lập danh sách nhà cung cấp được chấp nhận với tiêu chí đánh giá.",
                  "Lựa chọn nhà cung cấp theo quy định về đấu thầu.",
                  "Kiểm tra, nghiệm thu khi nhận hàng hoặc dịch vụ.",
                  "Đánh giá lại nhà cung cấp mỗi năm."},
                 "Danh sách nhà cung cấp; biên bản nghiệm thu; phiếu đánh giá nhà cung cấp.")},
      {"QT-12", "Quy trình theo dõi, đo lường, phân tích và đánh giá", "procedure", "QT-KT", {"9.1.1", "9.1.3"},
       {"9.1.1", "9.1.3"}, S::kInReview,
       Procedure("Theo dõi kết quả các quá trình và việc đạt mục tiêu để ra quyết định dựa trên bằng chứng.",
                 "Các chỉ số của quá trình và mục tiêu chất lượng (MT-2026).",
                 {"Chủ sở hữu quá trình xác định chỉ số, phương pháp và tần suất đo.",
                  "Thu thập số liệu hằng quý, khảo sát sự hài lòng theo BM-01 mỗi học kỳ.",
                  "Phân tích xu hướng, so sánh với chỉ tiêu; báo cáo đại diện lãnh đạo.",
                  "Kết quả là đầu vào cho xem xét của lãnh đạo (QT-03)."},
                 "Báo cáo số liệu quá trình; kết quả khảo sát.")},
      {"BM-01", "Phiếu khảo sát sự hài lòng của cha mẹ học sinh", "form", "", {"9.1.2"}, {"9.1.2"}, S::kPublished,
       Form("Xin quý phụ huynh cho biết mức độ hài lòng (1: rất không hài lòng … 5: rất hài lòng)",
            {"STT", "Nội dung", "1", "2", "3", "4", "5"})},
      {"BM-02", "Biên bản đánh giá nội bộ", "form", "QT-DGNB", {"9.2.2"}, {"9.2"}, S::kPublished,
       Form("Biên bản đánh giá nội bộ", {"Điều khoản", "Bằng chứng", "Phát hiện", "Phân loại"})},
      {"BM-03", "Phiếu yêu cầu hành động khắc phục", "form", "", {"10.2.2"}, {"10.1"}, S::kPublished,
       Form("Phiếu yêu cầu hành động khắc phục",
            {"Sự không phù hợp", "Nguyên nhân", "Hành động", "Người phụ trách", "Thời hạn"})},
      {"BM-04", "Sổ theo dõi tài liệu nội bộ", "form", "", {"7.5.3"}, {"7.5.3"}, S::kInReview,
       Form("Sổ theo dõi tài liệu nội bộ", {"Mã tài liệu", "Tên tài liệu", "Lần ban hành", "Ngày hiệu lực", "Nơi nhận"})},
  };
  return documents;
}

documents::Revision Decide(Application& app, const auth::Principal& who, const documents::Revision& r,
                           const std::string& action) {
  documents::DecisionInput in;
  in.action = action;
  in.version = r.version;
  // Publishing names the day the revision takes effect: the demo's documents are in force from today.
  if (action == "publish") in.effective_on = FormatDate(TodayInVietnam());
  return app.documents().Decide(who, r.document_id, r.id, in, audit::Actor::System("init"));
}

}  // namespace

void SeedDocuments(Application& app, const DocumentPeople& people, db::Id unit_id) {
  DemoClauseIds clauses = DemoClauses(app);
  auto clause = [&](const std::string& standard, const std::string& number) {
    return DemoClause(clauses, standard, number);
  };
  processes::ProcessFilter all;
  all.unit_id = unit_id;
  all.limit = 200;
  std::map<std::string, db::Id> processes;
  for (const auto& p : app.processes().List(people.author, all)) processes[p.code] = p.id;

  auto system = audit::Actor::System("init");
  for (const DemoDocument& d : Documents()) {
    documents::DocumentInput in;
    in.unit_id = unit_id;
    in.code = d.code;
    in.title = d.title;
    in.type = d.type;
    in.confidentiality = "public";
    for (const char* number : d.iso9001) in.clause_ids.push_back(clause("iso-9001", number));
    for (const char* number : d.iso21001) in.clause_ids.push_back(clause("iso-21001", number));
    if (*d.process) in.process_ids = {processes.at(d.process)};
    auto doc = app.documents().Create(people.author, in, system);

    documents::RevisionInput first;
    first.change_description = "Ban hành lần đầu";
    first.content_markdown = "# " + std::string(d.code) + " — " + d.title + "\n\n" + d.content;
    first.reviewer_ids = {people.reviewer.user_id};
    first.approver_id = people.approver.user_id;
    auto r = Decide(app, people.author, app.documents().CreateRevision(people.author, doc.id, first, system), "submit");
    if (d.state == State::kInReview) continue;
    r = Decide(app, people.reviewer, r, "endorse");
    r = Decide(app, people.approver, r, "approve");
    Decide(app, people.approver, r, "publish");
    if (d.state != State::kPublishedWithRevisionInReview) continue;

    documents::RevisionInput next = first;
    next.change_description = "Cập nhật lịch tuyển sinh và minh chứng chế độ ưu tiên theo kết quả đánh giá nội bộ";
    *next.content_markdown += "\n## 6. Sửa đổi\n\nBổ sung bước đối chiếu minh chứng ưu tiên trước khi công bố danh "
                              "sách trúng tuyển (sự không phù hợp phát hiện khi đánh giá nội bộ).\n";
    Decide(app, people.author, app.documents().CreateRevision(people.author, doc.id, next, system), "submit");
  }
}

}  // namespace eduims::demo
