// Names and pickers over HTTP on both engines: a school's staff read the names of the people and units their records
// mention (and of nobody beside them), pickers list only the people who may act on a unit with grants in force,
// and a person sees the revisions waiting for their review or approval.
#include <gtest/gtest.h>

#include <set>

#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

class Directory : public DemoApiTest {
 protected:
  static std::set<long long> Ids(const json::value& list) {
    std::set<long long> ids;
    for (const auto& item : list.as_array()) ids.insert(item.at("id").as_int64());
    return ids;
  }
  std::set<long long> Eligible(Client& c, const std::string& permission, const std::string& unit_code) {
    auto r = c.Get("/api/v1/users?can=" + permission + "&unit_id=" + std::to_string(server().UnitId(unit_code)));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? Ids(r.json.at("items")) : std::set<long long>{};
  }
};

const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";       // staff of THPT Tô Hiệu
const char* kPrincipal = "hieutruong.tohieu@demo.eduims.vn";  // its quality manager and head
const char* kDirector = "giamdoc@demo.eduims.vn";             // top management of the department
const char* kOtherSchool = "giaovien.toan@demo.eduims.vn";    // staff of THPT Chuyên's maths group
const char* kExternal = "chuyengia@demo.eduims.vn";           // external auditor of the department
const char* kQualityManager = "iso@demo.eduims.vn";           // quality manager of the department

TEST_P(Directory, SchoolStaffReadTheNamesTheirRecordsMentionAndNoOneElses) {
  Client staff = As(kStaff);
  long long school = server().UnitId("THPT-TOHIEU"), root = server().UnitId("SO-GDDT");
  // The demo nonconformity of the school names its principal as reporter; the school names him as head.
  auto ncs = staff.Get("/api/v1/nonconformities?unit_id=" + std::to_string(school));
  ASSERT_EQ(ncs.status, 200) << ncs.body;
  long long reporter = 0;
  for (const auto& nc : ncs.json.at("items").as_array())
    if (nc.at("title").as_string() == "Hồ sơ tuyển sinh lớp 10 thiếu minh chứng ưu tiên")
      reporter = nc.at("reported_by").as_int64();
  EXPECT_EQ(reporter, User(kPrincipal));
  EXPECT_EQ(staff.Get("/api/v1/users/" + std::to_string(reporter)).status, 404);  // the whole record stays closed
  EXPECT_EQ(staff.Get("/api/v1/units/" + std::to_string(root)).status, 404);

  auto names = staff.Get("/api/v1/names?user_ids=" + std::to_string(reporter) + "," +
                         std::to_string(User(kDirector)) + "," + std::to_string(User(kOtherSchool)) +
                         ",999999&unit_ids=" + std::to_string(root) + "," + std::to_string(school) + "," +
                         std::to_string(server().UnitId("THPT-CHUYEN")));
  ASSERT_EQ(names.status, 200) << names.body;
  const auto& users = names.json.at("users").as_array();
  ASSERT_EQ(users.size(), 2u) << names.body;  // not the other school's teacher, not an unknown id
  EXPECT_EQ(users[0].at("full_name").as_string(), "Nguyễn Huy Hoàng");
  EXPECT_EQ(users[1].at("full_name").as_string(), "Đinh Công Sơn");
  EXPECT_FALSE(users[0].as_object().contains("email"));
  const auto& units = names.json.at("units").as_array();
  ASSERT_EQ(units.size(), 2u) << names.body;  // not the sibling school
  EXPECT_EQ(units[0].at("id").as_int64(), root);
  EXPECT_EQ(units[1].at("name").as_string(), "Trường THPT Tô Hiệu");
  const auto& path = units[1].at("path").as_array();
  ASSERT_EQ(path.size(), 2u);
  EXPECT_EQ(path[0].at("id").as_int64(), root);
  EXPECT_EQ(path[1].at("code").as_string(), "THPT-TOHIEU");

  // The staff member lists no user, in their school or elsewhere.
  auto listed = staff.Get("/api/v1/users");
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_TRUE(listed.json.at("items").as_array().empty()) << listed.body;
  EXPECT_TRUE(staff.Get("/api/v1/users?q=quang").json.at("items").as_array().empty());
  // Lists are bounded and well formed.
  EXPECT_EQ(staff.Get("/api/v1/names?user_ids=1,x").code(), "request.bad_query");
  std::string many = "1";
  for (int i = 2; i <= 101; ++i) many += "," + std::to_string(i);
  EXPECT_EQ(staff.Get("/api/v1/names?user_ids=" + many).code(), "request.bad_query");
}

