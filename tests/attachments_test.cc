// Attached files over HTTP on both engines: uploads streamed to the database with their type read from the bytes,
// their SHA-256 and their text searchable; downloads byte for byte; refusals that change nothing; files that change a
// draft's content hash and never a published revision; evidence files of records; the PDF controlled copy.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "platform/crypto.h"
#include "platform/files/text_extract.h"
#include "test_env.h"
#include "test_files.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kOwner = "iso@demo.eduims.vn";            // quality manager of the whole department
const char* kApprover = "giamdoc@demo.eduims.vn";     // top management
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";  // staff of THPT Tô Hiệu: outside the department's subtree
const char* kSchoolQm = "hieutruong.tohieu@demo.eduims.vn";

class Attachments : public DemoApiTest {
 protected:
  // A department procedure with an open draft; sets the draft's URL.
  std::string Draft(const std::string& title, std::string& rev_url) {
    Client owner = As(kOwner);
    auto doc = owner.Post("/api/v1/documents",
                          {{"unit_id", server().UnitId("SO-GDDT")}, {"title", title}, {"type", "procedure"}});
    EXPECT_EQ(doc.status, 201) << doc.body;
    std::string url = "/api/v1/documents/" + std::to_string(doc.json.at("id").as_int64());
    auto rev = owner.Post(url + "/revisions", {{"change_description", "Ban hành lần đầu"},
                                               {"content_markdown", "# Mục đích\n\nXem tệp đính kèm."},
                                               {"approver_id", server().UserId(kApprover)}});
    EXPECT_EQ(rev.status, 201) << rev.body;
    rev_url = url + "/revisions/" + std::to_string(rev.json.at("id").as_int64());
    return url;
  }

  static HttpResult Upload(Client& c, const std::string& url, const std::string& name, const std::string& bytes) {
    return c.Request("POST", url + "/attachments?file_name=" + name, bytes, "application/octet-stream");
  }

  static long long Version(Client& c, const std::string& rev_url) {
    return c.Get(rev_url).json.at("version").as_int64();
  }

  void Publish(const std::string& rev_url) {
    Client owner = As(kOwner), approver = As(kApprover);
    for (auto [client, action] : {std::pair{&owner, "submit"}, {&approver, "approve"}, {&approver, "publish"}}) {
      json::object body{{"action", action}, {"version", Version(*client, rev_url)}};
      if (std::string(action) == "publish") body["effective_on"] = DaysFromToday(0);
      auto r = client->Post(rev_url + "/decisions", body);
      ASSERT_EQ(r.status, 200) << action << " " << r.body;
    }
  }
};

