// The webhook create/edit dialog, driven offscreen as a user would, against an in-process sandbox
// whose reachability probes go to a LoopbackReceiver standing in for the user's endpoint.
#include "WebhookDialog.h"

#include "CredentialStore.h"
#include "EventCatalog.h"
#include "FivetranClient.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "Signature.h"
#include "UrlRules.h"

#include "../support/LoopbackReceiver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace fw;
using namespace std::chrono_literals;
using Mode = WebhookDialog::Mode;

namespace {

constexpr int kWaitMs = 30000;

QUrl closedPortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    // Free again once `probe` is gone: nothing listens there.
    return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(probe.serverPort()));
}

QString bodyEvent(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("event")).toString();
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("the dialog has no %s", name);
    return widget;
}

// The dialog's widgets, found by their Designer names.
struct Form
{
    explicit Form(WebhookDialog *d)
        : dialog(d),
          form(child<QWidget>(d, "formWidget")),
          accountScope(child<QRadioButton>(d, "accountScopeRadioButton")),
          groupScope(child<QRadioButton>(d, "groupScopeRadioButton")),
          groupValue(child<QLabel>(d, "groupValueLabel")),
          groupSearch(child<QLineEdit>(d, "groupSearchLineEdit")),
          groups(child<QTreeView>(d, "groupTreeView")),
          groupStatus(child<QLabel>(d, "groupStatusLabel")),
          groupSelected(child<QLabel>(d, "groupSelectedLabel")),
          url(child<QLineEdit>(d, "urlLineEdit")),
          urlError(child<QLabel>(d, "urlErrorLabel")),
          eventsSearch(child<QLineEdit>(d, "eventsSearchLineEdit")),
          events(child<QListView>(d, "eventsListView")),
          eventsCount(child<QLabel>(d, "eventsCountLabel")),
          selectAll(child<QPushButton>(d, "selectAllPushButton")),
          clear(child<QPushButton>(d, "clearPushButton")),
          customEvent(child<QLineEdit>(d, "customEventLineEdit")),
          addEvent(child<QPushButton>(d, "addEventPushButton")),
          active(child<QCheckBox>(d, "activeCheckBox")),
          activeNote(child<QLabel>(d, "activeNoteLabel")),
          secretUnchanged(child<QRadioButton>(d, "secretUnchangedRadioButton")),
          secretNone(child<QRadioButton>(d, "secretNoneRadioButton")),
          secretSet(child<QRadioButton>(d, "secretSetRadioButton")),
          secretGenerate(child<QRadioButton>(d, "secretGenerateRadioButton")),
          secret(child<QLineEdit>(d, "secretLineEdit")),
          showSecret(child<QToolButton>(d, "showSecretToolButton")),
          copySecret(child<QToolButton>(d, "copySecretToolButton")),
          details(child<QToolButton>(d, "detailsToolButton")),
          detailsLabel(child<QLabel>(d, "detailsLabel")),
          createInactive(child<QPushButton>(d, "createInactivePushButton")),
          saving(child<QLabel>(d, "savingLabel")),
          save(child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Save)),
          cancel(child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Cancel))
    {
    }

    QAbstractItemModel *eventModel() const { return events->model(); }

    QModelIndex eventIndex(const QString &name) const
    {
        const QModelIndexList found = eventModel()->match(eventModel()->index(0, 0),
                                                          WebhookDialog::EventNameRole, name, 1,
                                                          Qt::MatchExactly);
        return found.value(0);
    }

    bool isChecked(const QString &name) const
    {
        return eventIndex(name).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }

    // What a keyboard user does: make the row current and press Space.
    void toggleEvent(const QString &name) const
    {
        const QModelIndex index = eventIndex(name);
        if (!index.isValid())
            qFatal("no visible event %s", qPrintable(name));
        events->setCurrentIndex(index);
        QTest::keyClick(events, Qt::Key_Space);
    }

    QStringList visibleEvents() const
    {
        QStringList names;
        for (int row = 0; row < eventModel()->rowCount(); ++row)
            names << eventModel()->index(row, 0).data(WebhookDialog::EventNameRole).toString();
        return names;
    }

    QStringList checkedEvents() const
    {
        const auto *proxy = qobject_cast<QSortFilterProxyModel *>(eventModel());
        const QAbstractItemModel *source = proxy ? proxy->sourceModel() : eventModel();
        QStringList names;
        for (int row = 0; row < source->rowCount(); ++row) {
            const QModelIndex index = source->index(row, 0);
            if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked)
                names << index.data(WebhookDialog::EventNameRole).toString();
        }
        return names;
    }

    void clickGroupRow(int row) const
    {
        const QModelIndex index = groups->model()->index(row, 0);
        groups->scrollTo(index);
        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {},
                          groups->visualRect(index).center());
    }

    void setUrl(const QString &text) const
    {
        url->clear();
        QTest::keyClicks(url, text);
    }

    WebhookDialog *dialog;
    QWidget *form;
    QRadioButton *accountScope, *groupScope;
    QLabel *groupValue;
    QLineEdit *groupSearch;
    QTreeView *groups;
    QLabel *groupStatus, *groupSelected;
    QLineEdit *url;
    QLabel *urlError;
    QLineEdit *eventsSearch;
    QListView *events;
    QLabel *eventsCount;
    QPushButton *selectAll, *clear;
    QLineEdit *customEvent;
    QPushButton *addEvent;
    QCheckBox *active;
    QLabel *activeNote;
    QRadioButton *secretUnchanged, *secretNone, *secretSet, *secretGenerate;
    QLineEdit *secret;
    QToolButton *showSecret, *copySecret, *details;
    QLabel *detailsLabel;
    QPushButton *createInactive;
    QLabel *saving;
    QPushButton *save, *cancel;
};

} // namespace

