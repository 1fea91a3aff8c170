#pragma once

#include "Delivery.h"
#include "DeliveryHistory.h"
#include "SignatureCheck.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace fw {

// A local webhook endpoint: takes a POST on any path, answers 200 "{}" at once (401 for a bad
// signature when told to reject those), and records the delivery (parsed event, signature
// verdict, duplicate mark, the status answered) in a bounded history.
//
// - A POST refused by the listener is recorded as rejected, without its body: a body over
//   maxBodyBytes() (413, answered as soon as Content-Length announces it, before it is read),
//   headers over 64 KiB (431), a request not whole within 30 s (408), or one sent by a web page
//   (403, a foreign Origin). Host is not checked: tunnels reach it under public host names.
// - Other methods are answered 405 with "Allow: POST" and are NOT recorded (a browser opening
//   the URL would otherwise fill the history with GET /favicon.ico).
// - Requests QtHttpServer cannot parse never reach it: the connection is closed.
// - The history is bounded by count and by bytes (DeliveryHistory).
class ReceiverServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultMaxBodyBytes = 1024 * 1024;

    // Called once per delivery, synchronously, with the request path (no query): the secrets
    // remembered for the webhooks whose URL points there, the expected one first.
    using SecretProvider = std::function<QList<KnownSecret>(const QString &path)>;

    explicit ReceiverServer(QObject *parent = nullptr);
    ~ReceiverServer() override;

    // Loopback by default; port 0 picks a free one. Any other interface is allowed but warned
    // about (isExposed()). False when it cannot listen; a running listener is stopped first.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isListening() const;
    bool isExposed() const; // listening on something other than loopback
    quint16 port() const;
    QHostAddress address() const;
    QUrl url() const; // http://127.0.0.1:PORT/ (the bound address when not a wildcard)

    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const;
    void setSecretProvider(SecretProvider provider);
    // When on, a POST whose signature no known secret verifies (unsigned, unknown secret,
    // mismatch) is answered 401, as a receiver that checks signatures does: Fivetran, or the
    // sandbox, then counts it as failed (and Fivetran retries it). Off by default.
    void setRejectUnverified(bool reject);
    bool rejectsUnverified() const;

    DeliveryHistory &history();
    const DeliveryHistory &history() const;
    void clearHistory(); // emits historyCleared()

Q_SIGNALS:
    // After the delivery was stored: `delivery` is history().last().
    void deliveryReceived(const fw::Delivery &delivery);
    void historyCleared();
    void listeningChanged(bool listening);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fw
