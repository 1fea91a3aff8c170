#pragma once

#include <QList>
#include <QString>

namespace fw {

struct EventInfo
{
    QString name;
    QString description;
    bool deprecated = false;
};

// The webhook event types Fivetran documents. The API accepts any string (the list grows), so
// this is what we offer and describe, never a whitelist.
class EventCatalog
{
public:
    static const QList<EventInfo> &all();
    static const EventInfo *find(const QString &name); // nullptr when not in the catalog
    static bool isKnown(const QString &name) { return find(name) != nullptr; }
    static QStringList currentNames(); // all names not deprecated, catalog order
};

} // namespace fw