TEST_P(Attachments, AFileIsStoredByItsBytesFoundByItsTextAndReadBackExactly) {
  std::string rev_url;
  std::string doc_url = Draft("Quy trình lưu trữ hồ sơ học sinh", rev_url);
  Client owner = As(kOwner);
  std::string pdf = PdfWith("Biên bản kiểm tra công tác giáo dục hướng nghiệp zyxtepdf");
  auto up = Upload(owner, rev_url, "Bi%C3%AAn%20b%E1%BA%A3n.pdf", pdf);
  ASSERT_EQ(up.status, 201) << up.body;
  EXPECT_EQ(up.json.at("file_name").as_string(), "Biên bản.pdf");
  EXPECT_EQ(up.json.at("media_type").as_string(), "application/pdf");
  EXPECT_EQ(up.json.at("size").as_int64(), static_cast<long long>(pdf.size()));
  EXPECT_EQ(up.json.at("sha256").as_string(), Sha256Hex(pdf));
  // Larger than the 1 MB every JSON body is limited to: streamed to disk, stored in several chunks, read back whole.
  std::string scan = PdfWith("Quét") + std::string(3u << 20, '\x7f');
  auto big = Upload(owner, rev_url, "ban-quet.pdf", scan);
  ASSERT_EQ(big.status, 201) << big.body;
  EXPECT_EQ(owner.Get(rev_url + "/attachments/" + std::to_string(big.json.at("id").as_int64()) + "/content").body, scan);
  ASSERT_EQ(owner.Delete(rev_url + "/attachments/" + std::to_string(big.json.at("id").as_int64())).status, 200);
  auto docx = Upload(owner, rev_url, "ke-hoach.docx", DocxWith({"Kế hoạch phát triển đội ngũ zyxtedocx"}));
  ASSERT_EQ(docx.status, 201) << docx.body;

  auto list = owner.Get(rev_url + "/attachments");
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.json.at("items").as_array().size(), 2u);
  std::string content_url = rev_url + "/attachments/" + std::to_string(up.json.at("id").as_int64()) + "/content";
  auto download = owner.Get(content_url);
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf);
  EXPECT_EQ(download.headers["content-type"], "application/pdf");
  EXPECT_NE(download.headers["content-disposition"].find("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n.pdf"),
            std::string::npos);

  // The files are part of what reviewers decide on.
  auto rev = owner.Get(rev_url);
  EXPECT_NE(rev.json.at("content_hash").as_string(), Sha256Hex("# Mục đích\n\nXem tệp đính kèm."));

  // The text inside both files is searched, without diacritics.
  auto by_pdf = owner.Get("/api/v1/search?q=giao%20duc%20huong%20nghiep%20zyxtepdf");
  ASSERT_EQ(by_pdf.json.at("items").as_array().size(), 1u) << by_pdf.body;
  EXPECT_NE(std::string(by_pdf.json.at("items").as_array()[0].at("snippet").as_string()).find("<mark>"),
            std::string::npos);
  EXPECT_EQ(owner.Get("/api/v1/search?q=doi%20ngu%20zyxtedocx").json.at("items").as_array().size(), 1u);

  // Nobody outside the subtree reads the list or the bytes.
  Client staff = As(kStaff);
  EXPECT_EQ(staff.Get(rev_url + "/attachments").status, 404);
  EXPECT_EQ(staff.Get(content_url).status, 404);

  // Removing a draft's file takes its text out of the index; the row stays, marked, in the audit trail.
  auto removed = owner.Delete(rev_url + "/attachments/" + std::to_string(docx.json.at("id").as_int64()));
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_FALSE(removed.json.at("removed_at").is_null());
  EXPECT_EQ(owner.Get(rev_url + "/attachments").json.at("items").as_array().size(), 1u);
  EXPECT_TRUE(owner.Get("/api/v1/search?q=zyxtedocx").json.at("items").as_array().empty());
  auto log = As(kAdminEmail).Get("/api/v1/audit-log?entity=attachment&entity_id=" +
                                 std::to_string(docx.json.at("id").as_int64()));
  ASSERT_EQ(log.status, 200) << log.body;
  EXPECT_EQ(log.json.at("items").as_array().size(), 2u);

  // Published revisions never change; a new revision starts with the files of the one in force.
  Publish(rev_url);
  EXPECT_EQ(Upload(owner, rev_url, "x.png", TinyPng()).code(), "documents.not_editable");
  EXPECT_EQ(owner.Delete(rev_url + "/attachments/" + std::to_string(up.json.at("id").as_int64())).code(),
            "documents.not_editable");
  auto next = owner.Post(doc_url + "/revisions", {{"change_description", "Sửa đổi"}});
  ASSERT_EQ(next.status, 201) << next.body;
  auto carried = owner.Get(doc_url + "/revisions/" + std::to_string(next.json.at("id").as_int64()) + "/attachments");
  ASSERT_EQ(carried.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(carried.json.at("items").as_array()[0].at("sha256"), up.json.at("sha256"));
}

TEST_P(Attachments, RefusedUploadsSayWhyAndChangeNothing) {
  std::string rev_url;
  Draft("Quy trình kiểm soát tệp", rev_url);
  Client owner = As(kOwner);
  long long version = Version(owner, rev_url);
  EXPECT_EQ(Upload(owner, rev_url, "virus.pdf", std::string("MZ\x90\0 executable", 15)).code(),
            "files.type_not_allowed");
  EXPECT_EQ(Upload(owner, rev_url, "trang.html", "<html><script>alert(1)</script></html>").code(),
            "files.type_not_allowed");
  EXPECT_EQ(Upload(owner, rev_url, "archive.zip", ZipOf({{"a.exe", "MZ"}})).code(), "files.type_not_allowed");
  auto mismatch = Upload(owner, rev_url, "report.exe", PdfWith("x"));
  EXPECT_EQ(mismatch.status, 415);
  EXPECT_EQ(mismatch.code(), "files.type_mismatch");
  EXPECT_EQ(Upload(owner, rev_url, "empty.pdf", "").code(), "files.empty");
  EXPECT_EQ(owner.Request("POST", rev_url + "/attachments", TinyPng(), "image/png").field(), "file_name");
  EXPECT_EQ(owner.Request("POST", rev_url + "/attachments?file_name=a.png&x=1", TinyPng(), "image/png").code(),
            "request.bad_query");
  // Over the limit: refused as it arrives, before the handler runs.
  auto big = Upload(owner, rev_url, "big.pdf", "%PDF-1.7\n" + std::string((50u << 20) + 1, 'x'));
  EXPECT_EQ(big.status, 413);
  EXPECT_EQ(big.code(), "request.too_large");
  // Without credentials nothing is read at all; with a session but no CSRF token the write is refused.
  Client anonymous(server().port());
  EXPECT_EQ(Upload(anonymous, rev_url, "a.png", TinyPng()).status, 401);
  Client no_csrf = As(kOwner);
  no_csrf.csrf.clear();
  EXPECT_EQ(Upload(no_csrf, rev_url, "a.png", TinyPng()).status, 403);
  // Vietnamese messages for Vietnamese readers.
  owner.language = "vi";
  auto vi = Upload(owner, rev_url, "a.txt", "chỉ là văn bản");
  EXPECT_EQ(vi.json.at("title").as_string(), "Loại tệp không được chấp nhận");

  EXPECT_TRUE(owner.Get(rev_url + "/attachments").json.at("items").as_array().empty());
  EXPECT_EQ(Version(owner, rev_url), version);
  EXPECT_EQ(owner.Get(rev_url + "/attachments/999999/content").status, 404);
}

