#include "OutputFormat.h"

#include "Console.h"
#include "TextTable.h"

#include <QJsonDocument>

namespace fw {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// "Label  value" lines with the values aligned; rows without a value are left out.
QString keyValues(const QList<QPair<QString, QString>> &rows)
{
    int width = 0;
    for (const auto &row : rows)
        width = qMax(width, int(row.first.size()));
    QString text;
    for (const auto &row : rows) {
        text += row.first.leftJustified(width) + QStringLiteral("  ")
            + Console::printable(row.second) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString OutputFormat::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString OutputFormat::webhookTable(const QList<Webhook> &webhooks)
{
    TextTable table({tr("ID"), tr("SCOPE"), tr("GROUP"), tr("ACTIVE"), tr("EVENTS"), tr("URL")});
    for (const Webhook &webhook : webhooks) {
        table.addRow({webhook.id, orDash(webhook.type), orDash(webhook.groupId),
            yesNo(webhook.active), webhook.events.join(QLatin1Char(',')), webhook.url});
    }
    return table.toString();
}

QString OutputFormat::webhookDetails(const Webhook &webhook)
{
    QList<QPair<QString, QString>> rows = {
        {tr("ID"), webhook.id},
        {tr("Scope"), orDash(webhook.type)},
        {tr("Group"), orDash(webhook.groupId)},
        {tr("URL"), webhook.url},
        {tr("Events"), orDash(webhook.events.join(QStringLiteral(", ")))},
        {tr("Active"), yesNo(webhook.active)},
        {tr("Secret"), webhook.hasSecret() ? tr("set") : tr("not set")},
        {tr("Created at"), orDash(webhook.createdAt)},
        {tr("Created by"), orDash(webhook.createdBy)},
    };
    // Fields a newer API added: shown rather than dropped, since --json would show them too.
    for (auto it = webhook.extraFields.begin(); it != webhook.extraFields.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isObject())
            text
                = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (value.isDouble())
            text = QString::number(value.toDouble());
        else
            text = QStringLiteral("null");
        rows.append({it.key(), text});
    }
    return keyValues(rows);
}

QString OutputFormat::groupTable(const QList<Group> &groups)
{
    TextTable table({tr("ID"), tr("NAME"), tr("CREATED")});
    for (const Group &group : groups)
        table.addRow({group.id, group.name, orDash(group.createdAt)});
    return table.toString();
}

QString OutputFormat::accountDetails(const AccountInfo &info)
{
    QList<QPair<QString, QString>> rows = {
        {tr("Account ID"), orDash(info.accountId)},
        {tr("Account name"), orDash(info.accountName)},
    };
    if (!info.userId.isEmpty())
        rows.append({tr("User ID"), info.userId});
    if (!info.systemKeyId.isEmpty())
        rows.append({tr("System key ID"), info.systemKeyId});
    return keyValues(rows);
}

QString OutputFormat::testGrid(const QList<EventTestOutcome> &outcomes)
{
    TextTable table({tr("EVENT"), tr("DELIVERED"), tr("STATUS"), tr("MESSAGE")});
    for (const EventTestOutcome &outcome : outcomes) {
        // Status 0 means the endpoint never answered: no HTTP status to show.
        table.addRow({outcome.event, yesNo(outcome.result.succeed),
            outcome.result.status > 0 ? QString::number(outcome.result.status)
                                      : QStringLiteral("-"),
            outcome.result.message});
    }
    return table.toString();
}

QJsonObject OutputFormat::webhookJson(const Webhook &webhook)
{
    QJsonObject object = webhook.toJson();
    const QJsonValue secret = object.value(QLatin1String("secret"));
    if (secret.isString() && !secret.toString().isEmpty() && secret.toString() != kMaskedSecret)
        object.insert(QLatin1String("secret"), kMaskedSecret);
    return object;
}

QJsonArray OutputFormat::groupsJson(const QList<Group> &groups)
{
    QJsonArray array;
    for (const Group &group : groups)
        array.append(group.toJson());
    return array;
}

QJsonArray OutputFormat::testJson(const QList<EventTestOutcome> &outcomes)
{
    QJsonArray array;
    for (const EventTestOutcome &outcome : outcomes) {
        QJsonObject object = outcome.result.toJson();
        object.insert(QLatin1String("event"), outcome.event);
        array.append(object);
    }
    return array;
}

void OutputFormat::appendJsonLine(QByteArray &lines, const QJsonObject &object)
{
    lines += lines.isEmpty() ? QByteArrayLiteral("        ") : QByteArrayLiteral(",\n        ");
    lines += QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {

// `text` as a JSON string, when it is printable ASCII (where QJsonDocument escapes only the
// quote and the backslash); false otherwise, with `out` partly written.
bool appendAsciiJsonString(QByteArray &out, const QString &text)
{
    bool escapes = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f)
            return false;
        escapes = escapes || u == u'"' || u == u'\\';
    }
    const qsizetype at = out.size();
    if (!escapes) { // the usual case: one copy
        out.resize(at + text.size() + 2);
        char *to = out.data() + at;
        *to++ = '"';
        for (const QChar c : text)
            *to++ = char(c.unicode());
        *to = '"';
        return true;
    }
    out += '"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += '\\';
        out += char(c.unicode());
    }
    out += '"';
    return true;
}

// What QJsonDocument writes for webhookJson(webhook) when it has no unknown fields: the keys
// in QJsonObject's (sorted) order, optional strings only when set, the secret masked.
bool appendPlainWebhookJson(QByteArray &out, const Webhook &webhook)
{
    if (!webhook.extraFields.isEmpty())
        return false;
    const auto field = [&out](const char *key, const QString &value) {
        out += key;
        return appendAsciiJsonString(out, value);
    };
    out += webhook.active ? "{\"active\":true" : "{\"active\":false";
    if (!webhook.createdAt.isEmpty() && !field(",\"created_at\":", webhook.createdAt))
        return false;
    if (!webhook.createdBy.isEmpty() && !field(",\"created_by\":", webhook.createdBy))
        return false;
    out += ",\"events\":[";
    for (qsizetype i = 0; i < webhook.events.size(); ++i) {
        if (i > 0)
            out += ',';
        if (!appendAsciiJsonString(out, webhook.events.at(i)))
            return false;
    }
    out += ']';
    if (!webhook.groupId.isEmpty() && !field(",\"group_id\":", webhook.groupId))
        return false;
    if (!field(",\"id\":", webhook.id))
        return false;
    if (!webhook.secret.isEmpty() && !field(",\"secret\":", kMaskedSecret))
        return false;
    if (!field(",\"type\":", webhook.type) || !field(",\"url\":", webhook.url))
        return false;
    out += '}';
    return true;
}

} // namespace

void OutputFormat::appendWebhookJsonLine(QByteArray &lines, const Webhook &webhook)
{
    const qsizetype start = lines.size();
    lines += lines.isEmpty() ? QByteArrayLiteral("        ") : QByteArrayLiteral(",\n        ");
    if (appendPlainWebhookJson(lines, webhook))
        return;
    lines.truncate(start);
    appendJsonLine(lines, webhookJson(webhook));
}

QByteArray OutputFormat::webhookListText(const QByteArray &lines, const QString &nextCursor)
{
    QByteArray text = lines.isEmpty() ? QByteArrayLiteral("{\n    \"items\": [],\n")
                                      : "{\n    \"items\": [\n" + lines + "\n    ],\n";
    text += "    \"next_cursor\": ";
    if (nextCursor.isEmpty()) {
        text += "null";
    } else {
        // The cursor as a JSON string, escaped as QJsonDocument escapes it: ["..."] unwrapped.
        const QByteArray array
            = QJsonDocument(QJsonArray{nextCursor}).toJson(QJsonDocument::Compact);
        text += array.mid(1, array.size() - 2);
    }
    return text + "\n}\n";
}

QString OutputFormat::jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString OutputFormat::jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace fw
