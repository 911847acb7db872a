// A generated file sent as a download: its media type and the name a browser saves it under.
#pragma once
#include <string>

#include "platform/http/message.h"
#include "platform/spool_file.h"

namespace eduims::http {

// REQUIRES: `filename` holds only ASCII letters, digits, '.', '-' and '_' (std::invalid_argument otherwise), so it
// needs no quoting or encoding in Content-Disposition.
Response Download(SpoolFile file, const std::string& content_type, const std::string& filename);

}  // namespace eduims::http
