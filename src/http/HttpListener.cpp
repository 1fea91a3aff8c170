#include "HttpListener.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <optional>

// QtHttpServer's API changed twice: 6.4 hands handleRequest() the socket and lets us make a
// responder that writes piece by piece; 6.5 hands a responder instead (no socket), 6.8 takes
// headers as QHttpHeaders and drops listen(). Everything version-specific stays in this file.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#define FW_HTTPSERVER_RESPONDER_API 1
#include <QHttpHeaders>
#endif

Q_LOGGING_CATEGORY(lcHttp, "fw.http")

namespace fw::http {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    QByteArray joined;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isEmpty())
            joined += ", ";
        joined += value;
    }
    return joined;
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

// A whole answer, for the cases QtHttpServer never sees (refused early) or cannot write (a
// truncated answer on 6.5+, where the responder only writes whole answers).
QByteArray rawAnswer(int status, const HeaderList &headers, qint64 contentLength, bool close)
{
    QByteArray answer
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        answer += name + ": " + value + "\r\n";
    answer += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (close)
        answer += "Connection: close\r\n";
    return answer + "\r\n";
}

QByteArray errorBody(const QString &reason)
{
    // The Fivetran envelope's shape, so that API clients show the reason like any error.
    return "{\"code\":\"RequestRefused\",\"message\":\""
        + reason.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + "\"}";
}

bool isAddressHost(const QByteArray &hostHeader)
{
    // "127.0.0.1:8080", "[::1]:8080", "localhost", "LOCALHOST:1": anything but a DNS name.
    QByteArray host = hostHeader.trimmed();
    if (host.startsWith('[')) {
        const qsizetype end = host.indexOf(']');
        return end > 0 && !QHostAddress(QString::fromLatin1(host.mid(1, end - 1))).isNull();
    }
    const qsizetype colon = host.lastIndexOf(':');
    if (colon >= 0)
        host.truncate(colon);
    return host.compare("localhost", Qt::CaseInsensitive) == 0
        || !QHostAddress(QString::fromLatin1(host)).isNull();
}

bool isLocalOrigin(const QByteArray &origin)
{
    const QUrl url(QString::fromLatin1(origin.trimmed()));
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

// Watches one connection as its bytes arrive: the request line and headers are read here (a
// copy of at most maxHeaderBytes) to learn the body's length before QtHttpServer buffers it;
// too much, too slow or an idle connection is answered and closed. Connected to readyRead
// before QtHttpServer, so it sees each byte first.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, HttpListener *listener);

    // A request reached the handler; until answered(), the connection is busy.
    void requestArrived();
    void answered();
    QTcpSocket *socket() const { return m_socket; }

private:
    enum class Phase {
        Head, // reading a request line and headers
        Body, // reading a body of known length
        ChunkedBody, // reading a chunked body: counted, and ended by requestArrived()
        Waiting, // the request is whole; its answer is not written yet
        Pipelined, // the client sends before answers: counted against a budget only
    };

    void onReadyRead();
    void consumeHead(const QByteArray &fresh);
    void count(qint64 bytes);
    void enterPipelined(qint64 bytes);
    void parseRequestLine();
    void requestWhole();
    bool parseHead(qsizetype headEnd);
    void refuse(int status, const QString &reason);
    void discardInput();
    void startIdle();

    QTcpSocket *m_socket;
    // Read at each use: a limit changed while a connection is open applies to its next bytes.
    const HttpLimits &limits() const { return m_listener->limits(); }

    HttpListener *m_listener;
    Phase m_phase = Phase::Head;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_budget = 0; // in ChunkedBody and Pipelined
    qint64 m_unread = 0; // bytes left in the socket's buffer after the last readyRead
    qint64 m_discardBudget = 0; // what a refused client may still send before it is cut off
    bool m_busy = false;
    bool m_refused = false;
    RefusedRequest m_request; // what is known of the request being read, for requestRefused
    QTimer m_requestTimer;
    QTimer m_idleTimer;
};

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, HttpListener *listener)
    : QObject(socket)
    , m_socket(socket)
    , m_listener(listener)
{
    m_requestTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Pipelined && !m_busy) {
            // Between pipelined requests nothing is owed: closed like an idle connection.
            m_socket->disconnectFromHost();
            return;
        }
        refuse(408,
            QStringLiteral("the request did not arrive whole within %1 s")
                .arg(limits().requestTimeout.count() / 1000.0));
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcHttp) << "closing a connection idle for" << limits().idleTimeout.count() << "ms";
        m_socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_idleTimer.isActive())
            startIdle();
    });
    m_request.peer = socket->peerAddress();
    startIdle();
}

