#include "certification/rules.h"

#include <gtest/gtest.h>

#include "platform/clock.h"

namespace eduims::certification {
namespace {

using improvement::NcStatus;

Date D(const char* text) { return *ParseDate(text); }

AuditFact Done(db::Id id, const char* type, const char* start, const char* end) {
  return {id, type, AuditStatus::kCompleted, D(start), D(end)};
}

FindingFact Nc(db::Id audit_id, const char* grade, NcStatus status, std::optional<std::string> due = std::nullopt,
               std::optional<Date> closed = std::nullopt) {
  return {audit_id, grade, status, due, closed};
}

std::string Code(const std::optional<Problem>& p) { return p ? p->code : ""; }

TEST(CertificationRules, AMajorNonconformityBlocksTheDecisionUntilClosed) {
  EXPECT_EQ(Code(OpenFindingsProblem({})), "");
  for (NcStatus open : {NcStatus::kReported, NcStatus::kContained, NcStatus::kActionPlanned, NcStatus::kVerified}) {
    auto problem = OpenFindingsProblem({Nc(1, "major", open, "2026-09-01")});
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->code, "certification.major_nonconformity_open");
    EXPECT_EQ(problem->params.at("count"), "1");
    EXPECT_EQ(problem->status, 409);
  }
  EXPECT_EQ(Code(OpenFindingsProblem({Nc(1, "major", NcStatus::kClosed, "2026-09-01", D("2026-08-01"))})), "");
  // Observations and opportunities raise no nonconformity and block nothing.
  EXPECT_EQ(Code(OpenFindingsProblem({FindingFact{1, "observation", std::nullopt, std::nullopt, std::nullopt}})), "");
}

TEST(CertificationRules, AMinorNonconformityNeedsAnAcceptedPlanWithADeadline) {
  EXPECT_EQ(Code(OpenFindingsProblem({Nc(1, "minor", NcStatus::kReported)})), "certification.minor_without_plan");
  EXPECT_EQ(Code(OpenFindingsProblem({Nc(1, "minor", NcStatus::kCauseAnalysed)})), "certification.minor_without_plan");
  EXPECT_EQ(Code(OpenFindingsProblem({Nc(1, "minor", NcStatus::kActionPlanned)})), "certification.minor_without_plan");
  EXPECT_EQ(Code(OpenFindingsProblem({Nc(1, "minor", NcStatus::kActionPlanned, "2026-12-01")})), "");
  EXPECT_EQ(Code(OpenFindingsProblem({Nc(1, "minor", NcStatus::kImplemented, "2026-12-01")})), "");
  EXPECT_EQ(Code(OpenFindingsProblem({Nc(1, "minor", NcStatus::kClosed)})), "");
  // A major is the first thing to say.
  auto both = OpenFindingsProblem(
      {Nc(1, "minor", NcStatus::kReported), Nc(1, "major", NcStatus::kReported), Nc(2, "major", NcStatus::kContained)});
  EXPECT_EQ(both->code, "certification.major_nonconformity_open");
  EXPECT_EQ(both->params.at("count"), "2");
}

TEST(CertificationRules, Stage1ThenStage2PrecedeTheFirstDecision) {
  EXPECT_EQ(Code(InitialAuditsProblem({}, std::nullopt)), "certification.stage_audits_missing");
  EXPECT_EQ(Code(InitialAuditsProblem({Done(1, "stage1", "2026-01-05", "2026-01-06")}, std::nullopt)),
            "certification.stage_audits_missing");
  EXPECT_EQ(Code(InitialAuditsProblem({Done(2, "stage2", "2026-02-01", "2026-02-03")}, std::nullopt)),
            "certification.stage_audits_missing");
  std::vector<AuditFact> both = {Done(1, "stage1", "2026-01-05", "2026-01-06"),
                                 Done(2, "stage2", "2026-02-01", "2026-02-03")};
  EXPECT_EQ(Code(InitialAuditsProblem(both, std::nullopt)), "");
  // Stage 2 on the day stage 1 ends is fine; starting before it ended is not.
  EXPECT_EQ(Code(InitialAuditsProblem(
                {Done(1, "stage1", "2026-01-05", "2026-01-06"), Done(2, "stage2", "2026-01-06", "2026-01-08")},
                std::nullopt)),
            "");
  EXPECT_EQ(Code(InitialAuditsProblem(
                {Done(1, "stage1", "2026-01-05", "2026-01-09"), Done(2, "stage2", "2026-01-08", "2026-01-10")},
                std::nullopt)),
            "certification.stage_audits_missing");
  // A planned or cancelled stage 2 is no stage 2.
  std::vector<AuditFact> planned = both;
  planned[1].status = AuditStatus::kPlanned;
  EXPECT_EQ(Code(InitialAuditsProblem(planned, std::nullopt)), "certification.stage_audits_missing");
  // After a repeat is ordered, only a stage 2 starting after the old one counts.
  EXPECT_EQ(Code(InitialAuditsProblem(both, D("2026-02-03"))), "certification.stage_audits_missing");
  both.push_back(Done(3, "stage2", "2026-09-10", "2026-09-11"));
  EXPECT_EQ(Code(InitialAuditsProblem(both, D("2026-02-03"))), "");
  EXPECT_EQ(DecisiveStage2(both, D("2026-02-03"))->id, 3);
}

TEST(CertificationRules, AStage2MajorNotClosedWithinSixMonthsSendsTheProjectBackToStage2) {
  std::vector<AuditFact> audits = {Done(1, "stage1", "2025-01-06", "2025-01-07"),
                                   Done(2, "stage2", "2025-02-10", "2025-02-12")};
  std::vector<FindingFact> open = {Nc(2, "major", NcStatus::kActionPlanned, "2025-05-01")};
  // Six months after 12 February is 12 August: not yet on that day, from the next one on.
  EXPECT_FALSE(Stage2ToRepeat(false, audits, open, std::nullopt, D("2025-08-12")));
  auto repeat = Stage2ToRepeat(false, audits, open, std::nullopt, D("2025-08-13"));
  ASSERT_TRUE(repeat);
  EXPECT_EQ(FormatDate(*repeat), "2025-02-12");
  // Closed in time: nothing happens, even later.
  EXPECT_FALSE(Stage2ToRepeat(false, audits, {Nc(2, "major", NcStatus::kClosed, std::nullopt, D("2025-08-12"))},
                              std::nullopt, D("2026-01-01")));
  // Closed, but only after the six months: stage 2 is repeated all the same.
  EXPECT_TRUE(Stage2ToRepeat(false, audits, {Nc(2, "major", NcStatus::kClosed, std::nullopt, D("2025-08-13"))},
                             std::nullopt, D("2025-09-01")));
  // Minor nonconformities, majors of stage 1, and projects already decided are not concerned.
  EXPECT_FALSE(Stage2ToRepeat(false, audits, {Nc(2, "minor", NcStatus::kReported)}, std::nullopt, D("2026-01-01")));
  EXPECT_FALSE(Stage2ToRepeat(false, audits, {Nc(1, "major", NcStatus::kReported)}, std::nullopt, D("2026-01-01")));
  EXPECT_FALSE(Stage2ToRepeat(true, audits, open, std::nullopt, D("2026-01-01")));
  // Once ordered for that stage 2, not again; a new stage 2 is judged on its own.
  EXPECT_FALSE(Stage2ToRepeat(false, audits, open, D("2025-02-12"), D("2026-01-01")));
  audits.push_back(Done(3, "stage2", "2025-10-01", "2025-10-02"));
  EXPECT_FALSE(Stage2ToRepeat(false, audits, open, D("2025-02-12"), D("2026-06-01")));
}

TEST(CertificationRules, TheSixMonthsEndOnTheLastDayOfAShorterMonth) {
  std::vector<AuditFact> audits = {Done(1, "stage1", "2023-08-01", "2023-08-02"),
                                   Done(2, "stage2", "2023-08-29", "2023-08-31")};
  std::vector<FindingFact> open = {Nc(2, "major", NcStatus::kReported)};
  // 31 August + 6 months = 29 February 2024 (a leap year).
  EXPECT_FALSE(Stage2ToRepeat(false, audits, open, std::nullopt, D("2024-02-29")));
  EXPECT_TRUE(Stage2ToRepeat(false, audits, open, std::nullopt, D("2024-03-01")));
}

TEST(CertificationRules, SurveillanceAndRecertificationAuditsFallInTheirWindowsOrAreJustified) {
  Cycle cycle = ComputeCycle(D("2026-03-15"));
  auto first = WindowOf(cycle, "surveillance", 1);
  ASSERT_TRUE(first);
  EXPECT_EQ(FormatDate(first->latest), "2027-03-15");
  EXPECT_FALSE(WindowOf(cycle, "surveillance", 3));
  EXPECT_FALSE(WindowOf(cycle, "special", 1));
  auto recertification = WindowOf(cycle, "recertification", 0);
  ASSERT_TRUE(recertification);
  EXPECT_EQ(FormatDate(recertification->latest), "2029-02-12");

  EXPECT_FALSE(WindowProblem(*first, D("2027-02-01"), D("2027-02-02"), false, "window_justification"));
  auto late = WindowProblem(*first, D("2027-03-15"), D("2027-03-16"), false, "window_justification");
  ASSERT_TRUE(late);
  EXPECT_EQ(late->code, "certification.outside_window");
  EXPECT_EQ(late->status, 422);
  EXPECT_EQ(late->field, "window_justification");
  EXPECT_EQ(late->params.at("earliest"), FormatDate(first->earliest));
  EXPECT_EQ(late->params.at("latest"), "2027-03-15");
  EXPECT_FALSE(WindowProblem(*first, D("2027-03-15"), D("2027-03-16"), true, "window_justification"));
}

ProjectFacts At(ProjectStep step) {
  ProjectFacts f;
  f.step = step;
  return f;
}

TEST(CertificationRules, AuditsArePlacedWhereTheCycleAllows) {
  AuditFact stage1{0, "stage1", AuditStatus::kPlanned, D("2026-01-05"), D("2026-01-06")};
  EXPECT_EQ(Code(PlacementProblem(At(ProjectStep::kRegistration), stage1, false)), "");
  EXPECT_EQ(Code(PlacementProblem(At(ProjectStep::kRecertification), stage1, false)), "");
  EXPECT_EQ(Code(PlacementProblem(At(ProjectStep::kSurveillance), stage1, false)), "certification.wrong_step");
  AuditFact backwards = stage1;
  backwards.end = D("2026-01-04");
  auto problem = PlacementProblem(At(ProjectStep::kAssessment), backwards, false);
  EXPECT_EQ(Code(problem), "validation.date_too_early");
  EXPECT_EQ(problem->field, "end_date");

  AuditFact stage2{0, "stage2", AuditStatus::kPlanned, D("2026-02-01"), D("2026-02-03")};
  EXPECT_EQ(Code(PlacementProblem(At(ProjectStep::kRegistration), stage2, false)), "certification.wrong_step");
  EXPECT_EQ(Code(PlacementProblem(At(ProjectStep::kAssessment), stage2, false)), "certification.stage_audits_missing");
  ProjectFacts assessment = At(ProjectStep::kAssessment);
  assessment.audits = {{1, "stage1", AuditStatus::kPlanned, D("2026-01-05"), D("2026-02-02")}};
  problem = PlacementProblem(assessment, stage2, false);
  EXPECT_EQ(Code(problem), "validation.date_too_early");
  EXPECT_EQ(problem->field, "start_date");
  EXPECT_EQ(problem->params.at("earliest"), "2026-02-02");
  assessment.audits[0].end = D("2026-01-06");
  EXPECT_EQ(Code(PlacementProblem(assessment, stage2, false)), "");
  // A cancelled stage 1 is no stage 1.
  assessment.audits[0].status = AuditStatus::kCancelled;
  EXPECT_EQ(Code(PlacementProblem(assessment, stage2, false)), "certification.stage_audits_missing");
  assessment.audits[0].status = AuditStatus::kCompleted;
  assessment.stage2_repeat_after = D("2026-02-03");
  problem = PlacementProblem(assessment, stage2, false);
  EXPECT_EQ(problem->params.at("earliest"), "2026-02-04");

  AuditFact surveillance{0, "surveillance", AuditStatus::kPlanned, D("2027-02-01"), D("2027-02-02")};
  EXPECT_EQ(Code(PlacementProblem(At(ProjectStep::kCertificateIssue), surveillance, false)),
            "certification.certificate_missing");
  ProjectFacts certified = At(ProjectStep::kSurveillance);
  certified.cycle = ComputeCycle(D("2026-03-15"));
  EXPECT_EQ(Code(PlacementProblem(certified, surveillance, false)), "");
  // The second surveillance of the cycle is judged against the second window.
  certified.audits = {{5, "surveillance", AuditStatus::kCompleted, D("2027-02-01"), D("2027-02-02")}};
  AuditFact second{0, "surveillance", AuditStatus::kPlanned, D("2027-06-01"), D("2027-06-02")};
  EXPECT_EQ(Code(PlacementProblem(certified, second, false)), "certification.outside_window");
  EXPECT_EQ(Code(PlacementProblem(certified, second, true)), "");
  // Within 12 months of the first as held (2 February 2027), not of its anniversary.
  second.start = D("2028-01-20");
  second.end = D("2028-01-21");
  EXPECT_EQ(Code(PlacementProblem(certified, second, false)), "");
  second.start = D("2028-03-01");
  second.end = D("2028-03-02");
  EXPECT_EQ(Code(PlacementProblem(certified, second, false)), "certification.outside_window");
  // Editing the first one keeps it the first.
  AuditFact first = certified.audits[0];
  first.end = D("2027-02-03");
  EXPECT_EQ(Code(PlacementProblem(certified, first, false)), "");

  AuditFact recertification{0, "recertification", AuditStatus::kPlanned, D("2029-01-10"), D("2029-01-12")};
  EXPECT_EQ(Code(PlacementProblem(certified, recertification, false)), "");
  recertification.end = D("2029-03-01");
  EXPECT_EQ(Code(PlacementProblem(certified, recertification, false)), "certification.outside_window");
  certified.step = ProjectStep::kCertificateIssue;
  EXPECT_EQ(Code(PlacementProblem(certified, recertification, true)), "certification.wrong_step");
}

TEST(CertificationRules, EachStepCompletesOnItsOwnConditions) {
  auto codes = [](const ProjectFacts& f) {
    std::vector<std::string> out;
    for (const Problem& p : CompletionProblems(f)) out.push_back(p.code);
    return out;
  };
  using V = std::vector<std::string>;
  for (ProjectStep step : {ProjectStep::kRegistration, ProjectStep::kContract, ProjectStep::kDocumentation}) {
    ProjectFacts f = At(step);
    EXPECT_EQ(codes(f), V{"certification.records_missing"}) << StepName(step);
    EXPECT_EQ(CompletionProblems(f).front().params.at("step"), StepName(step));
    f.records[step] = 1;
    EXPECT_EQ(codes(f), V{}) << StepName(step);
  }
  ProjectFacts assessment = At(ProjectStep::kAssessment);
  EXPECT_EQ(codes(assessment), V{"certification.stage_audits_missing"});
  assessment.audits = {Done(1, "stage1", "2026-01-05", "2026-01-06"), Done(2, "stage2", "2026-02-01", "2026-02-03")};
  EXPECT_EQ(codes(assessment), V{});

  ProjectFacts issue = At(ProjectStep::kCertificateIssue);
  issue.findings = {Nc(2, "major", NcStatus::kReported)};
  EXPECT_EQ(codes(issue), (V{"certification.certificate_missing", "certification.major_nonconformity_open"}));
  issue.certificate_live = true;
  issue.findings[0].status = NcStatus::kClosed;
  EXPECT_EQ(codes(issue), V{});

  ProjectFacts surveillance = At(ProjectStep::kSurveillance);
  EXPECT_EQ(codes(surveillance), V{"certification.certificate_missing"});
  surveillance.certificate_live = true;
  surveillance.cycle = ComputeCycle(D("2026-03-15"));
  surveillance.audits = {Done(3, "surveillance", "2027-02-01", "2027-02-02")};
  auto missing = CompletionProblems(surveillance);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].code, "certification.surveillances_missing");
  EXPECT_EQ(missing[0].params.at("done"), "1");
  EXPECT_EQ(missing[0].params.at("required"), "2");
  // A cancelled audit and one before the decision do not count.
  surveillance.audits.push_back({4, "surveillance", AuditStatus::kCancelled, D("2028-02-01"), D("2028-02-02")});
  surveillance.audits.push_back(Done(5, "surveillance", "2026-03-01", "2026-03-02"));
  EXPECT_EQ(codes(surveillance), V{"certification.surveillances_missing"});
  surveillance.audits.push_back(Done(6, "surveillance", "2028-03-01", "2028-03-02"));
  EXPECT_EQ(codes(surveillance), V{});

  ProjectFacts recertification = At(ProjectStep::kRecertification);
  recertification.certificate_live = true;
  recertification.certificate_cycle = 1;
  recertification.project_cycle = 1;
  EXPECT_EQ(codes(recertification), V{"certification.not_renewed"});
  recertification.certificate_cycle = 2;
  EXPECT_EQ(codes(recertification), V{});
}

