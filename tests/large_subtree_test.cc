// Paged lists read a subtree of at most db::kFewUnits units through per-unit indexes and sort the ids, and a larger
// one by walking the ids in order until the page is full (actions, nonconformities, audits). Both ways must give the
// same pages: the same lists are read before and after the department grows past kFewUnits units, on both engines.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "platform/db/query.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kAdmin = "admin@demo.eduims.vn";
const char* kQualityHead = "iso@demo.eduims.vn";       // quality manager of the whole department
const char* kAuditor = "danhgianoibo@demo.eduims.vn";  // internal auditor of the whole department

class LargeSubtree : public DemoApiTest {
 protected:
  // The ids of every item of `list`, read two at a time through its cursor.
  static std::vector<int64_t> PagedIds(Client& c, const std::string& list) {
    std::string first = list + (list.find('?') == std::string::npos ? "?" : "&") + "limit=2";
    std::vector<int64_t> ids;
    std::string url = first;
    for (int pages = 0; pages < 200; ++pages) {
      auto r = c.Get(url);
      EXPECT_EQ(r.status, 200) << url << " " << r.body;
      if (r.status != 200) break;
      for (const auto& item : r.json.at("items").as_array()) ids.push_back(item.at("id").as_int64());
      if (r.json.at("next_cursor").is_null()) break;
      url = first + "&cursor=" + std::string(r.json.at("next_cursor").as_string());
    }
    return ids;
  }

  int64_t Made(const HttpResult& r) {
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.json.at("id").as_int64() : 0;
  }
};

TEST_P(LargeSubtree, ListsGiveTheSamePagesWhenTheDepartmentOutgrowsAFewUnits) {
  Client head = As(kQualityHead);
  std::vector<int64_t> made_actions, made_ncs, made_audits;
  for (const char* unit : {"THPT-TOHIEU", "THPT-CHUYEN", "SO-VP"}) {
    made_actions.push_back(Made(head.Post("/api/v1/actions", {{"title", "Rà soát hồ sơ lưu trữ"},
                                                              {"unit_id", server().UnitId(unit)},
                                                              {"owner_id", User(kQualityHead)}})));
    made_ncs.push_back(Made(head.Post("/api/v1/nonconformities", {{"unit_id", server().UnitId(unit)},
                                                                  {"title", "Hồ sơ tuyển sinh thiếu chữ ký"},
                                                                  {"source", "complaint"},
                                                                  {"severity", "major"},
                                                                  {"detected_on", DaysFromToday(-3)},
                                                                  {"due_date", DaysFromToday(20)}})));
  }
  json::value programme = ThisYearsProgramme(head, "SO-GDDT");
  json::array clauses{server().ClauseId("iso-21001", "7.5.3")};
  for (const char* title : {"Đánh giá nội bộ tuyển sinh", "Đánh giá nội bộ thư viện"}) {
    json::object audit{{"programme_id", programme.at("id")},
                       {"unit_id", server().UnitId("THPT-TOHIEU")},
                       {"title", title},
                       {"lead_auditor_id", User(kAuditor)},
                       {"planned_start", DaysFromToday(1)},
                       {"planned_end", DaysFromToday(2)},
                       {"agenda", "Họp khai mạc; phỏng vấn; họp kết thúc"},
                       {"clause_ids", clauses}};
    made_audits.push_back(Made(head.Post("/api/v1/audits", audit)));
  }

  const std::vector<std::string> lists = {"/api/v1/actions",
                                          "/api/v1/actions?status=open",
                                          "/api/v1/nonconformities",
                                          "/api/v1/nonconformities?severity=major&source=complaint",
                                          "/api/v1/audits",
                                          "/api/v1/audits?status=planned"};
  std::map<std::string, std::vector<int64_t>> before;
  for (const auto& list : lists) {
    before[list] = PagedIds(head, list);
    EXPECT_TRUE(std::is_sorted(before[list].begin(), before[list].end())) << list;
    EXPECT_EQ(std::adjacent_find(before[list].begin(), before[list].end()), before[list].end()) << list;
  }
  auto holds = [&](const std::string& list, const std::vector<int64_t>& ids) {
    for (int64_t id : ids)
      EXPECT_NE(std::find(before[list].begin(), before[list].end(), id), before[list].end()) << list << " " << id;
  };
  holds("/api/v1/actions", made_actions);
  holds("/api/v1/nonconformities", made_ncs);
  holds("/api/v1/nonconformities?severity=major&source=complaint", made_ncs);
  holds("/api/v1/audits", made_audits);
  holds("/api/v1/audits?status=planned", made_audits);

  // kFewUnits more schools, with nothing in them: every list now walks the ids and must not change.
  std::string csv = "code,name,type,parent_code\n";
  for (int i = 0; i < db::kFewUnits; ++i)
    csv += "LS-" + std::to_string(i) + ",Trường Tiểu học số " + std::to_string(i) + ",primary,SO-GDDT\n";
  auto imported = As(kAdmin).Request("POST", "/api/v1/units/import", csv, "text/csv");
  ASSERT_EQ(imported.status, 201) << imported.body;
  for (const auto& list : lists) EXPECT_EQ(PagedIds(head, list), before[list]) << list;
}

INSTANTIATE_TEST_SUITE_P(Engines, LargeSubtree, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
