// Training over HTTP on both engines (issue 20): a programme with two sessions, a school's staff invited, attendance
// by the trainer, by check-in with the session's code and from a sheet, results against the pass mark, the
// competences a pass grants showing in the matrix, certificates; and every refusal with nothing changed.
#include <gtest/gtest.h>

#include "demo/demo.h"
#include "readers.h"
#include "test_env.h"
#include "test_files.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "iso@demo.eduims.vn";                  // quality manager of the department: manages training
const char* kTeacher = "giaovien.toan@demo.eduims.vn";        // staff of THPT Chuyên's mathematics department
const char* kPrincipal = "hieutruong.chuyen@demo.eduims.vn";  // process owner of THPT Chuyên
const char* kOtherManager = "hieutruong.tohieu@demo.eduims.vn";

class Training : public DemoApiTest {
 protected:
  static std::string Id(long long id) { return std::to_string(id); }
  long long Count(const std::string& sql) {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << sql, soci::into(n); });
    return n;
  }
  static std::string At(int hours_from_now) {
    return FormatTimestamp(Now() + std::chrono::hours(hours_from_now));
  }
  json::value Programme(Client& c, const std::string& title) {
    auto made = c.Post("/api/v1/trainings", {{"unit_id", server().UnitId("THPT-CHUYEN")},
                                             {"title", title},
                                             {"provider", "Công ty Tư vấn Quản lý Chất lượng"},
                                             {"clauses", {"7.2", "7.3"}},
                                             {"competences", {"iso21001_awareness", "internal_auditor_iso21001"}},
                                             {"max_score", 10},
                                             {"pass_mark", 5},
                                             {"validity_months", 36}});
    EXPECT_EQ(made.status, 201) << made.body;
    return made.json;
  }
  json::value Session(Client& c, const json::value& p, int from, int to) {
    auto made = c.Post("/api/v1/trainings/" + Id(p.at("id").as_int64()) + "/sessions",
                       {{"title", "Buổi tập huấn"}, {"trainer", "ThS. Nguyễn Văn Bình (chuyên gia tư vấn)"},
                        {"place", "Hội trường trường THPT Chuyên"}, {"topics", "Điều khoản 7.2, 7.3"},
                        {"starts_at", At(from)}, {"ends_at", At(to)}});
    EXPECT_EQ(made.status, 201) << made.body;
    return made.json;
  }
};

TEST_P(Training, AProgrammeFromInvitationToCertificateGrantsItsCompetences) {
  Client manager = As(kManager), teacher = As(kTeacher);
  db::Id teacher_id = User(kTeacher), principal_id = User(kPrincipal);
  json::value p = Programme(manager, "Tập huấn nhận thức ISO 21001 và đánh giá viên nội bộ");
  std::string url = "/api/v1/trainings/" + Id(p.at("id").as_int64());
  json::value first = Session(manager, p, -1, 2);   // running now
  json::value second = Session(manager, p, 24, 27);  // tomorrow
  ASSERT_FALSE(first.at("checkin_code").is_null());

  // The school's staff are invited; again changes nothing.
  auto invited = manager.Post(url + "/invitations", {{"unit_id", server().UnitId("THPT-CHUYEN")}});
  ASSERT_EQ(invited.status, 200) << invited.body;
  EXPECT_GE(invited.json.at("invited").as_int64(), 2);
  EXPECT_EQ(manager.Post(url + "/invitations", {{"unit_id", server().UnitId("THPT-CHUYEN")}})
                .json.at("invited").as_int64(),
            0);

  // The teacher checks in with the code shown in the room; twice is refused.
  std::string code(first.at("checkin_code").as_string());
  auto in = teacher.Post("/api/v1/trainings/check-in", {{"code", code}});
  ASSERT_EQ(in.status, 201) << in.body;
  EXPECT_TRUE(in.json.at("checkin_code").is_null());
  auto again = teacher.Post("/api/v1/trainings/check-in", {{"code", code}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.code(), "training.already_attended");
  // Tomorrow's session is not open yet.
  auto early = teacher.Post("/api/v1/trainings/check-in", {{"code", second.at("checkin_code")}});
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.code(), "training.check_in_closed");
  EXPECT_EQ(teacher.Post("/api/v1/trainings/check-in", {{"code", "no-such-code"}}).status, 404);
  // Someone not invited may not check in.
  auto stranger = As(kOtherManager).Post("/api/v1/trainings/check-in", {{"code", code}});
  EXPECT_EQ(stranger.code(), "training.not_invited");

  // The trainer's register for the principal.
  auto register_ = manager.Post(url + "/sessions/" + Id(first.at("id").as_int64()) + "/attendance",
                                {{"user_ids", {principal_id}}});
  ASSERT_EQ(register_.status, 200) << register_.body;
  EXPECT_EQ(register_.json.at("recorded").as_int64(), 1);

  // Results: above the maximum refused; the principal passes, the teacher fails.
  auto over = manager.Put(url + "/results/" + Id(teacher_id), {{"score", 11}});
  EXPECT_EQ(over.status, 422);
  EXPECT_EQ(over.code(), "training.score_above_max");
  ASSERT_EQ(manager.Put(url + "/results/" + Id(teacher_id), {{"score", 4}}).status, 200);
  auto passed = manager.Put(url + "/results/" + Id(principal_id), {{"score", 8.5}});
  ASSERT_EQ(passed.status, 200) << passed.body;
  EXPECT_TRUE(passed.json.at("passed").as_bool());

  // The pass granted the programme's competences: in the principal's holdings, dated the session.
  auto held = manager.Get("/api/v1/users/" + Id(principal_id) + "/competences");
  std::set<std::string> codes;
  for (const auto& h : held.json.at("items").as_array())
    if (h.at("session_id").is_int64() && h.at("session_id").as_int64() == first.at("id").as_int64())
      codes.insert(std::string(h.at("competence_code").as_string()));
  EXPECT_TRUE(codes.count("iso21001_awareness"));
  EXPECT_TRUE(codes.count("internal_auditor_iso21001"));
  auto detail = manager.Get(url);
  ASSERT_EQ(detail.status, 200);
  EXPECT_EQ(detail.json.at("sessions").as_array().size(), 2u);

  // Certificates: for the one who passed, in both languages; refused for who failed or did not attend.
  for (const char* lang : {"vi", "en"}) {
    auto pdf = manager.Get(url + "/certificates/" + Id(principal_id) + "?lang=" + lang);
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  }
  // The principal fetches their own.
  EXPECT_EQ(As(kPrincipal).Get(url + "/certificates/" + Id(principal_id)).status, 200);
  auto failed = manager.Get(url + "/certificates/" + Id(teacher_id));
  EXPECT_EQ(failed.status, 409);
  EXPECT_EQ(failed.code(), "training.not_passed");

  // The QR code of the session's check-in link, for the trainer's screen.
  auto qr = manager.Get(url + "/sessions/" + Id(first.at("id").as_int64()) + "/qr.svg");
  ASSERT_EQ(qr.status, 200);
  EXPECT_NE(qr.body.find("<svg"), std::string::npos);
}

