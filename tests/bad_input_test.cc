// Bad input to the write routes, on both engines: wrong types, unknown and missing fields, values out of range,
// text too long, ids that name nothing. Each is refused with its exact status, problem code and field, and nothing
// changes: the record reads back as before and the audit trail gains no entry.
#include <gtest/gtest.h>

#include <functional>

#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

// One bad request: sent to `target` (the case's own, else the route's), refused with `status`, `code`, `field`.
struct Bad {
  std::string what;
  std::string body;
  int status;
  std::string code;
  std::string field;
  std::string target;
};

const std::string kLong301(301, 'x');

class BadInput : public DemoApiTest {
 protected:
  void SetUp() override { admin_ = std::make_unique<Client>(As(kAdminEmail)); }

  Client& admin() { return *admin_; }

  long long LastAuditEntry() {
    long long id = 0;
    server().app().db().Read([&](soci::session& s) { s << "SELECT COALESCE(MAX(id), 0) FROM audit_log", soci::into(id); });
    return id;
  }

  // Sends every case to `target` by `method` as `c`, then checks that `read_back` answers as before and that the
  // audit trail is unchanged.
  void ExpectRefused(Client& c, const std::string& method, const std::string& target, const std::vector<Bad>& cases,
                     const std::function<json::value()>& read_back,
                     const std::string& content_type = "application/json") {
    json::value before = read_back();
    long long last = LastAuditEntry();
    for (const Bad& bad : cases) {
      std::string to = bad.target.empty() ? target : bad.target;
      SCOPED_TRACE(method + " " + to + ": " + bad.what);
      auto r = c.Request(method, to, bad.body, content_type);
      EXPECT_EQ(r.status, bad.status) << r.body;
      EXPECT_EQ(r.code(), bad.code) << r.body;
      EXPECT_EQ(r.field(), bad.field) << r.body;
    }
    // Read before `read_back`, which may itself write to the trail (a login does).
    long long written = LastAuditEntry();
    EXPECT_EQ(read_back(), before) << method << " " << target << " changed what it refused to change";
    EXPECT_EQ(written, last) << method << " " << target << " wrote to the audit trail";
  }

  // What GET `url` answers, as admin.
  std::function<json::value()> Reading(const std::string& url) {
    return [this, url] {
      auto r = admin().Get(url);
      EXPECT_EQ(r.status, 200) << url << " " << r.body;
      return r.json;
    };
  }

  json::value Made(const std::string& url, const json::value& body) {
    auto r = admin().Post(url, body);
    EXPECT_EQ(r.status, 201) << url << " " << r.body;
    return r.json;
  }

  std::string Id(const json::value& v) { return std::to_string(v.at("id").as_int64()); }

  db::Id School() { return server().UnitId("THPT-TOHIEU"); }

  // A certification project of the school with a planned stage 1 audit: {project id, audit id}.
  std::pair<std::string, std::string> CertificationAudit() {
    auto project = Made("/api/v1/certifications", {{"unit_id", School()},
                                                  {"title", "Chứng nhận kiểm thử đầu vào"},
                                                  {"body_name", "Tổ chức chứng nhận"},
                                                  {"standard_ids", {1}}});
    auto audit = Made("/api/v1/certifications/" + Id(project) + "/audits",
                      {{"type", "stage1"},
                       // Under way, so findings may be recorded and their input is what is checked.
                       {"start_date", DaysFromToday(0)},
                       {"end_date", DaysFromToday(1)},
                       {"team", json::array{{{"name", "Chuyên gia"}, {"role", "lead"}}}}});
    return {Id(project), Id(audit)};
  }

  // A record of the school, version 1.
  json::value Record() {
    return Made("/api/v1/records", {{"unit_id", School()},
                                    {"title", "Sổ điểm danh kiểm thử đầu vào"},
                                    {"category", "attendance"},
                                    {"recorded_on", DaysFromToday(-1)}});
  }

  // A user of the school with a password, version 1.
  json::value User(const std::string& email) {
    return Made("/api/v1/users", {{"unit_id", School()},
                                  {"email", email},
                                  {"full_name", "Người kiểm thử đầu vào"},
                                  {"password", "Mật khẩu đủ dài 2026"}});
  }

  std::unique_ptr<Client> admin_;
};

