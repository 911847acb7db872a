// The qualified auditors an audit programme may call on, unit by unit (issue 20, ISO 19011 7.2 and ISO 21001 9.2):
// for each unit of the programme's subtree, the people who hold, today, the internal auditor competence of every
// standard audited there, who do not work in that unit's subtree (independence) and who may conduct audits on it.
// The standards of a unit are those of the programme's live audits of it; a unit not yet audited is taken to be
// audited against the standards of the whole programme, or against every standard auditors qualify for while the
// programme holds no audit. Read-only: competences are the people module's, the programme and its audits are read
// through the audits module's service.
#pragma once
#include <boost/json.hpp>

#include <memory>

#include "audits/service.h"
#include "org/service.h"
#include "platform/http/router.h"

namespace eduims::people {

class QualifiedAuditors {
 public:
  QualifiedAuditors(db::Database& db, org::OrgService& org, audits::AuditService& audits)
      : db_(db), org_(org), audits_(audits) {}

  // {"programme_id", "today", "standards": [codes], "auditors": [{user_id, full_name, unit_id, unit_name,
  // competences: [{code, expires_on}]}], "units": [{unit_id, code, name, standards, auditor_ids}]}, for whoever may
  // view audits on the programme's unit (404 otherwise). Only people the caller may see are named.
  boost::json::object Of(const auth::Principal& who, db::Id programme_id);

 private:
  db::Database& db_;
  org::OrgService& org_;
  audits::AuditService& audits_;
};

// GET /api/v1/audit-programmes/{id}/qualified-auditors.
void AddQualifiedAuditorsRoute(http::Router& router, std::shared_ptr<QualifiedAuditors> service);

}  // namespace eduims::people
