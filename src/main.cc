// The eduims command line: one function per subcommand, each building the Application and calling into it. No
// rules and no storage access live here.
#include <CLI/CLI.hpp>
#include <spdlog/async.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "application.h"
#include "demo/demo.h"
#include "platform/crypto.h"
#include "platform/http/server.h"
#include "platform/i18n/messages.h"
#include "platform/problem.h"

namespace {

using namespace eduims;

std::string Env(const char* name, const std::string& fallback = "") {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

std::string ReadPasswordFromStdin() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// Everything the command line sets; each subcommand reads its part.
struct Settings {
  std::string database = Env("EDUIMS_DATABASE_URL", "sqlite://./eduims.db");
  // serve
  std::string listen = Env("EDUIMS_LISTEN", "127.0.0.1:8080");
  // Two per core: enough to overlap waits on PostgreSQL, few enough that a saturated server's tail stays short
  // (bench/README.md: 8 threads on 2 cores gave the action list a p99 of 10.7 ms, 4 threads 8.7 ms).
  int threads = std::clamp(2 * int(std::thread::hardware_concurrency()), 2, 64);
  std::vector<std::string> trusted_proxies;
  size_t max_connections = 0;
  size_t max_connections_per_address = 256;
  int upload_limit_mb = 50;
  int request_time_limit = 30;
  int answer_cache_mb = 12;
  int survey_rate_limit = 240;
  std::string web_root = Env("EDUIMS_WEB_ROOT");
  int jobs_interval = 300;
  // serve and jobs run
  std::string smtp_url = Env("EDUIMS_SMTP_URL");
  std::string mail_from = Env("EDUIMS_MAIL_FROM", "EduIMS <eduims@localhost>");
  std::string public_url = Env("EDUIMS_PUBLIC_URL");
  // init
  bool with_demo = false;
  demo::InitOptions init;
  // user
  std::string email, full_name, unit_code, role;
  bool password_stdin = false;
  // backup
  std::string backup_output;
};

// --public-url without a trailing slash, by default the address listened on.
std::string PublicUrl(const Settings& s) {
  std::string url = s.public_url.empty() ? "http://" + s.listen : s.public_url;
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

// `serving`: the server's connections and time limit; otherwise a tool's two connections and no limit.
ApplicationOptions AppOptions(const Settings& s, bool serving) {
  ApplicationOptions options;
  options.database_url = s.database;
  options.pool_size = serving ? size_t(s.threads) + 2 : 2;
  options.upload_limit_bytes = size_t(s.upload_limit_mb) << 20;
  options.answer_cache_bytes = size_t(s.answer_cache_mb) << 20;
  options.survey_rate_limit = {s.survey_rate_limit, 60};
  // Printed QR posters and code slips carry absolute links.
  options.public_url = PublicUrl(s);
  if (serving) options.request_time_limit = std::chrono::seconds(s.request_time_limit);
  return options;
}

// The jobs' options from --smtp, --mail-from and --public-url; nullopt, having said why, if --smtp is unusable.
std::optional<JobOptions> ReadJobOptions(const Settings& s) {
  JobOptions options;
  if (!s.smtp_url.empty()) {
    options.smtp = mail::ParseSmtpUrl(s.smtp_url);
    if (!options.smtp) {
      std::cerr << "error: --smtp must be smtp://host[:port], not " << s.smtp_url << "\n";
      return std::nullopt;
    }
    options.smtp->from = s.mail_from;
  }
  options.public_url = PublicUrl(s);
  return options;
}

int Serve(const Settings& s) {
  auto job_options = ReadJobOptions(s);
  if (!job_options) return 2;
  Application app(AppOptions(s, true));
  app.Prepare();
  auto [host, port] = http::ParseListenAddress(s.listen);
  http::ServerOptions server_options;
  server_options.address = host;
  server_options.port = port;
  server_options.threads = s.threads;
  server_options.handle_signals = true;
  server_options.trusted_proxies = s.trusted_proxies;
  server_options.max_connections = s.max_connections;
  server_options.max_connections_per_address = s.max_connections_per_address;
  std::string web_root = s.web_root;
  if (web_root.empty()) {
    // build/eduims in a checkout serves the checkout's web/dist.
    auto beside = std::filesystem::canonical("/proc/self/exe").parent_path().parent_path() / "web" / "dist";
    if (std::filesystem::exists(beside / "index.html")) web_root = beside.string();
  }
  if (!web_root.empty()) {
    if (!std::filesystem::exists(std::filesystem::path(web_root) / "index.html")) {
      std::cerr << "error: " << web_root << " holds no index.html\n";
      return 2;
    }
    app.http().ServeWebApplication(web_root);
  }
  http::Server server(app.http(), server_options);
  server.Bind();
  std::optional<jobs::Scheduler> scheduler;
  if (s.jobs_interval > 0) {
    scheduler.emplace(app.Jobs(*job_options), std::chrono::seconds(s.jobs_interval));
    scheduler->Start();
    if (!job_options->smtp)
      spdlog::warn(R"({"event":"mail_not_configured","detail":"notices stay queued until --smtp is set"})");
  }
  spdlog::info(R"({"event":"listening","address":")" + host + R"(","port":)" + std::to_string(server.port()) +
               R"(,"engine":")" + (app.db().is_sqlite() ? "sqlite" : "postgresql") + R"(","web_root":")" + web_root +
               R"("})");
  server.Run();
  if (scheduler) scheduler->Stop();
  spdlog::info(R"({"event":"stopped"})");
  return 0;
}

int RunJobs(const Settings& s) {
  auto job_options = ReadJobOptions(s);
  if (!job_options) return 2;
  Application app(AppOptions(s, false));
  app.Prepare();
  return jobs::RunAll(app.Jobs(*job_options)) == 0 ? 0 : 1;
}

int Migrate(const Settings& s) {
  Application app(AppOptions(s, false));
  auto report = app.Prepare();
  std::cout << "migrations applied: " << report.migrations_applied << ", schema version " << report.schema_version
            << "; standards loaded or changed: " << report.standards_changed << "\n";
  return 0;
}

int Init(const Settings& s) {
  Application app(AppOptions(s, false));
  app.Prepare();
  demo::InitOptions options = s.init;
  options.admin_email = Env("EDUIMS_ADMIN_EMAIL", s.with_demo ? "admin@demo.eduims.vn" : "");
  options.admin_password = Env("EDUIMS_ADMIN_PASSWORD", s.with_demo ? demo::kDemoPassword : "");
  if (options.admin_email.empty() || options.admin_password.empty()) {
    std::cerr << "error: set EDUIMS_ADMIN_EMAIL and EDUIMS_ADMIN_PASSWORD\n";
    return 2;
  }
  if (s.with_demo) options.organisation_name = "Sở Giáo dục và Đào tạo Sơn La";
  demo::Initialise(app, options);
  std::cout << "organisation " << options.organisation_code << " created; administrator " << options.admin_email
            << "\n";
  if (s.with_demo) {
    demo::SeedDemo(app);
    std::cout << "demo data added; every demo user's password is " << demo::kDemoPassword << ":\n";
    for (const auto& d : demo::DemoUsers()) std::cout << "  " << d.email << "  (" << d.role << ")\n";
  }
  return 0;
}

int UserAdd(const Settings& s) {
  Application app(AppOptions(s, false));
  app.Prepare();
  std::optional<org::Unit> unit = app.org().FindUnitByCode(s.unit_code);
  if (!unit) {
    std::cerr << "error: no unit with code " << s.unit_code << "\n";
    return 2;
  }
  org::UserInput in;
  in.unit_id = unit->id;
  in.email = s.email;
  in.full_name = s.full_name;
  if (s.password_stdin) in.password = ReadPasswordFromStdin();
  auto system = audit::Actor::System("cli");
  org::User created = app.org().CreateUser(nullptr, in, system);
  if (!s.role.empty()) app.org().AddGrant(nullptr, created.id, s.role, unit->id, std::nullopt, system);
  std::cout << "user " << created.id << " " << created.email << " added\n";
  return 0;
}

// user set-password and user disable: `patch` applied to the user with --email.
int UserUpdate(const Settings& s, org::UserPatch patch) {
  Application app(AppOptions(s, false));
  app.Prepare();
  auto found = app.org().FindUserByEmail(s.email);
  if (!found) {
    std::cerr << "error: no user with e-mail " << s.email << "\n";
    return 2;
  }
  app.org().UpdateUser(nullptr, found->id, std::nullopt, patch, audit::Actor::System("cli"));
  std::cout << "user " << found->email << " updated\n";
  return 0;
}

int UserSetPassword(const Settings& s) {
  org::UserPatch patch;
  patch.password = ReadPasswordFromStdin();
  return UserUpdate(s, patch);
}

int UserDisable(const Settings& s) {
  org::UserPatch patch;
  patch.disabled = true;
  return UserUpdate(s, patch);
}

int UserList(const Settings& s) {
  Application app(AppOptions(s, false));
  app.Prepare();
  org::UserFilter filter;
  filter.include_disabled = true;
  filter.limit = 200;
  while (true) {
    auto users = app.org().ListUsers(nullptr, filter);
    for (const auto& u : users)
      std::cout << u.id << "\t" << u.email << "\t" << u.full_name << "\t" << (u.disabled_at ? "disabled" : "active")
                << "\n";
    if (int(users.size()) < filter.limit) break;
    filter.after = users.back().id;
  }
  return 0;
}

int Backup(const Settings& s) {
  Application app(AppOptions(s, false));
  app.Backup(s.backup_output);
  std::cout << "backup written to " << s.backup_output << "\n";
  return 0;
}

int AuditVerify(const Settings& s) {
  Application app(AppOptions(s, false));
  auto report = app.VerifyAuditTrail();
  if (report.intact) {
    std::cout << "audit trail intact: " << report.entries_checked << " entries\n";
    return 0;
  }
  std::cout << "audit trail BROKEN at entry " << report.first_broken_id.value_or(0) << ": " << report.reason << "\n";
  return 1;
}

int Version(const Settings&) {
  std::cout << "eduims " << EDUIMS_VERSION << "\n";
  return 0;
}

using Command = int (*)(const Settings&);

// Declares every subcommand and its options (read into `s`) on `cli`; returns each runnable subcommand with the
// function that runs it.
std::vector<std::pair<CLI::App*, Command>> DefineCommands(CLI::App& cli, Settings& s) {
  cli.require_subcommand(1);
  cli.add_option("--database", s.database, "database URL (sqlite:///path.db or postgresql://...)")
      ->envname("EDUIMS_DATABASE_URL");

  auto* serve = cli.add_subcommand("serve", "migrate, then serve the API and the web application");
  serve->add_option("--listen", s.listen, "address:port to listen on")->envname("EDUIMS_LISTEN");
  serve->add_option("--threads", s.threads,
                    "request threads (each may hold one database connection; default 2 per core)")
      ->check(CLI::Range(1, 64));
  serve->add_option("--trusted-proxy", s.trusted_proxies,
                    "address of a reverse proxy whose X-Forwarded-For/-Proto to believe (repeatable)")
      ->envname("EDUIMS_TRUSTED_PROXIES")
      ->delimiter(',');
  serve->add_option("--max-connections", s.max_connections,
                    "connections held open at once (default: what the open-file limit allows, at most 10000)")
      ->envname("EDUIMS_MAX_CONNECTIONS");
  serve->add_option("--max-connections-per-address", s.max_connections_per_address,
                    "connections from one client address (default 256; trusted proxies are exempt)")
      ->envname("EDUIMS_MAX_CONNECTIONS_PER_ADDRESS")
      ->check(CLI::Range(size_t(1), size_t(1) << 20));
  serve->add_option("--upload-limit-mb", s.upload_limit_mb, "largest attached file accepted, in MB (default 50)")
      ->envname("EDUIMS_UPLOAD_LIMIT_MB")
      ->check(CLI::Range(1, 2048));
  serve->add_option("--request-time-limit", s.request_time_limit,
                    "seconds a request's database work may take before it stops and changes nothing (default 30; "
                    "exports and imports get ten times as long; 0: no limit)")
      ->envname("EDUIMS_REQUEST_TIME_LIMIT")
      ->check(CLI::Range(0, 3600));
  serve->add_option("--answer-cache-mb", s.answer_cache_mb,
                    "memory for answers kept until the next write, in MB (default 12; 0: compute every answer)")
      ->envname("EDUIMS_ANSWER_CACHE_MB")
      ->check(CLI::Range(0, 4096));
  serve->add_option("--survey-rate-limit", s.survey_rate_limit,
                    "requests a minute one client address may make to the public survey page /s/... (default 240, "
                    "a class answering from its school's one address; counted in the database, shared by every "
                    "server)")
      ->envname("EDUIMS_SURVEY_RATE_LIMIT")
      ->check(CLI::Range(1, 100000000));
  serve->add_option("--web-root", s.web_root, "the built web application (default: web/dist beside the build folder)")
      ->envname("EDUIMS_WEB_ROOT");

  // The background jobs: `serve` runs them every --jobs-interval seconds, `jobs run` once (from cron, say).
  serve->add_option("--jobs-interval", s.jobs_interval,
                    "seconds between rounds of background jobs (escalation, mail); 0: none on this server")
      ->envname("EDUIMS_JOBS_INTERVAL")
      ->check(CLI::Range(0, 86400));
  auto* jobs_cmd = cli.add_subcommand("jobs", "the background jobs");
  jobs_cmd->require_subcommand(1);
  auto* jobs_run = jobs_cmd->add_subcommand("run", "run every background job once");
  for (auto* command : {serve, jobs_run}) {
    command->add_option("--smtp", s.smtp_url, "mail relay, smtp://host[:port]; none: mail stays queued")
        ->envname("EDUIMS_SMTP_URL");
    command->add_option("--mail-from", s.mail_from, "the From of mail sent")->envname("EDUIMS_MAIL_FROM");
    command->add_option("--public-url", s.public_url,
                        "the address users open, for links in mail (default: http://LISTEN)")
        ->envname("EDUIMS_PUBLIC_URL");
  }

  auto* migrate = cli.add_subcommand("migrate", "apply pending schema migrations and load the standards catalogue");

  auto* init = cli.add_subcommand("init", "create the organisation and its first administrator "
                                          "(EDUIMS_ADMIN_EMAIL, EDUIMS_ADMIN_PASSWORD)");
  init->add_flag("--demo", s.with_demo, "also add demo units, users in every role and actions");
  init->add_option("--organisation-code", s.init.organisation_code, "code of the top-level unit");
  init->add_option("--organisation-name", s.init.organisation_name, "name of the top-level unit");

  auto* user = cli.add_subcommand("user", "manage user accounts");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "add a user (password read from standard input with --password-stdin)");
  user_add->add_option("--email", s.email, "e-mail address")->required();
  user_add->add_option("--name", s.full_name, "full name")->required();
  user_add->add_option("--unit", s.unit_code, "code of the user's unit")->required();
  user_add->add_option("--role", s.role, "role granted on the user's unit");
  user_add->add_flag("--password-stdin", s.password_stdin, "read the password from standard input");
  auto* user_password = user->add_subcommand("set-password", "set a user's password, read from standard input");
  user_password->add_option("--email", s.email, "e-mail address")->required();
  auto* user_disable = user->add_subcommand("disable", "disable a user and end their sessions");
  user_disable->add_option("--email", s.email, "e-mail address")->required();
  auto* user_list = user->add_subcommand("list", "list users");

