// A failure that reaches a caller: the HTTP layer renders it as RFC 9457 problem+json, the CLI as a message.
// `code` is stable and documented; the human message is looked up from it in the caller's language.
#pragma once
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace eduims {

struct Problem {
  int status = 400;
  std::string code;                           // e.g. "validation.missing_field"
  std::string field;                          // the offending input field, if any
  std::map<std::string, std::string> params;  // values for the message template, e.g. {"max", "200"}
  std::vector<Problem> errors;                // per-item details (e.g. one per bad import row)
  std::string detail_extra;                   // untranslated extra detail, already safe to show

  static Problem Make(int status, std::string code, std::string field = {}) {
    Problem p;
    p.status = status;
    p.code = std::move(code);
    p.field = std::move(field);
    return p;
  }
  Problem& With(std::string key, std::string value) {
    params[std::move(key)] = std::move(value);
    return *this;
  }
};

// Thrown inside a request to abandon it with `problem`; caught by the router, never crosses a module's public API
// without being documented there.
class ProblemError : public std::runtime_error {
 public:
  explicit ProblemError(Problem problem) : std::runtime_error(problem.code), problem_(std::move(problem)) {}
  const Problem& problem() const { return problem_; }

 private:
  Problem problem_;
};

[[noreturn]] inline void Fail(Problem problem) { throw ProblemError(std::move(problem)); }
[[noreturn]] inline void Fail(int status, std::string code, std::string field = {}) {
  throw ProblemError(Problem::Make(status, std::move(code), std::move(field)));
}

// 404 for an `entity` that does not exist or that the caller may not see (the same answer for both).
[[noreturn]] inline void FailNotFound(const std::string& entity) {
  throw ProblemError(Problem::Make(404, "resource.not_found").With("entity", entity));
}
// 409 for an update made on a stale `version`, naming the record's current one.
[[noreturn]] inline void FailStale(long long current_version) {
  throw ProblemError(
      Problem::Make(409, "conflict.stale_version", "version").With("current", std::to_string(current_version)));
}

}  // namespace eduims
