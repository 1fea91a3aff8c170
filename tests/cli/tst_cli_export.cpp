// `fivetran-webhooks-cli export`, the real executable against the real fivetran-sandbox
// executable (both child processes, so this test's own event loop serves neither): both formats,
// stdout and --output, Terraform with and without managed secrets, usage errors, a rejected key,
// and that a failure writes nothing.
#include "../support/CliRun.h"
#include "SandboxStore.h"
#include "WebhookExport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

constexpr int kTimeoutMs = 30000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// The Terraform export without its date, which is the time of the run.
QString withoutDate(const QString &hcl)
{
    static const QRegularExpression date(QStringLiteral(", exported \\S+Z by "));
    QString text = hcl;
    return text.replace(date, QStringLiteral(", exported DATE by "));
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

    QProcess m_sandbox;
    QString m_baseUrl;
    QTemporaryDir m_dir;

    QProcessEnvironment environment(
        const QString &secret = QStringLiteral("sandbox_demo_secret")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("FIVETRAN_"))
                || name == QLatin1String("QT_LOGGING_RULES"))
                env.remove(name);
        }
        env.insert(QStringLiteral("FIVETRAN_API_BASE"), m_baseUrl);
        env.insert(QStringLiteral("FIVETRAN_API_KEY"), QStringLiteral("sandbox_demo_key"));
        env.insert(QStringLiteral("FIVETRAN_API_SECRET"), secret);
        return env;
    }

    CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return runCliProcess(QStringLiteral(FW_CLI_PATH), arguments, QByteArray(), env, kTimeoutMs);
    }
    CliRun runCli(const QStringList &arguments) { return runCli(arguments, environment()); }

    // Only the files the test put there: no temporary file of a QSaveFile left behind.
    QStringList filesInDir() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(FW_CLI_PATH)), FW_CLI_PATH);
        // The sandbox prints its address once it listens on the free port it picked.
        m_sandbox.setProgram(QStringLiteral(FW_SANDBOX_PATH));
        m_sandbox.setArguments({QStringLiteral("--port"), QStringLiteral("0")});
        QSignalSpy output(&m_sandbox, &QProcess::readyReadStandardOutput);
        m_sandbox.start();
        static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
        QByteArray seen;
        while (m_baseUrl.isEmpty()) {
            QVERIFY2(output.wait(kTimeoutMs), seen.constData());
            seen += m_sandbox.readAllStandardOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(seen));
            if (match.hasMatch())
                m_baseUrl = match.captured(1);
        }
    }

    void cleanupTestCase()
    {
        if (m_sandbox.state() == QProcess::NotRunning)
            return;
        QSignalSpy finished(&m_sandbox, &QProcess::finished);
        m_sandbox.terminate();
        if (!finished.wait(10000))
            m_sandbox.kill();
    }

    void cleanup()
    {
        for (const QString &name : filesInDir())
            QFile::remove(m_dir.filePath(name));
    }

    void help()
    {
        CliRun run;
        RUN_CLI(run, {QStringLiteral("export"), QStringLiteral("--help")});
        EXPECT_EXIT(run, 0);
        for (const char *word :
            {"--format", "--output", "terraform", "json", "--manage-secrets", "Exit codes"})
            QVERIFY2(run.out.contains(word), word);
        RUN_CLI(run, {QStringLiteral("--help")});
        QVERIFY(run.outText().contains(QRegularExpression(QStringLiteral("\\n  export +Export"))));
    }

    void jsonToStdout()
    {
        CliRun run;
        RUN_CLI(
            run, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EXIT(run, 0);
        QString error;
        const auto document = WebhookExport::fromJson(run.out, &error);
        QVERIFY2(document, qPrintable(error + QLatin1Char('\n') + run.outText()));
        QCOMPARE(document->webhooks.size(), 36); // the demo data
        QCOMPARE(document->info.accountName, QStringLiteral("Sandbox Inc. (demo)"));
        QCOMPARE(document->info.accountId, QStringLiteral("sandbox_account"));
        QVERIFY(qAbs(document->info.exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(!run.out.contains(SandboxStore::demoSecret().toUtf8()));
        QVERIFY(!run.out.contains("******"));
        QVERIFY(run.err.isEmpty());
    }

    // Every page: five webhooks a page gives the same document as one page of all, and the same
    // Terraform as the integration test's golden file (the child sandbox seeds the same ids).
    void terraformToStdoutWalksEveryPage()
    {
        CliRun paged, whole;
        RUN_CLI(paged,
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("terraform"),
                QStringLiteral("--limit"), QStringLiteral("5")});
        EXPECT_EXIT(paged, 0);
        RUN_CLI(whole,
            {QStringLiteral("export"), QStringLiteral("--format=terraform"),
                QStringLiteral("--limit"), QStringLiteral("1000")});
        EXPECT_EXIT(whole, 0);
        QCOMPARE(withoutDate(paged.outText()), withoutDate(whole.outText()));
        QCOMPARE(paged.outText().count(QLatin1String("resource \"fivetran_webhook\"")), 36);
        const QString golden = QString::fromUtf8(readFile(QStringLiteral(FW_GOLDEN_TF)));
        QCOMPARE(withoutDate(paged.outText()), withoutDate(golden));
        QVERIFY(!paged.out.contains(SandboxStore::demoSecret().toUtf8()));
        // By default the secrets are left alone: no variable to fill in, nothing to prompt for.
        QCOMPARE(paged.outText().count(QLatin1String("ignore_changes = [secret]")), 36);
        QVERIFY(!paged.outText().contains(QLatin1String("variable \"")));
    }

    // Opted in: the secrets come from one map variable, and the header warns that the next
    // apply sets every one of them. Still no secret in the output, to stdout or to a file.
    void terraformManagedSecrets()
    {
        CliRun toStdout, toFile;
        RUN_CLI(toStdout,
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("terraform"),
                QStringLiteral("--manage-secrets"), QStringLiteral("--limit"),
                QStringLiteral("5")});
        EXPECT_EXIT(toStdout, 0);
        const QString golden = QString::fromUtf8(readFile(QStringLiteral(FW_GOLDEN_TF_MANAGED)));
        QCOMPARE(withoutDate(toStdout.outText()), withoutDate(golden));
        QCOMPARE(toStdout.outText().count(QLatin1String("variable \"webhook_secrets\"")), 1);
        QCOMPARE(toStdout.outText().count(QLatin1String("= var.webhook_secrets[")), 36);
        QVERIFY(!toStdout.outText().contains(QLatin1String("ignore_changes")));
        QVERIFY(toStdout.outText().contains(
            QLatin1String("the next apply sets the secret of EVERY webhook")));

        const QString path = m_dir.filePath(QStringLiteral("managed.tf"));
        RUN_CLI(toFile,
            {QStringLiteral("export"), QStringLiteral("--manage-secrets"),
                QStringLiteral("--format=terraform"), QStringLiteral("--output"), path});
        EXPECT_EXIT(toFile, 0);
        QCOMPARE(withoutDate(QString::fromUtf8(readFile(path))), withoutDate(golden));
        for (const QByteArray &text : {toStdout.out, readFile(path)}) {
            QVERIFY(!text.contains(SandboxStore::demoSecret().toUtf8()));
            QVERIFY(!text.contains("******"));
        }
    }

    void outputFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("terraform") << QStringLiteral("terraform");
    }

    void outputFile()
    {
        QFETCH(QString, format);
        const QString path = m_dir.filePath(QStringLiteral("webhooks.out"));
        CliRun toFile, toStdout;
        RUN_CLI(toFile,
            {QStringLiteral("export"), QStringLiteral("--format"), format,
                QStringLiteral("--output"), path});
        EXPECT_EXIT(toFile, 0);
        QVERIFY(toFile.out.isEmpty()); // stdout stays free for scripts
        QVERIFY2(toFile.errText().contains(QLatin1String("Exported 36 webhook")),
            toFile.err.constData());
        RUN_CLI(toStdout, {QStringLiteral("export"), QStringLiteral("--format"), format});
        const QByteArray written = readFile(path);
        if (format == QLatin1String("json")) {
            const auto a = WebhookExport::fromJson(written),
                       b = WebhookExport::fromJson(toStdout.out);
            QVERIFY(a && b);
            QCOMPARE(a->webhooks, b->webhooks);
        } else {
            QCOMPARE(withoutDate(QString::fromUtf8(written)), withoutDate(toStdout.outText()));
        }
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("webhooks.out")});

        // An existing file is replaced.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old content that is longer than nothing\n");
        file.close();
        RUN_CLI(toFile,
            {QStringLiteral("export"), QStringLiteral("--format"), format,
                QStringLiteral("--output"), path});
        EXPECT_EXIT(toFile, 0);
        QVERIFY(!readFile(path).contains("old content"));
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("webhooks.out")});
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"),
            QStringLiteral("yaml")} << QStringLiteral("--format json or --format terraform");
        QTest::newRow("no format")
            << QStringList() << QStringLiteral("--format json or --format terraform");
        QTest::newRow("empty output") << QStringList{QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--output=")}
                                      << QStringLiteral("--output needs");
        QTest::newRow("an argument") << QStringList{QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("extra")}
                                     << QStringLiteral("takes no arguments");
        QTest::newRow("option of another command") << QStringList{QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--all")}
                                                   << QStringLiteral("Unknown option 'all'");
        QTest::newRow("managed secrets in json")
            << QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--manage-secrets")}
            << QStringLiteral("--manage-secrets needs --format terraform");
        QTest::newRow("managed secrets, no format")
            << QStringList{QStringLiteral("--manage-secrets")}
            << QStringLiteral("--format json or --format terraform");
        QTest::newRow("a value for --manage-secrets") << QStringList{QStringLiteral("--format"),
            QStringLiteral("terraform"), QStringLiteral("--manage-secrets=yes")}
                                                      << QStringLiteral("manage-secrets");
        QTest::newRow("unwritable output") << QStringList{QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--output"),
            QStringLiteral("/nonexistent-fw-dir/x/webhooks.json")}
                                           << QStringLiteral("Cannot write");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // Where the export would go: nothing may appear there.
        const bool ownOutput = std::any_of(arguments.cbegin(), arguments.cend(),
            [](const QString &a) { return a.startsWith(QLatin1String("--output")); });
        if (!ownOutput)
            arguments << QStringLiteral("--output") << m_dir.filePath(QStringLiteral("never"));
        CliRun run;
        RUN_CLI(run, QStringList{QStringLiteral("export")} + arguments);
        EXPECT_EXIT(run, 2);
        QVERIFY2(run.errText().contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(filesInDir().isEmpty());
    }

    // A rejected key: exit code 3, nothing on stdout, an existing output file untouched, no
    // temporary file left beside it, and the wrong secret nowhere.
    void unauthorizedWritesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("terraform") << QStringLiteral("terraform");
    }

    void unauthorizedWritesNothing()
    {
        QFETCH(QString, format);
        const QProcessEnvironment wrong = environment(QStringLiteral("wrong-secret-7781"));
        CliRun run;
        RUN_CLI(run, {QStringLiteral("export"), QStringLiteral("--format"), format}, wrong);
        EXPECT_EXIT(run, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QLatin1String("unauthorized"))
                && run.errText().contains(QLatin1String("401")),
            run.err.constData());
        QVERIFY(!run.err.contains("wrong-secret-7781"));

        const QString fresh = m_dir.filePath(QStringLiteral("fresh.out"));
        RUN_CLI(run,
            {QStringLiteral("export"), QStringLiteral("--format"), format,
                QStringLiteral("--output"), fresh},
            wrong);
        EXPECT_EXIT(run, 3);
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(filesInDir().isEmpty());

        const QString existing = m_dir.filePath(QStringLiteral("existing.out"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the previous export\n");
        file.close();
        RUN_CLI(run,
            {QStringLiteral("export"), QStringLiteral("--format"), format,
                QStringLiteral("--output"), existing},
            wrong);
        EXPECT_EXIT(run, 3);
        QCOMPARE(readFile(existing), QByteArray("the previous export\n"));
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("existing.out")});
    }

    void unreachableIsANetworkError()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("FIVETRAN_API_BASE"), QStringLiteral("http://127.0.0.1:9/v1"));
        const QString path = m_dir.filePath(QStringLiteral("x.json"));
        CliRun run;
        RUN_CLI(run,
            {QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("export"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"),
                path},
            env);
        EXPECT_EXIT(run, 4);
        QVERIFY(filesInDir().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
