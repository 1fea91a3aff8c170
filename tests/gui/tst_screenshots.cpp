// Pictures of the real window and dialog on the Sandbox account, for the README. Runs under
// Xvfb (see CMakeLists.txt) so fonts and styles are those of a real X display; set
// FW_SCREENSHOT_DIR to write them where the README expects them (docs/screenshots).
#include "AccountSession.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "ReceiverDock.h"
#include "Translations.h"
#include "WebhookDialog.h"
#include "WebhookTableModel.h"

#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QSettings>
#include <QTest>

using namespace fw;

namespace {

QString outputDir()
{
    const QByteArray dir = qgetenv("FW_SCREENSHOT_DIR");
    return dir.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(dir);
}

// A picture worth keeping: the right size, and not one flat colour (an unpainted window).
void checkAndSave(const QImage &image, const QSize &expected, const QString &name)
{
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), expected * image.devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("%1 looks blank").arg(name)));
    const QString path = outputDir() + QLatin1Char('/') + name;
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("saved %s", qPrintable(path));
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir().mkpath(outputDir());
        // As the application starts: English plural forms ("36 webhooks", not "webhook(s)").
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    }

    void mainWindowAndDialog()
    {
        QSettings().clear();
        // Not the first start: the picture shows the window at work, without the introduction.
        QSettings().setValue(QStringLiteral("MainWindow/sandboxIntroShown"), true);
        MainWindow window;
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.switchAccount(QString()); // the built-in Sandbox, as on a first start
        QVERIFY(window.session());
        AccountSession *account = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->isComplete() && account->groupsComplete(), 30000);
        // A sync's end reaches the demo webhooks that deliver to the receiver.
        const int sent = account->sandbox()->emitEvent(QStringLiteral("sync_end"),
                                                       QStringLiteral("SUCCESSFUL"));
        QVERIFY(sent >= 3);
        QTRY_VERIFY_WITH_TIMEOUT(window.receiverDock()->deliveryCount() >= 3, 30000);
        window.tableView()->selectRow(0);
        // The signed delivery of the first webhook, opened in the receiver.
        if (auto *deliveries = window.receiverDock()->findChild<QTableView *>(QStringLiteral("deliveriesTableView")))
            deliveries->selectRow(0);
        QTest::qWait(50); // let the details pane lay out before the picture
        checkAndSave(window.grab().toImage(), window.size(), QStringLiteral("main-window.png"));

        auto *dialog = new WebhookDialog(account->client(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->startCreate(WebhookDialog::Mode::CreateGroup);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        if (auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit")))
            QTest::keyClicks(url, QStringLiteral("https://hooks.example.com/fivetran/alerts"));
        QTest::qWait(300); // groups arrive
        checkAndSave(dialog->grab().toImage(), dialog->size(), QStringLiteral("webhook-dialog.png"));
        dialog->reject();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
