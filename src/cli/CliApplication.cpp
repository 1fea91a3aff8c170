#include "CliApplication.h"

#include "CliCommands.h"
#include "CommandLine.h"
#include "CredentialLookup.h"
#include "ExportCommand.h"
#include "FivetranClient.h"
#include "ProfileCommands.h"
#include "VerifyCommand.h"

#include <QLoggingCategory>

namespace fw {

namespace {
constexpr std::chrono::milliseconds kDefaultTimeout{30000}; // as --help says
} // namespace

CliApplication::CliApplication(QObject *parent)
    : QObject(parent)
    , m_walkPages(limits::kMaxPagesPerWalk)
    , m_walkItems(limits::kMaxItemsPerWalk)
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
    // A test hook, not documented in --help: it can only lower the bounds of Limits.h.
    const QStringList walkLimits
        = environment.value(QStringLiteral("FW_CLI_WALK_LIMITS")).split(QLatin1Char(','));
    if (walkLimits.size() == 2) {
        const int pages = walkLimits.at(0).toInt();
        const qint64 items = walkLimits.at(1).toLongLong();
        if (pages > 0 && items > 0) {
            m_walkPages = qMin(pages, limits::kMaxPagesPerWalk);
            m_walkItems = qMin(items, limits::kMaxItemsPerWalk);
        }
    }

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
    if (isProfilesCommand(options.command) && options.command != Command::ProfilesCheck) {
        auto *commands = new ProfileCommands(&m_console, options, this);
        connect(commands, &ProfileCommands::finished, this,
            [this](int exitCode) { finish(ExitCode(exitCode)); });
        return commands->start();
    }

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

    // profiles check tests the profile alone: the environment's credentials would hide it.
    const bool checkingProfile = options.command == Command::ProfilesCheck;
    const CredentialLookup lookup(checkingProfile ? QProcessEnvironment() : environment);
    lookup.resolve(checkingProfile ? options.target : options.profile, this,
        [this, options, newSecret](const CredentialLookup::Result &result) {
            if (!result.access) {
                m_console.error(Console::printable(result.error));
                return finish(ExitCode::Usage);
            }
            if (result.environmentOverrodeProfile && options.verbose)
                m_console.note(tr("FIVETRAN_API_KEY / FIVETRAN_API_SECRET are set: using the "
                                  "environment's credentials, not the profile \"%1\".")
                                   .arg(Console::printable(options.profile)));
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
            m_console.error(tr("%1 is refused: %2").arg(access.baseUrlOrigin, refusal));
            return finish(ExitCode::Usage);
        }
    }
    m_client->setCredentials(access.credentials);
    // --timeout is what the user waits at most for a request, retries and Retry-After included:
    // each attempt has at most that long, and the call as a whole too.
    const std::chrono::milliseconds timeout = options.timeout.value_or(kDefaultTimeout);
    m_client->setTimeout(timeout);
    m_client->setTotalTimeout(timeout);
    m_client->setWalkLimits(m_walkPages, m_walkItems);
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

    if (options.command == Command::Export) {
        auto *exporter = new ExportCommand(m_client, &m_console, options, this);
        connect(exporter, &ExportCommand::finished, this,
            [this](int exitCode) { finish(ExitCode(exitCode)); });
        return exporter->start();
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
