// Controlled documents over HTTP on both engines: numbering, the approval workflow with its refusals,
// publication and supersession, immutability, confidentiality, and accent-insensitive search.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <map>
#include <memory>

#include "platform/db/in_write.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

class Documents : public DemoApiTest {
 protected:
  static std::string Rev(const json::value& doc, const json::value& rev) {
    return "/api/v1/documents/" + std::to_string(doc.at("id").as_int64()) + "/revisions/" +
           std::to_string(rev.at("id").as_int64());
  }
  json::value Decide(Client& c, const std::string& rev_url, const std::string& action, int& version,
                     json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = version;
    auto r = c.Post(rev_url + "/decisions", extra);
    if (r.status == 200) version = int(r.json.at("version").as_int64());
    return r.status == 200 ? r.json : json::value(json::object{{"code", r.code()}, {"status", r.status}});
  }
};

const char* kAuthor = "hieutruong.tohieu@demo.eduims.vn";      // quality manager of THPT Tô Hiệu
const char* kReviewer = "nhanvien.tohieu@demo.eduims.vn";      // staff of the school
const char* kApprover = "giamdoc@demo.eduims.vn";              // top management of the department

TEST_P(Documents, SearchListsCodeAndTitleMatchesFirstThenContentMatchesNewestFirstInEach) {
  Client author = As(kAuthor);
  std::string word = GetParam() == db::Engine::kSqlite ? "Khảo thí Sqlitexy" : "Khảo thí Postgresxy";
  auto create = [&](const std::string& title, const std::string& content) {
    auto doc = author.Post("/api/v1/documents",
                           {{"unit_id", server().UnitId("THPT-TOHIEU")}, {"title", title}, {"type", "procedure"}});
    EXPECT_EQ(doc.status, 201) << doc.body;
    if (!content.empty()) {
      auto rev = author.Post("/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64()) + "/revisions",
                             {{"change_description", "Dự thảo"}, {"content_markdown", content}});
      EXPECT_EQ(rev.status, 201) << rev.body;
    }
    return doc.json.at("id").as_int64();
  };
  auto older_title = create("Quy trình " + word, "");
  auto content_only = create("Kế hoạch năm học", "Tổ chức " + word + " cuối kỳ.");
  auto newer_title = create("Hướng dẫn " + word, "Nội dung khác.");
  auto newest_content = create("Biên bản họp", "Thống nhất lịch " + word + ".");
  std::string q = GetParam() == db::Engine::kSqlite ? "khao%20thi%20sqlitexy" : "khao%20thi%20postgresxy";
  auto found = author.Get("/api/v1/search?q=" + q);
  ASSERT_EQ(found.status, 200) << found.body;
  std::vector<long long> ids;
  for (const auto& item : found.json.at("items").as_array()) ids.push_back(item.at("id").as_int64());
  EXPECT_EQ(ids, (std::vector<long long>{newer_title, older_title, newest_content, content_only}));
  // The limit holds across both: two title matches fill a page of two.
  auto two = author.Get("/api/v1/search?limit=2&q=" + q);
  ASSERT_EQ(two.status, 200) << two.body;
  ASSERT_EQ(two.json.at("items").as_array().size(), 2u);
  EXPECT_EQ(two.json.at("items").as_array()[1].at("id").as_int64(), older_title);
  // A page of three: the two title matches, then the newest content match, not a title match again.
  auto three = author.Get("/api/v1/search?limit=3&q=" + q);
  ASSERT_EQ(three.status, 200) << three.body;
  std::vector<long long> three_ids;
  for (const auto& item : three.json.at("items").as_array()) three_ids.push_back(item.at("id").as_int64());
  EXPECT_EQ(three_ids, (std::vector<long long>{newer_title, older_title, newest_content}));
  // The prefix of the last word matches too, in the title and in the content.
  auto prefix = author.Get("/api/v1/search?q=" + q.substr(0, q.size() - 2));
  ASSERT_EQ(prefix.status, 200) << prefix.body;
  EXPECT_EQ(prefix.json.at("items").as_array().size(), 4u);
}

