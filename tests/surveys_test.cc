// Surveys over HTTP on both engines: versioned questionnaires whose published versions never change, campaigns
// answered through the public page without login (stored with no person, no address and only a date), one-time
// codes, results from the kept counts with the minimum-group rule, the trend against the previous campaign, free
// text searched without accents, and a question below its threshold raising an improvement. Bad input changes
// nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "readers.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kSchoolManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kSchoolStaff = "nhanvien.tohieu@demo.eduims.vn";      // staff of THPT Tô Hiệu
const char* kOtherSchool = "giaovien.toan@demo.eduims.vn";        // staff of THPT Chuyên Sơn La
const char* kDepartment = "iso@demo.eduims.vn";                   // quality manager of the whole department
const char* kAuditor = "danhgianoibo@demo.eduims.vn";  // internal auditor of the department: views surveys, manages none

json::value Definition() {
  return json::parse(R"({
    "title": {"vi": "Khảo sát phụ huynh thử", "en": "Trial parent survey"},
    "sections": [{"title": {"vi": "Chung", "en": "General"}, "questions": [
      {"key": "teaching", "type": "likert", "required": true, "threshold": 0.7,
       "text": {"vi": "Chất lượng giảng dạy", "en": "Teaching quality"}},
      {"key": "safety", "type": "likert", "required": true, "threshold": 0.5,
       "text": {"vi": "An toàn", "en": "Safety"}},
      {"key": "recommend", "type": "recommend", "text": {"vi": "Giới thiệu", "en": "Recommend"}},
      {"key": "note", "type": "short_text", "max_length": 40, "text": {"vi": "Góp ý", "en": "Suggestion"}}
    ]}]})");
}

class Surveys : public DemoApiTest {
 protected:
  // A published questionnaire of `unit_code` with Definition().
  json::value Published(Client& c, const std::string& unit_code) {
    auto made = c.Post("/api/v1/questionnaires",
                       {{"unit_id", server().UnitId(unit_code)}, {"audience", "parents"}, {"definition", Definition()}});
    EXPECT_EQ(made.status, 201) << made.body;
    auto published = c.Post(Url(made.json) + "/versions/1/publish", json::object{});
    EXPECT_EQ(published.status, 200) << published.body;
    return made.json;
  }
  static std::string Url(const json::value& q) {
    return "/api/v1/questionnaires/" + std::to_string(q.at("id").as_int64());
  }
  static std::string SurveyUrl(const json::value& s) {
    return "/api/v1/surveys/" + std::to_string(s.at("id").as_int64());
  }
  json::value Campaign(Client& c, const json::value& questionnaire, const std::string& root_code, json::array links,
                       const std::string& mode = "anonymous", int opened_days_ago = 1) {
    json::object body{{"unit_id", server().UnitId(root_code)},
                      {"questionnaire_id", questionnaire.at("id")},
                      {"questionnaire_version", 1},
                      {"title", "Khảo sát phụ huynh học kỳ I"},
                      {"audience", "parents"},
                      {"mode", mode},
                      {"opens_on", DaysFromToday(-opened_days_ago)},
                      {"closes_on", DaysFromToday(14)}};
    if (!links.empty()) body["links"] = std::move(links);
    auto r = c.Post("/api/v1/surveys", body);
    if (r.status != 201) throw std::runtime_error("survey not set up: " + r.body);
    return r.json;
  }
  json::value Move(Client& c, const json::value& survey, const std::string& to) {
    auto current = c.Get(SurveyUrl(survey));
    auto r = c.Post(SurveyUrl(survey) + "/transitions", {{"version", current.json.at("version")}, {"to", to}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }
  std::vector<std::string> Codes(Client& c, const json::value& survey) {
    std::vector<std::string> out;
    auto links = c.Get(SurveyUrl(survey) + "/links");
    if (links.status != 200) throw std::runtime_error("no links: " + links.body);
    for (const json::value& l : links.json.at("items").as_array())
      out.emplace_back(l.at("code").as_string());
    return out;
  }
  // Posts the page's form as a browser does.
  HttpResult Answer(const std::string& code, const std::string& form, const std::string& lang = "vi") {
    Client anyone(server().port());
    return anyone.Request("POST", "/s/" + code + "?lang=" + lang, form, "application/x-www-form-urlencoded");
  }
  long long Count(const std::string& sql) {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << sql, soci::into(n); });
    return n;
  }
  const json::value& Item(const json::value& results, const std::string& key) {
    for (const json::value& q : results.at("questions").as_array())
      if (q.at("key").as_string() == key) return q.at("items").at(0);
    throw std::runtime_error("no question " + key);
  }
};

