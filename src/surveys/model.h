// Questionnaires and their versions, campaigns and the links respondents answer through, as the store keeps them
// and the API shows them.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::surveys {

const std::vector<std::string>& AudienceNames();
const std::vector<std::string>& ModeNames();  // anonymous, confidential

struct VersionInfo {
  long long number = 0;
  std::string status;  // draft, published
  std::string created_at;
  std::optional<std::string> published_at;
};

struct QuestionnaireRecord {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string title_vi, title_en, audience;
  std::optional<std::string> library_code;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
  std::vector<VersionInfo> versions;  // filled by Get, oldest first
};

struct QuestionnaireVersion {
  db::Id questionnaire_id = 0;
  VersionInfo info;
  std::string definition;  // JSON text, checked by Parse when saved
};

struct Campaign {
  db::Id id = 0;
  db::Id unit_id = 0;
  db::Id questionnaire_id = 0;
  long long questionnaire_version = 0;
  std::string title, audience, mode, opens_on, closes_on;
  std::string status = "draft";  // draft, open, closed
  long long min_group = 5;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> closed_at;
};

struct Link {
  std::string code;
  db::Id campaign_id = 0;
  db::Id unit_id = 0;
  bool personal = false;
  std::optional<std::string> person;
  bool used = false;
  long long expected = 0;
};

boost::json::object ToJson(const QuestionnaireRecord& q);
boost::json::object ToJson(const Campaign& c);
boost::json::object ToJson(const Link& l);

// What the public page may accept on `today`: "open", or why not ("draft" and "not_yet" before it opens, "closed").
std::string AnsweringState(const Campaign& c, const std::string& today);

}  // namespace eduims::surveys
