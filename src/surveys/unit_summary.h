// What the department's oversight of its units reads of surveys: for each group of units (an oversight row: a unit
// under the overseen one with its whole subtree), the satisfaction index of its latest campaign, pooled over the
// group's units. Read from the counts kept as answers arrive (never from the answers), with two grouped queries over
// the subtree whatever the number of groups.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "platform/db/database.h"

namespace eduims::surveys {

struct GroupSatisfaction {
  db::Id campaign_id = 0;
  std::string campaign_title;
  bool closed = false;   // false: the campaign still runs and the index may move
  double index = 0;      // 0..1, the mean index of the campaign's questions (grid rows), as its results show it
  long long responses = 0;  // the group's respondents to it
};

// `group_of` maps each unit of the subtree `within_path` to its group. A group's campaign is the latest closed one
// (by opening day, then id) whose respondents in the group reach the campaign's minimum group, else the latest one
// still open that does: a group below the minimum shows nothing, so nobody is singled out. Groups with neither are
// absent.
std::map<db::Id, GroupSatisfaction> SatisfactionByGroup(soci::session& s, const std::string& within_path,
                                                        const std::map<db::Id, db::Id>& group_of);

}  // namespace eduims::surveys
