// Demo satisfaction surveys (see surveys.cc), set up through the surveys service.
#pragma once
#include "application.h"

namespace eduims::demo {

// THPT Tô Hiệu's learners' survey on teaching of last school year and this term's (finished, for a trend), and a
// parents' survey running at THPT Chuyên Sơn La with its first answers; Tô Hiệu's confidential staff survey of last
// month, whose index feeds the school's computed indicator HL-CBGV (metric survey_satisfaction_index).
void SeedSurveys(Application& app, const auth::Principal& quality_manager);

}  // namespace eduims::demo
