// File › Export Webhooks as JSON / Terraform in the real main window, offscreen, on the built-in
// Sandbox account. The save dialog is replaced by the controller's file-name seam; everything
// else (the menu action, the question about Terraform secrets, the fetch over HTTP, the progress
// dialog, QSaveFile) is the real thing.
#include "AccountSession.h"
#include "ExportController.h"
#include "FivetranClient.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "WebhookExport.h"
#include "WebhookTableModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using Format = ExportController::Format;
using Secrets = WebhookExport::TerraformSecrets;

Q_DECLARE_METATYPE(fw::ExportController::Format)
Q_DECLARE_METATYPE(fw::WebhookExport::TerraformSecrets)

namespace {

constexpr int kTimeoutMs = 30000;
const QDateTime kExportedAt(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    SandboxStore &store() { return m_window->session()->sandbox()->store(); }
    ExportController *controller() { return m_window->findChild<ExportController *>(); }
    QAction *action(Format format)
    {
        return m_window->findChild<QAction *>(format == Format::Json
                ? QStringLiteral("exportJsonAction")
                : QStringLiteral("exportTerraformAction"));
    }
    QStringList filesInDir() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    }

    // The window on a fresh Sandbox: the demo data, or `seed` generated webhooks.
    void open(int seed)
    {
        QString error;
        auto session = AccountSession::createSandbox(&error, seed);
        QVERIFY2(session, qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setSession(std::move(session));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->model()->rowCount() > 0 && !m_window->model()->isLoading(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->accountInfo().has_value(), kTimeoutMs);
        QVERIFY(controller());
        controller()->setClock([] { return kExportedAt; });
    }

    // What the core writes for the webhooks the sandbox holds (their secrets are never written).
    QByteArray expected(Format format, Secrets secrets = Secrets::Unmanaged)
    {
        const AccountInfo &account = store().account();
        const ExportInfo info{account.accountId, account.accountName, kExportedAt};
        return format == Format::Json
            ? WebhookExport::toJson(store().webhooks(), info)
            : WebhookExport::toTerraform(store().webhooks(), info, secrets).toUtf8();
    }

    // The question a Terraform export asks first, once it shows.
    QMessageBox *secretsQuestion()
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = m_window->findChild<QMessageBox *>(
                    QStringLiteral("terraformSecretsMessageBox"));
                return box && box->isVisible();
            },
            kTimeoutMs);
        return shown ? box : nullptr;
    }

    // Answers the question by clicking the button for `secrets`, as a user does.
    bool answerSecretsQuestion(Secrets secrets)
    {
        QMessageBox *box = secretsQuestion();
        if (!box)
            return false;
        auto *button = box->findChild<QPushButton *>(secrets == Secrets::Managed
                ? QStringLiteral("manageSecretsButton")
                : QStringLiteral("leaveSecretsButton"));
        if (!button || !button->isVisible())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    // Chooses `path` in place of the save dialog, and records the suggestion.
    QString *choose(const QString &path)
    {
        auto suggestion = std::make_shared<QString>();
        m_suggestion = suggestion;
        controller()->setFileChooser([path, suggestion](Format, const QString &suggested) {
            *suggestion = suggested;
            return path;
        });
        return suggestion.get();
    }
    std::shared_ptr<QString> m_suggestion;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        m_window.reset();
        for (const QString &name : filesInDir())
            QFile::remove(m_dir.filePath(name));
    }

    void actionsAreInTheFileMenu()
    {
        open(0);
        QMenu *file = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->text().remove(QLatin1Char('&')) == QLatin1String("File"))
                file = menu->menu();
        }
        QVERIFY(file);
        for (Format format : {Format::Json, Format::Terraform}) {
            QAction *exportAction = action(format);
            QVERIFY(exportAction);
            QVERIFY(file->actions().contains(exportAction));
            QVERIFY(exportAction->isEnabled());
            QVERIFY(exportAction->text().endsWith(QChar(0x2026))); // "…": it asks for a file
        }
        QCOMPARE(controller()->suggestedFileName(Format::Json),
            QStringLiteral("Sandbox Inc. (demo).json"));
        QCOMPARE(controller()->suggestedFileName(Format::Terraform),
            QStringLiteral("Sandbox Inc. (demo).tf"));
    }

    // The table holds every demo webhook: the export writes them without another request.
    void exportsWhatTheTableHolds_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<Secrets>("secrets");
        QTest::newRow("json") << Format::Json << Secrets::Unmanaged;
        QTest::newRow("terraform, secrets left alone") << Format::Terraform << Secrets::Unmanaged;
        QTest::newRow("terraform, secrets managed") << Format::Terraform << Secrets::Managed;
    }

    void exportsWhatTheTableHolds()
    {
        QFETCH(Format, format);
        QFETCH(Secrets, secrets);
        open(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isComplete(), kTimeoutMs);
        const QString path = m_dir.filePath(QStringLiteral("out"));
        const QString *suggested = choose(path);
        QSignalSpy finished(controller(), &ExportController::finished);
        QSignalSpy requests(m_window->session()->sandbox(), &SandboxServer::requestHandled);
        action(format)->trigger();
        if (format == Format::Terraform)
            QVERIFY(answerSecretsQuestion(secrets));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(requests.size(), 0);
        QCOMPARE(readFile(path), expected(format, secrets));
        if (format == Format::Terraform)
            QCOMPARE(readFile(path).contains("ignore_changes = [secret]"),
                secrets == Secrets::Unmanaged);
        QVERIFY(
            suggested->endsWith(format == Format::Json ? QLatin1String("/Sandbox Inc. (demo).json")
                                                       : QLatin1String("/Sandbox Inc. (demo).tf")));
        QVERIFY2(
            m_window->statusBar()->currentMessage().contains(QLatin1String("Exported 36 webhook")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!readFile(path).contains(SandboxStore::demoSecret().toUtf8()));
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("out")});
    }

    // The table has one page of 2,500: the export fetches every page itself.
    void fetchesEveryPage_data() { exportsWhatTheTableHolds_data(); }

    void fetchesEveryPage()
    {
        QFETCH(Format, format);
        QFETCH(Secrets, secrets);
        open(2500);
        QVERIFY(!m_window->model()->isComplete());
        controller()->setPageSize(700);
        const QString path = m_dir.filePath(QStringLiteral("all"));
        choose(path);
        QSignalSpy finished(controller(), &ExportController::finished);
        QSignalSpy requests(m_window->session()->sandbox(), &SandboxServer::requestHandled);
        action(format)->trigger();
        if (format == Format::Terraform)
            QVERIFY(answerSecretsQuestion(secrets));
        QVERIFY(controller()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(readFile(path), expected(format, secrets));
        int listings = 0;
        for (const auto &request : requests)
            listings += request.at(1).toString() == QLatin1String("/v1/webhooks");
        QCOMPARE(listings, 4); // 700 + 700 + 700 + 400
        QVERIFY(!controller()->isRunning());
        QVERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"))
            || !m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"))
                    ->isVisible());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("2500")));
    }

    void cancelWritesNothing()
    {
        open(2500);
        SandboxFaults slow;
        slow.latency = std::chrono::milliseconds(250);
        m_window->session()->sandbox()->setFaults(slow);
        controller()->setPageSize(100); // 25 slow pages: ample time to cancel
        const QString path = m_dir.filePath(QStringLiteral("existing.json"));
        writeFile(path, "the previous export\n");
        choose(path);
        QSignalSpy finished(controller(), &ExportController::finished);
        action(Format::Json)->trigger();
        // The progress dialog shows once the fetch takes a while; its Cancel stops it.
        QPointer<QProgressDialog> progress;
        QTRY_VERIFY_WITH_TIMEOUT((progress = m_window->findChild<QProgressDialog *>(
                                      QStringLiteral("exportProgressDialog")))
                && progress->isVisible(),
            kTimeoutMs);
        auto *cancel = progress->findChild<QPushButton *>(QStringLiteral("exportCancelButton"));
        QVERIFY(cancel);
        QVERIFY(!cancel->accessibleName().isEmpty());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().contains(QLatin1String("cancelled")));
        QVERIFY(!controller()->isRunning());
        // Pages still in flight change nothing.
        QTest::qWait(600);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(readFile(path), QByteArray("the previous export\n"));
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("existing.json")});
        QTRY_VERIFY(!progress || !progress->isVisible());
    }

    void cancellingTheFileChoiceDoesNothing()
    {
        open(0);
        choose(QString());
        QSignalSpy finished(controller(), &ExportController::finished);
        QSignalSpy running(controller(), &ExportController::runningChanged);
        action(Format::Terraform)->trigger();
        QVERIFY(answerSecretsQuestion(Secrets::Unmanaged));
        QVERIFY(m_suggestion && !m_suggestion->isEmpty());
        QVERIFY(!controller()->isRunning());
        QCOMPARE(running.size(), 0);
        QCOMPARE(finished.size(), 0);
        QVERIFY(filesInDir().isEmpty());
    }

    // A page fails half-way through: an error in words, and the existing file as it was.
    void failedFetchKeepsNoPartialFile_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new file") << false;
        QTest::newRow("existing file") << true;
    }

    void failedFetchKeepsNoPartialFile()
    {
        QFETCH(bool, existing);
        open(2500);
        m_window->session()->client()->retryPolicy().maxAttempts = 1;
        controller()->setPageSize(1000);
        SandboxServer *sandbox = m_window->session()->sandbox();
        // The first page arrives; every later request fails.
        connect(sandbox, &SandboxServer::requestHandled, this,
            [sandbox](const QString &, const QString &path) {
                if (path == QLatin1String("/v1/webhooks")) {
                    SandboxFaults failing;
                    failing.serverErrorRate = 1.0;
                    sandbox->setFaults(failing);
                }
            });
        const QString path = m_dir.filePath(QStringLiteral("webhooks.tf"));
        if (existing)
            writeFile(path, "the previous export\n");
        choose(path);
        QSignalSpy finished(controller(), &ExportController::finished);
        action(Format::Terraform)->trigger();
        QVERIFY(answerSecretsQuestion(Secrets::Unmanaged));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        disconnect(sandbox, nullptr, this, nullptr);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("could not be fetched")),
            qPrintable(finished.at(0).at(1).toString()));
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("exportErrorMessageBox")))
            && box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("could not be fetched")));
        QVERIFY(!box->informativeText().isEmpty()); // status, code, message
        box->close();
        if (existing) {
            QCOMPARE(readFile(path), QByteArray("the previous export\n"));
            QCOMPARE(filesInDir(), QStringList{QStringLiteral("webhooks.tf")});
        } else {
            QVERIFY(filesInDir().isEmpty());
        }
    }

    // The Terraform export asks about the secrets before the file: leaving them alone is the
    // default (Enter), Escape cancels, and the question is never asked twice at once.
    void terraformAsksAboutSecretsFirst()
    {
        open(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isComplete(), kTimeoutMs);
        const QString path = m_dir.filePath(QStringLiteral("asked.tf"));
        int chosen = 0;
        controller()->setFileChooser([path, &chosen](Format, const QString &) {
            ++chosen;
            return path;
        });
        QSignalSpy finished(controller(), &ExportController::finished);

        // Escape: nothing asked for, nothing written.
        action(Format::Terraform)->trigger();
        QPointer<QMessageBox> box = secretsQuestion();
        QVERIFY(box);
        QVERIFY(box->isModal());
        QVERIFY(box->text().contains(QLatin1String("secrets")));
        QVERIFY(box->informativeText().contains(QLatin1String("every webhook")));
        auto *leave = box->findChild<QPushButton *>(QStringLiteral("leaveSecretsButton"));
        auto *manage = box->findChild<QPushButton *>(QStringLiteral("manageSecretsButton"));
        QVERIFY(leave && manage);
        QCOMPARE(box->defaultButton(), leave);
        QVERIFY(!leave->text().isEmpty() && !manage->text().isEmpty());
        // Triggered again while it shows: the same question, not a second one.
        action(Format::Terraform)->trigger();
        QCOMPARE(m_window->findChildren<QMessageBox *>(QStringLiteral("terraformSecretsMessageBox"))
                     .size(),
            1);
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!box || !box->isVisible());
        QCOMPARE(chosen, 0);
        QVERIFY(!controller()->isRunning());
        QCOMPARE(finished.size(), 0);
        QVERIFY(filesInDir().isEmpty());

        // Enter takes the default: the secrets left alone.
        action(Format::Terraform)->trigger();
        box = secretsQuestion();
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QCOMPARE(chosen, 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(readFile(path), expected(Format::Terraform, Secrets::Unmanaged));

        // JSON has no secrets to ask about.
        action(Format::Json)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
        QCOMPARE(chosen, 2);
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("terraformSecretsMessageBox"))
            || !m_window->findChild<QMessageBox *>(QStringLiteral("terraformSecretsMessageBox"))
                    ->isVisible());
    }

    void unwritablePathIsAnError()
    {
        open(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isComplete(), kTimeoutMs);
        choose(QStringLiteral("/nonexistent-fw-export-dir/sub/webhooks.json"));
        QSignalSpy finished(controller(), &ExportController::finished);
        action(Format::Json)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QVERIFY(!finished.at(0).at(0).toBool());
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("exportErrorMessageBox")))
            && box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("could not be written")));
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-fw-export-dir")));
    }

    // Another account opened mid-export: the export ends instead of waiting forever.
    void switchingAccountEndsTheExport()
    {
        open(2500);
        SandboxFaults slow;
        slow.latency = std::chrono::milliseconds(200);
        m_window->session()->sandbox()->setFaults(slow);
        controller()->setPageSize(100);
        choose(m_dir.filePath(QStringLiteral("x.json")));
        QSignalSpy finished(controller(), &ExportController::finished);
        action(Format::Json)->trigger();
        QVERIFY(controller()->isRunning());
        QString error;
        m_window->setSession(AccountSession::createSandbox(&error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(!controller()->isRunning());
        QVERIFY(filesInDir().isEmpty());
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
