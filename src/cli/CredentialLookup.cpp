#include "CredentialLookup.h"

#include "AccountProfile.h"
#include "KeychainCredentialStore.h"

#include <QObject>
#include <QPointer>

namespace fw {

namespace {

const QString kKeyVariable = QStringLiteral("FIVETRAN_API_KEY");
const QString kSecretVariable = QStringLiteral("FIVETRAN_API_SECRET");
const QString kBaseVariable = QStringLiteral("FIVETRAN_API_BASE");

} // namespace

CredentialLookup::CredentialLookup(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

bool CredentialLookup::environmentHasCredentials() const
{
    return !m_environment.value(kKeyVariable).isEmpty()
        || !m_environment.value(kSecretVariable).isEmpty();
}

void CredentialLookup::resolve(
    const QString &profile, QObject *context, std::function<void(const Result &)> done) const
{
    if (!context)
        return;
    if (profile.isEmpty() || environmentHasCredentials()) {
        Result result = fromEnvironment();
        result.environmentOverrodeProfile = !profile.isEmpty();
        if (!result.access && !environmentHasCredentials())
            result.error += QLatin1Char(' ') + tr("Or use --profile NAME (see 'profiles list').");
        return done(result);
    }

    const std::optional<AccountProfile> found = ProfileList::find(profile);
    if (!found) {
        Result result;
        result.error = tr("There is no profile \"%1\" (see 'profiles list').").arg(profile);
        return done(result);
    }

    AccountAccess access;
    access.origin = tr("the profile \"%1\"").arg(found->name);
    const QString base = m_environment.value(kBaseVariable).trimmed();
    if (!base.isEmpty()) {
        access.baseUrl = QUrl(base, QUrl::StrictMode);
        access.baseUrlOrigin = kBaseVariable;
        if (!access.baseUrl.isValid() || access.baseUrl.isRelative()) {
            Result result;
            result.error = tr("FIVETRAN_API_BASE is not a valid URL.");
            return done(result);
        }
    } else {
        access.baseUrl = found->baseUrl;
        access.baseUrlOrigin = tr("The API address of the profile \"%1\"").arg(found->name);
    }

    // The store lives until it has answered; the answer is dropped if `context` dies first.
    auto *store = new KeychainCredentialStore(context);
    const QString name = found->name;
    store->read(CredentialStore::profileKey(found->id), context,
        [store, access, name, done](
            const QByteArray &secret, const std::optional<StoreError> &error) {
            store->deleteLater();
            Result result;
            if (error) {
                if (error->kind == StoreError::Kind::NotFound)
                    result.error = tr("The keychain holds no API key for the profile \"%1\": add "
                                      "it again (the desktop app's Accounts dialog, or 'profiles "
                                      "remove' then 'profiles add').")
                                       .arg(name);
                else
                    result.error = error->message;
                return done(result);
            }
            const std::optional<Credentials> credentials
                = AccountProfile::credentialsFromSecret(secret);
            if (!credentials || !credentials->isComplete()) {
                result.error = tr("The keychain entry of the profile \"%1\" is not a key and "
                                  "secret: add the profile again.")
                                   .arg(name);
                return done(result);
            }
            result.access = access;
            result.access->credentials = *credentials;
            done(result);
        });
}

CredentialLookup::Result CredentialLookup::fromEnvironment() const
{
    Result result;
    const QString key = m_environment.value(kKeyVariable);
    const QString secret = m_environment.value(kSecretVariable);

    AccountAccess access;
    access.origin = tr("the environment");
    if (!key.isEmpty() && !secret.isEmpty()) {
        access.credentials.apiKey = key;
        access.credentials.apiSecret = secret;
    } else if (!key.isEmpty()) {
        // The Fivetran CLI's style: base64("key:secret") in FIVETRAN_API_KEY alone.
        const std::optional<Credentials> decoded = Credentials::fromBase64(key);
        if (!decoded || !decoded->isComplete()) {
            result.error = tr("FIVETRAN_API_SECRET is not set, and FIVETRAN_API_KEY is not the "
                              "base64 form of \"key:secret\". Set both variables.");
            return result;
        }
        access.credentials = *decoded;
    } else if (!secret.isEmpty()) {
        result.error = tr("FIVETRAN_API_KEY is not set. Set it with FIVETRAN_API_SECRET.");
        return result;
    } else {
        result.error = tr("No API credentials: set FIVETRAN_API_KEY and FIVETRAN_API_SECRET "
                          "(or FIVETRAN_API_KEY alone to the base64 form of \"key:secret\").");
        return result;
    }

    const QString base = m_environment.value(kBaseVariable).trimmed();
    if (!base.isEmpty()) {
        access.baseUrl = QUrl(base, QUrl::StrictMode);
        access.baseUrlOrigin = kBaseVariable;
        if (!access.baseUrl.isValid() || access.baseUrl.isRelative()) {
            result.error = tr("FIVETRAN_API_BASE is not a valid URL.");
            return result;
        }
    }
    result.access = access;
    return result;
}

} // namespace fw
