#include "CommandLine.h"

#include "EventCatalog.h"
#include "Limits.h"
#include "UrlRules.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QLocale>
#include <QUrl>
#include <cmath>

namespace fw {

namespace {

enum class Opt {
    Help,
    Version,
    Timeout,
    Verbose,
    Json,
    All,
    Limit,
    Url,
    Event,
    Active,
    Inactive,
    SecretStdin,
    AllEvents,
    Signature,
    BodyFile,
    Profile,
    BaseUrl,
    Format,
    Output,
    ManageSecrets,
    Cursor,
};

const QList<Opt> kGlobalOptions
    = {Opt::Profile, Opt::Timeout, Opt::Verbose, Opt::Version, Opt::Help};
const QList<Opt> kEveryOption = {Opt::Help, Opt::Version, Opt::Timeout, Opt::Verbose, Opt::Json,
    Opt::All, Opt::Limit, Opt::Url, Opt::Event, Opt::Active, Opt::Inactive, Opt::SecretStdin,
    Opt::AllEvents, Opt::Signature, Opt::BodyFile, Opt::Profile, Opt::BaseUrl, Opt::Format,
    Opt::Output, Opt::ManageSecrets, Opt::Cursor};

struct CommandSpec
{
    Command command;
    const char *name; // "profiles add": the profiles commands are two words
    const char *synopsis; // after the program name; option names are not translated
    const char *summary; // one line for the command list
    const char *description; // the paragraph of the command's own help
    const char *argumentName; // "ID", "GROUP_ID", "NAME", or nullptr for none
    QList<Opt> options;
};

// Texts marked for lupdate here, translated where shown.
const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {Command::List, "list", "list [--all | --cursor CURSOR] [--limit N] [--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "List webhooks (one page unless --all)."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Lists the webhooks of the account. Without --all only one page is "
                "fetched, the first or the one at --cursor, and a note on stderr says "
                "when more exist and how to go on; --limit sets the page size. With "
                "--json, prints one JSON object: \"items\", the webhook objects, and "
                "\"next_cursor\", the cursor of the next page for --cursor, or null "
                "after the last page (always null with --all)."),
            nullptr, {Opt::All, Opt::Cursor, Opt::Limit, Opt::Json}},
        {Command::Get, "get", "get ID [--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Show one webhook."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Shows every field of the webhook ID. The secret is write-only: it "
                "is shown as \"set\" or \"not set\", never its value."),
            "ID", {Opt::Json}},
        {Command::CreateAccount, "create-account",
            "create-account --url URL --event EVENT... [--inactive] [--secret-stdin] [--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Create an account webhook."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Creates a webhook that receives the events of every group of the "
                "account. Fivetran probes the URL when a webhook is created active: "
                "the endpoint must answer 2xx, or nothing is created. --inactive skips "
                "the probe."),
            nullptr, {Opt::Url, Opt::Event, Opt::Inactive, Opt::SecretStdin, Opt::Json}},
        {Command::CreateGroup, "create-group",
            "create-group GROUP_ID --url URL --event EVENT... [--inactive] [--secret-stdin] "
            "[--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Create a webhook for one group."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Creates a webhook that receives the events of the group GROUP_ID "
                "(see the groups command). Fivetran probes the URL when a webhook is "
                "created active: the endpoint must answer 2xx, or nothing is created. "
                "--inactive skips the probe."),
            "GROUP_ID", {Opt::Url, Opt::Event, Opt::Inactive, Opt::SecretStdin, Opt::Json}},
        {Command::Update, "update",
            "update ID [--url URL] [--event EVENT...] [--active | --inactive] [--secret-stdin] "
            "[--json]",
            QT_TRANSLATE_NOOP(
                "fw::CommandLine", "Change a webhook's URL, events, state or secret."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Changes only what is given. --event replaces the whole list of "
                "events. The scope and group of a webhook cannot change. Fivetran "
                "probes the URL when a webhook is activated."),
            "ID", {Opt::Url, Opt::Event, Opt::Active, Opt::Inactive, Opt::SecretStdin, Opt::Json}},
        {Command::Delete, "delete", "delete ID [--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Delete a webhook."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Deletes the webhook ID at once, without asking. It cannot be undone."),
            "ID", {Opt::Json}},
        {Command::Test, "test", "test ID (--event EVENT... | --all-events) [--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Make Fivetran send a test event to a webhook."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Asks Fivetran to POST a test payload for each event to the webhook's "
                "URL, one after another, and shows whether the endpoint accepted it. "
                "Exits with 1 when a delivery failed (or there was nothing to test)."),
            "ID", {Opt::Event, Opt::AllEvents, Opt::Json}},
        {Command::Groups, "groups", "groups [--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "List the groups (every page)."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Lists every group of the account with its id, which create-group "
                "needs. Group names need not be unique."),
            nullptr, {Opt::Json}},
        {Command::Account, "account", "account [--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Show the account the API key belongs to."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Shows the account and the user or system key behind the credentials: "
                "a quick check that they work."),
            nullptr, {Opt::Json}},
        {Command::Export, "export",
            "export --format json|terraform [--manage-secrets] [--output FILE] [--limit N]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Export every webhook as JSON or Terraform."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Fetches every page of webhooks and writes them as one JSON document (each "
                "webhook as the API returns it, keys sorted) or as Terraform configuration for "
                "Fivetran's provider: a terraform block that pins fivetran/fivetran, a "
                "fivetran_webhook resource and an import block per webhook, and the terraform "
                "import commands at the end. Secrets are never exported. Fivetran never returns "
                "them, so by default the resources leave them alone (ignore_changes) and a plan "
                "after the import shows no change; with --manage-secrets Terraform sets them "
                "from a sensitive variable instead. The output goes to stdout, or replaces FILE "
                "only once every page has arrived; an output file that cannot be written is a "
                "usage error (2)."),
            nullptr, {Opt::Format, Opt::ManageSecrets, Opt::Output, Opt::Limit}},
        {Command::Verify, "verify",
            "verify --signature SIG [--body-file PATH] [--secret-stdin] [--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Check a delivery's signature (offline)."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Checks SIG, the X-Fivetran-Signature-256 header of a delivery, "
                "against its body, read byte for byte from stdin (or --body-file: "
                "nothing is stripped, since a trailing newline changes the "
                "signature). The secret comes from FIVETRAN_WEBHOOK_SECRET, or from "
                "stdin with --secret-stdin when the body comes from --body-file. "
                "Exits with 1 when the signature does not match. Needs no API "
                "credentials."),
            nullptr, {Opt::Signature, Opt::BodyFile, Opt::SecretStdin, Opt::Json}},
        {Command::ProfilesList, "profiles list", "profiles list [--json]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "List the keychain profiles."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Lists the account profiles the desktop app and this client share: name, "
                "id, API address, and whether the system keychain holds their key (\"key "
                "stored\" or \"no key\"). Neither the key nor the secret is ever printed."),
            nullptr, {Opt::Json}},
        {Command::ProfilesAdd, "profiles add", "profiles add NAME [--base-url URL]",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Add a profile, its key kept in the keychain."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Adds the profile NAME. The API key and secret are read from stdin, "
                "two lines (key, then secret), or asked for on a terminal, the secret "
                "without echo; never from an argument. They are stored only in the "
                "system keychain; with no keychain nothing is added."),
            "NAME", {Opt::BaseUrl}},
        {Command::ProfilesRemove, "profiles remove", "profiles remove NAME",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Remove a profile and its keychain entry."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Deletes the keychain entry of the profile NAME (a name or an id), "
                "then the profile itself. It cannot be undone."),
            "NAME", {}},
        {Command::ProfilesCheck, "profiles check", "profiles check NAME",
            QT_TRANSLATE_NOOP("fw::CommandLine", "Check that a profile's key works."),
            QT_TRANSLATE_NOOP("fw::CommandLine",
                "Asks Fivetran for the account behind the profile NAME and prints its "
                "name, or why it failed (wrong key, no permission, unreachable), with "
                "the usual exit codes. The environment variables are not used."),
            "NAME", {}},
    };
    return specs;
}

