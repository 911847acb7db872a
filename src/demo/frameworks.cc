#include "demo/frameworks.h"

#include "demo/editions.h"
#include "platform/audit/audit_trail.h"

namespace eduims::demo {
namespace {

// Shaped like the Ministry of Education and Training's accreditation standards for upper secondary schools
// (standards, criteria, indicators), in the demo's own short wording: no text of the published standards.
const char* kNodes =
    "number,parent,type,title_vi,title_en,evidence_vi,evidence_en\n"
    "1,,standard,Tổ chức và quản lý nhà trường,School organisation and management,,\n"
    "1.1,1,criterion,Phương hướng và chiến lược phát triển,Direction and development strategy,"
    "Kế hoạch chiến lược được phê duyệt,Approved strategic plan\n"
    "1.1.1,1.1,indicator,Chiến lược phù hợp với mục tiêu giáo dục,Strategy fits the educational goals,"
    "Nghị quyết hội đồng trường,School council resolution\n"
    "1.1.2,1.1,indicator,Chiến lược được công bố,Strategy made public,Trang thông tin của trường,School website\n"
    "1.2,1,criterion,Quản lý hồ sơ và văn bản,Management of records and documents,"
    "Danh mục hồ sơ lưu trữ,List of kept records\n"
    "2,,standard,Cán bộ quản lý và giáo viên,Managers and teachers,,\n"
    "2.1,2,criterion,Năng lực và bồi dưỡng giáo viên,Teacher competence and training,"
    "Kế hoạch bồi dưỡng,Training plan\n"
    "3,,standard,Hoạt động giáo dục và kết quả,Educational activities and results,,\n"
    "3.1,3,criterion,Thực hiện chương trình giáo dục,Delivering the curriculum,Kế hoạch giáo dục,Education plan\n"
    "3.2,3,criterion,Đánh giá kết quả học tập,Assessing learning outcomes,Sổ theo dõi kết quả,Results register\n";

// Each criterion and the ISO 21001:2018 requirement it asks the same of, or part of.
const char* kMappings =
    "node,clause,relation\n"
    "1.1.1,6.2.1,intersect\n"
    "1.2,7.5.3,equal\n"
    "2.1,7.2,superset\n"
    "3.1,8.5.1,intersect\n"
    "3.2,9.1.1,subset\n";

}  // namespace

void SeedFramework(Application& app, const auth::Principal& quality_manager) {
  audit::Actor actor{quality_manager.user_id, "local", "demo", quality_manager.full_name};
  frameworks::FrameworkIdentity identity{kDemoFrameworkCode,
                                         "2024",
                                         "Tiêu chuẩn kiểm định chất lượng trường THPT (bản trích minh họa)",
                                         "Accreditation standards for upper secondary schools (illustrative excerpt)",
                                         "Bộ Giáo dục và Đào tạo (minh họa)",
                                         "Dữ liệu minh họa của EduIMS, không phải văn bản ban hành"};
  auto imported = app.frameworks().Import(quality_manager, identity, kNodes, frameworks::FileFormat::kCsv, false,
                                          actor);
  db::Id iso21001 = 0;
  for (const auto& standard : standards::ListStandards(app.db()))
    if (IsDemoEdition(standard) && standard.code == "iso-21001") iso21001 = standard.id;
  app.frameworks().ImportMappings(quality_manager, imported.framework->standard.id, iso21001, kMappings,
                                  frameworks::FileFormat::kCsv, /*dry_run=*/false, /*replace=*/false, actor);
}

}  // namespace eduims::demo
