#include "FivetranClient.h"

#include "Logging.h"
#include "UrlRules.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QSysInfo>
#include <QTimer>
#include <cmath>
#include <limits>
#include <type_traits>

namespace fw {

namespace {

// Room above the response cap in the reply's read buffer (see startAttempt()).
constexpr qint64 kReadBufferMargin = 256 * 1024;

// Whole seconds for a message, rounded up so that 0.3 s is not "0 seconds".
int messageSeconds(std::chrono::milliseconds duration)
{
    return int(std::ceil(double(duration.count()) / 1000.0));
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes % (1024 * 1024) == 0 ? 0 : 1);
}

ApiError answerTooLarge(const QString &message, int httpStatus)
{
    ApiError error = ApiError::protocol(message);
    error.httpStatus = httpStatus;
    return error;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ApiCall

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    stop();
    finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// One request with its retries.

struct FivetranClient::Request
{
    QByteArray verb;
    QString path; // relative to the base URL, e.g. "webhooks/abc"
    QString query; // already percent-encoded
    std::optional<QJsonObject> body;
    RetryPolicy::Safety safety = RetryPolicy::Safety::Idempotent;
};

class HttpCall final : public ApiCall
{
public:
    HttpCall(FivetranClient *client, FivetranClient::Request request, QObject *context,
             std::function<void(const ApiResult<Envelope> &)> done)
        : ApiCall(client), m_client(client), m_request(std::move(request)), m_context(context),
          m_hasContext(context != nullptr), m_done(std::move(done))
    {
        m_attemptTimer.setSingleShot(true);
        m_retryTimer.setSingleShot(true);
        connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort();
        });
        // The total deadline counts from the call, not from its first attempt.
        if (client->m_totalTimeout.count() > 0)
            m_deadline.setRemainingTime(client->m_totalTimeout);
        connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::startAttempt);
        if (!m_request.body)
            m_payload.clear();
        else
            m_payload = QJsonDocument(*m_request.body).toJson(QJsonDocument::Compact);
    }

    void startAttempt();

private:
    void stop() override
    {
        if (m_completed)
            return; // aborted from inside its own callback: nothing is left to stop
        m_retryTimer.stop();
        m_attemptTimer.stop();
        if (m_reply) {
            QNetworkReply *reply = m_reply;
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        m_client->setCallsInFlight(m_client->m_inFlight - 1);
    }
    void onReplyFinished(QNetworkReply *reply);
    void checkSize(QNetworkReply *reply);
    ApiResult<Envelope> interpret(QNetworkReply *reply) const;
    ApiError outOfTime(const ApiError &last) const;
    void complete(const ApiResult<Envelope> &result)
    {
        m_completed = true;
        m_client->setCallsInFlight(m_client->m_inFlight - 1);
        // A dead context means the asker is gone (a closed dialog, a switched account).
        if (!m_hasContext || m_context)
            m_done(result);
        finish();
    }

    FivetranClient *m_client;
    FivetranClient::Request m_request;
    QByteArray m_payload;
    QPointer<QObject> m_context;
    bool m_hasContext;
    std::function<void(const ApiResult<Envelope> &)> m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_attemptCutByDeadline = false; // this attempt's timer is the rest of the total time
    qint64 m_tooLarge = -1; // the announced or received size that stopped the read, else -1
    bool m_tooLargeAnnounced = false;
    bool m_completed = false;
};

