#pragma once

#include "TestResult.h"

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
class TestHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxPerWebhook = 200;

    // `accountKey` names the account (e.g. "sandbox" or a profile id); it becomes the file name,
    // sanitised. An empty key keeps the history in memory only.
    explicit TestHistory(const QString &accountKey, QObject *parent = nullptr);
    // The folder holding every account's history file; empty when there is no writable one.
    static QString folder();

    QList<TestRecord> records(const QString &webhookId) const;
    void append(const QString &webhookId, const TestRecord &record);
    void forget(const QString &webhookId); // after a delete
    QString filePath() const; // empty when in memory only

Q_SIGNALS:
    void changed(const QString &webhookId);

private:
    void load();
    void save() const;

    QString m_path;
    QHash<QString, QList<TestRecord>> m_records;
};

} // namespace fw
