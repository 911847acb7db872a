// HTTP routes of competence: the catalogue and requirements under /api/v1/competences, a person's holdings under
// /api/v1/users/{id}/competences, and the matrix of a unit subtree (JSON and XLSX).
#pragma once
#include <memory>

#include "audits/service.h"
#include "people/service.h"
#include "platform/http/router.h"

namespace eduims::people {

// The routes share the service's ownership: they keep it as long as the router lives. Evidence files of a holding
// are uploaded under /api/v1/users/{id}/competences/{holding_id}/attachments, at most `upload_limit` bytes each.
void AddCompetenceRoutes(http::Router& router, std::shared_ptr<CompetenceService> service, size_t upload_limit);
// GET /api/v1/audits/{id}/auditor-qualification: for whoever sees the audit, its auditors lacking the internal
// auditor competence of one of its standards, and whether the organisation refuses such plans.
void AddQualificationRoute(http::Router& router, std::shared_ptr<CompetenceService> service,
                           audits::AuditService& audits);

}  // namespace eduims::people