// The cases every JSON route shares: a body that is not JSON, not an object, not declared as JSON.
std::vector<Bad> NotAnObject() {
  return {{"malformed JSON", "{\"version\": ", 400, "request.malformed_json", ""},
          {"an array", "[]", 400, "request.body_required", ""},
          {"no body", "", 400, "request.body_required", ""}};
}

std::vector<Bad> With(std::vector<Bad> cases, const std::vector<Bad>& more) {
  cases.insert(cases.end(), more.begin(), more.end());
  return cases;
}

TEST_P(BadInput, PostAuditProgrammes) {
  std::string unit = std::to_string(School());
  auto count = [this] {
    return json::value(admin().Get("/api/v1/audit-programmes?unit_id=" + std::to_string(School()) + "&limit=200")
                           .json.at("items")
                           .as_array()
                           .size());
  };
  ExpectRefused(admin(), "POST", "/api/v1/audit-programmes",
                With(NotAnObject(),
                     {
                         {"missing unit", R"({"year": 2026, "title": "T"})", 422, "validation.missing_field", "unit_id"},
                         {"missing year", R"({"unit_id": )" + unit + R"(, "title": "T"})", 422,
                          "validation.missing_field", "year"},
                         {"missing title", R"({"unit_id": )" + unit + R"(, "year": 2026})", 422,
                          "validation.missing_field", "title"},
                         {"year as text", R"({"unit_id": )" + unit + R"(, "year": "2026", "title": "T"})", 422,
                          "validation.wrong_type", "year"},
                         {"unit as text", R"({"unit_id": "THPT-TOHIEU", "year": 2026, "title": "T"})", 422,
                          "validation.wrong_type", "unit_id"},
                         {"year too early", R"({"unit_id": )" + unit + R"(, "year": 1999, "title": "T"})", 422,
                          "validation.invalid_value", "year"},
                         {"year too late", R"({"unit_id": )" + unit + R"(, "year": 2101, "title": "T"})", 422,
                          "validation.invalid_value", "year"},
                         {"title too long", R"({"unit_id": )" + unit + R"(, "year": 2026, "title": ")" + kLong301 +
                                                "\"}",
                          422, "validation.too_long", "title"},
                         {"unknown field", R"({"unit_id": )" + unit + R"(, "year": 2026, "title": "T", "budget": 5})",
                          422, "validation.unknown_field", "budget"},
                         {"no such unit", R"({"unit_id": 999999999, "year": 2026, "title": "T"})", 422,
                          "validation.reference_not_found", "unit_id"},
                         {"unit zero", R"({"unit_id": 0, "year": 2026, "title": "T"})", 422,
                          "validation.invalid_value", "unit_id"},
                     }),
                count);
}

TEST_P(BadInput, PostAuditReportRecord) {
  auto records = [this] {
    return json::value(admin().Get("/api/v1/records?limit=200").json.at("items").as_array().size());
  };
  std::string base = "/api/v1/audits/999999999/report-record";
  ExpectRefused(admin(), "POST", base,
                {
                    {"no such audit", "", 404, "resource.not_found", ""},
                    {"an id that is not a number", "", 404, "resource.not_found", "",
                     "/api/v1/audits/abc/report-record"},
                    {"unknown query", "", 400, "request.bad_query", "format",
                     "/api/v1/audits/999999999/report-record?format=pdf"},
                    {"unknown language", "", 400, "request.bad_query", "lang",
                     "/api/v1/audits/999999999/report-record?lang=fr"},
                },
                records);
}

