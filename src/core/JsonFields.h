#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>

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

} // namespace fw::json
