// Real readers for the files the product writes: zlib's inflate for gzip, libzip's reader for archives, and Debian's /usr/bin/python3 with
// its packages, openpyxl for spreadsheets and icalendar for calendar feeds. Each returns what the reader saw as JSON; a file the reader
// refuses fails the calling test with the reader's message and returns null.
#pragma once
#include <boost/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace eduims::testing {

// Every entry of the ZIP archive `bytes` as (name, content), in archive order, read with libzip's reader (checking
// the archive's consistency).
std::vector<std::pair<std::string, std::string>> ReadZip(const std::string& bytes);
// The bytes inside the gzip member `gzipped` (at most 8 MB), read with zlib's inflate checking its CRC.
std::string Gunzip(const std::string& gzipped);
// See tests/readers/read_xlsx.py for the shape.
boost::json::value ReadXlsx(const std::string& bytes);
// See tests/readers/read_ics.py for the shape.
boost::json::value ReadIcs(const std::string& text);

}  // namespace eduims::testing