TEST_P(BadInput, PostCertificationFindings) {
  auto [project, audit] = CertificationAudit();
  std::string url = "/api/v1/certifications/" + project + "/audits/" + audit + "/findings";
  ExpectRefused(
      admin(), "POST", url,
      With(NotAnObject(),
           {
               {"missing grade", R"({"title": "T"})", 422, "validation.missing_field", "grade"},
               {"missing title", R"({"grade": "minor"})", 422, "validation.missing_field", "title"},
               {"unknown grade", R"({"grade": "huge", "title": "T"})", 422, "validation.invalid_value", "grade"},
               {"grade as number", R"({"grade": 2, "title": "T"})", 422, "validation.wrong_type", "grade"},
               {"title too long", R"({"grade": "minor", "title": ")" + kLong301 + "\"}", 422, "validation.too_long",
                "title"},
               {"clauses not an array", R"({"grade": "minor", "title": "T", "clause_ids": 5})", 422,
                "validation.wrong_type", "clause_ids"},
               {"clause id zero", R"({"grade": "minor", "title": "T", "clause_ids": [0]})", 422,
                "validation.invalid_value", "clause_ids"},
               {"no such clause", R"({"grade": "minor", "title": "T", "clause_ids": [999999999]})", 422,
                "validation.reference_not_found", "clause_ids"},
               {"impossible due date", R"({"grade": "minor", "title": "T", "due_date": "2026-02-30"})", 422,
                "validation.invalid_date", "due_date"},
               // Findings are of the project's unit or its sites: any other unit, existing or not, is refused.
               {"no such unit", R"({"grade": "minor", "title": "T", "unit_id": 999999999})", 422,
                "validation.invalid_value", "unit_id"},
               {"unknown field", R"({"grade": "minor", "title": "T", "severity": "minor"})", 422,
                "validation.unknown_field", "severity"},
               {"no such audit", R"({"grade": "minor", "title": "T"})", 404, "resource.not_found", "",
                "/api/v1/certifications/" + project + "/audits/999999999/findings"},
               {"no such project", R"({"grade": "minor", "title": "T"})", 404, "resource.not_found", "",
                "/api/v1/certifications/999999999/audits/" + audit + "/findings"},
           }),
      Reading("/api/v1/certifications/" + project + "/audits/" + audit));
}

TEST_P(BadInput, PostCertificationEvaluation) {
  auto [project, audit] = CertificationAudit();
  std::string url = "/api/v1/certifications/" + project + "/evaluation";
  ExpectRefused(admin(), "POST", url,
                With(NotAnObject(),
                     {
                         {"unknown field", R"({"force": true})", 422, "validation.unknown_field", "force"},
                         {"no such project", "{}", 404, "resource.not_found", "",
                          "/api/v1/certifications/999999999/evaluation"},
                         {"an id that is not a number", "{}", 404, "resource.not_found", "",
                          "/api/v1/certifications/x1/evaluation"},
                     }),
                Reading("/api/v1/certifications/" + project));
}

TEST_P(BadInput, PostMePassword) {
  std::string email = "doimatkhau-" + EngineName(GetParam()) + "@dauvao.vn";
  User(email);
  Client c(server().port());
  ASSERT_EQ(c.Login(email, "Mật khẩu đủ dài 2026").status, 201);
  std::string good = R"("current_password": "Mật khẩu đủ dài 2026")";
  ExpectRefused(
      c, "POST", "/api/v1/me/password",
      With(NotAnObject(),
           {
               {"missing current", R"({"new_password": "Mật khẩu mới đủ dài 2027"})", 422,
                "validation.missing_field", "current_password"},
               {"missing new", "{" + good + "}", 422, "validation.missing_field", "new_password"},
               {"new as number", "{" + good + R"(, "new_password": 12345678901234})", 422, "validation.wrong_type",
                "new_password"},
               {"new too long", "{" + good + R"(, "new_password": ")" + std::string(257, 'a') + "\"}", 422,
                "validation.too_long", "new_password"},
               {"new too weak", "{" + good + R"(, "new_password": "123"})", 422, "validation.weak_password",
                "new_password"},
               {"unknown field", "{" + good + R"(, "new_password": "Mật khẩu mới đủ dài 2027", "confirm": "x"})",
                422, "validation.unknown_field", "confirm"},
           }),
      [&] {
        // The old password still logs in.
        Client again(server().port());
        return json::value(again.Login(email, "Mật khẩu đủ dài 2026").status);
      });
}

TEST_P(BadInput, PostSession) {
  Client anonymous(server().port());
  auto sessions = [this] {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << "SELECT COUNT(*) FROM sessions", soci::into(n); });
    return json::value(n);
  };
  ExpectRefused(anonymous, "POST", "/api/v1/session",
                With(NotAnObject(),
                     {
                         {"missing email", R"({"password": "x"})", 422, "validation.missing_field", "email"},
                         {"missing password", R"({"email": "admin@demo.eduims.vn"})", 422,
                          "validation.missing_field", "password"},
                         {"email as number", R"({"email": 5, "password": "x"})", 422, "validation.wrong_type",
                          "email"},
                         {"email too long", R"({"email": ")" + std::string(255, 'a') + R"(", "password": "x"})", 422,
                          "validation.too_long", "email"},
                         {"password too long", R"({"email": "a@b.vn", "password": ")" + std::string(257, 'a') + "\"}",
                          422, "validation.too_long", "password"},
                         {"unknown field", R"({"email": "a@b.vn", "password": "x", "remember": true})", 422,
                          "validation.unknown_field", "remember"},
                     }),
                sessions);
}

