// Writes JSON text straight into a string, for responses on hot paths (list pages) where building a
// boost::json tree and serialising it costs more than the query that produced the rows. The output parses to
// the same value boost::json::serialize would give for the same tree: strings must be valid UTF-8 (everything
// stored is checked on input) and are escaped as RFC 8259 requires.
//
// The caller writes a well-formed sequence: inside an object, Key() before each value. Commas are placed here.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduims {

class JsonWriter {
 public:
  // `expected_size` bytes are reserved up front, so a page of rows is written without reallocating.
  explicit JsonWriter(size_t expected_size = 256) { out_.reserve(expected_size); }

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  // `key` is written as it is: keys are names in the code, never data, and need no escaping.
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(long long value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // The value, or null when absent.
  JsonWriter& StringOrNull(const std::optional<std::string>& value);
  JsonWriter& IntOrNull(const std::optional<long long>& value);

  // The text written so far; the writer is empty afterwards.
  std::string Take();

 private:
  void BeforeValue();
  void Escaped(std::string_view text);

  std::string out_;
  // One entry per open object or array: whether a value has been written in it (so the next needs a comma).
  std::vector<bool> has_values_;
  bool after_key_ = false;
};

}  // namespace eduims
