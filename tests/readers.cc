#include "readers.h"

#include <gtest/gtest.h>
#include <zip.h>
#include <zlib.h>

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

std::string Gunzip(const std::string& gzipped) {
  z_stream z{};
  EXPECT_EQ(inflateInit2(&z, 15 + 16), Z_OK);  // 15 + 16: a gzip header and trailer, not a bare zlib stream
  std::string out(8 << 20, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gzipped.data()));
  z.avail_in = static_cast<uInt>(gzipped.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END) << (z.msg ? z.msg : "");
  out.resize(z.total_out);
  inflateEnd(&z);
  return out;
}

std::vector<std::pair<std::string, std::string>> ReadZip(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  std::vector<std::pair<std::string, std::string>> out;
  if (!archive) {
    ADD_FAILURE() << "not a ZIP archive: " << zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return out;
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(archive, zip_uint64_t(i), 0, &st);
    std::string content(st.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
    EXPECT_EQ(zip_fread(file, content.data(), st.size), zip_int64_t(st.size)) << st.name;
    zip_fclose(file);
    out.emplace_back(st.name, content);
  }
  zip_close(archive);
  return out;
}

boost::json::value ReadXlsx(const std::string& bytes) { return Read("read_xlsx.py", bytes, ".xlsx"); }
boost::json::value ReadIcs(const std::string& text) { return Read("read_ics.py", text, ".ics"); }

}  // namespace eduims::testing
