// The sandbox over real HTTP: QNetworkAccessManager against an in-process SandboxServer on a free
// loopback port, and LoopbackReceivers standing in for webhook endpoints.
// (Raw string literals here never hold "//": moc 6.4 would take it for a comment.)
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "Signature.h"

#include "../support/LoopbackReceiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace fw;
using namespace std::chrono_literals;

namespace {

qint64 monotonicMs() // for elapsed times: never stepped by the wall clock
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}

constexpr int kWaitMs = 30000;
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    bool finished = false;
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QLatin1String("code")).toString(); }
    QString message() const { return json().value(QLatin1String("message")).toString(); }
    QJsonObject data() const { return json().value(QLatin1String("data")).toObject(); }
    QJsonArray items() const { return data().value(QLatin1String("items")).toArray(); }
};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList ids(const QJsonArray &items)
{
    QStringList list;
    for (const QJsonValue &item : items)
        list.append(item.toObject().value(QLatin1String("id")).toString());
    return list;
}

quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed when `server` goes: nothing listens there any more
}

QString deadUrl()
{
    return QStringLiteral("http://127.0.0.1:%1/hook").arg(deadPort());
}

Webhook webhookAt(const QString &url, const QStringList &events, bool active = true,
                  const QString &secret = QString(), const QString &groupId = QString())
{
    Webhook webhook;
    webhook.type = groupId.isEmpty() ? QStringLiteral("account") : QStringLiteral("group");
    webhook.groupId = groupId;
    webhook.url = url;
    webhook.events = events;
    webhook.active = active;
    webhook.secret = secret;
    return webhook;
}