AuditFact Planned(const std::string& type, const char* start, const char* end) {
  return {0, type, AuditStatus::kPlanned, *ParseDate(start), *ParseDate(end)};
}

// The demo certificate, decided on 6 November 2024 with its first surveillance on 7 October 2025: a second one in
// January 2027 (inside the old window, three months past the anniversary) left 2026 without an audit.
TEST(CertificationRules, ASurveillanceLeavingACalendarYearWithoutAnAuditIsRefusedUnlessJustified) {
  ProjectFacts f;
  f.step = ProjectStep::kSurveillance;
  f.cycle = ComputeCycle(*ParseDate("2024-11-06"));
  f.audits = {{7, "surveillance", AuditStatus::kCompleted, *ParseDate("2025-10-06"), *ParseDate("2025-10-07")}};
  auto problem = PlacementProblem(f, Planned("surveillance", "2027-01-12", "2027-01-13"), false);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->code, "certification.calendar_year_without_audit");
  EXPECT_EQ(problem->status, 422);
  EXPECT_EQ(problem->field, "window_justification");
  EXPECT_EQ(problem->params.at("year"), "2026");
  EXPECT_EQ(problem->params.at("earliest"), "2026-07-07");
  EXPECT_EQ(problem->params.at("latest"), "2026-10-07");
  EXPECT_FALSE(PlacementProblem(f, Planned("surveillance", "2027-01-12", "2027-01-13"), true));
  EXPECT_FALSE(PlacementProblem(f, Planned("surveillance", "2026-09-15", "2026-09-16"), false));
  // Inside 2026 but more than 12 months after the first: the organisation's interval, not the calendar year.
  EXPECT_EQ(Code(PlacementProblem(f, Planned("surveillance", "2026-10-20", "2026-10-21"), false)),
            "certification.outside_window");
}

