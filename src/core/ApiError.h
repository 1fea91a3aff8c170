#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace fw {

// A failed API call as a value: what kind of failure, the HTTP status, and Fivetran's own code
// and message. Kinds are what a user must be told apart; never collapse them into a string.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(fw::ApiError)

public:
    enum class Kind {
        Unauthorized, // 401: bad key or secret, or the secret was regenerated
        Forbidden, // 403: key lacks permission, or the plan has no webhooks
        NotFound, // 404
        InvalidInput, // 400 (includes the failed reachability probe), 422
        Conflict, // 409
        RateLimited, // 429; retryAfter says when to try again
        Server, // 5xx
        Network, // refused, dropped, DNS, TLS: no usable HTTP answer
        Timeout, // no answer within the request timeout
        Protocol, // an answer we cannot use: not JSON, wrong shape, 406/415, a repeated cursor
    };

    Kind kind = Kind::Protocol;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString code; // Fivetran's code, e.g. "NotFound_Webhook"; may be empty
    QString message; // Fivetran's message or our own description; never contains a secret
    std::chrono::seconds retryAfter{-1}; // RateLimited only; -1 when the server gave none

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString code, QString message);

    // Classifies an HTTP answer that was not 2xx. `body` may be empty or not JSON.
    // `reasonPhrase` (e.g. "Bad Gateway") stands in for the message when the body has none.
    static ApiError fromHttp(int httpStatus, const QByteArray &body,
                             const QByteArray &retryAfterHeader = {},
                             const QString &reasonPhrase = {});
    static ApiError network(const QString &detail);
    static ApiError timeout(const QString &detail);
    static ApiError protocol(const QString &detail);

    // Retry-After is seconds, or an HTTP date, or absent: -1 when it cannot be read.
    static std::chrono::seconds parseRetryAfter(const QByteArray &value,
                                                const QDateTime &now = QDateTime::currentDateTimeUtc());

    static QString kindName(Kind kind); // stable identifier, e.g. "not_found" (JSON, logs)

    // One sentence a user understands, without codes or the server's message; details() gives
    // status, code and message, so showing both never repeats anything.
    QString summary() const;
    QString details() const;
};

} // namespace fw
