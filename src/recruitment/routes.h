// HTTP routes of recruitment (ISO 21001 7.1.2): processes under /api/v1/recruitment-processes, recruitments, their
// workflow steps and retained results (attachments) under /api/v1/recruitments.
#pragma once
#include <memory>

#include "platform/http/router.h"
#include "recruitment/service.h"

namespace eduims::recruitment {

// The routes share the service's ownership: they keep it as long as the router lives.
void AddRoutes(http::Router& router, std::shared_ptr<RecruitmentService> service, size_t upload_limit);

}  // namespace eduims::recruitment
