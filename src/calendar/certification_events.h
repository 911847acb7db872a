// Certification on the calendar: every window of the certificates the feed's owner may see that is still to do or
// late (surveillances, recertification audit and decision, expiry, a proposed transition audit) as an all-day event
// spanning the window. An organisation feed shows the certificates of its unit's subtree.
#pragma once
#include "calendar/source.h"
#include "certification/certificate_service.h"

namespace eduims::calendar {

class CertificationEvents : public CalendarSource {
 public:
  explicit CertificationEvents(certification::CertificateService& certificates) : certificates_(certificates) {}
  std::vector<Event> Events(const FeedQuery& query) override;

 private:
  certification::CertificateService& certificates_;
};

}  // namespace eduims::calendar
