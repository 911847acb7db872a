// A small, strict, non-validating XML 1.0 pull scanner for the parts of an Office Open XML package: elements with
// their attributes, character data (CDATA included), comments and processing instructions skipped. Refused (Next()
// answers false): text that is not UTF-8 or holds a character XML forbids, a DOCTYPE (so no entity can expand), an
// entity other than the five predefined ones, a numeric reference to a character XML forbids, a tag that is not
// closed or closed by another name, a duplicate attribute, nesting deeper than 64, more than one root. Names are
// given without their namespace prefix ("x:row" -> "row"): the parts are read by local name only.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace eduims::xlsx {

struct XmlAttribute {
  std::string_view name;  // local name
  std::string value;      // entities decoded
};

struct XmlEvent {
  enum Kind { kStart, kEnd, kText } kind = kStart;
  std::string_view name;                // local name, for kStart and kEnd
  std::vector<XmlAttribute> attributes;  // for kStart
  std::string text;                     // for kText, entities decoded

  // The value of the attribute `local_name`, or nullptr.
  const std::string* Attribute(std::string_view local_name) const;
};

class XmlScanner {
 public:
  // `xml` must outlive the scanner and the events it gives.
  explicit XmlScanner(std::string_view xml);
  // The next event into `event`: true while there is one; false at the end of the document or on a fault
  // (failed() tells which). An empty element (<a/>) gives kStart then kEnd.
  bool Next(XmlEvent& event);
  bool failed() const { return failed_; }
  // The elements open: at a kStart counting that element, at a kEnd no longer counting it.
  size_t depth() const { return open_.size(); }

 private:
  bool Fail();
  bool Markup(XmlEvent& event);
  bool StartTag(XmlEvent& event);
  bool EndTag(XmlEvent& event);
  bool Name(std::string_view& name);
  bool Reference(std::string& out);
  void SkipSpace();

  std::string_view xml_;
  size_t at_ = 0;
  std::vector<std::string_view> open_;  // qualified names of the open elements
  bool root_seen_ = false;
  bool pending_end_ = false;  // an empty element's kEnd is due
  bool failed_ = false;
};

// Appends the UTF-8 of `code_point` to `out`.
void AppendUtf8(std::string& out, char32_t code_point);

}  // namespace eduims::xlsx
