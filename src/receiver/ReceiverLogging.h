#pragma once

#include <QLoggingCategory>

// fw.receiver: lifecycle and one line per delivery (method, path without query, status,
// verdict) at debug level. Never headers, bodies or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcReceiver)

namespace fw::receiver {

// QtHttpServer's "qt.httpserver" category prints whole requests, headers included (a signature,
// an Authorization value), and offers no way to redact them: keep it silent below warnings.
// Installs a chaining category filter once per process; safe to call repeatedly.
void silenceHttpServerRequestDumps();

} // namespace fw::receiver