const QRegularExpression kTimestamp(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
const QRegularExpression kFivetranId(QStringLiteral("^[a-z]+(_[a-z]+)+$"));

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;

    SandboxStore &store() { return m_sandbox->store(); }

    // Sends a request; `headers` replace the defaults (Accept and Authorization always, and
    // Content-Type application/json for methods with a body); an empty value removes one.
    QNetworkReply *start(const QByteArray &method, const QString &path,
                         const QByteArray &body = {}, const Headers &headers = {})
    {
        QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_sandbox->port()).arg(path)));
        Headers all{{"Accept", "application/json"},
                    {"Authorization", SandboxServer::demoCredentials().authorizationHeader()}};
        if (method == "POST" || method == "PATCH" || method == "PUT")
            all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        for (const auto &[name, value] : headers) {
            all.removeIf([&name = name](const auto &h) {
                return h.first.compare(name, Qt::CaseInsensitive) == 0;
            });
            all.append(qMakePair(name, value));
        }
        for (const auto &[name, value] : all) {
            if (!value.isEmpty())
                request.setRawHeader(name, value);
        }
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        auto *reply = m_network->sendCustomRequest(request, method, body);
        reply->setProperty("startedMs", monotonicMs());
        return reply;
    }

    Reply finish(QNetworkReply *reply)
    {
        Reply result;
        QSignalSpy finished(reply, &QNetworkReply::finished);
        result.finished = reply->isFinished() || finished.wait(kWaitMs);
        result.elapsedMs =
                monotonicMs() - reply->property("startedMs").toLongLong();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const Headers &headers = {})
    {
        return finish(start(method, path, body, headers));
    }

    Reply createAccountWebhook(const QJsonObject &body)
    {
        return call("POST", QStringLiteral("/v1/webhooks/account"), json(body));
    }

    QString firstGroupId() { return store().groups().constFirst().id; }

    // Every id of a walk through GET /v1/webhooks with `limit`, at most `maxPages` pages.
    QStringList walk(int limit, int maxPages, const std::function<void()> &betweenPages = {})
    {
        QStringList seen;
        QString cursor;
        for (int page = 0; page < maxPages; ++page) {
            QString path = QStringLiteral("/v1/webhooks?limit=%1").arg(limit);
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const Reply reply = call("GET", path);
            if (reply.status != 200) {
                qWarning("page %d answered %d: %s", page, reply.status, reply.body.constData());
                return seen;
            }
            const QJsonArray items = reply.items();
            if (items.size() > limit)
                qWarning("page %d has %d items, more than the limit", page, int(items.size()));
            seen += ids(items);
            cursor = reply.data().value(QLatin1String("next_cursor")).toString();
            if (cursor.isEmpty())
                break;
            if (betweenPages)
                betweenPages();
        }
        return seen;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen());
        QVERIFY(m_sandbox->port() != 0);
        m_sandbox->setDeliveryTimeout(3s);
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_network.reset();
        m_sandbox.reset();
    }

    void baseUrlNamesTheLoopbackPort()
    {
        QCOMPARE(m_sandbox->baseUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_sandbox->port())));
    }

    void authorization_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");

        const QByteArray good = SandboxServer::demoCredentials().authorizationHeader();
        const QByteArray wrongSecret =
                Credentials{SandboxServer::demoCredentials().apiKey, QStringLiteral("nope")}
                        .authorizationHeader();
        const QByteArray wrongKey =
                Credentials{QStringLiteral("nope"), SandboxServer::demoCredentials().apiSecret}
                        .authorizationHeader();
        const QString api = QStringLiteral("/v1/account/info");
        const QString control = QStringLiteral("/sandbox/faults");
        QTest::newRow("none") << api << QByteArray() << 401;
        QTest::newRow("wrong secret") << api << wrongSecret << 401;
        QTest::newRow("wrong key") << api << wrongKey << 401;
        QTest::newRow("bearer") << api << QByteArray("Bearer abc") << 401;
        QTest::newRow("not base64") << api << QByteArray("Basic !!!") << 401;
        QTest::newRow("no colon") << api << ("Basic " + QByteArray("keyonly").toBase64()) << 401;
        QTest::newRow("good") << api << good << 200;
        QTest::newRow("lower-case scheme") << api << ("basic " + good.mid(6)) << 200;
        QTest::newRow("control without") << control << QByteArray() << 401;
        QTest::newRow("control good") << control << good << 200;
    }

    void authorization()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        const Reply reply = call("GET", path, {}, {{"Authorization", authorization}});
        QCOMPARE(reply.status, status);
        if (status == 401) {
            QCOMPARE(reply.code(), QStringLiteral("AuthFailed"));
            QVERIFY(!reply.message().isEmpty());
            QVERIFY(!reply.json().contains(QLatin1String("data")));
        } else {
            QCOMPARE(reply.code(), QStringLiteral("Success"));
        }
    }

    void customCredentials()
    {
        const Credentials mine{QStringLiteral("k3y"), QStringLiteral("s3cret")};
        m_sandbox->setCredentials(mine);
        QCOMPARE(m_sandbox->credentials(), mine);
        QCOMPARE(call("GET", QStringLiteral("/v1/account/info")).status, 401);
        QCOMPARE(call("GET", QStringLiteral("/v1/account/info"), {},
                      {{"Authorization", mine.authorizationHeader()}})
                         .status,
                 200);
    }

    void successEnvelopes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("dataFields");

        QTest::newRow("account info") << QStringLiteral("/v1/account/info")
                                      << QStringLiteral("Account information retrieved successfully")
                                      << QStringList{QStringLiteral("account_id"),
                                                     QStringLiteral("account_name"),
                                                     QStringLiteral("user_id")};
        QTest::newRow("webhooks") << QStringLiteral("/v1/webhooks")
                                  << QStringLiteral("Webhooks retrieved successfully")
                                  << QStringList{QStringLiteral("items")};
        QTest::newRow("groups") << QStringLiteral("/v1/groups")
                                << QStringLiteral("Groups retrieved successfully")
                                << QStringList{QStringLiteral("items")};
        QTest::newRow("webhook") << QStringLiteral("/v1/webhooks/{webhook}")
                                 << QStringLiteral("Webhook details retrieved successfully")
                                 << QStringList{QStringLiteral("id"), QStringLiteral("type"),
                                                QStringLiteral("url"), QStringLiteral("events"),
                                                QStringLiteral("active"),
                                                QStringLiteral("created_at"),
                                                QStringLiteral("created_by")};
        QTest::newRow("group") << QStringLiteral("/v1/groups/{group}")
                               << QStringLiteral("Group details retrieved successfully")
                               << QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                              QStringLiteral("created_at")};
    }

    void successEnvelopes()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QStringList, dataFields);
        m_sandbox->seedDemoData();
        path.replace(QLatin1String("{webhook}"), store().webhooks().constFirst().id);
        path.replace(QLatin1String("{group}"), firstGroupId());

        const Reply reply = call("GET", path);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject envelope = reply.json();
        QCOMPARE(envelope.value(QLatin1String("code")).toString(), QStringLiteral("Success"));
        QCOMPARE(envelope.value(QLatin1String("message")).toString(), message);
        QVERIFY(envelope.value(QLatin1String("data")).isObject());
        for (const QString &field : std::as_const(dataFields))
            QVERIFY2(reply.data().contains(field), qPrintable(field));
    }

    // The required fields of Fivetran's OpenAPI schemas, on every item the sandbox serves.
    void responsesHaveOpenApiRequiredFields()
    {
        QFile file(QStringLiteral(FW_SHARED_SPEC_DIR "/fivetran-openapi-webhooks.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("shared/spec/fivetran-openapi-webhooks.json is absent");
        const QJsonObject schemas = QJsonDocument::fromJson(file.readAll())
                                            .object()
                                            .value(QLatin1String("components"))
                                            .toObject()
                                            .value(QLatin1String("schemas"))
                                            .toObject();
        const auto required = [&schemas](const char *schema) {
            QStringList fields;
            const QJsonArray list = schemas.value(QLatin1String(schema))
                                            .toObject()
                                            .value(QLatin1String("required"))
                                            .toArray();
            for (const QJsonValue &field : list)
                fields.append(field.toString());
            return fields;
        };
        const QStringList webhookFields = required("WebhookResponse");
        const QStringList groupFields = required("GroupResponse");
        const QStringList accountFields = required("AccountInfoResponse");
        QVERIFY(webhookFields.contains(QStringLiteral("created_by")));
        QVERIFY(!groupFields.isEmpty());
        QVERIFY(!accountFields.isEmpty());

        m_sandbox->seedDemoData();
        const QJsonArray webhooks = call("GET", QStringLiteral("/v1/webhooks?limit=1000")).items();
        QCOMPARE(webhooks.size(), 36);
        for (const QJsonValue &item : webhooks) {
            for (const QString &field : webhookFields)
                QVERIFY2(item.toObject().contains(field), qPrintable(field));
            const QString type = item.toObject().value(QLatin1String("type")).toString();
            QVERIFY(type == QLatin1String("account") || type == QLatin1String("group"));
        }
        const QJsonArray groups = call("GET", QStringLiteral("/v1/groups")).items();
        QCOMPARE(groups.size(), 6);
        for (const QJsonValue &item : groups) {
            for (const QString &field : groupFields)
                QVERIFY2(item.toObject().contains(field), qPrintable(field));
        }
        const QJsonObject account = call("GET", QStringLiteral("/v1/account/info")).data();
        for (const QString &field : accountFields)
            QVERIFY2(account.contains(field), qPrintable(field));
    }

    void demoData()
    {
        m_sandbox->seedDemoData();
        QCOMPARE(store().groupCount(), 6);
        QCOMPARE(store().webhookCount(), 36);
        const QList<Webhook> all = store().webhooks();
        int account = 0, inactive = 0, withSecret = 0, deprecated = 0;
        QSet<QString> names;
        for (const Webhook &webhook : all) {
            account += webhook.isAccountLevel() ? 1 : 0;
            inactive += webhook.active ? 0 : 1;
            withSecret += webhook.hasSecret() ? 1 : 0;
            deprecated += webhook.events.contains(QStringLiteral("status")) ? 1 : 0;
            QVERIFY(webhook.url.startsWith(QLatin1String("https://")));
            QVERIFY(kFivetranId.match(webhook.id).hasMatch());
            QVERIFY(kTimestamp.match(webhook.createdAt).hasMatch());
            if (!webhook.isAccountLevel())
                QVERIFY(store().group(webhook.groupId));
        }
        QVERIFY(account > 0 && account < all.size());
        QVERIFY(inactive > 0);
        QVERIFY(withSecret > 0 && withSecret < all.size());
        QVERIFY(deprecated > 0);
        for (const Group &group : store().groups())
            names.insert(group.name);
        QVERIFY(names.contains(QStringLiteral("Warehouse (prod)")));
        QVERIFY(names.size() < store().groupCount()); // names need not be unique
    }

    void seedsOneHundredThousand()
    {
        // How fast is the benchmark's business (sandbox pages per second); here, only what.
        QElapsedTimer timer;
        timer.start();
        m_sandbox->seedWebhooks(100000);
        qInfo("seeded 100,000 webhooks in %lld ms", timer.elapsed());
        QCOMPARE(store().webhookCount(), 100000);
        QSet<QString> unique;
        for (const Webhook &webhook : store().webhooks()) {
            QVERIFY(kFivetranId.match(webhook.id).hasMatch());
            unique.insert(webhook.id);
        }
        QCOMPARE(unique.size(), 100000);
        const Reply page = call("GET", QStringLiteral("/v1/webhooks?limit=1000"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.items().size(), 1000);
    }

    void limits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("items");

        QTest::newRow("default") << QString() << 200 << 100;
        QTest::newRow("1") << QStringLiteral("?limit=1") << 200 << 1;
        QTest::newRow("1000") << QStringLiteral("?limit=1000") << 200 << 250;
        QTest::newRow("0") << QStringLiteral("?limit=0") << 400 << 0;
        QTest::newRow("1001") << QStringLiteral("?limit=1001") << 400 << 0;
        QTest::newRow("abc") << QStringLiteral("?limit=abc") << 400 << 0;
        QTest::newRow("negative") << QStringLiteral("?limit=-5") << 400 << 0;
        QTest::newRow("fraction") << QStringLiteral("?limit=5.5") << 400 << 0;
        QTest::newRow("empty") << QStringLiteral("?limit=") << 400 << 0;
        QTest::newRow("huge") << QStringLiteral("?limit=99999999999999") << 400 << 0;
    }

    void limits()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, items);
        m_sandbox->seedWebhooks(250);
        for (const QString &list : {QStringLiteral("/v1/webhooks"), QStringLiteral("/v1/groups")}) {
            const Reply reply = call("GET", list + query);
            QCOMPARE(reply.status, status);
            if (status == 400) {
                QCOMPARE(reply.code(), QStringLiteral("InvalidInput"));
                QVERIFY(reply.message().contains(QLatin1String("limit")));
            } else if (list.endsWith(QLatin1String("webhooks"))) {
                QCOMPARE(reply.items().size(), items);
                QCOMPARE(reply.data().contains(QLatin1String("next_cursor")), items < 250);
            } else {
                QCOMPARE(reply.items().size(), qMin(items, 6));
            }
        }
    }

    void pagingYieldsEachOnce_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("maxPages");
        QTest::newRow("1 (first 300 pages)") << 1 << 300;
        QTest::newRow("7") << 7 << 1000;
        QTest::newRow("100") << 100 << 1000;
        QTest::newRow("1000") << 1000 << 1000;
    }

    void pagingYieldsEachOnce()
    {
        QFETCH(int, limit);
        QFETCH(int, maxPages);
        m_sandbox->seedWebhooks(2500);
        QStringList expected;
        for (const Webhook &webhook : store().webhooks())
            expected.append(webhook.id);

        const QStringList seen = walk(limit, maxPages);
        const int walked = qMin(2500, limit * maxPages);
        QCOMPARE(seen.size(), walked);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), walked);
        QCOMPARE(seen, expected.mid(0, walked)); // creation order, nothing skipped
    }

    void pagingSurvivesInsertsAndDeletes()
    {
        m_sandbox->seedWebhooks(500);
        const QList<Webhook> before = store().webhooks();
        QStringList deletedAhead;
        QStringList deletedBehind;
        QStringList inserted;
        int page = 0;
        const QStringList seen = walk(50, 1000, [&] {
            ++page;
            // Between pages: three new webhooks, and while the walk is still among the first
            // 500, one deletion ahead of it and one behind it.
            for (int i = 0; i < 3; ++i) {
                inserted.append(store().addWebhook(webhookAt(QStringLiteral("https://x.example.com/%1").arg(page),
                                                             {QStringLiteral("sync_end")}))
                                        .id);
            }
            if (page * 50 + 25 < before.size()) {
                const QString ahead = before.at(page * 50 + 25).id;
                const QString behind = before.at(page * 50 - 10).id;
                QVERIFY(store().removeWebhook(ahead));
                QVERIFY(store().removeWebhook(behind));
                deletedAhead.append(ahead);
                deletedBehind.append(behind);
            }
        });
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size()); // no duplicates
        QCOMPARE(deletedAhead.size(), 9);
        for (const Webhook &webhook : before) {
            // Every webhook that was never deleted is seen; one deleted before its turn is not.
            if (deletedAhead.contains(webhook.id))
                QVERIFY2(!seen.contains(webhook.id), qPrintable(webhook.id));
            else
                QVERIFY2(seen.contains(webhook.id), qPrintable(webhook.id));
        }
        for (const QString &id : std::as_const(deletedBehind))
            QVERIFY(seen.contains(id)); // seen before it went
        for (const QString &id : std::as_const(inserted))
            QVERIFY2(seen.contains(id), qPrintable(id)); // added at the end, reached later
        QCOMPARE(seen.size(), 500 - deletedAhead.size() + inserted.size());
    }

    void invalidCursor_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("garbage") << QStringLiteral("/v1/webhooks?cursor=%%%");
        QTest::newRow("not ours") << QStringLiteral("/v1/webhooks?cursor=eyJza2lwIjoxMDB9");
        QTest::newRow("groups cursor on webhooks") << QStringLiteral("/v1/webhooks?cursor={groups}");
    }

    void invalidCursor()
    {
        QFETCH(QString, path);
        m_sandbox->seedWebhooks(20);
        const QString groupsCursor = call("GET", QStringLiteral("/v1/groups?limit=2"))
                                             .data()
                                             .value(QLatin1String("next_cursor"))
                                             .toString();
        QVERIFY(!groupsCursor.isEmpty());
        path.replace(QLatin1String("{groups}"), groupsCursor);
        const Reply reply = call("GET", path);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("InvalidInput"));
    }

    void notFound_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");

        const QByteArray create = json({{QStringLiteral("url"), QStringLiteral("https://a.example.com")},
                                        {QStringLiteral("events"), QJsonArray{QStringLiteral("sync_end")}},
                                        {QStringLiteral("active"), false}});
        const QString webhook = QStringLiteral("NotFound_Webhook");
        QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/v1/webhooks/no_such") << QByteArray() << webhook;
        QTest::newRow("get 'account'") << QByteArray("GET") << QStringLiteral("/v1/webhooks/account") << QByteArray() << webhook;
        QTest::newRow("patch") << QByteArray("PATCH") << QStringLiteral("/v1/webhooks/no_such")
                               << QByteArray(R"({"active":false})") << webhook;
        QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/v1/webhooks/no_such") << QByteArray() << webhook;
        QTest::newRow("test") << QByteArray("POST") << QStringLiteral("/v1/webhooks/no_such/test")
                              << QByteArray(R"({"event":"sync_end"})") << webhook;
        QTest::newRow("group") << QByteArray("GET") << QStringLiteral("/v1/groups/no_such") << QByteArray()
                               << QStringLiteral("NotFound_Group");
        QTest::newRow("create in group") << QByteArray("POST") << QStringLiteral("/v1/webhooks/group/no_such")
                                         << create << QStringLiteral("NotFound_Group");
        QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/v1/connectors") << QByteArray()
                                      << QStringLiteral("NotFound");
    }

    void notFound()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        m_sandbox->seedDemoData();
        const Reply reply = call(method, path, body);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), code);
        QVERIFY(!reply.message().isEmpty());
        QCOMPARE(store().webhookCount(), 36);
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QString invalid = QStringLiteral("InvalidInput");
        QTest::newRow("no url") << QByteArray(R"({"events":["sync_end"],"active":false})") << 400 << invalid;
        QTest::newRow("no events") << QByteArray("{\"url\":\"https://a.example.com\",\"active\":false}") << 400 << invalid;
        QTest::newRow("empty events") << QByteArray("{\"url\":\"https://a.example.com\",\"events\":[],\"active\":false}") << 400 << invalid;
        QTest::newRow("events not array") << QByteArray("{\"url\":\"https://a.example.com\",\"events\":\"sync_end\",\"active\":false}") << 400 << invalid;
        QTest::newRow("events not strings") << QByteArray("{\"url\":\"https://a.example.com\",\"events\":[1],\"active\":false}") << 400 << invalid;
        QTest::newRow("http") << QByteArray("{\"url\":\"http://hooks.example.com/x\",\"events\":[\"sync_end\"],\"active\":false}") << 400 << invalid;
        QTest::newRow("ftp") << QByteArray("{\"url\":\"ftp://hooks.example.com/x\",\"events\":[\"sync_end\"],\"active\":false}") << 400 << invalid;
        QTest::newRow("no host") << QByteArray("{\"url\":\"https://\",\"events\":[\"sync_end\"],\"active\":false}") << 400 << invalid;
        QTest::newRow("url not string") << QByteArray(R"({"url":5,"events":["sync_end"],"active":false})") << 400 << invalid;
        QTest::newRow("active not bool") << QByteArray("{\"url\":\"https://a.example.com\",\"events\":[\"sync_end\"],\"active\":\"no\"}") << 400 << invalid;
        QTest::newRow("secret not string") << QByteArray("{\"url\":\"https://a.example.com\",\"events\":[\"sync_end\"],\"active\":false,\"secret\":1}") << 400 << invalid;
        QTest::newRow("malformed") << QByteArray(R"({"url":)") << 400 << QStringLiteral("BadRequest");
        QTest::newRow("array") << QByteArray(R"([1,2])") << 400 << QStringLiteral("BadRequest");
        QTest::newRow("empty body") << QByteArray() << 400 << QStringLiteral("BadRequest");
        QTest::newRow("https inactive") << QByteArray("{\"url\":\"https://a.example.com/x\",\"events\":[\"sync_end\"],\"active\":false}") << 200 << QStringLiteral("Success");
        QTest::newRow("loopback http") << QByteArray("{\"url\":\"http://127.0.0.1:9/x\",\"events\":[\"sync_end\"],\"active\":false}") << 200 << QStringLiteral("Success");
        QTest::newRow("localhost http") << QByteArray("{\"url\":\"http://localhost:9/x\",\"events\":[\"any_new_event\"],\"active\":false}") << 200 << QStringLiteral("Success");
        QTest::newRow("ipv6 loopback http") << QByteArray("{\"url\":\"http://[::1]:9/x\",\"events\":[\"sync_end\"],\"active\":false}") << 200 << QStringLiteral("Success");
    }

    void createValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Reply reply = call("POST", QStringLiteral("/v1/webhooks/account"), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
        QCOMPARE(store().webhookCount(), status == 200 ? 1 : 0);
    }

    void createProbesAndAnswersTheWebhook()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.isListening());
        const Reply reply = createAccountWebhook(
                {{QStringLiteral("url"), receiver.url().toString()},
                 {QStringLiteral("events"), QJsonArray{QStringLiteral("sync_start"), QStringLiteral("sync_end")}},
                 {QStringLiteral("secret"), QStringLiteral("s3cret")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.code(), QStringLiteral("Success"));
        QCOMPARE(reply.message(), QStringLiteral("Account webhook has been created"));
        const QJsonObject data = reply.data();
        QVERIFY(kFivetranId.match(data.value(QLatin1String("id")).toString()).hasMatch());
        QCOMPARE(data.value(QLatin1String("type")).toString(), QStringLiteral("account"));
        QVERIFY(!data.contains(QLatin1String("group_id")));
        QCOMPARE(data.value(QLatin1String("active")).toBool(), true); // the default
        QCOMPARE(data.value(QLatin1String("secret")).toString(), QStringLiteral("******"));
        QVERIFY(kTimestamp.match(data.value(QLatin1String("created_at")).toString()).hasMatch());
        QCOMPARE(data.value(QLatin1String("created_by")).toString(), store().account().userId);

        // The probe: one signed POST of a test event, before the webhook existed.
        QCOMPARE(receiver.deliveries.size(), 1);
        const auto &probe = receiver.deliveries.constFirst();
        QCOMPARE(Signature::verify(probe.body, "s3cret", probe.header(Signature::headerName)),
                 Signature::Verdict::Valid);
        QCOMPARE(QJsonDocument::fromJson(probe.body).object().value(QLatin1String("connector_id")).toString(),
                 QStringLiteral("_connection_1"));
        QCOMPARE(store().webhook(data.value(QLatin1String("id")).toString())->secret,
                 QStringLiteral("s3cret"));
    }

    void createGroupWebhook()
    {
        LoopbackReceiver receiver;
        const Group group = store().addGroup(QStringLiteral("Finance"));
        const Reply reply = call("POST", QStringLiteral("/v1/webhooks/group/") + group.id,
                                 json({{QStringLiteral("url"), receiver.url().toString()},
                                       {QStringLiteral("events"), QJsonArray{QStringLiteral("sync_end")}}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.message(), QStringLiteral("Group webhook has been created"));
        QCOMPARE(reply.data().value(QLatin1String("type")).toString(), QStringLiteral("group"));
        QCOMPARE(reply.data().value(QLatin1String("group_id")).toString(), group.id);
        QVERIFY(!reply.data().contains(QLatin1String("secret"))); // none set
        QCOMPARE(receiver.deliveries.size(), 1);
        QVERIFY(receiver.deliveries.constFirst().header(Signature::headerName).isEmpty());
    }

    void probeFailureCreatesNothing_data()
    {
        QTest::addColumn<int>("receiverStatus"); // 0: nothing listens
        QTest::newRow("500") << 500;
        QTest::newRow("404") << 404;
        QTest::newRow("redirect") << 302;
        QTest::newRow("dead port") << 0;
    }

    void probeFailureCreatesNothing()
    {
        QFETCH(int, receiverStatus);
        LoopbackReceiver receiver;
        receiver.status = receiverStatus;
        const QString url = receiverStatus ? receiver.url().toString() : deadUrl();
        const Reply reply = createAccountWebhook({{QStringLiteral("url"), url},
                                                  {QStringLiteral("events"), QJsonArray{QStringLiteral("sync_end")}},
                                                  {QStringLiteral("active"), true}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("InvalidInput"));
        QVERIFY(reply.message().contains(QLatin1String("test")));
        QCOMPARE(store().webhookCount(), 0);
        QCOMPARE(receiver.deliveries.size(), receiverStatus ? 1 : 0);
    }

    void createInactiveSkipsTheProbe()
    {
        LoopbackReceiver receiver;
        const Reply reply = createAccountWebhook({{QStringLiteral("url"), receiver.url().toString()},
                                                  {QStringLiteral("events"), QJsonArray{QStringLiteral("sync_end")}},
                                                  {QStringLiteral("active"), false}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().value(QLatin1String("active")).toBool(true), false);
        const Reply dead = createAccountWebhook({{QStringLiteral("url"), deadUrl()},
                                                 {QStringLiteral("events"), QJsonArray{QStringLiteral("sync_end")}},
                                                 {QStringLiteral("active"), false}});
        QCOMPARE(dead.status, 200);
        QCOMPARE(store().webhookCount(), 2);
        QCOMPARE(receiver.deliveries.size(), 0);
    }

    void patchToActiveProbes()
    {
        LoopbackReceiver receiver;
        const Webhook dead = store().addWebhook(
                webhookAt(deadUrl(), {QStringLiteral("sync_end")}, false));
        const QString path = QStringLiteral("/v1/webhooks/") + dead.id;

        Reply reply = call("PATCH", path, R"({"active":true})");
        QCOMPARE(reply.status, 400);
        QCOMPARE(store().webhook(dead.id)->active, false); // not activated

        // A new URL in the same request is what gets probed.
        reply = call("PATCH", path,
                     json({{QStringLiteral("active"), true},
                           {QStringLiteral("url"), receiver.url().toString()},
                           {QStringLiteral("secret"), QStringLiteral("n3w")}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.message(), QStringLiteral("Webhook has been updated"));
        QCOMPARE(reply.data().value(QLatin1String("active")).toBool(), true);
        QCOMPARE(reply.data().value(QLatin1String("secret")).toString(), QStringLiteral("******"));
        QCOMPARE(receiver.deliveries.size(), 1);
        QCOMPARE(Signature::verify(receiver.deliveries.constFirst().body, "n3w",
                                   receiver.deliveries.constFirst().header(Signature::headerName)),
                 Signature::Verdict::Valid);

        // Already active: no probe. Events replace the list.
        reply = call("PATCH", path, R"({"active":true,"events":["dbt_run_failed"]})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(receiver.deliveries.size(), 1);
        QCOMPARE(store().webhook(dead.id)->events, QStringList{QStringLiteral("dbt_run_failed")});
        QCOMPARE(store().webhook(dead.id)->secret, QStringLiteral("n3w"));
    }

    void patchValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("http url") << QByteArray("{\"url\":\"http://hooks.example.com\"}") << 400;
        QTest::newRow("empty events") << QByteArray(R"({"events":[]})") << 400;
        QTest::newRow("type change") << QByteArray(R"({"type":"group"})") << 400;
        QTest::newRow("group change") << QByteArray(R"({"group_id":"other_group"})") << 400;
        QTest::newRow("malformed") << QByteArray("{") << 400;
        QTest::newRow("same type") << QByteArray(R"({"type":"account","active":false})") << 200;
        QTest::newRow("nothing") << QByteArray("{}") << 200;
        QTest::newRow("mask kept") << QByteArray(R"({"secret":"******"})") << 200;
    }

    void patchValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const Webhook webhook = store().addWebhook(webhookAt(QStringLiteral("https://a.example.com"),
                                                             {QStringLiteral("sync_end")}, true,
                                                             QStringLiteral("keep")));
        const Reply reply = call("PATCH", QStringLiteral("/v1/webhooks/") + webhook.id, body);
        QCOMPARE(reply.status, status);
        const Webhook *after = store().webhook(webhook.id);
        QCOMPARE(after->url, webhook.url);
        QCOMPARE(after->events, webhook.events);
        QCOMPARE(after->secret, QStringLiteral("keep"));
    }

    void secretsAreMaskedEverywhere()
    {
        const Webhook secret = store().addWebhook(webhookAt(QStringLiteral("https://a.example.com"),
                                                            {QStringLiteral("sync_end")}, true,
                                                            QStringLiteral("real-secret")));
        const Webhook plain = store().addWebhook(webhookAt(QStringLiteral("https://b.example.com"),
                                                           {QStringLiteral("sync_end")}));
        const Reply one = call("GET", QStringLiteral("/v1/webhooks/") + secret.id);
        QCOMPARE(one.data().value(QLatin1String("secret")).toString(), QStringLiteral("******"));
        const Reply list = call("GET", QStringLiteral("/v1/webhooks"));
        QVERIFY(!list.body.contains("real-secret"));
        QCOMPARE(list.items().at(0).toObject().value(QLatin1String("secret")).toString(),
                 QStringLiteral("******"));
        QVERIFY(!list.items().at(1).toObject().contains(QLatin1String("secret")));
        QCOMPARE(ids(list.items()), (QStringList{secret.id, plain.id}));
    }

    // The sandbox keeps each listed webhook's JSON (for speed, benchmark P7): a listing still shows every change
    // at once, made over the API or in the store, and always equals the stored webhooks.
    void listingsFollowEveryChange()
    {
        m_sandbox->seedWebhooks(30);
        const auto listed = [this] {
            QHash<QString, QJsonObject> byId;
            const Reply reply = call("GET", QStringLiteral("/v1/webhooks?limit=1000"));
            for (const QJsonValue &item : reply.items())
                byId.insert(item.toObject().value(QLatin1String("id")).toString(), item.toObject());
            return byId;
        };
        const auto stored = [this] {
            QHash<QString, QJsonObject> byId;
            for (Webhook webhook : store().webhooks()) {
                if (webhook.hasSecret())
                    webhook.secret = kMaskedSecret;
                byId.insert(webhook.id, webhook.toJson());
            }
            return byId;
        };
        QCOMPARE(listed().size(), 30);
        QVERIFY(listed() == stored()); // twice: the second listing comes from what was kept

        const QString patched = store().webhooks().at(3).id;
        const Reply reply = call("PATCH", QStringLiteral("/v1/webhooks/") + patched,
                                 R"({"active":false,"events":["dbt_run_failed"]})");
        QCOMPARE(reply.status, 200);
        QHash<QString, QJsonObject> now = listed();
        QCOMPARE(now.value(patched).value(QLatin1String("active")).toBool(), false);
        QCOMPARE(now.value(patched).value(QLatin1String("events")).toArray(),
                 QJsonArray{QStringLiteral("dbt_run_failed")});
        QVERIFY(now == stored());

        const QString changed = store().webhooks().at(7).id;
        WebhookChanges url;
        url.url = QStringLiteral("https://changed.example.com/hook");
        QVERIFY(store().updateWebhook(changed, url));
        now = listed();
        QCOMPARE(now.value(changed).value(QLatin1String("url")).toString(), *url.url);
        QVERIFY(now == stored());

        QCOMPARE(call("DELETE", QStringLiteral("/v1/webhooks/") + patched).status, 200);
        now = listed();
        QVERIFY(!now.contains(patched));
        QCOMPARE(now.size(), 29);
        QVERIFY(now == stored());
    }

    void deleteAnswersAMessageOnly()
    {
        const Webhook webhook = store().addWebhook(webhookAt(QStringLiteral("https://a.example.com"),
                                                             {QStringLiteral("sync_end")}));
        const QString path = QStringLiteral("/v1/webhooks/") + webhook.id;
        const Reply reply = call("DELETE", path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.code(), QStringLiteral("Success"));
        QCOMPARE(reply.message(),
                 QStringLiteral("Webhook with id '%1' has been deleted").arg(webhook.id));
        QVERIFY(!reply.json().contains(QLatin1String("data")));
        QCOMPARE(call("GET", path).status, 404);
        QCOMPARE(call("DELETE", path).status, 404);
    }

    void testDeliversASignedPayload()
    {
        LoopbackReceiver receiver;
        const Group group = store().addGroup(QStringLiteral("Warehouse (prod)"));
        // Inactive on purpose: testing works on inactive webhooks.
        const Webhook webhook = store().addWebhook(webhookAt(receiver.url().toString(),
                                                             {QStringLiteral("sync_end")}, false,
                                                             QStringLiteral("t0p-secret"), group.id));
        QSignalSpy deliveries(m_sandbox.get(), &SandboxServer::deliveryFinished);
        const Reply reply = call("POST", QStringLiteral("/v1/webhooks/%1/test").arg(webhook.id),
                                 R"({"event":"sync_end"})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.message(), QStringLiteral("Webhook test completed successfully"));
        QCOMPARE(reply.data().value(QLatin1String("succeed")).toBool(), true);
        QCOMPARE(reply.data().value(QLatin1String("status")).toInt(), 200);
        QVERIFY(reply.data().contains(QLatin1String("message")));

        QCOMPARE(receiver.deliveries.size(), 1);
        const auto &delivery = receiver.deliveries.constFirst();
        QVERIFY(delivery.header("Content-Type").startsWith("application/json"));
        const QByteArray signature = delivery.header(Signature::headerName);
        QCOMPARE(signature.size(), 64);
        QCOMPARE(signature, signature.toUpper());
        QCOMPARE(Signature::verify(delivery.body, "t0p-secret", signature), Signature::Verdict::Valid);
        const QJsonObject payload = QJsonDocument::fromJson(delivery.body).object();
        QCOMPARE(payload.value(QLatin1String("event")).toString(), QStringLiteral("sync_end"));
        QCOMPARE(payload.value(QLatin1String("connector_id")).toString(), QStringLiteral("_connection_1"));
        QCOMPARE(payload.value(QLatin1String("destination_group_id")).toString(), group.id);
        QVERIFY(kTimestamp.match(payload.value(QLatin1String("created")).toString()).hasMatch());
        QVERIFY(payload.value(QLatin1String("data")).isObject());
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.constFirst().at(0).toUrl(), receiver.url());
        QCOMPARE(deliveries.constFirst().at(2).toInt(), 200);
    }

    void testReportsFailedDeliveries_data()
    {
        QTest::addColumn<int>("receiverStatus"); // 0: nothing listens
        QTest::newRow("dead port") << 0;
        QTest::newRow("500") << 500;
        QTest::newRow("401") << 401;
    }

    void testReportsFailedDeliveries()
    {
        QFETCH(int, receiverStatus);
        LoopbackReceiver receiver;
        receiver.status = receiverStatus;
        const QString url = receiverStatus ? receiver.url().toString() : deadUrl();
        const Webhook webhook = store().addWebhook(webhookAt(url, {QStringLiteral("sync_end")}));
        const Reply reply = call("POST", QStringLiteral("/v1/webhooks/%1/test").arg(webhook.id),
                                 R"({"event":"sync_start"})");
        QCOMPARE(reply.status, 200); // 200 even though delivery failed
        QCOMPARE(reply.code(), QStringLiteral("Success"));
        QCOMPARE(reply.data().value(QLatin1String("succeed")).toBool(true), false);
        QCOMPARE(reply.data().value(QLatin1String("status")).toInt(-1), receiverStatus);
        QVERIFY(!reply.data().value(QLatin1String("message")).toString().isEmpty());
    }

    void testWaitsNoLongerThanTheDeliveryTimeout()
    {
        // A listener that accepts connections and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        m_sandbox->setDeliveryTimeout(300ms);
        QCOMPARE(m_sandbox->deliveryTimeout().count(), 300);
        const Webhook webhook = store().addWebhook(webhookAt(
                QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.serverPort()),
                {QStringLiteral("sync_end")}));
        const Reply reply = call("POST", QStringLiteral("/v1/webhooks/%1/test").arg(webhook.id),
                                 R"({"event":"sync_end"})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().value(QLatin1String("succeed")).toBool(true), false);
        QCOMPARE(reply.data().value(QLatin1String("status")).toInt(-1), 0);
        // The 300 ms timeout, not the default 10 s, is what ended it.
        QVERIFY(reply.data().value(QLatin1String("message")).toString().contains(QLatin1String("300 ms")));
    }

    void testNeedsAnEvent_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("no body") << QByteArray() << QStringLiteral("BadRequest");
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("InvalidInput");
        QTest::newRow("empty event") << QByteArray(R"({"event":""})") << QStringLiteral("InvalidInput");
        QTest::newRow("number") << QByteArray(R"({"event":5})") << QStringLiteral("InvalidInput");
    }

    void testNeedsAnEvent()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        LoopbackReceiver receiver;
        const Webhook webhook = store().addWebhook(webhookAt(receiver.url().toString(),
                                                             {QStringLiteral("sync_end")}));
        const Reply reply = call("POST", QStringLiteral("/v1/webhooks/%1/test").arg(webhook.id), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), code);
        QCOMPARE(receiver.deliveries.size(), 0);
    }

    void wrongMethod_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("PUT webhooks") << QByteArray("PUT") << QStringLiteral("/v1/webhooks") << QByteArray("GET");
        QTest::newRow("POST webhooks") << QByteArray("POST") << QStringLiteral("/v1/webhooks") << QByteArray("GET");
        QTest::newRow("POST webhook") << QByteArray("POST") << QStringLiteral("/v1/webhooks/some_id")
                                      << QByteArray("GET, PATCH, DELETE");
        QTest::newRow("GET test") << QByteArray("GET") << QStringLiteral("/v1/webhooks/some_id/test") << QByteArray("POST");
        QTest::newRow("GET create group") << QByteArray("GET") << QStringLiteral("/v1/webhooks/group/g") << QByteArray("POST");
        QTest::newRow("DELETE groups") << QByteArray("DELETE") << QStringLiteral("/v1/groups") << QByteArray("GET");
        QTest::newRow("PATCH account") << QByteArray("PATCH") << QStringLiteral("/v1/account/info") << QByteArray("GET");
        QTest::newRow("DELETE faults") << QByteArray("DELETE") << QStringLiteral("/sandbox/faults") << QByteArray("GET, PUT");
    }

    void wrongMethod()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const Reply reply = call(method, path, "{}");
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.code(), QStringLiteral("MethodNotAllowed"));
        QCOMPARE(reply.header("Allow"), allow);
    }

    void accept_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("status");
        QTest::newRow("json") << QByteArray("application/json") << 200;
        QTest::newRow("absent") << QByteArray() << 200;
        QTest::newRow("any") << QByteArray("*/*") << 200;
        QTest::newRow("version 2") << QByteArray("application/json;version=2") << 200;
        QTest::newRow("list") << QByteArray("text/html, application/json;q=0.9") << 200;
        QTest::newRow("html") << QByteArray("text/html") << 406;
        QTest::newRow("xml") << QByteArray("application/xml") << 406;
    }

    void accept()
    {
        QFETCH(QByteArray, accept);
        QFETCH(int, status);
        const Reply reply = call("GET", QStringLiteral("/v1/account/info"), {}, {{"Accept", accept}});
        QCOMPARE(reply.status, status);
        if (status == 406)
            QCOMPARE(reply.code(), QStringLiteral("NotAcceptable"));
    }

    void contentType_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("json") << QByteArray("POST") << QByteArray("application/json") << 200;
        QTest::newRow("json utf-8") << QByteArray("POST") << QByteArray("application/json; charset=utf-8") << 200;
        QTest::newRow("text") << QByteArray("POST") << QByteArray("text/plain") << 415;
        QTest::newRow("form") << QByteArray("POST") << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("absent") << QByteArray("POST") << QByteArray() << 415;
        QTest::newRow("patch text") << QByteArray("PATCH") << QByteArray("text/plain") << 415;
        QTest::newRow("patch json") << QByteArray("PATCH") << QByteArray("application/json") << 200;
    }

    void contentType()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const Webhook existing = store().addWebhook(webhookAt(QStringLiteral("https://a.example.com"),
                                                              {QStringLiteral("sync_end")}));
        const QString path = method == "POST" ? QStringLiteral("/v1/webhooks/account")
                                              : QStringLiteral("/v1/webhooks/") + existing.id;
        const Reply reply = call(method, path,
                                 "{\"url\":\"https://b.example.com\",\"events\":[\"sync_end\"],\"active\":false}",
                                 {{"Content-Type", contentType}});
        QCOMPARE(reply.status, status);
        if (status == 415) {
            QCOMPARE(reply.code(), QStringLiteral("UnsupportedMediaType"));
            QCOMPARE(store().webhookCount(), 1);
            QCOMPARE(store().webhook(existing.id)->url, existing.url);
        }
    }

    void rateLimitHeaders()
    {
        const Reply first = call("GET", QStringLiteral("/v1/account/info"));
        const Reply second = call("GET", QStringLiteral("/v1/nothing/here"));
        QCOMPARE(first.header("X-Rate-Limit"), QByteArray("20000"));
        QCOMPARE(first.header("X-Rate-Limit-Remaining"), QByteArray("19999"));
        QCOMPARE(second.status, 404);
        QCOMPARE(second.header("X-Rate-Limit-Remaining"), QByteArray("19998"));
        QVERIFY(call("GET", QStringLiteral("/sandbox/faults")).header("X-Rate-Limit").isEmpty());

        m_sandbox->setRateLimit(2); // a new window is not started: 2 already used
        const Reply over = call("GET", QStringLiteral("/v1/account/info"));
        QCOMPARE(over.status, 429);
        QCOMPARE(over.code(), QStringLiteral("TooManyRequests"));
        QCOMPARE(over.header("X-Rate-Limit"), QByteArray("2"));
        QCOMPARE(over.header("X-Rate-Limit-Remaining"), QByteArray("0"));
        const int retryAfter = over.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 3500 && retryAfter <= 3601, over.header("Retry-After").constData());
    }

    void requestHandledSignal()
    {
        QSignalSpy handled(m_sandbox.get(), &SandboxServer::requestHandled);
        QCOMPARE(call("GET", QStringLiteral("/v1/groups/none")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/sandbox/faults")).status, 200); // not an API request
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.constFirst().at(0).toString(), QStringLiteral("GET"));
        QCOMPARE(handled.constFirst().at(1).toString(), QStringLiteral("/v1/groups/none"));
        QCOMPARE(handled.constFirst().at(2).toInt(), 404);
    }

    void emittedEventsReachMatchingActiveWebhooks()
    {
        const Group mine = store().addGroup(QStringLiteral("Warehouse (prod)"));
        const Group other = store().addGroup(QStringLiteral("Finance"));
        LoopbackReceiver accountSigned, accountInactive, accountOtherEvent, groupPlain, groupOther;
        const QStringList syncEnd{QStringLiteral("sync_end")};
        const Webhook a = store().addWebhook(webhookAt(accountSigned.url().toString(), syncEnd, true, QStringLiteral("sig")));
        store().addWebhook(webhookAt(accountInactive.url().toString(), syncEnd, false));
        store().addWebhook(webhookAt(accountOtherEvent.url().toString(), {QStringLiteral("sync_start")}));
        const Webhook d = store().addWebhook(webhookAt(groupPlain.url().toString(), syncEnd, true, {}, mine.id));
        store().addWebhook(webhookAt(groupOther.url().toString(), syncEnd, true, {}, other.id));

        QSignalSpy finished(m_sandbox.get(), &SandboxServer::deliveryFinished);
        const Reply reply = call("POST", QStringLiteral("/sandbox/events"),
                                 json({{QStringLiteral("event"), QStringLiteral("sync_end")},
                                       {QStringLiteral("status"), QStringLiteral("FAILURE")},
                                       {QStringLiteral("group_id"), mine.id}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().value(QLatin1String("deliveries")).toInt(), 2);
        QCOMPARE(reply.data().value(QLatin1String("webhook_ids")).toArray(), (QJsonArray{a.id, d.id}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
        QCOMPARE(accountSigned.deliveries.size(), 1);
        QCOMPARE(groupPlain.deliveries.size(), 1);
        QCOMPARE(accountInactive.deliveries.size(), 0);
        QCOMPARE(accountOtherEvent.deliveries.size(), 0);
        QCOMPARE(groupOther.deliveries.size(), 0);

        const auto &signedDelivery = accountSigned.deliveries.constFirst();
        QCOMPARE(Signature::verify(signedDelivery.body, "sig", signedDelivery.header(Signature::headerName)),
                 Signature::Verdict::Valid);
        QVERIFY(groupPlain.deliveries.constFirst().header(Signature::headerName).isEmpty());
        QCOMPARE(groupPlain.deliveries.constFirst().body, signedDelivery.body); // one occurrence

        const QJsonObject payload = QJsonDocument::fromJson(signedDelivery.body).object();
        QCOMPARE(payload.value(QLatin1String("event")).toString(), QStringLiteral("sync_end"));
        QCOMPARE(payload.value(QLatin1String("destination_group_id")).toString(), mine.id);
        QVERIFY(!payload.value(QLatin1String("connector_id")).toString().isEmpty());
        QVERIFY(!payload.value(QLatin1String("connector_type")).toString().isEmpty());
        QVERIFY(!payload.value(QLatin1String("sync_id")).toString().isEmpty());
        const QJsonObject data = payload.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("FAILURE"));
        QVERIFY(data.contains(QLatin1String("reason")));
    }

    void eventShapes_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("connectorFields");
        QTest::addColumn<QString>("dataField");
        QTest::newRow("sync_end success") << QStringLiteral("sync_end") << QString() << true << QStringLiteral("status");
        QTest::newRow("sync_end rescheduled") << QStringLiteral("sync_end") << QStringLiteral("RESCHEDULED") << true << QStringLiteral("rescheduledAt");
        QTest::newRow("sync_start") << QStringLiteral("sync_start") << QString() << true << QString();
        QTest::newRow("connection_failure") << QStringLiteral("connection_failure") << QString() << true << QStringLiteral("reason");
        QTest::newRow("connection_successful") << QStringLiteral("connection_successful") << QString() << true << QStringLiteral("status");
        QTest::newRow("dbt_run_start") << QStringLiteral("dbt_run_start") << QString() << false << QStringLiteral("dbtJobId");
        QTest::newRow("dbt_run_succeeded") << QStringLiteral("dbt_run_succeeded") << QString() << false << QStringLiteral("result");
        QTest::newRow("dbt_run_failed") << QStringLiteral("dbt_run_failed") << QString() << false << QStringLiteral("errorMessage");
    }

    void eventShapes()
    {
        QFETCH(QString, event);
        QFETCH(QString, status);
        QFETCH(bool, connectorFields);
        QFETCH(QString, dataField);
        LoopbackReceiver receiver;
        const Group group = store().addGroup(QStringLiteral("Warehouse (prod)"));
        store().addWebhook(webhookAt(receiver.url().toString(), {event}));
        QSignalSpy finished(m_sandbox.get(), &SandboxServer::deliveryFinished);
        QCOMPARE(m_sandbox->emitEvent(event, status), 1); // the first group by default
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.constFirst().at(1).toString(), event);
        QCOMPARE(receiver.deliveries.size(), 1);
        const QJsonObject payload = QJsonDocument::fromJson(receiver.deliveries.constFirst().body).object();
        QCOMPARE(payload.value(QLatin1String("event")).toString(), event);
        QCOMPARE(payload.value(QLatin1String("destination_group_id")).toString(), group.id);
        QCOMPARE(payload.contains(QLatin1String("connector_id")), connectorFields);
        QCOMPARE(payload.contains(QLatin1String("connector_name")), connectorFields);
        if (!dataField.isEmpty())
            QVERIFY(payload.value(QLatin1String("data")).toObject().contains(dataField));
    }

    // As Fivetran does: a failed event delivery comes again, with growing waits, the same bytes
    // signed with the webhook's current secret, until it is taken, the attempts are spent, or
    // the webhook is switched off.
    void failedEventsAreTriedAgain()
    {
        LoopbackReceiver receiver;
        receiver.status = 401; // a receiver that checks signatures and has the wrong secret
        const Webhook webhook = store().addWebhook(webhookAt(receiver.url().toString(), {QStringLiteral("sync_end")}));
        QCOMPARE(m_sandbox->eventRetryAttempts(), 0); // off unless asked for
        m_sandbox->setEventRetries(3, std::chrono::milliseconds(50));
        QList<EventDelivery> first;
        m_sandbox->emitEvent(QStringLiteral("sync_end"), QString(), QString(), this,
                             [&first](const QList<EventDelivery> &outcomes) { first = outcomes; });
        QTRY_COMPARE_WITH_TIMEOUT(first.size(), 1, kWaitMs); // reported after the first attempt
        QCOMPARE(first.constFirst().status, 401);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 2, kWaitMs);
        receiver.status = 200; // fixed: the next try is taken, and the last
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 3, kWaitMs);
        QTest::qWait(400); // longer than the remaining waits (150 ms): nothing more comes
        QCOMPARE(receiver.deliveries.size(), 3);
        for (const auto &delivery : std::as_const(receiver.deliveries))
            QCOMPARE(delivery.body, receiver.deliveries.constFirst().body);

        // Never taken: 1 + 3 attempts, then given up.
        receiver.deliveries.clear();
        receiver.status = 500;
        m_sandbox->emitEvent(QStringLiteral("sync_end"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 4, kWaitMs);
        QTest::qWait(400);
        QCOMPARE(receiver.deliveries.size(), 4);

        // Switched off meanwhile: no more tries.
        receiver.deliveries.clear();
        m_sandbox->setEventRetries(3, std::chrono::milliseconds(300));
        m_sandbox->emitEvent(QStringLiteral("sync_end"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 1, kWaitMs);
        WebhookChanges off;
        off.active = false;
        store().updateWebhook(webhook.id, off);
        QTest::qWait(800);
        QCOMPARE(receiver.deliveries.size(), 1);
    }

    void eventsRouteValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("no event") << QByteArray(R"({"status":"FAILURE"})") << 400;
        QTest::newRow("event not string") << QByteArray(R"({"event":1})") << 400;
        QTest::newRow("malformed") << QByteArray("{") << 400;
        QTest::newRow("unknown group") << QByteArray(R"({"event":"sync_end","group_id":"no_such"})") << 404;
        QTest::newRow("nobody subscribed") << QByteArray(R"({"event":"pause_connector"})") << 200;
    }

    void eventsRouteValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        m_sandbox->seedDemoData();
        QSignalSpy finished(m_sandbox.get(), &SandboxServer::deliveryFinished);
        const Reply reply = call("POST", QStringLiteral("/sandbox/events"), body);
        QCOMPARE(reply.status, status);
        if (status == 200)
            QCOMPARE(reply.data().value(QLatin1String("deliveries")).toInt(-1), 0);
        QCOMPARE(finished.size(), 0);
    }

    void faultsRoute()
    {
        Reply reply = call("GET", QStringLiteral("/sandbox/faults"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().value(QLatin1String("drop_rate")).toDouble(-1), 0.0);
        QCOMPARE(reply.data().value(QLatin1String("retry_after_seconds")).toInt(), 1);

        reply = call("PUT", QStringLiteral("/sandbox/faults"), R"({"server_error_rate":2})");
        QCOMPARE(reply.status, 400);
        QVERIFY(!m_sandbox->faults().any());
        reply = call("PUT", QStringLiteral("/sandbox/faults"), R"({"latency_ms":-1})");
        QCOMPARE(reply.status, 400);

        reply = call("PUT", QStringLiteral("/sandbox/faults"),
                     R"({"latency_ms":20,"rate_limit_every":4,"retry_after_seconds":9,"seed":77})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().value(QLatin1String("rate_limit_every")).toInt(), 4);
        const SandboxFaults faults = m_sandbox->faults();
        QCOMPARE(faults.latency.count(), 20);
        QCOMPARE(faults.rateLimitEvery, 4);
        QCOMPARE(faults.retryAfterSeconds, 9);
        QCOMPARE(faults.seed, 77u);
        QVERIFY(faults.any());
    }

    void faultsSpareControlRoutes()
    {
        SandboxFaults faults;
        faults.serverErrorRate = 1.0;
        m_sandbox->setFaults(faults);
        QCOMPARE(call("GET", QStringLiteral("/sandbox/faults")).status, 200);
        const int status = call("GET", QStringLiteral("/v1/account/info")).status;
        QVERIFY2(status >= 500, qPrintable(QString::number(status)));
        QCOMPARE(call("PUT", QStringLiteral("/sandbox/faults"), R"({"server_error_rate":0})").status, 200);
        QCOMPARE(call("GET", QStringLiteral("/v1/account/info")).status, 200);
    }

    void resetRoute()
    {
        Reply reply = call("POST", QStringLiteral("/sandbox/reset"), R"({"webhooks":10})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().value(QLatin1String("webhooks")).toInt(), 10);
        QCOMPARE(store().webhookCount(), 10);
        reply = call("POST", QStringLiteral("/sandbox/reset"), R"({"empty":true})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(store().webhookCount(), 0);
        QCOMPARE(store().groupCount(), 0);
        reply = call("POST", QStringLiteral("/sandbox/reset"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(store().webhookCount(), 36);
        QCOMPARE(call("POST", QStringLiteral("/sandbox/reset"), R"({"webhooks":-1})").status, 400);
    }

    void faultLatency()
    {
        SandboxFaults faults;
        faults.latency = 250ms;
        m_sandbox->setFaults(faults);
        const Reply one = call("GET", QStringLiteral("/v1/account/info"));
        QCOMPARE(one.status, 200);
        QVERIFY2(one.elapsedMs >= 250, qPrintable(QString::number(one.elapsedMs)));

        // Delayed by timers, not by sleeping: while five API requests wait out a long delay,
        // the sandbox still answers (a control route is never delayed). A sleeping sandbox on
        // this thread would answer nothing until the delays were over.
        faults.latency = std::chrono::minutes(10);
        m_sandbox->setFaults(faults);
        QList<QNetworkReply *> held;
        for (int i = 0; i < 5; ++i)
            held.append(start("GET", QStringLiteral("/v1/account/info")));
        const Reply control = call("GET", QStringLiteral("/sandbox/faults"));
        QCOMPARE(control.status, 200);
        QCOMPARE(control.data().value(QLatin1String("latency_ms")).toInt(), 600000);
        for (QNetworkReply *reply : std::as_const(held)) {
            QVERIFY(!reply->isFinished());
            reply->abort();
            reply->deleteLater();
        }
    }

    void faultServerErrors()
    {
        SandboxFaults faults;
        faults.serverErrorRate = 0.5;
        faults.seed = 42;
        const auto statuses = [this] {
            QList<int> list;
            for (int i = 0; i < 60; ++i)
                list.append(call("GET", QStringLiteral("/v1/account/info")).status);
            return list;
        };
        m_sandbox->setFaults(faults);
        const QList<int> first = statuses();
        m_sandbox->setFaults(faults);
        QCOMPARE(statuses(), first); // one seed, one sequence

        const int errors = int(std::count_if(first.cbegin(), first.cend(), [](int s) { return s >= 500; }));
        QVERIFY2(errors >= 15 && errors <= 45, qPrintable(QString::number(errors)));
        for (int status : first)
            QVERIFY(status == 200 || status == 500 || status == 502 || status == 503);

        faults.serverErrorRate = 1.0;
        m_sandbox->setFaults(faults);
        QSet<int> seen;
        for (int i = 0; i < 30; ++i) {
            const Reply reply = call("GET", QStringLiteral("/v1/account/info"));
            seen.insert(reply.status);
            if (reply.status == 500)
                QCOMPARE(reply.code(), QStringLiteral("InternalServerError"));
            else
                QVERIFY(reply.header("Content-Type").startsWith("text/html")); // a gateway's page
            QVERIFY(!reply.header("X-Rate-Limit").isEmpty());
        }
        QCOMPARE(seen, (QSet<int>{500, 502, 503}));
    }

    void faultRateLimitEveryNth()
    {
        SandboxFaults faults;
        faults.rateLimitEvery = 3;
        faults.retryAfterSeconds = 7;
        m_sandbox->setFaults(faults);
        QList<int> statuses;
        for (int i = 0; i < 6; ++i) {
            const Reply reply = call("GET", QStringLiteral("/v1/webhooks"));
            statuses.append(reply.status);
            if (reply.status == 429) {
                QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
                QCOMPARE(reply.code(), QStringLiteral("TooManyRequests"));
            }
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 429, 200, 200, 429}));
    }

    void faultDroppedConnection()
    {
        SandboxFaults faults;
        faults.dropRate = 1.0;
        m_sandbox->setFaults(faults);
        QSignalSpy handled(m_sandbox.get(), &SandboxServer::requestHandled);
        const Reply reply = call("GET", QStringLiteral("/v1/account/info"));
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError
                         || reply.error == QNetworkReply::UnknownNetworkError,
                 qPrintable(QString::number(reply.error)));
        QVERIFY(reply.body.isEmpty());
        QVERIFY(!handled.isEmpty());
        QCOMPARE(handled.constLast().at(2).toInt(), 0);

        // Handled, then dropped: the create happened although no answer came back.
        const Reply create = call("POST", QStringLiteral("/v1/webhooks/account"),
                                  "{\"url\":\"https://a.example.com\",\"events\":[\"sync_end\"],\"active\":false}");
        QCOMPARE(create.status, 0);
        QVERIFY(store().webhookCount() >= 1);
    }

    void faultTruncatedBody()
    {
        m_sandbox->seedWebhooks(50);
        SandboxFaults faults;
        faults.truncateRate = 1.0;
        m_sandbox->setFaults(faults);
        const Reply reply = call("GET", QStringLiteral("/v1/webhooks?limit=50"));
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 200);
        const int announced = reply.header("Content-Length").toInt();
        QVERIFY(announced > 1000);
        QVERIFY2(reply.error != QNetworkReply::NoError || reply.body.size() < announced,
                 qPrintable(QString::number(reply.error)));
        QVERIFY(reply.body.size() < announced);
        QVERIFY(QJsonDocument::fromJson(reply.body).isNull()); // half a JSON document
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
