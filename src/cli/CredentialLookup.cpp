#include "CredentialLookup.h"

#include <QObject>

namespace fw {

CredentialLookup::CredentialLookup(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

void CredentialLookup::resolve(
    const QString &profile, QObject *context, std::function<void(const Result &)> done) const
{
    Result result;
    if (!profile.isEmpty())
        result.error = tr("Profiles are not supported yet: use the environment variables.");
    else
        result = fromEnvironment();
    // The environment answers at once; a keychain source will answer later, tied to `context`.
    if (context)
        done(result);
}

CredentialLookup::Result CredentialLookup::fromEnvironment() const
{
    Result result;
    const QString key = m_environment.value(QStringLiteral("FIVETRAN_API_KEY"));
    const QString secret = m_environment.value(QStringLiteral("FIVETRAN_API_SECRET"));

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

    const QString base = m_environment.value(QStringLiteral("FIVETRAN_API_BASE")).trimmed();
    if (!base.isEmpty()) {
        access.baseUrl = QUrl(base, QUrl::StrictMode);
        if (!access.baseUrl.isValid() || access.baseUrl.isRelative()) {
            result.error = tr("FIVETRAN_API_BASE is not a valid URL.");
            return result;
        }
    }
    result.access = access;
    return result;
}

} // namespace fw
