// All SQL of training.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/db/query.h"
#include "training/model.h"

namespace eduims::training::store {

std::optional<Programme> FindProgramme(soci::session& s, db::Id id);
// Programmes of units in the subtrees at `roots` (and, if given, of the unit `unit_id`), by id after `after`.
std::vector<Programme> ListProgrammes(soci::session& s, const std::vector<std::string>& roots,
                                      std::optional<db::Id> unit_id, std::optional<db::Id> after, int limit);
void InsertProgramme(soci::session& s, Programme& p);

std::vector<Session> Sessions(soci::session& s, db::Id programme_id);
std::optional<Session> FindSession(soci::session& s, db::Id id);
std::optional<Session> FindSessionByCode(soci::session& s, const std::string& code);
void InsertSession(soci::session& s, Session& session);

// With their names (read through org's members) filled in by the caller; sessions_attended counted here.
std::vector<Participant> Participants(soci::session& s, db::Id programme_id);
std::optional<Participant> FindParticipant(soci::session& s, db::Id programme_id, db::Id user_id);
// False (nothing written) when the person was invited before.
bool Invite(soci::session& s, db::Id programme_id, db::Id user_id, const std::string& now);
void SaveResult(soci::session& s, const Participant& p);

bool Attended(soci::session& s, db::Id session_id, db::Id user_id);
void InsertAttendance(soci::session& s, db::Id session_id, db::Id user_id, const std::string& source,
                      const std::string& now, std::optional<db::Id> recorded_by);
// The sessions of the programme `user_id` attended, latest first.
std::vector<Session> AttendedSessions(soci::session& s, db::Id programme_id, db::Id user_id);

// Programmes of the subtree at `path` with a session started since `since`, and the attendances recorded in them.
std::pair<long long, long long> RegisterCounts(soci::session& s, const std::string& path, const std::string& since);

}  // namespace eduims::training::store
