#include "DetailsPane.h"

#include "AccountSession.h"
#include "EventCatalog.h"
#include "TestHistory.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fw {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    auto *layout = new QVBoxLayout(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    layout->addWidget(m_placeholder);

    // Scrolls when the pane is too short for every field, its events and its history: squeezed
    // instead, wrapped values (long URLs, descriptions) would lose their second lines.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // values wrap instead
    // Not a Tab stop of its own: Tab goes to the selectable values, and the area scrolls to
    // show the one with focus.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("Webhook details"));
    m_content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_id = valueLabel(m_content, tr("Id"));
    m_scope = valueLabel(m_content, tr("Scope"));
    m_group = valueLabel(m_content, tr("Group"));
    m_url = valueLabel(m_content, tr("URL"));
    m_active = valueLabel(m_content, tr("Active"));
    m_secret = valueLabel(m_content, tr("Secret"));
    m_created = valueLabel(m_content, tr("Created"));
    m_createdBy = valueLabel(m_content, tr("Created by"));
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("State:"), m_active);
    form->addRow(tr("Secret:"), m_secret);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Created by:"), m_createdBy);
    contentLayout->addLayout(form);

    contentLayout->addWidget(new QLabel(tr("Events"), m_content));
    m_events = new QListWidget(m_content);
    m_events->setObjectName(QStringLiteral("detailsEventsListWidget"));
    m_events->setAccessibleName(tr("Subscribed events"));
    m_events->setWordWrap(true);
    contentLayout->addWidget(m_events, 1);

    contentLayout->addWidget(new QLabel(tr("Test history (kept on this computer)"), m_content));
    m_historyTree = new QTreeWidget(m_content);
    m_historyTree->setObjectName(QStringLiteral("historyTreeWidget"));
    m_historyTree->setAccessibleName(tr("Test history"));
    m_historyTree->setRootIsDecorated(false);
    m_historyTree->setHeaderLabels({tr("Time"), tr("Event"), tr("Delivered"), tr("Status"), tr("Message")});
    m_historyTree->header()->setStretchLastSection(true);
    contentLayout->addWidget(m_historyTree, 1);
    m_scroll->setWidget(m_content);
    layout->addWidget(m_scroll, 1);
    showNothing();
}

void DetailsPane::setContext(AccountSession *session, TestHistory *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_session = session;
    m_history = history;
    if (m_history) {
        connect(m_history, &TestHistory::changed, this, [this](const QString &webhookId) {
            if (webhookId == m_webhook.id)
                refreshHistory();
        });
    }
    showNothing();
}

void DetailsPane::showNothing(int selectedCount)
{
    m_webhook = Webhook();
    m_placeholder->setText(selectedCount > 1
                                   ? tr("%n webhooks selected.", nullptr, selectedCount)
                                   : tr("Select a webhook to see its details and test history."));
    m_placeholder->show();
    m_scroll->hide();
}

void DetailsPane::showWebhook(const Webhook &webhook)
{
    m_webhook = webhook;
    m_id->setText(webhook.id);
    m_scope->setText(webhook.isAccountLevel() ? tr("Account: every connection of the account")
                                              : tr("Group: the connections of one destination"));
    m_group->setText(webhook.groupId.isEmpty() ? tr("—")
                     : m_session                ? m_session->groupLabel(webhook.groupId)
                                                : webhook.groupId);
    m_url->setText(webhook.url);
    m_active->setText(webhook.active ? tr("Active: events are delivered")
                                     : tr("Inactive: nothing is delivered"));
    m_secret->setText(webhook.hasSecret()
                              ? tr("Set (Fivetran never shows it again; deliveries are signed)")
                              : tr("None (deliveries are not signed)"));
    m_created->setText(QLocale().toString(webhook.createdAtTime().toLocalTime(), QLocale::LongFormat));
    m_createdBy->setText(webhook.createdBy);

    m_events->clear();
    for (const QString &event : webhook.events) {
        const EventInfo *info = EventCatalog::find(event);
        QString text = event;
        if (info)
            text += QStringLiteral(" — ") + info->description;
        if (info && info->deprecated)
            text += QLatin1Char(' ') + tr("(deprecated)");
        if (!info)
            text += QLatin1Char(' ') + tr("(not in the catalog)");
        m_events->addItem(text);
    }
    refreshHistory();
    m_placeholder->hide();
    m_scroll->show();
}

void DetailsPane::refreshHistory()
{
    m_historyTree->clear();
    if (!m_history || m_webhook.id.isEmpty())
        return;
    const QList<TestRecord> records = m_history->records(m_webhook);
    for (const TestRecord &record : records) {
        auto *item = new QTreeWidgetItem(m_historyTree);
        item->setText(0, QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, record.event);
        item->setText(2, record.delivered ? tr("Yes") : tr("No"));
        item->setIcon(2, style()->standardIcon(record.delivered ? QStyle::SP_DialogApplyButton
                                                                : QStyle::SP_MessageBoxWarning));
        item->setText(3, record.status > 0 ? QString::number(record.status) : tr("—"));
        item->setText(4, record.message);
    }
}

} // namespace fw