TEST_P(BadInput, PostRecordAttachments) {
  auto record = Record();
  std::string url = "/api/v1/records/" + Id(record) + "/attachments";
  ExpectRefused(admin(), "POST", url + "?file_name=a.txt",
                {
                    {"no file name", "nội dung", 422, "validation.missing_field", "file_name", url},
                    {"unknown query", "nội dung", 400, "request.bad_query", "name", url + "?name=a.txt"},
                    {"file name twice", "nội dung", 400, "request.bad_query", "file_name",
                     url + "?file_name=a.txt&file_name=b.txt"},
                    {"file name too long", "nội dung", 400, "request.bad_query", "file_name",
                     url + "?file_name=" + std::string(1001, 'a') + ".txt"},
                    {"no such record", "nội dung", 404, "resource.not_found", "",
                     "/api/v1/records/999999999/attachments?file_name=a.txt"},
                },
                Reading(url), "text/plain");
}

TEST_P(BadInput, PostRecordDisposal) {
  auto record = Record();
  std::string url = "/api/v1/records/" + Id(record) + "/disposal";
  ExpectRefused(admin(), "POST", url,
                With(NotAnObject(),
                     {
                         {"missing version", R"({"reason": "Hết hạn"})", 422, "validation.missing_field", "version"},
                         {"missing reason", R"({"version": 1})", 422, "validation.missing_field", "reason"},
                         {"version as text", R"({"version": "1", "reason": "Hết hạn"})", 422,
                          "validation.wrong_type", "version"},
                         {"version zero", R"({"version": 0, "reason": "Hết hạn"})", 422, "validation.invalid_value",
                          "version"},
                         {"reason too long", R"({"version": 1, "reason": ")" + std::string(1001, 'a') + "\"}", 422,
                          "validation.too_long", "reason"},
                         {"unknown field", R"({"version": 1, "reason": "Hết hạn", "method": "shred"})", 422,
                          "validation.unknown_field", "method"},
                         {"no such record", R"({"version": 1, "reason": "Hết hạn"})", 404, "resource.not_found", "",
                          "/api/v1/records/999999999/disposal"},
                     }),
                Reading("/api/v1/records/" + Id(record)));
}

TEST_P(BadInput, PatchAction) {
  auto action = Made("/api/v1/actions", {{"title", "Hành động kiểm thử đầu vào"}, {"unit_id", School()}});
  std::string url = "/api/v1/actions/" + Id(action);
  ExpectRefused(admin(), "PATCH", url,
                With(NotAnObject(),
                     {
                         {"missing version", R"({"title": "Đổi"})", 422, "validation.missing_field", "version"},
                         {"version as text", R"({"version": "1"})", 422, "validation.wrong_type", "version"},
                         {"version zero", R"({"version": 0})", 422, "validation.invalid_value", "version"},
                         {"title too long", R"({"version": 1, "title": ")" + kLong301 + "\"}", 422,
                          "validation.too_long", "title"},
                         {"description not text", R"({"version": 1, "description": ["a"]})", 422,
                          "validation.wrong_type", "description"},
                         {"owner as text", R"({"version": 1, "owner_id": "admin"})", 422, "validation.wrong_type",
                          "owner_id"},
                         {"no such owner", R"({"version": 1, "owner_id": 999999999})", 422,
                          "validation.reference_not_found", "owner_id"},
                         {"unit zero", R"({"version": 1, "unit_id": 0})", 422, "validation.invalid_value", "unit_id"},
                         {"impossible due date", R"({"version": 1, "due_date": "2026-02-30"})", 422,
                          "validation.invalid_date", "due_date"},
                         {"unknown field", R"({"version": 1, "status": "done"})", 422, "validation.unknown_field",
                          "status"},
                         {"no such action", R"({"version": 1, "title": "Đổi"})", 404, "resource.not_found", "",
                          "/api/v1/actions/999999999"},
                     }),
                Reading(url));
}

