#include "platform/http/static_files.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>

namespace eduims::http {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() / ("eduims-static-" + std::to_string(::getpid())) / "web";
    std::filesystem::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<!doctype html><title>EduIMS</title>";
    std::ofstream(root_ / "assets" / "app-3f9a.js") << "console.log(1)";
    std::ofstream(root_.parent_path() / "secret.txt") << "no";
  }
  void TearDown() override { std::filesystem::remove_all(root_.parent_path()); }
  std::filesystem::path root_;
};

TEST_F(StaticFilesTest, AssetsAreCachedForeverAndIndexNever) {
  StaticFiles files(root_);
  auto asset = files.Serve("/assets/app-3f9a.js");
  ASSERT_TRUE(asset);
  EXPECT_EQ(asset->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(asset->headers[0].second, "public, max-age=31536000, immutable");
  auto index = files.Serve("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->body, "<!doctype html><title>EduIMS</title>");
  EXPECT_EQ(index->headers[0].second, "no-cache");
  EXPECT_EQ(index->headers.back().first, "Content-Security-Policy");
}

TEST_F(StaticFilesTest, TextGoesOutGzippedWhenTheClientAcceptsIt) {
  std::string big(20000, 'a');
  std::ofstream(root_ / "assets" / "big-1.js") << big;
  StaticFiles files(root_);
  auto plain = files.Serve("/assets/big-1.js", false);
  auto gzipped = files.Serve("/assets/big-1.js", true);
  ASSERT_TRUE(plain && gzipped);
  EXPECT_EQ(plain->body, big);
  EXPECT_LT(gzipped->body.size(), 200u);
  EXPECT_EQ(gzipped->body.substr(0, 2), "\x1f\x8b");
  bool encoded = false;
  for (const auto& [name, value] : gzipped->headers) encoded = encoded || (name == "Content-Encoding" && value == "gzip");
  EXPECT_TRUE(encoded);
}

TEST_F(StaticFilesTest, UnknownPathsFallBackToTheApplication) {
  StaticFiles files(root_);
  auto route = files.Serve("/organisation/units/7");
  ASSERT_TRUE(route);
  EXPECT_EQ(route->content_type, "text/html; charset=utf-8");
}

TEST_F(StaticFilesTest, NeverLeavesTheRootNorAnswersTheApi) {
  StaticFiles files(root_);
  for (const char* path : {"/../secret.txt", "/assets/../../secret.txt", "/assets/%2e%2e/x", "/./index.html"}) {
    auto r = files.Serve(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->body, "<!doctype html><title>EduIMS</title>") << path;
  }
  EXPECT_FALSE(files.Serve("/api/v1/units"));
  EXPECT_FALSE(files.Serve("relative"));
}

}  // namespace
}  // namespace eduims::http
