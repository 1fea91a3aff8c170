// FivetranClient over real HTTP: against the sandbox on a free loopback port, and, built as
// tst_conformance, through Stoplight Prism's validating proxy in front of that sandbox.
#include "FivetranClient.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "Signature.h"

#include "../support/AwaitCall.h"
#include "../support/LoopbackReceiver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace fw;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

// Injected faults, timeouts and the test's own stub servers need a direct line to the sandbox:
// a proxy in between would answer for it. They run in tst_client; tst_conformance skips them.
#define REQUIRE_DIRECT_SANDBOX()                                                                   \
    if (conformance())                                                                             \
    QSKIP("needs a direct connection to the sandbox: covered by tst_client")

namespace {

constexpr int kWaitMs = 60000;

QString specDir()
{
    const QByteArray overridden = qgetenv("FW_SHARED_SPEC_DIR");
    return overridden.isEmpty() ? QStringLiteral(FW_SHARED_SPEC_DIR) : QString::fromLocal8Bit(overridden);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

WebhookChanges newWebhook(const QUrl &url, bool active = true, const QString &secret = {})
{
    WebhookChanges fields;
    fields.url = url.toString();
    fields.events = QStringList{QStringLiteral("sync_start"), QStringLiteral("sync_end")};
    if (!active)
        fields.active = false;
    if (!secret.isEmpty())
        fields.secret = secret;
    return fields;
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private:
    bool conformance() const
    {
#ifdef FW_CONFORMANCE
        return true;
#else
        return false;
#endif
    }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QProcess> m_prism;
    QByteArray m_prismLog;
    QUrl m_baseUrl;
    std::unique_ptr<FivetranClient> m_client;

    QList<Webhook> listEverything(int limit, std::optional<ApiError> *error = nullptr)
    {
        QList<Webhook> all;
        runUntil([&](const std::function<void()> &finished) {
            m_client->listAllWebhooks(
                    limit, this, [&all](const WebhookPage &page) { all += page.items; },
                    [&, finished](const std::optional<ApiError> &e) {
                        if (error)
                            *error = e;
                        finished();
                    });
        });
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen());
        m_baseUrl = m_sandbox->baseUrl();
        if (!conformance())
            return;
        const QString spec = specDir() + QStringLiteral("/fivetran-openapi-webhooks.json");
        if (!QFile::exists(spec))
            QSKIP("shared/spec/fivetran-openapi-webhooks.json is absent: conformance not checked");
        const QString prism = QStringLiteral(FW_SOURCE_DIR "/tests/conformance/node_modules/.bin/prism");
        if (!QFile::exists(prism))
            QSKIP("Prism is not installed: run npm ci in tests/conformance (the README's test command does)");
        const quint16 port = freePort();
        m_prism = std::make_unique<QProcess>();
        m_prism->setProcessChannelMode(QProcess::MergedChannels);
        const QUrl upstream = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port()));
        m_prism->start(prism, {QStringLiteral("proxy"), spec, upstream.toString(),
                               QStringLiteral("--errors"), QStringLiteral("--port"),
                               QString::number(port), QStringLiteral("--host"),
                               QStringLiteral("127.0.0.1")});
        connect(m_prism.get(), &QProcess::readyRead, this, [this] { m_prismLog += m_prism->readAll(); });
        QVERIFY(QTest::qWaitFor([&] {
            return m_prismLog.contains("Prism is listening") || m_prism->state() == QProcess::NotRunning;
        }, 60000));
        QVERIFY2(m_prismLog.contains("Prism is listening"), m_prismLog.constData());
        m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    }

    void cleanupTestCase()
    {
        if (!m_prism)
            return;
        m_prism->kill();
        m_prism->waitForFinished(5000);
        m_prismLog += m_prism->readAll();
        // Prism logs each request or response that breaks the definition as an error ("✖").
        // Warnings ("⚠") name statuses the definition leaves out (400, 401, 429), which
        // Fivetran does send.
        QByteArrayList violations;
        for (const QByteArray &line : m_prismLog.split('\n')) {
            if (line.contains("\xe2\x9c\x96")) // ✖
                violations << line;
        }
        QVERIFY2(violations.isEmpty(), violations.join('\n').constData());
        QVERIFY(m_prismLog.contains("Forwarding")); // requests really went through the proxy
    }

    void init()
    {
        m_sandbox->setFaults({});
        m_sandbox->setCredentials(SandboxServer::demoCredentials());
        m_sandbox->store().clear();
        m_sandbox->seedDemoData();
        m_client = std::make_unique<FivetranClient>();
        QVERIFY(m_client->setBaseUrl(m_baseUrl).isEmpty());
        m_client->setCredentials(SandboxServer::demoCredentials());
        m_client->retryPolicy().baseDelay = 20ms;
        m_client->retryPolicy().maxDelay = 200ms;
    }

    void accountInfo()
    {
        const auto result = await<AccountInfo>([this](auto cb) { return m_client->accountInfo(this, cb); });
        QVERIFY(result && result->ok());
        QVERIFY(!result->value().accountId.isEmpty());
        QVERIFY(!result->value().accountName.isEmpty());
    }

    void wrongCredentialsAreUnauthorizedAndNotRetried()
    {
        m_client->setCredentials({QStringLiteral("sandbox_key"), QStringLiteral("wrong")});
        QSignalSpy retries(m_client.get(), &FivetranClient::retryScheduled);
        const auto result = await<AccountInfo>([this](auto cb) { return m_client->accountInfo(this, cb); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Kind::Unauthorized);
        QCOMPARE(result->error().httpStatus, 401);
        QCOMPARE(retries.count(), 0);
        QVERIFY(!result->error().message.contains(QLatin1String("wrong")));
    }

    void createGetUpdateTestDelete()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.isListening());
        const QString secret = QStringLiteral("s3cret-for-this-test");

        const auto created = await<Webhook>([&](auto cb) {
            return m_client->createAccountWebhook(newWebhook(receiver.url(), true, secret), this, cb);
        });
        QVERIFY(created && created->ok());
        const Webhook webhook = created->value();
        QVERIFY(!webhook.id.isEmpty());
        QVERIFY(webhook.isAccountLevel());
        QVERIFY(webhook.active);
        QCOMPARE(webhook.secret, kMaskedSecret); // write-only
        QCOMPARE(receiver.deliveries.size(), 1); // the reachability probe

        const auto fetched = await<Webhook>([&](auto cb) { return m_client->getWebhook(webhook.id, this, cb); });
        QVERIFY(fetched && fetched->ok());
        QCOMPARE(fetched->value(), webhook);

        // Edit the URL only; the secret field still holds the mask, which must not be sent.
        Webhook edited = webhook;
        edited.url = receiver.url().toString() + QStringLiteral("?v=2");
        const WebhookChanges changes = WebhookChanges::between(webhook, edited);
        QVERIFY(!changes.secret);
        const auto updated = await<Webhook>([&](auto cb) {
            return m_client->updateWebhook(webhook.id, changes, this, cb);
        });
        QVERIFY(updated && updated->ok());
        QCOMPARE(updated->value().url, edited.url);
        QCOMPARE(updated->value().events, webhook.events);

        // The secret survived the update: the test delivery is signed with it.
        receiver.deliveries.clear();
        const auto tested = await<TestResult>([&](auto cb) {
            return m_client->testWebhook(webhook.id, QStringLiteral("sync_end"), this, cb);
        });
        QVERIFY(tested && tested->ok());
        QVERIFY(tested->value().succeed);
        QCOMPARE(tested->value().status, 200);
        QCOMPARE(receiver.deliveries.size(), 1);
        const auto &delivery = receiver.deliveries.constFirst();
        QCOMPARE(Signature::verify(delivery.body, secret.toUtf8(), delivery.header(Signature::headerName)),
                 Signature::Verdict::Valid);
        QVERIFY(delivery.body.contains("sync_end"));

        const auto deleted = await<QString>([&](auto cb) { return m_client->deleteWebhook(webhook.id, this, cb); });
        QVERIFY(deleted && deleted->ok());
        const auto gone = await<Webhook>([&](auto cb) { return m_client->getWebhook(webhook.id, this, cb); });
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error().kind, Kind::NotFound);
        QCOMPARE(gone->error().httpStatus, 404);
    }

    void testReportsAFailedDeliveryAsData()
    {
        // Created inactive (no probe), pointing at a port where nobody listens.
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1/hook").arg(freePort()));
        const auto created = await<Webhook>([&](auto cb) {
            return m_client->createAccountWebhook(newWebhook(dead, false), this, cb);
        });
        QVERIFY(created && created->ok());
        QVERIFY(!created->value().active);
        const auto tested = await<TestResult>([&](auto cb) {
            return m_client->testWebhook(created->value().id, QStringLiteral("sync_start"), this, cb);
        });
        QVERIFY(tested && tested->ok()); // HTTP 200 ...
        QVERIFY(!tested->value().succeed); // ... but the delivery failed
    }

    void groupWebhooksAndGroups()
    {
        const auto groups = await<GroupPage>([&](auto cb) { return m_client->listGroups({}, 100, this, cb); });
        QVERIFY(groups && groups->ok());
        QVERIFY(groups->value().items.size() >= 2);
        const Group group = groups->value().items.constFirst();
        QVERIFY(!group.name.isEmpty());

        const auto one = await<Group>([&](auto cb) { return m_client->getGroup(group.id, this, cb); });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value(), group);

        const auto created = await<Webhook>([&](auto cb) {
            return m_client->createGroupWebhook(group.id, newWebhook(QUrl(QStringLiteral("https://hooks.example.com/g")), false), this, cb);
        });
        QVERIFY(created && created->ok());
        QCOMPARE(created->value().scope(), Webhook::Scope::Group);
        QCOMPARE(created->value().groupId, group.id);

        const auto unknownGroup = await<Webhook>([&](auto cb) {
            return m_client->createGroupWebhook(QStringLiteral("no_such_group"), newWebhook(QUrl(QStringLiteral("https://hooks.example.com/g")), false), this, cb);
        });
        QVERIFY(unknownGroup && !unknownGroup->ok());
        QCOMPARE(unknownGroup->error().kind, Kind::NotFound);

        const auto unknown = await<Group>([&](auto cb) { return m_client->getGroup(QStringLiteral("nope_nope"), this, cb); });
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error().kind, Kind::NotFound);

        QList<Group> all;
        bool done = false;
        m_client->listAllGroups(1, this, [&all](const GroupPage &page) { all += page.items; },
                                [&done](const std::optional<ApiError> &e) { done = !e; });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QCOMPARE(all.size(), groups->value().items.size());
    }

    void pagingYieldsEachWebhookOnce_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("limit 1") << 1;
        QTest::newRow("limit 100") << 100;
        QTest::newRow("limit 1000") << 1000;
    }
    void pagingYieldsEachWebhookOnce()
    {
        QFETCH(int, limit);
        m_sandbox->store().clear();
        m_sandbox->seedWebhooks(2500);
        std::optional<ApiError> error;
        const QList<Webhook> all = listEverything(limit, &error);
        QVERIFY2(!error, error ? qPrintable(error->details()) : "");
        QCOMPARE(all.size(), 2500);
        QSet<QString> ids;
        for (const Webhook &webhook : all)
            ids.insert(webhook.id);
        QCOMPARE(ids.size(), 2500);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("active");
        QTest::newRow("http URL") << QStringLiteral("http://hooks.example.com/x") << false;
        QTest::newRow("probe fails") << QStringLiteral("http://127.0.0.1:%1/hook").arg(freePort()) << true;
    }
    void invalidInput()
    {
        QFETCH(QString, url);
        QFETCH(bool, active);
        const int before = m_sandbox->store().webhookCount();
        const auto created = await<Webhook>([&](auto cb) {
            return m_client->createAccountWebhook(newWebhook(QUrl(url), active), this, cb);
        });
        QVERIFY(created && !created->ok());
        QCOMPARE(created->error().kind, Kind::InvalidInput);
        QCOMPARE(created->error().httpStatus, 400);
        QVERIFY(!created->error().message.isEmpty());
        QCOMPARE(m_sandbox->store().webhookCount(), before); // nothing half-made
    }

    void badLimit()
    {
        const auto page = await<WebhookPage>([&](auto cb) { return m_client->listWebhooks({}, 1001, this, cb); });
        QVERIFY(page && !page->ok());
        QCOMPARE(page->error().kind, Kind::InvalidInput);
    }

    void notFound()
    {
        const auto got = await<Webhook>([&](auto cb) { return m_client->getWebhook(QStringLiteral("no_such_hook"), this, cb); });
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, Kind::NotFound);
        QVERIFY(got->error().code.startsWith(QLatin1String("NotFound")));
        const auto deleted = await<QString>([&](auto cb) { return m_client->deleteWebhook(QStringLiteral("no_such_hook"), this, cb); });
        QVERIFY(deleted && !deleted->ok());
        QCOMPARE(deleted->error().kind, Kind::NotFound);
    }

    void rateLimitHonoursRetryAfter()
    {
        REQUIRE_DIRECT_SANDBOX();
        SandboxFaults faults;
        faults.rateLimitEvery = 2;
        faults.retryAfterSeconds = 1;
        m_sandbox->setFaults(faults);
        QSignalSpy retries(m_client.get(), &FivetranClient::retryScheduled);
        QSignalSpy rateLimit(m_client.get(), &FivetranClient::rateLimitChanged);
        QElapsedTimer clock;
        clock.start();
        std::optional<ApiError> error;
        const QList<Webhook> all = listEverything(10, &error);
        QVERIFY(!error);
        QCOMPARE(all.size(), m_sandbox->store().webhookCount());
        QVERIFY(retries.count() >= 1);
        const auto delay = retries.constFirst().at(1).value<std::chrono::milliseconds>();
        QVERIFY(delay >= 1000ms);
        QVERIFY(clock.elapsed() >= 1000);
        QVERIFY(rateLimit.count() >= 1);
    }

    void longRetryAfterIsReported()
    {
        REQUIRE_DIRECT_SANDBOX();
        SandboxFaults faults;
        faults.rateLimitEvery = 1;
        faults.retryAfterSeconds = 3600;
        m_sandbox->setFaults(faults);
        const auto result = await<AccountInfo>([this](auto cb) { return m_client->accountInfo(this, cb); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Kind::RateLimited);
        QCOMPARE(result->error().retryAfter.count(), 3600);
    }

    void listingSurvivesFaults()
    {
        REQUIRE_DIRECT_SANDBOX();
        m_sandbox->store().clear();
        m_sandbox->seedWebhooks(2500);
        SandboxFaults faults;
        faults.serverErrorRate = 0.3;
        faults.dropRate = 0.1;
        faults.truncateRate = 0.05;
        faults.seed = 20261129;
        m_sandbox->setFaults(faults);
        m_client->retryPolicy().maxAttempts = 12;
        QSignalSpy retries(m_client.get(), &FivetranClient::retryScheduled);
        std::optional<ApiError> error;
        const QList<Webhook> all = listEverything(100, &error);
        QVERIFY2(!error, error ? qPrintable(error->details()) : "");
        QSet<QString> ids;
        for (const Webhook &webhook : all)
            ids.insert(webhook.id);
        QCOMPARE(all.size(), 2500);
        QCOMPARE(ids.size(), 2500);
        QVERIFY(retries.count() > 0); // the faults really happened
    }

    void createHittingA5xxIsNotRetried()
    {
        REQUIRE_DIRECT_SANDBOX();
        SandboxFaults faults;
        faults.serverErrorRate = 1.0;
        m_sandbox->setFaults(faults);
        QSignalSpy handled(m_sandbox.get(), &SandboxServer::requestHandled);
        const int before = m_sandbox->store().webhookCount();
        const auto created = await<Webhook>([&](auto cb) {
            return m_client->createAccountWebhook(newWebhook(QUrl(QStringLiteral("https://hooks.example.com/x")), false), this, cb);
        });
        QVERIFY(created && !created->ok());
        QCOMPARE(created->error().kind, Kind::Server);
        QTest::qWait(300); // a wrongly scheduled retry would arrive within the backoff
        int posts = 0;
        for (const auto &call : handled)
            posts += call.at(0).toString() == QLatin1String("POST");
        QCOMPARE(posts, 1);
        m_sandbox->setFaults({});
        QCOMPARE(m_sandbox->store().webhookCount(), before);
    }

    void droppedConnectionIsRetriedForReads()
    {
        REQUIRE_DIRECT_SANDBOX();
        SandboxFaults faults;
        faults.dropRate = 0.5;
        faults.seed = 7;
        m_sandbox->setFaults(faults);
        m_client->retryPolicy().maxAttempts = 10;
        for (int i = 0; i < 5; ++i) {
            const auto result = await<AccountInfo>([this](auto cb) { return m_client->accountInfo(this, cb); });
            QVERIFY(result && result->ok());
        }
    }

    void timeout()
    {
        REQUIRE_DIRECT_SANDBOX();
        SandboxFaults faults;
        faults.latency = 1500ms;
        m_sandbox->setFaults(faults);
        m_client->setTimeout(200ms);
        m_client->retryPolicy().maxAttempts = 1;
        const auto result = await<AccountInfo>([this](auto cb) { return m_client->accountInfo(this, cb); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Kind::Timeout);
    }

    void networkErrorWhenNobodyListens()
    {
        REQUIRE_DIRECT_SANDBOX();
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(freePort()))).isEmpty());
        m_client->retryPolicy().maxAttempts = 2;
        const auto result = await<AccountInfo>([this](auto cb) { return m_client->accountInfo(this, cb); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Kind::Network);
    }

    void abortAndDeadContextSilenceCallbacks()
    {
        bool called = false;
        QPointer<ApiCall> call = m_client->accountInfo(this, [&called](const auto &) { called = true; });
        call->abort();
        auto context = std::make_unique<QObject>();
        m_client->accountInfo(context.get(), [&called](const auto &) { called = true; });
        context.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->callsInFlight(), 0, kWaitMs);
        QVERIFY(!called);
        QTRY_VERIFY(call.isNull()); // the call cleaned itself up
    }

    void repeatedCursorStopsPaging()
    {
        REQUIRE_DIRECT_SANDBOX();
        // A server that hands out the same cursor forever (as the OpenAPI mock does).
        QHttpServer looping;
        looping.route(QStringLiteral("/v1/webhooks"), [] {
            return QHttpServerResponse(QByteArray("application/json"),
                                       QByteArray(R"({"code":"Success","data":{"items":[{"id":"same_one","type":"account","url":"https:\/\/x.io","events":["sync_end"],"active":true}],"next_cursor":"cursor_value"}})"));
        });
        const quint16 port = listenOnLoopback(looping);
        QVERIFY(port != 0);
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port))).isEmpty());
        int pages = 0;
        std::optional<ApiError> error;
        bool done = false;
        m_client->listAllWebhooks(100, this, [&pages](const WebhookPage &) { ++pages; },
                                  [&](const std::optional<ApiError> &e) { error = e; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QVERIFY(error);
        QCOMPARE(error->kind, Kind::Protocol);
        QCOMPARE(pages, 2); // the first page, the page behind the cursor, then the repeat stops it
    }

    // The next page is asked for before a page is delivered: while `onPage` runs, one request
    // is in flight, except at the last page. Pages still come in order, each asked for once.
    void walkAsksForTheNextPageAhead()
    {
        m_sandbox->store().clear();
        m_sandbox->seedWebhooks(25);
        QSignalSpy requests(m_sandbox.get(), &SandboxServer::requestHandled);
        QList<int> inFlight;
        QStringList ids;
        std::optional<ApiError> error;
        runUntil([&](const std::function<void()> &finished) {
            m_client->listAllWebhooks(
                    10, this,
                    [&](const WebhookPage &page) {
                        inFlight << m_client->callsInFlight();
                        for (const Webhook &webhook : page.items)
                            ids << webhook.id;
                    },
                    [&, finished](const std::optional<ApiError> &e) {
                        error = e;
                        finished();
                    });
        });
        QVERIFY2(!error, error ? qPrintable(error->details()) : "");
        QCOMPARE(inFlight, QList<int>({1, 1, 0}));
        QStringList stored;
        for (const Webhook &webhook : m_sandbox->store().webhooks())
            stored << webhook.id;
        QCOMPARE(ids, stored); // in the API's order, none twice
        QTRY_COMPARE_WITH_TIMEOUT(requests.count(), 3, kWaitMs);
        QCOMPARE(m_client->callsInFlight(), 0);
    }

    // A walk aborted, or whose context dies, while it delivers a page drops the request it made
    // ahead and says nothing more.
    void walkStoppedDuringAPageDropsTheRequestAhead_data()
    {
        QTest::addColumn<bool>("abort");
        QTest::newRow("aborted") << true;
        QTest::newRow("context deleted") << false;
    }
    void walkStoppedDuringAPageDropsTheRequestAhead()
    {
        QFETCH(bool, abort);
        m_sandbox->store().clear();
        m_sandbox->seedWebhooks(25);
        auto context = std::make_unique<QObject>();
        int pages = 0;
        int inFlight = -1;
        bool done = false;
        QPointer<ApiCall> walk;
        walk = m_client->listAllWebhooks(
                10, context.get(),
                [&](const WebhookPage &) {
                    ++pages;
                    inFlight = m_client->callsInFlight();
                    if (abort)
                        walk->abort();
                    else
                        context.reset();
                },
                [&done](const std::optional<ApiError> &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(walk.isNull(), kWaitMs); // the walk ended and cleaned up
        QCOMPARE(pages, 1);
        QCOMPARE(inFlight, 1); // the second page had been asked for
        QCOMPARE(m_client->callsInFlight(), 0);
        QVERIFY(!done);
    }

    void sendsTheHeadersTheSpecAsksFor()
    {
        REQUIRE_DIRECT_SANDBOX();
        QHttpServer capture;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        capture.route(QStringLiteral("/v1/webhooks/<arg>"), [&](const QString &, const QHttpServerRequest &request) {
            headers = headersOf(request);
            body = request.body();
            return QHttpServerResponse(QByteArray("application/json"),
                                       QByteArray(R"({"code":"Success","data":{"id":"a","type":"account","url":"https:\/\/x.io","events":[],"active":false}})"));
        });
        const quint16 port = listenOnLoopback(capture);
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port))).isEmpty());
        WebhookChanges changes;
        changes.active = false;
        changes.secret = kMaskedSecret;
        const auto result = await<Webhook>([&](auto cb) { return m_client->updateWebhook(QStringLiteral("a"), changes, this, cb); });
        QVERIFY(result && result->ok());
        auto header = [&headers](const char *name) {
            for (const auto &[key, value] : headers)
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            return QByteArray();
        };
        QCOMPARE(header("Authorization"), SandboxServer::demoCredentials().authorizationHeader());
        QCOMPARE(header("Accept"), QByteArray("application/json"));
        QCOMPARE(header("Content-Type"), QByteArray("application/json"));
        QVERIFY(header("User-Agent").startsWith("fivetran-webhooks/"));
        QCOMPARE(body, QByteArray(R"({"active":false})")); // only the change; never the mask
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
#include "../support/HttpServerCompat.h"