void HttpCall::startAttempt()
{
    ++m_attempt;
    m_timedOut = false;
    m_tooLarge = -1;
    m_tooLargeAnnounced = false;

    QUrl url = m_client->m_baseUrl;
    // Both halves are percent-encoded already (ids by pathSegment()): set in the encoded form,
    // so that the '%' of "%C3%BC" is not encoded a second time into "%25C3%25BC".
    QString basePath = url.path(QUrl::FullyEncoded);
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    url.setPath(basePath + m_request.path, QUrl::StrictMode);
    url.setQuery(m_request.query, QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_client->m_credentials.authorizationHeader());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, m_client->m_userAgent);
    if (m_request.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Credentials must never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);

    m_elapsed.start();
    qCDebug(lcCoreNet).noquote() << m_request.verb << url.path() << "attempt" << m_attempt;
    m_reply = m_request.body
        ? m_client->m_network->sendCustomRequest(request, m_request.verb, m_payload)
        : m_client->m_network->sendCustomRequest(request, m_request.verb);
    QNetworkReply *reply = m_reply;
    // Qt stops handing data to the reply once this much waits unread, so a body that never
    // ends holds the reply's buffer near the cap; checkSize() sees it pass the cap and stops.
    // The margin matters: Qt 6.4 sometimes pauses a little short of the size set here, and a
    // pause at exactly the cap would wait for the timeout. A request without a body is sent
    // without an (empty) upload buffer: with one, Qt 6.4 ignored the size and read on.
    reply->setReadBufferSize(m_client->m_maxResponseBytes + kReadBufferMargin);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { checkSize(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { checkSize(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    std::chrono::milliseconds attemptTime = m_client->m_timeout;
    m_attemptCutByDeadline = false;
    if (!m_deadline.isForever()) {
        const auto left = std::chrono::milliseconds(qMax<qint64>(1, m_deadline.remainingTime()));
        if (left <= attemptTime) {
            attemptTime = left;
            m_attemptCutByDeadline = true;
        }
    }
    m_attemptTimer.start(attemptTime);
}

void HttpCall::checkSize(QNetworkReply *reply)
{
    if (reply != m_reply || m_tooLarge >= 0)
        return;
    const qint64 cap = m_client->m_maxResponseBytes;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 announced = length.isValid() ? length.toLongLong() : -1;
    if (announced > cap) {
        m_tooLarge = announced;
        m_tooLargeAnnounced = true;
    } else if (reply->bytesAvailable() > cap) {
        m_tooLarge = reply->bytesAvailable();
    } else {
        return;
    }
    qCInfo(lcCoreNet).noquote() << m_request.verb << reply->url().path() << "answer over" << cap
                                << "bytes (" << m_tooLarge
                                << (m_tooLargeAnnounced ? "announced" : "received")
                                << "): stopped reading";
    reply->abort(); // finished() follows at once, and onReplyFinished() reports it
}

// The last attempt's error, kind and all (what went wrong is still what the user must know),
// saying that the time limit, not the retry policy, ended the call.
ApiError HttpCall::outOfTime(const ApiError &last) const
{
    ApiError error = last;
    const QString why
        = FivetranClient::tr("Not retried: the time limit of %n second(s) would run out first.",
            nullptr, messageSeconds(m_client->m_totalTimeout));
    error.message = last.message.isEmpty() ? why : last.message + QLatin1Char(' ') + why;
    return error;
}

ApiResult<Envelope> HttpCall::interpret(QNetworkReply *reply) const
{
    const QNetworkReply::NetworkError networkError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;

    if (m_tooLarge >= 0) {
        const QString cap = dataSize(m_client->m_maxResponseBytes);
        return answerTooLarge(m_tooLargeAnnounced
                ? FivetranClient::tr("The server announced an answer of %1, over the "
                                     "%2 limit; it was not read.")
                      .arg(dataSize(m_tooLarge), cap)
                : FivetranClient::tr("The server's answer exceeded %1; stopped reading.").arg(cap),
            status);
    }
    if (m_timedOut && m_attemptCutByDeadline)
        return ApiError::timeout(
            FivetranClient::tr("No answer within the time limit of %n second(s), retries included.",
                nullptr, messageSeconds(m_client->m_totalTimeout)));
    if (m_timedOut)
        return ApiError::timeout(FivetranClient::tr(
            "No answer within %n second(s).", nullptr, messageSeconds(m_client->m_timeout)));
    // Transport failures (1..99) and proxy failures (101..199) leave no usable HTTP answer, even
    // when a status line arrived before the connection dropped.
    const bool transportFailure = networkError != QNetworkReply::NoError && networkError < 200;
    if (transportFailure || status == 0)
        return ApiError::network(reply->errorString());

    // What arrived, never more than the cap and one byte. Not read(cap + 1) alone: QIODevice
    // allocates the whole size it is asked for first, 16 MiB for every answer.
    const QByteArray body =
            reply->read(qMin(reply->bytesAvailable(), m_client->m_maxResponseBytes + 1));
    if (body.size() > m_client->m_maxResponseBytes) // in case one read delivered it all
        return answerTooLarge(FivetranClient::tr("The server's answer exceeded %1; stopped reading.")
                                  .arg(dataSize(m_client->m_maxResponseBytes)),
            status);
    if (status < 200 || status >= 300)
        return ApiError::fromHttp(
                status, body, reply->rawHeader("Retry-After"),
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());

    if (body.trimmed().isEmpty())
        return Envelope{}; // 204, or a delete that answered 200 with no body
    auto envelope = Envelope::parse(body);
    if (!envelope) {
        ApiError error = ApiError::protocol(
                FivetranClient::tr("The answer was not a JSON object (%n byte(s)).", nullptr,
                                   int(body.size())));
        error.httpStatus = status;
        return error;
    }
    return *envelope;
}

void HttpCall::onReplyFinished(QNetworkReply *reply)
{
    m_attemptTimer.stop();
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;

    bool limitOk = false, remainingOk = false;
    const int limit = reply->rawHeader("X-Rate-Limit").toInt(&limitOk);
    const int remaining = reply->rawHeader("X-Rate-Limit-Remaining").toInt(&remainingOk);
    if (limitOk && remainingOk)
        Q_EMIT m_client->rateLimitChanged(limit, remaining);

    ApiResult<Envelope> result = interpret(reply);
    const QString outcome = result.ok()
            ? QString::number(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
            : (result.error().httpStatus > 0 ? QString::number(result.error().httpStatus) + QLatin1Char(' ')
                                             : QString())
                    + ApiError::kindName(result.error().kind);
    qCDebug(lcCoreNet).noquote() << m_request.verb << reply->url().path() << "->" << outcome
                                 << "in" << m_elapsed.elapsed() << "ms";
    // An oversized answer would be as large again: it is never retried.
    if (!result.ok() && m_tooLarge < 0) {
        const auto delay = m_client->m_retryPolicy.nextDelay(m_request.safety, m_attempt,
                                                             result.error(), m_client->m_random);
        if (delay && !m_deadline.isForever()
            && std::chrono::milliseconds(m_deadline.remainingTime()) <= *delay) {
            // The retry could not start before the deadline: not made.
            qCInfo(lcCoreNet).noquote()
                << "not retrying" << m_request.verb << reply->url().path() << "after"
                << ApiError::kindName(result.error().kind) << ": the total timeout runs out first";
            if (!(m_timedOut && m_attemptCutByDeadline))
                result = outOfTime(result.error());
        } else if (delay) {
            qCInfo(lcCoreNet).noquote() << "retrying" << m_request.verb << reply->url().path()
                                        << "in" << delay->count() << "ms after"
                                        << ApiError::kindName(result.error().kind);
            Q_EMIT m_client->retryScheduled(result.error(), *delay);
            m_retryTimer.start(*delay);
            return;
        }
    }
    complete(result);
}

// ---------------------------------------------------------------------------------------------
// A walk over every page of a listing.

class PageWalk final : public ApiCall
{
public:
    using FetchPage = std::function<ApiCall *(const QString &cursor)>;

    PageWalk(QObject *parent, QObject *context, int maxPages, qint64 maxItems,
        std::function<void(const std::optional<ApiError> &)> onDone)
        : ApiCall(parent)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_maxPages(maxPages)
        , m_maxItems(maxItems)
        , m_onDone(std::move(onDone))
    {
    }

    void setFetch(FetchPage fetch) { m_fetch = std::move(fetch); }
    void fetch(const QString &cursor) { m_current = m_fetch(cursor); }

    // A page's envelope arrived with `items` items and `nextCursor`. Unless this is the last page
    // or a bound is reached, the next page is asked for at once, before this one's items are
    // mapped and delivered, so that the server works on it meanwhile: one request at most beyond
    // the page in hand. Returns false when this page is not to be delivered (nobody listens).
    bool pageArrived(qsizetype items, const QString &nextCursor)
    {
        m_current = nullptr; // the call that answered
        ++m_pages;
        m_items += items;
        if (!contextAlive()) {
            finish(); // nobody is listening: fetching more would only spend the rate limit
            return false;
        }
        m_last = nextCursor.isEmpty();
        if (m_last)
            return true;
        // A server that hands out a new cursor on every page would be walked forever, holding
        // every page: the bounds are far above any real account (see Limits.h). They are checked
        // here, so that no page past them is asked for, and reported once this page is delivered.
        if (m_pages >= m_maxPages) {
            m_stop = ApiError::protocol(FivetranClient::tr(
                "Paging stopped after %n page(s): the server kept handing out new cursors.",
                nullptr, m_pages));
        } else if (m_items >= m_maxItems) {
            m_stop = ApiError::protocol(FivetranClient::tr(
                "Paging stopped after %n item(s): the server kept handing out new cursors.",
                nullptr, int(qMin<qint64>(m_items, std::numeric_limits<int>::max()))));
        } else if (m_seenCursors.contains(nextCursor)) {
            // Some servers (the OpenAPI mock among them) hand out the same cursor again.
            m_stop = ApiError::protocol(FivetranClient::tr(
                "The server returned a cursor it had already given; paging stopped to avoid "
                "an endless loop."));
        } else {
            m_seenCursors.insert(nextCursor);
            fetch(nextCursor);
        }
        return true;
    }

    // After the page of pageArrived() was delivered: ends the walk at the last page or a bound,
    // else the next page is already on its way.
    void pageDelivered()
    {
        if (isFinished())
            return; // aborted while the page was delivered
        if (!contextAlive())
            return abort(); // the receiver died meanwhile: the next page is not wanted
        if (m_stop)
            return end(m_stop);
        if (m_last)
            end(std::nullopt);
    }

    // A page that failed, or that could not be mapped: the request for the next one, if made,
    // is dropped. Pages delivered before stay valid.
    void end(const std::optional<ApiError> &error)
    {
        if (ApiCall *next = m_current) {
            m_current = nullptr;
            next->abort();
        }
        if (contextAlive())
            m_onDone(error);
        finish();
    }

    void failed(const ApiError &error)
    {
        m_current = nullptr; // the call that answered
        end(error);
    }

    bool contextAlive() const { return !m_hasContext || m_context; }

private:
    void stop() override
    {
        if (m_current)
            m_current->abort();
    }

    QPointer<QObject> m_context;
    bool m_hasContext;
    int m_maxPages;
    qint64 m_maxItems;
    int m_pages = 0;
    qint64 m_items = 0;
    bool m_last = false; // the page in hand is the last
    std::optional<ApiError> m_stop; // why the walk ends after the page in hand
    std::function<void(const std::optional<ApiError> &)> m_onDone;
    FetchPage m_fetch;
    QPointer<ApiCall> m_current; // the page asked for and not yet answered
    QSet<QString> m_seenCursors;
};

// ---------------------------------------------------------------------------------------------
// FivetranClient

namespace {

QString jsonTypeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return FivetranClient::tr("null");
    case QJsonValue::Bool:
        return FivetranClient::tr("true or false");
    case QJsonValue::Double:
        return FivetranClient::tr("a number");
    case QJsonValue::String:
        return FivetranClient::tr("text");
    case QJsonValue::Array:
        return FivetranClient::tr("a list");
    case QJsonValue::Object:
        return FivetranClient::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return FivetranClient::tr("nothing");
}

QString expectedName(JsonType type)
{
    switch (type) {
    case JsonType::String:
        return FivetranClient::tr("text");
    case JsonType::Bool:
        return FivetranClient::tr("true or false");
    case JsonType::StringList:
        return FivetranClient::tr("a list of texts");
    }
    return {};
}

// `where` names the object in the answer, e.g. "data.items[3]". Values are never quoted: a
// field could hold a secret.
ApiError fieldError(const QString &where, const FieldProblem &problem)
{
    if (problem.missing)
        return ApiError::protocol(FivetranClient::tr("The answer cannot be used: %1 has no \"%2\".")
                                      .arg(where, problem.key));
    return ApiError::protocol(
        FivetranClient::tr("The answer cannot be used: %1 has \"%2\" as %3, where %4 is "
                           "expected.")
            .arg(where, problem.key, jsonTypeName(problem.found), expectedName(problem.expected)));
}

// Value types with a checkJson() are refused when a known field cannot be read; the others
// (account info, a test result) are taken as they come.
template <typename T, typename = void> struct HasCheck : std::false_type
{
};
template <typename T>
struct HasCheck<T, std::void_t<decltype(T::checkJson(QJsonObject()))>> : std::true_type
{
};

template <typename T>
std::optional<ApiError> checkItem(const QJsonObject &object, const QString &where)
{
    if constexpr (HasCheck<T>::value) {
        if (const auto problem = T::checkJson(object))
            return fieldError(where, *problem);
    }
    return std::nullopt;
}

template<typename T>
ApiResult<T> parseObject(const ApiResult<Envelope> &result)
{
    if (!result.ok())
        return result.error();
    if (!result.value().data.isObject())
        return ApiError::protocol(FivetranClient::tr("The answer carried no data object."));
    const QJsonObject object = result.value().data.toObject();
    if (auto error = checkItem<T>(object, QStringLiteral("data")))
        return *error;
    return T::fromJson(object);
}

// Absent, null or empty: this was the last page.
QString nextCursorOf(const QJsonObject &data)
{
    return data.value(QLatin1String("next_cursor")).toString();
}

template<typename T>
ApiResult<Page<T>> parsePage(const ApiResult<Envelope> &result)
{
    if (!result.ok())
        return result.error();
    const QJsonObject data = result.value().data.toObject();
    const QJsonValue items = data.value(QLatin1String("items"));
    if (!items.isArray())
        return ApiError::protocol(FivetranClient::tr("The answer carried no list of items."));
    Page<T> page;
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString where = QStringLiteral("data.items[%1]").arg(i);
        if (!item.isObject())
            return ApiError::protocol(
                FivetranClient::tr("The answer cannot be used: %1 is %2, not an object.")
                    .arg(where, jsonTypeName(item.type())));
        const QJsonObject object = item.toObject();
        if (auto error = checkItem<T>(object, where))
            return *error;
        page.items.append(T::fromJson(object));
    }
    page.nextCursor = nextCursorOf(data);
    return page;
}

// Cursors are opaque and often base64: '+', '/' and '=' must reach the server intact, so the
// query is encoded here rather than left to QUrlQuery's tolerant rules.
QString pageQuery(const QString &cursor, int limit)
{
    QStringList items;
    if (!cursor.isEmpty())
        items << QLatin1String("cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    if (limit > 0)
        items << QLatin1String("limit=") + QString::number(limit);
    return items.join(QLatin1Char('&'));
}

// One path segment, percent-encoded once ('/', '?', '#', '%' and spaces included). "." and ".."
// still climb the path (QUrl decodes %2E): the CLI refuses them, and no Fivetran id is one.
QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

QUrl FivetranClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.fivetran.com/v1"));
}

QString FivetranClient::defaultUserAgent(const QString &program)
{
    return program % QLatin1Char('/') % QLatin1String(FW_VERSION) % QLatin1String(" (")
            % QSysInfo::prettyProductName() % QLatin1String("; Qt ") % QLatin1String(qVersion())
            % QLatin1Char(')');
}

FivetranClient::FivetranClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_baseUrl(defaultBaseUrl()), m_userAgent(defaultUserAgent(QStringLiteral("fivetran-webhooks"))),
      m_random(QRandomGenerator::securelySeeded())
{
    // Every call has its own timer (see HttpCall); the transfer timeout is only a backstop.
    m_network->setTransferTimeout(0);
}

FivetranClient::~FivetranClient() = default;

QString FivetranClient::setBaseUrl(const QUrl &baseUrl)
{
    const QString problem = UrlRules::checkBaseUrl(baseUrl);
    if (problem.isEmpty())
        m_baseUrl = baseUrl;
    return problem;
}

void FivetranClient::setCallsInFlight(int count)
{
    if (count == m_inFlight)
        return;
    m_inFlight = count;
    Q_EMIT activityChanged(count);
}

ApiCall *FivetranClient::send(Request request, QObject *context,
                              std::function<void(const ApiResult<Envelope> &)> onEnvelope)
{
    auto *call = new HttpCall(this, std::move(request), context, std::move(onEnvelope));
    setCallsInFlight(m_inFlight + 1);
    call->startAttempt();
    return call;
}

ApiCall *FivetranClient::listWebhooks(const QString &cursor, int limit, QObject *context,
                                      ApiCallback<WebhookPage> callback)
{
    Request request{"GET", QStringLiteral("webhooks"), pageQuery(cursor, limit), std::nullopt};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        callback(parsePage<Webhook>(result));
    });
}

ApiCall *FivetranClient::getWebhook(const QString &id, QObject *context,
                                    ApiCallback<Webhook> callback)
{
    Request request{"GET", QLatin1String("webhooks/") + pathSegment(id), {}, std::nullopt};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        callback(parseObject<Webhook>(result));
    });
}

