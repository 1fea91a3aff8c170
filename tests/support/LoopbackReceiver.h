#pragma once

#include "HttpServerCompat.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QUrl>

// A webhook endpoint for tests: a real HTTP server on a free loopback port that records every
// request to /hook and answers with `status`.
class LoopbackReceiver
{
public:
    struct Delivery
    {
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
    };

    int status = 200;
    QList<Delivery> deliveries;

    LoopbackReceiver()
    {
        m_server.route(QStringLiteral("/hook"), [this](const QHttpServerRequest &request) {
            deliveries.append({request.body(), headersOf(request)});
            return QHttpServerResponse(QByteArray("ok"), QHttpServerResponse::StatusCode(status));
        });
        m_port = listenOnLoopback(m_server);
    }

    bool isListening() const { return m_port != 0; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port)); }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};
