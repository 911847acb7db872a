#include "platform/xlsx/number_format.h"

#include <gtest/gtest.h>

namespace eduims::xlsx {
namespace {

TEST(NumberFormat, BuiltInFormatsAreKnownByTheirIds) {
  EXPECT_EQ(KindOfFormat(0, ""), NumberKind::kNumber);
  EXPECT_EQ(KindOfFormat(2, ""), NumberKind::kNumber);
  EXPECT_EQ(KindOfFormat(14, ""), NumberKind::kDate);
  EXPECT_EQ(KindOfFormat(17, ""), NumberKind::kDate);
  EXPECT_EQ(KindOfFormat(18, ""), NumberKind::kTime);
  EXPECT_EQ(KindOfFormat(22, ""), NumberKind::kDateTime);
  EXPECT_EQ(KindOfFormat(46, ""), NumberKind::kNumber);  // [h]:mm:ss
  EXPECT_EQ(KindOfFormat(49, ""), NumberKind::kNumber);  // @
}

TEST(NumberFormat, CustomFormatsAreReadByTheirTokensOutsideLiterals) {
  EXPECT_EQ(KindOfFormat(164, "dd/mm/yyyy"), NumberKind::kDate);
  EXPECT_EQ(KindOfFormat(164, "mmm yyyy"), NumberKind::kDate);
  EXPECT_EQ(KindOfFormat(164, "[$-42A]dd/mm/yyyy"), NumberKind::kDate);
  EXPECT_EQ(KindOfFormat(164, "h:mm AM/PM"), NumberKind::kTime);
  EXPECT_EQ(KindOfFormat(164, "mm:ss"), NumberKind::kTime);
  EXPECT_EQ(KindOfFormat(164, "yyyy-mm-dd hh:mm:ss"), NumberKind::kDateTime);
  EXPECT_EQ(KindOfFormat(164, "[h]:mm"), NumberKind::kNumber);
  EXPECT_EQ(KindOfFormat(164, "[Red]0.00"), NumberKind::kNumber);
  EXPECT_EQ(KindOfFormat(164, "\"days\" 0"), NumberKind::kNumber);
  EXPECT_EQ(KindOfFormat(164, "0\\d"), NumberKind::kNumber);
  EXPECT_EQ(KindOfFormat(164, "#,##0;[Red]\"dd\"#,##0"), NumberKind::kNumber);
}

TEST(NumberFormat, SerialsBecomeIsoTextInEitherDateSystem) {
  EXPECT_EQ(SerialText(46022, NumberKind::kDate, false), "2025-12-31");
  EXPECT_EQ(SerialText(44560, NumberKind::kDate, true), "2025-12-31");
  EXPECT_EQ(SerialText(46082.75, NumberKind::kDateTime, false), "2026-03-01T18:00:00");
  EXPECT_EQ(SerialText(0.5, NumberKind::kTime, false), "12:00:00");
  EXPECT_EQ(SerialText(0.99999999, NumberKind::kTime, false), "00:00:00");  // rounds to the next day's midnight
  EXPECT_EQ(SerialText(1, NumberKind::kDate, false), "1900-01-01");
  EXPECT_EQ(SerialText(59, NumberKind::kDate, false), "1900-02-28");
  EXPECT_EQ(SerialText(61, NumberKind::kDate, false), "1900-03-01");
  EXPECT_EQ(SerialText(0, NumberKind::kDate, true), "1904-01-01");
  EXPECT_EQ(SerialText(2958465, NumberKind::kDate, false), "9999-12-31");
  // Leap days: 29 February 2024 is a day, 2100's is not.
  EXPECT_EQ(SerialText(45351, NumberKind::kDate, false), "2024-02-29");
  EXPECT_EQ(SerialText(73110, NumberKind::kDate, false), "2100-03-01");
  EXPECT_FALSE(SerialText(60, NumberKind::kDate, false));  // Excel's 29 February 1900
  EXPECT_FALSE(SerialText(-1, NumberKind::kDate, false));
  EXPECT_FALSE(SerialText(2958466, NumberKind::kDate, false));
  EXPECT_FALSE(SerialText(46022, NumberKind::kNumber, false));
}

}  // namespace
}  // namespace eduims::xlsx
