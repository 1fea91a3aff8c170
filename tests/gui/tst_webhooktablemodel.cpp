#include "AccountSession.h"
#include "FivetranClient.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "WebhookFilterProxy.h"
#include "WebhookTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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

} // namespace

class TestWebhookTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<WebhookTableModel> m_model;
    std::unique_ptr<WebhookFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

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
};

QTEST_MAIN(TestWebhookTableModel)
#include "tst_webhooktablemodel.moc"
