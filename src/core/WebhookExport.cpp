#include "WebhookExport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <utility>

namespace fw::WebhookExport {

namespace {

const QLatin1String kFormatName("fivetran-webhooks-export");
constexpr int kFormatVersion = 1;
const QLatin1String kAccount("account"), kId("id"), kName("name"), kExportedAt("exported_at"),
    kFormat("format"), kFormatVersionKey("format_version"), kWebhooks("webhooks"),
    kSecret("secret");

QString utcTimestamp(const QDateTime &time)
{
    QDateTime utc = time.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate); // 2026-01-31T12:00:00Z
}

// Lower-case letters and digits, every other run of characters one "_", none at either end.
QString identifierPart(const QString &text)
{
    QString part;
    part.reserve(text.size());
    bool pendingUnderscore = false;
    for (const QChar c : text) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (pendingUnderscore && !part.isEmpty())
                part += QLatin1Char('_');
            pendingUnderscore = false;
            part += QChar(u);
        } else {
            pendingUnderscore = true;
        }
    }
    return part;
}

QString baseName(const Webhook &webhook)
{
    QStringList parts;
    switch (webhook.scope()) {
    case Webhook::Scope::Account:
        parts << QStringLiteral("account");
        break;
    case Webhook::Scope::Group:
        parts << QStringLiteral("group");
        break;
    case Webhook::Scope::Unknown:
        parts << QStringLiteral("webhook");
        break;
    }
    if (!webhook.isAccountLevel())
        parts << identifierPart(webhook.groupId);
    // The ACE form keeps an internationalised host readable as ASCII (xn--...).
    const QUrl url(webhook.url);
    parts << identifierPart(QString::fromLatin1(QUrl::toAce(url.host())));
    parts.removeAll(QString());
    return parts.join(QLatin1Char('_'));
}

// A one-line block `header { key = value ... }` with the "=" aligned as terraform fmt does.
void appendBlock(
    QString &out, const QString &header, const QList<std::pair<QString, QString>> &attributes)
{
    qsizetype width = 0;
    for (const auto &attribute : attributes)
        width = qMax(width, attribute.first.size());
    out += header + QStringLiteral(" {\n");
    for (const auto &[key, value] : attributes)
        out += QStringLiteral("  ") + key.leftJustified(width) + QStringLiteral(" = ") + value
            + QLatin1Char('\n');
    out += QStringLiteral("}\n");
}

QString hclList(const QStringList &items)
{
    QStringList quoted;
    quoted.reserve(items.size());
    for (const QString &item : items)
        quoted << hclString(item);
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// For the `terraform import` commands: a word a POSIX shell takes as it is, or single-quoted.
QString shellWord(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:@%+=,-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QByteArray toJson(const QList<Webhook> &webhooks, const ExportInfo &info)
{
    QJsonObject root;
    QJsonObject account;
    if (!info.accountId.isEmpty())
        account.insert(kId, info.accountId);
    if (!info.accountName.isEmpty())
        account.insert(kName, info.accountName);
    if (!account.isEmpty())
        root.insert(kAccount, account);
    if (info.exportedAt.isValid())
        root.insert(kExportedAt, utcTimestamp(info.exportedAt));
    root.insert(kFormat, kFormatName);
    root.insert(kFormatVersionKey, kFormatVersion);
    QJsonArray array;
    for (const Webhook &webhook : webhooks) {
        QJsonObject object = webhook.toJson();
        // Fivetran only ever shows the mask, but an export must not even say "******": and an
        // unknown-typed "secret" kept among the extra fields goes too.
        object.remove(kSecret);
        array.append(object);
    }
    root.insert(kWebhooks, array);
    // QJsonObject keeps its keys sorted: the same webhooks always give the same bytes.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<JsonDocument> fromJson(const QByteArray &json, QString *error)
{
    const auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(parseError.errorString());
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(kFormat).toString() != kFormatName)
        return failed(QStringLiteral("not a webhook export"));
    if (root.value(kFormatVersionKey).toInt() != kFormatVersion)
        return failed(QStringLiteral("unknown format_version"));
    if (!root.value(kWebhooks).isArray())
        return failed(QStringLiteral("no webhooks array"));
    JsonDocument result;
    const QJsonObject account = root.value(kAccount).toObject();
    result.info.accountId = account.value(kId).toString();
    result.info.accountName = account.value(kName).toString();
    if (root.contains(kExportedAt))
        result.info.exportedAt
            = QDateTime::fromString(root.value(kExportedAt).toString(), Qt::ISODate);
    const QJsonArray array = root.value(kWebhooks).toArray();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return failed(QStringLiteral("a webhook is not an object"));
        result.webhooks.append(Webhook::fromJson(value.toObject()));
    }
    return result;
}

QStringList resourceNames(const QList<Webhook> &webhooks)
{
    // Server order is creation order: the first webhook of a name keeps it and later ones get
    // their id appended, so a new webhook never renames an older one.
    QStringList names;
    names.reserve(webhooks.size());
    QSet<QString> taken;
    for (const Webhook &webhook : webhooks) {
        QString base = baseName(webhook);
        if (base.isEmpty())
            base = QStringLiteral("webhook");
        QString name = base;
        if (taken.contains(name)) {
            const QString id = identifierPart(webhook.id);
            if (!id.isEmpty())
                name = base + QLatin1Char('_') + id;
        }
        const QString stem = name;
        for (int n = 2; taken.contains(name); ++n)
            name = stem + QLatin1Char('_') + QString::number(n);
        taken.insert(name);
        names << name;
    }
    return names;
}

QString secretVariableName(const QString &resourceName)
{
    return resourceName + QStringLiteral("_secret");
}

QString hclString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'$':
        case u'%':
            out += c;
            if (next == QLatin1Char('{'))
                out += c; // "$${" and "%%{" are the literal "${" and "%{"
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Separator_Line
                || c.category() == QChar::Separator_Paragraph)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

