// Generates a province-sized tenant for the benchmark: 1 department of education, 1,000 units (schools with
// departments), 30,000 users, 200,000 actions and 500,000 audit-trail entries (a valid hash chain); with
// --documents, that many controlled documents of 4 revisions each (the last published), the first --pdf-texts of
// them with an attached PDF's text (about 2 KB of Vietnamese each) in the search index; with --audits, yearly audit
// programmes (the province's and each school's, this year and last) holding that many audits over the units with
// --checklist-lines lines in all, and --nonconformities nonconformities in every state, those an audit raised
// linked to its audit and checklist line; with --certificates, that many schools each holding an integrated
// ISO 21001 and ISO 9001 certificate through a project at its surveillance step; with --risks-per-unit, that many
// entries of the risks register in every unit (a tenth opportunities), rated on the shipped 5×5 matrix, and the heat
// map's counts.
// ISO 21001 and ISO 9001 certificate through a project at its surveillance step; with --indicators, that many
// monthly indicators in every unit (one quality objective each unit), coded alike across units so the department
// compares them, each with --indicator-values monthly values up to the last ended month.
//
//   eduims_generate --database sqlite:///tmp/bench.db [--units 1000 --users 30000 --actions 200000 --audit 500000]
//                   [--documents 50000 --pdf-texts 20000]
//                   [--audits 5000 --checklist-lines 100000 --nonconformities 20000] [--certificates 200]
//                   [--risks-per-unit 50]
//                   [--indicators 20 --indicator-values 36]
//                   [--competences 200 --training-sessions 5000]
//
// Writes straight through the stores (one transaction per batch) rather than the HTTP API, so generating takes
// seconds, not hours; every user shares one precomputed password hash ("EduIMS-bench-2026").
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include "actions/store.h"
#include "application.h"
#include "attachments/store.h"
#include "audits/model.h"
#include "audits/store.h"
#include "certification/due_dates.h"
#include "certification/store.h"
#include "documents/markdown.h"
#include "documents/store.h"
#include "demo/demo.h"
#include "demo/editions.h"
#include "improvement/model.h"
#include "improvement/store.h"
#include "org/store.h"
#include "people/store.h"
#include "planning/indicator_store.h"
#include "planning/objective_store.h"
#include "platform/auth/password.h"
#include "platform/clock.h"
#include "platform/crypto.h"
#include "planning/risk_store.h"
#include "platform/i18n/fold.h"
#include "processes/store.h"
#include "standards/catalogue.h"
#include "training/store.h"

using namespace eduims;

namespace {

using Days = std::chrono::sys_days;

std::string DateText(Days day) { return FormatDate(std::chrono::year_month_day(day)); }
Days DayOf(const std::string& date) { return Days(*ParseDate(date)); }

// What a tenant's audits and nonconformities need from the rest of the generated data.
struct Tenant {
  const org::Unit& root;
  const std::vector<org::Unit>& units;  // schools first, then their departments
  int schools = 0;
  const std::vector<db::Id>& user_ids;
  const std::vector<size_t>& user_units;  // index into `units` of each user's unit
  std::string now;
  Days today;
};

struct AuditCounts {
  int audits = 0, lines = 0, nonconformities = 0;
};

class AuditGenerator {
 public:
  AuditGenerator(Application& app, const Tenant& tenant, std::mt19937& random)
      : app_(app), t_(tenant), random_(random) {
    equal_ = standards::EqualClausesOf(standards::ListCorrespondences(app.db(), std::nullopt, std::nullopt));
    // Audits and nonconformities concern requirement clauses: the leaves of kind "clause" of the editions the
    // generated organisations work to (a newer edition in the catalogue would put three clauses on a line).
    std::vector<db::Id> leaves;
    for (const auto& standard : standards::ListStandards(app.db())) {
      if (!demo::IsDemoEdition(standard)) continue;
      auto clauses = standards::ListClauses(app.db(), standard.id);
      std::set<db::Id> parents;
      for (const auto& c : clauses)
        if (c.parent_id) parents.insert(*c.parent_id);
      for (const auto& c : clauses)
        if (c.kind == "clause" && !parents.count(c.id)) {
          leaves.push_back(c.id);
          clauses_[c.id] = {c.id, c.urn, c.number};
        }
    }
    // One line per clause or per "equal" pair, as the service builds a checklist: a pair is a nonconformity on a
    // clause of each standard.
    lines_ = audits::ChecklistGroups(leaves, equal_);
  }

