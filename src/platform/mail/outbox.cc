#include "platform/mail/outbox.h"

#include "platform/db/query.h"

namespace eduims::mail {

void Enqueue(soci::session& s, const Mail& mail, const std::string& now) {
  s << "INSERT INTO mail_outbox (recipient, subject, body, created_at) VALUES (:to, :subject, :body, :at)",
      soci::use(mail.to), soci::use(mail.subject), soci::use(mail.body), soci::use(now);
}

std::optional<Queued> ClaimNext(db::Database& db, const std::string& now, const std::string& hold_until) {
  std::optional<Queued> out;
  db.Write([&](soci::session& s) {
    db::Binds b;
    // A few candidates, since another server may take the first between the look and the claim.
    std::string look = "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND attempts < " +
                       std::to_string(kMaxAttempts) + " AND (claimed_until IS NULL OR claimed_until < " +
                       b.Text("now", now) + ") ORDER BY id LIMIT 4";
    for (db::Id id : db::FetchIds(s, look, b)) {
      // The claim repeats the look's conditions: on PostgreSQL a concurrent claim of the same row waits for the
      // first and then finds it held.
      soci::statement claim =
          (s.prepare << "UPDATE mail_outbox SET claimed_until = :until, attempts = attempts + 1 WHERE id = :id AND "
                        "sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)",
           soci::use(hold_until), soci::use(id), soci::use(now));
      claim.execute(true);
      if (claim.get_affected_rows() != 1) continue;
      Queued q;
      q.id = id;
      s << "SELECT recipient, subject, body, attempts, created_at FROM mail_outbox WHERE id = :id", soci::use(id),
          soci::into(q.mail.to), soci::into(q.mail.subject), soci::into(q.mail.body), soci::into(q.attempts),
          soci::into(q.created_at);
      out = std::move(q);
      return;
    }
  });
  return out;
}

void MarkSent(db::Database& db, db::Id id, const std::string& at) {
  db.Write([&](soci::session& s) {
    s << "UPDATE mail_outbox SET sent_at = :at, last_error = NULL WHERE id = :id", soci::use(at), soci::use(id);
  });
}

void MarkFailed(db::Database& db, db::Id id, const std::string& error, const std::string& retry_at) {
  std::string kept = error.substr(0, 1000);
  db.Write([&](soci::session& s) {
    s << "UPDATE mail_outbox SET last_error = :error, claimed_until = :retry WHERE id = :id", soci::use(kept),
        soci::use(retry_at), soci::use(id);
  });
}

OutboxCounts CountOutbox(db::Database& db) {
  OutboxCounts out;
  int max_attempts = kMaxAttempts;
  db.Read([&](soci::session& s) {
    s << "SELECT COUNT(CASE WHEN sent_at IS NULL AND attempts < :max THEN 1 END), COUNT(sent_at), "
         "COUNT(CASE WHEN sent_at IS NULL AND attempts >= :max2 THEN 1 END) FROM mail_outbox",
        soci::use(max_attempts), soci::use(max_attempts), soci::into(out.queued), soci::into(out.sent),
        soci::into(out.given_up);
  });
  return out;
}

}  // namespace eduims::mail
