// What the tests share: a throwaway PostgreSQL cluster (initdb in a temp folder, loopback, random port, started
// once per test run) and fresh databases on either engine.
#pragma once
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::testing {

// The engines every storage test runs on. PostgreSQL is included whenever its server binaries are installed,
// and then a failure to start it fails the run rather than skipping.
std::vector<db::Engine> Engines();
std::string EngineName(db::Engine engine);

// A URL for a new, empty database on `engine` (a temp SQLite file, or a new PostgreSQL database).
std::string FreshDatabaseUrl(db::Engine engine);

// A new temporary directory, removed at exit.
std::string TempDir();

// Runs a shell command, returns its exit status and captures stdout+stderr into `output`.
int RunCommand(const std::string& command, std::string* output = nullptr);

}  // namespace eduims::testing
