#include "oversight/model.h"

#include <gtest/gtest.h>

namespace eduims::oversight {
namespace {

UnitRow School(db::Id id, const std::string& name) {
  UnitRow r;
  r.unit_id = id;
  r.code = "S" + std::to_string(id);
  r.name = name;
  r.type = "upper_secondary";
  r.last_internal_audit = "2026-06-01";
  r.last_management_review = "2026-01-15";
  return r;
}

TEST(OversightModel, CellsAreColouredAgainstTheThresholdsAndLinkedToTheirLists) {
  Thresholds t;
  UnitRow r = School(7, "Trường A");
  r.readiness = {{1, 45}, {2, 85}};
  r.nonconformities_open = 2;
  r.nonconformities_overdue = 1;
  r.actions_overdue = 5;
  r.certification_due = "2026-12-01";
  r.complaints_open = 1;
  auto cells = CellsOf(r, {{1, "iso-21001", "2018"}, {2, "iso-9001", "2015"}, {3, "iso-9001", "2026"}}, t, "2026-11-23");
  EXPECT_EQ(cells.at("readiness:1").level, Level::kAlert);
  EXPECT_EQ(cells.at("readiness:2").level, Level::kOk);
  EXPECT_TRUE(cells.at("readiness:3").value.is_null());
  EXPECT_EQ(cells.at("readiness:1").link, "/readiness?unit_id=7&standard=1");
  EXPECT_EQ(cells.at("nonconformities_open").level, Level::kWarning);
  EXPECT_EQ(cells.at("nonconformities_overdue").level, Level::kAlert);
  EXPECT_EQ(cells.at("nonconformities_overdue").link, "/nonconformities?within=7&overdue=true");
  EXPECT_EQ(cells.at("actions_overdue").level, Level::kAlert);
  EXPECT_EQ(cells.at("certification_due").level, Level::kWarning);  // in 8 days
  EXPECT_EQ(cells.at("complaints_open").level, Level::kWarning);
  // An internal audit within the year is fine; a management review ten months ago is getting late.
  EXPECT_EQ(cells.at("last_internal_audit").level, Level::kOk);
  EXPECT_EQ(cells.at("last_management_review").level, Level::kWarning);
  r.last_management_review.reset();
  EXPECT_EQ(CellsOf(r, {}, t, "2026-11-23").at("last_management_review").level, Level::kAlert);
  r.certification_due = "2026-11-01";
  EXPECT_EQ(CellsOf(r, {}, t, "2026-11-23").at("certification_due").level, Level::kAlert);
}

TEST(OversightModel, TheSatisfactionIndexIsColouredAndLinkedToItsCampaign) {
  Thresholds t;
  UnitRow r = School(7, "Trường A");
  auto none = CellsOf(r, {}, t, "2026-11-23").at("satisfaction_index");
  EXPECT_TRUE(none.value.is_null());
  EXPECT_EQ(none.level, Level::kOk);  // not surveyed yet is no alarm
  EXPECT_EQ(none.link, "/surveys?within=7");
  r.satisfaction_campaign_id = 12;
  for (auto [index, level] : {std::pair{59, Level::kAlert}, {60, Level::kWarning}, {74, Level::kWarning},
                              {75, Level::kOk}}) {
    r.satisfaction_index = index;
    auto cell = CellsOf(r, {}, t, "2026-11-23").at("satisfaction_index");
    EXPECT_EQ(cell.level, level) << index;
    EXPECT_EQ(cell.value.as_int64(), index);
    EXPECT_EQ(cell.link, "/surveys/12");
  }
  UnitRow low = School(1, "Trường B"), unsurveyed = School(2, "Trường C");
  low.satisfaction_index = 40;
  r.satisfaction_index = 90;
  TableQuery q;
  q.sort = "satisfaction_index";
  auto rows = Arrange({r, low, unsurveyed}, {}, t, "2026-11-23", q, {});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].row.unit_id, 2);
  EXPECT_EQ(rows[1].row.unit_id, 1);
  EXPECT_EQ(rows[2].row.unit_id, 7);
}

TEST(OversightModel, ArrangesByTheAskedColumnAndFilters) {
  UnitRow a = School(1, "Trường A"), b = School(2, "Trường B"), c = School(3, "Trung tâm C");
  a.actions_overdue = 1;
  b.actions_overdue = 3;
  c.type = "continuing_education_centre";
  std::map<db::Id, std::string> folded = {{1, "truong a"}, {2, "truong b"}, {3, "trung tam c"}};
  TableQuery q;
  q.sort = "actions_overdue";
  q.descending = true;
  auto rows = Arrange({a, b, c}, {}, {}, "2026-11-23", q, folded);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].row.unit_id, 2);
  EXPECT_EQ(rows[1].row.unit_id, 1);
  q = {};
  q.type = "upper_secondary";
  EXPECT_EQ(Arrange({a, b, c}, {}, {}, "2026-11-23", q, folded).size(), 2u);
  q = {};
  q.text_folded = "trung tam";
  rows = Arrange({a, b, c}, {}, {}, "2026-11-23", q, folded);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].row.unit_id, 3);
  q = {};
  q.at_least = Level::kAlert;
  b.actions_overdue = 0;
  a.actions_overdue = 9;
  rows = Arrange({a, b}, {}, {}, "2026-11-23", q, folded);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].row.unit_id, 1);
}

}  // namespace
}  // namespace eduims::oversight
