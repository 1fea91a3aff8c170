#include "WebhookTableModel.h"

#include "AccountSession.h"
#include "EventCatalog.h"
#include "FivetranClient.h"
#include "Limits.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace fw {

namespace {

// The model's own flush timer: a monotonic clock and a single-shot QTimer.
class SteadyFlushTimer : public WebhookTableModel::FlushTimer
{
public:
    SteadyFlushTimer()
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { m_flush(); });
    }
    qint64 now() const override { return m_clock.elapsed(); }
    void start(int delayMs, std::function<void()> flush) override
    {
        m_flush = std::move(flush);
        m_timer.start(delayMs);
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::function<void()> m_flush;
};

} // namespace

WebhookTableModel::WebhookTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_flushTimer(std::make_unique<SteadyFlushTimer>()),
      m_maxPages(limits::kMaxPagesPerWalk), m_maxItems(limits::kMaxItemsPerWalk)
{
}

void WebhookTableModel::setFlushTimer(std::unique_ptr<FlushTimer> timer)
{
    Q_ASSERT(timer);
    m_flushTimer->stop();
    m_flushTimer = std::move(timer);
    m_lastFlush.reset(); // a time on the old clock means nothing on the new one
    if (!m_pending.empty()) {
        flushPending();
        Q_EMIT countChanged();
    }
}

void WebhookTableModel::setWalkLimits(int maxPages, qint64 maxItems)
{
    m_maxPages = maxPages;
    m_maxItems = maxItems;
}

void WebhookTableModel::flushPending()
{
    m_flushTimer->stop();
    m_lastFlush = m_flushTimer->now();
    std::vector<Row> pending;
    pending.swap(m_pending);
    m_pendingIds = {};
    // An upsert() may have added one of these meanwhile: it stays, the older copy goes.
    pending.erase(std::remove_if(pending.begin(), pending.end(),
                                 [this](const Row &row) {
                                     if (rowOf(idString(row, m_text)) < 0)
                                         return false;
                                     m_deadText += row.idLength + row.urlLength + row.createdAtLength;
                                     return true;
                                 }),
                  pending.end());
    if (pending.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(pending.size()) - 1);
    m_rows.insert(m_rows.end(), pending.begin(), pending.end());
    for (int row = first; row < int(m_rows.size()); ++row)
        indexRow(row);
    rowsChanged();
    endInsertRows();
}

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
    clearRows();
    m_nextCursor.clear();
    m_fetchedCursors.clear();
    m_pagesFetched = 0;
    m_itemsFetched = 0;
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
    if (!m_pending.empty()) {
        flushPending();
        Q_EMIT countChanged();
    }
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
                    if (!m_pending.empty()) { // the pages that did come are shown first
                        flushPending();
                        Q_EMIT countChanged();
                    }
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
                m_itemsFetched += page.items.size();
                // The paging state moves first: views call fetchMore() from inside
                // endInsertRows(), and must then ask for the next page, not this one again.
                if (page.hasMore() && m_fetchedCursors.contains(page.nextCursor)) {
                    m_error = ApiError::protocol(tr("The server returned a cursor it had already "
                                                    "given; loading stopped to avoid a loop."));
                    m_complete = true;
                } else {
                    m_nextCursor = page.nextCursor;
                    m_complete = !page.hasMore();
                    // A server can hand out a new cursor forever: stop far beyond any real
                    // account, like a failed page. The rows stay; retry() goes on one page.
                    if (!m_complete && m_pagesFetched >= m_maxPages) {
                        m_error = ApiError::protocol(
                                tr("Loading stopped after %n page(s): the server kept offering "
                                   "more pages than any account holds.",
                                   nullptr, m_pagesFetched));
                    } else if (!m_complete && m_itemsFetched >= m_maxItems) {
                        const int items = int(std::min<qint64>(m_itemsFetched,
                                                               std::numeric_limits<int>::max()));
                        m_error = ApiError::protocol(
                                tr("Loading stopped after %n webhook(s): the server kept offering "
                                   "more webhooks than any account holds.",
                                   nullptr, items));
                    }
                }

                // A webhook created here may come again in a later page: keep one row per id
                // (and one per id within the pages not shown yet).
                for (const Webhook &webhook : page.items) {
                    if (rowOf(webhook.id) < 0 && !m_pendingIds.contains(webhook.id)) {
                        m_pendingIds.insert(webhook.id);
                        m_pending.push_back(makeRow(webhook));
                    }
                }
                // While loading all, rows are shown at most every kFlushInterval: each insert
                // makes the view lay out and repaint, which costs more than a page's parsing.
                const qint64 sinceFlush = m_lastFlush ? m_flushTimer->now() - *m_lastFlush : 0;
                const bool showNow = !m_loadingAll || m_complete || m_error || !m_lastFlush
                        || sinceFlush >= kFlushInterval;
                if (!showNow) {
                    if (!m_flushTimer->isActive()) {
                        m_flushTimer->start(int(std::max<qint64>(0, kFlushInterval - sinceFlush)),
                                            [this] {
                                                flushPending();
                                                Q_EMIT countChanged();
                                            });
                    }
                    Q_EMIT loadAllProgress(int(m_rows.size() + m_pending.size()), true);
                    startFetch();
                    return;
                }
                flushPending();
                if (m_complete) {
                    m_rows.shrink_to_fit(); // every row is here: give back what growth reserved
                    m_text.squeeze();
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

std::optional<Webhook> WebhookTableModel::webhookAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return std::nullopt;
    return materialize(m_rows[size_t(row)]);
}

