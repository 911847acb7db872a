#include "calendar/service.h"

#include <boost/json.hpp>

#include <chrono>

#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::calendar {
namespace {

constexpr const char* kTokenPrefix = "cal_";

std::string DaysFromToday(int days) {
  return FormatDate(std::chrono::year_month_day(std::chrono::sys_days(TodayInVietnam()) + std::chrono::days(days)));
}

// Only what a token this service made could look like is hashed and looked up.
bool LooksLikeToken(const std::string& token) {
  if (token.size() > 100 || token.rfind(kTokenPrefix, 0) != 0) return false;
  for (unsigned char c : token)
    if (!std::isalnum(c) && c != '-' && c != '_') return false;
  return true;
}

}  // namespace

boost::json::object ToJson(const FeedRecord& f) {
  auto text = [](const std::optional<std::string>& v) { return v ? boost::json::value(*v) : boost::json::value(); };
  return {{"id", f.id},
          {"name", f.name},
          {"kind", f.unit_id ? "organisation" : "personal"},
          {"unit_id", f.unit_id ? boost::json::value(*f.unit_id) : boost::json::value()},
          {"created_at", f.created_at},
          {"revoked_at", text(f.revoked_at)},
          {"last_used_at", text(f.last_used_at)}};
}

std::vector<FeedRecord> CalendarService::List(const auth::Principal& who) {
  std::vector<FeedRecord> out;
  db_.Read([&](soci::session& s) { out = store::OfUser(s, who.user_id); });
  return out;
}

std::pair<FeedRecord, std::string> CalendarService::Create(const auth::Principal& who, const std::string& name,
                                                           std::optional<db::Id> unit_id, const audit::Actor& actor) {
  CheckText("name", name, 100, true);
  std::string unit_path = who.unit_path;
  if (unit_id) {
    try {
      unit_path = org_.GetUnit(&who, *unit_id).path;
    } catch (const ProblemError&) {
      Fail(422, "validation.reference_not_found", "unit_id");
    }
  }
  FeedRecord feed;
  feed.user_id = who.user_id;
  feed.name = name;
  feed.unit_id = unit_id;
  feed.created_at = NowTimestamp();
  std::string token = kTokenPrefix + RandomToken(32);
  db_.Write([&](soci::session& s) {
    if (store::ActiveCount(s, who.user_id) >= kMostFeeds)
      Fail(Problem::Make(422, "calendar.feed_limit").With("max", std::to_string(kMostFeeds)));
    store::Insert(s, feed, Sha256Hex(token));
    audit::Append(db_, s, actor,
                  {"calendar_feed", std::to_string(feed.id), "create", std::nullopt,
                   boost::json::serialize(ToJson(feed)), unit_path});
  });
  return {feed, token};
}

void CalendarService::Revoke(const auth::Principal& who, db::Id feed_id, const audit::Actor& actor) {
  db_.Write([&](soci::session& s) {
    if (!store::Revoke(s, who.user_id, feed_id, NowTimestamp())) FailNotFound("calendar_feed");
    audit::Append(db_, s, actor, {"calendar_feed", std::to_string(feed_id), "revoke", std::nullopt, std::nullopt,
                                  who.unit_path});
  });
}

std::string CalendarService::Render(const std::string& token) {
  if (!LooksLikeToken(token)) FailNotFound("calendar_feed");
  std::optional<FeedRecord> feed;
  std::string hash = Sha256Hex(token);
  db_.Read([&](soci::session& s) { feed = store::FindActive(s, hash); });
  if (!feed) FailNotFound("calendar_feed");
  auto owner = accounts_.LoadPrincipal(feed->user_id);
  if (!owner) FailNotFound("calendar_feed");
  std::string now = NowTimestamp();
  // Last use is kept to the minute, so a calendar polling often does not write on every read.
  if (!feed->last_used_at || feed->last_used_at->substr(0, 16) != now.substr(0, 16))
    db_.Write([&](soci::session& s) { store::MarkUsed(s, feed->id, now); });
  FeedQuery query{*owner, feed->unit_id, DaysFromToday(-366), DaysFromToday(3 * 366)};
  Feed calendar;
  calendar.name = "EduIMS — " + feed->name;
  for (CalendarSource* source : sources_) {
    auto events = source->Events(query);
    calendar.events.insert(calendar.events.end(), std::make_move_iterator(events.begin()),
                           std::make_move_iterator(events.end()));
  }
  return Write(calendar);
}

}  // namespace eduims::calendar
