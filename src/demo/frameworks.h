// The demo's framework beyond ISO (see frameworks.cc): a short excerpt-shaped school accreditation framework,
// imported and mapped to ISO 21001 as the department's quality manager would.
#pragma once
#include "application.h"

namespace eduims::demo {

// The code of the demo framework ("moet-thpt-minhhoa", version "2024"; it sorts after the ISO codes, so
// screens that open on the first standard still open on an ISO one).
inline constexpr const char* kDemoFrameworkCode = "moet-thpt-minhhoa";

void SeedFramework(Application& app, const auth::Principal& quality_manager);

}  // namespace eduims::demo