void ConnectionGuard::startIdle()
{
    if (limits().idleTimeout.count() > 0)
        m_idleTimer.start(limits().idleTimeout);
}

void ConnectionGuard::requestWhole()
{
    m_requestTimer.stop();
    m_phase = Phase::Waiting;
    // QtHttpServer hands a whole request over in the same readyRead; when it has not by the
    // next turn of the loop, it could not parse it (6.4 then leaves the connection open, its
    // signals disconnected, for as long as the client likes).
    QTimer::singleShot(0, this, [this] {
        if (m_phase == Phase::Waiting && !m_busy && !m_refused)
            refuse(400, QStringLiteral("not a valid HTTP/1.1 request"));
    });
}

void ConnectionGuard::requestArrived()
{
    m_busy = true;
    m_idleTimer.stop();
    if (m_phase != Phase::Pipelined) {
        // QtHttpServer found the end (of a chunked body, or one this count fell behind on).
        m_requestTimer.stop();
        m_phase = Phase::Waiting;
        m_head.clear();
    }
}

void ConnectionGuard::answered()
{
    m_busy = false;
    if (m_phase == Phase::Pipelined) {
        // A fresh budget and time for what follows each answer.
        m_budget = 4 * (limits().maxHeaderBytes + limits().maxBodyBytes);
        if (limits().requestTimeout.count() > 0)
            m_requestTimer.start(limits().requestTimeout);
        return;
    }
    m_phase = Phase::Head;
    m_head.clear();
    m_request = RefusedRequest{};
    m_request.peer = m_socket->peerAddress();
    startIdle();
}

void ConnectionGuard::onReadyRead()
{
    const qint64 available = m_socket->bytesAvailable();
    qint64 freshBytes = available - m_unread;
    if (freshBytes < 0) // read by someone since: all of it is new
        freshBytes = available;
#ifdef FW_HTTPSERVER_RESPONDER_API
    // 6.5+ stops reading a connection while its answer is pending, and leaves what follows a
    // whole request for the next round: those bytes will be presented again.
    m_unread = (m_busy || m_phase == Phase::Waiting || m_phase == Phase::Pipelined) ? available : 0;
#else
    m_unread = 0; // 6.4 reads everything at every readyRead
#endif
    if (m_refused) {
        m_discardBudget -= available;
        discardInput();
        if (m_discardBudget < 0) // after QtHttpServer's handler of this readyRead has run
            QMetaObject::invokeMethod(m_socket, &QTcpSocket::abort, Qt::QueuedConnection);
        return;
    }
    if (freshBytes <= 0)
        return;
    m_idleTimer.stop();

    qint64 rest = freshBytes;
    if (m_phase == Phase::Head && !m_busy) {
        // Copy the head bytes only: at most what the header limit leaves.
        const qint64 offset = available - freshBytes;
        const qint64 wanted = qMin(freshBytes, limits().maxHeaderBytes - m_head.size() + 4);
        consumeHead(m_socket->peek(offset + wanted).mid(offset));
        rest -= wanted;
        if (m_refused)
            return;
        if (m_phase == Phase::Head && rest > 0) {
            refuse(431,
                QStringLiteral("request line and headers exceed %1 bytes")
                    .arg(limits().maxHeaderBytes));
            return;
        }
    }
    count(rest);
}

void ConnectionGuard::enterPipelined(qint64 bytes)
{
    m_request = RefusedRequest{}; // boundaries are no longer known: nothing to attribute
    m_request.peer = m_socket->peerAddress();
    // A client that sends its next request before reading the answer: QtHttpServer handles
    // that, but request boundaries are no longer followed here, only a budget of bytes.
    m_phase = Phase::Pipelined;
    m_budget = 4 * (limits().maxHeaderBytes + limits().maxBodyBytes);
    if (limits().requestTimeout.count() > 0 && !m_requestTimer.isActive())
        m_requestTimer.start(limits().requestTimeout);
    count(bytes);
}

