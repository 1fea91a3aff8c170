#include "ExportCommand.h"

#include "Console.h"
#include "FivetranClient.h"
#include "WebhookExport.h"

#include <QSaveFile>

namespace fw {

ExportCommand::ExportCommand(
    FivetranClient *client, Console *console, CliOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_console(console)
    , m_options(std::move(options))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

ExportCommand::~ExportCommand() = default; // an uncommitted QSaveFile removes its temporary file

void ExportCommand::start()
{
    // Opened before any request, so that an unwritable path costs no API calls. QSaveFile
    // writes a temporary file beside it and replaces FILE only on commit().
    if (!m_options.outputFile.isEmpty()) {
        m_file = std::make_unique<QSaveFile>(m_options.outputFile);
        if (!m_file->open(QIODevice::WriteOnly)) {
            m_console->error(tr("Cannot write %1: %2")
                                 .arg(Console::printable(m_options.outputFile),
                                     Console::printable(m_file->errorString())));
            m_file.reset();
            return finish(ExitCode::Usage);
        }
    }

    // The account only names the export: without it the webhooks are still worth having.
    m_client->accountInfo(this, [this](const ApiResult<AccountInfo> &result) {
        if (result.ok())
            m_account = result.value();
        else
            m_accountError = result.error();
        m_accountDone = true;
        finishIfDone();
    });
    m_client->listAllWebhooks(
        m_options.limit, this,
        [this](const WebhookPage &page) {
            m_webhooks += page.items;
            if (m_options.verbose)
                m_console->note(tr("%n webhook(s) fetched...", nullptr, int(m_webhooks.size())));
        },
        [this](const std::optional<ApiError> &error) {
            if (error)
                return fail(*error);
            m_listDone = true;
            finishIfDone();
        });
}

void ExportCommand::finishIfDone()
{
    if (m_finished || !m_listDone || !m_accountDone)
        return;
    if (m_accountError)
        m_console->warning(tr("The account could not be read (%1): the export does not name it.")
                               .arg(Console::printable(m_accountError->summary())));
    write();
}

void ExportCommand::write()
{
    ExportInfo info;
    if (m_account) {
        info.accountId = m_account->accountId;
        info.accountName = m_account->accountName;
    }
    info.exportedAt = m_clock();
    const QByteArray bytes = m_options.exportFormat == QLatin1String("terraform")
        ? WebhookExport::toTerraform(m_webhooks, info,
            m_options.manageSecrets ? WebhookExport::TerraformSecrets::Managed
                                    : WebhookExport::TerraformSecrets::Unmanaged)
              .toUtf8()
        : WebhookExport::toJson(m_webhooks, info);

    if (!m_file) {
        m_console->outUtf8(bytes);
        return finish(ExitCode::Success);
    }
    if (m_file->write(bytes) != bytes.size() || !m_file->commit()) {
        m_console->error(tr("Cannot write %1: %2")
                             .arg(Console::printable(m_options.outputFile),
                                 Console::printable(m_file->errorString())));
        m_file.reset();
        return finish(ExitCode::Usage);
    }
    m_file.reset();
    m_console->note(tr("Exported %n webhook(s) to %1.", nullptr, int(m_webhooks.size()))
                        .arg(Console::printable(m_options.outputFile)));
    finish(ExitCode::Success);
}

void ExportCommand::fail(const ApiError &error)
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // the temporary file goes; FILE is untouched
    }
    m_console->error(Console::printable(error.summary()));
    m_console->note(QStringLiteral("  ")
        + Console::printable(
            ApiError::kindName(error.kind) + QStringLiteral(" · ") + error.details()));
    finish(exitCodeFor(error));
}

void ExportCommand::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(int(code));
}

} // namespace fw
