// The API contract held against every answer the tests receive: tests/contract/check_answers.py, run once per test
// process with Debian's /usr/bin/python3 and python3-jsonschema, checks each answer's status, Content-Type, headers and
// JSON body against its operation in api/openapi.json with a JSON Schema 2020-12 validator. With the environment
// variable EDUIMS_CONTRACT_SEEN naming a file, the checker appends there each documented answer it saw (see the
// script for listing the ones no test saw).
#pragma once
#include <map>
#include <string>

namespace eduims::testing {

// Fails the calling test once, naming each way, when the answer (`status`, lower-case `headers`, `body`) to `method`
// `target`, sent with a body of `request_content_type` (empty without a body), breaks the document.
void CheckAnswer(const std::string& method, const std::string& target, const std::string& request_content_type,
                 int status, const std::map<std::string, std::string>& headers, const std::string& body);

// Runs tests/contract/lint_openapi.py over api/openapi.json and src/; returns its exit status and its report in
// `output`.
int LintOpenApi(std::string* output);

}  // namespace eduims::testing
