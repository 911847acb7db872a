// DocumentService: the controlled copy of a published revision as a PDF, whose every page says what it is a copy of
// (code, revision, effective date), "page x of y", and that a printed copy is uncontrolled.
#include "documents/markdown.h"
#include "documents/service.h"
#include "documents/workflow.h"
#include "platform/pdf/pdf_document.h"
#include "platform/problem.h"
#include "platform/spool_file.h"
#include "platform/escape.h"
#include "platform/i18n/dates.h"
#include "platform/i18n/glossary.h"

namespace eduims::documents {

http::Response DocumentService::ControlledCopy(const auth::Principal& who, db::Id document_id, db::Id revision_id,
                                               Language language) {
  Document doc;
  Revision revision;
  std::vector<attachments::Attachment> files;
  db_.Read([&](soci::session& s) {
    auto [d, path, r] = VisibleRevision(s, who, document_id, revision_id);
    if (!r.published_at) Fail(409, "documents.never_published");
    doc = d;
    revision = r;
    files = attachments_.List(s, {"revision", revision_id});
  });
  bool vi = language == Language::kVietnamese;
  using pdf::Block;
  std::string effective = DayText(revision.effective_on.value_or(""), language);
  std::string status = StateWord(language, "revision", RevisionStatusName(revision.status));
  std::vector<Block> blocks{{Block::Kind::kTitle, EscapeXml(doc.code + " — " + doc.title)}};
  std::string facts = (vi ? "Lần ban hành " : "Revision ") + std::to_string(revision.number) + " · " +
                      (vi ? "Ngày hiệu lực: " : "Effective: ") + effective + " · " + (vi ? "Trạng thái: " : "Status: ") +
                      status;
  blocks.push_back({Block::Kind::kParagraph, "<i>" + EscapeXml(facts) + "</i>"});
  blocks.push_back({Block::Kind::kParagraph,
                    "<b>" + EscapeXml(vi ? "Nội dung thay đổi: " : "Change: ") + "</b>" +
                        EscapeXml(revision.change_description)});
  blocks.push_back({Block::Kind::kRule, ""});
  for (auto& b : MarkdownBlocks(revision.content_markdown)) blocks.push_back(std::move(b));
  if (!files.empty()) {
    blocks.push_back({Block::Kind::kHeading2, EscapeXml(vi ? "Tệp đính kèm" : "Attached files")});
    for (const auto& f : files)
      blocks.push_back({Block::Kind::kListItem,
                        EscapeXml(f.file_name) + " <tt>SHA-256 " + f.sha256.substr(0, 16) + "…</tt>", 0, "•"});
  }
  pdf::PageFrame frame;
  frame.header_left = doc.code + " · " + doc.title;
  frame.header_right = (vi ? "Lần " : "Rev. ") + std::to_string(revision.number) + " · " +
                       (vi ? "Hiệu lực " : "Effective ") + effective;
  frame.footer_left = vi ? "BẢN KHÔNG ĐƯỢC KIỂM SOÁT KHI IN" : "UNCONTROLLED WHEN PRINTED";
  if (revision.status != RevisionStatus::kPublished)
    frame.footer_left += vi ? " · ĐÃ HẾT HIỆU LỰC" : " · NO LONGER IN FORCE";
  frame.page_format = vi ? "Trang {page}/{pages}" : "Page {page} of {pages}";
  frame.title = doc.code + " " + doc.title;
  auto spool = http::NewSpoolPath("copy-");
  pdf::RenderPdf(blocks, frame, spool->path());
  http::Response r;
  r.content_type = "application/pdf";
  r.headers.emplace_back("Content-Disposition", attachments::ContentDisposition(
                                                    doc.code + "-" + std::to_string(revision.number) + ".pdf"));
  r.headers.emplace_back("Cache-Control", "private, no-store");
  r.file = std::make_shared<const SpoolFile>(SpoolFile::Adopt(spool->path()));
  return r;
}

}  // namespace eduims::documents
