#include "platform/http/json_input.h"

#include <gtest/gtest.h>

#include "platform/problem.h"

namespace eduims::http {
namespace {

JsonInput Of(const char* text) { return JsonInput(boost::json::parse(text).as_object()); }

// The field a failing read names.
template <class Read>
std::string FieldOfFailure(Read read) {
  try {
    read();
  } catch (const ProblemError& e) {
    return e.problem().field;
  }
  ADD_FAILURE() << "no problem raised";
  return "";
}

TEST(JsonInput, StringArrayReadsTextsAndRefusesBlanksAndWrongTypes) {
  auto in = Of(R"({"outputs":["Kế hoạch năm học","Báo cáo"]})");
  EXPECT_EQ(in.StringArray("outputs", 10, 100), (std::vector<std::string>{"Kế hoạch năm học", "Báo cáo"}));
  EXPECT_EQ(Of("{}").StringArray("outputs", 10, 100), std::nullopt);
  EXPECT_EQ(FieldOfFailure([] { Of(R"({"outputs":["a","  "]})").StringArray("outputs", 10, 100); }), "outputs");
  EXPECT_EQ(FieldOfFailure([] { Of(R"({"outputs":["a",3]})").StringArray("outputs", 10, 100); }), "outputs");
  EXPECT_EQ(FieldOfFailure([] { Of(R"({"outputs":["a","b","c"]})").StringArray("outputs", 2, 100); }), "outputs");
  EXPECT_EQ(FieldOfFailure([] { Of(R"({"outputs":["abcdef"]})").StringArray("outputs", 2, 5); }), "outputs");
}

TEST(JsonInput, ObjectArrayNamesTheItemAndFieldAtFault) {
  auto in = Of(R"({"feeds":[{"process_id":4,"what":"x"},{"process_id":"five","what":"y"}]})");
  auto feeds = in.ObjectArray("feeds", 10);
  ASSERT_TRUE(feeds);
  ASSERT_EQ(feeds->size(), 2u);
  EXPECT_EQ((*feeds)[0].RequiredInt("process_id", 1, 100), 4);
  EXPECT_EQ(FieldOfFailure([&] { (*feeds)[1].RequiredInt("process_id", 1, 100); }), "feeds[1].process_id");
  EXPECT_EQ(FieldOfFailure([] {
              auto items = Of(R"({"feeds":[{"process_id":1,"extra":true}]})").ObjectArray("feeds", 10);
              (*items)[0].RequiredInt("process_id", 1, 100);
              (*items)[0].Finish();
            }),
            "feeds[0].extra");
  EXPECT_EQ(FieldOfFailure([] { Of(R"({"feeds":[1]})").ObjectArray("feeds", 10); }), "feeds[0]");
  EXPECT_EQ(FieldOfFailure([] { Of(R"({"feeds":{}})").ObjectArray("feeds", 10); }), "feeds");
}

TEST(JsonInput, NumbersMayHaveFractionsWithinTheirRange) {
  EXPECT_DOUBLE_EQ(*Of(R"({"days":2.5})").OptionalNumber("days", 0.5, 10), 2.5);
  EXPECT_DOUBLE_EQ(*Of(R"({"days":3})").OptionalNumber("days", 0.5, 10), 3.0);
  EXPECT_FALSE(Of(R"({"days":null})").OptionalNumber("days", 0.5, 10));
  EXPECT_EQ(FieldOfFailure([] { Of(R"({"days":"2"})").OptionalNumber("days", 0.5, 10); }), "days");
  EXPECT_EQ(FieldOfFailure([] { Of(R"({"days":0})").OptionalNumber("days", 0.5, 10); }), "days");
  EXPECT_EQ(FieldOfFailure([] { Of(R"({"days":10.5})").OptionalNumber("days", 0.5, 10); }), "days");
}

// Found by fuzz/json_input_fuzz.cc: a long unknown name was cut at 64 bytes inside a code point, so the problem's
// JSON carried invalid UTF-8 back to the client.
TEST(JsonInput, AnUnknownFieldIsNamedInCleanUtf8HoweverLong) {
  std::string name = "a", first_63_bytes = "a";
  for (int i = 0; i < 40; ++i) name += "é";
  for (int i = 0; i < 31; ++i) first_63_bytes += "é";
  JsonInput in(boost::json::object{{name, 1}});
  EXPECT_EQ(FieldOfFailure([&] { in.Finish(); }), first_63_bytes);
}

}  // namespace
}  // namespace eduims::http
