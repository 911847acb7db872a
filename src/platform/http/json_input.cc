#include "platform/http/json_input.h"

#include <algorithm>

#include "platform/clock.h"
#include "platform/i18n/fold.h"
#include "platform/problem.h"

namespace eduims::http {
namespace {

// `expected` is the kind of value the field needs, as the message glossary names it ("whole_number").
[[noreturn]] void WrongType(const std::string& name, const char* expected) {
  Fail(Problem::Make(422, "validation.wrong_type", name).With("expected", expected));
}

// Why the body is not JSON, as the message glossary names it: the parser's own words are English.
const char* JsonErrorReason(const boost::system::error_code& ec) {
  if (ec == boost::json::error::incomplete) return "json_incomplete";
  if (ec == boost::json::error::extra_data) return "json_extra_data";
  if (ec == boost::json::error::too_deep) return "json_too_deep";
  return "json_syntax";
}

}  // namespace

JsonInput JsonInput::FromRequest(const Request& request) {
  auto type = request.Header("content-type").value_or("");
  if (type.substr(0, 16) != "application/json")
    Fail(Problem::Make(415, "request.unsupported_media_type").With("expected", "application/json"));
  if (request.body.empty()) Fail(400, "request.body_required");
  boost::json::parse_options options;
  options.max_depth = 16;
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(request.body, ec, {}, options);
  if (ec) Fail(Problem::Make(400, "request.malformed_json").With("reason", JsonErrorReason(ec)));
  if (!value.is_object()) Fail(400, "request.body_required");
  return JsonInput(std::move(value.as_object()));
}

const boost::json::value* JsonInput::Take(const std::string& name) {
  read_.insert(name);
  auto it = object_.find(name);
  return it == object_.end() ? nullptr : &it->value();
}

std::string JsonInput::CheckText(const std::string& name, const boost::json::value& v, size_t max_length) {
  if (!v.is_string()) WrongType(Field(name), "string");
  std::string text(v.as_string());
  if (!IsCleanUtf8(text)) Fail(422, "validation.invalid_text", Field(name));
  if (CodePointCount(text) > max_length)
    Fail(Problem::Make(422, "validation.too_long", Field(name)).With("max", std::to_string(max_length)));
  return text;
}

long long JsonInput::CheckInt(const std::string& name, const boost::json::value& v, long long min, long long max) {
  long long value;
  if (v.is_int64()) {
    value = v.as_int64();
  } else if (v.is_uint64() && v.as_uint64() <= uint64_t(INT64_MAX)) {
    value = (long long)v.as_uint64();
  } else {
    WrongType(Field(name), "whole_number");
  }
  if (value < min || value > max) Fail(422, "validation.invalid_value", Field(name));
  return value;
}

std::string JsonInput::RequiredString(const std::string& name, size_t max_length) {
  auto v = OptionalString(name, max_length);
  if (!v) Fail(422, "validation.missing_field", Field(name));
  return *v;
}

std::optional<std::string> JsonInput::OptionalString(const std::string& name, size_t max_length) {
  const boost::json::value* v = Take(name);
  if (!v || v->is_null()) return std::nullopt;
  std::string text = CheckText(name, *v, max_length);
  return text;
}

Patch<std::string> JsonInput::PatchString(const std::string& name, size_t max_length, bool nullable) {
  Patch<std::string> patch;
  const boost::json::value* v = Take(name);
  if (!v) return patch;
  patch.present = true;
  if (v->is_null()) {
    if (!nullable) WrongType(Field(name), "string");
    return patch;
  }
  patch.value = CheckText(name, *v, max_length);
  return patch;
}

long long JsonInput::RequiredInt(const std::string& name, long long min, long long max) {
  auto v = OptionalInt(name, min, max);
  if (!v) Fail(422, "validation.missing_field", Field(name));
  return *v;
}

std::optional<long long> JsonInput::OptionalInt(const std::string& name, long long min, long long max) {
  const boost::json::value* v = Take(name);
  if (!v || v->is_null()) return std::nullopt;
  return CheckInt(name, *v, min, max);
}

std::optional<double> JsonInput::OptionalNumber(const std::string& name, double min, double max) {
  const boost::json::value* v = Take(name);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_number()) WrongType(Field(name), "number");
  double value = v->to_number<double>();
  if (!(value >= min && value <= max)) Fail(422, "validation.invalid_value", Field(name));
  return value;
}

