#include "Logging.h"

Q_LOGGING_CATEGORY(lcCoreNet, "fw.core.net", QtInfoMsg)
