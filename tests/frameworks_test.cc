// Frameworks beyond ISO over HTTP on both engines: a framework imported from CSV or JSON (a dry run stores nothing),
// read back as a tree and listed with the catalogue's standards, versioned (a new version keeps the old), exported
// in each format and imported back as the same tree, audited; every bad file refused whole with its row report in
// the caller's language and nothing changed; its correspondences to ISO 21001 imported, added and removed; and a
// document linked to an ISO 21001 clause counted as evidence of the framework's node mapped "equal" to it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "platform/xlsx/workbook.h"
#include "readers.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// A one-sheet workbook of text cells, written by the product's own writer.
std::string Workbook(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  xlsx::Sheet sheet;
  sheet.name = "import";
  sheet.header = header;
  for (const auto& row : rows) {
    std::vector<xlsx::Cell> cells;
    for (const std::string& c : row) cells.push_back(c.empty() ? xlsx::Cell{} : xlsx::Cell{c});
    sheet.rows.push_back(std::move(cells));
  }
  return xlsx::Write({"import", "2026-01-01T00:00:00Z", "yyyy-mm-dd", {sheet}}).ReadAll();
}

std::string Escaped(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_') {
      out += char(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// A framework of two standards, three criteria and an indicator, in file order with a child before its parent.
const char* kCsv =
    "number,parent,type,title_vi,title_en,evidence_vi,evidence_en\n"
    "1,,standard,\"Tổ chức, quản lý\",\"Organisation, management\",,\n"
    "1.1,1,criterion,Cơ cấu tổ chức,Organisational structure,Quyết định thành lập,Founding decision\n"
    "1.2.1,1.2,indicator,Kế hoạch được công bố,Plan published,Kế hoạch năm học,School-year plan\n"
    "1.2,1,criterion,Kế hoạch phát triển,Development plan,,\n"
    "2,,standard,Hoạt động giáo dục,Educational activities,,\n"
    "2.1,2,criterion,Kết quả học tập,Learning outcomes,Sổ điểm,Grade book\n";

class Frameworks : public DemoApiTest {
 protected:
  static std::string ImportUrl(const std::string& code, const std::string& version, bool dry_run = false) {
    return "/api/v1/frameworks/imports?code=" + code + "&version=" + version +
           "&title_vi=" + Escaped("Tiêu chuẩn đánh giá trường THPT") + "&title_en=" +
           Escaped("Accreditation standards for upper secondary schools") + "&publisher=" +
           Escaped("Bộ Giáo dục và Đào tạo") + (dry_run ? "&dry_run=true" : "");
  }
  HttpResult Import(Client& c, const std::string& code, const std::string& version, const std::string& body,
                    const std::string& type = "text/csv", bool dry_run = false) {
    return c.Request("POST", ImportUrl(code, version, dry_run), body, type);
  }
  long long Count(const std::string& table) {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << "SELECT COUNT(*) FROM " + table, soci::into(n); });
    return n;
  }
  // What any import may change: the catalogue, the correspondences and the audit trail.
  std::vector<long long> Footprint() {
    return {Count("standards"), Count("clauses"), Count("frameworks"), Count("framework_nodes"), Count("crosswalks"),
            Count("audit_log")};
  }
  db::Id Imported(const std::string& code, const std::string& version = "1") {
    Client admin = As(kAdminEmail);
    auto r = Import(admin, code, version, kCsv);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json.at("framework").at("id").as_int64();
  }
  // The framework's nodes by number: "parent type title_vi | title_en | evidence_vi | evidence_en".
  std::map<std::string, std::string> Tree(Client& c, db::Id id) {
    auto r = c.Get("/api/v1/frameworks/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    std::map<std::string, std::string> out;
    for (const auto& n : r.json.at("nodes").as_array()) {
      auto text = [&](const char* key) { return std::string(n.at(key).as_string()); };
      out[text("number")] = text("parent") + " " + text("type") + " " + text("title_vi") + " | " + text("title_en") +
                            " | " + text("evidence_vi") + " | " + text("evidence_en");
    }
    return out;
  }
  // Imports the CSV `csv` of correspondences of `framework` to `standard`; `options` adds to the query.
  HttpResult ImportMappings(Client& c, db::Id framework, db::Id standard, const std::string& csv,
                            const std::string& options = "") {
    return c.Request("POST",
                     "/api/v1/frameworks/" + std::to_string(framework) + "/correspondences/imports?standard=" +
                         std::to_string(standard) + options,
                     csv, "text/csv");
  }
  db::Id StandardId(Client& c, const std::string& code, const std::string& edition) {
    auto listed = c.Get("/api/v1/standards");
    for (const auto& s : listed.json.at("items").as_array())
      if (s.at("code").as_string() == code && s.at("edition").as_string() == edition) return s.at("id").as_int64();
    ADD_FAILURE() << "no standard " << code << ":" << edition;
    return 0;
  }
  db::Id NodeId(Client& c, db::Id framework, const std::string& number) {
    auto tree = c.Get("/api/v1/frameworks/" + std::to_string(framework));
    for (const auto& n : tree.json.at("nodes").as_array())
      if (n.at("number").as_string() == number) return n.at("id").as_int64();
    ADD_FAILURE() << "no node " << number;
    return 0;
  }
  // "row code field" of each error of a refused import.
  static std::vector<std::string> RowErrors(const HttpResult& r) {
    std::vector<std::string> out;
    for (const auto& e : r.json.at("errors").as_array()) {
      std::string field = e.as_object().contains("field") ? std::string(e.at("field").as_string()) : "";
      out.push_back(std::string(e.at("row").as_string()) + " " + std::string(e.at("code").as_string()) + " " + field);
    }
    return out;
  }
};

TEST_P(Frameworks, AnImportStoresTheTreeAuditedAndADryRunStoresNothing) {
  Client admin = As(kAdminEmail);
  auto before = Footprint();
  auto dry = Import(admin, "fw-dry", "2024", kCsv, "text/csv", true);
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_TRUE(dry.json.at("dry_run").as_bool());
  EXPECT_TRUE(dry.json.at("framework").is_null());
  EXPECT_EQ(dry.json.at("rows").as_array().size(), 6u);
  EXPECT_EQ(Footprint(), before);

  auto done = Import(admin, "fw-dry", "2024", kCsv);
  ASSERT_EQ(done.status, 201) << done.body;
  const auto& framework = done.json.at("framework");
  db::Id id = framework.at("id").as_int64();
  EXPECT_EQ(framework.at("urn").as_string(), "urn:eduims:fw:fw-dry:2024");
  EXPECT_EQ(framework.at("publisher").as_string(), "Bộ Giáo dục và Đào tạo");
  EXPECT_EQ(framework.at("node_count").as_int64(), 6);
  EXPECT_EQ(done.json.at("rows").as_array()[2].at("key").as_string(), "1.2.1");

  Client teacher = As("giaovien.toan@demo.eduims.vn");
  auto tree = Tree(teacher, id);
  EXPECT_EQ(tree["1"], " standard Tổ chức, quản lý | Organisation, management |  | ");
  EXPECT_EQ(tree["1.2.1"],
            "1.2 indicator Kế hoạch được công bố | Plan published | Kế hoạch năm học | School-year plan");
  EXPECT_EQ(tree["2.1"], "2 criterion Kết quả học tập | Learning outcomes | Sổ điểm | Grade book");
  // The nodes are the catalogue's clauses, so every module keyed by clause reads them.
  auto clauses = teacher.Get("/api/v1/standards/" + std::to_string(id) + "/clauses");
  ASSERT_EQ(clauses.status, 200);
  EXPECT_EQ(clauses.json.at("items").as_array().size(), 6u);
  bool listed = false;
  auto standards = teacher.Get("/api/v1/standards");
  for (const auto& s : standards.json.at("items").as_array())
    if (s.at("id").as_int64() == id) listed = s.at("imported").as_bool();
  EXPECT_TRUE(listed);
  EXPECT_EQ(StandardId(teacher, "iso-21001", "2018") > 0, true);

  auto trail = admin.Get("/api/v1/audit-log?entity=framework&entity_id=" + std::to_string(id));
  ASSERT_EQ(trail.status, 200) << trail.body;
  ASSERT_EQ(trail.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(trail.json.at("items").as_array()[0].at("operation").as_string(), "import");
}

TEST_P(Frameworks, ANewVersionKeepsTheOldAndTheSameVersionOrAnIsoCodeIsRefused) {
  Client admin = As(kAdminEmail);
  db::Id first = Imported("fw-versions", "2018");
  auto before = Footprint();
  auto again = Import(admin, "fw-versions", "2018", kCsv);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.code(), "framework.version_exists");
  auto iso = Import(admin, "iso-21001", "2030", kCsv);
  EXPECT_EQ(iso.status, 409);
  EXPECT_EQ(iso.code(), "framework.code_reserved");
  EXPECT_EQ(Footprint(), before);
  db::Id second = Imported("fw-versions", "2024");
  std::set<std::string> versions;
  auto frameworks = admin.Get("/api/v1/frameworks");
  for (const auto& f : frameworks.json.at("items").as_array())
    if (f.at("code").as_string() == "fw-versions") versions.insert(std::string(f.at("version").as_string()));
  EXPECT_EQ(versions, (std::set<std::string>{"2018", "2024"}));
  EXPECT_EQ(Tree(admin, first), Tree(admin, second));
}

TEST_P(Frameworks, AnExportImportsBackAsTheSameTreeInEachFormat) {
  Client admin = As(kAdminEmail);
  // Titles a spreadsheet would read as formulas: the CSV export guards them and its import takes the guard off.
  auto first = Import(admin, "fw-export", "1",
                      std::string(kCsv) + "2.2,2,criterion,- Tỷ lệ học sinh lên lớp,=95% of learners promoted,"
                                          "@Sổ theo dõi,+ Promotion list\n");
  ASSERT_EQ(first.status, 201) << first.body;
  db::Id id = first.json.at("framework").at("id").as_int64();
  auto tree = Tree(admin, id);
  int version = 1;
  for (std::string format : {"csv", "json", "xlsx"}) {
    auto exported = admin.Get("/api/v1/frameworks/" + std::to_string(id) + "/export?format=" + format);
    ASSERT_EQ(exported.status, 200) << exported.body;
    EXPECT_NE(exported.headers["content-disposition"].find("fw-export-1." + format), std::string::npos);
    std::string type = format == "csv" ? "text/csv" : format == "json" ? "application/json" : kXlsx;
    EXPECT_EQ(exported.headers["content-type"].rfind(type, 0), 0u);
    auto back = Import(admin, "fw-export", std::to_string(++version), exported.body, type);
    ASSERT_EQ(back.status, 201) << back.body;
    EXPECT_EQ(Tree(admin, back.json.at("framework").at("id").as_int64()), tree) << format;
  }
  EXPECT_EQ(admin.Get("/api/v1/frameworks/" + std::to_string(id) + "/export?format=pdf").code(), "request.bad_query");
  db::Id iso = StandardId(admin, "iso-21001", "2018");
  EXPECT_EQ(admin.Get("/api/v1/frameworks/" + std::to_string(iso)).code(), "resource.not_found");
}

TEST_P(Frameworks, EveryBadFileIsRefusedWholeWithItsRowReportAndNothingChanges) {
  Client admin = As(kAdminEmail);
  std::string header = "number,parent,type,title_vi,title_en\n";
  struct Case {
    std::string body;
    std::vector<std::string> errors;  // "row code field"
  };
  std::vector<Case> cases = {
      {header + "1,,standard,A,A\n1,,standard,B,B\n", {"3 framework.duplicate_number number"}},
      {header + "1,,standard,A,A\n1.1,9,criterion,B,B\n", {"3 framework.orphan_parent parent"}},
      {header + "1,2,standard,A,A\n2,1,criterion,B,B\n",
       {"2 framework.cycle parent", "3 framework.cycle parent"}},
      {header + "1,,standard,,A\n", {"2 validation.empty title_vi"}},
      {header + "1,,standard,A,\n", {"2 validation.empty title_en"}},
      {header + "1,,standard," + std::string(501, 'a') + ",A\n", {"2 validation.too_long title_vi"}},
      {header + "1,,chapter,A,A\n", {"2 validation.invalid_value type"}},
      {R"({"nodes":[{"number":"1","type":"standard","title_vi":"A","title_en":"A","weight":"1"}]})",
       {"1 validation.unknown_field weight"}},
  };
  auto before = Footprint();
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body);
    auto r = Import(admin, "fw-bad", "1", c.body, c.body[0] == '{' ? "application/json" : "text/csv");
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_EQ(r.code(), "import.invalid_rows");
    EXPECT_EQ(RowErrors(r), c.errors);
    EXPECT_EQ(Footprint(), before);
  }
  auto unknown_column = Import(admin, "fw-bad", "1", "number,type,title_vi,title_en,weight\n1,standard,A,A,1\n");
  EXPECT_EQ(unknown_column.code(), "import.bad_header");
  auto other_type = Import(admin, "fw-bad", "1", header + "1,,standard,A,A\n", "text/plain");
  EXPECT_EQ(other_type.status, 415);
  auto bad_code = admin.Request("POST", "/api/v1/frameworks/imports?code=Bad%20Code&version=1&title_vi=A&title_en=A"
                                        "&publisher=P", header + "1,,standard,A,A\n", "text/csv");
  EXPECT_EQ(bad_code.code(), "validation.invalid_value");
  EXPECT_EQ(bad_code.field(), "code");
  EXPECT_EQ(Footprint(), before);

  // The report in the caller's language.
  admin.language = "vi";
  auto vi = Import(admin, "fw-bad", "1", header + "1,,standard,A,A\n1,,standard,B,B\n");
  EXPECT_EQ(vi.headers["content-language"], "vi");
  EXPECT_EQ(vi.json.at("errors").as_array()[0].at("detail").as_string(),
            "Dòng 3: số hiệu 1 đã được dùng ở một dòng trước.");
}