bool isValidIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return pattern.match(name).hasMatch();
}

QString commentText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            c = QLatin1Char(' ');
    }
    return out;
}

QString toTerraform(const QList<Webhook> &webhooks, const ExportInfo &info)
{
    QString out;
    QString account;
    if (!info.accountName.isEmpty() && !info.accountId.isEmpty())
        account = QStringLiteral("%1 (%2)").arg(info.accountName, info.accountId);
    else
        account = info.accountName.isEmpty() ? info.accountId : info.accountName;
    out += QStringLiteral("# Fivetran webhooks");
    if (!account.isEmpty())
        out += QStringLiteral(" of the account ") + commentText(account);
    out += QStringLiteral(".\n# ");
    out += webhooks.size() == 1 ? QStringLiteral("1 webhook")
                                : QStringLiteral("%1 webhooks").arg(webhooks.size());
    if (info.exportedAt.isValid())
        out += QStringLiteral(", exported %1").arg(utcTimestamp(info.exportedAt));
    out += QStringLiteral(" by fivetran-webhooks.\n");
    out += QStringLiteral(
        "#\n"
        "# For Fivetran's provider (source \"fivetran/fivetran\"). Fivetran never returns a\n"
        "# secret, so each webhook's comes from its variable (sensitive, no default): set them,\n"
        "# e.g. as TF_VAR_<name>, before planning. The import blocks (Terraform 1.5+) adopt\n"
        "# the existing webhooks instead of creating copies of them; the equivalent\n"
        "# `terraform import` commands are at the end.\n");

    const QStringList names = resourceNames(webhooks);
    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        const Webhook &webhook = webhooks.at(i);
        const QString &name = names.at(i);
        const QString variable = secretVariableName(name);
        out += QLatin1Char('\n');
        appendBlock(out, QStringLiteral("variable \"%1\"").arg(variable),
            {{QStringLiteral("description"),
                 hclString(QStringLiteral("Signing secret of the webhook %1 (%2)")
                               .arg(webhook.id, webhook.url))},
                {QStringLiteral("type"), QStringLiteral("string")},
                {QStringLiteral("sensitive"), QStringLiteral("true")}});
        out += QLatin1Char('\n');
        QList<std::pair<QString, QString>> attributes{
            {QStringLiteral("type"), hclString(webhook.type)}};
        if (!webhook.isAccountLevel() && !webhook.groupId.isEmpty())
            attributes.append({QStringLiteral("group_id"), hclString(webhook.groupId)});
        attributes.append({QStringLiteral("url"), hclString(webhook.url)});
        attributes.append({QStringLiteral("events"), hclList(webhook.events)});
        attributes.append({QStringLiteral("active"),
            webhook.active ? QStringLiteral("true") : QStringLiteral("false")});
        attributes.append({QStringLiteral("secret"), QStringLiteral("var.") + variable});
        appendBlock(
            out, QStringLiteral("resource \"fivetran_webhook\" \"%1\"").arg(name), attributes);
        out += QLatin1Char('\n');
        appendBlock(out, QStringLiteral("import"),
            {{QStringLiteral("to"), QStringLiteral("fivetran_webhook.") + name},
                {QStringLiteral("id"), hclString(webhook.id)}});
    }

    if (!webhooks.isEmpty()) {
        out += QStringLiteral(
            "\n"
            "# With Terraform before 1.5, delete the import blocks and run these once instead:\n");
        for (qsizetype i = 0; i < webhooks.size(); ++i)
            out += QStringLiteral("# terraform import fivetran_webhook.%1 %2\n")
                       .arg(names.at(i), commentText(shellWord(webhooks.at(i).id)));
    }
    return out;
}

} // namespace fw::WebhookExport