// Counts bytes past the head: the body's, or those of requests that follow.
void ConnectionGuard::count(qint64 bytes)
{
    if (bytes <= 0)
        return;
    switch (m_phase) {
    case Phase::Body:
        if (bytes <= m_bodyLeft) {
            m_bodyLeft -= bytes;
            if (m_bodyLeft == 0)
                requestWhole();
            return;
        }
        bytes -= m_bodyLeft;
        m_bodyLeft = 0;
        m_requestTimer.stop();
        return enterPipelined(bytes);
    case Phase::Head:
    case Phase::Waiting:
        return enterPipelined(bytes);
    case Phase::ChunkedBody:
    case Phase::Pipelined:
        m_budget -= bytes;
        if (m_budget < 0)
            refuse(413,
                QStringLiteral("more than %1 bytes sent for one request")
                    .arg(limits().maxHeaderBytes + limits().maxBodyBytes));
        return;
    }
}

void ConnectionGuard::consumeHead(const QByteArray &fresh)
{
    if (m_head.isEmpty()) {
        // Blank lines between requests are allowed (RFC 9112, 2.2).
        qsizetype skip = 0;
        while (skip < fresh.size() && (fresh.at(skip) == '\r' || fresh.at(skip) == '\n'))
            ++skip;
        if (skip == fresh.size())
            return;
        if (limits().requestTimeout.count() > 0)
            m_requestTimer.start(limits().requestTimeout);
        m_head = fresh.mid(skip);
    } else {
        m_head += fresh;
    }
    if (m_request.method.isEmpty()) // known as soon as it arrives, for a refusal's record
        parseRequestLine();
    qsizetype end = m_head.indexOf("\r\n\r\n");
    qsizetype endLength = 4;
    if (end < 0) {
        end = m_head.indexOf("\n\n");
        endLength = 2;
    }
    if (end < 0 ? m_head.size() > limits().maxHeaderBytes
                : end + endLength > limits().maxHeaderBytes) {
        refuse(431,
            QStringLiteral("request line and headers exceed %1 bytes")
                .arg(limits().maxHeaderBytes));
        return;
    }
    if (end < 0 || !parseHead(end))
        return;
    const qint64 after = m_head.size() - (end + endLength);
    m_head.clear();
    if (m_phase == Phase::Body && m_bodyLeft == 0)
        requestWhole();
    count(after);
}

void ConnectionGuard::parseRequestLine()
{
    const qsizetype end = m_head.indexOf('\n');
    if (end < 0)
        return;
    const QList<QByteArray> parts = m_head.left(end).trimmed().split(' ');
    if (parts.size() == 3 && parts.at(2).startsWith("HTTP/")) {
        m_request.method = parts.at(0).left(32);
        m_request.target = parts.at(1).left(8192);
    }
}

// Reads the headers in m_head[0, end); false after refusing the request.
bool ConnectionGuard::parseHead(qsizetype end)
{
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    std::optional<qint64> contentLength;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (contentLength && *contentLength != length)) {
                refuse(400, QStringLiteral("invalid Content-Length"));
                return false;
            }
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            chunked = value.toLower().contains("chunked");
        }
    }
    if (contentLength)
        m_request.declaredBodyBytes = *contentLength;
    if (contentLength && *contentLength > limits().maxBodyBytes) {
        refuse(413,
            QStringLiteral("body of %1 bytes exceeds the %2-byte limit")
                .arg(*contentLength)
                .arg(limits().maxBodyBytes));
        return false;
    }
    if (chunked) {
        // Counted with room for the chunks' framing; QtHttpServer finds the end.
        m_phase = Phase::ChunkedBody;
        m_budget = limits().maxBodyBytes + limits().maxBodyBytes / 8 + 4096;
        return true;
    }
    m_bodyLeft = contentLength.value_or(0);
    m_phase = Phase::Body;
    return true;
}

