// TestHistory: the local record of Send test outcomes, one JSON file per account, in the
// QStandardPaths test locations (never the user's real folders).
#include "TestHistory.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace fw;

namespace {

Webhook webhook(const QString &id, const QString &createdAt)
{
    Webhook w;
    w.id = id;
    w.createdAt = createdAt;
    return w;
}

const Webhook kWebhook = webhook(QStringLiteral("program_quoth"), QStringLiteral("2026-05-01T10:00:00.000Z"));
const Webhook kOther = webhook(QStringLiteral("recurring_mellow"), QStringLiteral("2026-05-02T10:00:00.000Z"));

TestRecord record(const QString &event, int n = 0, bool delivered = true)
{
    TestRecord r;
    r.event = event;
    r.delivered = delivered;
    r.status = delivered ? 200 : 500;
    r.message = delivered ? QStringLiteral("Success") : QStringLiteral("the endpoint answered HTTP 500");
    // Distinct milliseconds, so a round trip that dropped them would show.
    r.time = QDateTime(QDate(2026, 5, 22), QTime(10, 0), Qt::UTC).addMSecs(1000LL * n + 123);
    return r;
}

QString historyDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/test-history");
}

bool sameRecord(const TestRecord &a, const TestRecord &b)
{
    return a.event == b.event && a.delivered == b.delivered && a.status == b.status
            && a.message == b.message && a.time == b.time;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestTestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(historyDir().contains(QStringLiteral(".qttest")));
    }

    void init()
    {
        QDir(historyDir()).removeRecursively();
        QFile::remove(historyDir()); // a file left there by unwritableFolderKeepsMemory
    }

    void cleanupTestCase() { QDir(historyDir()).removeRecursively(); }

    void appendKeepsNewestFirstAndCaps_data()
    {
        QTest::addColumn<int>("appended");
        QTest::newRow("one") << 1;
        QTest::newRow("a few") << 3;
        QTest::newRow("one below the cap") << TestHistory::maxPerWebhook - 1;
        QTest::newRow("at the cap") << TestHistory::maxPerWebhook;
        QTest::newRow("one over the cap") << TestHistory::maxPerWebhook + 1;
        QTest::newRow("far over the cap") << 2 * TestHistory::maxPerWebhook + 50;
    }

    void appendKeepsNewestFirstAndCaps()
    {
        QFETCH(int, appended);
        TestHistory history(QStringLiteral("order"));
        QSignalSpy changed(&history, &TestHistory::changed);
        for (int i = 0; i < appended; ++i)
            history.append(kWebhook, record(QStringLiteral("event_%1").arg(i), i));

        const QList<TestRecord> records = history.records(kWebhook);
        const int expected = qMin(appended, int(TestHistory::maxPerWebhook));
        QCOMPARE(records.size(), expected);
        // Newest first: the last appended leads, and the oldest ones fell off the end.
        for (int i = 0; i < expected; ++i)
            QCOMPARE(records.at(i).event, QStringLiteral("event_%1").arg(appended - 1 - i));
        QCOMPARE(changed.size(), appended);
        QCOMPARE(changed.constLast().constFirst().toString(), kWebhook.id);
        QVERIFY(history.records(kOther).isEmpty());

        // The cap holds in the file too.
        TestHistory reread(QStringLiteral("order"));
        QCOMPARE(reread.records(kWebhook).size(), expected);
    }

    void persistsAcrossInstances()
    {
        TestRecord failed = record(QStringLiteral("sync_end"), 2, false);
        failed.status = 0;
        failed.message = QStringLiteral("Connection refused — «endpoint» ✓"); // not only ASCII
        const QList<TestRecord> appended = {record(QStringLiteral("sync_start"), 1), failed,
                                            record(QStringLiteral("dbt_run_failed"), 3)};
        QString path;
        {
            TestHistory first(QStringLiteral("sandbox"));
            path = first.filePath();
            for (const TestRecord &r : appended)
                first.append(kWebhook, r);
            first.append(kOther, record(QStringLiteral("status"), 9));
        }
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(historyDir()).absoluteFilePath());
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("sandbox.json"));
        QVERIFY(QFile::exists(path));

        TestHistory second(QStringLiteral("sandbox"));
        QCOMPARE(second.filePath(), path);
        const QList<TestRecord> records = second.records(kWebhook);
        QCOMPARE(records.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(sameRecord(records.at(i), appended.at(2 - i)), qPrintable(records.at(i).event));
        QCOMPARE(records.at(1).time.timeSpec(), Qt::UTC);
        QCOMPARE(second.records(kOther).size(), 1);
    }

    void fileHoldsOnlyTheRecordFields()
    {
        TestHistory history(QStringLiteral("format"));
        TestRecord local = record(QStringLiteral("sync_start"));
        local.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone(3600)); // UTC+1
        history.append(kWebhook, local);

        const QJsonDocument document = QJsonDocument::fromJson(readAll(history.filePath()));
        QVERIFY(document.isObject());
        const QJsonObject entry =
                document.object().value(QLatin1String("webhooks")).toObject().value(kWebhook.id).toObject();
        QCOMPARE(entry.value(QLatin1String("created_at")).toString(), kWebhook.createdAt);
        const QJsonArray array = entry.value(QLatin1String("records")).toArray();
        QCOMPARE(array.size(), 1);
        const QJsonObject stored = array.at(0).toObject();
        QStringList keys = stored.keys();
        keys.sort();
        // Exactly these: nothing else (a secret above all) can end up in the file.
        QCOMPARE(keys, QStringList({QStringLiteral("delivered"), QStringLiteral("event"),
                                    QStringLiteral("message"), QStringLiteral("status"),
                                    QStringLiteral("time")}));
        // ISO-8601 in UTC with milliseconds.
        QCOMPARE(stored.value(QLatin1String("time")).toString(),
                 QStringLiteral("2026-01-02T02:04:05.678Z"));
    }

    void forget()
    {
        TestHistory history(QStringLiteral("forget"));
        history.append(kWebhook, record(QStringLiteral("sync_start")));
        history.append(kOther, record(QStringLiteral("sync_end")));
        QSignalSpy changed(&history, &TestHistory::changed);

        history.forget(kWebhook.id);
        QVERIFY(history.records(kWebhook).isEmpty());
        QCOMPARE(history.records(kOther).size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), kWebhook.id);

        history.forget(QStringLiteral("never_tested")); // nothing to forget: no signal
        QCOMPARE(changed.size(), 1);

        TestHistory reread(QStringLiteral("forget"));
        QVERIFY(reread.records(kWebhook).isEmpty());
        QCOMPARE(reread.records(kOther).size(), 1);
        QVERIFY(!readAll(reread.filePath()).contains(kWebhook.id.toUtf8()));
    }

    // Fivetran gives a new webhook the id of a deleted one: it must not show the old one's tests.
    void reusedIdStartsWithoutHistory()
    {
        TestHistory history(QStringLiteral("reuse"));
        history.append(kWebhook, record(QStringLiteral("sync_start"), 1));
        history.append(kWebhook, record(QStringLiteral("sync_end"), 2));
        const Webhook reborn = webhook(kWebhook.id, QStringLiteral("2026-06-01T08:00:00.000Z"));
        QVERIFY(history.records(reborn).isEmpty());
        QCOMPARE(history.records(kWebhook).size(), 2);

        QSignalSpy changed(&history, &TestHistory::changed);
        history.append(reborn, record(QStringLiteral("dbt_run_failed"), 3));
        QCOMPARE(history.records(reborn).size(), 1);
        QCOMPARE(history.records(reborn).constFirst().event, QStringLiteral("dbt_run_failed"));
        // The old webhook's tests went with it, in memory and in the file.
        QVERIFY(history.records(kWebhook).isEmpty());
        QCOMPARE(changed.size(), 1);
        TestHistory reread(QStringLiteral("reuse"));
        QVERIFY(reread.records(kWebhook).isEmpty());
        QCOMPARE(reread.records(reborn).size(), 1);
        QVERIFY(!readAll(reread.filePath()).contains("sync_start"));
    }

    void retainOnlyDropsWebhooksGoneOrReplaced()
    {
        TestHistory history(QStringLiteral("retain"));
        const Webhook kept = webhook(QStringLiteral("kept_one"), QStringLiteral("2026-05-03T00:00:00.000Z"));
        history.append(kWebhook, record(QStringLiteral("sync_start")));
        history.append(kOther, record(QStringLiteral("sync_end")));
        history.append(kept, record(QStringLiteral("sync_end")));
        QSignalSpy changed(&history, &TestHistory::changed);
        // kWebhook was deleted elsewhere; kOther's id now names a newer webhook.
        history.retainOnly({{kept.id, kept.createdAt},
                            {kOther.id, QStringLiteral("2026-07-01T00:00:00.000Z")}});
        QVERIFY(history.records(kWebhook).isEmpty());
        QVERIFY(history.records(kOther).isEmpty());
        QCOMPARE(history.records(kept).size(), 1);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(TestHistory(QStringLiteral("retain")).records(kept).size(), 1);
        QVERIFY(TestHistory(QStringLiteral("retain")).records(kWebhook).isEmpty());

        changed.clear();
        history.retainOnly({{kept.id, kept.createdAt}}); // nothing to drop: no signal, no write
        QCOMPARE(changed.size(), 0);
        QCOMPARE(history.records(kept).size(), 1);
    }

    // Version 1 files keyed tests by id alone: which webhook they belonged to is unknown.
    void versionOneFileIsNotTrusted()
    {
        const QString path = TestHistory(QStringLiteral("old")).filePath();
        QVERIFY(writeAll(path, "{\"version\":1,\"webhooks\":{\"program_quoth\":[{\"event\":\"sync_start\","
                               "\"delivered\":true,\"status\":200,\"message\":\"ok\",\"time\":\"2026-05-22T10:00:00.123Z\"}]}}"));
        TestHistory history(QStringLiteral("old"));
        QVERIFY(history.records(kWebhook).isEmpty());
        QVERIFY(history.isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral(".corrupt"))); // not damaged: only older
    }

    void corruptFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("corrupt"); // true: backed up and started empty
        QTest::addColumn<int>("survivors"); // records of kWebhook read when not corrupt

        QTest::newRow("garbage") << QByteArray("this is not json at all") << true << 0;
        QTest::newRow("truncated") << QByteArray("{\"version\":1,\"webhooks\":{\"program_quoth\":[{\"ev")
                                   << true << 0;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01\x02", 5) << true << 0;
        QTest::newRow("an array") << QByteArray("[1,2,3]") << true << 0;
        QTest::newRow("webhooks not an object") << QByteArray("{\"webhooks\":[]}") << true << 0;
        QTest::newRow("empty file") << QByteArray() << true << 0;
        // Readable but partly wrong: keep what can be read.
        QTest::newRow("a bad record among good ones")
                << QByteArray("{\"version\":2,\"webhooks\":{\"program_quoth\":{\"created_at\":\"2026-05-01T10:00:00.000Z\",\"records\":["
                              "{\"event\":\"sync_start\",\"delivered\":true,\"status\":200,\"message\":\"ok\",\"time\":\"2026-05-22T10:00:00.123Z\"},"
                              "42,{\"delivered\":true},"
                              "{\"event\":\"sync_end\",\"delivered\":false,\"status\":\"x\",\"time\":\"yesterday\"}]}}}")
                << false << 2;
        QTest::newRow("an entry of the wrong type")
                << QByteArray("{\"version\":2,\"webhooks\":{\"program_quoth\":\"nope\"}}") << false << 0;
        QTest::newRow("records of the wrong type")
                << QByteArray("{\"version\":2,\"webhooks\":{\"program_quoth\":{\"created_at\":\"2026-05-01T10:00:00.000Z\",\"records\":7}}}")
                << false << 0;
        QTest::newRow("another webhook's records under the id")
                << QByteArray("{\"version\":2,\"webhooks\":{\"program_quoth\":{\"created_at\":\"2020-01-01T00:00:00.000Z\",\"records\":[{\"event\":\"sync_start\"}]}}}")
                << false << 0;
        QTest::newRow("a future version with extra fields")
                << QByteArray("{\"version\":7,\"new\":true,\"webhooks\":{\"program_quoth\":{\"created_at\":\"2026-05-01T10:00:00.000Z\",\"records\":[{\"event\":\"sync_start\",\"extra\":1}]}}}")
                << false << 1;
    }

    void corruptFile()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, corrupt);
        QFETCH(int, survivors);
        const QString path = TestHistory(QStringLiteral("damaged")).filePath();
        QVERIFY(!path.isEmpty());
        QVERIFY(writeAll(path, contents));
        const QString backup = path + QStringLiteral(".corrupt");

        TestHistory history(QStringLiteral("damaged"));
        QCOMPARE(history.records(kWebhook).size(), survivors);
        QCOMPARE(QFile::exists(backup), corrupt);
        if (corrupt)
            QCOMPARE(readAll(backup), contents); // kept as it was, for whoever wants to look

        // It goes on working, and the next save leaves a valid file.
        history.append(kWebhook, record(QStringLiteral("sync_start")));
        QCOMPARE(history.records(kWebhook).size(), survivors + 1);
        QVERIFY(QJsonDocument::fromJson(readAll(path)).isObject());
        TestHistory reread(QStringLiteral("damaged"));
        QCOMPARE(reread.records(kWebhook).size(), survivors + 1);
        QFile::remove(backup);
    }

    void accountsAreSeparate()
    {
        TestHistory one(QStringLiteral("one"));
        TestHistory two(QStringLiteral("two"));
        QVERIFY(one.filePath() != two.filePath());
        one.append(kWebhook, record(QStringLiteral("sync_start")));
        QVERIFY(two.records(kWebhook).isEmpty());
        QVERIFY(TestHistory(QStringLiteral("two")).records(kWebhook).isEmpty());
        QCOMPARE(TestHistory(QStringLiteral("one")).records(kWebhook).size(), 1);
    }

    void accountKeyIsSanitised_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("lookalike"); // a different key that must not share the file
        QTest::newRow("separator") << QStringLiteral("a/b") << QStringLiteral("a_b");
        QTest::newRow("parent folder") << QStringLiteral("../../evil") << QStringLiteral("______evil");
        QTest::newRow("braces and spaces") << QStringLiteral("{8a9e 42}") << QStringLiteral("_8a9e_42_");
        QTest::newRow("non-ASCII") << QStringLiteral("Konto Müller") << QStringLiteral("Konto_M_ller");
        QTest::newRow("very long") << QString(300, QLatin1Char('k')) << QString(301, QLatin1Char('k'));
    }

    void accountKeyIsSanitised()
    {
        QFETCH(QString, key);
        QFETCH(QString, lookalike);
        TestHistory history(key);
        TestHistory other(lookalike);
        const QFileInfo info(history.filePath());
        QCOMPARE(info.absolutePath(), QFileInfo(historyDir()).absoluteFilePath());
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{1,100}\\.json$"))
                         .match(info.fileName())
                         .hasMatch(),
                 qPrintable(info.fileName()));
        QVERIFY(history.filePath() != other.filePath());

        history.append(kWebhook, record(QStringLiteral("sync_start")));
        QVERIFY(QFile::exists(history.filePath()));
        QCOMPARE(TestHistory(key).records(kWebhook).size(), 1);
        QVERIFY(other.records(kWebhook).isEmpty());
        QVERIFY(TestHistory(lookalike).records(kWebhook).isEmpty());
    }

    void memoryOnlyWritesNoFile()
    {
        TestHistory history{QString()};
        QVERIFY(history.filePath().isEmpty());
        QSignalSpy changed(&history, &TestHistory::changed);
        history.append(kWebhook, record(QStringLiteral("sync_start"), 1));
        history.append(kWebhook, record(QStringLiteral("sync_end"), 2));
        QCOMPARE(history.records(kWebhook).size(), 2);
        QCOMPARE(history.records(kWebhook).constFirst().event, QStringLiteral("sync_end"));
        history.forget(kWebhook.id);
        QVERIFY(history.records(kWebhook).isEmpty());
        QCOMPARE(changed.size(), 3);
        // Nothing on disk: the folder was never even made.
        QVERIFY(!QFileInfo::exists(historyDir()));
        QVERIFY(TestHistory{QString()}.records(kWebhook).isEmpty());
    }

    void invalidTimeBecomesNow()
    {
        TestHistory history(QStringLiteral("times"));
        TestRecord undated = record(QStringLiteral("sync_start"));
        undated.time = QDateTime();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        history.append(kWebhook, undated);
        const QDateTime stored = history.records(kWebhook).constFirst().time;
        QVERIFY(stored.isValid());
        QVERIFY(stored >= before.addMSecs(-1));
        QCOMPARE(stored.timeSpec(), Qt::UTC);
    }

    void unwritableFolderKeepsMemory()
    {
        // A file where the folder should be: saving fails, the history goes on in memory.
        QVERIFY(writeAll(historyDir(), "in the way"));
        TestHistory history(QStringLiteral("blocked"));
        QSignalSpy changed(&history, &TestHistory::changed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not saved")));
        history.append(kWebhook, record(QStringLiteral("sync_start")));
        QCOMPARE(history.records(kWebhook).size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!QFile::exists(history.filePath()));
        QCOMPARE(readAll(historyDir()), QByteArray("in the way"));
        QFile::remove(historyDir());
    }
};

QTEST_MAIN(TestTestHistory)
#include "tst_testhistory.moc"
