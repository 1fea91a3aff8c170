// The Send test dialog, driven offscreen against an in-process sandbox whose test deliveries go
// to a LoopbackReceiver standing in for the user's endpoint.
#include "SendTestDialog.h"

#include "EventCatalog.h"
#include "FivetranClient.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "Signature.h"
#include "TestHistory.h"

#include "../support/LoopbackReceiver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace fw;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30000;
const QString kSecret = QStringLiteral("endpoint-secret-0123456789");

// Model columns, as the dialog's grid shows them.
enum Column { EventColumn, DeliveredColumn, StatusColumn, MessageColumn, TimeColumn, ColumnCount };

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // free again once `probe` is gone: nothing listens there
}

QString bodyEvent(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("event")).toString();
}

} // namespace

class TestSendTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    std::unique_ptr<FivetranClient> m_client;
    std::unique_ptr<TestHistory> m_history;
    std::unique_ptr<QSignalSpy> m_activity; // the client's callsInFlight, as it changes

    const QStringList threeEvents = {QStringLiteral("sync_start"), QStringLiteral("sync_end"),
                                     QStringLiteral("connection_failure")};

    // A webhook in the sandbox that delivers to `url` (the receiver by default), as the API
    // shows it to the dialog: secret masked.
    Webhook addWebhook(const QStringList &events, const QUrl &url = {})
    {
        Webhook webhook;
        webhook.type = QStringLiteral("account");
        webhook.url = (url.isEmpty() ? m_receiver->url() : url).toString();
        webhook.events = events;
        webhook.active = true;
        webhook.secret = kSecret;
        Webhook stored = m_sandbox->store().addWebhook(webhook);
        stored.secret = kMaskedSecret;
        return stored;
    }

    std::unique_ptr<SendTestDialog> makeDialog(const Webhook &webhook)
    {
        auto dialog = std::make_unique<SendTestDialog>(m_client.get(), m_history.get(), webhook);
        dialog->open();
        return dialog;
    }

    static QPushButton *button(SendTestDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }
    static QAbstractItemModel *model(SendTestDialog &dialog)
    {
        return dialog.findChild<QTableView *>(QStringLiteral("resultsTableView"))->model();
    }
    static QString cell(SendTestDialog &dialog, int row, int column, int role = Qt::DisplayRole)
    {
        QAbstractItemModel *m = model(dialog);
        return m->data(m->index(row, column), role).toString();
    }

    int maxCallsInFlight() const
    {
        int most = 0;
        for (const QList<QVariant> &args : std::as_const(*m_activity))
            most = qMax(most, args.at(0).toInt());
        return most;
    }

    static int testRequests(const QSignalSpy &handled)
    {
        int count = 0;
        for (const QList<QVariant> &args : handled) {
            if (args.at(0).toString() == QLatin1String("POST")
                && args.at(1).toString().endsWith(QLatin1String("/test")))
                ++count;
        }
        return count;
    }

    // Waits for one more delivery at the receiver without sleeping: the sandbox signals each
    // delivery it finished.
    bool waitForDeliveries(int count)
    {
        QSignalSpy delivered(m_sandbox.get(), &SandboxServer::deliveryFinished);
        while (m_receiver->deliveries.size() < count) {
            if (!delivered.wait(kWaitMs))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings too: nothing in the user's folders
        QCoreApplication::setOrganizationName(QStringLiteral("fw-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sendtest"));
        QSettings().clear();
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void init()
    {
        m_sandbox->setFaults({});
        m_sandbox->setCredentials(SandboxServer::demoCredentials());
        m_sandbox->setDeliveryTimeout(10s);
        m_sandbox->store().clear();
        m_sandbox->seedDemoData();
        m_receiver = std::make_unique<LoopbackReceiver>();
        QVERIFY(m_receiver->isListening());
        m_client = std::make_unique<FivetranClient>();
        QVERIFY(m_client->setBaseUrl(m_sandbox->baseUrl()).isEmpty());
        m_client->setCredentials(SandboxServer::demoCredentials());
        m_activity = std::make_unique<QSignalSpy>(m_client.get(), &FivetranClient::activityChanged);
        m_history = std::make_unique<TestHistory>(QString()); // memory only
    }

    void cleanup()
    {
        m_activity.reset();
        m_history.reset();
        m_client.reset();
        m_receiver.reset();
    }

    void showsWebhookAndEventChoices()
    {
        const QStringList events = {QStringLiteral("sync_end"), QStringLiteral("status"),
                                    QStringLiteral("custom_event_from_the_future")};
        const Webhook webhook = addWebhook(events);
        auto dialog = makeDialog(webhook);

        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("urlValueLabel"))->text(), webhook.url);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("idValueLabel"))->text(), webhook.id);

        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("eventComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(combo->itemText(0), QStringLiteral("Every subscribed event (3)"));
        // The webhook's own events first, in its order, then a separator, then the rest.
        QCOMPARE(combo->itemData(1).toString(), events.at(0));
        QCOMPARE(combo->itemData(2).toString(), events.at(1));
        QCOMPARE(combo->itemData(3).toString(), events.at(2));
        QCOMPARE(combo->itemData(4, Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("separator"));
        const int catalogOthers = int(EventCatalog::all().size()) - 2; // sync_end and status
        QCOMPARE(combo->count(), 5 + catalogOthers);
        QStringList offered;
        for (int i = 5; i < combo->count(); ++i)
            offered << combo->itemData(i).toString();
        QVERIFY(offered.contains(QStringLiteral("dbt_run_failed")));
        QVERIFY(!offered.contains(QStringLiteral("sync_end")));
        // Deprecated events are marked, subscribed or not; the others are not.
        QVERIFY(combo->itemText(2).contains(QStringLiteral("deprecated")));
        const int legacy = combo->findData(QStringLiteral("transformation_run_start"));
        QVERIFY(legacy > 4);
        QVERIFY(combo->itemText(legacy).contains(QStringLiteral("deprecated")));
        QVERIFY(!combo->itemText(1).contains(QStringLiteral("deprecated")));
        // Descriptions ride along as tooltips.
        QCOMPARE(combo->itemData(1, Qt::ToolTipRole).toString(),
                 EventCatalog::find(QStringLiteral("sync_end"))->description);

        QVERIFY(button(*dialog, "sendPushButton")->isDefault());
        QVERIFY(button(*dialog, "sendPushButton")->isEnabled());
        QVERIFY(button(*dialog, "stopPushButton")->isHidden());
        QCOMPARE(dialog->resultCount(), 0);
        QVERIFY(!dialog->isRunning());
    }

    void everyControlHasAnAccessibleName()
    {
        auto dialog = makeDialog(addWebhook(threeEvents));
        const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            if (!widget->inherits("QAbstractButton") && !widget->inherits("QComboBox")
                && !widget->inherits("QAbstractItemView"))
                continue;
            if (widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
                continue; // Qt's own innards (the table's corner button, the combo's popup)
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 6); // combo, table, details, send, stop, close
    }

    void everySubscribedEvent()
    {
        const Webhook webhook = addWebhook(threeEvents);
        auto dialog = makeDialog(webhook);
        QAbstractItemModelTester tester(model(*dialog),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(dialog.get(), &SendTestDialog::allFinished);
        QSignalSpy handled(m_sandbox.get(), &SandboxServer::requestHandled);
        QSignalSpy historyChanged(m_history.get(), &TestHistory::changed);

        dialog->selectEvent(QString());
        QTest::mouseClick(button(*dialog, "sendPushButton"), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(!button(*dialog, "sendPushButton")->isEnabled());
        QVERIFY(!button(*dialog, "stopPushButton")->isHidden());
        QVERIFY(dialog->summaryText().contains(QStringLiteral("sync_start")));
        dialog->send(); // a second press while running changes nothing
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.size(), 1);

        QVERIFY(!dialog->isRunning());
        QCOMPARE(dialog->resultCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(*dialog, row, EventColumn), threeEvents.at(row));
            QCOMPARE(cell(*dialog, row, DeliveredColumn), QStringLiteral("Yes"));
            QVERIFY(!model(*dialog)->data(model(*dialog)->index(row, DeliveredColumn),
                                          Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(cell(*dialog, row, StatusColumn), QStringLiteral("200"));
            QVERIFY(!cell(*dialog, row, MessageColumn).isEmpty());
            QVERIFY(!cell(*dialog, row, TimeColumn).isEmpty());
        }
        QCOMPARE(dialog->summaryText(), QStringLiteral("3 of 3 delivered"));
        QVERIFY(dialog->errorText().isEmpty());
        QVERIFY(button(*dialog, "sendPushButton")->isEnabled());
        QVERIFY(button(*dialog, "stopPushButton")->isHidden());

        // One at a time, each a real, signed delivery of the right event.
        QCOMPARE(maxCallsInFlight(), 1);
        QCOMPARE(testRequests(handled), 3);
        QCOMPARE(m_receiver->deliveries.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto &delivery = m_receiver->deliveries.at(i);
            QCOMPARE(bodyEvent(delivery.body), threeEvents.at(i));
            QCOMPARE(Signature::verify(delivery.body, kSecret.toUtf8(),
                                       delivery.header(Signature::headerName)),
                     Signature::Verdict::Valid);
        }

        // Kept as the webhook's history, newest first.
        const QList<TestRecord> records = m_history->records(webhook);
        QCOMPARE(records.size(), 3);
        QCOMPARE(historyChanged.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(records.at(i).event, threeEvents.at(2 - i));
            QVERIFY(records.at(i).delivered);
            QCOMPARE(records.at(i).status, 200);
            QCOMPARE(records.at(i).time.timeSpec(), Qt::UTC);
        }

        // A second run replaces the grid and adds to the history.
        dialog->selectEvent(QStringLiteral("sync_end"));
        dialog->send();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(dialog->resultCount(), 1);
        QCOMPARE(m_history->records(webhook).size(), 4);
    }

    void endpointDoesNotAccept_data()
    {
        QTest::addColumn<int>("answer"); // what the endpoint answers; 0: nothing listens
        QTest::addColumn<QString>("shownStatus");
        QTest::newRow("500") << 500 << QStringLiteral("500");
        QTest::newRow("403") << 403 << QStringLiteral("403");
        QTest::newRow("redirect (not followed)") << 302 << QStringLiteral("302");
        QTest::newRow("unreachable") << 0 << QString(QChar(0x2014));
    }

    void endpointDoesNotAccept()
    {
        QFETCH(int, answer);
        QFETCH(QString, shownStatus);
        QUrl url;
        if (answer == 0)
            url = QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(closedPort()));
        m_receiver->status = answer;
        const Webhook webhook = addWebhook(threeEvents, url);
        auto dialog = makeDialog(webhook);
        QAbstractItemModelTester tester(model(*dialog),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(dialog.get(), &SendTestDialog::allFinished);

        dialog->send();
        QVERIFY(finished.wait(kWaitMs));

        // Fivetran answered 200 each time; the verdict is data.succeed.
        QCOMPARE(dialog->resultCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(*dialog, row, DeliveredColumn), QStringLiteral("No"));
            QCOMPARE(cell(*dialog, row, DeliveredColumn, Qt::AccessibleTextRole),
                     QStringLiteral("Not delivered"));
            QCOMPARE(cell(*dialog, row, StatusColumn), shownStatus);
            QVERIFY(!cell(*dialog, row, MessageColumn).isEmpty());
        }
        QCOMPARE(dialog->summaryText(), QStringLiteral("0 of 3 delivered"));
        QVERIFY(dialog->errorText().isEmpty()); // not an API error: the run went on
        QCOMPARE(m_receiver->deliveries.size(), answer == 0 ? 0 : 3);

        const QList<TestRecord> records = m_history->records(webhook);
        QCOMPARE(records.size(), 3);
        for (const TestRecord &record : records) {
            QVERIFY(!record.delivered);
            QCOMPARE(record.status, answer);
        }
    }

    void singleEvent_data()
    {
        QTest::addColumn<QString>("event");
        QTest::newRow("subscribed") << QStringLiteral("sync_end");
        QTest::newRow("not subscribed") << QStringLiteral("dbt_run_failed");
        QTest::newRow("deprecated") << QStringLiteral("transformation_run_failed");
        QTest::newRow("outside the catalog") << QStringLiteral("brand_new_event");
    }

    void singleEvent()
    {
        QFETCH(QString, event);
        const Webhook webhook = addWebhook(threeEvents);
        auto dialog = makeDialog(webhook);
        QAbstractItemModelTester tester(model(*dialog),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(dialog.get(), &SendTestDialog::allFinished);

        dialog->selectEvent(event);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("eventComboBox"));
        QCOMPARE(combo->currentData().toString(), event);
        QTest::mouseClick(button(*dialog, "sendPushButton"), Qt::LeftButton);
        QVERIFY(finished.wait(kWaitMs));

        QCOMPARE(dialog->resultCount(), 1);
        QCOMPARE(cell(*dialog, 0, EventColumn), event);
        QCOMPARE(cell(*dialog, 0, DeliveredColumn), QStringLiteral("Yes"));
        QCOMPARE(dialog->summaryText(), QStringLiteral("1 of 1 delivered"));
        QCOMPARE(m_receiver->deliveries.size(), 1);
        QCOMPARE(bodyEvent(m_receiver->deliveries.constFirst().body), event);
        QCOMPARE(m_history->records(webhook).size(), 1);
        QCOMPARE(m_history->records(webhook).constFirst().event, event);
    }

    void apiErrorStopsTheRun_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<int>("failAfter"); // results before the failure
        QTest::addColumn<QString>("summary"); // ApiError::summary() of the expected error
        QTest::addColumn<QString>("detail"); // part of ApiError::details()
        QTest::newRow("webhook deleted meanwhile")
                << QStringLiteral("delete") << 1
                << ApiError(ApiError::Kind::NotFound, 404, {}, {}).summary()
                << QStringLiteral("NotFound_Webhook");
        QTest::newRow("API secret regenerated")
                << QStringLiteral("credentials") << 2
                << ApiError(ApiError::Kind::Unauthorized, 401, {}, {}).summary()
                << QStringLiteral("HTTP 401");
        QTest::newRow("Fivetran unreachable")
                << QStringLiteral("network") << 0
                << ApiError(ApiError::Kind::Network, 0, {}, {}).summary() << QString();
    }

    void apiErrorStopsTheRun()
    {
        QFETCH(QString, failure);
        QFETCH(int, failAfter);
        QFETCH(QString, summary);
        QFETCH(QString, detail);
        const Webhook webhook = addWebhook(threeEvents);
        if (failure == QLatin1String("network"))
            QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort())))
                            .isEmpty());
        // A little latency, so the change below always lands before the next test is handled.
        m_sandbox->setFaults({100ms});
        auto dialog = makeDialog(webhook);
        QAbstractItemModelTester tester(model(*dialog),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(dialog.get(), &SendTestDialog::allFinished);
        QSignalSpy rows(model(*dialog), &QAbstractItemModel::rowsInserted);

        dialog->send();
        while (rows.size() < failAfter)
            QVERIFY(rows.wait(kWaitMs));
        QCOMPARE(dialog->resultCount(), failAfter);
        QVERIFY(dialog->isRunning());
        if (failure == QLatin1String("delete"))
            QVERIFY(m_sandbox->store().removeWebhook(webhook.id));
        else if (failure == QLatin1String("credentials"))
            m_sandbox->setCredentials({QStringLiteral("sandbox_demo_key"), QStringLiteral("regenerated")});

        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!dialog->isRunning());
        // The reason inline, its details one click away, and the results so far kept.
        QCOMPARE(dialog->errorText(), summary);
        auto *details = dialog->findChild<QToolButton *>(QStringLiteral("detailsToolButton"));
        auto *detailsLabel = dialog->findChild<QLabel *>(QStringLiteral("errorDetailsLabel"));
        QVERIFY(detailsLabel->isHidden());
        QVERIFY(dialog->errorDetails().contains(detail));
        QVERIFY(!dialog->errorDetails().isEmpty());
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(detailsLabel->isVisible());
        QCOMPARE(dialog->resultCount(), failAfter);
        QCOMPARE(m_history->records(webhook).size(), failAfter);
        QVERIFY(dialog->summaryText().startsWith(QStringLiteral("Stopped by an error")));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("%1 of %1 delivered").arg(failAfter)));
        QCOMPARE(m_client->callsInFlight(), 0); // nothing more was sent
        QCOMPARE(m_receiver->deliveries.size(), failAfter);

        // A new run starts clean.
        if (failure == QLatin1String("credentials")) {
            m_sandbox->setCredentials(SandboxServer::demoCredentials());
            dialog->send();
            QVERIFY(dialog->errorText().isEmpty());
            QVERIFY(finished.wait(kWaitMs));
            QCOMPARE(dialog->resultCount(), 3);
            QVERIFY(dialog->errorText().isEmpty());
        }
    }

    void stopDuringRun()
    {
        const Webhook webhook = addWebhook(threeEvents);
        m_sandbox->setFaults({300ms});
        auto dialog = makeDialog(webhook);
        QAbstractItemModelTester tester(model(*dialog),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(dialog.get(), &SendTestDialog::allFinished);
        QSignalSpy rows(model(*dialog), &QAbstractItemModel::rowsInserted);
        QSignalSpy handled(m_sandbox.get(), &SandboxServer::requestHandled);

        dialog->send();
        QVERIFY(rows.wait(kWaitMs)); // the first result; the second test is now in flight
        QVERIFY(dialog->isRunning());
        QCOMPARE(m_client->callsInFlight(), 1);
        const int activityBefore = int(m_activity->size());

        QTest::mouseClick(button(*dialog, "stopPushButton"), Qt::LeftButton);
        QVERIFY(!dialog->isRunning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_client->callsInFlight(), 0); // the call in flight was aborted
        QVERIFY(button(*dialog, "stopPushButton")->isHidden());
        QVERIFY(button(*dialog, "sendPushButton")->isEnabled());
        QVERIFY(dialog->summaryText().startsWith(QStringLiteral("Stopped")));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("2 without a result")));

        // A barrier: one more test, sent by hand after the stop, goes through the same latency.
        // Whatever the dialog might still have sent would have been handled before it.
        bool barrierDone = false;
        m_client->testWebhook(webhook.id, QStringLiteral("dbt_run_start"), this,
                              [&barrierDone](const ApiResult<TestResult> &) { barrierDone = true; });
        QTRY_VERIFY_WITH_TIMEOUT(barrierDone, kWaitMs);

        // At most the aborted one reached the sandbox (an abort cannot unsend a request), and
        // the third event never went out.
        QVERIFY2(testRequests(handled) <= 3, qPrintable(QString::number(testRequests(handled))));
        for (const auto &delivery : std::as_const(m_receiver->deliveries))
            QVERIFY(bodyEvent(delivery.body) != threeEvents.at(2));
        // The dialog started no call after the stop: the client rose to 1 only for the barrier.
        for (int i = activityBefore; i < m_activity->size(); ++i)
            QVERIFY(m_activity->at(i).at(0).toInt() <= 1);
        QCOMPARE(dialog->resultCount(), 1);
        QCOMPARE(m_history->records(webhook).size(), 1);
        QCOMPARE(finished.size(), 1);
    }

    void closeWhileRunning_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("close()") << QStringLiteral("close");
        QTest::newRow("Close button") << QStringLiteral("button");
        QTest::newRow("Escape") << QStringLiteral("escape");
        QTest::newRow("destroyed") << QStringLiteral("delete");
    }

    void closeWhileRunning()
    {
        QFETCH(QString, how);
        const Webhook webhook = addWebhook(threeEvents);
        m_sandbox->setFaults({200ms});
        auto dialog = makeDialog(webhook);
        QSignalSpy finished(dialog.get(), &SendTestDialog::allFinished);
        QSignalSpy handled(m_sandbox.get(), &SandboxServer::requestHandled);

        dialog->send();
        QVERIFY(dialog->isRunning());
        QCOMPARE(m_client->callsInFlight(), 1);
        if (how == QLatin1String("close"))
            dialog->close();
        else if (how == QLatin1String("button"))
            QTest::mouseClick(button(*dialog, "closePushButton"), Qt::LeftButton);
        else if (how == QLatin1String("escape"))
            QTest::keyClick(dialog.get(), Qt::Key_Escape);
        if (how == QLatin1String("delete")) {
            dialog.reset();
        } else {
            QVERIFY(dialog->isHidden());
            QVERIFY(!dialog->isRunning());
            QCOMPARE(finished.size(), 1);
            QCOMPARE(dialog->result(), int(QDialog::Rejected));
            dialog.reset();
        }
        QCOMPARE(m_client->callsInFlight(), 0);

        // The aborted request may still be handled by the sandbox; nothing must touch the
        // dialog, and nothing more is sent.
        bool barrierDone = false;
        m_client->testWebhook(webhook.id, QStringLiteral("dbt_run_start"), this,
                              [&barrierDone](const ApiResult<TestResult> &) { barrierDone = true; });
        QTRY_VERIFY_WITH_TIMEOUT(barrierDone, kWaitMs);
        QVERIFY(testRequests(handled) <= 2);
        QVERIFY(m_history->records(webhook).isEmpty());
    }

    void sessionEndsWhileOpen()
    {
        // The account session (client and history) can go before the dialog does.
        const Webhook webhook = addWebhook(threeEvents);
        m_sandbox->setFaults({200ms});
        auto dialog = makeDialog(webhook);
        QSignalSpy finished(dialog.get(), &SendTestDialog::allFinished);
        dialog->send();
        QVERIFY(dialog->isRunning());

        m_history.reset();
        m_activity.reset();
        m_client.reset();
        QVERIFY(!dialog->isRunning());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!button(*dialog, "sendPushButton")->isEnabled());
        dialog->send(); // nothing to send with: ignored
        QVERIFY(!dialog->isRunning());

        // The sandbox finishes whatever reached it; the dialog hears nothing and survives.
        FivetranClient barrierClient;
        QVERIFY(barrierClient.setBaseUrl(m_sandbox->baseUrl()).isEmpty());
        barrierClient.setCredentials(SandboxServer::demoCredentials());
        bool barrierDone = false;
        barrierClient.getWebhook(webhook.id, this,
                                 [&barrierDone](const ApiResult<Webhook> &) { barrierDone = true; });
        QTRY_VERIFY_WITH_TIMEOUT(barrierDone, kWaitMs);
        QCOMPARE(dialog->resultCount(), 0);
        QCOMPARE(finished.size(), 1);
        dialog->close();
    }

    void remembersGeometry()
    {
        const Webhook webhook = addWebhook(threeEvents);
        {
            auto dialog = makeDialog(webhook);
            // Within the offscreen screen (800 x 600): Qt 6.8 shrinks a restored window to fit.
            dialog->resize(712, 456);
            dialog->close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("SendTestDialog/geometry")));
        auto dialog = makeDialog(webhook);
        QCOMPARE(dialog->size(), QSize(712, 456));
    }

    void webhookWithoutEvents()
    {
        const Webhook webhook = addWebhook({});
        auto dialog = makeDialog(webhook);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("eventComboBox"));
        QCOMPARE(combo->itemText(0), QStringLiteral("Every subscribed event (0)"));
        // "Every" has nothing to send: a real event is chosen instead, and sending works.
        QVERIFY(!combo->currentData().toString().isEmpty());
        QSignalSpy finished(dialog.get(), &SendTestDialog::allFinished);
        dialog->send();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(dialog->resultCount(), 1);

        // Forcing "every" sends nothing, says why, and starts no run.
        dialog->selectEvent(QString());
        dialog->send();
        QVERIFY(!dialog->isRunning());
        QCOMPARE(finished.size(), 1);
        QVERIFY(dialog->summaryText().contains(QStringLiteral("no event")));
    }
};

QTEST_MAIN(TestSendTest)
#include "tst_sendtest.moc"
