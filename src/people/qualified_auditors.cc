#include "people/qualified_auditors.h"

#include <algorithm>
#include <map>
#include <set>

#include "org/members.h"
#include "people/model.h"
#include "platform/clock.h"
#include "platform/db/query.h"
#include "platform/http/context.h"
#include "platform/problem.h"
#include "standards/standard_codes.h"

namespace eduims::people {
namespace {

using auth::Permission;
namespace json = boost::json;

bool Inside(const std::string& path, const std::string& root) { return path.rfind(root, 0) == 0; }

// The holdings in force on `today` of the competences `codes`: (user, code, expires_on or "").
struct AuditorHoldingReader {
  db::Id user_id = 0;
  std::string code, expires_on;
  soci::indicator expires_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(user_id));
    st.exchange(soci::into(code));
    st.exchange(soci::into(expires_on, expires_ind));
  }
  std::tuple<db::Id, std::string, std::string> Take() const {
    return {user_id, code, expires_ind == soci::i_ok ? expires_on : std::string()};
  }
};

std::vector<std::tuple<db::Id, std::string, std::string>> AuditorHoldings(soci::session& s,
                                                                          const std::vector<std::string>& codes,
                                                                          const std::string& today) {
  db::Binds b;
  std::string in;
  for (size_t i = 0; i < codes.size(); ++i) in += (i ? ", " : "") + b.Text("code" + std::to_string(i), codes[i]);
  std::string day = b.Text("today", today);
  // Few people hold an auditor competence: competence_holdings_code (migration 0045) finds them among a province's
  // holdings.
  return db::FetchAll<AuditorHoldingReader>(
      s,
      "SELECT h.user_id, h.competence_code, h.expires_on FROM competence_holdings h WHERE h.competence_code IN (" + in +
          ") AND h.granted_on <= " + day + " AND (h.expires_on IS NULL OR h.expires_on >= " + day +
          ") ORDER BY h.user_id, h.competence_code",
      b);
}

struct Candidate {
  org::Member member;
  auth::Principal principal;
  std::map<std::string, std::string> held;  // competence code -> latest expiry ("" for none)
};

}  // namespace

