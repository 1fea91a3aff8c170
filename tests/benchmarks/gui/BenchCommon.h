// Shared by bench_model and bench_gui (P2-P4): options, FWBENCH result lines, a seeded
// sandbox served from its own thread (so it never runs on the thread being measured), and
// memory readings. Benchmark code, not src/: blocking hand-offs to the sandbox thread are fine.
#pragma once

#include "AccountProfile.h"
#include "AccountSession.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <malloc.h>
#include <memory>
#include <optional>
#include <string>
#include <unistd.h>

namespace bench {

struct Options
{
    QList<int> sizes{1000, 10000, 100000};
};

// --sizes 1000,10000,100000 or --n N. --sandbox PATH is accepted for the shared interface and
// not needed: these programs serve the seeded sandbox in-process from a separate thread.
inline std::optional<Options> parseOptions(const QCoreApplication &app, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Comma-separated N."),
        QStringLiteral("list"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption n(QStringLiteral("n"), QStringLiteral("One N."), QStringLiteral("N"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QStringLiteral("Ignored (in-process sandbox thread)."), QStringLiteral("path"));
    parser.addOptions({sizes, n, sandbox});
    parser.process(app);
    Options options;
    options.sizes.clear();
    const QStringList values = parser.isSet(n)
        ? QStringList{parser.value(n)}
        : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &value : values) {
        bool ok = false;
        const int size = value.trimmed().toInt(&ok);
        if (!ok || size <= 0) {
            std::fprintf(stderr, "bad size: %s\n", qPrintable(value));
            return std::nullopt;
        }
        options.sizes.append(size);
    }
    return options;
}

// One FWBENCH line (the interface shared with the harness). Null peer/ratio/met when unset.
struct Result
{
    QString scenario;
    int n = 0;
    QString metric;
    double value = 0;
    QString unit;
    std::optional<double> peer;
    QString peerName;
    std::optional<double> ratio;
    QString target;
    std::optional<bool> met;
};

inline void emitResult(const Result &r)
{
    QJsonObject o;
    o.insert(QLatin1String("scenario"), r.scenario);
    o.insert(QLatin1String("n"), r.n);
    o.insert(QLatin1String("metric"), r.metric);
    o.insert(QLatin1String("value"), double(qRound64(r.value * 1000)) / 1000);
    o.insert(QLatin1String("unit"), r.unit);
    o.insert(QLatin1String("peer"),
        r.peer ? QJsonValue(double(qRound64(*r.peer * 1000)) / 1000)
               : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("peer_name"),
        r.peerName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.peerName));
    o.insert(QLatin1String("ratio"),
        r.ratio ? QJsonValue(double(qRound64(*r.ratio * 1000)) / 1000)
                : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("target"),
        r.target.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.target));
    o.insert(QLatin1String("met"), r.met ? QJsonValue(*r.met) : QJsonValue(QJsonValue::Null));
    // QJsonDocument keeps key order alphabetical; the harness parses JSON, so order is free.
    std::printf("FWBENCH %s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// A SandboxServer living on its own thread with its own event loop, seeded with N webhooks.
class SandboxThread
{
public:
    ~SandboxThread() { stop(); }

    bool start(int webhooks)
    {
        m_thread.setObjectName(QStringLiteral("sandbox"));
        m_thread.start();
        m_context = std::make_unique<QObject>();
        m_context->moveToThread(&m_thread);
        bool ok = false;
        QMetaObject::invokeMethod(
            m_context.get(),
            [&] {
                m_server = new fw::SandboxServer;
                m_server->setRateLimit(100'000'000); // a benchmark is not a user
                ok = m_server->listen();
                if (ok) {
                    m_server->seedWebhooks(webhooks);
                    m_baseUrl = m_server->baseUrl();
                }
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            m_context.get(),
            [this] {
                delete m_server;
                m_server = nullptr;
                m_context.reset(); // deleted on its own thread
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QUrl baseUrl() const { return m_baseUrl; }

    // Runs `work` on the sandbox's thread and waits for it.
    void run(const std::function<void(fw::SandboxServer &)> &work)
    {
        QMetaObject::invokeMethod(
            m_context.get(), [&] { work(*m_server); }, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context;
    fw::SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
};

// A sandbox seeded with N webhooks on its own thread, and an account session pointed at it;
// nullptr (and a message naming the scenario) when either cannot start.
inline std::unique_ptr<fw::AccountSession> openSeededSession(SandboxThread &sandbox, int n, const char *scenario)
{
    if (!sandbox.start(n)) {
        std::fprintf(stderr, "%s: the sandbox could not listen\n", scenario);
        return nullptr;
    }
    const fw::AccountProfile profile{QStringLiteral("bench"), QStringLiteral("Bench"), sandbox.baseUrl()};
    QString error;
    auto session = fw::AccountSession::createForProfile(profile, fw::SandboxServer::demoCredentials(), &error);
    if (!session)
        std::fprintf(stderr, "%s: %s\n", scenario, qPrintable(error));
    return session;
}

// Bytes the allocator hands out (all arenas, mmapped chunks included): glibc mallinfo2.
inline qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

// Resident set size from /proc/self/statm, after giving freed memory back (malloc_trim).
inline qint64 residentBytes()
{
    malloc_trim(0);
    std::ifstream statm("/proc/self/statm");
    long long size = 0, resident = 0;
    statm >> size >> resident;
    return qint64(resident) * qint64(sysconf(_SC_PAGESIZE));
}

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values.at(index);
}

} // namespace bench