TEST_P(Surveys, APublishedVersionNeverChangesAndEditsGoToANewDraft) {
  Client manager = As(kSchoolManager);
  auto library = manager.Get("/api/v1/questionnaire-library");
  ASSERT_EQ(library.status, 200);
  EXPECT_EQ(library.json.at("items").as_array().size(), 5u);
  auto from_library = manager.Post("/api/v1/questionnaires", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                              {"audience", "parents"},
                                                              {"library_code", "parents"}});
  ASSERT_EQ(from_library.status, 201) << from_library.body;
  EXPECT_EQ(from_library.json.at("title").at("en").as_string(), "Parent satisfaction survey");
  std::string url = Url(from_library.json);
  auto v1 = manager.Get(url + "/versions/1");
  ASSERT_EQ(v1.status, 200);
  EXPECT_EQ(v1.json.at("status").as_string(), "draft");

  json::value edited = Definition();
  auto saved = manager.Put(url + "/versions/1", {{"definition", edited}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(manager.Get(url).json.at("title").at("vi").as_string(), "Khảo sát phụ huynh thử");
  json::value broken = Definition();
  broken.at("sections").at(0).at("questions").at(0).as_object()["type"] = "slider";
  auto refused = manager.Put(url + "/versions/1", {{"definition", broken}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.field(), "definition.sections[0].questions[0].type");
  EXPECT_EQ(As(kSchoolStaff).Post(url + "/versions/1/publish", json::object{}).status, 404);  // staff see no surveys
  EXPECT_EQ(As(kOtherSchool).Get(url).status, 404);

  ASSERT_EQ(manager.Post(url + "/versions/1/publish", json::object{}).status, 200);
  std::string published_text = json::serialize(manager.Get(url + "/versions/1").json.at("definition"));
  auto changed = manager.Put(url + "/versions/1", {{"definition", edited}});
  EXPECT_EQ(changed.status, 409);
  EXPECT_EQ(changed.code(), "survey.version_published");
  EXPECT_EQ(manager.Post(url + "/versions/1/publish", json::object{}).code(), "survey.version_published");
  EXPECT_EQ(json::serialize(manager.Get(url + "/versions/1").json.at("definition")), published_text);

  auto v2 = manager.Post(url + "/versions", json::object{});
  ASSERT_EQ(v2.status, 201) << v2.body;
  EXPECT_EQ(v2.json.at("number").as_int64(), 2);
  EXPECT_EQ(v2.json.at("status").as_string(), "draft");
  EXPECT_EQ(manager.Post(url + "/versions", json::object{}).code(), "survey.draft_exists");
  // The list carries each questionnaire's versions, which the campaign form offers.
  auto listed = manager.Get("/api/v1/questionnaires?unit_id=" + std::to_string(server().UnitId("THPT-TOHIEU")));
  ASSERT_EQ(listed.status, 200) << listed.body;
  std::vector<std::string> versions;
  for (const auto& q : listed.json.at("items").as_array())
    if (q.at("id") == from_library.json.at("id"))
      for (const auto& v : q.at("versions").as_array())
        versions.push_back(std::to_string(v.at("number").as_int64()) + " " + std::string(v.at("status").as_string()));
  EXPECT_EQ(versions, (std::vector<std::string>{"1 published", "2 draft"}));
  auto on_draft = manager.Post("/api/v1/surveys", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                   {"questionnaire_id", from_library.json.at("id")},
                                                   {"questionnaire_version", 2},
                                                   {"title", "Nháp"},
                                                   {"audience", "parents"},
                                                   {"mode", "anonymous"},
                                                   {"opens_on", DaysFromToday(0)},
                                                   {"closes_on", DaysFromToday(5)},
                                                   {"links", json::array{{{"unit_id", server().UnitId("THPT-TOHIEU")}}}}});
  EXPECT_EQ(on_draft.code(), "survey.version_not_published");
}

TEST_P(Surveys, AnswersArriveWithoutLoginKeepNoPersonAndBadOnesChangeNothing) {
  Client manager = As(kSchoolManager);
  json::value q = Published(manager, "THPT-TOHIEU");
  json::value survey = Campaign(manager, q, "THPT-TOHIEU",
                                json::array{{{"unit_id", server().UnitId("THPT-TOHIEU")}, {"expected", 40}}});
  std::string code = Codes(manager, survey).at(0);
  Client anyone(server().port());
  EXPECT_EQ(anyone.Get("/s/" + code).status, 409);  // not opened yet
  Move(manager, survey, "open");
  auto page = anyone.Get("/s/" + code + "?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<html lang=\"en\""), std::string::npos);
  EXPECT_NE(page.body.find("<legend>Teaching quality"), std::string::npos);
  EXPECT_NE(page.body.find("<label for=\"q.teaching-5\">5 — Very satisfied</label>"), std::string::npos);
  EXPECT_NE(page.headers.at("content-security-policy").find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(anyone.Get("/s/progress.js").status, 200);

  std::string id = std::to_string(survey.at("id").as_int64());
  auto stored = [&] { return Count("SELECT COUNT(*) FROM survey_responses WHERE campaign_id = " + id); };
  auto missing = Answer(code, "q.safety=4&q.note=ok");
  EXPECT_EQ(missing.status, 422);
  EXPECT_NE(missing.body.find("Câu này bắt buộc trả lời."), std::string::npos);
  EXPECT_NE(missing.body.find("value=\"ok\""), std::string::npos);  // what was typed stays
  EXPECT_EQ(Answer(code, "q.teaching=6&q.safety=4").status, 422);
  EXPECT_EQ(Answer(code, "q.teaching=3&q.safety=4&q.recommend=11").status, 422);
  auto too_long = Answer(code, "q.teaching=3&q.safety=4&q.note=" + std::string(41, 'x'), "en");
  EXPECT_EQ(too_long.status, 422);
  EXPECT_NE(too_long.body.find("The answer is longer than allowed."), std::string::npos);
  EXPECT_EQ(stored(), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_counts WHERE campaign_id = " + id), 0);

  // Six parents: two satisfied with teaching (index 2/6, below 0.7), five with safety (above 0.5).
  const char* answers[] = {"q.teaching=5&q.safety=5&q.recommend=10&q.note=Gi%C3%A1o+vi%C3%AAn+r%E1%BA%A5t+t%E1%BA%ADn+t%C3%A2m",
                           "q.teaching=4&q.safety=4&q.recommend=9",
                           "q.teaching=3&q.safety=4&q.recommend=7",
                           "q.teaching=2&q.safety=5&q.recommend=6&q.note=C%E1%BA%A7n+th%C3%AAm+b%C3%A0n+gh%E1%BA%BF",
                           "q.teaching=1&q.safety=4",
                           "q.teaching=3&q.safety=2"};
  for (const char* a : answers) {
    auto r = Answer(code, a);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_NE(r.body.find("Cảm ơn"), std::string::npos);
  }
  EXPECT_EQ(stored(), 6);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_responses WHERE campaign_id = " + id + " AND answered_on = '" +
                  DaysFromToday(0) + "'"),
            6);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_responses WHERE campaign_id = " + id +
                  " AND (answers LIKE '%127.0.0.1%' OR answers LIKE '%@%')"),
            0);

  auto results = manager.Get(SurveyUrl(survey) + "/results");
  ASSERT_EQ(results.status, 200) << results.body;
  EXPECT_EQ(results.json.at("responses").as_int64(), 6);
  EXPECT_EQ(results.json.at("expected").as_int64(), 40);
  EXPECT_NEAR(results.json.at("response_rate").as_double(), 0.15, 1e-9);
  EXPECT_FALSE(results.json.at("withheld").as_bool());
  const json::value& teaching = Item(results.json, "teaching").at("distribution");
  EXPECT_EQ(teaching.at("answered").as_int64(), 6);
  EXPECT_NEAR(teaching.at("index").as_double(), 0.3333, 1e-4);
  EXPECT_NEAR(teaching.at("mean").as_double(), 3.0, 1e-9);
  EXPECT_LT(teaching.at("interval").at("low").as_double(), 0.3333);
  EXPECT_GT(teaching.at("interval").at("high").as_double(), 0.3333);
  EXPECT_NEAR(Item(results.json, "recommend").at("distribution").at("index").as_double(), 0.5, 1e-9);
  EXPECT_EQ(Item(results.json, "recommend").at("distribution").at("answered").as_int64(), 4);

  auto found = manager.Get(SurveyUrl(survey) + "/texts?q=tan%20tam");
  ASSERT_EQ(found.status, 200);
  ASSERT_EQ(found.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(found.json.at("items").at(0).at("text").as_string(), "Giáo viên rất tận tâm");
  EXPECT_EQ(manager.Get(SurveyUrl(survey) + "/texts?q=BAN%20GHE").json.at("items").as_array().size(), 1u);
  auto xlsx = manager.Get(SurveyUrl(survey) + "/results.xlsx?lang=en");
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");

  json::value closed = Move(manager, survey, "closed");
  EXPECT_EQ(closed.at("status").as_string(), "closed");
  results = manager.Get(SurveyUrl(survey) + "/results");
  const json::value& raised = Item(results.json, "teaching").at("improvement_id");
  ASSERT_TRUE(raised.is_int64()) << results.body;
  EXPECT_TRUE(Item(results.json, "safety").at("improvement_id").is_null());
  auto improvement = manager.Get("/api/v1/improvements/" + std::to_string(raised.as_int64()));
  ASSERT_EQ(improvement.status, 200);
  EXPECT_EQ(improvement.json.at("source").as_string(), "satisfaction_survey");
  EXPECT_NE(std::string(improvement.json.at("description").as_string()).find("/surveys/" + id), std::string::npos);

  EXPECT_EQ(Answer(code, "q.teaching=5&q.safety=5").status, 410);
  EXPECT_EQ(Answer("NOSUCHCODE", "q.teaching=5&q.safety=5").status, 404);
  EXPECT_EQ(anyone.Get("/s/NOSUCHCODE").status, 404);
  EXPECT_EQ(stored(), 6);
}

