// bench_receiver: deliveries/s, p99 latency and the server's peak RSS for the ReceiverServer,
// next to a bare QHttpServer route answering the same requests (the baseline). The servers run
// in this process, one after the other; the load comes from a second process (this binary with
// --client PORT COUNT CONNECTIONS) posting signed deliveries on keep-alive loopback connections.

#include "ReceiverServer.h"
#include "Signature.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int kCount = 20000;
constexpr int kConnections = 4;
const QByteArray kSecret = "bench-secret";

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// --- client process ---
struct Connection
{
    QTcpSocket socket;
    QByteArray buffer;
    QElapsedTimer sent;
    int remaining = 0;
};

int runClient(quint16 port, int count, int connections)
{
    std::vector<qint64> latenciesNs;
    latenciesNs.reserve(size_t(count));
    std::vector<std::unique_ptr<Connection>> pool;
    int next = 0;
    int done = 0;
    QElapsedTimer wall;
    const auto request = [](int n) -> QByteArray {
        const QByteArray body = QStringLiteral(R"({"event":"sync_end","connector_id":"c","sync_id":"s%1","created":"2026-05-22T00:06:08.638Z","data":{"status":"SUCCESSFUL"}})")
                                        .arg(n)
                                        .toUtf8();
        return "POST /hook/" + QByteArray::number(n % 8) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Fivetran-Signature-256: "
                + fw::Signature::sign(body, kSecret) + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    const std::function<void(Connection *)> sendNext = [&](Connection *c) {
        if (next >= count)
            return;
        const QByteArray bytes = request(next++);
        c->sent.start();
        c->socket.write(bytes);
    };
    for (int i = 0; i < connections; ++i) {
        auto c = std::make_unique<Connection>();
        Connection *raw = c.get();
        QObject::connect(&raw->socket, &QTcpSocket::connected, [&, raw] { sendNext(raw); });
        QObject::connect(&raw->socket, &QTcpSocket::readyRead, [&, raw] {
            raw->buffer += raw->socket.readAll();
            for (;;) {
                const int end = raw->buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray &line : raw->buffer.left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (raw->buffer.size() < end + 4 + length)
                    return;
                raw->buffer.remove(0, end + 4 + length);
                latenciesNs.push_back(raw->sent.nsecsElapsed());
                if (++done == count)
                    QCoreApplication::quit();
                else
                    sendNext(raw);
            }
        });
        QObject::connect(&raw->socket, &QTcpSocket::disconnected, [] { QCoreApplication::exit(2); });
        raw->socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        raw->socket.connectToHost(QHostAddress::LocalHost, port);
        pool.push_back(std::move(c));
    }
    wall.start();
    QTimer::singleShot(12000, [] { QCoreApplication::exit(3); }); // bounded time
    const int rc = QCoreApplication::exec();
    const double seconds = wall.nsecsElapsed() / 1e9;
    std::sort(latenciesNs.begin(), latenciesNs.end());
    const double p99 = latenciesNs.empty() ? 0 : latenciesNs[latenciesNs.size() * 99 / 100] / 1e6;
    std::printf("%d %.1f %.3f %d\n", done, done / seconds, p99, rc);
    std::fflush(stdout);
    return 0;
}

// --- server process ---
struct Result
{
    QString name;
    QString line; // the client's answer
    qint64 peakRssKiB = 0;
    qint64 baseRssKiB = 0;
};

Result drive(const QString &name, quint16 port)
{
    Result result;
    result.name = name;
    result.baseRssKiB = rssKiB();
    result.peakRssKiB = result.baseRssKiB;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { result.peakRssKiB = std::max(result.peakRssKiB, rssKiB()); });
    sampler.start(20);
    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&client, &QProcess::finished, [&] { QCoreApplication::quit(); });
    client.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--client"), QString::number(port), QString::number(kCount),
                  QString::number(kConnections)});
    QCoreApplication::exec();
    result.peakRssKiB = std::max(result.peakRssKiB, rssKiB());
    result.line = QString::fromLatin1(client.readAllStandardOutput()).trimmed();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args.at(1) == QLatin1String("--client"))
        return runClient(quint16(args.at(2).toUInt()), args.at(3).toInt(), args.at(4).toInt());

    QLoggingCategory::setFilterRules(QStringLiteral("fw.receiver.debug=false\nfw.receiver.info=false"));
    std::vector<Result> results;
    {
        QHttpServer baseline;
        baseline.route(QStringLiteral("/hook/<arg>"), [](const QString &) {
            return QHttpServerResponse(QByteArray("{}"), QHttpServerResponse::StatusCode::Ok);
        });
        const quint16 port = baseline.listen(QHostAddress::LocalHost, 0);
        results.push_back(drive(QStringLiteral("bare QHttpServer route (baseline)"), port));
    }
    {
        fw::ReceiverServer receiver;
        receiver.setSecretProvider([](const QString &) {
            return QList<fw::KnownSecret>{{QStringLiteral("other"), QByteArray("nope")},
                                          {QStringLiteral("bench"), kSecret}};
        });
        receiver.listen();
        results.push_back(drive(QStringLiteral("fw::ReceiverServer"), receiver.port()));
        std::fprintf(stderr, "receiver history: %d held, %llu received\n", receiver.history().size(),
                     static_cast<unsigned long long>(receiver.history().totalAppended()));
    }

    std::printf("| server | deliveries | deliveries/s | p99 latency (ms) | server RSS before → peak (MiB) |\n");
    std::printf("|---|---:|---:|---:|---:|\n");
    for (const Result &result : results) {
        const QStringList fields = result.line.split(QLatin1Char(' '));
        std::printf("| %s | %s | %s | %s | %.1f → %.1f |\n", qPrintable(result.name),
                    qPrintable(fields.value(0)), qPrintable(fields.value(1)),
                    qPrintable(fields.value(2)), result.baseRssKiB / 1024.0,
                    result.peakRssKiB / 1024.0);
    }
    std::printf("\n%d signed deliveries (about 160-byte bodies) per server over %d keep-alive loopback "
                "connections from a second process; RSS sampled every 20 ms.\n",
                kCount, kConnections);
    return 0;
}
