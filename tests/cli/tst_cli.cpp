// The command-line client end to end: the real executable, run with QProcess against an
// in-process sandbox. The sandbox is served by this test's event loop, so the test never blocks
// it: processes are awaited with QSignalSpy::wait, never QProcess::waitForFinished.

#include "SandboxServer.h"
#include "SandboxStore.h"

#include "../support/CliRun.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace fw;

namespace {

// A webhook endpoint: answers every POST with `status` and keeps the bodies it received.
class Receiver
{
public:
    explicit Receiver(int status)
        : m_status(status)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    int requestCount() const { return int(m_bodies.size()); }
    const QList<QByteArray> &bodies() const { return m_bodies; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(
                socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        m_bodies.append(buffer.mid(headerEnd + 4, length));
        m_buffers.remove(socket);
        const QByteArray reason = m_status < 300 ? "OK" : "Failure";
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reason
            + "\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
              "Connection: close\r\n\r\nok");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_status;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_bodies;
};

QJsonDocument parseJson(const QByteArray &text, QJsonParseError *error)
{
    return QJsonDocument::fromJson(text, error);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void help_data();
    void help();
    void listTable();
    void listJson();
    void listFirstPageSaysMoreExist();
    void listAllReturnsEveryRowOnce();
    void listAllJsonIsByteExact();
    void listPagesThroughCursors_data();
    void listPagesThroughCursors();
    void listBadCursor();
    void get();
    void createAccount();
    void createGroup();
    void createWarnsAboutUnknownEvents();
    void createRefusedByProbe();
    void update();
    void deleteThenGet();
    void testOneEvent();
    void testFailedDelivery();
    void testAllEvents();
    void groups();
    void account();
    void verify_data();
    void verify();
    void verifyUsage_data();
    void verifyUsage();
    void usageErrors_data();
    void usageErrors();
    void apiErrors_data();
    void apiErrors();
    void wrongCredentials();
    void base64Credentials();
    void missingCredentials_data();
    void missingCredentials();
    void plainHttpBaseUrlRefused();
    void unreachableServer();
    void timeout();
    void verboseLogsWithoutSecrets();
    void emptySecretRefused();
    void secretsNeverEchoed_data();
    void secretsNeverEchoed();

private:
    CliRun runCli(const QStringList &arguments, const QByteArray &input = QByteArray(),
        const QProcessEnvironment &environment = QProcessEnvironment());
    QProcessEnvironment baseEnvironment() const;
    QProcessEnvironment apiEnvironment() const;
    // A webhook created straight in the store, so that a test does not depend on `create`.
    Webhook addWebhook(const QString &url, const QStringList &events, bool active = false);
    QJsonArray signatureVectors();

    SandboxServer m_sandbox;
    Receiver m_receiver{200};
    Receiver m_failingReceiver{500};
};

CliRun TestCli::runCli(
    const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    return runCliProcess(QStringLiteral(FW_CLI_PATH), arguments, input,
                         environment.isEmpty() ? apiEnvironment() : environment, 20000);
}

QProcessEnvironment TestCli::baseEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("FIVETRAN_"))
            || name == QLatin1String("QT_LOGGING_RULES"))
            environment.remove(name);
    }
    return environment;
}

QProcessEnvironment TestCli::apiEnvironment() const
{
    QProcessEnvironment environment = baseEnvironment();
    const Credentials credentials = SandboxServer::demoCredentials();
    environment.insert(QStringLiteral("FIVETRAN_API_BASE"), m_sandbox.baseUrl().toString());
    environment.insert(QStringLiteral("FIVETRAN_API_KEY"), credentials.apiKey);
    environment.insert(QStringLiteral("FIVETRAN_API_SECRET"), credentials.apiSecret);
    return environment;
}

Webhook TestCli::addWebhook(const QString &url, const QStringList &events, bool active)
{
    Webhook webhook;
    webhook.type = QStringLiteral("account");
    webhook.url = url;
    webhook.events = events;
    webhook.active = active;
    return m_sandbox.store().addWebhook(webhook);
}

QJsonArray TestCli::signatureVectors()
{
    QFile file(QStringLiteral(FW_SHARED_SPEC_DIR "/testdata/signature-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("vectors"))
        .toArray();
}

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(FW_CLI_PATH)), FW_CLI_PATH);
    QVERIFY(m_sandbox.listen(QHostAddress::LocalHost, 0));
    m_sandbox.seedDemoData();
    // The demo webhooks point at example.com: keep failed deliveries short.
    m_sandbox.setDeliveryTimeout(std::chrono::milliseconds(3000));
    QVERIFY(m_receiver.listen());
    QVERIFY(m_failingReceiver.listen());
    QVERIFY(m_sandbox.store().webhookCount() > 7);
}

void TestCli::cleanup()
{
    m_sandbox.setFaults(SandboxFaults());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // on stdout for 0, on stderr otherwise

    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0
                            << QStringList{QStringLiteral("Exit codes"), QStringLiteral("list"),
                                   QStringLiteral("create-group"), QStringLiteral("verify"),
                                   QStringLiteral("--timeout"), QStringLiteral("FIVETRAN_API_KEY")};
    QTest::newRow("command --help")
        << QStringList{QStringLiteral("list"), QStringLiteral("--help")} << 0
        << QStringList{QStringLiteral("--all"), QStringLiteral("--cursor"),
               QStringLiteral("--limit"), QStringLiteral("next_cursor"),
               QStringLiteral("Exit codes")};
    QTest::newRow("help command") << QStringList{QStringLiteral("help"), QStringLiteral("test")}
                                  << 0
                                  << QStringList{
                                         QStringLiteral("--all-events"), QStringLiteral("--event")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringList{QStringLiteral(FW_VERSION)};
    QTest::newRow("no command") << QStringList() << 2 << QStringList{QStringLiteral("No command")};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    CliRun run;
    RUN_CLI(run, arguments, QByteArray(), baseEnvironment()); // needs no credentials
    EXPECT_EXIT(run, exitCode);
    const QString text = exitCode == 0 ? run.outText() : run.errText();
    for (const QString &word : expected)
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" missing in:\n") + text));
}