json::object QualifiedAuditors::Of(const auth::Principal& who, db::Id programme_id) {
  // The programme as the caller may see it: the first programme from its id on, among those they may view (live or
  // archived), is it or there is none for them.
  auto found = audits_.ListProgrammes(who, std::nullopt, std::nullopt, true, programme_id - 1, 1);
  if (found.empty() || found.front().id != programme_id) FailNotFound("audit_programme");
  const audits::Programme& programme = found.front();
  std::string today = FormatDate(TodayInVietnam());

  // The clauses of the programme's live audits, by audited unit.
  std::map<db::Id, std::vector<db::Id>> clauses_by_unit;
  audits::AuditFilter filter;
  filter.programme_id = programme_id;
  filter.limit = 200;
  for (;;) {
    auto page = audits_.List(who, filter);
    for (const auto& a : page)
      for (const auto& c : a.clauses) clauses_by_unit[a.unit_id].push_back(c.id);
    if (page.size() < size_t(filter.limit)) break;
    filter.after = page.back().id;
  }

  std::vector<std::string> auditor_codes, every_standard;
  for (const Competence& c : ShippedCompetences())
    if (c.auditor_of) {
      auditor_codes.push_back(c.code);
      every_standard.push_back(*c.auditor_of);
    }

  std::map<db::Id, std::vector<std::string>> standards_by_unit;
  std::vector<std::string> programme_standards;
  std::map<db::Id, Candidate> candidates;
  db_.Read([&](soci::session& s) {
    std::vector<db::Id> all_clauses;
    for (const auto& [unit_id, clauses] : clauses_by_unit) {
      standards_by_unit[unit_id] = standards::StandardCodesOf(s, clauses);
      all_clauses.insert(all_clauses.end(), clauses.begin(), clauses.end());
    }
    programme_standards = all_clauses.empty() ? every_standard : standards::StandardCodesOf(s, all_clauses);
    auto holdings = AuditorHoldings(s, auditor_codes, today);
    std::vector<db::Id> ids;
    for (const auto& [user_id, code, expires] : holdings)
      if (ids.empty() || ids.back() != user_id) ids.push_back(user_id);
    std::map<db::Id, org::Member> members;
    for (auto& m : org::MembersById(s, ids, today)) members.emplace(m.user_id, std::move(m));
    for (const auto& [user_id, code, expires] : holdings) {
      auto m = members.find(user_id);
      if (m == members.end()) continue;
      Candidate& c = candidates[user_id];
      c.member = m->second;
      // The holding lasting longest counts: no expiry at all outlasts any date.
      auto [it, added] = c.held.emplace(code, expires);
      if (!added && !it->second.empty() && (expires.empty() || expires > it->second)) it->second = expires;
    }
  });
  // As they are now: enabled, with their grants in force; only those the caller may know of are named.
  for (auto it = candidates.begin(); it != candidates.end();) {
    auto principal = org_.PrincipalOf(it->first);
    if (!principal || !org_.CanSeeUser(who, it->first)) {
      it = candidates.erase(it);
      continue;
    }
    it->second.principal = std::move(*principal);
    ++it;
  }

  org::UnitFilter units_filter;
  units_filter.within = programme.unit_id;
  units_filter.limit = 500;
  std::vector<org::Unit> units;
  for (;;) {
    auto page = org_.ListUnits(who, units_filter);
    units.insert(units.end(), page.begin(), page.end());
    if (page.size() < size_t(units_filter.limit)) break;
    units_filter.after = page.back().id;
  }
  std::sort(units.begin(), units.end(), [](const org::Unit& a, const org::Unit& b) { return a.path < b.path; });

  std::set<db::Id> named;
  json::array units_out;
  for (const org::Unit& unit : units) {
    auto own = standards_by_unit.find(unit.id);
    const std::vector<std::string>& standards = own == standards_by_unit.end() ? programme_standards : own->second;
    std::vector<std::string> needed;
    for (const auto& standard : standards)
      if (auto code = AuditorCompetenceFor(standard)) needed.push_back(*code);
    json::array ids;
    for (const auto& [user_id, c] : candidates) {
      if (Inside(c.principal.unit_path, unit.path)) continue;  // independence: not of the unit or below it
      if (!c.principal.Can(Permission::kConductAudits, unit.path)) continue;
      bool qualified = std::all_of(needed.begin(), needed.end(), [&](const std::string& code) { return c.held.count(code); });
      if (!qualified) continue;
      ids.push_back(user_id);
      named.insert(user_id);
    }
    json::array standards_json;
    for (const auto& standard : standards) standards_json.push_back(json::value(standard));
    units_out.push_back({{"unit_id", unit.id},
                         {"code", unit.code},
                         {"name", unit.name},
                         {"audited", own != standards_by_unit.end()},
                         {"standards", std::move(standards_json)},
                         {"auditor_ids", std::move(ids)}});
  }
  json::array auditors_out;
  for (db::Id user_id : named) {
    const Candidate& c = candidates.at(user_id);
    json::array held;
    for (const auto& [code, expires] : c.held)
      held.push_back({{"code", code}, {"expires_on", expires.empty() ? json::value() : json::value(expires)}});
    auditors_out.push_back({{"user_id", user_id},
                            {"full_name", c.member.full_name},
                            {"unit_id", c.member.unit_id},
                            {"unit_name", c.member.unit_name},
                            {"competences", std::move(held)}});
  }
  json::array programme_json;
  for (const auto& standard : programme_standards) programme_json.push_back(json::value(standard));
  return {{"programme_id", programme.id},
          {"today", today},
          {"standards", std::move(programme_json)},
          {"auditors", std::move(auditors_out)},
          {"units", std::move(units_out)}};
}

void AddQualifiedAuditorsRoute(http::Router& router, std::shared_ptr<QualifiedAuditors> service) {
  router.Add({"GET", "/api/v1/audit-programmes/{id}/qualified-auditors", http::Access::kAuthenticated,
              [service](http::RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, service->Of(ctx.user(), ctx.PathId("id", "audit_programme")));
              }});
}

}  // namespace eduims::people
