// Distribution and acknowledgement of documents over HTTP on both engines: the department distributes a procedure
// to a school and to the staff of another; addressees read it outside their own subtree, acknowledge the revision
// in force once, and the owner sees who has and has not read it, per unit.
#include <gtest/gtest.h>

#include <algorithm>

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
  std::string PublishedProcedure(db::Id& revision_id,
                                 const std::string& title = "Quy trình tiếp nhận và xử lý ý kiến phụ huynh",
                                 const std::string& confidentiality = "internal") {
    Client owner = As(kOwner), approver = As(kApprover);
    auto doc = owner.Post("/api/v1/documents", {{"unit_id", server().UnitId("SO-GDDT")},
                                                {"title", title},
                                                {"type", "procedure"},
                                                {"confidentiality", confidentiality}});
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

// The ids of the documents a GET of `target` (the list or the search) answers with.
std::vector<db::Id> Ids(const HttpResult& r) {
  std::vector<db::Id> ids;
  for (const auto& item : r.json.at("items").as_array()) ids.push_back(item.at("id").as_int64());
  return ids;
}

bool Holds(const std::vector<db::Id>& ids, db::Id id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

db::Id IdOf(const std::string& url) { return std::stoll(url.substr(url.rfind('/') + 1)); }

// An addressee who searches for the procedure they were told to read finds it, and finds it in the document list,
// with the list's filters and paging, as soon as it is sent (the answers kept per caller included); those it was
// not sent to do not.
TEST_P(Distribution, AddresseesFindWhatWasSentToThemInTheListAndTheSearch) {
  db::Id revision_id = 0;
  std::string url = PublishedProcedure(revision_id, "Quy trình phối hợp với ban đại diện cha mẹ học sinh");
  db::Id id = IdOf(url);
  Client owner = As(kOwner), staff = As(kStaff), teacher = As(kTeacher), other_head = As(kOtherHead);
  const std::string search = "/api/v1/search?q=phoi%20hop%20ban%20dai%20dien%20cha%20me";
  // Asked before it is sent, so the answers are kept for these callers.
  ASSERT_EQ(staff.Get("/api/v1/documents?limit=200").status, 200);
  EXPECT_FALSE(Holds(Ids(staff.Get("/api/v1/documents?limit=200")), id));
  EXPECT_FALSE(Holds(Ids(staff.Get(search)), id));

  auto set = owner.Put(url + "/distribution",
                       {{"targets", json::array{{{"unit_id", server().UnitId("THPT-TOHIEU")}},
                                                {{"unit_id", server().UnitId("THPT-CHUYEN")}, {"role", "staff"}}}}});
  ASSERT_EQ(set.status, 200) << set.body;

  for (Client* addressee : {&staff, &teacher}) {
    auto list = addressee->Get("/api/v1/documents?limit=200");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_TRUE(Holds(Ids(list), id)) << list.body;
    // Typed without diacritics, found in the title (with its snippet) and in the text of the revision in force.
    auto found = addressee->Get(search);
    ASSERT_EQ(found.status, 200) << found.body;
    ASSERT_TRUE(Holds(Ids(found), id)) << found.body;
    for (const auto& item : found.json.at("items").as_array()) {
      if (item.at("id").as_int64() == id) {
        EXPECT_NE(std::string(item.at("snippet").as_string()).find("<mark>"), std::string::npos) << found.body;
      }
    }
    EXPECT_TRUE(Holds(Ids(addressee->Get("/api/v1/search?q=lang%20nghe%20phu%20huynh&limit=50")), id));
    // The filters apply to it as to any other document.
    EXPECT_TRUE(Holds(Ids(addressee->Get("/api/v1/documents?type=procedure&status=published&limit=200")), id));
    EXPECT_TRUE(Holds(Ids(addressee->Get("/api/v1/documents?unit_id=" +
                                         std::to_string(server().UnitId("SO-GDDT")) + "&limit=200")),
                      id));
    EXPECT_FALSE(Holds(Ids(addressee->Get("/api/v1/documents?type=form&limit=200")), id));
    EXPECT_FALSE(Holds(Ids(addressee->Get("/api/v1/documents?status=draft&limit=200")), id));
    EXPECT_FALSE(Holds(Ids(addressee->Get(search + "&type=policy")), id));
  }
  // A department document is not within the school's subtree.
  EXPECT_FALSE(Holds(Ids(staff.Get("/api/v1/documents?limit=200&within=" +
                                   std::to_string(server().UnitId("THPT-TOHIEU")))),
                     id));
  // THPT Chuyên's head holds no staff role: not an addressee, and the document is outside their subtree.
  EXPECT_FALSE(Holds(Ids(other_head.Get("/api/v1/documents?limit=200")), id));
  EXPECT_FALSE(Holds(Ids(other_head.Get(search)), id));
  EXPECT_EQ(other_head.Get(url).status, 404);

  // Keyset paging walks the school's own documents and those sent to it together, once each, in id order.
  auto school = As(kSchoolQm).Post("/api/v1/documents", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                        {"title", "Kế hoạch phối hợp với cha mẹ học sinh"},
                                                        {"type", "plan"}});
  ASSERT_EQ(school.status, 201) << school.body;
  std::vector<db::Id> all = Ids(staff.Get("/api/v1/documents?limit=200"));
  ASSERT_TRUE(Holds(all, id));
  ASSERT_TRUE(Holds(all, school.json.at("id").as_int64()));
  ASSERT_TRUE(std::is_sorted(all.begin(), all.end()));
  std::vector<db::Id> paged;
  std::string target = "/api/v1/documents?limit=1";
  for (int pages = 0; pages < 200; ++pages) {
    auto page = staff.Get(target);
    ASSERT_EQ(page.status, 200) << page.body;
    for (db::Id d : Ids(page)) paged.push_back(d);
    if (page.json.at("next_cursor").is_null()) break;
    target = "/api/v1/documents?limit=1&cursor=" + std::string(page.json.at("next_cursor").as_string());
  }
  EXPECT_EQ(paged, all);

  // Once withdrawn from the distribution it leaves their list and search again.
  ASSERT_EQ(owner.Put(url + "/distribution", {{"targets", json::array{}}}).status, 200);
  EXPECT_FALSE(Holds(Ids(staff.Get("/api/v1/documents?limit=200")), id));
  EXPECT_FALSE(Holds(Ids(teacher.Get(search)), id));
  EXPECT_EQ(staff.Get(url).status, 404);
}

// The list and the search show a caller exactly the documents they may read by id: those of their subtree (a
// restricted one only to its owner and its unit's document managers) and those distributed to them, published and
// not archived.
TEST_P(Distribution, TheListShowsWhatTheCallerMayReadByIdAndNothingElse) {
  db::Id revision_id = 0;
  std::string sent = PublishedProcedure(revision_id, "Quy trình bảo mật hồ sơ học bạ");
  std::string restricted_sent = PublishedProcedure(revision_id, "Quy trình bảo mật đề thi", "restricted");
  std::string withdrawn = PublishedProcedure(revision_id, "Quy trình bảo mật cũ");
  std::string archived = PublishedProcedure(revision_id, "Quy trình bảo mật lưu trữ");
  Client owner = As(kOwner), school_qm = As(kSchoolQm);
  json::array to_school{{{"unit_id", server().UnitId("THPT-TOHIEU")}}};
  for (const std::string& url : {sent, restricted_sent, withdrawn, archived})
    ASSERT_EQ(owner.Put(url + "/distribution", {{"targets", to_school}}).status, 200);
  // Withdrawn: its revision in force becomes obsolete.
  auto revisions = owner.Get(withdrawn + "/revisions");
  const auto& in_force = revisions.json.at("items").as_array()[0];
  auto withdraw = As(kApprover).Post(withdrawn + "/revisions/" + std::to_string(in_force.at("id").as_int64()) +
                                         "/decisions",
                                     {{"action", "withdraw"},
                                      {"comment", "Thay bằng quy trình mới"},
                                      {"version", in_force.at("version").as_int64()}});
  ASSERT_EQ(withdraw.status, 200) << withdraw.body;
  ASSERT_EQ(owner.Delete(archived).status, 200);
  // A restricted plan of the school that the staff member neither owns nor manages.
  auto school_restricted = school_qm.Post("/api/v1/documents", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                                {"title", "Kế hoạch bảo mật phòng thi"},
                                                                {"type", "plan"},
                                                                {"confidentiality", "restricted"}});
  ASSERT_EQ(school_restricted.status, 201) << school_restricted.body;
  std::vector<std::string> urls = {sent, restricted_sent, withdrawn, archived,
                                   "/api/v1/documents/" + std::to_string(school_restricted.json.at("id").as_int64())};

  for (const char* email : {kStaff, kSchoolQm, kTeacher, kOtherHead, kOwner}) {
    Client c = As(email);
    std::vector<db::Id> listed = Ids(c.Get("/api/v1/documents?limit=200&include_archived=true"));
    std::vector<db::Id> found = Ids(c.Get("/api/v1/search?q=bao%20mat&limit=50"));
    for (const std::string& url : urls) {
      bool readable = c.Get(url).status == 200;
      EXPECT_EQ(Holds(listed, IdOf(url)), readable) << email << " " << url;
      // The search leaves archived documents out, like the list without include_archived.
      EXPECT_EQ(Holds(found, IdOf(url)), readable && url != archived) << email << " " << url;
    }
  }
  Client staff = As(kStaff);
  EXPECT_EQ(staff.Get(sent).status, 200);
  EXPECT_EQ(staff.Get(withdrawn).status, 404);
  EXPECT_EQ(staff.Get(archived).status, 404);
  EXPECT_EQ(staff.Get(urls.back()).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Engines, Distribution, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
