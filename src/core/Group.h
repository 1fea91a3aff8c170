#pragma once

#include "FieldProblem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace fw {

// A Fivetran group (destination). Names need not be unique: show the id too.
class Group
{
public:
    QString id;
    QString name;
    QString createdAt; // ISO-8601 as received
    QJsonObject extraFields;

    QDateTime createdAtTime() const;

    static Group fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // Why `object` is not a usable group: no id, or a known field of the wrong type. nullopt
    // when usable (see Webhook::checkJson).
    static std::optional<FieldProblem> checkJson(const QJsonObject &object);

    friend bool operator==(const Group &a, const Group &b);
};

} // namespace fw
