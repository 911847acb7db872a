#include "platform/xlsx/xml_scanner.h"

#include "platform/i18n/fold.h"

namespace eduims::xlsx {
namespace {

constexpr size_t kMaxDepth = 64;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsNameStart(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || u >= 0x80;
}

bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

std::string_view LocalName(std::string_view name) {
  size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool IsXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

const std::string* XmlEvent::Attribute(std::string_view local_name) const {
  for (const XmlAttribute& a : attributes)
    if (a.name == local_name) return &a.value;
  return nullptr;
}

XmlScanner::XmlScanner(std::string_view xml) : xml_(xml) {
  if (xml_.substr(0, 3) == "\xEF\xBB\xBF") xml_.remove_prefix(3);
  // Checked once here, so names and text cut from it below are UTF-8 too.
  if (!IsCleanUtf8(xml_)) failed_ = true;
}

bool XmlScanner::Fail() {
  failed_ = true;
  return false;
}

void XmlScanner::SkipSpace() {
  while (at_ < xml_.size() && IsSpace(xml_[at_])) ++at_;
}

bool XmlScanner::Name(std::string_view& name) {
  size_t start = at_;
  if (at_ >= xml_.size() || !IsNameStart(xml_[at_])) return Fail();
  while (at_ < xml_.size() && IsNameChar(xml_[at_])) ++at_;
  name = xml_.substr(start, at_ - start);
  return true;
}

// At '&': decodes one reference into `out`.
bool XmlScanner::Reference(std::string& out) {
  size_t end = xml_.find(';', at_);
  if (end == std::string_view::npos || end - at_ > 12) return Fail();
  std::string_view ref = xml_.substr(at_ + 1, end - at_ - 1);
  at_ = end + 1;
  if (ref == "amp") out += '&';
  else if (ref == "lt") out += '<';
  else if (ref == "gt") out += '>';
  else if (ref == "quot") out += '"';
  else if (ref == "apos") out += '\'';
  else if (ref.size() >= 2 && ref[0] == '#') {
    bool hex = ref[1] == 'x';
    std::string_view digits = ref.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return Fail();
    char32_t c = 0;
    for (char d : digits) {
      int v = d >= '0' && d <= '9' ? d - '0'
              : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
              : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10
                                            : -1;
      if (v < 0) return Fail();
      c = c * (hex ? 16 : 10) + char32_t(v);
      if (c > 0x10FFFF) return Fail();
    }
    if (!IsXmlChar(c)) return Fail();
    AppendUtf8(out, c);
  } else {
    return Fail();
  }
  return true;
}

bool XmlScanner::StartTag(XmlEvent& event) {
  ++at_;  // '<'
  std::string_view qname;
  if (!Name(qname)) return false;
  if (root_seen_ && open_.empty()) return Fail();  // a second root
  event.kind = XmlEvent::kStart;
  event.name = LocalName(qname);
  event.attributes.clear();
  event.text.clear();
  std::vector<std::string_view> qualified;
  while (true) {
    size_t before = at_;
    SkipSpace();
    if (at_ >= xml_.size()) return Fail();
    if (xml_[at_] == '>' || xml_.substr(at_, 2) == "/>") break;
    if (at_ == before) return Fail();  // attributes are separated by space
    std::string_view attribute;
    if (!Name(attribute)) return false;
    for (std::string_view q : qualified)
      if (q == attribute) return Fail();
    qualified.push_back(attribute);
    SkipSpace();
    if (at_ >= xml_.size() || xml_[at_] != '=') return Fail();
    ++at_;
    SkipSpace();
    if (at_ >= xml_.size() || (xml_[at_] != '"' && xml_[at_] != '\'')) return Fail();
    char quote = xml_[at_++];
    std::string value;
    while (true) {
      if (at_ >= xml_.size() || xml_[at_] == '<') return Fail();
      char c = xml_[at_];
      if (c == quote) break;
      if (c == '&') {
        if (!Reference(value)) return false;
      } else {
        value += c;
        ++at_;
      }
    }
    ++at_;
    event.attributes.push_back({LocalName(attribute), std::move(value)});
  }
  root_seen_ = true;
  // An empty element is open until its kEnd, so depth() counts it at its kStart as any element's.
  if (open_.size() >= kMaxDepth) return Fail();
  open_.push_back(qname);
  if (xml_[at_] == '/') {
    at_ += 2;
    pending_end_ = true;
  } else {
    ++at_;
  }
  return true;
}

bool XmlScanner::EndTag(XmlEvent& event) {
  at_ += 2;  // "</"
  std::string_view qname;
  if (!Name(qname)) return false;
  SkipSpace();
  if (at_ >= xml_.size() || xml_[at_] != '>') return Fail();
  ++at_;
  if (open_.empty() || open_.back() != qname) return Fail();
  open_.pop_back();
  event.kind = XmlEvent::kEnd;
  event.name = LocalName(qname);
  event.attributes.clear();
  event.text.clear();
  return true;
}

// At '<': a tag (an event), or a comment, processing instruction or CDATA section. False with failed() unset means
// nothing to report yet (a skipped construct); CDATA becomes text.
bool XmlScanner::Markup(XmlEvent& event) {
  std::string_view rest = xml_.substr(at_);
  auto skip_to = [&](std::string_view end) {
    size_t found = xml_.find(end, at_);
    if (found == std::string_view::npos) return Fail();
    at_ = found + end.size();
    return false;
  };
  if (rest.substr(0, 4) == "<!--") {
    at_ += 4;
    return skip_to("-->");
  }
  if (rest.substr(0, 2) == "<?") return skip_to("?>");
  if (rest.substr(0, 9) == "<![CDATA[") {
    if (open_.empty()) return Fail();
    size_t end = xml_.find("]]>", at_ + 9);
    if (end == std::string_view::npos) return Fail();
    event.kind = XmlEvent::kText;
    event.text.assign(xml_.substr(at_ + 9, end - at_ - 9));
    at_ = end + 3;
    return true;
  }
  if (rest.substr(0, 2) == "<!") return Fail();  // DOCTYPE and any other declaration
  if (rest.substr(0, 2) == "</") return EndTag(event);
  return StartTag(event);
}

bool XmlScanner::Next(XmlEvent& event) {
  if (failed_) return false;
  if (pending_end_) {
    pending_end_ = false;
    event.kind = XmlEvent::kEnd;
    event.name = LocalName(open_.back());
    open_.pop_back();
    event.attributes.clear();
    event.text.clear();
    return true;
  }
  while (at_ < xml_.size()) {
    if (xml_[at_] == '<') {
      if (Markup(event)) return true;
      if (failed_) return false;
      continue;
    }
    if (open_.empty()) {
      // Outside the root only space may stand between the markup.
      if (!IsSpace(xml_[at_])) return Fail();
      ++at_;
      continue;
    }
    event.kind = XmlEvent::kText;
    event.attributes.clear();
    event.text.clear();
    while (at_ < xml_.size() && xml_[at_] != '<') {
      if (xml_[at_] == '&') {
        if (!Reference(event.text)) return false;
      } else if (xml_.substr(at_, 3) == "]]>") {
        return Fail();
      } else {
        event.text += xml_[at_++];
      }
    }
    return true;
  }
  if (!open_.empty() || !root_seen_) return Fail();
  return false;
}

}  // namespace eduims::xlsx
