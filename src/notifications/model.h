// Notifications as plain values: each person's choice of delivery, the open tasks in the order a person reads them,
// their JSON, and the mail that tells a person of new tasks, in their language. No I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "notifications/source.h"
#include "platform/i18n/language.h"
#include "platform/mail/message.h"

namespace eduims::notifications {

enum class Delivery { kImmediate, kDailyDigest, kNone };

inline constexpr Delivery kDefaultDelivery = Delivery::kDailyDigest;
// The local hour (Asia/Ho_Chi_Minh) from which the day's digest goes out.
inline constexpr int kDigestHour = 7;

std::string DeliveryName(Delivery delivery);
std::optional<Delivery> ParseDelivery(const std::string& name);
std::vector<std::string> DeliveryNames();

// Soonest due first (overdue ones first of all), those with no due date last, then by kind and key: one order for
// the page and the mail.
void SortTasks(std::vector<UserTask>& tasks);
bool Overdue(const UserTask& task, const std::string& today);
// {"key", "kind", "title", "due" (or null), "link", "overdue"}
boost::json::object ToJson(const UserTask& task, const std::string& today);
// What a task asks, as its person reads it ("Review the revision", "Xem xét bản sửa đổi").
std::string KindLabel(const std::string& kind, Language language);

struct TaskNotice {
  std::string to, name;
  Language language = Language::kVietnamese;
  std::vector<UserTask> tasks;  // the ones not mailed before, in SortTasks order
  long long still_open = 0;     // all the person's open tasks, those included
  bool digest = false;          // the day's digest rather than an immediate notice
  std::string public_url;       // links are public_url + task.link
  std::string today;
};

mail::Mail TaskMail(const TaskNotice& notice);

}  // namespace eduims::notifications
