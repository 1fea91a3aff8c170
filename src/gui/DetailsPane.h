#pragma once

#include "Webhook.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QScrollArea;
class QTreeWidget;

namespace fw {

class AccountSession;
class TestHistory;

// Everything about the selected webhook: its fields, its events with descriptions, and its
// local test history (Fivetran keeps none).
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void setContext(AccountSession *session, TestHistory *history);
    void showWebhook(const Webhook &webhook);
    void showNothing(int selectedCount = 0);
    QString webhookId() const { return m_webhook.id; }

private:
    void refreshHistory();

    QPointer<AccountSession> m_session;
    QPointer<TestHistory> m_history;
    Webhook m_webhook;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QWidget *m_content; // inside m_scroll
    QLabel *m_id, *m_scope, *m_group, *m_url, *m_active, *m_secret, *m_created, *m_createdBy;
    QListWidget *m_events;
    QTreeWidget *m_historyTree;
};

} // namespace fw
