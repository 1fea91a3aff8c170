#include "ProfileCommands.h"

#include "Console.h"
#include "FivetranClient.h"
#include "KeychainCredentialStore.h"
#include "OutputFormat.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace fw {

ProfileCommands::ProfileCommands(Console *console, CliOptions options, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_options(std::move(options))
    , m_store(new KeychainCredentialStore(this))
{
}

void ProfileCommands::start()
{
    switch (m_options.command) {
    case Command::ProfilesList:
        return list();
    case Command::ProfilesAdd:
        return add();
    case Command::ProfilesRemove:
        return remove();
    default:
        break;
    }
    finish(ExitCode::Usage); // not a command of this class: a bug in the caller
}

QString ProfileCommands::keyStateText(KeyState state)
{
    switch (state) {
    case KeyState::Stored:
        return tr("key stored");
    case KeyState::Missing:
        return tr("no key");
    case KeyState::Invalid:
        return tr("invalid entry");
    case KeyState::Unknown:
        break;
    }
    return tr("unknown");
}

QString ProfileCommands::displayBaseUrl(const AccountProfile &profile)
{
    return (profile.baseUrl.isEmpty() ? FivetranClient::defaultBaseUrl() : profile.baseUrl)
        .toString();
}

// --- list -------------------------------------------------------------------------------------

void ProfileCommands::list()
{
    m_profiles = ProfileList::load();
    m_keyStates.clear();
    readNextKeyState();
}

// One keychain read at a time: a keychain that prompts should prompt once, not N times at once.
void ProfileCommands::readNextKeyState()
{
    if (m_keyStates.size() == m_profiles.size())
        return printList();
    const AccountProfile &profile = m_profiles.at(m_keyStates.size());
    m_store->read(CredentialStore::profileKey(profile.id), this,
        [this](const QByteArray &secret, const std::optional<StoreError> &error) {
            KeyState state = KeyState::Stored;
            if (error && error->kind == StoreError::Kind::NotFound) {
                state = KeyState::Missing;
            } else if (error) {
                state = KeyState::Unknown;
                if (m_keychainError.isEmpty())
                    m_keychainError = error->message;
            } else if (!AccountProfile::credentialsFromSecret(secret)) {
                state = KeyState::Invalid;
            }
            m_keyStates.append(state);
            readNextKeyState();
        });
}

void ProfileCommands::printList()
{
    if (m_options.json) {
        QJsonArray array;
        for (int i = 0; i < m_profiles.size(); ++i) {
            const AccountProfile &profile = m_profiles.at(i);
            const KeyState state = m_keyStates.at(i);
            array.append(QJsonObject{
                {QStringLiteral("id"), profile.id},
                {QStringLiteral("name"), profile.name},
                {QStringLiteral("baseUrl"), displayBaseUrl(profile)},
                {QStringLiteral("keyStored"),
                    state == KeyState::Unknown ? QJsonValue()
                                               : QJsonValue(state == KeyState::Stored)},
            });
        }
        m_console->out(OutputFormat::jsonText(array));
    } else if (m_profiles.isEmpty()) {
        m_console->out(tr("No profiles. Add one with '%1 profiles add NAME'.")
                           .arg(QStringLiteral("fivetran-webhooks-cli"))
            + QLatin1Char('\n'));
    } else {
        TextTable table({tr("NAME"), tr("ID"), tr("API ADDRESS"), tr("KEY")});
        for (int i = 0; i < m_profiles.size(); ++i) {
            const AccountProfile &profile = m_profiles.at(i);
            table.addRow({profile.name, profile.id, displayBaseUrl(profile),
                keyStateText(m_keyStates.at(i))});
        }
        m_console->out(table.toString());
    }
    if (!m_keychainError.isEmpty()) {
        m_console->error(Console::printable(m_keychainError));
        return finish(ExitCode::Usage);
    }
    finish(ExitCode::Success);
}

// --- add --------------------------------------------------------------------------------------

void ProfileCommands::add()
{
    const QString name = m_options.target;
    const QList<AccountProfile> existing = ProfileList::load();
    for (const AccountProfile &profile : existing) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0 || profile.id == name) {
            m_console->error(tr("A profile named \"%1\" exists already: choose another name, or "
                                "remove it first.")
                                 .arg(Console::printable(profile.name)));
            return finish(ExitCode::Usage);
        }
    }

    AccountProfile profile;
    profile.id = ProfileList::newId();
    profile.name = name;
    profile.baseUrl = m_options.baseUrl.isEmpty() ? FivetranClient::defaultBaseUrl()
                                                  : QUrl(m_options.baseUrl, QUrl::StrictMode);

    // Two lines on stdin (key, then secret), or typed at a prompt, the secret without echo.
    const std::optional<QByteArray> keyLine = m_console->readLine(tr("API key: "), false);
    if (!keyLine) {
        m_console->error(tr("Could not read the API key from stdin."));
        return finish(ExitCode::Usage);
    }
    const QString key = QString::fromUtf8(*keyLine).trimmed();
    if (key.isEmpty()) {
        m_console->error(tr("The API key is empty: write it on the first line of stdin, and the "
                            "secret on the second."));
        return finish(ExitCode::Usage);
    }
    std::optional<QByteArray> secretLine = m_console->readLine(tr("API secret: "), true);
    if (!secretLine) {
        m_console->error(tr("Could not read the API secret from stdin."));
        return finish(ExitCode::Usage);
    }
    Credentials credentials{key, QString::fromUtf8(*secretLine).trimmed()};
    secretLine->fill('\0');
    if (credentials.apiSecret.isEmpty()) {
        m_console->error(tr("The API secret is empty: write it on the second line of stdin, "
                            "after the key."));
        return finish(ExitCode::Usage);
    }

    QByteArray entry = AccountProfile::credentialsToSecret(credentials);
    credentials.apiSecret.fill(QLatin1Char('\0'));
    m_store->write(CredentialStore::profileKey(profile.id), entry, this,
        [this, profile](const std::optional<StoreError> &error) {
            if (error) {
                m_console->error(Console::printable(error->message));
                if (error->kind == StoreError::Kind::NoKeychain)
                    m_console->note(
                        tr("The profile was not added. The command-line client keeps API keys "
                           "only in the system keychain: a copy kept in memory for this session "
                           "would be gone as soon as the command exits. Start a keychain "
                           "(Secret Service), or set FIVETRAN_API_KEY and FIVETRAN_API_SECRET "
                           "instead."));
                else
                    m_console->note(tr("The profile was not added."));
                return finish(ExitCode::Usage);
            }
            QList<AccountProfile> profiles = ProfileList::load();
            profiles.append(profile);
            ProfileList::save(profiles);
            m_console->out(tr("Added the profile \"%1\" (id %2); its key is in the system "
                              "keychain. Check it with 'profiles check'.")
                               .arg(Console::printable(profile.name), profile.id)
                + QLatin1Char('\n'));
            finish(ExitCode::Success);
        });
    entry.fill('\0');
}

