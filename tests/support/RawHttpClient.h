#pragma once

// A bare HTTP/1.1 client on a QTcpSocket, for tests that send what QNetworkAccessManager never
// would: byte by byte, pipelined, endless, or not HTTP at all. It parses the answers it gets
// (status, head, body by Content-Length) and counts what it wrote.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpSocket>

class RawHttpClient : public QObject
{
public:
    QTcpSocket socket;
    QList<int> statuses; // one per whole answer, in order
    QList<QByteArray> heads; // status line and headers of each answer
    QList<QByteArray> bodies;
    QByteArray unparsed; // what came after the last whole answer (a truncated one)
    bool disconnected = false;

    explicit RawHttpClient(quint16 port, const QHostAddress &host = QHostAddress::LocalHost)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { disconnected = true; });
        socket.connectToHost(host, port);
    }

    // Sends `request` now, or after the answer to the one before (no pipelining).
    void queue(const QByteArray &request)
    {
        m_pending.append(request);
        if (!m_waiting)
            sendNext();
    }

    // Writes at once, answers or not.
    void write(const QByteArray &bytes) { socket.write(bytes); }

    QByteArray lastHead() const { return heads.isEmpty() ? QByteArray() : heads.constLast(); }

    static QByteArray request(const QByteArray &method, const QByteArray &target,
                              const QByteArray &body = {}, const QByteArray &extraHeaders = {})
    {
        return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
                + (body.isEmpty() && method == "GET"
                           ? QByteArray()
                           : "Content-Type: application/json\r\nContent-Length: "
                                   + QByteArray::number(body.size()) + "\r\n")
                + "\r\n" + body;
    }

private:
    void sendNext()
    {
        if (m_pending.isEmpty())
            return;
        m_waiting = true;
        socket.write(m_pending.takeFirst());
    }

    void onReadyRead()
    {
        unparsed += socket.readAll();
        for (;;) {
            const qsizetype end = unparsed.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = unparsed.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (unparsed.size() < end + 4 + length)
                return;
            statuses.append(head.mid(9, 3).toInt());
            heads.append(head);
            bodies.append(unparsed.mid(end + 4, length));
            unparsed.remove(0, end + 4 + length);
            m_waiting = false;
            sendNext();
        }
    }

    QList<QByteArray> m_pending;
    bool m_waiting = false;
};
