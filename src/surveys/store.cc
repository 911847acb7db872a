#include "surveys/store.h"

#include <map>
#include <span>
#include <string>
#include <vector>

#include "platform/db/query.h"
#include "platform/i18n/fold.h"

namespace eduims::surveys::store {
namespace {

template <class T>
std::optional<T> Opt(const T& v, soci::indicator ind) {
  return ind == soci::i_ok ? std::optional<T>(v) : std::nullopt;
}

struct QuestionnaireReader {
  QuestionnaireRecord q;
  std::string path, library, archived;
  db::Id created_by = 0;
  soci::indicator library_ind = soci::i_null, archived_ind = soci::i_null, by_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(q.id));
    st.exchange(soci::into(q.unit_id));
    st.exchange(soci::into(q.title_vi));
    st.exchange(soci::into(q.title_en));
    st.exchange(soci::into(q.audience));
    st.exchange(soci::into(library, library_ind));
    st.exchange(soci::into(q.version));
    st.exchange(soci::into(created_by, by_ind));
    st.exchange(soci::into(q.created_at));
    st.exchange(soci::into(q.updated_at));
    st.exchange(soci::into(archived, archived_ind));
    st.exchange(soci::into(path));
  }
  std::pair<QuestionnaireRecord, std::string> Take() const {
    QuestionnaireRecord out = q;
    out.library_code = Opt(library, library_ind);
    out.archived_at = Opt(archived, archived_ind);
    out.created_by = Opt(created_by, by_ind);
    return {out, path};
  }
};

const char* kQuestionnaireColumns =
    "SELECT q.id, q.unit_id, q.title_vi, q.title_en, q.audience, q.library_code, q.version, q.created_by, "
    "q.created_at, q.updated_at, q.archived_at, u.path FROM questionnaires q JOIN units u ON u.id = q.unit_id ";

struct VersionReader {
  QuestionnaireVersion v;
  std::string published;
  soci::indicator published_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(v.questionnaire_id));
    st.exchange(soci::into(v.info.number));
    st.exchange(soci::into(v.info.status));
    st.exchange(soci::into(v.info.created_at));
    st.exchange(soci::into(published, published_ind));
    st.exchange(soci::into(v.definition));
  }
  QuestionnaireVersion Take() const {
    QuestionnaireVersion out = v;
    out.info.published_at = Opt(published, published_ind);
    return out;
  }
};

struct CampaignReader {
  Campaign c;
  std::string path, closed;
  db::Id created_by = 0;
  soci::indicator closed_ind = soci::i_null, by_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.unit_id));
    st.exchange(soci::into(c.questionnaire_id));
    st.exchange(soci::into(c.questionnaire_version));
    st.exchange(soci::into(c.title));
    st.exchange(soci::into(c.audience));
    st.exchange(soci::into(c.mode));
    st.exchange(soci::into(c.opens_on));
    st.exchange(soci::into(c.closes_on));
    st.exchange(soci::into(c.status));
    st.exchange(soci::into(c.min_group));
    st.exchange(soci::into(c.version));
    st.exchange(soci::into(created_by, by_ind));
    st.exchange(soci::into(c.created_at));
    st.exchange(soci::into(c.updated_at));
    st.exchange(soci::into(closed, closed_ind));
    st.exchange(soci::into(path));
  }
  std::pair<Campaign, std::string> Take() const {
    Campaign out = c;
    out.closed_at = Opt(closed, closed_ind);
    out.created_by = Opt(created_by, by_ind);
    return {out, path};
  }
};

const char* kCampaignColumns =
    "SELECT c.id, c.unit_id, c.questionnaire_id, c.questionnaire_version, c.title, c.audience, c.mode, c.opens_on, "
    "c.closes_on, c.status, c.min_group, c.version, c.created_by, c.created_at, c.updated_at, c.closed_at, u.path "
    "FROM survey_campaigns c JOIN units u ON u.id = c.unit_id ";

