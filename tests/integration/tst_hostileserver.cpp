// FivetranClient against a server that misbehaves on purpose (tests/support/HostileServer.h):
// every resource a server could make the client spend is bounded, and each bound ends the call
// with an ApiError that says what happened. Real HTTP on loopback; nothing is timed: the bounds
// are checked on what the server counted (requests, bytes sent).

#include "../support/AwaitCall.h"
#include "../support/HostileServer.h"
#include "FivetranClient.h"
#include "Limits.h"
#include "Translations.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>

using namespace fw;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

namespace {

constexpr int kWaitMs = 30000;

const QByteArray kGoodWebhook = QByteArrayLiteral(
    R"({"id":"good_one","type":"account","url":"https:\/\/x.io","events":["sync_end"],"active":true})");

QByteArray listing(const QByteArray &items)
{
    return R"({"code":"Success","data":{"items":[)" + items + R"(],"next_cursor":null}})";
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<FivetranClient> m_client;

    // A whole walk: the items delivered, the pages delivered, and how it ended.
    template <typename T>
    int walk(
        ApiCall *(FivetranClient::*listAll)(int, QObject *, std::function<void(const Page<T> &)>,
            std::function<void(const std::optional<ApiError> &)>),
        qint64 *items, std::optional<ApiError> *error)
    {
        int pages = 0;
        bool ended = false;
        runUntil([&](const std::function<void()> &finished) {
            (m_client.get()->*listAll)(
                100, this,
                [&](const Page<T> &page) {
                    ++pages;
                    *items += page.items.size();
                },
                [&, finished](const std::optional<ApiError> &e) {
                    *error = e;
                    ended = true;
                    finished();
                });
        });
        if (!ended)
            qWarning("the walk did not end");
        return pages;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms, so messages read "1 second" as users see them.
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    }

    void init()
    {
        m_server = std::make_unique<HostileServer>();
        QVERIFY(m_server->isListening());
        m_client = std::make_unique<FivetranClient>();
        QVERIFY(m_client->setBaseUrl(m_server->baseUrl()).isEmpty());
        m_client->setCredentials({QStringLiteral("key"), QStringLiteral("secret")});
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void defaultsAreTheLimits()
    {
        QCOMPARE(m_client->maxResponseBytes(), limits::kMaxResponseBytes);
        QCOMPARE(m_client->walkPageLimit(), limits::kMaxPagesPerWalk);
        QCOMPARE(m_client->walkItemLimit(), limits::kMaxItemsPerWalk);
        QCOMPARE(m_client->totalTimeout(), 0ms); // the library's callers choose a total
        QCOMPARE(m_client->timeout(), 30000ms);
    }

    // A chunked body that never ends: the client stops reading one byte past the cap, says so,
    // and does not try again. The server's count shows how little it sent past the cap.
    void endlessBodyStopsAtTheCap_data()
    {
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default 16 MiB") << qint64(
            -1) << QStringLiteral("The server's answer exceeded 16 MiB; stopped reading.");
        QTest::newRow("1 MiB") << qint64(
            1024 * 1024) << QStringLiteral("The server's answer exceeded 1 MiB; stopped reading.");
    }
    void endlessBodyStopsAtTheCap()
    {
        QFETCH(qint64, cap);
        QFETCH(QString, expected);
        if (cap > 0)
            m_client->setMaxResponseBytes(cap);
        cap = m_client->maxResponseBytes();
        m_server->mode = HostileServer::Mode::EndlessChunks;
        m_server->maxBodyBytes = cap + 64 * 1024 * 1024;
        m_server->runInThread(); // as fast as a server elsewhere, without starving the client
        QSignalSpy retries(m_client.get(), &FivetranClient::retryScheduled);
        const auto result = await<WebhookPage>(
            [&](auto cb) { return m_client->listWebhooks(QString(), 100, this, cb); });
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Kind::Protocol);
        QCOMPARE(result->error().message, expected);
        QCOMPARE(retries.count(), 0);
        QCOMPARE(m_server->requestCount(), 1);
        const qint64 sent = m_server->bodyBytesSent();
        qInfo("cap %lld bytes: the server had sent %lld body bytes (cap + %lld) when the error "
              "arrived",
            cap, sent, sent - cap);
        // The client hung up; the server did not run out of body to send.
        QVERIFY(!m_server->reachedBodyLimit());
        QVERIFY2(sent > cap, qPrintable(QString::number(sent)));
        // Past the cap, the client's reply buffer takes nothing more; what the server could still
        // write sits in the system's socket buffers and Qt's HTTP thread, a fixed amount
        // (3 to 20 MB here, whatever the cap) rather than all it offered.
        QVERIFY2(sent < cap + 24 * 1024 * 1024, qPrintable(QString::number(sent)));
    }