void TestCli::listTable()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("list")});
    EXPECT_EXIT(run, 0);
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + m_sandbox.store().webhookCount()); // all fit on one page of 100
    const QString header = lines.first();
    QVERIFY(header.contains(
        QRegularExpression(QStringLiteral("^ID +SCOPE +GROUP +ACTIVE +EVENTS +URL$"))));
    // Aligned: every row has its scope and its URL exactly under the header's columns.
    const qsizetype scopeColumn = header.indexOf(QLatin1String("SCOPE"));
    const qsizetype urlColumn = header.indexOf(QLatin1String("URL"));
    const QList<Webhook> webhooks = m_sandbox.store().webhooks();
    for (const Webhook &webhook : webhooks) {
        const auto row = std::find_if(lines.cbegin(), lines.cend(),
            [&webhook](const QString &l) { return l.startsWith(webhook.id + QLatin1Char(' ')); });
        QVERIFY2(row != lines.cend(), qPrintable(webhook.id));
        QCOMPARE(row->mid(scopeColumn, webhook.type.size()), webhook.type);
        QCOMPARE(row->mid(urlColumn), webhook.url);
    }
    QVERIFY2(!run.errText().contains(QLatin1String("more webhooks")), run.err.constData());
}

void TestCli::listJson()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    QJsonParseError error;
    const QJsonDocument document = parseJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    // The shape of the API's data object; every webhook fits on the first page of 100.
    QVERIFY(document.isObject());
    QCOMPARE(document.object().keys(),
        QStringList({QStringLiteral("items"), QStringLiteral("next_cursor")}));
    QVERIFY(document.object().value(QLatin1String("next_cursor")).isNull());
    const QJsonArray array = document.object().value(QLatin1String("items")).toArray();
    QCOMPARE(array.size(), m_sandbox.store().webhookCount());
    for (const QJsonValue &value : array) {
        const Webhook listed = Webhook::fromJson(value.toObject());
        const Webhook *stored = m_sandbox.store().webhook(listed.id);
        QVERIFY2(stored, qPrintable(listed.id));
        QCOMPARE(listed.url, stored->url);
        QCOMPARE(listed.events, stored->events);
        QCOMPARE(listed.active, stored->active);
        QCOMPARE(listed.groupId, stored->groupId);
        // The secret is write-only: the mask when set, never its value.
        QCOMPARE(listed.secret, stored->hasSecret() ? kMaskedSecret : QString());
        // Exactly Webhook::toJson() of what was parsed: nothing added, nothing lost.
        QCOMPARE(value.toObject(), listed.toJson());
    }
}

void TestCli::listFirstPageSaysMoreExist()
{
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("7"),
            QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QLatin1String("items")).toArray().size(), 7);
    const QString cursor = object.value(QLatin1String("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    // The note says how to go on, with the cursor the JSON carries.
    QVERIFY2(run.errText().contains(
                 QStringLiteral("more webhooks exist: use --all, or --cursor %1").arg(cursor)),
        run.err.constData());

    RUN_CLI(run, {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("7")});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.outText().count(QLatin1Char('\n')), 1 + 7);
    QVERIFY2(run.errText().contains(
                 QStringLiteral("more webhooks exist: use --all, or --cursor %1").arg(cursor)),
        run.err.constData());
}

void TestCli::listAllReturnsEveryRowOnce()
{
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--limit"),
            QStringLiteral("7"), QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QVERIFY(object.contains(QLatin1String("next_cursor")));
    QVERIFY(object.value(QLatin1String("next_cursor")).isNull()); // --all always ends
    const QJsonArray array = object.value(QLatin1String("items")).toArray();
    QSet<QString> ids;
    for (const QJsonValue &value : array)
        ids.insert(value.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(array.size(), m_sandbox.store().webhookCount());
    QCOMPARE(ids.size(), array.size()); // no row twice
    for (const Webhook &webhook : m_sandbox.store().webhooks())
        QVERIFY2(ids.contains(webhook.id), qPrintable(webhook.id)); // no row missing
    QVERIFY(!run.errText().contains(QLatin1String("more webhooks")));
}

// list --all --json writes plain rows itself rather than through QJsonDocument (for speed): the
// bytes stay exactly QJsonDocument's, for plain rows and for those that take the general path
// (escapes, non-ASCII text, control characters, unknown fields), over several pages.
void TestCli::listAllJsonIsByteExact()
{
    const auto make = [](const QString &url, const QStringList &events, bool active) {
        Webhook webhook;
        webhook.type = QStringLiteral("account");
        webhook.url = url;
        webhook.events = events;
        webhook.active = active;
        return webhook;
    };
    QList<Webhook> extra{
        make(QStringLiteral("https://q.example.com/a\"b\\c"), {QStringLiteral("sync_end")}, false),
        make(QStringLiteral("https://t.example.com/\tx"), {}, true),
        make(QStringLiteral("https://u.example.com/caf\u00e9"), {QStringLiteral("sync_start")}, true),
        make(QStringLiteral("https://x.example.com/"), {QStringLiteral("sync_end")}, true),
    };
    extra[2].createdBy = QStringLiteral("Zo\u00eb");
    extra[1].secret = QStringLiteral("s3cret");
    extra[3].extraFields.insert(QLatin1String("future_field"), 1.5);
    extra[3].extraFields.insert(QLatin1String("nested"),
                                QJsonObject{{QLatin1String("a"), QJsonArray{1, QStringLiteral("x")}}});
    QStringList added;
    for (const Webhook &webhook : std::as_const(extra))
        added.append(m_sandbox.store().addWebhook(webhook).id);
    const auto removeAdded = qScopeGuard([&] {
        for (const QString &id : std::as_const(added))
            m_sandbox.store().removeWebhook(id);
    });

    QByteArray expected;
    for (Webhook webhook : m_sandbox.store().webhooks()) {
        if (webhook.hasSecret())
            webhook.secret = kMaskedSecret;
        expected += expected.isEmpty() ? "        " : ",\n        ";
        expected += QJsonDocument(webhook.toJson()).toJson(QJsonDocument::Compact);
    }
    expected = "{\n    \"items\": [\n" + expected + "\n    ],\n    \"next_cursor\": null\n}\n";

    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--limit"),
            QStringLiteral("3"), QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.out, expected);
}

