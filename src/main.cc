// The eduims command line. Each subcommand builds the Application and calls into it; no rules live here.
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
#include "org/store.h"
#include "platform/audit/audit_trail.h"
#include "platform/backup.h"
#include "platform/crypto.h"
#include "platform/db/migrations.h"
#include "platform/http/server.h"
#include "platform/i18n/messages.h"
#include "platform/problem.h"
#include "standards/catalogue.h"

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

}  // namespace

int main(int argc, char** argv) {
  InitCrypto();
  // Request threads hand log lines to one writer thread instead of taking turns at stderr; a full queue blocks
  // rather than dropping lines, and the queue is drained before exit.
  spdlog::init_thread_pool(16384, 1);
  auto logger = std::make_shared<spdlog::async_logger>("eduims", std::make_shared<spdlog::sinks::stderr_sink_mt>(),
                                                       spdlog::thread_pool(), spdlog::async_overflow_policy::block);
  logger->set_pattern("%v");
  spdlog::set_default_logger(logger);
  struct FlushAtExit {
    ~FlushAtExit() { spdlog::shutdown(); }
  } flush_at_exit;

  CLI::App cli{"EduIMS: one integrated management system for ISO 21001 and ISO 9001 in education"};
  cli.require_subcommand(1);
  std::string database = Env("EDUIMS_DATABASE_URL", "sqlite://./eduims.db");
  cli.add_option("--database", database, "database URL (sqlite:///path.db or postgresql://...)")
      ->envname("EDUIMS_DATABASE_URL");

  auto* serve = cli.add_subcommand("serve", "migrate, then serve the API and the web application");
  std::string listen = Env("EDUIMS_LISTEN", "127.0.0.1:8080");
  // Two per core: enough to overlap waits on PostgreSQL, few enough that a saturated server's tail stays short
  // (bench/README.md: 8 threads on 2 cores gave the action list a p99 of 10.7 ms, 4 threads 8.7 ms).
  int threads = std::clamp(2 * int(std::thread::hardware_concurrency()), 2, 64);
  serve->add_option("--listen", listen, "address:port to listen on")->envname("EDUIMS_LISTEN");
  serve->add_option("--threads", threads, "request threads (each may hold one database connection; default 2 per core)")
      ->check(CLI::Range(1, 64));
  std::vector<std::string> trusted_proxies;
  serve->add_option("--trusted-proxy", trusted_proxies,
                    "address of a reverse proxy whose X-Forwarded-For/-Proto to believe (repeatable)")
      ->envname("EDUIMS_TRUSTED_PROXIES")
      ->delimiter(',');
  size_t max_connections = 0;
  serve->add_option("--max-connections", max_connections,
                    "connections held open at once (default: what the open-file limit allows, at most 10000)")
      ->envname("EDUIMS_MAX_CONNECTIONS");
  size_t max_connections_per_address = 256;
  serve->add_option("--max-connections-per-address", max_connections_per_address,
                    "connections from one client address (default 256; trusted proxies are exempt)")
      ->envname("EDUIMS_MAX_CONNECTIONS_PER_ADDRESS")
      ->check(CLI::Range(size_t(1), size_t(1) << 20));
  int upload_limit_mb = 50;
  serve->add_option("--upload-limit-mb", upload_limit_mb, "largest attached file accepted, in MB (default 50)")
      ->envname("EDUIMS_UPLOAD_LIMIT_MB")
      ->check(CLI::Range(1, 2048));
  int request_time_limit = 30;
  serve->add_option("--request-time-limit", request_time_limit,
                    "seconds a request's database work may take before it stops and changes nothing (default 30; "
                    "exports and imports get ten times as long; 0: no limit)")
      ->envname("EDUIMS_REQUEST_TIME_LIMIT")
      ->check(CLI::Range(0, 3600));
  int answer_cache_mb = 12;
  serve->add_option("--answer-cache-mb", answer_cache_mb,
                    "memory for answers kept until the next write, in MB (default 12; 0: compute every answer)")
      ->envname("EDUIMS_ANSWER_CACHE_MB")
      ->check(CLI::Range(0, 4096));
  std::string web_root = Env("EDUIMS_WEB_ROOT");
  serve->add_option("--web-root", web_root, "the built web application (default: web/dist beside the build folder)")
      ->envname("EDUIMS_WEB_ROOT");

  // The background jobs: `serve` runs them every --jobs-interval seconds, `jobs run` once (from cron, say).
  int jobs_interval = 300;
  serve->add_option("--jobs-interval", jobs_interval,
                    "seconds between rounds of background jobs (escalation, mail); 0: none on this server")
      ->envname("EDUIMS_JOBS_INTERVAL")
      ->check(CLI::Range(0, 86400));
  auto* jobs_cmd = cli.add_subcommand("jobs", "the background jobs");
  jobs_cmd->require_subcommand(1);
  auto* jobs_run = jobs_cmd->add_subcommand("run", "run every background job once");
  std::string smtp_url = Env("EDUIMS_SMTP_URL");
  std::string mail_from = Env("EDUIMS_MAIL_FROM", "EduIMS <eduims@localhost>");
  std::string public_url = Env("EDUIMS_PUBLIC_URL");
  for (auto* command : {serve, jobs_run}) {
    command->add_option("--smtp", smtp_url, "mail relay, smtp://host[:port]; none: mail stays queued")
        ->envname("EDUIMS_SMTP_URL");
    command->add_option("--mail-from", mail_from, "the From of mail sent")->envname("EDUIMS_MAIL_FROM");
    command->add_option("--public-url", public_url, "the address users open, for links in mail (default: http://LISTEN)")
        ->envname("EDUIMS_PUBLIC_URL");
  }

  auto* migrate = cli.add_subcommand("migrate", "apply pending schema migrations and load the standards catalogue");

  auto* init = cli.add_subcommand("init", "create the organisation and its first administrator "
                                          "(EDUIMS_ADMIN_EMAIL, EDUIMS_ADMIN_PASSWORD)");
  bool with_demo = false;
  demo::InitOptions init_options;
  init->add_flag("--demo", with_demo, "also add demo units, users in every role and actions");
  init->add_option("--organisation-code", init_options.organisation_code, "code of the top-level unit");
  init->add_option("--organisation-name", init_options.organisation_name, "name of the top-level unit");

  auto* user = cli.add_subcommand("user", "manage user accounts");
  user->require_subcommand(1);
  std::string email, full_name, unit_code, role;
  bool password_stdin = false;
  auto* user_add = user->add_subcommand("add", "add a user (password read from standard input with --password-stdin)");
  user_add->add_option("--email", email, "e-mail address")->required();
  user_add->add_option("--name", full_name, "full name")->required();
  user_add->add_option("--unit", unit_code, "code of the user's unit")->required();
  user_add->add_option("--role", role, "role granted on the user's unit");
  user_add->add_flag("--password-stdin", password_stdin, "read the password from standard input");
  auto* user_password = user->add_subcommand("set-password", "set a user's password, read from standard input");
  user_password->add_option("--email", email, "e-mail address")->required();
  auto* user_disable = user->add_subcommand("disable", "disable a user and end their sessions");
  user_disable->add_option("--email", email, "e-mail address")->required();
  auto* user_list = user->add_subcommand("list", "list users");

  auto* backup = cli.add_subcommand("backup", "write an online, consistent copy of the database");
  std::string backup_output;
  backup->add_option("--output", backup_output, "file to write (SQLite database or pg_dump archive)")->required();

  auto* audit_cmd = cli.add_subcommand("audit", "the audit trail");
  audit_cmd->require_subcommand(1);
  auto* audit_verify = audit_cmd->add_subcommand("verify", "check the hash chain; report the first broken entry");

  auto* version = cli.add_subcommand("version", "print the version");

  CLI11_PARSE(cli, argc, argv);

  if (version->parsed()) {
    std::cout << "eduims " << EDUIMS_VERSION << "\n";
    return 0;
  }
  try {
    ApplicationOptions options;
    options.database_url = database;
    options.pool_size = serve->parsed() ? size_t(threads) + 2 : 2;
    options.upload_limit_bytes = size_t(upload_limit_mb) << 20;
    options.answer_cache_bytes = size_t(answer_cache_mb) << 20;
    if (serve->parsed()) options.request_time_limit = std::chrono::seconds(request_time_limit);
    Application app(options);
    auto system = audit::Actor::System("cli");
    JobOptions job_options;
    if (!smtp_url.empty()) {
      job_options.smtp = mail::ParseSmtpUrl(smtp_url);
      if (!job_options.smtp) {
        std::cerr << "error: --smtp must be smtp://host[:port], not " << smtp_url << "\n";
        return 2;
      }
      job_options.smtp->from = mail_from;
    }
    job_options.public_url = public_url.empty() ? "http://" + listen : public_url;
    while (!job_options.public_url.empty() && job_options.public_url.back() == '/') job_options.public_url.pop_back();

    if (serve->parsed()) {
      app.Prepare();
      auto [host, port] = http::ParseListenAddress(listen);
      http::ServerOptions server_options;
      server_options.address = host;
      server_options.port = port;
      server_options.threads = threads;
      server_options.handle_signals = true;
      server_options.trusted_proxies = trusted_proxies;
      server_options.max_connections = max_connections;
      server_options.max_connections_per_address = max_connections_per_address;
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
      if (jobs_interval > 0) {
        scheduler.emplace(app.Jobs(job_options), std::chrono::seconds(jobs_interval));
        scheduler->Start();
        if (!job_options.smtp)
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
    if (jobs_run->parsed()) {
      app.Prepare();
      return jobs::RunAll(app.Jobs(job_options)) == 0 ? 0 : 1;
    }
    if (migrate->parsed()) {
      auto applied = db::Migrate(app.db());
      auto report = standards::LoadEmbeddedCatalogue(app.db());
      std::cout << "migrations applied: " << applied.size() << ", schema version " << db::SchemaVersion(app.db())
                << "; standards loaded or changed: " << report.standards_changed << "\n";
      return 0;
    }
    if (init->parsed()) {
      app.Prepare();
      init_options.admin_email = Env("EDUIMS_ADMIN_EMAIL", with_demo ? "admin@demo.eduims.vn" : "");
      init_options.admin_password = Env("EDUIMS_ADMIN_PASSWORD", with_demo ? demo::kDemoPassword : "");
      if (init_options.admin_email.empty() || init_options.admin_password.empty()) {
        std::cerr << "error: set EDUIMS_ADMIN_EMAIL and EDUIMS_ADMIN_PASSWORD\n";
        return 2;
      }
      if (with_demo) init_options.organisation_name = "Sở Giáo dục và Đào tạo Sơn La";
      demo::Initialise(app, init_options);
      std::cout << "organisation " << init_options.organisation_code << " created; administrator "
                << init_options.admin_email << "\n";
      if (with_demo) {
        demo::SeedDemo(app);
        std::cout << "demo data added; every demo user's password is " << demo::kDemoPassword << ":\n";
        for (const auto& d : demo::DemoUsers()) std::cout << "  " << d.email << "  (" << d.role << ")\n";
      }
      return 0;
    }
    if (user->parsed()) {
      app.Prepare();
      if (user_add->parsed()) {
        std::optional<org::Unit> unit;
        app.db().Read([&](soci::session& s) { unit = org::store::FindUnitByCode(s, unit_code); });
        if (!unit) {
          std::cerr << "error: no unit with code " << unit_code << "\n";
          return 2;
        }
        org::UserInput in;
        in.unit_id = unit->id;
        in.email = email;
        in.full_name = full_name;
        if (password_stdin) in.password = ReadPasswordFromStdin();
        org::User created = app.org().CreateUser(nullptr, in, system);
        if (!role.empty()) app.org().AddGrant(nullptr, created.id, role, unit->id, std::nullopt, system);
        std::cout << "user " << created.id << " " << created.email << " added\n";
        return 0;
      }
      auto found = app.org().FindUserByEmail(email);
      if (user_list->parsed()) {
        org::UserFilter filter;
        filter.include_disabled = true;
        filter.limit = 200;
        while (true) {
          auto users = app.org().ListUsers(nullptr, filter);
          for (const auto& u : users)
            std::cout << u.id << "\t" << u.email << "\t" << u.full_name << "\t"
                      << (u.disabled_at ? "disabled" : "active") << "\n";
          if (int(users.size()) < filter.limit) break;
          filter.after = users.back().id;
        }
        return 0;
      }
      if (!found) {
        std::cerr << "error: no user with e-mail " << email << "\n";
        return 2;
      }
      org::UserPatch patch;
      if (user_password->parsed()) patch.password = ReadPasswordFromStdin();
      if (user_disable->parsed()) patch.disabled = true;
      app.org().UpdateUser(nullptr, found->id, std::nullopt, patch, system);
      std::cout << "user " << found->email << " updated\n";
      return 0;
    }
    if (backup->parsed()) {
      WriteBackup(app.db(), backup_output);
      std::cout << "backup written to " << backup_output << "\n";
      return 0;
    }
    if (audit_verify->parsed()) {
      auto report = audit::VerifyChain(app.db());
      if (report.intact) {
        std::cout << "audit trail intact: " << report.entries_checked << " entries\n";
        return 0;
      }
      std::cout << "audit trail BROKEN at entry " << report.first_broken_id.value_or(0) << ": " << report.reason
                << "\n";
      return 1;
    }
  } catch (const ProblemError& e) {
    return Report(e);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