ApiCall *FivetranClient::createAccountWebhook(const WebhookChanges &fields, QObject *context,
                                              ApiCallback<Webhook> callback)
{
    Request request{"POST", QStringLiteral("webhooks/account"), {}, fields.toJson(),
                    RetryPolicy::Safety::NotIdempotent};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        callback(parseObject<Webhook>(result));
    });
}

ApiCall *FivetranClient::createGroupWebhook(const QString &groupId, const WebhookChanges &fields,
                                            QObject *context, ApiCallback<Webhook> callback)
{
    Request request{"POST", QLatin1String("webhooks/group/") + pathSegment(groupId), {},
                    fields.toJson(), RetryPolicy::Safety::NotIdempotent};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        callback(parseObject<Webhook>(result));
    });
}

ApiCall *FivetranClient::updateWebhook(const QString &id, const WebhookChanges &changes,
                                       QObject *context, ApiCallback<Webhook> callback)
{
    // The same PATCH body twice leaves the same state: safe to retry.
    Request request{"PATCH", QLatin1String("webhooks/") + pathSegment(id), {}, changes.toJson()};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        callback(parseObject<Webhook>(result));
    });
}

ApiCall *FivetranClient::deleteWebhook(const QString &id, QObject *context,
                                       ApiCallback<QString> callback)
{
    Request request{"DELETE", QLatin1String("webhooks/") + pathSegment(id), {}, std::nullopt};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        if (!result.ok())
            return callback(result.error());
        callback(result.value().message);
    });
}

