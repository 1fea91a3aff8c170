#include "ReceiverServer.h"

#include "HttpListener.h"
#include "ReceiverLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace fw {

namespace {

bool isWildcard(const QHostAddress &address)
{
    return address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
}

} // namespace

class ReceiverServer::Private
{
public:
    explicit Private(ReceiverServer *q)
        : q(q)
        , m_listener([this](const http::HttpRequest &request, http::HttpResponder &&responder) {
            handle(request, std::move(responder));
        })
    {
        http::HttpLimits limits;
        limits.maxBodyBytes = kDefaultMaxBodyBytes;
        // Fivetran's deliveries reach a loopback receiver through tunnels (ngrok, cloudflared)
        // that keep their public host name in Host; Origin still keeps web pages out.
        limits.requireAddressHost = false;
        m_listener.setLimits(limits);
        QObject::connect(&m_listener, &http::HttpListener::requestRefused, q,
            [this](const http::RefusedRequest &refused) { recordRefused(refused); });
    }

    void handle(const http::HttpRequest &request, http::HttpResponder &&responder);
    void recordRefused(const http::RefusedRequest &refused);
    void store(Delivery &&delivery, const QString &path);

    ReceiverServer *q;
    http::HttpListener m_listener;
    SecretProvider m_secretProvider;
    bool m_rejectUnverified = false;
    DeliveryHistory m_history;
};

void ReceiverServer::Private::handle(
    const http::HttpRequest &request, http::HttpResponder &&responder)
{
    const QUrl &url = request.url;
    const QString path = url.path(QUrl::FullyEncoded);
    if (request.method != "POST") {
        qCDebug(lcReceiver).noquote() << request.method << path << "-> 405";
        responder.respond(405, QByteArray(), {{"Allow", "POST"}});
        return;
    }
    // Answer first: Fivetran (and the sandbox) wait for it, the bookkeeping can follow; only
    // the signature, which the answer may depend on, is checked before. Bodies over the limit
    // never get here (see recordRefused).
    const QList<KnownSecret> secrets
        = m_secretProvider ? m_secretProvider(path) : QList<KnownSecret>();
    const SignatureCheck signature = SignatureCheck::check(request.body, request.headers, secrets);
    const bool refuse = m_rejectUnverified && !signature.isVerified();
    const int status = refuse ? 401 : 200;
    responder.respond(status,
        refuse ? QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                   QStringLiteral("signature not verified: %1")
                                       .arg(signature.verdictName())}})
                     .toJson(QJsonDocument::Compact)
               : QByteArrayLiteral("{}"),
        {{"Content-Type", "application/json"}});

    Delivery delivery;
    delivery.status = status;
    delivery.signature = signature;
    delivery.time = QDateTime::currentDateTimeUtc();
    delivery.peer = request.peer;
    delivery.method = request.method;
    delivery.path = url.hasQuery() ? path % QLatin1Char('?') % url.query(QUrl::FullyEncoded) : path;
    delivery.headers = request.headers;
    delivery.bodySize = request.body.size();
    delivery.body = request.body;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        delivery.isJsonObject = true;
        delivery.event = WebhookEvent::fromJson(document.object());
    }
    store(std::move(delivery), path);
}

// A POST refused by the listener (too large, too slow, from a web page) is shown as a rejected
// delivery, so that a user learns why Fivetran's retries keep coming. Connections refused before
// a request line are not deliveries and go to the log only.
void ReceiverServer::Private::recordRefused(const http::RefusedRequest &refused)
{
    if (refused.method != "POST")
        return;
    Delivery delivery;
    delivery.time = QDateTime::currentDateTimeUtc();
    delivery.peer = refused.peer;
    delivery.method = refused.method;
    delivery.path = QString::fromLatin1(refused.target.left(2048));
    delivery.headers = refused.headers;
    delivery.bodySize = qMax<qint64>(0, refused.declaredBodyBytes);
    delivery.rejected = true;
    delivery.status = refused.status;
    delivery.rejectReason = refused.reason;
    const QString path = delivery.path;
    store(std::move(delivery), path);
}

void ReceiverServer::Private::store(Delivery &&delivery, const QString &path)
{
    const Delivery &stored = m_history.append(std::move(delivery));
    qCDebug(lcReceiver).noquote() << "POST" << path << "->" << stored.status << stored.bodySize
                                  << "bytes," << stored.signature.verdictName()
                                  << (stored.duplicate ? "(duplicate)" : "");
    Q_EMIT q->deliveryReceived(stored);
}

ReceiverServer::ReceiverServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

ReceiverServer::~ReceiverServer() = default;

bool ReceiverServer::listen(const QHostAddress &address, quint16 port)
{
    stop();
    if (!d->m_listener.listen(address, port)) {
        qCWarning(lcReceiver).noquote() << "cannot listen on" << address.toString() << port;
        return false;
    }
    if (isExposed())
        qCWarning(lcReceiver).noquote()
            << "listening on" << address.toString() << d->m_listener.port()
            << "- not loopback: other machines can post deliveries to it";
    else
        qCInfo(lcReceiver).noquote() << "listening on" << url().toString();
    Q_EMIT listeningChanged(true);
    return true;
}

void ReceiverServer::stop()
{
    if (!isListening())
        return;
    d->m_listener.close(); // closes the listening socket and every connection
    qCInfo(lcReceiver) << "stopped";
    Q_EMIT listeningChanged(false);
}

bool ReceiverServer::isListening() const
{
    return d->m_listener.port() != 0;
}

bool ReceiverServer::isExposed() const
{
    return isListening() && !d->m_listener.address().isLoopback();
}

quint16 ReceiverServer::port() const
{
    return d->m_listener.port();
}

QHostAddress ReceiverServer::address() const
{
    return d->m_listener.address();
}

QUrl ReceiverServer::url() const
{
    if (!isListening())
        return {};
    const QHostAddress address = d->m_listener.address();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(isWildcard(address) ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void ReceiverServer::setMaxBodyBytes(qint64 bytes)
{
    http::HttpLimits limits = d->m_listener.limits();
    limits.maxBodyBytes = qMax<qint64>(0, bytes);
    d->m_listener.setLimits(limits);
}

qint64 ReceiverServer::maxBodyBytes() const
{
    return d->m_listener.limits().maxBodyBytes;
}

void ReceiverServer::setSecretProvider(SecretProvider provider)
{
    d->m_secretProvider = std::move(provider);
}

void ReceiverServer::setRejectUnverified(bool reject)
{
    d->m_rejectUnverified = reject;
}

bool ReceiverServer::rejectsUnverified() const
{
    return d->m_rejectUnverified;
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