// Page by page through --cursor, as a script would: every webhook exactly once, each page at
// most --limit long, and the cursor taken from the JSON or from the text output's note.
void TestCli::listPagesThroughCursors_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("json");
    QTest::newRow("json, limit 1") << 1 << true;
    QTest::newRow("json, limit 4") << 4 << true;
    QTest::newRow("text, limit 3") << 3 << false;
}

void TestCli::listPagesThroughCursors()
{
    QFETCH(int, limit);
    QFETCH(bool, json);
    const int count = m_sandbox.store().webhookCount();
    const QRegularExpression note(
        QStringLiteral("more webhooks exist: use --all, or --cursor (\\S+)\n"));
    QStringList ids;
    QString cursor;
    int pages = 0;
    do {
        QVERIFY2(pages <= count / limit + 1, "more pages than the account holds");
        QStringList arguments{
            QStringLiteral("list"), QStringLiteral("--limit"), QString::number(limit)};
        if (!cursor.isEmpty())
            arguments << QStringLiteral("--cursor") << cursor;
        if (json)
            arguments << QStringLiteral("--json");
        CliRun run;
        RUN_CLI(run, arguments);
        EXPECT_EXIT(run, 0);
        ++pages;
        QStringList page;
        const QRegularExpressionMatch match = note.match(run.errText());
        if (json) {
            const QJsonObject object = QJsonDocument::fromJson(run.out).object();
            for (const QJsonValue &value : object.value(QLatin1String("items")).toArray())
                page << value.toObject().value(QLatin1String("id")).toString();
            const QJsonValue next = object.value(QLatin1String("next_cursor"));
            QVERIFY(next.isNull() || (next.isString() && !next.toString().isEmpty()));
            cursor = next.toString();
            QCOMPARE(match.hasMatch() ? match.captured(1) : QString(), cursor);
        } else {
            QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(lines.size() > 1); // the header, then the rows
            for (const QString &line : lines.mid(1))
                page << line.section(QLatin1Char(' '), 0, 0);
            cursor = match.captured(1);
        }
        QVERIFY(!page.isEmpty());
        QVERIFY(page.size() <= limit);
        ids += page;
    } while (!cursor.isEmpty());

    QCOMPARE(pages, (count + limit - 1) / limit);
    QCOMPARE(ids.size(), count);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), count); // none twice
    for (const Webhook &webhook : m_sandbox.store().webhooks())
        QVERIFY2(ids.contains(webhook.id), qPrintable(webhook.id)); // none missing
}

// A cursor the server does not know: its error, a hint, exit code 3 and nothing on stdout.
void TestCli::listBadCursor()
{
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("list"), QStringLiteral("--cursor"), QStringLiteral("no-such-cursor"),
            QStringLiteral("--json")});
    EXPECT_EXIT(run, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QLatin1String("Invalid cursor value")), run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("InvalidInput")), run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("Fivetran refused the --cursor")),
        run.err.constData());
}

void TestCli::get()
{
    const QList<Webhook> webhooks = m_sandbox.store().webhooks();
    const auto withSecret = std::find_if(
        webhooks.cbegin(), webhooks.cend(), [](const Webhook &w) { return w.hasSecret(); });
    QVERIFY(withSecret != webhooks.cend());
    const Webhook webhook = *withSecret;

    CliRun run;
    RUN_CLI(run, {QStringLiteral("get"), webhook.id});
    EXPECT_EXIT(run, 0);
    const QString text = run.outText();
    QVERIFY(text.contains(QRegularExpression(
        QStringLiteral("^ID +%1$").arg(webhook.id), QRegularExpression::MultilineOption)));
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("^URL +%1$").arg(QRegularExpression::escape(webhook.url)),
            QRegularExpression::MultilineOption)));
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("^Secret +set$"), QRegularExpression::MultilineOption)));
    QVERIFY(!run.out.contains(SandboxStore::demoSecret().toUtf8()));

    RUN_CLI(run, {QStringLiteral("get"), webhook.id, QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    const Webhook shown = Webhook::fromJson(object);
    QCOMPARE(shown.id, webhook.id);
    QCOMPARE(shown.url, webhook.url);
    QCOMPARE(shown.events, webhook.events);
    QCOMPARE(shown.createdAt, webhook.createdAt);
    QCOMPARE(shown.secret, kMaskedSecret);
}

void TestCli::createAccount()
{
    const int before = m_sandbox.store().webhookCount();
    const int probesBefore = m_receiver.requestCount();
    const QByteArray secret = "account-hook-secret-7731";
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("create-account"), QStringLiteral("--url"), m_receiver.url(),
            QStringLiteral("--event"), QStringLiteral("sync_start"), QStringLiteral("--event"),
            QStringLiteral("sync_end"), QStringLiteral("--secret-stdin"), QStringLiteral("--json")},
        secret + '\n');
    EXPECT_EXIT(run, 0);
    QCOMPARE(m_sandbox.store().webhookCount(), before + 1);
    const Webhook created = Webhook::fromJson(QJsonDocument::fromJson(run.out).object());
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(created.type, QStringLiteral("account"));
    QCOMPARE(created.url, m_receiver.url());
    QCOMPARE(
        created.events, (QStringList{QStringLiteral("sync_start"), QStringLiteral("sync_end")}));
    QVERIFY(created.active);
    const Webhook *stored = m_sandbox.store().webhook(created.id);
    QVERIFY(stored);
    QCOMPARE(stored->secret, QString::fromUtf8(secret)); // the newline was stripped
    QVERIFY(m_receiver.requestCount() > probesBefore); // created active: the URL was probed
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
}