TEST_P(Training, BadInputIsRefusedWithNothingChanged) {
  Client manager = As(kManager);
  json::value p = Programme(manager, "Tập huấn sơ cấp cứu");
  std::string url = "/api/v1/trainings/" + Id(p.at("id").as_int64());
  json::value session = Session(manager, p, -2, -1);  // already over
  long long attendance = Count("SELECT COUNT(*) FROM training_attendance");
  long long results = Count("SELECT COUNT(*) FROM training_participants WHERE score IS NOT NULL");

  auto mark = manager.Post("/api/v1/trainings", {{"unit_id", server().UnitId("THPT-CHUYEN")}, {"title", "Sai"},
                                                 {"max_score", 10}, {"pass_mark", 11}});
  EXPECT_EQ(mark.status, 422);
  EXPECT_EQ(mark.code(), "training.pass_mark_above_max");
  auto backwards = manager.Post(url + "/sessions", {{"title", "Ngược"}, {"trainer", "A"}, {"starts_at", At(5)},
                                                    {"ends_at", At(4)}});
  EXPECT_EQ(backwards.status, 422);
  EXPECT_EQ(backwards.field(), "ends_at");

  ASSERT_EQ(manager.Post(url + "/invitations", {{"unit_id", server().UnitId("THPT-CHUYEN-TOAN")}}).status, 200);
  // Check-in after the session ended.
  auto late = As(kTeacher).Post("/api/v1/trainings/check-in", {{"code", session.at("checkin_code")}});
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(late.code(), "training.check_in_closed");
  // A result for someone who did not attend.
  auto absent = manager.Put(url + "/results/" + Id(User(kTeacher)), {{"score", 9}});
  EXPECT_EQ(absent.status, 409);
  EXPECT_EQ(absent.code(), "training.not_attended");
  EXPECT_EQ(manager.Get(url + "/certificates/" + Id(User(kTeacher))).code(), "training.not_passed");
  // The trainer's register naming someone not invited records nobody.
  auto not_invited = manager.Post(url + "/sessions/" + Id(session.at("id").as_int64()) + "/attendance",
                                  {{"user_ids", {User(kTeacher), User(kOtherManager)}}});
  EXPECT_EQ(not_invited.status, 422);
  EXPECT_EQ(not_invited.code(), "training.not_invited");
  // A sheet with one bad row records nothing, and names the row.
  std::string sheet = "email,session_id\n" + std::string(kTeacher) + "," + Id(session.at("id").as_int64()) +
                      "\nnobody@demo.eduims.vn," + Id(session.at("id").as_int64()) + "\n";
  auto imported = manager.Request("POST", url + "/attendance/import", sheet, "text/csv");
  EXPECT_EQ(imported.status, 422);
  EXPECT_EQ(imported.code(), "import.invalid_rows");
  ASSERT_EQ(imported.json.at("errors").as_array().size(), 1u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_attendance"), attendance);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_participants WHERE score IS NOT NULL"), results);
  // The good sheet is taken whole.
  sheet = "email,session_id\n" + std::string(kTeacher) + "," + Id(session.at("id").as_int64()) + "\n";
  auto good = manager.Request("POST", url + "/attendance/import", sheet, "text/csv");
  ASSERT_EQ(good.status, 200) << good.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_attendance"), attendance + 1);
  // In Vietnamese for a Vietnamese reader.
  auto vi = manager.Request("PUT", url + "/results/" + Id(User(kTeacher)), json::serialize(json::object{{"score", 12}}),
                            "application/json", {{"Accept-Language", "vi"}});
  EXPECT_EQ(vi.code(), "training.score_above_max");
  EXPECT_EQ(vi.json.at("title").as_string(), "Điểm cao hơn điểm tối đa");
  // Another school's quality manager sees nothing of it.
  EXPECT_EQ(As(kOtherManager).Get(url).status, 404);
}