TEST_P(Frameworks, AWorkbookImportsAsItsCsvDoesAndABadOneIsRefusedWhole) {
  Client admin = As(kAdminEmail);
  std::vector<std::string> header = {"number", "parent", "type", "title_vi", "title_en", "evidence_vi"};
  std::vector<std::vector<std::string>> rows = {
      {"1", "", "standard", "Tổ chức, quản lý", "Organisation, management", ""},
      {"1.1", "1", "criterion", "Cơ cấu tổ chức", "Organisational structure", "Quyết định thành lập"}};
  auto before = Footprint();
  // A bad row: the report numbers it as the sheet does, and nothing is stored.
  auto bad_rows = rows;
  bad_rows.push_back({"1.2", "1", "criterion", "Kế hoạch", "", ""});
  bad_rows.push_back({"1.3", "9", "criterion", "Kế hoạch", "Plan", ""});
  auto refused = Import(admin, "fw-xlsx", "1", Workbook(header, bad_rows), kXlsx);
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.code(), "import.invalid_rows");
  EXPECT_EQ(RowErrors(refused), (std::vector<std::string>{"4 validation.empty title_en",
                                                          "5 framework.orphan_parent parent"}));
  EXPECT_EQ(Footprint(), before);
  // Not a workbook, though it says it is.
  auto csv = Import(admin, "fw-xlsx", "1", kCsv, kXlsx);
  EXPECT_EQ(csv.status, 422) << csv.body;
  EXPECT_EQ(csv.code(), "import.not_xlsx");
  admin.language = "vi";
  std::string cut = Workbook(header, rows);
  auto damaged = Import(admin, "fw-xlsx", "1", cut.substr(0, cut.size() / 2), kXlsx);
  EXPECT_EQ(damaged.code(), "import.malformed_xlsx");
  EXPECT_EQ(damaged.json.at("detail").as_string(), "Không đọc được sổ tính: tệp nén bị hỏng.");
  admin.language = "en";
  EXPECT_EQ(Footprint(), before);

  auto done = Import(admin, "fw-xlsx", "1", Workbook(header, rows), kXlsx);
  ASSERT_EQ(done.status, 201) << done.body;
  auto tree = Tree(admin, done.json.at("framework").at("id").as_int64());
  EXPECT_EQ(tree["1"], " standard Tổ chức, quản lý | Organisation, management |  | ");
  EXPECT_EQ(tree["1.1"], "1 criterion Cơ cấu tổ chức | Organisational structure | Quyết định thành lập | ");
  EXPECT_EQ(done.json.at("rows").as_array()[1].at("row").as_int64(), 3);
}