struct LinkReader {
  Link l;
  std::string person;
  int personal = 0, used = 0;
  soci::indicator person_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(l.code));
    st.exchange(soci::into(l.campaign_id));
    st.exchange(soci::into(l.unit_id));
    st.exchange(soci::into(personal));
    st.exchange(soci::into(person, person_ind));
    st.exchange(soci::into(used));
    st.exchange(soci::into(l.expected));
  }
  Link Take() const {
    Link out = l;
    out.personal = personal != 0;
    out.used = used != 0;
    out.person = Opt(person, person_ind);
    return out;
  }
};

const char* kLinkColumns = "SELECT code, campaign_id, unit_id, personal, person, used, expected FROM survey_links ";

struct CountReader {
  CountRow row;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(row.question_key));
    st.exchange(soci::into(row.item));
    st.exchange(soci::into(row.value));
    st.exchange(soci::into(row.n));
  }
  CountRow Take() const { return row; }
};

struct UnitCountReader {
  db::Id unit = 0;
  CountRow row;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(unit));
    st.exchange(soci::into(row.question_key));
    st.exchange(soci::into(row.item));
    st.exchange(soci::into(row.value));
    st.exchange(soci::into(row.n));
  }
  std::pair<db::Id, CountRow> Take() const { return {unit, row}; }
};

struct RateReader {
  UnitRate rate;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(rate.unit_id));
    st.exchange(soci::into(rate.path));
    st.exchange(soci::into(rate.responses));
    st.exchange(soci::into(rate.expected));
  }
  UnitRate Take() const { return rate; }
};

struct TextReader {
  TextRow row;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(row.id));
    st.exchange(soci::into(row.question_key));
    st.exchange(soci::into(row.text));
  }
  TextRow Take() const { return row; }
};

struct RaisedReader {
  Raised r;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.question_key));
    st.exchange(soci::into(r.item));
    st.exchange(soci::into(r.improvement_id));
  }
  Raised Take() const { return r; }
};

// "u.path within `subtree`", with its binds.
std::string Within(const std::string& subtree, db::Binds& p) {
  auto [lo, hi] = db::SubtreeRange(subtree);
  return "u.path >= " + p.Text("lo", lo) + " AND u.path < " + p.Text("hi", hi);
}

// The versions of `records` (without their definitions), in one query.
void AttachVersions(soci::session& s, std::span<QuestionnaireRecord> records) {
  if (records.empty()) return;
  std::map<db::Id, QuestionnaireRecord*> by_id;
  std::vector<db::Id> ids;
  for (QuestionnaireRecord& q : records) {
    by_id[q.id] = &q;
    ids.push_back(q.id);
  }
  db::Binds p;
  for (const auto& v : db::FetchAll<VersionReader>(
           s,
           "SELECT questionnaire_id, number, status, created_at, published_at, '' FROM questionnaire_versions "
           "WHERE questionnaire_id IN " + db::IdList(ids, "q", p) + " ORDER BY questionnaire_id, number",
           p))
    by_id.at(v.questionnaire_id)->versions.push_back(v.info);
}

}  // namespace

std::optional<std::pair<QuestionnaireRecord, std::string>> FindQuestionnaire(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = db::FetchAll<QuestionnaireReader>(s, std::string(kQuestionnaireColumns) + "WHERE q.id = " +
                                                       p.Id("id", id), p);
  if (rows.empty()) return std::nullopt;
  AttachVersions(s, std::span(&rows.front().first, 1));
  return rows.front();
}

std::vector<QuestionnaireRecord> ListQuestionnaires(soci::session& s, const std::vector<std::string>& scope,
                                                    std::optional<db::Id> unit_id, std::optional<db::Id> after,
                                                    int limit) {
  if (scope.empty()) return {};
  db::Binds p;
  std::string sql = std::string(kQuestionnaireColumns) + "WHERE q.archived_at IS NULL AND " +
                    db::SubtreeClause(scope, "u.path", p);
  if (unit_id) sql += " AND q.unit_id = " + p.Id("unit", *unit_id);
  if (after) sql += " AND q.id > " + p.Id("after", *after);
  sql += " ORDER BY q.id LIMIT " + std::to_string(limit);
  std::vector<QuestionnaireRecord> out;
  for (auto& row : db::FetchAll<QuestionnaireReader>(s, sql, p)) out.push_back(std::move(row.first));
  // The campaign form offers a questionnaire's published versions from the list.
  AttachVersions(s, out);
  return out;
}

