// Audits on the calendar: each audit's planned days as an all-day event. A personal feed shows the audits its
// owner leads, is on the team of, or whose unit is theirs, among those the owner may see, and the audits the owner
// is an auditee of, whose plan is theirs to know even without the right to view audits; an organisation feed every
// audit of the subtree the owner may see.
#pragma once
#include "audits/service.h"
#include "calendar/source.h"
#include "org/service.h"

namespace eduims::calendar {

class AuditEvents : public CalendarSource {
 public:
  AuditEvents(audits::AuditService& audits, org::OrgService& org) : audits_(audits), org_(org) {}
  std::vector<Event> Events(const FeedQuery& query) override;

 private:
  audits::AuditService& audits_;
  org::OrgService& org_;
};

}  // namespace eduims::calendar
