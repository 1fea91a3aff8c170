// The export of webhooks as JSON and as Terraform: escaping, identifiers, de-duplication, the
// shape of both documents, and that no secret ever reaches either.
#include "WebhookExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace fw;

namespace {

Webhook makeWebhook(const QString &id, const QString &type, const QString &groupId,
    const QString &url, const QStringList &events, bool active)
{
    Webhook webhook;
    webhook.id = id;
    webhook.type = type;
    webhook.groupId = groupId;
    webhook.url = url;
    webhook.events = events;
    webhook.active = active;
    webhook.secret = kMaskedSecret;
    webhook.createdAt = QStringLiteral("2026-01-02T03:04:05.678Z");
    webhook.createdBy = QStringLiteral("_moonlit");
    return webhook;
}

ExportInfo exampleInfo()
{
    return {QStringLiteral("acme_id"), QStringLiteral("Acme"),
        QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC)};
}

// The value of `key` inside the block that starts with `header`, as written.
QString attribute(const QString &hcl, const QString &header, const QString &key)
{
    const qsizetype start = hcl.indexOf(header + QStringLiteral(" {\n"));
    if (start < 0)
        return {};
    const qsizetype end = hcl.indexOf(QStringLiteral("\n}\n"), start);
    const QStringList lines = hcl.mid(start, end - start).split(QLatin1Char('\n'));
    const QRegularExpression line(
        QStringLiteral("^  ") + QRegularExpression::escape(key) + QStringLiteral(" *= (.*)$"));
    for (const QString &text : lines) {
        const QRegularExpressionMatch match = line.match(text);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

} // namespace

class TestWebhookExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hclString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("https://a.example.com/x?y=1")
                               << QStringLiteral("\"https://a.example.com/x?y=1\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
        QTest::newRow("interpolation")
            << QStringLiteral("x${var.y}") << QStringLiteral("\"x$${var.y}\"");
        QTest::newRow("directive")
            << QStringLiteral("%{if true}") << QStringLiteral("\"%%{if true}\"");
        QTest::newRow("lone dollar and percent")
            << QStringLiteral("$5 %d $") << QStringLiteral("\"$5 %d $\"");
        QTest::newRow("escaped already") << QStringLiteral("$${") << QStringLiteral("\"$$${\"");
        QTest::newRow("newline tab cr")
            << QStringLiteral("a\nb\tc\rd") << QStringLiteral("\"a\\nb\\tc\\rd\"");
        QTest::newRow("control") << QString(QChar(0x01)) << QStringLiteral("\"\\u0001\"");
        QTest::newRow("unicode kept")
            << QStringLiteral("caf\u00e9 \u2603") << QStringLiteral("\"caf\u00e9 \u2603\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    }

    void hclString()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(WebhookExport::hclString(text), expected);
    }

    void identifiers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("account_hooks_example_com") << true;
        QTest::newRow("underscore first") << QStringLiteral("_x") << true;
        QTest::newRow("dash inside") << QStringLiteral("a-b") << true;
        QTest::newRow("digit first") << QStringLiteral("1abc") << false;
        QTest::newRow("dash first") << QStringLiteral("-abc") << false;
        QTest::newRow("dot") << QStringLiteral("a.b") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
    }

    void identifiers()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(WebhookExport::isValidIdentifier(name), valid);
    }

    void resourceNames_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("groupId");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("account") << QStringLiteral("account") << QString()
                                 << QStringLiteral("https://Hooks.Example.com/a")
                                 << QStringLiteral("account_hooks_example_com");
        QTest::newRow("group") << QStringLiteral("group") << QStringLiteral("warm_yellow")
                               << QStringLiteral("https://hooks.example.com:8443/a")
                               << QStringLiteral("group_warm_yellow_hooks_example_com");
        QTest::newRow("digit host")
            << QStringLiteral("account") << QString() << QStringLiteral("https://10.0.0.1/a")
            << QStringLiteral("account_10_0_0_1");
        QTest::newRow("odd group id")
            << QStringLiteral("group") << QStringLiteral("A--b..C")
            << QStringLiteral("https://x.example/") << QStringLiteral("group_a_b_c_x_example");
        QTest::newRow("idn host") << QStringLiteral("account") << QString()
                                  << QStringLiteral("https://b\u00fccher.example/")
                                  << QStringLiteral("account_xn_bcher_kva_example");
        QTest::newRow("no host") << QStringLiteral("account") << QString()
                                 << QStringLiteral("not a url") << QStringLiteral("account");
        QTest::newRow("unknown scope")
            << QStringLiteral("connection") << QStringLiteral("g1")
            << QStringLiteral("https://h.example/") << QStringLiteral("webhook_g1_h_example");
        QTest::newRow("nothing usable") << QStringLiteral("group") << QStringLiteral("..")
                                        << QString() << QStringLiteral("group");
    }

    void resourceNames()
    {
        QFETCH(QString, type);
        QFETCH(QString, groupId);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QStringList names = WebhookExport::resourceNames(
            {makeWebhook(QStringLiteral("some_id"), type, groupId, url, {}, true)});
        QCOMPARE(names, QStringList{expected});
        QVERIFY(WebhookExport::isValidIdentifier(names.constFirst()));
    }

    void duplicateNamesGetTheIdThenANumber()
    {
        const QString url = QStringLiteral("https://hooks.example.com/a");
        const QList<Webhook> webhooks{
            makeWebhook(QStringLiteral("first_one"), QStringLiteral("account"), {}, url, {}, true),
            makeWebhook(QStringLiteral("second_one"), QStringLiteral("account"), {},
                QStringLiteral("https://hooks.example.com/b"), {}, true),
            makeWebhook(QStringLiteral("third"), QStringLiteral("group"), QStringLiteral("g"), url,
                {}, true),
            // Its name with the id appended is taken by the next one's base name.
            makeWebhook(QStringLiteral("x"), QStringLiteral("account"), {},
                QStringLiteral("https://a.example/"), {}, true),
            makeWebhook(QStringLiteral("y"), QStringLiteral("account"), {},
                QStringLiteral("https://a.example.x/"), {}, true),
            makeWebhook(QStringLiteral("x"), QStringLiteral("account"), {},
                QStringLiteral("https://a.example/"), {}, true),
            makeWebhook(QStringLiteral("Second.One"), QStringLiteral("account"), {}, url, {}, true),
        };
        const QStringList names = WebhookExport::resourceNames(webhooks);
        QCOMPARE(names,
            (QStringList{QStringLiteral("account_hooks_example_com"),
                QStringLiteral("account_hooks_example_com_second_one"),
                QStringLiteral("group_g_hooks_example_com"), QStringLiteral("account_a_example"),
                QStringLiteral("account_a_example_x"), QStringLiteral("account_a_example_x_2"),
                QStringLiteral("account_hooks_example_com_second_one_2")}));
        // The same input, the same names; a webhook added at the end renames nothing.
        QCOMPARE(WebhookExport::resourceNames(webhooks), names);
        QList<Webhook> more = webhooks;
        more.append(
            makeWebhook(QStringLiteral("new_one"), QStringLiteral("account"), {}, url, {}, true));
        QCOMPARE(WebhookExport::resourceNames(more).mid(0, names.size()), names);
    }

    void jsonShape()
    {
        Webhook withExtras = makeWebhook(QStringLiteral("a_b"), QStringLiteral("group"),
            QStringLiteral("g_h"), QStringLiteral("https://x.example/"),
            {QStringLiteral("sync_end"), QStringLiteral("sync_start")}, false);
        withExtras.extraFields.insert(
            QStringLiteral("future_field"), QJsonObject{{QStringLiteral("k"), 1}});
        Webhook account = makeWebhook(QStringLiteral("c_d"), QStringLiteral("account"), {},
            QStringLiteral("https://y.example/"), {QStringLiteral("sync_end")}, true);
        account.secret.clear();
        const QByteArray json = WebhookExport::toJson({withExtras, account}, exampleInfo());
        QVERIFY(json.endsWith("}\n"));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("account")).toObject(),
            (QJsonObject{{QStringLiteral("id"), QStringLiteral("acme_id")},
                {QStringLiteral("name"), QStringLiteral("Acme")}}));
        QCOMPARE(root.value(QStringLiteral("exported_at")).toString(),
            QStringLiteral("2026-03-04T05:06:07Z"));
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
            QStringLiteral("fivetran-webhooks-export"));
        const QJsonArray webhooks = root.value(QStringLiteral("webhooks")).toArray();
        QCOMPARE(webhooks.size(), 2);
        // Each webhook as toJson() writes it, in the order given, without the secret.
        QJsonObject expected = withExtras.toJson();
        expected.remove(QStringLiteral("secret"));
        QCOMPARE(webhooks.at(0).toObject(), expected);
        QVERIFY(webhooks.at(0).toObject().contains(QStringLiteral("future_field")));
        QCOMPARE(webhooks.at(1).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("c_d"));
        // Events keep their order.
        QCOMPARE(
            webhooks.at(0).toObject().value(QStringLiteral("events")).toArray().at(0).toString(),
            QStringLiteral("sync_end"));
        // Stable: the same bytes twice, keys in order.
        QCOMPARE(WebhookExport::toJson({withExtras, account}, exampleInfo()), json);
        QVERIFY(json.indexOf("\"account\"") < json.indexOf("\"exported_at\""));
        QVERIFY(json.indexOf("\"exported_at\"") < json.indexOf("\"webhooks\""));
    }

    void jsonWithoutAccountOrDate()
    {
        const QJsonObject root
            = QJsonDocument::fromJson(WebhookExport::toJson({}, ExportInfo())).object();
        QVERIFY(!root.contains(QStringLiteral("account")));
        QVERIFY(!root.contains(QStringLiteral("exported_at")));
        QCOMPARE(root.value(QStringLiteral("webhooks")).toArray().size(), 0);
    }

    void jsonRoundTrip()
    {
        Webhook group
            = makeWebhook(QStringLiteral("a_b"), QStringLiteral("group"), QStringLiteral("g_h"),
                QStringLiteral("https://x.example/"), {QStringLiteral("sync_end")}, false);
        group.extraFields.insert(QStringLiteral("future_field"), true);
        const QList<Webhook> webhooks{group,
            makeWebhook(QStringLiteral("c_d"), QStringLiteral("account"), {},
                QStringLiteral("https://y.example/"), {}, true)};
        QString error;
        const auto document
            = WebhookExport::fromJson(WebhookExport::toJson(webhooks, exampleInfo()), &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->info.accountId, QStringLiteral("acme_id"));
        QCOMPARE(document->info.accountName, QStringLiteral("Acme"));
        QCOMPARE(document->info.exportedAt, QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));
        QCOMPARE(document->webhooks.size(), 2);
        for (int i = 0; i < 2; ++i) {
            Webhook expected = webhooks.at(i);
            expected.secret.clear(); // never exported
            QCOMPARE(document->webhooks.at(i), expected);
        }
        QVERIFY(!WebhookExport::fromJson("[]", &error));
        QVERIFY(!WebhookExport::fromJson("{\"format\": \"other\", \"webhooks\": []}", &error));
        QVERIFY(!WebhookExport::fromJson("{", &error));
    }

    void noSecretAnywhere()
    {
        // A secret that somehow arrived in clear (an API change, a bug elsewhere), and one kept
        // as an unknown field because it was not a string: neither may reach an export.
        Webhook clear = makeWebhook(QStringLiteral("a_b"), QStringLiteral("account"), {},
            QStringLiteral("https://x.example/"), {QStringLiteral("sync_end")}, true);
        clear.secret = QStringLiteral("s3cr3t-in-clear");
        Webhook odd = makeWebhook(QStringLiteral("c_d"), QStringLiteral("account"), {},
            QStringLiteral("https://y.example/"), {}, true);
        odd.secret.clear();
        odd.extraFields.insert(
            QStringLiteral("secret"), QJsonArray{QStringLiteral("s3cr3t-in-array")});
        const QList<Webhook> webhooks{clear, odd};
        const QByteArray json = WebhookExport::toJson(webhooks, exampleInfo());
        const QString unmanaged = WebhookExport::toTerraform(webhooks, exampleInfo());
        const QString managed = WebhookExport::toTerraform(
            webhooks, exampleInfo(), WebhookExport::TerraformSecrets::Managed);
        for (const QByteArray &text : {json, unmanaged.toUtf8(), managed.toUtf8()}) {
            QVERIFY(!text.contains("s3cr3t"));
            QVERIFY(!text.contains("******"));
        }
        QVERIFY(!json.contains("\"secret\""));
        const QString resource
            = QStringLiteral("resource \"fivetran_webhook\" \"account_x_example\"");
        // Unmanaged: an empty stand-in that ignore_changes keeps from being sent.
        QCOMPARE(attribute(unmanaged, resource, QStringLiteral("secret")), QStringLiteral("\"\""));
        QVERIFY(!unmanaged.contains(QLatin1String("variable")));
        // Managed: a reference into the sensitive map, whose only default is the empty map.
        QCOMPARE(attribute(managed, resource, QStringLiteral("secret")),
            QStringLiteral("var.webhook_secrets[\"account_x_example\"]"));
        const QString variable = QStringLiteral("variable \"webhook_secrets\"");
        QCOMPARE(attribute(managed, variable, QStringLiteral("sensitive")), QStringLiteral("true"));
        QCOMPARE(attribute(managed, variable, QStringLiteral("default")), QStringLiteral("{}"));
        QCOMPARE(managed.count(QRegularExpression(
                     QStringLiteral("^\\s*default\\s*="), QRegularExpression::MultilineOption)),
            1);
    }

    void terraformShape()
    {
        const QList<Webhook> webhooks{
            makeWebhook(QStringLiteral("acc_one"), QStringLiteral("account"), {},
                QStringLiteral("https://hooks.example.com/a?x=${y}&z=%{w}\"q\\"),
                {QStringLiteral("sync_start"), QStringLiteral("sync_end")}, true),
            makeWebhook(QStringLiteral("grp_one"), QStringLiteral("group"),
                QStringLiteral("warm_yellow"), QStringLiteral("https://hooks.example.com/b"), {},
                false),
        };
        ExportInfo info = exampleInfo();
        info.accountName = QStringLiteral("Evil\nresource \"x\" \"y\" {");
        const QString hcl = WebhookExport::toTerraform(webhooks, info);

        // The header: account and date, every line a comment (a newline in a name cannot escape).
        QVERIFY(hcl.startsWith(QLatin1String("# Fivetran webhooks of the account Evil resource")));
        QVERIFY(
            hcl.section(QLatin1Char('\n'), 1, 1).contains(QLatin1String("2026-03-04T05:06:07Z")));
        QVERIFY(hcl.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("acme_id")));

        const QString account
            = QStringLiteral("resource \"fivetran_webhook\" \"account_hooks_example_com\"");
        const QString group = QStringLiteral(
            "resource \"fivetran_webhook\" \"group_warm_yellow_hooks_example_com\"");
        QCOMPARE(attribute(hcl, account, QStringLiteral("type")), QStringLiteral("\"account\""));
        QCOMPARE(attribute(hcl, account, QStringLiteral("group_id")), QString());
        QCOMPARE(attribute(hcl, account, QStringLiteral("url")),
            QStringLiteral("\"https://hooks.example.com/a?x=$${y}&z=%%{w}\\\"q\\\\\""));
        QCOMPARE(attribute(hcl, account, QStringLiteral("events")),
            QStringLiteral("[\"sync_start\", \"sync_end\"]"));
        QCOMPARE(attribute(hcl, account, QStringLiteral("active")), QStringLiteral("true"));
        QCOMPARE(attribute(hcl, group, QStringLiteral("type")), QStringLiteral("\"group\""));
        QCOMPARE(
            attribute(hcl, group, QStringLiteral("group_id")), QStringLiteral("\"warm_yellow\""));
        QCOMPARE(attribute(hcl, group, QStringLiteral("events")), QStringLiteral("[]"));
        QCOMPARE(attribute(hcl, group, QStringLiteral("active")), QStringLiteral("false"));

        // terraform fmt: two-space indent, "=" aligned within each block.
        QVERIFY(hcl.contains(group
            + QStringLiteral(" {\n"
                             "  type     = \"group\"\n"
                             "  group_id = \"warm_yellow\"\n"
                             "  url      = \"https://hooks.example.com/b\"\n"
                             "  events   = []\n"
                             "  active   = false\n"
                             "  secret   = \"\"\n"
                             "\n"
                             "  lifecycle {\n"
                             "    ignore_changes = [secret]\n"
                             "  }\n"
                             "}\n")));
        QVERIFY(hcl.contains(QStringLiteral("import {\n"
                                            "  to = fivetran_webhook.account_hooks_example_com\n"
                                            "  id = \"acc_one\"\n"
                                            "}\n")));
        QVERIFY(!hcl.contains(QLatin1String("variable")));
        // The provider pinned, so that `fivetran` is not taken for hashicorp/fivetran.
        QVERIFY(hcl.contains(QStringLiteral("\n"
                                            "terraform {\n"
                                            "  required_providers {\n"
                                            "    fivetran = {\n"
                                            "      source  = \"fivetran/fivetran\"\n"
                                            "      version = \">= 1.1.19, < 2.0.0\"\n"
                                            "    }\n"
                                            "  }\n"
                                            "}\n")));
        QCOMPARE(WebhookExport::providerVersionConstraint(), QStringLiteral(">= 1.1.19, < 2.0.0"));
        // The header says why the secrets are left alone and how to manage them instead.
        QVERIFY(hcl.contains(QLatin1String("# Secrets are not managed")));
        QVERIFY(hcl.contains(QLatin1String("--manage-secrets")));
        QVERIFY(!hcl.contains(QLatin1String("WARNING")));
        // The import commands, one per webhook, in the closing comment.
        QVERIFY(hcl.contains(QStringLiteral(
            "\n# terraform import fivetran_webhook.account_hooks_example_com acc_one\n"
            "# terraform import fivetran_webhook.group_warm_yellow_hooks_example_com grp_one\n")));
        QVERIFY(hcl.endsWith(QLatin1Char('\n')));
        QVERIFY(!hcl.contains(QLatin1Char('\t')));
        QVERIFY(!hcl.contains(QLatin1String(" \n"))); // no trailing spaces
        // Every line is blank, a comment, or inside a block: no stray text from the name.
        int depth = 0;
        for (const QString &line : hcl.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
                continue;
            const QString indent(2 * depth, QLatin1Char(' '));
            if (line.endsWith(QLatin1Char('{'))) {
                QVERIFY2(line.startsWith(indent) && line.at(indent.size()) != QLatin1Char(' '),
                    qPrintable(line));
                ++depth;
            } else if (line.trimmed() == QLatin1String("}")) {
                --depth;
                QCOMPARE(line, QString(2 * depth, QLatin1Char(' ')) + QLatin1Char('}'));
            } else {
                QVERIFY2(depth >= 1 && line.startsWith(indent)
                        && line.at(indent.size()) != QLatin1Char(' '),
                    qPrintable(line));
            }
            QVERIFY(depth >= 0 && depth <= 3);
        }
        QCOMPARE(depth, 0);
    }

    // Opted in: the secrets come from one sensitive map with an empty default (no prompt, so
    // planning works under -input=false), each resource checks its key is there, and the
    // header warns that the next apply sets every secret.
    void terraformManagedSecrets()
    {
        const QList<Webhook> webhooks{
            makeWebhook(QStringLiteral("acc_one"), QStringLiteral("account"), {},
                QStringLiteral("https://hooks.example.com/a"), {QStringLiteral("sync_end")}, true),
            makeWebhook(QStringLiteral("grp_one"), QStringLiteral("group"),
                QStringLiteral("warm_yellow"), QStringLiteral("https://hooks.example.com/b"), {},
                false),
        };
        const QString hcl = WebhookExport::toTerraform(
            webhooks, exampleInfo(), WebhookExport::TerraformSecrets::Managed);
        QCOMPARE(WebhookExport::secretsVariableName(), QStringLiteral("webhook_secrets"));
        QVERIFY(hcl.contains(
            QStringLiteral("\n"
                           "variable \"webhook_secrets\" {\n"
                           "  description = \"Signing secret of each webhook, keyed by resource "
                           "name\"\n"
                           "  type        = map(string)\n"
                           "  sensitive   = true\n"
                           "  default     = {}\n"
                           "\n"
                           "  validation {\n"
                           "    condition     = alltrue([for secret in "
                           "values(var.webhook_secrets) : secret != \"\"])\n"
                           "    error_message = \"Every secret in webhook_secrets must be "
                           "non-empty.\"\n"
                           "  }\n"
                           "}\n")));
        QVERIFY(hcl.contains(QStringLiteral(
            "resource \"fivetran_webhook\" \"group_warm_yellow_hooks_example_com\" {\n"
            "  type     = \"group\"\n"
            "  group_id = \"warm_yellow\"\n"
            "  url      = \"https://hooks.example.com/b\"\n"
            "  events   = []\n"
            "  active   = false\n"
            "  secret   = "
            "var.webhook_secrets[\"group_warm_yellow_hooks_example_com\"]\n"
            "\n"
            "  lifecycle {\n"
            "    precondition {\n"
            "      condition     = contains(keys(var.webhook_secrets), "
            "\"group_warm_yellow_hooks_example_com\")\n"
            "      error_message = \"No secret for "
            "fivetran_webhook.group_warm_yellow_hooks_example_com in "
            "var.webhook_secrets.\"\n"
            "    }\n"
            "  }\n"
            "}\n")));
        QCOMPARE(hcl.count(QLatin1String("precondition {")), 2);
        QVERIFY(!hcl.contains(QLatin1String("ignore_changes")));
        // The same provider block and import blocks as without the secrets.
        const QString unmanaged = WebhookExport::toTerraform(webhooks, exampleInfo());
        for (const QString &part : {QStringLiteral("version = \">= 1.1.19, < 2.0.0\""),
                 QStringLiteral("import {\n  to = fivetran_webhook.account_hooks_example_com\n"
                                "  id = \"acc_one\"\n}\n"),
                 QStringLiteral("# terraform import fivetran_webhook.account_hooks_example_com "
                                "acc_one\n")}) {
            QVERIFY2(hcl.contains(part), qPrintable(part));
            QVERIFY2(unmanaged.contains(part), qPrintable(part));
        }
        QVERIFY(hcl.contains(QLatin1String("# Secrets are managed")));
        QVERIFY(hcl.contains(QLatin1String(
            "# WARNING: Fivetran never returns a secret, so Terraform cannot tell whether one\n"
            "# changed: the next apply sets the secret of EVERY webhook below.")));
        QVERIFY(!hcl.contains(QLatin1String("--manage-secrets")));
        // Deterministic in this mode too.
        QCOMPARE(WebhookExport::toTerraform(
                     webhooks, exampleInfo(), WebhookExport::TerraformSecrets::Managed),
            hcl);
    }

    void terraformImportIdsAreShellQuoted()
    {
        const QString hcl = WebhookExport::toTerraform(
            {makeWebhook(QStringLiteral("it's $(odd)"), QStringLiteral("account"), {},
                QStringLiteral("https://h.example/"), {}, true)},
            ExportInfo());
        QVERIFY(hcl.contains(QStringLiteral(
            "# terraform import fivetran_webhook.account_h_example 'it'\\''s $(odd)'\n")));
        QVERIFY(hcl.startsWith(
            QLatin1String("# Fivetran webhooks.\n# 1 webhook by fivetran-webhooks.\n")));
    }

    void terraformEmpty()
    {
        const QString hcl = WebhookExport::toTerraform({}, exampleInfo());
        QVERIFY(!hcl.contains(QLatin1String("resource \"")));
        QVERIFY(hcl.contains(QLatin1String("required_providers")));
        QVERIFY(!hcl.contains(QLatin1String("# terraform import fivetran_webhook")));
        QVERIFY(hcl.startsWith(QLatin1String("# Fivetran webhooks of the account Acme (acme_id).\n"
                                             "# 0 webhooks, exported 2026-03-04T05:06:07Z by")));
    }
};

QTEST_GUILESS_MAIN(TestWebhookExport)
#include "tst_webhookexport.moc"
