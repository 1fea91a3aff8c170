#include "SandboxEvents.h"

#include "SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace fw {

namespace {

bool isSyncEvent(const QString &event)
{
    return event == QLatin1String("sync_start") || event == QLatin1String("sync_end");
}

QJsonObject syncEndData(const QString &status, const QDateTime &now)
{
    const QString effective = status.isEmpty() ? QStringLiteral("SUCCESSFUL") : status;
    QJsonObject data{{QStringLiteral("status"), effective}};
    if (effective == QLatin1String("FAILURE")) {
        data.insert(QStringLiteral("reason"),
                    QStringLiteral("Cannot connect to the database: connection timed out after "
                                   "60 seconds"));
        data.insert(QStringLiteral("taskType"), QStringLiteral("unknown"));
    } else if (effective == QLatin1String("FAILURE_WITH_TASK")) {
        data.insert(QStringLiteral("reason"),
                    QStringLiteral("Password authentication failed for user \"fivetran\""));
        data.insert(QStringLiteral("taskType"), QStringLiteral("reconnect"));
    } else if (effective == QLatin1String("RESCHEDULED")) {
        data.insert(QStringLiteral("reason"), QStringLiteral("Source API rate limit reached"));
        data.insert(QStringLiteral("rescheduledAt"), SandboxStore::timestamp(now.addSecs(3600)));
    }
    return data;
}

QJsonObject dbtData(const QString &event, const QDateTime &now)
{
    const QDateTime started = now.addSecs(-184);
    QJsonObject data{
            {QStringLiteral("dbtJobId"), QStringLiteral("blistering_cinder")},
            {QStringLiteral("dbtJobName"), QStringLiteral("Nightly models")},
            {QStringLiteral("dbtJobType"), QStringLiteral("Custom dbt job")},
            {QStringLiteral("startTime"), SandboxStore::timestamp(started)},
            {QStringLiteral("startupDetails"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("scheduled")}}},
    };
    if (event == QLatin1String("dbt_run_start"))
        return data;

    const bool failed = event == QLatin1String("dbt_run_failed");
    QJsonObject step{
            {QStringLiteral("step"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Run models")},
                         {QStringLiteral("command"), QStringLiteral("dbt run")}}},
            {QStringLiteral("success"), !failed},
            {QStringLiteral("startTime"), SandboxStore::timestamp(started)},
            {QStringLiteral("endTime"), SandboxStore::timestamp(now)},
            {QStringLiteral("successfulModelRuns"), failed ? 11 : 12},
            {QStringLiteral("failedModelRuns"), failed ? 1 : 0},
            {QStringLiteral("knownFailedModels"),
             failed ? QJsonArray{QStringLiteral("stg_orders")} : QJsonArray{}},
    };
    data.insert(QStringLiteral("endTime"), SandboxStore::timestamp(now));
    data.insert(QStringLiteral("result"),
                QJsonObject{{QStringLiteral("stepResults"), QJsonArray{step}}});
    if (failed) {
        data.insert(QStringLiteral("errorMessage"),
                    QStringLiteral("Database Error in model stg_orders: relation "
                                   "\"raw.orders\" does not exist"));
    }
    return data;
}

QJsonObject eventData(const QString &event, const QString &status, const QDateTime &now)
{
    if (event == QLatin1String("sync_end"))
        return syncEndData(status, now);
    if (SandboxEvents::isDbtEvent(event))
        return dbtData(event, now);
    if (event == QLatin1String("connection_failure")) {
        return {{QStringLiteral("status"), QStringLiteral("FAILURE")},
                {QStringLiteral("reason"),
                 QStringLiteral("Could not connect to host db.example.com:5432: connection "
                                "refused")}};
    }
    if (event == QLatin1String("connection_successful"))
        return {{QStringLiteral("status"), QStringLiteral("SUCCESSFUL")}};
    if (event == QLatin1String("status")) // deprecated: the connection's status changed
        return {{QStringLiteral("status"), status.isEmpty() ? QStringLiteral("BROKEN") : status}};
    if (event.startsWith(QLatin1String("transformation_"))) {
        return {{QStringLiteral("id"), QStringLiteral("stable_orbit")},
                {QStringLiteral("name"), QStringLiteral("Refresh revenue dashboard")}};
    }
    if (event == QLatin1String("resync_table"))
        return {{QStringLiteral("table"), QStringLiteral("public.orders")}};
    return {};
}

} // namespace

SandboxConnector SandboxEvents::testConnector(const QString &groupId)
{
    return {QStringLiteral("_connection_1"), QStringLiteral("_connection_type"),
            QStringLiteral("_connection_1"), groupId};
}

SandboxConnector SandboxEvents::demoConnector(const QString &groupId)
{
    return {QStringLiteral("assimilate_seem"), QStringLiteral("google_cloud_postgresql"),
            QStringLiteral("orders_pg"), groupId};
}

bool SandboxEvents::isDbtEvent(const QString &event)
{
    return event.startsWith(QLatin1String("dbt_"));
}

WebhookEvent SandboxEvents::make(const QString &event, const QString &status,
                                 const SandboxConnector &connector, const QDateTime &now)
{
    WebhookEvent result;
    result.event = event;
    result.created = SandboxStore::timestamp(now);
    result.destinationGroupId = connector.groupId;
    result.data = eventData(event, status, now);
    if (isDbtEvent(event))
        return result; // dbt runs belong to the destination, not to a connection
    result.connectorType = connector.type;
    result.connectorId = connector.id;
    result.connectorName = connector.name;
    if (isSyncEvent(event))
        result.syncId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return result;
}

QByteArray SandboxEvents::body(const WebhookEvent &event)
{
    return QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace fw
