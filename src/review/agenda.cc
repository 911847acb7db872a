#include "review/agenda.h"

namespace eduims::review {

const std::vector<std::string>& AgendaKeys() {
  static const std::vector<std::string> keys = {
      "previous_actions", "context_changes",    "satisfaction",  "complaints",         "objectives",
      "process_performance", "nonconformities", "monitoring_results", "audit_results", "external_providers",
      "resources",        "risks",              "improvement_opportunities"};
  return keys;
}

void AddItem(CompiledInput& input, InputItem item) {
  ++input.count;
  if (input.items.size() < kMostItems) {
    input.items.push_back(std::move(item));
  } else {
    input.truncated = true;
  }
}

std::vector<CompiledInput> CompileAgenda(const InputRegistry& registry, const InputQuery& query) {
  std::vector<CompiledInput> out;
  for (const std::string& key : AgendaKeys()) {
    if (ReviewInputSource* source = registry.Find(key)) {
      CompiledInput input = source->Compile(query);
      input.key = key;
      input.module = source->Module();
      out.push_back(std::move(input));
    } else {
      CompiledInput none;
      none.key = key;
      out.push_back(std::move(none));
    }
  }
  return out;
}

boost::json::object ToJson(const CompiledInput& in) {
  boost::json::object facts;
  for (const auto& [name, value] : in.facts) facts[name] = value;
  boost::json::array items;
  for (const InputItem& item : in.items)
    items.push_back({{"type", item.type}, {"id", item.id}, {"title", item.title}, {"status", item.status},
                     {"date", item.date.empty() ? boost::json::value(nullptr) : boost::json::value(item.date)}});
  boost::json::object out{{"key", in.key},
                          {"available", !in.module.empty()},
                          {"module", in.module.empty() ? boost::json::value(nullptr) : boost::json::value(in.module)},
                          {"facts", std::move(facts)},
                          {"count", in.count},
                          {"items", std::move(items)},
                          {"truncated", in.truncated},
                          {"list", in.list.empty() ? boost::json::value(nullptr) : boost::json::value(in.list)}};
  return out;
}

CompiledInput InputFromJson(const boost::json::object& o) {
  CompiledInput in;
  in.key = std::string(o.at("key").as_string());
  if (o.at("module").is_string()) in.module = std::string(o.at("module").as_string());
  for (const auto& [name, value] : o.at("facts").as_object()) in.facts[std::string(name)] = value.as_int64();
  in.count = o.at("count").as_int64();
  for (const auto& v : o.at("items").as_array()) {
    const auto& i = v.as_object();
    in.items.push_back({std::string(i.at("type").as_string()), i.at("id").as_int64(),
                        std::string(i.at("title").as_string()), std::string(i.at("status").as_string()),
                        i.at("date").is_string() ? std::string(i.at("date").as_string()) : std::string()});
  }
  in.truncated = o.at("truncated").as_bool();
  if (o.at("list").is_string()) in.list = std::string(o.at("list").as_string());
  return in;
}

}  // namespace eduims::review