TEST_P(Surveys, AOneTimeCodeAnswersOnceAndWhomItWasGivenToIsErasedOnClosing) {
  Client manager = As(kSchoolManager);
  json::value q = Published(manager, "THPT-TOHIEU");
  EXPECT_EQ(manager.Post("/api/v1/surveys", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                             {"questionnaire_id", q.at("id")},
                                             {"questionnaire_version", 1},
                                             {"title", "Bảo mật"},
                                             {"audience", "staff"},
                                             {"mode", "confidential"},
                                             {"opens_on", DaysFromToday(0)},
                                             {"closes_on", DaysFromToday(3)},
                                             {"links", json::array{{{"unit_id", server().UnitId("THPT-TOHIEU")}}}}})
                .code(),
            "survey.links_not_personal");
  json::value survey = Campaign(manager, q, "THPT-TOHIEU", {}, "confidential");
  auto outside = manager.Post(SurveyUrl(survey) + "/codes",
                              {{"unit_id", server().UnitId("THPT-CHUYEN")}, {"people", json::array{"Nguyễn Văn A"}}});
  EXPECT_EQ(outside.status, 422);
  auto codes = manager.Post(SurveyUrl(survey) + "/codes", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                           {"people", json::array{"Nguyễn Văn A", "Trần Thị B"}}});
  ASSERT_EQ(codes.status, 201) << codes.body;
  ASSERT_EQ(codes.json.at("items").as_array().size(), 2u);
  std::string code = std::string(codes.json.at("items").at(0).at("code").as_string());
  EXPECT_EQ(As(kSchoolStaff).Get(SurveyUrl(survey) + "/links").status, 404);  // staff see no surveys
  Move(manager, survey, "open");
  EXPECT_EQ(Answer(code, "q.teaching=4&q.safety=4").status, 200);
  auto again = Answer(code, "q.teaching=1&q.safety=1");
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("Mã đã được sử dụng"), std::string::npos);
  Client anyone(server().port());
  EXPECT_EQ(anyone.Get("/s/" + code).status, 409);
  std::string id = std::to_string(survey.at("id").as_int64());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_responses WHERE campaign_id = " + id), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_links WHERE campaign_id = " + id + " AND person IS NOT NULL"), 2);
  Move(manager, survey, "closed");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_links WHERE campaign_id = " + id + " AND person IS NOT NULL"), 0);
  auto after_closing = manager.Get(SurveyUrl(survey) + "/links");
  for (const json::value& l : after_closing.json.at("items").as_array()) EXPECT_TRUE(l.at("person").is_null());
}

