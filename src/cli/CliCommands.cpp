#include "CliCommands.h"

#include "Console.h"
#include "FivetranClient.h"

#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace fw {

CliCommands::CliCommands(
    FivetranClient *client, Console *console, CliOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_console(console)
    , m_options(std::move(options))
{
}

void CliCommands::start()
{
    switch (m_options.command) {
    case Command::List:
        return list();
    case Command::Get:
        return get();
    case Command::CreateAccount:
    case Command::CreateGroup:
        return create();
    case Command::Update:
        return update();
    case Command::Delete:
        return remove();
    case Command::Test:
        return test();
    case Command::Groups:
        return groups();
    case Command::Account:
        return account();
    case Command::ProfilesCheck:
        return checkProfile();
    case Command::Export: // ExportCommand
    case Command::Verify:
    case Command::ProfilesList:
    case Command::ProfilesAdd:
    case Command::ProfilesRemove:
    case Command::None:
        break;
    }
    finish(ExitCode::Usage); // not an API command: a bug in the caller
}

void CliCommands::list()
{
    if (m_options.all) {
        m_client->listAllWebhooks(
            m_options.limit, this,
            [this](const WebhookPage &page) { keepWebhooksSoon(page.items); },
            [this](const std::optional<ApiError> &error) {
                if (error)
                    return fail(*error);
                keepPendingWebhooks();
                printWebhooks(QString());
            });
        return;
    }
    m_client->listWebhooks(
        m_options.cursor, m_options.limit, this, [this](const ApiResult<WebhookPage> &result) {
            if (!result.ok()) {
                QString hint;
                if (!m_options.cursor.isEmpty()
                    && result.error().kind == ApiError::Kind::InvalidInput)
                    hint = tr("Fivetran refused the --cursor. Give a next_cursor of an earlier "
                              "list unchanged, with the same --limit, or start again without "
                              "--cursor.");
                return fail(result.error(), hint);
            }
            keepWebhooks(result.value().items);
            printWebhooks(result.value().nextCursor);
        });
}

void CliCommands::keepWebhooks(const QList<Webhook> &page)
{
    if (!m_options.json) {
        m_webhooks += page;
        return;
    }
    for (const Webhook &webhook : page)
        OutputFormat::appendWebhookJsonLine(m_webhookJsonLines, webhook);
}

void CliCommands::keepWebhooksSoon(const QList<Webhook> &page)
{
    m_pendingPages.append(page);
    if (m_keepScheduled)
        return;
    m_keepScheduled = true;
    QTimer::singleShot(0, this, [this] { keepPendingWebhooks(); });
}

void CliCommands::keepPendingWebhooks()
{
    m_keepScheduled = false;
    for (const QList<Webhook> &page : std::as_const(m_pendingPages))
        keepWebhooks(page);
    m_pendingPages.clear();
}

void CliCommands::printWebhooks(const QString &nextCursor)
{
    // Printed only once the listing is complete: a failed page leaves stdout empty rather than
    // a document that looks whole.
    if (m_options.json)
        m_console->outUtf8(OutputFormat::webhookListText(m_webhookJsonLines, nextCursor));
    else if (m_webhooks.isEmpty())
        m_console->out(tr("No webhooks.") + QLatin1Char('\n'));
    else
        m_console->out(OutputFormat::webhookTable(m_webhooks));
    // On stderr, so that stdout stays one JSON document or one table. The cursor is the
    // server's: shown without control characters, and exactly in the JSON.
    if (!nextCursor.isEmpty())
        m_console->note(tr("more webhooks exist: use --all, or --cursor %1")
                            .arg(Console::printable(nextCursor)));
    finish(ExitCode::Success);
}

void CliCommands::printWebhook(const Webhook &webhook, const QString &note)
{
    if (m_options.json) {
        m_console->out(OutputFormat::jsonText(OutputFormat::webhookJson(webhook)));
        return;
    }
    if (!note.isEmpty())
        m_console->note(note);
    m_console->out(OutputFormat::webhookDetails(webhook));
}

void CliCommands::get()
{
    m_client->getWebhook(m_options.target, this, [this](const ApiResult<Webhook> &result) {
        if (!result.ok())
            return fail(result.error());
        printWebhook(result.value(), QString());
        finish(ExitCode::Success);
    });
}

WebhookChanges CliCommands::requestedChanges() const
{
    WebhookChanges changes;
    changes.url = m_options.url;
    if (!m_options.events.isEmpty())
        changes.events = m_options.events;
    changes.active = m_options.active;
    if (!m_newSecret.isEmpty())
        changes.secret = m_newSecret;
    return changes;
}

void CliCommands::create()
{
    const WebhookChanges fields = requestedChanges();
    const bool probed = fields.active.value_or(true);
    const bool group = m_options.command == Command::CreateGroup;
    const auto done = [this, probed, group](const ApiResult<Webhook> &result) {
        if (!result.ok()) {
            QString hint;
            if (result.error().kind == ApiError::Kind::InvalidInput && probed)
                hint = tr("Fivetran probes the URL of a webhook created active and refuses it "
                          "unless the endpoint answers 2xx. Check the endpoint, or create the "
                          "webhook with --inactive.");
            else if (result.error().kind == ApiError::Kind::NotFound && group)
                hint = tr("Is the group id right? The groups command lists them.");
            return fail(result.error(), hint);
        }
        const Webhook &webhook = result.value();
        printWebhook(webhook,
            group ? tr("Created group webhook %1.").arg(webhook.id)
                  : tr("Created account webhook %1.").arg(webhook.id));
        finish(ExitCode::Success);
    };
    if (group)
        m_client->createGroupWebhook(m_options.target, fields, this, done);
    else
        m_client->createAccountWebhook(fields, this, done);
}

void CliCommands::update()
{
    const WebhookChanges changes = requestedChanges();
    const bool activating = changes.active.value_or(false);
    m_client->updateWebhook(
        m_options.target, changes, this, [this, activating](const ApiResult<Webhook> &result) {
            if (!result.ok()) {
                QString hint;
                if (result.error().kind == ApiError::Kind::InvalidInput && activating)
                    hint = tr("Fivetran probes the URL when a webhook is activated and refuses "
                              "unless the endpoint answers 2xx.");
                return fail(result.error(), hint);
            }
            printWebhook(result.value(), tr("Updated webhook %1.").arg(result.value().id));
            finish(ExitCode::Success);
        });
}

void CliCommands::remove()
{
    m_client->deleteWebhook(m_options.target, this, [this](const ApiResult<QString> &result) {
        if (!result.ok())
            return fail(result.error());
        if (m_options.json) {
            QJsonObject object;
            object.insert(QLatin1String("id"), m_options.target);
            object.insert(QLatin1String("deleted"), true);
            object.insert(QLatin1String("message"), result.value());
            m_console->out(OutputFormat::jsonText(object));
        } else {
            m_console->out(tr("Deleted webhook %1.").arg(m_options.target) + QLatin1Char('\n'));
        }
        finish(ExitCode::Success);
    });
}

void CliCommands::test()
{
    if (!m_options.allEvents) {
        m_eventsToTest = m_options.events;
        return testNext();
    }
    // The API tests one event per call: learn the subscribed events first.
    m_client->getWebhook(m_options.target, this, [this](const ApiResult<Webhook> &result) {
        if (!result.ok())
            return fail(result.error());
        m_eventsToTest = result.value().events;
        if (m_eventsToTest.isEmpty()) {
            m_console->error(
                tr("Webhook %1 subscribes to no events: nothing to test.").arg(m_options.target));
            return finish(ExitCode::NegativeOutcome);
        }
        testNext();
    });
}

// One at a time: each test makes Fivetran POST to the endpoint, which should not be flooded.
void CliCommands::testNext()
{
    if (m_eventsToTest.isEmpty()) {
        printTestResults();
        const bool allDelivered = std::all_of(m_testOutcomes.cbegin(), m_testOutcomes.cend(),
            [](const EventTestOutcome &outcome) { return outcome.result.succeed; });
        return finish(allDelivered ? ExitCode::Success : ExitCode::NegativeOutcome);
    }
    const QString event = m_eventsToTest.takeFirst();
    if (m_options.verbose)
        m_console->note(tr("Testing %1...").arg(event));
    m_client->testWebhook(
        m_options.target, event, this, [this, event](const ApiResult<TestResult> &result) {
            if (!result.ok()) {
                // What was tested before the error is still worth seeing.
                if (!m_testOutcomes.isEmpty())
                    printTestResults();
                return fail(result.error());
            }
            m_testOutcomes.append({event, result.value()});
            testNext();
        });
}

void CliCommands::printTestResults()
{
    if (m_options.json)
        m_console->out(OutputFormat::jsonText(OutputFormat::testJson(m_testOutcomes)));
    else
        m_console->out(OutputFormat::testGrid(m_testOutcomes));
}

void CliCommands::groups()
{
    m_client->listAllGroups(
        100, this, [this](const GroupPage &page) { m_groups += page.items; },
        [this](const std::optional<ApiError> &error) {
            if (error)
                return fail(*error);
            if (m_options.json)
                m_console->out(OutputFormat::jsonText(OutputFormat::groupsJson(m_groups)));
            else if (m_groups.isEmpty())
                m_console->out(tr("No groups.") + QLatin1Char('\n'));
            else
                m_console->out(OutputFormat::groupTable(m_groups));
            finish(ExitCode::Success);
        });
}

void CliCommands::account()
{
    m_client->accountInfo(this, [this](const ApiResult<AccountInfo> &result) {
        if (!result.ok())
            return fail(result.error());
        if (m_options.json)
            m_console->out(OutputFormat::jsonText(result.value().toJson()));
        else
            m_console->out(OutputFormat::accountDetails(result.value()));
        finish(ExitCode::Success);
    });
}

void CliCommands::checkProfile()
{
    m_client->accountInfo(this, [this](const ApiResult<AccountInfo> &result) {
        if (!result.ok()) {
            QString hint;
            if (result.error().kind == ApiError::Kind::Unauthorized)
                hint = tr("Fivetran rejected the key or secret of the profile (wrong, or "
                          "regenerated): remove the profile and add it again.");
            return fail(result.error(), hint);
        }
        const AccountInfo &info = result.value();
        m_console->out(tr("The profile \"%1\" works: account %2 (%3).")
                           .arg(Console::printable(m_options.target),
                               Console::printable(info.accountName),
                               Console::printable(info.accountId))
            + QLatin1Char('\n'));
        finish(ExitCode::Success);
    });
}

void CliCommands::fail(const ApiError &error, const QString &hint)
{
    // Kind, HTTP status, Fivetran code and message: what a support ticket needs.
    m_console->error(Console::printable(error.summary()));
    m_console->note(QStringLiteral("  ") + Console::printable(ApiError::kindName(error.kind)
                                                               + QStringLiteral(" · ") + error.details()));
    if (!hint.isEmpty())
        m_console->note(tr("hint: %1").arg(hint));
    finish(exitCodeFor(error));
}

void CliCommands::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(int(code));
}

} // namespace fw
