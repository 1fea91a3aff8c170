#include "AccountSession.h"
#include "Envelope.h"
#include "FivetranClient.h"
#include "Limits.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "WebhookFilterProxy.h"
#include "WebhookTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace fw;
using namespace std::chrono_literals;

namespace {

constexpr int kTimeoutMs = 60000;

QStringList storeOrder(AccountSession &session)
{
    QStringList ids;
    for (const Webhook &webhook : session.sandbox()->store().webhooks())
        ids << webhook.id;
    return ids;
}

QStringList modelOrder(const WebhookTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.webhookAt(row)->id;
    return ids;
}

// As a view does: fetch more whenever the model says it can, until it is complete.
bool fetchEverything(WebhookTableModel &model)
{
    return QTest::qWaitFor([&model] {
        if (model.canFetchMore({}))
            model.fetchMore({});
        return model.isComplete() && !model.isLoading();
    }, kTimeoutMs);
}

int listRequests(const QSignalSpy &handled)
{
    int count = 0;
    for (const auto &call : handled)
        count += call.at(0).toString() == QLatin1String("GET")
                && call.at(1).toString().endsWith(QLatin1String("/webhooks"));
    return count;
}

// A webhook as a listing shows it: the secret masked.
Webhook listed(Webhook webhook)
{
    if (webhook.hasSecret())
        webhook.secret = kMaskedSecret;
    return webhook;
}

QList<Webhook> listedWebhooks(AccountSession &session)
{
    QList<Webhook> webhooks;
    for (const Webhook &webhook : session.sandbox()->store().webhooks())
        webhooks << listed(webhook);
    return webhooks;
}

QString compactJson(const Webhook &webhook)
{
    return QString::fromUtf8(QJsonDocument(webhook.toJson()).toJson(QJsonDocument::Compact));
}

// Empty when the model holds exactly `expected`, in order: every row rebuilt by webhookAt() and
// webhook(id) equal (== and toJson()), found by rowOf(), and shown the same by data(); else
// the first difference.
QString rowsDiffer(const WebhookTableModel &model, const QList<Webhook> &expected)
{
    if (model.rowCount() != expected.size())
        return QStringLiteral("%1 rows, expected %2").arg(model.rowCount()).arg(expected.size());
    QSet<QString> ids;
    for (const Webhook &webhook : expected)
        ids.insert(webhook.id);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Webhook &want = expected.at(row);
        const auto differs = [&](const char *what) {
            return QStringLiteral("row %1 (%2): %3").arg(row).arg(want.id, QLatin1String(what));
        };
        const std::optional<Webhook> got = model.webhookAt(row);
        if (!got)
            return differs("webhookAt() is empty");
        if (*got != want || got->toJson() != want.toJson())
            return differs("webhookAt() differs")
                    + QStringLiteral("\n got  %1\n want %2")
                              .arg(compactJson(*got), compactJson(want));
        if (model.rowOf(want.id) != row)
            return differs("rowOf() is %1").arg(model.rowOf(want.id));
        const std::optional<Webhook> byId = model.webhook(want.id);
        if (!byId || *byId != want || byId->toJson() != want.toJson())
            return differs("webhook(id) differs");
        if (model.rowOf(want.id + QLatin1Char('_')) != -1
            || (!ids.contains(want.id.chopped(1)) && model.rowOf(want.id.chopped(1)) != -1))
            return differs("rowOf() finds an id that only starts alike");
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        if (cell(0, WebhookTableModel::WebhookIdRole).toString() != want.id
            || cell(WebhookTableModel::Id).toString() != want.id
            || cell(0, WebhookTableModel::ActiveRole).toBool() != want.active
            || cell(0, WebhookTableModel::ScopeRole).toInt() != int(want.scope())
            || cell(0, WebhookTableModel::GroupIdRole).toString() != want.groupId
            || cell(0, WebhookTableModel::EventsRole).toStringList() != want.events
            || cell(WebhookTableModel::Url).toString() != want.url
            || cell(WebhookTableModel::CreatedBy).toString() != want.createdBy
            || cell(WebhookTableModel::Created, WebhookTableModel::SortRole).toString()
                    != want.createdAt)
            return differs("data() differs");
    }
    if (model.webhookAt(-1) || model.webhookAt(model.rowCount()))
        return QStringLiteral("a row out of range gives a webhook");
    return {};
}

// The proxy's free text filter written out field by field: the URL, id, creator, group id,
// events and group label (as AccountSession names the group), ignoring case.
bool naiveMatches(const Webhook &webhook, const QString &text, const AccountSession &session)
{
    const auto has = [&text](const QString &field) {
        return field.contains(text, Qt::CaseInsensitive);
    };
    if (text.isEmpty() || has(webhook.url) || has(webhook.id) || has(webhook.createdBy)
        || has(webhook.groupId))
        return true;
    for (const QString &event : webhook.events) {
        if (has(event))
            return true;
    }
    return !webhook.groupId.isEmpty() && has(session.groupLabel(webhook.groupId));
}

QStringList proxyIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(WebhookTableModel::WebhookIdRole).toString();
    return ids;
}

// The batching's clock and timer, driven by the test: the time moves only when the test says,
// and a flush the model asks for happens only when the test fires it. No wall clock is read.
class ManualFlushTimer : public WebhookTableModel::FlushTimer
{
public:
    qint64 time = 1000;
    int starts = 0; // how often the model asked for a flush
    int lastDelay = -1; // the delay it asked for last

