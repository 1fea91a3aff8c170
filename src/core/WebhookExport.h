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

// Whether a Terraform export sets the webhooks' secrets. Fivetran never returns a secret, so
// its provider cannot tell whether one changed: managing them means the next apply sets every
// one of them.
enum class TerraformSecrets {
    // `secret = ""` (the provider requires the attribute) and `ignore_changes = [secret]`: each
    // webhook keeps the secret it has, and a plan after the import shows no change.
    Unmanaged,
    // Each secret from the map variable webhook_secrets, keyed by resource name, with a
    // precondition naming the webhook whose secret is missing.
    Managed,
};

// A terraform block that pins Fivetran's provider, then a fivetran_webhook resource with an
// import block per webhook, formatted as `terraform fmt` writes them, then the equivalent
// `terraform import` commands in a closing comment. Resource names come from resourceNames().
// Never a secret value: with Managed, the secrets variable and its reference only.
QString toTerraform(const QList<Webhook> &webhooks, const ExportInfo &info,
    TerraformSecrets secrets = TerraformSecrets::Unmanaged);

// The provider versions the export is written for: fivetran_webhook on the plugin framework
// (import by id, `secret` required and sensitive) came with 1.1.19; 2.0 may break it.
QString providerVersionConstraint();
// The map variable that holds the secrets of a Managed export.
QString secretsVariableName();

// One readable, valid and unique HCL identifier per webhook, in the same order: the scope, the
// group id for group webhooks and the URL's host ("group_warm_yellow_hooks_example_com"). A name
// taken already gets the webhook id appended, so that removing one webhook never renames another.
QStringList resourceNames(const QList<Webhook> &webhooks);

// `text` as a quoted HCL string: backslash, quote and control characters escaped, and the
// template sequences "${" and "%{" written "$${" and "%%{" so that they stay literal.
QString hclString(const QString &text);
// Letters, digits, underscores and dashes, not starting with a digit or dash.
bool isValidIdentifier(const QString &name);
// `text` made safe inside a one-line comment: control characters become spaces.
QString commentText(const QString &text);

} // namespace WebhookExport

} // namespace fw