TEST_P(Frameworks, AFrameworkIsSelfAssessedNeverCertified) {
  Client admin = As(kAdminEmail);
  db::Id framework = Imported("fw-cert");
  db::Id iso = StandardId(admin, "iso-21001", "2018");
  json::object project{{"unit_id", server().UnitId("THPT-TOHIEU")},
                       {"title", "Chứng nhận và kiểm định"},
                       {"body_name", "QUACERT"},
                       {"standard_ids", {iso, framework}}};
  auto before = Footprint();
  auto refused = admin.Post("/api/v1/certifications", project);
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.code(), "certification.framework_not_certifiable");
  EXPECT_EQ(refused.field(), "standard_ids");
  EXPECT_EQ(Footprint(), before);
  project["standard_ids"] = {iso};
  EXPECT_EQ(admin.Post("/api/v1/certifications", project).status, 201);
}

TEST_P(Frameworks, OnlyAFrameworkManagerAtTheTopImports) {
  Client manager = As(kManager);  // holds manage_frameworks, on a school
  auto before = Footprint();
  auto r = Import(manager, "fw-school", "1", kCsv);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.code(), "auth.forbidden");
  EXPECT_EQ(Footprint(), before);
}

TEST_P(Frameworks, CorrespondencesAreImportedAddedAndRemovedAndCheckedRowByRow) {
  Client admin = As(kAdminEmail);
  db::Id id = Imported("fw-map");
  db::Id iso = StandardId(admin, "iso-21001", "2018");
  std::string url = "/api/v1/frameworks/" + std::to_string(id) + "/correspondences/imports?standard=" +
                    std::to_string(iso);
  auto before = Footprint();
  auto bad = admin.Request("POST", url,
                           "node,clause,relation\n1.1,5.3,equal\n1.2.1,6.2,same\n9.9,6.2,equal\n2.1,99.1,subset\n",
                           "text/csv");
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(bad.code(), "import.invalid_rows");
  EXPECT_EQ(RowErrors(bad), (std::vector<std::string>{"3 validation.invalid_value relation",
                                                      "4 validation.reference_not_found node",
                                                      "5 validation.reference_not_found clause"}));
  EXPECT_EQ(Footprint(), before);
  auto framework_as_target = admin.Request(
      "POST", "/api/v1/frameworks/" + std::to_string(id) + "/correspondences/imports?standard=" + std::to_string(id),
      "node,clause,relation\n1.1,1.1,equal\n", "text/csv");
  EXPECT_EQ(framework_as_target.code(), "validation.invalid_value");

  auto dry = admin.Request("POST", url + "&dry_run=true", "node,clause,relation\n1.1,5.3,equal\n", "text/csv");
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(Footprint(), before);
  auto good = admin.Request("POST", url, R"({"mappings":[{"node":"1.1","clause":"5.3","relation":"equal"},
      {"node":"1.2.1","clause":"6.2","relation":"superset","note_en":"also publishes it"}]})",
                            "application/json");
  ASSERT_EQ(good.status, 201) << good.body;
  auto listed = admin.Get("/api/v1/crosswalks?standard=" + std::to_string(id) + "&other_standard=" +
                          std::to_string(iso));
  ASSERT_EQ(listed.json.at("items").as_array().size(), 2u) << listed.body;

  std::string one = "/api/v1/frameworks/" + std::to_string(id) + "/correspondences";
  db::Id clause = server().ClauseId("iso-21001", "9.1.1");
  auto unknown = admin.Post(one, {{"node_id", NodeId(admin, id, "2.1")}, {"clause_id", clause}, {"relation", "near"}});
  EXPECT_EQ(unknown.code(), "validation.invalid_value");
  auto added = admin.Post(one, {{"node_id", NodeId(admin, id, "2.1")}, {"clause_id", clause}, {"relation", "subset"}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json.at("to").at("number").as_string(), "9.1.1");
  auto twice = admin.Post(one, {{"node_id", NodeId(admin, id, "2.1")}, {"clause_id", clause}, {"relation", "equal"}});
  EXPECT_EQ(twice.code(), "conflict.duplicate");
  auto node_of_iso = admin.Post(one, {{"node_id", clause}, {"clause_id", clause}, {"relation", "equal"}});
  EXPECT_EQ(node_of_iso.code(), "validation.reference_not_found");
  std::string mapping = std::to_string(added.json.at("id").as_int64());
  EXPECT_EQ(admin.Delete(one + "/" + mapping).status, 204);
  EXPECT_EQ(admin.Delete(one + "/" + mapping).code(), "resource.not_found");
  auto trail = admin.Get("/api/v1/audit-log?entity=framework_mapping");
  std::set<std::string> operations;
  for (const auto& e : trail.json.at("items").as_array()) operations.insert(std::string(e.at("operation").as_string()));
  EXPECT_EQ(operations, (std::set<std::string>{"import", "create", "remove"}));
}

