#pragma once

#include "FieldProblem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fw {

// The value every response shows in place of a webhook secret. Never send it back as a secret.
inline const QString kMaskedSecret = QStringLiteral("******");

// A Fivetran webhook as the API describes it. Known fields are typed; every other field of the
// JSON object is kept in extraFields() and written back by toJson(), so nothing a newer API adds
// is lost on a round trip. Optional fields that were absent stay absent.
class Webhook
{
public:
    enum class Scope { Account, Group, Unknown };

    QString id;
    QString type; // "account" | "group"; kept as sent so an unknown scope survives a round trip
    QString groupId; // empty for account webhooks (Fivetran may send "" or null: both mean absent)
    QString url;
    QStringList events;
    bool active = false;
    QString secret; // "******" in responses; empty when the response carried none
    QString createdAt; // ISO-8601 exactly as received, e.g. 2022-04-29T09:41:08.583Z
    QString createdBy;
    QJsonObject extraFields;

    Scope scope() const;
    bool isAccountLevel() const { return scope() == Scope::Account; }
    bool hasSecret() const { return !secret.isEmpty(); }
    QDateTime createdAtTime() const; // invalid when createdAt does not parse

    static Webhook fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // Why `object` is not a usable webhook: no id, or a known field of the wrong type ("active":
    // "yes"). fromJson() would keep such a value in extraFields and show the default in its place
    // (inactive, no events), so the client refuses it instead. nullopt when usable.
    static std::optional<FieldProblem> checkJson(const QJsonObject &object);

    friend bool operator==(const Webhook &a, const Webhook &b);
    friend bool operator!=(const Webhook &a, const Webhook &b) { return !(a == b); }
};

// The fields a create or update sends. Unset optionals are not sent, so an update carries only
// what changed and a create leaves defaults (active = true) to Fivetran.
struct WebhookChanges
{
    std::optional<QString> url;
    std::optional<QStringList> events;
    std::optional<bool> active;
    std::optional<QString> secret; // a new secret; the mask is refused by toJson()

    bool isEmpty() const { return !url && !events && !active && !secret; }
    // The request body. A secret equal to the mask is dropped: it would overwrite the real one.
    QJsonObject toJson() const;
    // Only the fields of `edited` that differ from `original` (events compared as lists).
    static WebhookChanges between(const Webhook &original, const Webhook &edited);
};

// Parses an ISO-8601 timestamp as Fivetran writes it (with or without milliseconds).
QDateTime parseApiTimestamp(const QString &text);

} // namespace fw
