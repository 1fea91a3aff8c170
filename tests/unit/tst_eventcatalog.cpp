#include "EventCatalog.h"

#include <QSet>
#include <QTest>

using namespace fw;

class TestEventCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEventOfTheSpec_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("deprecated");
        const struct { const char *name; bool deprecated; } rows[] = {
            {"sync_start", false}, {"sync_end", false}, {"connection_successful", false},
            {"connection_failure", false}, {"create_connector", false}, {"pause_connector", false},
            {"resume_connector", false}, {"edit_connector", false}, {"delete_connector", false},
            {"force_update_connector", false}, {"resync_connector", false}, {"resync_table", false},
            {"dbt_run_start", false}, {"dbt_run_succeeded", false}, {"dbt_run_failed", false},
            {"transformation_start", false}, {"transformation_succeeded", false},
            {"transformation_failed", false}, {"status", true}, {"transformation_run_start", true},
            {"transformation_run_succeeded", true}, {"transformation_run_failed", true},
        };
        for (const auto &row : rows)
            QTest::newRow(row.name) << QString::fromLatin1(row.name) << row.deprecated;
    }
    void everyEventOfTheSpec()
    {
        QFETCH(QString, name);
        QFETCH(bool, deprecated);
        const EventInfo *info = EventCatalog::find(name);
        QVERIFY(info);
        QCOMPARE(info->name, name);
        QCOMPARE(info->deprecated, deprecated);
        QVERIFY(!info->description.isEmpty());
        QCOMPARE(EventCatalog::currentNames().contains(name), !deprecated);
    }

    void namesAreUniqueAndCountMatches()
    {
        QSet<QString> names;
        for (const EventInfo &info : EventCatalog::all())
            names.insert(info.name);
        QCOMPARE(names.size(), EventCatalog::all().size());
        QCOMPARE(EventCatalog::all().size(), 22);
    }

    void unknownEventsAreNotInventedButAllowed()
    {
        QVERIFY(!EventCatalog::isKnown(QStringLiteral("brand_new_event")));
        QVERIFY(!EventCatalog::isKnown(QString()));
        QVERIFY(!EventCatalog::isKnown(QStringLiteral("SYNC_END"))); // names are case-sensitive
    }
};

QTEST_GUILESS_MAIN(TestEventCatalog)
#include "tst_eventcatalog.moc"