TEST_P(Training, ASessionKeepsItsMaterialsAndThePackHoldsThem) {
  // The department's internal auditor sees the school's programmes without running them.
  Client manager = As(kManager), teacher = As("danhgianoibo@demo.eduims.vn");
  auto made = manager.Post("/api/v1/trainings", {{"unit_id", server().UnitId("THPT-CHUYEN-TOAN")},
                                                 {"title", "Tập huấn sử dụng thiết bị dạy học số"},
                                                 {"max_score", 10},
                                                 {"pass_mark", 5}});
  ASSERT_EQ(made.status, 201) << made.body;
  json::value p = made.json;
  json::value s = Session(manager, p, 48, 50);
  std::string files = "/api/v1/trainings/" + Id(p.at("id").as_int64()) + "/sessions/" + Id(s.at("id").as_int64()) +
                      "/attachments";
  auto slides = manager.Request("POST", files + "?file_name=Bai%20giang.pdf", PdfWith("Bài giảng buổi 1"),
                                "application/pdf");
  ASSERT_EQ(slides.status, 201) << slides.body;
  EXPECT_EQ(slides.json.at("owner_type").as_string(), "training_session");
  // Whoever sees the programme reads its materials; only who runs it adds or removes them.
  auto listed = teacher.Get(files);
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(listed.json.at("items").as_array().size(), 1u);
  auto detail = teacher.Get("/api/v1/trainings/" + Id(p.at("id").as_int64()));
  ASSERT_EQ(detail.status, 200) << detail.body;
  EXPECT_EQ(detail.json.at("sessions").at(0).at("files").as_array().size(), 1u);
  EXPECT_EQ(teacher.Request("POST", files + "?file_name=a.pdf", PdfWith("x"), "application/pdf").code(),
            "auth.forbidden");
  EXPECT_EQ(teacher.Delete(files + "/" + Id(slides.json.at("id").as_int64())).code(), "auth.forbidden");
  EXPECT_EQ(As(kOtherManager).Get(files).status, 404);
  // A session of another programme is not found under this one.
  json::value other = Programme(manager, "Chương trình khác");
  EXPECT_EQ(manager.Get("/api/v1/trainings/" + Id(other.at("id").as_int64()) + "/sessions/" +
                        Id(s.at("id").as_int64()) + "/attachments")
                .status,
            404);

  // The unit's evidence pack holds the materials, listed in its index.
  auto pack = manager.Get("/api/v1/readiness/evidence-pack?unit_id=" + Id(server().UnitId("THPT-CHUYEN")));
  ASSERT_EQ(pack.status, 200) << pack.body;
  std::map<std::string, std::string> entries;
  for (auto& [name, content] : ReadZip(pack.body)) entries[name] = content;
  std::string entry = "training/" + Id(s.at("id").as_int64()) + "-" + Id(slides.json.at("id").as_int64()) + ".pdf";
  ASSERT_TRUE(entries.count(entry)) << entry;
  EXPECT_EQ(entries[entry].substr(0, 5), "%PDF-");
  EXPECT_NE(entries["index.csv"].find("training_material,"), std::string::npos);

  auto removed = manager.Delete(files + "/" + Id(slides.json.at("id").as_int64()));
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_TRUE(manager.Get(files).json.at("items").as_array().empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, Training, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
