#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

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

    friend bool operator==(const Group &a, const Group &b);
};

} // namespace fw