TEST_P(Surveys, SmallGroupsShowOnlyWithinALargerOneAndTheTrendComparesWithTheLastCampaign) {
  Client department = As(kDepartment);
  json::value q = Published(department, "THPT-CHUYEN");
  auto links = [&] {
    json::array out;
    out.push_back(json::object{{"unit_id", server().UnitId("THPT-CHUYEN")}, {"expected", 10}});
    out.push_back(json::object{{"unit_id", server().UnitId("THPT-CHUYEN-TOAN")}, {"expected", 3}});
    return out;
  };
  json::value last_year = Campaign(department, q, "THPT-CHUYEN", links(), "anonymous", 300);
  Move(department, last_year, "open");
  auto codes_then = Codes(department, last_year);
  for (int i = 0; i < 5; ++i) ASSERT_EQ(Answer(codes_then[0], "q.teaching=5&q.safety=5").status, 200);
  Move(department, last_year, "closed");

  json::value survey = Campaign(department, q, "THPT-CHUYEN", links());
  Move(department, survey, "open");
  auto codes = Codes(department, survey);
  std::string school = codes[0], toan = codes[1];
  auto survey_links = department.Get(SurveyUrl(survey) + "/links");
  for (const json::value& l : survey_links.json.at("items").as_array())
    if (l.at("unit_id").as_int64() == server().UnitId("THPT-CHUYEN-TOAN")) toan = l.at("code").as_string();
    else school = l.at("code").as_string();
  for (int i = 0; i < 6; ++i) ASSERT_EQ(Answer(school, "q.teaching=4&q.safety=3").status, 200);
  for (int i = 0; i < 2; ++i) ASSERT_EQ(Answer(toan, "q.teaching=1&q.safety=1").status, 200);

  auto results = department.Get(SurveyUrl(survey) + "/results?by_unit=true");
  ASSERT_EQ(results.status, 200) << results.body;
  EXPECT_EQ(results.json.at("responses").as_int64(), 8);
  // The department's 2 cannot stand alone, nor be had as total minus the school's 6: both are shown as one group.
  EXPECT_TRUE(results.json.at("groups").at("shown").as_array().empty());
  EXPECT_EQ(results.json.at("groups").at("others").as_int64(), 8);
  EXPECT_TRUE(results.json.at("groups").at("others_shown").as_bool());
  const json::value& teaching = Item(results.json, "teaching");
  EXPECT_NEAR(teaching.at("distribution").at("index").as_double(), 0.75, 1e-9);
  EXPECT_NEAR(teaching.at("previous_index").as_double(), 1.0, 1e-9);
  ASSERT_EQ(teaching.at("groups").as_array().size(), 1u);
  EXPECT_TRUE(teaching.at("groups").at(0).at("unit_id").is_null());
  // Response rates are counts of who answered, never what: they show per unit.
  EXPECT_EQ(results.json.at("units").as_array().size(), 2u);

  auto small = department.Get(SurveyUrl(survey) + "/results?unit_id=" +
                              std::to_string(server().UnitId("THPT-CHUYEN-TOAN")));
  ASSERT_EQ(small.status, 200);
  EXPECT_TRUE(small.json.at("withheld").as_bool());
  EXPECT_TRUE(Item(small.json, "teaching").at("distribution").is_null());
  EXPECT_TRUE(department.Get(SurveyUrl(survey) + "/texts?unit_id=" +
                             std::to_string(server().UnitId("THPT-CHUYEN-TOAN")))
                  .json.at("items")
                  .as_array()
                  .empty());
  EXPECT_EQ(department.Get(SurveyUrl(survey) + "/results?unit_id=" + std::to_string(server().UnitId("THPT-TOHIEU")))
                .status,
            400);
  EXPECT_EQ(As(kSchoolManager).Get(SurveyUrl(survey) + "/results").status, 404);
}

