// HTTP routes of the interested parties register: /api/v1/party-classes, /api/v1/interested-parties and
// /api/v1/interested-parties/{id}/requirements. Added by AddContextRoutes.
#pragma once
#include "planning/party_service.h"
#include "platform/http/router.h"

namespace eduims::planning {

void AddPartyRoutes(http::Router& router, PartyService& service);

}  // namespace eduims::planning
