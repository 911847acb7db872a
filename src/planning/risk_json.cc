#include "planning/risk_json.h"

namespace eduims::planning {
namespace {

void WriteRating(JsonWriter& w, const Rating& r, const Matrix& m) {
  w.BeginObject();
  w.Key("likelihood").Int(r.likelihood);
  w.Key("impact").Int(r.impact);
  w.Key("score").Int(r.Score());
  w.Key("level");
  if (m.Contains(r.likelihood, r.impact)) {
    w.String(m.BandOf(r.Score()).level);
  } else {
    w.Null();
  }
  w.EndObject();
}

}  // namespace

void WriteJson(JsonWriter& w, const Risk& r, const Matrix& m, const std::string& today) {
  const Rating& current = r.Current();
  w.BeginObject();
  w.Key("id").Int(r.id);
  w.Key("unit_id").Int(r.unit_id);
  w.Key("process_id").IntOrNull(r.process_id);
  w.Key("kind").String(KindName(r.kind));
  w.Key("source_kind").String(SourceKindName(r.source_kind));
  w.Key("source_id").IntOrNull(r.source_id);
  w.Key("title").String(r.title);
  w.Key("cause").String(r.cause);
  w.Key("consequence").String(r.consequence);
  w.Key("inherent");
  WriteRating(w, r.inherent, m);
  w.Key("residual");
  if (r.residual) {
    WriteRating(w, *r.residual, m);
  } else {
    w.Null();
  }
  w.Key("level");
  if (m.Contains(current.likelihood, current.impact)) {
    w.String(m.BandOf(current.Score()).level);
  } else {
    w.Null();
  }
  w.Key("owner_id").IntOrNull(r.owner_id);
  w.Key("treatment");
  if (r.treatment) {
    w.String(TreatmentName(*r.treatment));
  } else {
    w.Null();
  }
  w.Key("treatment_plan").String(r.treatment_plan);
  w.Key("next_review_date").StringOrNull(r.next_review_date);
  w.Key("last_reviewed_on").StringOrNull(r.last_reviewed_on);
  w.Key("review_overdue").Bool(!r.archived_at && r.next_review_date && *r.next_review_date < today);
  w.Key("version").Int(r.version);
  w.Key("created_by").IntOrNull(r.created_by);
  w.Key("created_at").String(r.created_at);
  w.Key("updated_at").String(r.updated_at);
  w.Key("archived_at").StringOrNull(r.archived_at);
  w.EndObject();
}

}  // namespace eduims::planning