// The register rows readiness lists under clause `number` of `standard` for the unit.
std::vector<std::string> Registers(Client& c, TestServer& server, const std::string& standard, const std::string& unit,
                                   const std::string& number) {
  db::Id standard_id = 0;
  auto standards = c.Get("/api/v1/standards");
  for (const auto& st : standards.json.at("items").as_array())
    if (st.at("code").as_string() == standard && !standard_id) standard_id = st.at("id").as_int64();
  auto report = c.Get("/api/v1/readiness?standard=" + std::to_string(standard_id) +
                      "&unit_id=" + std::to_string(server.UnitId(unit)));
  EXPECT_EQ(report.status, 200) << report.body;
  std::vector<std::string> out;
  for (const auto& row : report.json.at("clauses").as_array()) {
    if (row.at("number").as_string() != number) continue;
    for (const auto& r : row.at("evidence").at("registers").as_array()) {
      std::string name(r.at("register").as_string());
      for (const auto& why : r.at("shortfalls").as_array()) name += ":" + std::string(why.as_string());
      out.push_back(name);
    }
  }
  return out;
}

// Whether the register `name` is listed, whatever it falls short of ("complaints:deadline_overdue").
bool Has(const std::vector<std::string>& names, const std::string& name) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& n) { return n == name || n.rfind(name + ":", 0) == 0; });
}