void TestCli::createGroup()
{
    const Group group = m_sandbox.store().groups().constLast();
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("create-group"), group.id, QStringLiteral("--url"),
            m_receiver.url(QStringLiteral("/group")), QStringLiteral("--event"),
            QStringLiteral("sync_end,connection_failure"), QStringLiteral("--inactive")});
    EXPECT_EXIT(run, 0);
    const QRegularExpressionMatch id
        = QRegularExpression(QStringLiteral("^ID +(\\S+)$"), QRegularExpression::MultilineOption)
              .match(run.outText());
    QVERIFY2(id.hasMatch(), run.out.constData());
    const Webhook *stored = m_sandbox.store().webhook(id.captured(1));
    QVERIFY(stored);
    QCOMPARE(stored->groupId, group.id);
    QCOMPARE(stored->type, QStringLiteral("group"));
    QVERIFY(!stored->active);
    QCOMPARE(stored->events,
        (QStringList{QStringLiteral("sync_end"), QStringLiteral("connection_failure")}));
    QVERIFY(!stored->hasSecret());
    QVERIFY(run.outText().contains(QRegularExpression(
        QStringLiteral("^Group +%1$").arg(group.id), QRegularExpression::MultilineOption)));
}

void TestCli::createWarnsAboutUnknownEvents()
{
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("create-account"), QStringLiteral("--url"), m_receiver.url(),
            QStringLiteral("--event"), QStringLiteral("my_custom_event"),
            QStringLiteral("--inactive"), QStringLiteral("--json")});
    EXPECT_EXIT(run, 0); // the API accepts any event name
    QVERIFY2(run.errText().contains(QLatin1String("warning"))
            && run.errText().contains(QLatin1String("my_custom_event")),
        run.err.constData());
    const Webhook created = Webhook::fromJson(QJsonDocument::fromJson(run.out).object());
    QCOMPARE(created.events, QStringList{QStringLiteral("my_custom_event")});
}

void TestCli::createRefusedByProbe()
{
    const int before = m_sandbox.store().webhookCount();
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("create-account"), QStringLiteral("--url"), m_failingReceiver.url(),
            QStringLiteral("--event"), QStringLiteral("sync_end")});
    EXPECT_EXIT(run, 3);
    QVERIFY2(run.errText().contains(QLatin1String("invalid_input"))
            && run.errText().contains(QLatin1String("HTTP 400"))
            && run.errText().contains(QLatin1String("--inactive")),
        run.err.constData());
    QCOMPARE(m_sandbox.store().webhookCount(), before);
}

void TestCli::update()
{
    const Webhook webhook
        = addWebhook(m_receiver.url(QStringLiteral("/old")), {QStringLiteral("sync_start")});
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("update"), webhook.id, QStringLiteral("--url"),
            m_receiver.url(QStringLiteral("/new")), QStringLiteral("--event"),
            QStringLiteral("sync_end"), QStringLiteral("--active"), QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    const Webhook shown = Webhook::fromJson(QJsonDocument::fromJson(run.out).object());
    QCOMPARE(shown.id, webhook.id);
    QCOMPARE(shown.url, m_receiver.url(QStringLiteral("/new")));
    QVERIFY(shown.active);
    const Webhook *stored = m_sandbox.store().webhook(webhook.id);
    QVERIFY(stored);
    QCOMPARE(stored->url, m_receiver.url(QStringLiteral("/new")));
    QCOMPARE(stored->events, QStringList{QStringLiteral("sync_end")});
    QVERIFY(stored->active);

    // Only what is given changes.
    RUN_CLI(run, {QStringLiteral("update"), webhook.id, QStringLiteral("--inactive")});
    EXPECT_EXIT(run, 0);
    stored = m_sandbox.store().webhook(webhook.id);
    QVERIFY(!stored->active);
    QCOMPARE(stored->url, m_receiver.url(QStringLiteral("/new")));
    QCOMPARE(stored->events, QStringList{QStringLiteral("sync_end")});
    QVERIFY(run.outText().contains(
        QRegularExpression(QStringLiteral("^Active +no$"), QRegularExpression::MultilineOption)));

    RUN_CLI(run, {QStringLiteral("update"), webhook.id, QStringLiteral("--secret-stdin")},
        "rotated-secret-4410\r\n");
    EXPECT_EXIT(run, 0);
    QCOMPARE(m_sandbox.store().webhook(webhook.id)->secret, QStringLiteral("rotated-secret-4410"));
    QVERIFY(run.outText().contains(
        QRegularExpression(QStringLiteral("^Secret +set$"), QRegularExpression::MultilineOption)));
}

void TestCli::deleteThenGet()
{
    const Webhook webhook = addWebhook(m_receiver.url(), {QStringLiteral("sync_end")});
    CliRun run;
    RUN_CLI(run, {QStringLiteral("delete"), webhook.id});
    EXPECT_EXIT(run, 0);
    QVERIFY(run.outText().contains(webhook.id));
    QVERIFY(!m_sandbox.store().webhook(webhook.id));

    RUN_CLI(run, {QStringLiteral("get"), webhook.id});
    EXPECT_EXIT(run, 3);
    QVERIFY2(run.errText().contains(QLatin1String("NotFound"))
            && run.errText().contains(QLatin1String("not_found"))
            && run.errText().contains(QLatin1String("404")),
        run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::testOneEvent()
{
    const Webhook webhook = addWebhook(m_receiver.url(QStringLiteral("/tested")),
        {QStringLiteral("sync_start"), QStringLiteral("sync_end")});
    const int before = m_receiver.requestCount();
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("test"), webhook.id, QStringLiteral("--event"),
            QStringLiteral("sync_start")});
    EXPECT_EXIT(run, 0);
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(
        QRegularExpression(QStringLiteral("^EVENT +DELIVERED +STATUS +MESSAGE$"))));
    QVERIFY2(lines.at(1).contains(QRegularExpression(QStringLiteral("^sync_start +yes +200\\b"))),
        qPrintable(lines.at(1)));
    QCOMPARE(m_receiver.requestCount(), before + 1);
    QVERIFY(m_receiver.bodies().constLast().contains("\"sync_start\""));

    RUN_CLI(run,
        {QStringLiteral("test"), webhook.id, QStringLiteral("--event"), QStringLiteral("sync_end"),
            QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject result = array.first().toObject();
    QCOMPARE(result.value(QLatin1String("event")).toString(), QStringLiteral("sync_end"));
    QCOMPARE(result.value(QLatin1String("succeed")).toBool(), true);
    QCOMPARE(result.value(QLatin1String("status")).toInt(), 200);
}

void TestCli::testFailedDelivery()
{
    const Webhook webhook = addWebhook(m_failingReceiver.url(), {QStringLiteral("sync_end")});
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("test"), webhook.id, QStringLiteral("--event"),
            QStringLiteral("sync_end")});
    EXPECT_EXIT(run, 1); // Fivetran answered 200, but the delivery failed
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(QRegularExpression(QStringLiteral("^sync_end +no +500\\b"))),
        qPrintable(lines.at(1)));
}

