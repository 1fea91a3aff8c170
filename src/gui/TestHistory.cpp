#include "TestHistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

namespace fw {

TestRecord TestRecord::fromResult(const QString &event, const TestResult &result)
{
    return {event, result.succeed, result.status, result.message, QDateTime::currentDateTimeUtc()};
}

namespace {

Q_LOGGING_CATEGORY(lcHistory, "fw.gui")

const QLatin1String kVersion("version"), kWebhooks("webhooks"), kCreatedAt("created_at"),
        kRecords("records"), kEvent("event"), kDelivered("delivered"), kStatus("status"),
        kMessage("message"), kTime("time");
// 2: each webhook's records with its created_at. Version 1 files keyed records by id alone;
// they cannot tell a webhook from a later one under the same id, and are not read.
constexpr int kFormatVersion = 2;
constexpr int kMaxFileNameStem = 64;

// Only ASCII letters, digits, '-' and '_' reach the file system: no separators, no "..", no
// hidden files. A key that needed changing gets a hash of the original, so "a/b" and "a_b"
// never share a file.
QString fileStem(const QString &accountKey)
{
    QString stem;
    stem.reserve(accountKey.size());
    for (const QChar c : accountKey) {
        const char16_t u = c.unicode();
        const bool safe = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        stem += safe ? c : QLatin1Char('_');
    }
    if (stem == accountKey && stem.size() <= kMaxFileNameStem)
        return stem;
    const QByteArray hash =
            QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return stem.left(kMaxFileNameStem) % QLatin1Char('-') % QString::fromLatin1(hash.left(16));
}

QJsonObject toJson(const TestRecord &record)
{
    // Exactly these fields: a record has no secret, and nothing else may slip into the file.
    return QJsonObject{
        {kEvent, record.event},
        {kDelivered, record.delivered},
        {kStatus, record.status},
        {kMessage, record.message},
        {kTime, record.time.isValid() ? record.time.toUTC().toString(Qt::ISODateWithMs) : QString()},
    };
}

std::optional<TestRecord> recordFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    TestRecord record;
    record.event = object.value(kEvent).toString();
    if (record.event.isEmpty())
        return std::nullopt;
    record.delivered = object.value(kDelivered).toBool(false);
    record.status = object.value(kStatus).toInt(0);
    record.message = object.value(kMessage).toString();
    record.time = QDateTime::fromString(object.value(kTime).toString(), Qt::ISODateWithMs).toUTC();
    return record;
}

} // namespace

QString TestHistory::folder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : dir + QLatin1String("/test-history");
}

TestHistory::TestHistory(const QString &accountKey, QObject *parent) : QObject(parent)
{
    if (accountKey.isEmpty())
        return; // memory only
    const QString dir = folder();
    if (dir.isEmpty()) {
        qCWarning(lcHistory) << "no writable application data folder: test history kept in memory";
        return;
    }
    m_path = dir % QLatin1Char('/') % fileStem(accountKey) % QLatin1String(".json");
    load();
}

QList<TestRecord> TestHistory::records(const Webhook &webhook) const
{
    const auto entry = m_entries.constFind(webhook.id);
    if (entry == m_entries.cend() || entry->createdAt != webhook.createdAt)
        return {};
    return entry->records;
}

void TestHistory::append(const Webhook &webhook, const TestRecord &record)
{
    if (webhook.id.isEmpty())
        return;
    TestRecord stored = record;
    stored.time = record.time.isValid() ? record.time.toUTC() : QDateTime::currentDateTimeUtc();
    Entry &entry = m_entries[webhook.id];
    if (entry.createdAt != webhook.createdAt)
        entry = Entry{webhook.createdAt, {}}; // the id now names another webhook
    entry.records.prepend(stored);
    if (entry.records.size() > maxPerWebhook)
        entry.records.resize(maxPerWebhook);
    save();
    Q_EMIT changed(webhook.id);
}

void TestHistory::forget(const QString &webhookId)
{
    if (m_entries.remove(webhookId) == 0)
        return;
    save();
    Q_EMIT changed(webhookId);
}

void TestHistory::retainOnly(const QHash<QString, QString> &createdAtById)
{
    QStringList gone;
    for (auto entry = m_entries.cbegin(); entry != m_entries.cend(); ++entry) {
        const auto current = createdAtById.constFind(entry.key());
        if (current == createdAtById.cend() || *current != entry->createdAt)
            gone.append(entry.key());
    }
    if (gone.isEmpty())
        return;
    for (const QString &id : std::as_const(gone))
        m_entries.remove(id);
    save();
    for (const QString &id : std::as_const(gone))
        Q_EMIT changed(id);
}

QString TestHistory::filePath() const
{
    return m_path;
}

void TestHistory::load()
{
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable is not corrupt: leave the file alone, and do not overwrite it either.
        qCWarning(lcHistory).noquote() << "cannot read" << m_path << ':' << file.errorString()
                                       << "- test history kept in memory";
        m_path.clear();
        return;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const QJsonValue webhooks = document.object().value(kWebhooks);
    const bool usable = error.error == QJsonParseError::NoError && document.isObject()
            && (webhooks.isUndefined() || webhooks.isObject());
    if (!usable) {
        // Keep the damaged file for whoever wants to look at it, and start afresh.
        const QString backup = m_path + QLatin1String(".corrupt");
        QFile::remove(backup);
        if (!QFile::rename(m_path, backup))
            QFile::copy(m_path, backup);
        const QString why = error.error != QJsonParseError::NoError
                ? error.errorString()
                : QStringLiteral("not the expected shape");
        qCWarning(lcHistory).noquote() << "test history" << m_path << "is damaged:" << why
                                       << "- kept as" << backup << "and started empty";
        return;
    }

    if (document.object().value(kVersion).toInt() < kFormatVersion) {
        qCInfo(lcHistory).noquote() << "test history" << m_path
                                    << "is from an older version, which cannot tell webhooks "
                                       "that reuse an id apart: started empty";
        return;
    }
    const QJsonObject byWebhook = webhooks.toObject();
    for (auto it = byWebhook.begin(); it != byWebhook.end(); ++it) {
        // One bad record, or an entry of the wrong shape, costs only itself.
        const QJsonObject object = it.value().toObject();
        Entry entry{object.value(kCreatedAt).toString(), {}};
        const QJsonArray array = object.value(kRecords).toArray();
        for (const QJsonValue &value : array) {
            if (entry.records.size() >= maxPerWebhook)
                break;
            if (const auto record = recordFromJson(value))
                entry.records.append(*record);
        }
        if (!it.key().isEmpty() && !entry.records.isEmpty())
            m_entries.insert(it.key(), entry);
    }
}

void TestHistory::save() const
{
    if (m_path.isEmpty())
        return;
    QJsonObject byWebhook;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonArray array;
        for (const TestRecord &record : it->records)
            array.append(toJson(record));
        byWebhook.insert(it.key(), QJsonObject{{kCreatedAt, it->createdAt}, {kRecords, array}});
    }
    const QJsonObject root{{kVersion, kFormatVersion}, {kWebhooks, byWebhook}};

    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        qCWarning(lcHistory).noquote() << "cannot create" << dir << "- test history not saved";
        return;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcHistory).noquote() << "cannot write" << m_path << ':' << file.errorString();
        return;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcHistory).noquote() << "cannot write" << m_path << ':' << file.errorString();
}

} // namespace fw
