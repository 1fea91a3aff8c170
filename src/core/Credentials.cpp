#include "Credentials.h"

namespace fw {

QByteArray Credentials::authorizationHeader() const
{
    return "Basic " + (apiKey + QLatin1Char(':') + apiSecret).toUtf8().toBase64();
}

std::optional<Credentials> Credentials::fromBase64(const QString &encoded)
{
    const auto decoded = QByteArray::fromBase64Encoding(encoded.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    return Credentials{text.left(colon), text.mid(colon + 1)};
}

std::optional<Credentials> Credentials::fromAuthorizationHeader(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    if (!trimmed.startsWith("Basic ") && !trimmed.startsWith("basic "))
        return std::nullopt;
    return fromBase64(QString::fromLatin1(trimmed.mid(6)));
}

} // namespace fw