// Surveillances in December 2026 and December 2027 and the recertification audit in January 2029 left 2028 without
// an audit.
TEST(CertificationRules, ARecertificationAuditLeavingACalendarYearWithoutAnAuditIsRefusedUnlessJustified) {
  ProjectFacts f;
  f.step = ProjectStep::kSurveillance;
  f.cycle = ComputeCycle(*ParseDate("2026-02-15"));
  f.audits = {{1, "surveillance", AuditStatus::kCompleted, *ParseDate("2026-12-09"), *ParseDate("2026-12-10")},
              {2, "surveillance", AuditStatus::kPlanned, *ParseDate("2027-12-09"), *ParseDate("2027-12-10")}};
  auto recertification = Planned("recertification", "2029-01-08", "2029-01-10");
  auto problem = PlacementProblem(f, recertification, false);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->code, "certification.calendar_year_without_audit");
  EXPECT_EQ(problem->params.at("year"), "2028");
  EXPECT_EQ(problem->params.at("latest"), "2028-12-31");
  EXPECT_FALSE(PlacementProblem(f, recertification, true));
  EXPECT_FALSE(PlacementProblem(f, Planned("recertification", "2028-11-10", "2028-11-12"), false));
  // The second surveillance planned in December 2027 is itself in its window; a cancelled one does not count.
  EXPECT_FALSE(PlacementProblem(f, f.audits[1], false));
  f.audits[1].status = AuditStatus::kCancelled;
  EXPECT_EQ(Code(PlacementProblem(f, Planned("surveillance", "2028-01-08", "2028-01-10"), false)),
            "certification.calendar_year_without_audit");
}

TEST(CertificationRules, AUnitHoldsOneLiveCertificatePerStandard) {
  std::vector<HeldStandard> held = {{7, "VN-IMS-7", "iso-21001", "2018"}, {7, "VN-IMS-7", "iso-9001", "2015"}};
  auto problem = StandardHeldProblem(0, {"iso-9001"}, held, "project_id");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->status, 409);
  EXPECT_EQ(problem->code, "certification.standard_already_held");
  EXPECT_EQ(problem->field, "project_id");
  EXPECT_EQ(problem->params.at("certificate"), "VN-IMS-7");
  EXPECT_EQ(problem->params.at("standard"), "ISO 9001:2015");
  // Another standard, or the certificate itself (its own extension or transition), is no conflict.
  EXPECT_EQ(Code(StandardHeldProblem(0, {"iso-14001"}, held, "project_id")), "");
  EXPECT_EQ(Code(StandardHeldProblem(7, {"iso-21001", "iso-9001"}, held, "standard_ids")), "");
  // Nothing held (the store leaves out expired and withdrawn certificates), nothing refused.
  EXPECT_EQ(Code(StandardHeldProblem(0, {"iso-21001"}, {}, "project_id")), "");
}

}  // namespace
}  // namespace eduims::certification
