#include "platform/json_writer.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace eduims {
namespace {

TEST(JsonWriter, WritesNestedValuesWithCommasWhereTheyBelong) {
  JsonWriter w;
  w.BeginObject().Key("items").BeginArray();
  w.BeginObject().Key("id").Int(1).Key("done").Bool(true).Key("owner").IntOrNull(std::nullopt).EndObject();
  w.BeginObject().Key("id").Int(-2).Key("tags").BeginArray().String("a").String("b").EndArray().EndObject();
  w.EndArray().Key("next").Null().EndObject();
  EXPECT_EQ(w.Take(), R"({"items":[{"id":1,"done":true,"owner":null},{"id":-2,"tags":["a","b"]}],"next":null})");
}

TEST(JsonWriter, EscapesWhatJsonRequiresAndParsesBackToTheSameText) {
  std::string tricky = "Trường \"Tô Hiệu\"\\ <b>&\n\t\r\b\f\x01\x1f end";
  JsonWriter w;
  w.BeginObject().Key("title").String(tricky).Key("none").StringOrNull(std::nullopt).EndObject();
  std::string text = w.Take();
  boost::json::value parsed = boost::json::parse(text);
  EXPECT_EQ(parsed.at("title").as_string(), tricky);
  EXPECT_TRUE(parsed.at("none").is_null());
  EXPECT_EQ(text, boost::json::serialize(parsed));
}

TEST(JsonWriter, TakeLeavesAnEmptyWriter) {
  JsonWriter w;
  w.BeginArray().Int(1).EndArray();
  EXPECT_EQ(w.Take(), "[1]");
  w.BeginArray().Int(2).EndArray();
  EXPECT_EQ(w.Take(), "[2]");
}

}  // namespace
}  // namespace eduims
