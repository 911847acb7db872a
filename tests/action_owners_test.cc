// Who may own an action, over HTTP on both engines: only someone whose roles let them move their own actions on the
// action's unit, when it is created (directly or raised by another module), given to someone else or moved to
// another unit; a refusal names owner_id in both languages and changes nothing.
#include <gtest/gtest.h>

#include "actions/store.h"
#include "application.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kDepartmentQm = "iso@demo.eduims.vn";        // quality manager of the whole department
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";   // staff of THPT Tô Hiệu
const char* kTeacher = "giaovien.toan@demo.eduims.vn";   // staff of THPT Chuyên's Tổ Toán - Tin only
const char* kExternal = "chuyengia@demo.eduims.vn";      // external auditor of the department: reads, never acts
const char* kAuditor = "danhgianoibo@demo.eduims.vn";    // internal auditor of the whole department

class ActionOwners : public DemoApiTest {
 protected:
  json::object Action(const std::string& unit_code, const char* owner) {
    return {{"title", "Cập nhật sổ theo dõi thiết bị"}, {"unit_id", server().UnitId(unit_code)},
            {"owner_id", User(owner)}};
  }
  static void ExpectRefused(const HttpResult& r) {
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_EQ(r.code(), "actions.owner_without_access") << r.body;
    EXPECT_EQ(r.field(), "owner_id");
  }
};

TEST_P(ActionOwners, AnOwnerMustBeAbleToWorkOnTheActionsUnit) {
  Client qm = As(kDepartmentQm);
  auto before = qm.Get("/api/v1/actions?limit=200&include_archived=true");
  ASSERT_EQ(before.status, 200);
  // A teacher of another school, a read-only external auditor, and a teacher whose grant lies below the unit.
  ExpectRefused(qm.Post("/api/v1/actions", Action("THPT-TOHIEU", kTeacher)));
  ExpectRefused(qm.Post("/api/v1/actions", Action("THPT-TOHIEU", kExternal)));
  ExpectRefused(qm.Post("/api/v1/actions", Action("THPT-CHUYEN", kTeacher)));
  auto vi = qm.Request("POST", "/api/v1/actions", json::serialize(Action("THPT-TOHIEU", kTeacher)),
                       "application/json", {{"Accept-Language", "vi"}});
  EXPECT_EQ(vi.json.at("title"), "Người phụ trách không xử lý được hành động");
  auto en = qm.Request("POST", "/api/v1/actions", json::serialize(Action("THPT-TOHIEU", kTeacher)),
                       "application/json", {{"Accept-Language", "en"}});
  EXPECT_EQ(en.json.at("title"), "Owner cannot work on the action");
  EXPECT_EQ(qm.Get("/api/v1/actions?limit=200&include_archived=true").json.at("items").as_array().size(),
            before.json.at("items").as_array().size());

  // Staff of the school, and an auditor whose grant covers the whole department, may own its actions.
  auto made = qm.Post("/api/v1/actions", Action("THPT-TOHIEU", kStaff));
  ASSERT_EQ(made.status, 201) << made.body;
  ASSERT_EQ(qm.Post("/api/v1/actions", Action("THPT-TOHIEU", kAuditor)).status, 201);
  std::string url = "/api/v1/actions/" + std::to_string(made.json.at("id").as_int64());
  long long version = made.json.at("version").as_int64();

  // Given to someone who cannot work on it, or moved where its owner cannot: refused, unchanged.
  ExpectRefused(qm.Patch(url, {{"version", version}, {"owner_id", User(kTeacher)}}));
  ExpectRefused(qm.Patch(url, {{"version", version}, {"unit_id", server().UnitId("THPT-CHUYEN-TOAN")}}));
  auto unchanged = qm.Get(url);
  EXPECT_EQ(unchanged.json.at("version").as_int64(), version);
  EXPECT_EQ(unchanged.json.at("owner_id").as_int64(), User(kStaff));
  // Moved together with a new owner who works there; the owner may move it but not give it away; it is unowned.
  auto moved = qm.Patch(url, {{"version", version},
                              {"unit_id", server().UnitId("THPT-CHUYEN-TOAN")},
                              {"owner_id", User(kTeacher)}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  auto started = As(kTeacher).Post(url + "/transitions", {{"version", moved.json.at("version")}, {"to", "in_progress"}});
  ASSERT_EQ(started.status, 200) << started.body;
  EXPECT_EQ(As(kTeacher).Patch(url, {{"version", started.json.at("version")}, {"owner_id", User(kExternal)}}).code(),
            "auth.forbidden");
  auto unowned = qm.Patch(url, {{"version", started.json.at("version")}, {"owner_id", nullptr}});
  ASSERT_EQ(unowned.status, 200) << unowned.body;
  EXPECT_TRUE(unowned.json.at("owner_id").is_null());
}

// Actions raised by another module (here the improvement register) follow the same rule.
TEST_P(ActionOwners, ActionsRaisedByAnImprovementFollowTheSameRule) {
  Client qm = As(kDepartmentQm);
  auto improvement = qm.Post("/api/v1/improvements", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                      {"title", "Lịch trực thiết bị phòng thí nghiệm"},
                                                      {"source", "suggestion"},
                                                      {"expected_benefit", "Thiết bị luôn sẵn sàng"}});
  ASSERT_EQ(improvement.status, 201) << improvement.body;
  std::string url = "/api/v1/improvements/" + std::to_string(improvement.json.at("id").as_int64());
  auto accepted = qm.Post(url + "/transitions", {{"action", "accept"}, {"version", improvement.json.at("version")}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  ExpectRefused(qm.Post(url + "/actions", {{"title", "Lập lịch trực"}, {"owner_id", User(kTeacher)}}));
  EXPECT_TRUE(qm.Get(url + "/actions").json.at("items").as_array().empty());
  EXPECT_EQ(qm.Post(url + "/actions", {{"title", "Lập lịch trực"}, {"owner_id", User(kStaff)}}).status, 201);
}

// The demo organisation, and whatever the tests before made of it, holds no action its owner could not move.
TEST_P(ActionOwners, EveryOwnedActionIsOwnedBySomeoneWhoMayMoveIt) {
  std::vector<actions::Action> all;
  server().app().db().Read([&](soci::session& s) {
    actions::store::ActionQuery q;
    q.scope = {"/"};
    q.include_archived = true;
    q.limit = 100000;
    all = actions::store::List(s, q);
  });
  ASSERT_FALSE(all.empty());
  for (const actions::Action& a : all) {
    if (!a.owner_id) continue;
    auto owner = server().app().org().PrincipalOf(*a.owner_id);
    ASSERT_TRUE(owner) << a.title;
    std::string path = server().app().org().GetUnit(nullptr, a.unit_id).path;
    EXPECT_TRUE(owner->Can(auth::Permission::kUpdateOwnActions, path)) << a.title << " owned by " << *a.owner_id;
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, ActionOwners, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
