#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <functional>

// A server that misbehaves on purpose, for testing what a client takes from a broken or hostile
// API: a raw QTcpServer on 127.0.0.1, port 0, that speaks just enough HTTP/1.1. Every request's
// raw request line is recorded (requestLines()), and each is answered as `mode` says.
//
// Nothing here can run away from a test that fails: an endless body stops after maxBodyBytes or
// when the client disconnects, a drip after maxDrips, the endless cursors after maxRequests
// answers, and every connection after maxConnectionTime.
//
// By default it is served by the event loop of the thread that made it; runInThread() gives it
// its own, as a server in another process would have (a client on the same loop would be
// starved by a server that writes as fast as the socket takes). Set the fields before requests.
class HostileServer
{
public:
    enum class Mode {
        // 200 with Transfer-Encoding: chunked and 64 KiB chunks written whenever the socket
        // has room, without a last chunk: the body never ends.
        EndlessChunks,
        // 200 announcing Content-Length: announcedLength, then a few bytes and silence.
        HugeContentLength,
        // Every GET is a page of itemsPerPage webhooks whose next_cursor is new every time.
        EndlessCursors,
        // 200 announcing a 1 MiB body, then one byte every dripIntervalMs that never finishes.
        SlowDrip,
        // `status` with `body` and `extraHeaders`, then closes: items of the wrong shape, 429s.
        Fixed,
    };

    Mode mode = Mode::Fixed;
    // Fixed
    int status = 200;
    QByteArray body = QByteArrayLiteral(R"({"code":"Success","data":{"items":[]}})");
    QByteArray extraHeaders; // each line ending in \r\n, e.g. "Retry-After: 1\r\n"
    // EndlessChunks
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    // HugeContentLength
    qint64 announcedLength = 100000000000; // 10^11
    // EndlessCursors
    int itemsPerPage = 1;
    int maxRequests = 200; // answers after this many say there is no next page
    // SlowDrip
    int dripIntervalMs = 50;
    int maxDrips = 400;
    // Every mode: a connection still open after this long is closed.
    int maxConnectionTime = 30000;

    HostileServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    ~HostileServer()
    {
        if (m_thread.isRunning()) {
            // Close everything in the server's thread and bring the server back for its end.
            QThread *home = QThread::currentThread();
            QMetaObject::invokeMethod(
                &m_server,
                [this, home] {
                    disconnectAll();
                    m_server.close();
                    m_server.moveToThread(home);
                },
                Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
        }
        disconnectAll();
    }
    // Serves from a thread of its own from now on; call before the first request.
    void runInThread()
    {
        m_thread.start();
        m_server.moveToThread(&m_thread);
    }
    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    bool isListening() const { return m_server.isListening(); }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
    }
    // "GET /v1/webhooks/%C3%BC HTTP/1.1", as received.
    QList<QByteArray> requestLines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requestLines;
    }
    int requestCount() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_requestLines.size());
    }
    // Body bytes the socket handed to the system (QTcpSocket::bytesWritten), all connections.
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }
    // Whether an endless body stopped because it reached maxBodyBytes (not a client's hang-up).
    bool reachedBodyLimit() const { return m_reachedBodyLimit; }

