// Reading a JSON request body strictly: every field is read through a typed getter that checks type, length and
// text, and Finish() rejects any field nobody read. Each failure is a 4xx Problem naming the field.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/http/message.h"

namespace eduims::http {

// A field that may be absent, present with null, or present with a value (what a PATCH needs).
template <class T>
struct Patch {
  bool present = false;
  std::optional<T> value;  // nullopt with present = null was sent
};

class JsonInput {
 public:
  // Parses the request body: it must be application/json, valid UTF-8 JSON, and an object.
  static JsonInput FromRequest(const Request& request);
  explicit JsonInput(boost::json::object object) : object_(std::move(object)) {}

  std::string RequiredString(const std::string& name, size_t max_length);
  std::optional<std::string> OptionalString(const std::string& name, size_t max_length);
  Patch<std::string> PatchString(const std::string& name, size_t max_length, bool nullable = false);
  long long RequiredInt(const std::string& name, long long min, long long max);
  std::optional<long long> OptionalInt(const std::string& name, long long min, long long max);
  Patch<long long> PatchInt(const std::string& name, long long min, long long max, bool nullable = false);
  // A number, whole or not, from `min` to `max`.
  std::optional<double> OptionalNumber(const std::string& name, double min, double max);
  std::optional<bool> OptionalBool(const std::string& name);
  // A date "YYYY-MM-DD" that exists in the calendar.
  Patch<std::string> PatchDate(const std::string& name, bool nullable = true);
  std::optional<std::string> OptionalDate(const std::string& name);
  std::string RequiredDate(const std::string& name);
  // One of `allowed`.
  std::string RequiredEnum(const std::string& name, const std::vector<std::string>& allowed);
  std::optional<std::string> OptionalEnum(const std::string& name, const std::vector<std::string>& allowed);
  // An array of distinct positive ids, at most `max`; absent is nullopt.
  std::optional<std::vector<long long>> IdArray(const std::string& name, size_t max);
  // An array of at most `max_items` non-blank strings of at most `max_length` code points each; absent is nullopt.
  std::optional<std::vector<std::string>> StringArray(const std::string& name, size_t max_items, size_t max_length);
  // An array of at most `max_items` objects, each read strictly in turn (call Finish() on each); absent is nullopt.
  // A field of the third object is named "name[2].field" in errors.
  std::optional<std::vector<JsonInput>> ObjectArray(const std::string& name, size_t max_items);
  // An object taken as it is, for the caller to check; absent is nullopt.
  std::optional<boost::json::object> OptionalObject(const std::string& name);
  bool Has(const std::string& name) const { return object_.contains(name); }

  // REQUIRES: called after every getter. Rejects fields no getter asked for.
  void Finish() const;

 private:
  const boost::json::value* Take(const std::string& name);
  std::string Field(const std::string& name) const { return prefix_ + name; }
  std::string CheckText(const std::string& name, const boost::json::value& v, size_t max_length);
  long long CheckInt(const std::string& name, const boost::json::value& v, long long min, long long max);

  boost::json::object object_;
  std::set<std::string> read_;
  std::string prefix_;  // "items[2]." for an object read through ObjectArray
};

}  // namespace eduims::http
