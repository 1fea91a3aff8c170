#include "CredentialStore.h"

#include <QPointer>
#include <QTimer>

namespace fw {

void CredentialStore::readFirst(const QList<CredentialStore *> &stores, const QString &key,
                                QObject *context, ReadDone done)
{
    if (stores.isEmpty())
        return done({}, StoreError{StoreError::Kind::NotFound, QString()});
    const QList<CredentialStore *> rest = stores.mid(1);
    stores.constFirst()->read(key, context,
                              [rest, key, context, done](const QByteArray &secret,
                                                         const std::optional<StoreError> &error) {
        if (error && error->kind == StoreError::Kind::NotFound && !rest.isEmpty())
            return readFirst(rest, key, context, done);
        done(secret, error);
    });
}

QString CredentialStore::profileKey(const QString &profileId)
{
    return QLatin1String("profile/") + profileId;
}

QString CredentialStore::webhookSecretKey(const QString &accountKey, const QString &webhookId)
{
    return QLatin1String("webhook/") + accountKey + QLatin1Char('/') + webhookId;
}

namespace {

// Answers later, like a keychain would, so callers cannot come to rely on a synchronous reply.
// Without a context the answer is tied to the store.
template <typename F> void answerLater(QObject *store, QObject *context, F answer)
{
    QPointer<QObject> guard(context ? context : store);
    QTimer::singleShot(0, guard.data(), [guard, answer = std::move(answer)]() {
        if (guard)
            answer();
    });
}

} // namespace

void InMemoryCredentialStore::write(
    const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    m_entries.insert(key, secret);
    answerLater(this, context, [done = std::move(done)]() {
        if (done)
            done(std::nullopt);
    });
}

void InMemoryCredentialStore::read(const QString &key, QObject *context, ReadDone done)
{
    const auto it = m_entries.constFind(key);
    std::optional<StoreError> error;
    QByteArray secret;
    if (it == m_entries.cend())
        error
            = StoreError{StoreError::Kind::NotFound, tr("Nothing is stored under “%1”.").arg(key)};
    else
        secret = it.value();
    answerLater(this, context, [done = std::move(done), secret, error]() {
        if (done)
            done(secret, error);
    });
}

void InMemoryCredentialStore::remove(const QString &key, QObject *context, Done done)
{
    m_entries.remove(key);
    answerLater(this, context, [done = std::move(done)]() {
        if (done)
            done(std::nullopt);
    });
}

QString InMemoryCredentialStore::description() const
{
    return tr("memory (this session only)");
}

} // namespace fw
