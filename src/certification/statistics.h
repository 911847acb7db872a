// The public register's statistics: valid certificates and their holders by standard, by standard and edition, by
// organisation type and by region, and the holders of certificates to every standard of the integrated system (ISO
// 21001 and ISO 9001 together, on one certificate or two). Registers count institutions as well as certificates ("32
// hold ISO 21001, 27 hold both"): a holder counts once in each bucket however many of its certificates fall there.
// Pure domain code over the rows the store reads.
#pragma once
#include <boost/json.hpp>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::certification {

// One standard of one valid certificate.
struct CertifiedStandard {
  db::Id certificate_id = 0;
  db::Id unit_id = 0;  // the holder
  std::string organisation_type, region, code, edition;
};

// The standards the product integrates, by catalogue code.
const std::vector<std::string>& IntegratedStandards();

// {"valid_certificates", "holders", "by_standard": [{"code", "certificates", "holders"}], "by_edition": [{"code",
// "edition", "label", "certificates", "holders"}], "by_organisation_type": [{"organisation_type", "certificates",
// "holders"}], "by_region": [{"region", "certificates", "holders"}], "holders_of_integrated_system",
// "integrated_standards": [codes]}; every list sorted by its key.
boost::json::object RegisterStatistics(const std::vector<CertifiedStandard>& rows);

}  // namespace eduims::certification
