#include "demo/demo.h"

#include <stdexcept>

#include "actions/store.h"
#include "demo/processes.h"
#include "org/store.h"
#include "platform/clock.h"

namespace eduims::demo {
namespace {

audit::Actor System() { return audit::Actor::System("init"); }

struct DemoUnit {
  const char* code;
  const char* name;
  const char* type;
  const char* parent;
  const char* region;
  const char* address;
};

const DemoUnit kUnits[] = {
    {"SO-VP", "Văn phòng Sở", "department", "SO-GDDT", "Sơn La", "Số 8, đường Tô Hiệu, TP Sơn La"},
    {"SO-GDTrH", "Phòng Giáo dục Trung học", "department", "SO-GDDT", "Sơn La", "Số 8, đường Tô Hiệu, TP Sơn La"},
    {"SO-KTKD", "Phòng Khảo thí và Kiểm định chất lượng giáo dục", "department", "SO-GDDT", "Sơn La",
     "Số 8, đường Tô Hiệu, TP Sơn La"},
    {"THPT-CHUYEN", "Trường THPT Chuyên Sơn La", "upper_secondary", "SO-GDDT", "Sơn La", "Phường Chiềng Lề, TP Sơn La"},
    {"THPT-CHUYEN-TOAN", "Tổ Toán - Tin", "department", "THPT-CHUYEN", "Sơn La", ""},
    {"THPT-TOHIEU", "Trường THPT Tô Hiệu", "upper_secondary", "SO-GDDT", "Sơn La", "Phường Quyết Tâm, TP Sơn La"},
    {"THCS-CHIENGSINH", "Trường THCS Chiềng Sinh", "lower_secondary", "SO-GDDT", "Sơn La", "Phường Chiềng Sinh, TP Sơn La"},
    {"TH-QUYETTHANG", "Trường Tiểu học Quyết Thắng", "primary", "SO-GDDT", "Sơn La", "Phường Quyết Thắng, TP Sơn La"},
    {"MN-HOABAN", "Trường Mầm non Hoa Ban", "kindergarten", "SO-GDDT", "Sơn La", "Phường Tô Hiệu, TP Sơn La"},
    {"GDNN-GDTX-MAISON", "Trung tâm GDNN - GDTX huyện Mai Sơn", "continuing_education_centre", "SO-GDDT", "Sơn La",
     "Thị trấn Hát Lót, huyện Mai Sơn"},
};

}  // namespace

const std::vector<DemoUser>& DemoUsers() {
  static const std::vector<DemoUser> users = {
      {"giamdoc@demo.eduims.vn", "Nguyễn Huy Hoàng", "SO-GDDT", "top_management"},
      // The ISO representative and the internal auditor work across the whole department and its schools.
      {"iso@demo.eduims.vn", "Lò Thị Đào", "SO-KTKD", "quality_manager", "SO-GDDT"},
      {"truongphong.gdtrh@demo.eduims.vn", "Cầm Văn Đức", "SO-GDTrH", "process_owner"},
      {"danhgianoibo@demo.eduims.vn", "Trần Thị Ánh", "SO-VP", "internal_auditor", "SO-GDDT"},
      {"hieutruong.chuyen@demo.eduims.vn", "Lường Văn Thắng", "THPT-CHUYEN", "process_owner"},
      {"giaovien.toan@demo.eduims.vn", "Quàng Thị Mai", "THPT-CHUYEN-TOAN", "staff"},
      {"hieutruong.tohieu@demo.eduims.vn", "Đinh Công Sơn", "THPT-TOHIEU", "quality_manager"},
      {"nhanvien.tohieu@demo.eduims.vn", "Hà Thị Lan", "THPT-TOHIEU", "staff"},
      {"chuyengia@demo.eduims.vn", "Phạm Minh Tuấn", "SO-GDDT", "external_auditor"},
      {"quantri.chiengsinh@demo.eduims.vn", "Vì Văn Hùng", "THCS-CHIENGSINH", "administrator"},
  };
  return users;
}

void Initialise(Application& app, const InitOptions& options) {
  bool exists = false;
  app.db().Read([&](soci::session& s) { exists = org::store::FindRoot(s).has_value(); });
  if (exists) throw std::runtime_error("the database already holds an organisation; init runs once");
  org::UnitInput root;
  root.code = options.organisation_code;
  root.name = options.organisation_name;
  root.type = "department_of_education";
  org::Unit unit = app.org().CreateUnit(nullptr, root, System());
  org::UserInput admin;
  admin.unit_id = unit.id;
  admin.email = options.admin_email;
  admin.full_name = options.admin_name;
  admin.password = options.admin_password;
  org::User user = app.org().CreateUser(nullptr, admin, System());
  app.org().AddGrant(nullptr, user.id, "administrator", unit.id, std::nullopt, System());
}

void SeedDemo(Application& app) {
  for (const DemoUnit& u : kUnits) {
    org::UnitInput in;
    in.code = u.code;
    in.name = u.name;
    in.type = u.type;
    in.region = u.region;
    in.address = u.address;
    std::optional<org::Unit> parent;
    app.db().Read([&](soci::session& s) {
      parent = std::string(u.parent) == "SO-GDDT" ? org::store::FindRoot(s) : org::store::FindUnitByCode(s, u.parent);
    });
    in.parent_id = parent->id;
    app.org().CreateUnit(nullptr, in, System());
  }
  auto today = std::chrono::sys_days(TodayInVietnam());
  std::string end_of_engagement = FormatDate(today + std::chrono::days(180));
  std::vector<org::User> created;
  for (const DemoUser& d : DemoUsers()) {
    std::optional<org::Unit> unit;
    app.db().Read([&](soci::session& s) {
      unit = d.unit_code == "SO-GDDT" ? org::store::FindRoot(s) : org::store::FindUnitByCode(s, d.unit_code);
    });
    org::UserInput in;
    in.unit_id = unit->id;
    in.email = d.email;
    in.full_name = d.full_name;
    in.password = kDemoPassword;
    org::User user = app.org().CreateUser(nullptr, in, System());
    std::optional<std::string> until;
    if (d.role == "external_auditor") until = end_of_engagement;
    db::Id grant_unit = unit->id;
    if (!d.grant_unit_code.empty())
      app.db().Read([&](soci::session& s) {
        auto u = d.grant_unit_code == "SO-GDDT" ? org::store::FindRoot(s) : org::store::FindUnitByCode(s, d.grant_unit_code);
        grant_unit = u->id;
      });
    app.org().AddGrant(nullptr, user.id, d.role, grant_unit, until, System());
    created.push_back(user);
  }
  // A few actions so the home page has open and overdue work to show.
  struct DemoAction {
    const char* title;
    size_t owner;
    int due_in_days;
  };
  const DemoAction actions[] = {
      {"Rà soát chính sách chất lượng theo ISO 21001:2018", 1, 30},
      {"Cập nhật quy trình tuyển sinh lớp 10 (QT-07)", 2, -5},
      {"Tổng hợp kết quả khảo sát sự hài lòng của phụ huynh học kỳ I", 4, 14},
      {"Kiểm tra hồ sơ năng lực giáo viên tổ Toán - Tin", 5, -2},
      {"Chuẩn bị hồ sơ đánh giá giám sát lần 1", 1, 60},
  };
  for (const DemoAction& a : actions) {
    const org::User& owner = created[a.owner];
    actions::Action action;
    action.title = a.title;
    action.owner_id = owner.id;
    action.unit_id = owner.unit_id;
    action.due_date = FormatDate(today + std::chrono::days(a.due_in_days));
    action.created_at = action.updated_at = NowTimestamp();
    app.db().Write([&](soci::session& s) {
      actions::store::Insert(s, action);
      auto unit = org::store::FindUnit(s, owner.unit_id);
      audit::Append(app.db(), s, System(),
                    {"action", std::to_string(action.id), "create", std::nullopt,
                     boost::json::serialize(actions::ToJson(action, FormatDate(TodayInVietnam()))), unit->path});
    });
  }
  auto quality_manager = app.org().PrincipalOf(created[1].id);
  std::optional<org::Unit> root;
  app.db().Read([&](soci::session& s) { root = org::store::FindRoot(s); });
  SeedProcesses(app, *quality_manager, root->id,
                {{"QT-DH", created[2].id}, {"QT-TS", created[2].id}, {"QT-DGNB", created[3].id}});
}

}  // namespace eduims::demo
