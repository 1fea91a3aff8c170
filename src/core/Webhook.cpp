#include "Webhook.h"

#include "JsonFields.h"

namespace fw {

namespace {
const QLatin1String kId("id"), kType("type"), kGroupId("group_id"), kUrl("url"),
        kEvents("events"), kActive("active"), kSecret("secret"), kCreatedAt("created_at"),
        kCreatedBy("created_by");
} // namespace

QDateTime parseApiTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

Webhook::Scope Webhook::scope() const
{
    if (type == QLatin1String("account"))
        return Scope::Account;
    if (type == QLatin1String("group"))
        return Scope::Group;
    return Scope::Unknown;
}

QDateTime Webhook::createdAtTime() const
{
    return parseApiTimestamp(createdAt);
}

Webhook Webhook::fromJson(const QJsonObject &object)
{
    QJsonObject rest = object;
    Webhook webhook;
    webhook.id = json::takeString(rest, kId);
    webhook.type = json::takeString(rest, kType);
    webhook.groupId = json::takeString(rest, kGroupId);
    webhook.url = json::takeString(rest, kUrl);
    webhook.events = json::takeStringList(rest, kEvents);
    webhook.active = json::takeBool(rest, kActive, false);
    webhook.secret = json::takeString(rest, kSecret);
    webhook.createdAt = json::takeString(rest, kCreatedAt);
    webhook.createdBy = json::takeString(rest, kCreatedBy);
    webhook.extraFields = rest;
    return webhook;
}

std::optional<FieldProblem> Webhook::checkJson(const QJsonObject &object)
{
    using json::Type;
    return json::checkFields(object, kId,
        {{kId, Type::String}, {kType, Type::String}, {kGroupId, Type::String}, {kUrl, Type::String},
            {kEvents, Type::StringList}, {kActive, Type::Bool}, {kSecret, Type::String},
            {kCreatedAt, Type::String}, {kCreatedBy, Type::String}});
}

QJsonObject Webhook::toJson() const
{
    // Unknown fields first, so a typed field always wins over a stale copy.
    QJsonObject object = extraFields;
    object.insert(kId, id);
    object.insert(kType, type);
    json::putString(object, kGroupId, groupId);
    object.insert(kUrl, url);
    if (!object.contains(kEvents) || !events.isEmpty())
        object.insert(kEvents, QJsonArray::fromStringList(events));
    if (active || !object.contains(kActive))
        object.insert(kActive, active);
    json::putString(object, kSecret, secret);
    json::putString(object, kCreatedAt, createdAt);
    json::putString(object, kCreatedBy, createdBy);
    return object;
}

bool operator==(const Webhook &a, const Webhook &b)
{
    return a.id == b.id && a.type == b.type && a.groupId == b.groupId && a.url == b.url
            && a.events == b.events && a.active == b.active && a.secret == b.secret
            && a.createdAt == b.createdAt && a.createdBy == b.createdBy
            && a.extraFields == b.extraFields;
}

QJsonObject WebhookChanges::toJson() const
{
    QJsonObject object;
    if (url)
        object.insert(QLatin1String("url"), *url);
    if (events)
        object.insert(QLatin1String("events"), QJsonArray::fromStringList(*events));
    if (active)
        object.insert(QLatin1String("active"), *active);
    if (secret && *secret != kMaskedSecret)
        object.insert(QLatin1String("secret"), *secret);
    return object;
}

WebhookChanges WebhookChanges::between(const Webhook &original, const Webhook &edited)
{
    WebhookChanges changes;
    if (edited.url != original.url)
        changes.url = edited.url;
    if (edited.events != original.events)
        changes.events = edited.events;
    if (edited.active != original.active)
        changes.active = edited.active;
    // An empty or masked secret means "leave it as it is": only a new value is sent.
    if (!edited.secret.isEmpty() && edited.secret != kMaskedSecret && edited.secret != original.secret)
        changes.secret = edited.secret;
    return changes;
}

} // namespace fw