const CommandSpec *findSpec(Command command)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.command == command)
            return &spec;
    }
    return nullptr;
}

const CommandSpec *findSpec(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QString optionName(Opt opt)
{
    switch (opt) {
    case Opt::Help:
        return QStringLiteral("help");
    case Opt::Version:
        return QStringLiteral("version");
    case Opt::Timeout:
        return QStringLiteral("timeout");
    case Opt::Verbose:
        return QStringLiteral("verbose");
    case Opt::Json:
        return QStringLiteral("json");
    case Opt::All:
        return QStringLiteral("all");
    case Opt::Limit:
        return QStringLiteral("limit");
    case Opt::Url:
        return QStringLiteral("url");
    case Opt::Event:
        return QStringLiteral("event");
    case Opt::Active:
        return QStringLiteral("active");
    case Opt::Inactive:
        return QStringLiteral("inactive");
    case Opt::SecretStdin:
        return QStringLiteral("secret-stdin");
    case Opt::AllEvents:
        return QStringLiteral("all-events");
    case Opt::Signature:
        return QStringLiteral("signature");
    case Opt::BodyFile:
        return QStringLiteral("body-file");
    case Opt::Profile:
        return QStringLiteral("profile");
    case Opt::BaseUrl:
        return QStringLiteral("base-url");
    case Opt::Format:
        return QStringLiteral("format");
    case Opt::Output:
        return QStringLiteral("output");
    case Opt::ManageSecrets:
        return QStringLiteral("manage-secrets");
    case Opt::Cursor:
        return QStringLiteral("cursor");
    }
    return {};
}

QString optionDescription(Opt opt, Command command)
{
    using CL = CommandLine;
    switch (opt) {
    case Opt::Help:
        return CL::tr("Show this help (after a command: that command's help).");
    case Opt::Version:
        return CL::tr("Show the version.");
    case Opt::Timeout:
        return CL::tr("Give up on a request after SECONDS in all, retries and waits for the "
                      "server included: more than 0, at most 86400 (default 30). With --all "
                      "and export, each page has SECONDS.");
    case Opt::Verbose:
        return CL::tr("Log requests and retries on stderr (never a secret or the Authorization "
                      "header).");
    case Opt::Json:
        return CL::tr("Print stable, indented JSON instead of a table.");
    case Opt::All:
        return CL::tr("Fetch every page, not only the first.");
    case Opt::Cursor:
        return CL::tr("List the page at CURSOR, the next_cursor of an earlier list (as "
                      "printed, with the same --limit), instead of the first page.");
    case Opt::Limit:
        return CL::tr("Webhooks per page, 1 to 1000 (default 100).");
    case Opt::Url:
        return command == Command::Update
            ? CL::tr("The new URL: https, or http on a loopback address.")
            : CL::tr("Where Fivetran delivers events: https, or http on a loopback address.");
    case Opt::Event:
        if (command == Command::Test)
            return CL::tr("An event to send a test for; repeat or separate with commas.");
        if (command == Command::Update)
            return CL::tr("Replace the events with these; repeat or separate with commas.");
        return CL::tr("An event to subscribe to (at least one); repeat or separate with commas.");
    case Opt::Active:
        return CL::tr("Activate the webhook (Fivetran probes its URL first).");
    case Opt::Inactive:
        return command == Command::Update
            ? CL::tr("Deactivate the webhook.")
            : CL::tr("Create the webhook inactive: Fivetran skips the reachability probe.");
    case Opt::SecretStdin:
        return command == Command::Verify
            ? CL::tr("Read the secret from the first line of stdin (needs --body-file).")
            : CL::tr("Read the webhook's signing secret from the first line of stdin.");
    case Opt::AllEvents:
        return CL::tr("Test every event the webhook subscribes to.");
    case Opt::Signature:
        return CL::tr("The X-Fivetran-Signature-256 header value to check.");
    case Opt::BodyFile:
        return CL::tr("Read the body from PATH instead of stdin.");
    case Opt::Profile:
        return CL::tr("Use the keychain profile NAME (a name or an id; see 'profiles list'). "
                      "FIVETRAN_API_KEY and FIVETRAN_API_SECRET win when set.");
    case Opt::BaseUrl:
        return CL::tr("The API address, https (default https://api.fivetran.com/v1).");
    case Opt::Format:
        return CL::tr("json (one document, for scripts and git) or terraform (for Fivetran's "
                      "Terraform provider).");
    case Opt::Output:
        return CL::tr("Write to FILE instead of stdout, atomically: nothing is written when "
                      "the export fails.");
    case Opt::ManageSecrets:
        return CL::tr("With --format terraform: set every webhook's secret from the sensitive "
                      "map variable webhook_secrets, keyed by resource name. The next apply "
                      "then sets every secret, as Terraform cannot read them back.");
    }
    return {};
}

QString valueName(Opt opt)
{
    switch (opt) {
    case Opt::Timeout:
        return QStringLiteral("SECONDS");
    case Opt::Limit:
        return QStringLiteral("N");
    case Opt::Url:
        return QStringLiteral("URL");
    case Opt::Event:
        return QStringLiteral("EVENT");
    case Opt::Signature:
        return QStringLiteral("SIG");
    case Opt::BodyFile:
        return QStringLiteral("PATH");
    case Opt::Profile:
        return QStringLiteral("NAME");
    case Opt::BaseUrl:
        return QStringLiteral("URL");
    case Opt::Format:
        return QStringLiteral("FORMAT");
    case Opt::Output:
        return QStringLiteral("FILE");
    case Opt::Cursor:
        return QStringLiteral("CURSOR");
    default:
        return {};
    }
}

QCommandLineOption makeOption(Opt opt, Command command)
{
    QStringList names{optionName(opt)};
    if (opt == Opt::Help)
        names.prepend(QStringLiteral("h"));
    return QCommandLineOption(names, optionDescription(opt, command), valueName(opt));
}

void addOptions(QCommandLineParser &parser, const QList<Opt> &options, Command command)
{
    for (Opt opt : options)
        parser.addOption(makeOption(opt, command));
}

QString optionLabel(Opt opt)
{
    QString label = QStringLiteral("--") + optionName(opt);
    if (opt == Opt::Help)
        label.prepend(QStringLiteral("-h, "));
    const QString value = valueName(opt);
    if (!value.isEmpty())
        label += QLatin1Char(' ') + value;
    return label;
}

// Words of `text` in lines that fit `width`, the lines after the first indented to `column`.
QString wrapWords(const QString &text, int column, int firstLineLength)
{
    constexpr int width = 80;
    QString wrapped;
    int lineLength = firstLineLength;
    bool lineEmpty = true;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!lineEmpty && lineLength + 1 + word.size() > width) {
            wrapped += QLatin1Char('\n') + QString(column, QLatin1Char(' '));
            lineLength = column;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            wrapped += QLatin1Char(' ');
            ++lineLength;
        }
        wrapped += word;
        lineLength += word.size();
        lineEmpty = false;
    }
    return wrapped;
}

