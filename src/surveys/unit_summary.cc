#include "surveys/unit_summary.h"

#include <boost/json.hpp>

#include <memory>
#include <set>
#include <tuple>
#include <vector>

#include "platform/db/query.h"
#include "surveys/statistics.h"
#include "surveys/store.h"

namespace eduims::surveys {
namespace {

struct RespondentsRow {
  db::Id campaign = 0, unit = 0;
  std::string status, opens_on, title;
  long long min_group = 0, questionnaire = 0, version = 0, responses = 0;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(campaign));
    st.exchange(soci::into(unit));
    st.exchange(soci::into(status));
    st.exchange(soci::into(opens_on));
    st.exchange(soci::into(title));
    st.exchange(soci::into(min_group));
    st.exchange(soci::into(questionnaire));
    st.exchange(soci::into(version));
    st.exchange(soci::into(responses));
  }
  RespondentsRow Take() const { return *this; }
};

struct CountsRow {
  db::Id campaign = 0, unit = 0;
  std::string key;
  int item = 0;
  long long value = 0, n = 0;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(campaign));
    st.exchange(soci::into(unit));
    st.exchange(soci::into(key));
    st.exchange(soci::into(item));
    st.exchange(soci::into(value));
    st.exchange(soci::into(n));
  }
  CountsRow Take() const { return *this; }
};

struct Candidate {
  const RespondentsRow* campaign = nullptr;
  long long responses = 0;
};

// Whether `a` is a better choice than `b` for a group: closed before open, then the later opening, then the later id.
bool Better(const RespondentsRow& a, const RespondentsRow& b) {
  return std::make_tuple(a.status == "closed", a.opens_on, a.campaign) >
         std::make_tuple(b.status == "closed", b.opens_on, b.campaign);
}

}  // namespace

std::map<db::Id, GroupSatisfaction> SatisfactionByGroup(soci::session& s, const std::string& within_path,
                                                        const std::map<db::Id, db::Id>& group_of) {
  // Respondents per campaign and unit of the subtree, with what choosing the campaign needs.
  db::Binds p;
  std::vector<RespondentsRow> rows = db::FetchAll<RespondentsRow>(
      s,
      "SELECT c.id, r.unit_id, c.status, c.opens_on, c.title, c.min_group, c.questionnaire_id, "
      "c.questionnaire_version, r.responses FROM survey_unit_counts r JOIN survey_campaigns c ON c.id = "
      "r.campaign_id JOIN units u ON u.id = r.unit_id WHERE c.status <> 'draft' AND r.responses > 0 AND " +
          db::SubtreeClause({within_path}, "u.path", p),
      p);
  std::map<std::pair<db::Id, db::Id>, Candidate> per_group;  // (group, campaign)
  for (const RespondentsRow& r : rows) {
    auto group = group_of.find(r.unit);
    if (group == group_of.end()) continue;
    Candidate& c = per_group[{group->second, r.campaign}];
    c.campaign = &r;
    c.responses += r.responses;
  }
  std::map<db::Id, Candidate> chosen;
  for (const auto& [key, c] : per_group) {
    if (c.responses < c.campaign->min_group) continue;
    auto [it, fresh] = chosen.try_emplace(key.first, c);
    if (!fresh && Better(*c.campaign, *it->second.campaign)) it->second = c;
  }
  if (chosen.empty()) return {};

  // The chosen campaigns' counts per unit of the subtree, pooled per group for its own campaign only.
  std::set<db::Id> campaigns;
  for (const auto& [group, c] : chosen) campaigns.insert(c.campaign->campaign);
  db::Binds q;
  std::string ids = db::IdList({campaigns.begin(), campaigns.end()}, "campaign", q);
  std::map<db::Id, Counts> counts;  // by group
  for (const CountsRow& r : db::FetchAll<CountsRow>(
           s,
           "SELECT k.campaign_id, k.unit_id, k.question_key, k.item, k.value, k.n FROM survey_counts k JOIN units u "
           "ON u.id = k.unit_id WHERE k.whole = 0 AND k.campaign_id IN " +
               ids + " AND " + db::SubtreeClause({within_path}, "u.path", q),
           q)) {
    auto group = group_of.find(r.unit);
    if (group == group_of.end()) continue;
    auto c = chosen.find(group->second);
    if (c == chosen.end() || c->second.campaign->campaign != r.campaign) continue;
    counts[group->second][{r.key, r.item}][r.value] += r.n;
  }

  // Each campaign's questions, parsed once.
  std::map<db::Id, std::shared_ptr<const Definition>> definitions;
  for (const auto& [group, c] : chosen) {
    auto& slot = definitions[c.campaign->campaign];
    if (slot) continue;
    auto version = store::FindVersion(s, c.campaign->questionnaire, c.campaign->version);
    if (version) slot = std::make_shared<const Definition>(Parse(boost::json::parse(version->definition)));
  }
  std::map<db::Id, GroupSatisfaction> out;
  for (const auto& [group, c] : chosen) {
    const auto& definition = definitions[c.campaign->campaign];
    if (!definition) continue;
    auto index = MeanIndex(*definition, counts[group]).first;
    if (!index) continue;
    out[group] = {c.campaign->campaign, c.campaign->title, c.campaign->status == "closed", *index, c.responses};
  }
  return out;
}

}  // namespace eduims::surveys
