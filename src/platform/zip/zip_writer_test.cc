#include "platform/zip/zip_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <vector>

#include "readers.h"

namespace eduims {
namespace {

std::filesystem::path FreshDirectory() {
  auto dir = std::filesystem::temp_directory_path() / ("eduims-zip-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(ZipWriter, EntriesComeBackInOrderWithTheirContent) {
  auto dir = FreshDirectory();
  ZipWriter zip(dir);
  zip.Add("mục-lục.csv", "mã,tên\nQT-07,Quy trình tuyển sinh\n");
  zip.AddProduced("documents/QT-07.html", [] { return std::string(100000, 'x'); });
  zip.Add("empty.txt", "");
  SpoolFile file = zip.Finish();
  // The temporary file is gone from the directory as soon as the archive is handed over.
  EXPECT_TRUE(std::filesystem::is_empty(dir));
  auto entries = testing::ReadZip(file.ReadAll());
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].first, "mục-lục.csv");
  EXPECT_EQ(entries[0].second, "mã,tên\nQT-07,Quy trình tuyển sinh\n");
  EXPECT_EQ(entries[1].first, "documents/QT-07.html");
  EXPECT_EQ(entries[1].second, std::string(100000, 'x'));
  EXPECT_EQ(entries[2].second, "");
  // Deflated: a hundred thousand equal bytes take far less room.
  EXPECT_LT(file.size(), 5000u);
  std::filesystem::remove_all(dir);
}

TEST(ZipWriter, ProducersRunInOrderOnlyWhileTheArchiveIsWritten) {
  ZipWriter zip;
  std::vector<int> calls;
  for (int i = 0; i < 5; ++i)
    zip.AddProduced("part-" + std::to_string(i) + ".txt", [&calls, i] {
      calls.push_back(i);
      return std::string(1000, char('a' + i));
    });
  EXPECT_TRUE(calls.empty()) << "nothing is produced before Finish()";
  auto entries = testing::ReadZip(zip.Finish().ReadAll());
  EXPECT_EQ(calls, (std::vector<int>{0, 1, 2, 3, 4}));
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[3].second, std::string(1000, 'd'));
}

TEST(ZipWriter, AProducersFailureLeavesNothingBehind) {
  auto dir = FreshDirectory();
  {
    ZipWriter zip(dir);
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
  std::filesystem::remove_all(dir);
}

TEST(ZipWriter, RefusesPathsOutsideTheArchiveAndDuplicates) {
  ZipWriter zip;
  for (const char* bad : {"", "/etc/passwd", "../up.txt", "a/../../b", "a//b", "dir/", "a\\b", "./a"})
    EXPECT_THROW(zip.Add(bad, "x"), std::invalid_argument) << bad;
  zip.Add("a.txt", "1");
  EXPECT_THROW(zip.Add("a.txt", "2"), std::invalid_argument);
  EXPECT_EQ(zip.entries(), 1u);
}

TEST(ZipWriter, AnEmptyArchiveIsAMistake) {
  ZipWriter zip;
  EXPECT_THROW(zip.Finish(), std::logic_error);
}

}  // namespace
}  // namespace eduims
