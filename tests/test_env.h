// What the tests share: a throwaway PostgreSQL cluster (initdb in a temp folder, loopback, random port, started
// once per test run) and fresh databases on either engine.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "platform/clock.h"
#include "platform/db/database.h"

namespace eduims::testing {

// The engines every storage test runs on. PostgreSQL is included whenever its server programs are installed
// (found without naming a version), and then a failure to start it fails the run rather than skipping. With
// EDUIMS_REQUIRE_POSTGRESQL=1 (scripts/test sets it) a machine without them fails the run too. The run prints
// which engines it used.
std::vector<db::Engine> Engines();
std::string EngineName(db::Engine engine);

// The clock of every test: it starts on 23 November 2026 at 10:00 in Vietnam whenever the tests run, so no test
// depends on the real date or on running before or after midnight. Installed for the process before any test,
// and given to every Application a test makes.
std::shared_ptr<const Clock> TestClock();

// A URL for a new, empty database on `engine` (a temp SQLite file, or a new PostgreSQL database).
std::string FreshDatabaseUrl(db::Engine engine);

// A new temporary directory, removed at exit.
std::string TempDir();

// Runs a shell command, returns its exit status and captures stdout+stderr into `output`.
int RunCommand(const std::string& command, std::string* output = nullptr);

}  // namespace eduims::testing
