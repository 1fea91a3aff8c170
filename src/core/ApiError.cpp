#include "ApiError.h"

#include "Envelope.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace fw {

ApiError::ApiError(Kind kind, int httpStatus, QString code, QString message)
    : kind(kind), httpStatus(httpStatus), code(std::move(code)), message(std::move(message))
{
}

namespace {

// Fivetran codes are matched by prefix (NotFound_Webhook, InvalidInput_..., ...).
std::optional<ApiError::Kind> kindFromCode(const QString &code)
{
    using Kind = ApiError::Kind;
    struct Prefix { const char *prefix; Kind kind; };
    static const Prefix prefixes[] = {
        {"NotFound", Kind::NotFound},          {"InvalidInput", Kind::InvalidInput},
        {"BadRequest", Kind::InvalidInput},    {"Conflict", Kind::Conflict},
        {"AlreadyExists", Kind::Conflict},     {"TooManyRequests", Kind::RateLimited},
        {"Unauthorized", Kind::Unauthorized},  {"AuthFailed", Kind::Unauthorized},
        {"Forbidden", Kind::Forbidden},        {"AccessDenied", Kind::Forbidden},
    };
    for (const Prefix &p : prefixes) {
        if (code.startsWith(QLatin1String(p.prefix), Qt::CaseInsensitive))
            return p.kind;
    }
    return std::nullopt;
}

ApiError::Kind kindFromStatus(int status)
{
    using Kind = ApiError::Kind;
    switch (status) {
    case 400:
    case 422:
        return Kind::InvalidInput;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    case 408:
    case 504:
        return status == 408 ? Kind::Timeout : Kind::Server;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    return Kind::Protocol; // 406, 415 and other statuses mean our request was malformed
}

} // namespace

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader,
                            const QString &reasonPhrase)
{
    ApiError error;
    error.httpStatus = httpStatus;
    if (const auto envelope = Envelope::parse(body)) {
        error.code = envelope->code;
        error.message = envelope->message;
    }
    // The status decides for the statuses a user must tell apart; the code refines the rest
    // (a 400 whose code says NotFound is still the user's input that was wrong).
    error.kind = kindFromStatus(httpStatus);
    if (error.kind == Kind::Protocol) {
        if (const auto fromCode = kindFromCode(error.code))
            error.kind = *fromCode;
    }
    if (error.message.isEmpty())
        error.message = reasonPhrase.isEmpty() ? tr("HTTP status %1").arg(httpStatus) : reasonPhrase;
    if (error.kind == Kind::RateLimited)
        error.retryAfter = parseRetryAfter(retryAfterHeader);
    return error;
}

ApiError ApiError::network(const QString &detail)
{
    return {Kind::Network, 0, {}, detail};
}

ApiError ApiError::timeout(const QString &detail)
{
    return {Kind::Timeout, 0, {}, detail};
}

ApiError ApiError::protocol(const QString &detail)
{
    return {Kind::Protocol, 0, {}, detail};
}

std::chrono::seconds ApiError::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::chrono::seconds(-1);
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return std::chrono::seconds(qMax<qlonglong>(0, seconds));
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 7231 IMF-fixdate).
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::chrono::seconds(-1);
    // The same wall time, read as UTC (setTimeSpec is deprecated from Qt 6.8 on).
    const QDateTime utc(date.date(), date.time(), QTimeZone::utc());
    return std::chrono::seconds(qMax<qint64>(0, now.secsTo(utc)));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::InvalidInput: return QStringLiteral("invalid_input");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Protocol: return QStringLiteral("protocol");
    }
    return QStringLiteral("unknown");
}

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::Unauthorized:
        return tr("Fivetran rejected the API key or secret. Check them, or enter the new secret "
                  "if it was regenerated.");
    case Kind::Forbidden:
        return tr("This API key has no permission for that, or the account's plan has no webhooks.");
    case Kind::NotFound:
        return tr("Fivetran has no such webhook or group (it may have been deleted).");
    case Kind::InvalidInput:
        return tr("Fivetran refused the request as invalid.");
    case Kind::Conflict:
        return tr("The request conflicts with the current state in Fivetran.");
    case Kind::RateLimited:
        if (retryAfter.count() >= 0)
            return tr("Too many requests: Fivetran asks to wait %n second(s).", nullptr,
                      int(retryAfter.count()));
        return tr("Too many requests: Fivetran asks to slow down.");
    case Kind::Server:
        return tr("Fivetran had a server error. Try again in a moment.");
    case Kind::Network:
        return tr("Could not reach Fivetran.");
    case Kind::Timeout:
        return tr("Fivetran did not answer in time.");
    case Kind::Protocol:
        return tr("Fivetran's answer could not be used.");
    }
    return message;
}

QString ApiError::details() const
{
    QStringList parts;
    if (httpStatus > 0)
        parts << tr("HTTP %1").arg(httpStatus);
    if (!code.isEmpty())
        parts << tr("code %1").arg(code);
    if (!message.isEmpty())
        parts << message;
    return parts.join(QStringLiteral(" · "));
}

} // namespace fw
