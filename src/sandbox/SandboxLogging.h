#pragma once

#include <QLoggingCategory>

// The sandbox's category. Nothing logged through it may carry a secret, an Authorization value or
// a full webhook URL (many receivers put a token in the path): log hosts, ids and statuses.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // fw.sandbox
