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
};

// Finds the account a command runs against. Today that is the environment (FIVETRAN_API_KEY,
// FIVETRAN_API_SECRET, FIVETRAN_API_BASE). Keychain profiles (--profile) will be one more source
// tried before it; the keychain answers through a callback, hence the asynchronous resolve().
class CredentialLookup
{
    Q_DECLARE_TR_FUNCTIONS(fw::CredentialLookup)

public:
    struct Result
    {
        std::optional<AccountAccess> access;
        QString error; // why there is none, in words that say what to set
    };

    explicit CredentialLookup(QProcessEnvironment environment);

    // `profile` is empty until profiles exist. `done` runs once, possibly before this returns;
    // never when `context` is gone.
    void resolve(
        const QString &profile, QObject *context, std::function<void(const Result &)> done) const;

    Result fromEnvironment() const;

private:
    QProcessEnvironment m_environment;
};

} // namespace fw
