// HTTP routes of training under /api/v1/trainings: programmes, sessions, invitations, attendance (the trainer's
// register, the person's own check-in by code, an imported sheet), results, certificates and the check-in QR code.
#pragma once
#include <memory>

#include "platform/http/router.h"
#include "training/service.h"

namespace eduims::training {

// The routes share the service's ownership: they keep it as long as the router lives. A session's materials are
// uploaded under /api/v1/trainings/{id}/sessions/{session_id}/attachments, at most `upload_limit` bytes each.
void AddRoutes(http::Router& router, std::shared_ptr<TrainingService> service, size_t upload_limit);

}  // namespace eduims::training