// A mapping file edited and imported again with replace=true is the whole mapping to that standard: the pair it
// dropped is removed (reported, audited), the pairs it keeps take its relation, the mapping to another standard
// stays; a dry run reports the removal and changes nothing; without replace nothing is removed.
TEST_P(Frameworks, ACorrespondenceImportThatReplacesRemovesThePairsTheFileDropped) {
  Client admin = As(kAdminEmail);
  db::Id id = Imported("fw-replace");
  db::Id iso = StandardId(admin, "iso-21001", "2018"), quality = StandardId(admin, "iso-9001", "2015");
  auto pairs = [&](db::Id standard) {
    std::set<std::string> out;
    auto listed = admin.Get("/api/v1/crosswalks?standard=" + std::to_string(id) + "&other_standard=" +
                            std::to_string(standard));
    for (const auto& c : listed.json.at("items").as_array())
      out.insert(std::string(c.at("from").at("number").as_string()) + ">" +
                 std::string(c.at("to").at("number").as_string()) + ":" + std::string(c.at("relation").as_string()));
    return out;
  };
  auto first = ImportMappings(admin, id, iso, "node,clause,relation\n1.1,5.3,equal\n2.1,9.1.1,subset\n");
  ASSERT_EQ(first.status, 201) << first.body;
  auto other = ImportMappings(admin, id, quality, "node,clause,relation\n1.1,5.3,intersect\n");
  ASSERT_EQ(other.status, 201) << other.body;
  std::string edited = "node,clause,relation\n1.1,5.3,superset\n";
  auto kept = ImportMappings(admin, id, iso, edited);
  ASSERT_EQ(kept.status, 201) << kept.body;
  EXPECT_FALSE(kept.json.as_object().contains("removed"));
  EXPECT_EQ(pairs(iso), (std::set<std::string>{"1.1>5.3:superset", "2.1>9.1.1:subset"}));

  auto before = Footprint();
  auto dry = ImportMappings(admin, id, iso, edited, "&replace=true&dry_run=true");
  ASSERT_EQ(dry.status, 200) << dry.body;
  ASSERT_EQ(dry.json.at("removed").as_array().size(), 1u) << dry.body;
  EXPECT_EQ(dry.json.at("removed").as_array()[0].at("key").as_string(), "2.1 -> 9.1.1");
  EXPECT_EQ(Footprint(), before);
  auto replaced = ImportMappings(admin, id, iso, edited, "&replace=true");
  ASSERT_EQ(replaced.status, 201) << replaced.body;
  ASSERT_EQ(replaced.json.at("removed").as_array().size(), 1u) << replaced.body;
  db::Id removed = replaced.json.at("removed").as_array()[0].at("id").as_int64();
  EXPECT_EQ(pairs(iso), (std::set<std::string>{"1.1>5.3:superset"}));
  EXPECT_EQ(pairs(quality), (std::set<std::string>{"1.1>5.3:intersect"}));
  auto trail = admin.Get("/api/v1/audit-log?entity=framework_mapping&entity_id=" + std::to_string(removed));
  ASSERT_EQ(trail.status, 200) << trail.body;
  ASSERT_FALSE(trail.json.at("items").as_array().empty()) << trail.body;
  EXPECT_EQ(trail.json.at("items").as_array()[0].at("operation").as_string(), "remove");
  // A refused file removes nothing either.
  auto bad = ImportMappings(admin, id, iso, "node,clause,relation\n9.9,5.3,equal\n", "&replace=true");
  EXPECT_EQ(bad.code(), "import.invalid_rows");
  EXPECT_EQ(pairs(iso), (std::set<std::string>{"1.1>5.3:superset"}));
}

