#include "AccountInfo.h"

#include "JsonFields.h"

namespace fw {

namespace {
const QLatin1String kAccountId("account_id"), kAccountName("account_name"), kUserId("user_id"),
        kSystemKeyId("system_key_id");
} // namespace

AccountInfo AccountInfo::fromJson(const QJsonObject &object)
{
    QJsonObject rest = object;
    AccountInfo info;
    info.accountId = json::takeString(rest, kAccountId);
    info.accountName = json::takeString(rest, kAccountName);
    info.userId = json::takeString(rest, kUserId);
    info.systemKeyId = json::takeString(rest, kSystemKeyId);
    info.extraFields = rest;
    return info;
}

QJsonObject AccountInfo::toJson() const
{
    QJsonObject object = extraFields;
    object.insert(kAccountId, accountId);
    json::putString(object, kAccountName, accountName);
    json::putString(object, kUserId, userId);
    json::putString(object, kSystemKeyId, systemKeyId);
    return object;
}

bool operator==(const AccountInfo &a, const AccountInfo &b)
{
    return a.accountId == b.accountId && a.accountName == b.accountName && a.userId == b.userId
            && a.systemKeyId == b.systemKeyId && a.extraFields == b.extraFields;
}

} // namespace fw
