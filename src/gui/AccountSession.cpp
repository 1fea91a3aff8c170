#include "AccountSession.h"

#include "FivetranClient.h"
#include "SandboxServer.h"

namespace fw {

AccountSession::AccountSession(QString displayName, QString accountKey, QObject *parent)
    : QObject(parent), m_displayName(std::move(displayName)), m_accountKey(std::move(accountKey)),
      m_client(new FivetranClient(this))
{
}

AccountSession::~AccountSession() = default;

std::unique_ptr<SandboxServer> AccountSession::listeningSandbox(QString *error)
{
    auto sandbox = std::make_unique<SandboxServer>();
    if (sandbox->listen())
        return sandbox;
    if (error)
        *error = tr("The built-in sandbox could not listen on a loopback port.");
    return nullptr;
}

std::unique_ptr<AccountSession> AccountSession::createSandbox(QString *error, int seedWebhooks)
{
    auto sandbox = listeningSandbox(error);
    if (!sandbox)
        return nullptr;
    if (seedWebhooks > 0)
        sandbox->seedWebhooks(seedWebhooks);
    else
        sandbox->seedDemoData();
    std::unique_ptr<AccountSession> session = createForSandbox(sandbox.get());
    sandbox.release()->setParent(session.get()); // this session's own: it goes with it
    return session;
}

std::unique_ptr<AccountSession> AccountSession::createForSandbox(SandboxServer *sandbox)
{
    std::unique_ptr<AccountSession> session(
            new AccountSession(tr("Sandbox"), QStringLiteral("sandbox")));
    session->m_sandbox = sandbox;
    session->m_isSandbox = true;
    session->m_client->setBaseUrl(sandbox->baseUrl());
    session->m_client->setCredentials(SandboxServer::demoCredentials());
    return session;
}

std::unique_ptr<SandboxServer> AccountSession::startSandbox(const QUrl &receiver, QString *error)
{
    auto sandbox = listeningSandbox(error);
    if (!sandbox)
        return nullptr;
    sandbox->seedDemoData(receiver);
    // Failed events come again, as Fivetran's do, seconds standing for its minutes.
    sandbox->setEventRetries(3, std::chrono::seconds(5));
    return sandbox;
}

std::unique_ptr<AccountSession> AccountSession::createForProfile(const AccountProfile &profile,
                                                                const Credentials &credentials,
                                                                QString *error)
{
    std::unique_ptr<AccountSession> session(new AccountSession(profile.name, profile.id));
    const QString problem = session->m_client->setBaseUrl(profile.baseUrl);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    session->m_client->setCredentials(credentials);
    return session;
}

SandboxServer *AccountSession::sandbox() const
{
    return m_sandbox;
}

QString AccountSession::groupLabel(const QString &groupId) const
{
    const auto group = m_groups.constFind(groupId);
    if (group == m_groups.constEnd() || group->name.isEmpty())
        return groupId;
    return tr("%1 (%2)").arg(group->name, groupId);
}

void AccountSession::refreshAccountInfo()
{
    m_client->accountInfo(this, [this](const ApiResult<AccountInfo> &result) {
        if (!result.ok())
            return Q_EMIT requestFailed(result.error());
        m_accountInfo = result.value();
        Q_EMIT accountInfoChanged();
    });
}

void AccountSession::refreshGroups()
{
    if (m_groupsCall)
        m_groupsCall->abort();
    // Filled page by page into a fresh table, swapped in at the end: names never flicker.
    auto fresh = std::make_shared<QHash<QString, Group>>();
    m_groupsCall = m_client->listAllGroups(
            1000, this,
            [fresh](const GroupPage &page) {
                for (const Group &group : page.items)
                    fresh->insert(group.id, group);
            },
            [this, fresh](const std::optional<ApiError> &error) {
                if (error)
                    return Q_EMIT requestFailed(*error);
                m_groups = std::move(*fresh);
                m_groupsComplete = true;
                Q_EMIT groupsChanged();
            });
}

} // namespace fw
