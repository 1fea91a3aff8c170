#include "SandboxLogging.h"

// Info by default: deliveries and creations show; one line per request needs
// QT_LOGGING_RULES="fw.sandbox.debug=true".
Q_LOGGING_CATEGORY(lcSandbox, "fw.sandbox", QtInfoMsg)
