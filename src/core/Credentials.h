#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace fw {

// An API key and secret. The secret lives only in memory: there is no way to print this type.
class Credentials
{
public:
    QString apiKey;
    QString apiSecret;

    bool isComplete() const { return !apiKey.isEmpty() && !apiSecret.isEmpty(); }
    // The value of the Authorization header: "Basic base64(key:secret)".
    QByteArray authorizationHeader() const;
    // Some users hold the pre-encoded form base64("key:secret") (the Fivetran CLI's style).
    static std::optional<Credentials> fromBase64(const QString &encoded);
    // Reads an Authorization header back; the sandbox checks requests with it.
    static std::optional<Credentials> fromAuthorizationHeader(const QByteArray &header);

    friend bool operator==(const Credentials &a, const Credentials &b)
    {
        return a.apiKey == b.apiKey && a.apiSecret == b.apiSecret;
    }
};

} // namespace fw
