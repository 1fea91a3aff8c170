// DeliveryHistory: the bound, the duplicate index as items drop out, clear() and the export.

#include "DeliveryHistory.h"
#include "Signature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fw;

namespace {

Delivery deliveryOf(const QByteArray &body, const QList<KnownSecret> &secrets = {})
{
    Delivery delivery;
    delivery.time = QDateTime::currentDateTimeUtc();
    delivery.peer = QHostAddress(QHostAddress::LocalHost);
    delivery.method = "POST";
    delivery.path = QStringLiteral("/hook?x=1");
    delivery.headers = {{"Content-Type", "application/json"}};
    delivery.body = body;
    delivery.bodySize = body.size();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        delivery.isJsonObject = true;
        delivery.event = WebhookEvent::fromJson(document.object());
    }
    delivery.signature = SignatureCheck::check(body, delivery.headers, secrets);
    return delivery;
}

QByteArray eventBody(int n)
{
    return QStringLiteral(R"({"event":"sync_end","connector_id":"c","sync_id":"s%1","created":"2026-05-22T00:06:08.638Z"})")
            .arg(n)
            .toUtf8();
}

} // namespace

class TestDeliveryHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundDropsOldest()
    {
        DeliveryHistory history(3);
        for (int i = 0; i < 10; ++i)
            history.append(deliveryOf(eventBody(i)));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).sequence, quint64(8));
        QCOMPARE(history.last().sequence, quint64(10));
        QCOMPARE(history.totalAppended(), quint64(10));
        QCOMPARE(history.dropped(), quint64(7));
        QCOMPARE(history.dedupeKeyCount(), 3);
        QVERIFY(history.consistencyCheck());
        history.setCapacity(1);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.last().sequence, quint64(10));
        QVERIFY(history.consistencyCheck());
        QCOMPARE(DeliveryHistory().capacity(), 1000);
    }

    void byteBoundDropsOldest_data()
    {
        QTest::addColumn<int>("bodyBytes");
        QTest::addColumn<qint64>("maxBytes");
        QTest::newRow("1 MiB bodies, 4 MiB") << 1024 * 1024 << qint64(4 * 1024 * 1024);
        QTest::newRow("10 KiB bodies, 64 KiB") << 10 * 1024 << qint64(64 * 1024);
        QTest::newRow("body larger than the bound") << 100 * 1024 << qint64(64 * 1024);
    }

    void byteBoundDropsOldest()
    {
        QFETCH(int, bodyBytes);
        QFETCH(qint64, maxBytes);
        DeliveryHistory history;
        QCOMPARE(history.maxBytes(), DeliveryHistory::kDefaultMaxBytes);
        history.setMaxBytes(maxBytes);
        const Delivery big = deliveryOf(QByteArray(bodyBytes, 'x'));
        const qint64 cost = DeliveryHistory::byteCost(big);
        QVERIFY(cost > bodyBytes);
        for (int i = 0; i < 50; ++i) {
            history.append(big);
            QVERIFY2(history.bytes() <= maxBytes || history.size() == 1,
                     qPrintable(QString::number(history.bytes())));
            QVERIFY(history.consistencyCheck());
        }
        // As many as fit, and never none: the newest stays even when alone too large.
        const int fitting = int(qMax<qint64>(1, maxBytes / cost));
        QCOMPARE(history.size(), fitting);
        QCOMPARE(history.last().sequence, quint64(50));
        QCOMPARE(history.dropped(), quint64(50 - fitting));
        // Lowering the bound drops at once; clear() frees everything.
        history.setMaxBytes(cost);
        QCOMPARE(history.size(), 1);
        history.clear();
        QCOMPARE(history.bytes(), 0);
        QVERIFY(history.consistencyCheck());
    }

    void duplicates()
    {
        DeliveryHistory history(4);
        QVERIFY(!history.append(deliveryOf(eventBody(1))).duplicate);
        QVERIFY(history.append(deliveryOf(eventBody(1))).duplicate);
        QVERIFY(!history.append(deliveryOf(eventBody(2))).duplicate);
        // Another field differing (data) does not make it a new occurrence.
        QByteArray withData = eventBody(2);
        withData.replace("}", R"(,"data":{"status":"FAILURE"}})");
        QVERIFY(history.append(deliveryOf(withData)).duplicate);
        QVERIFY(history.consistencyCheck());
        QCOMPARE(history.dedupeKeyCount(), 2);

        // Not JSON, or no created time: no key, never a duplicate.
        QVERIFY(!history.append(deliveryOf("not json")).duplicate);
        QVERIFY(!history.append(deliveryOf("not json")).duplicate);
        QVERIFY(!history.append(deliveryOf(R"({"event":"sync_end"})")).duplicate);
        QVERIFY(!history.append(deliveryOf(R"({"event":"sync_end"})")).duplicate);
        QVERIFY(history.consistencyCheck());
        QCOMPARE(history.dedupeKeyCount(), 0); // all four event deliveries dropped out

        // Once the first occurrence has dropped out, a repeat is no longer marked.
        QVERIFY(!history.append(deliveryOf(eventBody(1))).duplicate);
        QVERIFY(history.consistencyCheck());
    }

    void rejectedAreNeverDuplicates()
    {
        DeliveryHistory history;
        Delivery rejected = deliveryOf(eventBody(1));
        rejected.rejected = true;
        rejected.body.clear();
        QVERIFY(!history.append(rejected).duplicate);
        QVERIFY(!history.append(rejected).duplicate);
        QVERIFY(!history.append(deliveryOf(eventBody(1))).duplicate);
        QVERIFY(history.consistencyCheck());
    }

    void clearKeepsNumbering()
    {
        DeliveryHistory history;
        history.append(deliveryOf(eventBody(1)));
        history.append(deliveryOf(eventBody(1)));
        history.clear();
        QVERIFY(history.isEmpty());
        QCOMPARE(history.dedupeKeyCount(), 0);
        QVERIFY(!history.append(deliveryOf(eventBody(1))).duplicate);
        QCOMPARE(history.last().sequence, quint64(3));
        QVERIFY(history.toJsonLines().endsWith('\n'));
    }

    void exportHasNoSecret()
    {
        const QByteArray secret = "the-secret-value-42";
        const QByteArray body = eventBody(7);
        Delivery signedDelivery = deliveryOf(body);
        signedDelivery.headers.append({"X-Fivetran-Signature-256", Signature::sign(body, secret)});
        signedDelivery.signature = SignatureCheck::check(body, signedDelivery.headers, {{QStringLiteral("Prod hook"), secret}});
        QVERIFY(signedDelivery.signature.isVerified());

        DeliveryHistory history;
        history.append(signedDelivery);
        history.append(deliveryOf(QByteArray("\xff\xfe not utf-8")));
        history.append(deliveryOf(QByteArray()));
        const QByteArray lines = history.toJsonLines();
        QVERIFY(!lines.contains(secret));
        const QList<QByteArray> records = lines.trimmed().split('\n');
        QCOMPARE(records.size(), 3);

        const QJsonObject first = QJsonDocument::fromJson(records.at(0)).object();
        QCOMPARE(first.value(QLatin1String("verdict")).toString(), QStringLiteral("verified"));
        QCOMPARE(first.value(QLatin1String("verified_by")).toString(), QStringLiteral("Prod hook"));
        QCOMPARE(first.value(QLatin1String("body")).toString().toUtf8(), body);
        QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(first.value(QLatin1String("path")).toString(), QStringLiteral("/hook?x=1"));
        QCOMPARE(first.value(QLatin1String("peer")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(first.value(QLatin1String("time")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(first.value(QLatin1String("duplicate")).toBool(), false);
        QVERIFY(first.value(QLatin1String("headers")).isArray());
        QVERIFY(!first.contains(QLatin1String("body_base64")));

        const QJsonObject second = QJsonDocument::fromJson(records.at(1)).object();
        QCOMPARE(second.value(QLatin1String("body_base64")).toBool(), true);
        QCOMPARE(QByteArray::fromBase64(second.value(QLatin1String("body")).toString().toLatin1()),
                 QByteArray("\xff\xfe not utf-8"));
        QCOMPARE(second.value(QLatin1String("verdict")).toString(), QStringLiteral("no_signature_header"));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryHistory)
#include "tst_deliveryhistory.moc"
