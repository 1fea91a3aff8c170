#include "SandboxStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cstdio>
#include <iterator>

namespace fw {

namespace {

// Fivetran ids are two random words ("program_quoth", "inappropriate_implode"). These lists give
// about 14,000 pairs; past that, ids get a third word.
constexpr std::array kAdjectives{
    "abiding",   "agile",     "airy",      "amber",     "ample",     "ancient",   "arctic",
    "ardent",    "autumn",    "balmy",     "bold",      "brave",     "breezy",    "bright",
    "brisk",     "bronze",    "calm",      "candid",    "caring",    "cedar",     "cheery",
    "civic",     "clever",    "cobalt",    "cosmic",    "cozy",      "crimson",   "crisp",
    "curious",   "dapper",    "daring",    "dawn",      "deft",      "dusky",     "eager",
    "earnest",   "elated",    "emerald",   "endless",   "epic",      "fabled",    "fancy",
    "fearless",  "festive",   "fluent",    "frosty",    "gallant",   "gentle",    "gilded",
    "glad",      "golden",    "graceful",  "grand",     "hardy",     "hazel",     "hearty",
    "honest",    "humble",    "icy",       "idle",      "inland",    "ivory",     "jade",
    "jolly",     "jovial",    "keen",      "kind",      "lavish",    "lively",    "lofty",
    "loyal",     "lucid",     "lunar",     "mellow",    "merry",     "misty",     "modest",
    "mossy",     "nimble",    "noble",     "oaken",     "ochre",     "olive",     "opal",
    "patient",   "placid",    "plucky",    "polar",     "proud",     "quiet",     "radiant",
    "rapid",     "regal",     "robust",    "rosy",      "rustic",    "sandy",     "serene",
    "silent",    "silver",    "sleek",     "solar",     "sturdy",    "sunny",     "swift",
    "tidal",     "tranquil",  "urban",     "vivid",     "warm",      "wily",      "witty",
};

constexpr std::array kNouns{
    "acorn",     "anchor",    "antler",    "apex",      "arch",      "aster",     "atlas",
    "badger",    "basin",     "beacon",    "birch",     "bison",     "bluff",     "boulder",
    "breeze",    "brook",     "canyon",    "cedar",     "cinder",    "cliff",     "comet",
    "coral",     "cove",      "crane",     "creek",     "crest",     "delta",     "dune",
    "eagle",     "ember",     "falcon",    "fern",      "fjord",     "flint",     "forge",
    "fox",       "galaxy",    "garnet",    "geyser",    "glacier",   "glade",     "granite",
    "grove",     "harbor",    "hawk",      "heron",     "hollow",    "horizon",   "island",
    "ivy",       "jasper",    "juniper",   "kestrel",   "lagoon",    "lantern",   "larch",
    "ledge",     "lichen",    "lynx",      "maple",     "marsh",     "meadow",    "mesa",
    "meteor",    "mist",      "moraine",   "nebula",    "nectar",    "oasis",     "orbit",
    "orchid",    "otter",     "owl",       "panther",   "pebble",    "pine",      "plateau",
    "prairie",   "quarry",    "quartz",    "quill",     "raven",     "reef",      "ridge",
    "river",     "robin",     "sable",     "sage",      "summit",    "spruce",    "stream",
    "talon",     "thicket",   "thistle",   "timber",    "tundra",    "valley",    "vertex",
    "walrus",    "willow",    "wren",      "yarrow",    "zenith",    "zephyr",    "quoth",
    "implode",   "seem",      "program",   "voyage",    "signal",    "spark",     "tide",
};

constexpr quint32 kDefaultIdSeed = 20220429;

QString cursorKind(char kind)
{
    return kind == 'g' ? QStringLiteral("groups") : QStringLiteral("webhooks");
}

// Cursors look like Fivetran's (base64 of a small JSON object) and name the last row served by
// its position. Clients must treat them as opaque; the sandbox only reads its own back.
QString encodeCursor(char kind, quint64 after)
{
    const QJsonObject object{{QStringLiteral("after"), qint64(after)},
                             {QStringLiteral("of"), cursorKind(kind)}};
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<quint64> decodeCursor(char kind, const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    const QJsonValue after = object.value(QLatin1String("after"));
    if (object.value(QLatin1String("of")).toString() != cursorKind(kind) || !after.isDouble()
        || after.toInteger(-1) < 0)
        return std::nullopt;
    return quint64(after.toInteger());
}

struct DemoGroup
{
    const char *name;
    int ageDays;
};

// Names need not be unique in Fivetran: the duplicate "Finance" shows why ids matter.
constexpr std::array kDemoGroups{
    DemoGroup{"Warehouse (prod)", 910},     DemoGroup{"Warehouse (staging)", 640},
    DemoGroup{"Marketing analytics", 420},  DemoGroup{"Finance", 300},
    DemoGroup{"Product events", 150},       DemoGroup{"Finance", 45},
};

const QList<QStringList> &demoEventSets()
{
    static const QList<QStringList> sets{
        {QStringLiteral("sync_start"), QStringLiteral("sync_end")},
        {QStringLiteral("sync_end")},
        {QStringLiteral("connection_failure"), QStringLiteral("connection_successful")},
        {QStringLiteral("dbt_run_start"), QStringLiteral("dbt_run_succeeded"),
         QStringLiteral("dbt_run_failed")},
        {QStringLiteral("sync_end"), QStringLiteral("status")}, // "status" is deprecated
        {QStringLiteral("create_connector"), QStringLiteral("delete_connector"),
         QStringLiteral("pause_connector"), QStringLiteral("resume_connector")},
        {QStringLiteral("sync_end"), QStringLiteral("connection_failure"),
         QStringLiteral("dbt_run_failed")},
        {QStringLiteral("transformation_run_failed")}, // deprecated
        {QStringLiteral("force_update_connector"), QStringLiteral("resync_connector"),
         QStringLiteral("resync_table")},
        {QStringLiteral("sync_start"), QStringLiteral("sync_end"),
         QStringLiteral("connection_successful"), QStringLiteral("connection_failure"),
         QStringLiteral("create_connector"), QStringLiteral("edit_connector"),
         QStringLiteral("dbt_run_succeeded"), QStringLiteral("dbt_run_failed")},
        {QStringLiteral("dbt_run_failed")},
        {QStringLiteral("transformation_start"), QStringLiteral("transformation_succeeded"),
         QStringLiteral("transformation_failed")},
    };
    return sets;
}

constexpr std::array kDemoEndpoints{
    "https://hooks.example.com/fivetran/sync-status",
    "https://hooks.example.com/fivetran/alerts",
    "https://alerts.example.org/incoming/fivetran",
    "https://ops.example.net/webhooks/data-platform",
    "https://hooks.example.com/slack-relay/data-team",
    "https://hooks.example.com/pagerduty/fivetran",
    "https://airflow.example.com/api/v1/dags/fivetran_trigger/dagRuns",
    "https://dbt.example.com/hooks/fivetran",
    "https://hooks.example.com/teams/finance-data",
    "https://status.example.org/fivetran/events",
    "https://hooks.example.com/marketing/attribution-refresh",
    "https://lambda.example.com/prod/fivetran-handler",
};

const QList<QString> &demoCreators()
{
    static const QList<QString> creators{QStringLiteral("_airworthy"), QStringLiteral("_unplanned"),
                                         QStringLiteral("_tolerable"), QStringLiteral("_moonlit")};
    return creators;
}

} // namespace

SandboxStore::SandboxStore() : m_random(kDefaultIdSeed)
{
    m_account.accountId = QStringLiteral("sandbox_account");
    m_account.accountName = QStringLiteral("Sandbox Inc. (demo)");
    m_account.userId = QStringLiteral("_airworthy");
}

void SandboxStore::clear()
{
    m_groups = {};
    m_webhooks = {};
}

void SandboxStore::setIdSeed(quint32 seed)
{
    m_random.seed(seed);
}

Group SandboxStore::addGroup(const QString &name, const QDateTime &createdAt)
{
    Group group;
    group.id = newId();
    group.name = name;
    group.createdAt =
            timestamp(createdAt.isValid() ? createdAt : QDateTime::currentDateTimeUtc());
    const quint64 position = m_nextPosition++;
    m_groups.positions.insert(group.id, position);
    m_groups.rows.emplace_hint(m_groups.rows.end(), position, group);
    return group;
}

const Group *SandboxStore::group(const QString &id) const
{
    const auto position = m_groups.positions.constFind(id);
    return position == m_groups.positions.cend() ? nullptr : &m_groups.rows.at(*position);
}

QList<Group> SandboxStore::groups() const
{
    QList<Group> list;
    list.reserve(qsizetype(m_groups.rows.size()));
    for (const auto &row : m_groups.rows)
        list.append(row.second);
    return list;
}

std::optional<Page<Group>> SandboxStore::groupPage(const QString &cursor, int limit) const
{
    return page(m_groups, 'g', cursor, limit);
}

Webhook SandboxStore::addWebhook(Webhook webhook)
{
    if (webhook.id.isEmpty() || m_webhooks.positions.contains(webhook.id))
        webhook.id = newId();
    if (webhook.createdAt.isEmpty())
        webhook.createdAt = timestamp(QDateTime::currentDateTimeUtc());
    if (webhook.createdBy.isEmpty())
        webhook.createdBy = m_account.userId;
    const quint64 position = m_nextPosition++;
    m_webhooks.positions.insert(webhook.id, position);
    return m_webhooks.rows.emplace_hint(m_webhooks.rows.end(), position, std::move(webhook))
            ->second;
}

const Webhook *SandboxStore::webhook(const QString &id) const
{
    const auto position = m_webhooks.positions.constFind(id);
    return position == m_webhooks.positions.cend() ? nullptr : &m_webhooks.rows.at(*position);
}

std::optional<Webhook> SandboxStore::updateWebhook(const QString &id, const WebhookChanges &changes)
{
    const auto position = m_webhooks.positions.constFind(id);
    if (position == m_webhooks.positions.cend())
        return std::nullopt;
    Webhook &webhook = m_webhooks.rows.at(*position);
    applyChanges(webhook, changes);
    return webhook;
}

void SandboxStore::applyChanges(Webhook &webhook, const WebhookChanges &changes)
{
    if (changes.url)
        webhook.url = *changes.url;
    if (changes.events)
        webhook.events = *changes.events;
    if (changes.active)
        webhook.active = *changes.active;
    // A client that echoes the mask back means "unchanged", never "the secret is ******".
    if (changes.secret && *changes.secret != kMaskedSecret)
        webhook.secret = *changes.secret;
}

bool SandboxStore::removeWebhook(const QString &id)
{
    const auto position = m_webhooks.positions.constFind(id);
    if (position == m_webhooks.positions.cend())
        return false;
    m_webhooks.rows.erase(*position);
    m_webhooks.positions.erase(position);
    return true;
}

QList<Webhook> SandboxStore::webhooks() const
{
    QList<Webhook> list;
    list.reserve(qsizetype(m_webhooks.rows.size()));
    for (const auto &row : m_webhooks.rows)
        list.append(row.second);
    return list;
}

std::optional<Page<Webhook>> SandboxStore::webhookPage(const QString &cursor, int limit) const
{
    return page(m_webhooks, 'w', cursor, limit);
}

QList<Webhook> SandboxStore::subscribers(const QString &event, const QString &groupId) const
{
    QList<Webhook> list;
    for (const auto &row : m_webhooks.rows) {
        const Webhook &webhook = row.second;
        if (!webhook.active || !webhook.events.contains(event))
            continue;
        if (webhook.isAccountLevel() || (!groupId.isEmpty() && webhook.groupId == groupId))
            list.append(webhook);
    }
    return list;
}

template<typename T>
std::optional<Page<T>> SandboxStore::page(const Table<T> &table, char kind, const QString &cursor,
                                          int limit) const
{
    auto row = table.rows.cbegin();
    if (!cursor.isEmpty()) {
        const auto after = decodeCursor(kind, cursor);
        if (!after)
            return std::nullopt;
        row = table.rows.upper_bound(*after);
    }
    Page<T> result;
    result.items.reserve(qMin(qsizetype(limit), qsizetype(table.rows.size())));
    quint64 last = 0;
    for (; row != table.rows.cend() && result.items.size() < limit; ++row) {
        result.items.append(row->second);
        last = row->first;
    }
    if (row != table.rows.cend())
        result.nextCursor = encodeCursor(kind, last);
    return result;
}

void SandboxStore::ensureDemoGroups()
{
    if (!m_groups.rows.empty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DemoGroup &demo : kDemoGroups)
        addGroup(QString::fromLatin1(demo.name), now.addDays(-demo.ageDays).addSecs(-3600 * 7));
}

void SandboxStore::seedDemoData(const QUrl &receiver)
{
    ensureDemoGroups();
    const QList<Group> allGroups = groups();
    const QList<QStringList> &eventSets = demoEventSets();
    const QString secret = demoSecret();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-40);
    if (receiver.isValid() && !receiver.host().isEmpty()) {
        // First in the list, so that a new user's first Send test reaches something.
        const struct
        {
            const char *path;
            bool group;
            bool isSigned;
            QStringList events;
        } toReceiver[] = {
            {"fivetran/sync-status", false, true,
             {QStringLiteral("sync_start"), QStringLiteral("sync_end")}},
            {"fivetran/alerts", true, true,
             {QStringLiteral("sync_end"), QStringLiteral("connection_failure"),
              QStringLiteral("connection_successful")}},
            {"fivetran/unsigned", false, false,
             {QStringLiteral("sync_end"), QStringLiteral("dbt_run_succeeded"),
              QStringLiteral("dbt_run_failed")}},
        };
        for (const auto &demo : toReceiver) {
            Webhook webhook;
            webhook.type = demo.group ? QStringLiteral("group") : QStringLiteral("account");
            if (demo.group)
                webhook.groupId = allGroups.constFirst().id;
            webhook.url = receiver.resolved(QUrl(QLatin1String(demo.path))).toString();
            webhook.events = demo.events;
            webhook.active = true;
            if (demo.isSigned)
                webhook.secret = secret;
            webhook.createdBy = m_account.userId;
            webhook.createdAt = timestamp(start.addSecs(-3600));
            addWebhook(webhook);
        }
    }
    constexpr int count = 36;
    for (int i = 0; i < count; ++i) {
        Webhook webhook;
        // Every third webhook is account-wide; the others go round the groups.
        if (i % 3 == 0) {
            webhook.type = QStringLiteral("account");
        } else {
            webhook.type = QStringLiteral("group");
            webhook.groupId = allGroups.at(i % allGroups.size()).id;
        }
        webhook.url = QString::fromLatin1(kDemoEndpoints.at(std::size_t(i) % kDemoEndpoints.size()));
        if (i >= int(kDemoEndpoints.size()))
            webhook.url += QStringLiteral("?copy=%1").arg(i / int(kDemoEndpoints.size()));
        webhook.events = eventSets.at(i % eventSets.size());
        webhook.active = i % 5 != 4;
        if (i % 2 == 0)
            webhook.secret = secret;
        webhook.createdBy = demoCreators().at(i % demoCreators().size());
        webhook.createdAt = timestamp(start.addSecs(qint64(i) * 97'013).addMSecs(i * 37 % 1000));
        addWebhook(webhook);
    }
}

void SandboxStore::seedWebhooks(int count)
{
    ensureDemoGroups();
    const QList<Group> allGroups = groups();
    const QList<QStringList> &eventSets = demoEventSets();
    const QString accountType = QStringLiteral("account");
    const QString groupType = QStringLiteral("group");
    const QString secret = demoSecret();
    const QString urlPattern = QStringLiteral("https://hooks.example.com/load/%1");
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-qint64(count) * 60);
    m_webhooks.positions.reserve(m_webhooks.positions.size() + count);
    for (int i = 0; i < count; ++i) {
        Webhook webhook;
        if (i % 4 == 0) {
            webhook.type = accountType;
        } else {
            webhook.type = groupType;
            webhook.groupId = allGroups.at(i % allGroups.size()).id;
        }
        webhook.url = urlPattern.arg(i);
        webhook.events = eventSets.at(i % eventSets.size()); // shared, not copied
        webhook.active = i % 7 != 6;
        if (i % 3 == 0)
            webhook.secret = secret;
        webhook.createdBy = demoCreators().at(i % demoCreators().size());
        webhook.createdAt = timestamp(start.addMSecs(qint64(i) * 60'000 + i % 1000));
        addWebhook(std::move(webhook));
    }
}

QString SandboxStore::demoSecret()
{
    return QStringLiteral("sandbox-demo-secret");
}

QString SandboxStore::newId()
{
    const auto pick = [this](const auto &words) {
        return QLatin1String(words.at(m_random.bounded(quint32(words.size()))));
    };
    // Once half the pairs are taken, a third word keeps ids unique without many retries.
    constexpr qsizetype pairs = qsizetype(kAdjectives.size() * kNouns.size());
    const bool pairsScarce = m_webhooks.positions.size() + m_groups.positions.size() > pairs / 2;
    for (int attempt = 0;; ++attempt) {
        QString id = pick(kAdjectives) + QLatin1Char('_') + pick(kNouns);
        if (pairsScarce || attempt >= 3)
            id.prepend(pick(kAdjectives) + QLatin1Char('_'));
        if (!m_webhooks.positions.contains(id) && !m_groups.positions.contains(id))
            return id;
    }
}

QString SandboxStore::timestamp(const QDateTime &time)
{
    // By hand rather than toString(Qt::ISODateWithMs): seeding 100,000 webhooks formats as many.
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
                  date.month(), date.day(), clock.hour(), clock.minute(), clock.second(),
                  clock.msec());
    return QString::fromLatin1(text);
}

} // namespace fw
