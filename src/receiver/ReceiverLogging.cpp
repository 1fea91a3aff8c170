#include "ReceiverLogging.h"

Q_LOGGING_CATEGORY(lcReceiver, "fw.receiver")