// One piece of evidence serves ISO certification and national accreditation: a document linked to ISO 21001 5.3
// is evidence of the criterion mapped "equal" to it, and of no node mapped otherwise; the criterion is assessed.
TEST_P(Frameworks, ADocumentLinkedToAnIsoClauseIsEvidenceOfTheCriterionEqualToIt) {
  Client admin = As(kAdminEmail);
  db::Id id = Imported("fw-evidence");
  db::Id iso = StandardId(admin, "iso-21001", "2018");
  auto mapped = ImportMappings(admin, id, iso, "node,clause,relation\n1.1,7.5.3,equal\n2.1,7.5.3,subset\n");
  ASSERT_EQ(mapped.status, 201) << mapped.body;
  Client qm = As(kManager);
  db::Id unit = server().UnitId("THPT-TOHIEU");
  auto doc = qm.Post("/api/v1/documents", {{"unit_id", unit}, {"title", "Quy trình kiểm soát hồ sơ khung"},
                                           {"type", "procedure"}, {"confidentiality", "internal"},
                                           {"clause_ids", {server().ClauseId("iso-21001", "7.5.3")}}});
  ASSERT_EQ(doc.status, 201) << doc.body;
  db::Id document = doc.json.at("id").as_int64();
  auto report = qm.Get("/api/v1/readiness?standard=" + std::to_string(id) + "&unit_id=" + std::to_string(unit));
  ASSERT_EQ(report.status, 200) << report.body;
  std::map<std::string, json::object> rows;
  for (const auto& c : report.json.at("clauses").as_array())
    rows[std::string(c.at("number").as_string())] = c.as_object();
  ASSERT_TRUE(rows.count("1.1") && rows.count("2.1") && rows.count("1.2.1")) << report.body;
  auto documents_of = [&](const std::string& number) {
    std::vector<db::Id> out;
    for (const auto& d : rows[number].at("evidence").at("documents").as_array()) {
      out.push_back(d.at("id").as_int64());
      EXPECT_TRUE(d.at("via_correspondence").as_bool());
    }
    return out;
  };
  EXPECT_EQ(documents_of("1.1"), std::vector<db::Id>{document});
  EXPECT_TRUE(documents_of("2.1").empty());
  auto assessed = qm.Put("/api/v1/readiness/assessments/" + std::to_string(unit) + "/" +
                             std::to_string(NodeId(qm, id, "1.2.1")),
                         {{"status", "implemented"}});
  ASSERT_EQ(assessed.status, 200) << assessed.body;
}