TEST_P(Surveys, CampaignsTheirResultsAndComplaintsAreEvidenceOfTheirClausesAndTheReportsGoInThePack) {
  Client manager = As(kSchoolManager);
  json::value q = Published(manager, "THPT-TOHIEU");
  json::value survey =
      Campaign(manager, q, "THPT-TOHIEU", {json::object{{"unit_id", server().UnitId("THPT-TOHIEU")}, {"expected", 9}}});
  Move(manager, survey, "open");
  std::string code = Codes(manager, survey)[0];
  for (int i = 0; i < 6; ++i) ASSERT_EQ(Answer(code, "q.teaching=5&q.safety=4").status, 200);
  Move(manager, survey, "closed");
  for (const char* standard : {"iso-21001", "iso-9001"}) {
    auto satisfaction = Registers(manager, server(), standard, "THPT-TOHIEU", "9.1.2");
    EXPECT_TRUE(Has(satisfaction, "survey_campaigns")) << standard;
    EXPECT_TRUE(Has(satisfaction, "survey_results")) << standard;
  }
  // The complaints register: ISO 9001's customer communication is 8.2.1, ISO 21001's communication with learners
  // and beneficiaries 8.2.2 (its 8.2.1 determines requirements).
  auto recorded = manager.Post("/api/v1/complaints", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                      {"category", "facilities"},
                                                      {"channel", "phone"},
                                                      {"text", "Phòng học tầng 3 bị dột khi mưa."}});
  ASSERT_EQ(recorded.status, 201) << recorded.body;
  EXPECT_TRUE(Has(Registers(manager, server(), "iso-21001", "THPT-TOHIEU", "8.2.2"), "complaints"));
  EXPECT_FALSE(Has(Registers(manager, server(), "iso-21001", "THPT-TOHIEU", "8.2.1"), "complaints"));
  EXPECT_TRUE(Has(Registers(manager, server(), "iso-9001", "THPT-TOHIEU", "8.2.1"), "complaints"));
  EXPECT_TRUE(Has(Registers(manager, server(), "iso-9001", "THPT-TOHIEU", "9.1.2"), "complaints"));
  // Staff view no surveys: the register is not theirs to count.
  Client staff = As(kSchoolStaff);
  EXPECT_FALSE(Has(Registers(staff, server(), "iso-21001", "THPT-TOHIEU", "9.1.2"), "survey_results"));

  // The evidence pack holds the closed survey's results report.
  auto pack = manager.Get("/api/v1/readiness/evidence-pack?unit_id=" + std::to_string(server().UnitId("THPT-TOHIEU")));
  ASSERT_EQ(pack.status, 200) << pack.body;
  std::string entry = "surveys/" + std::to_string(survey.at("id").as_int64()) + "-results.pdf";
  std::map<std::string, std::string> entries;
  for (auto& [name, content] : ReadZip(pack.body)) entries[name] = content;
  ASSERT_TRUE(entries.count(entry)) << entry;
  EXPECT_EQ(entries[entry].substr(0, 5), "%PDF-");
  EXPECT_NE(entries["index.csv"].find("survey_results,,,Khảo sát phụ huynh học kỳ I,"), std::string::npos);
  EXPECT_NE(entries["index.html"].find(entry), std::string::npos);
}

