// The JSON input layer: a request body read as every route reads it, JsonInput::FromRequest and then the typed
// getters, each of which may refuse the body with a ProblemError (an answer, not a finding). A field named in a
// problem is shown to the client inside JSON, so it must be clean UTF-8 whatever the body held.
#include <cstdint>
#include <cstdlib>
#include <functional>

#include "platform/http/json_input.h"
#include "platform/i18n/fold.h"
#include "platform/problem.h"

namespace {

using eduims::ProblemError;
using eduims::http::JsonInput;

void Expect(const ProblemError& e) {
  if (!eduims::IsCleanUtf8(e.problem().field)) std::abort();
}

void Try(const std::function<void()>& read) {
  try {
    read();
  } catch (const ProblemError& e) {
    Expect(e);
  }
}

// One getter of each kind, on the names a fuzzer finds through the comparisons (and fuzz/json_input.dict).
void ReadAll(JsonInput& in, bool top) {
  Try([&] { in.RequiredString("title", 200); });
  Try([&] { in.PatchString("summary", 2000, true); });
  Try([&] { in.PatchString("code", 32); });
  Try([&] { in.RequiredInt("version", 1, 1000000); });
  Try([&] { in.PatchInt("parent_id", 1, INT64_MAX, true); });
  Try([&] { in.OptionalNumber("score", 0, 100); });
  Try([&] { in.OptionalBool("enabled"); });
  Try([&] { in.PatchDate("due_date"); });
  Try([&] { in.RequiredDate("from"); });
  Try([&] { in.RequiredEnum("kind", {"major", "minor", "observation"}); });
  Try([&] { in.IdArray("ids", 50); });
  Try([&] { in.StringArray("tags", 20, 50); });
  if (top) {
    Try([&] {
      if (auto items = in.ObjectArray("items", 10))
        for (JsonInput& item : *items) ReadAll(item, false);
    });
  }
  Try([&] { in.Finish(); });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  eduims::http::Request request;
  request.method = "POST";
  request.headers["content-type"] = "application/json; charset=utf-8";
  request.body.assign(reinterpret_cast<const char*>(data), size);
  try {
    JsonInput in = JsonInput::FromRequest(request);
    ReadAll(in, true);
  } catch (const ProblemError& e) {
    Expect(e);
  }
  return 0;
}
