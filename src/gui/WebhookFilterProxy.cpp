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
    m_filter.text = m_text;
    m_filter.scope = m_scope;
    m_filter.groupId = m_groupId;
    m_filter.event = m_event;
    m_filter.active.reset();
    if (m_active != ActiveFilter::Any)
        m_filter.active = m_active == ActiveFilter::ActiveOnly;
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
    if (!model || sourceParent.isValid())
        return false;
    // The model answers from its compact rows (100,000 rows per keystroke; benchmark P4).
    return model->rowMatches(sourceRow, m_filter);
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