TEST_P(Surveys, ReportsPostersAndSlipsPrintAndOnlyManagersSeeWhomCodesWentTo) {
  Client manager = As(kDepartment), auditor = As(kAuditor);
  json::value q = Published(manager, "THPT-CHUYEN");
  json::value anonymous = Campaign(manager, q, "THPT-CHUYEN",
                                   {json::object{{"unit_id", server().UnitId("THPT-CHUYEN")}, {"expected", 20}},
                                    json::object{{"unit_id", server().UnitId("THPT-CHUYEN-TOAN")}, {"expected", 5}}});
  Move(manager, anonymous, "open");
  std::string code = Codes(manager, anonymous)[0];
  for (int i = 0; i < 5; ++i) ASSERT_EQ(Answer(code, "q.teaching=4&q.safety=2&q.note=ph%C3%B2ng+h%E1%BB%8Dc").status, 200);
  for (const char* lang : {"vi", "en"}) {
    auto report = auditor.Get(SurveyUrl(anonymous) + "/report.pdf?lang=" + lang);
    ASSERT_EQ(report.status, 200) << report.body;
    EXPECT_EQ(report.headers["content-type"], "application/pdf");
    EXPECT_EQ(report.body.substr(0, 5), "%PDF-");
  }
  auto posters = auditor.Get(SurveyUrl(anonymous) + "/posters.pdf");
  ASSERT_EQ(posters.status, 200) << posters.body;
  EXPECT_EQ(posters.body.substr(0, 5), "%PDF-");
  // One page per link.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_links WHERE campaign_id = " + std::to_string(anonymous.at("id").as_int64())), 2);
  size_t pages = 0;
  for (size_t at = posters.body.find("/Type /Page"); at != std::string::npos; at = posters.body.find("/Type /Page", at + 1))
    pages += posters.body.compare(at, 12, "/Type /Pages") != 0;
  EXPECT_EQ(pages, 2u);
  auto no_slips = manager.Get(SurveyUrl(anonymous) + "/slips.pdf");
  EXPECT_EQ(no_slips.status, 409);
  EXPECT_EQ(no_slips.code(), "survey.wrong_mode");

  json::value confidential = Campaign(manager, q, "THPT-CHUYEN", {}, "confidential");
  auto codes = manager.Post(SurveyUrl(confidential) + "/codes", {{"unit_id", server().UnitId("THPT-CHUYEN")},
                                                                 {"people", json::array{"Lường Thị Hoa", "Cà Văn Minh"}}});
  ASSERT_EQ(codes.status, 201) << codes.body;
  // Whom each code went to: shown to those who manage surveys there, never to those who only view them.
  auto managed = manager.Get(SurveyUrl(confidential) + "/links");
  for (const json::value& l : managed.json.at("items").as_array()) EXPECT_TRUE(l.at("person").is_string());
  auto viewed = auditor.Get(SurveyUrl(confidential) + "/links");
  ASSERT_EQ(viewed.status, 200) << viewed.body;
  ASSERT_EQ(viewed.json.at("items").as_array().size(), 2u);
  for (const json::value& l : viewed.json.at("items").as_array()) EXPECT_TRUE(l.at("person").is_null());
  EXPECT_EQ(auditor.Get(SurveyUrl(confidential) + "/slips.pdf").code(), "auth.forbidden");
  auto slips = manager.Get(SurveyUrl(confidential) + "/slips.pdf?lang=en");
  ASSERT_EQ(slips.status, 200) << slips.body;
  EXPECT_EQ(slips.body.substr(0, 5), "%PDF-");
  auto no_posters = manager.Get(SurveyUrl(confidential) + "/posters.pdf");
  EXPECT_EQ(no_posters.status, 409);
  EXPECT_EQ(no_posters.code(), "survey.wrong_mode");
  EXPECT_EQ(manager.Get(SurveyUrl(confidential) + "/report.pdf?lang=fr").status, 400);
  EXPECT_EQ(As(kSchoolManager).Get(SurveyUrl(confidential) + "/slips.pdf").status, 404);
}

