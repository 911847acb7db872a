// The rules of a framework beyond ISO (a national accreditation standard, AUN-QA, ...) as a file brings it: who
// it is (code, version, titles, publisher, source) and its tree of nodes (standard, criterion, indicator, to any
// depth), each with a number unique in the framework, its parent's number, Vietnamese and English titles and the
// evidence it requires; and the rows of a correspondence from its nodes to the clauses of an ISO standard, typed as
// the catalogue's crosswalks are. Plain values and checks, no I/O: a check answers every fault it finds, each a
// Problem naming the field and (for a row) the row, so an import can refuse a file with its whole row report.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/problem.h"

namespace eduims::frameworks {

// Longest text, in code points, of each field.
inline constexpr size_t kMaxCode = 40, kMaxVersion = 20, kMaxNumber = 32, kMaxTitle = 500, kMaxPublisher = 200,
                        kMaxSource = 500, kMaxEvidence = 2000, kMaxNote = 1000;

struct FrameworkIdentity {
  std::string code;     // "moet-thpt": lower-case letters, digits and '-'; not the code of an ISO standard
  std::string version;  // "2024": letters, digits, '.', '-' and '_'
  std::string title_vi, title_en, publisher, source;
};

// The problems of an identity, each naming its field: validation.empty, validation.too_long,
// validation.invalid_text, validation.invalid_value (a code or version of other characters).
std::vector<Problem> CheckIdentity(const FrameworkIdentity& identity);

// "standard", "criterion", "indicator", "requirement".
const std::vector<std::string>& NodeTypes();

// One node as a file lists it.
struct NodeRow {
  int row = 0;  // where the file has it: the CSV line, or the 1-based position in a JSON list
  std::string number, parent;  // parent: the parent's number, "" for a top-level node
  std::string type, title_vi, title_en, evidence_vi, evidence_en;
};

// The problems of a node list, each with the param "row": validation.empty (no number, type or title),
// validation.too_long, validation.invalid_text, validation.invalid_value (a number of other characters than
// letters, digits, '.', '-', '_'; a type not in NodeTypes()), framework.duplicate_number (every row after the
// first with that number), framework.orphan_parent (a parent no row numbers), framework.cycle (a row whose
// parents lead back to it, itself included). An empty list is no fault here (the file reader refuses it).
std::vector<Problem> CheckNodes(const std::vector<NodeRow>& rows);

// The indexes of `rows` with every parent before its children, otherwise in file order.
// REQUIRES: CheckNodes(rows) is empty.
std::vector<size_t> ParentsFirst(const std::vector<NodeRow>& rows);

// "equal", "subset", "superset", "intersect": how a node's requirement relates to the clause's.
const std::vector<std::string>& Relations();

// One correspondence as a file lists it: the framework node's number, the clause's number in the ISO standard.
struct MappingRow {
  int row = 0;
  std::string node, clause, relation, note_vi, note_en;
};

// The problems of a mapping list that need no catalogue, each with "row": validation.empty (no node, clause or
// relation), validation.too_long / validation.invalid_text (notes), validation.invalid_value (a relation not in
// Relations()), conflict.duplicate (a node and clause pair listed twice).
std::vector<Problem> CheckMappings(const std::vector<MappingRow>& rows);

// The problem `p` of row `row` (the param "row" set).
Problem RowProblem(int row, Problem p);

}  // namespace eduims::frameworks
