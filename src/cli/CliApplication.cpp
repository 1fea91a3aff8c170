#include "CliApplication.h"

#include "CliCommands.h"
#include "CommandLine.h"
#include "CredentialLookup.h"
#include "FivetranClient.h"
#include "VerifyCommand.h"

#include <QLoggingCategory>

namespace fw {

CliApplication::CliApplication(QObject *parent)
    : QObject(parent)
{
}

CliApplication::~CliApplication() = default;

void CliApplication::configureLogging(bool verbose)
{
    // Off by default so that stderr carries only what the user must read; QT_LOGGING_RULES in
    // the environment still wins over these rules.
    if (verbose) {
        QLoggingCategory::setFilterRules(QStringLiteral("fw.*=true"));
        qSetMessagePattern(QStringLiteral("%{category}: %{message}"));
    } else {
        QLoggingCategory::setFilterRules(QStringLiteral("fw.*.debug=false\nfw.*.info=false"));
    }
}

void CliApplication::start(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const CommandLine::Outcome outcome = CommandLine::parse(arguments);
    switch (outcome.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        m_console.out(outcome.text);
        return finish(ExitCode::Success);
    case CommandLine::Action::UsageError:
        m_console.error(outcome.text);
        return finish(ExitCode::Usage);
    case CommandLine::Action::Run:
        break;
    }
    const CliOptions &options = outcome.options;
    for (const QString &warning : outcome.warnings)
        m_console.warning(Console::printable(warning));
    configureLogging(options.verbose);

    if (options.command == Command::Verify)
        return finish(VerifyCommand::run(options, m_console));

    // Read before the first request, so a blocking read of stdin never holds up a reply.
    QString newSecret;
    if (options.secretFromStdin) {
        const std::optional<QByteArray> line = m_console.readStdinLine();
        if (!line || line->isEmpty()) {
            m_console.error(tr("The secret on stdin is empty: write it on the first line."));
            return finish(ExitCode::Usage);
        }
        newSecret = QString::fromUtf8(*line);
        // Sending the mask back would make "******" the webhook's secret.
        if (newSecret == kMaskedSecret) {
            m_console.error(tr("\"%1\" is the mask Fivetran shows in place of a secret, not a "
                               "secret.")
                                .arg(kMaskedSecret));
            return finish(ExitCode::Usage);
        }
    }

    const CredentialLookup lookup(environment);
    lookup.resolve(
        QString(), this, [this, options, newSecret](const CredentialLookup::Result &result) {
            if (!result.access) {
                m_console.error(result.error);
                return finish(ExitCode::Usage);
            }
            runApiCommand(options, *result.access, newSecret);
        });
}

void CliApplication::runApiCommand(
    const CliOptions &options, const AccountAccess &access, const QString &newSecret)
{
    m_client = new FivetranClient(this);
    m_client->setUserAgent(FivetranClient::defaultUserAgent(CommandLine::programName()));
    if (!access.baseUrl.isEmpty()) {
        const QString refusal = m_client->setBaseUrl(access.baseUrl);
        if (!refusal.isEmpty()) {
            m_console.error(tr("FIVETRAN_API_BASE is refused: %1").arg(refusal));
            return finish(ExitCode::Usage);
        }
    }
    m_client->setCredentials(access.credentials);
    if (options.timeout)
        m_client->setTimeout(*options.timeout);
    // --verbose shows every retry through fw.core.net already; otherwise only the waits long
    // enough to look like a hang are announced.
    if (!options.verbose) {
        connect(m_client, &FivetranClient::retryScheduled, this,
            [this](const ApiError &error, std::chrono::milliseconds delay) {
                if (delay < std::chrono::seconds(2))
                    return;
                m_console.note(tr("%1 Retrying in %n second(s)...", nullptr,
                    int(std::chrono::duration_cast<std::chrono::seconds>(delay).count()))
                                   .arg(Console::printable(error.summary())));
            });
    }

    m_commands = new CliCommands(m_client, &m_console, options, this);
    m_commands->setNewSecret(newSecret);
    connect(m_commands, &CliCommands::finished, this,
        [this](int exitCode) { finish(ExitCode(exitCode)); });
    m_commands->start();
}

void CliApplication::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(int(code));
}

} // namespace fw
