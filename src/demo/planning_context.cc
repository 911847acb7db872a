// A province's Department of Education and Training and two of its upper secondary schools as a newcomer would
// find them described: the issues of a mountainous province (floods and landslides, distances, poverty, shortages
// of teachers of informatics and English, the 2018 general education programme), the needs of learners, parents,
// employers and staff, the ministry's circulars as compliance obligations, each school's scope and a change
// approved by the director.
#include "demo/planning_context.h"

#include "demo/editions.h"
#include "planning/context_module.h"

namespace eduims::demo {
namespace {

struct DemoIssue {
  const char* unit;
  const char* title;
  const char* category;
  const char* effect;
  const char* clause;  // the ISO 21001 clause it answers
};

const DemoIssue kIssues[] = {
    {"SO-GDDT", "Mưa lũ, sạt lở đất vùng núi làm gián đoạn việc đi học mùa mưa", "climate", "negative", "4.1"},
    {"SO-GDDT", "Chương trình giáo dục phổ thông 2018 áp dụng toàn cấp trung học phổ thông", "legal", "positive",
     "4.1"},
    {"SO-GDDT", "Thu nhập hộ gia đình vùng sâu thấp, nguy cơ học sinh bỏ học", "economic", "negative", "4.1"},
    {"SO-GDDT", "Chuyển đổi số ngành giáo dục: cơ sở dữ liệu ngành, học bạ số", "technological", "positive", "7.1.3"},
    {"SO-GDDT", "Thiếu giáo viên Tin học và Ngoại ngữ ở các huyện vùng cao", "people", "negative", "7.1.2"},
    {"SO-GDDT", "Tỷ lệ tốt nghiệp trung học phổ thông trên 98% ba năm liền", "performance", "positive", "9.1"},
    {"THPT-CHUYEN", "Đội ngũ giáo viên chuyên giỏi, nhiều giải học sinh giỏi quốc gia", "people", "positive", "7.2"},
    {"THPT-CHUYEN", "Học sinh nội trú xa nhà, cần chăm sóc sức khỏe tinh thần", "social", "negative", "7.1.4"},
    {"THPT-CHUYEN", "Phòng thí nghiệm đạt chuẩn, được tài trợ thiết bị", "infrastructure", "positive", "7.1.3"},
    {"THPT-TOHIEU", "Số học sinh vào lớp 10 giảm do dân số độ tuổi giảm", "demographic", "negative", "4.1"},
    {"THPT-TOHIEU", "Văn hóa nhà trường thân thiện, phụ huynh tin tưởng", "culture", "positive", "4.1"},
    {"THPT-TOHIEU", "Doanh nghiệp khu công nghiệp cần lao động có kỹ năng", "market", "positive", "4.2"},
};

struct DemoNeeds {
  const char* unit;
  const char* party_class;
  const char* needs;
  const char* requirement;
  const char* monitoring;
};

const DemoNeeds kNeeds[] = {
    {"SO-GDDT", "learners", "Học tập an toàn, công bằng; được tư vấn hướng nghiệp",
     "Mỗi trường tổ chức tư vấn hướng nghiệp cho học sinh lớp 12", "survey"},
    {"SO-GDDT", "parents", "Được thông tin kịp thời về kết quả học tập, rèn luyện của con",
     "Công bố kết quả học tập qua sổ liên lạc điện tử mỗi học kỳ", "meeting"},
    {"SO-GDDT", "staff", "Được bồi dưỡng chuyên môn, đánh giá công bằng",
     "Bồi dưỡng thường xuyên giáo viên theo kế hoạch năm", "report"},
    {"SO-GDDT", "employers", "Người học có kỹ năng nghề nghiệp, ngoại ngữ, tin học",
     "Khảo sát nhu cầu nhân lực của doanh nghiệp trong tỉnh hằng năm", "survey"},
    {"SO-GDDT", "society", "Giáo dục gắn với bảo tồn văn hóa các dân tộc", "", "report"},
    {"THPT-CHUYEN", "learners", "Được bồi dưỡng năng khiếu, chuẩn bị thi học sinh giỏi",
     "Kế hoạch bồi dưỡng học sinh giỏi theo môn chuyên", "survey"},
    {"THPT-CHUYEN", "parents", "Con được chăm sóc tốt ở ký túc xá", "Đường dây nóng phản ánh của phụ huynh",
     "complaint_channel"},
    {"THPT-TOHIEU", "learners", "Được học trong môi trường an toàn, thân thiện",
     "Khảo sát sự hài lòng của học sinh cuối mỗi học kỳ", "survey"},
    {"THPT-TOHIEU", "parents", "Được tham gia các hoạt động của nhà trường", "Họp phụ huynh đầu năm và cuối học kỳ",
     "meeting"},
};

struct DemoObligation {
  const char* text;
  const char* reference;
};

const DemoObligation kObligations[] = {
    {"Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học",
     "Thông tư 32/2020/TT-BGDĐT"},
    {"Đánh giá học sinh trung học cơ sở và trung học phổ thông", "Thông tư 22/2021/TT-BGDĐT"},
    {"Quyền và nghĩa vụ của cơ sở giáo dục", "Luật Giáo dục số 43/2019/QH14"},
};

org::Unit Unit(Application& app, const char* code) { return *app.org().FindUnitByCode(code); }

audit::Actor ActorOf(const auth::Principal& who) {
  return audit::Actor{who.user_id, "local", "demo", who.full_name};
}

}  // namespace

void SeedPlanningContext(Application& app, const auth::Principal& quality_manager, const auth::Principal& director) {
  planning::ContextModule& context = app.planning_context();
  auto clauses = DemoClauses(app);
  auto actor = ActorOf(quality_manager);
  for (const DemoIssue& i : kIssues) {
    planning::ContextIssueInput in;
    in.unit_id = Unit(app, i.unit).id;
    in.title = i.title;
    in.category = i.category;
    in.effect = i.effect;
    in.clause_ids = {DemoClause(clauses, "iso-21001", i.clause)};
    context.issues.Create(quality_manager, in, actor);
  }

  for (const DemoNeeds& n : kNeeds) {
    planning::PartyFilter filter;
    filter.unit_id = Unit(app, n.unit).id;
    filter.class_code = n.party_class;
    auto parties = context.parties.List(quality_manager, filter);
    if (parties.empty()) continue;
    planning::PartyPatch patch;
    patch.needs = n.needs;
    auto party = context.parties.Update(quality_manager, parties.front().id, parties.front().version, patch, actor);
    if (*n.requirement == '\0') continue;
    planning::RequirementInput requirement;
    requirement.text = n.requirement;
    requirement.monitoring = n.monitoring;
    context.parties.AddRequirement(quality_manager, party.id, requirement, actor);
  }
  planning::PartyInput ministry;
  ministry.unit_id = Unit(app, "SO-GDDT").id;
  ministry.class_code = "authorities";
  ministry.name = "Bộ Giáo dục và Đào tạo";
  ministry.needs = "Cơ sở giáo dục thực hiện đúng chương trình, quy chế chuyên môn và chế độ báo cáo";
  auto party = context.parties.Create(quality_manager, ministry, actor);
  for (const DemoObligation& o : kObligations) {
    planning::RequirementInput requirement;
    requirement.text = o.text;
    requirement.compliance_obligation = true;
    requirement.obligation_reference = o.reference;
    requirement.monitoring = "inspection";
    context.parties.AddRequirement(quality_manager, party.id, requirement, actor);
  }
  planning::PartyInput alumni;
  alumni.unit_id = Unit(app, "SO-GDDT").id;
  alumni.class_code = "alumni";
  alumni.name = "Hội cựu học sinh";
  alumni.relevant = false;
  alumni.relevance_reason = "Quan hệ với cựu học sinh do từng trường tự tổ chức";
  context.parties.Create(quality_manager, alumni, actor);

  planning::ScopeInput chuyen;
  chuyen.statement_vi = "Cung cấp chương trình giáo dục phổ thông cấp trung học phổ thông và bồi dưỡng học sinh "
                        "năng khiếu các môn chuyên";
  chuyen.statement_en = "Provision of the upper secondary general education programme and of gifted education in "
                        "specialised subjects";
  chuyen.sites = {"Tổ 2, phường Chiềng Lề, thành phố Sơn La"};
  chuyen.products = {"Giáo dục phổ thông lớp 10–12", "Bồi dưỡng học sinh giỏi", "Nội trú"};
  const char* why = "Trường thực hiện chương trình giáo dục do Bộ Giáo dục và Đào tạo ban hành, không thiết kế và "
                    "phát triển chương trình, sản phẩm giáo dục riêng";
  chuyen.exclusions = {{DemoClause(clauses, "iso-21001", "8.3"), why}, {DemoClause(clauses, "iso-9001", "8.3"), why}};
  context.scope.Put(quality_manager, Unit(app, "THPT-CHUYEN").id, chuyen, actor);
  planning::ScopeInput department;
  department.statement_vi = "Quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh; tổ chức tuyển sinh, thi và "
                            "kiểm định chất lượng giáo dục";
  department.statement_en = "State management of education and training in the province; admissions, examinations "
                            "and quality accreditation";
  department.sites = {"Trụ sở Sở Giáo dục và Đào tạo, thành phố Sơn La"};
  department.products = {"Tuyển sinh lớp 10", "Tổ chức thi tốt nghiệp THPT", "Bồi dưỡng giáo viên"};
  context.scope.Put(quality_manager, Unit(app, "SO-GDDT").id, department, actor);

  planning::ChangeInput change;
  change.unit_id = Unit(app, "SO-GDDT").id;
  change.title = "Triển khai học bạ số cho học sinh trung học phổ thông";
  change.purpose = "Thay học bạ giấy bằng học bạ số theo hướng dẫn của Bộ, giảm thủ tục cho phụ huynh";
  change.risks = "Mất dữ liệu; giáo viên chưa thành thạo; đường truyền yếu ở vùng cao";
  change.resources = "Kinh phí phần mềm, tập huấn 2 ngày cho giáo viên chủ nhiệm";
  change.responsibilities = "Phòng Giáo dục trung học chủ trì, các trường thực hiện";
  auto planned = context.changes.Create(quality_manager, change, actor);
  context.changes.Decide(director, planned.id, planned.version, "approve", "Đồng ý triển khai từ học kỳ II",
                         ActorOf(director));
}

}  // namespace eduims::demo
