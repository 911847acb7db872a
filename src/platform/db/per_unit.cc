#include "platform/db/per_unit.h"

namespace eduims::db {
namespace {

struct CountsRow {
  Id unit = 0;
  long long first = 0, second = 0;
  soci::indicator second_ind = soci::i_ok;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(unit));
    st.exchange(soci::into(first));
    st.exchange(soci::into(second, second_ind));
  }
  std::pair<Id, UnitCounts> Take() const { return {unit, {first, second_ind == soci::i_ok ? second : 0}}; }
};

struct TextRow {
  Id unit = 0;
  std::string text;
  soci::indicator text_ind = soci::i_ok;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(unit));
    st.exchange(soci::into(text, text_ind));
  }
  std::pair<Id, std::string> Take() const { return {unit, text_ind == soci::i_ok ? text : std::string()}; }
};

}  // namespace

std::map<Id, UnitCounts> CountsPerUnit(soci::session& s, const std::string& sql, Binds& binds) {
  std::map<Id, UnitCounts> out;
  for (auto& [unit, counts] : FetchAll<CountsRow>(s, sql, binds)) out[unit] = counts;
  return out;
}

std::map<Id, std::string> TextPerUnit(soci::session& s, const std::string& sql, Binds& binds) {
  std::map<Id, std::string> out;
  for (auto& [unit, text] : FetchAll<TextRow>(s, sql, binds))
    if (!text.empty()) out[unit] = text;
  return out;
}

}  // namespace eduims::db
