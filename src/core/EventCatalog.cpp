#include "EventCatalog.h"

#include <QCoreApplication>

namespace fw {

namespace {

EventInfo info(const char *name, const char *description, bool deprecated = false)
{
    return {QString::fromLatin1(name), QCoreApplication::translate("fw::EventCatalog", description),
            deprecated};
}

QList<EventInfo> buildCatalog()
{
    // From the event table of the spec (shared/spec/fivetran-api.md, section 4).
    return {
        info("sync_start", QT_TRANSLATE_NOOP("fw::EventCatalog", "A connection's sync started")),
        info("sync_end", QT_TRANSLATE_NOOP("fw::EventCatalog",
                                           "A sync finished; data.status says SUCCESSFUL, FAILURE, "
                                           "FAILURE_WITH_TASK or RESCHEDULED")),
        info("connection_successful",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A connection (setup) test succeeded")),
        info("connection_failure",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A connection (setup) test failed")),
        info("create_connector", QT_TRANSLATE_NOOP("fw::EventCatalog", "A connection was created")),
        info("pause_connector", QT_TRANSLATE_NOOP("fw::EventCatalog", "A connection was paused")),
        info("resume_connector", QT_TRANSLATE_NOOP("fw::EventCatalog", "A connection was resumed")),
        info("edit_connector", QT_TRANSLATE_NOOP("fw::EventCatalog", "A connection was edited")),
        info("delete_connector", QT_TRANSLATE_NOOP("fw::EventCatalog", "A connection was deleted")),
        info("force_update_connector",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A manual sync (\"sync now\") was triggered")),
        info("resync_connector",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A full re-sync of a connection was triggered")),
        info("resync_table",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A re-sync of a table was triggered")),
        info("dbt_run_start", QT_TRANSLATE_NOOP("fw::EventCatalog", "A dbt run started")),
        info("dbt_run_succeeded", QT_TRANSLATE_NOOP("fw::EventCatalog", "A dbt run succeeded")),
        info("dbt_run_failed", QT_TRANSLATE_NOOP("fw::EventCatalog", "A dbt run failed")),
        info("transformation_start",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A transformation started")),
        info("transformation_succeeded",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A transformation succeeded")),
        info("transformation_failed",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A transformation failed")),
        info("status", QT_TRANSLATE_NOOP("fw::EventCatalog", "A connection's status changed"), true),
        info("transformation_run_start",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A legacy transformation run started"), true),
        info("transformation_run_succeeded",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A legacy transformation run succeeded"), true),
        info("transformation_run_failed",
             QT_TRANSLATE_NOOP("fw::EventCatalog", "A legacy transformation run failed"), true),
    };
}

} // namespace

const QList<EventInfo> &EventCatalog::all()
{
    static const QList<EventInfo> catalog = buildCatalog();
    return catalog;
}

const EventInfo *EventCatalog::find(const QString &name)
{
    for (const EventInfo &event : all()) {
        if (event.name == name)
            return &event;
    }
    return nullptr;
}

QStringList EventCatalog::currentNames()
{
    QStringList names;
    for (const EventInfo &event : all()) {
        if (!event.deprecated)
            names.append(event.name);
    }
    return names;
}

} // namespace fw
