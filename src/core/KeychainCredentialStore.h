#pragma once

#include "CredentialStore.h"

#include <QString>

namespace fw {

// The OS keychain through QtKeychain: Secret Service (libsecret) on Linux, Keychain on macOS,
// Credential Manager on Windows. Entries are stored as binary data under the service name (the
// application id unless a test picks its own) and the entry key. QtKeychain's insecure plaintext
// fallback is never enabled: with no keychain, operations fail with StoreError::Kind::NoKeychain.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);

    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void read(const QString &key, QObject *context, ReadDone done) override;
    void remove(const QString &key, QObject *context, Done done) override;
    QString description() const override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }
    static QString defaultService(); // FW_APP_ID

    // Maps a QtKeychain error code (QKeychain::Error) and its text to a StoreError. Public so the
    // mapping can be tested without a keychain; `key` names the entry in the message.
    static StoreError errorFromKeychain(
        int keychainError, const QString &detail, const QString &key);

private:
    QString m_service;
};

} // namespace fw
