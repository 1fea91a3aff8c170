#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace fw {

// Why a credential operation failed, in words a user can act on.
struct StoreError
{
    enum class Kind {
        NoKeychain, // no Secret Service / Keychain / Credential Manager to talk to
        Denied, // the keychain is locked and the user refused to unlock it, or access was denied
        NotFound, // no entry under that key
        Other,
    };
    Kind kind = Kind::Other;
    QString message;
};

// Where API keys and webhook secrets live: the OS keychain, or memory for this session only.
// Never a file: there is no plaintext implementation, and none may be added.
// Entries are opaque bytes under a key; the keys used by the app are built by the helpers below.
// Every operation is asynchronous (a keychain may prompt); `done` runs later on this thread,
// unless `context` died first.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const std::optional<StoreError> &error)>;
    using ReadDone = std::function<void(const QByteArray &secret, const std::optional<StoreError> &error)>;

    using QObject::QObject;

    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Done done) = 0;
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    // Removing an entry that does not exist is not an error.
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
    // For the user: "the system keychain", "memory (this session only)".
    virtual QString description() const = 0;
    virtual bool isPersistent() const = 0;

    // Reads `key` from each store in turn and answers with the first that has it. A store that
    // fails for another reason than NotFound ends the search with its error; when none has the
    // key, the last store's NotFound is the answer.
    static void readFirst(const QList<CredentialStore *> &stores, const QString &key,
                          QObject *context, ReadDone done);

    // The entry holding a profile's API key and secret (as JSON {"key": ..., "secret": ...}).
    static QString profileKey(const QString &profileId);
    // The entry holding a webhook's secret remembered for the receiver.
    static QString webhookSecretKey(const QString &accountKey, const QString &webhookId);
};

// Keeps entries in memory for the life of the process: the "this session only" choice when no
// keychain is available, and the store of unit tests above the keychain.
class InMemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void read(const QString &key, QObject *context, ReadDone done) override;
    void remove(const QString &key, QObject *context, Done done) override;
    QString description() const override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QByteArray> m_entries;
};

} // namespace fw