// Two columns, the second word-wrapped so that help stays readable in an 80-column terminal.
QString formatRows(const QList<QPair<QString, QString>> &rows)
{
    constexpr int indent = 2;
    constexpr int maxLabel = 26;
    int labelWidth = 0;
    for (const auto &row : rows) {
        if (row.first.size() <= maxLabel)
            labelWidth = qMax(labelWidth, int(row.first.size()));
    }
    const int column = indent + labelWidth + 2;
    QString text;
    for (const auto &row : rows) {
        QString line = QString(indent, QLatin1Char(' ')) + row.first;
        if (row.first.size() > maxLabel) // too long to share its line with the description
            line += QLatin1Char('\n') + QString(column, QLatin1Char(' '));
        else
            line += QString(column - line.size(), QLatin1Char(' '));
        text += line + wrapWords(row.second, column, column) + QLatin1Char('\n');
    }
    return text;
}

QString optionRows(const QList<Opt> &options, Command command)
{
    QList<QPair<QString, QString>> rows;
    for (Opt opt : options)
        rows.append({optionLabel(opt), optionDescription(opt, command)});
    return formatRows(rows);
}

QString environmentHelp(Command command)
{
    using CL = CommandLine;
    if (command == Command::Verify)
        return formatRows({{QStringLiteral("FIVETRAN_WEBHOOK_SECRET"),
            CL::tr("The webhook secret, unless --secret-stdin is given.")}});
    if (isProfilesCommand(command))
        return formatRows({{QStringLiteral("FIVETRAN_API_*"),
            CL::tr("Not used: these commands work on the profiles only.")}});
    QList<QPair<QString, QString>> rows = {
        {QStringLiteral("FIVETRAN_API_KEY"),
            CL::tr("The API key, or alone the base64 form of \"key:secret\".")},
        {QStringLiteral("FIVETRAN_API_SECRET"), CL::tr("The API secret.")},
        {QStringLiteral("FIVETRAN_API_BASE"),
            CL::tr("The API base URL (default https://api.fivetran.com/v1, or the profile's): "
                   "https, or http on a loopback address such as the sandbox.")},
    };
    if (command == Command::None)
        rows.append(
            {QStringLiteral("FIVETRAN_WEBHOOK_SECRET"), CL::tr("The webhook secret for verify.")});
    return formatRows(rows);
}

