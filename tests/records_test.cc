// Records over HTTP on both engines: kept until their retention ends, refused disposal before that or under a
// legal hold, the disposal review, disposal that marks instead of deleting, and a kept record satisfying a
// mandatory "retain" item of the clause evidence.
#include <gtest/gtest.h>

#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";      // staff there
const char* kOtherSchool = "hieutruong.chuyen@demo.eduims.vn";

class Records : public DemoApiTest {
 protected:
  static std::string Url(const HttpResult& r) { return "/api/v1/records/" + std::to_string(r.json.at("id").as_int64()); }
};

TEST_P(Records, KeptUntilTheirTimeThenDisposedOfWithAReasonNeverDeleted) {
  Client qm = As(kManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto old = qm.Post("/api/v1/records", {{"unit_id", school},
                                         {"title", "Sổ điểm danh lớp 10A1 năm học 2019-2020"},
                                         {"category", "attendance"},
                                         {"recorded_on", "2020-05-31"},
                                         {"retention_months", 36}});
  ASSERT_EQ(old.status, 201) << old.body;
  EXPECT_EQ(old.json.at("retain_until").as_string(), "2023-05-31");
  EXPECT_TRUE(old.json.at("due_for_disposal").as_bool());
  auto fresh = qm.Post("/api/v1/records", {{"unit_id", school},
                                           {"title", "Biên bản họp hội đồng trường"},
                                           {"category", "meeting_minutes"},
                                           {"recorded_on", DaysFromToday(-1)}});
  ASSERT_EQ(fresh.status, 201) << fresh.body;
  EXPECT_EQ(fresh.json.at("retention_months").as_int64(), 60);

  // The disposal review lists the old one only; accents are not needed to find it.
  auto review = qm.Get("/api/v1/records?due_for_disposal=true&unit_id=" + std::to_string(school));
  ASSERT_EQ(review.status, 200);
  ASSERT_EQ(review.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(review.json.at("items").as_array()[0].at("id"), old.json.at("id"));
  EXPECT_EQ(qm.Get("/api/v1/records?q=so%20diem%20danh&unit_id=" + std::to_string(school))
                .json.at("items").as_array().size(),
            1u);

  auto early = qm.Post(Url(fresh) + "/disposal", {{"version", 1}, {"reason", "Dọn kho"}});
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.code(), "records.retention_not_over");

  // A legal hold needs a reason, stops disposal, and only a document manager places it.
  EXPECT_EQ(As(kStaff).Patch(Url(old), {{"version", 1}, {"legal_hold", true}, {"legal_hold_reason", "Thanh tra"}})
                .status,
            403);
  EXPECT_EQ(qm.Patch(Url(old), {{"version", 1}, {"legal_hold", true}}).field(), "legal_hold_reason");
  auto held = qm.Patch(Url(old), {{"version", 1}, {"legal_hold", true}, {"legal_hold_reason", "Thanh tra tuyển sinh"}});
  ASSERT_EQ(held.status, 200) << held.body;
  EXPECT_EQ(qm.Post(Url(old) + "/disposal", {{"version", 2}, {"reason", "Hết hạn"}}).code(), "records.legal_hold");
  EXPECT_TRUE(qm.Get("/api/v1/records?due_for_disposal=true&unit_id=" + std::to_string(school))
                  .json.at("items").as_array().empty());
  ASSERT_EQ(qm.Patch(Url(old), {{"version", 2}, {"legal_hold", false}}).status, 200);

  auto disposed = qm.Post(Url(old) + "/disposal", {{"version", 3}, {"reason", "Hết thời hạn lưu trữ 3 năm"}});
  ASSERT_EQ(disposed.status, 200) << disposed.body;
  EXPECT_FALSE(disposed.json.at("disposed_at").is_null());
  EXPECT_EQ(qm.Post(Url(old) + "/disposal", {{"version", 4}, {"reason", "Lần nữa"}}).code(),
            "records.already_disposed");
  EXPECT_EQ(qm.Patch(Url(old), {{"version", 4}, {"title", "Sửa"}}).code(), "conflict.archived");
  // Still there, with its reason, for whoever asks for disposed records too.
  EXPECT_EQ(qm.Get(Url(old)).json.at("disposal_reason").as_string(), "Hết thời hạn lưu trữ 3 năm");
  auto all = qm.Get("/api/v1/records?include_disposed=true&unit_id=" + std::to_string(school));
  EXPECT_EQ(all.json.at("items").as_array().size(), 2u);
  EXPECT_EQ(qm.Get("/api/v1/records?unit_id=" + std::to_string(school)).json.at("items").as_array().size(), 1u);
  EXPECT_EQ(As(kOtherSchool).Get(Url(fresh)).status, 404);
}

TEST_P(Records, AKeptRecordOnAClauseIsEvidenceRetained) {
  Client qm = As(kManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  db::Id clause = server().ClauseId("iso-9001", "9.2.2");
  auto report = qm.Post("/api/v1/records", {{"unit_id", school},
                                            {"title", "Báo cáo đánh giá nội bộ học kỳ I"},
                                            {"category", "audit_report"},
                                            {"recorded_on", DaysFromToday(0)},
                                            {"clause_ids", {clause}}});
  ASSERT_EQ(report.status, 201) << report.body;
  auto standards = qm.Get("/api/v1/standards");
  db::Id iso9001 = 0;
  for (const auto& s : standards.json.at("items").as_array())
    if (s.at("code").as_string() == "iso-9001" && s.at("edition").as_string() == "2015") iso9001 = s.at("id").as_int64();
  auto evidence = qm.Get("/api/v1/standards/" + std::to_string(iso9001) + "/evidence?within=" + std::to_string(school));
  ASSERT_EQ(evidence.status, 200) << evidence.body;
  bool item_found = false;
  for (const auto& item : evidence.json.at("mandatory").as_array()) {
    if (item.at("clause_id").as_int64() != clause || item.at("type").as_string() != "retain") continue;
    item_found = true;
    EXPECT_EQ(item.at("state").as_string(), "present");
    EXPECT_EQ(item.at("record_ids").as_array().at(0), report.json.at("id"));
  }
  EXPECT_TRUE(item_found) << "ISO 9001 9.2.2 lists evidence to retain";
  for (const auto& c : evidence.json.at("clauses").as_array()) {
    if (c.at("clause_id").as_int64() == clause) {
      EXPECT_EQ(c.at("records").as_array().size(), 1u);
    }
  }
}

TEST_P(Records, BadInputIsRefusedAndChangesNothing) {
  Client qm = As(kManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto count = [&] {
    return qm.Get("/api/v1/records?include_disposed=true&limit=200&unit_id=" + std::to_string(school))
        .json.at("items").as_array().size();
  };
  size_t before = count();
  struct Case {
    json::object body;
    std::string code, field;
  };
  json::object good{{"unit_id", school}, {"title", "Hồ sơ"}, {"category", "training"}, {"recorded_on", "2026-01-10"}};
  auto with = [&](json::object change) {
    json::object body = good;
    for (auto& [k, v] : change) body[k] = v;
    return body;
  };
  std::vector<Case> cases = {
      {with({{"category", "diary"}}), "validation.invalid_value", "category"},
      {with({{"recorded_on", "2026-02-30"}}), "validation.invalid_date", "recorded_on"},
      {with({{"recorded_on", "2999-01-01"}}), "validation.invalid_value", "recorded_on"},
      {with({{"retention_months", 0}}), "validation.invalid_value", "retention_months"},
      {with({{"retention_months", "5 năm"}}), "validation.wrong_type", "retention_months"},
      {with({{"legal_hold", true}}), "validation.missing_field", "legal_hold_reason"},
      {with({{"clause_ids", {999999}}}), "validation.reference_not_found", "clause_ids"},
      {with({{"title", "   "}}), "validation.empty", "title"},
      {with({{"unit_id", server().UnitId("THPT-CHUYEN")}}), "validation.reference_not_found", "unit_id"},
      {with({{"files", json::array{}}}), "validation.unknown_field", "files"},
  };
  for (const auto& c : cases) {
    auto r = qm.Post("/api/v1/records", c.body);
    EXPECT_EQ(r.code(), c.code) << json::serialize(c.body) << " -> " << r.body;
    EXPECT_EQ(r.field(), c.field) << json::serialize(c.body);
  }
  EXPECT_EQ(As(kStaff).Post("/api/v1/records", good).status, 403);
  EXPECT_EQ(count(), before);
}

INSTANTIATE_TEST_SUITE_P(Engines, Records, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
