// Distribution and acknowledgement of documents over HTTP on both engines: the department distributes a procedure
// to a school and to the staff of another; addressees read it outside their own subtree, acknowledge the revision
// in force once, and the owner sees who has and has not read it, per unit.
#include <gtest/gtest.h>

#include "demo/demo.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kOwner = "iso@demo.eduims.vn";                   // quality manager of the whole department
const char* kApprover = "giamdoc@demo.eduims.vn";            // top management
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";       // staff of THPT Tô Hiệu
const char* kSchoolQm = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kTeacher = "giaovien.toan@demo.eduims.vn";       // staff of THPT Chuyên (Tổ Toán - Tin)
const char* kOtherHead = "hieutruong.chuyen@demo.eduims.vn";  // process owner of THPT Chuyên

class Distribution : public DemoApiTest {
 protected:
  // A procedure of the department, published; returns its URL and sets the revision in force.
  std::string PublishedProcedure(db::Id& revision_id) {
    Client owner = As(kOwner), approver = As(kApprover);
    auto doc = owner.Post("/api/v1/documents", {{"unit_id", server().UnitId("SO-GDDT")},
                                                {"title", "Quy trình tiếp nhận và xử lý ý kiến phụ huynh"},
                                                {"type", "procedure"}});
    EXPECT_EQ(doc.status, 201) << doc.body;
    std::string url = "/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64());
    auto rev = owner.Post(url + "/revisions", {{"change_description", "Ban hành lần đầu"},
                                               {"content_markdown", "# Mục đích\n\nLắng nghe phụ huynh."},
                                               {"approver_id", server().UserId(kApprover)}});
    EXPECT_EQ(rev.status, 201) << rev.body;
    revision_id = rev.json.at("id").as_int64();
    std::string rev_url = url + "/revisions/" + std::to_string(revision_id);
    long long version = rev.json.at("version").as_int64();
    auto decide = [&](Client& c, const char* action, json::object extra = {}) {
      extra["action"] = action;
      extra["version"] = version;
      auto r = c.Post(rev_url + "/decisions", extra);
      EXPECT_EQ(r.status, 200) << action << " " << r.body;
      if (r.status == 200) version = r.json.at("version").as_int64();
    };
    // Before publication nobody can acknowledge it.
    EXPECT_EQ(owner.Post(url + "/acknowledgements", {{"revision_id", revision_id}}).code(), "documents.not_published");
    decide(owner, "submit");
    decide(approver, "approve");
    decide(approver, "publish", {{"effective_on", "2099-01-01"}});
    return url;
  }
};

TEST_P(Distribution, AddresseesReadAndAcknowledgeAndTheOwnerSeesWhoHasNot) {
  db::Id revision_id = 0;
  std::string url = PublishedProcedure(revision_id);
  Client owner = As(kOwner), staff = As(kStaff), teacher = As(kTeacher), other_head = As(kOtherHead);
  EXPECT_EQ(staff.Get(url).status, 404);  // a department document is outside the school's subtree
  auto before = owner.Get(url + "/distribution");
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_EQ(before.json.at("addressees").as_int64(), 0);

  auto set = owner.Put(url + "/distribution",
                       {{"targets", json::array{{{"unit_id", server().UnitId("THPT-TOHIEU")}},
                                                {{"unit_id", server().UnitId("THPT-CHUYEN")}, {"role", "staff"}}}}});
  ASSERT_EQ(set.status, 200) << set.body;
  // Both users of THPT Tô Hiệu, and only the staff of THPT Chuyên (the teacher, not the head).
  EXPECT_EQ(set.json.at("addressees").as_int64(), 3);
  EXPECT_EQ(set.json.at("acknowledged").as_int64(), 0);
  EXPECT_EQ(set.json.at("pending").as_array().size(), 3u);
  EXPECT_EQ(set.json.at("revision_id").as_int64(), revision_id);

  auto to_read = staff.Get("/api/v1/me/reading-list?unread=true");
  ASSERT_EQ(to_read.status, 200) << to_read.body;
  ASSERT_EQ(to_read.json.at("items").as_array().size(), 1u);
  EXPECT_TRUE(to_read.json.at("items").as_array()[0].at("acknowledged_at").is_null());
  // The addressee reads the document and its revision in force, nothing else of it.
  EXPECT_EQ(staff.Get(url).status, 200);
  auto revisions = staff.Get(url + "/revisions");
  ASSERT_EQ(revisions.status, 200) << revisions.body;
  ASSERT_EQ(revisions.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(revisions.json.at("items").as_array()[0].at("id").as_int64(), revision_id);
  EXPECT_EQ(staff.Get(url + "/revisions/" + std::to_string(revision_id)).status, 200);

  EXPECT_EQ(staff.Post(url + "/acknowledgements", {{"revision_id", revision_id + 1000}}).code(),
            "documents.not_current_revision");
  auto ack = staff.Post(url + "/acknowledgements", {{"revision_id", revision_id}});
  ASSERT_EQ(ack.status, 201) << ack.body;
  auto again = staff.Post(url + "/acknowledgements", {{"revision_id", revision_id}});
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.json.at("acknowledged_at"), ack.json.at("acknowledged_at"));
  EXPECT_TRUE(staff.Get("/api/v1/me/reading-list?unread=true").json.at("items").as_array().empty());
  auto all = staff.Get("/api/v1/me/reading-list");
  ASSERT_EQ(all.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(all.json.at("items").as_array()[0].at("acknowledged_at"), ack.json.at("acknowledged_at"));
  ASSERT_EQ(teacher.Post(url + "/acknowledgements", {{"revision_id", revision_id}}).status, 201);

  // Someone it was not sent to: outside their subtree it does not exist; inside it, they are not an addressee.
  EXPECT_EQ(other_head.Post(url + "/acknowledgements", {{"revision_id", revision_id}}).status, 404);
  EXPECT_EQ(As(kApprover).Post(url + "/acknowledgements", {{"revision_id", revision_id}}).code(),
            "documents.not_addressee");

  auto readership = owner.Get(url + "/distribution");
  ASSERT_EQ(readership.status, 200);
  EXPECT_EQ(readership.json.at("addressees").as_int64(), 3);
  EXPECT_EQ(readership.json.at("acknowledged").as_int64(), 2);
  EXPECT_EQ(readership.json.at("percent").as_int64(), 66);
  const auto& pending = readership.json.at("pending").as_array();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].at("user_id").as_int64(), server().UserId(kSchoolQm));
  for (const auto& unit : readership.json.at("units").as_array())
    if (unit.at("unit_id").as_int64() == server().UnitId("THPT-TOHIEU")) {
      EXPECT_EQ(unit.at("addressees").as_int64(), 2);
      EXPECT_EQ(unit.at("percent").as_int64(), 50);
    }
  // Every acknowledgement and the distribution are in the audit trail.
  auto trail = owner.Get("/api/v1/audit-log?entity=revision&entity_id=" + std::to_string(revision_id));
  ASSERT_EQ(trail.status, 200) << trail.body;
  int acknowledgements = 0;
  for (const auto& e : trail.json.at("items").as_array()) acknowledgements += e.at("operation") == "acknowledge";
  EXPECT_EQ(acknowledgements, 2);
}