  // Programmes of the province and of each school for this year and last, `audits` audits spread evenly over the
  // units with `lines` checklist lines in all, and `nonconformities`, up to two fifths of them raised by audits.
  AuditCounts Generate(int audits, int lines, int nonconformities) {
    MakeProcesses();
    MakeProgrammes();
    AuditCounts out;
    int from_audits_cap = nonconformities * 2 / 5;
    for (int done = 0; done < audits;) {
      // About 2,000 checklist lines a transaction.
      app_.db().Write([&](soci::session& s) {
        for (int k = 0; k < 100 && done < audits; ++k, ++done) {
          int line_count = lines / audits + (done < lines % audits ? 1 : 0);
          MakeAudit(s, done, line_count, from_audits_cap, out);
        }
      });
    }
    std::cerr << "audits: " << out.audits << " (" << out.lines << " checklist lines, " << out.nonconformities
              << " nonconformities raised)\n";
    for (int done = out.nonconformities; done < nonconformities;) {
      app_.db().Write([&](soci::session& s) {
        for (int k = 0; k < 2000 && done < nonconformities; ++k, ++done) {
          const org::Unit& unit = t_.units[random_() % t_.units.size()];
          MakeNonconformity(s, unit, DateText(t_.today - std::chrono::days(random_() % 730)), OtherSource(),
                            random_() % 5 ? "minor" : "major", LineFor(Skewed(lines_.size())), std::nullopt, false);
          ++out.nonconformities;
        }
      });
    }
    std::cerr << "nonconformities: " << out.nonconformities << "\n";
    return out;
  }

 private:
  // An index below `n`, small ones far more often: a few clauses and causes carry most nonconformities, as a
  // Pareto chart expects.
  size_t Skewed(size_t n) {
    double u = std::uniform_real_distribution<double>(0, 1)(random_);
    return std::min(n - 1, size_t(double(n) * u * u * u));
  }

  std::vector<improvement::ClauseRef> LineFor(size_t line) {
    std::vector<improvement::ClauseRef> out;
    for (db::Id id : lines_[line]) out.push_back(clauses_[id]);
    return out;
  }

  std::string OtherSource() {
    const char* sources[] = {"complaint", "complaint", "complaint",   "satisfaction_survey", "satisfaction_survey",
                             "process_indicator", "process_indicator", "external_audit", "appeal", "other"};
    return sources[random_() % 10];
  }

  // A user whose unit is outside `unit`'s subtree, as independence requires of an auditor.
  db::Id Outsider(const org::Unit& unit) {
    for (;;) {
      size_t i = random_() % t_.user_ids.size();
      if (t_.units[t_.user_units[i]].path.rfind(unit.path, 0) != 0) return t_.user_ids[i];
    }
  }

  // Province-wide processes, so that programme coverage counts audits per process against its risk.
  void MakeProcesses() {
    const char* names[] = {"Tuyển sinh",          "Dạy học",           "Đánh giá học sinh", "Bồi dưỡng giáo viên",
                           "Quản lý hồ sơ",      "Xử lý khiếu nại",   "Khảo sát sự hài lòng", "Cơ sở vật chất",
                           "Thư viện và học liệu", "An toàn trường học", "Tài chính",            "Đánh giá nội bộ"};
    const processes::RiskLevel risks[] = {processes::RiskLevel::kHigh, processes::RiskLevel::kMedium,
                                          processes::RiskLevel::kLow};
    app_.db().Write([&](soci::session& s) {
      for (int i = 0; i < 12; ++i) {
        processes::Process p;
        p.unit_id = t_.root.id;
        p.code = "QT-" + std::to_string(i + 1);
        p.name = names[i];
        p.category = i < 2 ? processes::Category::kManagement : i < 8 ? processes::Category::kCore
                                                                      : processes::Category::kSupport;
        p.owner_id = t_.user_ids[random_() % t_.user_ids.size()];
        p.risk_level = risks[i % 3];
        p.created_at = p.updated_at = t_.now;
        processes::store::Insert(s, p, FoldForSearch(p.name));
        processes_.push_back(p);
      }
    });
  }

  void MakeProgrammes() {
    int year = int(std::chrono::year_month_day(t_.today).year());
    app_.db().Write([&](soci::session& s) {
      for (int y : {year - 1, year}) {
        auto add = [&](const org::Unit& unit) {
          audits::Programme p;
          p.unit_id = unit.id;
          p.year = y;
          p.title = "Chương trình đánh giá nội bộ năm " + std::to_string(y) + " - " + unit.name;
          p.created_at = p.updated_at = t_.now;
          audits::store::InsertProgramme(s, p);
          programmes_[{unit.id, y}] = p.id;
        };
        add(t_.root);
        for (int i = 0; i < t_.schools; ++i) add(t_.units[size_t(i)]);
      }
    });
  }

  // The n-th audit: each unit is audited in turn, first in the province's programme of this year, then of last
  // year, then in its school's programmes.
  void MakeAudit(soci::session& s, int n, int line_count, int from_audits_cap, AuditCounts& counts) {
    const org::Unit& unit = t_.units[size_t(n) % t_.units.size()];
    int round = n / int(t_.units.size());
    int year = int(std::chrono::year_month_day(t_.today).year()) - (round % 2);
    db::Id owner = round < 2 ? t_.root.id : unit.type == "department" ? unit.parent_id.value() : unit.id;
    audits::Audit a;
    a.programme_id = programmes_.at({owner, year});
    a.unit_id = unit.id;
    a.title = "Đánh giá nội bộ " + unit.code + " năm " + std::to_string(year);
    a.type = random_() % 10 ? "internal" : "second_party";
    a.lead_auditor_id = Outsider(unit);
    for (int k = int(random_() % 3); k > 0; --k) {
      db::Id member = Outsider(unit);
      if (member != a.lead_auditor_id && !std::count(a.team_ids.begin(), a.team_ids.end(), member))
        a.team_ids.push_back(member);
    }
    std::sort(a.team_ids.begin(), a.team_ids.end());
    Days first = Days(std::chrono::year{year} / 1 / 1), last = Days(std::chrono::year{year} / 12 / 31);
    Days start = first + std::chrono::days(random_() % 362);
    Days end = std::min(last, start + std::chrono::days(random_() % 4));
    a.planned_start = DateText(start);
    a.planned_end = DateText(end);
    a.agenda = "Họp khai mạc; xem xét hồ sơ; phỏng vấn; họp kết thúc.";
    if (start > t_.today)
      a.status = audits::AuditStatus::kPlanned;
    else if (end >= t_.today)
      a.status = audits::AuditStatus::kInProgress;
    else if (end + std::chrono::days(30) > t_.today)
      a.status = random_() % 2 ? audits::AuditStatus::kReported : audits::AuditStatus::kInProgress;
    else
      a.status = random_() % 5 ? audits::AuditStatus::kClosed : audits::AuditStatus::kReported;
    for (size_t i = random_() % processes_.size(), k = 1 + random_() % 2; k > 0; --k, i = (i + 1) % processes_.size())
      if (processes_[i].owner_id != a.lead_auditor_id &&
          !std::count(a.team_ids.begin(), a.team_ids.end(), *processes_[i].owner_id))
        a.process_ids.push_back(processes_[i].id);
    std::sort(a.process_ids.begin(), a.process_ids.end());
    a.created_at = a.updated_at = t_.now;
    // Inserted as planned, then moved on: a closed audit needs its closing time, which only an update writes.
    audits::AuditStatus status = std::exchange(a.status, audits::AuditStatus::kPlanned);
    // Consecutive lines of the integrated checklist from a random clause on.
    std::vector<db::Id> clause_ids;
    size_t from = random_() % lines_.size();
    for (size_t k = 0; k < std::min(size_t(line_count), lines_.size()); ++k)
      for (db::Id id : lines_[(from + k) % lines_.size()]) clause_ids.push_back(id);
    audits::store::InsertAudit(s, a, clause_ids);
    a.status = status;
    if (a.status != audits::AuditStatus::kPlanned) {
      a.summary = "Hệ thống quản lý được duy trì; các phát hiện được ghi trong danh mục kiểm tra.";
      if (a.status == audits::AuditStatus::kClosed) a.closed_at = DateText(end + std::chrono::days(20)) + "T09:00:00.000Z";
      audits::store::UpdateAudit(s, a, 1);
    }
    std::string detected = DateText(std::min(end, t_.today));
    auto groups = audits::ChecklistGroups(clause_ids, equal_);
    for (size_t i = 0; i < groups.size(); ++i) {
      audits::ChecklistLine line;
      line.audit_id = a.id;
      line.position = int(i) + 1;
      line.question = "Đơn vị thực hiện yêu cầu của điều khoản như thế nào?";
      line.updated_at = t_.now;
      audits::store::InsertLine(s, line, groups[i]);
      ++counts.lines;
      bool answered = a.status == audits::AuditStatus::kClosed || a.status == audits::AuditStatus::kReported ||
                      (a.status == audits::AuditStatus::kInProgress && i < groups.size() / 2);
      if (!answered) continue;
      unsigned r = random_() % 100;
      bool raises = r < 9 && counts.nonconformities < from_audits_cap;
      line.result = raises   ? (r < 2 ? "major_nonconformity" : "minor_nonconformity")
                    : r < 82 ? "conforming"
                    : r < 90 ? "observation"
                    : r < 97 ? "opportunity_for_improvement"
                             : "not_audited";
      line.evidence = "Đã xem kế hoạch, biên bản và phỏng vấn cán bộ phụ trách.";
      if (raises) {
        line.finding = "Chưa đáp ứng yêu cầu " + line.clauses.front().number;
        line.nonconformity_id =
            MakeNonconformity(s, unit, detected, a.type == "internal" ? "internal_audit" : "external_audit",
                              r < 2 ? "major" : "minor", line.clauses, a.id, a.status == audits::AuditStatus::kClosed);
        ++counts.nonconformities;
      }
      audits::store::UpdateLine(s, line, 1);
    }
    ++counts.audits;
  }

  // A nonconformity detected on `detected` and carried as far along its workflow as its age makes likely (all the
  // way when `closed`, as a closed audit requires), with the repeat flag the service would set.
  db::Id MakeNonconformity(soci::session& s, const org::Unit& unit, const std::string& detected,
                           const std::string& source, const std::string& severity,
                           const std::vector<improvement::ClauseRef>& clauses, std::optional<db::Id> audit_id,
                           bool closed) {
    using improvement::NcStatus;
    improvement::Nonconformity nc;
    nc.unit_id = unit.id;
    nc.title = "Không phù hợp " + clauses.front().number + " tại " + unit.code;
    nc.description = "Phát hiện khi " + source + ".";
    nc.source = source;
    nc.severity = severity;
    nc.detected_on = detected;
    nc.due_date = improvement::DefaultDueDate(detected, severity, due_days_);
    nc.audit_id = audit_id;
    nc.clauses = clauses;
    nc.reported_by = t_.user_ids[random_() % t_.user_ids.size()];
    nc.created_at = nc.updated_at = t_.now;
    std::vector<db::Id> clause_ids;
    for (const auto& c : clauses) clause_ids.push_back(c.id);
    nc.repeat_of = improvement::store::LatestOnClauses(s, unit.id, clause_ids,
                                                       improvement::RepeatWindowStart(detected), detected);
    improvement::store::InsertNonconformity(s, nc);
    auto age = (t_.today - DayOf(detected)).count();
    int closed_percent = age > 180 ? 75 : age > 90 ? 50 : age > 30 ? 25 : 5;
    int stage = closed || int(random_() % 100) < closed_percent ? 6 : int(random_() % 6);
    if (stage == 0) return nc.id;
    nc.status = NcStatus(stage);
    nc.correction = "Đã khắc phục tức thời và thông báo cho bộ phận liên quan.";
    if (stage >= 2) {
      if (random_() % 5 < 3) {
        nc.root_cause_method = "categories";
        const auto& categories = improvement::CauseCategories();
        std::set<size_t> picked;
        for (int k = 1 + int(random_() % 2); k > 0; --k) picked.insert(Skewed(categories.size()));
        for (size_t c : picked) nc.root_cause_details.push_back(categories[c]);
      } else {
        nc.root_cause_method = "five_whys";
        nc.root_cause_details = {"Quy trình chưa được phổ biến", "Chưa có kế hoạch bồi dưỡng"};
      }
      nc.root_cause = "Chưa phân công rõ trách nhiệm.";
      if (random_() % 20 == 0) nc.cycle = 2;
    }
    if (stage >= 3) {
      nc.effectiveness_criterion = "Không lặp lại trong hai lần đánh giá tiếp theo.";
      nc.verification_due = DateText(DayOf(nc.due_date) + std::chrono::days(30));
      nc.verifier_id = t_.user_ids[random_() % t_.user_ids.size()];
    }
    if (stage == 6) {
      // Before the audit that raised it closes, twenty days after it ended.
      Days at = std::min(t_.today, DayOf(detected) + std::chrono::days(7 + random_() % (closed ? 13 : 120)));
      nc.closed_at = DateText(at) + "T08:30:00.000Z";
    }
    improvement::store::UpdateNonconformity(s, nc, 1);
    return nc.id;
  }

  Application& app_;
  const Tenant& t_;
  std::mt19937& random_;
  improvement::DueDays due_days_;
  standards::EqualClauses equal_;
  std::map<db::Id, improvement::ClauseRef> clauses_;
  std::vector<std::vector<db::Id>> lines_;
  std::vector<processes::Process> processes_;
  std::map<std::pair<db::Id, int>, db::Id> programmes_;
};

}  // namespace


// Certificates decided on days spread over the last three years (so every standing of the due windows occurs), each
// through a project at its surveillance step with a completed stage 1 and stage 2; one in twenty suspended. The
// first `count` schools of `units` hold them.
int GenerateCertificates(Application& app, const std::vector<org::Unit>& units, int schools, int count, Days today,
                         const std::string& now, std::mt19937& random) {
  std::vector<certification::StandardRef> standards;
  for (const auto& s : standards::ListStandards(app.db()))
    if ((s.code == "iso-21001" && s.edition == "2018") || (s.code == "iso-9001" && s.edition == "2015"))
      standards.push_back({s.id, s.code, s.edition});
  certification::Body body{"Trung tâm Chứng nhận (benchmark)", "BoA", "VICAS-BENCH"};
  count = std::min(count, schools);
  for (int done = 0; done < count;) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 200 && done < count; ++k, ++done) {
        const org::Unit& unit = units[size_t(done)];
        Days decided = today - std::chrono::days(int(random() % 1000) + 10);
        certification::Project p;
        p.unit_id = unit.id;
        p.title = "Chứng nhận tích hợp " + unit.name;
        p.body = body;
        p.standards = standards;
        p.site_ids = {unit.id};
        p.step = certification::ProjectStep::kSurveillance;
        p.steps = certification::FreshSteps();
        const int completed[] = {-70, -60, -20, -10, 0};  // registration to certificate issue, days from the decision
        for (size_t i = 0; i < std::size(completed); ++i)
          p.steps[i].completed_on = DateText(decided + std::chrono::days(completed[i]));
        p.created_at = p.updated_at = now;
        certification::store::InsertProject(s, p);
        for (auto [type, from, to] : {std::tuple{"stage1", -45, -45}, std::tuple{"stage2", -25, -23}}) {
          certification::Audit a;
          a.project_id = p.id;
          a.type = type;
          a.status = certification::AuditStatus::kCompleted;
          a.start_date = DateText(decided + std::chrono::days(from));
          a.end_date = DateText(decided + std::chrono::days(to));
          a.audit_days = 2;
          a.team = {{"Nguyễn Minh Quân", "lead"}, {"Phạm Thu Hà", "member"}};
          a.created_at = a.updated_at = now;
          certification::store::InsertAudit(s, a);
        }
        certification::Certificate c;
        c.project_id = p.id;
        c.unit_id = unit.id;
        c.number = "BENCH-" + std::to_string(done + 1);
        c.entity_name = unit.name;
        c.entity_address = unit.address;
        c.organisation_type = unit.type;
        c.region = unit.region;
        c.scope_vi = "Giáo dục phổ thông và các dịch vụ hỗ trợ giáo dục";
        c.scope_en = "General education and educational support services";
        c.body = body;
        c.standards = standards;
        c.sites = {{unit.id, unit.name, unit.address}};
        c.original_issue_date = c.issue_date = c.cycle_start = DateText(decided);
        c.expiry_date = FormatDate(certification::ComputeCycle(std::chrono::year_month_day(decided)).expiry);
        c.status = done % 20 == 0 ? certification::CertificateStatus::kSuspended : certification::CertificateStatus::kActive;
        c.created_at = c.updated_at = now;
        certification::store::InsertCertificate(s, c);
        certification::CertificateChange issued{0,  "issue", "", c.issue_date, "{}",
                                                boost::json::serialize(certification::RegisterFields(c)),
                                                std::nullopt, now};
        certification::store::InsertChange(s, c.id, issued);
      }
    });
  }
  return count;
}