QString tryHelp(const CommandSpec *spec)
{
    if (spec)
        return CommandLine::tr("Run '%1 %2 --help' for its options.")
            .arg(CommandLine::programName(), QLatin1String(spec->name));
    return CommandLine::tr("Run '%1 --help' for the commands and options.")
        .arg(CommandLine::programName());
}

CommandLine::Outcome usageError(const QString &why, const CommandSpec *spec)
{
    CommandLine::Outcome outcome;
    outcome.action = CommandLine::Action::UsageError;
    outcome.text = why + QLatin1Char('\n') + tryHelp(spec);
    return outcome;
}

// A profile name is the user's own text, shown in tables: anything printable will do.
QString checkProfileName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return CommandLine::tr("The profile NAME is empty.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return CommandLine::tr("The profile NAME contains control characters.");
    }
    return {};
}

// Ids go into the request path: refuse what would change the path rather than encode it.
QString checkId(const QString &id, const QString &what)
{
    if (id.trimmed().isEmpty())
        return CommandLine::tr("The %1 is empty.").arg(what);
    if (id == QLatin1String(".") || id == QLatin1String(".."))
        return CommandLine::tr("The %1 is not a Fivetran id.").arg(what);
    for (const QChar c : id) {
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')
            || c == QLatin1Char('%') || c.isSpace() || c.category() == QChar::Other_Control)
            return CommandLine::tr("The %1 contains characters no Fivetran id has.").arg(what);
    }
    return {};
}

