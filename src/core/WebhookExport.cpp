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

// A run of attributes at `depth` (two spaces a level), their "=" aligned as terraform fmt
// aligns consecutive one-line attributes: one space after the longest name.
void appendAttributes(QString &out, int depth, const QList<std::pair<QString, QString>> &attributes)
{
    qsizetype width = 0;
    for (const auto &attribute : attributes)
        width = qMax(width, attribute.first.size());
    const QString indent(2 * depth, QLatin1Char(' '));
    for (const auto &[key, value] : attributes)
        out += indent + key.leftJustified(width) + QStringLiteral(" = ") + value
            + QLatin1Char('\n');
}

// A top-level block `header { key = value ... }`.
void appendBlock(
    QString &out, const QString &header, const QList<std::pair<QString, QString>> &attributes)
{
    out += header + QStringLiteral(" {\n");
    appendAttributes(out, 1, attributes);
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

QString providerVersionConstraint()
{
    return QStringLiteral(">= 1.1.19, < 2.0.0");
}

QString secretsVariableName()
{
    return QStringLiteral("webhook_secrets");
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

QString toTerraform(
    const QList<Webhook> &webhooks, const ExportInfo &info, TerraformSecrets secrets)
{
    const bool managed = secrets == TerraformSecrets::Managed;
    const QString variable = secretsVariableName();
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
        "# For Fivetran's provider, pinned in the terraform block below. The import blocks\n"
        "# (Terraform 1.5+) adopt the existing webhooks instead of creating copies of them;\n"
        "# the equivalent `terraform import` commands are at the end.\n"
        "#\n");
    // Fivetran never returns a secret and the provider never reads one back: after an import
    // the state has none, so a configured secret is a change on every webhook.
    if (managed) {
        out += QStringLiteral(
            "# Secrets are managed: each webhook's comes from var.webhook_secrets, keyed by\n"
            "# resource name. Set it in a *.auto.tfvars file kept out of version control, or\n"
            "# in the environment as TF_VAR_webhook_secrets. A webhook missing from the map\n"
            "# stops the plan with an error that names it.\n"
            "# WARNING: Fivetran never returns a secret, so Terraform cannot tell whether one\n"
            "# changed: the next apply sets the secret of EVERY webhook below. Receivers that\n"
            "# check signatures must know the new secrets by then.\n");
    } else {
        out += QStringLiteral(
            "# Secrets are not managed: Fivetran never returns a webhook's secret, so each\n"
            "# webhook keeps the one it has, and a plan after the import shows no change. The\n"
            "# provider requires the attribute: `secret = \"\"` stands in for it, and\n"
            "# ignore_changes keeps it from ever reaching an existing webhook (one that\n"
            "# Terraform creates or replaces gets no secret). To set the secrets from Terraform\n"
            "# instead, export again with `fivetran-webhooks-cli export --format terraform\n"
            "# --manage-secrets`, or choose Manage Secrets when the app asks.\n");
    }

    out += QStringLiteral("\nterraform {\n  required_providers {\n    fivetran = {\n");
    appendAttributes(out, 3,
        {{QStringLiteral("source"), hclString(QStringLiteral("fivetran/fivetran"))},
            {QStringLiteral("version"), hclString(providerVersionConstraint())}});
    out += QStringLiteral("    }\n  }\n}\n");

    if (managed) {
        // A default, so that planning never prompts (and works under -input=false); a missing
        // secret is caught by each resource's precondition instead.
        out += QStringLiteral("\nvariable \"%1\" {\n").arg(variable);
        appendAttributes(out, 1,
            {{QStringLiteral("description"),
                 hclString(
                     QStringLiteral("Signing secret of each webhook, keyed by resource name"))},
                {QStringLiteral("type"), QStringLiteral("map(string)")},
                {QStringLiteral("sensitive"), QStringLiteral("true")},
                {QStringLiteral("default"), QStringLiteral("{}")}});
        out += QStringLiteral("\n  validation {\n");
        appendAttributes(out, 2,
            {{QStringLiteral("condition"),
                 QStringLiteral("alltrue([for secret in values(var.%1) : secret != \"\"])")
                     .arg(variable)},
                {QStringLiteral("error_message"),
                    hclString(
                        QStringLiteral("Every secret in %1 must be non-empty.").arg(variable))}});
        out += QStringLiteral("  }\n}\n");
    }

    const QStringList names = resourceNames(webhooks);
    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        const Webhook &webhook = webhooks.at(i);
        const QString &name = names.at(i);
        const QString key = hclString(name);
        out += QLatin1Char('\n');
        QList<std::pair<QString, QString>> attributes{
            {QStringLiteral("type"), hclString(webhook.type)}};
        if (!webhook.isAccountLevel() && !webhook.groupId.isEmpty())
            attributes.append({QStringLiteral("group_id"), hclString(webhook.groupId)});
        attributes.append({QStringLiteral("url"), hclString(webhook.url)});
        attributes.append({QStringLiteral("events"), hclList(webhook.events)});
        attributes.append({QStringLiteral("active"),
            webhook.active ? QStringLiteral("true") : QStringLiteral("false")});
        attributes.append({QStringLiteral("secret"),
            managed ? QStringLiteral("var.%1[%2]").arg(variable, key) : QStringLiteral("\"\"")});
        out += QStringLiteral("resource \"fivetran_webhook\" \"%1\" {\n").arg(name);
        appendAttributes(out, 1, attributes);
        out += QStringLiteral("\n  lifecycle {\n");
        if (managed) {
            // Checked before the secret is looked up: an error that says what is missing,
            // rather than "Invalid index".
            out += QStringLiteral("    precondition {\n");
            appendAttributes(out, 3,
                {{QStringLiteral("condition"),
                     QStringLiteral("contains(keys(var.%1), %2)").arg(variable, key)},
                    {QStringLiteral("error_message"),
                        hclString(QStringLiteral("No secret for fivetran_webhook.%1 in var.%2.")
                                      .arg(name, variable))}});
            out += QStringLiteral("    }\n");
        } else {
            appendAttributes(
                out, 2, {{QStringLiteral("ignore_changes"), QStringLiteral("[secret]")}});
        }
        out += QStringLiteral("  }\n}\n");
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
