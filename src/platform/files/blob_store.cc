#include "platform/files/blob_store.h"

#include <sodium.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <fstream>
#include <memory>
#include <stdexcept>
#include <vector>

#include "platform/clock.h"

namespace eduims::files {
namespace {

constexpr size_t kChunkSize = 256 * 1024;

std::string Hex(const unsigned char* bytes, size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    out.push_back(digits[bytes[i] >> 4]);
    out.push_back(digits[bytes[i] & 15]);
  }
  return out;
}

// SOCI binds BLOBs differently per engine (PostgreSQL: large objects, not bytea), so the chunks go through each
// engine's own API on the session's connection, inside the same transaction.
sqlite_api::sqlite3* SqliteOf(soci::session& s) {
  return static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_;
}
PGconn* PostgresOf(soci::session& s) { return static_cast<soci::postgresql_session_backend*>(s.get_backend())->conn_; }
bool IsSqlite(soci::session& s) { return s.get_backend_name() == "sqlite3"; }

struct SqliteStatement {
  sqlite_api::sqlite3* db;
  sqlite_api::sqlite3_stmt* statement = nullptr;
  SqliteStatement(sqlite_api::sqlite3* connection, const char* sql) : db(connection) {
    if (sqlite_api::sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) Throw();
  }
  ~SqliteStatement() { sqlite_api::sqlite3_finalize(statement); }
  [[noreturn]] void Throw() const { throw std::runtime_error(std::string("sqlite: ") + sqlite_api::sqlite3_errmsg(db)); }
};

struct ClearResult {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ClearResult>;

Result Execute(PGconn* conn, const char* sql, const std::vector<std::string>& text_params, const char* bytes = nullptr,
               int byte_count = 0) {
  std::vector<const char*> values;
  std::vector<int> lengths, formats;
  for (const auto& p : text_params) {
    values.push_back(p.c_str());
    lengths.push_back(0);
    formats.push_back(0);
  }
  if (bytes) {
    values.push_back(bytes);
    lengths.push_back(byte_count);
    formats.push_back(1);
  }
  Result r(PQexecParams(conn, sql, int(values.size()), nullptr, values.data(), lengths.data(), formats.data(), 1));
  auto status = PQresultStatus(r.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    throw std::runtime_error(std::string("postgresql: ") + PQerrorMessage(conn));
  return r;
}

void WriteChunks(soci::session& s, db::Id blob_id, const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::vector<char> buffer(kChunkSize);
  const char* sql = IsSqlite(s) ? "INSERT INTO file_chunks (blob_id, seq, data) VALUES (?, ?, ?)"
                                : "INSERT INTO file_chunks (blob_id, seq, data) VALUES ($1, $2, $3)";
  std::optional<SqliteStatement> sqlite;
  if (IsSqlite(s)) sqlite.emplace(SqliteOf(s), sql);
  for (int seq = 0;; ++seq) {
    in.read(buffer.data(), std::streamsize(buffer.size()));
    auto n = in.gcount();
    if (n <= 0) break;
    if (sqlite) {
      auto* st = sqlite->statement;
      sqlite_api::sqlite3_bind_int64(st, 1, blob_id);
      sqlite_api::sqlite3_bind_int(st, 2, seq);
      sqlite_api::sqlite3_bind_blob(st, 3, buffer.data(), int(n), SQLITE_STATIC);
      if (sqlite_api::sqlite3_step(st) != SQLITE_DONE) sqlite->Throw();
      sqlite_api::sqlite3_reset(st);
    } else {
      Execute(PostgresOf(s), sql, {std::to_string(blob_id), std::to_string(seq)}, buffer.data(), int(n));
    }
  }
}

}  // namespace

FileFacts HashFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  std::vector<char> buffer(kChunkSize);
  FileFacts facts;
  while (in) {
    in.read(buffer.data(), std::streamsize(buffer.size()));
    auto n = in.gcount();
    if (n <= 0) break;
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()), size_t(n));
    facts.size += std::uint64_t(n);
  }
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, digest);
  facts.sha256 = Hex(digest, sizeof digest);
  return facts;
}

db::Id StoreBlob(soci::session& s, const std::filesystem::path& path, const FileFacts& facts) {
  long long size = static_cast<long long>(facts.size);
  db::Id id = 0;
  std::string now = NowTimestamp();  // bound by reference: it must outlive the statement
  // ON CONFLICT: a second server storing the same content at the same moment waits for the first and reuses it.
  s << "INSERT INTO file_blobs (sha256, size, created_at) VALUES (:h, :z, :t) ON CONFLICT (sha256, size) DO NOTHING "
       "RETURNING id",
      soci::use(facts.sha256), soci::use(size), soci::use(now), soci::into(id);
  if (id != 0) {
    WriteChunks(s, id, path);
    return id;
  }
  s << "SELECT id FROM file_blobs WHERE sha256 = :h AND size = :z", soci::use(facts.sha256), soci::use(size),
      soci::into(id);
  if (id == 0) throw std::runtime_error("file blob vanished: " + facts.sha256);
  return id;
}

void CopyBlobTo(soci::session& s, db::Id blob_id, const std::filesystem::path& out_path) {
  std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + out_path.string());
  if (IsSqlite(s)) {
    SqliteStatement st(SqliteOf(s), "SELECT data FROM file_chunks WHERE blob_id = ? ORDER BY seq");
    sqlite_api::sqlite3_bind_int64(st.statement, 1, blob_id);
    int rc;
    while ((rc = sqlite_api::sqlite3_step(st.statement)) == SQLITE_ROW) {
      const void* data = sqlite_api::sqlite3_column_blob(st.statement, 0);
      int n = sqlite_api::sqlite3_column_bytes(st.statement, 0);
      out.write(static_cast<const char*>(data), n);
    }
    if (rc != SQLITE_DONE) st.Throw();
  } else {
    // One chunk per query: a cursor-less SELECT of every chunk would hold the whole file in libpq's memory.
    for (int seq = 0;; ++seq) {
      Result r = Execute(PostgresOf(s), "SELECT data FROM file_chunks WHERE blob_id = $1 AND seq = $2",
                         {std::to_string(blob_id), std::to_string(seq)});
      if (PQntuples(r.get()) == 0) break;
      out.write(PQgetvalue(r.get(), 0, 0), PQgetlength(r.get(), 0, 0));
    }
  }
  if (!out.flush()) throw std::runtime_error("cannot write " + out_path.string());
}

}  // namespace eduims::files