ApiCall *FivetranClient::testWebhook(const QString &id, const QString &event, QObject *context,
                                     ApiCallback<TestResult> callback)
{
    // A test delivers a payload: a blind retry could deliver it twice.
    Request request{"POST", QLatin1String("webhooks/") + pathSegment(id) + QLatin1String("/test"),
                    {}, QJsonObject{{QLatin1String("event"), event}},
                    RetryPolicy::Safety::NotIdempotent};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        callback(parseObject<TestResult>(result));
    });
}

ApiCall *FivetranClient::listGroups(const QString &cursor, int limit, QObject *context,
                                    ApiCallback<GroupPage> callback)
{
    Request request{"GET", QStringLiteral("groups"), pageQuery(cursor, limit), std::nullopt};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        callback(parsePage<Group>(result));
    });
}

ApiCall *FivetranClient::getGroup(const QString &id, QObject *context, ApiCallback<Group> callback)
{
    Request request{"GET", QLatin1String("groups/") + pathSegment(id), {}, std::nullopt};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        callback(parseObject<Group>(result));
    });
}

ApiCall *FivetranClient::accountInfo(QObject *context, ApiCallback<AccountInfo> callback)
{
    Request request{"GET", QStringLiteral("account/info"), {}, std::nullopt};
    return send(std::move(request), context, [callback](const ApiResult<Envelope> &result) {
        callback(parseObject<AccountInfo>(result));
    });
}

