#include "Group.h"

#include "JsonFields.h"
#include "Webhook.h"

namespace fw {

namespace {
const QLatin1String kId("id"), kName("name"), kCreatedAt("created_at");
} // namespace

QDateTime Group::createdAtTime() const
{
    return parseApiTimestamp(createdAt);
}

Group Group::fromJson(const QJsonObject &object)
{
    QJsonObject rest = object;
    Group group;
    group.id = json::takeString(rest, kId);
    group.name = json::takeString(rest, kName);
    group.createdAt = json::takeString(rest, kCreatedAt);
    group.extraFields = rest;
    return group;
}

std::optional<FieldProblem> Group::checkJson(const QJsonObject &object)
{
    using json::Type;
    return json::checkFields(
        object, kId, {{kId, Type::String}, {kName, Type::String}, {kCreatedAt, Type::String}});
}

QJsonObject Group::toJson() const
{
    QJsonObject object = extraFields;
    object.insert(kId, id);
    object.insert(kName, name);
    json::putString(object, kCreatedAt, createdAt);
    return object;
}

bool operator==(const Group &a, const Group &b)
{
    return a.id == b.id && a.name == b.name && a.createdAt == b.createdAt
            && a.extraFields == b.extraFields;
}

} // namespace fw
