#include "complaints/model.h"

#include <stdexcept>

#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/dates.h"
#include "platform/embedded.h"

namespace eduims::complaints {
namespace {

namespace json = boost::json;

// Crockford's base32: no I, L, O or U, so a code read out loud or copied by hand is not misread.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr size_t kCodeLength = 20;

template <class T>
json::value OrNull(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

}  // namespace

const std::vector<Category>& Categories() {
  static const std::vector<Category> categories = [] {
    auto text = embedded::Find("data/complaints/categories.json");
    if (!text) throw std::runtime_error("data/complaints/categories.json is not embedded");
    std::vector<Category> out;
    json::value data = json::parse(*text);
    for (const auto& c : data.at("categories").as_array())
      out.push_back({std::string(c.at("code").as_string()), std::string(c.at("vi").as_string()),
                     std::string(c.at("en").as_string())});
    return out;
  }();
  return categories;
}

std::vector<std::string> CategoryCodes() {
  std::vector<std::string> out;
  for (const Category& c : Categories()) out.push_back(c.code);
  return out;
}

std::string CategoryLabel(const std::string& code, Language language) {
  for (const Category& c : Categories())
    if (c.code == code) return language == Language::kEnglish ? c.en : c.vi;
  return code;
}

const std::vector<std::string>& Kinds() {
  static const std::vector<std::string> kinds = {"complaint", "appeal"};
  return kinds;
}

const std::vector<std::string>& Channels() {
  static const std::vector<std::string> channels = {"web", "phone", "letter", "in_person", "mail"};
  return channels;
}

const std::vector<std::string>& StaffChannels() {
  static const std::vector<std::string> channels = {"phone", "letter", "in_person", "mail"};
  return channels;
}

const std::vector<std::string>& Outcomes() {
  static const std::vector<std::string> outcomes = {"upheld", "partly_upheld", "not_upheld"};
  return outcomes;
}

const std::vector<std::string>& AppealOutcomes() {
  static const std::vector<std::string> outcomes = {"upheld", "rejected"};
  return outcomes;
}

std::string DueAfter(const std::string& date, int days) { return FormatDate(AddDays(*ParseDate(date), days)); }

std::vector<std::pair<std::string, std::string>> PassedDeadlines(const Complaint& c, const std::string& today) {
  std::vector<std::pair<std::string, std::string>> out;
  if (c.status == Status::kReceived && c.acknowledge_due < today) out.emplace_back("acknowledgement", c.acknowledge_due);
  if ((c.status == Status::kReceived || c.status == Status::kAcknowledged) && c.response_due < today)
    out.emplace_back("response", c.response_due);
  if (c.status == Status::kAppealed && c.appeal_due && *c.appeal_due < today) out.emplace_back("appeal", *c.appeal_due);
  return out;
}

std::optional<std::string> OverdueDeadline(const Complaint& c, const std::string& today) {
  auto passed = PassedDeadlines(c, today);
  if (passed.empty()) return std::nullopt;
  return passed.front().first;
}

std::string NewTrackingCode() {
  // RandomToken gives base64url; its characters are re-drawn into the code's alphabet 5 bits at a time.
  std::string random = RandomToken(16);
  std::string out;
  for (size_t i = 0; out.size() < kCodeLength + kCodeLength / 5 - 1; ++i) {
    if (out.size() % 6 == 5) out += '-';
    out += kAlphabet[static_cast<unsigned char>(random[i]) % 32];
  }
  return out;
}

std::optional<std::string> CanonicalCode(const std::string& typed) {
  if (typed.size() > 64) return std::nullopt;
  std::string out;
  for (char ch : typed) {
    if (ch == '-' || ch == ' ') continue;
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    if (kAlphabet.find(c) == std::string_view::npos) return std::nullopt;
    out += c;
  }
  if (out.size() != kCodeLength) return std::nullopt;
  return out;
}

std::string CodeHash(const std::string& canonical_code) { return Sha256Hex("complaint:" + canonical_code); }

json::object ToJson(const Complaint& c, const std::string& today, bool show_identity) {
  json::object out{{"id", c.id},
                   {"unit_id", c.unit_id},
                   {"kind", c.kind},
                   {"category", c.category},
                   {"channel", c.channel},
                   {"text", c.text},
                   {"anonymous", !c.complainant_name && !c.complainant_contact},
                   {"subject_user_id", OrNull(c.subject_user_id)},
                   {"handler_id", OrNull(c.handler_id)},
                   {"decider_id", OrNull(c.decider_id)},
                   {"status", StatusName(c.status)},
                   {"received_on", c.received_on},
                   {"acknowledge_due", c.acknowledge_due},
                   {"response_due", c.response_due},
                   {"appeal_due", OrNull(c.appeal_due)},
                   {"overdue", OrNull(OverdueDeadline(c, today))},
                   {"acknowledged_at", OrNull(c.acknowledged_at)},
                   {"responded_at", OrNull(c.responded_at)},
                   {"response", OrNull(c.response)},
                   {"outcome", OrNull(c.outcome)},
                   {"accepted", OrNull(c.accepted)},
                   {"appeal_text", OrNull(c.appeal_text)},
                   {"appealed_at", OrNull(c.appealed_at)},
                   {"decision", OrNull(c.decision)},
                   {"appeal_outcome", OrNull(c.appeal_outcome)},
                   {"decided_at", OrNull(c.decided_at)},
                   {"closed_at", OrNull(c.closed_at)},
                   {"nonconformity_id", OrNull(c.nonconformity_id)},
                   {"version", c.version},
                   {"created_at", c.created_at},
                   {"updated_at", c.updated_at}};
  if (show_identity)
    out["complainant"] = json::object{{"name", OrNull(c.complainant_name)}, {"contact", OrNull(c.complainant_contact)}};
  else
    out["complainant"] = nullptr;
  return out;
}

std::string AuditJson(const Complaint& c) {
  json::object out = ToJson(c, "", false);
  out.erase("overdue");
  out.erase("complainant");
  return json::serialize(out);
}

json::object ToJson(const Note& n) {
  return {{"id", n.id}, {"author_id", OrNull(n.author_id)}, {"text", n.text}, {"created_at", n.created_at}};
}

json::object ToJson(const Deadlines& d) {
  return {{"acknowledge_days", d.acknowledge_days}, {"response_days", d.response_days}, {"version", d.version}};
}

}  // namespace eduims::complaints
