#include "AccountInfo.h"
#include "Group.h"
#include "TestResult.h"
#include "Webhook.h"
#include "WebhookEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fw;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json);
    return document.object();
}

} // namespace

class TestJsonMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhookFields()
    {
        const Webhook webhook = Webhook::fromJson(parse(R"({
            "id": "program_quoth", "type": "group", "group_id": "projected_sickle",
            "url": "https:\/\/example.com/hook", "events": ["sync_start", "sync_end"],
            "active": true, "secret": "******", "created_at": "2022-04-29T09:41:08.583Z",
            "created_by": "_airworthy"})"));
        QCOMPARE(webhook.id, QStringLiteral("program_quoth"));
        QCOMPARE(webhook.scope(), Webhook::Scope::Group);
        QVERIFY(!webhook.isAccountLevel());
        QCOMPARE(webhook.groupId, QStringLiteral("projected_sickle"));
        QCOMPARE(webhook.url, QStringLiteral("https://example.com/hook"));
        QCOMPARE(webhook.events, (QStringList{QStringLiteral("sync_start"), QStringLiteral("sync_end")}));
        QVERIFY(webhook.active);
        QVERIFY(webhook.hasSecret());
        QCOMPARE(webhook.secret, kMaskedSecret);
        QCOMPARE(webhook.createdAtTime(),
                 QDateTime(QDate(2022, 4, 29), QTime(9, 41, 8, 583), Qt::UTC));
        QCOMPARE(webhook.createdBy, QStringLiteral("_airworthy"));
        QVERIFY(webhook.extraFields.isEmpty());
    }

    // fromJson then toJson gives back the object exactly, for the shapes Fivetran sends.
    void webhookRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("group, every field") << QByteArray(R"({"id":"a_b","type":"group","group_id":"g_1","url":"https:\/\/x.io/h","events":["sync_end"],"active":true,"secret":"******","created_at":"2022-04-29T09:41:08.583Z","created_by":"_u"})");
        QTest::newRow("account, no group, no secret") << QByteArray(R"({"id":"a_b","type":"account","url":"https:\/\/x.io/h","events":["sync_start","status"],"active":false,"created_at":"2024-01-01T00:00:00Z","created_by":"_u"})");
        QTest::newRow("unknown fields kept") << QByteArray(R"({"id":"a","type":"account","url":"https:\/\/x.io","events":[],"active":true,"run_tests":true,"labels":{"team":"data"},"new_list":[1,2]})");
        QTest::newRow("null group_id kept as sent") << QByteArray(R"({"id":"a","type":"account","group_id":null,"url":"https:\/\/x.io","events":["sync_end"],"active":true})");
        QTest::newRow("empty events") << QByteArray(R"({"id":"a","type":"account","url":"https:\/\/x.io","events":[],"active":false})");
        QTest::newRow("unknown scope") << QByteArray(R"({"id":"a","type":"destination","url":"https:\/\/x.io","events":["sync_end"],"active":true})");
        QTest::newRow("null events kept") << QByteArray(R"({"id":"a","type":"account","url":"https:\/\/x.io","events":null,"active":true})");
        QTest::newRow("created_at without ms kept verbatim") << QByteArray(R"({"id":"a","type":"account","url":"https:\/\/x.io","events":["x"],"active":true,"created_at":"2024-01-01T00:00:00Z"})");
    }
    void webhookRoundTrip()
    {
        QFETCH(QByteArray, json);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QVERIFY(!object.isEmpty());
        const Webhook webhook = Webhook::fromJson(object);
        QCOMPARE(webhook.toJson(), object);
        QCOMPARE(Webhook::fromJson(webhook.toJson()), webhook);
    }

    void webhookMissingAndEmpty()
    {
        // Missing optional fields stay absent; "" for group_id means no group (Fivetran sends it).
        const Webhook webhook = Webhook::fromJson(parse(
                R"({"id":"a","type":"account","group_id":"","url":"https:\/\/x.io","events":["e"],"active":true})"));
        QVERIFY(webhook.groupId.isEmpty());
        QVERIFY(!webhook.hasSecret());
        QVERIFY(!webhook.createdAtTime().isValid());
        const QJsonObject out = webhook.toJson();
        QVERIFY(!out.contains(QLatin1String("group_id")));
        QVERIFY(!out.contains(QLatin1String("secret")));
        QVERIFY(!out.contains(QLatin1String("created_at")));
        QVERIFY(!out.contains(QLatin1String("created_by")));

        // Missing required fields come out with their defaults, so a sender always sends them.
        const Webhook empty = Webhook::fromJson(QJsonObject());
        QCOMPARE(empty.scope(), Webhook::Scope::Unknown);
        QVERIFY(!empty.active);
        QCOMPARE(empty.toJson().value(QLatin1String("events")), QJsonValue(QJsonArray()));
        QCOMPARE(empty.toJson().value(QLatin1String("active")), QJsonValue(false));
    }

    void webhookWrongTypesKeptNotCrashed()
    {
        const QJsonObject object = parse(
                R"({"id":7,"type":"account","url":"https:\/\/x.io","events":["a",3],"active":"yes"})");
        const Webhook webhook = Webhook::fromJson(object);
        QVERIFY(webhook.id.isEmpty());
        QVERIFY(webhook.events.isEmpty());
        QVERIFY(!webhook.active);
        // The odd values are kept rather than silently replaced.
        QCOMPARE(webhook.extraFields.value(QLatin1String("events")), object.value(QLatin1String("events")));
        QCOMPARE(webhook.extraFields.value(QLatin1String("active")), QJsonValue(QStringLiteral("yes")));
    }

    void changesNeverSendTheMask()
    {
        WebhookChanges changes;
        changes.secret = kMaskedSecret;
        QVERIFY(!changes.toJson().contains(QLatin1String("secret")));
        changes.secret = QStringLiteral("n3w");
        QCOMPARE(changes.toJson().value(QLatin1String("secret")).toString(), QStringLiteral("n3w"));
    }

    void changesBetween()
    {
        Webhook original = Webhook::fromJson(parse(
                R"({"id":"a","type":"account","url":"https:\/\/x.io","events":["sync_end"],"active":true,"secret":"******"})"));
        Webhook edited = original;
        QVERIFY(WebhookChanges::between(original, edited).isEmpty());
        QVERIFY(WebhookChanges::between(original, edited).toJson().isEmpty());

        edited.url = QStringLiteral("https://y.io");
        edited.secret.clear(); // "leave unchanged"
        WebhookChanges changes = WebhookChanges::between(original, edited);
        const QJsonObject urlOnly = parse(R"({"url":"https:\/\/y.io"})");
        QCOMPARE(changes.toJson(), urlOnly);

        edited = original;
        edited.events = QStringList{QStringLiteral("sync_start")};
        edited.active = false;
        edited.secret = QStringLiteral("fresh");
        changes = WebhookChanges::between(original, edited);
        const QJsonObject expected = parse(R"({"events":["sync_start"],"active":false,"secret":"fresh"})");
        QCOMPARE(changes.toJson(), expected);
    }

    void createBodyLeavesDefaultsToFivetran()
    {
        WebhookChanges create;
        create.url = QStringLiteral("https://x.io");
        create.events = QStringList{QStringLiteral("sync_end")};
        const QJsonObject expected = parse(R"({"url":"https:\/\/x.io","events":["sync_end"]})");
        QCOMPARE(create.toJson(), expected);
    }

    void groupRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("all") << QByteArray(R"({"id":"projected_sickle","name":"Warehouse","created_at":"2018-12-20T11:59:35.089Z"})");
        QTest::newRow("unknown") << QByteArray(R"({"id":"g","name":"","created_at":"2024-01-01T00:00:00Z","region":"eu"})");
        QTest::newRow("no created_at") << QByteArray(R"({"id":"g","name":"Same name"})");
    }
    void groupRoundTrip()
    {
        QFETCH(QByteArray, json);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(Group::fromJson(object).toJson(), object);
    }

    void accountInfoRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("userKey");
        QTest::newRow("user key") << QByteArray(R"({"account_id":"acc","account_name":"Acme","user_id":"_u"})") << true;
        QTest::newRow("system key") << QByteArray(R"({"account_id":"acc","account_name":"Acme","system_key_id":"sk"})") << false;
        QTest::newRow("unknown") << QByteArray(R"({"account_id":"acc","plan":"enterprise"})") << false;
    }
    void accountInfoRoundTrip()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, userKey);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        const AccountInfo info = AccountInfo::fromJson(object);
        QCOMPARE(info.accountId, QStringLiteral("acc"));
        QCOMPARE(!info.userId.isEmpty(), userKey);
        QCOMPARE(info.toJson(), object);
    }

    void testResult_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("succeed");
        QTest::addColumn<int>("status");
        QTest::newRow("delivered") << QByteArray(R"({"succeed":true,"status":200,"message":"Success"})") << true << 200;
        QTest::newRow("endpoint 500") << QByteArray(R"({"succeed":false,"status":500,"message":"Internal"})") << false << 500;
        QTest::newRow("unreachable, unknown field") << QByteArray(R"({"succeed":false,"status":0,"message":"Connection refused","trace":"x"})") << false << 0;
    }
    void testResult()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, succeed);
        QFETCH(int, status);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        const TestResult result = TestResult::fromJson(object);
        QCOMPARE(result.succeed, succeed);
        QCOMPARE(result.status, status);
        QCOMPARE(result.toJson(), object);
    }

    void webhookEvent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("groupId");
        // The real delivery quoted in the spec, in wire order.
        QTest::newRow("sync_end") << QByteArray(R"({"event":"sync_end","created":"2026-05-22T00:06:08.638Z","connector_type":"google_cloud_postgresql","connector_id":"assimilate_seem","connector_name":"ftar_pg","sync_id":"b4703f73-6315-4e22-8d7a-3bfb18b2fed2","destination_group_id":"inappropriate_implode","data":{"status":"SUCCESSFUL"}})") << QStringLiteral("inappropriate_implode");
        QTest::newRow("older group_id") << QByteArray(R"({"event":"sync_start","created":"2021-01-01T00:00:00.000Z","connector_id":"c","group_id":"old_group","data":{}})") << QStringLiteral("old_group");
        QTest::newRow("dbt without connector") << QByteArray(R"({"event":"dbt_run_failed","created":"2024-01-01T00:00:00.000Z","destination_group_id":"g","data":{"dbt_job_id":"j","errors":["x"]}})") << QStringLiteral("g");
        QTest::newRow("newer connection fields") << QByteArray(R"({"event":"sync_end","connection_id":"c2","connection_name":"n","data":{"status":"FAILURE","reason":"r"}})") << QString();
    }
    void webhookEvent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, groupId);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        const WebhookEvent event = WebhookEvent::fromJson(object);
        QVERIFY(!event.event.isEmpty());
        QCOMPARE(event.destinationGroupId, groupId);
        QCOMPARE(event.toJson(), object);
    }

    void webhookEventDedupeKey()
    {
        const auto a = WebhookEvent::fromJson(parse(R"({"event":"sync_end","connector_id":"c","sync_id":"s","created":"t1"})"));
        const auto again = WebhookEvent::fromJson(parse(R"({"created":"t1","sync_id":"s","connector_id":"c","event":"sync_end","data":{"x":1}})"));
        const auto later = WebhookEvent::fromJson(parse(R"({"event":"sync_end","connector_id":"c","sync_id":"s","created":"t2"})"));
        QCOMPARE(a.dedupeKey(), again.dedupeKey());
        QVERIFY(a.dedupeKey() != later.dedupeKey());
        // Field boundaries matter: shifting text from one field to the next is another event.
        const auto shifted = WebhookEvent::fromJson(parse(R"({"event":"sync_endc","connector_id":"","sync_id":"s","created":"t1"})"));
        QVERIFY(a.dedupeKey() != shifted.dedupeKey());
    }
};

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
