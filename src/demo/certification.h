// The demo certification (see certification.cc), taken through its services as the department's quality manager
// and director would.
#pragma once
#include "application.h"

namespace eduims::demo {

// The department's integrated ISO 21001 + ISO 9001 certification: the seven steps up to surveillance, a
// certificate issued a little over two years ago, the first surveillance done and the second due within 90 days.
void SeedCertification(Application& app, const auth::Principal& quality_manager, const auth::Principal& director,
                       db::Id unit_id);

}  // namespace eduims::demo
