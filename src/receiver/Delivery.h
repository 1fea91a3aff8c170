#pragma once

#include "SignatureCheck.h"
#include "WebhookEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace fw {

// One request the receiver took, as it arrived.
struct Delivery
{
    quint64 sequence = 0; // 1, 2, 3... in arrival order, never reused (set by DeliveryHistory)
    QDateTime time; // UTC
    QHostAddress peer;
    QByteArray method; // "POST"
    QString path; // path and query, as requested
    HeaderList headers; // as QtHttpServer hands them over
    QByteArray body; // raw bytes as received; empty when rejected
    qint64 bodySize = 0; // announced/received size, also for a rejected delivery
    bool isJsonObject = false; // the body parsed as a JSON object; `event` is meaningful
    WebhookEvent event;
    SignatureCheck signature;
    bool duplicate = false; // same dedupeKey() as an earlier delivery still in the history
    bool rejected = false;
    int status = 200; // what the receiver answered
    QString rejectReason;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    // The key that marks repeats (the path and the event's own key); empty when the body carries
    // none (not JSON, or no event and created time): such deliveries are never duplicates.
    QString dedupeKey() const;
    // One export record: no secret, only the verdict and the label of the secret that verified.
    QJsonObject toJson() const;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::Delivery)
