#pragma once

#include "AccountProfile.h"
#include "CliOptions.h"
#include "ExitCode.h"

#include <QList>
#include <QObject>
#include <QString>

namespace fw {

class Console;
class CredentialStore;
struct StoreError;

// profiles list, add and remove: the account profiles the desktop app keeps in QSettings, with
// their key and secret in the system keychain under CredentialStore::profileKey(id). Never prints
// a key or a secret. (profiles check is an API command: CliCommands runs it.)
class ProfileCommands : public QObject
{
    Q_OBJECT

public:
    ProfileCommands(Console *console, CliOptions options, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    enum class KeyState { Stored, Missing, Invalid, Unknown };

    void list();
    void readNextKeyState();
    void printList();
    void add();
    void remove();

    static QString keyStateText(KeyState state);
    static QString displayBaseUrl(const AccountProfile &profile);
    void finish(ExitCode code);

    Console *m_console;
    CliOptions m_options;
    CredentialStore *m_store = nullptr;
    bool m_finished = false;

    QList<AccountProfile> m_profiles;
    QList<KeyState> m_keyStates;
    QString m_keychainError; // the first read error other than "no entry"
};

} // namespace fw