TEST_P(Attachments, RecordsKeepTheirEvidenceFiles) {
  Client qm = As(kSchoolQm);
  auto record = qm.Post("/api/v1/records", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                            {"title", "Biên bản kiểm tra nội bộ học kỳ I"},
                                            {"category", "audit_report"},
                                            {"recorded_on", DaysFromToday(-3)}});
  ASSERT_EQ(record.status, 201) << record.body;
  std::string url = "/api/v1/records/" + std::to_string(record.json.at("id").as_int64());
  auto scan = Upload(qm, url, "bien-ban.png", TinyPng());
  ASSERT_EQ(scan.status, 201) << scan.body;
  EXPECT_EQ(scan.json.at("owner_type").as_string(), "record");
  // The same bytes twice are stored once but listed twice, each with its own name.
  ASSERT_EQ(Upload(qm, url, "ban-sao", TinyPng()).json.at("file_name").as_string(), "ban-sao.png");
  auto list = qm.Get(url + "/attachments");
  ASSERT_EQ(list.json.at("items").as_array().size(), 2u);
  auto bytes = qm.Get(url + "/attachments/" + std::to_string(scan.json.at("id").as_int64()) + "/content");
  EXPECT_EQ(bytes.body, TinyPng());
  // Staff of the school read the evidence but do not add to it; another school sees nothing.
  Client staff = As(kStaff);
  EXPECT_EQ(staff.Get(url + "/attachments").status, 200);
  EXPECT_EQ(Upload(staff, url, "x.png", TinyPng()).status, 403);
  EXPECT_EQ(As("hieutruong.chuyen@demo.eduims.vn").Get(url + "/attachments").status, 404);
}

TEST_P(Attachments, APublishedRevisionHasAControlledCopyInEitherLanguage) {
  std::string rev_url;
  std::string doc_url = Draft("Quy trình đánh giá nội bộ", rev_url);
  Client owner = As(kOwner);
  EXPECT_EQ(owner.Get(rev_url + "/pdf").code(), "documents.never_published");
  ASSERT_EQ(Upload(owner, rev_url, "so-do.png", TinyPng()).status, 201);
  Publish(rev_url);
  std::string code = std::string(owner.Get(doc_url).json.at("code").as_string());

  auto read = [&](const HttpResult& r) {
    auto path = std::filesystem::temp_directory_path() / ("eduims-copy-" + RandomToken(6) + ".pdf");
    std::ofstream(path, std::ios::binary) << r.body;
    std::string text = files::ExtractText(path, "application/pdf");
    std::filesystem::remove(path);
    return text;
  };
  auto vi = owner.Get(rev_url + "/pdf?lang=vi");
  ASSERT_EQ(vi.status, 200) << vi.body;
  EXPECT_EQ(vi.headers["content-type"], "application/pdf");
  std::string text = read(vi);
  EXPECT_NE(text.find(code + " — Quy trình đánh giá nội bộ"), std::string::npos) << text;
  std::string today = DaysFromToday(0);
  std::string vi_today = today.substr(8, 2) + "/" + today.substr(5, 2) + "/" + today.substr(0, 4);
  EXPECT_NE(text.find("Lần 1 · Hiệu lực " + vi_today), std::string::npos) << text;
  EXPECT_NE(text.find("Ngày hiệu lực: " + vi_today), std::string::npos) << text;
  EXPECT_NE(text.find("Trạng thái: Đã ban hành"), std::string::npos) << text;  // the state in words, in Vietnamese
  EXPECT_EQ(text.find("published"), std::string::npos) << text;
  EXPECT_EQ(text.find(today), std::string::npos) << text;
  EXPECT_NE(text.find("BẢN KHÔNG ĐƯỢC KIỂM SOÁT KHI IN"), std::string::npos);
  EXPECT_NE(text.find("Trang 1/1"), std::string::npos);
  EXPECT_NE(text.find("so-do.png"), std::string::npos);
  std::string en = read(owner.Get(rev_url + "/pdf?lang=en"));
  EXPECT_NE(en.find("UNCONTROLLED WHEN PRINTED"), std::string::npos);
  EXPECT_NE(en.find("Page 1 of 1"), std::string::npos);
  EXPECT_NE(en.find("Status: Published"), std::string::npos) << en;
  EXPECT_NE(en.find("Rev. 1 · Effective " + today), std::string::npos) << en;
  EXPECT_EQ(owner.Get(rev_url + "/pdf?lang=fr").code(), "request.bad_query");
  EXPECT_EQ(As(kStaff).Get(rev_url + "/pdf").status, 404);
}

INSTANTIATE_TEST_SUITE_P(Engines, Attachments, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing
