// Where a management review's inputs come from. The agenda names every input that 9.3.2 of ISO 9001 and of
// ISO 21001 asks for (review/agenda.h); a module that holds the data of one compiles it by implementing
// ReviewInputSource and registering it with InputRegistry::Add when the application is wired (the surveys module
// for "satisfaction", the complaints module for "complaints", a people module for "resources"). An agenda input no
// registered source compiles is shown as having no module yet, never as empty.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "org/model.h"
#include "platform/auth/roles.h"

namespace eduims::review {

struct InputQuery {
  const auth::Principal& who;  // who compiles: the input holds only what they may see
  org::Unit unit;              // the reviewed unit; inputs cover its whole subtree
  std::string from, to;        // the review period, inclusive dates
  std::string today;
};

// One entry behind an input, as the meeting reads it and as a link to it.
struct InputItem {
  std::string type;  // the entity: "nonconformity", "action", "indicator", ...
  long long id = 0;
  std::string title;
  std::string status;  // its state or rating, in the entity's own words ("open", "red", ...)
  std::string date;    // the date that puts it in the period, if any
};

struct CompiledInput {
  std::string key;
  std::string module;                  // the module that compiled it; empty when none exists
  std::map<std::string, long long> facts;  // the input's figures ("open": 3, "overdue": 1)
  long long count = 0;                 // the entries of the list behind the input (its `list` link)
  std::vector<InputItem> items;        // those entries, the first kMostItems of them
  bool truncated = false;              // more entries than items
  std::string list;                    // the web path of the list behind the input ("/nonconformities?within=7")
};

constexpr size_t kMostItems = 100;

class ReviewInputSource {
 public:
  virtual ~ReviewInputSource() = default;
  // The agenda key this source compiles (review/agenda.h).
  virtual std::string Key() const = 0;
  // The module's name, as the minutes credit it ("improvement", "planning").
  virtual std::string Module() const = 0;
  // The input for `query`. May throw ProblemError. REQUIRES: thread-safe, keeping nothing between calls.
  virtual CompiledInput Compile(const InputQuery& query) = 0;
};

// The sources the application registered, by agenda key. Registered at start-up, before serving; read-only after.
class InputRegistry {
 public:
  // REQUIRES: `source` outlives the registry; one source per key (a second for a key replaces the first).
  void Add(ReviewInputSource& source) { sources_[source.Key()] = &source; }
  ReviewInputSource* Find(const std::string& key) const {
    auto it = sources_.find(key);
    return it == sources_.end() ? nullptr : it->second;
  }

 private:
  std::map<std::string, ReviewInputSource*> sources_;
};

// Adds an item to `input`, counting it, keeping at most kMostItems.
void AddItem(CompiledInput& input, InputItem item);

}  // namespace eduims::review