void ConnectionGuard::refuse(int status, const QString &reason)
{
    if (m_refused)
        return;
    m_refused = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    discardInput();
    m_request.status = status;
    m_request.reason = reason;
    qCInfo(lcHttp).noquote() << "refused a request from" << m_request.peer.toString() << "with"
                             << status << "-" << reason;
    if (m_socket->state() == QAbstractSocket::ConnectedState && !m_busy) {
        const QByteArray body = errorBody(reason);
        m_socket->write(
            rawAnswer(status, {{"Content-Type", "application/json"}}, body.size(), true) + body);
        m_socket->flush();
    }
    // Closing at once while the client still sends would reset the connection and could lose
    // the answer on its side: what it sends is dropped unread for a moment (onReadyRead), then
    // the connection closes; one that sends on regardless is cut off.
    m_discardBudget = 4 * (limits().maxHeaderBytes + limits().maxBodyBytes);
    QTimer::singleShot(1000, m_socket, &QTcpSocket::disconnectFromHost);
    QTimer::singleShot(3000, m_socket, &QTcpSocket::abort);
    Q_EMIT m_listener->requestRefused(m_request);
}

void ConnectionGuard::discardInput()
{
    // Before QtHttpServer's own readyRead handler runs: it finds nothing left to parse.
    if (!m_socket->isOpen())
        return;
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_unread = 0;
}

// Creates each connection's socket, so that its guard is connected before QtHttpServer's
// handler, and turns away connections past the limit before QtHttpServer sees them.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(HttpListener *listener, std::function<void(ConnectionGuard *)> registerGuard)
        : m_listener(listener)
        , m_register(std::move(registerGuard))
    {
    }

    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Status, headers and body go out in pieces: send each at once rather than let Nagle's
        // algorithm hold the last one for a keep-alive client's ACK.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const HttpLimits &limits = m_listener->limits();
        if (connections >= limits.maxConnections) {
            const QByteArray body = errorBody(QStringLiteral("too many connections"));
            socket->write(
                rawAnswer(503, {{"Content-Type", "application/json"}}, body.size(), true) + body);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(2000, socket, &QTcpSocket::abort);
            RefusedRequest refused;
            refused.peer = socket->peerAddress();
            refused.status = 503;
            refused.reason
                = QStringLiteral("more than %1 connections at once").arg(limits.maxConnections);
            qCInfo(lcHttp).noquote() << "refused a connection:" << refused.reason;
            Q_EMIT m_listener->requestRefused(refused);
            return;
        }
        ++connections;
        connect(socket, &QObject::destroyed, this, [this] { --connections; });
        m_register(new ConnectionGuard(socket, m_listener));
        addPendingConnection(socket);
    }

private:
    HttpListener *m_listener;
    std::function<void(ConnectionGuard *)> m_register;
};

struct HttpResponder::State
{
    explicit State(QHttpServerResponder &&responderIn, QSet<State *> *openIn)
        : responder(std::move(responderIn))
        , open(openIn)
    {
        open->insert(this);
    }
    ~State() { release(); }
    Q_DISABLE_COPY_MOVE(State)

    // QtHttpServer's responder, until answered. On 6.5+ it points into the connection's handler,
    // which resumes reading when the responder goes and which dies with the server: so it goes
    // as soon as the answer is written, and before the server when that closes first.
    std::optional<QHttpServerResponder> responder;
    QSet<State *> *open; // the listener's unanswered requests; null once it closed
    QPointer<QTcpSocket> socket;
    QPointer<ConnectionGuard> guard;
    bool answered = false;

    void release()
    {
        responder.reset();
        if (open)
            open->remove(this);
        open = nullptr;
    }
    void finish()
    {
        answered = true;
        release();
        if (guard)
            guard->answered();
    }
};

HttpResponder::HttpResponder() = default;
HttpResponder::HttpResponder(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
}
HttpResponder::HttpResponder(HttpResponder &&other) noexcept = default;
HttpResponder &HttpResponder::operator=(HttpResponder &&other) noexcept
{
    if (this != &other) {
        if (m_state && !m_state->answered)
            drop(); // replaced unanswered: the client must not wait for what will not come
        m_state = std::move(other.m_state);
    }
    return *this;
}

HttpResponder::~HttpResponder()
{
    if (m_state && !m_state->answered)
        drop();
}

bool HttpResponder::isAnswered() const
{
    return !m_state || m_state->answered;
}

