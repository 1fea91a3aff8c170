#pragma once

#include "AccountInfo.h"
#include "ApiResult.h"
#include "Credentials.h"
#include "Envelope.h"
#include "Group.h"
#include "Limits.h"
#include "RetryPolicy.h"
#include "TestResult.h"
#include "Webhook.h"

#include <QObject>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace fw {

class FivetranClient;

// One logical API call, which may take several HTTP attempts (or, for a listing, several pages).
// Owned by the client and deleted after finished(): hold it in a QPointer. abort() stops it;
// its callback is then never called.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    void abort();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

protected:
    explicit ApiCall(QObject *parent) : QObject(parent) {}
    // Ends the call once: emits finished() and schedules deletion.
    void finish();
    bool isAborted() const { return m_aborted; }

private:
    virtual void stop() = 0; // cancel whatever is in flight
    bool m_finished = false;
    bool m_aborted = false;
};

using WebhookPage = Page<Webhook>;
using GroupPage = Page<Group>;

// The Fivetran webhook API over one QNetworkAccessManager. Asynchronous only: every method
// returns at once, and the callback runs later on this thread, unless `context` died first.
// Every request has a timeout per attempt and, when set, a total one; retries follow
// `retryPolicy()`. What a server can make the client hold is bounded: a response body by
// maxResponseBytes(), a listing walk by walkPageLimit() and walkItemLimit() (see Limits.h).
class FivetranClient : public QObject
{
    Q_OBJECT

public:
    static QUrl defaultBaseUrl(); // https://api.fivetran.com/v1

    explicit FivetranClient(QObject *parent = nullptr);
    ~FivetranClient() override;

    // Returns an empty string when accepted, else why not (see UrlRules::checkBaseUrl).
    QString setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    bool hasCredentials() const { return m_credentials.isComplete(); }
    // How long one HTTP attempt may take (default 30 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // How long one call may take in all: every attempt, backoff and Retry-After wait included.
    // A retry that could not start before then is not made; the call ends with a Timeout error.
    // 0 (the default) means no total limit: attempts and retries are then bounded only by
    // timeout() and retryPolicy(). A listing walk applies it to each page's call.
    void setTotalTimeout(std::chrono::milliseconds timeout) { m_totalTimeout = timeout; }
    std::chrono::milliseconds totalTimeout() const { return m_totalTimeout; }
    // A body larger than this (announced by Content-Length or as it arrives) is not read on:
    // the call ends with a Protocol error and is not retried. Default limits::kMaxResponseBytes.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    // listAllWebhooks/listAllGroups end with a Protocol error once this many pages or items were
    // delivered and the server still offers more. Defaults: limits::kMaxPagesPerWalk and
    // limits::kMaxItemsPerWalk; smaller bounds are for tests.
    void setWalkLimits(int maxPages, qint64 maxItems)
    {
        m_walkPageLimit = maxPages;
        m_walkItemLimit = maxItems;
    }
    int walkPageLimit() const { return m_walkPageLimit; }
    qint64 walkItemLimit() const { return m_walkItemLimit; }
    RetryPolicy &retryPolicy() { return m_retryPolicy; }
    void setUserAgent(const QString &userAgent) { m_userAgent = userAgent; }
    static QString defaultUserAgent(const QString &program);

    ApiCall *listWebhooks(const QString &cursor, int limit, QObject *context,
                          ApiCallback<WebhookPage> callback);
    ApiCall *getWebhook(const QString &id, QObject *context, ApiCallback<Webhook> callback);
    ApiCall *createAccountWebhook(const WebhookChanges &fields, QObject *context,
                                  ApiCallback<Webhook> callback);
    ApiCall *createGroupWebhook(const QString &groupId, const WebhookChanges &fields,
                                QObject *context, ApiCallback<Webhook> callback);
    // Sends only the fields set in `changes`; never the masked secret.
    ApiCall *updateWebhook(const QString &id, const WebhookChanges &changes, QObject *context,
                           ApiCallback<Webhook> callback);
    // The callback receives Fivetran's message.
    ApiCall *deleteWebhook(const QString &id, QObject *context, ApiCallback<QString> callback);
    // `event` is required; judge the outcome by TestResult::succeed, not by the HTTP status.
    ApiCall *testWebhook(const QString &id, const QString &event, QObject *context,
                         ApiCallback<TestResult> callback);
    ApiCall *listGroups(const QString &cursor, int limit, QObject *context,
                        ApiCallback<GroupPage> callback);
    ApiCall *getGroup(const QString &id, QObject *context, ApiCallback<Group> callback);
    ApiCall *accountInfo(QObject *context, ApiCallback<AccountInfo> callback);

    // Walks every page with the same limit. `onPage` sees each page as it arrives; `onDone` gets
    // nullopt at the end or the error that stopped the walk (pages already delivered stay valid).
    // A repeated cursor, or more pages or items than the walk limits, stops the walk with a
    // Protocol error instead of looping forever. The next page is asked for as soon as a page's
    // next cursor is read, before its items are mapped and `onPage` sees them: one request at
    // most runs ahead, never past a bound or a repeated cursor, and is dropped when the walk ends.
    ApiCall *listAllWebhooks(int limit, QObject *context,
                             std::function<void(const WebhookPage &)> onPage,
                             std::function<void(const std::optional<ApiError> &)> onDone);
    ApiCall *listAllGroups(int limit, QObject *context,
                           std::function<void(const GroupPage &)> onPage,
                           std::function<void(const std::optional<ApiError> &)> onDone);

    int callsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    // From X-Rate-Limit and X-Rate-Limit-Remaining, whenever a response carries them.
    void rateLimitChanged(int limit, int remaining);
    void activityChanged(int callsInFlight);
    // A retry was scheduled: lets a UI say "retrying in 3 s" instead of looking stuck.
    void retryScheduled(const fw::ApiError &error, std::chrono::milliseconds delay);

private:
    friend class HttpCall;
    struct Request;
    ApiCall *send(Request request, QObject *context,
                  std::function<void(const ApiResult<Envelope> &)> onEnvelope);
    template<typename T>
    ApiCall *walkPages(const QString &path, int limit, QObject *context,
                       std::function<void(const Page<T> &)> onPage,
                       std::function<void(const std::optional<ApiError> &)> onDone);
    void setCallsInFlight(int count);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    Credentials m_credentials;
    std::chrono::milliseconds m_timeout{30000};
    std::chrono::milliseconds m_totalTimeout{0};
    qint64 m_maxResponseBytes = limits::kMaxResponseBytes;
    int m_walkPageLimit = limits::kMaxPagesPerWalk;
    qint64 m_walkItemLimit = limits::kMaxItemsPerWalk;
    RetryPolicy m_retryPolicy;
    QString m_userAgent;
    QRandomGenerator m_random;
    int m_inFlight = 0;
};

} // namespace fw
