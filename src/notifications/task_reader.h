// For a module's store: reads the rows of a statement selecting (user_id, key, kind, title, due, link) — in that
// order, due possibly NULL — as notifications::UserTask, so each task source is one SELECT in its own module.
#pragma once
#include <soci/soci.h>

#include "notifications/source.h"

namespace eduims::notifications {

struct TaskReader {
  UserTask t;
  std::string due;
  soci::indicator due_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(t.user_id));
    st.exchange(soci::into(t.key));
    st.exchange(soci::into(t.kind));
    st.exchange(soci::into(t.title));
    st.exchange(soci::into(due, due_ind));
    st.exchange(soci::into(t.link));
  }
  UserTask Take() const {
    UserTask out = t;
    out.due = due_ind == soci::i_ok ? std::optional<std::string>(due) : std::nullopt;
    return out;
  }
};

}  // namespace eduims::notifications
