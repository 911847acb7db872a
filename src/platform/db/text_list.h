// A list of texts kept in one TEXT column as a JSON array ("[\"Xét hồ sơ\",\"Phỏng vấn\"]"): the steps of a
// recruitment process, the clauses of a training programme. Only the stores write these columns.
#pragma once
#include <string>
#include <vector>

namespace eduims::db {

// The column's text for `items`.
std::string TextListJson(const std::vector<std::string>& items);
// The texts of a column TextListJson wrote. Throws on anything else: such a column is a corrupt row.
std::vector<std::string> TextListFrom(const std::string& text);

}  // namespace eduims::db
