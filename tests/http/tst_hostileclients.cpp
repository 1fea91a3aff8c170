// HttpListener (the server under the sandbox and the receiver) against clients that misbehave:
// endless bodies and headers, slow senders, idle and surplus connections, web pages, pipelining.
// Real sockets on loopback; every client loop is bounded in bytes and ticks.

#include "../support/RawHttpClient.h"
#include "HttpListener.h"
#include "SandboxServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace fw;
using namespace fw::http;

namespace {

constexpr int kWaitMs = 10000;

HttpLimits testLimits()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxBodyBytes = 64 * 1024;
    limits.requestTimeout = std::chrono::milliseconds(300);
    limits.idleTimeout = std::chrono::milliseconds(300);
    limits.maxConnections = 4;
    return limits;
}

// Writes `chunk` whenever the socket has sent what it had, until `maxBytes` were written or the
// connection closed: a client that never stops, bounded by the test.
class Flood : public QObject
{
public:
    qint64 written = 0;

    Flood(QTcpSocket &socket, QByteArray chunk, qint64 maxBytes)
        : m_socket(socket)
        , m_chunk(std::move(chunk))
        , m_maxBytes(maxBytes)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_socket.state() != QAbstractSocket::ConnectedState || written >= m_maxBytes)
                return m_timer.stop();
            if (m_socket.bytesToWrite() == 0)
                written += m_socket.write(m_chunk);
        });
        m_timer.start(0);
    }
    bool isRunning() const { return m_timer.isActive(); }

private:
    QTcpSocket &m_socket;
    QByteArray m_chunk;
    qint64 m_maxBytes;
    QTimer m_timer;
};

QByteArray rawGet(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\n" + extraHeaders + "\r\n";
}

} // namespace

class TestHostileClients : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpListener> m_listener;
    std::unique_ptr<QSignalSpy> m_refused;
    // The handler of the test; by default answers 200 "<METHOD> <path> <body size>".
    std::function<void(const HttpRequest &, HttpResponder &&)> m_handler;
    std::vector<HttpResponder> m_held;

    quint16 port() const { return m_listener->port(); }
    int refusedStatus(int index = 0) const
    {
        return m_refused->at(index).at(0).value<RefusedRequest>().status;
    }
    RefusedRequest refused(int index = 0) const
    {
        return m_refused->at(index).at(0).value<RefusedRequest>();
    }