std::optional<Webhook> WebhookTableModel::webhook(const QString &id) const
{
    return webhookAt(rowOf(id));
}

namespace {

size_t idHash(QByteArrayView id)
{
    return qHash(id, 0x5eed);
}

} // namespace

QHash<QString, QString> WebhookTableModel::createdAtById() const
{
    QHash<QString, QString> createdAt;
    createdAt.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        createdAt.insert(idString(row, m_text), createdAtString(row, m_text));
    return createdAt;
}

int WebhookTableModel::rowOf(const QString &id) const
{
    if (m_idSlots.empty() || id.isEmpty())
        return -1;
    const QByteArray utf8 = id.toUtf8();
    const size_t mask = m_idSlots.size() - 1;
    for (size_t slot = idHash(utf8) & mask;; slot = (slot + 1) & mask) {
        const qint32 row = m_idSlots[slot];
        if (row < 0)
            return -1;
        if (idOf(m_rows[size_t(row)]) == QByteArrayView(utf8))
            return row;
    }
}

void WebhookTableModel::indexRow(int row)
{
    // At most half full, so probes stay short and always end at an empty slot.
    if ((m_rows.size() + 1) * 2 > m_idSlots.size()) {
        rebuildIndex();
        return;
    }
    const size_t mask = m_idSlots.size() - 1;
    size_t slot = idHash(idOf(m_rows[size_t(row)])) & mask;
    while (m_idSlots[slot] >= 0)
        slot = (slot + 1) & mask;
    m_idSlots[slot] = row;
}

void WebhookTableModel::rebuildIndex()
{
    size_t size = 16;
    while (size < (m_rows.size() + 1) * 2)
        size *= 2;
    m_idSlots.assign(size, -1);
    const size_t mask = size - 1;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        size_t slot = idHash(idOf(m_rows[row])) & mask;
        while (m_idSlots[slot] >= 0)
            slot = (slot + 1) & mask;
        m_idSlots[slot] = qint32(row);
    }
}

void WebhookTableModel::clearRows()
{
    m_flushTimer->stop();
    std::vector<Row>().swap(m_pending);
    m_pendingIds = {};
    std::vector<Row>().swap(m_rows); // gives the memory back (assigning {} would keep it)
    m_text = QByteArray();
    m_deadText = 0;
    m_strings = {QString()};
    m_stringIndex = {{QString(), 0}};
    m_eventSets = {QStringList()};
    m_eventSetText = {QString()};
    m_eventSetIndex = {{QStringList(), 0}};
    m_extra = {};
    std::vector<qint32>().swap(m_idSlots);
    rowsChanged();
}

