// The whole product wired together: the database, every module's service and every route. The command line, the
// tests and the benchmark all build the product through this one class, so they run the same thing.
#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "actions/service.h"
#include "audits/service.h"
#include "calendar/action_events.h"
#include "calendar/audit_events.h"
#include "calendar/certification_events.h"
#include "calendar/service.h"
#include "certification/audit_service.h"
#include "certification/certificate_service.h"
#include "certification/service.h"
#include "complaints/service.h"
#include "directives/service.h"
#include "documents/service.h"
#include "frameworks/service.h"
#include "improvement/register_service.h"
#include "improvement/service.h"
#include "notifications/service.h"
#include "org/accounts.h"
#include "org/service.h"
#include "oversight/service.h"
#include "planning/indicator_computed.h"
#include "planning/indicator_service.h"
#include "planning/objective_service.h"
#include "platform/audit/audit_trail.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/http/app.h"
#include "platform/http/rate_limit.h"
#include "platform/jobs/scheduler.h"
#include "platform/mail/smtp.h"
#include "planning/risk_service.h"
#include "processes/service.h"
#include "readiness/service.h"
#include "records/service.h"
#include "review/input_source.h"
#include "review/service.h"
#include "surveys/service.h"

namespace eduims::planning {
struct ContextModule;
}  // namespace eduims::planning

namespace eduims {

struct ApplicationOptions {
  std::string database_url = "sqlite://./eduims.db";
  size_t pool_size = 8;
  size_t upload_limit_bytes = 50u << 20;  // the largest file accepted as an attachment
  // Memory for the answers each server keeps until the next write (http::Route::cacheable): two thirds for lists
  // and registers, a third for nonconformity dashboards (hundreds of them: the province's is about 5 kB). 0 keeps
  // none, so every answer is computed (what a benchmark of the queries themselves wants).
  size_t answer_cache_bytes = 12u << 20;
  // How long a request's database work may take (http::App; the exports and imports get ten times as long); on
  // PostgreSQL also every statement's statement_timeout. Zero: no limit, as for the command line's own work.
  std::chrono::milliseconds request_time_limit{0};
  // Per client address, for the routes anyone may call without logging in (certificate verification).
  http::RateLimit public_rate_limit;
  // Per client address, for the public survey page: a class answering from its school's one address fits in it.
  http::RateLimit survey_rate_limit{240, 60};
  // The address users open (serve --public-url), for the links printed on survey posters and code slips.
  std::string public_url = "http://127.0.0.1:8080";
  // Where today's date and every timestamp come from; installed for the whole process (platform/clock.h) when the
  // Application is made. Tests give a clock fixed on a known day.
  std::shared_ptr<const Clock> clock = SystemClock();
};

// What the background jobs need from the server's configuration.
struct JobOptions {
  std::optional<mail::SmtpOptions> smtp;           // none: mail stays queued in the outbox
  std::string public_url = "http://127.0.0.1:8080";  // where links in notices point
};

class Application {
 public:
  // Opens the database. REQUIRES: Prepare() before serving requests.
  explicit Application(const ApplicationOptions& options);
  // Out of line: the planning module's registers are only declared here.
  ~Application();

  // Applies pending migrations and loads the standards catalogue (both idempotent).
  struct PrepareReport {
    size_t migrations_applied = 0;
    int schema_version = 0;
    int standards_changed = 0;
  };
  PrepareReport Prepare();

  // An online, consistent copy of the database at `output_path` (platform/backup.h).
  void Backup(const std::string& output_path);
  // Checks the audit trail's hash chain (platform/audit/audit_trail.h).
  audit::VerifyReport VerifyAuditTrail();

  // The periodic jobs every server runs (platform/jobs/scheduler.h): escalation of overdue nonconformities and
  // complaints, indicators computed, directives' reminders and escalations, mail of people's new tasks
  // (notifications), then delivery of queued mail.
  std::vector<jobs::Job> Jobs(const JobOptions& options);

