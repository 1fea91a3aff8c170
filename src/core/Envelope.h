#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace fw {

// Every Fivetran response body is {"code": ..., "message": ..., "data": ...}. The client reads
// envelopes and the sandbox writes them, through this one definition.
struct Envelope
{
    QString code;
    QString message;
    QJsonValue data; // Undefined when absent (e.g. delete)

    static std::optional<Envelope> parse(const QByteArray &body); // nullopt when not a JSON object
    static QByteArray success(const QString &message, const QJsonValue &data = QJsonValue::Undefined);
    static QByteArray error(const QString &code, const QString &message);
};

} // namespace fw