Patch<long long> JsonInput::PatchInt(const std::string& name, long long min, long long max, bool nullable) {
  Patch<long long> patch;
  const boost::json::value* v = Take(name);
  if (!v) return patch;
  patch.present = true;
  if (v->is_null()) {
    if (!nullable) WrongType(Field(name), "whole_number");
    return patch;
  }
  patch.value = CheckInt(name, *v, min, max);
  return patch;
}

std::optional<bool> JsonInput::OptionalBool(const std::string& name) {
  const boost::json::value* v = Take(name);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_bool()) WrongType(Field(name), "boolean");
  return v->as_bool();
}

Patch<std::string> JsonInput::PatchDate(const std::string& name, bool nullable) {
  Patch<std::string> patch = PatchString(name, 10, nullable);
  if (patch.value && !ParseDate(*patch.value)) Fail(422, "validation.invalid_date", Field(name));
  return patch;
}

std::optional<std::string> JsonInput::OptionalDate(const std::string& name) {
  return PatchDate(name).value;
}

std::string JsonInput::RequiredDate(const std::string& name) {
  auto v = OptionalDate(name);
  if (!v) Fail(422, "validation.missing_field", Field(name));
  return *v;
}

std::string JsonInput::RequiredEnum(const std::string& name, const std::vector<std::string>& allowed) {
  auto v = OptionalEnum(name, allowed);
  if (!v) Fail(422, "validation.missing_field", Field(name));
  return *v;
}

std::optional<std::string> JsonInput::OptionalEnum(const std::string& name, const std::vector<std::string>& allowed) {
  auto v = OptionalString(name, 64);
  if (!v) return v;
  for (const std::string& a : allowed)
    if (a == *v) return v;
  Fail(422, "validation.invalid_value", Field(name));
}

std::optional<std::vector<long long>> JsonInput::IdArray(const std::string& name, size_t max) {
  const boost::json::value* v = Take(name);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_array()) WrongType(Field(name), "id_array");
  const auto& array = v->as_array();
  if (array.size() > max) Fail(Problem::Make(422, "validation.too_long", Field(name)).With("max", std::to_string(max)));
  std::vector<long long> ids;
  for (const auto& item : array) {
    long long id = CheckInt(name, item, 1, INT64_MAX);
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) Fail(422, "validation.invalid_value", Field(name));
    ids.push_back(id);
  }
  return ids;
}

std::optional<std::vector<std::string>> JsonInput::StringArray(const std::string& name, size_t max_items,
                                                               size_t max_length) {
  const boost::json::value* v = Take(name);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_array()) WrongType(Field(name), "string_array");
  const auto& array = v->as_array();
  if (array.size() > max_items)
    Fail(Problem::Make(422, "validation.too_long", Field(name)).With("max", std::to_string(max_items)));
  std::vector<std::string> out;
  for (const auto& item : array) {
    std::string text = CheckText(name, item, max_length);
    if (text.find_first_not_of(" \t") == std::string::npos) Fail(422, "validation.empty", Field(name));
    out.push_back(std::move(text));
  }
  return out;
}

std::optional<std::vector<JsonInput>> JsonInput::ObjectArray(const std::string& name, size_t max_items) {
  const boost::json::value* v = Take(name);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_array()) WrongType(Field(name), "object_array");
  const auto& array = v->as_array();
  if (array.size() > max_items)
    Fail(Problem::Make(422, "validation.too_long", Field(name)).With("max", std::to_string(max_items)));
  std::vector<JsonInput> out;
  for (size_t i = 0; i < array.size(); ++i) {
    std::string item_name = Field(name) + "[" + std::to_string(i) + "]";
    if (!array[i].is_object()) WrongType(item_name, "object");
    JsonInput item(array[i].as_object());
    item.prefix_ = item_name + ".";
    out.push_back(std::move(item));
  }
  return out;
}

std::optional<boost::json::object> JsonInput::OptionalObject(const std::string& name) {
  const boost::json::value* v = Take(name);
  if (!v) return std::nullopt;
  if (!v->is_object()) WrongType(Field(name), "object");
  return v->get_object();
}

void JsonInput::Finish() const {
  for (const auto& kv : object_) {
    std::string key(kv.key());
    // The name goes back to the client in the problem's JSON: clean UTF-8 only, cut between code points.
    if (!read_.count(key))
      Fail(422, "validation.unknown_field", prefix_ + (IsCleanUtf8(key) ? std::string(Utf8Prefix(key, 64)) : "?"));
  }
}

}  // namespace eduims::http