TEST_P(Documents, AProcedureGoesFromDraftToPublishedAndIsFoundWithoutDiacritics) {
  Client author = As(kAuthor), reviewer = As(kReviewer), approver = As(kApprover);
  std::string suffix = GetParam() == db::Engine::kSqlite ? "S" : "P";
  auto doc = author.Post("/api/v1/documents", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                {"title", "Quy trình tuyển sinh lớp 10 Đào tạo " + suffix},
                                                {"type", "procedure"}});
  ASSERT_EQ(doc.status, 201) << doc.body;
  EXPECT_EQ(std::string(doc.json.at("code").as_string()).rfind("QT-", 0), 0u);
  EXPECT_EQ(doc.json.at("status").as_string(), "draft");
  std::string doc_url = "/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64());

  auto rev = author.Post(doc_url + "/revisions",
                         {{"change_description", "Ban hành lần đầu"},
                          {"content_markdown", "# Mục đích\n\nĐảm bảo **công bằng** trong tuyển sinh.\n\n"
                                               "<script>alert('x')</script>[x](javascript:alert(1))"},
                          {"reviewer_ids", {User(kReviewer)}},
                          {"approver_id", User(kAuthor)}});
  EXPECT_EQ(rev.status, 422);  // the author cannot be the approver
  EXPECT_EQ(rev.code(), "documents.self_approval");
  rev = author.Post(doc_url + "/revisions",
                    {{"change_description", "Ban hành lần đầu"},
                     {"content_markdown", "# Mục đích\n\nĐảm bảo **công bằng** trong tuyển sinh.\n\n"
                                          "<script>alert('x')</script>[x](javascript:alert(1))"},
                     {"reviewer_ids", {User(kReviewer)}},
                     {"approver_id", User(kApprover)}});
  ASSERT_EQ(rev.status, 201) << rev.body;
  std::string html(rev.json.at("content_html").as_string());
  EXPECT_NE(html.find("<strong>công bằng</strong>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_EQ(author.Post(doc_url + "/revisions", {{"change_description", "Bản thứ hai"}}).code(),
            "documents.open_revision_exists");
  std::string rev_url = Rev(doc.json, rev.json);
  int version = 1;

  EXPECT_EQ(Decide(author, rev_url, "approve", version).at("code").as_string(), "workflow.transition_not_allowed");
  EXPECT_EQ(Decide(reviewer, rev_url, "submit", version).at("code").as_string(), "workflow.not_permitted");
  ASSERT_EQ(Decide(author, rev_url, "submit", version).at("status").as_string(), "in_review");
  // The document and the list say it is in review, not only its revision.
  EXPECT_EQ(author.Get(doc_url).json.at("open_revision_status"), "in_review");
  auto listed = author.Get("/api/v1/documents?unit_id=" + std::to_string(server().UnitId("THPT-TOHIEU")) + "&limit=200");
  bool in_review_listed = false;
  for (const auto& d : listed.json.at("items").as_array())
    in_review_listed |= d.at("id") == doc.json.at("id") && d.at("open_revision_status") == "in_review";
  EXPECT_TRUE(in_review_listed) << listed.body;
  EXPECT_EQ(Decide(author, rev_url, "approve", version).at("code").as_string(), "documents.self_approval");
  EXPECT_EQ(Decide(approver, rev_url, "approve", version).at("code").as_string(), "documents.reviews_pending");
  EXPECT_EQ(Decide(reviewer, rev_url, "request_changes", version).at("code").as_string(), "validation.missing_field");
  ASSERT_EQ(Decide(reviewer, rev_url, "request_changes", version, {{"comment", "Bổ sung lịch tuyển sinh"}})
                .at("status")
                .as_string(),
            "changes_requested");
  ASSERT_EQ(Decide(author, rev_url, "rework", version).at("status").as_string(), "draft");
  auto edited = author.Patch(rev_url, {{"version", version},
                                       {"content_markdown", "# Mục đích\n\nĐảm bảo **công bằng**.\n\n## Lịch tuyển sinh\n\n"
                                                            "Tháng 6 hằng năm."}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  version = int(edited.json.at("version").as_int64());
  ASSERT_EQ(Decide(author, rev_url, "submit", version).at("status").as_string(), "in_review");
  ASSERT_EQ(Decide(reviewer, rev_url, "endorse", version).at("status").as_string(), "in_review");
  EXPECT_EQ(Decide(reviewer, rev_url, "endorse", version).at("code").as_string(), "documents.already_endorsed");
  ASSERT_EQ(Decide(approver, rev_url, "approve", version).at("status").as_string(), "approved");
  EXPECT_EQ(Decide(approver, rev_url, "publish", version).at("code").as_string(), "validation.missing_field");
  EXPECT_EQ(Decide(approver, rev_url, "publish", version, {{"effective_on", "2020-01-01"}}).at("code").as_string(),
            "validation.invalid_value");
  auto published = Decide(approver, rev_url, "publish", version, {{"effective_on", "2099-01-01"}});
  ASSERT_EQ(published.at("status").as_string(), "published");
  // Every decision is on record with who, what and the hash of the content decided on.
  const auto& decisions = published.at("decisions").as_array();
  ASSERT_EQ(decisions.size(), 7u);  // submit, request_changes, rework, submit, endorse, approve, publish
  EXPECT_EQ(decisions.back().at("action").as_string(), "publish");
  EXPECT_EQ(decisions.back().at("content_hash"), published.at("content_hash"));
  auto after = author.Get(doc_url);
  EXPECT_EQ(after.json.at("status").as_string(), "published");
  EXPECT_EQ(after.json.at("next_review_on").as_string(), "2100-01-01");
  EXPECT_TRUE(after.json.at("open_revision_status").is_null());
  // Published content never changes.
  EXPECT_EQ(author.Patch(rev_url, {{"version", version}, {"content_markdown", "x"}}).code(), "documents.not_editable");

  // Staff find it without typing diacritics, with the match marked in the original text.
  Client staff = As("giaovien.toan@demo.eduims.vn");
  auto found = reviewer.Get("/api/v1/search?q=tuyen%20sinh%20dao%20tao%20" + suffix);
  ASSERT_EQ(found.status, 200) << found.body;
  ASSERT_EQ(found.json.at("items").as_array().size(), 1u) << found.body;
  EXPECT_NE(std::string(found.json.at("items").as_array()[0].at("snippet").as_string()).find("<mark>Đào</mark>"),
            std::string::npos);
  EXPECT_EQ(reviewer.Get("/api/v1/search?q=lich%20tuyen").json.at("items").as_array().size(), 1u);
  // A teacher of another school does not see THPT Tô Hiệu's documents.
  EXPECT_TRUE(staff.Get("/api/v1/search?q=tuyen%20sinh%20dao%20tao%20" + suffix).json.at("items").as_array().empty());
  EXPECT_EQ(staff.Get(doc_url).status, 404);

  // The next revision supersedes the first atomically when it is published.
  auto second = author.Post(doc_url + "/revisions", {{"change_description", "Cập nhật chỉ tiêu"},
                                                     {"approver_id", User(kApprover)}});
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_NE(std::string(second.json.at("content_markdown").as_string()).find("Lịch tuyển sinh"), std::string::npos);
  std::string second_url = Rev(doc.json, second.json);
  int v2 = 1;
  ASSERT_EQ(Decide(author, second_url, "submit", v2).at("status").as_string(), "in_review");
  auto under_review = author.Get(doc_url).json;
  EXPECT_EQ(under_review.at("status"), "published");
  EXPECT_EQ(under_review.at("open_revision_status"), "in_review");
  ASSERT_EQ(Decide(approver, second_url, "approve", v2).at("status").as_string(), "approved");
  ASSERT_EQ(Decide(approver, second_url, "publish", v2, {{"effective_on", "2099-06-01"}}).at("status").as_string(),
            "published");
  auto revisions = author.Get(doc_url + "/revisions");
  ASSERT_EQ(revisions.json.at("items").as_array().size(), 2u);
  EXPECT_EQ(revisions.json.at("items").as_array()[1].at("status").as_string(), "superseded");
  EXPECT_EQ(author.Get(doc_url).json.at("current_revision_id"), second.json.at("id"));
}

TEST_P(Documents, RestrictedDocumentsStayWithTheirManagers) {
  Client author = As(kAuthor);
  auto doc = author.Post("/api/v1/documents", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                {"title", "Hồ sơ kỷ luật mật"},
                                                {"type", "form"},
                                                {"confidentiality", "restricted"}});
  ASSERT_EQ(doc.status, 201) << doc.body;
  EXPECT_EQ(std::string(doc.json.at("code").as_string()).rfind("BM-", 0), 0u);
  std::string url = "/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64());
  EXPECT_EQ(As(kReviewer).Get(url).status, 404);
  // Someone who cannot read a restricted document cannot be named to review it: the permission is named.
  auto rev = author.Post(url + "/revisions", {{"change_description", "x"}, {"reviewer_ids", {User(kReviewer)}}});
  EXPECT_EQ(rev.code(), "auth.named_without_permission");
  EXPECT_EQ(rev.json.at("permission").as_string(), "manage_documents");
  EXPECT_EQ(rev.field(), "reviewer_ids");
  EXPECT_EQ(As(kApprover).Get(url).status, 200);
  EXPECT_TRUE(As(kReviewer).Get("/api/v1/search?q=ky%20luat%20mat").json.at("items").as_array().empty());
  EXPECT_EQ(As(kApprover).Get("/api/v1/search?q=ky%20luat%20mat").json.at("items").as_array().size(), 1u);
}

TEST_P(Documents, CodesClausesAndBadInput) {
  Client author = As(kAuthor);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto standards = author.Get("/api/v1/standards");
  db::Id standard = standards.json.at("items").as_array()[0].at("id").as_int64();
  auto clauses = author.Get("/api/v1/standards/" + std::to_string(standard) + "/clauses");
  db::Id clause = clauses.json.at("items").as_array()[5].at("id").as_int64();
  auto doc = author.Post("/api/v1/documents", {{"unit_id", school}, {"title", "Chính sách chất lượng"},
                                                {"type", "policy"}, {"code", "CS-CL"}, {"clause_ids", {clause}}});
  ASSERT_EQ(doc.status, 201) << doc.body;
  EXPECT_EQ(doc.json.at("clause_ids").as_array().size(), 1u);
  auto linked = author.Get("/api/v1/documents?clause_id=" + std::to_string(clause));
  ASSERT_EQ(linked.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(author.Post("/api/v1/documents", {{"unit_id", school}, {"title", "x"}, {"type", "policy"}, {"code", "CS-CL"}})
                .code(),
            "conflict.duplicate");
  EXPECT_EQ(author.Post("/api/v1/documents", {{"unit_id", school}, {"title", "x"}, {"type", "poem"}}).code(),
            "validation.invalid_value");
  EXPECT_EQ(author.Post("/api/v1/documents", {{"unit_id", school}, {"title", "x"}, {"type", "form"},
                                              {"clause_ids", {999999}}})
                .code(),
            "validation.reference_not_found");
  EXPECT_EQ(author.Post("/api/v1/documents", {{"unit_id", school}, {"title", "x"}, {"type", "form"},
                                              {"clause_ids", {clause, clause}}})
                .code(),
            "validation.invalid_value");
  EXPECT_EQ(author.Post("/api/v1/documents", {{"unit_id", school}, {"title", "x"}, {"type", "form"},
                                              {"clause_ids", "4.1"}})
                .code(),
            "validation.wrong_type");
  std::string url = "/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64());
  EXPECT_EQ(author.Post(url + "/revisions", {{"content_markdown", "x"}}).code(), "validation.missing_field");
  auto rev = author.Post(url + "/revisions", {{"change_description", "Lần đầu"}});
  ASSERT_EQ(rev.status, 201);
  std::string rev_url = Rev(doc.json, rev.json);
  EXPECT_EQ(author.Post(rev_url + "/decisions", {{"version", 1}, {"action", "submit"}}).code(),
            "documents.approver_required");
  EXPECT_EQ(author.Post(rev_url + "/decisions", {{"version", 1}, {"action", "fly"}}).code(), "validation.invalid_value");
  EXPECT_EQ(author.Post(rev_url + "/decisions", {{"version", 9}, {"action", "abandon"}}).code(),
            "conflict.stale_version");
  EXPECT_EQ(author.Get("/api/v1/search").code(), "request.bad_query");
  EXPECT_EQ(author.Get("/api/v1/search?q=%22%3B%20--").code(), "request.bad_query");
  EXPECT_EQ(author.Get("/api/v1/documents?type=poem").code(), "request.bad_query");
  EXPECT_EQ(author.Get("/api/v1/search?q=x&status=lost").code(), "request.bad_query");
  EXPECT_EQ(author.Post(rev_url + "/decisions", {{"version", 1}, {"action", "abandon"}}).status, 200);
  EXPECT_EQ(author.Delete(url).status, 200);  // archived once nothing is open
}

TEST_P(Documents, ClauseEvidenceCountsPublishedDocumentsAcrossBothStandards) {
  Client qm = As("iso@demo.eduims.vn");  // quality manager of the whole department
  std::map<std::string, db::Id> standard;
  auto listed = qm.Get("/api/v1/standards");  // kept alive: the loop reads into it
  for (const auto& s : listed.json.at("items").as_array())
    standard[std::string(s.at("code").as_string())] = s.at("id").as_int64();
  auto clause_id = [&](const std::string& code, const std::string& number) {
    auto clauses = qm.Get("/api/v1/standards/" + std::to_string(standard[code]) + "/clauses");
    for (const auto& c : clauses.json.at("items").as_array())
      if (c.at("number").as_string() == number) return c.at("id").as_int64();
    return std::int64_t(0);
  };
  auto state_of = [&](const std::string& code, const std::string& number) {
    auto evidence = qm.Get("/api/v1/standards/" + std::to_string(standard[code]) + "/evidence");
    EXPECT_EQ(evidence.status, 200) << evidence.body;
    for (const auto& m : evidence.json.at("mandatory").as_array())
      if (m.at("clause_number").as_string() == number) return std::string(m.at("state").as_string());
    return std::string("absent");
  };
  std::string before = state_of("iso-9001", "4.3");
  // The scope statement, linked to ISO 9001 4.3 only, published by the department.
  auto doc = qm.Post("/api/v1/documents", {{"unit_id", server().UnitId("SO-GDDT")},
                                           {"title", "Phạm vi hệ thống quản lý tích hợp"},
                                           {"type", "manual"},
                                           {"clause_ids", {clause_id("iso-9001", "4.3")}}});
  ASSERT_EQ(doc.status, 201) << doc.body;
  EXPECT_EQ(state_of("iso-9001", "4.3"), before == "present" ? "present" : "in_draft");
  std::string url = "/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64());
  auto rev = qm.Post(url + "/revisions", {{"change_description", "Lần đầu"}, {"content_markdown", "Phạm vi: ..."},
                                          {"approver_id", User(kApprover)}});
  ASSERT_EQ(rev.status, 201) << rev.body;
  std::string rev_url = Rev(doc.json, rev.json);
  int version = 1;
  Client approver = As(kApprover);
  Decide(qm, rev_url, "submit", version);
  Decide(approver, rev_url, "approve", version);
  ASSERT_EQ(Decide(approver, rev_url, "publish", version, {{"effective_on", "2099-01-01"}}).at("status").as_string(),
            "published");
  EXPECT_EQ(state_of("iso-9001", "4.3"), "present");
  // ISO 21001 4.3 corresponds "equal" to ISO 9001 4.3: the same document is its evidence too.
  EXPECT_EQ(state_of("iso-21001", "4.3"), "present");
  EXPECT_EQ(qm.Get("/api/v1/standards/999999/evidence").code(), "resource.not_found");
}

// Issue 23: cmark rendered a 498,000-character revision in 23 s inside the write transaction, and every other write
// waited. The HTML is now rendered before the transaction opens: a renderer that writes through the API while it
// renders sees the other write go through, and is never called inside a write.
TEST_P(Documents, MarkdownIsRenderedBeforeTheWriteTransactionSoOtherWritesGoOn) {
  Application& app = server().app();
  Client author = As(kAuthor);
  auto made = author.Post("/api/v1/documents",
                          {{"unit_id", server().UnitId("THPT-TOHIEU")}, {"title", "Quy trình dài"}, {"type", "procedure"}});
  ASSERT_EQ(made.status, 201) << made.body;
  db::Id document_id = made.json.at("id").as_int64();
  int renders = 0;
  bool rendered_in_a_write = false, other_write_held = false;
  std::vector<std::future<int>> other_writes;
  documents::DocumentService service(
      app.db(), app.org(), app.processes(), app.records(), [&](std::string_view markdown) {
        ++renders;
        rendered_in_a_write = rendered_in_a_write || db::InWrite();
        other_writes.push_back(std::async(std::launch::async, [&] {
          return As(kAuthor)
              .Post("/api/v1/documents", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                          {"title", "Biểu mẫu trong lúc kết xuất"},
                                          {"type", "form"}})
              .status;
        }));
        other_write_held =
            other_write_held || other_writes.back().wait_for(std::chrono::seconds(10)) != std::future_status::ready;
        return documents::RenderMarkdown(markdown);
      });
  auto who = *app.org().PrincipalOf(User(kAuthor));
  audit::Actor actor{User(kAuthor), "127.0.0.1", "render-test", std::nullopt};
  std::string markdown;
  while (markdown.size() + 6 <= 498000) markdown += "![[]()";
  documents::RevisionInput input;
  input.change_description = "Dự thảo";
  input.content_markdown = markdown;
  auto revision = service.CreateRevision(who, document_id, input, actor);
  documents::RevisionPatch patch;
  patch.content_markdown = "# Mục đích\n\n" + markdown;
  auto updated = service.UpdateRevision(who, document_id, revision.id, revision.version, patch, actor);
  for (auto& write : other_writes) EXPECT_EQ(write.get(), 201);
  EXPECT_EQ(renders, 2);
  EXPECT_FALSE(rendered_in_a_write);
  EXPECT_FALSE(other_write_held);
  auto stored = author.Get("/api/v1/documents/" + std::to_string(document_id) + "/revisions/" +
                           std::to_string(revision.id));
  ASSERT_EQ(stored.status, 200) << stored.body;
  EXPECT_EQ(stored.json.at("content_html").as_string(), documents::RenderMarkdown(*patch.content_markdown));
  EXPECT_EQ(updated.content_html, stored.json.at("content_html").as_string());
  // Past the size limit the text is refused before it is rendered.
  auto too_long = author.Patch("/api/v1/documents/" + std::to_string(document_id) + "/revisions/" +
                                   std::to_string(revision.id),
                               {{"version", updated.version},
                                {"content_markdown", std::string(documents::kMaxMarkdown + 1, 'a')}});
  EXPECT_EQ(too_long.status, 422) << too_long.body;
  EXPECT_EQ(too_long.code(), "validation.too_long");
  EXPECT_EQ(too_long.field(), "content_markdown");
  EXPECT_EQ(renders, 2);
}

INSTANTIATE_TEST_SUITE_P(Engines, Documents, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
