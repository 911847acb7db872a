#include "review/minutes.h"

#include <map>

#include "platform/escape.h"

namespace eduims::review {
namespace {

using Kind = pdf::Block::Kind;

struct Words {
  const char* key;
  const char* en;
  const char* vi;
};

constexpr Words kInputTitles[] = {
    {"previous_actions", "Status of actions from previous management reviews",
     "Tình trạng các hành động từ các lần xem xét trước"},
    {"context_changes", "Changes in external and internal issues", "Thay đổi của các vấn đề bên ngoài và nội bộ"},
    {"satisfaction", "Satisfaction and feedback of learners, other beneficiaries and staff",
     "Sự hài lòng và phản hồi của người học, các bên hưởng lợi khác và nhân viên"},
    {"complaints", "Complaints and appeals", "Khiếu nại và kháng nghị"},
    {"objectives", "Extent to which objectives have been met", "Mức độ đạt được các mục tiêu"},
    {"process_performance", "Process performance and conformity of educational products and services",
     "Kết quả thực hiện quá trình và sự phù hợp của sản phẩm, dịch vụ giáo dục"},
    {"nonconformities", "Nonconformities and corrective actions", "Sự không phù hợp và hành động khắc phục"},
    {"monitoring_results", "Monitoring and measurement results", "Kết quả theo dõi và đo lường"},
    {"audit_results", "Audit results", "Kết quả đánh giá"},
    {"external_providers", "Performance of external providers", "Kết quả thực hiện của nhà cung cấp bên ngoài"},
    {"resources", "Adequacy of resources", "Sự thỏa đáng của nguồn lực"},
    {"risks", "Effectiveness of actions taken to address risks and opportunities",
     "Hiệu lực của các hành động giải quyết rủi ro và cơ hội"},
    {"improvement_opportunities", "Opportunities for improvement", "Các cơ hội cải tiến"},
};

constexpr Words kFacts[] = {
    {"open", "open", "đang mở"},
    {"in_progress", "in progress", "đang thực hiện"},
    {"done", "done", "đã hoàn thành"},
    {"cancelled", "cancelled", "đã hủy"},
    {"overdue", "overdue", "quá hạn"},
    {"added", "added", "thêm mới"},
    {"changed", "changed", "thay đổi"},
    {"archived", "withdrawn", "đã loại bỏ"},
    {"met", "met", "đạt"},
    {"not_met", "not met", "chưa đạt"},
    {"unmeasured", "not yet measured", "chưa đo"},
    {"processes", "processes", "quá trình"},
    {"high_risk", "at high risk", "rủi ro cao"},
    {"indicator_nonconformities", "nonconformities from process indicators", "sự không phù hợp từ chỉ số quá trình"},
    {"detected", "detected in the period", "phát hiện trong kỳ"},
    {"closed", "closed", "đã đóng"},
    {"green", "on target", "đạt mục tiêu"},
    {"amber", "near the threshold", "gần ngưỡng"},
    {"red", "past the threshold", "vượt ngưỡng"},
    {"no_value", "no value", "chưa có giá trị"},
    {"planned", "planned", "đã lập kế hoạch"},
    {"reported", "reported", "đã báo cáo"},
    {"risks", "risks", "rủi ro"},
    {"opportunities", "opportunities", "cơ hội"},
    {"effective", "treated effectively", "xử lý có hiệu lực"},
    {"not_effective", "treated, not yet effective", "đã xử lý, chưa có hiệu lực"},
    {"untreated", "untreated", "chưa xử lý"},
    {"review_overdue", "review overdue", "quá hạn xem xét lại"},
    {"proposed", "proposed", "đề xuất"},
    {"accepted", "accepted", "đã chấp nhận"},
    {"completed", "completed", "đã hoàn thành"},
    {"rejected", "rejected", "đã từ chối"},
    {"campaigns", "survey campaigns", "đợt khảo sát"},
    {"responses", "responses", "số phản hồi"},
    {"expected", "respondents expected", "số người dự kiến"},
    {"index_percent", "mean satisfaction index (%)", "chỉ số hài lòng trung bình (%)"},
    {"below_threshold", "questions below their threshold", "câu hỏi dưới ngưỡng"},
    {"improvements_raised", "improvements raised", "cơ hội cải tiến đã nêu"},
    {"trend_up", "better than the previous survey", "tốt hơn kỳ trước"},
    {"trend_down", "worse than the previous survey", "kém hơn kỳ trước"},
    {"received", "received", "đã tiếp nhận"},
    {"acknowledged", "acknowledged", "đã xác nhận"},
    {"answered", "answered", "đã trả lời"},
    {"appealed", "appealed", "đã kháng nghị"},
    {"appeals", "appeals", "kháng nghị"},
    {"upheld", "upheld", "có cơ sở"},
    {"mean_days_to_resolve", "mean days to resolve", "số ngày giải quyết trung bình"},
    {"received_previous_period", "received in the previous period", "tiếp nhận kỳ trước"},
};

std::string Word(const Words* table, size_t size, const std::string& key, Language language) {
  for (size_t i = 0; i < size; ++i)
    if (key == table[i].key) return language == Language::kEnglish ? table[i].en : table[i].vi;
  return key;
}

std::string Fact(const std::string& key, Language language) {
  return Word(kFacts, std::size(kFacts), key, language);
}

pdf::Block Para(const std::string& text) { return {Kind::kParagraph, EscapeXml(text)}; }
pdf::Block Item(const std::string& text) { return {Kind::kListItem, EscapeXml(text), 0, "•"}; }
pdf::Block Labelled(const std::string& label, const std::string& text) {
  return {Kind::kParagraph, "<b>" + EscapeXml(label) + "</b> " + EscapeXml(text)};
}

std::string OutputKind(const std::string& kind, bool en) {
  if (kind == "improvement") return en ? "Improvement" : "Cải tiến";
  if (kind == "change") return en ? "Change to the system" : "Thay đổi hệ thống";
  return en ? "Resources" : "Nguồn lực";
}

}  // namespace

std::string InputTitle(const std::string& key, Language language) {
  return Word(kInputTitles, std::size(kInputTitles), key, language);
}

std::vector<pdf::Block> MinutesBlocks(const Review& r, const MinutesNames& names, Language language) {
  bool en = language == Language::kEnglish;
  std::vector<pdf::Block> out;
  out.push_back({Kind::kTitle, EscapeXml((en ? "Management review minutes: " : "Biên bản xem xét của lãnh đạo: ") +
                                         r.title)});
  out.push_back(Labelled(en ? "Unit:" : "Đơn vị:", names.unit));
  out.push_back(Labelled(en ? "Period reviewed:" : "Kỳ xem xét:", r.period_from + " – " + r.period_to));
  out.push_back(Labelled(en ? "Meeting:" : "Ngày họp:", r.opened_at ? r.opened_at->substr(0, 10) : r.planned_on));
  out.push_back({Kind::kHeading1, EscapeXml(en ? "Participants" : "Thành phần tham dự")});
  for (const auto& name : names.participants) out.push_back(Item(name));

  out.push_back({Kind::kHeading1, EscapeXml(en ? "Inputs (ISO 9001 and ISO 21001 9.3.2)"
                                               : "Đầu vào (ISO 9001 và ISO 21001 mục 9.3.2)")});
  for (const CompiledInput& in : r.inputs.value_or(std::vector<CompiledInput>{})) {
    out.push_back({Kind::kHeading2, EscapeXml(InputTitle(in.key, language))});
    if (in.module.empty()) {
      out.push_back(Para(en ? "No EduIMS module holds this information yet; it was presented at the meeting."
                            : "Chưa có phân hệ EduIMS nào quản lý thông tin này; đã được trình bày tại cuộc họp."));
    } else {
      std::string figures;
      for (const auto& [name, value] : in.facts)
        figures += (figures.empty() ? "" : "; ") + Fact(name, language) + ": " + std::to_string(value);
      out.push_back(Labelled(en ? "Figures:" : "Số liệu:", figures.empty() ? "—" : figures));
      for (const InputItem& item : in.items)
        out.push_back(Item(item.title + " (" + Fact(item.status, language) +
                           (item.date.empty() ? "" : ", " + item.date) + ")"));
      if (in.truncated)
        out.push_back(Para((en ? "… and more: " : "… và còn nữa: tổng cộng ") + std::to_string(in.count) +
                           (en ? " in all." : ".")));
    }
    auto note = r.notes.find(in.key);
    if (note != r.notes.end() && !note->second.empty())
      out.push_back(Labelled(en ? "Discussion:" : "Ý kiến thảo luận:", note->second));
  }

  out.push_back({Kind::kHeading1, EscapeXml(en ? "Conclusions" : "Kết luận")});
  out.push_back(Para(r.conclusions.empty() ? "—" : r.conclusions));
  out.push_back({Kind::kHeading1, EscapeXml(en ? "Outputs (9.3.3)" : "Đầu ra (mục 9.3.3)")});
  if (r.outputs.empty()) out.push_back(Para(en ? "No decision recorded." : "Không có quyết định nào."));
  for (const Output& o : r.outputs)
    out.push_back(Item(OutputKind(o.kind, en) + ": " + o.decision + " → " +
                       (o.raised_type == "action" ? (en ? "action #" : "hành động #")
                                                  : (en ? "improvement #" : "cơ hội cải tiến #")) +
                       std::to_string(o.raised_id)));
  out.push_back({Kind::kHeading1, EscapeXml(en ? "Approval" : "Phê duyệt")});
  if (r.approved_at) {
    out.push_back(Labelled(en ? "Approved by:" : "Người phê duyệt:", names.approver));
    out.push_back(Labelled(en ? "On:" : "Ngày:", r.approved_at->substr(0, 10)));
  } else {
    out.push_back(Para(en ? "Draft: not yet approved by top management." : "Dự thảo: chưa được lãnh đạo phê duyệt."));
  }
  return out;
}

pdf::PageFrame MinutesFrame(const Review& r, const MinutesNames& names, Language language) {
  bool en = language == Language::kEnglish;
  pdf::PageFrame frame;
  frame.header_left = names.unit;
  frame.header_right = en ? "Management review" : "Xem xét của lãnh đạo";
  frame.footer_left = r.title;
  frame.page_format = en ? "Page {page} of {pages}" : "Trang {page}/{pages}";
  frame.title = r.title;
  return frame;
}

}  // namespace eduims::review
