#pragma once

#include <QJsonObject>
#include <QString>

namespace fw {

// What GET /account/info says about the key in use: the account, and the user or system key.
class AccountInfo
{
public:
    QString accountId;
    QString accountName;
    QString userId; // set for user API keys
    QString systemKeyId; // set for system keys
    QJsonObject extraFields;

    static AccountInfo fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const AccountInfo &a, const AccountInfo &b);
};

} // namespace fw
