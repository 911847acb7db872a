// The demo department's reporting request to its schools (see directives.cc): a mid-year self-assessment report
// requested by dispatch, answered by two schools, one accepted and one returned for rework, the others not started;
// recorded through the directive service as the department's quality manager and the schools' people would.
#pragma once
#include "application.h"

namespace eduims::demo {

void SeedDirectives(Application& app, const auth::Principal& quality_manager, const auth::Principal& tohieu,
                    const auth::Principal& chiengsinh);

}  // namespace eduims::demo
