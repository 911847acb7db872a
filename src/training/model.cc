#include "training/model.h"

#include <algorithm>

#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/dates.h"

namespace eduims::training {
namespace {

namespace json = boost::json;

json::array Strings(const std::vector<std::string>& items) {
  json::array out;
  for (const auto& s : items) out.push_back(json::value(s));
  return out;
}

}  // namespace

std::string NewCheckInCode() { return RandomToken(9); }

bool CheckInOpen(const Session& s, const std::string& now) { return s.starts_at <= now && now <= s.ends_at; }

bool Passes(const Programme& p, double score) { return score >= p.pass_mark; }

std::optional<std::string> ExpiryOf(const Programme& p, const std::string& granted_on) {
  if (!p.validity_months) return std::nullopt;
  auto day = ParseDate(granted_on);
  if (!day) return std::nullopt;
  return FormatDate(AddMonths(*day, *p.validity_months));
}

bool ValidClauseNumber(const std::string& n) {
  if (n.empty() || n.size() > 12 || n.front() == '.' || n.back() == '.') return false;
  for (size_t i = 0; i < n.size(); ++i) {
    if (n[i] == '.' && n[i - 1] == '.') return false;
    if (n[i] != '.' && (n[i] < '0' || n[i] > '9')) return false;
  }
  return true;
}

json::object ToJson(const Programme& p) {
  return {{"id", p.id},
          {"unit_id", p.unit_id},
          {"title", p.title},
          {"provider", p.provider},
          {"description", p.description},
          {"clauses", Strings(p.clauses)},
          {"competences", Strings(p.competences)},
          {"max_score", p.max_score},
          {"pass_mark", p.pass_mark},
          {"validity_months", p.validity_months ? json::value(*p.validity_months) : json::value()},
          {"created_by", p.created_by ? json::value(*p.created_by) : json::value()},
          {"created_at", p.created_at}};
}

json::object ToJson(const Session& s, bool with_code) {
  json::object out{{"id", s.id},           {"programme_id", s.programme_id}, {"title", s.title},
                   {"trainer", s.trainer}, {"place", s.place},               {"topics", s.topics},
                   {"starts_at", s.starts_at}, {"ends_at", s.ends_at},       {"created_at", s.created_at}};
  // The code lets anyone invited check in: only those who run the training see it.
  out["checkin_code"] = with_code ? json::value(s.checkin_code) : json::value();
  return out;
}

json::object ToJson(const Participant& p) {
  return {{"user_id", p.user_id},
          {"full_name", p.full_name},
          {"invited_at", p.invited_at},
          {"sessions_attended", p.sessions_attended},
          {"score", p.score ? json::value(*p.score) : json::value()},
          {"passed", p.passed ? json::value(*p.passed) : json::value()},
          {"assessed_at", p.assessed_at ? json::value(*p.assessed_at) : json::value()}};
}

}  // namespace eduims::training