void TestCli::testAllEvents()
{
    const QStringList events{QStringLiteral("sync_start"), QStringLiteral("sync_end"),
        QStringLiteral("connection_failure")};
    const Webhook webhook = addWebhook(m_receiver.url(QStringLiteral("/all")), events);
    const int before = m_receiver.requestCount();
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("test"), webhook.id, QStringLiteral("--all-events"),
            QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), events.size());
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject result = array.at(i).toObject();
        QCOMPARE(result.value(QLatin1String("event")).toString(), events.at(i));
        QVERIFY(result.value(QLatin1String("succeed")).toBool());
    }
    QCOMPARE(m_receiver.requestCount(), before + int(events.size()));

    // A mixed outcome: one endpoint failing makes the whole run answer 1, with every row shown.
    const Webhook failing = addWebhook(m_failingReceiver.url(), events);
    RUN_CLI(run, {QStringLiteral("test"), failing.id, QStringLiteral("--all-events")});
    EXPECT_EXIT(run, 1);
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + events.size());
    for (int i = 0; i < events.size(); ++i)
        QVERIFY(lines.at(1 + i).startsWith(events.at(i) + QLatin1Char(' ')));
}

void TestCli::groups()
{
    const QList<Group> groups = m_sandbox.store().groups();
    CliRun run;
    RUN_CLI(run, {QStringLiteral("groups")});
    EXPECT_EXIT(run, 0);
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + groups.size());
    QVERIFY(lines.first().contains(QRegularExpression(QStringLiteral("^ID +NAME +CREATED$"))));
    for (const Group &group : groups) {
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                     [&group](const QString &line) {
                         return line.startsWith(group.id + QLatin1Char(' '))
                             && line.contains(group.name);
                     }),
            qPrintable(group.id));
    }

    RUN_CLI(run, {QStringLiteral("groups"), QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), groups.size());
    for (int i = 0; i < groups.size(); ++i)
        QCOMPARE(Group::fromJson(array.at(i).toObject()).id, groups.at(i).id);
}

void TestCli::account()
{
    const AccountInfo expected = m_sandbox.store().account();
    CliRun run;
    RUN_CLI(run, {QStringLiteral("account")});
    EXPECT_EXIT(run, 0);
    QVERIFY(run.outText().contains(QRegularExpression(
        QStringLiteral("^Account name +%1$").arg(QRegularExpression::escape(expected.accountName)),
        QRegularExpression::MultilineOption)));
    QVERIFY(run.outText().contains(expected.accountId));

    RUN_CLI(run, {QStringLiteral("account"), QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    QCOMPARE(AccountInfo::fromJson(QJsonDocument::fromJson(run.out).object()), expected);
}

void TestCli::verify_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<bool>("bodyFromFile"); // then the secret comes on stdin
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // on stdout

    const QJsonArray vectors = signatureVectors();
    if (vectors.isEmpty())
        QSKIP("shared/spec/testdata/signature-vectors.json is missing");

    for (int i = 0; i < vectors.size(); ++i) {
        const QJsonObject vector = vectors.at(i).toObject();
        const QByteArray body = vector.value(QLatin1String("body")).toString().toUtf8();
        const QByteArray secret = vector.value(QLatin1String("secret")).toString().toUtf8();
        const QString upper = vector.value(QLatin1String("signature_upper")).toString();
        const QString lower = vector.value(QLatin1String("signature_lower")).toString();
        const QByteArray name = "vector " + QByteArray::number(i);
        const auto tag = [&name](const char *what) { return QByteArray(name + ' ' + what); };
        QTest::newRow(tag("upper").constData())
            << body << secret << upper << false << 0 << QStringLiteral("valid");
        QTest::newRow(tag("lower").constData())
            << body << secret << lower << false << 0 << QStringLiteral("valid");
        QTest::newRow(tag("body file, secret on stdin").constData())
            << body << secret << upper << true << 0 << QStringLiteral("valid");
        QTest::newRow(tag("tampered body").constData())
            << (body.isEmpty() ? QByteArray("{}") : QByteArray(body).replace("sync", "SYNC"))
            << secret << upper << false << 1 << QStringLiteral("mismatch");
        QTest::newRow(tag("wrong secret").constData()) << body << QByteArray(secret + "x") << upper
                                                       << false << 1 << QStringLiteral("mismatch");
        if (body.endsWith('\n')) {
            QTest::newRow(tag("newline lost").constData()) << body.chopped(
                1) << secret << upper << false << 1 << QStringLiteral("with a trailing newline");
        } else {
            // What `echo "$body" | verify` sends.
            QTest::newRow(tag("newline added").constData())
                << QByteArray(body + '\n') << secret << upper << false << 1
                << QStringLiteral("without its trailing newline");
        }
    }
    const QJsonObject first = vectors.first().toObject();
    QTest::newRow("sha256= prefix")
        << first.value(QLatin1String("body")).toString().toUtf8()
        << first.value(QLatin1String("secret")).toString().toUtf8()
        << QStringLiteral("sha256=") + first.value(QLatin1String("signature_lower")).toString()
        << false << 1 << QStringLiteral("Without the 'sha256=' prefix the signature matches");
    QTest::newRow("truncated") << first.value(QLatin1String("body")).toString().toUtf8()
                               << first.value(QLatin1String("secret")).toString().toUtf8()
                               << first.value(QLatin1String("signature_lower")).toString().left(40)
                               << false << 1 << QStringLiteral("malformed");
}

void TestCli::verify()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QString, signature);
    QFETCH(bool, bodyFromFile);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);

    QProcessEnvironment environment = baseEnvironment(); // verify needs no API credentials
    QStringList arguments{QStringLiteral("verify"), QStringLiteral("--signature"), signature};
    QByteArray input;
    QTemporaryFile bodyFile;
    if (bodyFromFile) {
        QVERIFY(bodyFile.open());
        bodyFile.write(body);
        bodyFile.close();
        arguments << QStringLiteral("--body-file") << bodyFile.fileName()
                  << QStringLiteral("--secret-stdin");
        input = secret + '\n';
    } else {
        environment.insert(QStringLiteral("FIVETRAN_WEBHOOK_SECRET"), QString::fromUtf8(secret));
        input = body;
    }
    CliRun run;
    RUN_CLI(run, arguments, input, environment);
    EXPECT_EXIT(run, exitCode);
    QVERIFY2(run.outText().contains(expected), run.diagnostics().constData());
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));

    RUN_CLI(run, arguments << QStringLiteral("--json"), input, environment);
    EXPECT_EXIT(run, exitCode);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QLatin1String("valid")).toBool(), exitCode == 0);
    QCOMPARE(object.value(QLatin1String("body_bytes")).toInt(), int(body.size()));
}

