#pragma once

#include "Webhook.h"
#include "WebhookTableModel.h"

#include <QSortFilterProxyModel>

namespace fw {

// Sorting (on the model's raw SortRole) and the filter bar: free text (URL, id, group, events,
// creator), scope, group, event and active state. Every filter is optional.
class WebhookFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class ActiveFilter { Any, ActiveOnly, InactiveOnly };

    explicit WebhookFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setScope(std::optional<Webhook::Scope> scope);
    void setGroupId(const QString &groupId); // empty: any group
    void setEvent(const QString &event); // empty: any event
    void setActiveFilter(ActiveFilter filter);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changed();

    QString m_text;
    std::optional<Webhook::Scope> m_scope;
    QString m_groupId;
    QString m_event;
    ActiveFilter m_active = ActiveFilter::Any;
    WebhookTableModel::RowFilter m_filter; // the above, as the model takes it
};

} // namespace fw
