#pragma once

#include "CliOptions.h"
#include "Console.h"
#include "ExitCode.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace fw {

struct AccountAccess;
class CliCommands;
class FivetranClient;

// One run of the command-line client: parses the arguments, reads what stdin carries, finds the
// credentials, and hands over to the command. finished() carries the process exit code.
class CliApplication : public QObject
{
    Q_OBJECT

public:
    explicit CliApplication(QObject *parent = nullptr);
    ~CliApplication() override;

    // Call from the running event loop: finished() may be emitted before this returns.
    void start(const QStringList &arguments, const QProcessEnvironment &environment);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void runApiCommand(
        const CliOptions &options, const AccountAccess &access, const QString &newSecret);
    void finish(ExitCode code);
    static void configureLogging(bool verbose);

    Console m_console;
    // Lower walk limits from FW_CLI_WALK_LIMITS ("PAGES,ITEMS"), for the tests only: they cannot
    // make 100,000 requests to see the default bound. Never above limits::kMax*PerWalk.
    int m_walkPages;
    qint64 m_walkItems;
    FivetranClient *m_client = nullptr;
    CliCommands *m_commands = nullptr;
    bool m_finished = false;
};

} // namespace fw