// Names from every --event, split on commas, trimmed, duplicates dropped (order kept).
QStringList collectEvents(const QStringList &values)
{
    QStringList events;
    for (const QString &value : values) {
        const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString name = part.trimmed();
            if (!name.isEmpty() && !events.contains(name))
                events.append(name);
        }
    }
    return events;
}

QStringList eventWarnings(const QStringList &events)
{
    QStringList warnings;
    for (const QString &name : events) {
        const EventInfo *info = EventCatalog::find(name);
        if (!info)
            warnings << CommandLine::tr("'%1' is not an event Fivetran documents; sending it "
                                        "anyway.")
                            .arg(name);
        else if (info->deprecated)
            warnings
                << CommandLine::tr("'%1' is deprecated: Fivetran may no longer send it.").arg(name);
    }
    return warnings;
}

// Option names under which people try to pass secrets. Refused by name, so the value is not
// even parsed: a secret on the command line stays in shell history and the process list.
bool isSecretOption(const QString &argument)
{
    if (!argument.startsWith(QLatin1Char('-')))
        return false;
    QString name = argument.section(QLatin1Char('='), 0, 0);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    name = name.toLower();
    static const QStringList names = {
        QStringLiteral("secret"),
        QStringLiteral("api-secret"),
        QStringLiteral("api-key"),
        QStringLiteral("webhook-secret"),
        QStringLiteral("password"),
        QStringLiteral("key"),
    };
    return names.contains(name);
}

} // namespace

QString CommandLine::programName()
{
    return QStringLiteral("fivetran-webhooks-cli");
}

QString CommandLine::exitCodeHelp()
{
    return formatRows({
        {QStringLiteral("0"), tr("Success.")},
        {QStringLiteral("1"),
            tr("The operation ran but its outcome is negative: a test delivery failed, or a "
               "signature does not match.")},
        {QStringLiteral("2"),
            tr("Usage error, nothing was sent: bad or missing options or arguments, missing "
               "credentials, a secret where none is allowed, a URL refused before sending.")},
        {QStringLiteral("3"),
            tr("API error: Fivetran answered with an HTTP error (bad credentials, not found, "
               "invalid input, rate limit, server error). Kind, HTTP status, Fivetran code and "
               "message are printed on stderr.")},
        {QStringLiteral("4"),
            tr("Network error: Fivetran could not be reached, did not answer in time, or gave an "
               "answer that is not the API's.")},
    });
}

