#include "readiness/evidence_pack.h"

#include <gtest/gtest.h>

namespace eduims::readiness {
namespace {

PackIndex Index() {
  PackIndex index;
  index.unit.name = "Trường THPT <Tô Hiệu>";
  index.generated_at = "2026-11-23T08:00:00.000Z";
  index.clause_labels = {{3, "ISO 21001:2018 4.3"}, {4, "ISO 9001:2015 4.3"}};
  documents::Document d;
  d.id = 12;
  d.code = "QT/07 a";
  d.title = "Quy trình \"tuyển sinh\", lớp 10";
  d.type = "procedure";
  d.effective_on = "2026-09-01";
  d.clause_ids = {3, 4, 99};
  index.documents.push_back({d, 2, DocumentEntry(d)});
  records::Record r;
  r.id = 5;
  r.title = "Biên bản <họp>";
  r.category = "meeting_minutes";
  r.recorded_on = "2026-10-01";
  r.retain_until = "2031-10-01";
  index.records.push_back({r, RecordEntry(r)});
  return index;
}

TEST(EvidencePack, EntryNamesAreSafeAndUnique) {
  PackIndex index = Index();
  EXPECT_EQ(index.documents[0].entry, "documents/12-QT_07_a.html");
  EXPECT_EQ(index.records[0].entry, "records/5.html");
}

TEST(EvidencePack, PagesEscapeWhatTheyShowButKeepTheRenderedContent) {
  PackIndex index = Index();
  documents::Revision revision;
  revision.number = 2;
  revision.content_html = "<p>Áp dụng <strong>toàn trường</strong></p>";
  std::string page = DocumentPage(index, index.documents[0].document, revision, Language::kVietnamese);
  EXPECT_NE(page.find("<strong>toàn trường</strong>"), std::string::npos);
  EXPECT_NE(page.find("Trường THPT &lt;Tô Hiệu&gt;"), std::string::npos);
  EXPECT_NE(page.find("ISO 21001:2018 4.3; ISO 9001:2015 4.3"), std::string::npos);
  EXPECT_NE(page.find("<html lang=\"vi\">"), std::string::npos);
  std::string record = RecordPage(index, index.records[0].record, Language::kEnglish);
  EXPECT_NE(record.find("Biên bản &lt;họp&gt;"), std::string::npos);
  EXPECT_NE(record.find("Kept until"), std::string::npos);
  std::string html = IndexHtml(index, Language::kEnglish);
  EXPECT_NE(html.find("<a href=\"documents/12-QT_07_a.html\">"), std::string::npos);
  EXPECT_NE(html.find("Documents in force (1)"), std::string::npos);
}

TEST(EvidencePack, TheIndexNamesTypesAndDatesInTheReadersLanguage) {
  PackIndex index = Index();
  std::string vi = IndexHtml(index, Language::kVietnamese);
  EXPECT_NE(vi.find("<td>Quy trình</td>"), std::string::npos) << vi;   // not "procedure"
  EXPECT_NE(vi.find("<td>Biên bản họp</td>"), std::string::npos) << vi; // not "meeting_minutes"
  EXPECT_NE(vi.find("<td>01/09/2026</td>"), std::string::npos) << vi;
  EXPECT_NE(vi.find("Lập lúc: 23/11/2026 15:00"), std::string::npos) << vi;  // 08:00 UTC on a Hanoi clock
  EXPECT_EQ(vi.find("procedure"), std::string::npos) << vi;
  EXPECT_EQ(vi.find("meeting_minutes"), std::string::npos) << vi;
  std::string en = IndexHtml(index, Language::kEnglish);
  EXPECT_NE(en.find("<td>Procedure</td>"), std::string::npos) << en;
  EXPECT_NE(en.find("<td>Meeting minutes</td>"), std::string::npos) << en;
  std::string page = RecordPage(index, index.records[0].record, Language::kVietnamese);
  EXPECT_NE(page.find("<dd>Biên bản họp</dd>"), std::string::npos) << page;
  EXPECT_NE(page.find("<dd>01/10/2026</dd>"), std::string::npos) << page;
}

// One piece of evidence for certification and accreditation: a document linked to ISO 21001 4.3 names the
// framework criterion equal to it, once, after its own clauses; a clause it names itself is not repeated.
TEST(EvidencePack, APageNamesTheClausesEqualToItsOwn) {
  PackIndex index = Index();
  index.clause_labels[7] = "MOET-THPT:2024 1.1";
  index.equal_clauses = {{3, {4, 7}}, {4, {3, 7}}};
  documents::Revision revision;
  revision.number = 2;
  std::string page = DocumentPage(index, index.documents[0].document, revision, Language::kVietnamese);
  EXPECT_NE(page.find("ISO 21001:2018 4.3; ISO 9001:2015 4.3; MOET-THPT:2024 1.1 (=)<"), std::string::npos) << page;
  EXPECT_NE(IndexCsv(index).find("ISO 21001:2018 4.3; ISO 9001:2015 4.3; MOET-THPT:2024 1.1 (=),"), std::string::npos);
}

TEST(EvidencePack, TheCsvIndexQuotesWhatNeedsIt) {
  std::string csv = IndexCsv(Index());
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(csv.find("kind,id,code,title,type,revision,date,clauses,file\r\n"), std::string::npos);
  EXPECT_NE(csv.find("document,12,QT/07 a,\"Quy trình \"\"tuyển sinh\"\", lớp 10\",procedure,2,2026-09-01,"
                     "ISO 21001:2018 4.3; ISO 9001:2015 4.3,documents/12-QT_07_a.html\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("record,5,,Biên bản <họp>,meeting_minutes,,2026-10-01,,records/5.html\r\n"), std::string::npos);
}

}  // namespace
}  // namespace eduims::readiness