// One objective per unit measured by `per_unit` monthly indicators "CS-01", "CS-02", ... (the same codes in every
// unit), each with `values` months of values ending with the last ended month. Returns the values written.
static long GenerateIndicators(Application& app, const std::vector<org::Unit>& units, int per_unit, int values,
                               const std::string& now, std::mt19937& random) {
  auto last = planning::LatestEndedPeriod(planning::Frequency::kMonth, FormatDate(TodayInVietnam()));
  auto months = planning::PeriodsUpTo(planning::Frequency::kMonth, last, values);
  long written = 0;
  const size_t batch = 25;  // units per transaction: 25 x 20 x 36 = 18,000 values
  for (size_t first = 0; first < units.size(); first += batch) {
    app.db().Write([&](soci::session& s) {
      for (size_t u = first; u < std::min(units.size(), first + batch); ++u) {
        planning::Objective o;
        o.unit_id = units[u].id;
        o.title = "Nâng cao chất lượng giáo dục năm học";
        o.created_at = o.updated_at = now;
        planning::objective_store::Insert(s, o);
        for (int k = 1; k <= per_unit; ++k) {
          planning::Indicator i;
          i.objective_id = o.id;
          i.unit_id = o.unit_id;
          i.code = std::string(k < 10 ? "CS-0" : "CS-") + std::to_string(k);
          i.name = "Chỉ số chất lượng " + std::to_string(k);
          i.measure_unit = "%";
          i.target = 90;
          i.warning = 75;
          i.aggregation = k % 2 ? planning::Aggregation::kMean : planning::Aggregation::kWeightedMean;
          i.created_at = i.updated_at = now;
          planning::indicator_store::Insert(s, i);
          for (const auto& month : months) {
            planning::Measurement m;
            m.indicator_id = i.id;
            m.period = month.name;
            m.value = 60 + double(random() % 400) / 10;
            m.weight = double(100 + random() % 900);
            m.recorded_at = now;
            planning::indicator_store::InsertMeasurement(s, m);
            ++written;
          }
        }
      }
    });
  }
  return written;
}

