// The command-line client against tests/support/HostileServer.h: every bound of the client ends
// the command with its message on stderr, nothing on stdout, and exit code 4 (no usable answer).
// The server lives on this test's event loop; the CLI is awaited with a signal spy.

#include "../support/CliRun.h"
#include "../support/HostileServer.h"

#include <QProcessEnvironment>
#include <QTest>

namespace {

using Mode = HostileServer::Mode;

const QByteArray kWebhook = QByteArrayLiteral(
    R"({"id":"ü","type":"account","url":"https:\/\/x.io","events":["sync_end"],"active":true})");

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private:
    CliRun runCli(const HostileServer &server, const QStringList &arguments,
        const QString &walkLimits = QString())
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QStringList names = environment.keys();
        for (const QString &name : names) {
            if (name.startsWith(QLatin1String("FIVETRAN_")) || name.startsWith(QLatin1String("FW_"))
                || name == QLatin1String("QT_LOGGING_RULES"))
                environment.remove(name);
        }
        environment.insert(QStringLiteral("FIVETRAN_API_BASE"), server.baseUrl().toString());
        environment.insert(QStringLiteral("FIVETRAN_API_KEY"), QStringLiteral("key"));
        environment.insert(QStringLiteral("FIVETRAN_API_SECRET"), QStringLiteral("secret"));
        if (!walkLimits.isEmpty())
            environment.insert(QStringLiteral("FW_CLI_WALK_LIMITS"), walkLimits);
        return runCliProcess(
            QStringLiteral(FW_CLI_PATH), arguments, QByteArray(), environment, 30000);
    }

private Q_SLOTS:
    // list --all, export and groups all end at the walk bound with its message and exit 4.
    void walkBound_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("list --all") << QStringList{QStringLiteral("list"), QStringLiteral("--all")}
                                    << QByteArray("/v1/webhooks");
        QTest::newRow("list --all --json") << QStringList{QStringLiteral("list"),
            QStringLiteral("--all"), QStringLiteral("--json")}
                                           << QByteArray("/v1/webhooks");
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("json")}
                                << QByteArray("/v1/webhooks");
        QTest::newRow("groups") << QStringList{QStringLiteral("groups")}
                                << QByteArray("/v1/groups");
    }
    void walkBound()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, path);
        HostileServer server;
        QVERIFY(server.isListening());
        server.mode = Mode::EndlessCursors;
        server.maxRequests = 20; // twice the bound, plus the export's account call
        CliRun run;
        RUN_CLI(run, server, arguments, QStringLiteral("4,1000000"));
        EXPECT_EXIT(run, 4);
        QVERIFY2(run.errText().contains(QLatin1String(
                     "Paging stopped after 4 pages: the server kept handing out new cursors.")),
            run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("protocol")), run.err.constData());
        QVERIFY2(run.out.isEmpty(), run.out.constData()); // no document that looks whole
        int pages = 0;
        for (const QByteArray &line : server.requestLines())
            pages += line.startsWith(QByteArray("GET " + path));
        QCOMPARE(pages, 4);
    }

    // The walk limits of the test hook can only lower the bound: a larger value is ignored.
    void walkLimitsCannotBeRaised()
    {
        HostileServer server;
        server.mode = Mode::EndlessCursors;
        server.maxRequests = 3; // the third page is the last
        CliRun run;
        RUN_CLI(run, server, {QStringLiteral("groups")}, QStringLiteral("999999999,999999999999"));
        EXPECT_EXIT(run, 0);
        QCOMPARE(server.requestCount(), 3);
    }

    void hostileAnswers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("requests");
        QTest::newRow("endless body")
            << int(Mode::EndlessChunks) << QByteArray()
            << QStringList{QStringLiteral("get"), QStringLiteral("abc")}
            << QStringLiteral("The server's answer exceeded 16 MiB; stopped reading.") << 1;
        QTest::newRow("Content-Length over the cap")
            << int(Mode::HugeContentLength) << QByteArray() << QStringList{QStringLiteral("list")}
            << QStringLiteral("The server announced an answer of 93.1 GiB, over the 16 MiB limit")
            << 1;
        QTest::newRow("slow drip, total timeout")
            << int(Mode::SlowDrip) << QByteArray()
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("0.5"),
                   QStringLiteral("account")}
            << QStringLiteral("No answer within the time limit of 1 second, retries included.")
            << 1;
        QTest::newRow("item not an object")
            << int(Mode::Fixed)
            << QByteArray(R"({"code":"Success","data":{"items":[1],"next_cursor":null}})")
            << QStringList{QStringLiteral("list")}
            << QStringLiteral("data.items[0] is a number, not an object.") << 1;
        QTest::newRow("active as text")
            << int(Mode::Fixed)
            << QByteArray(
                   R"({"code":"Success","data":{"items":[{"id":"a","active":"yes"}],"next_cursor":null}})")
            << QStringList{QStringLiteral("list"), QStringLiteral("--all")}
            << QStringLiteral(
                   "data.items[0] has \"active\" as text, where true or false is expected.")
            << 1;
    }
    void hostileAnswers()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QFETCH(int, requests);
        HostileServer server;
        server.mode = Mode(mode);
        if (!body.isEmpty())
            server.body = body;
        CliRun run;
        RUN_CLI(run, server, arguments);
        EXPECT_EXIT(run, 4);
        QVERIFY2(run.errText().contains(expected), run.err.constData());
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QCOMPARE(server.requestCount(), requests); // none of these is retried
    }

    // --timeout is the whole command's: a 429 whose Retry-After ends past it is not waited for;
    // the error stays the 429 and says why it was not retried.
    void timeoutCoversRetries()
    {
        HostileServer server;
        server.status = 429;
        server.extraHeaders = "Retry-After: 5\r\n";
        server.body = R"({"code":"TooManyRequests","message":"Slow down"})";
        CliRun run;
        RUN_CLI(run, server,
            {QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("list")});
        EXPECT_EXIT(run, 3); // the answer was an HTTP error (429)
        QVERIFY2(run.errText().contains(QLatin1String(
                     "Slow down Not retried: the time limit of 2 seconds would run out first.")),
            run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("HTTP 429")), run.err.constData());
        QCOMPARE(server.requestCount(), 1);
    }

    void idEncodedOnce()
    {
        HostileServer server;
        server.body = R"({"code":"Success","data":)" + kWebhook + '}';
        CliRun run;
        RUN_CLI(
            run, server, {QStringLiteral("get"), QStringLiteral("ü"), QStringLiteral("--json")});
        EXPECT_EXIT(run, 0);
        QCOMPARE(server.requestLines(),
            QList<QByteArray>{QByteArray("GET /v1/webhooks/%C3%BC HTTP/1.1")});
    }

    void timeoutUsageAndHelp()
    {
        HostileServer server;
        CliRun run;
        RUN_CLI(run, server,
            {QStringLiteral("list"), QStringLiteral("--timeout"), QStringLiteral("0")});
        EXPECT_EXIT(run, 2);
        QVERIFY2(run.errText().contains(QLatin1String(
                     "--timeout needs a number of seconds more than 0 and at most 86400.")),
            run.err.constData());
        QCOMPARE(server.requestCount(), 0);

        RUN_CLI(run, server, {QStringLiteral("--help")});
        EXPECT_EXIT(run, 0);
        const QString help = run.outText().simplified();
        QVERIFY2(help.contains(QLatin1String("in all, retries and waits for the server included")),
            run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