void WebhookTableModel::rowsChanged()
{
    m_matchText.clear();
    m_stringMatches.clear();
    m_eventSetMatches.clear();
    m_groupLabelMatches.clear();
}

quint32 WebhookTableModel::intern(const QString &value)
{
    const auto it = m_stringIndex.constFind(value);
    if (it != m_stringIndex.constEnd())
        return *it;
    const quint32 index = quint32(m_strings.size());
    m_strings.append(value);
    m_stringIndex.insert(value, index);
    return index;
}

quint32 WebhookTableModel::internEvents(const QStringList &events)
{
    const auto it = m_eventSetIndex.constFind(events);
    if (it != m_eventSetIndex.constEnd())
        return *it;
    const quint32 index = quint32(m_eventSets.size());
    m_eventSets.append(events);
    m_eventSetText.append(events.join(QStringLiteral(", ")));
    m_eventSetIndex.insert(events, index);
    return index;
}

WebhookTableModel::Row WebhookTableModel::makeRow(const Webhook &webhook)
{
    if (m_strings.isEmpty())
        clearRows(); // the interned empty values come first
    Row row;
    const QByteArray id = webhook.id.toUtf8();
    const QByteArray url = webhook.url.toUtf8();
    const QByteArray createdAt = webhook.createdAt.toUtf8();
    row.text = quint32(m_text.size());
    row.idLength = quint32(id.size());
    row.urlLength = quint32(url.size());
    row.createdAtLength = quint32(createdAt.size());
    m_text.append(id).append(url).append(createdAt);
    const auto isAscii = [](const QByteArray &bytes) {
        return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; });
    };
    row.ascii = isAscii(id) && isAscii(url) && isAscii(createdAt);
    row.type = intern(webhook.type);
    row.groupId = intern(webhook.groupId);
    row.createdBy = intern(webhook.createdBy);
    row.secret = intern(webhook.secret);
    row.events = internEvents(webhook.events);
    row.active = webhook.active;
    if (!webhook.extraFields.isEmpty()) {
        row.extra = qint32(m_extra.size());
        m_extra.append(webhook.extraFields);
    }
    return row;
}

QByteArrayView WebhookTableModel::idOf(const Row &row) const
{
    return QByteArrayView(m_text.constData() + row.text, row.idLength);
}

QString WebhookTableModel::idString(const Row &row, const QByteArray &text)
{
    return QString::fromUtf8(text.constData() + row.text, row.idLength);
}

QString WebhookTableModel::urlString(const Row &row, const QByteArray &text)
{
    return QString::fromUtf8(text.constData() + row.text + row.idLength, row.urlLength);
}

QString WebhookTableModel::createdAtString(const Row &row, const QByteArray &text)
{
    return QString::fromUtf8(text.constData() + row.text + row.idLength + row.urlLength,
                             row.createdAtLength);
}

Webhook::Scope WebhookTableModel::scopeOf(const Row &row) const
{
    const QString &type = m_strings.at(row.type);
    if (type == QLatin1String("account"))
        return Webhook::Scope::Account;
    if (type == QLatin1String("group"))
        return Webhook::Scope::Group;
    return Webhook::Scope::Unknown;
}

Webhook WebhookTableModel::materialize(const Row &row) const
{
    return materialize(row, m_text, m_strings, m_eventSets, m_extra);
}

Webhook WebhookTableModel::materialize(const Row &row, const QByteArray &text,
                                       const QList<QString> &strings,
                                       const QList<QStringList> &eventSets,
                                       const QList<QJsonObject> &extra)
{
    Webhook webhook;
    webhook.id = idString(row, text);
    webhook.type = strings.at(row.type);
    webhook.groupId = strings.at(row.groupId);
    webhook.url = urlString(row, text);
    webhook.events = eventSets.at(row.events);
    webhook.active = row.active;
    webhook.secret = strings.at(row.secret);
    webhook.createdAt = createdAtString(row, text);
    webhook.createdBy = strings.at(row.createdBy);
    if (row.extra >= 0)
        webhook.extraFields = extra.at(row.extra);
    return webhook;
}

