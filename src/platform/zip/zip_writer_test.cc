#include "platform/zip/zip_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include "readers.h"
#include "test_env.h"

namespace eduims {
namespace {

std::string Contents(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A new empty directory, removed when the tests end.
std::filesystem::path FreshDirectory() { return testing::TempDir(); }

TEST(ZipWriter, EntriesComeBackInOrderWithTheirContent) {
  auto dir = FreshDirectory();
  ZipWriter zip(dir / "pack.zip");
  zip.Add("mục-lục.csv", "mã,tên\nQT-07,Quy trình tuyển sinh\n");
  zip.AddProduced("documents/QT-07.html", [] { return std::string(100000, 'x'); });
  zip.Add("empty.txt", "");
  zip.Finish();
  // The archive and nothing else: libzip's temporary file became it.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()), 1);
  auto entries = testing::ReadZip(Contents(dir / "pack.zip"));
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].first, "mục-lục.csv");
  EXPECT_EQ(entries[0].second, "mã,tên\nQT-07,Quy trình tuyển sinh\n");
  EXPECT_EQ(entries[1].first, "documents/QT-07.html");
  EXPECT_EQ(entries[1].second, std::string(100000, 'x'));
  EXPECT_EQ(entries[2].second, "");
  // Deflated: a hundred thousand equal bytes take far less room.
  EXPECT_LT(std::filesystem::file_size(dir / "pack.zip"), 5000u);
}

TEST(ZipWriter, ProducersRunInOrderOnlyWhileTheArchiveIsWritten) {
  auto dir = FreshDirectory();
  ZipWriter zip(dir / "parts.zip");
  std::vector<int> calls;
  for (int i = 0; i < 5; ++i)
    zip.AddProduced("part-" + std::to_string(i) + ".txt", [&calls, i] {
      calls.push_back(i);
      return std::string(1000, char('a' + i));
    });
  EXPECT_TRUE(calls.empty()) << "nothing is produced before Finish()";
  zip.Finish();
  auto entries = testing::ReadZip(Contents(dir / "parts.zip"));
  EXPECT_EQ(calls, (std::vector<int>{0, 1, 2, 3, 4}));
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[3].second, std::string(1000, 'd'));
}

TEST(ZipWriter, AProducersFailureLeavesNothingBehind) {
  auto dir = FreshDirectory();
  {
    ZipWriter zip(dir / "broken.zip");
    zip.Add("index.html", "<p>index</p>");
    zip.AddProduced("broken.html", []() -> std::string { throw std::runtime_error("the database went away"); });
    EXPECT_THROW(
        {
          try {
            zip.Finish();
          } catch (const std::runtime_error& e) {
            EXPECT_STREQ(e.what(), "the database went away");
            throw;
          }
        },
        std::runtime_error);
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(ZipWriter, RefusesPathsOutsideTheArchiveAndDuplicates) {
  ZipWriter zip(FreshDirectory() / "refused.zip");
  for (const char* bad : {"", "/etc/passwd", "../up.txt", "a/../../b", "a//b", "dir/", "a\\b", "./a"})
    EXPECT_THROW(zip.Add(bad, "x"), std::invalid_argument) << bad;
  zip.Add("a.txt", "1");
  EXPECT_THROW(zip.Add("a.txt", "2"), std::invalid_argument);
  EXPECT_EQ(zip.entries(), 1u);
}

TEST(ZipWriter, AnEmptyArchiveIsAMistake) {
  ZipWriter zip(FreshDirectory() / "empty.zip");
  EXPECT_THROW(zip.Finish(), std::logic_error);
}

}  // namespace
}  // namespace eduims
