#include "WebhookTableModel.h"

#include "AccountSession.h"
#include "EventCatalog.h"
#include "FivetranClient.h"

#include <QLocale>

namespace fw {

WebhookTableModel::WebhookTableModel(QObject *parent) : QAbstractTableModel(parent) {}

WebhookTableModel::~WebhookTableModel()
{
    if (m_call)
        m_call->abort();
}

void WebhookTableModel::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &AccountSession::groupsChanged, this, &WebhookTableModel::groupsChanged);
    refresh();
}

void WebhookTableModel::refresh()
{
    ++m_generation; // replies of the previous generation are ignored from now on
    if (m_call)
        m_call->abort();
    setCall(nullptr);
    const bool wasLoadingAll = m_loadingAll;
    m_loadingAll = false;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_nextCursor.clear();
    m_fetchedCursors.clear();
    m_pagesFetched = 0;
    m_complete = m_session == nullptr;
    m_error.reset();
    endResetModel();
    Q_EMIT countChanged();
    if (wasLoadingAll)
        Q_EMIT loadAllFinished(false);
    if (m_session)
        startFetch(); // the first page, so a refreshed view is never empty for long
}

void WebhookTableModel::retry()
{
    if (!m_error)
        return;
    m_error.reset();
    startFetch();
}

void WebhookTableModel::loadAll()
{
    if (m_complete || !m_session)
        return Q_EMIT loadAllFinished(m_complete);
    m_loadingAll = true;
    Q_EMIT loadAllProgress(int(m_rows.size()), true);
    if (m_error)
        retry();
    else if (!m_call)
        startFetch();
}

void WebhookTableModel::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    // The page in flight still lands: it was asked for, and dropping it would only waste it.
    Q_EMIT loadAllFinished(false);
}

int WebhookTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WebhookTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not after an error: the view would ask again at once, and again. retry() resumes.
    return !parent.isValid() && m_session && !m_complete && !m_error && !m_call;
}

void WebhookTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch();
}

void WebhookTableModel::setCall(ApiCall *call)
{
    const bool wasLoading = m_call != nullptr;
    m_call = call;
    if (wasLoading != (call != nullptr))
        Q_EMIT loadingChanged(call != nullptr);
}

void WebhookTableModel::startFetch()
{
    if (m_call || m_complete || !m_session || m_fetchedCursors.contains(m_nextCursor))
        return;
    const QString cursor = m_nextCursor;
    const quint64 generation = m_generation;
    setCall(m_session->client()->listWebhooks(
            cursor, m_pageSize, this, [this, cursor, generation](const ApiResult<WebhookPage> &result) {
                if (generation != m_generation)
                    return; // a reply for rows that were dropped since
                setCall(nullptr);
                if (!result.ok()) {
                    m_error = result.error();
                    if (m_loadingAll) {
                        m_loadingAll = false;
                        Q_EMIT loadAllFinished(false);
                    }
                    Q_EMIT pageFailed(result.error());
                    return;
                }
                const WebhookPage &page = result.value();
                m_fetchedCursors.insert(cursor);
                ++m_pagesFetched;
                // The paging state moves first: views call fetchMore() from inside
                // endInsertRows(), and must then ask for the next page, not this one again.
                if (page.hasMore() && m_fetchedCursors.contains(page.nextCursor)) {
                    m_error = ApiError::protocol(tr("The server returned a cursor it had already "
                                                    "given; loading stopped to avoid a loop."));
                    m_complete = true;
                } else {
                    m_nextCursor = page.nextCursor;
                    m_complete = !page.hasMore();
                }

                // A webhook created here may come again in a later page: keep one row per id.
                QList<Webhook> fresh;
                fresh.reserve(page.items.size());
                for (const Webhook &webhook : page.items) {
                    if (!m_rowById.contains(webhook.id))
                        fresh.append(webhook);
                }
                if (!fresh.isEmpty()) {
                    const int first = int(m_rows.size());
                    beginInsertRows({}, first, first + int(fresh.size()) - 1);
                    for (Webhook &webhook : fresh) {
                        m_rowById.insert(webhook.id, int(m_rows.size()));
                        m_rows.append(std::move(webhook));
                    }
                    endInsertRows();
                }
                if (m_error)
                    Q_EMIT pageFailed(*m_error);
                Q_EMIT countChanged();
                if (m_loadingAll) {
                    Q_EMIT loadAllProgress(int(m_rows.size()), !m_complete);
                    if (m_complete || m_error) {
                        m_loadingAll = false;
                        Q_EMIT loadAllFinished(m_complete && !m_error);
                    } else {
                        startFetch();
                    }
                }
            }));
}

