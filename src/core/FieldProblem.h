#pragma once

#include <QJsonValue>
#include <QString>

namespace fw {

// The JSON types a known field of a value type may hold. Null or absent is always allowed where a
// field is optional: Fivetran writes both for "no value".
enum class JsonType { String, Bool, StringList };

// A known field of an object the API sent that cannot be used as that field: a required one
// missing (absent, null or empty text), or a field of the wrong JSON type (see checkJson() of
// Webhook and Group).
struct FieldProblem
{
    QString key;
    JsonType expected = JsonType::String;
    bool missing = false;
    QJsonValue::Type found = QJsonValue::Undefined; // what the field held when not missing
};

} // namespace fw
