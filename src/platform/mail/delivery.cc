#include "platform/mail/delivery.h"

#include <spdlog/spdlog.h>

#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/mail/outbox.h"

namespace eduims::mail {
namespace {

std::string In(std::chrono::seconds delay) { return FormatTimestamp(Now() + delay); }

}  // namespace

DeliveryReport DeliverQueued(db::Database& db, const SmtpOptions& smtp, int max) {
  DeliveryReport report;
  std::string domain = EnvelopeAddress(smtp.from);
  domain = domain.substr(domain.find('@') + 1);
  for (int i = 0; i < max; ++i) {
    // Held for longer than one send may take, so no other server takes it meanwhile.
    auto queued = ClaimNext(db, NowTimestamp(), In(smtp.timeout * 6 + std::chrono::seconds(60)));
    if (!queued) break;
    std::string text = FormatMessage(queued->mail, smtp.from, MailDate(NowTimestamp()),
                                     std::to_string(queued->id) + "." + RandomToken(9) + "@" + domain);
    if (auto error = Send(smtp, queued->mail, text)) {
      ++report.failed;
      std::chrono::minutes backoff(1 << std::min(queued->attempts - 1, 10));
      MarkFailed(db, queued->id, *error, In(backoff));
      spdlog::warn(R"({{"event":"mail_failed","outbox_id":{},"attempt":{}}})", queued->id, queued->attempts);
    } else {
      ++report.sent;
      MarkSent(db, queued->id, NowTimestamp());
    }
  }
  return report;
}

}  // namespace eduims::mail
