#include "planning/party_model.h"

#include "planning/context_model.h"

namespace eduims::planning {
namespace {

namespace json = boost::json;

}  // namespace

const std::vector<std::string>& MonitoringMethods() {
  static const std::vector<std::string> all = {"survey", "meeting", "complaint_channel", "report", "inspection",
                                               "other"};
  return all;
}

json::object ToJson(const PartyClass& c) {
  return {{"code", c.code}, {"mandatory", c.mandatory}, {"name_vi", c.name_vi}, {"name_en", c.name_en}};
}

json::object ToJson(const InterestedParty& p) {
  return {{"id", p.id},
          {"unit_id", p.unit_id},
          {"class", p.class_code},
          {"name", p.name},
          {"needs", p.needs},
          {"mandatory", p.mandatory},
          {"relevant", p.relevant},
          {"relevance_reason", p.relevance_reason},
          {"version", p.version},
          {"created_by", JsonOrNull(p.created_by)},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at},
          {"archived_at", JsonOrNull(p.archived_at)}};
}

json::object ToJson(const PartyRequirement& r) {
  return {{"id", r.id},
          {"party_id", r.party_id},
          {"text", r.text},
          {"adopted", r.adopted},
          {"compliance_obligation", r.compliance_obligation},
          {"obligation_reference", r.obligation_reference},
          {"monitoring", r.monitoring},
          {"monitoring_note", r.monitoring_note},
          {"version", r.version},
          {"created_by", JsonOrNull(r.created_by)},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at},
          {"archived_at", JsonOrNull(r.archived_at)}};
}

}  // namespace eduims::planning
