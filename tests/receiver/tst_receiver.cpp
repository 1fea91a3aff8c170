// ReceiverServer over real HTTP on loopback: fed by an in-process sandbox (Test deliveries and
// emitted events) and by raw sockets (load, oversize, wrong methods, malformed input).

#include "ReceiverServer.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "Signature.h"
#include "../support/RawHttpClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace fw;
using Verdict = SignatureCheck::Verdict;

namespace {

constexpr int kWaitMs = 30000;

// A raw HTTP/1.1 client on one keep-alive connection: sends requests one after another (the
// next when the previous answer is complete) and records each answer's status.
using RawClient = RawHttpClient;

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body;
}

QByteArray eventBody(int n)
{
    return QStringLiteral(R"({"event":"sync_end","connector_id":"c","sync_id":"s%1","created":"2026-05-22T00:06:08.638Z"})")
            .arg(n)
            .toUtf8();
}

Webhook webhookAt(const QUrl &url, const QString &secret, const QString &event = QStringLiteral("sync_end"))
{
    Webhook webhook;
    webhook.type = QStringLiteral("account");
    webhook.url = url.toString();
    webhook.events = {event};
    webhook.active = true;
    webhook.secret = secret;
    return webhook;
}

} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReceiverServer> m_receiver;

    // Sends one POST and waits for its answer; the status, or 0 when none came.
    int postOnce(const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        RawClient client(m_receiver->port());
        client.queue(post(path, body, extraHeaders));
        [&] { QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 1, kWaitMs); }();
        return client.statuses.value(0);
    }

    // Whatever came before, a normal delivery still gets its 200 and is recorded.
    void assertStillServing()
    {
        const int before = int(m_receiver->history().totalAppended());
        QCOMPARE(postOnce("/after", eventBody(-1)), 200);
        QCOMPARE(int(m_receiver->history().totalAppended()), before + 1);
        QCOMPARE(m_receiver->history().last().path, QStringLiteral("/after"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // One debug line per delivery would swamp the load test's output.
        QLoggingCategory::setFilterRules(QStringLiteral("fw.receiver.debug=false"));
    }

    void init()
    {
        m_receiver = std::make_unique<ReceiverServer>();
        QVERIFY(m_receiver->listen());
        QVERIFY(!m_receiver->isExposed());
        QCOMPARE(m_receiver->url(), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_receiver->port())));
    }

    void cleanup() { m_receiver.reset(); }

    void sandboxDeliveriesVerify()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        const QString secret = QStringLiteral("t0p-secret");
        QUrl hookUrl = m_receiver->url();
        hookUrl.setPath(QStringLiteral("/hooks/prod"));
        const Webhook webhook = sandbox.store().addWebhook(webhookAt(hookUrl, secret));
        QStringList askedPaths;
        m_receiver->setSecretProvider([&](const QString &path) {
            askedPaths.append(path);
            return QList<KnownSecret>{{QStringLiteral("Prod webhook"), secret.toUtf8()}};
        });
        QSignalSpy received(m_receiver.get(), &ReceiverServer::deliveryReceived);

        // A Test delivery, through the sandbox's API.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + QStringLiteral("/webhooks/%1/test").arg(webhook.id)));
        request.setRawHeader("Authorization", SandboxServer::demoCredentials().authorizationHeader());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QByteArray(R"({"event":"sync_end"})"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(received.size(), 1);

        // An emitted event.
        QSignalSpy finished(&sandbox, &SandboxServer::deliveryFinished);
        QCOMPARE(sandbox.emitEvent(QStringLiteral("sync_end")), 1);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.constFirst().at(2).toInt(), 200);
        QCOMPARE(received.size(), 2);

        QCOMPARE(m_receiver->history().size(), 2);
        for (int i = 0; i < 2; ++i) {
            const Delivery &delivery = m_receiver->history().at(i);
            QCOMPARE(delivery.method, QByteArray("POST"));
            QCOMPARE(delivery.path, QStringLiteral("/hooks/prod"));
            QVERIFY(delivery.peer.isLoopback());
            QVERIFY(delivery.isJsonObject);
            QCOMPARE(delivery.event.event, QStringLiteral("sync_end"));
            QCOMPARE(delivery.signature.verdict(), Verdict::Verified);
            QCOMPARE(delivery.signature.verifiedBy(), QStringLiteral("Prod webhook"));
            QVERIFY(!delivery.header("x-fivetran-signature-256").isEmpty());
            QVERIFY(!delivery.duplicate);
            QCOMPARE(delivery.time.timeSpec(), Qt::UTC);
        }
        QCOMPARE(askedPaths, (QStringList{QStringLiteral("/hooks/prod"), QStringLiteral("/hooks/prod")}));
        QVERIFY(!m_receiver->history().toJsonLines().contains(secret.toUtf8()));

        // The same webhook with a wrong remembered secret: a mismatch, explained.
        m_receiver->setSecretProvider([](const QString &) {
            return QList<KnownSecret>{{QStringLiteral("Old secret"), QByteArray("stale")}};
        });
        QCOMPARE(sandbox.emitEvent(QStringLiteral("sync_end")), 1);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(m_receiver->history().last().signature.verdict(), Verdict::Mismatch);
        QVERIFY(!m_receiver->history().last().signature.explanation().isEmpty());

        // No provider at all: signed, but nothing to check it with.
        m_receiver->setSecretProvider({});
        QCOMPARE(sandbox.emitEvent(QStringLiteral("sync_end")), 1);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(m_receiver->history().last().signature.verdict(), Verdict::NoKnownSecret);
    }

    void duplicatesMarked()
    {
        QSignalSpy received(m_receiver.get(), &ReceiverServer::deliveryReceived);
        RawClient client(m_receiver->port());
        client.queue(post("/a", eventBody(1)));
        client.queue(post("/a?retry=1", eventBody(1)));
        client.queue(post("/a", eventBody(2)));
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 3, kWaitMs);
        QCOMPARE(client.statuses, (QList<int>{200, 200, 200}));
        QVERIFY(client.lastHead().toLower().contains("content-type: application/json"));
        QCOMPARE(received.size(), 3);
        QVERIFY(!m_receiver->history().at(0).duplicate);
        QVERIFY(m_receiver->history().at(1).duplicate);
        QCOMPARE(m_receiver->history().at(1).path, QStringLiteral("/a?retry=1"));
        QVERIFY(!m_receiver->history().at(2).duplicate);
        QCOMPARE(received.at(1).at(0).value<Delivery>().sequence, quint64(2));

        // One event goes to every subscribed webhook: at another path it is no repeat.
        client.queue(post("/b", eventBody(1)));
        client.queue(post("/b", eventBody(1)));
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 5, kWaitMs);
        QVERIFY(!m_receiver->history().at(3).duplicate);
        QVERIFY(m_receiver->history().at(4).duplicate);
    }

    // Told to reject bad signatures, the receiver answers 401 to anything no known secret
    // verifies, records what it answered, and the sandbox reports that delivery as failed.
    void rejectsUnverifiedWhenTold()
    {
        const QByteArray secret = "rehearsal-secret";
        m_receiver->setSecretProvider([&](const QString &) {
            return QList<KnownSecret>{{QStringLiteral("Rehearsal"), secret}};
        });
        const QByteArray body = eventBody(7);
        QCOMPARE(postOnce("/hook", body), 200); // off by default
        QVERIFY(!m_receiver->rejectsUnverified());

        m_receiver->setRejectUnverified(true);
        QVERIFY(m_receiver->rejectsUnverified());
        QCOMPARE(postOnce("/hook", body), 401); // unsigned
        QCOMPARE(m_receiver->history().last().status, 401);
        QCOMPARE(m_receiver->history().last().signature.verdict(), Verdict::NoSignatureHeader);
        QVERIFY(!m_receiver->history().last().rejected); // its body is kept, to be looked at
        QCOMPARE(m_receiver->history().last().body, body);
        QCOMPARE(postOnce("/hook", body, "X-Fivetran-Signature-256: " + Signature::sign(body, "wrong") + "\r\n"), 401);
        QCOMPARE(m_receiver->history().last().signature.verdict(), Verdict::Mismatch);
        QCOMPARE(postOnce("/hook", body, "X-Fivetran-Signature-256: " + Signature::sign(body + "\n", secret) + "\r\n"), 401);
        QCOMPARE(postOnce("/hook", body, "X-Fivetran-Signature-256: " + Signature::sign(body, secret) + "\r\n"), 200);
        QCOMPARE(m_receiver->history().last().status, 200);
        QVERIFY(m_receiver->history().last().signature.isVerified());

        // The answer says why, without a secret.
        RawClient client(m_receiver->port());
        client.queue(post("/hook", body));
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 1, kWaitMs);
        const QByteArray answer = client.bodies.value(0);
        QVERIFY2(answer.contains("signature not verified"), answer.constData());
        QVERIFY(!answer.contains(secret));

        // Through the sandbox: a webhook signed with another secret fails its event and its test.
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        QUrl hookUrl = m_receiver->url();
        hookUrl.setPath(QStringLiteral("/hooks/rehearsal"));
        const Webhook wrong = sandbox.store().addWebhook(webhookAt(hookUrl, QStringLiteral("rotated")));
        QList<EventDelivery> outcomes;
        bool done = false;
        QCOMPARE(sandbox.emitEvent(QStringLiteral("sync_end"), QString(), QString(), this,
                                   [&](const QList<EventDelivery> &list) { outcomes = list; done = true; }),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.constFirst().webhookId, wrong.id);
        QCOMPARE(outcomes.constFirst().status, 401);
        QVERIFY(!outcomes.constFirst().succeeded());

        // Turned off again: the same delivery is taken.
        m_receiver->setRejectUnverified(false);
        done = false;
        sandbox.emitEvent(QStringLiteral("sync_end"), QString(), QString(), this,
                          [&](const QList<EventDelivery> &list) { outcomes = list; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QCOMPARE(outcomes.constFirst().status, 200);
    }

    void oversizeBodyRejected()
    {
        const QByteArray big(2 * 1024 * 1024, 'x');
        QCOMPARE(postOnce("/big", big), 413);
        QCOMPARE(m_receiver->history().size(), 1);
        const Delivery &delivery = m_receiver->history().last();
        QVERIFY(delivery.rejected);
        QCOMPARE(delivery.status, 413);
        QVERIFY(delivery.body.isEmpty());
        QCOMPARE(delivery.bodySize, big.size());
        QCOMPARE(delivery.signature.verdict(), Verdict::NotChecked);
        QVERIFY(!delivery.rejectReason.isEmpty());
        // A configured limit applies.
        m_receiver->setMaxBodyBytes(10);
        QCOMPARE(postOnce("/small", "12345678901"), 413);
        QCOMPARE(postOnce("/small", "1234567890"), 200);
        m_receiver->setMaxBodyBytes(ReceiverServer::kDefaultMaxBodyBytes);
        assertStillServing();
    }

    void otherMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("PUT") << QByteArray("PUT");
        QTest::newRow("DELETE") << QByteArray("DELETE");
    }

    void otherMethods()
    {
        QFETCH(QByteArray, method);
        RawClient client(m_receiver->port());
        client.queue(method + " /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 1, kWaitMs);
        QCOMPARE(client.statuses.constFirst(), 405);
        QVERIFY(client.lastHead().toLower().contains("allow: post"));
        QCOMPARE(m_receiver->history().size(), 0); // not recorded
        assertStillServing();
    }

    void tenThousandDeliveriesStayBounded()
    {
        constexpr int kTotal = 10000;
        constexpr int kConnections = 8;
        const QByteArray secret = "load-secret";
        m_receiver->setSecretProvider([&](const QString &) {
            return QList<KnownSecret>{{QStringLiteral("load"), secret}};
        });
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int c = 0; c < kConnections; ++c)
            clients.push_back(std::make_unique<RawClient>(m_receiver->port()));
        for (int i = 0; i < kTotal; ++i) {
            // Every 10th repeats its predecessor: a duplicate while both are held.
            const QByteArray body = eventBody(i % 10 == 9 ? i - 1 : i);
            clients[size_t(i % kConnections)]->queue(
                    post("/load", body, "X-Fivetran-Signature-256: " + Signature::sign(body, secret) + "\r\n"));
        }
        const auto answered = [&] {
            int sum = 0;
            for (const auto &client : clients)
                sum += int(client->statuses.size());
            return sum;
        };
        QTRY_COMPARE_WITH_TIMEOUT(answered(), kTotal, 60000);
        qInfo("%d deliveries in %lld ms", kTotal, qint64(timer.elapsed()));
        const DeliveryHistory &history = m_receiver->history();
        QCOMPARE(history.size(), 1000);
        QCOMPARE(history.totalAppended(), quint64(kTotal));
        QCOMPARE(history.dropped(), quint64(kTotal - 1000));
        QVERIFY(history.consistencyCheck());
        int duplicates = 0;
        for (int i = 0; i < history.size(); ++i) {
            QCOMPARE(history.at(i).signature.verdict(), Verdict::Verified);
            duplicates += history.at(i).duplicate ? 1 : 0;
        }
        // Deliveries i and i+1 travel on different connections: either may arrive first, but
        // exactly one of each pair is a duplicate while both are held (a pair may straddle the
        // oldest edge).
        QVERIFY2(duplicates >= 99 && duplicates <= 100, qPrintable(QString::number(duplicates)));
        QVERIFY(history.dedupeKeyCount() <= 1000 - 99);
    }

    void truncatedBody()
    {
        RawClient client(m_receiver->port());
        client.socket.write("POST /t HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"event\":");
        QTRY_VERIFY_WITH_TIMEOUT(client.socket.bytesToWrite() == 0, kWaitMs);
        client.socket.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);
        QCOMPARE(m_receiver->history().size(), 0); // never complete: never recorded
        assertStillServing();
    }

    void invalidUtf8Body()
    {
        const QByteArray body("\xff\xfe\xc3\x28 {", 6);
        QCOMPARE(postOnce("/bin", body), 200);
        const Delivery &delivery = m_receiver->history().last();
        QCOMPARE(delivery.body, body);
        QVERIFY(!delivery.isJsonObject);
        QVERIFY(!delivery.duplicate);
        QVERIFY(m_receiver->history().toJsonLines().contains("\"body_base64\":true"));
        assertStillServing();
    }

    void hugeHeader()
    {
        RawClient client(m_receiver->port());
        client.queue(post("/huge", eventBody(3), "X-Huge: " + QByteArray(64 * 1024, 'h') + "\r\n"));
        // Refused once the headers pass 64 KiB, before the rest is read, and shown as rejected.
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 1, kWaitMs);
        QCOMPARE(client.statuses.constFirst(), 431);
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, kWaitMs);
        QCOMPARE(m_receiver->history().size(), 1);
        const Delivery &rejected = m_receiver->history().last();
        QVERIFY(rejected.rejected);
        QCOMPARE(rejected.status, 431);
        QCOMPARE(rejected.path, QStringLiteral("/huge"));
        QVERIFY(rejected.body.isEmpty());
        assertStillServing();
    }

    void slowSender()
    {
        const QByteArray request = post("/slow", eventBody(4));
        RawClient client(m_receiver->port());
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, kWaitMs);
        int sent = 0;
        QTimer trickle;
        trickle.setInterval(2);
        connect(&trickle, &QTimer::timeout, this, [&] {
            if (sent < request.size())
                client.socket.write(request.mid(sent++, 1));
            else
                trickle.stop();
        });
        trickle.start();
        // Meanwhile others are served.
        assertStillServing();
        QTRY_COMPARE_WITH_TIMEOUT(client.statuses.size(), 1, kWaitMs);
        QCOMPARE(client.statuses.constFirst(), 200);
        QCOMPARE(m_receiver->history().last().path, QStringLiteral("/slow"));
        QCOMPARE(m_receiver->history().last().event.syncId, QStringLiteral("s4"));
    }

    void garbageRequestLine()
    {
        RawClient client(m_receiver->port());
        client.socket.write("\x01\x02 not http at all\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected || !client.statuses.isEmpty(), kWaitMs);
        assertStillServing();
    }

    void stopAndRelisten()
    {
        QSignalSpy listening(m_receiver.get(), &ReceiverServer::listeningChanged);
        m_receiver->stop();
        QVERIFY(!m_receiver->isListening());
        QVERIFY(m_receiver->url().isEmpty());
        QVERIFY(m_receiver->listen());
        QCOMPARE(listening.size(), 2);
        assertStillServing();
        QSignalSpy cleared(m_receiver.get(), &ReceiverServer::historyCleared);
        m_receiver->clearHistory();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(m_receiver->history().isEmpty());
    }

    void exposedIsWarned()
    {
        ReceiverServer exposed;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not loopback")));
        QVERIFY(exposed.listen(QHostAddress::AnyIPv4));
        QVERIFY(exposed.isExposed());
        QCOMPARE(exposed.url().host(), QStringLiteral("127.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
