#pragma once

#include "CliOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fw {

// Turns argv into CliOptions, or into the help, the version, or a usage error. Everything that
// can be refused without the network is refused here, before any request is made.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fw::CommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };

    struct Outcome
    {
        Action action = Action::UsageError;
        QString text; // the help or the version, or why the command line was refused
        QStringList warnings; // worth saying, not worth refusing (e.g. an undocumented event)
        CliOptions options;
    };

    static Outcome parse(const QStringList &arguments);

    static QString programName();
    static QString generalHelp();
    static QString commandHelp(Command command);
    static QString exitCodeHelp();
    static QString credentialsHelp(); // the lookup order: environment, --profile
};

} // namespace fw
