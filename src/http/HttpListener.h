#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace fw::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as the sandbox and the receiver need it, copied out of QtHttpServer's (whose type
// and header API differ between Qt 6.4 and 6.8, and whose object is reused for the next request).
struct HttpRequest
{
    QByteArray method; // "GET", "POST"...
    QUrl url;
    HeaderList headers; // as sent, in order
    QByteArray body;
    QHostAddress peer;

    // The values of every header named `name` (any case), joined with ", "; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// What a connection may send and how long it may take, enforced as the bytes arrive, before
// QtHttpServer buffers them (it has no limits of its own before Qt 6.9).
struct HttpLimits
{
    qint64 maxHeaderBytes = 64 * 1024; // request line and headers
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    // A request must arrive whole within this time of its first byte (slow senders hold a
    // connection, and its buffers, for as long as they are let).
    std::chrono::milliseconds requestTimeout{30'000};
    // A kept-alive connection with no request for this long is closed.
    std::chrono::milliseconds idleTimeout{120'000};
    int maxConnections = 256; // more are answered 503 and closed
    // Answer 403 to a Host header that is not an IP address or "localhost": a web page that
    // rebinds its own host name to 127.0.0.1 must not reach a loopback server. Off for the
    // receiver, which tunnels (ngrok, cloudflared) reach under their public host names.
    bool requireAddressHost = true;
    // Answer 403 to a request whose Origin is a web page that is not on this machine: browsers
    // send Origin with every POST, servers delivering webhooks send none.
    bool rejectForeignOrigin = true;
};

// A request refused before it reached the handler: too large, too slow, or from a web page.
struct RefusedRequest
{
    QByteArray method; // empty when the request line never arrived whole
    QByteArray target; // path and query as sent
    HeaderList headers; // those that arrived, when the headers were complete
    qint64 declaredBodyBytes = -1; // Content-Length, when sent
    QHostAddress peer;
    int status = 0; // what it was answered: 400, 403, 408, 413, 431, 503
    QString reason; // English, for logs and the receiver's history
};

// Answers one request, once. Movable, so that a timer or a delivery can answer later; dropping
// it unanswered closes the connection (a client must never wait for an answer that will not
// come).
class HttpResponder
{
public:
    HttpResponder();
    HttpResponder(HttpResponder &&other) noexcept;
    HttpResponder &operator=(HttpResponder &&other) noexcept;
    ~HttpResponder();

    // Adds Content-Length itself.
    void respond(int status, const QByteArray &body, const HeaderList &headers = {});
    // Announces the whole body's length, sends the first half, then closes: a server that dies
    // mid-answer (the sandbox's fault injection).
    void respondTruncated(int status, const QByteArray &body, const HeaderList &headers = {});
    // Closes the connection without answering.
    void drop();
    bool isAnswered() const;
    bool isConnected() const; // the client is still there to read an answer

private:
    friend class HttpListener;
    struct State;
    explicit HttpResponder(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// A loopback HTTP/1.1 server on QtHttpServer (6.4 to 6.8) that hands every request, whatever its
// path and method, to one handler, after enforcing HttpLimits on every connection.
class HttpListener : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder &&)>;

    explicit HttpListener(Handler handler, QObject *parent = nullptr);
    ~HttpListener() override;

    void setLimits(const HttpLimits &limits); // open connections too, from their next bytes
    const HttpLimits &limits() const;

    // Port 0 picks a free one. False when it cannot listen.
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QHostAddress address() const;
    void close(); // stops listening and drops every connection

    int connectionCount() const;

    // "GET" for QHttpServerRequest::Method::Get, for logs and HttpRequest::method.
    static QByteArray methodName(int method);

Q_SIGNALS:
    void requestRefused(const fw::http::RefusedRequest &refused);

private:
    class Private;
    friend class Private;
    std::unique_ptr<Private> d;
};

// QtHttpServer's "qt.httpserver" categories print whole requests, Authorization header included,
// with no way to redact it: keep it below warnings in any process that serves. Idempotent.
void silenceRequestDumps();

} // namespace fw::http

Q_DECLARE_METATYPE(fw::http::RefusedRequest)
