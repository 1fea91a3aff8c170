// bench_receiver (P6 in docs/benchmarks.md): deliveries/s, p99 latency and the server's RSS for the
// ReceiverServer, next to a bare QHttpServer route answering the same requests (the baseline).
// The servers run in this process, one after the other; the load comes from a second process
// (this binary with --client PORT COUNT CONNECTIONS) posting signed deliveries on keep-alive
// loopback connections. Prints a Markdown table, and FWBENCH result lines for
// scripts/benchmark.sh.
//
//   bench_receiver [--n COUNT | --sizes 1000,10000,100000]     (default: 20000 deliveries)

#include "ReceiverServer.h"
#include "Signature.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>
#include "../../support/HttpServerCompat.h"

namespace {

constexpr int kDefaultCount = 20000;
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
    QTimer::singleShot(15000 + count, [] { QCoreApplication::exit(3); }); // bounded time
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
    qint64 endRssKiB = 0;
    qint64 fullRssKiB = -1; // when the history first held its bound (receiver only)

    int done() const { return line.split(QLatin1Char(' ')).value(0).toInt(); }
    double perSecond() const { return line.split(QLatin1Char(' ')).value(1).toDouble(); }
    double p99Ms() const { return line.split(QLatin1Char(' ')).value(2).toDouble(); }
};

// `historyFull`, when given, says whether the server's history has reached its bound: the RSS
// then is the reference for "memory flat at the history bound".
Result drive(const QString &name, quint16 port, int count,
             const std::function<bool()> &historyFull = {})
{
    Result result;
    result.name = name;
    result.baseRssKiB = rssKiB();
    result.peakRssKiB = result.baseRssKiB;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const qint64 now = rssKiB();
        result.peakRssKiB = std::max(result.peakRssKiB, now);
        if (result.fullRssKiB < 0 && historyFull && historyFull())
            result.fullRssKiB = now;
    });
    sampler.start(20);
    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&client, &QProcess::finished, [&] { QCoreApplication::quit(); });
    client.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--client"), QString::number(port), QString::number(count),
                  QString::number(kConnections)});
    QCoreApplication::exec();
    result.endRssKiB = rssKiB();
    result.peakRssKiB = std::max(result.peakRssKiB, result.endRssKiB);
    result.line = QString::fromLatin1(client.readAllStandardOutput()).trimmed();
    return result;
}

void fwbench(int n, const char *metric, double value, const char *unit, const QJsonValue &peer,
             const QJsonValue &peerName, const QJsonValue &ratio, const char *target,
             const QJsonValue &met)
{
    const QJsonObject line{{QStringLiteral("scenario"), QStringLiteral("P6")},
                           {QStringLiteral("n"), n},
                           {QStringLiteral("metric"), QString::fromUtf8(metric)},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("unit"), QString::fromUtf8(unit)},
                           {QStringLiteral("peer"), peer},
                           {QStringLiteral("peer_name"), peerName},
                           {QStringLiteral("ratio"), ratio},
                           {QStringLiteral("target"), QString::fromUtf8(target)},
                           {QStringLiteral("met"), met}};
    std::printf("FWBENCH %s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
}

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

// After the history is full, the receiver's RSS may move by allocator noise only.
constexpr double kFlatMiB = 2.0;

