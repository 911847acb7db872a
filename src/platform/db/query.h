// Building a SELECT from optional filters without string-pasting values: each filter adds a named bind and gets
// back its placeholder; FetchAll runs the statement with a reader that binds its columns.
#pragma once
#include <soci/soci.h>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/db/database.h"
#include "platform/db/statement_cache.h"

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
  // Takes the values of `other` if it binds the same names with the same types (as binds built for one SQL text
  // do), so a statement prepared with these binds runs with the other's values. False, and nothing changes, if not.
  bool TakeValuesOf(const Binds& other) {
    if (texts_.size() != other.texts_.size() || ids_.size() != other.ids_.size()) return false;
    for (size_t i = 0; i < texts_.size(); ++i)
      if (texts_[i].first != other.texts_[i].first) return false;
    for (size_t i = 0; i < ids_.size(); ++i)
      if (ids_[i].first != other.ids_[i].first) return false;
    for (size_t i = 0; i < texts_.size(); ++i) texts_[i].second = other.texts_[i].second;
    for (size_t i = 0; i < ids_.size(); ++i) ids_[i].second = other.ids_[i].second;
    return true;
  }

 private:
  std::deque<std::pair<std::string, std::string>> texts_;
  std::deque<std::pair<std::string, db::Id>> ids_;
};

// Unit paths ("/1/7/") of a subtree rooted at `path` lie in [low, high): '0' is the character after '/'.
std::pair<std::string, std::string> SubtreeRange(const std::string& path);

// The subtrees that lie both within one of `scope` and within `within` (all of `scope` if there is no `within`).
// Narrowing in C++ lets the engine read one tight path range instead of a wide one filtered row by row.
std::vector<std::string> ScopeWithin(const std::vector<std::string>& scope, const std::optional<std::string>& within);

// "((column >= :lo0 AND column < :hi0) OR ...)" for the subtrees at `roots`; "1 = 0" when there are none.
std::string SubtreeClause(const std::vector<std::string>& roots, const std::string& column, Binds& binds,
                          const std::string& prefix = "scope");

// "(c1 LIKE :text0 ESCAPE '\\' OR c2 LIKE ...)": every word of `folded` (already accent-folded, lower case) in
// order, anywhere in one of `columns` (which hold folded text too).
std::string ContainsWords(const std::vector<std::string>& columns, const std::string& folded, Binds& binds);

// A statement prepared with its own reader and binds, kept in the session's StatementCache.
template <class Reader>
struct PreparedFetch : StatementCache::Entry {
  PreparedFetch(soci::session& s, const std::string& sql, const Binds& with) : binds(with), statement(s) {
    reader.Bind(statement);
    binds.Apply(statement);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
  }
  // Declared before the statement, which refers to them and so must be destroyed first.
  Reader reader;
  Binds binds;
  soci::statement statement;
};

// Id lists are bound in slices of at most this many, so no statement binds more values than either engine accepts.
inline constexpr size_t kIdsPerStatement = 500;
// `ids` cut into runs of at most kIdsPerStatement, in order.
std::vector<std::vector<db::Id>> IdSlices(const std::vector<db::Id>& ids);
// `ids` cut as IdSlices does, each slice padded with its last id to 8, 64 or kIdsPerStatement ids, for statements
// that read the rows of a page's ids: their text then takes one of three forms whatever the page size, and the
// statement cache keeps them. Matching an id twice changes nothing in an IN list.
std::vector<std::vector<db::Id>> PaddedIdSlices(const std::vector<db::Id>& ids);
// "(:name0, :name1, ...)" with a bind for each of `ids`; "(NULL)" when there are none, which matches nothing.
std::string IdList(const std::vector<db::Id>& ids, const std::string& name, Binds& binds);

// Runs `sql` and returns Reader::Take() of every row. Reader has Bind(soci::statement&) and Take(), and Take()
// depends only on the current row. The statement is prepared once per pooled connection and reused.
template <class Reader>
auto FetchAll(soci::session& s, const std::string& sql, Binds& binds) {
  std::vector<decltype(std::declval<Reader&>().Take())> out;
  StatementCache* cache = StatementCache::Of(s);
  if (!cache) {
    PreparedFetch<Reader> once(s, sql, binds);
    once.statement.execute(false);
    while (once.statement.fetch()) out.push_back(once.reader.Take());
    return out;
  }
  auto* prepared = dynamic_cast<PreparedFetch<Reader>*>(cache->Find(sql));
  if (!prepared || !prepared->binds.TakeValuesOf(binds))
    prepared = static_cast<PreparedFetch<Reader>*>(cache->Keep(sql, std::make_unique<PreparedFetch<Reader>>(s, sql, binds)));
  try {
    prepared->statement.execute(false);
    // Every row is fetched, so the statement is done and holds no read snapshot once this returns.
    while (prepared->statement.fetch()) out.push_back(prepared->reader.Take());
  } catch (...) {
    cache->Drop(sql);
    throw;
  }
  return out;
}

// A reader for a single BIGINT column (ids, counts).
struct IdReader {
  db::Id id = 0;
  void Bind(soci::statement& st) { st.exchange(soci::into(id)); }
  db::Id Take() const { return id; }
};

// A row of an id and a text, such as (user, unit path) or an entity and its unit's path.
struct IdTextReader {
  db::Id id = 0;
  std::string text;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(text));
  }
  std::pair<db::Id, std::string> Take() const { return {id, text}; }
};

// A row of two ids, such as (owner, linked) of a link table.
struct IdPairReader {
  db::Id first = 0, second = 0;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(first));
    st.exchange(soci::into(second));
  }
  std::pair<db::Id, db::Id> Take() const { return {first, second}; }
};

// A row of an id (the owner of a link, say) followed by the columns `Reader` reads: Take() is {id, Reader's Take()}.
template <class Reader>
struct KeyedReader {
  db::Id key = 0;
  Reader row;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(key));
    row.Bind(st);
  }
  auto Take() const { return std::pair{key, row.Take()}; }
};

// The single-column ids `sql` selects.
inline std::vector<db::Id> FetchIds(soci::session& s, const std::string& sql, Binds& binds) {
  return FetchAll<IdReader>(s, sql, binds);
}

// A paged list over the subtrees of at most this many units reads their rows unit by unit through a per-unit index
// and sorts the ids; over a larger one it walks the primary key in id order, stopping at the page's end. A school
// (a handful of units) reads a few hundred index entries instead of scanning; the whole province (1,000 units)
// reads about one page of rows instead of sorting every id.
constexpr int kFewUnits = 64;

// Whether the subtrees at `roots` hold at most kFewUnits units together.
bool HasFewUnits(soci::session& s, const std::vector<std::string>& roots);

}  // namespace eduims::db
