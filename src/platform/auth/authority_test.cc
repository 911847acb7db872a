#include "platform/auth/authority.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

#include "platform/i18n/glossary.h"

namespace eduims::auth {
namespace {

Principal Person(db::Id id, std::vector<Grant> grants) {
  Principal p;
  p.user_id = id;
  p.grants = std::move(grants);
  return p;
}

Grant On(Role role, std::string path) { return Grant{1, role, 7, std::move(path), std::nullopt}; }

// People as the org module would answer: `people` by id, and the ids the viewer may see.
class FakePeople : public People {
 public:
  std::map<db::Id, Principal> people;
  std::set<db::Id> seen;
  std::optional<Principal> CurrentPrincipal(db::Id id) override {
    auto it = people.find(id);
    return it == people.end() ? std::nullopt : std::optional<Principal>(it->second);
  }
  bool CanSeeUser(const Principal&, db::Id id) override { return seen.count(id) > 0; }
};

Problem Refused(const std::function<void()>& f) {
  try {
    f();
  } catch (const ProblemError& e) {
    return e.problem();
  }
  ADD_FAILURE() << "not refused";
  return {};
}

TEST(Authority, AnActNeedsThePermissionOnTheRecordsUnitAndNamesItWhenMissing) {
  Principal staff = Person(2, {On(Role::kStaff, "/1/7/")});
  EXPECT_FALSE(ActRefusal(staff, Permission::kReviewDocuments, "/1/7/42/"));
  auto refusal = ActRefusal(staff, Permission::kManageDocuments, "/1/7/");
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->status, 403);
  EXPECT_EQ(refusal->code, "auth.permission_missing");
  EXPECT_EQ(refusal->params.at("permission"), "manage_documents");
  // A grant elsewhere is no permission here.
  EXPECT_TRUE(ActRefusal(staff, Permission::kViewDocuments, "/1/8/"));
  EXPECT_TRUE(ActRefusal(Person(3, {}), Permission::kViewDocuments, "/1/7/"));
}

TEST(Authority, BeingNamedIsAPartOnlyWithThePermission) {
  Principal auditor = Person(2, {On(Role::kExternalAuditor, "/1/")});
  EXPECT_FALSE(PartOf(auditor, false, Permission::kReviewDocuments, "/1/7/").plays);
  EXPECT_FALSE(PartOf(auditor, false, Permission::kReviewDocuments, "/1/7/").refusal);
  NamedPart named = PartOf(auditor, true, Permission::kReviewDocuments, "/1/7/");
  EXPECT_FALSE(named.plays);
  ASSERT_TRUE(named.refusal);
  EXPECT_EQ(named.refusal->params.at("permission"), "review_documents");
  EXPECT_TRUE(PartOf(Person(3, {On(Role::kStaff, "/1/")}), true, Permission::kReviewDocuments, "/1/7/").plays);

  Problem not_permitted = Problem::Make(403, "workflow.not_permitted", "action");
  EXPECT_EQ(Explained(not_permitted, {PartOf(auditor, false, Permission::kReviewDocuments, "/1/")}).code,
            "workflow.not_permitted");
  EXPECT_EQ(Explained(not_permitted, {named}).code, "auth.permission_missing");
  // Another refusal (a stale version, a missing field) is the workflow's to give.
  EXPECT_EQ(Explained(Problem::Make(409, "workflow.transition_not_allowed"), {named}).code,
            "workflow.transition_not_allowed");
}

TEST(Authority, OwnershipOrNamingNeedsThePermissionToo) {
  Principal staff = Person(2, {On(Role::kStaff, "/1/")});
  EXPECT_EQ(Refused([&] { Require(staff, Permission::kManageProcesses, "/1/", true); }).code,
            "auth.permission_missing");
  EXPECT_EQ(Refused([&] { Require(staff, Permission::kManageProcesses, "/1/", false); }).code, "auth.forbidden");
  Require(Person(3, {On(Role::kProcessOwner, "/1/")}), Permission::kManageProcesses, "/1/7/", true);
}

TEST(Authority, NamingSomeoneWhoCannotActIsRefusedWithoutRevealingWhoIsUnseen) {
  FakePeople people;
  Principal caller = Person(1, {On(Role::kQualityManager, "/1/7/")});
  people.people[2] = Person(2, {On(Role::kQualityManager, "/1/")});  // above the caller, unseen, may approve
  people.people[3] = Person(3, {On(Role::kStaff, "/1/7/")});         // seen, may not approve
  people.people[4] = Person(4, {On(Role::kStaff, "/1/8/")});         // unseen, may not approve
  people.seen = {3};
  EXPECT_EQ(RequireNamed(people, caller, 2, Permission::kManageDocuments, "/1/7/", "approver_id").user_id, 2);
  Problem seen =
      Refused([&] { RequireNamed(people, caller, 3, Permission::kManageDocuments, "/1/7/", "approver_id"); });
  EXPECT_EQ(seen.status, 422);
  EXPECT_EQ(seen.code, "auth.named_without_permission");
  EXPECT_EQ(seen.field, "approver_id");
  EXPECT_EQ(seen.params.at("permission"), "manage_documents");
  Problem unseen = Refused([&] { RequireNamed(people, caller, 4, Permission::kManageDocuments, "/1/7/", "x"); });
  Problem missing = Refused([&] { RequireNamed(people, caller, 99, Permission::kManageDocuments, "/1/7/", "x"); });
  EXPECT_EQ(unseen.code, "validation.reference_not_found");
  EXPECT_EQ(missing.code, unseen.code);
  EXPECT_EQ(missing.field, unseen.field);
  EXPECT_EQ(Refused([&] {
              RequireNamed(people, caller, 3, Permission::kViewImprovement, "/1/8/", "head_user_id",
                           "units.head_without_access");
            }).code,
            "units.head_without_access");
}

// A refusal names the permission in the reader's language: every permission has its wording.
TEST(Authority, EveryPermissionIsWordedInBothLanguages) {
  for (Permission permission : AllPermissions()) {
    std::string name(PermissionName(permission));
    auto vi = WordedParams(Language::kVietnamese, {{"permission", name}}).at("permission");
    auto en = WordedParams(Language::kEnglish, {{"permission", name}}).at("permission");
    EXPECT_NE(vi, name) << name;
    EXPECT_NE(en, name) << name;
  }
}

}  // namespace
}  // namespace eduims::auth