TEST_P(BadInput, PatchCertification) {
  auto [project, audit] = CertificationAudit();
  std::string url = "/api/v1/certifications/" + project;
  ExpectRefused(admin(), "PATCH", url,
                With(NotAnObject(),
                     {
                         {"missing version", R"({"title": "Đổi"})", 422, "validation.missing_field", "version"},
                         {"title too long", R"({"version": 1, "title": ")" + kLong301 + "\"}", 422,
                          "validation.too_long", "title"},
                         {"standards not an array", R"({"version": 1, "standard_ids": 1})", 422,
                          "validation.wrong_type", "standard_ids"},
                         {"a standard twice", R"({"version": 1, "standard_ids": [1, 1]})", 422,
                          "validation.invalid_value", "standard_ids"},
                         {"no such standard", R"({"version": 1, "standard_ids": [999999]})", 422,
                          "validation.reference_not_found", "standard_ids"},
                         {"no such site", R"({"version": 1, "site_ids": [999999999]})", 422,
                          "validation.reference_not_found", "site_ids"},
                         {"unknown field", R"({"version": 1, "step": "contract"})", 422, "validation.unknown_field",
                          "step"},
                         {"no such project", R"({"version": 1, "title": "Đổi"})", 404, "resource.not_found", "",
                          "/api/v1/certifications/999999999"},
                     }),
                Reading(url));
}

TEST_P(BadInput, PatchCertificationAudit) {
  auto [project, audit] = CertificationAudit();
  std::string url = "/api/v1/certifications/" + project + "/audits/" + audit;
  ExpectRefused(
      admin(), "PATCH", url,
      With(NotAnObject(),
           {
               {"missing version", R"({"notes": "Đổi"})", 422, "validation.missing_field", "version"},
               {"impossible start", R"({"version": 1, "start_date": "2026-02-30"})", 422, "validation.invalid_date",
                "start_date"},
               {"days below half a day", R"({"version": 1, "audit_days": 0.1})", 422, "validation.invalid_value",
                "audit_days"},
               {"days as text", R"({"version": 1, "audit_days": "2"})", 422, "validation.wrong_type", "audit_days"},
               {"team member without role", R"({"version": 1, "team": [{"name": "A"}]})", 422,
                "validation.missing_field", "team[0].role"},
               {"team member with an unknown field", R"({"version": 1, "team": [{"name": "A", "role": "lead", "age": 3}]})",
                422, "validation.unknown_field", "team[0].age"},
               {"notes too long", R"({"version": 1, "notes": ")" + std::string(10001, 'a') + "\"}", 422,
                "validation.too_long", "notes"},
               {"ends before it starts",
                R"({"version": 1, "start_date": ")" + DaysFromToday(12) + R"(", "end_date": ")" + DaysFromToday(11) +
                    "\"}",
                422, "validation.date_too_early", "end_date"},
               {"unknown field", R"({"version": 1, "type": "stage2"})", 422, "validation.unknown_field", "type"},
               {"no such audit", R"({"version": 1, "notes": "Đổi"})", 404, "resource.not_found", "",
                "/api/v1/certifications/" + project + "/audits/999999999"},
           }),
      Reading(url));
}

TEST_P(BadInput, PatchDocumentRevision) {
  auto document = Made("/api/v1/documents", {{"unit_id", School()}, {"title", "Quy trình kiểm thử đầu vào"},
                                             {"type", "procedure"}});
  auto revision = Made("/api/v1/documents/" + Id(document) + "/revisions", {{"change_description", "Ban hành"}});
  std::string url = "/api/v1/documents/" + Id(document) + "/revisions/" + Id(revision);
  ExpectRefused(
      admin(), "PATCH", url,
      With(NotAnObject(),
           {
               {"missing version", R"({"change_description": "Đổi"})", 422, "validation.missing_field", "version"},
               {"description too long", R"({"version": 1, "change_description": ")" + std::string(2001, 'a') + "\"}",
                422, "validation.too_long", "change_description"},
               {"content not text", R"({"version": 1, "content_markdown": 5})", 422, "validation.wrong_type",
                "content_markdown"},
               {"reviewers not an array", R"({"version": 1, "reviewer_ids": 5})", 422, "validation.wrong_type",
                "reviewer_ids"},
               {"no such reviewer", R"({"version": 1, "reviewer_ids": [999999999]})", 422,
                "validation.reference_not_found", "reviewer_ids"},
               {"approver as text", R"({"version": 1, "approver_id": "giamdoc"})", 422, "validation.wrong_type",
                "approver_id"},
               {"no such approver", R"({"version": 1, "approver_id": 999999999})", 422,
                "validation.reference_not_found", "approver_id"},
               {"unknown field", R"({"version": 1, "status": "approved"})", 422, "validation.unknown_field", "status"},
               {"no such revision", R"({"version": 1, "change_description": "Đổi"})", 404, "resource.not_found", "",
                "/api/v1/documents/" + Id(document) + "/revisions/999999999"},
           }),
      Reading(url));
}

