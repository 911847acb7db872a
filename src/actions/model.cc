#include "actions/model.h"

namespace eduims::actions {

void WriteJson(JsonWriter& w, const Action& a, const std::string& today) {
  w.BeginObject();
  w.Key("id").Int(a.id);
  w.Key("title").String(a.title);
  w.Key("description").String(a.description);
  w.Key("owner_id").IntOrNull(a.owner_id);
  w.Key("unit_id").Int(a.unit_id);
  w.Key("due_date").StringOrNull(a.due_date);
  w.Key("status").String(StatusName(a.status));
  w.Key("overdue").Bool(IsOverdue(a.status, a.due_date, today));
  w.Key("source");
  if (a.source_type) {
    w.BeginObject().Key("type").String(*a.source_type).Key("id").String(a.source_id.value_or("")).EndObject();
  } else {
    w.Null();
  }
  w.Key("version").Int(a.version);
  w.Key("created_by").IntOrNull(a.created_by);
  w.Key("created_at").String(a.created_at);
  w.Key("updated_at").String(a.updated_at);
  w.Key("completed_at").StringOrNull(a.completed_at);
  w.Key("archived_at").StringOrNull(a.archived_at);
  w.EndObject();
}

std::string JsonText(const Action& a, const std::string& today) {
  JsonWriter w;
  WriteJson(w, a, today);
  return w.Take();
}

boost::json::object ToJson(const Action& a, const std::string& today) {
  return boost::json::parse(JsonText(a, today)).as_object();
}

}  // namespace eduims::actions
