#pragma once

#include <QJsonObject>
#include <QString>

namespace fw {

// One delivery body as Fivetran POSTs it to a webhook URL. Parsed leniently: every field may be
// missing (dbt events carry no connector fields) and unknown fields are kept.
class WebhookEvent
{
public:
    QString event;
    QString created; // ISO-8601 UTC with milliseconds, as received
    QString connectorType;
    QString connectorId;
    QString connectorName;
    QString connectionId; // newer payloads name the connection too
    QString connectionName;
    QString syncId;
    QString destinationGroupId; // older payloads call it group_id; see groupIdKey
    QJsonObject data;
    QJsonObject extraFields;

    // Older payloads name the destination "group_id"; remembered so toJson() writes it back as sent.
    QString groupIdKey = QStringLiteral("destination_group_id");

    // The connection as a user knows it: its name, else its id (newer or older field names).
    QString connectionLabel() const;
    // What the event says of its outcome: data.status (sync_end: SUCCESSFUL, FAILURE...).
    QString outcome() const;

    // Deliveries may repeat (Fivetran retries for hours): this identifies one occurrence.
    QString dedupeKey() const;

    static WebhookEvent fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const WebhookEvent &a, const WebhookEvent &b);
};

} // namespace fw
