#pragma once

#include <QLoggingCategory>

// fw.receiver: lifecycle and one line per delivery (method, path without query, status,
// verdict) at debug level. Never headers, bodies or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcReceiver)
