// HTTP routes of surveys: /api/v1/questionnaires, /api/v1/questionnaire-library, /api/v1/surveys (campaigns, their
// links and codes, transitions, results, free-text answers, the XLSX export) and the public answering page /s/{code}.
#pragma once
#include "platform/http/rate_limit.h"
#include "platform/http/router.h"
#include "surveys/service.h"

namespace eduims::surveys {

void AddQuestionnaireRoutes(http::Router& router, SurveyService& service);
void AddCampaignRoutes(http::Router& router, SurveyService& service);
// The answering page, without login; every request counts against the caller's address in `limiter`.
void AddAnsweringRoutes(http::Router& router, SurveyService& service, http::RateLimiter& limiter);

}  // namespace eduims::surveys
