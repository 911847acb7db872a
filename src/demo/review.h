// The demo department's management reviews (see review.cc): last year's, held and approved with its decisions and
// filed minutes, and this year's, planned; recorded through the review service as the quality manager and the
// director would.
#pragma once
#include "application.h"

namespace eduims::demo {

void SeedReviews(Application& app, const auth::Principal& quality_manager, const auth::Principal& director);

}  // namespace eduims::demo
