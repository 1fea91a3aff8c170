#pragma once

#include "AccountSession.h"
#include "ApiError.h"
#include "FivetranClient.h"
#include "Webhook.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fw {


// The webhooks of one account, fetched page by page through the API cursor as the view asks
// (canFetchMore/fetchMore). Never two pages at once, never the same cursor twice; a failed page
// keeps the rows loaded and waits for retry(). Replies for an earlier session or an earlier
// refresh are dropped (each fetch is tied to a generation).
//
// Rows are stored compactly (an account may hold 100,000 webhooks; benchmark P2): the id, URL and
// creation time as UTF-8 in one shared buffer; type, group, creator, secret and the event list
// interned (a few distinct values across all rows); unknown JSON fields kept only when a row has
// any. webhookAt() rebuilds the full Webhook, extraFields included, so an edit round trip keeps
// every field.
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
    // The last page failed (or paging stopped on a bad answer); retry() goes on from there.
    bool hasError() const { return m_error.has_value(); }
    const std::optional<ApiError> &lastError() const { return m_error; }
    int pagesFetched() const { return m_pagesFetched; }

    // The full webhook of a row, rebuilt from the compact row (a copy: build it once per use,
    // and prefer data() with a role for one field of many rows); empty for no such row.
    std::optional<Webhook> webhookAt(int row) const;
    std::optional<Webhook> webhook(const QString &id) const;
    int rowOf(const QString &id) const; // -1 when not loaded
    QHash<QString, QString> createdAtById() const; // of every loaded row

    // What the filter proxy asks of every row, answered from the compact row without building a
    // Webhook: free text (case-insensitive, in the URL, id, creator, group id, group label and
    // events), scope, group, event and active state. Empty or unset parts match every row.
    struct RowFilter
    {
        QString text;
        std::optional<Webhook::Scope> scope;
        QString groupId;
        QString event;
        std::optional<bool> active;
    };
    bool rowMatches(int row, const RowFilter &filter) const;
    // While loading all, fetched rows are shown (inserted) at most this often, in milliseconds.
    static constexpr int kFlushInterval = 100;

    // Where Load all's batching reads the time and how it is woken up to show the rows it holds
    // back. The model's own is a monotonic clock and a single-shot QTimer; a test sets one it
    // drives by hand, so that what the batching does never depends on how fast the machine is.
    class FlushTimer
    {
    public:
        virtual ~FlushTimer() = default;
        virtual qint64 now() const = 0; // milliseconds on a clock that never goes back
        // Calls `flush` once, `delayMs` from now, unless stop() comes first; replaces any
        // earlier start.
        virtual void start(int delayMs, std::function<void()> flush) = 0;
        virtual void stop() = 0;
        virtual bool isActive() const = 0;
    };
    void setFlushTimer(std::unique_ptr<FlushTimer> timer);

    // A walk through the pages (scrolling or Load all) stops with an error after this many pages
    // or webhooks, whichever comes first: a server that hands out a new cursor on every page
    // would otherwise make it run forever. fw::limits' bounds unless a test sets smaller ones.
    void setWalkLimits(int maxPages, qint64 maxItems);

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
    // Per page while loading all; rowsLoaded counts the rows fetched, of which the last ones
    // may wait up to kFlushInterval before they are inserted.
    void loadAllProgress(int rowsLoaded, bool moreExist);
    void loadAllFinished(bool complete);
    void countChanged(); // rows or completeness changed (for "N loaded, more exist")

private:
    // One webhook, compactly. Strings of `m_text` are UTF-8 at `text`: id, URL, created_at.
    struct Row
    {
        quint32 text = 0;
        quint32 idLength = 0;
        quint32 urlLength = 0;
        quint32 createdAtLength = 0;
        quint32 type = 0; // index into m_strings
        quint32 groupId = 0; // index into m_strings ("" when none)
        quint32 createdBy = 0; // index into m_strings
        quint32 secret = 0; // index into m_strings
        quint32 events = 0; // index into m_eventSets
        qint32 extra = -1; // index into m_extra, -1 when the JSON had no unknown field
        bool active = false;
        bool ascii = true; // id, URL and created_at are plain ASCII (the fast filter path)
    };

