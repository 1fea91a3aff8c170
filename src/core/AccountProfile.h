#pragma once

#include "Credentials.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace fw {

// A Fivetran account the user added: a name and a base URL, kept in QSettings. Its API key and
// secret are not here: they live in the CredentialStore under CredentialStore::profileKey(id).
struct AccountProfile
{
    QString id; // stable, generated (a UUID without braces)
    QString name;
    QUrl baseUrl; // FivetranClient::defaultBaseUrl() unless changed (advanced)

    // The JSON kept in the credential store for a profile, and back.
    static QByteArray credentialsToSecret(const Credentials &credentials);
    static std::optional<Credentials> credentialsFromSecret(const QByteArray &secret);
};

// The list of profiles and the last one used, in QSettings (group "Profiles"). Holds no secret.
class ProfileList
{
public:
    static QList<AccountProfile> load();
    static void save(const QList<AccountProfile> &profiles);
    static std::optional<AccountProfile> find(const QString &idOrName);
    static QString lastUsedId(); // empty: the Sandbox
    static void setLastUsedId(const QString &id);
    static QString newId();
};

} // namespace fw