// Competence and training at province scale (issue 20): the organisation's own competences up to `competences` in
// all, the department's requirements of everyone and of its auditors, each school's of its own people, about six
// holdings a person (some lapsing within 90 days), and programmes of ten sessions each with 20 attendees a session,
// each attendee assessed.
void GenerateCompetences(Application& app, const std::vector<org::Unit>& units, const std::vector<db::Id>& user_ids,
                         int competences, int sessions, const std::string& now, std::mt19937& random) {
  std::vector<std::string> codes;
  for (const auto& c : people::ShippedCompetences()) codes.push_back(c.code);
  org::Unit root;
  app.db().Read([&](soci::session& s) { root = *org::store::FindRoot(s); });
  std::string today = FormatDate(TodayInVietnam());
  app.db().Write([&](soci::session& s) {
    for (int i = int(codes.size()); i < competences; ++i) {
      people::Competence c;
      c.code = "bench_" + std::to_string(i);
      c.category = "teaching";
      c.vi = "Năng lực chuyên môn " + std::to_string(i);
      c.en = "Subject competence " + std::to_string(i);
      c.unit_id = root.id;
      people::store::InsertCompetence(s, c, std::nullopt, now);
      codes.push_back(c.code);
    }
    auto require = [&](db::Id unit, const std::string& code, const std::string& role) {
      people::Requirement r;
      r.unit_id = unit;
      r.competence_code = code;
      r.role = role;
      r.created_at = now;
      if (!people::store::RequirementExists(s, unit, code, role)) people::store::InsertRequirement(s, r);
    };
    require(root.id, "iso21001_awareness", "");
    require(root.id, "iso9001_awareness", "");
    require(root.id, "internal_auditor_iso21001", "internal_auditor");
    require(root.id, "educational_management", "process_owner");
    for (const org::Unit& u : units)
      if (u.parent_id == root.id)
        for (int k = 0; k < 4; ++k) require(u.id, codes[size_t(random() % codes.size())], "");
  });
  const char* methods[] = {"training", "qualification", "experience", "assessment"};
  for (size_t done = 0; done < user_ids.size();) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 2000 && done < user_ids.size(); ++k, ++done) {
        for (int h = 0; h < 6; ++h) {
          people::Holding x;
          x.user_id = user_ids[done];
          x.competence_code = h < 2 ? codes[size_t(4 + h)] : codes[size_t(random() % codes.size())];
          x.method = methods[random() % 4];
          x.granted_on = FormatDate(AddDays(TodayInVietnam(), -int(random() % 2000) - 1));
          if (random() % 3 == 0) x.expires_on = FormatDate(AddDays(TodayInVietnam(), int(random() % 400) - 30));
          if (x.expires_on && *x.expires_on < x.granted_on) x.expires_on = x.granted_on;
          x.created_at = now;
          people::store::InsertHolding(s, x);
        }
      }
    });
  }
  int programmes = (sessions + 9) / 10;
  for (int p = 0; p < programmes; ++p) {
    app.db().Write([&](soci::session& s) {
      training::Programme prog;
      const org::Unit& unit = units[size_t(random() % units.size())];
      prog.unit_id = unit.id;
      prog.title = "Chương trình bồi dưỡng " + std::to_string(p + 1);
      prog.competences = {codes[size_t(random() % codes.size())]};
      prog.created_at = now;
      training::store::InsertProgramme(s, prog);
      std::vector<db::Id> attendees;
      for (int a = 0; a < 20; ++a) {
        db::Id user = user_ids[random() % user_ids.size()];
        if (training::store::Invite(s, prog.id, user, now)) attendees.push_back(user);
      }
      for (int k = 0; k < 10 && p * 10 + k < sessions; ++k) {
        training::Session x;
        x.programme_id = prog.id;
        x.title = "Buổi " + std::to_string(k + 1);
        x.trainer = "Chuyên gia";
        auto start = std::chrono::sys_days(TodayInVietnam()) - std::chrono::days(int(random() % 700));
        x.starts_at = FormatTimestamp(start + std::chrono::hours(1));
        x.ends_at = FormatTimestamp(start + std::chrono::hours(4));
        x.checkin_code = training::NewCheckInCode();
        x.created_at = now;
        training::store::InsertSession(s, x);
        for (db::Id user : attendees) training::store::InsertAttendance(s, x.id, user, "trainer", now, std::nullopt);
      }
      for (db::Id user : attendees) {
        training::Participant part = *training::store::FindParticipant(s, prog.id, user);
        part.score = double(random() % 11);
        part.passed = *part.score >= 5;
        part.assessed_at = now;
        training::store::SaveResult(s, part);
      }
    });
  }
  std::cerr << "competences: " << codes.size() << ", holdings: " << user_ids.size() * 6 << ", sessions: " << sessions
            << "\n";
}