bool HttpResponder::isConnected() const
{
    return m_state && m_state->socket
        && m_state->socket->state() == QAbstractSocket::ConnectedState;
}

void HttpResponder::respond(int status, const QByteArray &body, const HeaderList &headers)
{
    if (isAnswered())
        return;
    State &state = *m_state;
    if (isConnected() && state.responder) {
#ifdef FW_HTTPSERVER_RESPONDER_API
        state.responder->write(
            body, QHttpHeaders::fromListOfPairs(headers), QHttpServerResponder::StatusCode(status));
#else
        state.responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
        for (const auto &[name, value] : headers)
            state.responder->writeHeader(name, value);
        state.responder->writeHeader("Content-Length", QByteArray::number(body.size()));
        state.responder->writeBody(body);
#endif
    }
    state.finish();
}

void HttpResponder::respondTruncated(int status, const QByteArray &body, const HeaderList &headers)
{
    if (isAnswered())
        return;
    State &state = *m_state;
    if (isConnected()) {
        // Written straight to the socket on every version: no responder writes half an answer.
        state.socket->write(
            rawAnswer(status, headers, body.size(), false) + body.left(body.size() / 2));
        // Into the kernel now: on 6.5+ the connection's handler deletes the socket as soon as
        // the responder is gone, and a socket deleted while closing drops what it holds.
        state.socket->flush();
        state.socket->disconnectFromHost();
    }
    state.finish();
}

void HttpResponder::drop()
{
    if (isAnswered())
        return;
    if (m_state->socket)
        m_state->socket->abort();
    m_state->finish();
}

// --- HttpListener ---

namespace {

// Hands every request, whatever its path, to the listener.
class Server : public QAbstractHttpServer
{
public:
    using Dispatch
        = std::function<void(const QHttpServerRequest &, QTcpSocket *, QHttpServerResponder &&)>;
    explicit Server(Dispatch dispatch)
        : m_dispatch(std::move(dispatch))
    {
    }
    std::function<QTcpSocket *(const QHttpServerRequest &)> findSocket;

protected:
#ifdef FW_HTTPSERVER_RESPONDER_API
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        m_dispatch(request, findSocket(request), std::move(responder));
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        handleRequest(request, responder); // not reached: handleRequest() takes every request
    }
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_dispatch(request, socket, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        handleRequest(request, socket); // not reached: handleRequest() takes every request
    }
#endif

private:
    Dispatch m_dispatch;
};

} // namespace

class HttpListener::Private
{
public:
    explicit Private(HttpListener *q, Handler handler)
        : q(q)
        , m_handler(std::move(handler))
    {
    }

    void dispatch(
        const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder);
    ConnectionGuard *guardOf(const QTcpSocket *socket) const;

    HttpListener *q;
    Handler m_handler;
    HttpLimits m_limits;
    QHostAddress m_address;
    quint16 m_port = 0;
    QList<QPointer<ConnectionGuard>> m_guards;
    QSet<HttpResponder::State *> m_open; // requests handed over and not answered yet
    GuardedTcpServer *m_tcpServer = nullptr; // owned by m_server
    std::unique_ptr<Server> m_server;
};

ConnectionGuard *HttpListener::Private::guardOf(const QTcpSocket *socket) const
{
    for (const auto &guard : m_guards) {
        if (guard && guard->socket() == socket)
            return guard;
    }
    return nullptr;
}