// Audits, programme coverage and the gap report work over a framework as over an ISO standard: an audit of a
// criterion and the ISO clause equal to it has one checklist line for both, the programme's coverage counts the
// framework's criteria, and the gap report (workbook and PDF) lists the framework's own numbers.
TEST_P(Frameworks, AFrameworkIsAuditedCoveredAndReportedAsAnIsoStandardIs) {
  Client admin = As(kAdminEmail);
  db::Id id = Imported("fw-audit");
  db::Id iso = StandardId(admin, "iso-21001", "2018");
  auto mapped = ImportMappings(admin, id, iso, "node,clause,relation\n1.1,7.5.3,equal\n");
  ASSERT_EQ(mapped.status, 201) << mapped.body;
  Client head = As("iso@demo.eduims.vn");
  json::value programme = ThisYearsProgramme(head, "SO-GDDT");
  db::Id criterion = NodeId(head, id, "1.1"), outcomes = NodeId(head, id, "2.1");
  db::Id clause = server().ClauseId("iso-21001", "7.5.3");
  auto made = head.Post("/api/v1/audits", {{"programme_id", programme.at("id")},
                                           {"unit_id", server().UnitId("THPT-TOHIEU")},
                                           {"title", "Đánh giá nội bộ theo tiêu chuẩn kiểm định"},
                                           {"lead_auditor_id", server().UserId("danhgianoibo@demo.eduims.vn")},
                                           {"planned_start", DaysFromToday(1)},
                                           {"planned_end", DaysFromToday(1)},
                                           {"clause_ids", {outcomes, clause, criterion}}});
  ASSERT_EQ(made.status, 201) << made.body;
  std::vector<std::set<std::string>> lines;
  for (const auto& line : made.json.at("checklist").as_array()) {
    std::set<std::string> urns;
    for (const auto& c : line.at("clauses").as_array()) urns.insert(std::string(c.at("urn").as_string()));
    lines.push_back(urns);
  }
  std::string framework_urn = "urn:eduims:fw:fw-audit:1:clause:";
  EXPECT_EQ(lines.size(), 2u) << made.body;
  EXPECT_NE(std::find(lines.begin(), lines.end(),
                      std::set<std::string>{framework_urn + "1.1", "urn:eduims:std:iso-21001:2018:clause:7.5.3"}),
            lines.end())
      << made.body;
  EXPECT_NE(std::find(lines.begin(), lines.end(), std::set<std::string>{framework_urn + "2.1"}), lines.end())
      << made.body;

  auto coverage = head.Get("/api/v1/audit-programmes/" + std::to_string(programme.at("id").as_int64()));
  ASSERT_EQ(coverage.status, 200) << coverage.body;
  std::set<std::string> uncovered;
  bool listed = false;
  for (const auto& standard : coverage.json.at("coverage").at("standards").as_array()) {
    if (standard.at("standard_id").as_int64() != id) continue;
    listed = true;
    for (const auto& c : standard.at("clauses_not_covered").as_array())
      uncovered.insert(std::string(c.at("number").as_string()));
  }
  EXPECT_TRUE(listed) << coverage.body;
  EXPECT_EQ(uncovered.count("1.1"), 0u);
  EXPECT_EQ(uncovered.count("2.1"), 0u);
  EXPECT_EQ(uncovered.count("1.2.1"), 1u) << coverage.body;

  std::string query = "?standard=" + std::to_string(id) + "&unit_id=" + std::to_string(server().UnitId("THPT-TOHIEU"));
  auto gaps = head.Get("/api/v1/readiness/gaps" + query);
  ASSERT_EQ(gaps.status, 200) << gaps.body;
  auto workbook = head.Get("/api/v1/readiness/gap-report" + query);
  ASSERT_EQ(workbook.status, 200) << workbook.body;
  EXPECT_NE(workbook.headers["content-disposition"].find("gap-analysis-fw-audit-1-"), std::string::npos)
      << workbook.headers["content-disposition"];
  auto book = ReadXlsx(workbook.body);
  ASSERT_TRUE(book.is_object());
  std::set<std::string> numbers;
  for (const auto& row : book.at("sheets").as_array()[1].at("rows").as_array())
    if (row.as_array()[0].is_string()) numbers.insert(std::string(row.as_array()[0].as_string()));
  for (const char* number : {"1.1", "1.2.1", "2.1"}) EXPECT_EQ(numbers.count(number), 1u) << number;
  EXPECT_EQ(numbers.count("7.5.3"), 0u);
  auto pdf = head.Get("/api/v1/readiness/gap-report" + query + "&format=pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
}

// The demo organisation's illustrative accreditation framework, imported by its quality manager with its
// correspondences, and readiness computed over it.
TEST_P(Frameworks, TheDemoHoldsAnAccreditationFrameworkMappedToIso21001) {
  Client qm = As("iso@demo.eduims.vn");
  auto listed = qm.Get("/api/v1/frameworks");
  std::optional<json::object> demo;
  for (const auto& f : listed.json.at("items").as_array())
    if (f.at("code").as_string() == "moet-thpt-minhhoa") demo = f.as_object();
  ASSERT_TRUE(demo) << listed.body;
  EXPECT_EQ(demo->at("version").as_string(), "2024");
  EXPECT_EQ(demo->at("node_count").as_int64(), 10);
  EXPECT_EQ(demo->at("imported_by_name").as_string(), "Lò Thị Đào");
  std::string id = std::to_string(demo->at("id").as_int64());
  auto mappings = qm.Get("/api/v1/crosswalks?standard=" + id);
  EXPECT_EQ(mappings.json.at("items").as_array().size(), 5u);
  auto report = qm.Get("/api/v1/readiness?standard=" + id + "&unit_id=" + std::to_string(server().UnitId("SO-GDDT")));
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_EQ(report.json.at("clauses").as_array().size(), 6u);  // the indicators, and the criteria without any
}

INSTANTIATE_TEST_SUITE_P(Engines, Frameworks, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