void TestCli::verifyUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("secretInEnvironment");
    QTest::addColumn<QString>("expected"); // on stderr

    QTest::newRow("no signature") << QStringList{QStringLiteral("verify")} << true
                                  << QStringLiteral("--signature");
    QTest::newRow("secret on stdin without body file") << QStringList{QStringLiteral("verify"),
        QStringLiteral("--signature"), QStringLiteral("ABC"), QStringLiteral("--secret-stdin")}
                                                       << true << QStringLiteral("--body-file");
    QTest::newRow("no secret") << QStringList{QStringLiteral("verify"),
        QStringLiteral("--signature"), QStringLiteral("ABC")}
                               << false << QStringLiteral("FIVETRAN_WEBHOOK_SECRET");
    QTest::newRow("missing body file") << QStringList{QStringLiteral("verify"),
        QStringLiteral("--signature"), QStringLiteral("ABC"), QStringLiteral("--body-file"),
        QStringLiteral("/nonexistent/body.json")}
                                       << true << QStringLiteral("/nonexistent/body.json");
}

void TestCli::verifyUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, secretInEnvironment);
    QFETCH(QString, expected);
    QProcessEnvironment environment = baseEnvironment();
    if (secretInEnvironment)
        environment.insert(QStringLiteral("FIVETRAN_WEBHOOK_SECRET"), QStringLiteral("s"));
    CliRun run;
    RUN_CLI(run, arguments, QByteArray("{}"), environment);
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.errText().contains(expected), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // on stderr

    const QString https = QStringLiteral("https://hooks.example.com/x");
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *item : list)
            result << QString::fromUtf8(item);
        return result;
    };
    QTest::newRow("create without --url")
        << args({"create-account", "--event", "sync_end"}) << QStringLiteral("--url");
    QTest::newRow("create without --event")
        << (args({"create-account", "--url"}) << https) << QStringLiteral("--event");
    QTest::newRow("create with http URL")
        << args({"create-account", "--url", "http://example.com/hook", "--event", "sync_end"})
        << QStringLiteral("https");
    QTest::newRow("create with a URL without host")
        << args({"create-account", "--url", "https:///hook", "--event", "sync_end"})
        << QStringLiteral("--url");
    QTest::newRow("create-group without group")
        << (args({"create-group", "--event", "sync_end", "--url"}) << https)
        << QStringLiteral("GROUP_ID");
    QTest::newRow("create --active") // only update has it: a create is active by default
        << (args({"create-account", "--active", "--event", "sync_end", "--url"}) << https)
        << QStringLiteral("active");
    QTest::newRow("update without changes")
        << args({"update", "abc_def"}) << QStringLiteral("Nothing to change");
    QTest::newRow("update --active --inactive")
        << args({"update", "abc_def", "--active", "--inactive"}) << QStringLiteral("together");
    QTest::newRow("update with http URL")
        << args({"update", "abc_def", "--url", "http://hooks.example.com/x"})
        << QStringLiteral("https");
    QTest::newRow("test without event") << args({"test", "abc_def"}) << QStringLiteral("--event");
    QTest::newRow("test with both")
        << args({"test", "abc_def", "--event", "sync_end", "--all-events"})
        << QStringLiteral("not both");
    QTest::newRow("list --limit 0") << args({"list", "--limit", "0"}) << QStringLiteral("--limit");
    QTest::newRow("list --limit 1001")
        << args({"list", "--limit", "1001"}) << QStringLiteral("--limit");
    QTest::newRow("list --limit abc")
        << args({"list", "--limit", "abc"}) << QStringLiteral("--limit");
    QTest::newRow("list --all --cursor")
        << args({"list", "--all", "--cursor", "abc"}) << QStringLiteral("--cursor and --all");
    QTest::newRow("list --cursor empty")
        << args({"list", "--cursor", ""}) << QStringLiteral("--cursor needs a cursor");
    QTest::newRow("list --cursor too long") << (args({"list", "--cursor"})
        << QString(4097, QLatin1Char('c'))) << QStringLiteral("--cursor is too long");
    QTest::newRow("get --cursor") << args({"get", "abc_def", "--cursor", "abc"})
                                  << QStringLiteral("cursor");
    QTest::newRow("unknown option") << args({"list", "--bogus"}) << QStringLiteral("bogus");
    QTest::newRow("option of another command")
        << args({"list", "--all-events"}) << QStringLiteral("all-events");
    QTest::newRow("unknown command") << args({"frobnicate"}) << QStringLiteral("Unknown command");
    QTest::newRow("get without id") << args({"get"}) << QStringLiteral("ID");
    QTest::newRow("get with two ids") << args({"get", "a", "b"}) << QStringLiteral("one ID");
    QTest::newRow("id that is a dot segment") << args({"delete", ".."}) << QStringLiteral("ID");
    QTest::newRow("id with a slash") << args({"get", "../groups"}) << QStringLiteral("ID");
    QTest::newRow("list with an argument")
        << args({"list", "extra"}) << QStringLiteral("no arguments");
    QTest::newRow("bad timeout") << args({"--timeout", "-1", "list"})
                                 << QStringLiteral("--timeout");
    QTest::newRow("zero timeout") << args({"list", "--timeout", "0"})
                                  << QStringLiteral("--timeout");
    QTest::newRow("secret as option") << (args({"create-account", "--event", "sync_end", "--secret",
                                              "cmdline-secret-881", "--url"})
        << https) << QStringLiteral("--secret-stdin");
    QTest::newRow("secret as option=value")
        << args({"update", "abc_def", "--secret=cmdline-secret-881"})
        << QStringLiteral("--secret-stdin");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const int before = m_sandbox.store().webhookCount();
    QSignalSpy requests(&m_sandbox, &SandboxServer::requestHandled);
    CliRun run;
    RUN_CLI(run, arguments, QByteArray("\n"));
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.errText().contains(expected), run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("--help")), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains("cmdline-secret-881"));
    // Refused before any request: nothing was sent, nothing was created.
    QCOMPARE(requests.count(), 0);
    QCOMPARE(m_sandbox.store().webhookCount(), before);
}