class TestWebhookDialog : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    FivetranClient m_client;
    LoopbackReceiver m_receiver;

    // A dialog as the main window opens one, with every model it holds under a model tester.
    std::unique_ptr<WebhookDialog> openDialog(Mode mode, const Webhook &webhook = Webhook(),
                                              FivetranClient *client = nullptr)
    {
        auto dialog = std::make_unique<WebhookDialog>(client ? client : &m_client);
        if (mode == Mode::Edit)
            dialog->startEdit(webhook);
        else
            dialog->startCreate(mode);
        for (const char *view : {"eventsListView", "groupTreeView"}) {
            auto *proxy = qobject_cast<QSortFilterProxyModel *>(
                    child<QAbstractItemView>(dialog.get(), view)->model());
            for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(proxy),
                                              proxy ? proxy->sourceModel() : nullptr}) {
                if (model)
                    new QAbstractItemModelTester(
                            model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                            dialog.get());
            }
        }
        dialog->open();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("dialog not exposed");
        return dialog;
    }

    // Every call of `client` answered, callbacks run: the client signals before it calls back,
    // and the spy's loop returns only after that callback finished.
    static bool waitIdle(FivetranClient *client, int timeoutMs = kWaitMs)
    {
        QSignalSpy activity(client, &FivetranClient::activityChanged);
        QDeadlineTimer deadline(timeoutMs);
        while (client->callsInFlight() > 0) {
            if (!activity.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return false;
        }
        return true;
    }
    bool waitIdle() { return waitIdle(&m_client); }

    Webhook storedWebhook(const QString &url, const QStringList &events, bool active,
                          const QString &secret, const QString &groupId = QString())
    {
        Webhook webhook;
        webhook.type = groupId.isEmpty() ? QStringLiteral("account") : QStringLiteral("group");
        webhook.groupId = groupId;
        webhook.url = url;
        webhook.events = events;
        webhook.active = active;
        webhook.secret = secret;
        Webhook stored = m_sandbox.store().addWebhook(webhook);
        // As the API hands it to the GUI: the secret masked.
        if (stored.hasSecret())
            stored.secret = kMaskedSecret;
        return stored;
    }

    Group groupNamed(const QString &name)
    {
        const QList<Group> groups = m_sandbox.store().groups();
        for (const Group &group : groups) {
            if (group.name == name)
                return group;
        }
        qFatal("no group %s", qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("fivetran-webhooks-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_webhookdialog"));
        QSettings().clear();
        QVERIFY(m_sandbox.listen());
        m_sandbox.seedDemoData();
        QCOMPARE(m_client.setBaseUrl(m_sandbox.baseUrl()), QString());
        m_client.setCredentials(SandboxServer::demoCredentials());
        m_client.setTimeout(20s);
        QVERIFY(m_receiver.isListening());
    }

    void init()
    {
        m_receiver.deliveries.clear();
        m_receiver.status = 200;
    }

    void cleanup()
    {
        m_sandbox.setFaults(SandboxFaults{});
        QVERIFY(waitIdle());
    }

    // The API never returns a secret: a new one may be kept in the credential store, keyed by
    // account and webhook, and forgotten again from the edit dialog.
    void rememberAndForgetTheSecret_data()
    {
        QTest::addColumn<bool>("remember");
        QTest::newRow("remembered") << true;
        QTest::newRow("not remembered") << false;
    }
    void rememberAndForgetTheSecret()
    {
        QFETCH(bool, remember);
        InMemoryCredentialStore store;
        auto dialog = std::make_unique<WebhookDialog>(&m_client);
        dialog->setSecretStore(&store, QStringLiteral("acct"));
        dialog->startCreate(Mode::CreateAccount);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        Form form(dialog.get());
        auto *rememberBox = child<QCheckBox>(dialog.get(), "rememberSecretCheckBox");
        QVERIFY(!rememberBox->isVisible()); // no new secret yet
        form.setUrl(m_receiver.url().toString());
        form.toggleEvent(QStringLiteral("sync_end"));
        form.secretSet->click();
        QTest::keyClicks(form.secret, QStringLiteral("kept-secret-123"));
        QVERIFY(rememberBox->isVisible());
        QVERIFY(rememberBox->isChecked()); // remembering is the default where a store exists
        rememberBox->setChecked(remember);
        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        form.save->click();
        QVERIFY(saved.wait(kWaitMs));
        const auto webhook = qvariant_cast<Webhook>(saved.at(0).at(0));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kWaitMs);

        std::optional<QByteArray> kept;
        std::optional<StoreError> missing;
        store.read(CredentialStore::webhookSecretKey(QStringLiteral("acct"), webhook.id), this,
                   [&](const QByteArray &secret, const std::optional<StoreError> &error) {
                       if (error)
                           missing = error;
                       else
                           kept = secret;
                   });
        QTRY_VERIFY(kept || missing);
        QCOMPARE(kept.has_value(), remember);
        if (!remember)
            return;
        QCOMPARE(*kept, QByteArray("kept-secret-123"));

        Webhook fetched = *m_sandbox.store().webhook(webhook.id);
        fetched.secret = kMaskedSecret;
        auto edit = std::make_unique<WebhookDialog>(&m_client);
        edit->setSecretStore(&store, QStringLiteral("acct"));
        edit->startEdit(fetched);
        edit->open();
        auto *forget = child<QPushButton>(edit.get(), "forgetSecretPushButton");
        QTRY_VERIFY(forget->isVisible());
        forget->click();
        QTRY_VERIFY(!forget->isVisible());
        missing.reset();
        store.read(CredentialStore::webhookSecretKey(QStringLiteral("acct"), webhook.id), this,
                   [&](const QByteArray &, const std::optional<StoreError> &error) { missing = error; });
        QTRY_VERIFY(missing);
        QCOMPARE(missing->kind, StoreError::Kind::NotFound);
    }

    void createAccountWebhook()
    {
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        QCOMPARE(dialog->mode(), Mode::CreateAccount);
        QVERIFY(form.accountScope->isChecked());
        QVERIFY(!form.groups->isVisible());
        QVERIFY(!form.save->isEnabled()); // no URL, no event yet
        QVERIFY(form.activeNote->text().contains(QLatin1String("test request")));

        form.setUrl(m_receiver.url().toString());
        form.toggleEvent(QStringLiteral("sync_start"));
        form.toggleEvent(QStringLiteral("sync_end"));
        QVERIFY(form.active->isChecked());
        QVERIFY(form.save->isEnabled());

        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        const int before = m_sandbox.store().webhookCount();
        QTest::mouseClick(form.save, Qt::LeftButton);
        QVERIFY(dialog->isSaving());
        QVERIFY(form.saving->isVisible());
        QVERIFY(!form.save->isEnabled());
        QVERIFY(!form.url->isEnabled());
        QVERIFY(!form.events->isEnabled());

        QVERIFY(saved.wait(kWaitMs));
        QCOMPARE(saved.size(), 1);
        const auto webhook = qvariant_cast<Webhook>(saved.at(0).at(0));
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        QCOMPARE(webhook.url, m_receiver.url().toString());
        QCOMPARE(webhook.events,
                 QStringList({QStringLiteral("sync_start"), QStringLiteral("sync_end")}));
        QVERIFY(webhook.active);
        QVERIFY(webhook.isAccountLevel());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());

        QCOMPARE(m_sandbox.store().webhookCount(), before + 1);
        const Webhook *stored = m_sandbox.store().webhook(webhook.id);
        QVERIFY(stored);
        QCOMPARE(stored->url, m_receiver.url().toString());
        QCOMPARE(stored->events, webhook.events);
        QVERIFY(stored->active);
        QVERIFY(!stored->hasSecret()); // "No secret" is the default on create

        // The probe reached the endpoint, unsigned since there is no secret.
        QCOMPARE(m_receiver.deliveries.size(), 1);
        QCOMPARE(bodyEvent(m_receiver.deliveries.first().body), QStringLiteral("sync_start"));
        QVERIFY(m_receiver.deliveries.first().header(Signature::headerName).isEmpty());
    }

    void createGroupWebhook_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("groupName");
        const QString marketing = QStringLiteral("Marketing analytics");
        QTest::newRow("by name") << marketing << marketing;
        QTest::newRow("by part of the name, any case") << QStringLiteral("STAGING")
                                                       << QStringLiteral("Warehouse (staging)");
        QTest::newRow("by id") << groupNamed(QStringLiteral("Product events")).id
                               << QStringLiteral("Product events");
    }

    void createGroupWebhook()
    {
        QFETCH(QString, search);
        QFETCH(QString, groupName);
        const Group group = groupNamed(groupName);

        auto dialog = openDialog(Mode::CreateGroup);
        Form form(dialog.get());
        QVERIFY(form.groupScope->isChecked());
        QVERIFY(form.groups->isVisible());
        QVERIFY(waitIdle());
        QCOMPARE(form.groups->model()->rowCount(), m_sandbox.store().groupCount());

        form.setUrl(m_receiver.url().toString());
        form.toggleEvent(QStringLiteral("sync_end"));
        QVERIFY(!form.save->isEnabled()); // no group chosen yet

        QTest::keyClicks(form.groupSearch, search);
        QCOMPARE(form.groups->model()->rowCount(), 1);
        const QModelIndex row = form.groups->model()->index(0, 0);
        QCOMPARE(row.data().toString(), group.name);
        QCOMPARE(row.data(WebhookDialog::GroupIdRole).toString(), group.id);
        form.clickGroupRow(0);
        QVERIFY(form.groupSelected->text().contains(group.id));
        QVERIFY(form.save->isEnabled());

        // The choice survives a search that hides it.
        QTest::keyClicks(form.groupSearch, QStringLiteral("no such group"));
        QCOMPARE(form.groups->model()->rowCount(), 0);
        QVERIFY(form.groupSelected->text().contains(group.id));

        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        QTest::mouseClick(form.save, Qt::LeftButton);
        QVERIFY(saved.wait(kWaitMs));
        const auto webhook = qvariant_cast<Webhook>(saved.at(0).at(0));
        QCOMPARE(webhook.groupId, group.id);
        QCOMPARE(webhook.scope(), Webhook::Scope::Group);
        const Webhook *stored = m_sandbox.store().webhook(webhook.id);
        QVERIFY(stored);
        QCOMPARE(stored->groupId, group.id);
        QCOMPARE(stored->events, QStringList{QStringLiteral("sync_end")});
        QCOMPARE(m_receiver.deliveries.size(), 1); // the probe
    }

    void groupNamesNeedNotBeUnique()
    {
        auto dialog = openDialog(Mode::CreateGroup);
        Form form(dialog.get());
        QVERIFY(waitIdle());
        QTest::keyClicks(form.groupSearch, QStringLiteral("finance"));
        QCOMPARE(form.groups->model()->rowCount(), 2); // the demo data has two "Finance"
        QSet<QString> ids;
        for (int row = 0; row < 2; ++row) {
            const QModelIndex name = form.groups->model()->index(row, 0);
            const QModelIndex id = form.groups->model()->index(row, 1);
            QCOMPARE(name.data().toString(), QStringLiteral("Finance"));
            QCOMPARE(id.data().toString(), name.data(WebhookDialog::GroupIdRole).toString());
            QVERIFY(m_sandbox.store().group(id.data().toString()));
            ids.insert(id.data().toString());
        }
        QCOMPARE(ids.size(), 2);
        QVERIFY(form.groupStatus->text().contains(QLatin1String("2 of")));

        // Return in the search picks the first match without pressing Save.
        QTest::keyClick(form.groupSearch, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(form.groupSelected->text().contains(
                form.groups->model()->index(0, 1).data().toString()));
    }

    void groupPickerWalksEveryPage()
    {
        // A sandbox of its own: 250 groups take three pages of 100.
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        for (int i = 0; i < 250; ++i)
            sandbox.store().addGroup(
                    QStringLiteral("Bulk group %1").arg(i, 3, 10, QLatin1Char('0')));
        FivetranClient client;
        QCOMPARE(client.setBaseUrl(sandbox.baseUrl()), QString());
        client.setCredentials(SandboxServer::demoCredentials());
        QSignalSpy handled(&sandbox, &SandboxServer::requestHandled);

        auto dialog = openDialog(Mode::CreateGroup, Webhook(), &client);
        Form form(dialog.get());
        QVERIFY(waitIdle(&client));
        QCOMPARE(form.groups->model()->rowCount(), 250);
        int pages = 0;
        for (const QList<QVariant> &request : std::as_const(handled)) {
            QCOMPARE(request.at(2).toInt(), 200);
            pages += request.at(1).toString().endsWith(QLatin1String("/groups")) ? 1 : 0;
        }
        QCOMPARE(pages, 3);
        QTest::keyClicks(form.groupSearch, QStringLiteral("bulk group 249"));
        QCOMPARE(form.groups->model()->rowCount(), 1); // from the last page
        QVERIFY(form.groupStatus->text().contains(QLatin1String("1 of 250")));
    }

    void groupLoadFailureOffersRetry()
    {
        FivetranClient client; // no retries: the failure shows at once
        QCOMPARE(client.setBaseUrl(m_sandbox.baseUrl()), QString());
        client.setCredentials(SandboxServer::demoCredentials());
        client.retryPolicy().maxAttempts = 1;
        SandboxFaults faults;
        faults.serverErrorRate = 1.0;
        m_sandbox.setFaults(faults);

        auto dialog = openDialog(Mode::CreateGroup, Webhook(), &client);
        Form form(dialog.get());
        QVERIFY(waitIdle(&client));
        QCOMPARE(form.groups->model()->rowCount(), 0);
        QVERIFY2(form.groupStatus->text().contains(QLatin1String("Could not load")),
                 qPrintable(form.groupStatus->text()));
        QVERIFY(form.groupStatus->toolTip().contains(QLatin1String("HTTP 50")));
        auto *retry = child<QPushButton>(dialog.get(), "groupRetryPushButton");
        QVERIFY(retry->isVisible());

        m_sandbox.setFaults(SandboxFaults{});
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(waitIdle(&client));
        QCOMPARE(form.groups->model()->rowCount(), m_sandbox.store().groupCount());
        QVERIFY(!retry->isVisible());
        QVERIFY(!form.groupStatus->text().contains(QLatin1String("Could not load")));
    }

    void serverErrorKeepsInput()
    {
        SandboxFaults faults;
        faults.serverErrorRate = 1.0; // a create is never retried on 5xx: it may have happened
        m_sandbox.setFaults(faults);
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        form.setUrl(m_receiver.url().toString());
        form.toggleEvent(QStringLiteral("sync_end"));
        QTest::keyClick(form.url, Qt::Key_Return); // Return in the URL saves
        QVERIFY(dialog->isSaving());
        QVERIFY(waitIdle());
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().startsWith(QLatin1String("Not saved.")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->errorText().contains(QLatin1String("server error")));
        QVERIFY(!form.createInactive->isVisible()); // not the probe: nothing to offer
        QVERIFY(form.detailsLabel->text().contains(QLatin1String("HTTP 50")));
        QCOMPARE(form.url->text(), m_receiver.url().toString());
        QCOMPARE(form.checkedEvents(), QStringList{QStringLiteral("sync_end")});
        QVERIFY(m_receiver.deliveries.isEmpty());
        // The focus is back in the form, not on Cancel, so Return cannot discard the input.
        QCOMPARE(dialog->focusWidget(), form.url);

        // The next save that works clears the error and closes.
        m_sandbox.setFaults(SandboxFaults{});
        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        QTest::keyClick(form.url, Qt::Key_Return);
        QVERIFY(dialog->errorText().isEmpty());
        QVERIFY(saved.wait(kWaitMs));
    }

    void editSendsOnlyChanges_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("secret");

        const QString url = QStringLiteral("https://hooks.example.com/edit-me");
        const QStringList events{QStringLiteral("sync_start"), QStringLiteral("sync_end")};
        const QString secret = QStringLiteral("original-secret-value");
        QTest::newRow("events only")
                << "events" << url
                << QStringList{QStringLiteral("sync_end"), QStringLiteral("connection_failure")}
                << true << secret;
        QTest::newRow("url only") << "url" << QStringLiteral("https://hooks.example.com/moved")
                                  << events << true << secret;
        QTest::newRow("new secret") << "secret" << url << events << true
                                    << QStringLiteral("a-brand-new-secret");
        QTest::newRow("deactivate") << "active" << url << events << false << secret;
    }

    void editSendsOnlyChanges()
    {
        QFETCH(QString, change);
        QFETCH(QString, url);
        QFETCH(QStringList, events);
        QFETCH(bool, active);
        QFETCH(QString, secret);

        const Webhook original = storedWebhook(
                QStringLiteral("https://hooks.example.com/edit-me"),
                {QStringLiteral("sync_start"), QStringLiteral("sync_end")}, true,
                QStringLiteral("original-secret-value"));
        auto dialog = openDialog(Mode::Edit, original);
        Form form(dialog.get());
        QCOMPARE(dialog->mode(), Mode::Edit);
        QCOMPARE(form.url->text(), original.url);
        QCOMPARE(form.checkedEvents(), original.events);
        QVERIFY(form.secretUnchanged->isChecked());
        QVERIFY(form.secret->text().isEmpty()); // never the mask
        QVERIFY(form.save->isEnabled());

        if (change == QLatin1String("events")) {
            form.toggleEvent(QStringLiteral("sync_start"));
            form.toggleEvent(QStringLiteral("connection_failure"));
        } else if (change == QLatin1String("url")) {
            form.setUrl(url);
        } else if (change == QLatin1String("secret")) {
            QTest::mouseClick(form.secretSet, Qt::LeftButton);
            QVERIFY(form.secret->isEnabled());
            QVERIFY(!form.save->isEnabled()); // "Set new" needs a value
            QTest::keyClicks(form.secret, secret);
        } else if (change == QLatin1String("active")) {
            QTest::keyClick(form.active, Qt::Key_Space);
        }
        QVERIFY(form.save->isEnabled());

        QSignalSpy handled(&m_sandbox, &SandboxServer::requestHandled);
        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        QTest::mouseClick(form.save, Qt::LeftButton);
        QVERIFY(saved.wait(kWaitMs));
        QCOMPARE(saved.at(0).at(1).toBool(), false);
        const auto webhook = qvariant_cast<Webhook>(saved.at(0).at(0));
        QCOMPARE(webhook.id, original.id);
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.at(0).at(0).toString(), QStringLiteral("PATCH"));

        const Webhook *stored = m_sandbox.store().webhook(original.id);
        QVERIFY(stored);
        QCOMPARE(stored->url, url);
        QCOMPARE(stored->events, events);
        QCOMPARE(stored->active, active);
        QCOMPARE(stored->secret, secret); // the sandbox keeps the real one: never the mask
        QVERIFY(m_receiver.deliveries.isEmpty()); // no activation, no probe
    }

    void editWithoutChangesSendsNothing()
    {
        const Webhook original = storedWebhook(QStringLiteral("https://hooks.example.com/same"),
                                               {QStringLiteral("sync_end")}, false,
                                               QStringLiteral("kept-secret"));
        auto dialog = openDialog(Mode::Edit, original);
        Form form(dialog.get());
        // Touching something and putting it back is no change either.
        form.toggleEvent(QStringLiteral("sync_start"));
        form.toggleEvent(QStringLiteral("sync_start"));
        QSignalSpy handled(&m_sandbox, &SandboxServer::requestHandled);
        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        QTest::mouseClick(form.save, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_client.callsInFlight(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(handled.size(), 0);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(m_sandbox.store().webhook(original.id)->secret, QStringLiteral("kept-secret"));
    }

    void editShowsScopeAndGroupReadOnly()
    {
        const Group group = groupNamed(QStringLiteral("Product events"));
        const Webhook original = storedWebhook(
                QStringLiteral("https://hooks.example.com/group"),
                {QStringLiteral("sync_end"), QStringLiteral("a_future_event")}, true, QString(),
                group.id);
        auto dialog = openDialog(Mode::Edit, original);
        Form form(dialog.get());
        QVERIFY(form.groupScope->isChecked());
        QVERIFY(!form.groupScope->isEnabled());
        QVERIFY(!form.accountScope->isEnabled());
        QVERIFY(form.groupValue->isVisible());
        QVERIFY(!form.groups->isVisible());
        QVERIFY(!form.groupSearch->isVisible());
        QVERIFY(waitIdle());
        QVERIFY(form.groupValue->text().contains(group.name));
        QVERIFY(form.groupValue->text().contains(group.id));
        // An event the catalog does not know is kept, checked and marked as such.
        QVERIFY(form.isChecked(QStringLiteral("a_future_event")));
        QVERIFY(form.eventIndex(QStringLiteral("a_future_event"))
                        .data(WebhookDialog::EventCustomRole)
                        .toBool());
        QVERIFY(dialog->windowTitle().contains(original.id));
    }

    void urlValidation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "https://hooks.example.com/fivetran" << true;
        QTest::newRow("http on 127.0.0.1") << "http://127.0.0.1:8080/hook" << true;
        QTest::newRow("http on localhost") << "http://localhost/hook" << true;
        QTest::newRow("http on ::1") << "http://[::1]:9000/hook" << true;
        QTest::newRow("surrounding spaces") << "  https://hooks.example.com/x  " << true;
        QTest::newRow("plain http elsewhere") << "http://example.com" << false;
        QTest::newRow("another scheme") << "ftp://example.com/hook" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("not a URL") << "hooks example" << false;
    }

    void urlValidation()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        form.toggleEvent(QStringLiteral("sync_end"));
        QVERIFY(!form.urlError->isVisible()); // nothing typed is not an error yet
        form.setUrl(url);
        QCOMPARE(form.save->isEnabled(), valid);
        QCOMPARE(form.urlError->isVisible(), !valid);
        QCOMPARE(form.urlError->text(),
                 UrlRules::checkWebhookUrl(QUrl(url.trimmed(), QUrl::StrictMode)));
        QCOMPARE(form.urlError->text().isEmpty(), valid);
    }

    void invalidUrlSendsNothing()
    {
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        form.toggleEvent(QStringLiteral("sync_end"));
        form.setUrl(QStringLiteral("http://example.com"));
        QVERIFY(!form.save->isEnabled());
        QVERIFY(form.urlError->text().contains(QLatin1String("https")));

        QSignalSpy handled(&m_sandbox, &SandboxServer::requestHandled);
        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        QTest::keyClick(form.url, Qt::Key_Return); // the disabled default button does nothing
        dialog->accept(); // and accept() validates on its own
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isSaving());
        QVERIFY(dialog->errorText().contains(QLatin1String("https")));
        QCOMPARE(m_client.callsInFlight(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(handled.size(), 0);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(form.url->text(), QStringLiteral("http://example.com"));
    }

    void failedProbeKeepsInputAndOffersInactive_data()
    {
        QTest::addColumn<bool>("create");
        QTest::newRow("create active") << true;
        QTest::newRow("activate on edit") << false;
    }

    void failedProbeKeepsInputAndOffersInactive()
    {
        QFETCH(bool, create);
        const QString deadUrl = closedPortUrl().toString();
        Webhook original;
        std::unique_ptr<WebhookDialog> dialog;
        if (create) {
            dialog = openDialog(Mode::CreateAccount);
        } else {
            original = storedWebhook(deadUrl, {QStringLiteral("sync_start")}, false, QString());
            dialog = openDialog(Mode::Edit, original);
        }
        Form form(dialog.get());
        if (create) {
            form.setUrl(deadUrl);
            form.toggleEvent(QStringLiteral("sync_start"));
        } else {
            QVERIFY(!form.active->isChecked());
            QTest::keyClick(form.active, Qt::Key_Space);
        }
        form.toggleEvent(QStringLiteral("connection_failure"));
        QVERIFY(form.active->isChecked());
        const QStringList typedEvents = form.checkedEvents();
        QVERIFY(dialog->errorText().isEmpty());

        const int before = m_sandbox.store().webhookCount();
        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        QTest::mouseClick(form.save, Qt::LeftButton);
        QVERIFY(dialog->isSaving());
        QVERIFY(waitIdle());
        QVERIFY(!dialog->isSaving());
        QCOMPARE(saved.size(), 0);
        QCOMPARE(m_sandbox.store().webhookCount(), before);

        // Open, unchanged, saying why.
        QVERIFY(dialog->isVisible());
        QCOMPARE(form.url->text(), deadUrl);
        QCOMPARE(form.checkedEvents(), typedEvents);
        QVERIFY(form.active->isChecked());
        QVERIFY(form.url->isEnabled());
        QVERIFY(form.save->isEnabled());
        QVERIFY2(dialog->errorText().contains(QLatin1String("could not reach the URL")),
                 qPrintable(dialog->errorText()));
        QVERIFY(form.createInactive->isVisible());
        QVERIFY(!form.detailsLabel->isVisible());
        QTest::mouseClick(form.details, Qt::LeftButton);
        QVERIFY(form.detailsLabel->isVisible());
        QVERIFY2(form.detailsLabel->text().contains(QLatin1String("HTTP 400")),
                 qPrintable(form.detailsLabel->text()));
        QVERIFY(form.detailsLabel->text().contains(QLatin1String("InvalidInput")));
        if (!create)
            QCOMPARE(m_sandbox.store().webhook(original.id)->events, original.events);

        // "Create inactive": unticks Active and saves again, with no probe.
        QSignalSpy deliveries(&m_sandbox, &SandboxServer::deliveryFinished);
        QTest::mouseClick(form.createInactive, Qt::LeftButton);
        QVERIFY(!form.active->isChecked());
        QVERIFY(saved.wait(kWaitMs));
        QCOMPARE(saved.at(0).at(1).toBool(), create);
        const auto webhook = qvariant_cast<Webhook>(saved.at(0).at(0));
        QVERIFY(!webhook.active);
        QCOMPARE(webhook.url, deadUrl);
        const Webhook *stored = m_sandbox.store().webhook(webhook.id);
        QVERIFY(stored);
        QVERIFY(!stored->active);
        QCOMPARE(stored->events, typedEvents);
        QCOMPARE(deliveries.size(), 0);
        QVERIFY(!dialog->isVisible());
    }

    void secretModes_data()
    {
        QTest::addColumn<bool>("edit");
        QTest::newRow("create") << false;
        QTest::newRow("edit") << true;
    }

    void secretModes()
    {
        QFETCH(bool, edit);
        auto dialog = edit ? openDialog(Mode::Edit,
                                        storedWebhook(QStringLiteral("https://hooks.example.com/s"),
                                                      {QStringLiteral("sync_end")}, true,
                                                      QStringLiteral("s3cret")))
                           : openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        QCOMPARE(form.secretUnchanged->isVisible(), edit);
        QCOMPARE(form.secretNone->isVisible(), !edit);
        QCOMPARE(form.secretUnchanged->isChecked(), edit);
        QCOMPARE(form.secretNone->isChecked(), !edit);
        QVERIFY(form.secretSet->isVisible());
        QVERIFY(form.secretGenerate->isVisible());
        QVERIFY(!form.secret->isEnabled());
        QVERIFY(form.secret->text().isEmpty());
        QCOMPARE(form.secret->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("secretNoteLabel"))
                        ->text()
                        .contains(QLatin1String("never shows")));

        // The mask is not a secret.
        QTest::mouseClick(form.secretSet, Qt::LeftButton);
        QTest::keyClicks(form.secret, kMaskedSecret);
        QVERIFY(!form.save->isEnabled());
        form.secret->clear();
        QTest::keyClicks(form.secret, QStringLiteral("typed"));
        QCOMPARE(form.save->isEnabled(), edit); // create still needs URL and events
        QTest::mouseClick(edit ? form.secretUnchanged : form.secretNone, Qt::LeftButton);
        QVERIFY(form.secret->text().isEmpty());
    }

    void generateSecret()
    {
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        QTest::mouseClick(form.secretGenerate, Qt::LeftButton);
        const QString first = form.secret->text();
        QVERIFY2(first.size() >= 43, qPrintable(QString::number(first.size()))); // 32 bytes
        QVERIFY(QByteArray::fromBase64Encoding(first.toLatin1(),
                                               QByteArray::Base64UrlEncoding
                                                       | QByteArray::AbortOnBase64DecodingErrors)
                        .decoded.size()
                == 32);
        QCOMPARE(form.secret->echoMode(), QLineEdit::Password);

        QTest::mouseClick(form.showSecret, Qt::LeftButton);
        QCOMPARE(form.secret->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(form.showSecret, Qt::LeftButton);
        QCOMPARE(form.secret->echoMode(), QLineEdit::Password);

        QVERIFY(form.copySecret->isEnabled());
        QTest::mouseClick(form.copySecret, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), first);
        QGuiApplication::clipboard()->clear();

        // Another round gives another secret.
        QTest::mouseClick(form.secretSet, Qt::LeftButton);
        QVERIFY(form.secret->text().isEmpty());
        QTest::mouseClick(form.secretGenerate, Qt::LeftButton);
        QVERIFY(!form.secret->text().isEmpty());
        QVERIFY(form.secret->text() != first);

        // Secret hygiene: closing forgets it.
        dialog->reject();
        QVERIFY(form.secret->text().isEmpty());
        QCOMPARE(form.secret->echoMode(), QLineEdit::Password);
    }

    void generatedSecretSignsDeliveries()
    {
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        form.setUrl(m_receiver.url().toString());
        form.toggleEvent(QStringLiteral("sync_end"));
        QTest::mouseClick(form.secretGenerate, Qt::LeftButton);
        const QString secret = form.secret->text();
        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        QSignalSpy handled(&m_sandbox, &SandboxServer::requestHandled);

        // Not copied yet: one reminder, nothing sent.
        QTest::mouseClick(form.save, Qt::LeftButton);
        QVERIFY(!dialog->isSaving());
        QVERIFY2(dialog->errorText().contains(QLatin1String("Copy the generated secret")),
                 qPrintable(dialog->errorText()));
        QCOMPARE(m_client.callsInFlight(), 0);
        QCOMPARE(form.secret->text(), secret);

        QTest::mouseClick(form.copySecret, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(form.save, Qt::LeftButton);
        QVERIFY(dialog->errorText().isEmpty());
        QVERIFY(saved.wait(kWaitMs));
        QCOMPARE(handled.size(), 1); // the create, once
        const auto webhook = qvariant_cast<Webhook>(saved.at(0).at(0));
        QCOMPARE(webhook.secret, kMaskedSecret); // what the API shows
        QCOMPARE(m_sandbox.store().webhook(webhook.id)->secret, secret);
        QVERIFY(form.secret->text().isEmpty()); // gone from the closed dialog

        // The probe was signed with exactly the secret the user saw.
        QCOMPARE(m_receiver.deliveries.size(), 1);
        const LoopbackReceiver::Delivery &probe = m_receiver.deliveries.first();
        QCOMPARE(Signature::verify(probe.body, secret.toUtf8(),
                                   probe.header(Signature::headerName)),
                 Signature::Verdict::Valid);
    }

    void freeEntryEventIsChecked()
    {
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        const int rows = form.eventModel()->rowCount();
        QVERIFY(!form.addEvent->isEnabled());
        QTest::keyClicks(form.customEvent, QStringLiteral("two words"));
        QVERIFY(!form.addEvent->isEnabled());
        form.customEvent->clear();

        QTest::keyClicks(form.customEvent, QStringLiteral("connector_renamed"));
        QVERIFY(form.addEvent->isEnabled());
        QTest::mouseClick(form.addEvent, Qt::LeftButton);
        QCOMPARE(form.eventModel()->rowCount(), rows + 1);
        QVERIFY(form.isChecked(QStringLiteral("connector_renamed")));
        QVERIFY(form.eventIndex(QStringLiteral("connector_renamed"))
                        .data(WebhookDialog::EventCustomRole)
                        .toBool());
        QVERIFY(form.customEvent->text().isEmpty());
        QVERIFY(form.eventsCount->text().contains(QLatin1Char('1')));

        // Return adds too, and a listed name is checked rather than added twice.
        QTest::keyClicks(form.customEvent, QStringLiteral("sync_end"));
        QTest::keyClick(form.customEvent, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(form.eventModel()->rowCount(), rows + 1);
        QVERIFY(form.isChecked(QStringLiteral("sync_end")));

        // An event added while a search hides it is shown, not lost.
        QTest::keyClicks(form.eventsSearch, QStringLiteral("dbt"));
        QTest::keyClicks(form.customEvent, QStringLiteral("zz_custom"));
        QTest::mouseClick(form.addEvent, Qt::LeftButton);
        QVERIFY(form.eventsSearch->text().isEmpty());
        QVERIFY(form.eventIndex(QStringLiteral("zz_custom")).isValid());

        // And it is sent.
        form.setUrl(m_receiver.url().toString());
        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        QTest::mouseClick(form.save, Qt::LeftButton);
        QVERIFY(saved.wait(kWaitMs));
        const auto webhook = qvariant_cast<Webhook>(saved.at(0).at(0));
        QVERIFY(webhook.events.contains(QStringLiteral("connector_renamed")));
        QVERIFY(webhook.events.contains(QStringLiteral("zz_custom")));
    }

    void deprecatedEventsAreMarked()
    {
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        QCOMPARE(form.eventModel()->rowCount(), int(EventCatalog::all().size()));
        int deprecated = 0;
        for (const EventInfo &info : EventCatalog::all()) {
            const QModelIndex index = form.eventIndex(info.name);
            QVERIFY2(index.isValid(), qPrintable(info.name));
            const QString display = index.data().toString();
            QCOMPARE(display.contains(QLatin1String("(deprecated)")), info.deprecated);
            QCOMPARE(index.data(WebhookDialog::EventDeprecatedRole).toBool(), info.deprecated);
            QCOMPARE(index.data(Qt::ForegroundRole).isValid(), info.deprecated); // greyed
            QVERIFY(display.contains(info.description)); // the second line
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(info.description));
            deprecated += info.deprecated ? 1 : 0;
        }
        QVERIFY(deprecated > 0);
        QVERIFY(form.eventIndex(QStringLiteral("status"))
                        .data(WebhookDialog::EventDeprecatedRole)
                        .toBool());
    }

    void searchFiltersEvents_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("dbt") << "dbt"
                             << QStringList{QStringLiteral("dbt_run_start"),
                                            QStringLiteral("dbt_run_succeeded"),
                                            QStringLiteral("dbt_run_failed")};
        QTest::newRow("any case") << "SYNC_END" << QStringList{QStringLiteral("sync_end")};
        QTest::newRow("in the description") << "a table"
                                            << QStringList{QStringLiteral("resync_table")};
        QTest::newRow("legacy") << "legacy"
                                << QStringList{QStringLiteral("transformation_run_start"),
                                               QStringLiteral("transformation_run_succeeded"),
                                               QStringLiteral("transformation_run_failed")};
        QTest::newRow("nothing") << "no_such_event" << QStringList();
    }

    void searchFiltersEvents()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        QTest::keyClicks(form.eventsSearch, search);
        QCOMPARE(form.visibleEvents(), expected);
        if (expected.isEmpty()) {
            QVERIFY(form.eventsCount->text().contains(QLatin1String("No event matches")));
            return;
        }
        // A check made in a filtered list stays when the search is cleared.
        form.toggleEvent(expected.first());
        form.eventsSearch->clear();
        QCOMPARE(form.eventModel()->rowCount(), int(EventCatalog::all().size()));
        QCOMPARE(form.checkedEvents(), QStringList{expected.first()});
    }

    void selectAllAndClear()
    {
        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        QTest::mouseClick(form.selectAll, Qt::LeftButton);
        QCOMPARE(form.checkedEvents(), EventCatalog::currentNames()); // deprecated left alone
        QTest::mouseClick(form.clear, Qt::LeftButton);
        QVERIFY(form.checkedEvents().isEmpty());
        QVERIFY(form.eventsCount->text().contains(QLatin1String("at least one")));

        // Both act on what the search shows.
        QTest::keyClicks(form.eventsSearch, QStringLiteral("dbt"));
        QTest::mouseClick(form.selectAll, Qt::LeftButton);
        form.eventsSearch->clear();
        QCOMPARE(form.checkedEvents().size(), 3);
        form.toggleEvent(QStringLiteral("sync_end"));
        QTest::keyClicks(form.eventsSearch, QStringLiteral("dbt_run_f"));
        QTest::mouseClick(form.clear, Qt::LeftButton);
        form.eventsSearch->clear();
        QCOMPARE(form.checkedEvents(),
                 QStringList({QStringLiteral("sync_end"), QStringLiteral("dbt_run_start"),
                              QStringLiteral("dbt_run_succeeded")}));
    }

    void dismissWhileSaving_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Cancel button") << "cancel";
        QTest::newRow("Escape key") << "escape";
        QTest::newRow("dialog destroyed") << "destroy";
    }

    void dismissWhileSaving()
    {
        QFETCH(QString, how);
        // A slow Fivetran (latency), and an endpoint that accepts the probe's connection and
        // never answers: its connection says the save is under way on the server, and the probe
        // then fails late, so the answer arrives after the dialog is gone.
        SandboxFaults faults;
        faults.latency = 300ms;
        m_sandbox.setFaults(faults);
        const auto deliveryTimeout = m_sandbox.deliveryTimeout();
        m_sandbox.setDeliveryTimeout(500ms);
        QTcpServer hangingEndpoint;
        QVERIFY(hangingEndpoint.listen(QHostAddress::LocalHost, 0));
        QSignalSpy probing(&hangingEndpoint, &QTcpServer::newConnection);

        auto dialog = openDialog(Mode::CreateAccount);
        Form form(dialog.get());
        form.setUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(hangingEndpoint.serverPort()));
        form.toggleEvent(QStringLiteral("sync_end"));
        QTest::mouseClick(form.secretGenerate, Qt::LeftButton);
        QVERIFY(!form.secret->text().isEmpty());
        QTest::mouseClick(form.copySecret, Qt::LeftButton);
        QGuiApplication::clipboard()->clear();

        const int before = m_sandbox.store().webhookCount();
        QSignalSpy saved(dialog.get(), &WebhookDialog::saved);
        QSignalSpy handled(&m_sandbox, &SandboxServer::requestHandled);
        QTest::mouseClick(form.save, Qt::LeftButton);
        QVERIFY(dialog->isSaving());
        QVERIFY(form.saving->isVisible());
        QCOMPARE(m_client.callsInFlight(), 1);
        QVERIFY(form.cancel->isEnabled());
        QVERIFY(probing.wait(kWaitMs)); // the sandbox is handling the create
        QVERIFY(dialog->isSaving());

        if (how == QLatin1String("cancel")) {
            QTest::mouseClick(form.cancel, Qt::LeftButton);
        } else if (how == QLatin1String("escape")) {
            QTest::keyClick(dialog.get(), Qt::Key_Escape);
        } else {
            dialog.reset();
        }
        QCOMPARE(m_client.callsInFlight(), 0); // aborted at once
        if (dialog) {
            QVERIFY(!dialog->isVisible());
            QCOMPARE(dialog->result(), int(QDialog::Rejected));
            QVERIFY(!dialog->isSaving());
            QVERIFY(form.secret->text().isEmpty()); // secret hygiene
        }

        // The sandbox answers late, to nobody.
        QVERIFY(handled.wait(kWaitMs));
        QCOMPARE(handled.at(0).at(0).toString(), QStringLiteral("POST"));
        QCOMPARE(handled.at(0).at(2).toInt(), 400);
        QCoreApplication::processEvents();
        QCOMPARE(saved.size(), 0);
        QCOMPARE(m_sandbox.store().webhookCount(), before);
        m_sandbox.setDeliveryTimeout(deliveryTimeout);
    }

    void geometryIsRemembered()
    {
        QSize size;
        {
            auto dialog = openDialog(Mode::CreateAccount);
            // Another size, within the offscreen screen (800 x 800) with room for the frame: Qt
            // 6.8 shrinks a restored window that does not fit.
            size = QSize(dialog->width() + 37, 640);
            dialog->resize(size);
            QCOMPARE(dialog->size(), size);
            dialog->reject();
        }
        QVERIFY(QSettings().contains(QStringLiteral("WebhookDialog/geometry")));
        auto again = openDialog(Mode::CreateAccount);
        QCOMPARE(again->size(), size);
    }

    void controlsAreNamedAndInTabOrder()
    {
        auto dialog = openDialog(Mode::CreateGroup);
        // Every interactive control from the form has an accessible name.
        const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(widget)
                    || qobject_cast<QLineEdit *>(widget)
                    || (qobject_cast<QAbstractItemView *>(widget)
                        && !qobject_cast<QHeaderView *>(widget));
            if (!interactive || widget->objectName().isEmpty()
                || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 20);
        Form form(dialog.get());
        QVERIFY(!form.save->accessibleName().isEmpty());

        // Tab goes down the form.
        const QList<QWidget *> expected{form.groupSearch, form.groups,       form.url,
                                        form.eventsSearch, form.events,      form.selectAll,
                                        form.customEvent,  form.active,      form.secretSet,
                                        form.secret,       form.showSecret};
        QList<QWidget *> chain;
        QWidget *widget = form.accountScope;
        for (int i = 0; i < 200 && !chain.contains(widget); ++i) {
            chain.append(widget);
            widget = widget->nextInFocusChain();
        }
        int last = -1;
        for (QWidget *w : expected) {
            const int at = int(chain.indexOf(w));
            QVERIFY2(at > last, qPrintable(w->objectName()));
            last = at;
        }
    }
};

QTEST_MAIN(TestWebhookDialog)
#include "tst_webhookdialog.moc"