    // A Content-Length over the cap is refused before the body is read.
    void announcedLengthOverTheCap()
    {
        m_server->mode = HostileServer::Mode::HugeContentLength;
        QSignalSpy retries(m_client.get(), &FivetranClient::retryScheduled);
        const auto result
            = await<AccountInfo>([&](auto cb) { return m_client->accountInfo(this, cb); });
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Kind::Protocol);
        QVERIFY2(result->error().message.startsWith(QLatin1String(
                     "The server announced an answer of 93.1 GiB, over the 16 MiB limit")),
            qPrintable(result->error().message));
        QCOMPARE(retries.count(), 0);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(m_server->bodyBytesSent() < 1024);
    }

    // A new cursor on every page: the walk stops at the first bound reached, after delivering
    // exactly the pages within it, and makes no request past it.
    void endlessCursorsStopAtTheBound_data()
    {
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<qint64>("maxItems");
        QTest::addColumn<int>("itemsPerPage");
        QTest::addColumn<int>("expectedPages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pages")
            << 5 << qint64(1000) << 1 << 5
            << QStringLiteral(
                   "Paging stopped after 5 pages: the server kept handing out new cursors.");
        QTest::newRow("items")
            << 1000 << qint64(10) << 3 << 4
            << QStringLiteral(
                   "Paging stopped after 12 items: the server kept handing out new cursors.");
        QTest::newRow("one page")
            << 1 << qint64(1000) << 2 << 1
            << QStringLiteral(
                   "Paging stopped after 1 page: the server kept handing out new cursors.");
    }
    void endlessCursorsStopAtTheBound()
    {
        QFETCH(int, maxPages);
        QFETCH(qint64, maxItems);
        QFETCH(int, itemsPerPage);
        QFETCH(int, expectedPages);
        QFETCH(QString, expected);
        m_client->setWalkLimits(maxPages, maxItems);
        m_server->mode = HostileServer::Mode::EndlessCursors;
        m_server->itemsPerPage = itemsPerPage;
        m_server->maxRequests = 2 * expectedPages; // a client past the bound ends without error
        qint64 items = 0;
        std::optional<ApiError> error;
        const int pages = walk<Webhook>(&FivetranClient::listAllWebhooks, &items, &error);
        QVERIFY(error);
        QCOMPARE(error->kind, Kind::Protocol);
        QCOMPARE(error->message, expected);
        QCOMPARE(pages, expectedPages); // the pages before the bound were delivered
        QCOMPARE(items, qint64(expectedPages) * itemsPerPage);
        QCOMPARE(m_server->requestCount(), expectedPages);
    }

    void groupWalkIsBoundedToo()
    {
        m_client->setWalkLimits(3, limits::kMaxItemsPerWalk);
        m_server->mode = HostileServer::Mode::EndlessCursors;
        m_server->maxRequests = 6;
        qint64 items = 0;
        std::optional<ApiError> error;
        const int pages = walk<Group>(&FivetranClient::listAllGroups, &items, &error);
        QVERIFY(error);
        QCOMPARE(error->kind, Kind::Protocol);
        QVERIFY2(error->message.startsWith(QLatin1String("Paging stopped after 3 pages")),
            qPrintable(error->message));
        QCOMPARE(pages, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QVERIFY(m_server->requestLines().constFirst().startsWith("GET /v1/groups"));
    }

    // A last page within the bounds ends the walk normally: the bound is not off by one.
    void walkEndingAtTheBoundIsFine()
    {
        m_client->setWalkLimits(3, 3);
        m_server->mode = HostileServer::Mode::EndlessCursors;
        m_server->maxRequests = 3; // the third page says it is the last
        qint64 items = 0;
        std::optional<ApiError> error;
        const int pages = walk<Webhook>(&FivetranClient::listAllWebhooks, &items, &error);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(pages, 3);
        QCOMPARE(items, qint64(3));
    }

    // A body that drips forever: the total timeout ends the call although no single attempt's
    // timeout (30 s) was reached, and a retry that could not finish in time is not made.
    void totalTimeoutEndsASlowDrip()
    {
        m_server->mode = HostileServer::Mode::SlowDrip;
        m_client->setTotalTimeout(700ms);
        QSignalSpy retries(m_client.get(), &FivetranClient::retryScheduled);
        const auto result
            = await<AccountInfo>([&](auto cb) { return m_client->accountInfo(this, cb); });
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Kind::Timeout);
        QCOMPARE(result->error().message,
            QStringLiteral("No answer within the time limit of 1 second, retries included."));
        QCOMPARE(retries.count(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    // 429 with Retry-After: 1 under a 1.8 s total: the first retry fits, the second would start
    // after the deadline and is not made. The error says the time ran out and what came last.
    void retryPastTheDeadlineIsNotMade()
    {
        m_server->mode = HostileServer::Mode::Fixed;
        m_server->status = 429;
        m_server->extraHeaders = "Retry-After: 1\r\n";
        m_server->body = R"({"code":"TooManyRequests","message":"Slow down"})";
        m_client->setTotalTimeout(1800ms);
        QSignalSpy retries(m_client.get(), &FivetranClient::retryScheduled);
        const auto result = await<WebhookPage>(
            [&](auto cb) { return m_client->listWebhooks(QString(), 100, this, cb); });
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Kind::RateLimited); // still what went wrong
        QCOMPARE(result->error().httpStatus, 429);
        QCOMPARE(result->error().retryAfter.count(), 1);
        QCOMPARE(result->error().message,
            QStringLiteral(
                "Slow down Not retried: the time limit of 2 seconds would run out first."));
        QCOMPARE(result->error().code, QStringLiteral("TooManyRequests"));
        QCOMPARE(retries.count(), 1);
        QCOMPARE(m_server->requestCount(), 2);
    }

    // Ids and group ids are percent-encoded exactly once, as one path segment.
    void idsAreEncodedOnce_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("requestLine");
        QTest::newRow("umlaut") << QStringLiteral("get") << QStringLiteral("ü")
                                << QByteArray("GET /v1/webhooks/%C3%BC HTTP/1.1");
        QTest::newRow("slash") << QStringLiteral("get") << QStringLiteral("a/b")
                               << QByteArray("GET /v1/webhooks/a%2Fb HTTP/1.1");
        QTest::newRow("query") << QStringLiteral("get") << QStringLiteral("a?b=1")
                               << QByteArray("GET /v1/webhooks/a%3Fb%3D1 HTTP/1.1");
        QTest::newRow("fragment") << QStringLiteral("get") << QStringLiteral("a#b")
                                  << QByteArray("GET /v1/webhooks/a%23b HTTP/1.1");
        QTest::newRow("space") << QStringLiteral("get") << QStringLiteral("a b")
                               << QByteArray("GET /v1/webhooks/a%20b HTTP/1.1");
        QTest::newRow("percent") << QStringLiteral("get") << QStringLiteral("100%25")
                                 << QByteArray("GET /v1/webhooks/100%2525 HTTP/1.1");
        QTest::newRow("plain") << QStringLiteral("get") << QStringLiteral("program_quoth")
                               << QByteArray("GET /v1/webhooks/program_quoth HTTP/1.1");
        QTest::newRow("test") << QStringLiteral("test") << QStringLiteral("é")
                              << QByteArray("POST /v1/webhooks/%C3%A9/test HTTP/1.1");
        QTest::newRow("delete") << QStringLiteral("delete") << QStringLiteral("ü")
                                << QByteArray("DELETE /v1/webhooks/%C3%BC HTTP/1.1");
        QTest::newRow("group") << QStringLiteral("group") << QStringLiteral("grüppe/1")
                               << QByteArray("GET /v1/groups/gr%C3%BCppe%2F1 HTTP/1.1");
        QTest::newRow("group webhook") << QStringLiteral("create-group") << QStringLiteral("ü")
                                       << QByteArray("POST /v1/webhooks/group/%C3%BC HTTP/1.1");
    }
    void idsAreEncodedOnce()
    {
        QFETCH(QString, call);
        QFETCH(QString, id);
        QFETCH(QByteArray, requestLine);
        m_server->body = R"({"code":"Success","data":)" + kGoodWebhook + '}';
        bool answered = false;
        runUntil([&](const std::function<void()> &finished) {
            const auto done = [&answered, finished](const auto &) {
                answered = true;
                finished();
            };
            if (call == QLatin1String("get"))
                m_client->getWebhook(id, this, ApiCallback<Webhook>(done));
            else if (call == QLatin1String("test"))
                m_client->testWebhook(
                    id, QStringLiteral("sync_end"), this, ApiCallback<TestResult>(done));
            else if (call == QLatin1String("delete"))
                m_client->deleteWebhook(id, this, ApiCallback<QString>(done));
            else if (call == QLatin1String("group"))
                m_client->getGroup(id, this, ApiCallback<Group>(done));
            else
                m_client->createGroupWebhook(
                    id, WebhookChanges(), this, ApiCallback<Webhook>(done));
        });
        QVERIFY(answered);
        QCOMPARE(m_server->requestLines(), QList<QByteArray>{requestLine});
    }

    // Items that are not webhooks are a Protocol error naming the item, not a silent default.
    void malformedItems_data()
    {
        QTest::addColumn<QByteArray>("items");
        QTest::addColumn<QString>("expected"); // empty: the page is accepted
        QTest::newRow("a number") << QByteArray("1")
                                  << QStringLiteral("data.items[0] is a number, not an object.");
        QTest::newRow("null after a good one")
            << kGoodWebhook + ",null" << QStringLiteral("data.items[1] is null, not an object.");
        QTest::newRow("a list") << QByteArray("[]")
                                << QStringLiteral("data.items[0] is a list, not an object.");
        QTest::newRow("active as text") << QByteArray(
            R"({"id":"a","type":"account","url":"https:\/\/x.io","events":["sync_end"],"active":"yes"})")
                                        << QStringLiteral("data.items[0] has \"active\" as text, "
                                                          "where true or false is expected.");
        QTest::newRow("no id") << kGoodWebhook + ',' + kGoodWebhook
                + R"(,{"type":"account","url":"https:\/\/x.io","events":[],"active":true})"
                               << QStringLiteral("data.items[2] has no \"id\".");
        QTest::newRow("null id") << QByteArray(R"({"id":null,"active":true})")
                                 << QStringLiteral("data.items[0] has no \"id\".");
        QTest::newRow("empty id") << QByteArray(R"({"id":"","active":true})")
                                  << QStringLiteral("data.items[0] has no \"id\".");
        QTest::newRow("numeric id")
            << QByteArray(R"({"id":7,"active":true})")
            << QStringLiteral("data.items[0] has \"id\" as a number, where text is expected.");
        QTest::newRow("events not texts") << QByteArray(
            R"({"id":"a","type":"account","url":"https:\/\/x.io","events":["sync_end",3],"active":true})")
                                          << QStringLiteral(
                                                 "data.items[0] has \"events\" as a list, where a "
                                                 "list of texts is expected.");
        QTest::newRow("url an object")
            << QByteArray(R"({"id":"a","type":"account","url":{},"events":[],"active":true})")
            << QStringLiteral("data.items[0] has \"url\" as an object, where text is expected.");
        QTest::newRow("secret a number, value not shown") << QByteArray(
            R"({"id":"a","type":"account","url":"https:\/\/x.io","events":[],"active":true,"secret":123456789})")
                                                          << QStringLiteral(
                                                                 "data.items[0] has \"secret\" as "
                                                                 "a number, where text is "
                                                                 "expected.");
        // What Fivetran may send and a round trip keeps: nulls for optional fields, new fields.
        QTest::newRow("nulls and unknown fields are fine") << QByteArray(
            R"({"id":"a","type":"account","group_id":null,"url":"https:\/\/x.io","events":null,"active":true,"created_by":null,"labels":{"x":1},"new":[1]})")
                                                           << QString();
        QTest::newRow("missing optional fields are fine")
            << QByteArray(R"({"id":"a"})") << QString();
    }
    void malformedItems()
    {
        QFETCH(QByteArray, items);
        QFETCH(QString, expected);
        m_server->body = listing(items);
        const auto result = await<WebhookPage>(
            [&](auto cb) { return m_client->listWebhooks(QString(), 100, this, cb); });
        QVERIFY(result);
        if (expected.isEmpty()) {
            QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message));
            return;
        }
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Kind::Protocol);
        QCOMPARE(result->error().message, QStringLiteral("The answer cannot be used: ") + expected);
        QVERIFY(!result->error().message.contains(QLatin1String("123456789")));
        QCOMPARE(m_server->requestCount(), 1); // a shape error is not retried
    }

    void malformedSingleObjects()
    {
        m_server->body
            = R"({"code":"Success","data":{"id":"a","type":"account","url":"https:\/\/x.io","events":[],"active":"yes"}})";
        const auto webhook = await<Webhook>(
            [&](auto cb) { return m_client->getWebhook(QStringLiteral("a"), this, cb); });
        QVERIFY(webhook && !webhook->ok());
        QCOMPARE(webhook->error().kind, Kind::Protocol);
        QCOMPARE(webhook->error().message,
            QStringLiteral("The answer cannot be used: data has \"active\" as text, where "
                           "true or false is expected."));

        m_server->body = listing(R"({"id":"g","name":5})");
        const auto groups = await<GroupPage>(
            [&](auto cb) { return m_client->listGroups(QString(), 100, this, cb); });
        QVERIFY(groups && !groups->ok());
        QCOMPARE(groups->error().message,
            QStringLiteral("The answer cannot be used: data.items[0] has \"name\" as a "
                           "number, where text is expected."));
    }

    // A malformed page in the middle of a walk ends it; the pages before it stay delivered.
    void malformedPageEndsAWalk()
    {
        m_server->mode = HostileServer::Mode::EndlessCursors;
        m_server->maxRequests = 2;
        qint64 items = 0;
        std::optional<ApiError> error;
        // Two good pages from the endless cursors, then the fixed answer's bad one.
        int pages = 0;
        int inFlight = -1;
        bool ended = false;
        runUntil([&](const std::function<void()> &finished) {
            m_client->listAllWebhooks(
                100, this,
                [&](const WebhookPage &page) {
                    ++pages;
                    items += page.items.size();
                    if (pages == 1) {
                        m_server->mode = HostileServer::Mode::Fixed;
                        m_server->body
                            = R"({"code":"Success","data":{"items":[null],"next_cursor":"x"}})";
                    }
                },
                [&, finished](const std::optional<ApiError> &e) {
                    error = e;
                    ended = true;
                    inFlight = m_client->callsInFlight();
                    finished();
                });
        });
        QVERIFY(ended);
        QVERIFY(error);
        QCOMPARE(error->kind, Kind::Protocol);
        QVERIFY(error->message.contains(QLatin1String("data.items[0] is null")));
        QCOMPARE(inFlight, 0); // the page asked for behind the bad one was dropped
        QCOMPARE(pages, 1);
        QCOMPARE(items, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
