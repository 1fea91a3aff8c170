// The real main window on the Sandbox account, driven offscreen as a user would.
#include "AccountSession.h"
#include "CredentialStore.h"
#include "AccountProfile.h"
#include "DetailsPane.h"
#include "FivetranClient.h"
#include "MainWindow.h"
#include "ReceiverDock.h"
#include "ReceiverServer.h"
#include "Signature.h"
#include "SignatureCheck.h"
#include "VerifyPayloadDialog.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "SendTestDialog.h"
#include "TestHistory.h"
#include "WebhookDialog.h"
#include "WebhookFilterProxy.h"
#include "WebhookTableModel.h"

#include "../support/LoopbackReceiver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QTreeView>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>

using namespace fw;

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    AccountSession &session() { return *m_window->session(); }
    SandboxStore &store() { return session().sandbox()->store(); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }

    // Whether the banner shows the style's `icon` (a warning or information sign).
    bool bannerIconIs(QStyle::StandardPixmap icon)
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("bannerIconLabel"));
        if (!label || label->pixmap().isNull())
            return false;
        const QPixmap shown = label->pixmap();
        const QPixmap expected = m_window->style()->standardIcon(icon, nullptr, m_window.get())
                                         .pixmap(shown.deviceIndependentSize().toSize());
        return shown.toImage() == expected.toImage();
    }

    void selectWebhook(const QString &id)
    {
        WebhookTableModel *model = m_window->model();
        const QModelIndex source = model->index(model->rowOf(id), 0);
        QVERIFY(source.isValid());
        const QModelIndex index = m_window->proxy()->mapFromSource(source);
        m_window->tableView()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // Reloads the table (the store changed behind its back) and selects these rows.
    void reloadAndSelect(const QStringList &ids)
    {
        m_window->model()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isComplete() && !m_window->model()->isLoading(), kTimeoutMs);
        QItemSelection selection;
        for (const QString &id : ids) {
            const QModelIndex index = m_window->proxy()->mapFromSource(m_window->model()->index(m_window->model()->rowOf(id), 0));
            selection.select(index, index);
        }
        m_window->tableView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // A loopback port nothing listens on (taken, then given back): connections are refused.
    static quint16 closedLoopbackPort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
    }

    // A modal question opened with open(): the test answers it by clicking, as a user would.
    template<typename Widget>
    Widget *waitForChild(const char *name)
    {
        Widget *found = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            found = m_window->findChild<Widget *>(QLatin1String(name));
            return found && found->isVisible();
        }, kTimeoutMs);
        return shown ? found : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        // Ids in the sandbox repeat from run to run: start without a previous run's history,
        // and without the layout and preferences an earlier test or run saved.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
        // Not a first start: the Sandbox's introduction would stand in the banner.
        QSettings().setValue(QStringLiteral("MainWindow/sandboxIntroShown"), true);
        QString error;
        auto session = AccountSession::createSandbox(&error);
        QVERIFY2(session, qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setSession(std::move(session));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isComplete() && !m_window->model()->isLoading(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->groupsComplete(), kTimeoutMs);
    }

    void cleanup()
    {
        m_window.reset();
    }

    void opensTheAccountOnceTheWindowIsPainted()
    {
        // As main() does: the window first, the account (here the Sandbox) right after.
        MainWindow window;
        window.show();
        window.openInitialAccountOncePainted();
        QVERIFY(!window.session()); // not before the window has been exposed and painted
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->isSandbox(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount() > 0, kTimeoutMs);
    }

    void opensOnTheSandboxWithDemoWebhooks()
    {
        QAbstractItemModelTester tester(m_window->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_window->model()->rowCount(), store().webhookCount());
        QVERIFY(m_window->model()->rowCount() >= 30);
        auto *account = m_window->findChild<QComboBox *>(QStringLiteral("accountComboBox"));
        QCOMPARE(account->currentText(), QStringLiteral("Sandbox"));
        auto *accountLabel = m_window->findChild<QLabel *>(QStringLiteral("accountStatusLabel"));
        QTRY_VERIFY(accountLabel->text().contains(store().account().accountName));
        auto *rows = m_window->findChild<QLabel *>(QStringLiteral("rowsStatusLabel"));
        QVERIFY(rows->text().contains(QString::number(store().webhookCount())));
        auto *rate = m_window->findChild<QLabel *>(QStringLiteral("rateLimitStatusLabel"));
        QVERIFY(rate->text().contains(QLatin1String("left")));
        // Group names beside ids.
        const Webhook group = [this] {
            for (const Webhook &w : store().webhooks())
                if (!w.groupId.isEmpty())
                    return w;
            return Webhook();
        }();
        const int row = m_window->model()->rowOf(group.id);
        const QString shown = m_window->model()->index(row, WebhookTableModel::Group).data().toString();
        QVERIFY(shown.contains(store().group(group.groupId)->name));
        QVERIFY(shown.contains(group.groupId));
        // The Sandbox menu is there on the Sandbox account.
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("sandboxMenu"))->menuAction()->isVisible());
    }

    void everyActionHasAShortcutOrMenu()
    {
        for (const char *name : {"newAccountWebhookAction", "newGroupWebhookAction", "editWebhookAction",
                                 "deleteWebhookAction", "sendTestAction", "refreshAction", "findAction"}) {
            QAction *a = action(name);
            QVERIFY2(a, name);
            QVERIFY2(!a->shortcut().isEmpty(), name);
        }
        QCOMPARE(action("newAccountWebhookAction")->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(action("deleteWebhookAction")->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(action("sendTestAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
    }

    void findFocusesTheFilterAndFilters()
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        m_window->tableView()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("pagerduty"));
        QVERIFY(m_window->proxy()->rowCount() > 0);
        QVERIFY(m_window->proxy()->rowCount() < m_window->model()->rowCount());
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
            QVERIFY(m_window->proxy()->index(row, WebhookTableModel::Url).data().toString().contains(QLatin1String("pagerduty")));
        filter->clear();
        auto *active = m_window->findChild<QComboBox *>(QStringLiteral("activeFilterComboBox"));
        active->setCurrentIndex(2); // inactive only
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
            QCOMPARE(m_window->proxy()->index(row, 0).data().toString(), QStringLiteral("Inactive"));
        active->setCurrentIndex(0);
        // Sorting by clicking a header.
        m_window->tableView()->sortByColumn(WebhookTableModel::Id, Qt::AscendingOrder);
        QVERIFY(m_window->proxy()->index(0, WebhookTableModel::Id).data().toString()
                <= m_window->proxy()->index(1, WebhookTableModel::Id).data().toString());
    }

    void selectionShowsDetailsAndHistory()
    {
        const Webhook webhook = store().webhooks().constFirst();
        selectWebhook(webhook.id);
        auto *details = m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"));
        QCOMPARE(details->webhookId(), webhook.id);
        TestRecord record;
        record.event = QStringLiteral("sync_end");
        record.delivered = true;
        record.status = 200;
        record.message = QStringLiteral("OK");
        record.time = QDateTime::currentDateTimeUtc();
        m_window->testHistory()->append(webhook, record);
        auto *history = details->findChild<QTreeWidget *>(QStringLiteral("historyTreeWidget"));
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("sync_end"));
    }

    // Long values wrap onto as many lines as they need, in a pane as narrow as the default
    // layout makes it: nothing of a URL or a description is cut off.
    void detailsShowEveryValueWhole()
    {
        m_window->resize(1280, 760);
        Webhook longest = store().webhooks().constFirst();
        for (const Webhook &webhook : store().webhooks()) {
            if (webhook.url.size() > longest.url.size())
                longest = webhook;
        }
        selectWebhook(longest.id);
        auto *details = m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"));
        QCOMPARE(details->webhookId(), longest.id);
        QTRY_VERIFY(details->isVisible() && details->width() > 0);
        // The first cut-off label, once the layout has settled (it may take a few passes).
        int checked = 0;
        const auto cutOff = [&]() -> QString {
            checked = 0;
            for (QLabel *label : details->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                ++checked;
                const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                                     : label->sizeHint().height();
                if (label->height() < needed
                    || label->geometry().right() >= label->parentWidget()->width())
                    return QStringLiteral("\"%1\" is %2 px high and %3 wide, needs %4 px")
                            .arg(label->text())
                            .arg(label->height())
                            .arg(label->width())
                            .arg(needed);
            }
            return {};
        };
        QTRY_VERIFY2(cutOff().isEmpty(), qPrintable(cutOff()));
        QVERIFY(checked >= 8);
        // Nothing is cut off on the right either: the pane scrolls only vertically.
        auto *scroll = details->findChild<QScrollArea *>(QStringLiteral("detailsScrollArea"));
        QVERIFY(scroll);
        QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 px of content in %2 px")
                                    .arg(scroll->widget()->width())
                                    .arg(scroll->viewport()->width())));
    }

    // About says what a bug report needs: versions and where the app keeps what it saved.
    void aboutGivesVersionsAndWhereThingsAreKept()
    {
        QAction *about = action("aboutAction");
        QVERIFY(about);
        about->trigger();
        auto *box = waitForChild<QMessageBox>("aboutBox");
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String(FW_VERSION)));
        const QString info = box->informativeText();
        QVERIFY2(info.contains(QLatin1String(qVersion())), qPrintable(info));
        QVERIFY2(info.contains(QDir::toNativeSeparators(QSettings().fileName())), qPrintable(info));
        QVERIFY2(info.contains(QDir::toNativeSeparators(TestHistory::folder())), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("local emulator")), qPrintable(info)); // what the Sandbox is
        QVERIFY(!box->iconPixmap().isNull());
        box->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox")));
        QVERIFY(action("aboutQtAction"));
        QCOMPARE(action("aboutQtAction")->menuRole(), QAction::AboutQtRole);
    }

    void deleteAsksNamingTheUrlThenDeletes()
    {
        const Webhook webhook = store().webhooks().at(2);
        const int before = store().webhookCount();
        selectWebhook(webhook.id);
        m_window->tableView()->setFocus();
        QTest::keyClick(m_window->tableView(), Qt::Key_Delete);
        auto *box = waitForChild<QMessageBox>("deleteConfirmation");
        QVERIFY(box);
        QVERIFY(box->text().contains(webhook.url));
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
        QVERIFY(confirm);
        confirm->click();
        QTRY_COMPARE_WITH_TIMEOUT(store().webhookCount(), before - 1, kTimeoutMs);
        QVERIFY(!store().webhook(webhook.id));
        QTRY_COMPARE(m_window->model()->rowOf(webhook.id), -1);
    }

    void deleteCancelledDeletesNothing()
    {
        const Webhook webhook = store().webhooks().at(3);
        const int before = store().webhookCount();
        selectWebhook(webhook.id);
        action("deleteWebhookAction")->trigger();
        auto *box = waitForChild<QMessageBox>("deleteConfirmation");
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(store().webhookCount(), before);
        QVERIFY(m_window->model()->rowOf(webhook.id) >= 0);
    }

    void disableAndEnableSeveral()
    {
        LoopbackReceiver receiver; // the probe on activation must reach something
        QStringList ids;
        for (const Webhook &w : store().webhooks()) {
            if (w.active && ids.size() < 2) {
                WebhookChanges changes;
                changes.url = receiver.url().toString();
                store().updateWebhook(w.id, changes);
                ids << w.id;
            }
        }
        reloadAndSelect(ids);
        QVERIFY(action("disableWebhookAction")->isEnabled());
        action("disableWebhookAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!store().webhook(ids[0])->active && !store().webhook(ids[1])->active, kTimeoutMs);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Disabled 2")));
        QTRY_VERIFY(action("enableWebhookAction")->isEnabled());
        action("enableWebhookAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(store().webhook(ids[0])->active && store().webhook(ids[1])->active, kTimeoutMs);
        QCOMPARE(m_window->model()->webhook(ids[0])->active, true);
    }

    void enablingAnUnreachableWebhookSaysWhy()
    {
        QString id;
        for (const Webhook &w : store().webhooks()) {
            if (!w.active) {
                id = w.id; // demo URLs are https://...example.com: the probe cannot reach them
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        session().sandbox()->setDeliveryTimeout(std::chrono::milliseconds(500));
        selectWebhook(id);
        action("enableWebhookAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bannerText().contains(QLatin1String("could not reach")), kTimeoutMs);
        QVERIFY(!store().webhook(id)->active);
        QVERIFY(!m_window->model()->webhook(id)->active);
    }

    void pageErrorShowsBannerAndRetryRecovers()
    {
        session().client()->retryPolicy().maxAttempts = 1;
        SandboxFaults faults;
        faults.serverErrorRate = 1.0;
        session().sandbox()->setFaults(faults);
        action("refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->bannerText().isEmpty(), kTimeoutMs);
        QVERIFY(m_window->bannerText().contains(QLatin1String("server error")));
        QVERIFY(bannerIconIs(QStyle::SP_MessageBoxWarning));
        session().sandbox()->setFaults({});
        auto *retry = m_window->findChild<QPushButton *>(QStringLiteral("bannerRetryButton"));
        QVERIFY(retry->isVisible());
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isComplete(), kTimeoutMs);
        QCOMPARE(m_window->model()->rowCount(), store().webhookCount());
        QVERIFY(m_window->bannerText().isEmpty());
    }

    void rateLimitSaysWhenItWillRetry()
    {
        SandboxFaults faults;
        faults.rateLimitEvery = 1;
        faults.retryAfterSeconds = 3600; // too long to wait silently: the banner counts down
        session().sandbox()->setFaults(faults);
        action("refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bannerText().contains(QLatin1String("3600")), kTimeoutMs);
        auto *retry = m_window->findChild<QPushButton *>(QStringLiteral("bannerRetryButton"));
        QVERIFY(retry->isVisible());
        QVERIFY(retry->text().contains(QLatin1String("s)")));
        const QString before = retry->text();
        QTRY_VERIFY_WITH_TIMEOUT(retry->text() != before, 3000); // counting down
        session().sandbox()->setFaults({});
        retry->click(); // no need to wait an hour in a test
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isComplete(), kTimeoutMs);
        QCOMPARE(m_window->model()->rowCount(), store().webhookCount());
    }

    void simulateEventDeliversToTheReceiver()
    {
        LoopbackReceiver receiver;
        Webhook webhook;
        webhook.type = QStringLiteral("account");
        webhook.url = receiver.url().toString();
        webhook.events = {QStringLiteral("dbt_run_failed")};
        webhook.active = true;
        store().addWebhook(webhook);
        QAction *simulate = m_window->findChild<QAction *>(QStringLiteral("simulate_dbt_run_failed_"));
        QVERIFY(simulate);
        simulate->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!receiver.deliveries.isEmpty(), kTimeoutMs);
        QVERIFY(receiver.deliveries.constFirst().body.contains("dbt_run_failed"));
    }

    void shownCountFollowsTheFilter()
    {
        auto *rows = m_window->findChild<QLabel *>(QStringLiteral("rowsStatusLabel"));
        QVERIFY(!rows->text().contains(QLatin1String("shown")));
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        QTest::keyClicks(filter, QStringLiteral("alerts"));
        const auto shown = [this] { return QStringLiteral("%1 shown").arg(m_window->proxy()->rowCount()); };
        QVERIFY(m_window->proxy()->rowCount() < m_window->model()->rowCount());
        QTRY_VERIFY2(rows->text().contains(shown()), qPrintable(rows->text()));
        QTest::keyClicks(filter, QStringLiteral(".example.org"));
        QTRY_VERIFY2(rows->text().contains(shown()), qPrintable(rows->text()));
        auto *active = m_window->findChild<QComboBox *>(QStringLiteral("activeFilterComboBox"));
        filter->clear();
        active->setCurrentIndex(2); // inactive only
        QTRY_VERIFY2(rows->text().contains(shown()), qPrintable(rows->text()));
        active->setCurrentIndex(0);
        QTRY_VERIFY2(!rows->text().contains(QLatin1String("shown")), qPrintable(rows->text()));
    }

    // The window's own Sandbox (as on a first start): kept for the whole run, whatever account
    // is opened meanwhile; some demo webhooks deliver to the receiver; the first start says what
    // the Sandbox is.
    void builtInSandboxKeepsItsStateAcrossAccounts()
    {
        m_window.reset();
        QSettings().clear();
        // A "real" account: another emulator, reached through a profile and a key.
        SandboxServer other;
        QVERIFY(other.listen());
        other.seedWebhooks(5);
        InMemoryCredentialStore keychain;
        AccountProfile profile;
        profile.id = ProfileList::newId();
        profile.name = QStringLiteral("Other");
        profile.baseUrl = other.baseUrl();
        ProfileList::save({profile});
        keychain.write(CredentialStore::profileKey(profile.id),
                       AccountProfile::credentialsToSecret(SandboxServer::demoCredentials()), this, {});

        MainWindow window;
        window.setCredentialStore(&keychain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.switchAccount(QString());
        QVERIFY(window.session() && window.session()->isSandbox());
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->isComplete() && !window.model()->isLoading(), kTimeoutMs);
        QVERIFY2(window.bannerText().contains(QLatin1String("local emulator")), qPrintable(window.bannerText()));

        // Its first webhooks deliver to the receiver, and their secrets are known there.
        SandboxServer *sandbox = window.session()->sandbox();
        const QString receiver = window.receiverDock()->url().toString();
        QVERIFY(!receiver.isEmpty());
        for (int row = 0; row < 3; ++row)
            QVERIFY(window.model()->webhookAt(row)->url.startsWith(receiver));
        QVERIFY(!window.model()->webhookAt(3)->url.startsWith(receiver));
        QVERIFY(sandbox->emitEvent(QStringLiteral("sync_end"), QStringLiteral("FAILURE")) >= 3);
        QTRY_VERIFY_WITH_TIMEOUT(window.receiverDock()->server()->history().size() >= 3, kTimeoutMs);
        int verified = 0;
        int unsigned_ = 0;
        const DeliveryHistory &deliveries = window.receiverDock()->server()->history();
        for (int i = 0; i < deliveries.size(); ++i) {
            verified += deliveries.at(i).signature.isVerified();
            unsigned_ += deliveries.at(i).signature.verdict() == SignatureCheck::Verdict::NoSignatureHeader;
        }
        QCOMPARE(verified, 2);
        QCOMPARE(unsigned_, 1);

        // Send test: the first webhook's reaches the receiver; a made-up address fails, and the
        // dialog says how to see a delivery arrive.
        sandbox->setDeliveryTimeout(std::chrono::milliseconds(300));
        const auto testRow = [&window](int row) -> QString {
            window.tableView()->selectRow(window.proxy()->mapFromSource(window.model()->index(row, 0)).row());
            window.findChild<QAction *>(QStringLiteral("sendTestAction"))->trigger();
            SendTestDialog *dialog = nullptr;
            [&] { QTRY_VERIFY((dialog = window.findChild<SendTestDialog *>()) && dialog->isVisible()); }();
            QSignalSpy done(dialog, &SendTestDialog::allFinished);
            dialog->send();
            [&] { QVERIFY(done.wait(kTimeoutMs)); }();
            const QString summary = dialog->summaryText();
            dialog->close();
            [&] { QTRY_VERIFY(!window.findChild<SendTestDialog *>()); }();
            return summary;
        };
        const QString toReceiver = testRow(0);
        QVERIFY2(!toReceiver.contains(QLatin1String("Use the receiver")), qPrintable(toReceiver));
        QVERIFY2(toReceiver.startsWith(QLatin1String("2 of 2 delivered")), qPrintable(toReceiver));
        const QString madeUp = testRow(3);
        QVERIFY2(madeUp.contains(QLatin1String("Use the receiver")), qPrintable(madeUp));

        // Changes made there, and test history, outlive a visit to another account.
        Webhook added;
        added.type = QStringLiteral("account");
        added.url = QStringLiteral("https://kept.example.com/hook");
        added.events = {QStringLiteral("sync_end")};
        added = sandbox->store().addWebhook(added);
        const int sandboxRows = sandbox->store().webhookCount();
        TestRecord record;
        record.event = QStringLiteral("sync_end");
        record.time = QDateTime::currentDateTimeUtc();
        window.testHistory()->append(added, record);
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        QTest::keyClicks(filter, QStringLiteral("kept"));

        window.switchAccount(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && !window.session()->isSandbox(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->isComplete() && !window.model()->isLoading(), kTimeoutMs);
        QCOMPARE(window.model()->rowCount(), 5);
        QVERIFY(filter->text().isEmpty()); // the other account's search does not follow

        window.switchAccount(QString());
        QVERIFY(window.session()->isSandbox());
        QCOMPARE(window.session()->sandbox(), sandbox); // the same emulator, not a new one
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->isComplete() && !window.model()->isLoading(), kTimeoutMs);
        QCOMPARE(window.model()->rowCount(), sandboxRows);
        QVERIFY(window.model()->rowOf(added.id) >= 0);
        QCOMPARE(window.testHistory()->records(added).size(), 1);
        QVERIFY(window.bannerText().isEmpty()); // the introduction is said once

        // A webhook gone behind the window's back takes its tests with it once all are listed.
        QVERIFY(sandbox->store().removeWebhook(added.id));
        window.model()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->isComplete() && !window.model()->isLoading(), kTimeoutMs);
        QTRY_VERIFY(window.testHistory()->records(added).isEmpty());
        QCOMPARE(window.testHistory()->records(*window.model()->webhookAt(0)).size(), 2); // still listed
        ProfileList::save({});
    }

    // An account that cannot be reached: no "more exist", and no rate limit or filter left
    // over from the account before.
    void failedAccountShowsNothingOfThePreviousOne()
    {
        auto *rate = m_window->findChild<QLabel *>(QStringLiteral("rateLimitStatusLabel"));
        QVERIFY(!rate->text().isEmpty());
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        QTest::keyClicks(filter, QStringLiteral("alerts"));
        const quint16 closedPort = closedLoopbackPort();
        QVERIFY(closedPort != 0);
        AccountProfile profile;
        profile.id = ProfileList::newId();
        profile.name = QStringLiteral("Unreachable");
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort));
        QString error;
        auto unreachable = AccountSession::createForProfile(profile, SandboxServer::demoCredentials(), &error);
        QVERIFY2(unreachable, qPrintable(error));
        unreachable->client()->retryPolicy().maxAttempts = 1;
        m_window->setSession(std::move(unreachable));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->bannerText().isEmpty(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->isLoading(), kTimeoutMs);
        auto *rows = m_window->findChild<QLabel *>(QStringLiteral("rowsStatusLabel"));
        QVERIFY2(!rows->text().contains(QLatin1String("more exist")), qPrintable(rows->text()));
        QVERIFY2(rows->text().contains(QLatin1String("No webhooks loaded")), qPrintable(rows->text()));
        QVERIFY2(rate->text().isEmpty(), qPrintable(rate->text())); // it never answered
        QVERIFY(filter->text().isEmpty());
    }

    // Simulate event says how each subscribed webhook took it.
    void simulatedEventIsReportedPerWebhook()
    {
        for (const Webhook &webhook : store().webhooks())
            store().removeWebhook(webhook.id);
        LoopbackReceiver receiver;
        const quint16 closedPort = closedLoopbackPort();
        QVERIFY(closedPort != 0);
        Webhook good;
        good.type = QStringLiteral("account");
        good.url = receiver.url().toString();
        good.events = {QStringLiteral("dbt_run_failed")};
        good.active = true;
        good = store().addWebhook(good);
        QAction *simulate = action("simulate_dbt_run_failed_");
        simulate->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QLatin1String("delivered to 1 webhook")), kTimeoutMs);
        QVERIFY(m_window->bannerText().isEmpty());

        Webhook bad = good;
        bad.id.clear();
        bad.url = QStringLiteral("http://127.0.0.1:%1/nobody").arg(closedPort);
        bad = store().addWebhook(bad);
        LoopbackReceiver refusing;
        refusing.status = 500;
        Webhook failing = good;
        failing.id.clear();
        failing.url = refusing.url().toString();
        failing = store().addWebhook(failing);
        simulate->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bannerText().contains(QLatin1String("failed")), kTimeoutMs);
        const QString text = m_window->bannerText();
        QVERIFY2(text.contains(QLatin1String("2 of 3")), qPrintable(text));
        QVERIFY2(text.contains(bad.id) && text.contains(QLatin1String("/nobody")), qPrintable(text));
        QVERIFY2(text.contains(failing.id) && text.contains(QLatin1String("500")), qPrintable(text));
        // The failures come first, then the webhook that took it.
        QVERIFY2(text.indexOf(good.id) > text.indexOf(failing.id) && text.indexOf(good.id) > text.indexOf(bad.id),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("delivered, HTTP 200")), qPrintable(text));
        QVERIFY(bannerIconIs(QStyle::SP_MessageBoxWarning));
    }

    void newWebhookShortcutOpensTheDialog()
    {
        m_window->tableView()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::New);
        WebhookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<WebhookDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->mode(), WebhookDialog::Mode::CreateAccount);
        dialog->reject();
    }

    void sendTestShortcutOpensTheDialog()
    {
        selectWebhook(store().webhooks().constFirst().id);
        m_window->tableView()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+T")));
        SendTestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SendTestDialog *>()) && dialog->isVisible());
        dialog->reject();
    }

    void createAccountAndGroupWebhooksThroughTheDialog_data()
    {
        QTest::addColumn<bool>("groupScope");
        QTest::newRow("account") << false;
        QTest::newRow("group") << true;
    }
    void createAccountAndGroupWebhooksThroughTheDialog()
    {
        QFETCH(bool, groupScope);
        LoopbackReceiver receiver; // answers the reachability probe
        const int before = store().webhookCount();
        m_window->tableView()->setFocus();
        QTest::keySequence(m_window.get(), groupScope ? QKeySequence(QStringLiteral("Ctrl+Shift+N"))
                                                      : QKeySequence(QKeySequence::New));
        WebhookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<WebhookDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->mode(), groupScope ? WebhookDialog::Mode::CreateGroup : WebhookDialog::Mode::CreateAccount);
        if (groupScope) {
            auto *groups = dialog->findChild<QTreeView *>(QStringLiteral("groupTreeView"));
            QTRY_VERIFY_WITH_TIMEOUT(groups->model()->rowCount() > 0, kTimeoutMs);
            const QModelIndex first = groups->model()->index(0, 0);
            QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(first).center());
        }
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"));
        QTest::keyClicks(url, receiver.url().toString());
        auto *custom = dialog->findChild<QLineEdit *>(QStringLiteral("customEventLineEdit"));
        QTest::keyClicks(custom, QStringLiteral("sync_end"));
        QTest::keyClick(custom, Qt::Key_Return);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QPushButton *save = buttons->button(QDialogButtonBox::Save);
        QTRY_VERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(store().webhookCount(), before + 1, kTimeoutMs);
        const Webhook created = store().webhooks().constLast();
        QCOMPARE(created.url, receiver.url().toString());
        QCOMPARE(created.events, QStringList{QStringLiteral("sync_end")});
        QCOMPARE(created.isAccountLevel(), !groupScope);
        // The new row is in the table, selected, and in the details pane.
        QTRY_VERIFY(m_window->model()->rowOf(created.id) >= 0);
        QCOMPARE(m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"))->webhookId(), created.id);
    }

    void editEventsThroughTheDialog()
    {
        const Webhook webhook = store().webhooks().at(4);
        selectWebhook(webhook.id);
        m_window->tableView()->setFocus();
        QTest::keyClick(m_window->tableView(), Qt::Key_E, Qt::ControlModifier);
        WebhookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<WebhookDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->mode(), WebhookDialog::Mode::Edit);
        auto *custom = dialog->findChild<QLineEdit *>(QStringLiteral("customEventLineEdit"));
        QTest::keyClicks(custom, QStringLiteral("dbt_run_failed"));
        QTest::keyClick(custom, Qt::Key_Return);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY_WITH_TIMEOUT(store().webhook(webhook.id)->events.contains(QStringLiteral("dbt_run_failed")), kTimeoutMs);
        QCOMPARE(store().webhook(webhook.id)->url, webhook.url);
        QTRY_VERIFY(m_window->model()->webhook(webhook.id)->events.contains(QStringLiteral("dbt_run_failed")));
    }

    void sendTestToSeveralRecordsHistory()
    {
        LoopbackReceiver receiver;
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            Webhook webhook;
            webhook.type = QStringLiteral("account");
            webhook.url = receiver.url().toString();
            webhook.events = {QStringLiteral("sync_start"), QStringLiteral("sync_end")};
            webhook.active = true;
            ids << store().addWebhook(webhook).id;
        }
        reloadAndSelect(ids);
        QVERIFY(action("sendTestAction")->isEnabled());
        action("sendTestAction")->trigger();
        // A success is said in the status bar (replacing the progress line), not in a banner
        // that would push the table down and stay.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QLatin1String("every delivery succeeded")), kTimeoutMs);
        QVERIFY(m_window->bannerText().isEmpty());
        QCOMPARE(receiver.deliveries.size(), 4);
        for (const QString &id : ids)
            QCOMPARE(m_window->testHistory()->records(*store().webhook(id)).size(), 2);
    }

    // The Sandbox loop: a webhook created with "Use the receiver" and a remembered secret; its
    // test delivery and a simulated event arrive at the receiver verified. With a wrong
    // remembered secret, the receiver explains the mismatch.
    void sandboxLoopThroughTheReceiver()
    {
        ReceiverDock *dock = m_window->receiverDock();
        QVERIFY(dock->server()->isListening()); // started with the Sandbox account
        action("newAccountWebhookAction")->trigger();
        WebhookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<WebhookDialog *>()) && dialog->isVisible());
        auto *useReceiver = dialog->findChild<QPushButton *>(QStringLiteral("useReceiverPushButton"));
        QVERIFY(useReceiver->isVisible());
        useReceiver->click();
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"));
        QVERIFY(url->text().startsWith(dock->url().toString()));
        auto *custom = dialog->findChild<QLineEdit *>(QStringLiteral("customEventLineEdit"));
        QTest::keyClicks(custom, QStringLiteral("sync_end"));
        QTest::keyClick(custom, Qt::Key_Return);
        dialog->findChild<QRadioButton *>(QStringLiteral("secretSetRadioButton"))->click();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit")), QStringLiteral("loop-secret"));
        const int before = store().webhookCount();
        const DeliveryHistory &history = dock->server()->history();
        const int beforeProbe = history.size();
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE_WITH_TIMEOUT(store().webhookCount(), before + 1, kTimeoutMs); // the probe reached the receiver
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<WebhookDialog *>(), kTimeoutMs);
        const Webhook created = store().webhooks().constLast();
        QVERIFY(created.active);
        // That probe came before Fivetran answered, under no known id: the secret being saved
        // verified it.
        QVERIFY(history.size() > beforeProbe);
        const SignatureCheck probe = history.at(beforeProbe).signature;
        QVERIFY2(probe.isVerified(), qPrintable(probe.explanation()));

        // Disabled, then enabled again: the activation's probe is verified by the remembered secret.
        selectWebhook(created.id);
        action("disableWebhookAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!store().webhook(created.id)->active && !m_window->model()->webhook(created.id)->active, kTimeoutMs);
        const int beforeActivation = history.size();
        QTRY_VERIFY(action("enableWebhookAction")->isEnabled());
        action("enableWebhookAction")->trigger();
        // Done once the window has the answer too (until then the batch holds the actions).
        QTRY_VERIFY_WITH_TIMEOUT(store().webhook(created.id)->active && m_window->model()->webhook(created.id)->active
                                         && action("sendTestAction")->isEnabled(), kTimeoutMs);
        QVERIFY(history.size() > beforeActivation);
        const SignatureCheck activation = history.at(beforeActivation).signature;
        QVERIFY2(activation.isVerified(), qPrintable(activation.explanation()));
        QVERIFY(activation.verifiedBy().contains(created.id));

        // Send test from the window.
        selectWebhook(created.id);
        const int deliveries = dock->server()->history().size();
        action("sendTestAction")->trigger();
        SendTestDialog *test = nullptr;
        QTRY_VERIFY((test = m_window->findChild<SendTestDialog *>()) && test->isVisible());
        QSignalSpy done(test, &SendTestDialog::allFinished);
        test->selectEvent(QStringLiteral("sync_end"));
        test->send();
        QVERIFY(done.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(dock->server()->history().size() > deliveries, kTimeoutMs);
        const Delivery &tested = dock->server()->history().last();
        QVERIFY2(tested.signature.isVerified(), qPrintable(tested.signature.explanation()));
        test->close();

        // A simulated event, delivered by the sandbox, verified too.
        m_window->findChild<QAction *>(QStringLiteral("simulate_sync_end_failure"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(dock->server()->history().last().event.event == QLatin1String("sync_end")
                                         && dock->server()->history().size() > deliveries + 1, kTimeoutMs);
        QVERIFY(dock->server()->history().last().signature.isVerified());

        // The secret remembered on this computer is wrong (rotated elsewhere): a mismatch, explained.
        WebhookChanges rotate;
        rotate.secret = QStringLiteral("rotated-in-fivetran");
        store().updateWebhook(created.id, rotate);
        m_window->findChild<QAction *>(QStringLiteral("simulate_sync_end_failure"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(dock->server()->history().last().signature.verdict() == SignatureCheck::Verdict::Mismatch, kTimeoutMs);
        QVERIFY(!dock->server()->history().last().signature.explanation().isEmpty());
    }

    void verifyAPayloadGivesTheReceiversVerdicts()
    {
        action("verifyPayloadAction")->trigger();
        VerifyPayloadDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<VerifyPayloadDialog *>()) && dialog->isVisible());
        const QByteArray body = R"({"event":"sync_end","connector_id":"abc123"})";
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"))->setPlainText(QString::fromUtf8(body));
        auto *signature = dialog->findChild<QLineEdit *>(QStringLiteral("signatureLineEdit"));
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"));
        const QString explainedMissing = dialog->verdictText();
        QVERIFY(!explainedMissing.isEmpty());
        signature->setText(QString::fromLatin1(Signature::sign(body, "my_webhook_secret").toLower()));
        QTest::keyClicks(secret, QStringLiteral("my_webhook_secret"));
        const QString verified = dialog->verdictText();
        secret->setText(QStringLiteral("another"));
        const QString mismatch = dialog->verdictText();
        QVERIFY(verified != mismatch);
        QCOMPARE(verified, SignatureCheck::check(body, Signature::sign(body, "my_webhook_secret"),
                                                 {{QStringLiteral("the secret you entered"), "my_webhook_secret"}})
                                   .explanation());
        // A body pasted with a newline at the end: the hint says so.
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"))->setPlainText(QString::fromUtf8(body + "\n"));
        secret->setText(QStringLiteral("my_webhook_secret"));
        QVERIFY(dialog->verdictText() != verified);
        dialog->close();
        QVERIFY(secret->text().isEmpty());
    }

    void layoutIsRemembered()
    {
        // Within the offscreen screen (800 x 600): Qt 6.8 shrinks a restored window to fit.
        m_window->resize(760, 540);
        m_window->close();
        MainWindow second;
        QCOMPARE(second.size(), QSize(760, 540));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
