#include "notifications/service.h"

#include <map>
#include <set>

#include "notifications/store.h"
#include "platform/mail/outbox.h"

namespace eduims::notifications {
namespace {

std::string Json(Delivery delivery) { return boost::json::serialize(boost::json::object{{"delivery", DeliveryName(delivery)}}); }

int HourInVietnam(TimePoint now) {
  auto local = std::chrono::floor<std::chrono::minutes>(now) + std::chrono::hours(7);
  auto since_midnight = local - std::chrono::floor<std::chrono::days>(local);
  return int(std::chrono::duration_cast<std::chrono::hours>(since_midnight).count());
}

}  // namespace

std::vector<UserTask> NotificationService::Gather(std::optional<db::Id> user, const std::string& today) {
  std::vector<UserTask> out;
  std::set<std::pair<db::Id, std::string>> seen;
  for (TaskSource* source : sources_)
    for (UserTask& task : source->OpenTasks(user, today))
      if ((!user || task.user_id == *user) && seen.insert({task.user_id, task.key}).second)
        out.push_back(std::move(task));
  SortTasks(out);
  return out;
}

std::vector<UserTask> NotificationService::Mine(const auth::Principal& who, const std::string& today) {
  return Gather(who.user_id, today);
}

Delivery NotificationService::Preference(const auth::Principal& who) {
  std::optional<Delivery> found;
  db_.Read([&](soci::session& s) { found = store::FindPreference(s, who.user_id); });
  return found.value_or(kDefaultDelivery);
}

Delivery NotificationService::SetPreference(const auth::Principal& who, Delivery delivery, const audit::Actor& actor) {
  db_.Write([&](soci::session& s) {
    Delivery before = store::FindPreference(s, who.user_id).value_or(kDefaultDelivery);
    store::SetPreference(s, who.user_id, delivery, NowTimestamp());
    audit::Append(db_, s, actor,
                  {"notification_preference", std::to_string(who.user_id), "update", Json(before), Json(delivery),
                   who.unit_path});
  });
  return delivery;
}

MailRun NotificationService::MailRound(TimePoint now, const std::string& public_url) {
  MailRun run;
  std::string today = FormatDate(TodayInVietnam(now));
  bool digest_time = HourInVietnam(now) >= kDigestHour;
  std::map<db::Id, std::vector<UserTask>> by_user;
  for (UserTask& task : Gather(std::nullopt, today)) by_user[task.user_id].push_back(std::move(task));
  std::map<db::Id, Delivery> chosen;
  std::set<db::Id> digested;
  db_.Read([&](soci::session& s) {
    chosen = store::Preferences(s);
    digested = store::DigestedOn(s, today);
  });
  for (const auto& [user_id, tasks] : by_user) {
    auto choice = chosen.find(user_id);
    Delivery delivery = choice == chosen.end() ? kDefaultDelivery : choice->second;
    bool digest = delivery == Delivery::kDailyDigest;
    if (delivery == Delivery::kNone || (digest && (!digest_time || digested.count(user_id)))) continue;
    std::vector<UserTask> fresh;
    db_.Read([&](soci::session& s) {
      auto delivered = store::Delivered(s, user_id);
      for (const UserTask& t : tasks)
        if (!delivered.count(t.key)) fresh.push_back(t);
    });
    if (fresh.empty()) continue;
    auto person = org_.PrincipalOf(user_id);  // nullopt once disabled: mail goes to enabled people only
    if (!person) continue;
    TaskNotice notice{person->email, person->full_name, person->language, {}, (long long)tasks.size(), digest,
                      public_url, today};
    db_.Write([&](soci::session& s) {
      std::string at = NowTimestamp();
      notice.tasks.clear();
      if (digest && !store::InsertDigest(s, user_id, today, at)) return;  // another server sent today's digest
      for (const UserTask& t : fresh)
        if (store::InsertDelivery(s, user_id, t.key, at)) notice.tasks.push_back(t);
      if (notice.tasks.empty()) {
        // Another server mailed them meanwhile: this day's digest is still to come when new tasks appear.
        if (digest) store::RemoveDigest(s, user_id, today);
        return;
      }
      mail::Enqueue(s, TaskMail(notice), at);
      ++(digest ? run.digests : run.notices);
      run.tasks += (long long)notice.tasks.size();
    });
  }
  return run;
}

}  // namespace eduims::notifications
