// Generates a province-sized tenant for the benchmark: 1 department of education, 1,000 units (schools with
// departments), 30,000 users, 200,000 actions and 500,000 audit-trail entries (a valid hash chain); with
// --documents, that many controlled documents of 4 revisions each (the last published), the first --pdf-texts of
// them with an attached PDF's text (about 2 KB of Vietnamese each) in the search index.
//
//   eduims_generate --database sqlite:///tmp/bench.db [--units 1000 --users 30000 --actions 200000 --audit 500000]
//                   [--documents 50000 --pdf-texts 20000]
//
// Writes straight through the stores (one transaction per batch) rather than the HTTP API, so generating takes
// seconds, not hours; every user shares one precomputed password hash ("EduIMS-bench-2026").
#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>
#include <random>

#include "actions/store.h"
#include "application.h"
#include "attachments/store.h"
#include "documents/markdown.h"
#include "documents/store.h"
#include "demo/demo.h"
#include "org/store.h"
#include "platform/auth/password.h"
#include "platform/clock.h"
#include "platform/crypto.h"

using namespace eduims;

int main(int argc, char** argv) {
  InitCrypto();
  CLI::App cli{"EduIMS benchmark data generator"};
  std::string database;
  int units = 1000, users = 30000, actions = 200000, audit_entries = 500000, documents = 0, pdf_texts = 0;
  cli.add_option("--database", database, "database URL")->required();
  cli.add_option("--units", units);
  cli.add_option("--users", users);
  cli.add_option("--actions", actions);
  cli.add_option("--audit", audit_entries);
  cli.add_option("--documents", documents);
  cli.add_option("--pdf-texts", pdf_texts);
  CLI11_PARSE(cli, argc, argv);

  auto started = std::chrono::steady_clock::now();
  ApplicationOptions options;
  options.database_url = database;
  options.pool_size = 2;
  Application app(options);
  app.Prepare();
  demo::InitOptions init;
  init.admin_email = "admin@bench.eduims.vn";
  init.admin_password = "EduIMS-bench-2026";
  init.organisation_name = "Sở Giáo dục và Đào tạo (benchmark)";
  demo::Initialise(app, init);
  auto system = audit::Actor::System("bench");
  std::mt19937 random(2026);
  const char* types[] = {"upper_secondary", "lower_secondary", "primary", "kindergarten", "continuing_education_centre"};

  // Units: a fifth are schools under the root, the rest departments spread over the schools.
  std::vector<org::Unit> created;
  org::Unit root;
  app.db().Read([&](soci::session& s) { root = *org::store::FindRoot(s); });
  std::string now = NowTimestamp();
  app.db().Write([&](soci::session& s) {
    int schools = std::max(1, units / 5);
    for (int i = 0; i < units; ++i) {
      org::Unit u;
      bool school = i < schools;
      const org::Unit& parent = school ? root : created[size_t(random() % schools)];
      u.parent_id = parent.id;
      u.code = (school ? "TR-" : "TO-") + std::to_string(i + 1);
      u.name = school ? "Trường " + std::to_string(i + 1) + " huyện Mộc Châu" : "Tổ chuyên môn " + std::to_string(i + 1);
      u.type = school ? types[i % 5] : "department";
      u.region = "Sơn La";
      u.created_at = u.updated_at = now;
      org::store::InsertUnit(s, u, parent.path);
      created.push_back(u);
    }
  });
  std::cerr << "units: " << created.size() << "\n";

  std::string hash = auth::HashPassword("EduIMS-bench-2026");
  std::vector<db::Id> user_ids;
  const char* roles[] = {"staff", "staff", "staff", "process_owner", "quality_manager", "internal_auditor"};
  for (int done = 0; done < users;) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 5000 && done < users; ++k, ++done) {
        org::User u;
        const org::Unit& unit = created[size_t(random() % created.size())];
        u.unit_id = unit.id;
        u.email = "user" + std::to_string(done + 1) + "@bench.eduims.vn";
        u.full_name = "Người dùng " + std::to_string(done + 1);
        u.created_at = u.updated_at = now;
        org::store::InsertUser(s, u, hash);
        org::GrantRecord g;
        g.user_id = u.id;
        g.role = roles[done % 6];
        g.unit_id = unit.id;
        g.created_at = now;
        org::store::InsertGrant(s, g);
        user_ids.push_back(u.id);
      }
    });
  }
  std::cerr << "users: " << user_ids.size() << "\n";

  auto today = std::chrono::sys_days(TodayInVietnam());
  const actions::Status statuses[] = {actions::Status::kOpen, actions::Status::kInProgress, actions::Status::kDone,
                                      actions::Status::kCancelled};
  for (int done = 0; done < actions;) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 10000 && done < actions; ++k, ++done) {
        actions::Action a;
        a.title = "Hành động khắc phục số " + std::to_string(done + 1);
        a.unit_id = created[size_t(random() % created.size())].id;
        a.owner_id = user_ids[size_t(random() % user_ids.size())];
        a.due_date = FormatDate(today + std::chrono::days(int(random() % 365) - 120));
        a.status = statuses[random() % 4];
        a.created_at = a.updated_at = now;
        if (actions::IsFinished(a.status)) a.completed_at = now;
        actions::store::Insert(s, a);
      }
    });
  }
  std::cerr << "actions: " << actions << "\n";

  for (int done = 0; done < audit_entries;) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 10000 && done < audit_entries; ++k, ++done) {
        const org::Unit& unit = created[size_t(random() % created.size())];
        audit::Append(app.db(), s, system,
                      {"action", std::to_string(done + 1), "update", R"({"status":"open"})",
                       R"({"status":"in_progress"})", unit.path});
      }
    });
  }
  // Documents: four revisions each (three superseded, the last published), indexed with the published text and,
  // for the first `pdf_texts`, an attached PDF's text. The attachments share one stored blob: search reads the text.
  const char* topics[] = {"tuyển sinh lớp 10", "kiểm tra nội bộ", "đánh giá học sinh", "bồi dưỡng giáo viên",
                          "quản lý hồ sơ", "khảo sát sự hài lòng của phụ huynh", "an toàn trường học",
                          "thư viện và học liệu", "xử lý khiếu nại", "kế hoạch năm học"};
  const char* kinds[] = {"procedure", "procedure", "work_instruction", "form", "plan", "policy"};
  std::string pdf_text;
  for (int i = 0; i < 12; ++i)
    pdf_text += "Biên bản số " + std::to_string(i) + ": nhà trường đã tổ chức " + topics[i % 10] +
                " theo đúng quy trình của Sở Giáo dục và Đào tạo; các minh chứng được lưu tại văn phòng. ";
  db::Id blob_id = 0;
  if (pdf_texts > 0) {
    app.db().Write([&](soci::session& s) {
      s << "INSERT INTO file_blobs (sha256, size, created_at) VALUES ('bench', 1, :t) RETURNING id", soci::use(now),
          soci::into(blob_id);
    });
  }
  std::string effective = FormatDate(today - std::chrono::days(30));
  for (int done = 0; done < documents;) {
    app.db().Write([&](soci::session& s) {
      for (int k = 0; k < 2000 && done < documents; ++k, ++done) {
        const org::Unit& unit = created[size_t(random() % created.size())];
        std::string topic = topics[random() % 10];
        documents::Document d;
        d.unit_id = unit.id;
        d.type = kinds[done % 6];
        d.code = "QT-" + std::to_string(done + 1);
        d.title = "Quy trình " + topic + " số " + std::to_string(done + 1);
        d.owner_id = user_ids[size_t(random() % user_ids.size())];
        d.created_at = d.updated_at = now;
        documents::store::InsertDocument(s, d);
        documents::Revision r;
        for (int n = 1; n <= 4; ++n) {
          r = {};
          r.document_id = d.id;
          r.number = n;
          r.change_description = "Lần ban hành " + std::to_string(n);
          r.content_markdown = "# Mục đích\n\nQuy định việc " + topic + " tại " + unit.name +
                               ".\n\n## Trách nhiệm\n\nHiệu trưởng phân công; tổ chuyên môn thực hiện; lần " +
                               std::to_string(n) + ".";
          r.content_html = documents::RenderMarkdown(r.content_markdown);
          r.content_hash = Sha256Hex(r.content_markdown);
          r.status = n < 4 ? documents::RevisionStatus::kSuperseded : documents::RevisionStatus::kPublished;
          r.author_id = d.owner_id;
          r.effective_on = effective;
          r.published_at = now;
          r.created_at = r.updated_at = now;
          documents::store::InsertRevision(s, r);
        }
        std::string text = d.code + " " + d.title + "\n" + documents::MarkdownText(r.content_markdown);
        if (done < pdf_texts) {
          attachments::Attachment a;
          a.owner = {"revision", r.id};
          a.blob_id = blob_id;
          a.file_name = "bien-ban-" + std::to_string(done + 1) + ".pdf";
          a.media_type = "application/pdf";
          a.size = 1;
          a.sha256 = "bench";
          a.uploaded_by = d.owner_id;
          a.uploaded_at = now;
          attachments::store::Insert(s, a, pdf_text);
          text += "\n" + pdf_text;
        }
        d.status = "published";
        d.current_revision_id = r.id;
        d.effective_on = effective;
        d.next_review_on = FormatDate(today + std::chrono::days(int(random() % 400) - 35));
        documents::store::UpdateDocument(s, d, d.version);
        documents::store::IndexDocument(app.db(), s, d.id, text);
      }
    });
  }
  if (documents > 0) std::cerr << "documents: " << documents << " (" << documents * 4 << " revisions)\n";
  app.db().Read([&](soci::session& s) { s << "ANALYZE"; });
  std::cerr << "audit entries: " << audit_entries << "\n";
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "generated in " << seconds << " s; school for the subtree benchmark: id " << created[0].id << "\n";
  return 0;
}
