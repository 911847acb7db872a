#include "surveys/report.h"

#include <cmath>

#include "platform/escape.h"
#include "platform/qr/qr_code.h"

namespace eduims::surveys {
namespace {

namespace json = boost::json;
using Kind = pdf::Block::Kind;

pdf::Block Para(const std::string& text) { return {Kind::kParagraph, EscapeXml(text)}; }
pdf::Block Labelled(const std::string& label, const std::string& text) {
  return {Kind::kParagraph, "<b>" + EscapeXml(label) + "</b> " + EscapeXml(text)};
}

std::string Percent(const json::value& v) {
  if (!v.is_number()) return "—";
  return std::to_string(std::lround(v.to_number<double>() * 100)) + " %";
}

std::string In(const json::value& text, Language language) {
  return std::string(text.at(language == Language::kEnglish ? "en" : "vi").as_string());
}

// A QR code of `url` as a square block `size` points wide with `caption` under it; a paragraph if it cannot encode.
pdf::Block Qr(const std::string& url, double size, const std::string& caption) {
  auto code = qr::QrCode::Encode(url);
  if (!code) return Para(url);
  pdf::Block b{Kind::kSquare, caption};
  // The 4-module quiet zone the standard requires, as light cells around the symbol.
  b.side = code->size() + 8;
  b.cells.assign(size_t(b.side) * b.side, false);
  for (int row = 0; row < code->size(); ++row)
    for (int column = 0; column < code->size(); ++column)
      b.cells[size_t(row + 4) * b.side + column + 4] = code->dark(row, column);
  b.size = size;
  return b;
}

}  // namespace

std::vector<pdf::Block> ResultsBlocks(const json::object& r, const std::map<db::Id, std::string>& unit_names,
                                      Language language) {
  bool en = language == Language::kEnglish;
  const json::object& survey = r.at("survey").as_object();
  std::vector<pdf::Block> out;
  out.push_back({Kind::kTitle, EscapeXml((en ? "Survey results: " : "Kết quả khảo sát: ") +
                                         std::string(survey.at("title").as_string()))});
  auto name = [&](db::Id id) {
    auto it = unit_names.find(id);
    return it == unit_names.end() ? "#" + std::to_string(id) : it->second;
  };
  out.push_back(Labelled(en ? "Unit:" : "Đơn vị:", name(r.at("unit_id").as_int64())));
  out.push_back(Labelled(en ? "Period:" : "Thời gian:", std::string(survey.at("opens_on").as_string()) + " – " +
                                                          std::string(survey.at("closes_on").as_string())));
  out.push_back(Labelled(en ? "Responses:" : "Số phản hồi:",
                         std::to_string(r.at("responses").as_int64()) + " / " +
                             std::to_string(r.at("expected").as_int64()) + " (" + Percent(r.at("response_rate")) +
                             ")"));
  out.push_back(Para(en ? "The satisfaction index is the share of respondents on the two best points of a question's "
                          "scale; the line across a bar is its 95% confidence interval, the tick the threshold below "
                          "which an improvement is raised."
                        : "Chỉ số hài lòng là tỷ lệ người trả lời chọn hai mức cao nhất của thang đo; vạch ngang trên "
                          "mỗi thanh là khoảng tin cậy 95%, vạch đứng là ngưỡng mà dưới đó một cơ hội cải tiến được "
                          "nêu."));
  if (r.at("withheld").as_bool()) {
    out.push_back(Para((en ? "Fewer respondents than the minimum group of "
                           : "Số người trả lời ít hơn nhóm tối thiểu ") +
                       std::to_string(r.at("min_group").as_int64()) +
                       (en ? ": the results are not shown, so nobody can be singled out."
                           : ": kết quả không được hiển thị để không ai bị nhận diện.")));
  } else {
    out.push_back({Kind::kHeading1, EscapeXml(en ? "Satisfaction index per question" : "Chỉ số hài lòng theo câu hỏi")});
    for (const json::value& q : r.at("questions").as_array()) {
      for (const json::value& item : q.at("items").as_array()) {
        const json::value& d = item.at("distribution");
        if (d.is_null() || !d.at("index").is_number()) continue;
        std::string label = In(q.at("text"), language);
        if (item.as_object().contains("row")) label += " — " + In(item.at("row"), language);
        pdf::Block bar{Kind::kBar, EscapeXml(label)};
        bar.value = d.at("index").to_number<double>();
        if (q.at("threshold").is_number()) bar.mark = q.at("threshold").to_number<double>();
        if (d.at("interval").is_object()) {
          bar.low = d.at("interval").at("low").to_number<double>();
          bar.high = d.at("interval").at("high").to_number<double>();
        }
        out.push_back(std::move(bar));
      }
    }
    out.push_back({Kind::kHeading1, EscapeXml(en ? "Figures per question" : "Số liệu theo câu hỏi")});
    for (const json::value& q : r.at("questions").as_array()) {
      for (const json::value& item : q.at("items").as_array()) {
        std::string label = In(q.at("text"), language);
        if (item.as_object().contains("row")) label += " — " + In(item.at("row"), language);
        out.push_back({Kind::kHeading3, EscapeXml(label)});
        const json::value& d = item.at("distribution");
        if (d.is_null()) continue;
        std::string figures = (en ? "answered " : "số trả lời ") + std::to_string(d.at("answered").as_int64());
        if (d.at("mean").is_number()) {
          char mean[32];
          std::snprintf(mean, sizeof mean, "%.2f", d.at("mean").to_number<double>());
          figures += (en ? "; mean " : "; trung bình ") + std::string(mean);
        }
        if (d.at("index").is_number()) figures += (en ? "; index " : "; chỉ số ") + Percent(d.at("index"));
        if (d.at("interval").is_object())
          figures += " (" + Percent(d.at("interval").at("low")) + " – " + Percent(d.at("interval").at("high")) + ")";
        if (item.at("previous_index").is_number())
          figures += (en ? "; previous survey " : "; kỳ trước ") + Percent(item.at("previous_index"));
        if (item.at("improvement_id").is_int64())
          figures += (en ? "; improvement #" : "; cơ hội cải tiến #") +
                     std::to_string(item.at("improvement_id").as_int64());
        out.push_back(Para(figures));
        std::string counts;
        for (const json::value& c : d.at("counts").as_array())
          counts += (counts.empty() ? "" : ", ") + std::to_string(c.at("value").as_int64()) + ": " +
                    std::to_string(c.at("count").as_int64());
        if (!counts.empty()) out.push_back(Labelled(en ? "Answers per value:" : "Số trả lời theo giá trị:", counts));
      }
    }
  }
  out.push_back({Kind::kHeading1, EscapeXml(en ? "Response rates" : "Tỷ lệ phản hồi")});
  for (const json::value& u : r.at("units").as_array())
    out.push_back({Kind::kListItem,
                   EscapeXml(name(u.at("unit_id").as_int64()) + ": " + std::to_string(u.at("responses").as_int64()) +
                             " / " + std::to_string(u.at("expected").as_int64()) + " (" + Percent(u.at("rate")) + ")"),
                   0, "•"});
  return out;
}

std::vector<pdf::Block> PosterBlocks(const Campaign& c, const std::string& questionnaire_title,
                                     const std::vector<PrintedLink>& links, Language language) {
  bool en = language == Language::kEnglish;
  std::vector<pdf::Block> out;
  for (const PrintedLink& l : links) {
    if (!out.empty()) out.push_back({Kind::kPageBreak});
    out.push_back({Kind::kTitle, EscapeXml(questionnaire_title)});
    out.push_back({Kind::kHeading1, EscapeXml(l.unit_name)});
    out.push_back(Para(c.title + " (" + c.opens_on + " – " + c.closes_on + ")"));
    out.push_back(Para(en ? "Scan the code with your phone's camera to answer. Your answers are kept without your "
                            "name, your address or the time you sent them."
                          : "Quét mã bằng camera điện thoại để trả lời. Câu trả lời không gắn với tên, địa chỉ hay "
                            "thời điểm gửi của bạn."));
    out.push_back(Qr(l.url, 320, EscapeXml(l.url)));
  }
  return out;
}

std::vector<pdf::Block> SlipBlocks(const Campaign& c, const std::string& questionnaire_title,
                                   const std::vector<PrintedLink>& codes, Language language) {
  bool en = language == Language::kEnglish;
  std::vector<pdf::Block> out;
  for (size_t i = 0; i < codes.size(); ++i) {
    const PrintedLink& l = codes[i];
    // Three slips to a page, each cut along the rule above it.
    if (i > 0 && i % 3 == 0) out.push_back({Kind::kPageBreak});
    out.push_back({Kind::kRule});
    out.push_back({Kind::kHeading2, EscapeXml(questionnaire_title + " — " + c.title)});
    if (l.person) out.push_back(Labelled(en ? "For:" : "Gửi:", *l.person));
    out.push_back(Labelled(en ? "Unit:" : "Đơn vị:", l.unit_name));
    out.push_back(Labelled(en ? "Your one-time code:" : "Mã dùng một lần của bạn:", l.code));
    out.push_back(Para((en ? "Answer by " : "Trả lời trước ngày ") + c.closes_on +
                       (en ? " at the link or by scanning the code; the code can be used once, and nobody sees who "
                             "answered what."
                           : " tại đường dẫn hoặc quét mã; mã chỉ dùng được một lần và không ai biết ai đã trả lời "
                             "những gì.")));
    out.push_back(Qr(l.url, 110, EscapeXml(l.url)));
  }
  return out;
}

pdf::PageFrame CampaignFrame(const Campaign& c, const std::string& what, Language language) {
  pdf::PageFrame frame;
  frame.header_left = c.title;
  frame.header_right = what;
  frame.footer_left = "EduIMS";
  frame.page_format = language == Language::kEnglish ? "Page {page} of {pages}" : "Trang {page}/{pages}";
  frame.title = c.title + " — " + what;
  return frame;
}

}  // namespace eduims::surveys
