#include "calendar/action_events.h"

namespace eduims::calendar {
namespace {

// A calendar needs no more of one person's actions than this.
constexpr int kMostActions = 2000;
constexpr int kPage = 200;

}  // namespace

std::vector<Event> ActionEvents::Events(const FeedQuery& query) {
  std::vector<Event> out;
  if (query.unit_id) return out;
  bool english = query.owner.language == Language::kEnglish;
  for (actions::Status status : {actions::Status::kOpen, actions::Status::kInProgress}) {
    actions::ActionFilter filter;
    filter.owner_id = query.owner.user_id;
    filter.status = status;
    filter.limit = kPage;
    for (int seen = 0; seen < kMostActions; seen += kPage) {
      auto page = actions_.List(query.owner, filter);
      for (const auto& a : page) {
        if (!a.due_date || *a.due_date < query.from || *a.due_date > query.to) continue;
        Event e;
        e.uid = "action-" + std::to_string(a.id) + "@eduims";
        e.summary = (english ? "Action due: " : "Hạn hành động: ") + a.title;
        e.description = std::string(english ? "Status: " : "Trạng thái: ") +
                        (status == actions::Status::kOpen ? (english ? "open" : "chưa bắt đầu")
                                                          : (english ? "in progress" : "đang thực hiện"));
        if (!a.description.empty()) e.description += "\n\n" + a.description;
        e.categories = {english ? "Action" : "Hành động"};
        e.start = e.end = *a.due_date;
        e.changed_at = a.updated_at;
        e.sequence = a.version - 1;
        out.push_back(std::move(e));
      }
      if (int(page.size()) < kPage) break;
      filter.after = page.back().id;
    }
  }
  return out;
}

}  // namespace eduims::calendar
