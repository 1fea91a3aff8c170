#include "WebhookFilterProxy.h"

#include "WebhookTableModel.h"

namespace fw {

WebhookFilterProxy::WebhookFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WebhookTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void WebhookFilterProxy::changed()
{
    invalidateRowsFilter();
}

void WebhookFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    changed();
}

void WebhookFilterProxy::setScope(std::optional<Webhook::Scope> scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    changed();
}

void WebhookFilterProxy::setGroupId(const QString &groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    changed();
}

void WebhookFilterProxy::setEvent(const QString &event)
{
    if (event == m_event)
        return;
    m_event = event;
    changed();
}

void WebhookFilterProxy::setActiveFilter(ActiveFilter filter)
{
    if (filter == m_active)
        return;
    m_active = filter;
    changed();
}

bool WebhookFilterProxy::isFiltering() const
{
    return !m_text.isEmpty() || m_scope || !m_groupId.isEmpty() || !m_event.isEmpty()
            || m_active != ActiveFilter::Any;
}

bool WebhookFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const auto *model = qobject_cast<const WebhookTableModel *>(sourceModel());
    const Webhook *webhook = model ? model->webhookAt(sourceRow) : nullptr;
    if (!webhook || sourceParent.isValid())
        return false;
    if (m_active == ActiveFilter::ActiveOnly && !webhook->active)
        return false;
    if (m_active == ActiveFilter::InactiveOnly && webhook->active)
        return false;
    if (m_scope && webhook->scope() != *m_scope)
        return false;
    if (!m_groupId.isEmpty() && webhook->groupId != m_groupId)
        return false;
    if (!m_event.isEmpty() && !webhook->events.contains(m_event))
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &field) {
        return field.contains(m_text, Qt::CaseInsensitive);
    };
    if (has(webhook->url) || has(webhook->id) || has(webhook->createdBy) || has(webhook->groupId))
        return true;
    for (const QString &event : webhook->events) {
        if (has(event))
            return true;
    }
    // The group's name, as the Group column shows it.
    return has(model->index(sourceRow, WebhookTableModel::Group).data().toString());
}

bool WebhookFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(WebhookTableModel::SortRole);
    const QVariant b = right.data(WebhookTableModel::SortRole);
    if (a.typeId() == QMetaType::Bool && b.typeId() == QMetaType::Bool)
        return a.toBool() < b.toBool();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace fw
