// Sending what the outbox holds: the job every server runs. Safe on many servers at once (see outbox.h).
#pragma once
#include "platform/db/database.h"
#include "platform/mail/smtp.h"

namespace eduims::mail {

struct DeliveryReport {
  int sent = 0;
  int failed = 0;
};

// Claims and sends queued messages one at a time until none is left to claim or `max` were tried. A failure is
// kept with the relay's answer and retried later: 1, 2, 4 ... minutes after each attempt.
DeliveryReport DeliverQueued(db::Database& db, const SmtpOptions& smtp, int max = 200);

}  // namespace eduims::mail
