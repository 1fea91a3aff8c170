#include "ReceiverLogging.h"

Q_LOGGING_CATEGORY(lcReceiver, "fw.receiver")

namespace fw::receiver {

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void filter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void silenceHttpServerRequestDumps()
{
    static const bool installed = [] {
        previousFilter = QLoggingCategory::installFilter(filter);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace fw::receiver
