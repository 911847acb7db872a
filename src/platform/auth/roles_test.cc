#include "platform/auth/roles.h"

#include <gtest/gtest.h>

#include <set>

#include "expected_permissions.h"

namespace eduims::auth {
namespace {

Principal WithGrant(Role role, std::string path) {
  Principal p;
  p.grants.push_back(Grant{1, role, 7, std::move(path), std::nullopt});
  return p;
}

TEST(Roles, NamesRoundTrip) {
  for (Role r : AllRoles()) EXPECT_EQ(ParseRole(RoleName(r)), r);
  EXPECT_FALSE(ParseRole("root"));
}

TEST(Roles, GrantCoversSubtreeOnly) {
  Principal p = WithGrant(Role::kAdministrator, "/1/7/");
  EXPECT_TRUE(p.Can(Permission::kManageOrganisation, "/1/7/"));
  EXPECT_TRUE(p.Can(Permission::kManageOrganisation, "/1/7/42/"));
  EXPECT_FALSE(p.Can(Permission::kManageOrganisation, "/1/"));
  EXPECT_FALSE(p.Can(Permission::kManageOrganisation, "/1/8/"));
  // "/1/70/" shares the text prefix "/1/7" but is not inside "/1/7/".
  EXPECT_FALSE(p.Can(Permission::kManageOrganisation, "/1/70/"));
}

// The table checked against the written-down one, every role x every permission, both ways.
TEST(Roles, EveryRoleHoldsExactlyTheWrittenPermissions) {
  std::set<std::string> roles;
  for (Role r : AllRoles()) {
    std::string role(RoleName(r));
    roles.insert(role);
    for (Permission perm : AllPermissions()) {
      std::string permission(PermissionName(perm));
      EXPECT_EQ(RoleHasPermission(r, perm), eduims::testing::ExpectedToHold(role, permission)) << role << " " << permission;
    }
  }
  std::set<std::string> expected_roles, expected_permissions, permissions;
  for (const auto& [role, held] : eduims::testing::ExpectedPermissions()) {
    expected_roles.insert(role);
    expected_permissions.insert(held.begin(), held.end());
  }
  for (Permission perm : AllPermissions()) permissions.insert(std::string(PermissionName(perm)));
  EXPECT_EQ(roles, expected_roles);
  EXPECT_EQ(permissions, expected_permissions);
}

TEST(Roles, ExternalAuditorIsReadOnly) {
  for (Permission perm : AllPermissions()) {
    bool read = perm == Permission::kViewOrganisation || perm == Permission::kViewActions ||
                perm == Permission::kViewDocuments || perm == Permission::kViewProcesses ||
                perm == Permission::kViewImprovement || perm == Permission::kViewAudits ||
                perm == Permission::kViewCertification || perm == Permission::kViewPlanning ||
                perm == Permission::kViewSurveys || perm == Permission::kViewCompetences ||
                perm == Permission::kViewReviews;
    EXPECT_EQ(RoleHasPermission(Role::kExternalAuditor, perm), read);
  }
}

TEST(Roles, StaffCannotManage) {
  Principal p = WithGrant(Role::kStaff, "/1/");
  EXPECT_FALSE(p.CanAnywhere(Permission::kManageActions));
  EXPECT_FALSE(p.CanAnywhere(Permission::kManageUsers));
  EXPECT_TRUE(p.Can(Permission::kUpdateOwnActions, "/1/3/"));
}

TEST(Roles, ScopeIsMinimal) {
  Principal p;
  p.grants = {{1, Role::kQualityManager, 2, "/1/2/", std::nullopt},
              {2, Role::kProcessOwner, 5, "/1/2/5/", std::nullopt},
              {3, Role::kStaff, 9, "/1/9/", std::nullopt}};
  EXPECT_EQ(p.Scope(Permission::kManageActions), (std::vector<std::string>{"/1/2/"}));
  EXPECT_EQ(p.Scope(Permission::kViewActions), (std::vector<std::string>{"/1/2/", "/1/9/"}));
}

TEST(Roles, GrantEndDateIsInclusive) {
  Grant g{1, Role::kExternalAuditor, 1, "/1/", std::string("2026-12-31")};
  EXPECT_TRUE(GrantInForce(g, "2026-12-31"));
  EXPECT_FALSE(GrantInForce(g, "2027-01-01"));
}

TEST(Roles, EveryPermissionHasItsOwnName) {
  std::set<std::string_view> names;
  for (Permission perm : AllPermissions()) {
    EXPECT_FALSE(PermissionName(perm).empty());
    EXPECT_TRUE(names.insert(PermissionName(perm)).second) << PermissionName(perm);
  }
}

}  // namespace
}  // namespace eduims::auth
