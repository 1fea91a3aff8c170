#pragma once

#include <QLoggingCategory>

// One category a layer. Nothing logged through them may carry a secret or an Authorization value.
Q_DECLARE_LOGGING_CATEGORY(lcCoreNet) // fw.core.net
