#include "Envelope.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace fw {

std::optional<Envelope> Envelope::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Envelope envelope;
    envelope.code = object.value(QLatin1String("code")).toString();
    envelope.message = object.value(QLatin1String("message")).toString();
    envelope.data = object.value(QLatin1String("data"));
    return envelope;
}

QByteArray Envelope::success(const QString &message, const QJsonValue &data)
{
    QJsonObject object{{QLatin1String("code"), QStringLiteral("Success")}};
    if (!message.isEmpty())
        object.insert(QLatin1String("message"), message);
    if (!data.isUndefined())
        object.insert(QLatin1String("data"), data);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray Envelope::error(const QString &code, const QString &message)
{
    const QJsonObject object{{QLatin1String("code"), code}, {QLatin1String("message"), message}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace fw
