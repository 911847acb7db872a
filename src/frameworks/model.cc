#include "frameworks/model.h"

#include <algorithm>
#include <map>
#include <set>

#include "platform/validation.h"

namespace eduims::frameworks {
namespace {

bool OnlyOf(const std::string& text, const std::string& extra, bool upper) {
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (upper && c >= 'A' && c <= 'Z') ||
           extra.find(c) != std::string::npos;
  });
}

void AddText(std::vector<Problem>& out, const std::string& field, const std::string& value, size_t max,
             bool required) {
  if (auto p = TextProblem(field, value, max, required)) out.push_back(*p);
}

// Text checks first; a value that passes them is then held to `extra` characters (with letters and digits).
void AddToken(std::vector<Problem>& out, const std::string& field, const std::string& value, size_t max,
              const std::string& extra, bool upper) {
  size_t before = out.size();
  AddText(out, field, value, max, true);
  if (out.size() == before && !OnlyOf(value, extra, upper))
    out.push_back(Problem::Make(422, "validation.invalid_value", field));
}

// The rows whose parents lead back to them. Each walk up from a row not yet seen stops at a row seen before: one
// on this walk closes a cycle (the rows from it on), one of an earlier walk leads nowhere new. A parent is the
// first row with that number, so duplicates cannot lengthen a walk; every row is walked once.
std::set<size_t> RowsInCycles(const std::vector<NodeRow>& rows, const std::map<std::string, size_t>& first) {
  std::vector<int> walk_of(rows.size(), -1);
  std::set<size_t> out;
  for (size_t i = 0; i < rows.size(); ++i) {
    std::vector<size_t> chain;
    std::optional<size_t> at = i;
    while (at && walk_of[*at] < 0) {
      walk_of[*at] = int(i);
      chain.push_back(*at);
      auto parent = rows[*at].parent.empty() ? first.end() : first.find(rows[*at].parent);
      at = parent == first.end() ? std::nullopt : std::optional<size_t>(parent->second);
    }
    if (at && walk_of[*at] == int(i))
      out.insert(std::find(chain.begin(), chain.end(), *at), chain.end());
  }
  return out;
}

}  // namespace

Problem RowProblem(int row, Problem p) {
  p.params["row"] = std::to_string(row);
  return p;
}

std::vector<Problem> CheckIdentity(const FrameworkIdentity& id) {
  std::vector<Problem> out;
  AddToken(out, "code", id.code, kMaxCode, "-", false);
  AddToken(out, "version", id.version, kMaxVersion, ".-_", true);
  AddText(out, "title_vi", id.title_vi, kMaxTitle, true);
  AddText(out, "title_en", id.title_en, kMaxTitle, true);
  AddText(out, "publisher", id.publisher, kMaxPublisher, true);
  AddText(out, "source", id.source, kMaxSource, false);
  return out;
}

const std::vector<std::string>& NodeTypes() {
  static const std::vector<std::string> types = {"standard", "criterion", "indicator", "requirement"};
  return types;
}

const std::vector<std::string>& Relations() {
  static const std::vector<std::string> relations = {"equal", "subset", "superset", "intersect"};
  return relations;
}

std::vector<Problem> CheckNodes(const std::vector<NodeRow>& rows) {
  std::vector<Problem> out;
  std::map<std::string, size_t> first;  // number -> index of the first row with it
  for (size_t i = 0; i < rows.size(); ++i)
    if (!first.count(rows[i].number)) first[rows[i].number] = i;
  std::set<size_t> in_cycle = RowsInCycles(rows, first);
  for (size_t i = 0; i < rows.size(); ++i) {
    const NodeRow& r = rows[i];
    std::vector<Problem> found;
    AddToken(found, "number", r.number, kMaxNumber, ".-_", true);
    if (!r.parent.empty() && !first.count(r.parent))
      found.push_back(Problem::Make(422, "framework.orphan_parent", "parent").With("parent", r.parent));
    if (std::find(NodeTypes().begin(), NodeTypes().end(), r.type) == NodeTypes().end())
      found.push_back(Problem::Make(422, r.type.empty() ? "validation.empty" : "validation.invalid_value", "type"));
    AddText(found, "title_vi", r.title_vi, kMaxTitle, true);
    AddText(found, "title_en", r.title_en, kMaxTitle, true);
    AddText(found, "evidence_vi", r.evidence_vi, kMaxEvidence, false);
    AddText(found, "evidence_en", r.evidence_en, kMaxEvidence, false);
    if (!r.number.empty() && first.at(r.number) != i)
      found.push_back(Problem::Make(409, "framework.duplicate_number", "number").With("number", r.number));
    if (in_cycle.count(i))
      found.push_back(Problem::Make(422, "framework.cycle", "parent").With("parent", r.parent));
    for (Problem& p : found) out.push_back(RowProblem(r.row, std::move(p)));
  }
  return out;
}

std::vector<size_t> ParentsFirst(const std::vector<NodeRow>& rows) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < rows.size(); ++i) index[rows[i].number] = i;
  std::vector<size_t> out;
  std::vector<bool> placed(rows.size(), false);
  // Each row after its ancestors not yet placed, walked up iteratively (a file may hold a chain thousands deep).
  for (size_t i = 0; i < rows.size(); ++i) {
    std::vector<size_t> chain;
    for (size_t at = i; !placed[at]; at = index.at(rows[at].parent)) {
      chain.push_back(at);
      placed[at] = true;
      if (rows[at].parent.empty()) break;
    }
    out.insert(out.end(), chain.rbegin(), chain.rend());
  }
  return out;
}

std::vector<Problem> CheckMappings(const std::vector<MappingRow>& rows) {
  std::vector<Problem> out;
  std::set<std::pair<std::string, std::string>> seen;
  for (const MappingRow& r : rows) {
    std::vector<Problem> found;
    AddText(found, "node", r.node, kMaxNumber, true);
    AddText(found, "clause", r.clause, kMaxNumber, true);
    if (std::find(Relations().begin(), Relations().end(), r.relation) == Relations().end())
      found.push_back(
          Problem::Make(422, r.relation.empty() ? "validation.empty" : "validation.invalid_value", "relation"));
    AddText(found, "note_vi", r.note_vi, kMaxNote, false);
    AddText(found, "note_en", r.note_en, kMaxNote, false);
    if (!seen.insert({r.node, r.clause}).second) found.push_back(Problem::Make(409, "conflict.duplicate", "clause"));
    for (Problem& p : found) out.push_back(RowProblem(r.row, std::move(p)));
  }
  return out;
}

}  // namespace eduims::frameworks