WebhookTableModel::Snapshot WebhookTableModel::snapshot() const
{
    Snapshot snapshot;
    snapshot.m_rows = m_rows;
    snapshot.m_text = m_text;
    snapshot.m_strings = m_strings;
    snapshot.m_eventSets = m_eventSets;
    snapshot.m_extra = m_extra;
    return snapshot;
}

QList<Webhook> WebhookTableModel::Snapshot::webhooks() const
{
    QList<Webhook> webhooks;
    webhooks.reserve(size());
    for (const Row &row : m_rows)
        webhooks.append(materialize(row, m_text, m_strings, m_eventSets, m_extra));
    return webhooks;
}

void WebhookTableModel::compactText()
{
    // Edits leave their old text behind; once it is half the buffer, copy the live text over.
    if (m_deadText < 4096 || m_deadText * 2 < m_text.size())
        return;
    QByteArray text;
    text.reserve(m_text.size() - m_deadText);
    for (auto *rows : {&m_rows, &m_pending}) {
        for (Row &row : *rows) {
            const quint32 length = row.idLength + row.urlLength + row.createdAtLength;
            const quint32 offset = quint32(text.size());
            text.append(m_text.constData() + row.text, length);
            row.text = offset;
        }
    }
    m_text = text;
    m_deadText = 0;
}

void WebhookTableModel::upsert(const Webhook &webhook)
{
    const int row = rowOf(webhook.id);
    if (row >= 0) {
        Row &old = m_rows[size_t(row)];
        m_deadText += old.idLength + old.urlLength + old.createdAtLength;
        const qint32 oldExtra = old.extra;
        Row fresh = makeRow(webhook);
        if (oldExtra >= 0 && fresh.extra >= 0) { // reuse the slot rather than grow m_extra
            m_extra[oldExtra] = m_extra.takeLast();
            fresh.extra = oldExtra;
        } else if (oldExtra >= 0) {
            m_extra[oldExtra] = {};
        }
        m_rows[size_t(row)] = fresh; // same id, so the index stays right
        compactText();
        rowsChanged();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int last = int(m_rows.size());
    beginInsertRows({}, last, last);
    m_rows.push_back(makeRow(webhook));
    indexRow(last);
    rowsChanged();
    endInsertRows();
    Q_EMIT countChanged();
}

void WebhookTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    const Row &gone = m_rows[size_t(row)];
    m_deadText += gone.idLength + gone.urlLength + gone.createdAtLength;
    if (gone.extra >= 0)
        m_extra[gone.extra] = {};
    m_rows.erase(m_rows.begin() + row);
    rebuildIndex();
    compactText();
    rowsChanged();
    endRemoveRows();
    Q_EMIT countChanged();
}

void WebhookTableModel::groupsChanged()
{
    ++m_labelsGeneration; // group labels may read differently now
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Group), index(int(m_rows.size()) - 1, Group));
}