TEST_P(Directory, PickersOfferOnlyThoseWhoMayActOnTheUnitToday) {
  Client principal = As(kPrincipal);
  auto approvers = Eligible(principal, "manage_documents", "THPT-TOHIEU");
  EXPECT_TRUE(approvers.count(User(kDirector)));        // granted above the school
  EXPECT_TRUE(approvers.count(User(kQualityManager)));
  EXPECT_TRUE(approvers.count(User(kPrincipal)));       // the caller may act there too; the screen leaves out the author
  EXPECT_FALSE(approvers.count(User(kStaff)));          // staff without the right
  EXPECT_FALSE(approvers.count(User(kExternal)));       // external auditors read only
  EXPECT_FALSE(approvers.count(User("hieutruong.chuyen@demo.eduims.vn")));  // the right, on another school
  EXPECT_FALSE(approvers.count(User(kOtherSchool)));

  // A grant counts while in force: granted, the staff member is offered; revoked, no longer.
  Client admin = As(kAdminEmail);
  std::string grants = "/api/v1/users/" + std::to_string(User(kStaff)) + "/grants";
  auto grant = admin.Post(grants, {{"role", "process_owner"}, {"unit_id", server().UnitId("THPT-TOHIEU")}});
  ASSERT_EQ(grant.status, 201) << grant.body;
  EXPECT_TRUE(Eligible(principal, "manage_documents", "THPT-TOHIEU").count(User(kStaff)));
  ASSERT_EQ(admin.Delete(grants + "/" + std::to_string(grant.json.at("id").as_int64())).status, 200);
  EXPECT_FALSE(Eligible(principal, "manage_documents", "THPT-TOHIEU").count(User(kStaff)));

  // Someone who cannot see the unit learns nothing of who may act there.
  Client staff = As(kStaff);
  auto hidden = staff.Get("/api/v1/users?can=manage_documents&unit_id=" + std::to_string(server().UnitId("THPT-CHUYEN")));
  EXPECT_EQ(hidden.status, 422);
  EXPECT_EQ(hidden.code(), "validation.reference_not_found");
  EXPECT_EQ(principal.Get("/api/v1/users?can=fly&unit_id=1").code(), "request.bad_query");
  EXPECT_EQ(principal.Get("/api/v1/users?can=manage_documents").code(), "request.bad_query");
}

TEST_P(Directory, RevisionsWaitForTheirReviewersThenTheirApprover) {
  Client author = As(kPrincipal), reviewer = As(kQualityManager), approver = As(kDirector);
  auto waiting = [&](Client& c, long long revision_id) -> std::string {
    auto r = c.Get("/api/v1/me/awaiting-decision");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& item : r.json.at("items").as_array())
      if (item.at("revision").at("id").as_int64() == revision_id) return std::string(item.at("waiting_for").as_string());
    return "";
  };
  auto doc = author.Post("/api/v1/documents", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                {"title", "Quy trình tiếp nhận ý kiến phụ huynh"},
                                                {"type", "procedure"}});
  ASSERT_EQ(doc.status, 201) << doc.body;
  std::string doc_url = "/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64());
  auto rev = author.Post(doc_url + "/revisions", {{"change_description", "Ban hành lần đầu"},
                                                  {"content_markdown", "# Mục đích"},
                                                  {"reviewer_ids", {User(kQualityManager)}},
                                                  {"approver_id", User(kDirector)}});
  ASSERT_EQ(rev.status, 201) << rev.body;
  long long id = rev.json.at("id").as_int64();
  std::string rev_url = doc_url + "/revisions/" + std::to_string(id);
  EXPECT_EQ(waiting(reviewer, id), "");  // a draft waits for no one
  auto decide = [&](Client& c, const std::string& action) {
    auto current = author.Get(rev_url);
    json::object decision{{"action", action}, {"version", current.json.at("version").as_int64()}};
    if (action == "publish") decision["effective_on"] = DaysFromToday(0);
    auto r = c.Post(rev_url + "/decisions", decision);
    ASSERT_EQ(r.status, 200) << r.body;
  };
  decide(author, "submit");
  EXPECT_EQ(waiting(reviewer, id), "review");
  EXPECT_EQ(waiting(approver, id), "approval");
  EXPECT_EQ(waiting(author, id), "");
  decide(reviewer, "endorse");
  EXPECT_EQ(waiting(reviewer, id), "");
  decide(approver, "approve");
  EXPECT_EQ(waiting(approver, id), "publication");
  decide(approver, "publish");
  EXPECT_EQ(waiting(approver, id), "");
}

INSTANTIATE_TEST_SUITE_P(Engines, Directory, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