int main(int argc, char** argv) {
  InitCrypto();
  CLI::App cli{"EduIMS benchmark data generator"};
  std::string database;
  int units = 1000, users = 30000, actions = 200000, audit_entries = 500000, documents = 0, pdf_texts = 0;
  int audits = 0, checklist_lines = 0, nonconformities = 0, certificates = 0, risks_per_unit = 0, indicators = 0,
      indicator_values = 36, competences = 0, training_sessions = 0;
  cli.add_option("--database", database, "database URL")->required();
  cli.add_option("--units", units);
  cli.add_option("--users", users);
  cli.add_option("--actions", actions);
  cli.add_option("--audit", audit_entries);
  cli.add_option("--documents", documents);
  cli.add_option("--pdf-texts", pdf_texts);
  cli.add_option("--audits", audits);
  cli.add_option("--checklist-lines", checklist_lines);
  cli.add_option("--nonconformities", nonconformities);
  cli.add_option("--certificates", certificates);
  cli.add_option("--risks-per-unit", risks_per_unit);
  cli.add_option("--indicators", indicators, "monthly indicators per unit");
  cli.add_option("--indicator-values", indicator_values, "monthly values per indicator");
  cli.add_option("--competences", competences, "competences in the catalogue, shipped and the organisation's own");
  cli.add_option("--training-sessions", training_sessions);
  CLI11_PARSE(cli, argc, argv);

  auto started = std::chrono::steady_clock::now();
  ApplicationOptions options;
  options.database_url = database;
  options.pool_size = 2;
  Application app(options);
  app.Prepare();
  demo::InitOptions init;
  init.admin_email = "admin@bench.eduims.vn";
  init.admin_password = "EduIMS-bench-2026";
  init.organisation_name = "Sở Giáo dục và Đào tạo (benchmark)";
  demo::Initialise(app, init);
  auto system = audit::Actor::System("bench");
  std::mt19937 random(2026);
  const char* types[] = {"upper_secondary", "lower_secondary", "primary", "kindergarten", "continuing_education_centre"};

  // Units: a fifth are schools under the root, the rest departments spread over the schools.
  std::vector<org::Unit> created;
  org::Unit root;
  app.db().Read([&](soci::session& s) { root = *org::store::FindRoot(s); });
  std::string now = NowTimestamp();
  app.db().Write([&](soci::session& s) {
    int schools = std::max(1, units / 5);
    for (int i = 0; i < units; ++i) {
      org::Unit u;
      bool school = i < schools;
      const org::Unit& parent = school ? root : created[size_t(random() % schools)];
      u.parent_id = parent.id;
      u.code = (school ? "TR-" : "TO-") + std::to_string(i + 1);
      u.name = school ? "Trường " + std::to_string(i + 1) + " huyện Mộc Châu" : "Tổ chuyên môn " + std::to_string(i + 1);
      u.type = school ? types[i % 5] : "department";
      u.region = "Sơn La";
      u.created_at = u.updated_at = now;
      org::store::InsertUnit(s, u, parent.path);
      created.push_back(u);
    }
  });
  std::cerr << "units: " << created.size() << "\n";

  std::string hash = auth::HashPassword("EduIMS-bench-2026");
  std::vector<db::Id> user_ids;
  std::vector<size_t> user_units;
  const char* roles[] = {"staff", "staff", "staff", "process_owner", "quality_manager", "internal_auditor"};
  for (int done = 0; done < users;) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 5000 && done < users; ++k, ++done) {
        org::User u;
        size_t unit_index = size_t(random() % created.size());
        const org::Unit& unit = created[unit_index];
        u.unit_id = unit.id;
        u.email = "user" + std::to_string(done + 1) + "@bench.eduims.vn";
        u.full_name = "Người dùng " + std::to_string(done + 1);
        u.created_at = u.updated_at = now;
        org::store::InsertUser(s, u, hash);
        org::GrantRecord g;
        g.user_id = u.id;
        g.role = roles[done % 6];
        g.unit_id = unit.id;
        g.created_at = now;
        org::store::InsertGrant(s, g);
        user_ids.push_back(u.id);
        user_units.push_back(unit_index);
      }
    });
  }
  std::cerr << "users: " << user_ids.size() << "\n";

  auto today = std::chrono::sys_days(TodayInVietnam());
  const actions::Status statuses[] = {actions::Status::kOpen, actions::Status::kInProgress, actions::Status::kDone,
                                      actions::Status::kCancelled};
  for (int done = 0; done < actions;) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 10000 && done < actions; ++k, ++done) {
        actions::Action a;
        a.title = "Hành động khắc phục số " + std::to_string(done + 1);
        // Owned by a user of its unit, whose grant there lets them work on it (ActionService::CheckOwner).
        size_t owner = size_t(random() % user_ids.size());
        a.unit_id = created[user_units[owner]].id;
        a.owner_id = user_ids[owner];
        a.due_date = FormatDate(today + std::chrono::days(int(random() % 365) - 120));
        a.status = statuses[random() % 4];
        a.created_at = a.updated_at = now;
        if (actions::IsFinished(a.status)) a.completed_at = now;
        actions::store::Insert(s, a);
      }
    });
  }
  std::cerr << "actions: " << actions << "\n";

  for (int done = 0; done < audit_entries;) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 10000 && done < audit_entries; ++k, ++done) {
        const org::Unit& unit = created[size_t(random() % created.size())];
        audit::Append(app.db(), s, system,
                      {"action", std::to_string(done + 1), "update", R"({"status":"open"})",
                       R"({"status":"in_progress"})", unit.path});
      }
    });
  }
  // Documents: four revisions each (three superseded, the last published), indexed with the published text and,
  // for the first `pdf_texts`, an attached PDF's text. The attachments share one stored blob: search reads the text.
  const char* topics[] = {"tuyển sinh lớp 10", "kiểm tra nội bộ", "đánh giá học sinh", "bồi dưỡng giáo viên",
                          "quản lý hồ sơ", "khảo sát sự hài lòng của phụ huynh", "an toàn trường học",
                          "thư viện và học liệu", "xử lý khiếu nại", "kế hoạch năm học"};
  const char* kinds[] = {"procedure", "procedure", "work_instruction", "form", "plan", "policy"};
  std::string pdf_text;
  for (int i = 0; i < 12; ++i)
    pdf_text += "Biên bản số " + std::to_string(i) + ": nhà trường đã tổ chức " + topics[i % 10] +
                " theo đúng quy trình của Sở Giáo dục và Đào tạo; các minh chứng được lưu tại văn phòng. ";
  db::Id blob_id = 0;
  if (pdf_texts > 0) {
    app.db().Write([&](soci::session& s) {
      s << "INSERT INTO file_blobs (sha256, size, created_at) VALUES ('bench', 1, :t) RETURNING id", soci::use(now),
          soci::into(blob_id);
    });
  }
  std::string effective = FormatDate(today - std::chrono::days(30));
  for (int done = 0; done < documents;) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 2000 && done < documents; ++k, ++done) {
        const org::Unit& unit = created[size_t(random() % created.size())];
        std::string topic = topics[random() % 10];
        documents::Document d;
        d.unit_id = unit.id;
        d.type = kinds[done % 6];
        d.code = "QT-" + std::to_string(done + 1);
        d.title = "Quy trình " + topic + " số " + std::to_string(done + 1);
        d.owner_id = user_ids[size_t(random() % user_ids.size())];
        d.created_at = d.updated_at = now;
        documents::store::InsertDocument(s, d);
        documents::Revision r;
        for (int n = 1; n <= 4; ++n) {
          r = {};
          r.document_id = d.id;
          r.number = n;
          r.change_description = "Lần ban hành " + std::to_string(n);
          r.content_markdown = "# Mục đích\n\nQuy định việc " + topic + " tại " + unit.name +
                               ".\n\n## Trách nhiệm\n\nHiệu trưởng phân công; tổ chuyên môn thực hiện; lần " +
                               std::to_string(n) + ".";
          r.content_html = documents::RenderMarkdown(r.content_markdown);
          r.content_hash = Sha256Hex(r.content_markdown);
          r.status = n < 4 ? documents::RevisionStatus::kSuperseded : documents::RevisionStatus::kPublished;
          r.author_id = d.owner_id;
          r.effective_on = effective;
          r.published_at = now;
          r.created_at = r.updated_at = now;
          documents::store::InsertRevision(s, r);
        }
        std::string text = d.code + " " + d.title + "\n" + documents::MarkdownText(r.content_markdown);
        if (done < pdf_texts) {
          attachments::Attachment a;
          a.owner = {"revision", r.id};
          a.blob_id = blob_id;
          a.file_name = "bien-ban-" + std::to_string(done + 1) + ".pdf";
          a.media_type = "application/pdf";
          a.size = 1;
          a.sha256 = "bench";
          a.uploaded_by = d.owner_id;
          a.uploaded_at = now;
          attachments::store::Insert(s, a, pdf_text);
          text += "\n" + pdf_text;
        }
        d.status = "published";
        d.current_revision_id = r.id;
        d.effective_on = effective;
        d.next_review_on = FormatDate(today + std::chrono::days(int(random() % 400) - 35));
        documents::store::UpdateDocument(s, d, d.version);
        documents::store::IndexDocument(app.db(), s, d.id, text);
      }
    });
  }
  if (documents > 0) std::cerr << "documents: " << documents << " (" << documents * 4 << " revisions)\n";
  if (audits > 0 || nonconformities > 0) {
    Tenant tenant{root, created, std::max(1, units / 5), user_ids, user_units, now, today};
    AuditGenerator(app, tenant, random).Generate(audits, checklist_lines, nonconformities);
  }
  if (certificates > 0)
    std::cerr << "certificates: "
              << GenerateCertificates(app, created, std::max(1, units / 5), certificates, today, now, random) << "\n";
  if (risks_per_unit > 0) {
    const planning::Treatment treatments[] = {planning::Treatment::kReduce, planning::Treatment::kAccept,
                                              planning::Treatment::kShare, planning::Treatment::kAvoid};
    for (size_t u = 0; u < created.size(); u += 100) {
      app.db().Write([&](soci::session& s) {
        for (size_t k = u; k < std::min(created.size(), u + 100); ++k) {
          for (int n = 0; n < risks_per_unit; ++n) {
            planning::Risk r;
            r.unit_id = created[k].id;
            r.kind = n % 10 == 9 ? planning::Kind::kOpportunity : planning::Kind::kRisk;
            r.title = std::string(r.kind == planning::Kind::kRisk ? "Rủi ro " : "Cơ hội ") + topics[random() % 10] +
                      " số " + std::to_string(n + 1);
            r.cause = "Nguyên nhân được nhận diện khi rà soát " + std::string(topics[random() % 10]);
            r.inherent = {int(random() % 5) + 1, int(random() % 5) + 1};
            if (random() % 2) r.residual = planning::Rating{std::max(1, r.inherent.likelihood - 1), r.inherent.impact};
            r.owner_id = user_ids[size_t(random() % user_ids.size())];
            r.treatment = r.kind == planning::Kind::kRisk ? treatments[random() % 4] : planning::Treatment::kPursue;
            r.next_review_date = FormatDate(today + std::chrono::days(int(random() % 365) - 60));
            r.created_at = r.updated_at = now;
            planning::risk_store::Insert(s, r);
            planning::risk_store::InsertRating(s, r.id, {"inherent", "5x5", r.inherent, std::nullopt, now});
            if (r.residual) planning::risk_store::InsertRating(s, r.id, {"residual", "5x5", *r.residual, std::nullopt, now});
          }
        }
      });
    }
    app.db().Write([&](soci::session& s) { planning::risk_store::RebuildHeat(s); });
    std::cerr << "risks: " << created.size() * risks_per_unit << "\n";
  }
  if (indicators > 0)
    std::cerr << "indicator values: "
              << GenerateIndicators(app, created, indicators, indicator_values, now, random) << "\n";
  if (competences > 0)
    GenerateCompetences(app, created, user_ids, competences, training_sessions, now, random);
  app.db().Read([&](soci::session& s) { s << "ANALYZE"; });
  std::cerr << "audit entries: " << audit_entries << "\n";
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "generated in " << seconds << " s; school for the subtree benchmark: id " << created[0].id << "\n";
  return 0;
}
