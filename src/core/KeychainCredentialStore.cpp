#include "KeychainCredentialStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCoreKeychain, "fw.core.keychain", QtInfoMsg)

namespace fw {

namespace {

// libsecret reports a missing Secret Service only as a GIO/D-Bus error, which QtKeychain passes
// on as OtherError with GLib's text. These fragments (D-Bus error names and GDBus's own,
// untranslated messages) identify "nobody to talk to", as opposed to a keychain that failed.
bool looksLikeNoService(const QString &detail)
{
    static const char *const fragments[] = {
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NoServer",
        "org.freedesktop.DBus.Error.Spawn",
        "org.freedesktop.DBus.Error.NotSupported",
        "org.freedesktop.secrets", // "The name org.freedesktop.secrets was not provided by any
                                   // .service files"
        "Could not connect",
        "Cannot autolaunch D-Bus",
        "Cannot spawn a message bus",
        "Cannot determine session bus address",
        "D-Bus is not running",
    };
    for (const char *fragment : fragments) {
        if (detail.contains(QLatin1String(fragment), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The job's details for the log: never its data.
QString describe(const char *operation, const QString &service, const QString &key)
{
    return QLatin1String(operation) + QLatin1Char(' ') + service + QLatin1String(" / ") + key;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultService(), parent)
{
}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
}

QString KeychainCredentialStore::defaultService()
{
    return QStringLiteral(FW_APP_ID);
}

QString KeychainCredentialStore::description() const
{
    return tr("the system keychain");
}

StoreError KeychainCredentialStore::errorFromKeychain(
    int keychainError, const QString &detail, const QString &key)
{
    const QString reason = detail.trimmed().isEmpty() ? tr("no reason given") : detail.trimmed();
    switch (keychainError) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {StoreError::Kind::NoKeychain, tr("No keychain is available: %1").arg(reason)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {StoreError::Kind::Denied, tr("The keychain refused access: %1").arg(reason)};
    case QKeychain::EntryNotFound:
        return {StoreError::Kind::NotFound, tr("The keychain holds no entry “%1”.").arg(key)};
    case QKeychain::CouldNotDeleteEntry:
        return {
            StoreError::Kind::Other, tr("The keychain could not delete “%1”: %2").arg(key, reason)};
    default:
        if (looksLikeNoService(detail))
            return {StoreError::Kind::NoKeychain, tr("No keychain is available: %1").arg(reason)};
        return {StoreError::Kind::Other, tr("The keychain reported an error: %1").arg(reason)};
    }
}

namespace {

// Runs `finish` when the job ends, unless the caller's context died first. The job deletes
// itself (autoDelete) and has no parent: QtKeychain's backends call back into it, so it must
// outlive a store destroyed mid-operation.
template <typename Finish>
void startJob(
    QKeychain::Job *job, const QString &key, QObject *context, QObject *store, Finish finish)
{
    job->setAutoDelete(true);
    job->setKey(key);
    // insecureFallback stays at its default, false: never a plaintext copy of a secret.
    QPointer<QObject> guard(context ? context : store);
    QObject::connect(job, &QKeychain::Job::finished, guard.data(),
        [guard, finish = std::move(finish)](QKeychain::Job *finished) {
            if (guard)
                finish(finished);
        });
    job->start();
}

} // namespace

void KeychainCredentialStore::write(
    const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    // Binary: an entry is opaque bytes (NUL and non-UTF-8 included); QtKeychain stores base64.
    job->setBinaryData(secret);
    const QString what = describe("write", m_service, key);
    qCDebug(lcCoreKeychain).noquote() << what;
    startJob(
        job, key, context, this, [done = std::move(done), key, what](QKeychain::Job *finished) {
            std::optional<StoreError> error;
            if (finished->error() != QKeychain::NoError) {
                error = errorFromKeychain(finished->error(), finished->errorString(), key);
                qCWarning(lcCoreKeychain).noquote() << what << "failed:" << error->message;
            }
            if (done)
                done(error);
        });
}

void KeychainCredentialStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    const QString what = describe("read", m_service, key);
    qCDebug(lcCoreKeychain).noquote() << what;
    startJob(
        job, key, context, this, [done = std::move(done), key, what](QKeychain::Job *finished) {
            std::optional<StoreError> error;
            QByteArray secret;
            if (finished->error() == QKeychain::NoError) {
                secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            } else {
                error = errorFromKeychain(finished->error(), finished->errorString(), key);
                if (error->kind == StoreError::Kind::NotFound)
                    qCDebug(lcCoreKeychain).noquote() << what << "found nothing";
                else
                    qCWarning(lcCoreKeychain).noquote() << what << "failed:" << error->message;
            }
            if (done)
                done(secret, error);
        });
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    const QString what = describe("remove", m_service, key);
    qCDebug(lcCoreKeychain).noquote() << what;
    startJob(
        job, key, context, this, [done = std::move(done), key, what](QKeychain::Job *finished) {
            std::optional<StoreError> error;
            if (finished->error() != QKeychain::NoError) {
                StoreError mapped
                    = errorFromKeychain(finished->error(), finished->errorString(), key);
                // Some backends report a missing entry on delete; the contract says that is fine.
                if (mapped.kind != StoreError::Kind::NotFound) {
                    qCWarning(lcCoreKeychain).noquote() << what << "failed:" << mapped.message;
                    error = mapped;
                }
            }
            if (done)
                done(error);
        });
}

} // namespace fw
