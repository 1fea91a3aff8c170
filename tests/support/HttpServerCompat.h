#pragma once

// QHttpServer as the tests use it for small stand-in servers, on Qt 6.4 and 6.8 alike: 6.8 has
// no listen() (a QTcpServer is bound instead) and gives headers as QHttpHeaders.

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QTcpServer>

// Listens on 127.0.0.1, port chosen by the system; 0 when it cannot.
inline quint16 listenOnLoopback(QAbstractHttpServer &server)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    auto *tcpServer = new QTcpServer(&server);
    if (!tcpServer->listen(QHostAddress::LocalHost, 0)) {
        delete tcpServer;
        return 0;
    }
    server.bind(tcpServer);
    return tcpServer->serverPort();
#else
    return server.listen(QHostAddress::LocalHost, 0);
#endif
}

inline QList<QPair<QByteArray, QByteArray>> headersOf(const QHttpServerRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers().toListOfPairs())
        headers.append({name, value});
    return headers;
#else
    return request.headers();
#endif
}
