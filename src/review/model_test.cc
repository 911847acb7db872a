#include "review/model.h"

#include <gtest/gtest.h>

namespace eduims::review {
namespace {

// The JSON columns read back what was written (a review is stored as them and read on every request).
TEST(ReviewModel, TheJsonColumnsRoundTrip) {
  std::vector<Participant> participants = {{3, true}, {8, false}};
  auto back = ParticipantsFrom(ParticipantsText(participants));
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].user_id, 3);
  EXPECT_TRUE(back[0].top_management);
  EXPECT_FALSE(back[1].top_management);

  CompiledInput in;
  in.key = "nonconformities";
  in.module = "improvement";
  in.facts = {{"open", 2}, {"overdue", 1}};
  AddItem(in, {"nonconformity", 12, "Sổ đầu bài thiếu chữ ký", "reported", "2026-03-04"});
  AddItem(in, {"nonconformity", 13, "Hồ sơ tuyển sinh", "closed", ""});
  in.list = "/nonconformities?within=1";
  CompiledInput none;
  none.key = "complaints";
  auto inputs = InputsFrom(InputsText({in, none}));
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(inputs[0].count, 2);
  EXPECT_EQ(inputs[0].facts.at("overdue"), 1);
  EXPECT_EQ(inputs[0].items[0].title, "Sổ đầu bài thiếu chữ ký");
  EXPECT_EQ(inputs[0].items[1].date, "");
  EXPECT_EQ(inputs[0].list, "/nonconformities?within=1");
  EXPECT_TRUE(inputs[1].module.empty());
  EXPECT_FALSE(ToJson(inputs[1]).at("available").as_bool());

  auto notes = NotesFrom(NotesText({{"risks", "Rủi ro lũ quét"}}));
  EXPECT_EQ(notes.at("risks"), "Rủi ro lũ quét");
  auto outputs = OutputsFrom(OutputsText({{"change", "Sửa quy trình", "action", 7}}));
  ASSERT_EQ(outputs.size(), 1u);
  EXPECT_EQ(outputs[0].raised_type, "action");
  EXPECT_EQ(outputs[0].raised_id, 7);
}

TEST(ReviewModel, AnInputKeepsItsFirstItemsAndCountsThemAll) {
  CompiledInput in;
  for (size_t i = 0; i < kMostItems + 5; ++i) AddItem(in, {"action", static_cast<long long>(i), "x", "open", ""});
  EXPECT_EQ(in.count, static_cast<long long>(kMostItems + 5));
  EXPECT_EQ(in.items.size(), kMostItems);
  EXPECT_TRUE(in.truncated);
}

}  // namespace
}  // namespace eduims::review