// --- remove -----------------------------------------------------------------------------------

void ProfileCommands::remove()
{
    const std::optional<AccountProfile> found = ProfileList::find(m_options.target);
    if (!found) {
        m_console->error(tr("There is no profile \"%1\" (see 'profiles list').")
                             .arg(Console::printable(m_options.target)));
        return finish(ExitCode::Usage);
    }
    const AccountProfile profile = *found;
    m_store->remove(CredentialStore::profileKey(profile.id), this,
        [this, profile](const std::optional<StoreError> &error) {
            if (error && error->kind != StoreError::Kind::NotFound) {
                m_console->error(Console::printable(error->message));
                m_console->note(tr("The profile was kept."));
                return finish(ExitCode::Usage);
            }
            QList<AccountProfile> profiles = ProfileList::load();
            profiles.removeIf(
                [&profile](const AccountProfile &other) { return other.id == profile.id; });
            ProfileList::save(profiles);
            if (ProfileList::lastUsedId() == profile.id)
                ProfileList::setLastUsedId(QString());
            m_console->out(tr("Removed the profile \"%1\" and its keychain entry.")
                               .arg(Console::printable(profile.name))
                + QLatin1Char('\n'));
            finish(ExitCode::Success);
        });
}

void ProfileCommands::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(int(code));
}

} // namespace fw
