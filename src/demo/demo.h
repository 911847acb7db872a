// The organisation a new install starts with (`eduims init`), and the demo data (`eduims init --demo`): a
// provincial Department of Education and Training with affiliated schools and a user in each role.
#pragma once
#include <string>
#include <vector>

#include "application.h"

namespace eduims::demo {

struct InitOptions {
  std::string organisation_code = "SO-GDDT";
  std::string organisation_name = "Sở Giáo dục và Đào tạo";
  std::string admin_email;
  std::string admin_password;
  std::string admin_name = "Quản trị hệ thống";
};

// Creates the root unit and the first administrator. Throws ProblemError or std::runtime_error if the database
// already has an organisation.
void Initialise(Application& app, const InitOptions& options);

// The password every demo user has; printed by `init --demo` and in the README.
inline constexpr const char* kDemoPassword = "EduIMS-demo-2026";

struct DemoUser {
  std::string email, full_name, unit_code, role;
  std::string grant_unit_code;  // where the role is granted, when not the user's own unit
};
const std::vector<DemoUser>& DemoUsers();

// Gives the root its region (Sơn La, where the demo units lie) and adds the demo units, users (password
// kDemoPassword), actions, processes, records, documents (published and in review), nonconformities, improvements, an
// audit programme with a planned audit, and the department's integrated certification under the root.
void SeedDemo(Application& app);

}  // namespace eduims::demo