    qint64 now() const override { return time; }
    void start(int delayMs, std::function<void()> flush) override
    {
        m_flush = std::move(flush);
        m_active = true;
        ++starts;
        lastDelay = delayMs;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    // What the timer's timeout does: the flush it was asked for, once.
    void fire()
    {
        QVERIFY2(m_active, "no flush was asked for");
        m_active = false;
        m_flush();
    }

private:
    bool m_active = false;
    std::function<void()> m_flush;
};

// A server whose list never ends: every page of webhooks comes with a new cursor. It answers
// GET .../webhooks (HTTP/1.1, keep-alive) on loopback with `limit` new webhooks a page, and
// anything else with 404.
class EndlessCursorServer : public QObject
{
public:
    EndlessCursorServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &EndlessCursorServer::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
    }
    int pagesServed() const { return m_pages; }
    QStringList cursorsAsked; // in order; "" for the first page

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                // One answer per complete request head (the client sends GETs only).
                for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0;
                     end = buffer->indexOf("\r\n\r\n")) {
                    const QByteArray head = buffer->left(end);
                    buffer->remove(0, end + 4);
                    answer(socket, head);
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QUrl url(QString::fromLatin1(requestLine.value(1)));
        QByteArray status = "200 OK";
        QByteArray body;
        if (requestLine.value(0) == "GET" && url.path().endsWith(QLatin1String("/webhooks"))) {
            const QUrlQuery query(url);
            cursorsAsked << query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
            const int limit
                = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 1000);
            const int page = ++m_pages;
            QJsonArray items;
            for (int i = 0; i < limit; ++i) {
                Webhook webhook;
                webhook.id = QStringLiteral("endless_%1_%2").arg(page).arg(i);
                webhook.type = QStringLiteral("account");
                webhook.url = QStringLiteral("https://example.com/endless/%1/%2").arg(page).arg(i);
                webhook.events = {QStringLiteral("sync_end")};
                webhook.active = true;
                webhook.createdAt = QStringLiteral("2024-01-02T03:04:05.678Z");
                webhook.createdBy = QStringLiteral("_endless");
                items.append(webhook.toJson());
            }
            body = Envelope::success(QStringLiteral("Success"),
                QJsonObject{{QStringLiteral("items"), items},
                    {QStringLiteral("next_cursor"), QStringLiteral("cursor_%1").arg(page)}});
        } else {
            status = "404 Not Found";
            body = Envelope::error(
                QStringLiteral("NotFound_Route"), QStringLiteral("No such route"));
        }
        socket->write("HTTP/1.1 " + status
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    int m_pages = 0;
};

} // namespace

class TestWebhookTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<WebhookTableModel> m_model;
    std::unique_ptr<WebhookFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    Group m_team; // a group with a non-ASCII name (seedVaried)
    QStringList m_oddIds; // the webhooks seedVaried() adds by hand, in store order

    // The varied webhooks, every page of them fetched into the model `pageSize` at a time.
    void loadVaried(int pageSize)
    {
        seedVaried();
        if (QTest::currentTestFailed())
            return;
        m_model->setPageSize(pageSize);
        m_model->setSession(m_session.get());
        QVERIFY(fetchEverything(*m_model));
    }

    // The varied webhooks and 200 more, served 8 a page, so that a Load all spans many pages,
    // with the batching's clock and timer in the test's hands (`timer`, owned by the model).
    // Returns the webhooks as listed, in server order.
    QList<Webhook> prepareLoadAll(ManualFlushTimer *&timer)
    {
        seedVaried();
        if (QTest::currentTestFailed())
            return {};
        m_session->sandbox()->seedWebhooks(200);
        m_model->setPageSize(8);
        auto manual = std::make_unique<ManualFlushTimer>();
        timer = manual.get();
        m_model->setFlushTimer(std::move(manual));
        return listedWebhooks(*m_session);
    }

    // What the compact rows must give back exactly, among the demo and generated webhooks:
    // unknown fields (nested objects and arrays, nulls, empty ones), non-ASCII URLs, creators,
    // an id and a group name, empty events, a repeated event, an unknown scope. Loads the groups.
    void seedVaried()
    {
        SandboxStore &store = m_session->sandbox()->store();
        store.clear();
        store.seedDemoData(); // the demo groups, and 36 webhooks round them
        m_team = store.addGroup(QStringLiteral("Équipe Données"));
        const QString firstGroup = store.groups().constFirst().id;
        const QString account = QStringLiteral("account");
        const QString group = QStringLiteral("group");
        m_oddIds.clear();
        const auto add = [&](const QString &type, const QString &groupId, const QString &url,
                             const QStringList &events, bool active, const QString &secret,
                             const QString &createdBy, const QJsonObject &extra,
                             const QString &id = QString()) {
            Webhook webhook;
            webhook.id = id;
            webhook.type = type;
            webhook.groupId = groupId;
            webhook.url = url;
            webhook.events = events;
            webhook.active = active;
            webhook.secret = secret;
            webhook.createdBy = createdBy;
            webhook.extraFields = extra;
            m_oddIds << store.addWebhook(webhook).id;
        };
        add(account, {}, QStringLiteral("https://hööks.example.com/Zoë/ünïcode"),
            {QStringLiteral("sync_end"), QStringLiteral("some_future_event")}, true,
            QStringLiteral("s3cret-ü"), QStringLiteral("Zoë Ünal"),
            {{QStringLiteral("future_field"),
              QJsonObject{{QStringLiteral("nested"),
                           QJsonArray{1, 2.5, QJsonObject{{QStringLiteral("deep"), QJsonValue()}}}},
                          {QStringLiteral("empty"), QJsonObject()}}},
             {QStringLiteral("label"), QStringLiteral("Ωmega")},
             {QStringLiteral("deleted_at"), QJsonValue()}});
        add(group, m_team.id, QStringLiteral("https://example.com/hooks/team-1"), {}, false, {},
            QStringLiteral("Éloïse"),
            {{QStringLiteral("list"),
              QJsonArray{QStringLiteral("a"), QJsonValue(),
                         QJsonObject{{QStringLiteral("x"), QJsonArray()}}}},
             {QStringLiteral("flag"), false}});
        store.seedWebhooks(120); // round every group, the new one too
        add(group, firstGroup, QStringLiteral("HTTPS://HOOKS.EXAMPLE.COM/UPPER/Path[0]"),
            {QStringLiteral("dbt_run_failed")}, true, SandboxStore::demoSecret(),
            QStringLiteral("_moonlit"),
            {{QStringLiteral("meta"), QJsonObject()}, {QStringLiteral("tags"), QJsonArray()}});
        add(QStringLiteral("destination"), {}, QStringLiteral("https://example.com/dest"),
            {QStringLiteral("sync_start"), QStringLiteral("sync_end"),
             QStringLiteral("sync_start")},
            false, {}, {},
            {{QStringLiteral("destination_id"), QStringLiteral("dst_1")},
             {QStringLiteral("config"),
              QJsonObject{{QStringLiteral("retries"), 3},
                          {QStringLiteral("backoff"), QJsonArray{1, 2, 4}}}}});
        add(account, {}, QStringLiteral("https://café.example.com/É/🚀"),
            {QStringLiteral("connection_failure")}, true, QStringLiteral("x"),
            QStringLiteral("ÉMILE"), {}, QStringLiteral("hook_ünïcode"));
        // Characters whose case folds to ASCII: only the QString reading finds "stra" or "k".
        add(group, m_team.id, QStringLiteral("https://example.com/ſtraße/\u212Aelvin"),
            {QStringLiteral("sync_end")}, true, {}, QStringLiteral("_tolerable"), {});
        store.seedWebhooks(20);
        add(account, {}, QStringLiteral("https://example.org/null-only"),
            {QStringLiteral("sync_end")}, true, {}, QStringLiteral("_tolerable"),
            {{QStringLiteral("note"), QJsonValue()}});

        // The fixture itself: what the API sends is what the store holds.
        int withExtra = 0;
        for (const Webhook &webhook : listedWebhooks(*m_session)) {
            QVERIFY2(Webhook::fromJson(webhook.toJson()) == webhook,
                     qPrintable(compactJson(webhook)));
            withExtra += !webhook.extraFields.isEmpty();
        }
        QCOMPARE(withExtra, 5);
        QCOMPARE(m_oddIds.size(), 7);
        QVERIFY(m_oddIds.contains(QStringLiteral("hook_ünïcode")));

        m_session->refreshGroups();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->groupsComplete(), kTimeoutMs);
        QVERIFY(m_session->groups().contains(m_team.id));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_session = AccountSession::createSandbox(&error, 2500);
        QVERIFY2(m_session, qPrintable(error));
        m_session->client()->retryPolicy().baseDelay = 10ms;
        m_session->client()->retryPolicy().maxAttempts = 12;
        m_model = std::make_unique<WebhookTableModel>();
        m_model->setPageSize(100);
        m_proxy = std::make_unique<WebhookFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
                m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_session.reset();
    }

    void pagesEveryWebhookOnceInServerOrder()
    {
        QSignalSpy handled(m_session->sandbox(), &SandboxServer::requestHandled);
        m_model->setSession(m_session.get());
        QVERIFY(fetchEverything(*m_model));
        QCOMPARE(m_model->rowCount(), 2500);
        QCOMPARE(modelOrder(*m_model), storeOrder(*m_session));
        QCOMPARE(m_model->pagesFetched(), 25);
        QCOMPARE(listRequests(handled), 25); // no cursor asked for twice
        QVERIFY(!m_model->canFetchMore({}));
    }

    void neverTwoPagesAtOnce()
    {
        QSignalSpy handled(m_session->sandbox(), &SandboxServer::requestHandled);
        m_model->setSession(m_session.get());
        QVERIFY(m_model->isLoading());
        QVERIFY(!m_model->canFetchMore({}));
        m_model->fetchMore({}); // as views do, re-entrantly, while a page is in flight
        m_model->fetchMore({});
        QVERIFY(fetchEverything(*m_model));
        QCOMPARE(listRequests(handled), m_model->pagesFetched());
        QCOMPARE(m_model->pagesFetched(), 25);
    }

    void refreshMidwayStartsOverExactly()
    {
        m_model->setSession(m_session.get());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() >= 100 && m_model->isLoading(), kTimeoutMs);
        m_model->refresh(); // the page in flight must not land in the new rows
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(fetchEverything(*m_model));
        QCOMPARE(modelOrder(*m_model), storeOrder(*m_session));
    }

    void survivesFaults()
    {
        SandboxFaults faults;
        faults.serverErrorRate = 0.3;
        faults.dropRate = 0.1;
        faults.seed = 99;
        m_session->sandbox()->setFaults(faults);
        m_model->setSession(m_session.get());
        QVERIFY(fetchEverything(*m_model));
        QVERIFY(!m_model->lastError());
        QCOMPARE(modelOrder(*m_model), storeOrder(*m_session));
    }

    void failedPageKeepsRowsAndRetries()
    {
        m_session->client()->retryPolicy().maxAttempts = 1;
        QSignalSpy failed(m_model.get(), &WebhookTableModel::pageFailed);
        m_model->setSession(m_session.get());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() >= 100, kTimeoutMs);
        SandboxFaults faults;
        faults.serverErrorRate = 1.0;
        m_session->sandbox()->setFaults(faults);
        QVERIFY(failed.wait(kTimeoutMs));
        const int kept = m_model->rowCount();
        QVERIFY(kept >= 100 && kept < 2500); // nothing lost
        QVERIFY(m_model->lastError());
        QCOMPARE(m_model->lastError()->kind, ApiError::Kind::Server);
        QVERIFY(!m_model->canFetchMore({})); // no storm of requests while it fails
        QTest::qWait(100);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_model->rowCount(), kept);
        m_session->sandbox()->setFaults({});
        m_model->retry();
        QVERIFY(fetchEverything(*m_model));
        QCOMPARE(modelOrder(*m_model), storeOrder(*m_session));
    }

    void accountSwitchDropsStaleReplies()
    {
        SandboxFaults slow;
        slow.latency = 300ms;
        m_session->sandbox()->setFaults(slow);
        m_model->setSession(m_session.get());
        QVERIFY(m_model->isLoading());
        QString error;
        auto other = AccountSession::createSandbox(&error, 0); // the demo data
        QVERIFY(other);
        m_model->setSession(other.get());
        QVERIFY(fetchEverything(*m_model));
        QTest::qWait(400); // the first account's slow page arrives now, and must be ignored
        QCOMPARE(modelOrder(*m_model), storeOrder(*other));
        m_model->setSession(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void loadAllReportsProgressAndCanBeCancelled()
    {
        // The testers fetch greedily, like a view scrolled to the end: without them the model
        // waits for loadAll() after the first page.
        m_proxyTester.reset();
        m_modelTester.reset();
        m_model->setSession(m_session.get());
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), kTimeoutMs);
        QCOMPARE(m_model->rowCount(), 100);
        QSignalSpy progress(m_model.get(), &WebhookTableModel::loadAllProgress);
        QSignalSpy finished(m_model.get(), &WebhookTableModel::loadAllFinished);
        m_model->loadAll();
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QCOMPARE(m_model->rowCount(), 2500);
        QVERIFY(progress.count() >= 24);
        QCOMPARE(progress.constLast().at(0).toInt(), 2500);

        m_model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), kTimeoutMs);
        finished.clear();
        m_model->loadAll();
        m_model->cancelLoadAll();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), kTimeoutMs);
        QCOMPARE(m_model->rowCount(), 200); // the page in flight landed, and no more
        QVERIFY(!m_model->isComplete());
    }

    void upsertAndRemoveKeepOneRowPerId()
    {
        m_proxyTester.reset(); // see above: to stop after the first page
        m_modelTester.reset();
        m_model->setSession(m_session.get());
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), kTimeoutMs);
        QCOMPARE(m_model->rowCount(), 100);
        Webhook changed = *m_model->webhookAt(5);
        changed.active = !changed.active;
        QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->upsert(changed);
        QCOMPARE(m_model->rowCount(), 100);
        QCOMPARE(m_model->webhookAt(5)->active, changed.active);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(dataChanged.constFirst().at(0).toModelIndex().row(), 5);

        // A webhook that a later page also brings (as one created here would be): one row.
        const Webhook later = m_session->sandbox()->store().webhooks().at(150);
        m_model->upsert(later);
        QCOMPARE(m_model->rowCount(), 101);
        QVERIFY(fetchEverything(*m_model));
        QCOMPARE(m_model->rowCount(), 2500);

        const QString gone = m_model->webhookAt(10)->id;
        m_model->remove(gone);
        QCOMPARE(m_model->rowCount(), 2499);
        QCOMPARE(m_model->rowOf(gone), -1);
        QCOMPARE(m_model->rowOf(m_model->webhookAt(10)->id), 10);
    }

    void filtersAndSorting()
    {
        m_session->sandbox()->store().clear();
        m_session->sandbox()->seedDemoData();
        m_session->refreshGroups();
        QSignalSpy groups(m_session.get(), &AccountSession::groupsChanged);
        QVERIFY(groups.wait(kTimeoutMs));
        m_model->setSession(m_session.get());
        QVERIFY(fetchEverything(*m_model));
        const int all = m_model->rowCount();
        QVERIFY(all > 10);

        auto countIf = [this](auto predicate) {
            int n = 0;
            for (int row = 0; row < m_model->rowCount(); ++row)
                n += predicate(*m_model->webhookAt(row));
            return n;
        };
        m_proxy->setActiveFilter(WebhookFilterProxy::ActiveFilter::InactiveOnly);
        QCOMPARE(m_proxy->rowCount(), countIf([](const Webhook &w) { return !w.active; }));
        m_proxy->setActiveFilter(WebhookFilterProxy::ActiveFilter::Any);
        m_proxy->setScope(Webhook::Scope::Account);
        QCOMPARE(m_proxy->rowCount(), countIf([](const Webhook &w) { return w.isAccountLevel(); }));
        m_proxy->setScope(std::nullopt);
        m_proxy->setEvent(QStringLiteral("dbt_run_failed"));
        QCOMPARE(m_proxy->rowCount(), countIf([](const Webhook &w) {
                     return w.events.contains(QStringLiteral("dbt_run_failed"));
                 }));
        m_proxy->setEvent({});
        // A group whose name no other group has (the demo data has two called "Finance").
        Group group;
        for (const Group &candidate : m_session->sandbox()->store().groups()) {
            int same = 0;
            for (const Group &other : m_session->sandbox()->store().groups())
                same += other.name == candidate.name;
            if (same == 1) {
                group = candidate;
                break;
            }
        }
        QVERIFY(!group.id.isEmpty());
        m_proxy->setGroupId(group.id);
        QCOMPARE(m_proxy->rowCount(), countIf([&](const Webhook &w) { return w.groupId == group.id; }));
        m_proxy->setGroupId({});
        // Free text also finds a group by its name, as the Group column shows it.
        m_proxy->setText(group.name.toUpper());
        QCOMPARE(m_proxy->rowCount(), countIf([&](const Webhook &w) {
                     return w.groupId == group.id
                             || w.url.contains(group.name, Qt::CaseInsensitive);
                 }));
        m_proxy->setText({});
        QCOMPARE(m_proxy->rowCount(), all);

        m_proxy->sort(WebhookTableModel::Url, Qt::AscendingOrder);
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const QString before = m_proxy->index(row - 1, WebhookTableModel::Url).data().toString();
            const QString here = m_proxy->index(row, WebhookTableModel::Url).data().toString();
            QVERIFY(QString::localeAwareCompare(before.toLower(), here.toLower()) <= 0);
        }
        m_proxy->sort(WebhookTableModel::Active, Qt::DescendingOrder);
        QCOMPARE(m_proxy->index(0, WebhookTableModel::Active).data(WebhookTableModel::ActiveRole).toBool(), true);
        QCOMPARE(m_proxy->index(all - 1, WebhookTableModel::Active).data(WebhookTableModel::ActiveRole).toBool(), false);
        // The state is text too, not only a colour.
        QCOMPARE(m_proxy->index(all - 1, WebhookTableModel::Active).data().toString(), QStringLiteral("Inactive"));
    }

    // The compact rows give back exactly what the API sent, whatever way the rows came.
    void rebuiltRowsEqualTheStore_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("loadAll");
        QTest::newRow("paged by 7") << 7 << false;
        QTest::newRow("load all by 1") << 1 << true;
        QTest::newRow("load all by 7") << 7 << true;
        QTest::newRow("load all by 1000") << 1000 << true;
    }

    void rebuiltRowsEqualTheStore()
    {
        QFETCH(int, pageSize);
        QFETCH(bool, loadAll);
        seedVaried();
        if (QTest::currentTestFailed())
            return;
        const QList<Webhook> expected = listedWebhooks(*m_session);
        QSignalSpy finished(m_model.get(), &WebhookTableModel::loadAllFinished);
        m_model->setPageSize(pageSize);
        m_model->setSession(m_session.get());
        if (loadAll) {
            m_model->loadAll();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
            QCOMPARE(finished.constFirst().at(0).toBool(), true);
        } else {
            QVERIFY(fetchEverything(*m_model));
        }
        QVERIFY(m_model->pagesFetched() >= expected.size() / pageSize);
        const QString difference = rowsDiffer(*m_model, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        for (const QString &id : std::as_const(m_oddIds))
            QVERIFY(m_model->rowOf(id) >= 0);
        QVERIFY(!m_model->webhook(QStringLiteral("no_such_webhook")));
        QCOMPARE(m_model->rowOf(QStringLiteral("no_such_webhook")), -1);
        QCOMPARE(m_model->rowOf(QString()), -1);
    }

    // A snapshot rebuilds exactly the rows of the moment it was taken, on another thread, while
    // the model goes on changing (the export reads the table that way).
    void snapshotKeepsTheRowsOfItsMoment()
    {
        loadVaried(50);
        if (QTest::currentTestFailed())
            return;
        const QList<Webhook> expected = listedWebhooks(*m_session);
        QCOMPARE(m_model->rowCount(), expected.size());
        const WebhookTableModel::Snapshot snapshot = m_model->snapshot();
        QCOMPARE(snapshot.size(), expected.size());

        // Changes after the snapshot: an edit with new interned values and unknown fields, a
        // removal, an addition, and a refresh that drops every row.
        Webhook changed = expected.at(3);
        changed.url = QStringLiteral("https://after.example.com/ü");
        changed.events = {QStringLiteral("event_only_after")};
        changed.extraFields = {{QStringLiteral("after"), true}};
        m_model->upsert(changed);
        m_model->remove(expected.at(4).id);
        Webhook added = expected.at(0);
        added.id = QStringLiteral("added_after_the_snapshot");
        m_model->upsert(added);
        QCOMPARE(m_model->rowCount(), expected.size());

        QList<Webhook> rebuilt;
        std::thread worker([&] { rebuilt = snapshot.webhooks(); });
        m_model->refresh(); // meanwhile, on this thread
        worker.join();
        QCOMPARE(rebuilt.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(rebuilt.at(i) == expected.at(i) && rebuilt.at(i).toJson() == expected.at(i).toJson(),
                     qPrintable(QStringLiteral("row %1 (%2)\n got  %3\n want %4")
                                        .arg(i)
                                        .arg(expected.at(i).id, compactJson(rebuilt.at(i)),
                                             compactJson(expected.at(i)))));
        }
        QVERIFY(WebhookTableModel().snapshot().webhooks().isEmpty());
    }

    // Edits and removals in every shape keep each row, and the id index, right.
    void upsertAndRemoveKeepEveryRowRight()
    {
        loadVaried(50);
        if (QTest::currentTestFailed())
            return;
        QList<Webhook> expected = listedWebhooks(*m_session);
        // The proxy filters on a text the edits bring in: it must follow them.
        const QString needle = QStringLiteral("ÄNDERUNG");
        m_proxy->setText(needle);
        const auto check = [&]() -> QString {
            const QString difference = rowsDiffer(*m_model, expected);
            if (!difference.isEmpty())
                return difference;
            QStringList want;
            for (const Webhook &webhook : std::as_const(expected)) {
                if (naiveMatches(webhook, needle, *m_session))
                    want << webhook.id;
            }
            const QStringList got = proxyIds(*m_proxy);
            if (got != want)
                return QStringLiteral("the proxy shows [%1], the naive filter [%2]")
                        .arg(got.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')));
            return {};
        };
#define VERIFY_ROWS(step)                                                                      \
    do {                                                                                       \
        const QString difference = check();                                                    \
        QVERIFY2(difference.isEmpty(), qPrintable(QLatin1String(step ": ") + difference));     \
    } while (false)
        VERIFY_ROWS("loaded");
        QCOMPARE(m_proxy->rowCount(), 0);

        // URL (longer, non-ASCII), events, state and unknown fields where there were none.
        Webhook changed = expected.at(5);
        QVERIFY(changed.extraFields.isEmpty());
        changed.url = QStringLiteral("https://änderung.example.com/a/much/longer/path?x=ü");
        changed.events = {QStringLiteral("sync_end"), QStringLiteral("brand_new_event")};
        changed.active = !changed.active;
        changed.extraFields = {
                {QStringLiteral("added"),
                 QJsonObject{{QStringLiteral("n"), QJsonArray{QJsonValue(), true}}}}};
        m_model->upsert(changed);
        expected[5] = changed;
        VERIFY_ROWS("URL, events, state and new unknown fields");
        QCOMPARE(m_proxy->rowCount(), 1);

        // Other unknown fields in place of some.
        const int zoe = m_model->rowOf(m_oddIds.at(0));
        changed = expected.at(zoe);
        changed.extraFields = {{QStringLiteral("replaced"), QJsonArray{QStringLiteral("ü"), 1}}};
        changed.url += QStringLiteral("/Änderung");
        m_model->upsert(changed);
        expected[zoe] = changed;
        VERIFY_ROWS("other unknown fields");

        // No unknown fields any more, and events where there were none.
        const int team = m_model->rowOf(m_oddIds.at(1));
        changed = expected.at(team);
        QVERIFY(changed.events.isEmpty());
        changed.extraFields = {};
        changed.events = {QStringLiteral("sync_start")};
        changed.active = true;
        m_model->upsert(changed);
        expected[team] = changed;
        VERIFY_ROWS("unknown fields dropped");

        // Events emptied, URL back to plain ASCII.
        changed = expected.at(zoe);
        changed.events = {};
        changed.url = QStringLiteral("https://example.com/plain");
        m_model->upsert(changed);
        expected[zoe] = changed;
        VERIFY_ROWS("events emptied");

        // The same webhook again changes nothing; a new one goes at the end.
        m_model->upsert(expected.at(7));
        VERIFY_ROWS("an unchanged upsert");
        Webhook fresh;
        fresh.id = QStringLiteral("brand_new_ünï");
        fresh.type = QStringLiteral("group");
        fresh.groupId = m_team.id;
        fresh.url = QStringLiteral("https://example.com/änderung/new");
        fresh.createdAt = QStringLiteral("2026-01-02T03:04:05.678Z");
        fresh.createdBy = QStringLiteral("Zoë Ünal");
        fresh.extraFields = {{QStringLiteral("k"), QJsonArray()}};
        m_model->upsert(fresh);
        expected.append(fresh);
        VERIFY_ROWS("a new webhook");

        // Removals: in the middle, first, last, one with unknown fields, a non-ASCII id.
        const QStringList removals{expected.at(expected.size() / 2).id, expected.constFirst().id,
                                   expected.constLast().id, m_oddIds.at(3),
                                   QStringLiteral("hook_ünïcode")};
        for (const QString &id : removals) {
            const int row = m_model->rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(expected.at(row).id, id);
            m_model->remove(id);
            expected.removeAt(row);
            QCOMPARE(m_model->rowOf(id), -1);
            QVERIFY(!m_model->webhook(id));
            VERIFY_ROWS("a removal");
        }
        m_model->remove(QStringLiteral("no_such_webhook"));
        VERIFY_ROWS("removing an unknown id");

        // Many edits, so that the text left behind is compacted (more than once), then removals.
        for (int pass = 0; pass < 3; ++pass) {
            for (int row = 0; row < expected.size(); ++row) {
                changed = expected.at(row);
                changed.url = (row % 2 ? QStringLiteral("https://änderung.example.com/%1/%2/")
                                       : QStringLiteral("https://ANDERUNG.example.com/%1/%2/"))
                                      .arg(pass)
                                      .arg(row)
                        + QString(300, QLatin1Char('x'));
                changed.active = (row + pass) % 3 == 0;
                if (row % 5 == pass)
                    changed.extraFields.insert(QStringLiteral("pass"), pass);
                m_model->upsert(changed);
                expected[row] = changed;
            }
            VERIFY_ROWS("a pass of edits");
        }
        for (int i = 0; i < 10; ++i) {
            const QString id = expected.at(i * 7).id;
            m_model->remove(id);
            expected.removeAt(i * 7);
        }
        VERIFY_ROWS("removals after the edits");
#undef VERIFY_ROWS
    }

    // The proxy's text filter, answered from the compact rows, against the plain reading.
    void textFilterMatchesNaiveFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expect"); // "none", "some" or "all" rows; "any" for either

        const auto row = [](const char *name, const QString &text, const char *expect) {
            QTest::newRow(name) << text << QString::fromLatin1(expect);
        };
        row("empty", QString(), "all");
        row("blank", QStringLiteral("   "), "all");
        row("ASCII lower case", QStringLiteral("hooks.example.com"), "some");
        row("ASCII upper case", QStringLiteral("HOOKS.EXAMPLE.COM"), "some");
        row("ASCII mixed case", QStringLiteral("Hooks.Example.Com/Load"), "some");
        row("in an upper-case URL", QStringLiteral("upper/path[0]"), "some");
        row("plain substring", QStringLiteral("load/1"), "some");
        row("padded", QStringLiteral("  load/1  "), "some");
        row("no such text", QStringLiteral("nothing-matches-this"), "none");
        row("[ and { differ by case bit only", QStringLiteral("{0}"), "none");
        row("ü", QStringLiteral("ü"), "some");
        row("Ü", QStringLiteral("Ü"), "some");
        row("é", QStringLiteral("é"), "some");
        row("É", QStringLiteral("É"), "some");
        row("creator, non-ASCII", QStringLiteral("zoË ünAL"), "some");
        row("host, non-ASCII", QStringLiteral("HÖÖKS"), "some");
        row("id, non-ASCII", QStringLiteral("HOOK_ÜNÏ"), "some");
        row("outside the BMP", QStringLiteral("🚀"), "some");
        row("ASCII in a non-ASCII row", QStringLiteral("ZO"), "some");
        row("ASCII folded from ſ", QStringLiteral("STRA"), "some");
        row("Kelvin sign", QStringLiteral("hoo\u212As"), "any");
        row("unknown field only", QStringLiteral("Ωmega"), "none");
        row("event name", QStringLiteral("dbt_run_failed"), "some");
        row("event, upper-case part", QStringLiteral("SYNC_E"), "some");
        row("event not in the catalog", QStringLiteral("some_FUTURE"), "some");
        row("group name", QStringLiteral("marketing ANALYTICS"), "some");
        row("group name, non-ASCII", QStringLiteral("équipe DONNÉES"), "some");
        row("group label, name and id", QStringLiteral("<label span>"), "some");
        row("group id fragment", QStringLiteral("<group id fragment>"), "some");
        row("id fragment", QStringLiteral("<id fragment>"), "some");
        row("creator fragment", QStringLiteral("_MOON"), "some");
        row("across an id and its URL", QStringLiteral("<id and URL>"), "any");
    }

    void textFilterMatchesNaiveFilter()
    {
        QFETCH(QString, text);
        QFETCH(QString, expect);
        seedVaried();
        if (QTest::currentTestFailed())
            return;
        const QList<Webhook> expected = listedWebhooks(*m_session);
        m_model->setPageSize(25);
        m_model->setSession(m_session.get());
        QVERIFY(fetchEverything(*m_model));
        QStringList all;
        for (const Webhook &webhook : expected)
            all << webhook.id;
        QCOMPARE(modelOrder(*m_model), all);
        // The Group column names a group as the naive filter reads it.
        for (int row = 0; row < expected.size(); ++row) {
            if (!expected.at(row).groupId.isEmpty())
                QCOMPARE(m_model->index(row, WebhookTableModel::Group).data().toString(),
                         m_session->groupLabel(expected.at(row).groupId));
        }

        if (text == QLatin1String("<label span>"))
            text = QStringLiteral("données (") + m_team.id.left(3).toUpper();
        else if (text == QLatin1String("<group id fragment>"))
            text = m_team.id.mid(1, 6).toUpper();
        else if (text == QLatin1String("<id fragment>"))
            text = expected.at(40).id.mid(2, 5).toUpper();
        else if (text == QLatin1String("<id and URL>"))
            text = expected.at(21).id.right(2) + expected.at(21).url.left(3);
        const QString trimmed = text.trimmed(); // as the filter bar's text is taken

        // Another text first, which every row matches in some field: what rowMatches()
        // remembered of it must not answer for the next one.
        m_proxy->setText(QStringLiteral("_"));
        QCOMPARE(m_proxy->rowCount(), expected.size());
        m_proxy->setText(text);
        QStringList want;
        for (const Webhook &webhook : expected) {
            if (naiveMatches(webhook, trimmed, *m_session))
                want << webhook.id;
        }
        QCOMPARE(proxyIds(*m_proxy), want);
        if (expect == QLatin1String("none"))
            QVERIFY(want.isEmpty());
        else if (expect == QLatin1String("some"))
            QVERIFY(!want.isEmpty() && want.size() < expected.size());
        else if (expect == QLatin1String("all"))
            QCOMPARE(want.size(), expected.size());

        // Asked again for the same text (what rowMatches() remembered), with the state on top.
        m_proxy->setActiveFilter(WebhookFilterProxy::ActiveFilter::InactiveOnly);
        want.clear();
        for (const Webhook &webhook : expected) {
            if (!webhook.active && naiveMatches(webhook, trimmed, *m_session))
                want << webhook.id;
        }
        QCOMPARE(proxyIds(*m_proxy), want);
    }

    // Load all at a small page size, with the batching's clock and timer driven by hand: rows
    // fetched while loading all wait until a flush (the timer's, or the first page after the
    // interval has passed) and then all go in at once; the first and the last page are shown at
    // once; every row ends in the model exactly once, in server order.
    void loadAllInBatchesKeepsServerOrder()
    {
        constexpr int kFlushInterval = WebhookTableModel::kFlushInterval;
        ManualFlushTimer *timer = nullptr;
        const QList<Webhook> expected = prepareLoadAll(timer);
        if (QTest::currentTestFailed())
            return;
        const int pages = int((expected.size() + 7) / 8);
        QVERIFY2(pages >= 30, qPrintable(QString::number(pages)));
        // What the test does after page N has arrived (pagesFetched() in its loadAllProgress).
        constexpr int kFireAfter[] = {5, 12}; // the timer fires (queued, as a timeout comes)
        constexpr int kTimePassesAfter = 20; // a whole interval passes before the next page
        constexpr int kSomeTimeAfter = kTimePassesAfter + 1; // 30 ms pass after a flush

        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(m_model.get(), &WebhookTableModel::loadAllFinished);
        QObject context;
        bool firing = false;
        int fires = 0;
        QList<int> shownByPage; // pages whose arrival inserted rows (not a fired flush)
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, &context, [&] {
            if (!firing)
                shownByPage << m_model->pagesFetched();
        });
        int lastLoaded = 0;
        bool lastMore = true;
        connect(m_model.get(), &WebhookTableModel::loadAllProgress, &context,
            [&](int loaded, bool more) {
                QVERIFY2(loaded >= lastLoaded, "the count of loaded rows went back");
                lastLoaded = loaded;
                lastMore = more;
                const int page = m_model->pagesFetched();
                const int shown = m_model->rowCount();
                QVERIFY(loaded >= shown);
                if (page == 0)
                    return; // loadAll() itself, before the first page came
                if (page == 1 || page == kTimePassesAfter + 1 || !more) {
                    // Shown at once: nothing held back, no flush waiting.
                    QCOMPARE(shown, loaded);
                    QVERIFY(!timer->isActive());
                } else {
                    // Held back until a flush, which is asked for.
                    QVERIFY2(loaded > shown, qPrintable(QStringLiteral("page %1").arg(page)));
                    QVERIFY(timer->isActive());
                }
                if (page == 2) // a whole interval to wait after the first page
                    QCOMPARE(timer->lastDelay, kFlushInterval);
                if (page == kSomeTimeAfter + 1) // 30 ms of the interval went by already
                    QCOMPARE(timer->lastDelay, kFlushInterval - 30);
                if (page == kTimePassesAfter)
                    timer->time += kFlushInterval;
                if (page == kSomeTimeAfter)
                    timer->time += 30;
                if (std::find(std::begin(kFireAfter), std::end(kFireAfter), page)
                    != std::end(kFireAfter)) {
                    QMetaObject::invokeMethod(
                        &context,
                        [&] {
                            // Every row fetched so far goes in, in one insertion.
                            const int before = m_model->rowCount();
                            const qsizetype insertions = inserted.count();
                            QVERIFY(lastLoaded - before > m_model->pageSize()); // pages waited
                            firing = true;
                            timer->fire();
                            firing = false;
                            ++fires;
                            QCOMPARE(m_model->rowCount(), lastLoaded);
                            QCOMPARE(inserted.count(), insertions + 1);
                            QVERIFY(!timer->isActive());
                        },
                        Qt::QueuedConnection);
                }
            });
        m_model->setSession(m_session.get());
        m_model->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QVERIFY(m_model->isComplete());
        QVERIFY(!m_model->isLoadingAll());
        QCOMPARE(m_model->pagesFetched(), pages);
        const QString difference = rowsDiffer(*m_model, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // Inserted in order, each row once: by the first page, the two fired flushes, the page
        // after the interval passed, and the last page; by nothing else.
        int next = 0;
        for (const auto &call : std::as_const(inserted)) {
            QCOMPARE(call.at(1).toInt(), next);
            next = call.at(2).toInt() + 1;
        }
        QCOMPARE(next, expected.size());
        QCOMPARE(fires, 2);
        QCOMPARE(shownByPage, (QList<int>{1, kTimePassesAfter + 1, pages}));
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(lastLoaded, expected.size());
        QVERIFY(!lastMore);
        // Nothing comes late: no flush is left waiting.
        QVERIFY(!timer->isActive());
        QCOMPARE(finished.count(), 1);
    }

    // An edit of a row fetched but not inserted yet: the edited row stays, the fetched copy goes.
    void upsertWhileLoadingAllKeepsOneRowPerId()
    {
        ManualFlushTimer *timer = nullptr; // never fired: rows wait until the last page
        const QList<Webhook> expected = prepareLoadAll(timer);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy finished(m_model.get(), &WebhookTableModel::loadAllFinished);
        Webhook edited;
        int editedRow = -1;
        QObject context;
        connect(m_model.get(), &WebhookTableModel::loadAllProgress, &context, [&](int loaded) {
            const int shown = m_model->rowCount();
            if (editedRow >= 0 || shown == 0 || loaded <= shown)
                return;
            editedRow = shown; // the first row fetched and not shown
            edited = expected.at(shown);
            edited.url = QStringLiteral("https://edited.example.com/während");
            edited.extraFields.insert(QStringLiteral("edited"), true);
            m_model->upsert(edited);
        });
        m_model->setSession(m_session.get());
        m_model->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QCOMPARE(editedRow, 8); // the first row of the second page, the first one held back
        QCOMPARE(timer->starts, 1);
        QVERIFY(!timer->isActive());
        QList<Webhook> want = expected;
        want[editedRow] = edited;
        const QString difference = rowsDiffer(*m_model, want);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // A walk through the pages stops with an error at its bound of pages or webhooks and keeps
    // the rows it loaded; retry() goes on one page, and stops again. A walk whose last page
    // reaches the bound exactly ends as complete.
    void loadAllStopsAtTheWalkLimits_data()
    {
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<qint64>("maxItems");
        QTest::addColumn<int>("stopAfter"); // pages; 0 when every page loads
        QTest::addColumn<QString>("reason"); // the message has it, with the count

        const qint64 items = limits::kMaxItemsPerWalk;
        QTest::newRow("pages") << 5 << items << 5 << QStringLiteral("page");
        QTest::newRow("webhooks") << limits::kMaxPagesPerWalk << qint64(250) << 3
                                  << QStringLiteral("webhook");
        QTest::newRow("the last page at the page bound") << 25 << items << 0 << QString();
        QTest::newRow("the last page at the webhook bound")
            << limits::kMaxPagesPerWalk << qint64(2500) << 0 << QString();
    }

    void loadAllStopsAtTheWalkLimits()
    {
        QFETCH(int, maxPages);
        QFETCH(qint64, maxItems);
        QFETCH(int, stopAfter);
        QFETCH(QString, reason);
        QSignalSpy handled(m_session->sandbox(), &SandboxServer::requestHandled);
        QSignalSpy failed(m_model.get(), &WebhookTableModel::pageFailed);
        QSignalSpy finished(m_model.get(), &WebhookTableModel::loadAllFinished);
        m_model->setWalkLimits(maxPages, maxItems);
        m_model->setSession(m_session.get());
        m_model->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QVERIFY(!m_model->isLoading());
        const QStringList all = storeOrder(*m_session);
        QCOMPARE(all.size(), 2500);
        if (stopAfter == 0) {
            QCOMPARE(finished.constFirst().at(0).toBool(), true);
            QVERIFY(m_model->isComplete());
            QVERIFY(!m_model->lastError());
            QCOMPARE(failed.count(), 0);
            QCOMPARE(modelOrder(*m_model), all);
            return;
        }

        const auto stoppedAfter = [&](int pages) {
            QCOMPARE(m_model->pagesFetched(), pages);
            QCOMPARE(listRequests(handled), pages); // nothing asked for past the bound
            QCOMPARE(modelOrder(*m_model), all.mid(0, pages * 100)); // the rows stay
            QVERIFY(!m_model->isComplete());
            QVERIFY(!m_model->isLoadingAll());
            QVERIFY(!m_model->canFetchMore({})); // a view does not go on by itself
            QVERIFY(m_model->lastError());
            QCOMPARE(m_model->lastError()->kind, ApiError::Kind::Protocol);
            const QString count
                = QString::number(reason == QLatin1String("page") ? pages : pages * 100);
            const QString message = m_model->lastError()->message;
            QVERIFY2(message.contains(QStringLiteral("after %1 %2").arg(count, reason)),
                qPrintable(message));
            // Shown like any failed page.
            QVERIFY(!failed.isEmpty());
            QCOMPARE(failed.constLast().at(0).value<ApiError>().message, message);
        };
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        stoppedAfter(stopAfter);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(failed.count(), 1);

        m_model->retry();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kTimeoutMs);
        QVERIFY(!m_model->isLoading());
        stoppedAfter(stopAfter + 1);
        QCOMPARE(finished.count(), 1);
    }

    // A server that hands out a new cursor on every page: Load all, and a view scrolling to the
    // end, stop at the bound with an error instead of running forever.
    void endlessCursorsStopAtTheWalkLimit_data()
    {
        QTest::addColumn<bool>("loadAll");
        QTest::newRow("Load all") << true;
        QTest::newRow("scrolling") << false;
    }

    void endlessCursorsStopAtTheWalkLimit()
    {
        QFETCH(bool, loadAll);
        EndlessCursorServer server;
        QVERIFY(server.listen());
        AccountProfile profile;
        profile.id = QStringLiteral("endless");
        profile.name = QStringLiteral("Endless");
        profile.baseUrl = server.baseUrl();
        Credentials credentials;
        credentials.apiKey = QStringLiteral("key");
        credentials.apiSecret = QStringLiteral("secret");
        QString error;
        const std::unique_ptr<AccountSession> session
            = AccountSession::createForProfile(profile, credentials, &error);
        QVERIFY2(session, qPrintable(error));
        session->client()->retryPolicy().maxAttempts = 1;

        constexpr int kPages = 40;
        m_model->setPageSize(10);
        m_model->setWalkLimits(kPages, limits::kMaxItemsPerWalk);
        QSignalSpy failed(m_model.get(), &WebhookTableModel::pageFailed);
        QSignalSpy finished(m_model.get(), &WebhookTableModel::loadAllFinished);
        m_model->setSession(session.get());
        if (loadAll) {
            m_model->loadAll();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
            QCOMPARE(finished.constFirst().at(0).toBool(), false);
        } else {
            // As a view scrolled to the end does: fetch more whenever the model says it can.
            QVERIFY(QTest::qWaitFor(
                [this] {
                    if (m_model->canFetchMore({}))
                        m_model->fetchMore({});
                    return m_model->lastError().has_value() && !m_model->isLoading();
                },
                kTimeoutMs));
        }
        QVERIFY(!m_model->isLoading());
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_model->lastError()->message.contains(QStringLiteral("after 40 page")));
        QCOMPARE(m_model->pagesFetched(), kPages);
        QCOMPARE(server.pagesServed(), kPages);
        QCOMPARE(m_model->rowCount(), kPages * 10);
        QCOMPARE(server.cursorsAsked.constFirst(), QString());
        QCOMPARE(server.cursorsAsked.constLast(), QStringLiteral("cursor_%1").arg(kPages - 1));
        QVERIFY(!m_model->isComplete());
        QVERIFY(!m_model->canFetchMore({}));
        m_model->setSession(nullptr);
    }
};

QTEST_MAIN(TestWebhookTableModel)
#include "tst_webhooktablemodel.moc"
