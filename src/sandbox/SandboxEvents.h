#pragma once

#include "WebhookEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fw {

// The connection an emitted event is about.
struct SandboxConnector
{
    QString id;
    QString type;
    QString name;
    QString groupId;
};

// Builds the bodies Fivetran POSTs to webhook URLs (spec section 5): connector fields for
// connection events, none for dbt runs, and a `data` object shaped per event.
class SandboxEvents
{
public:
    // The dummy connection Fivetran's Test endpoint (and its reachability probe) reports on.
    static SandboxConnector testConnector(const QString &groupId);
    // The one fake connection of the sandbox, in group `groupId`, that /sandbox/events reports on.
    static SandboxConnector demoConnector(const QString &groupId);

    static bool isDbtEvent(const QString &event);
    // `status` is sync_end's data.status (SUCCESSFUL when empty; FAILURE, FAILURE_WITH_TASK and
    // RESCHEDULED add the fields Fivetran sends with them).
    static WebhookEvent make(const QString &event, const QString &status,
                             const SandboxConnector &connector,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The exact bytes sent (and signed): compact JSON, no trailing newline.
    static QByteArray body(const WebhookEvent &event);
};

} // namespace fw
