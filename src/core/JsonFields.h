#pragma once

#include "FieldProblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <initializer_list>
#include <optional>

// Small helpers for the lossless mapping of the value types: take a known field out of the
// object (so what is left are the unknown fields), and put it back only when it has a value.
namespace fw::json {

inline QString takeString(QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return {}; // absent or null (or the wrong type, which we keep as an unknown field)
    object.remove(key);
    return value.toString();
}

inline void putString(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

// Null, absent or an array holding anything but strings: left in the object as an unknown field.
inline QStringList takeStringList(QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return {};
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return {};
        list.append(item.toString());
    }
    object.remove(key);
    return list;
}

inline bool takeBool(QJsonObject &object, QLatin1String key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return fallback;
    object.remove(key);
    return value.toBool();
}

using Type = JsonType;

struct Field
{
    QLatin1String key;
    Type type;
};

inline bool hasType(const QJsonValue &value, Type type)
{
    switch (type) {
    case Type::String:
        return value.isString();
    case Type::Bool:
        return value.isBool();
    case Type::StringList:
        if (!value.isArray())
            return false;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return false;
        }
        return true;
    }
    return false;
}

// The first problem of `object`: `required` must be non-empty text, each of `fields` (which may
// include `required`) must be null, absent or of its type. nullopt when every field is usable.
inline std::optional<FieldProblem> checkFields(
    const QJsonObject &object, QLatin1String required, std::initializer_list<Field> fields)
{
    const QJsonValue id = object.value(required);
    if (id.isUndefined() || id.isNull() || (id.isString() && id.toString().isEmpty()))
        return FieldProblem{QString(required), Type::String, true, id.type()};
    for (const Field &field : fields) {
        const QJsonValue value = object.value(field.key);
        if (value.isUndefined() || value.isNull() || hasType(value, field.type))
            continue;
        return FieldProblem{QString(field.key), field.type, false, value.type()};
    }
    return std::nullopt;
}

} // namespace fw::json
