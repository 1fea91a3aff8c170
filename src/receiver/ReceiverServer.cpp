#include "ReceiverServer.h"

#include "ReceiverLogging.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTcpSocket>

namespace fw {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

bool isWildcard(const QHostAddress &address)
{
    return address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            || address == QHostAddress::AnyIPv6;
}

// Hands every request to one function, whatever its path.
class Listener : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;
    explicit Listener(Handler handler) : m_handler(std::move(handler)) { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Status, headers and body go out in pieces: send each at once rather than let Nagle's
        // algorithm hold the last one for a keep-alive client's ACK.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_handler(request, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        handleRequest(request, socket); // not reached: handleRequest() takes every request
    }

private:
    Handler m_handler;
};

} // namespace

class ReceiverServer::Private
{
public:
    explicit Private(ReceiverServer *q) : q(q) { }

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    ReceiverServer *q;
    std::unique_ptr<Listener> m_listener;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    SecretProvider m_secretProvider;
    DeliveryHistory m_history;
};

void ReceiverServer::Private::handle(const QHttpServerRequest &request,
                                     QHttpServerResponder &&responder)
{
    const QUrl url = request.url();
    const QString path = url.path(QUrl::FullyEncoded);
    if (request.method() != QHttpServerRequest::Method::Post) {
        qCDebug(lcReceiver).noquote() << methodName(request.method()) << path << "-> 405";
        responder.write(QByteArray(), {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")}},
                        QHttpServerResponder::StatusCode::MethodNotAllowed);
        return;
    }

    Delivery delivery;
    delivery.time = QDateTime::currentDateTimeUtc();
    delivery.peer = request.remoteAddress();
    delivery.method = methodName(request.method());
    delivery.path = url.hasQuery() ? path % QLatin1Char('?') % url.query(QUrl::FullyEncoded) : path;
    delivery.headers = request.headers();
    const QByteArray body = request.body();
    delivery.bodySize = body.size();

    if (delivery.bodySize > m_maxBodyBytes) {
        delivery.rejected = true;
        delivery.status = 413;
        delivery.rejectReason = QStringLiteral("body of %1 bytes exceeds the %2-byte limit")
                                        .arg(delivery.bodySize)
                                        .arg(m_maxBodyBytes);
        responder.write(QJsonDocument(QJsonObject()),
                        QHttpServerResponder::StatusCode::PayloadTooLarge);
    } else {
        // Answer first: Fivetran (and the sandbox) wait for it, the bookkeeping can follow.
        responder.write(QJsonDocument(QJsonObject()), QHttpServerResponder::StatusCode::Ok);
        delivery.body = body;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            delivery.isJsonObject = true;
            delivery.event = WebhookEvent::fromJson(document.object());
        }
        const QList<KnownSecret> secrets =
                m_secretProvider ? m_secretProvider(path) : QList<KnownSecret>();
        delivery.signature = SignatureCheck::check(body, delivery.headers, secrets);
    }

    const Delivery &stored = m_history.append(std::move(delivery));
    qCDebug(lcReceiver).noquote() << "POST" << path << "->" << stored.status << stored.bodySize
                                  << "bytes," << stored.signature.verdictName()
                                  << (stored.duplicate ? "(duplicate)" : "");
    Q_EMIT q->deliveryReceived(stored);
}

ReceiverServer::ReceiverServer(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
    receiver::silenceHttpServerRequestDumps();
}

ReceiverServer::~ReceiverServer() = default;

bool ReceiverServer::listen(const QHostAddress &address, quint16 port)
{
    stop();
    auto listener = std::make_unique<Listener>(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                d->handle(request, std::move(responder));
            });
    const quint16 bound = listener->listen(address, port);
    if (bound == 0) {
        qCWarning(lcReceiver).noquote() << "cannot listen on" << address.toString() << port;
        return false;
    }
    d->m_listener = std::move(listener);
    d->m_address = address;
    d->m_port = bound;
    if (isExposed())
        qCWarning(lcReceiver).noquote()
                << "listening on" << address.toString() << bound
                << "- not loopback: other machines can post deliveries to it";
    else
        qCInfo(lcReceiver).noquote() << "listening on" << url().toString();
    Q_EMIT listeningChanged(true);
    return true;
}

void ReceiverServer::stop()
{
    if (!d->m_listener)
        return;
    d->m_listener.reset(); // closes the listening socket and every connection it owns
    d->m_port = 0;
    qCInfo(lcReceiver) << "stopped";
    Q_EMIT listeningChanged(false);
}

bool ReceiverServer::isListening() const
{
    return d->m_listener != nullptr;
}

bool ReceiverServer::isExposed() const
{
    return isListening() && !d->m_address.isLoopback();
}

quint16 ReceiverServer::port() const
{
    return d->m_port;
}

QHostAddress ReceiverServer::address() const
{
    return d->m_address;
}

QUrl ReceiverServer::url() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(isWildcard(d->m_address) ? QStringLiteral("127.0.0.1") : d->m_address.toString());
    url.setPort(d->m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

void ReceiverServer::setMaxBodyBytes(qint64 bytes)
{
    d->m_maxBodyBytes = qMax<qint64>(0, bytes);
}

qint64 ReceiverServer::maxBodyBytes() const
{
    return d->m_maxBodyBytes;
}

void ReceiverServer::setSecretProvider(SecretProvider provider)
{
    d->m_secretProvider = std::move(provider);
}

DeliveryHistory &ReceiverServer::history()
{
    return d->m_history;
}

const DeliveryHistory &ReceiverServer::history() const
{
    return d->m_history;
}

void ReceiverServer::clearHistory()
{
    d->m_history.clear();
    Q_EMIT historyCleared();
}

} // namespace fw
