#pragma once

#include "TestResult.h"
#include "Webhook.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace fw {

// One Send test outcome, kept because Fivetran keeps no delivery history.
struct TestRecord
{
    QString event;
    bool delivered = false; // TestResult::succeed
    int status = 0; // what the endpoint answered; 0 when it never answered
    QString message;
    QDateTime time; // UTC, when the answer came

    // The record of an answer that arrives now.
    static TestRecord fromResult(const QString &event, const TestResult &result);
};

// The local test history of every webhook of one account, as a JSON file under
// QStandardPaths::AppDataLocation ("test-history/<account key>.json"). Loaded once, written after
// each change (atomically, with QSaveFile). Newest record first; at most `maxPerWebhook` kept.
//
// Fivetran reuses the ids of deleted webhooks, so a history belongs to a webhook's id *and* its
// creation time: a new webhook under an old id starts with none, and the old one's is dropped.
class TestHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxPerWebhook = 200;

    // `accountKey` names the account (a profile id); it becomes the file name, sanitised. An
    // empty key keeps the history in memory only (the Sandbox's, whose webhooks last one run).
    explicit TestHistory(const QString &accountKey, QObject *parent = nullptr);
    // The folder holding every account's history file; empty when there is no writable one.
    static QString folder();

    QList<TestRecord> records(const Webhook &webhook) const;
    void append(const Webhook &webhook, const TestRecord &record);
    void forget(const QString &webhookId); // after a delete
    // After a complete listing: drops the history of every webhook not in it (id -> created_at),
    // such as those deleted elsewhere.
    void retainOnly(const QHash<QString, QString> &createdAtById);
    QString filePath() const; // empty when in memory only
    bool isEmpty() const { return m_entries.isEmpty(); }

Q_SIGNALS:
    void changed(const QString &webhookId);

private:
    struct Entry
    {
        QString createdAt; // of the webhook the records belong to
        QList<TestRecord> records;
    };

    void load();
    void save() const;

    QString m_path;
    QHash<QString, Entry> m_entries; // by webhook id
};

} // namespace fw
