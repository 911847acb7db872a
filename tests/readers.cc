#include "readers.h"

#include <gtest/gtest.h>

#include <fstream>

#include "test_env.h"

namespace eduims::testing {
namespace {

boost::json::value Read(const std::string& script, const std::string& bytes, const std::string& extension) {
  static int n = 0;
  std::string path = TempDir() + "/file-" + std::to_string(++n) + extension;
  std::ofstream(path, std::ios::binary) << bytes;
  std::string output;
  int status = RunCommand("/usr/bin/python3 " + std::string(EDUIMS_SOURCE_DIR) + "/tests/readers/" + script + " " +
                              path + " 2>&1",
                          &output);
  if (status != 0) {
    ADD_FAILURE() << script << " refused the file: " << output;
    return nullptr;
  }
  boost::system::error_code ec;
  auto value = boost::json::parse(output, ec);
  if (ec) ADD_FAILURE() << script << " printed no JSON: " << output;
  return ec ? boost::json::value(nullptr) : value;
}

}  // namespace

boost::json::value ReadXlsx(const std::string& bytes) { return Read("read_xlsx.py", bytes, ".xlsx"); }
boost::json::value ReadIcs(const std::string& text) { return Read("read_ics.py", text, ".ics"); }

}  // namespace eduims::testing