TEST_P(Surveys, ASatisfactionIndexFeedsAComputedIndicatorOfTheQuestionsLinkedToIt) {
  Client manager = As(kSchoolManager);
  json::value definition = Definition();
  definition.at("sections").at(0).at("questions").at(0).as_object()["indicator_code"] = "HL-GD";
  auto made = manager.Post("/api/v1/questionnaires", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                      {"audience", "parents"},
                                                      {"definition", definition}});
  ASSERT_EQ(made.status, 201) << made.body;
  ASSERT_EQ(manager.Post(Url(made.json) + "/versions/1/publish", json::object{}).status, 200);
  auto objective = manager.Post("/api/v1/objectives", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                       {"title", "Nâng cao sự hài lòng của cha mẹ học sinh"},
                                                       {"policy_link", "Lấy người học làm trung tâm"},
                                                       {"plan_what", "Khảo sát mỗi học kỳ"},
                                                       {"resources", "Tổ văn phòng"},
                                                       {"evaluation", "Chỉ số hài lòng"}});
  ASSERT_EQ(objective.status, 201) << objective.body;
  auto indicator = manager.Post("/api/v1/indicators", {{"objective_id", objective.json.at("id")},
                                                       {"code", "HL-GD"},
                                                       {"name", "Chỉ số hài lòng về giảng dạy"},
                                                       {"measure_unit", "%"},
                                                       {"direction", "higher"},
                                                       {"target", 80},
                                                       {"warning", 60},
                                                       {"frequency", "month"},
                                                       {"source", "computed"},
                                                       {"metric", "survey_satisfaction_index"},
                                                       {"owner_id", User(kSchoolManager)}});
  ASSERT_EQ(indicator.status, 201) << indicator.body;
  json::value survey = Campaign(manager, made.json, "THPT-TOHIEU",
                                {json::object{{"unit_id", server().UnitId("THPT-TOHIEU")}, {"expected", 10}}},
                                "anonymous", 40);
  Move(manager, survey, "open");
  std::string code = Codes(manager, survey)[0];
  for (int i = 0; i < 4; ++i) ASSERT_EQ(Answer(code, "q.teaching=5&q.safety=4").status, 200);
  for (int i = 0; i < 2; ++i) ASSERT_EQ(Answer(code, "q.teaching=2&q.safety=4").status, 200);
  Move(manager, survey, "closed");
  // It closed in the last month that has ended, the period the job records.
  std::string closed_on = DaysFromToday(-35), closed_at = closed_on + "T09:00:00Z";
  db::Id survey_id = survey.at("id").as_int64();
  server().app().db().Write([&](soci::session& s) {
    s << "UPDATE survey_campaigns SET closed_at = :at WHERE id = :id", soci::use(closed_at), soci::use(survey_id);
  });
  server().app().indicator_computer().RecordDue(DaysFromToday(0));
  auto values = manager.Get("/api/v1/indicators/" + std::to_string(indicator.json.at("id").as_int64()) +
                            "/measurements?history=true");
  ASSERT_EQ(values.status, 200) << values.body;
  ASSERT_EQ(values.json.at("items").as_array().size(), 1u) << values.body;
  const json::value& value = values.json.at("items").at(0);
  EXPECT_EQ(value.at("period").as_string(), closed_on.substr(0, 7));
  EXPECT_NEAR(value.at("value").to_number<double>(), 100.0 * 4 / 6, 0.01);
}

TEST_P(Surveys, AFloodFromOneAddressIsRefusedWithAPage) {
  Client anyone(server().port());
  int refused = 0;
  for (int i = 0; i < 260 && !refused; ++i) {
    auto r = anyone.Get("/s/FLOODCODE");
    if (r.status == 429) {
      ++refused;
      EXPECT_NE(r.body.find("Too many requests"), std::string::npos);  // the client asks for English
      EXPECT_FALSE(r.headers.at("retry-after").empty());
    } else {
      EXPECT_EQ(r.status, 404);
    }
  }
  EXPECT_EQ(refused, 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, Surveys, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
