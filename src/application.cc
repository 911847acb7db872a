#include "application.h"

#include "actions/routes.h"
#include "actions/tasks.h"
#include "audits/routes.h"
#include "audits/tasks.h"
#include "calendar/routes.h"
#include "certification/routes.h"
#include "certification/tasks.h"
#include "complaints/review_input.h"
#include "complaints/routes.h"
#include "directives/routes.h"
#include "directives/tasks.h"
#include "documents/routes.h"
#include "documents/tasks.h"
#include "frameworks/routes.h"
#include "improvement/routes.h"
#include "notifications/routes.h"
#include "org/routes.h"
#include "oversight/routes.h"
#include "people/auditor_qualification.h"
#include "people/qualified_auditors.h"
#include "people/routes.h"
#include "recruitment/routes.h"
#include "training/evaluation_routes.h"
#include "training/routes.h"
#include "planning/context_module.h"
#include "planning/context_routes.h"
#include "platform/auth/routes.h"
#include "platform/backup.h"
#include "platform/clock.h"
#include "platform/db/migrations.h"
#include "platform/mail/delivery.h"
#include "platform/http/ops_routes.h"
#include "planning/readiness_feed.h"
#include "planning/risk_routes.h"
#include "planning/indicator_routes.h"
#include "processes/routes.h"
#include "readiness/routes.h"
#include "records/routes.h"
#include "review/module_inputs.h"
#include "review/routes.h"
#include "review/tasks.h"
#include "standards/catalogue.h"
#include "standards/routes.h"
#include "surveys/review_input.h"
#include "surveys/routes.h"

