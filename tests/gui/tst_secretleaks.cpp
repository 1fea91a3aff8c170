// A scripted session with a known API secret and a known webhook secret, then a search of every
// file the app and the CLI could write, and of every log line, for both. Runs through
// tests/keychain/with-keyring.sh: a real keychain in a temporary HOME, so "every file" is small.
#include "AccountProfile.h"
#include "AccountSession.h"
#include "AccountsDialog.h"
#include "CredentialStore.h"
#include "ExportController.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "WebhookDialog.h"
#include "WebhookTableModel.h"

#include "../support/FileSearch.h"
#include "../support/LoopbackReceiver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace fw;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kApiSecret = QStringLiteral("leak-probe-api-2c9d5e81");
const QString kWebhookSecret = QStringLiteral("leak-probe-hook-6a1f7b34");

QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler testlibHandler = nullptr;

// Keeps every message for the search; warnings and worse still reach Qt Test's own output.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += QByteArray(context.category ? context.category : "") + ": "
                + message.toUtf8() + '\n';
    }
    if (type >= QtWarningMsg && testlibHandler)
        testlibHandler(type, context, message);
}

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("FW_KEYRING_INNER"))
            QSKIP("needs a private keyring: run through tests/keychain/with-keyring.sh (ctest does)");
        QVERIFY(QDir::homePath().contains(QLatin1String("fw-keyring"))); // never the user's home
        // Qt Test installs its handler when the run starts: ours goes on top of it.
        testlibHandler = qInstallMessageHandler(captureMessage);
    }

    void scriptedSessionLeaksNoSecret()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        sandbox.seedDemoData();
        const Credentials credentials{QStringLiteral("leak_probe_key"), kApiSecret};
        sandbox.setCredentials(credentials);
        LoopbackReceiver receiver;

        MainWindow window; // the real keychain store, as the app uses it
        window.show();

        // 1. Add a profile through the Accounts dialog.
        window.showAccounts();
        AccountsDialog *accounts = nullptr;
        QTRY_VERIFY((accounts = window.findChild<AccountsDialog *>()) && accounts->isVisible());
        accounts->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Leak probe"));
        accounts->findChild<QLineEdit *>(QStringLiteral("apiKeyLineEdit"))->setText(credentials.apiKey);
        QTest::keyClicks(accounts->findChild<QLineEdit *>(QStringLiteral("apiSecretLineEdit")), kApiSecret);
        accounts->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))->setText(sandbox.baseUrl().toString());
        accounts->findChild<QPushButton *>(QStringLiteral("checkPushButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(accounts->statusText().contains(QLatin1String("Connected")), kTimeoutMs);
        accounts->findChild<QPushButton *>(QStringLiteral("savePushButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(ProfileList::load().size(), 1, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(accounts->statusText().contains(QLatin1String("Saved")), kTimeoutMs);
        accounts->close();
        const AccountProfile profile = ProfileList::load().constFirst();

        // 2. Open it and create a webhook with a secret, remembered in the keychain.
        window.switchAccount(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->profileId() == profile.id, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->isComplete(), kTimeoutMs);
        window.findChild<QAction *>(QStringLiteral("newAccountWebhookAction"))->trigger();
        WebhookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<WebhookDialog *>()) && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit")), receiver.url().toString());
        auto *custom = dialog->findChild<QLineEdit *>(QStringLiteral("customEventLineEdit"));
        QTest::keyClicks(custom, QStringLiteral("sync_end"));
        QTest::keyClick(custom, Qt::Key_Return);
        dialog->findChild<QRadioButton *>(QStringLiteral("secretSetRadioButton"))->click();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit")), kWebhookSecret);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecretCheckBox"))->isChecked());
        const int before = sandbox.store().webhookCount();
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.store().webhookCount(), before + 1, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<WebhookDialog *>(), kTimeoutMs);
        const Webhook created = sandbox.store().webhooks().constLast();
        QCOMPARE(created.secret, kWebhookSecret); // the secret really went to Fivetran

        // 3. Errors: a server error, then a rejected key (which opens the Accounts dialog).
        SandboxFaults faults;
        faults.serverErrorRate = 1.0;
        sandbox.setFaults(faults);
        window.session()->client()->retryPolicy().maxAttempts = 1;
        window.model()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!window.bannerText().isEmpty(), kTimeoutMs);
        sandbox.setFaults({});
        sandbox.setCredentials({credentials.apiKey, QStringLiteral("rotated")});
        window.model()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT((accounts = window.findChild<AccountsDialog *>()) && accounts->isVisible(), kTimeoutMs);
        accounts->close();

        // 4. The CLI, verbose, with the same profile (401 now) and with the right key again.
        sandbox.setCredentials(credentials);
        QByteArray cliOutput;
        for (const QStringList &arguments : {QStringList{QStringLiteral("--verbose"), QStringLiteral("--profile"), profile.name, QStringLiteral("list"), QStringLiteral("--json")},
                                             QStringList{QStringLiteral("--verbose"), QStringLiteral("--profile"), profile.name, QStringLiteral("get"), created.id}}) {
            QProcess cli;
            cli.setProgram(QStringLiteral(FW_CLI_PATH));
            cli.setArguments(arguments);
            QSignalSpy finished(&cli, &QProcess::finished);
            cli.start();
            QVERIFY(finished.wait(kTimeoutMs));
            QCOMPARE(cli.exitCode(), 0);
            cliOutput += cli.readAllStandardOutput() + cli.readAllStandardError();
        }
        QVERIFY(cliOutput.contains(created.id.toUtf8())); // the CLI really worked with the profile

        // 5. Both exports, from the File menu and from the CLI, into the home folder searched below.
        const QString exportDir = QDir::homePath() + QStringLiteral("/exports");
        QVERIFY(QDir().mkpath(exportDir));
        auto *exporter = window.findChild<ExportController *>();
        QVERIFY(exporter);
        for (const auto &[actionName, fileName] : {std::pair{"exportJsonAction", "app.json"},
                                                   std::pair{"exportTerraformAction", "app.tf"}}) {
            const QString path = exportDir + QLatin1Char('/') + QLatin1String(fileName);
            exporter->setFileChooser([path](ExportController::Format, const QString &) { return path; });
            QSignalSpy exported(exporter, &ExportController::finished);
            window.findChild<QAction *>(QLatin1String(actionName))->trigger();
            if (QLatin1String(fileName).endsWith(QLatin1String(".tf"))) {
                // The mode that deals with secrets: still none may be written.
                QMessageBox *question = nullptr;
                QTRY_VERIFY_WITH_TIMEOUT((question = window.findChild<QMessageBox *>(QStringLiteral("terraformSecretsMessageBox"))) && question->isVisible(), kTimeoutMs);
                QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("manageSecretsButton")), Qt::LeftButton);
            }
            QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kTimeoutMs);
            QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
        }
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("terraform")}) {
            QProcess cli;
            cli.setProgram(QStringLiteral(FW_CLI_PATH));
            cli.setArguments({QStringLiteral("--verbose"), QStringLiteral("--profile"), profile.name,
                              QStringLiteral("export"), QStringLiteral("--format"), format,
                              QStringLiteral("--output"), exportDir + QStringLiteral("/cli.") + format});
            if (format == QLatin1String("terraform"))
                cli.setArguments(cli.arguments() << QStringLiteral("--manage-secrets"));
            QSignalSpy finished(&cli, &QProcess::finished);
            cli.start();
            QVERIFY(finished.wait(kTimeoutMs));
            cliOutput += cli.readAllStandardOutput() + cli.readAllStandardError();
            QVERIFY2(cli.exitCode() == 0, cliOutput.constData());
        }
        // The exports hold the webhook whose secret is searched for (the search is not vacuous).
        for (const QString &name : {QStringLiteral("app.json"), QStringLiteral("app.tf"),
                                    QStringLiteral("cli.json"), QStringLiteral("cli.terraform")}) {
            QFile file(exportDir + QLatin1Char('/') + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            QVERIFY2(file.readAll().contains(created.id.toUtf8()), qPrintable(name));
        }
        window.close();
        QSettings().sync();

        // The secrets are where they belong: in the keychain (so the search below is not vacuous).
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                     QStringLiteral("server"), QStringLiteral(FW_APP_ID)});
        QSignalSpy looked(&lookup, &QProcess::finished);
        QVERIFY(looked.wait(kTimeoutMs));
        const QByteArray entries = lookup.readAllStandardOutput() + lookup.readAllStandardError();
        QVERIFY2(entries.contains(CredentialStore::profileKey(profile.id).toUtf8()), entries.constData());
        QVERIFY2(entries.contains(CredentialStore::webhookSecretKey(profile.id, created.id).toUtf8()), entries.constData());

        // And nowhere else: no file under the home folder (settings, history, caches, the
        // keyring's own encrypted files excepted as they hold no plaintext), no log line.
        for (const QString &secret : {kApiSecret, kWebhookSecret}) {
            const QStringList hits = filesContaining(QDir::homePath(), secret.toUtf8())
                    + filesContaining(qEnvironmentVariable("XDG_DATA_HOME"), secret.toUtf8())
                    + filesContaining(qEnvironmentVariable("XDG_CONFIG_HOME"), secret.toUtf8())
                    + filesContaining(qEnvironmentVariable("XDG_CACHE_HOME"), secret.toUtf8());
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
            QMutexLocker lock(&logMutex);
            QVERIFY2(!capturedLog.contains(secret.toUtf8()), "a secret reached a log line");
            QVERIFY2(!cliOutput.contains(secret.toUtf8()), "a secret reached the CLI's output");
            const QByteArray header = Credentials{credentials.apiKey, secret}.authorizationHeader();
            for (const QByteArray &line : capturedLog.split('\n'))
                QVERIFY2(!line.contains(header.mid(6)), line.left(300).constData());
        }
        QMutexLocker lock(&logMutex);
        QVERIFY(capturedLog.contains("fw.core.net")); // logging was on: the search was not vacuous
    }
};

int main(int argc, char **argv)
{
    // Every category on, so that any line that could carry a secret is written and searched.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QApplication app(argc, argv);
    // The app's own names: the CLI, started from here, reads the same settings.
    QApplication::setOrganizationName(QStringLiteral("Fivetran Webhooks"));
    QApplication::setApplicationName(QStringLiteral("fivetran-webhooks"));
    TestSecretLeaks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretleaks.moc"