template<typename T>
ApiCall *FivetranClient::walkPages(const QString &path, int limit, QObject *context,
                                   std::function<void(const Page<T> &)> onPage,
                                   std::function<void(const std::optional<ApiError> &)> onDone)
{
    auto *walk = new PageWalk(this, context, m_walkPageLimit, m_walkItemLimit, std::move(onDone));
    walk->setFetch([this, walk, path, limit, onPage](const QString &cursor) {
        Request request{"GET", path, pageQuery(cursor, limit), std::nullopt};
        // The walk is the context of each page: aborting the walk silences its pages.
        return send(std::move(request), walk, [walk, onPage](const ApiResult<Envelope> &result) {
            if (!result.ok())
                return walk->failed(result.error());
            // The next cursor is all the next request needs: it is sent before the items are
            // mapped. A page without a list of items is not walked past (parsePage() says why).
            const QJsonObject data = result.value().data.toObject();
            const QJsonValue items = data.value(QLatin1String("items"));
            if (!walk->pageArrived(items.toArray().size(),
                    items.isArray() ? nextCursorOf(data) : QString()))
                return;
            const ApiResult<Page<T>> page = parsePage<T>(result);
            if (!page.ok())
                return walk->end(page.error());
            if (walk->contextAlive())
                onPage(page.value());
            walk->pageDelivered();
        });
    });
    walk->fetch(QString());
    return walk;
}

ApiCall *FivetranClient::listAllWebhooks(int limit, QObject *context,
                                         std::function<void(const WebhookPage &)> onPage,
                                         std::function<void(const std::optional<ApiError> &)> onDone)
{
    return walkPages<Webhook>(QStringLiteral("webhooks"), limit, context, std::move(onPage),
                              std::move(onDone));
}

ApiCall *FivetranClient::listAllGroups(int limit, QObject *context,
                                       std::function<void(const GroupPage &)> onPage,
                                       std::function<void(const std::optional<ApiError> &)> onDone)
{
    return walkPages<Group>(QStringLiteral("groups"), limit, context, std::move(onPage),
                            std::move(onDone));
}

} // namespace fw
