#include "review/model.h"

#include <algorithm>

namespace eduims::review {
namespace {

namespace json = boost::json;

json::value OrNull(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value OrNull(const std::optional<db::Id>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::array ParticipantsJson(const std::vector<Participant>& participants) {
  json::array out;
  for (const auto& p : participants) out.push_back({{"user_id", p.user_id}, {"top_management", p.top_management}});
  return out;
}

json::array OutputsJson(const std::vector<Output>& outputs) {
  json::array out;
  for (const auto& o : outputs)
    out.push_back({{"kind", o.kind},
                   {"decision", o.decision},
                   {"raised", {{"type", o.raised_type}, {"id", o.raised_id}}}});
  return out;
}

}  // namespace

const std::vector<std::string>& OutputKinds() {
  static const std::vector<std::string> kinds = {"improvement", "change", "resources"};
  return kinds;
}

bool Review::HasTopManagement() const {
  return std::any_of(participants.begin(), participants.end(), [](const Participant& p) { return p.top_management; });
}

json::object ToJson(const Review& r, bool with_inputs) {
  json::object notes;
  for (const auto& [key, text] : r.notes) notes[key] = text;
  json::object out{{"id", r.id},
                   {"unit_id", r.unit_id},
                   {"title", r.title},
                   {"period_from", r.period_from},
                   {"period_to", r.period_to},
                   {"planned_on", r.planned_on},
                   {"status", ReviewStatusName(r.status)},
                   {"participants", ParticipantsJson(r.participants)},
                   {"opened_at", OrNull(r.opened_at)},
                   {"notes", std::move(notes)},
                   {"conclusions", r.conclusions},
                   {"outputs", OutputsJson(r.outputs)},
                   {"held_at", OrNull(r.held_at)},
                   {"approved_by", OrNull(r.approved_by)},
                   {"approved_at", OrNull(r.approved_at)},
                   {"record_id", OrNull(r.record_id)},
                   {"version", r.version},
                   {"created_by", OrNull(r.created_by)},
                   {"created_at", r.created_at},
                   {"updated_at", r.updated_at},
                   {"archived_at", OrNull(r.archived_at)}};
  if (with_inputs) {
    if (r.inputs) {
      json::array inputs;
      for (const auto& in : *r.inputs) inputs.push_back(ToJson(in));
      out["inputs"] = std::move(inputs);
    } else {
      out["inputs"] = nullptr;
    }
  }
  return out;
}

std::string ParticipantsText(const std::vector<Participant>& participants) {
  return json::serialize(ParticipantsJson(participants));
}

std::vector<Participant> ParticipantsFrom(const std::string& text) {
  std::vector<Participant> out;
  const json::value parsed = json::parse(text);  // kept: the loop reads into it
  for (const auto& v : parsed.as_array())
    out.push_back({v.at("user_id").as_int64(), v.at("top_management").as_bool()});
  return out;
}

std::string InputsText(const std::vector<CompiledInput>& inputs) {
  json::array out;
  for (const auto& in : inputs) out.push_back(ToJson(in));
  return json::serialize(out);
}

std::vector<CompiledInput> InputsFrom(const std::string& text) {
  std::vector<CompiledInput> out;
  const json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) out.push_back(InputFromJson(v.as_object()));
  return out;
}

std::string NotesText(const std::map<std::string, std::string>& notes) {
  json::object out;
  for (const auto& [key, text] : notes) out[key] = text;
  return json::serialize(out);
}

std::map<std::string, std::string> NotesFrom(const std::string& text) {
  std::map<std::string, std::string> out;
  const json::value parsed = json::parse(text);
  for (const auto& [key, v] : parsed.as_object()) out[std::string(key)] = std::string(v.as_string());
  return out;
}

std::string OutputsText(const std::vector<Output>& outputs) { return json::serialize(OutputsJson(outputs)); }

std::vector<Output> OutputsFrom(const std::string& text) {
  std::vector<Output> out;
  const json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) {
    const auto& raised = v.at("raised");
    out.push_back({std::string(v.at("kind").as_string()), std::string(v.at("decision").as_string()),
                   std::string(raised.at("type").as_string()), raised.at("id").as_int64()});
  }
  return out;
}

}  // namespace eduims::review
