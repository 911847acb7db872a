// A nullable column or statement parameter for SOCI: the value and its indicator, bound together, so a store reads
// and writes std::optional fields without an indicator variable per field.
#pragma once
#include <soci/soci.h>

#include <optional>

namespace eduims::db {

template <class T>
struct Nullable {
  T value{};
  soci::indicator ind = soci::i_null;
  Nullable() = default;
  explicit Nullable(const std::optional<T>& v) : value(v.value_or(T{})), ind(v ? soci::i_ok : soci::i_null) {}
  std::optional<T> Get() const { return ind == soci::i_ok ? std::optional<T>(value) : std::nullopt; }
};

}  // namespace eduims::db
