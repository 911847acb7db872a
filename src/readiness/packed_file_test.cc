#include "readiness/packed_file.h"

#include <gtest/gtest.h>

namespace eduims::readiness {
namespace {

// The pack's entries are named by ids; the extension is the only part of a person's file name that reaches the
// archive, so it must be plain letters and digits whatever the name holds.
TEST(PackedFile, KeepsOnlyAPlainExtension) {
  EXPECT_EQ(SafeExtension("Bằng tốt nghiệp.PDF"), ".pdf");
  EXPECT_EQ(SafeExtension("bien-ban.docx"), ".docx");
  EXPECT_EQ(SafeExtension("scan"), "");
  EXPECT_EQ(SafeExtension("scan."), "");
  EXPECT_EQ(SafeExtension("a.verylongext"), "");
  EXPECT_EQ(SafeExtension("a.p/df"), "");
  EXPECT_EQ(SafeExtension("a.ảnh"), "");
  EXPECT_EQ(SafeExtension("../../etc/passwd.txt"), ".txt");
}

}  // namespace
}  // namespace eduims::readiness