namespace eduims {

Application::Application(const ApplicationOptions& options) {
  InstallClock(options.clock);
  db_ = std::make_unique<db::Database>(options.database_url, options.pool_size, options.request_time_limit);
  accounts_ = std::make_unique<org::Accounts>(*db_);
  http_ = std::make_unique<http::App>(*db_, *accounts_, options.answer_cache_bytes / 3 * 2,
                                      options.request_time_limit);
  org_ = std::make_unique<org::OrgService>(*db_, http_->sessions());
  actions_ = std::make_unique<actions::ActionService>(*db_, *org_);
  processes_ = std::make_unique<processes::ProcessService>(*db_, *org_);
  records_ = std::make_unique<records::RecordService>(*db_, *org_);
  documents_ = std::make_unique<documents::DocumentService>(*db_, *org_, *processes_, *records_);
  http_->audit_guards().Add(documents::DocumentService::kAuditedEntities,
                            [this](const auth::Principal& who, const audit::Entry& entry) {
                              return documents_->MayReadAuditContent(who, entry);
                            });
  nonconformities_ =
      std::make_unique<improvement::NonconformityService>(*db_, *org_, *actions_, options.answer_cache_bytes / 3);
  improvements_ = std::make_unique<improvement::ImprovementService>(*db_, *org_, *actions_);
  audits_ = std::make_unique<audits::AuditService>(*db_, *org_, *processes_, *nonconformities_, *improvements_,
                                                   *records_);
  planning_context_ = std::make_unique<planning::ContextModule>(*db_, *org_, *processes_, *documents_);
  readiness_ = std::make_unique<readiness::ReadinessService>(*db_, *org_, *documents_, *records_, *nonconformities_);
  calendar_ = std::make_unique<calendar::CalendarService>(*db_, *org_, *accounts_);
  audit_events_ = std::make_unique<calendar::AuditEvents>(*audits_, *org_);
  action_events_ = std::make_unique<calendar::ActionEvents>(*actions_);
  calendar_->AddSource(*audit_events_);
  calendar_->AddSource(*action_events_);
  certification_projects_ =
      std::make_unique<certification::ProjectService>(*db_, *org_, *records_, *nonconformities_);
  planning_context_->FeedExclusions(*readiness_, *certification_projects_);
  planning::FeedReadiness(*db_, *readiness_);
  certification_audits_ =
      std::make_unique<certification::CertificationAuditService>(*db_, *nonconformities_, *improvements_);
  certificates_ = std::make_unique<certification::CertificateService>(*db_, *org_, *nonconformities_);
  public_rate_limiter_ = std::make_unique<http::RateLimiter>(*db_, options.public_rate_limit);
  certification_events_ = std::make_unique<calendar::CertificationEvents>(*certificates_, *certification_projects_);
  calendar_->AddSource(*certification_events_);
  risks_ = std::make_unique<planning::RiskService>(*db_, *org_, *processes_, *actions_, *nonconformities_);
  objectives_ = std::make_unique<planning::ObjectiveService>(*db_, *org_, *actions_);
  indicators_ = std::make_unique<planning::IndicatorService>(*db_, *org_, *objectives_, *improvements_,
                                                             *nonconformities_);
  indicator_computer_ = std::make_unique<planning::IndicatorComputer>(*db_, *org_, *indicators_, *nonconformities_);
  frameworks_ = std::make_unique<frameworks::FrameworkService>(*db_);
  complaints_ = std::make_unique<complaints::ComplaintService>(*db_, *org_, *nonconformities_);
  readiness_->AddRegisters([this](const auth::Principal& who, const org::Unit& unit) {
    return complaints_->ReadinessEvidence(who, unit);
  });
  http_->audit_guards().Add(complaints::ComplaintService::kAuditedEntities,
                            [this](const auth::Principal& who, const audit::Entry& entry) {
                              return complaints_->MayReadAuditContent(who, entry);
                            });
  review_sources_ = review::RegisterModuleInputs({*actions_, planning_context_->issues, *objectives_, *indicators_,
                                                  *risks_, *processes_, *nonconformities_, *improvements_, *audits_},
                                                 review_inputs_);
  reviews_ = std::make_unique<review::ReviewService>(*db_, *org_, *actions_, *improvements_, *records_,
                                                     review_inputs_);
  actions_->ReserveSourceType(review::kReviewActionSource);
  http::AddOperationsRoutes(*http_);
  auth::AddRoutes(*http_);
  org::AddRoutes(http_->router(), *org_);
  standards::AddRoutes(http_->router(), *db_);
  actions::AddRoutes(http_->router(), *actions_);
  documents::AddRoutes(http_->router(), *documents_, options.upload_limit_bytes);
  processes::AddRoutes(http_->router(), *processes_);
  records::AddRoutes(http_->router(), *records_, options.upload_limit_bytes);
  improvement::AddRoutes(http_->router(), *nonconformities_, *improvements_);
  audits::AddRoutes(http_->router(), *audits_, options.upload_limit_bytes);
  readiness::AddRoutes(http_->router(), *readiness_);
  calendar::AddRoutes(http_->router(), *calendar_);
  certification::AddRoutes(http_->router(), *certification_projects_, *certification_audits_, *certificates_);
  certification::AddPublicRoutes(http_->router(), *certificates_, *public_rate_limiter_);
  planning::AddRiskRoutes(http_->router(), *risks_);
  for (const char* pattern : {"/api/v1/risks", "/api/v1/risks/heatmap"}) http_->router().SetCacheable("GET", pattern);
  planning::AddIndicatorRoutes(http_->router(), *objectives_, *indicators_);
  frameworks::AddRoutes(http_->router(), *frameworks_);
  planning::AddContextRoutes(http_->router(), *planning_context_);
  complaints::AddRoutes(http_->router(), *complaints_);
  complaints::AddPublicRoutes(http_->router(), *complaints_, *public_rate_limiter_);
  review::AddRoutes(http_->router(), *reviews_);
  surveys_ = std::make_unique<surveys::SurveyService>(*db_, *org_, *improvements_, options.public_url);
  indicator_computer_->AddMetric("survey_satisfaction_index", [this](const auth::Principal& who,
                                                                     const planning::Indicator& indicator,
                                                                     const planning::Period& period) {
    return surveys_->IndicatorIndex(who, indicator.unit_id, indicator.code, period.first_day, period.last_day);
  });
  readiness_->AddReports([this](const auth::Principal& who, const org::Unit& unit, Language language) {
    return surveys_->EvidenceReports(who, unit, language);
  });
  readiness_->AddRegisters([this](const auth::Principal& who, const org::Unit& unit) {
    return surveys_->ReadinessEvidence(who, unit);
  });
  // The review inputs on satisfaction and on complaints and appeals, compiled by the modules that hold them.
  review_sources_.push_back(std::make_unique<surveys::SatisfactionInput>(*surveys_));
  review_inputs_.Add(*review_sources_.back());
  review_sources_.push_back(std::make_unique<complaints::ComplaintsInput>(*complaints_));
  review_inputs_.Add(*review_sources_.back());
  survey_rate_limiter_ = std::make_unique<http::RateLimiter>(*db_, options.survey_rate_limit);
  surveys::AddQuestionnaireRoutes(http_->router(), *surveys_);
  surveys::AddCampaignRoutes(http_->router(), *surveys_);
  surveys::AddAnsweringRoutes(http_->router(), *surveys_, *survey_rate_limiter_);
  oversight_ = std::make_unique<oversight::OversightService>(*db_, *org_, *reviews_);
  oversight::AddRoutes(http_->router(), *oversight_);
  directives_ = std::make_unique<directives::DirectiveService>(*db_, *org_, *actions_);
  actions_->ReserveSourceType(directives::kDirectiveActionSource);
  directives::AddRoutes(http_->router(), *directives_, options.upload_limit_bytes);
  // What people must do, from every module that gives them work: one line per source.
  notifications_ = std::make_unique<notifications::NotificationService>(*db_, *org_);
  auto add_tasks = [this](std::unique_ptr<notifications::TaskSource> source) {
    notifications_->AddSource(*source);
    task_sources_.push_back(std::move(source));
  };
  add_tasks(std::make_unique<documents::DocumentTasks>(*db_, *org_));
  add_tasks(std::make_unique<actions::ActionTasks>(*db_));
  add_tasks(std::make_unique<audits::AuditTasks>(*db_));
  add_tasks(std::make_unique<certification::CertificationTasks>(*db_, *org_, *certificates_));
  add_tasks(std::make_unique<review::ReviewTasks>(*db_));
  add_tasks(std::make_unique<directives::DirectiveTasks>(*db_, *org_));
  notifications::AddRoutes(http_->router(), *notifications_);
  // Competence (issue 20): its service belongs to its routes; the audits module asks it whether auditors qualify.
  auto competences = std::make_shared<people::CompetenceService>(*db_, *org_);
  people::AddCompetenceRoutes(http_->router(), competences, options.upload_limit_bytes);
  people::AddQualificationRoute(http_->router(), competences, *audits_);
  people::AddQualifiedAuditorsRoute(http_->router(),
                                    std::make_shared<people::QualifiedAuditors>(*db_, *org_, *audits_));
  audits::UseQualification(*audits_, std::make_shared<people::AuditorQualificationFromCompetences>());
  auto training = std::make_shared<training::TrainingService>(*db_, *org_, *competences);
  training::AddRoutes(http_->router(), training, options.upload_limit_bytes);
  training::AddEvaluationRoutes(http_->router(), std::make_shared<training::EvaluationService>(*db_, *actions_));
  // Competence records, training (7.2) and awareness (7.3) count as evidence, as the complaints register does.
  readiness_->AddRegisters([training](const auth::Principal& who, const org::Unit& unit) {
    return training->ReadinessEvidence(who, unit);
  });
  // The evidence files of people's competences and the sessions' materials go into the unit's evidence pack.
  readiness_->AddReports([competences](const auth::Principal& who, const org::Unit& unit, Language language) {
    return competences->EvidenceFiles(who, unit, language);
  });
  readiness_->AddReports([training](const auth::Principal& who, const org::Unit& unit, Language language) {
    return training->EvidenceFiles(who, unit, language);
  });
  // Recruitment (ISO 21001 7.1.2): its processes and decided recruitments count for 7.1.2, the retained results of
  // closed ones go into the evidence pack.
  auto recruitments = std::make_shared<recruitment::RecruitmentService>(*db_, *org_, *competences);
  recruitment::AddRoutes(http_->router(), recruitments, options.upload_limit_bytes);
  readiness_->AddRegisters([recruitments](const auth::Principal& who, const org::Unit& unit) {
    return recruitments->ReadinessEvidence(who, unit);
  });
  readiness_->AddReports([recruitments](const auth::Principal& who, const org::Unit& unit, Language language) {
    return recruitments->EvidenceFiles(who, unit, language);
  });
  // The lists and registers people open most, each a page of rows and its links, and the nonconformity dashboard:
  // kept per caller until the next write (platform/http/router.h). The dashboard also keeps its own answers per
  // subtree, so after a write it is computed once for everyone who sees the same units, not once per caller.
  for (const char* pattern : {"/api/v1/actions", "/api/v1/documents", "/api/v1/search", "/api/v1/records",
                              "/api/v1/processes", "/api/v1/nonconformities", "/api/v1/audits",
                              "/api/v1/audit-programmes/{id}", "/api/v1/certifications", "/api/v1/certifications/due",
                              "/api/v1/certificates", "/api/v1/dashboards/nonconformities"})
    http_->router().SetCacheable("GET", pattern);
  // Exports and imports of a whole province's data do much more work than a page of it.
  for (auto [method, pattern] : {std::pair{"GET", "/api/v1/readiness/evidence-pack"},
                                 {"GET", "/api/v1/readiness/gap-report"}, {"GET", "/api/v1/audits/{id}/report"},
                                 {"GET", "/api/v1/competences/matrix.xlsx"},
                                 {"POST", "/api/v1/units/import"}, {"POST", "/api/v1/users/import"}})
    http_->router().SetTimeLimit(method, pattern, options.request_time_limit * 10);
}

Application::~Application() = default;

std::vector<jobs::Job> Application::Jobs(const JobOptions& options) {
  std::vector<jobs::Job> out;
  out.push_back({"escalate_overdue_nonconformities", [this, options] {
                   auto run = nonconformities_->EscalateOverdue(FormatDate(TodayInVietnam()), options.public_url);
                   if (!run.escalated) return std::string();
                   return std::to_string(run.escalated) + " escalated, " + std::to_string(run.without_head) +
                          " with no head of unit named";
                 }});
  out.push_back({"record_computed_indicators", [this] {
                   auto run = indicator_computer_->RecordDue(FormatDate(TodayInVietnam()));
                   if (!run.recorded && !run.without_data) return std::string();
                   return std::to_string(run.recorded) + " recorded, " + std::to_string(run.without_data) +
                          " with nothing to measure";
                 }});
  out.push_back({"escalate_overdue_complaints", [this, options] {
                   auto run = complaints_->EscalateOverdue(FormatDate(TodayInVietnam()), options.public_url);
                   if (!run.escalated) return std::string();
                   return std::to_string(run.escalated) + " deadlines escalated, " + std::to_string(run.notices) +
                          " notices queued";
                 }});
  out.push_back({"directive_notices", [this, options] {
                   auto run = directives_->SendNotices(FormatDate(TodayInVietnam()), options.public_url);
                   if (!run.reminders && !run.escalations) return std::string();
                   return std::to_string(run.reminders) + " reminders, " + std::to_string(run.escalations) +
                          " escalations, " + std::to_string(run.mails) + " mails queued";
                 }});
  out.push_back({"notify_open_tasks", [this, options] {
                   auto run = notifications_->MailRound(Now(), options.public_url);
                   if (!run.notices && !run.digests) return std::string();
                   return std::to_string(run.notices) + " notices and " + std::to_string(run.digests) +
                          " digests queued, naming " + std::to_string(run.tasks) + " tasks";
                 }});
  if (options.smtp)
    out.push_back({"deliver_mail", [this, smtp = *options.smtp] {
                     auto report = mail::DeliverQueued(*db_, smtp);
                     if (!report.sent && !report.failed) return std::string();
                     return std::to_string(report.sent) + " sent, " + std::to_string(report.failed) + " failed";
                   }});
  return out;
}

Application::PrepareReport Application::Prepare() {
  PrepareReport report;
  report.migrations_applied = db::Migrate(*db_).size();
  report.standards_changed = standards::LoadEmbeddedCatalogue(*db_).standards_changed;
  report.schema_version = db::SchemaVersion(*db_);
  return report;
}

void Application::Backup(const std::string& output_path) { WriteBackup(*db_, output_path); }

audit::VerifyReport Application::VerifyAuditTrail() { return audit::VerifyChain(*db_); }

}  // namespace eduims