  auto* backup = cli.add_subcommand("backup", "write an online, consistent copy of the database");
  backup->add_option("--output", s.backup_output, "file to write (SQLite database or pg_dump archive)")->required();

  auto* audit_cmd = cli.add_subcommand("audit", "the audit trail");
  audit_cmd->require_subcommand(1);
  auto* audit_verify = audit_cmd->add_subcommand("verify", "check the hash chain; report the first broken entry");

  auto* version = cli.add_subcommand("version", "print the version");

  return {{serve, Serve}, {jobs_run, RunJobs}, {migrate, Migrate}, {init, Init}, {user_add, UserAdd},
          {user_password, UserSetPassword}, {user_disable, UserDisable}, {user_list, UserList}, {backup, Backup},
          {audit_verify, AuditVerify}, {version, Version}};
}

// A refusal the product explains (a ProblemError) is 2, in English with each bad row; any other failure is 1.
int Report(const ProblemError& e) {
  std::cerr << "error: " << MessageDetail(e.problem().code, Language::kEnglish, [&] {
    auto params = e.problem().params;
    params.emplace("field", e.problem().field);
    return params;
  }()) << " (" << e.problem().code << ")\n";
  for (const Problem& p : e.problem().errors) {
    auto params = p.params;
    params.emplace("field", p.field);
    std::cerr << "  row " << params["row"] << ": " << MessageDetail(p.code, Language::kEnglish, params) << "\n";
  }
  return 2;
}

int Run(Command command, const Settings& s) {
  try {
    return command(s);
  } catch (const ProblemError& e) {
    return Report(e);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}

// Request threads hand log lines to one writer thread instead of taking turns at stderr; a full queue blocks
// rather than dropping lines, and the queue is drained before exit.
struct Logging {
  Logging() {
    spdlog::init_thread_pool(16384, 1);
    auto logger = std::make_shared<spdlog::async_logger>("eduims", std::make_shared<spdlog::sinks::stderr_sink_mt>(),
                                                         spdlog::thread_pool(), spdlog::async_overflow_policy::block);
    logger->set_pattern("%v");
    spdlog::set_default_logger(logger);
  }
  ~Logging() { spdlog::shutdown(); }
};

}  // namespace

int main(int argc, char** argv) {
  InitCrypto();
  Logging logging;
  CLI::App cli{"EduIMS: one integrated management system for ISO 21001 and ISO 9001 in education"};
  Settings settings;
  auto commands = DefineCommands(cli, settings);
  CLI11_PARSE(cli, argc, argv);
  for (const auto& [command, run] : commands)
    if (command->parsed()) return Run(run, settings);
  return 0;
}
