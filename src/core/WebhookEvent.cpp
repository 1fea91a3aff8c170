#include "WebhookEvent.h"

#include "JsonFields.h"

namespace fw {

namespace {
const QLatin1String kEvent("event"), kCreated("created"), kConnectorType("connector_type"),
        kConnectorId("connector_id"), kConnectorName("connector_name"),
        kConnectionId("connection_id"), kConnectionName("connection_name"), kSyncId("sync_id"),
        kDestinationGroupId("destination_group_id"), kGroupId("group_id"), kData("data");
} // namespace

QString WebhookEvent::dedupeKey() const
{
    // Fivetran sends no delivery id; these four identify one occurrence (spec, section 5).
    return event % QLatin1Char('\x1f') % connectorId % QLatin1Char('\x1f') % syncId
            % QLatin1Char('\x1f') % created;
}

QString WebhookEvent::connectionLabel() const
{
    for (const QString *label : {&connectionName, &connectorName, &connectionId, &connectorId}) {
        if (!label->isEmpty())
            return *label;
    }
    return {};
}

QString WebhookEvent::outcome() const
{
    const QJsonValue status = data.value(QLatin1String("status"));
    return status.isString() ? status.toString() : QString();
}

WebhookEvent WebhookEvent::fromJson(const QJsonObject &object)
{
    QJsonObject rest = object;
    WebhookEvent event;
    event.event = json::takeString(rest, kEvent);
    event.created = json::takeString(rest, kCreated);
    event.connectorType = json::takeString(rest, kConnectorType);
    event.connectorId = json::takeString(rest, kConnectorId);
    event.connectorName = json::takeString(rest, kConnectorName);
    event.connectionId = json::takeString(rest, kConnectionId);
    event.connectionName = json::takeString(rest, kConnectionName);
    event.syncId = json::takeString(rest, kSyncId);
    event.destinationGroupId = json::takeString(rest, kDestinationGroupId);
    if (event.destinationGroupId.isEmpty() && rest.value(kGroupId).isString()) {
        event.destinationGroupId = json::takeString(rest, kGroupId);
        event.groupIdKey = kGroupId;
    }
    // An empty object stays among the unknown fields, so it is written back as it came.
    if (rest.value(kData).isObject() && !rest.value(kData).toObject().isEmpty()) {
        event.data = rest.value(kData).toObject();
        rest.remove(kData);
    }
    event.extraFields = rest;
    return event;
}

QJsonObject WebhookEvent::toJson() const
{
    QJsonObject object = extraFields;
    json::putString(object, kEvent, event);
    json::putString(object, kCreated, created);
    json::putString(object, kConnectorType, connectorType);
    json::putString(object, kConnectorId, connectorId);
    json::putString(object, kConnectorName, connectorName);
    json::putString(object, kConnectionId, connectionId);
    json::putString(object, kConnectionName, connectionName);
    json::putString(object, kSyncId, syncId);
    if (!destinationGroupId.isEmpty())
        object.insert(groupIdKey, destinationGroupId);
    if (!data.isEmpty())
        object.insert(kData, data);
    return object;
}

bool operator==(const WebhookEvent &a, const WebhookEvent &b)
{
    return a.toJson() == b.toJson();
}

} // namespace fw