const Webhook *WebhookTableModel::webhookAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const Webhook *WebhookTableModel::webhook(const QString &id) const
{
    return webhookAt(rowOf(id));
}

int WebhookTableModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

void WebhookTableModel::upsert(const Webhook &webhook)
{
    const int row = rowOf(webhook.id);
    if (row >= 0) {
        m_rows[row] = webhook;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int last = int(m_rows.size());
    beginInsertRows({}, last, last);
    m_rowById.insert(webhook.id, last);
    m_rows.append(webhook);
    endInsertRows();
    Q_EMIT countChanged();
}

void WebhookTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    endRemoveRows();
    Q_EMIT countChanged();
}

void WebhookTableModel::groupsChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Group), index(int(m_rows.size()) - 1, Group));
}

namespace {

QString scopeText(const Webhook &webhook)
{
    switch (webhook.scope()) {
    case Webhook::Scope::Account:
        return WebhookTableModel::tr("Account");
    case Webhook::Scope::Group:
        return WebhookTableModel::tr("Group");
    case Webhook::Scope::Unknown:
        break;
    }
    return webhook.type;
}

QString eventsTooltip(const QStringList &events)
{
    QStringList lines;
    for (const QString &event : events) {
        const EventInfo *info = EventCatalog::find(event);
        if (!info)
            lines << WebhookTableModel::tr("%1 — not in the catalog").arg(event);
        else if (info->deprecated)
            lines << WebhookTableModel::tr("%1 — %2 (deprecated)").arg(event, info->description);
        else
            lines << WebhookTableModel::tr("%1 — %2").arg(event, info->description);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QVariant WebhookTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Webhook &webhook = m_rows.at(index.row());
    switch (role) {
    case WebhookIdRole:
        return webhook.id;
    case ActiveRole:
        return webhook.active;
    case ScopeRole:
        return int(webhook.scope());
    case GroupIdRole:
        return webhook.groupId;
    case EventsRole:
        return webhook.events;
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case Active:
            // Words, not only a colour or an icon: screen readers and the colour-blind read it.
            if (role == SortRole)
                return webhook.active;
            return webhook.active ? tr("Active") : tr("Inactive");
        case Scope:
            return scopeText(webhook);
        case Group:
            if (webhook.groupId.isEmpty())
                return role == SortRole ? QVariant(QString()) : QVariant(tr("—"));
            return m_session ? m_session->groupLabel(webhook.groupId) : webhook.groupId;
        case Url:
            return webhook.url;
        case Events:
            return webhook.events.join(QStringLiteral(", "));
        case Created:
            if (role == SortRole)
                return webhook.createdAt; // ISO-8601 in UTC sorts as text
            return QLocale().toString(webhook.createdAtTime().toLocalTime(), QLocale::ShortFormat);
        case CreatedBy:
            return webhook.createdBy;
        case Id:
            return webhook.id;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Events)
            return eventsTooltip(webhook.events);
        if (column == Url)
            return webhook.url;
        if (column == Created)
            return webhook.createdAt;
    }
    if (role == Qt::AccessibleTextRole && column == Active)
        return webhook.active ? tr("Active") : tr("Inactive");
    return {};
}

QVariant WebhookTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Active: return tr("Active");
    case Scope: return tr("Scope");
    case Group: return tr("Group");
    case Url: return tr("URL");
    case Events: return tr("Events");
    case Created: return tr("Created");
    case CreatedBy: return tr("Created by");
    case Id: return tr("Id");
    default: return {};
    }
}

} // namespace fw
