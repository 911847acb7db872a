// The spool folder (message.h's NewSpoolPath) after a crash: uploads a killed server was receiving stay on disk,
// since only a running process removes its own.
#pragma once
#include <chrono>

namespace eduims::http {

// Removes the spool files left by processes that are gone (a server killed during an upload), those whose name
// names no process, and those not written for `older_than` (no upload or export lives that long; this also covers
// a process id used again). Files of running servers sharing the folder stay. Returns how many it removed.
int RemoveAbandonedSpoolFiles(std::chrono::seconds older_than = std::chrono::hours(2));

}  // namespace eduims::http
