// The demo department's reporting request to its schools (see directives.cc): a mid-year self-assessment report
// requested by dispatch (its PDF attached), answered by two schools with their report files, one accepted and one
// returned for rework, the third begun by the school's principal, a process owner;
// recorded through the directive service as the department's quality manager and the schools' people would.
#pragma once
#include "application.h"

namespace eduims::demo {

void SeedDirectives(Application& app, const auth::Principal& quality_manager, const auth::Principal& tohieu,
                    const auth::Principal& chiengsinh, const auth::Principal& chuyen_principal);

}  // namespace eduims::demo