void TestCli::apiErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // on stderr

    const QString missing = QStringLiteral("no_such_webhook");
    QTest::newRow("get") << QStringList{QStringLiteral("get"), missing}
                         << QStringLiteral("NotFound");
    QTest::newRow("delete") << QStringList{QStringLiteral("delete"), missing}
                            << QStringLiteral("NotFound");
    QTest::newRow("update") << QStringList{QStringLiteral("update"), missing,
        QStringLiteral("--inactive")}
                            << QStringLiteral("NotFound");
    QTest::newRow("test") << QStringList{QStringLiteral("test"), missing, QStringLiteral("--event"),
        QStringLiteral("sync_end")}
                          << QStringLiteral("NotFound");
    QTest::newRow("test --all-events") << QStringList{QStringLiteral("test"), missing,
        QStringLiteral("--all-events")} << QStringLiteral("NotFound");
    QTest::newRow("create-group in unknown group")
        << QStringList{QStringLiteral("create-group"), QStringLiteral("no_such_group"),
               QStringLiteral("--url"), QStringLiteral("https://hooks.example.com/x"),
               QStringLiteral("--event"), QStringLiteral("sync_end"), QStringLiteral("--inactive")}
        << QStringLiteral("groups command");
}

void TestCli::apiErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const int before = m_sandbox.store().webhookCount();
    CliRun run;
    RUN_CLI(run, arguments);
    EXPECT_EXIT(run, 3);
    QVERIFY2(run.errText().contains(expected), run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("HTTP 404")), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_sandbox.store().webhookCount(), before);
}

void TestCli::wrongCredentials()
{
    QProcessEnvironment environment = apiEnvironment();
    environment.insert(QStringLiteral("FIVETRAN_API_SECRET"), QStringLiteral("wrong-secret-5531"));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("list")}, QByteArray(), environment);
    EXPECT_EXIT(run, 3);
    QVERIFY2(run.errText().contains(QLatin1String("unauthorized"))
            && run.errText().contains(QLatin1String("HTTP 401"))
            && run.errText().contains(QLatin1String("API key or secret")),
        run.err.constData());
    QVERIFY(!run.err.contains("wrong-secret-5531"));
    QVERIFY(run.out.isEmpty());
}

void TestCli::base64Credentials()
{
    const Credentials credentials = SandboxServer::demoCredentials();
    QProcessEnvironment environment = apiEnvironment();
    environment.remove(QStringLiteral("FIVETRAN_API_SECRET"));
    environment.insert(QStringLiteral("FIVETRAN_API_KEY"),
        QString::fromLatin1(
            (credentials.apiKey + QLatin1Char(':') + credentials.apiSecret).toUtf8().toBase64()));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("account"), QStringLiteral("--json")}, QByteArray(), environment);
    EXPECT_EXIT(run, 0);
    QCOMPARE(AccountInfo::fromJson(QJsonDocument::fromJson(run.out).object()),
        m_sandbox.store().account());
}

void TestCli::missingCredentials_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QString() << QString() << QStringLiteral("FIVETRAN_API_KEY");
    QTest::newRow("key only, not base64")
        << QStringLiteral("just_a_key") << QString() << QStringLiteral("FIVETRAN_API_SECRET");
    QTest::newRow("secret only") << QString() << QStringLiteral("lonely-secret-2231")
                                 << QStringLiteral("FIVETRAN_API_KEY");
}

void TestCli::missingCredentials()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("FIVETRAN_API_BASE"), m_sandbox.baseUrl().toString());
    if (!key.isEmpty())
        environment.insert(QStringLiteral("FIVETRAN_API_KEY"), key);
    if (!secret.isEmpty())
        environment.insert(QStringLiteral("FIVETRAN_API_SECRET"), secret);
    QSignalSpy requests(&m_sandbox, &SandboxServer::requestHandled);
    CliRun run;
    RUN_CLI(run, {QStringLiteral("list")}, QByteArray(), environment);
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.errText().contains(expected), run.err.constData());
    QVERIFY(!run.err.contains("lonely-secret-2231"));
    QCOMPARE(requests.count(), 0);
}

