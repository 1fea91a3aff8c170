// The export against the in-process sandbox's demo data, fetched over real HTTP through every
// page: the Terraform output, with and without managed secrets, equals a golden file, has the
// shape the provider needs, and agrees with the JSON output; none holds a secret. When terraform
// is installed, it also reads the output back: `terraform fmt` must leave it unchanged, and its
// console must decode every escape.
//
// To refresh the golden files after an intended change: FW_UPDATE_GOLDEN=1 tst_export.
#include "FivetranClient.h"
#include "HclReader.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "WebhookExport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fw;
using Secrets = WebhookExport::TerraformSecrets;

Q_DECLARE_METATYPE(fw::WebhookExport::TerraformSecrets)

namespace {

constexpr int kWaitMs = 60000;

QString goldenPath(Secrets secrets)
{
    return secrets == Secrets::Managed
        ? QStringLiteral(FW_SOURCE_DIR "/tests/integration/data/sandbox-demo-managed-secrets.tf")
        : QStringLiteral(FW_SOURCE_DIR "/tests/integration/data/sandbox-demo.tf");
}

void addSecretsRows()
{
    QTest::addColumn<Secrets>("secrets");
    QTest::newRow("unmanaged secrets") << Secrets::Unmanaged;
    QTest::newRow("managed secrets") << Secrets::Managed;
}

ExportInfo fixedInfo(const AccountInfo &account)
{
    return {account.accountId, account.accountName,
        QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)};
}

