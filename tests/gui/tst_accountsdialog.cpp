// The Accounts dialog and account switching, driven offscreen. The "keychain" here is the real
// QtKeychain store with no Secret Service reachable (the D-Bus address points nowhere), so the
// no-keychain path is the real one; the keychain itself is tested in tests/keychain.
#include "AccountProfile.h"
#include "AccountSession.h"
#include "AccountsDialog.h"
#include "CredentialStore.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "WebhookTableModel.h"

#include "../support/FileSearch.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace fw;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kUniqueSecret = QStringLiteral("acct-secret-7f3e9c1d-unique");

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// Every file under the test's config, data and cache folders, searched for `needle`.
QStringList filesInAppFoldersContaining(const QByteArray &needle)
{
    QStringList hits;
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation})
        hits += filesContaining(QStandardPaths::writableLocation(location), needle);
    return hits;
}

} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

    SandboxServer m_sandbox;
    InMemoryCredentialStore m_keychain; // stands for a working keychain in the GUI flow tests
    InMemoryCredentialStore m_session;

    void fill(AccountsDialog *dialog, const QString &name, const QString &secret)
    {
        child<QLineEdit>(dialog, "nameLineEdit")->setText(name);
        child<QLineEdit>(dialog, "apiKeyLineEdit")->setText(SandboxServer::demoCredentials().apiKey);
        child<QLineEdit>(dialog, "apiSecretLineEdit")->setText(secret);
        child<QLineEdit>(dialog, "baseUrlLineEdit")->setText(m_sandbox.baseUrl().toString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sandbox.listen());
        m_sandbox.seedDemoData();
    }

    void init()
    {
        ProfileList::save({});
        ProfileList::setLastUsedId(QString());
        m_sandbox.setCredentials(SandboxServer::demoCredentials());
    }

    void addCheckAndRemove()
    {
        AccountsDialog dialog(&m_keychain, &m_session);
        dialog.open();
        fill(&dialog, QStringLiteral("Sandbox via profile"), SandboxServer::demoCredentials().apiSecret);
        child<QPushButton>(&dialog, "checkPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(m_sandbox.store().account().accountName), kTimeoutMs);

        child<QPushButton>(&dialog, "savePushButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(ProfileList::load().size(), 1, kTimeoutMs);
        const AccountProfile profile = ProfileList::load().constFirst();
        QCOMPARE(profile.name, QStringLiteral("Sandbox via profile"));
        QCOMPARE(profile.baseUrl, m_sandbox.baseUrl());
        std::optional<Credentials> stored;
        m_keychain.read(CredentialStore::profileKey(profile.id), this,
                        [&](const QByteArray &secret, const auto &) { stored = AccountProfile::credentialsFromSecret(secret); });
        QTRY_VERIFY(stored);
        QCOMPARE(*stored, SandboxServer::demoCredentials());
        QSettings().sync();
        QVERIFY(filesInAppFoldersContaining(SandboxServer::demoCredentials().apiSecret.toUtf8()).isEmpty());

        child<QPushButton>(&dialog, "removePushButton")->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"))));
        child<QPushButton>(box, "confirmRemoveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(ProfileList::load().isEmpty(), kTimeoutMs);
        std::optional<StoreError> missing;
        m_keychain.read(CredentialStore::profileKey(profile.id), this,
                        [&](const QByteArray &, const std::optional<StoreError> &error) { missing = error; });
        QTRY_VERIFY(missing);
        QCOMPARE(missing->kind, StoreError::Kind::NotFound);
    }

    void wrongSecretIsExplainedInWords()
    {
        AccountsDialog dialog(&m_keychain, &m_session);
        dialog.open();
        fill(&dialog, QStringLiteral("Wrong"), QStringLiteral("not-the-secret"));
        child<QPushButton>(&dialog, "checkPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QLatin1String("rejected")), kTimeoutMs);
        QVERIFY(dialog.statusText().contains(QLatin1String("401")));
        QVERIFY(!dialog.statusText().contains(QLatin1String("not-the-secret")));
    }

    // Check connection said no: saving that same key asks first; a corrected one saves at once.
    void savingAKeyJustRejectedAsksFirst()
    {
        AccountsDialog dialog(&m_keychain, &m_session);
        dialog.open();
        QVERIFY(child<QLabel>(&dialog, "sandboxNoteLabel")->text().contains(QLatin1String("local emulator")));
        fill(&dialog, QStringLiteral("Rejected"), QStringLiteral("not-the-secret"));
        child<QPushButton>(&dialog, "checkPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QLatin1String("rejected")), kTimeoutMs);

        child<QPushButton>(&dialog, "savePushButton")->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("saveRejectedKeyQuestion"))) && box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(100);
        QVERIFY(ProfileList::load().isEmpty()); // Cancel saved nothing, and kept the form
        QCOMPARE(child<QLineEdit>(&dialog, "apiSecretLineEdit")->text(), QStringLiteral("not-the-secret"));

        child<QPushButton>(&dialog, "savePushButton")->click();
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("saveRejectedKeyQuestion"))) && box->isVisible());
        child<QPushButton>(box, "saveAnywayButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(ProfileList::load().size(), 1, kTimeoutMs);
        // The saved profile is shown again, its key read back from the keychain.
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(&dialog, "apiSecretLineEdit")->text(),
                                  QStringLiteral("not-the-secret"), kTimeoutMs);

        // Another secret is not the one rejected: no question.
        child<QLineEdit>(&dialog, "apiSecretLineEdit")->setText(SandboxServer::demoCredentials().apiSecret);
        child<QPushButton>(&dialog, "savePushButton")->click();
        const QString key = CredentialStore::profileKey(ProfileList::load().constFirst().id);
        // Read again and again until the new key is there (reads answer asynchronously).
        auto stored = std::make_shared<std::optional<Credentials>>();
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            m_keychain.read(key, this, [stored](const QByteArray &secret, const auto &) {
                *stored = AccountProfile::credentialsFromSecret(secret);
            });
            return *stored && **stored == SandboxServer::demoCredentials();
        }(), kTimeoutMs);
        QVERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("saveRejectedKeyQuestion")));
    }

    void badInputIsRefusedWithAReason()
    {
        AccountsDialog dialog(&m_keychain, &m_session);
        dialog.open();
        fill(&dialog, QStringLiteral("Plain http"), QStringLiteral("x"));
        child<QLineEdit>(&dialog, "baseUrlLineEdit")->setText(QStringLiteral("http://api.fivetran.com/v1"));
        child<QPushButton>(&dialog, "savePushButton")->click();
        QVERIFY(dialog.statusText().contains(QLatin1String("https")));
        child<QLineEdit>(&dialog, "apiSecretLineEdit")->clear();
        child<QPushButton>(&dialog, "savePushButton")->click();
        QVERIFY(dialog.statusText().contains(QLatin1String("secret")));
        QTest::qWait(50);
        QVERIFY(ProfileList::load().isEmpty());
    }

    void noKeychainOffersThisSessionOnly()
    {
        KeychainCredentialStore realKeychain(QStringLiteral("fw-test-no-keychain"));
        AccountsDialog dialog(&realKeychain, &m_session);
        dialog.open();
        fill(&dialog, QStringLiteral("Session only"), kUniqueSecret);
        child<QPushButton>(&dialog, "savePushButton")->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = dialog.findChild<QMessageBox *>(QStringLiteral("noKeychainQuestion"))), kTimeoutMs);
        QVERIFY(box->text().contains(QLatin1String("keychain"), Qt::CaseInsensitive));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(ProfileList::load().size(), 1, kTimeoutMs);
        QVERIFY(dialog.statusText().contains(QLatin1String("session only")));
        std::optional<Credentials> kept;
        m_session.read(CredentialStore::profileKey(ProfileList::load().constFirst().id), this,
                       [&](const QByteArray &secret, const auto &) { kept = AccountProfile::credentialsFromSecret(secret); });
        QTRY_VERIFY(kept);
        QCOMPARE(kept->apiSecret, kUniqueSecret);
        dialog.close();
        QSettings().sync();
        QVERIFY2(filesInAppFoldersContaining(kUniqueSecret.toUtf8()).isEmpty(), "a secret reached a file");
    }

    void switchingAccountsAndANewSecretAfter401()
    {
        AccountProfile profile{ProfileList::newId(), QStringLiteral("Via profile"), m_sandbox.baseUrl()};
        ProfileList::save({profile});
        bool written = false;
        m_keychain.write(CredentialStore::profileKey(profile.id),
                         AccountProfile::credentialsToSecret(SandboxServer::demoCredentials()), this,
                         [&](const auto &) { written = true; });
        QTRY_VERIFY(written);

        MainWindow window;
        window.setCredentialStore(&m_keychain);
        window.show();
        window.switchAccount(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->profileId() == profile.id, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), m_sandbox.store().webhookCount(), kTimeoutMs);
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("accountComboBox"));
        QCOMPARE(combo->currentText(), profile.name);
        QCOMPARE(ProfileList::lastUsedId(), profile.id);

        // The secret is regenerated in Fivetran: the next request is refused with 401.
        Credentials rotated = SandboxServer::demoCredentials();
        rotated.apiSecret = QStringLiteral("rotated-secret");
        m_sandbox.setCredentials(rotated);
        window.model()->refresh();
        AccountsDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<AccountsDialog *>()) && dialog->isVisible(), kTimeoutMs);
        QTRY_VERIFY(dialog->statusText().contains(QLatin1String("rejected")));
        auto *secret = child<QLineEdit>(dialog, "apiSecretLineEdit");
        QTRY_VERIFY(!secret->text().isEmpty()); // the old one, read from the store
        secret->setText(rotated.apiSecret);
        child<QPushButton>(dialog, "savePushButton")->click();
        // Saved in one step, and the window reopens the account with the new key.
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), m_sandbox.store().webhookCount(), kTimeoutMs);
        QVERIFY(window.model()->isComplete() || window.model()->rowCount() > 0);
        std::optional<Credentials> stored;
        m_keychain.read(CredentialStore::profileKey(profile.id), this,
                        [&](const QByteArray &bytes, const auto &) { stored = AccountProfile::credentialsFromSecret(bytes); });
        QTRY_VERIFY(stored);
        QCOMPARE(stored->apiSecret, rotated.apiSecret);

        // Back to the Sandbox from the switcher.
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->isSandbox(), kTimeoutMs);
        QCOMPARE(ProfileList::lastUsedId(), QString());
    }
};

int main(int argc, char **argv)
{
    // No Secret Service for this process: the keychain store meets the real "no keychain" case.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/fw-test-bus");
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("fw-tests"));
    app.setApplicationName(QStringLiteral("tst_accountsdialog"));
    TestAccountsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountsdialog.moc"
