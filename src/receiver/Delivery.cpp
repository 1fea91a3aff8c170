#include "Delivery.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace fw {

QByteArray Delivery::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString Delivery::dedupeKey() const
{
    if (rejected || !isJsonObject || event.event.isEmpty() || event.created.isEmpty())
        return {};
    // Per path: one event goes to every subscribed webhook, and the receiver often stands in
    // for several of them; a repeat is the same event at the same webhook again.
    const QStringView webhookPath = QStringView(path).left(path.indexOf(QLatin1Char('?'))); // a retry may add a query
    return webhookPath % QLatin1Char('\x1f') % event.dedupeKey();
}

namespace {

// The body as text when it is valid UTF-8, else nullopt.
std::optional<QString> utf8Text(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QJsonObject Delivery::toJson() const
{
    QJsonArray headerArray;
    for (const auto &[key, value] : headers) {
        // Header values are bytes; Latin-1 keeps every one of them round-trippable.
        headerArray.append(QJsonArray{QString::fromLatin1(key), QString::fromLatin1(value)});
    }
    QJsonObject object{
            {QStringLiteral("sequence"), qint64(sequence)},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("peer"), peer.toString()},
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"), path},
            {QStringLiteral("headers"), headerArray},
            {QStringLiteral("status"), status},
            {QStringLiteral("verdict"), signature.verdictName()},
            {QStringLiteral("duplicate"), duplicate},
    };
    if (signature.isVerified())
        object.insert(QStringLiteral("verified_by"), signature.verifiedBy());
    if (signature.verifiesWithoutTrailingNewline())
        object.insert(QStringLiteral("verifies_without_trailing_newline"), true);
    if (rejected) {
        object.insert(QStringLiteral("rejected"), true);
        object.insert(QStringLiteral("reject_reason"), rejectReason);
        object.insert(QStringLiteral("body_size"), bodySize);
    }
    if (const auto text = utf8Text(body)) {
        object.insert(QStringLiteral("body"), *text);
    } else {
        object.insert(QStringLiteral("body"), QString::fromLatin1(body.toBase64()));
        object.insert(QStringLiteral("body_base64"), true);
    }
    return object;
}

} // namespace fw