TEST_P(BadInput, PatchImprovement) {
  auto improvement = Made("/api/v1/improvements",
                          {{"unit_id", School()}, {"title", "Cải tiến kiểm thử đầu vào"}, {"source", "suggestion"}});
  std::string url = "/api/v1/improvements/" + Id(improvement);
  ExpectRefused(admin(), "PATCH", url,
                With(NotAnObject(),
                     {
                         {"missing version", R"({"title": "Đổi"})", 422, "validation.missing_field", "version"},
                         {"title too long", R"({"version": 1, "title": ")" + kLong301 + "\"}", 422,
                          "validation.too_long", "title"},
                         {"benefit not text", R"({"version": 1, "expected_benefit": true})", 422,
                          "validation.wrong_type", "expected_benefit"},
                         {"owner zero", R"({"version": 1, "owner_id": 0})", 422, "validation.invalid_value",
                          "owner_id"},
                         {"no such owner", R"({"version": 1, "owner_id": 999999999})", 422,
                          "validation.reference_not_found", "owner_id"},
                         {"unknown field", R"({"version": 1, "status": "accepted"})", 422,
                          "validation.unknown_field", "status"},
                         {"no such improvement", R"({"version": 1, "title": "Đổi"})", 404, "resource.not_found", "",
                          "/api/v1/improvements/999999999"},
                     }),
                Reading(url));
}

TEST_P(BadInput, PatchMe) {
  std::string email = "hoso-" + EngineName(GetParam()) + "@dauvao.vn";
  User(email);
  Client c(server().port());
  ASSERT_EQ(c.Login(email, "Mật khẩu đủ dài 2026").status, 201);
  ExpectRefused(c, "PATCH", "/api/v1/me",
                With(NotAnObject(),
                     {
                         {"missing version", R"({"full_name": "Đổi"})", 422, "validation.missing_field", "version"},
                         {"name too long", R"({"version": 1, "full_name": ")" + std::string(201, 'a') + "\"}", 422,
                          "validation.too_long", "full_name"},
                         {"unknown language", R"({"version": 1, "language": "fr"})", 422,
                          "validation.invalid_value", "language"},
                         {"unknown time zone", R"({"version": 1, "time_zone": "Mars/Olympus"})", 422,
                          "validation.invalid_value", "time_zone"},
                         {"own unit", R"({"version": 1, "unit_id": 1})", 422, "validation.unknown_field", "unit_id"},
                         {"own password", R"({"version": 1, "password": "Mật khẩu mới đủ dài"})", 422,
                          "validation.unknown_field", "password"},
                     }),
                [&] { return c.Get("/api/v1/me").json; });
}

TEST_P(BadInput, PatchUser) {
  auto user = User("nguoidung-" + EngineName(GetParam()) + "@dauvao.vn");
  std::string url = "/api/v1/users/" + Id(user);
  ExpectRefused(admin(), "PATCH", url,
                With(NotAnObject(),
                     {
                         {"missing version", R"({"full_name": "Đổi"})", 422, "validation.missing_field", "version"},
                         {"name too long", R"({"version": 1, "full_name": ")" + std::string(201, 'a') + "\"}", 422,
                          "validation.too_long", "full_name"},
                         {"disabled as text", R"({"version": 1, "disabled": "yes"})", 422, "validation.wrong_type",
                          "disabled"},
                         {"no such unit", R"({"version": 1, "unit_id": 999999999})", 422,
                          "validation.reference_not_found", "unit_id"},
                         {"weak password", R"({"version": 1, "password": "123"})", 422, "validation.weak_password",
                          "password"},
                         {"unknown language", R"({"version": 1, "language": "fr"})", 422,
                          "validation.invalid_value", "language"},
                         {"unknown field", R"({"version": 1, "email": "moi@dauvao.vn"})", 422,
                          "validation.unknown_field", "email"},
                         {"no such user", R"({"version": 1, "full_name": "Đổi"})", 404, "resource.not_found", "",
                          "/api/v1/users/999999999"},
                     }),
                Reading(url));
}

INSTANTIATE_TEST_SUITE_P(Engines, BadInput, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