TEST_P(Distribution, BadTargetsAndStrangersChangeNothing) {
  db::Id revision_id = 0;
  std::string url = PublishedProcedure(revision_id);
  Client owner = As(kOwner), staff = As(kStaff);
  db::Id school = server().UnitId("THPT-TOHIEU");
  ASSERT_EQ(owner.Put(url + "/distribution", {{"targets", json::array{{{"unit_id", school}}}}}).status, 200);
  struct Case {
    json::value body;
    std::string code, field;
  };
  std::vector<Case> cases = {
      {json::object{}, "validation.missing_field", "targets"},
      {json::object{{"targets", "all"}}, "validation.wrong_type", "targets"},
      {json::object{{"targets", json::array{{{"unit_id", school}, {"role", "teacher"}}}}}, "validation.invalid_value",
       "targets"},
      {json::object{{"targets", json::array{{{"unit_id", school}}, {{"unit_id", school}}}}}, "validation.invalid_value",
       "targets"},
      {json::object{{"targets", json::array{{{"unit_id", 999999}}}}}, "validation.reference_not_found", "targets"},
      {json::object{{"targets", json::array{{{"unit", school}}}}}, "validation.missing_field", "targets[0].unit_id"},
      {json::object{{"targets", json::array{}}, {"extra", 1}}, "validation.unknown_field", "extra"},
  };
  for (const auto& c : cases) {
    auto r = owner.Put(url + "/distribution", c.body);
    EXPECT_EQ(r.code(), c.code) << json::serialize(c.body) << " -> " << r.body;
    EXPECT_EQ(r.field(), c.field) << json::serialize(c.body);
  }
  // Bad requests to the acknowledgement and the reading list change nothing either.
  EXPECT_EQ(staff.Post(url + "/acknowledgements", json::object{}).code(), "validation.missing_field");
  EXPECT_EQ(staff.Post(url + "/acknowledgements", {{"revision_id", "latest"}}).code(), "validation.wrong_type");
  EXPECT_EQ(staff.Post(url + "/acknowledgements", {{"revision_id", revision_id}, {"note", "đã đọc"}}).code(),
            "validation.unknown_field");
  EXPECT_EQ(staff.Get("/api/v1/me/reading-list?unread=maybe").code(), "request.bad_query");
  EXPECT_EQ(staff.Get("/api/v1/me/reading-list?sort=title").code(), "request.bad_query");
  EXPECT_EQ(owner.Get(url + "/distribution?all=true").code(), "request.bad_query");
  auto unread = staff.Get("/api/v1/me/reading-list?unread=true");
  bool still_to_read = false;
  for (const auto& item : unread.json.at("items").as_array())
    still_to_read = still_to_read || "/api/v1/documents/" + std::to_string(item.at("id").as_int64()) == url;
  EXPECT_TRUE(still_to_read) << unread.body;
  // An addressee may read but not redistribute.
  EXPECT_EQ(staff.Put(url + "/distribution", {{"targets", json::array{}}}).code(), "auth.forbidden");
  EXPECT_EQ(staff.Get(url + "/distribution").code(), "auth.forbidden");
  auto after = owner.Get(url + "/distribution");
  ASSERT_EQ(after.json.at("targets").as_array().size(), 1u);
  EXPECT_EQ(after.json.at("addressees").as_int64(), 2);
}

INSTANTIATE_TEST_SUITE_P(Engines, Distribution, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