  db::Database& db() { return *db_; }
  http::App& http() { return *http_; }
  org::OrgService& org() { return *org_; }
  actions::ActionService& actions() { return *actions_; }
  documents::DocumentService& documents() { return *documents_; }
  processes::ProcessService& processes() { return *processes_; }
  records::RecordService& records() { return *records_; }
  improvement::NonconformityService& nonconformities() { return *nonconformities_; }
  improvement::ImprovementService& improvements() { return *improvements_; }
  audits::AuditService& audits() { return *audits_; }
  readiness::ReadinessService& readiness() { return *readiness_; }
  frameworks::FrameworkService& frameworks() { return *frameworks_; }
  // Further modules add their dates to the calendar feeds with calendar().AddSource(...) before serving.
  calendar::CalendarService& calendar() { return *calendar_; }
  certification::ProjectService& certification_projects() { return *certification_projects_; }
  certification::CertificationAuditService& certification_audits() { return *certification_audits_; }
  certification::CertificateService& certificates() { return *certificates_; }
  planning::RiskService& risks() { return *risks_; }
  planning::ObjectiveService& objectives() { return *objectives_; }
  planning::IndicatorService& indicators() { return *indicators_; }
  planning::IndicatorComputer& indicator_computer() { return *indicator_computer_; }
  planning::ContextModule& planning_context() { return *planning_context_; }
  complaints::ComplaintService& complaints() { return *complaints_; }
  // Modules that compile a management review input (satisfaction, complaints, resources) register their
  // review::ReviewInputSource here before serving.
  review::InputRegistry& review_inputs() { return review_inputs_; }
  review::ReviewService& reviews() { return *reviews_; }
  surveys::SurveyService& surveys() { return *surveys_; }
  oversight::OversightService& oversight() { return *oversight_; }
  directives::DirectiveService& directives() { return *directives_; }
  // Modules that give people work register their notifications::TaskSource here before serving.
  notifications::NotificationService& notifications() { return *notifications_; }

 private:
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<org::Accounts> accounts_;
  std::unique_ptr<http::App> http_;
  std::unique_ptr<org::OrgService> org_;
  std::unique_ptr<actions::ActionService> actions_;
  std::unique_ptr<processes::ProcessService> processes_;
  std::unique_ptr<records::RecordService> records_;
  std::unique_ptr<documents::DocumentService> documents_;
  std::unique_ptr<improvement::NonconformityService> nonconformities_;
  std::unique_ptr<improvement::ImprovementService> improvements_;
  std::unique_ptr<audits::AuditService> audits_;
  std::unique_ptr<readiness::ReadinessService> readiness_;
  std::unique_ptr<calendar::CalendarService> calendar_;
  std::unique_ptr<calendar::AuditEvents> audit_events_;
  std::unique_ptr<calendar::ActionEvents> action_events_;
  std::unique_ptr<calendar::CertificationEvents> certification_events_;
  std::unique_ptr<certification::ProjectService> certification_projects_;
  std::unique_ptr<planning::ContextModule> planning_context_;
  std::unique_ptr<certification::CertificationAuditService> certification_audits_;
  std::unique_ptr<certification::CertificateService> certificates_;
  std::unique_ptr<http::RateLimiter> public_rate_limiter_;
  std::unique_ptr<planning::RiskService> risks_;
  std::unique_ptr<planning::ObjectiveService> objectives_;
  std::unique_ptr<planning::IndicatorService> indicators_;
  std::unique_ptr<planning::IndicatorComputer> indicator_computer_;
  std::unique_ptr<frameworks::FrameworkService> frameworks_;
  std::unique_ptr<complaints::ComplaintService> complaints_;
  review::InputRegistry review_inputs_;
  std::vector<std::unique_ptr<review::ReviewInputSource>> review_sources_;
  std::unique_ptr<review::ReviewService> reviews_;
  std::unique_ptr<surveys::SurveyService> surveys_;
  std::unique_ptr<http::RateLimiter> survey_rate_limiter_;
  std::unique_ptr<oversight::OversightService> oversight_;
  std::unique_ptr<directives::DirectiveService> directives_;
  std::unique_ptr<notifications::NotificationService> notifications_;
  std::vector<std::unique_ptr<notifications::TaskSource>> task_sources_;
};

}  // namespace eduims
