// Certification on the calendar: every window of the certificates the feed's owner may see that is still to do or
// late (surveillances, recertification audit and decision, expiry, a proposed transition audit) as an all-day event
// spanning the window; the certification audits of the projects (stage 1 and 2, surveillance, recertification,
// special, transition) over their days; and the planned date of each step not yet completed. An organisation feed
// shows the certificates and projects of its unit's subtree; a personal feed the certificates its owner may see and
// the steps they are responsible for, with the audits of those projects.
#pragma once
#include "calendar/source.h"
#include "certification/certificate_service.h"
#include "certification/service.h"

namespace eduims::calendar {

class CertificationEvents : public CalendarSource {
 public:
  CertificationEvents(certification::CertificateService& certificates, certification::ProjectService& projects)
      : certificates_(certificates), projects_(projects) {}
  std::vector<Event> Events(const FeedQuery& query) override;

 private:
  void AddProjectEvents(const FeedQuery& query, std::vector<Event>& out);

  certification::CertificateService& certificates_;
  certification::ProjectService& projects_;
};

}  // namespace eduims::calendar