struct TerraformRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// terraform with `arguments` in `directory`, `input` on stdin; awaited through the event loop.
TerraformRun runTerraform(const QString &program, const QStringList &arguments,
    const QString &directory, const QByteArray &input)
{
    TerraformRun run;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(directory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("CHECKPOINT_DISABLE"), QStringLiteral("1")); // no phoning home
    environment.insert(QStringLiteral("TF_IN_AUTOMATION"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    run.finished = finished.wait(kWaitMs);
    if (!run.finished) {
        process.kill();
        finished.wait(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    SandboxServer m_sandbox;
    FivetranClient m_client;
    QList<Webhook> m_webhooks; // every page, as the API lists them
    AccountInfo m_account;

    // Every webhook through the API, `limit` a page, and the account.
    bool fetch(int limit, QList<Webhook> *webhooks, AccountInfo *account)
    {
        QEventLoop loop;
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        int pending = 2;
        bool ok = true;
        const auto done = [&] {
            if (--pending == 0)
                loop.quit();
        };
        m_client.listAllWebhooks(
            limit, this, [webhooks](const WebhookPage &page) { *webhooks += page.items; },
            [&](const std::optional<ApiError> &error) {
                ok = ok && !error;
                done();
            });
        m_client.accountInfo(this, [&](const ApiResult<AccountInfo> &result) {
            ok = ok && result.ok();
            if (result.ok())
                *account = result.value();
            done();
        });
        if (pending > 0)
            loop.exec();
        return ok && pending == 0;
    }

    QString terraform(Secrets secrets = Secrets::Unmanaged) const
    {
        return WebhookExport::toTerraform(m_webhooks, fixedInfo(m_account), secrets);
    }
    QByteArray json() const { return WebhookExport::toJson(m_webhooks, fixedInfo(m_account)); }

private Q_SLOTS:
    void initTestCase()
    {
        // A fresh store: its id generator starts from the same seed, so the ids repeat.
        QVERIFY(m_sandbox.listen());
        m_sandbox.seedDemoData();
        QVERIFY(m_client.setBaseUrl(m_sandbox.baseUrl()).isEmpty());
        m_client.setCredentials(SandboxServer::demoCredentials());
        // Seven a page: the export must walk the cursor through six pages.
        QVERIFY(fetch(7, &m_webhooks, &m_account));
        QCOMPARE(m_webhooks.size(), m_sandbox.store().webhookCount());
        QVERIFY(m_webhooks.size() > 7 * 3);
    }

    void everyPageInServerOrder()
    {
        QList<Webhook> onePage;
        AccountInfo account;
        QVERIFY(fetch(1000, &onePage, &account));
        QCOMPARE(onePage, m_webhooks);
        for (Secrets secrets : {Secrets::Unmanaged, Secrets::Managed})
            QCOMPARE(WebhookExport::toTerraform(onePage, fixedInfo(account), secrets),
                terraform(secrets));
        const QList<Webhook> stored = m_sandbox.store().webhooks();
        for (int i = 0; i < stored.size(); ++i)
            QCOMPARE(m_webhooks.at(i).id, stored.at(i).id);
    }

    void terraformEqualsGoldenFile_data() { addSecretsRows(); }

    void terraformEqualsGoldenFile()
    {
        QFETCH(Secrets, secrets);
        const QString actual = terraform(secrets);
        const QString path = goldenPath(secrets);
        if (qEnvironmentVariableIsSet("FW_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
            qInfo("wrote %s", qPrintable(path));
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString golden = QString::fromUtf8(file.readAll());
        if (actual != golden) {
            const QStringList a = actual.split(QLatin1Char('\n')),
                              g = golden.split(QLatin1Char('\n'));
            for (int i = 0; i < qMax(a.size(), g.size()); ++i) {
                if (a.value(i) != g.value(i))
                    QFAIL(qPrintable(QStringLiteral("line %1 differs:\n  golden: %2\n  actual: %3\n"
                                                    "(FW_UPDATE_GOLDEN=1 rewrites the golden file)")
                                         .arg(i + 1)
                                         .arg(g.value(i), a.value(i))));
            }
        }
        QVERIFY(golden.contains(QLatin1String("Sandbox Inc. (demo) (sandbox_account)")));
        QVERIFY(golden.contains(QLatin1String("exported 2026-01-01T12:00:00Z")));
    }

    void terraformShape_data() { addSecretsRows(); }

    void terraformShape()
    {
        QFETCH(Secrets, secrets);
        const bool managed = secrets == Secrets::Managed;
        const QString variable = WebhookExport::secretsVariableName();
        QString error;
        const auto blocks = readHcl(terraform(secrets), &error);
        QVERIFY2(blocks, qPrintable(error));

        QStringList resources, variables;
        QHash<QString, QString> imports; // resource address -> id
        int terraformBlocks = 0;
        for (const HclBlock &block : *blocks) {
            if (block.type == QLatin1String("terraform")) {
                // Fivetran's provider, not the hashicorp/fivetran that `fivetran` means alone.
                ++terraformBlocks;
                QVERIFY(block.attributes.isEmpty());
                QCOMPARE(block.blocks.size(), 1);
                const HclBlock *providers = block.block(QStringLiteral("required_providers"));
                QVERIFY(providers && !providers->object && providers->attributes.isEmpty());
                QCOMPARE(providers->blocks.size(), 1);
                const HclBlock *fivetran = providers->block(QStringLiteral("fivetran"));
                QVERIFY(fivetran && fivetran->object);
                QCOMPARE(fivetran->attributes.size(), 2);
                QCOMPARE(hclUnquote(fivetran->value(QStringLiteral("source"))),
                    std::optional<QString>(QStringLiteral("fivetran/fivetran")));
                QCOMPARE(hclUnquote(fivetran->value(QStringLiteral("version"))),
                    std::optional<QString>(WebhookExport::providerVersionConstraint()));
            } else if (block.type == QLatin1String("variable")) {
                // Only the map of secrets, only when managed: sensitive, and empty by default so
                // that a plan never prompts.
                QVERIFY(managed);
                QCOMPARE(block.labels, QStringList{variable});
                variables << block.labels.constFirst();
                QCOMPARE(block.value(QStringLiteral("sensitive")), QStringLiteral("true"));
                QCOMPARE(block.value(QStringLiteral("type")), QStringLiteral("map(string)"));
                QCOMPARE(block.value(QStringLiteral("default")), QStringLiteral("{}"));
                QVERIFY(hclUnquote(block.value(QStringLiteral("description"))));
                const HclBlock *validation = block.block(QStringLiteral("validation"));
                QVERIFY(validation);
                QVERIFY(validation->value(QStringLiteral("condition"))
                            .contains(QStringLiteral("values(var.") + variable + u')'));
                QVERIFY(hclUnquote(validation->value(QStringLiteral("error_message"))));
            } else if (block.type == QLatin1String("resource")) {
                QCOMPARE(block.labels.size(), 2);
                QCOMPARE(block.labels.at(0), QStringLiteral("fivetran_webhook"));
                const QString name = block.labels.at(1);
                resources << name;
                const auto type = hclUnquote(block.value(QStringLiteral("type")));
                QVERIFY(
                    type && (*type == QLatin1String("account") || *type == QLatin1String("group")));
                QCOMPARE(block.has(QStringLiteral("group_id")), *type == QLatin1String("group"));
                if (block.has(QStringLiteral("group_id")))
                    QVERIFY(hclUnquote(block.value(QStringLiteral("group_id"))));
                QVERIFY(hclUnquote(block.value(QStringLiteral("url"))));
                QVERIFY(hclStringList(block.value(QStringLiteral("events"))));
                QVERIFY(QStringList({QStringLiteral("true"), QStringLiteral("false")})
                            .contains(block.value(QStringLiteral("active"))));
                QCOMPARE(block.attributes.size(), *type == QLatin1String("group") ? 6 : 5);
                QCOMPARE(block.blocks.size(), 1);
                const HclBlock *lifecycle = block.block(QStringLiteral("lifecycle"));
                QVERIFY(lifecycle);
                const QString key = WebhookExport::hclString(name);
                if (managed) {
                    QCOMPARE(block.value(QStringLiteral("secret")),
                        QStringLiteral("var.%1[%2]").arg(variable, key));
                    QVERIFY(lifecycle->attributes.isEmpty());
                    QCOMPARE(lifecycle->blocks.size(), 1);
                    const HclBlock *precondition = lifecycle->block(QStringLiteral("precondition"));
                    QVERIFY(precondition);
                    QCOMPARE(precondition->value(QStringLiteral("condition")),
                        QStringLiteral("contains(keys(var.%1), %2)").arg(variable, key));
                    const auto message
                        = hclUnquote(precondition->value(QStringLiteral("error_message")));
                    QVERIFY(
                        message && message->contains(QStringLiteral("fivetran_webhook.") + name));
                } else {
                    // A stand-in the provider requires, never sent: the webhook keeps its secret.
                    QCOMPARE(block.value(QStringLiteral("secret")), QStringLiteral("\"\""));
                    QCOMPARE(lifecycle->attributes,
                        (QList<std::pair<QString, QString>>{
                            {QStringLiteral("ignore_changes"), QStringLiteral("[secret]")}}));
                    QVERIFY(lifecycle->blocks.isEmpty());
                }
            } else if (block.type == QLatin1String("import")) {
                QVERIFY(block.labels.isEmpty());
                QVERIFY(block.blocks.isEmpty());
                const auto id = hclUnquote(block.value(QStringLiteral("id")));
                QVERIFY(id);
                imports.insert(block.value(QStringLiteral("to")), *id);
            } else {
                QFAIL(qPrintable(block.type));
            }
        }
        QCOMPARE(terraformBlocks, 1);
        QCOMPARE(variables.size(), managed ? 1 : 0);
        QCOMPARE(resources.size(), m_webhooks.size());
        QCOMPARE(QSet<QString>(resources.cbegin(), resources.cend()).size(), resources.size());
        for (const QString &name : std::as_const(resources)) {
            QVERIFY2(WebhookExport::isValidIdentifier(name), qPrintable(name));
            QVERIFY(imports.contains(QStringLiteral("fivetran_webhook.") + name));
        }
        QCOMPARE(imports.size(), resources.size());
    }

    // The reader above is strict: output that drifts from the subset fails it.
    void readerRejectsWhatFmtWouldChange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nested") << QStringLiteral(
            "a \"b\" {\n  x   = 1\n  yyy = 2\n\n  c {\n    d = [e]\n  }\n}\n")
                                << true;
        QTest::newRow("object") << QStringLiteral(
            "t {\n  p {\n    f = {\n      s  = \"x\"\n      vv = \"y\"\n    }\n  }\n}\n")
                                << true;
        QTest::newRow("misaligned") << QStringLiteral("a {\n  x = 1\n  yyy = 2\n}\n") << false;
        QTest::newRow("too far") << QStringLiteral("a {\n  x    = 1\n  yyy  = 2\n}\n") << false;
        QTest::newRow("nested misaligned")
            << QStringLiteral("a {\n  c {\n    d = 1\n    ee  = 2\n  }\n}\n") << false;
        QTest::newRow("bad indent") << QStringLiteral("a {\n  c {\n   d = 1\n  }\n}\n") << false;
        QTest::newRow("unclosed") << QStringLiteral("a {\n  c {\n    d = 1\n  }\n") << false;
        QTest::newRow("blank at end") << QStringLiteral("a {\n  x = 1\n\n}\n") << false;
        QTest::newRow("block in object")
            << QStringLiteral("a {\n  f = {\n    c {\n    }\n  }\n}\n") << false;
        QTest::newRow("multi-line value") << QStringLiteral("a {\n  x = [\n  ]\n}\n") << false;
        QTest::newRow("attribute at top") << QStringLiteral("x = 1\n") << false;
    }

    void readerRejectsWhatFmtWouldChange()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(bool(readHcl(text, &error)), valid);
    }

    void noSecret()
    {
        // The sandbox keeps the demo secret; the API shows "******"; neither may be exported.
        QVERIFY(std::any_of(m_webhooks.cbegin(), m_webhooks.cend(),
            [](const Webhook &w) { return w.secret == kMaskedSecret; }));
        const QByteArray secret = SandboxStore::demoSecret().toUtf8();
        for (const QByteArray &text :
            {json(), terraform().toUtf8(), terraform(Secrets::Managed).toUtf8()}) {
            QVERIFY(!text.contains(secret));
            QVERIFY(!text.contains(kMaskedSecret.toUtf8()));
        }
        QVERIFY(!json().contains("\"secret\""));
    }

    // The JSON export read back, the Terraform resources, its import blocks and its import
    // commands all describe the same webhooks as the API.
    void jsonAndTerraformAgree()
    {
        QString error;
        const auto document = WebhookExport::fromJson(json(), &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->info.accountName, m_account.accountName);
        QCOMPARE(document->webhooks.size(), m_webhooks.size());

        const QString hcl = terraform();
        const auto blocks = readHcl(hcl, &error);
        QVERIFY2(blocks, qPrintable(error));
        QHash<QString, HclBlock> resources;
        QHash<QString, QString> importBlocks;
        for (const HclBlock &block : *blocks) {
            if (block.type == QLatin1String("resource"))
                resources.insert(block.labels.at(1), block);
            else if (block.type == QLatin1String("import"))
                importBlocks.insert(block.value(QStringLiteral("to")).section(QLatin1Char('.'), 1),
                    *hclUnquote(block.value(QStringLiteral("id"))));
        }
        QHash<QString, QString> importCommands;
        static const QRegularExpression command(
            QStringLiteral("^# terraform import fivetran_webhook\\.([A-Za-z0-9_-]+) (\\S+)$"),
            QRegularExpression::MultilineOption);
        for (auto it = command.globalMatch(hcl); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            importCommands.insert(match.captured(1), match.captured(2));
        }
        QCOMPARE(importCommands.size(), m_webhooks.size());

        const QStringList names = WebhookExport::resourceNames(m_webhooks);
        for (int i = 0; i < m_webhooks.size(); ++i) {
            const Webhook &api = m_webhooks.at(i);
            const Webhook &fromJson = document->webhooks.at(i);
            QCOMPARE(fromJson.id, api.id);
            QCOMPARE(fromJson.url, api.url);
            QCOMPARE(fromJson.events, api.events);
            QCOMPARE(fromJson.active, api.active);
            QCOMPARE(fromJson.type, api.type);
            QCOMPARE(fromJson.groupId, api.groupId);
            QCOMPARE(fromJson.createdAt, api.createdAt);
            QVERIFY(fromJson.secret.isEmpty());

            const HclBlock resource = resources.value(names.at(i));
            QCOMPARE(*hclUnquote(resource.value(QStringLiteral("type"))), fromJson.type);
            QCOMPARE(hclUnquote(resource.value(QStringLiteral("group_id"))).value_or(QString()),
                fromJson.groupId);
            QCOMPARE(*hclUnquote(resource.value(QStringLiteral("url"))), fromJson.url);
            QCOMPARE(*hclStringList(resource.value(QStringLiteral("events"))), fromJson.events);
            QCOMPARE(
                resource.value(QStringLiteral("active")) == QLatin1String("true"), fromJson.active);
            QCOMPARE(importBlocks.value(names.at(i)), fromJson.id);
            QCOMPARE(importCommands.value(names.at(i)), fromJson.id);
        }
    }

    void terraformFmtLeavesItUnchanged_data() { addSecretsRows(); }

    void terraformFmtLeavesItUnchanged()
    {
        QFETCH(Secrets, secrets);
        const QString program = QStandardPaths::findExecutable(QStringLiteral("terraform"));
        if (program.isEmpty())
            QSKIP("terraform is not installed: the reader above checked the format instead");
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QByteArray hcl = terraform(secrets).toUtf8();
        const TerraformRun run = runTerraform(
            program, {QStringLiteral("fmt"), QStringLiteral("-")}, directory.path(), hcl);
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(hcl));
    }

    // Terraform itself decodes what hclString() wrote back to the original text.
    void terraformDecodesEveryEscape()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("terraform"));
        if (program.isEmpty())
            QSKIP("terraform is not installed");
        const QStringList texts{
            QStringLiteral("https://h.example/a?x=${var.y}&z=%{ if true }q%{ endif }"),
            QStringLiteral("quote \" backslash \\ end\\"),
            QStringLiteral("$${ already doubled, $$ and %% and trailing $"),
            QStringLiteral("line\nbreak\ttab\rreturn \u0001 control"),
            QStringLiteral("caf\u00e9 \u2603 \u2028"),
        };
        QString config = QStringLiteral("locals {\n  texts = [\n");
        for (const QString &text : texts)
            config
                += QStringLiteral("    ") + WebhookExport::hclString(text) + QStringLiteral(",\n");
        config += QStringLiteral("  ]\n}\n");
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QFile file(directory.filePath(QStringLiteral("main.tf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
        file.close();
        const TerraformRun run = runTerraform(
            program, {QStringLiteral("console")}, directory.path(), "jsonencode(local.texts)\n");
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        // The console prints the JSON text quoted, with JSON's escapes: decode that first.
        const QJsonArray printed = QJsonDocument::fromJson("[" + run.out.trimmed() + "]").array();
        QVERIFY2(printed.size() == 1 && printed.at(0).isString(), run.out.constData());
        const QJsonArray decoded
            = QJsonDocument::fromJson(printed.at(0).toString().toUtf8()).array();
        QCOMPARE(decoded.size(), texts.size());
        for (int i = 0; i < texts.size(); ++i)
            QCOMPARE(decoded.at(i).toString(), texts.at(i));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
