// A framework file (frameworks/framework_file.h) and the tree rules (frameworks/model.h): the first byte picks CSV or
// JSON, the rest is read as a node file and as a correspondence file. A refusal of the whole file is a ProblemError
// (an answer, not a finding). Rows without faults must be a tree ParentsFirst orders with every parent before its
// children, and written as JSON they must read back as the same rows.
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>

#include "frameworks/framework_file.h"
#include "frameworks/model.h"
#include "platform/problem.h"

namespace {

using namespace eduims::frameworks;

void CheckTree(const std::vector<NodeRow>& rows) {
  if (!CheckNodes(rows).empty()) return;
  std::vector<size_t> order = ParentsFirst(rows);
  if (order.size() != rows.size()) std::abort();
  std::map<std::string, size_t> placed;
  for (size_t at = 0; at < order.size(); ++at) {
    const NodeRow& r = rows[order[at]];
    if (!r.parent.empty() && !placed.count(r.parent)) std::abort();
    if (!placed.emplace(r.number, at).second) std::abort();
  }
  auto back = ReadNodes(WriteNodes(rows, FileFormat::kJson), FileFormat::kJson);
  if (!back.errors.empty() || back.rows.size() != rows.size()) std::abort();
  for (size_t i = 0; i < rows.size(); ++i) {
    const NodeRow &a = rows[i], &b = back.rows[i];
    if (a.number != b.number || a.parent != b.parent || a.type != b.type || a.title_vi != b.title_vi ||
        a.title_en != b.title_en || a.evidence_vi != b.evidence_vi || a.evidence_en != b.evidence_en)
      std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  FileFormat format = data[0] & 1 ? FileFormat::kJson : FileFormat::kCsv;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    auto nodes = ReadNodes(text, format);
    for (const auto& e : nodes.errors)
      if (!e.params.count("row")) std::abort();
    if (nodes.errors.empty()) CheckTree(nodes.rows);
  } catch (const eduims::ProblemError&) {
  }
  try {
    auto mappings = ReadMappings(text, format);
    for (const auto& e : CheckMappings(mappings.rows))
      if (!e.params.count("row")) std::abort();
  } catch (const eduims::ProblemError&) {
  }
  return 0;
}
