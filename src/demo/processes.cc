// The demo department's process register and map: a handful of management, core and support processes linked to
// ISO 9001 and ISO 21001 clauses, with the interactions a Department of Education and Training would draw.
#include "demo/processes.h"

#include <map>

#include "records/service.h"
#include "demo/editions.h"

namespace eduims::demo {
namespace {

struct DemoProcess {
  const char* code;
  const char* name;
  processes::Category category;
  const char* purpose;
  std::vector<const char*> clauses;  // ISO 9001 and ISO 21001 clause numbers it addresses
  processes::RiskLevel risk;
};

using processes::Category;
using processes::RiskLevel;

const DemoProcess kProcesses[] = {
    {"QT-LD", "Lãnh đạo và hoạch định", Category::kManagement,
     "Xác định chính sách, mục tiêu chất lượng và kế hoạch năm học của Sở.", {"5.1", "5.2", "6.1", "6.2"},
     RiskLevel::kMedium},
    {"QT-XXLD", "Xem xét của lãnh đạo", Category::kManagement,
     "Định kỳ xem xét hệ thống quản lý để bảo đảm sự phù hợp, thỏa đáng và hiệu lực.", {"9.3"}, RiskLevel::kLow},
    {"QT-DGNB", "Đánh giá nội bộ", Category::kManagement,
     "Đánh giá sự phù hợp của hệ thống quản lý với ISO 21001 và ISO 9001 theo chương trình hằng năm.", {"9.2"},
     RiskLevel::kMedium},
    {"QT-TS", "Tuyển sinh lớp 10", Category::kCore,
     "Tổ chức tuyển sinh công bằng, minh bạch theo chỉ tiêu được giao.", {"8.2"}, RiskLevel::kHigh},
    {"QT-DH", "Dạy và học", Category::kCore,
     "Tổ chức thực hiện chương trình giáo dục, bảo đảm người học đạt chuẩn đầu ra.", {"8.5.1"}, RiskLevel::kHigh},
    {"QT-KT", "Kiểm tra, đánh giá học sinh", Category::kCore,
     "Đánh giá kết quả học tập khách quan và công bố kết quả cho người học, phụ huynh.", {"8.6"},
     RiskLevel::kHigh},
    {"QT-NS", "Quản lý nhân sự", Category::kSupport,
     "Tuyển dụng, phân công, bồi dưỡng đội ngũ giáo viên và cán bộ quản lý.", {"7.1.2", "7.2"}, RiskLevel::kMedium},
    {"QT-CSVC", "Quản lý cơ sở vật chất", Category::kSupport,
     "Bảo đảm phòng học, thiết bị dạy học và môi trường an toàn.", {"7.1.3", "7.1.4"}, RiskLevel::kLow},
};

struct DemoFeed {
  const char* from;
  const char* to;
  const char* what;
};

const DemoFeed kFeeds[] = {
    {"QT-LD", "QT-TS", "Chỉ tiêu tuyển sinh, kế hoạch năm học"},
    {"QT-TS", "QT-DH", "Danh sách học sinh trúng tuyển"},
    {"QT-NS", "QT-DH", "Giáo viên được phân công"},
    {"QT-CSVC", "QT-DH", "Phòng học, thiết bị dạy học"},
    {"QT-DH", "QT-KT", "Kết quả học tập"},
    {"QT-KT", "QT-XXLD", "Báo cáo chất lượng giáo dục"},
    {"QT-DGNB", "QT-XXLD", "Báo cáo đánh giá nội bộ"},
    {"QT-XXLD", "QT-LD", "Quyết định cải tiến, nguồn lực"},
};

}  // namespace

void SeedProcesses(Application& app, const auth::Principal& quality_manager, db::Id unit_id,
                   const std::map<std::string, db::Id>& owners) {
  std::map<std::string, std::vector<db::Id>> clauses_by_number;
  for (const auto& [code, clauses] : DemoClauses(app))
    for (const auto& [number, id] : clauses) clauses_by_number[number].push_back(id);
  auto system = audit::Actor::System("init");
  std::map<std::string, processes::Process> made;
  for (const DemoProcess& d : kProcesses) {
    processes::ProcessInput in;
    in.unit_id = unit_id;
    in.code = d.code;
    in.name = d.name;
    in.category = d.category;
    in.purpose = d.purpose;
    in.risk_level = d.risk;
    if (auto owner = owners.find(d.code); owner != owners.end()) in.owner_id = owner->second;
    for (const char* number : d.clauses)
      for (db::Id id : clauses_by_number[number]) in.clause_ids.push_back(id);
    made[d.code] = app.processes().Create(quality_manager, in, system);
  }
  std::map<std::string, std::vector<processes::Feed>> feeds;
  for (const DemoFeed& f : kFeeds) feeds[f.from].push_back({made[f.to].id, f.what});
  for (auto& [code, list] : feeds) {
    processes::ProcessPatch patch;
    patch.feeds = list;
    app.processes().Update(quality_manager, made[code].id, made[code].version, patch, system);
  }
}

void SeedRecords(Application& app, const auth::Principal& quality_manager, db::Id unit_id) {
  std::map<std::string, db::Id> iso9001 = DemoClauses(app)["iso-9001"];
  struct DemoRecord {
    const char* title;
    const char* category;
    const char* recorded_on;
    int retention_months;
    const char* clause;
  };
  const DemoRecord kRecords[] = {
      {"Báo cáo đánh giá nội bộ năm học 2025-2026", "audit_report", "2026-06-20", 60, "9.2.2"},
      {"Biên bản họp xem xét của lãnh đạo tháng 7/2026", "management_review", "2026-07-15", 60, "9.3.3"},
      {"Kết quả khảo sát sự hài lòng của phụ huynh học kỳ II", "survey_result", "2026-05-30", 36, "9.1.2"},
      {"Hồ sơ bồi dưỡng giáo viên năm 2020", "training", "2020-08-15", 60, "7.2"},
      {"Biên bản đánh giá nội bộ Trường THPT Chuyên Sơn La (BM-02)", "audit_report", "2026-04-10", 60, "9.2.2"},
      {"Phiếu yêu cầu hành động khắc phục số 01/2026 (BM-03)", "other", "2026-04-20", 36, "10.2.2"},
  };
  for (const DemoRecord& d : kRecords) {
    records::RecordInput in;
    in.unit_id = unit_id;
    in.title = d.title;
    in.category = d.category;
    in.recorded_on = d.recorded_on;
    in.retention_months = d.retention_months;
    if (auto clause = iso9001.find(d.clause); clause != iso9001.end()) in.clause_ids = {clause->second};
    app.records().Create(quality_manager, in, audit::Actor::System("init"));
  }
}

}  // namespace eduims::demo
