#pragma once

#include "Credentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class QObject;

namespace fw {

// What a command needs to reach an account: the key pair and, when not the default, the base URL.
struct AccountAccess
{
    Credentials credentials;
    QUrl baseUrl; // empty: FivetranClient's default
    QString origin; // where the credentials came from, for messages ("the environment")
    QString baseUrlOrigin; // where baseUrl came from, for a refusal ("FIVETRAN_API_BASE")
};

// Finds the account a command runs against, in this order: the environment (FIVETRAN_API_KEY,
// FIVETRAN_API_SECRET) when set; else the keychain profile given with --profile, read from the
// same QSettings and keychain entries as the desktop app; else an error that says what to set.
// FIVETRAN_API_BASE, when set, overrides a profile's base URL. The keychain answers through a
// callback, hence the asynchronous resolve().
class CredentialLookup
{
    Q_DECLARE_TR_FUNCTIONS(fw::CredentialLookup)

public:
    struct Result
    {
        std::optional<AccountAccess> access;
        QString error; // why there is none, in words that say what to set; never a secret
        // --profile was given but the environment's credentials were used instead
        bool environmentOverrodeProfile = false;
    };

    explicit CredentialLookup(QProcessEnvironment environment);

    // `profile` is a profile name or id, or empty. `done` runs once, possibly before this
    // returns; never when `context` is gone.
    void resolve(
        const QString &profile, QObject *context, std::function<void(const Result &)> done) const;

    Result fromEnvironment() const;
    bool environmentHasCredentials() const;

private:
    QProcessEnvironment m_environment;
};

} // namespace fw
