// The words problem messages take as parameters — the record a message is about, the states, steps and actions of
// its workflow, who may take a step, the kind of value a field needs, why a request could not be read — in
// Vietnamese and English, kept as data beside the message catalogue (messages.cc), so that a Vietnamese message
// never carries an English word and an English one never a code name.
#pragma once
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/i18n/language.h"

namespace eduims {

// One wording. `kind` is "entity" (`key` names a kind of record: "nonconformity"), "state" (a status, step or
// action of the workflow of the record `entity`), "actor" (who may take a step), "permission" (what a role allows),
// "type" (a kind of JSON value), "reason" (why a request body could not be read; its text may hold the message's
// own placeholders, "{line}") or "term" (a code name of the group `entity` that files the product writes show:
// "document_type", "record_category").
struct GlossaryEntry {
  std::string_view kind, entity, key, en, vi;
};

std::span<const GlossaryEntry> GlossaryEntries();

// A "who" parameter naming several actors (glossary keys); messages word it "A or B".
std::string ActorList(const std::vector<std::string_view>& actor_keys);

// The "who" parameter naming the actors `who` of a workflow table, `key_of(actor)` giving each one's glossary key.
template <class Actor, class KeyOf>
std::string ActorList(const std::vector<Actor>& who, KeyOf key_of) {
  std::vector<std::string_view> keys;
  for (Actor actor : who) keys.push_back(key_of(actor));
  return ActorList(keys);
}

// The parameters of a message as it shows them in `language`: "entity", "permission", "who", "expected" and
// "reason" looked up in the glossary, and "from", "to", "status" and "step" as states of the record that "entity"
// names ("step" of a certification project). A value the glossary does not hold (a media type, a list of CSV
// columns) stays as it is.
std::map<std::string, std::string> WordedParams(Language language, std::map<std::string, std::string> params);

// The wording of `state` (a status, step or action of the workflow of the record `entity`) in `language`, for the
// files the product writes as for its messages; `state` itself when the glossary has none.
std::string StateWord(Language language, std::string_view entity, std::string_view state);
// The wording of the code name `key` of the group `group` ("document_type", "record_category"); `key` if none.
std::string TermWord(Language language, std::string_view group, std::string_view key);

}  // namespace eduims
