#include "complaints/form.h"

namespace eduims::complaints {
namespace {

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> Decode(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%') {
      int hi = i + 1 < text.size() ? Hex(text[i + 1]) : -1, lo = i + 2 < text.size() ? Hex(text[i + 2]) : -1;
      if (hi < 0 || lo < 0) return std::nullopt;
      out += char(hi * 16 + lo);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::optional<std::map<std::string, std::string>> ParseForm(const std::string& body) {
  std::map<std::string, std::string> out;
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('&', start);
    if (end == std::string::npos) end = body.size();
    std::string pair = body.substr(start, end - start);
    if (!pair.empty()) {
      size_t eq = pair.find('=');
      auto name = Decode(pair.substr(0, eq));
      auto value = Decode(eq == std::string::npos ? "" : pair.substr(eq + 1));
      if (!name || !value) return std::nullopt;
      out.emplace(*name, *value);
    }
    start = end + 1;
  }
  return out;
}

}  // namespace eduims::complaints
