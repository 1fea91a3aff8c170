#pragma once

#include "Webhook.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fw {

// What an export says about where its webhooks came from. Every field is optional; the date is
// given by the caller (not read from the clock here) so that an export can be reproduced.
struct ExportInfo
{
    QString accountId;
    QString accountName;
    QDateTime exportedAt; // written in UTC, to the second; omitted when invalid
};

// The webhooks of an account as a JSON document or as Terraform configuration for Fivetran's
// provider (resource fivetran_webhook). Pure functions: the same input gives the same bytes, so
// an export diffs well in git. Neither output ever contains a webhook secret.
namespace WebhookExport {

// {"account": {"id", "name"}, "exported_at", "format", "format_version", "webhooks": [...]}, keys
// sorted, indented, webhooks in the order given (the server's), each as Webhook::toJson() writes
// it (unknown fields kept) without its "secret" field. Ends with a newline.
QByteArray toJson(const QList<Webhook> &webhooks, const ExportInfo &info);

// What a JSON export holds, read back. nullopt (and `error` set) when `json` is not one.
struct JsonDocument
{
    ExportInfo info;
    QList<Webhook> webhooks;
};
std::optional<JsonDocument> fromJson(const QByteArray &json, QString *error = nullptr);

// A variable (sensitive, no default) and a fivetran_webhook resource with an import block per
// webhook, formatted as `terraform fmt` writes them, then the equivalent `terraform import`
// commands in a closing comment. Resource names come from resourceNames().
QString toTerraform(const QList<Webhook> &webhooks, const ExportInfo &info);

// One readable, valid and unique HCL identifier per webhook, in the same order: the scope, the
// group id for group webhooks and the URL's host ("group_warm_yellow_hooks_example_com"). A name
// taken already gets the webhook id appended, so that removing one webhook never renames another.
QStringList resourceNames(const QList<Webhook> &webhooks);
// The variable that holds the secret of the resource `resourceName`.
QString secretVariableName(const QString &resourceName);

// `text` as a quoted HCL string: backslash, quote and control characters escaped, and the
// template sequences "${" and "%{" written "$${" and "%%{" so that they stay literal.
QString hclString(const QString &text);
// Letters, digits, underscores and dashes, not starting with a digit or dash.
bool isValidIdentifier(const QString &name);
// `text` made safe inside a one-line comment: control characters become spaces.
QString commentText(const QString &text);

} // namespace WebhookExport

} // namespace fw