void InsertQuestionnaire(soci::session& s, QuestionnaireRecord& q) {
  db::Id by = q.created_by.value_or(0);
  soci::indicator by_ind = q.created_by ? soci::i_ok : soci::i_null;
  std::string library = q.library_code.value_or("");
  soci::indicator library_ind = q.library_code ? soci::i_ok : soci::i_null;
  s << "INSERT INTO questionnaires (unit_id, title_vi, title_en, audience, library_code, version, created_by, "
       "created_at, updated_at) VALUES (:unit, :vi, :en, :audience, :library, 1, :by, :created, :updated) "
       "RETURNING id",
      soci::use(q.unit_id), soci::use(q.title_vi), soci::use(q.title_en), soci::use(q.audience),
      soci::use(library, library_ind), soci::use(by, by_ind), soci::use(q.created_at), soci::use(q.updated_at),
      soci::into(q.id);
  q.version = 1;
}

bool TouchQuestionnaire(soci::session& s, db::Id id, const std::string& title_vi, const std::string& title_en,
                        const std::string& at, long long expected_version) {
  soci::statement st = (s.prepare << "UPDATE questionnaires SET title_vi = :vi, title_en = :en, updated_at = :at, "
                                     "version = version + 1 WHERE id = :id AND version = :expected",
                        soci::use(title_vi), soci::use(title_en), soci::use(at), soci::use(id),
                        soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<QuestionnaireVersion> FindVersion(soci::session& s, db::Id questionnaire_id, long long number) {
  db::Binds p;
  auto rows = db::FetchAll<VersionReader>(
      s,
      "SELECT questionnaire_id, number, status, created_at, published_at, definition FROM questionnaire_versions "
      "WHERE questionnaire_id = " + p.Id("q", questionnaire_id) + " AND number = " + p.Id("n", number),
      p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void InsertVersion(soci::session& s, const QuestionnaireVersion& v) {
  s << "INSERT INTO questionnaire_versions (questionnaire_id, number, definition, status, created_at) VALUES (:q, "
       ":n, :definition, 'draft', :created)",
      soci::use(v.questionnaire_id), soci::use(v.info.number), soci::use(v.definition), soci::use(v.info.created_at);
}

bool UpdateDraft(soci::session& s, db::Id questionnaire_id, long long number, const std::string& definition) {
  soci::statement st = (s.prepare << "UPDATE questionnaire_versions SET definition = :d WHERE questionnaire_id = :q "
                                     "AND number = :n AND status = 'draft'",
                        soci::use(definition), soci::use(questionnaire_id), soci::use(number));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool Publish(soci::session& s, db::Id questionnaire_id, long long number, const std::string& at, db::Id by) {
  soci::statement st = (s.prepare << "UPDATE questionnaire_versions SET status = 'published', published_at = :at, "
                                     "published_by = :by WHERE questionnaire_id = :q AND number = :n AND status = "
                                     "'draft'",
                        soci::use(at), soci::use(by), soci::use(questionnaire_id), soci::use(number));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<std::pair<Campaign, std::string>> FindCampaign(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = db::FetchAll<CampaignReader>(s, std::string(kCampaignColumns) + "WHERE c.id = " + p.Id("id", id), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Campaign> ListCampaigns(soci::session& s, const std::vector<std::string>& scope,
                                    std::optional<db::Id> questionnaire_id, std::optional<db::Id> after, int limit) {
  if (scope.empty()) return {};
  db::Binds p;
  std::string sql = std::string(kCampaignColumns) + "WHERE " + db::SubtreeClause(scope, "u.path", p);
  if (questionnaire_id) sql += " AND c.questionnaire_id = " + p.Id("q", *questionnaire_id);
  if (after) sql += " AND c.id > " + p.Id("after", *after);
  sql += " ORDER BY c.id LIMIT " + std::to_string(limit);
  std::vector<Campaign> out;
  for (auto& row : db::FetchAll<CampaignReader>(s, sql, p)) out.push_back(std::move(row.first));
  return out;
}

std::vector<Campaign> CampaignsWithin(soci::session& s, const std::vector<std::string>& scope,
                                      const std::string& subtree, const std::string& from, const std::string& to,
                                      int limit) {
  if (scope.empty()) return {};
  db::Binds p;
  std::string sql = std::string(kCampaignColumns) + "WHERE " + db::SubtreeClause(scope, "u.path", p) + " AND " +
                    db::SubtreeClause({subtree}, "u.path", p, "within") +
                    " AND c.status <> 'draft' AND c.opens_on <= " + p.Text("to", to) + " AND c.closes_on >= " +
                    p.Text("from", from) + " ORDER BY c.opens_on, c.id LIMIT " + std::to_string(limit);
  std::vector<Campaign> out;
  for (auto& row : db::FetchAll<CampaignReader>(s, sql, p)) out.push_back(std::move(row.first));
  return out;
}

void InsertCampaign(soci::session& s, Campaign& c) {
  db::Id by = c.created_by.value_or(0);
  soci::indicator by_ind = c.created_by ? soci::i_ok : soci::i_null;
  s << "INSERT INTO survey_campaigns (unit_id, questionnaire_id, questionnaire_version, title, audience, mode, "
       "opens_on, closes_on, status, min_group, version, created_by, created_at, updated_at) VALUES (:unit, :q, "
       ":qv, :title, :audience, :mode, :opens, :closes, :status, :min, 1, :by, :created, :updated) RETURNING id",
      soci::use(c.unit_id), soci::use(c.questionnaire_id), soci::use(c.questionnaire_version), soci::use(c.title),
      soci::use(c.audience), soci::use(c.mode), soci::use(c.opens_on), soci::use(c.closes_on), soci::use(c.status),
      soci::use(c.min_group), soci::use(by, by_ind), soci::use(c.created_at), soci::use(c.updated_at),
      soci::into(c.id);
  c.version = 1;
}

bool UpdateCampaign(soci::session& s, const Campaign& c, long long expected_version) {
  std::string closed = c.closed_at.value_or("");
  soci::indicator closed_ind = c.closed_at ? soci::i_ok : soci::i_null;
  soci::statement st =
      (s.prepare << "UPDATE survey_campaigns SET title = :title, opens_on = :opens, closes_on = :closes, "
                    "status = :status, min_group = :min, updated_at = :updated, closed_at = :closed, "
                    "version = version + 1 WHERE id = :id AND version = :expected",
       soci::use(c.title), soci::use(c.opens_on), soci::use(c.closes_on), soci::use(c.status),
       soci::use(c.min_group), soci::use(c.updated_at), soci::use(closed, closed_ind), soci::use(c.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<Campaign> PreviousCampaign(soci::session& s, const Campaign& c) {
  db::Binds p;
  auto rows = db::FetchAll<CampaignReader>(
      s,
      std::string(kCampaignColumns) + "WHERE c.questionnaire_id = " + p.Id("q", c.questionnaire_id) +
          " AND c.unit_id = " + p.Id("unit", c.unit_id) + " AND c.status = 'closed' AND c.opens_on < " +
          p.Text("opens", c.opens_on) + " AND c.id <> " + p.Id("id", c.id) + " ORDER BY c.opens_on DESC LIMIT 1",
      p);
  if (rows.empty()) return std::nullopt;
  return rows.front().first;
}

void InsertLink(soci::session& s, const Link& l) {
  int personal = l.personal ? 1 : 0;
  std::string person = l.person.value_or("");
  soci::indicator person_ind = l.person ? soci::i_ok : soci::i_null;
  s << "INSERT INTO survey_links (code, campaign_id, unit_id, personal, person, used, expected) VALUES (:code, "
       ":campaign, :unit, :personal, :person, 0, :expected)",
      soci::use(l.code), soci::use(l.campaign_id), soci::use(l.unit_id), soci::use(personal),
      soci::use(person, person_ind), soci::use(l.expected);
}

std::optional<Link> FindLink(soci::session& s, const std::string& code) {
  db::Binds p;
  auto rows = db::FetchAll<LinkReader>(s, std::string(kLinkColumns) + "WHERE code = " + p.Text("code", code), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Link> Links(soci::session& s, db::Id campaign_id) {
  db::Binds p;
  return db::FetchAll<LinkReader>(
      s, std::string(kLinkColumns) + "WHERE campaign_id = " + p.Id("c", campaign_id) + " ORDER BY unit_id, code", p);
}

bool UseCode(soci::session& s, const std::string& code) {
  soci::statement st =
      (s.prepare << "UPDATE survey_links SET used = 1 WHERE code = :code AND personal = 1 AND used = 0",
       soci::use(code));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void ErasePersons(soci::session& s, db::Id campaign_id) {
  s << "UPDATE survey_links SET person = NULL WHERE campaign_id = :c", soci::use(campaign_id);
}

void RecordAnswer(soci::session& s, const Campaign& c, db::Id unit_id, const std::string& answered_on,
                  const std::string& answers_json, const Submission& submission) {
  s << "INSERT INTO survey_responses (campaign_id, unit_id, answered_on, answers) VALUES (:c, :u, :on, :a)",
      soci::use(c.id), soci::use(unit_id), soci::use(answered_on), soci::use(answers_json);
  s << "INSERT INTO survey_unit_counts (campaign_id, unit_id, responses) VALUES (:c, :u, 1) ON CONFLICT "
       "(campaign_id, unit_id) DO UPDATE SET responses = survey_unit_counts.responses + 1",
      soci::use(c.id), soci::use(unit_id);
  // One statement prepared once per answer and run for every value, per unit and for the whole campaign.
  db::Id campaign_id = c.id, unit = unit_id;
  int whole = 0;
  std::string key;
  int item = 0;
  long long value = 0;
  soci::statement st =
      (s.prepare << "INSERT INTO survey_counts (campaign_id, whole, unit_id, question_key, item, value, n) VALUES "
                    "(:c, :whole, :u, :k, :item, :v, 1) ON CONFLICT (campaign_id, whole, unit_id, question_key, "
                    "item, value) DO UPDATE SET n = survey_counts.n + 1",
       soci::use(campaign_id), soci::use(whole), soci::use(unit), soci::use(key), soci::use(item), soci::use(value));
  for (int level : {0, 1}) {
    whole = level;
    unit = level ? c.unit_id : unit_id;
    for (const CountedValue& v : submission.counts) {
      key = v.question_key;
      item = v.item;
      value = v.value;
      st.execute(true);
    }
  }
  for (const KeptText& t : submission.texts) {
    std::string folded = FoldForSearch(t.text);
    s << "INSERT INTO survey_texts (campaign_id, unit_id, question_key, text, folded) VALUES (:c, :u, :k, :t, :f)",
        soci::use(c.id), soci::use(unit_id), soci::use(t.question_key), soci::use(t.text), soci::use(folded);
  }
}

std::vector<UnitRate> UnitRates(soci::session& s, db::Id campaign_id, const std::string& subtree) {
  db::Binds p;
  std::string c = p.Id("c", campaign_id);
  std::string within = Within(subtree, p);
  return db::FetchAll<RateReader>(
      s,
      "SELECT u.id, u.path, COALESCE((SELECT responses FROM survey_unit_counts r WHERE r.campaign_id = l.campaign_id "
      "AND r.unit_id = u.id), 0), l.expected FROM (SELECT campaign_id, unit_id, CAST(SUM(expected) AS BIGINT) AS expected FROM "
      "survey_links WHERE campaign_id = " + c + " GROUP BY campaign_id, unit_id) l JOIN units u ON u.id = l.unit_id "
      "WHERE " + within + " ORDER BY u.path",
      p);
}

std::vector<CountRow> WholeCounts(soci::session& s, db::Id campaign_id) {
  db::Binds p;
  return db::FetchAll<CountReader>(
      s,
      "SELECT question_key, item, value, n FROM survey_counts WHERE campaign_id = " + p.Id("c", campaign_id) +
          " AND whole = 1",
      p);
}

std::vector<CountRow> SubtreeCounts(soci::session& s, db::Id campaign_id, const std::string& subtree) {
  db::Binds p;
  std::string c = p.Id("c", campaign_id);
  return db::FetchAll<CountReader>(
      s,
      "SELECT k.question_key, k.item, k.value, CAST(SUM(k.n) AS BIGINT) FROM survey_counts k WHERE k.campaign_id = " + c +
          " AND k.whole = 0 AND k.unit_id IN (SELECT u.id FROM units u WHERE " + Within(subtree, p) +
          ") GROUP BY k.question_key, k.item, k.value",
      p);
}

std::vector<std::pair<db::Id, CountRow>> CountsPerUnit(soci::session& s, db::Id campaign_id,
                                                       const std::string& subtree) {
  db::Binds p;
  std::string c = p.Id("c", campaign_id);
  return db::FetchAll<UnitCountReader>(
      s,
      "SELECT k.unit_id, k.question_key, k.item, k.value, k.n FROM survey_counts k WHERE k.campaign_id = " + c +
          " AND k.whole = 0 AND k.unit_id IN (SELECT u.id FROM units u WHERE " + Within(subtree, p) + ")",
      p);
}

std::vector<TextRow> Texts(soci::session& s, db::Id campaign_id, const std::string& subtree,
                           const std::optional<std::string>& question_key, const std::string& folded_query,
                           std::optional<db::Id> after, int limit) {
  db::Binds p;
  std::string sql = "SELECT t.id, t.question_key, t.text FROM survey_texts t WHERE t.campaign_id = " +
                    p.Id("c", campaign_id) + " AND t.unit_id IN (SELECT u.id FROM units u WHERE " +
                    Within(subtree, p) + ")";
  if (question_key) sql += " AND t.question_key = " + p.Text("k", *question_key);
  if (!folded_query.empty()) sql += " AND " + db::ContainsWords({"t.folded"}, folded_query, p);
  if (after) sql += " AND t.id > " + p.Id("after", *after);
  sql += " ORDER BY t.id LIMIT " + std::to_string(limit);
  return db::FetchAll<TextReader>(s, sql, p);
}

std::vector<std::pair<db::Id, std::string>> Answers(soci::session& s, db::Id campaign_id, const std::string& subtree,
                                                    size_t limit) {
  db::Binds p;
  return db::FetchAll<db::IdTextReader>(
      s,
      "SELECT r.id, r.answers FROM survey_responses r WHERE r.campaign_id = " + p.Id("c", campaign_id) +
          " AND r.unit_id IN (SELECT u.id FROM units u WHERE " + Within(subtree, p) + ") ORDER BY r.id LIMIT " +
          std::to_string(limit),
      p);
}

std::vector<Raised> RaisedBy(soci::session& s, db::Id campaign_id) {
  db::Binds p;
  return db::FetchAll<RaisedReader>(
      s,
      "SELECT question_key, item, improvement_id FROM survey_raised WHERE campaign_id = " + p.Id("c", campaign_id) +
          " ORDER BY question_key, item",
      p);
}

void InsertRaised(soci::session& s, db::Id campaign_id, const Raised& r) {
  s << "INSERT INTO survey_raised (campaign_id, question_key, item, improvement_id) VALUES (:c, :k, :i, :imp)",
      soci::use(campaign_id), soci::use(r.question_key), soci::use(r.item), soci::use(r.improvement_id);
}

}  // namespace eduims::surveys::store