private Q_SLOTS:
    void init()
    {
        m_handler = [](const HttpRequest &request, HttpResponder &&responder) {
            responder.respond(200,
                request.method + ' ' + request.url.path().toUtf8() + ' '
                    + QByteArray::number(request.body.size()));
        };
        m_listener = std::make_unique<HttpListener>(
            [this](const HttpRequest &request, HttpResponder &&responder) {
                m_handler(request, std::move(responder));
            });
        m_listener->setLimits(testLimits());
        m_refused = std::make_unique<QSignalSpy>(m_listener.get(), &HttpListener::requestRefused);
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_held.clear();
        m_refused.reset();
        m_listener.reset();
    }

    void keepAliveAndPipelining()
    {
        RawHttpClient client(port());
        client.queue(RawHttpClient::request("GET", "/a"));
        client.queue(RawHttpClient::request("POST", "/b", "{\"x\":1}"));
        client.queue(RawHttpClient::request("POST", "/c", QByteArray(60 * 1024, 'c')));
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 3, kWaitMs);
        QCOMPARE(client.bodies, (QList<QByteArray>{"GET /a 0", "POST /b 7", "POST /c 61440"}));
        // Two requests in one write: both answered, in order, on the same connection.
        client.write(
            RawHttpClient::request("POST", "/d", "12345") + RawHttpClient::request("GET", "/e"));
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 5, kWaitMs);
        QCOMPARE(client.bodies.mid(3), (QList<QByteArray>{"POST /d 5", "GET /e 0"}));
        QVERIFY(!client.disconnected);
        QCOMPARE(m_refused->size(), 0);
    }

    void byteByByteRequestIsServed()
    {
        // Slow but steady, within the request timeout: served like any other.
        m_listener->setLimits([] {
            HttpLimits limits = testLimits();
            limits.requestTimeout = std::chrono::milliseconds(kWaitMs);
            return limits;
        }());
        const QByteArray request = RawHttpClient::request("POST", "/slow", "{\"a\":\"b\"}");
        RawHttpClient client(port());
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, kWaitMs);
        for (char byte : request) {
            client.write(QByteArray(1, byte));
            QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesToWrite(), 0, kWaitMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 1, kWaitMs);
        QCOMPARE(client.bodies.constFirst(), QByteArray("POST /slow 9"));
    }

    void announcedBodyOverLimitIsRefusedBeforeItIsSent()
    {
        RawHttpClient client(port());
        client.write(
            "POST /big HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000000000\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 1, kWaitMs);
        QCOMPARE(client.statuses.constFirst(), 413);
        QVERIFY(client.lastHead().contains("Connection: close"));
        QVERIFY(client.bodies.constFirst().contains("65536"));
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, kWaitMs);
        QCOMPARE(m_refused->size(), 1);
        QCOMPARE(refused().status, 413);
        QCOMPARE(refused().method, QByteArray("POST"));
        QCOMPARE(refused().target, QByteArray("/big"));
        QCOMPARE(refused().declaredBodyBytes, Q_INT64_C(100000000000));
    }

    void endlessChunkedBodyIsCut()
    {
        RawHttpClient client(port());
        client.write(
            "POST /chunked HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "2000\r\n" + QByteArray(0x2000, 'z') + "\r\n";
        const qint64 bound = 64 * testLimits().maxBodyBytes; // 4 MiB: the server must stop first
        Flood flood(client.socket, chunk, bound);
        QTRY_COMPARE_WITH_TIMEOUT(m_refused->size(), 1, kWaitMs);
        QCOMPARE(refusedStatus(), 413);
        QVERIFY2(flood.written < bound, qPrintable(QString::number(flood.written)));
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, kWaitMs);
    }

    void endlessHeadersAreCut()
    {
        RawHttpClient client(port());
        client.write("GET /h HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        const qint64 bound = 1024 * 1024;
        Flood flood(client.socket, "X-Filler: " + QByteArray(100, 'f') + "\r\n", bound);
        QTRY_COMPARE_WITH_TIMEOUT(m_refused->size(), 1, kWaitMs);
        QCOMPARE(refusedStatus(), 431);
        QCOMPARE(refused().method, QByteArray("GET")); // the request line was read before
        QVERIFY2(flood.written < bound, qPrintable(QString::number(flood.written)));
        // Answered, though it never stopped sending.
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses, QList<int>{431}, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, kWaitMs);
    }

    void oneHugeHeaderLineIsCut()
    {
        RawHttpClient client(port());
        client.write("GET /h HTTP/1.1\r\nX-Huge: " + QByteArray(512 * 1024, 'h'));
        QTRY_COMPARE_WITH_TIMEOUT(m_refused->size(), 1, kWaitMs);
        QCOMPARE(refusedStatus(), 431);
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, kWaitMs);
    }

    void slowSenderIsTimedOut()
    {
        RawHttpClient client(port());
        client.write("POST /slowloris HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        // One header byte every 20 ms, bounded: never whole within the 300 ms allowed.
        int drips = 0;
        QTimer drip;
        connect(&drip, &QTimer::timeout, this, [&] {
            if (++drips > 500 || client.socket.state() != QAbstractSocket::ConnectedState)
                return drip.stop();
            client.write("x");
        });
        drip.start(20);
        QTRY_COMPARE_WITH_TIMEOUT(m_refused->size(), 1, kWaitMs);
        QCOMPARE(refusedStatus(), 408);
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, kWaitMs);
        QCOMPARE(client.statuses, QList<int>{408});
    }

    void idleConnectionsAreClosed()
    {
        RawHttpClient silent(port());
        RawHttpClient served(port());
        served.queue(RawHttpClient::request("GET", "/once"));
        QTRY_COMPARE_WITH_TIMEOUT(served.statuses.size(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(silent.disconnected && served.disconnected, kWaitMs);
        QCOMPARE(m_refused->size(), 0); // closing an idle connection refuses nothing
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->connectionCount(), 0, kWaitMs);
    }

    void surplusConnectionsAreTurnedAway()
    {
        m_listener->setLimits([] {
            HttpLimits limits = testLimits();
            limits.idleTimeout = std::chrono::milliseconds(kWaitMs * 10);
            return limits;
        }());
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < 4; ++i)
            clients.push_back(std::make_unique<RawHttpClient>(port()));
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->connectionCount(), 4, kWaitMs);
        RawHttpClient surplus(port());
        QTRY_COMPARE_WITH_TIMEOUT(surplus.statuses, QList<int>{503}, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(surplus.disconnected, kWaitMs);
        QCOMPARE(refusedStatus(), 503);
        // The held ones still work, and a slot freed is a slot taken.
        clients.front()->queue(RawHttpClient::request("GET", "/held"));
        QTRY_COMPARE_WITH_TIMEOUT(clients.front()->statuses, QList<int>{200}, kWaitMs);
        clients.pop_back();
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->connectionCount(), 3, kWaitMs);
        RawHttpClient next(port());
        next.queue(RawHttpClient::request("GET", "/next"));
        QTRY_COMPARE_WITH_TIMEOUT(next.statuses, QList<int>{200}, kWaitMs);
    }

    void hostAndOrigin_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<bool>("requireAddressHost");
        QTest::addColumn<int>("status");
        QTest::newRow("127.0.0.1") << QByteArray("Host: 127.0.0.1:1234\r\n") << true << 200;
        QTest::newRow("localhost") << QByteArray("Host: LocalHost:1234\r\n") << true << 200;
        QTest::newRow("[::1]") << QByteArray("Host: [::1]:1234\r\n") << true << 200;
        QTest::newRow("no Host (HTTP/1.0 clients)") << QByteArray() << true << 200;
        QTest::newRow("rebound name") << QByteArray("Host: evil.example:1234\r\n") << true << 403;
        QTest::newRow("tunnel name allowed")
            << QByteArray("Host: abc.ngrok.app\r\n") << false << 200;
        QTest::newRow("local page")
            << QByteArray("Host: 127.0.0.1\r\nOrigin: http://localhost:3000\r\n") << true << 200;
        QTest::newRow("foreign page")
            << QByteArray("Host: 127.0.0.1\r\nOrigin: https://evil.example\r\n") << false << 403;
        QTest::newRow("opaque origin")
            << QByteArray("Host: 127.0.0.1\r\nOrigin: null\r\n") << false << 403;
    }

    void hostAndOrigin()
    {
        QFETCH(QByteArray, headers);
        QFETCH(bool, requireAddressHost);
        QFETCH(int, status);
        HttpLimits limits = testLimits();
        limits.requireAddressHost = requireAddressHost;
        m_listener->setLimits(limits);
        int handled = 0;
        m_handler = [&](const HttpRequest &, HttpResponder &&responder) {
            ++handled;
            responder.respond(200, "ok");
        };
        RawHttpClient client(port());
        client.queue("POST /p HTTP/1.1\r\n" + headers + "Content-Length: 2\r\n\r\n{}");
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 1, kWaitMs);
        QCOMPARE(client.statuses.constFirst(), status);
        QCOMPARE(handled, status == 200 ? 1 : 0);
        QCOMPARE(m_refused->size(), status == 200 ? 0 : 1);
        if (status == 403)
            QCOMPARE(refused().declaredBodyBytes, 2);
    }

    void unansweredRequestClosesTheConnection()
    {
        m_handler = [](const HttpRequest &, HttpResponder &&) {}; // dropped unanswered
        RawHttpClient client(port());
        client.queue(RawHttpClient::request("GET", "/forgotten"));
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, kWaitMs);
        QVERIFY(client.statuses.isEmpty());
    }

    void truncatedAnswer()
    {
        m_handler = [](const HttpRequest &, HttpResponder &&responder) {
            responder.respondTruncated(200, "0123456789", {{"Content-Type", "text/plain"}});
        };
        RawHttpClient client(port());
        client.queue(RawHttpClient::request("GET", "/half"));
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, kWaitMs);
        QVERIFY(client.statuses.isEmpty()); // never whole
        QVERIFY2(client.unparsed.startsWith("HTTP/1.1 200 OK\r\n"), client.unparsed.constData());
        QVERIFY(client.unparsed.contains("Content-Length: 10\r\n"));
        QVERIFY(client.unparsed.endsWith("\r\n\r\n01234"));
    }

    void answersLaterAndBoundsWhatComesMeanwhile()
    {
        m_handler = [this](const HttpRequest &, HttpResponder &&responder) {
            m_held.push_back(std::move(responder)); // answered by the test
        };
        RawHttpClient patient(port());
        patient.queue(RawHttpClient::request("GET", "/later"));
        QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), size_t(1), kWaitMs);
        QVERIFY(m_held.front().isConnected());
        m_held.front().respond(200, "late");
        QTRY_COMPARE_WITH_TIMEOUT(patient.bodies, QList<QByteArray>{"late"}, kWaitMs);
        QVERIFY(m_held.front().isAnswered());

        // Another client floods its connection while its first request waits for an answer.
        RawHttpClient flooder(port());
        flooder.write(RawHttpClient::request("GET", "/wait"));
        QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), size_t(2), kWaitMs);
        const qint64 bound = 64 * (testLimits().maxHeaderBytes + testLimits().maxBodyBytes);
        Flood flood(flooder.socket, QByteArray(16 * 1024, 'p'), bound);
        QTRY_COMPARE_WITH_TIMEOUT(m_refused->size(), 1, kWaitMs);
        QCOMPARE(refusedStatus(), 413);
        QVERIFY2(flood.written < bound, qPrintable(QString::number(flood.written)));
        QTRY_VERIFY_WITH_TIMEOUT(flooder.disconnected, kWaitMs);
        // Its held answer now goes nowhere, harmlessly.
        QVERIFY(!m_held.back().isConnected());
        m_held.back().respond(200, "too late");
        QVERIFY(m_held.back().isAnswered());
    }

    void notHttpIsClosed()
    {
        // Whole heads QtHttpServer cannot parse: closed at once (Qt 6.4 itself would leave the
        // connection open, its signals cut, until the client goes).
        m_listener->setLimits([] {
            HttpLimits limits = testLimits();
            limits.requestTimeout = limits.idleTimeout = std::chrono::milliseconds(kWaitMs * 10);
            return limits;
        }());
        for (const QByteArray &garbage :
            {QByteArray("\x16\x03\x01 TLS hello to a plain port\r\n\r\n"),
                QByteArray("BREW /pot HTCPCP/1.0\r\n\r\n")}) {
            RawHttpClient client(port());
            client.write(garbage);
            QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, kWaitMs);
            QVERIFY(client.statuses.isEmpty() || client.statuses == QList<int>{400});
        }
        RawHttpClient after(port());
        after.queue(RawHttpClient::request("GET", "/still"));
        QTRY_COMPARE_WITH_TIMEOUT(after.statuses, QList<int>{200}, kWaitMs);
    }

    void sandboxCountsOnlyAuthenticatedRequests()
    {
        SandboxServer sandbox;
        sandbox.seedDemoData();
        sandbox.setRateLimit(3);
        QVERIFY(sandbox.listen());
        RawHttpClient knocker(sandbox.port());
        for (int i = 0; i < 10; ++i)
            knocker.queue(RawHttpClient::request("GET", "/v1/webhooks"));
        QTRY_COMPARE_WITH_TIMEOUT(knocker.statuses.size(), 10, kWaitMs);
        QCOMPARE(knocker.statuses, QList<int>(10, 401));

        const QByteArray auth
            = "Authorization: " + sandbox.credentials().authorizationHeader() + "\r\n";
        RawHttpClient user(sandbox.port());
        for (int i = 0; i < 4; ++i)
            user.queue(RawHttpClient::request("GET", "/v1/account/info", {}, auth));
        QTRY_COMPARE_WITH_TIMEOUT(user.statuses.size(), 4, kWaitMs);
        QCOMPARE(user.statuses, (QList<int>{200, 200, 200, 429}));
        // Header names in any case: Qt 6.8 writes them in lower case.
        QVERIFY2(user.heads.at(0).toLower().contains("x-rate-limit-remaining: 2"),
            user.heads.at(0).constData());
    }

    void sandboxRefusesWebPages()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        const QByteArray auth
            = "Authorization: " + sandbox.credentials().authorizationHeader() + "\r\n";
        RawHttpClient client(sandbox.port());
        client.queue(rawGet("/v1/account/info", "Host: rebound.example\r\n" + auth));
        client.queue(
            rawGet("/v1/account/info", "Host: 127.0.0.1\r\nOrigin: https://x.example\r\n" + auth));
        client.queue(rawGet("/v1/account/info", "Host: 127.0.0.1\r\n" + auth));
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 3, kWaitMs);
        QCOMPARE(client.statuses, (QList<int>{403, 403, 200}));
        QVERIFY(client.bodies.at(0).contains("\"code\":\"RequestRefused\""));
    }
};

QTEST_GUILESS_MAIN(TestHostileClients)
#include "tst_hostileclients.moc"