namespace {

QString scopeText(Webhook::Scope scope, const QString &type)
{
    switch (scope) {
    case Webhook::Scope::Account:
        return WebhookTableModel::tr("Account");
    case Webhook::Scope::Group:
        return WebhookTableModel::tr("Group");
    case Webhook::Scope::Unknown:
        break;
    }
    return type;
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

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

// Does `haystack` hold `needle` (lower-case ASCII), ignoring ASCII case?
bool containsAsciiCaseless(QByteArrayView haystack, const QByteArray &needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const char *h = haystack.data();
    const char *w = needle.constData();
    for (qsizetype i = 0, last = haystack.size() - n; i <= last; ++i) {
        if (asciiLower(h[i]) != w[0])
            continue;
        qsizetype j = 1;
        while (j < n && asciiLower(h[i + j]) == w[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

} // namespace

bool WebhookTableModel::rowMatches(int rowNumber, const RowFilter &filter) const
{
    if (rowNumber < 0 || rowNumber >= int(m_rows.size()))
        return false;
    const Row &row = m_rows[size_t(rowNumber)];
    if (filter.active && row.active != *filter.active)
        return false;
    if (filter.scope && scopeOf(row) != *filter.scope)
        return false;
    if (!filter.groupId.isEmpty() && m_strings.at(row.groupId) != filter.groupId)
        return false;
    if (!filter.event.isEmpty() && !m_eventSets.at(row.events).contains(filter.event))
        return false;
    if (filter.text.isEmpty())
        return true;

    // The interned values are few: whether each holds the text is worked out once per text.
    if (filter.text != m_matchText || m_matchLabelsGeneration != m_labelsGeneration) {
        m_matchText = filter.text;
        m_matchLabelsGeneration = m_labelsGeneration;
        m_matchIsAscii = std::all_of(filter.text.cbegin(), filter.text.cend(),
                                     [](QChar c) { return c.unicode() < 0x80; });
        m_matchAscii = m_matchIsAscii ? filter.text.toLatin1().toLower() : QByteArray();
        m_stringMatches.clear();
        m_eventSetMatches.clear();
        m_groupLabelMatches.clear();
    }
    const auto has = [&filter](const QString &field) {
        return field.contains(filter.text, Qt::CaseInsensitive);
    };
    const auto cached = [](std::vector<qint8> &cache, quint32 index, auto compute) {
        if (cache.size() <= index)
            cache.resize(index + 1, -1);
        if (cache[index] < 0)
            cache[index] = compute() ? 1 : 0;
        return cache[index] == 1;
    };
    if (row.ascii && m_matchIsAscii) {
        // Each field on its own: a match must not straddle the id and the URL.
        const char *text = m_text.constData() + row.text;
        if (containsAsciiCaseless(QByteArrayView(text, row.idLength), m_matchAscii)
            || containsAsciiCaseless(QByteArrayView(text + row.idLength, row.urlLength),
                                     m_matchAscii))
            return true;
    } else if (has(urlString(row, m_text)) || has(idString(row, m_text))) {
        return true;
    }
    if (cached(m_stringMatches, row.createdBy, [&] { return has(m_strings.at(row.createdBy)); })
        || cached(m_stringMatches, row.groupId, [&] { return has(m_strings.at(row.groupId)); }))
        return true;
    if (cached(m_eventSetMatches, row.events, [&] {
            const QStringList &events = m_eventSets.at(row.events);
            return std::any_of(events.cbegin(), events.cend(), has);
        }))
        return true;
    // The group's name, as the Group column shows it.
    return cached(m_groupLabelMatches, row.groupId, [&] {
        return has(data(index(rowNumber, Group)).toString());
    });
}

QVariant WebhookTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case WebhookIdRole:
        return idString(row, m_text);
    case ActiveRole:
        return row.active;
    case ScopeRole:
        return int(scopeOf(row));
    case GroupIdRole:
        return m_strings.at(row.groupId);
    case EventsRole:
        return m_eventSets.at(row.events);
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case Active:
            // Words, not only a colour or an icon: screen readers and the colour-blind read it.
            if (role == SortRole)
                return row.active;
            return row.active ? tr("Active") : tr("Inactive");
        case Scope:
            return scopeText(scopeOf(row), m_strings.at(row.type));
        case Group: {
            const QString &groupId = m_strings.at(row.groupId);
            if (groupId.isEmpty())
                return role == SortRole ? QVariant(QString()) : QVariant(tr("—"));
            return m_session ? m_session->groupLabel(groupId) : groupId;
        }
        case Url:
            return urlString(row, m_text);
        case Events:
            return m_eventSetText.at(row.events);
        case Created:
            if (role == SortRole)
                return createdAtString(row, m_text); // ISO-8601 in UTC sorts as text
            return QLocale().toString(parseApiTimestamp(createdAtString(row, m_text)).toLocalTime(),
                                      QLocale::ShortFormat);
        case CreatedBy:
            return m_strings.at(row.createdBy);
        case Id:
            return idString(row, m_text);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Events)
            return eventsTooltip(m_eventSets.at(row.events));
        if (column == Url)
            return urlString(row, m_text);
        if (column == Created)
            return createdAtString(row, m_text);
    }
    if (role == Qt::AccessibleTextRole && column == Active)
        return row.active ? tr("Active") : tr("Inactive");
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