void HttpListener::Private::dispatch(
    const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder)
{
    auto state = std::make_unique<HttpResponder::State>(std::move(responder), &m_open);
    state->socket = socket;
    state->guard = guardOf(socket);
    if (state->guard)
        state->guard->requestArrived();
    HttpResponder answer(std::move(state));

    HttpRequest copy;
    copy.method = methodName(int(request.method()));
    copy.url = request.url();
#ifdef FW_HTTPSERVER_RESPONDER_API
    copy.headers = request.headers().toListOfPairs();
#else
    copy.headers = request.headers();
#endif
    copy.body = request.body();
    copy.peer = request.remoteAddress();

    QString refusal;
    if (m_limits.requireAddressHost && !copy.header("Host").isEmpty()
        && !isAddressHost(copy.header("Host")))
        refusal = QStringLiteral("Host '%1' is not an address of this machine")
                      .arg(QString::fromLatin1(copy.header("Host").left(100)));
    else if (m_limits.rejectForeignOrigin && !copy.header("Origin").isEmpty()
        && !isLocalOrigin(copy.header("Origin")))
        refusal = QStringLiteral("requests from web pages (Origin '%1') are not accepted")
                      .arg(QString::fromLatin1(copy.header("Origin").left(100)));
    if (!refusal.isEmpty()) {
        qCInfo(lcHttp).noquote() << "refused" << copy.method << "from" << copy.peer.toString()
                                 << "-" << refusal;
        answer.respond(403, errorBody(refusal), {{"Content-Type", "application/json"}});
        RefusedRequest refused;
        refused.method = copy.method;
        refused.target = copy.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        refused.headers = copy.headers;
        refused.declaredBodyBytes = copy.body.size();
        refused.peer = copy.peer;
        refused.status = 403;
        refused.reason = refusal;
        Q_EMIT q->requestRefused(refused);
        return;
    }
    m_handler(copy, std::move(answer));
}

HttpListener::HttpListener(Handler handler, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(handler)))
{
    qRegisterMetaType<RefusedRequest>();
    silenceRequestDumps();
}

HttpListener::~HttpListener()
{
    close();
}

void HttpListener::setLimits(const HttpLimits &limits) // takes effect at once
{
    d->m_limits = limits;
}

const HttpLimits &HttpListener::limits() const
{
    return d->m_limits;
}

bool HttpListener::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto server
        = std::make_unique<Server>([this](const QHttpServerRequest &request, QTcpSocket *socket,
                                       QHttpServerResponder &&responder) {
              d->dispatch(request, socket, std::move(responder));
          });
    auto *tcpServer = new GuardedTcpServer(this, [this](ConnectionGuard *guard) {
        d->m_guards.removeAll(nullptr);
        d->m_guards.append(guard);
    });
    if (!tcpServer->listen(address, port)) {
        qCWarning(lcHttp).noquote()
            << "cannot listen on" << address.toString() << port << "-" << tcpServer->errorString();
        delete tcpServer;
        return false;
    }
    // 6.5+ answers requests of a connection only through its responder, with no socket: the
    // one the request came on is found by the client's address and port.
    server->findSocket = [this](const QHttpServerRequest &request) -> QTcpSocket * {
#ifdef FW_HTTPSERVER_RESPONDER_API
        for (const auto &guard : std::as_const(d->m_guards)) {
            if (guard && guard->socket()->peerPort() == request.remotePort()
                && guard->socket()->peerAddress() == request.remoteAddress())
                return guard->socket();
        }
#else
        Q_UNUSED(request);
#endif
        return nullptr;
    };
    server->bind(tcpServer);
    d->m_tcpServer = tcpServer;
    d->m_server = std::move(server);
    d->m_address = address;
    d->m_port = tcpServer->serverPort();
    return true;
}

quint16 HttpListener::port() const
{
    return d->m_port;
}

QHostAddress HttpListener::address() const
{
    return d->m_address;
}

void HttpListener::close()
{
    // Answers still pending go nowhere from now on; their responders must go before the server.
    const auto open = d->m_open;
    for (HttpResponder::State *state : open) {
        state->answered = true;
        state->release();
    }
    d->m_server.reset(); // the TCP server and every connection are its children
    d->m_tcpServer = nullptr;
    d->m_guards.clear();
    d->m_port = 0;
}

int HttpListener::connectionCount() const
{
    return d->m_tcpServer ? d->m_tcpServer->connections : 0;
}

QByteArray HttpListener::methodName(int method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(method);
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void filter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    // "qt.httpserver" on 6.4; 6.8 adds sub-categories ("qt.httpserver.http1handler" prints each
    // request with its Authorization header): all of them.
    static constexpr char prefix[] = "qt.httpserver";
    const char *name = category->categoryName();
    if (qstrncmp(name, prefix, sizeof prefix - 1) == 0
        && (name[sizeof prefix - 1] == '\0' || name[sizeof prefix - 1] == '.')) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void silenceRequestDumps()
{
    static const bool installed = [] {
        previousFilter = QLoggingCategory::installFilter(filter);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace fw::http
