// Preferences: kept in QSettings and brought back into range, edited in the dialog (defaults,
// the restart question for a new language), and applied by the main window: page size, receiver
// port, and whether new webhook secrets are remembered by default.
#include "AccountSession.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "ReceiverDock.h"
#include "ReceiverServer.h"
#include "Translations.h"
#include "WebhookDialog.h"
#include "WebhookTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace fw;

namespace {

constexpr int kTimeoutMs = 30000;

template<typename Widget>
Widget *child(QObject *parent, const char *name)
{
    return parent->findChild<Widget *>(QLatin1String(name));
}

int freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

// The open restart question, once it is shown; null when it never shows.
QMessageBox *restartQuestion(QWidget *dialog)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = child<QMessageBox>(dialog, "restartQuestion");
        return box && box->isVisible();
    }, kTimeoutMs);
    return shown ? box : nullptr;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en")); // as main() does: English plural forms
    }
    void init() { QSettings().remove(QStringLiteral("Preferences")); }

    void defaultsWithoutSettings()
    {
        const Preferences preferences = Preferences::load();
        QCOMPARE(preferences.pageSize, 100);
        QCOMPARE(preferences.receiverPort, 0);
        QCOMPARE(preferences.language, QString());
        QCOMPARE(preferences.rememberWebhookSecrets, true);
        QVERIFY(preferences == Preferences());
    }

    void savedAndLoaded()
    {
        Preferences preferences;
        preferences.pageSize = 250;
        preferences.receiverPort = 18080;
        preferences.language = QStringLiteral("fr");
        preferences.rememberWebhookSecrets = false;
        preferences.save();
        QVERIFY(Preferences::load() == preferences);
    }

    void outOfRangeValuesAreBroughtBack_data()
    {
        QTest::addColumn<QVariant>("pageSize");
        QTest::addColumn<QVariant>("port");
        QTest::addColumn<QVariant>("language");
        QTest::addColumn<int>("expectedPageSize");
        QTest::addColumn<int>("expectedPort");
        QTest::addColumn<QString>("expectedLanguage");
        QTest::newRow("too large") << QVariant(5000) << QVariant(70000) << QVariant(QStringLiteral("de")) << 1000 << 65535 << QStringLiteral("de");
        QTest::newRow("too small") << QVariant(0) << QVariant(-1) << QVariant(QStringLiteral("xx")) << 1 << 0 << QString();
        QTest::newRow("not numbers") << QVariant(QStringLiteral("many")) << QVariant(QStringLiteral("any")) << QVariant(QStringLiteral("../de")) << 1 << 0 << QString();
    }
    void outOfRangeValuesAreBroughtBack()
    {
        QFETCH(QVariant, pageSize);
        QFETCH(QVariant, port);
        QFETCH(QVariant, language);
        QSettings settings;
        settings.setValue(QStringLiteral("Preferences/pageSize"), pageSize);
        settings.setValue(QStringLiteral("Preferences/receiverPort"), port);
        settings.setValue(QStringLiteral("Preferences/language"), language);
        const Preferences preferences = Preferences::load();
        QTEST(preferences.pageSize, "expectedPageSize");
        QTEST(preferences.receiverPort, "expectedPort");
        QTEST(preferences.language, "expectedLanguage");
    }

    void dialogShowsEditsAndSaves()
    {
        PreferencesDialog dialog;
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        auto *pageSize = child<QSpinBox>(&dialog, "pageSizeSpinBox");
        auto *port = child<QSpinBox>(&dialog, "receiverPortSpinBox");
        auto *language = child<QComboBox>(&dialog, "languageComboBox");
        auto *remember = child<QCheckBox>(&dialog, "rememberSecretsCheckBox");
        QVERIFY(pageSize && port && language && remember);
        QCOMPARE(pageSize->value(), 100);
        QCOMPARE(pageSize->maximum(), 1000);
        QVERIFY(pageSize->suffix().contains(QLatin1String("webhooks per request")));
        pageSize->setValue(1);
        QVERIFY(pageSize->suffix().contains(QLatin1String("webhook per request"))); // singular
        QCOMPARE(port->value(), 0);
        QCOMPARE(port->text(), port->specialValueText()); // "Any free port"
        // System default first, then every shipped language by its own name.
        QCOMPARE(language->count(), 1 + Translations::available().size());
        QCOMPARE(language->currentData().toString(), QString());
        QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
        QVERIFY(language->findText(QStringLiteral("Français")) > 0);

        pageSize->setValue(500);
        port->setValue(18181);
        remember->setChecked(false);
        // The running language again: no question, saved at once.
        language->setCurrentIndex(language->findData(Translations::current()));
        dialog.accept();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.at(0).at(1).toBool(), false);
        const Preferences saved = Preferences::load();
        QCOMPARE(saved.pageSize, 500);
        QCOMPARE(saved.receiverPort, 18181);
        QCOMPARE(saved.rememberWebhookSecrets, false);
        QCOMPARE(saved.language, Translations::current());
        QVERIFY(applied.at(0).at(0).value<Preferences>() == saved);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void restoreDefaultsResetsTheForm()
    {
        Preferences custom;
        custom.pageSize = 7;
        custom.receiverPort = 9999;
        custom.language = QStringLiteral("de");
        custom.rememberWebhookSecrets = false;
        PreferencesDialog dialog;
        dialog.setPreferences(custom);
        QVERIFY(dialog.preferences() == custom);
        QVERIFY(child<QLabel>(&dialog, "languageNoteLabel")->isVisibleTo(&dialog)); // "from the next start"
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QVERIFY(dialog.preferences() == Preferences());
        // Nothing is saved before OK.
        QVERIFY(Preferences::load() == Preferences());
        dialog.reject();
        QVERIFY(Preferences::load() == Preferences());
    }

    void newLanguageAsksToRestart_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("restart");
        QTest::newRow("later") << QStringLiteral("restartLaterButton") << false;
        QTest::newRow("restart now") << QStringLiteral("restartNowButton") << true;
    }
    void newLanguageAsksToRestart()
    {
        QFETCH(QString, button);
        QFETCH(bool, restart);
        const QString other = Translations::current() == QLatin1String("de") ? QStringLiteral("fr") : QStringLiteral("de");
        PreferencesDialog dialog;
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        dialog.show();
        auto *language = child<QComboBox>(&dialog, "languageComboBox");
        language->setCurrentIndex(language->findData(other));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(Preferences::load().language, other); // saved before the question
        QMessageBox *box = restartQuestion(&dialog);
        QVERIFY(box);
        QVERIFY(box->text().contains(Translations::nativeName(other)));
        QVERIFY(applied.isEmpty()); // the answer decides
        auto *answer = child<QPushButton>(box, button.toLatin1().constData());
        QVERIFY(answer);
        QTest::mouseClick(answer, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, kTimeoutMs);
        QCOMPARE(applied.at(0).at(1).toBool(), restart);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void mainWindowAppliesThem()
    {
        QString error;
        auto session = AccountSession::createSandbox(&error);
        QVERIFY2(session, qPrintable(error));
        MainWindow window;
        window.setSession(std::move(session));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->isComplete() && !window.model()->isLoading(), kTimeoutMs);
        const int total = window.model()->rowCount();
        QVERIFY(total > 3);

        // Edit › Preferences… with its shortcut, as a user would open it.
        auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        bool inEditMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            inEditMenu |= menu->menu() && menu->menu()->actions().contains(action);
        QVERIFY(inEditMenu);
        action->trigger();
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<PreferencesDialog *>()) && dialog->isVisible(), kTimeoutMs);

        const int port = freePort();
        QVERIFY(port > 0);
        child<QSpinBox>(dialog, "pageSizeSpinBox")->setValue(2);
        child<QSpinBox>(dialog, "receiverPortSpinBox")->setValue(port);
        child<QCheckBox>(dialog, "rememberSecretsCheckBox")->setChecked(false);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<PreferencesDialog *>(), kTimeoutMs);
        QCOMPARE(window.preferences().pageSize, 2);

        // Page size: the next load asks for pages of two.
        QCOMPARE(window.model()->pageSize(), 2);
        window.model()->refresh();
        window.model()->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->isComplete(), kTimeoutMs);
        QCOMPARE(window.model()->rowCount(), total);
        QCOMPARE(window.model()->pagesFetched(), (total + 1) / 2);

        // Receiver port: the next start listens there.
        ReceiverDock *dock = window.receiverDock();
        dock->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!dock->server()->isListening(), kTimeoutMs);
        dock->start();
        QTRY_VERIFY_WITH_TIMEOUT(dock->server()->isListening(), kTimeoutMs);
        QCOMPARE(dock->url().port(), port);

        // Remembering new secrets: the dialog's box starts unchecked.
        window.findChild<QAction *>(QStringLiteral("newAccountWebhookAction"))->trigger();
        WebhookDialog *webhookDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((webhookDialog = window.findChild<WebhookDialog *>()) && webhookDialog->isVisible(), kTimeoutMs);
        child<QRadioButton>(webhookDialog, "secretGenerateRadioButton")->setChecked(true);
        auto *remember = child<QCheckBox>(webhookDialog, "rememberSecretCheckBox");
        QVERIFY(remember && remember->isVisible());
        QVERIFY(!remember->isChecked());
        webhookDialog->reject();
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
