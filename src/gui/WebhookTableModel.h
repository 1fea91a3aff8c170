#pragma once

#include "AccountSession.h"
#include "ApiError.h"
#include "FivetranClient.h"
#include "Webhook.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

namespace fw {


// The webhooks of one account, fetched page by page through the API cursor as the view asks
// (canFetchMore/fetchMore). Never two pages at once, never the same cursor twice; a failed page
// keeps the rows loaded and waits for retry(). Replies for an earlier session or an earlier
// refresh are dropped (each fetch is tied to a generation).
class WebhookTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Active, Scope, Group, Url, Events, Created, CreatedBy, Id, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting (bool, ISO time, plain text)
        WebhookIdRole,
        ActiveRole, // bool
        ScopeRole, // Webhook::Scope as int
        GroupIdRole,
        EventsRole, // QStringList
    };

    explicit WebhookTableModel(QObject *parent = nullptr);
    ~WebhookTableModel() override;

    // Starts over on another account (or none). Rows are fetched when the view asks.
    void setSession(AccountSession *session);
    AccountSession *session() const { return m_session; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_call != nullptr; }
    bool isComplete() const { return m_complete; } // every page is loaded
    bool isLoadingAll() const { return m_loadingAll; }
    const std::optional<ApiError> &lastError() const { return m_error; }
    int pagesFetched() const { return m_pagesFetched; }

    const Webhook *webhookAt(int row) const;
    const Webhook *webhook(const QString &id) const;
    int rowOf(const QString &id) const; // -1 when not loaded

    // After a create or an edit: replace the row with this id, or add it at the end.
    void upsert(const Webhook &webhook);
    void remove(const QString &id);

public Q_SLOTS:
    void refresh(); // drops every row and loads the first page again
    void retry(); // after an error: fetch the page that failed
    void loadAll(); // fetches every remaining page, one after another
    void cancelLoadAll();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageFailed(const fw::ApiError &error);
    void loadAllProgress(int rowsLoaded, bool moreExist);
    void loadAllFinished(bool complete);
    void countChanged(); // rows or completeness changed (for "N loaded, more exist")

private:
    void startFetch();
    void setCall(ApiCall *call);
    void groupsChanged();

    QPointer<AccountSession> m_session;
    QList<Webhook> m_rows;
    QHash<QString, int> m_rowById;
    QString m_nextCursor;
    QSet<QString> m_fetchedCursors; // "" stands for the first page
    int m_pageSize = 100;
    int m_pagesFetched = 0;
    quint64 m_generation = 0;
    bool m_complete = false;
    bool m_loadingAll = false;
    std::optional<ApiError> m_error;
    QPointer<ApiCall> m_call;
};

} // namespace fw
