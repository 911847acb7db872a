#include "attachments/model.h"

#include <gtest/gtest.h>

namespace eduims::attachments {
namespace {

TEST(ContentDisposition, KeepsVietnameseNamesAndNeverLetsAQuoteThrough) {
  EXPECT_EQ(ContentDisposition("Biên bản.pdf"),
            "attachment; filename=\"Bi__n b___n.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n.pdf");
  EXPECT_EQ(ContentDisposition("a\"b\\c.pdf"), "attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf");
}

}  // namespace
}  // namespace eduims::attachments
