// The application in German or French (FW_TEST_LANGUAGE): the system's language is picked up,
// the main window's menus and actions read in it, plurals and Qt's own buttons follow, and dates
// and numbers are formatted by its locale.
#include "AccountSession.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "WebhookTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <cstdlib>

using namespace fw;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kLanguage = QStringLiteral(FW_TEST_LANGUAGE);

struct Expected
{
    QString file, edit, help, quit, refresh, cancel;
    QLocale::Language locale;
};

Expected expected()
{
    if (kLanguage == QLatin1String("de"))
        return {QStringLiteral("Datei"), QStringLiteral("Bearbeiten"), QStringLiteral("Hilfe"),
                QStringLiteral("Beenden"), QStringLiteral("Aktualisieren"), QStringLiteral("Abbrechen"),
                QLocale::German};
    return {QStringLiteral("Fichier"), QStringLiteral("Édition"), QStringLiteral("Aide"),
            QStringLiteral("Quitter"), QStringLiteral("Actualiser"), QStringLiteral("Annuler"),
            QLocale::French};
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

class TestTranslationsGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QMenu *menu(int position)
    {
        const QList<QAction *> menus = m_window->menuBar()->actions();
        return position < menus.size() ? menus.at(position)->menu() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the app's main() does: the Preferences say nothing, so the system language wins.
        QCOMPARE(Translations::systemLanguage(), kLanguage);
        QCOMPARE(Translations::install(QString()), kLanguage);
        QCOMPARE(Translations::current(), kLanguage);

        QString error;
        auto session = AccountSession::createSandbox(&error);
        QVERIFY2(session, qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setSession(std::move(session));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, kTimeoutMs);
    }

    void cleanupTestCase() { m_window.reset(); }

    void menusAndActionsReadInTheLanguage()
    {
        const Expected words = expected();
        QVERIFY(menu(0) && menu(1));
        QCOMPARE(withoutMnemonic(menu(0)->title()), words.file);
        QCOMPARE(withoutMnemonic(menu(1)->title()), words.edit);
        QCOMPARE(withoutMnemonic(m_window->menuBar()->actions().constLast()->text()), words.help);
        QCOMPARE(withoutMnemonic(action("quitAction")->text()), words.quit);
        QCOMPARE(withoutMnemonic(action("refreshAction")->text()), words.refresh);
    }

    void everyNamedActionIsTranslated()
    {
        // The same window made without any translator gives the English texts to compare with.
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        QVERIFY(!translators.isEmpty());
        for (QTranslator *translator : translators)
            QCoreApplication::removeTranslator(translator);
        QHash<QString, QString> english;
        {
            MainWindow window;
            for (QAction *each : window.findChildren<QAction *>())
                english.insert(each->objectName(), each->text());
        }
        for (QTranslator *translator : translators)
            QCoreApplication::installTranslator(translator);

        // Words that are the same in every language: the product's own names.
        const QStringList sameEverywhere = {QStringLiteral("&Webhook"), QStringLiteral("&Sandbox")};
        int checked = 0;
        for (QAction *each : m_window->findChildren<QAction *>()) {
            const QString name = each->objectName();
            if (name.isEmpty() || each->isSeparator() || !english.contains(name) || english.value(name).isEmpty())
                continue;
            if (sameEverywhere.contains(english.value(name)))
                continue;
            QVERIFY2(each->text() != english.value(name),
                     qPrintable(QStringLiteral("%1 still reads \"%2\"").arg(name, each->text())));
            ++checked;
        }
        QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
    }

    void headersAndPluralsFollow()
    {
        const QString active =
                m_window->model()->headerData(WebhookTableModel::Active, Qt::Horizontal, Qt::DisplayRole).toString();
        QCOMPARE(active, QCoreApplication::translate("fw::WebhookTableModel", "Active"));
        QVERIFY(active != QLatin1String("Active") || kLanguage == QLatin1String("xx"));
        const QString one = QCoreApplication::translate("fw::MainWindow", "%n webhook(s)", nullptr, 1);
        const QString two = QCoreApplication::translate("fw::MainWindow", "%n webhook(s)", nullptr, 2);
        QVERIFY2(one != two, qPrintable(one));
        QVERIFY(!one.contains(QLatin1String("(s)")) && !two.contains(QLatin1String("(s)")));
        QVERIFY(one.contains(QLatin1Char('1')) && two.contains(QLatin1Char('2')));
    }

    void qtOwnStringsAndFormatsFollow()
    {
        // Qt's own buttons come from qtbase_<language>.qm.
        PreferencesDialog dialog(m_window.get());
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(withoutMnemonic(buttons->button(QDialogButtonBox::Cancel)->text()), expected().cancel);
        // Dates and numbers: the default locale is the language's.
        QCOMPARE(QLocale().language(), expected().locale);
        QCOMPARE(QLocale().toString(1234567), QLocale(expected().locale).toString(1234567));
        QVERIFY(QLocale().toString(1234567) != QLatin1String("1,234,567"));
        const QModelIndex created = m_window->model()->index(0, WebhookTableModel::Created);
        const QString shown = created.data().toString();
        QVERIFY(!shown.isEmpty());
        const QDateTime time = m_window->model()->webhookAt(0)->createdAtTime().toLocalTime();
        QCOMPARE(shown, QLocale(expected().locale).toString(time, QLocale::ShortFormat));
    }
};

int main(int argc, char **argv)
{
    // The system language, as a desktop session sets it, before Qt reads it.
    const QByteArray language = FW_TEST_LANGUAGE;
    const QByteArray locale = language == "de" ? "de_DE.UTF-8" : "fr_FR.UTF-8";
    qputenv("LANGUAGE", language);
    qputenv("LC_ALL", locale);
    qputenv("LANG", locale);
    QApplication app(argc, argv);
    TestTranslationsGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations_gui.moc"
