#pragma once

#include "AccountInfo.h"
#include "ApiResult.h"
#include "Group.h"
#include "Webhook.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QUrl>
#include <QString>

#include <map>
#include <optional>

namespace fw {

// The data of one emulated Fivetran account: its groups and webhooks in creation order, with an
// id index and cursor paging. Plain data, no networking; SandboxServer speaks HTTP over it.
//
// Webhooks are stored with their real secret (deliveries are signed with it); mask it before a
// webhook leaves the sandbox. Pointers returned by group() and webhook() stay valid only until
// the next change of the store.
class SandboxStore
{
public:
    static constexpr int defaultPageSize = 100;
    static constexpr int maxPageSize = 1000;

    SandboxStore();

    // Removes every group and webhook. Ids and cursors handed out before stay unique: a cursor
    // from before the reset simply starts after everything that existed then.
    void clear();
    // Reseeds the id generator, so the same calls produce the same ids (tests, documentation).
    void setIdSeed(quint32 seed);

    const AccountInfo &account() const { return m_account; }
    void setAccount(const AccountInfo &account) { m_account = account; }

    // Groups. `createdAt` defaults to now.
    Group addGroup(const QString &name, const QDateTime &createdAt = QDateTime());
    const Group *group(const QString &id) const;
    QList<Group> groups() const;
    int groupCount() const { return int(m_groups.rows.size()); }
    // nullopt when `cursor` is not one this store produced for groups.
    std::optional<Page<Group>> groupPage(const QString &cursor, int limit) const;

    // Webhooks. addWebhook() fills in id, created_at and created_by when they are empty and
    // returns what was stored.
    Webhook addWebhook(Webhook webhook);
    const Webhook *webhook(const QString &id) const;
    // Applies the fields set in `changes` (events replace the list; an empty secret removes it;
    // the mask "******" is never stored as a secret). nullopt when there is no such webhook.
    std::optional<Webhook> updateWebhook(const QString &id, const WebhookChanges &changes);
    // What updateWebhook() does to the stored copy; lets the server probe the result first.
    static void applyChanges(Webhook &webhook, const WebhookChanges &changes);
    bool removeWebhook(const QString &id);
    int webhookCount() const { return int(m_webhooks.rows.size()); }
    QList<Webhook> webhooks() const;
    std::optional<Page<Webhook>> webhookPage(const QString &cursor, int limit) const;
    // The active webhooks an event of a connector in group `groupId` goes to: account webhooks,
    // and group webhooks of that group, subscribed to `event`.
    QList<Webhook> subscribers(const QString &event, const QString &groupId) const;

    // A few named groups and a few dozen varied webhooks (see demoSecret()). With a valid
    // `receiver` (http://127.0.0.1:PORT/), the first three deliver there, so that tests and
    // simulated events sent to them arrive: two signed with demoSecret(), one unsigned.
    void seedDemoData(const QUrl &receiver = QUrl());
    // `count` generated webhooks spread over the groups (the demo groups are added when there are
    // none). Fast enough for 100,000.
    void seedWebhooks(int count);
    // The secret of every seeded webhook that has one, so a receiver can verify their signatures.
    static QString demoSecret();

    // A new id like Fivetran's ("program_quoth"): lower-case words joined by "_", unused so far.
    QString newId();
    // ISO-8601 in UTC with milliseconds, e.g. 2022-04-29T09:41:08.583Z.
    static QString timestamp(const QDateTime &time);

private:
    // Rows keyed by a position that only grows, so a cursor ("after position N") stays exact
    // while rows are added and removed: nothing is skipped and nothing is seen twice.
    template<typename T>
    struct Table
    {
        std::map<quint64, T> rows;
        QHash<QString, quint64> positions;
    };

    template<typename T>
    std::optional<Page<T>> page(const Table<T> &table, char kind, const QString &cursor,
                                int limit) const;
    void ensureDemoGroups();

    Table<Group> m_groups;
    Table<Webhook> m_webhooks;
    quint64 m_nextPosition = 1;
    AccountInfo m_account;
    QRandomGenerator m_random;
};

} // namespace fw
