#include "surveys/page.h"

#include <algorithm>

#include "platform/escape.h"
#include "platform/http/public_page.h"
#include "platform/i18n/messages.h"

namespace eduims::surveys {
namespace {

constexpr http::PageText kLabels[] = {
    {"required", "bắt buộc", "required"},
    {"send", "Gửi câu trả lời", "Send my answers"},
    {"other_language", "English", "Tiếng Việt"},
    {"anonymous", "Câu trả lời không gắn với tên, địa chỉ hay thời điểm gửi của bạn.",
     "Your answers are kept without your name, your address or the time you sent them."},
    {"problems", "Vui lòng xem lại các câu sau:", "Please look again at these questions:"},
    {"recommend_low", "0 = chắc chắn không", "0 = not at all likely"},
    {"recommend_high", "10 = chắc chắn có", "10 = extremely likely"},
    {"survey.answer_required", "Câu này bắt buộc trả lời.", "This question needs an answer."},
    {"survey.answer_out_of_range", "Giá trị không nằm trong thang đo của câu hỏi.",
     "The value is not on the question's scale."},
    {"survey.answer_too_long", "Câu trả lời dài quá giới hạn.", "The answer is longer than allowed."},
    {"survey.answer_not_text", "Câu trả lời chứa ký tự không hợp lệ.", "The answer holds characters not allowed."},
    {"stored", "Cảm ơn bạn!", "Thank you!"},
    {"stored_detail", "Câu trả lời của bạn đã được ghi nhận.", "Your answers have been recorded."},
    {"unknown", "Không tìm thấy khảo sát", "Survey not found"},
    {"unknown_detail", "Không có khảo sát nào với mã này. Hãy kiểm tra lại đường dẫn hoặc mã trên phiếu.",
     "No survey has this code. Please check the link or the code on your slip."},
    {"closed", "Khảo sát đã kết thúc", "The survey has closed"},
    {"closed_detail", "Khảo sát này không còn nhận câu trả lời.", "This survey no longer accepts answers."},
    {"not_yet", "Khảo sát chưa mở", "The survey has not opened yet"},
    {"not_yet_detail", "Khảo sát này chưa nhận câu trả lời; hãy quay lại khi khảo sát mở.",
     "This survey does not accept answers yet; please come back once it opens."},
    {"used", "Mã đã được sử dụng", "Code already used"},
    {"used_detail", "Mã này chỉ dùng được một lần và đã có câu trả lời.",
     "This code can be used once only and has already been answered with."},
    {"rate_limited", "Quá nhiều yêu cầu", "Too many requests"},
    {"rate_limited_detail", "Có quá nhiều yêu cầu từ địa chỉ của bạn; hãy thử lại sau ít phút.",
     "Too many requests came from your address; please try again in a few minutes."},
};

std::string L(const std::string& key, Language language) { return http::TextOf(kLabels, key, language); }

std::string E(std::string_view text) { return EscapeXml(text); }

// `nav`: the language switch, outside the page's one main landmark that holds `body`.
std::string Shell(const std::string& title, const std::string& body, Language language, const std::string& nav = "") {
  return http::PublicPageHtml(
      language, title,
      "body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:.75rem;color:#1f1f1f}"
      "h1{font-size:1.35rem}fieldset{border:1px solid #bbb;border-radius:.4rem;margin:0 0 1rem;padding:.5rem .75rem}"
      "legend{font-weight:600;padding:0 .25rem}fieldset fieldset{border:0;padding:0;margin:.25rem 0 .75rem}"
      ".opt{display:flex;align-items:center;gap:.5rem;min-height:44px}.opt input{width:1.4rem;height:1.4rem}"
      ".scale{display:flex;flex-wrap:wrap;gap:.25rem}.scale .opt{min-width:44px}"
      "input[type=text],input[type=number],textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem}"
      "textarea{min-height:6rem}.err{color:#a8071a;font-weight:600}.invalid{border-color:#a8071a}"
      "button{font:inherit;font-weight:600;width:100%;min-height:48px;background:#0958d9;color:#fff;border:0;"
      "border-radius:.4rem}.lang{text-align:right}.note{color:#555;font-size:.9rem}"
      ".alert{border:2px solid #a8071a;border-radius:.4rem;padding:.5rem .75rem;margin-bottom:1rem}",
      nav + "<main>" + body + "</main>");
}

bool Chosen(const std::multimap<std::string, std::string>& sent, const std::string& name, const std::string& value) {
  auto [lo, hi] = sent.equal_range(name);
  return std::any_of(lo, hi, [&](const auto& kv) { return kv.second == value; });
}

std::string First(const std::multimap<std::string, std::string>& sent, const std::string& name) {
  auto it = sent.find(name);
  return it == sent.end() ? "" : it->second;
}

std::string Option(const std::string& type, const std::string& name, const std::string& id, const std::string& value,
                   const std::string& label, bool checked, bool required) {
  return "<div class=\"opt\"><input type=\"" + type + "\" name=\"" + E(name) + "\" id=\"" + E(id) + "\" value=\"" +
         E(value) + "\"" + (checked ? " checked" : "") + (required ? " required" : "") + "><label for=\"" + E(id) +
         "\">" + E(label) + "</label></div>";
}

std::string ScaleOptions(const std::string& name, long long lo, long long hi,
                         const std::vector<Text>& labels, Language language,
                         const std::multimap<std::string, std::string>& sent, bool required) {
  std::string out = "<div class=\"scale\">";
  for (long long v = lo; v <= hi; ++v) {
    std::string value = std::to_string(v);
    std::string label = labels.empty() ? value : value + " — " + labels[size_t(v - lo)].In(language);
    out += Option("radio", name, name + "-" + value, value, label, Chosen(sent, name, value), required);
  }
  return out + "</div>";
}

std::string QuestionHtml(const Question& q, Language language, const std::multimap<std::string, std::string>& sent,
                         const std::string& problem) {
  std::string name = "q." + q.key;
  std::string id = "q-" + q.key;
  std::string legend = E(q.text.In(language)) +
                       (q.required ? " <span aria-hidden=\"true\">*</span><span class=\"note\"> (" +
                                         E(L("required", language)) + ")</span>"
                                   : "");
  std::string error = problem.empty() ? ""
                                      : "<p class=\"err\" id=\"" + id + "-err\">" + E(L(problem, language)) + "</p>";
  std::string described = problem.empty() ? "" : " aria-describedby=\"" + id + "-err\" aria-invalid=\"true\"";
  std::string cls = problem.empty() ? "q" : "q invalid";
  std::string body;
  switch (q.type) {
    case QuestionType::kLikert:
      body = ScaleOptions(name, 1, 5, q.scale, language, sent, q.required);
      break;
    case QuestionType::kRecommend:
      body = "<p class=\"note\">" + E(L("recommend_low", language)) + "; " + E(L("recommend_high", language)) +
             "</p>" + ScaleOptions(name, 0, 10, {}, language, sent, q.required);
      break;
    case QuestionType::kSingle:
    case QuestionType::kMultiple:
      for (size_t i = 0; i < q.options.size(); ++i)
        body += Option(q.type == QuestionType::kSingle ? "radio" : "checkbox", name, name + "-" + std::to_string(i),
                       std::to_string(i), q.options[i].In(language), Chosen(sent, name, std::to_string(i)),
                       q.required && q.type == QuestionType::kSingle);
      break;
    case QuestionType::kGrid:
      for (size_t row = 0; row < q.rows.size(); ++row) {
        std::string row_name = name + "." + std::to_string(row);
        body += "<fieldset><legend>" + E(q.rows[row].In(language)) + "</legend>" +
                ScaleOptions(row_name, 1, 5, q.scale, language, sent, q.required) + "</fieldset>";
      }
      break;
    case QuestionType::kNumber:
      return "<div class=\"" + cls + "\" id=\"" + id + "\"><p><label for=\"" + id + "-in\"><strong>" + legend +
             "</strong></label></p>" + error + "<input type=\"number\" inputmode=\"numeric\" name=\"" + E(name) +
             "\" id=\"" + id + "-in\" min=\"" + std::to_string(q.min) + "\" max=\"" + std::to_string(q.max) +
             "\" value=\"" + E(First(sent, name)) + "\"" + (q.required ? " required" : "") + described + "></div>";
    case QuestionType::kShortText:
    case QuestionType::kLongText: {
      std::string attrs = " name=\"" + E(name) + "\" id=\"" + id + "-in\" maxlength=\"" +
                          std::to_string(q.max_length) + "\"" + (q.required ? " required" : "") + described;
      std::string input = q.type == QuestionType::kShortText
                              ? "<input type=\"text\"" + attrs + " value=\"" + E(First(sent, name)) + "\">"
                              : "<textarea" + attrs + ">" + E(First(sent, name)) + "</textarea>";
      return "<div class=\"" + cls + "\" id=\"" + id + "\"><p><label for=\"" + id + "-in\"><strong>" + legend +
             "</strong></label></p>" + error + input + "</div>";
    }
  }
  return "<fieldset class=\"" + cls + "\" id=\"" + id + "\"" + described + "><legend>" + legend + "</legend>" + error +
         body + "</fieldset>";
}

}  // namespace

std::string FormPage(const std::string& code, const std::string& campaign_title, const Definition& d,
                     Language language, const std::multimap<std::string, std::string>& sent,
                     const std::vector<AnswerProblem>& problems) {
  std::string other = language == Language::kEnglish ? "vi" : "en";
  std::string nav = "<nav class=\"lang\"><a href=\"/s/" + E(code) + "?lang=" + other + "\" hreflang=\"" + other +
                    "\" lang=\"" + other + "\">" + E(L("other_language", language)) + "</a></nav>";
  std::string body = "<h1>" + E(d.title.In(language)) + "</h1><p>" + E(campaign_title) + "</p>";
  if (!d.intro.In(language).empty()) body += "<p>" + E(d.intro.In(language)) + "</p>";
  body += "<p class=\"note\">" + E(L("anonymous", language)) + "</p>";
  std::map<std::string, std::string> issue_of;
  for (const AnswerProblem& p : problems) issue_of[p.question_key] = std::string(IssueCode(p.issue));
  if (!problems.empty()) {
    body += "<div class=\"alert\" role=\"alert\"><p class=\"err\">" + E(L("problems", language)) + "</p><ul>";
    for (const Question* q : d.Questions())
      if (issue_of.count(q->key))
        body += "<li><a href=\"#q-" + q->key + "\">" + E(q->text.In(language)) + "</a>: " +
                E(L(issue_of[q->key], language)) + "</li>";
    body += "</ul></div>";
  }
  body += "<form method=\"post\" action=\"/s/" + E(code) + "?lang=" + std::string(LanguageCode(language)) +
          "\" id=\"survey\" data-key=\"eduims-survey-" + E(code) + "\"" + (sent.empty() ? "" : " data-sent") + ">";
  for (const Section& s : d.sections) {
    body += "<h2>" + E(s.title.In(language)) + "</h2>";
    for (const Question& q : s.questions) {
      auto it = issue_of.find(q.key);
      body += QuestionHtml(q, language, sent, it == issue_of.end() ? "" : it->second);
    }
  }
  body += "<button type=\"submit\">" + E(L("send", language)) + "</button></form>"
          "<script src=\"/s/progress.js\" defer></script>";
  return Shell(d.title.In(language), body, language, nav);
}

std::string StatePage(const std::string& given, Language language, const std::string& code) {
  // A campaign not opened yet, whether still a draft or before its first day, is the same to a respondent.
  const std::string state = given == "draft" ? "not_yet" : given;
  std::string body = "<h1>" + E(L(state, language)) + "</h1><p>" + E(L(state + "_detail", language)) + "</p>";
  if (state == "stored")
    body += "<p id=\"done\" data-key=\"eduims-survey-" + E(code) + "\"></p><script src=\"/s/progress.js\" defer></script>";
  return Shell(L(state, language), body, language);
}

int StateStatus(const std::string& state) {
  if (state == "stored") return 200;
  if (state == "unknown") return 404;
  if (state == "closed") return 410;
  if (state == "rate_limited") return 429;
  return 409;  // used, not yet open
}

}  // namespace eduims::surveys
