#include "TestResult.h"

#include "JsonFields.h"

namespace fw {

namespace {
const QLatin1String kSucceed("succeed"), kStatus("status"), kMessage("message");
} // namespace

TestResult TestResult::fromJson(const QJsonObject &object)
{
    QJsonObject rest = object;
    TestResult result;
    result.succeed = json::takeBool(rest, kSucceed, false);
    if (rest.value(kStatus).isDouble()) {
        result.status = rest.value(kStatus).toInt();
        rest.remove(kStatus);
    }
    result.message = json::takeString(rest, kMessage);
    result.extraFields = rest;
    return result;
}

QJsonObject TestResult::toJson() const
{
    QJsonObject object = extraFields;
    object.insert(kSucceed, succeed);
    object.insert(kStatus, status);
    json::putString(object, kMessage, message);
    return object;
}

bool operator==(const TestResult &a, const TestResult &b)
{
    return a.succeed == b.succeed && a.status == b.status && a.message == b.message
            && a.extraFields == b.extraFields;
}

} // namespace fw