public:
    // Every row as the model holds it now, in order. Cheap to take (the strings are Qt's
    // shared containers, the compact rows one flat copy) and unaffected by later changes to
    // the model, so the Webhooks can be rebuilt on another thread (an export of 100,000 rows).
    class Snapshot
    {
    public:
        qsizetype size() const { return qsizetype(m_rows.size()); }
        QList<Webhook> webhooks() const;

    private:
        friend class WebhookTableModel;
        std::vector<Row> m_rows;
        QByteArray m_text;
        QList<QString> m_strings;
        QList<QStringList> m_eventSets;
        QList<QJsonObject> m_extra;
    };
    Snapshot snapshot() const;

private:

    void startFetch();
    void setCall(ApiCall *call);
    void groupsChanged();
    void clearRows();
    void flushPending(); // inserts the rows fetched but not shown yet
    Row makeRow(const Webhook &webhook);
    Webhook materialize(const Row &row) const;
    static Webhook materialize(const Row &row, const QByteArray &text,
                               const QList<QString> &strings, const QList<QStringList> &eventSets,
                               const QList<QJsonObject> &extra);
    quint32 intern(const QString &value);
    quint32 internEvents(const QStringList &events);
    QByteArrayView idOf(const Row &row) const;
    // The UTF-8 strings of a row in `text` (m_text, or a snapshot's copy of it).
    static QString idString(const Row &row, const QByteArray &text);
    static QString urlString(const Row &row, const QByteArray &text);
    static QString createdAtString(const Row &row, const QByteArray &text);
    Webhook::Scope scopeOf(const Row &row) const;
    void indexRow(int row);
    void rebuildIndex();
    void compactText();
    void rowsChanged(); // forgets what the filter cached

    QPointer<AccountSession> m_session;
    std::vector<Row> m_rows;
    std::vector<Row> m_pending; // fetched while loading all, shown at the next flush
    QSet<QString> m_pendingIds;
    std::unique_ptr<FlushTimer> m_flushTimer;
    std::optional<qint64> m_lastFlush; // m_flushTimer->now() at the last flush
    QByteArray m_text; // the UTF-8 strings of every row
    qsizetype m_deadText = 0; // bytes of m_text no row points at any more (after edits)
    QList<QString> m_strings; // interned values; 0 is the empty string
    QHash<QString, quint32> m_stringIndex;
    QList<QStringList> m_eventSets; // interned event lists; 0 is the empty list
    QList<QString> m_eventSetText; // each list joined with ", " for the Events column
    QHash<QStringList, quint32> m_eventSetIndex;
    QList<QJsonObject> m_extra; // unknown fields of the rows that had any
    std::vector<qint32> m_idSlots; // open-addressing id index: row or -1; size a power of two
    quint64 m_labelsGeneration = 0; // bumps when group labels change


    // rowMatches()'s memory of the last text asked for: per interned string, event set and
    // group, does it contain the text (-1 not known yet, 0 no, 1 yes)?
    mutable QString m_matchText;
    mutable QByteArray m_matchAscii; // the text lower-cased, when it is ASCII
    mutable bool m_matchIsAscii = true;
    mutable quint64 m_matchLabelsGeneration = 0;
    mutable std::vector<qint8> m_stringMatches;
    mutable std::vector<qint8> m_eventSetMatches;
    mutable std::vector<qint8> m_groupLabelMatches;
    QString m_nextCursor;
    QSet<QString> m_fetchedCursors; // "" stands for the first page
    int m_pageSize = 100;
    int m_pagesFetched = 0;
    qint64 m_itemsFetched = 0; // in every page since the last refresh, repeats included
    int m_maxPages;
    qint64 m_maxItems;
    quint64 m_generation = 0;
    bool m_complete = false;
    bool m_loadingAll = false;
    std::optional<ApiError> m_error;
    QPointer<ApiCall> m_call;
};

} // namespace fw
