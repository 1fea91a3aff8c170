#pragma once

#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace fw {

enum class Command {
    None,
    List,
    Get,
    CreateAccount,
    CreateGroup,
    Update,
    Delete,
    Test,
    Groups,
    Account,
    Export,
    Verify,
    ProfilesList,
    ProfilesAdd,
    ProfilesRemove,
    ProfilesCheck,
};

// Everything the command line asked for, already checked for consistency. Secrets are never
// here: they come from stdin or the environment when the command runs.
struct CliOptions
{
    Command command = Command::None;
    QString target; // the ID, GROUP_ID or profile NAME argument, when the command takes one

    // --profile: the keychain profile (name or id) whose credentials the API commands use
    QString profile;

    // Global
    bool verbose = false;
    std::optional<std::chrono::milliseconds> timeout;

    // Output
    bool json = false;

    // list
    bool all = false;
    int limit = 100;
    QString cursor; // --cursor: the page to list, as a next_cursor gave it; empty: the first

    // create-account, create-group, update
    std::optional<QString> url;
    QStringList events; // also the events to test
    std::optional<bool> active;
    bool secretFromStdin = false; // also verify

    // test
    bool allEvents = false;

    // verify
    QString signature;
    QString bodyFile;

    // profiles add
    QString baseUrl; // empty: Fivetran's

    // export
    QString exportFormat; // "json" or "terraform"
    bool manageSecrets = false; // terraform: set the secrets from a variable
    QString outputFile; // empty: stdout
};

inline bool isProfilesCommand(Command command)
{
    return command == Command::ProfilesList || command == Command::ProfilesAdd
        || command == Command::ProfilesRemove || command == Command::ProfilesCheck;
}

} // namespace fw