// Both servers at `count` deliveries; false when a run did not complete.
bool runSize(int count)
{
    std::vector<Result> results;
    {
        QHttpServer baseline;
        baseline.route(QStringLiteral("/hook/<arg>"), [](const QString &) {
            return QHttpServerResponse(QByteArray("{}"), QHttpServerResponse::StatusCode::Ok);
        });
        const quint16 port = listenOnLoopback(baseline);
        results.push_back(drive(QStringLiteral("bare QHttpServer route (baseline)"), port, count));
    }
    int capacity = 0;
    {
        fw::ReceiverServer receiver;
        receiver.setSecretProvider([](const QString &) {
            return QList<fw::KnownSecret>{{QStringLiteral("other"), QByteArray("nope")},
                                          {QStringLiteral("bench"), kSecret}};
        });
        receiver.listen();
        capacity = receiver.history().capacity();
        const auto full = [&receiver] {
            return receiver.history().totalAppended() >= quint64(receiver.history().capacity());
        };
        results.push_back(drive(QStringLiteral("fw::ReceiverServer"), receiver.port(), count, full));
        std::fprintf(stderr, "receiver history: %d held, %llu received\n", receiver.history().size(),
                     static_cast<unsigned long long>(receiver.history().totalAppended()));
    }

    std::printf("| server | deliveries | deliveries/s | p99 latency (ms) | server RSS before → peak → end (MiB) |\n");
    std::printf("|---|---:|---:|---:|---:|\n");
    for (const Result &result : results) {
        const QStringList fields = result.line.split(QLatin1Char(' '));
        std::printf("| %s | %s | %s | %s | %.1f → %.1f → %.1f |\n", qPrintable(result.name),
                    qPrintable(fields.value(0)), qPrintable(fields.value(1)),
                    qPrintable(fields.value(2)), mib(result.baseRssKiB), mib(result.peakRssKiB),
                    mib(result.endRssKiB));
    }
    std::printf("\n%d signed deliveries (about 160-byte bodies) per server over %d keep-alive loopback "
                "connections from a second process; RSS sampled every 20 ms.\n\n",
                count, kConnections);

    const Result &bare = results.at(0);
    const Result &rcv = results.at(1);
    if (bare.done() != count || rcv.done() != count) {
        std::fprintf(stderr, "bench_receiver: a run did not complete (%d and %d of %d)\n",
                     bare.done(), rcv.done(), count);
        return false;
    }
    const QString peerName = QStringLiteral("bare QHttpServer route");
    const double ratio = rcv.perSecond() / bare.perSecond();
    fwbench(count, "throughput vs bare route", rcv.perSecond(), "deliveries/s", bare.perSecond(),
            peerName, ratio, "≥ 0.5×", ratio >= 0.5);
    fwbench(count, "p99 latency", rcv.p99Ms(), "ms", bare.p99Ms(), peerName,
            rcv.p99Ms() / bare.p99Ms(), "≤ 5 ms", rcv.p99Ms() <= 5.0);
    fwbench(count, "RSS at start", mib(rcv.baseRssKiB), "MiB", mib(bare.baseRssKiB), peerName,
            QJsonValue::Null, "report", QJsonValue::Null);
    fwbench(count, "RSS at end", mib(rcv.endRssKiB), "MiB", mib(bare.endRssKiB), peerName,
            QJsonValue::Null, "report", QJsonValue::Null);
    // Growth from the moment the history held its bound to the end; none to measure when the
    // run ends as the bound is reached.
    if (rcv.fullRssKiB >= 0 && count >= 2 * capacity) {
        const double growth = mib(rcv.endRssKiB - rcv.fullRssKiB);
        fwbench(count, "RSS growth once the history is full", growth, "MiB", QJsonValue::Null,
                QJsonValue::Null, QJsonValue::Null, "flat (≤ 2 MiB)", growth <= kFlatMiB);
    }
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args.at(1) == QLatin1String("--client"))
        return runClient(quint16(args.at(2).toUInt()), args.at(3).toInt(), args.at(4).toInt());

    QList<int> sizes{kDefaultCount};
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--n") || args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &value : args.at(i + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                sizes.append(value.toInt());
        }
    }
    if (sizes.isEmpty() || std::any_of(sizes.begin(), sizes.end(), [](int n) { return n <= 0; })) {
        std::fprintf(stderr, "usage: bench_receiver [--n COUNT | --sizes N1,N2,...]\n");
        return 2;
    }

    QLoggingCategory::setFilterRules(QStringLiteral("fw.receiver.debug=false\nfw.receiver.info=false"));
    bool ok = true;
    for (const int count : sizes)
        ok = runSize(count) && ok;
    return ok ? 0 : 1;
}