private:
    void disconnectAll()
    {
        // The sockets are children of the server, which goes last: their callbacks must not
        // reach the members destroyed before it.
        const QObjectList children = m_server.children();
        for (QObject *child : children)
            QObject::disconnect(child, nullptr, nullptr, nullptr);
    }

    struct Connection
    {
        QByteArray buffer;
        bool answered = false;
        bool streaming = false; // counts bytesWritten as body bytes from now on
        qint64 headerBytesLeft = 0; // of the response head, not counted as body
        qint64 queued = 0; // body bytes written to the socket so far
        int drips = 0;
        QTimer *timer = nullptr;
    };

    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_connections.insert(socket, Connection());
            QTimer::singleShot(maxConnectionTime, socket, [socket] { socket->abort(); });
            QObject::connect(
                socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                [this, socket](qint64 bytes) { written(socket, bytes); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void read(QTcpSocket *socket)
    {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->answered)
            return;
        it->buffer += socket->readAll();
        const qsizetype headEnd = it->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (it->buffer.size() > 64 * 1024) // no request head is this long
                socket->abort();
            return;
        }
        // Only the request head matters here; a body (a PATCH) is not read.
        it->answered = true;
        const QByteArray requestLine = it->buffer.left(it->buffer.indexOf("\r\n"));
        {
            QMutexLocker lock(&m_mutex);
            m_requestLines.append(requestLine);
        }
        answer(socket, *it, requestLine);
    }

    static QByteArray head(int status, const QByteArray &headers)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + (status < 300 ? " OK" : " Failure")
            + "\r\nContent-Type: application/json\r\n" + headers + "\r\n";
    }

    void startStream(QTcpSocket *socket, Connection &connection, const QByteArray &responseHead)
    {
        connection.streaming = true;
        connection.headerBytesLeft = responseHead.size();
        socket->write(responseHead);
    }

    void answer(QTcpSocket *socket, Connection &connection, const QByteArray &requestLine)
    {
        switch (mode) {
        case Mode::Fixed:
            socket->write(head(status,
                              extraHeaders + "Content-Length: " + QByteArray::number(body.size())
                                  + "\r\nConnection: close\r\n")
                + body);
            socket->disconnectFromHost();
            return;
        case Mode::EndlessCursors: {
            const int n = requestCount();
            QByteArray items;
            for (int i = 0; i < itemsPerPage; ++i) {
                if (i > 0)
                    items += ',';
                items += R"({"id":"hook_)" + QByteArray::number(n) + '_' + QByteArray::number(i)
                    + R"(","type":"account","url":"https:\/\/x.io","events":["sync_end"],"active":true})";
            }
            const QByteArray next = n < maxRequests
                ? '"' + QByteArray("cursor_") + QByteArray::number(n) + '"'
                : QByteArray("null");
            const QByteArray page = R"({"code":"Success","data":{"items":[)" + items
                + R"(],"next_cursor":)" + next + "}}";
            socket->write(head(200,
                              "Content-Length: " + QByteArray::number(page.size())
                                  + "\r\nConnection: close\r\n")
                + page);
            socket->disconnectFromHost();
            Q_UNUSED(requestLine);
            return;
        }
        case Mode::EndlessChunks:
            startStream(socket, connection, head(200, "Transfer-Encoding: chunked\r\n"));
            writeChunks(socket, connection);
            return;
        case Mode::HugeContentLength:
            startStream(socket, connection,
                head(200, "Content-Length: " + QByteArray::number(announcedLength) + "\r\n"));
            connection.queued += socket->write(R"({"code":"Success","data":)");
            return;
        case Mode::SlowDrip:
            startStream(socket, connection, head(200, "Content-Length: 1048576\r\n"));
            connection.timer = new QTimer(socket);
            QObject::connect(connection.timer, &QTimer::timeout, socket, [this, socket] {
                auto it = m_connections.find(socket);
                if (it == m_connections.end())
                    return;
                if (++it->drips > maxDrips) {
                    it->timer->stop();
                    socket->abort();
                    return;
                }
                it->queued += socket->write(it->drips == 1 ? "{" : " ");
            });
            connection.timer->start(dripIntervalMs);
            return;
        }
    }

    // Keeps at most 256 KiB waiting in the socket: the chunks follow the client's pace, so a
    // client that stops reading leaves the server idle instead of buffering without end.
    void writeChunks(QTcpSocket *socket, Connection &connection)
    {
        static const QByteArray chunk = []() -> QByteArray {
            const QByteArray data(64 * 1024, ' ');
            return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
        }();
        while (socket->bytesToWrite() < 256 * 1024) {
            if (connection.queued >= maxBodyBytes) {
                m_reachedBodyLimit = true;
                socket->disconnectFromHost(); // no last chunk: the body is cut, not complete
                return;
            }
            connection.queued += socket->write(chunk);
        }
    }

    void written(QTcpSocket *socket, qint64 bytes)
    {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || !it->streaming)
            return;
        const qint64 headBytes = qMin(bytes, it->headerBytesLeft);
        it->headerBytesLeft -= headBytes;
        m_bodyBytesSent += bytes - headBytes;
        if (mode == Mode::EndlessChunks && socket->state() == QAbstractSocket::ConnectedState)
            writeChunks(socket, *it);
    }

    QThread m_thread;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    mutable QMutex m_mutex;
    QList<QByteArray> m_requestLines;
    std::atomic<qint64> m_bodyBytesSent{0};
    std::atomic<bool> m_reachedBodyLimit{false};
};