QString CommandLine::generalHelp()
{
    QList<QPair<QString, QString>> commands;
    for (const CommandSpec &spec : commandSpecs()) {
        QString label = QLatin1String(spec.name);
        if (spec.argumentName)
            label += QLatin1Char(' ') + QLatin1String(spec.argumentName);
        commands.append({label, tr(spec.summary)});
    }
    commands.append({QStringLiteral("help COMMAND"), tr("Show a command's options.")});

    return tr("Usage: %1 [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGUMENTS]").arg(programName())
        + QStringLiteral("\n\n") + tr("Manage Fivetran webhooks from a terminal or a script.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n') + formatRows(commands)
        + QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n')
        + optionRows(kGlobalOptions, Command::None) + QLatin1Char('\n') + tr("Environment:")
        + QLatin1Char('\n') + environmentHelp(Command::None) + QLatin1Char('\n')
        + tr("Credentials:") + QLatin1Char('\n') + credentialsHelp() + QLatin1Char('\n')
        + tr("Exit codes:") + QLatin1Char('\n') + exitCodeHelp() + QLatin1Char('\n')
        + wrapWords(tr("Secrets are never taken from the command line: use --secret-stdin, "
                       "the environment, or a profile ('profiles add' reads stdin). Run '%1 "
                       "COMMAND --help' for a command's options.")
                        .arg(programName()),
            0, 0)
        + QLatin1Char('\n');
}

QString CommandLine::credentialsHelp()
{
    return formatRows({
        {QStringLiteral("1."),
            tr("FIVETRAN_API_KEY and FIVETRAN_API_SECRET, when set, win over --profile "
               "(--verbose says so).")},
        {QStringLiteral("2."),
            tr("--profile NAME: the key and secret the desktop app or 'profiles add' stored in "
               "the system keychain, and the profile's API address unless FIVETRAN_API_BASE is "
               "set.")},
        {QStringLiteral("3."), tr("Otherwise the command is refused (exit code 2).")},
    });
}

QString CommandLine::commandHelp(Command command)
{
    const CommandSpec *spec = findSpec(command);
    if (!spec)
        return generalHelp();
    QString text = tr("Usage: %1 %2").arg(programName(), QLatin1String(spec->synopsis))
        + QStringLiteral("\n\n") + wrapWords(tr(spec->description), 0, 0) + QStringLiteral("\n\n");
    text += tr("Options:") + QLatin1Char('\n') + optionRows(spec->options, command)
        + QLatin1Char('\n');
    text += tr("Global options:") + QLatin1Char('\n') + optionRows(kGlobalOptions, command)
        + QLatin1Char('\n');
    text += tr("Environment:") + QLatin1Char('\n') + environmentHelp(command) + QLatin1Char('\n');
    if (!isProfilesCommand(command) && command != Command::Verify)
        text += tr("Credentials:") + QLatin1Char('\n') + credentialsHelp() + QLatin1Char('\n');
    text += tr("Exit codes:") + QLatin1Char('\n') + exitCodeHelp();
    return text;
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        if (isSecretOption(argument))
            return usageError(tr("Secrets are not accepted on the command line, where shell "
                                 "history and the process list would keep them. Use "
                                 "--secret-stdin for a webhook secret, and FIVETRAN_API_KEY / "
                                 "FIVETRAN_API_SECRET or 'profiles add' (which reads stdin) for "
                                 "the API credentials."),
                nullptr);
    }

    // First pass: every option is known, so that the command is found even after an option that
    // takes a value (--timeout 5 list).
    QCommandLineParser first;
    first.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(first, kEveryOption, Command::None);
    if (!first.parse(arguments))
        return usageError(first.errorText(), nullptr);

    Outcome outcome;
    if (first.isSet(optionName(Opt::Version))) {
        outcome.action = Action::ShowVersion;
        outcome.text = programName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
            + QLatin1Char('\n');
        return outcome;
    }

    const QStringList firstPositional = first.positionalArguments();
    // "profiles list": the profiles commands are named by two words.
    const auto commandName = [&firstPositional](int at) {
        QString word = firstPositional.value(at);
        if (word == QLatin1String("profiles") && firstPositional.size() > at + 1)
            word += QLatin1Char(' ') + firstPositional.at(at + 1);
        return word;
    };
    const QString name = commandName(0);
    if (name == QLatin1String("help") || (name.isEmpty() && first.isSet(optionName(Opt::Help)))
        || (name == QLatin1String("profiles") && first.isSet(optionName(Opt::Help)))) {
        QString topic = name == QLatin1String("help") ? commandName(1) : QString();
        if (topic == QLatin1String("profiles"))
            topic.clear(); // the general help lists the four
        const CommandSpec *spec = topic.isEmpty() ? nullptr : findSpec(topic);
        if (!topic.isEmpty() && !spec)
            return usageError(tr("Unknown command '%1'.").arg(topic), nullptr);
        outcome.action = Action::ShowHelp;
        outcome.text = spec ? commandHelp(spec->command) : generalHelp();
        return outcome;
    }
    if (name.isEmpty())
        return usageError(tr("No command given."), nullptr);
    if (name == QLatin1String("profiles"))
        return usageError(tr("'profiles' needs a command: list, add, remove or check."), nullptr);
    const CommandSpec *spec = findSpec(name);
    if (!spec)
        return usageError(tr("Unknown command '%1'.").arg(name), nullptr);
    if (first.isSet(optionName(Opt::Help))) {
        outcome.action = Action::ShowHelp;
        outcome.text = commandHelp(spec->command);
        return outcome;
    }

    // Second pass: only this command's options, so that one meant for another command is named.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(parser, kGlobalOptions, spec->command);
    addOptions(parser, spec->options, spec->command);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), spec);
    // Only options this parser knows may be asked for: Qt warns about any other.
    const auto known
        = [spec](Opt opt) { return kGlobalOptions.contains(opt) || spec->options.contains(opt); };
    const auto isSet
        = [&parser, &known](Opt opt) { return known(opt) && parser.isSet(optionName(opt)); };
    const auto value = [&parser, &known](Opt opt) {
        return known(opt) ? parser.value(optionName(opt)) : QString();
    };

    CliOptions &options = outcome.options;
    options.command = spec->command;

    // Extra arguments are counted, not echoed: one may be a secret typed in the wrong place.
    const int commandWords = isProfilesCommand(spec->command) ? 2 : 1;
    const QStringList arguments_ = parser.positionalArguments().mid(commandWords);
    const int expected = spec->argumentName ? 1 : 0;
    if (arguments_.size() != expected) {
        if (expected == 0)
            return usageError(
                tr("'%1' takes no arguments (got %n).", nullptr, int(arguments_.size()))
                    .arg(QLatin1String(spec->name)),
                spec);
        if (arguments_.isEmpty())
            return usageError(
                tr("'%1' needs the %2 argument.")
                    .arg(QLatin1String(spec->name), QLatin1String(spec->argumentName)),
                spec);
        return usageError(
            tr("'%1' takes one %2 argument (got %n).", nullptr, int(arguments_.size()))
                .arg(QLatin1String(spec->name), QLatin1String(spec->argumentName)),
            spec);
    }
    if (expected == 1) {
        options.target = arguments_.first();
        const QString problem = isProfilesCommand(spec->command)
            ? checkProfileName(options.target)
            : checkId(options.target, QLatin1String(spec->argumentName));
        if (!problem.isEmpty())
            return usageError(problem, spec);
        if (isProfilesCommand(spec->command))
            options.target = options.target.trimmed();
    }

    if (isSet(Opt::Profile)) {
        if (isProfilesCommand(spec->command))
            return usageError(tr("--profile does not apply to the profiles commands: give the "
                                 "profile as their NAME argument."),
                spec);
        options.profile = value(Opt::Profile).trimmed();
        if (options.profile.isEmpty())
            return usageError(tr("--profile needs a profile name or id."), spec);
    }
    if (isSet(Opt::BaseUrl)) {
        const QString text = value(Opt::BaseUrl).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        QString problem;
        if (text.isEmpty() || !url.isValid() || url.isRelative())
            problem = tr("it is not a valid URL.");
        else
            problem = UrlRules::checkBaseUrl(url);
        if (!problem.isEmpty())
            return usageError(tr("The --base-url is refused: %1").arg(problem), spec);
        options.baseUrl = text;
    }

    options.verbose = isSet(Opt::Verbose);
    options.json = isSet(Opt::Json);
    if (isSet(Opt::Timeout)) {
        bool ok = false;
        const double seconds = QLocale::c().toDouble(value(Opt::Timeout), &ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 86400)
            return usageError(
                tr("--timeout needs a number of seconds more than 0 and at most 86400."), spec);
        options.timeout = std::chrono::milliseconds(qMax<qint64>(1, qRound64(seconds * 1000)));
    }

    if (isSet(Opt::Limit)) {
        bool ok = false;
        options.limit = value(Opt::Limit).toInt(&ok);
        if (!ok || options.limit < 1 || options.limit > 1000)
            return usageError(tr("--limit needs a whole number from 1 to 1000."), spec);
    }
    options.all = isSet(Opt::All);
    if (isSet(Opt::Cursor)) {
        if (options.all)
            return usageError(tr("--cursor and --all cannot be used together: --all fetches "
                                 "every page from the first."),
                spec);
        // Opaque: passed on as given, only its length is bounded.
        options.cursor = value(Opt::Cursor);
        if (options.cursor.isEmpty())
            return usageError(
                tr("--cursor needs a cursor: the next_cursor of an earlier list."), spec);
        if (options.cursor.size() > limits::kMaxCursorLength)
            return usageError(tr("--cursor is too long: a cursor has at most %n character(s).",
                                  nullptr, limits::kMaxCursorLength),
                spec);
    }

    if (isSet(Opt::Url)) {
        const QString text = value(Opt::Url).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        QString problem;
        if (text.isEmpty() || !url.isValid())
            problem = tr("it is not a valid URL.");
        else
            problem = UrlRules::checkWebhookUrl(url);
        if (!problem.isEmpty())
            return usageError(tr("The --url is refused: %1").arg(problem), spec);
        options.url = text;
    }

    if (isSet(Opt::Event)) {
        options.events = collectEvents(parser.values(optionName(Opt::Event)));
        if (options.events.isEmpty())
            return usageError(tr("--event needs an event name."), spec);
        outcome.warnings << eventWarnings(options.events);
    }

    if (isSet(Opt::Active) && isSet(Opt::Inactive))
        return usageError(tr("--active and --inactive cannot be used together."), spec);
    if (isSet(Opt::Active))
        options.active = true;
    else if (isSet(Opt::Inactive))
        options.active = false;
    options.secretFromStdin = isSet(Opt::SecretStdin);
    options.allEvents = isSet(Opt::AllEvents);
    options.bodyFile = value(Opt::BodyFile);

    switch (spec->command) {
    case Command::CreateAccount:
    case Command::CreateGroup:
        if (!options.url)
            return usageError(tr("A webhook needs a URL: give --url."), spec);
        if (options.events.isEmpty())
            return usageError(tr("A webhook needs at least one event: give --event."), spec);
        break;
    case Command::Update:
        if (!options.url && !isSet(Opt::Event) && !options.active && !options.secretFromStdin)
            return usageError(tr("Nothing to change: give --url, --event, --active, --inactive "
                                 "or --secret-stdin."),
                spec);
        break;
    case Command::Test:
        if (options.allEvents && !options.events.isEmpty())
            return usageError(tr("Give either --event or --all-events, not both."), spec);
        if (!options.allEvents && options.events.isEmpty())
            return usageError(tr("Fivetran needs an event to test: give --event EVENT or "
                                 "--all-events."),
                spec);
        break;
    case Command::Export:
        options.exportFormat = value(Opt::Format).trimmed().toLower();
        if (options.exportFormat != QLatin1String("json")
            && options.exportFormat != QLatin1String("terraform"))
            return usageError(tr("Give the format with --format json or --format terraform."),
                spec);
        options.manageSecrets = isSet(Opt::ManageSecrets);
        if (options.manageSecrets && options.exportFormat != QLatin1String("terraform"))
            return usageError(tr("--manage-secrets needs --format terraform."), spec);
        options.outputFile = value(Opt::Output);
        if (isSet(Opt::Output) && options.outputFile.isEmpty())
            return usageError(tr("--output needs a file name."), spec);
        break;
    case Command::Verify:
        if (!isSet(Opt::Signature))
            return usageError(tr("Give the signature to check with --signature."), spec);
        options.signature = value(Opt::Signature);
        if (isSet(Opt::BodyFile) && options.bodyFile.isEmpty())
            return usageError(tr("--body-file needs a path."), spec);
        if (options.secretFromStdin && options.bodyFile.isEmpty())
            return usageError(tr("--secret-stdin needs --body-file: stdin cannot carry both "
                                 "the secret and the body."),
                spec);
        break;
    default:
        break;
    }

    outcome.action = Action::Run;
    return outcome;
}

} // namespace fw
