#include "org/import_file.h"

#include <gtest/gtest.h>

#include "platform/problem.h"

namespace eduims::org {
namespace {

std::string CodeOf(const std::string& text) {
  try {
    ReadImportFile(text, {"email", "full_name"}, {"role"});
  } catch (const ProblemError& e) {
    return e.problem().code;
  }
  return "";
}

TEST(ImportFile, ColumnsInAnyOrderAndCellsTrimmed) {
  ImportFile file = ReadImportFile("\xEF\xBB\xBF full_name ,email\r\n\" An \",\ta@b.vn \n\nBo,b@c.vn,extra\n",
                                   {"email", "full_name"}, {"role"});
  EXPECT_EQ(file.columns, (std::vector<int>{1, 0, -1}));
  ASSERT_EQ(file.rows.size(), 2u);
  EXPECT_EQ(file.rows[0].line, 2);
  EXPECT_EQ(ImportCell(file.rows[0], file.columns[0]), "a@b.vn");
  EXPECT_EQ(ImportCell(file.rows[0], file.columns[1]), "An");
  EXPECT_EQ(ImportCell(file.rows[0], file.columns[2]), "");
  EXPECT_EQ(file.rows[1].line, 4);
  EXPECT_EQ(ImportCell(file.rows[1], 5), "");
}

TEST(ImportFile, RefusesWhatIsNotAnImport) {
  EXPECT_EQ(CodeOf("email,full_name\n\xC3\x28,x\n"), "validation.invalid_text");
  EXPECT_EQ(CodeOf("email,full_name\n\"a,b\n"), "import.malformed_csv");
  EXPECT_EQ(CodeOf("email,full_name\n"), "import.empty");
  EXPECT_EQ(CodeOf("email\nx\n"), "import.bad_header");
  EXPECT_EQ(CodeOf("email,full_name,email\nx,y,z\n"), "import.bad_header");
  EXPECT_EQ(CodeOf("email,full_name,unit\nx,y,z\n"), "import.bad_header");
  std::string rows = "email,full_name\n";
  for (int i = 0; i < 20001; ++i) rows += "a,b\n";
  EXPECT_EQ(CodeOf(rows), "import.malformed_csv");
}

}  // namespace
}  // namespace eduims::org
