// Text made safe inside HTML, XML and Pango markup: & < > " ' replaced by entities.
#pragma once
#include <string>
#include <string_view>

namespace eduims {

std::string EscapeXml(std::string_view text);

}  // namespace eduims