void TestCli::plainHttpBaseUrlRefused()
{
    QProcessEnvironment environment = apiEnvironment();
    environment.insert(
        QStringLiteral("FIVETRAN_API_BASE"), QStringLiteral("http://api.example.com/v1"));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("list")}, QByteArray(), environment);
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.errText().contains(QLatin1String("FIVETRAN_API_BASE")), run.err.constData());
}

void TestCli::unreachableServer()
{
    // A loopback port that nobody listens on any more: connection refused.
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    QProcessEnvironment environment = apiEnvironment();
    environment.insert(QStringLiteral("FIVETRAN_API_BASE"),
        QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("list"), QStringLiteral("--timeout"), QStringLiteral("2")},
        QByteArray(), environment);
    EXPECT_EXIT(run, 4);
    QVERIFY2(run.errText().contains(QLatin1String("network")), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::timeout()
{
    SandboxFaults faults;
    faults.latency = std::chrono::milliseconds(2000);
    m_sandbox.setFaults(faults);
    QSignalSpy requests(&m_sandbox, &SandboxServer::requestHandled);
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("--verbose"), QStringLiteral("--timeout"), QStringLiteral("0.3"),
            QStringLiteral("account")});
    EXPECT_EXIT(run, 4);
    QVERIFY2(run.errText().contains(QLatin1String("error: Fivetran did not answer in time")),
        run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("\n  timeout")), run.err.constData());
    // Let the sandbox answer the requests the CLI gave up on, so that no late answer lands in
    // a later test that counts requests.
    const qsizetype attempts
        = run.errText().count(QRegularExpression(QStringLiteral("attempt \\d+")));
    QVERIFY2(attempts >= 1, run.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(requests.count(), attempts, 10000);
}

void TestCli::verboseLogsWithoutSecrets()
{
    const Credentials credentials = SandboxServer::demoCredentials();
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--verbose"), QStringLiteral("account")});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.errText().contains(QLatin1String("fw.core.net"))
            && run.errText().contains(QLatin1String("/account/info")),
        run.err.constData());
    QVERIFY(!run.err.contains(credentials.apiSecret.toUtf8()));
    QVERIFY(!run.err.contains(credentials.authorizationHeader()));

    // Without --verbose, stderr stays quiet on success.
    RUN_CLI(run, {QStringLiteral("account")});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

void TestCli::emptySecretRefused()
{
    const int before = m_sandbox.store().webhookCount();
    QSignalSpy requests(&m_sandbox, &SandboxServer::requestHandled);
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("create-account"), QStringLiteral("--url"), m_receiver.url(),
            QStringLiteral("--event"), QStringLiteral("sync_end"),
            QStringLiteral("--secret-stdin")},
        QByteArray("\r\n"));
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.errText().contains(QLatin1String("empty")), run.err.constData());
    QCOMPARE(requests.count(), 0);
    QCOMPARE(m_sandbox.store().webhookCount(), before);
}

void TestCli::secretsNeverEchoed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QString id = QStringLiteral("{ID}"); // replaced by a fresh webhook's id
    QTest::newRow("create, verbose") << QStringList{QStringLiteral("--verbose"),
        QStringLiteral("create-account"), QStringLiteral("--url"), QStringLiteral("{URL}"),
        QStringLiteral("--event"), QStringLiteral("sync_end"), QStringLiteral("--inactive"),
        QStringLiteral("--secret-stdin")}
                                     << 0;
    QTest::newRow("create --json") << QStringList{QStringLiteral("create-account"),
        QStringLiteral("--url"), QStringLiteral("{URL}"), QStringLiteral("--event"),
        QStringLiteral("sync_end"), QStringLiteral("--secret-stdin"), QStringLiteral("--json")}
                                   << 0;
    QTest::newRow("update, verbose") << QStringList{QStringLiteral("--verbose"),
        QStringLiteral("update"), id, QStringLiteral("--secret-stdin")}
                                     << 0;
    QTest::newRow("update refused by the API") << QStringList{QStringLiteral("update"),
        QStringLiteral("no_such_webhook"), QStringLiteral("--secret-stdin")}
                                               << 3;
    QTest::newRow("create refused by the probe") << QStringList{QStringLiteral("create-account"),
        QStringLiteral("--url"), QStringLiteral("{FAILING_URL}"), QStringLiteral("--event"),
        QStringLiteral("sync_end"), QStringLiteral("--secret-stdin")}
                                                 << 3;
    QTest::newRow("secret equal to the mask")
        << QStringList{QStringLiteral("update"), id, QStringLiteral("--secret-stdin")} << 2;
}

void TestCli::secretsNeverEchoed()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Webhook webhook = addWebhook(m_receiver.url(), {QStringLiteral("sync_end")});
    for (QString &argument : arguments) {
        argument.replace(QLatin1String("{ID}"), webhook.id);
        argument.replace(QLatin1String("{URL}"), m_receiver.url());
        argument.replace(QLatin1String("{FAILING_URL}"), m_failingReceiver.url());
    }
    const QByteArray secret = exitCode == 2 ? kMaskedSecret.toUtf8() : "stdin-secret-Zq81\xc3\xa9";
    CliRun run;
    RUN_CLI(run, arguments, secret + '\n');
    EXPECT_EXIT(run, exitCode);
    if (exitCode != 2) {
        QVERIFY2(!run.out.contains(secret), run.out.constData());
        QVERIFY2(!run.err.contains(secret), run.err.constData());
    }
    QVERIFY(!run.out.contains("stdin-secret") && !run.err.contains("stdin-secret"));
    if (exitCode == 2)
        QCOMPARE(m_sandbox.store().webhook(webhook.id)->secret, QString()); // the mask not sent
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
