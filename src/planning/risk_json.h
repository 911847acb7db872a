// A risk's JSON object written straight to text (platform/json_writer.h), for the register's list pages and for
// ToJson (risk_model.h), so the two cannot drift apart.
#pragma once
#include <string>

#include "planning/risk_model.h"
#include "platform/json_writer.h"

namespace eduims::planning {

void WriteJson(JsonWriter& writer, const Risk& risk, const Matrix& matrix, const std::string& today);

}  // namespace eduims::planning
