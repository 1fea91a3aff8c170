#pragma once

#include "AccountInfo.h"
#include "AccountProfile.h"
#include "ApiError.h"
#include "FivetranClient.h"
#include "Group.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace fw {

class SandboxServer;

// The account the window works on: its client, what Fivetran says about it (/account/info), and
// its groups (to show names beside group ids). For the built-in Sandbox account it also owns the
// in-process emulator. Switching accounts means a new session; replies for the old one die with it.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    // The built-in Sandbox account: an emulator on a free loopback port with demo data (or
    // `seedWebhooks` generated webhooks when > 0). nullptr, with `error` set, if it cannot listen.
    static std::unique_ptr<AccountSession> createSandbox(QString *error, int seedWebhooks = 0);
    // The Sandbox account on an emulator the caller owns: the window keeps one for the whole run,
    // so that switching to another account and back finds the Sandbox as it was left.
    static std::unique_ptr<AccountSession> createForSandbox(SandboxServer *sandbox);
    // That emulator: listening on a free loopback port, with the demo data (some of it
    // delivering to `receiver` when valid). nullptr, with `error` set, if it cannot listen.
    static std::unique_ptr<SandboxServer> startSandbox(const QUrl &receiver, QString *error);
    // A real account from a profile and the key the credential store gave for it. nullptr, with
    // `error` set, when the profile's API address is not acceptable.
    static std::unique_ptr<AccountSession> createForProfile(const AccountProfile &profile,
                                                            const Credentials &credentials,
                                                            QString *error);
    ~AccountSession() override;

    QString displayName() const { return m_displayName; }
    QString accountKey() const { return m_accountKey; } // stable id for local data (history)
    QString profileId() const { return isSandbox() ? QString() : m_accountKey; }
    bool isSandbox() const { return m_isSandbox; }
    FivetranClient *client() const { return m_client; }
    SandboxServer *sandbox() const; // nullptr for real accounts

    const std::optional<AccountInfo> &accountInfo() const { return m_accountInfo; }
    const QHash<QString, Group> &groups() const { return m_groups; }
    bool groupsComplete() const { return m_groupsComplete; }
    // "Name (id)" when the group is known, else the id.
    QString groupLabel(const QString &groupId) const;

    void refreshAccountInfo();
    void refreshGroups();

Q_SIGNALS:
    void accountInfoChanged();
    void groupsChanged();
    void requestFailed(const fw::ApiError &error); // account info or groups could not be loaded

private:
    AccountSession(QString displayName, QString accountKey, QObject *parent = nullptr);
    // A sandbox on a free loopback port, not seeded; nullptr (and `error`) if it cannot listen.
    static std::unique_ptr<SandboxServer> listeningSandbox(QString *error);

    QString m_displayName;
    QString m_accountKey;
    FivetranClient *m_client;
    QPointer<SandboxServer> m_sandbox;
    bool m_isSandbox = false;
    std::optional<AccountInfo> m_accountInfo;
    QHash<QString, Group> m_groups;
    bool m_groupsComplete = false;
    QPointer<ApiCall> m_groupsCall;
};

} // namespace fw
