// Building a SELECT from optional filters without string-pasting values: each filter adds a named bind and gets
// back its placeholder; FetchAll runs the statement with a reader that binds its columns.
#pragma once
#include <soci/soci.h>

#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "platform/db/database.h"

namespace eduims::db {

class Binds {
 public:
  // Each returns the placeholder (":name") for `value`.
  std::string Text(const std::string& name, std::string value) {
    texts_.emplace_back(name, std::move(value));
    return ":" + name;
  }
  std::string Id(const std::string& name, db::Id value) {
    ids_.emplace_back(name, value);
    return ":" + name;
  }
  // SOCI keeps references to the values; deques never move their elements, so binding is safe at any time.
  void Apply(soci::statement& st) {
    for (auto& [name, value] : texts_) st.exchange(soci::use(value, name));
    for (auto& [name, value] : ids_) st.exchange(soci::use(value, name));
  }

 private:
  std::deque<std::pair<std::string, std::string>> texts_;
  std::deque<std::pair<std::string, db::Id>> ids_;
};

// Unit paths ("/1/7/") of a subtree rooted at `path` lie in [low, high): '0' is the character after '/'.
std::pair<std::string, std::string> SubtreeRange(const std::string& path);

// "((column >= :lo0 AND column < :hi0) OR ...)" for the subtrees at `roots`; "1 = 0" when there are none.
std::string SubtreeClause(const std::vector<std::string>& roots, const std::string& column, Binds& binds,
                          const std::string& prefix = "scope");

// "(c1 LIKE :text0 ESCAPE '\\' OR c2 LIKE ...)": every word of `folded` (already accent-folded, lower case) in
// order, anywhere in one of `columns` (which hold folded text too).
std::string ContainsWords(const std::vector<std::string>& columns, const std::string& folded, Binds& binds);

// Runs `sql` and returns Reader::Take() of every row. Reader has Bind(soci::statement&) and Take().
template <class Reader>
auto FetchAll(soci::session& s, const std::string& sql, Binds& binds) {
  Reader reader;
  soci::statement st(s);
  reader.Bind(st);
  binds.Apply(st);
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute(false);
  std::vector<decltype(reader.Take())> out;
  while (st.fetch()) out.push_back(reader.Take());
  return out;
}

}  // namespace eduims::db
