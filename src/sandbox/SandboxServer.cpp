#include "SandboxServer.h"

#include "Envelope.h"
#include "SandboxEvents.h"
#include "SandboxLogging.h"
#include "SandboxStore.h"
#include "Signature.h"
#include "TestResult.h"
#include "UrlRules.h"
#include "Webhook.h"

#include "HttpListener.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

// Messages in API answers are English and untranslated on purpose: they stand for what Fivetran's
// servers send, which clients show as "the server said". Console text (main.cpp) uses tr().

namespace fw {

bool SandboxFaults::any() const
{
    return latency.count() > 0 || serverErrorRate > 0.0 || dropRate > 0.0 || truncateRate > 0.0
            || rateLimitEvery > 0;
}

namespace {

using Headers = http::HeaderList;

enum class Op {
    ListWebhooks,
    GetWebhook,
    UpdateWebhook,
    DeleteWebhook,
    CreateAccountWebhook,
    CreateGroupWebhook,
    TestWebhook,
    ListGroups,
    GetGroup,
    AccountInfo,
    EmitEvent,
    GetFaults,
    SetFaults,
    Reset,
};

struct Rule
{
    const char *pattern; // "*" matches one non-empty path segment, the argument
    const char *method;
    Op op;
};

// QHttpServer answers 404 to a wrong method, Fivetran 405: hence this table instead of its router.
// Literal rules come first: POST /webhooks/account creates, while GET /webhooks/account looks up a
// webhook whose id is "account" (and finds none).
constexpr Rule kRules[] = {
        {"v1/webhooks", "GET", Op::ListWebhooks},
        {"v1/webhooks/account", "POST", Op::CreateAccountWebhook},
        {"v1/webhooks/group/*", "POST", Op::CreateGroupWebhook},
        {"v1/webhooks/*", "GET", Op::GetWebhook},
        {"v1/webhooks/*", "PATCH", Op::UpdateWebhook},
        {"v1/webhooks/*", "DELETE", Op::DeleteWebhook},
        {"v1/webhooks/*/test", "POST", Op::TestWebhook},
        {"v1/groups", "GET", Op::ListGroups},
        {"v1/groups/*", "GET", Op::GetGroup},
        {"v1/account/info", "GET", Op::AccountInfo},
        {"sandbox/events", "POST", Op::EmitEvent},
        {"sandbox/faults", "GET", Op::GetFaults},
        {"sandbox/faults", "PUT", Op::SetFaults},
        {"sandbox/reset", "POST", Op::Reset},
};

struct RouteMatch
{
    std::optional<Op> op;
    QString argument;
    QStringList allowed; // empty: no such path
};

RouteMatch matchRoute(const QByteArray &method, const QStringList &segments)
{
    static const QList<QStringList> patterns = [] {
        QList<QStringList> split;
        for (const Rule &rule : kRules)
            split.append(QString::fromLatin1(rule.pattern).split(QLatin1Char('/')));
        return split;
    }();
    RouteMatch match;
    for (qsizetype r = 0; r < patterns.size(); ++r) {
        const Rule &rule = kRules[r];
        const QStringList &pattern = patterns.at(r);
        if (pattern.size() != segments.size())
            continue;
        QString argument;
        bool matches = true;
        for (qsizetype i = 0; matches && i < pattern.size(); ++i) {
            if (pattern.at(i) == QLatin1String("*")) {
                argument = segments.at(i);
                matches = !argument.isEmpty();
            } else {
                matches = segments.at(i) == pattern.at(i);
            }
        }
        if (!matches)
            continue;
        const QString name = QString::fromLatin1(rule.method);
        if (!match.allowed.contains(name))
            match.allowed.append(name);
        if (!match.op && rule.method == method) {
            match.op = rule.op;
            match.argument = argument;
        }
    }
    return match;
}

// What the sandbox needs of a request, taken apart once.
struct Incoming
{
    QByteArray method;
    QString path;
    QStringList segments;
    QUrlQuery query;
    QByteArray accept;
    QByteArray contentType;
    QByteArray authorization;
    QByteArray body;
};

Incoming readRequest(const http::HttpRequest &request)
{
    Incoming incoming;
    incoming.method = request.method;
    incoming.path = request.url.path();
    QString trimmed = incoming.path.mid(1);
    if (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    incoming.segments = trimmed.split(QLatin1Char('/'));
    incoming.query = QUrlQuery(request.url);
    incoming.accept = request.header("Accept");
    incoming.contentType = request.header("Content-Type");
    incoming.authorization = request.header("Authorization");
    incoming.body = request.body;
    return incoming;
}

QByteArray mediaType(const QByteArray &headerValue)
{
    return headerValue.split(';').constFirst().trimmed().toLower();
}

bool acceptsJson(const QByteArray &accept)
{
    if (accept.trimmed().isEmpty())
        return true;
    const auto ranges = accept.split(',');
    for (const QByteArray &range : ranges) {
        const QByteArray type = mediaType(range);
        if (type == "application/json" || type == "application/*" || type == "*/*")
            return true;
    }
    return false;
}

// An in-flight request and the means to answer it. Shared by the lambdas that finish it (latency
// timer, probe or test delivery), which may run after the client has gone.
struct Exchange
{
    explicit Exchange(http::HttpResponder &&responderIn) : responder(std::move(responderIn)) {}

    http::HttpResponder responder;
    Incoming request;
    bool api = false; // a /v1 route: faults, rate-limit headers, requestHandled()
    bool drop = false; // handle it, then close without answering
    bool truncate = false; // answer with half the body, then close
    bool answered = false;
    int rateLimit = 0;
    int rateLimitRemaining = 0;
};
using ExchangePtr = std::shared_ptr<Exchange>;

struct DeliveryOutcome
{
    int status = 0; // 0: no HTTP answer
    QString message;
    bool succeeded() const { return status >= 200 && status < 300; }
};

Webhook masked(Webhook webhook)
{
    if (webhook.hasSecret())
        webhook.secret = kMaskedSecret;
    return webhook;
}

QString notFoundWebhook(const QString &id)
{
    return QStringLiteral("Webhook with id '%1' doesn't exist").arg(id);
}

QString notFoundGroup(const QString &id)
{
    return QStringLiteral("Group with id '%1' doesn't exist").arg(id);
}

QJsonObject faultsToJson(const SandboxFaults &faults)
{
    return {
            {QStringLiteral("latency_ms"), qint64(faults.latency.count())},
            {QStringLiteral("server_error_rate"), faults.serverErrorRate},
            {QStringLiteral("drop_rate"), faults.dropRate},
            {QStringLiteral("truncate_rate"), faults.truncateRate},
            {QStringLiteral("rate_limit_every"), faults.rateLimitEvery},
            {QStringLiteral("retry_after_seconds"), faults.retryAfterSeconds},
            {QStringLiteral("seed"), qint64(faults.seed)},
    };
}

// Sets the fields present in `object`; the others keep their value. Empty on success.
QString readFaults(const QJsonObject &object, SandboxFaults &faults)
{
    const auto integer = [&object](const char *key, qint64 min, qint64 max,
                                   auto apply) -> QString {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number < double(min) || number > double(max)
            || number != std::floor(number)) {
            return QStringLiteral("'%1' must be an integer from %2 to %3")
                    .arg(QLatin1String(key))
                    .arg(min)
                    .arg(max);
        }
        apply(qint64(number));
        return {};
    };
    const auto rate = [&object](const char *key, double &target) -> QString {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isDouble() || value.toDouble() < 0.0 || value.toDouble() > 1.0)
            return QStringLiteral("'%1' must be a number from 0 to 1").arg(QLatin1String(key));
        target = value.toDouble();
        return {};
    };
    QStringList problems{
            integer("latency_ms", 0, 600'000,
                    [&](qint64 v) { faults.latency = std::chrono::milliseconds(v); }),
            rate("server_error_rate", faults.serverErrorRate),
            rate("drop_rate", faults.dropRate),
            rate("truncate_rate", faults.truncateRate),
            integer("rate_limit_every", 0, 1'000'000,
                    [&](qint64 v) { faults.rateLimitEvery = int(v); }),
            integer("retry_after_seconds", 0, 86'400,
                    [&](qint64 v) { faults.retryAfterSeconds = int(v); }),
            integer("seed", 0, 0xffffffffLL, [&](qint64 v) { faults.seed = quint32(v); }),
    };
    problems.removeAll(QString());
    return problems.join(QStringLiteral("; "));
}

// Reads url, events, active and secret of a create or update body. Empty on success.
QString readWebhookFields(const QJsonObject &body, WebhookChanges &fields)
{
    if (body.contains(QLatin1String("url"))) {
        const QJsonValue url = body.value(QLatin1String("url"));
        if (!url.isString())
            return QStringLiteral("Field 'url' must be a string");
        const QString problem = UrlRules::checkWebhookUrl(QUrl(url.toString(), QUrl::StrictMode));
        if (!problem.isEmpty())
            return problem;
        fields.url = url.toString();
    }
    if (body.contains(QLatin1String("events"))) {
        const QJsonValue events = body.value(QLatin1String("events"));
        if (!events.isArray() || events.toArray().isEmpty())
            return QStringLiteral("Field 'events' must be a non-empty array of event names");
        QStringList names;
        const QJsonArray array = events.toArray();
        for (const QJsonValue &event : array) {
            if (!event.isString() || event.toString().isEmpty())
                return QStringLiteral("Field 'events' must hold only non-empty strings");
            names.append(event.toString());
        }
        fields.events = names;
    }
    if (body.contains(QLatin1String("active"))) {
        const QJsonValue active = body.value(QLatin1String("active"));
        if (!active.isBool())
            return QStringLiteral("Field 'active' must be true or false");
        fields.active = active.toBool();
    }
    if (body.contains(QLatin1String("secret"))) {
        const QJsonValue secret = body.value(QLatin1String("secret"));
        if (!secret.isString() && !secret.isNull())
            return QStringLiteral("Field 'secret' must be a string");
        fields.secret = secret.toString(); // null or "" removes the secret
    }
    return {};
}

// Requests per hour, counted in fixed one-hour windows from the first request.
class HourlyLimit
{
public:
    static constexpr qint64 windowMs = 3'600'000;
    int limit = 20'000;

    // Counts one request; false when it is over the limit.
    bool take()
    {
        if (!m_window.isValid() || m_window.elapsed() >= windowMs) {
            m_window.start();
            m_used = 0;
        }
        ++m_used;
        return m_used <= limit;
    }
    int remaining() const { return qMax(0, limit - m_used); }
    int secondsToReset() const { return int((windowMs - m_window.elapsed()) / 1000) + 1; }

private:
    QElapsedTimer m_window;
    int m_used = 0;
};

enum class Fault { None, RateLimited, ServerError, Drop, Truncate };

} // namespace

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *owner);

    void onRequest(const http::HttpRequest &request, http::HttpResponder &&responder);
    std::pair<Fault, int> decideFault();
    void handleApi(const ExchangePtr &exchange, Fault fault, int errorStatus);
    void handleControl(const ExchangePtr &exchange);
    void dispatch(const ExchangePtr &exchange, Op op, const QString &argument);
    bool authorized(const Incoming &request) const;

    void send(const ExchangePtr &exchange, int status, const QByteArray &body,
              const Headers &extraHeaders = {},
              const QByteArray &contentType = QByteArrayLiteral("application/json"));
    void sendError(const ExchangePtr &exchange, int status, const QString &code,
                   const QString &message, const Headers &extraHeaders = {});
    void sendSuccess(const ExchangePtr &exchange, const QString &message,
                     const QJsonValue &data = QJsonValue::Undefined);
    std::optional<QJsonObject> readBody(const ExchangePtr &exchange, bool required);

    // The stored webhook, or nullptr after answering 404 NotFound_Webhook.
    const Webhook *webhookOr404(const ExchangePtr &exchange, const QString &id);
    void listWebhooks(const ExchangePtr &exchange);
    void listGroups(const ExchangePtr &exchange);
    // One page of a listing, as Fivetran shapes it: data {items, next_cursor}. `itemJson` gives
    // an item's compact JSON text.
    template<typename T>
    void listPage(const ExchangePtr &exchange,
                  std::optional<Page<T>> (SandboxStore::*fetch)(const QString &, int) const,
                  const std::function<QByteArray(const T &)> &itemJson, const QString &message);
    // A webhook as a listing shows it (secret masked), in compact JSON: remembered per id while
    // the stored webhook stays equal, since building and writing the JSON is most of the cost
    // of a page of 1,000 (benchmark P7, docs/benchmarks.md).
    QByteArray listedWebhookJson(const Webhook &webhook);
    std::optional<int> readLimit(const ExchangePtr &exchange);
    void createWebhook(const ExchangePtr &exchange, const QString &groupId);
    void updateWebhook(const ExchangePtr &exchange, const QString &id);
    void testWebhook(const ExchangePtr &exchange, const QString &id);
    void emitEventRoute(const ExchangePtr &exchange);
    void setFaultsRoute(const ExchangePtr &exchange);
    void resetRoute(const ExchangePtr &exchange);

    // POSTs the test payload for `webhook`'s first event; onSuccess runs on a 2xx, else the
    // exchange gets Fivetran's 400.
    void probe(const ExchangePtr &exchange, const Webhook &webhook,
               std::function<void()> onSuccess);
    void deliver(const QUrl &url, const QString &event, const QByteArray &body,
                 const QString &secret, std::function<void(const DeliveryOutcome &)> done);
    using EventDone = std::function<void(const QList<EventDelivery> &)>;
    // A failed delivery of an emitted event, tried again later as Fivetran does.
    void retryEvent(const QString &webhookId, const QString &event, const QByteArray &body,
                    int attempt);
    QStringList emitEvent(const QString &event, const QString &status, const QString &groupId,
                          EventDone done = {});

    SandboxServer *q;
    SandboxStore m_store;
    struct ListedJson
    {
        Webhook webhook; // as stored (implicitly shared with the store's copy)
        QByteArray json;
    };
    QHash<QString, ListedJson> m_listedWebhookJson;
    Credentials m_credentials = SandboxServer::demoCredentials();
    SandboxFaults m_faults;
    QRandomGenerator m_faultRandom;
    quint64 m_apiRequests = 0;
    HourlyLimit m_hourlyLimit;
    std::chrono::milliseconds m_deliveryTimeout{10'000}; // Fivetran gives receivers about 10 s
    int m_eventRetryAttempts = 0;
    std::chrono::milliseconds m_eventRetryStep{5000};
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_shuttingDown = false;
    // Destroyed first (reverse order): no request or delivery outlives the state above.
    QNetworkAccessManager m_network;
    std::unique_ptr<http::HttpListener> m_listener;
};

SandboxServer::Private::Private(SandboxServer *owner) : q(owner), m_faultRandom(m_faults.seed)
{
    m_listener = std::make_unique<http::HttpListener>(
            [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
                onRequest(request, std::move(responder));
            });
}

void SandboxServer::Private::onRequest(const http::HttpRequest &request,
                                       http::HttpResponder &&responder)
{
    auto exchange = std::make_shared<Exchange>(std::move(responder));
    exchange->request = readRequest(request);
    exchange->api = exchange->request.segments.constFirst() == QLatin1String("v1");
    if (!exchange->api) {
        handleControl(exchange); // control routes are never faulted or delayed
        return;
    }

    exchange->rateLimit = m_hourlyLimit.limit;
    // Like Fivetran, only requests with a valid key count against its limit: any process on
    // this machine can reach the port, and must not lock the Sandbox by knocking.
    if (!authorized(exchange->request)) {
        exchange->rateLimitRemaining = m_hourlyLimit.remaining();
        sendError(exchange, 401, QStringLiteral("AuthFailed"),
                  QStringLiteral("Missing or invalid API key and secret"));
        return;
    }
    if (!m_hourlyLimit.take()) {
        sendError(exchange, 429, QStringLiteral("TooManyRequests"),
                  QStringLiteral("Rate limit of %1 requests per hour exceeded")
                          .arg(m_hourlyLimit.limit),
                  {{"Retry-After", QByteArray::number(m_hourlyLimit.secondsToReset())}});
        return;
    }
    exchange->rateLimitRemaining = m_hourlyLimit.remaining();

    const auto [fault, errorStatus] = decideFault();
    if (m_faults.latency.count() > 0) {
        // A timer, never a sleep: other requests go on meanwhile, as on a slow real server.
        QTimer::singleShot(m_faults.latency, Qt::PreciseTimer, m_listener.get(),
                           [this, exchange, fault = fault, errorStatus = errorStatus] {
                               handleApi(exchange, fault, errorStatus);
                           });
    } else {
        handleApi(exchange, fault, errorStatus);
    }
}

std::pair<Fault, int> SandboxServer::Private::decideFault()
{
    ++m_apiRequests;
    // Every draw is made on every request, so one seed gives one sequence whatever the rates.
    const double serverError = m_faultRandom.generateDouble();
    const double drop = m_faultRandom.generateDouble();
    const double truncate = m_faultRandom.generateDouble();
    static constexpr int errorStatuses[] = {500, 502, 503};
    const int errorStatus = errorStatuses[m_faultRandom.bounded(3)];
    if (m_faults.rateLimitEvery > 0 && m_apiRequests % quint64(m_faults.rateLimitEvery) == 0)
        return {Fault::RateLimited, 429};
    if (serverError < m_faults.serverErrorRate)
        return {Fault::ServerError, errorStatus};
    if (drop < m_faults.dropRate)
        return {Fault::Drop, 0};
    if (truncate < m_faults.truncateRate)
        return {Fault::Truncate, 0};
    return {Fault::None, 0};
}

void SandboxServer::Private::handleApi(const ExchangePtr &exchange, Fault fault, int errorStatus)
{
    switch (fault) {
    case Fault::RateLimited:
        sendError(exchange, 429, QStringLiteral("TooManyRequests"),
                  QStringLiteral("Too many requests. Retry after %1 seconds")
                          .arg(m_faults.retryAfterSeconds),
                  {{"Retry-After", QByteArray::number(m_faults.retryAfterSeconds)}});
        return;
    case Fault::ServerError:
        if (errorStatus == 500) {
            sendError(exchange, 500, QStringLiteral("InternalServerError"),
                      QStringLiteral("Internal server error (injected by the sandbox)"));
        } else {
            // Gateways answer with HTML, not an envelope: clients must cope with both.
            const QByteArray title = errorStatus == 502 ? QByteArrayLiteral("502 Bad Gateway")
                                                        : QByteArrayLiteral("503 Service Unavailable");
            send(exchange, errorStatus,
                 "<html><head><title>" + title + "</title></head><body><h1>" + title
                         + "</h1></body></html>\n",
                 {}, QByteArrayLiteral("text/html"));
        }
        return;
    case Fault::Drop:
        // Handled, then the answer is lost: the case that makes retrying a create unsafe.
        exchange->drop = true;
        break;
    case Fault::Truncate:
        exchange->truncate = true;
        break;
    case Fault::None:
        break;
    }

    const Incoming &request = exchange->request;
    const RouteMatch route = matchRoute(request.method, request.segments);
    if (route.allowed.isEmpty()) {
        sendError(exchange, 404, QStringLiteral("NotFound"),
                  QStringLiteral("No API endpoint at %1").arg(request.path));
        return;
    }
    if (!route.op) {
        sendError(exchange, 405, QStringLiteral("MethodNotAllowed"),
                  QStringLiteral("Method %1 is not allowed for %2")
                          .arg(QString::fromLatin1(request.method), request.path),
                  {{"Allow", route.allowed.join(QStringLiteral(", ")).toLatin1()}});
        return;
    }
    if (!acceptsJson(request.accept)) {
        sendError(exchange, 406, QStringLiteral("NotAcceptable"),
                  QStringLiteral("This endpoint produces application/json; Accept was '%1'")
                          .arg(QString::fromLatin1(request.accept)));
        return;
    }
    if ((request.method == "POST" || request.method == "PATCH")
        && mediaType(request.contentType) != "application/json") {
        sendError(exchange, 415, QStringLiteral("UnsupportedMediaType"),
                  QStringLiteral("Content-Type must be application/json"));
        return;
    }
    dispatch(exchange, *route.op, route.argument);
}

void SandboxServer::Private::handleControl(const ExchangePtr &exchange)
{
    const Incoming &request = exchange->request;
    const RouteMatch route = matchRoute(request.method, request.segments);
    if (route.allowed.isEmpty()) {
        sendError(exchange, 404, QStringLiteral("NotFound"),
                  QStringLiteral("Nothing at %1: the API is under /v1, sandbox controls under "
                                 "/sandbox")
                          .arg(request.path));
        return;
    }
    if (!authorized(request)) {
        sendError(exchange, 401, QStringLiteral("AuthFailed"),
                  QStringLiteral("Missing or invalid API key and secret"));
        return;
    }
    if (!route.op) {
        sendError(exchange, 405, QStringLiteral("MethodNotAllowed"),
                  QStringLiteral("Method %1 is not allowed for %2")
                          .arg(QString::fromLatin1(request.method), request.path),
                  {{"Allow", route.allowed.join(QStringLiteral(", ")).toLatin1()}});
        return;
    }
    dispatch(exchange, *route.op, route.argument);
}

bool SandboxServer::Private::authorized(const Incoming &request) const
{
    const auto given = Credentials::fromAuthorizationHeader(request.authorization);
    return given && given->isComplete() && *given == m_credentials;
}

void SandboxServer::Private::dispatch(const ExchangePtr &exchange, Op op, const QString &argument)
{
    switch (op) {
    case Op::ListWebhooks:
        listWebhooks(exchange);
        return;
    case Op::GetWebhook:
        if (const Webhook *webhook = webhookOr404(exchange, argument))
            sendSuccess(exchange, QStringLiteral("Webhook details retrieved successfully"),
                        masked(*webhook).toJson());
        return;
    case Op::UpdateWebhook:
        updateWebhook(exchange, argument);
        return;
    case Op::DeleteWebhook:
        if (m_store.removeWebhook(argument)) {
            sendSuccess(exchange,
                        QStringLiteral("Webhook with id '%1' has been deleted").arg(argument));
        } else {
            sendError(exchange, 404, QStringLiteral("NotFound_Webhook"), notFoundWebhook(argument));
        }
        return;
    case Op::CreateAccountWebhook:
        createWebhook(exchange, QString());
        return;
    case Op::CreateGroupWebhook:
        createWebhook(exchange, argument);
        return;
    case Op::TestWebhook:
        testWebhook(exchange, argument);
        return;
    case Op::ListGroups:
        listGroups(exchange);
        return;
    case Op::GetGroup:
        if (const Group *group = m_store.group(argument)) {
            sendSuccess(exchange, QStringLiteral("Group details retrieved successfully"),
                        group->toJson());
        } else {
            sendError(exchange, 404, QStringLiteral("NotFound_Group"), notFoundGroup(argument));
        }
        return;
    case Op::AccountInfo:
        sendSuccess(exchange, QStringLiteral("Account information retrieved successfully"),
                    m_store.account().toJson());
        return;
    case Op::EmitEvent:
        emitEventRoute(exchange);
        return;
    case Op::GetFaults:
        sendSuccess(exchange, QStringLiteral("Current fault injection"), faultsToJson(m_faults));
        return;
    case Op::SetFaults:
        setFaultsRoute(exchange);
        return;
    case Op::Reset:
        resetRoute(exchange);
        return;
    }
}

void SandboxServer::Private::send(const ExchangePtr &exchange, int status, const QByteArray &body,
                                  const Headers &extraHeaders, const QByteArray &contentType)
{
    if (exchange->answered)
        return;
    exchange->answered = true;
    const Incoming &request = exchange->request;
    qCDebug(lcSandbox).noquote() << request.method << request.path << status
                                 << (exchange->drop ? "(dropped)"
                                                    : exchange->truncate ? "(truncated)" : "");

    Headers headers{{"Content-Type", contentType}};
    if (exchange->api) {
        headers.append({"X-Rate-Limit", QByteArray::number(exchange->rateLimit)});
        headers.append({"X-Rate-Limit-Remaining", QByteArray::number(exchange->rateLimitRemaining)});
    }
    headers += extraHeaders;
    if (exchange->drop)
        exchange->responder.drop();
    else if (exchange->truncate && body.size() > 1)
        exchange->responder.respondTruncated(status, body, headers);
    else
        exchange->responder.respond(status, body, headers);
    if (exchange->api)
        Q_EMIT q->requestHandled(QString::fromLatin1(request.method), request.path,
                                 exchange->drop ? 0 : status);
}

void SandboxServer::Private::sendError(const ExchangePtr &exchange, int status, const QString &code,
                                       const QString &message, const Headers &extraHeaders)
{
    send(exchange, status, Envelope::error(code, message), extraHeaders);
}

void SandboxServer::Private::sendSuccess(const ExchangePtr &exchange, const QString &message,
                                         const QJsonValue &data)
{
    send(exchange, 200, Envelope::success(message, data));
}

// The body as a JSON object, or nullopt after answering 400. An empty body is an empty object
// unless `required`.
std::optional<QJsonObject> SandboxServer::Private::readBody(const ExchangePtr &exchange,
                                                            bool required)
{
    const QByteArray &body = exchange->request.body;
    if (body.trimmed().isEmpty() && !required)
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        sendError(exchange, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("Malformed JSON body: %1 at offset %2")
                          .arg(error.errorString())
                          .arg(error.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        sendError(exchange, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("The request body must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

// `limit` from the query: 1..1000, default 100. nullopt after answering 400.
std::optional<int> SandboxServer::Private::readLimit(const ExchangePtr &exchange)
{
    const QUrlQuery &query = exchange->request.query;
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return SandboxStore::defaultPageSize;
    const QString text = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded);
    bool ok = false;
    const int limit = text.toInt(&ok);
    const bool digitsOnly = !text.isEmpty()
            && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (!ok || !digitsOnly || limit < 1 || limit > SandboxStore::maxPageSize) {
        sendError(exchange, 400, QStringLiteral("InvalidInput"),
                  QStringLiteral("Invalid 'limit' value '%1': expected an integer from 1 to %2")
                          .arg(text)
                          .arg(SandboxStore::maxPageSize));
        return std::nullopt;
    }
    return limit;
}

const Webhook *SandboxServer::Private::webhookOr404(const ExchangePtr &exchange, const QString &id)
{
    const Webhook *webhook = m_store.webhook(id);
    if (!webhook)
        sendError(exchange, 404, QStringLiteral("NotFound_Webhook"), notFoundWebhook(id));
    return webhook;
}

template<typename T>
void SandboxServer::Private::listPage(
        const ExchangePtr &exchange,
        std::optional<Page<T>> (SandboxStore::*fetch)(const QString &, int) const,
        const std::function<QByteArray(const T &)> &itemJson, const QString &message)
{
    const auto limit = readLimit(exchange);
    if (!limit)
        return;
    const QString cursor =
            exchange->request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    const auto page = (m_store.*fetch)(cursor, *limit);
    if (!page) {
        sendError(exchange, 400, QStringLiteral("InvalidInput"),
                  QStringLiteral("Invalid cursor value"));
        return;
    }
    // The envelope is written by Envelope::success() around an empty items array, and the items'
    // JSON goes in its place: the same bytes as a QJsonArray of them would give, without
    // building one.
    QJsonObject data{{QStringLiteral("items"), QJsonArray()}};
    if (page->hasMore())
        data.insert(QStringLiteral("next_cursor"), page->nextCursor);
    QByteArray body = Envelope::success(message, data);
    static const QByteArray emptyItems = QByteArrayLiteral("\"items\":[]");
    const qsizetype at = body.indexOf(emptyItems);
    Q_ASSERT(at >= 0);
    QByteArray items;
    items.reserve(qsizetype(page->items.size()) * 256); // about a listed webhook's size
    for (const T &item : page->items) {
        if (!items.isEmpty())
            items += ',';
        items += itemJson(item);
    }
    body.insert(at + emptyItems.size() - 1, items);
    send(exchange, 200, body);
}

QByteArray SandboxServer::Private::listedWebhookJson(const Webhook &webhook)
{
    auto it = m_listedWebhookJson.find(webhook.id);
    if (it != m_listedWebhookJson.end() && it->webhook == webhook)
        return it->json;
    // Entries of deleted webhooks are dropped now and then, so the cache stays near the store.
    if (m_listedWebhookJson.size() > 2 * qsizetype(m_store.webhookCount()) + 1000) {
        m_listedWebhookJson.clear();
        it = m_listedWebhookJson.end();
    }
    const QByteArray json = QJsonDocument(masked(webhook).toJson()).toJson(QJsonDocument::Compact);
    if (it != m_listedWebhookJson.end())
        *it = ListedJson{webhook, json};
    else
        m_listedWebhookJson.insert(webhook.id, ListedJson{webhook, json});
    return json;
}

void SandboxServer::Private::listWebhooks(const ExchangePtr &exchange)
{
    listPage<Webhook>(exchange, &SandboxStore::webhookPage,
                      [this](const Webhook &webhook) { return listedWebhookJson(webhook); },
                      QStringLiteral("Webhooks retrieved successfully"));
}

void SandboxServer::Private::listGroups(const ExchangePtr &exchange)
{
    listPage<Group>(exchange, &SandboxStore::groupPage,
                    [](const Group &group) {
                        return QJsonDocument(group.toJson()).toJson(QJsonDocument::Compact);
                    },
                    QStringLiteral("Groups retrieved successfully"));
}

void SandboxServer::Private::createWebhook(const ExchangePtr &exchange, const QString &groupId)
{
    if (!groupId.isEmpty() && !m_store.group(groupId)) {
        sendError(exchange, 404, QStringLiteral("NotFound_Group"), notFoundGroup(groupId));
        return;
    }
    const auto body = readBody(exchange, true);
    if (!body)
        return;
    WebhookChanges fields;
    QString problem = readWebhookFields(*body, fields);
    if (problem.isEmpty() && !fields.url)
        problem = QStringLiteral("Field 'url' is required");
    if (problem.isEmpty() && !fields.events)
        problem = QStringLiteral("Field 'events' is required");
    if (!problem.isEmpty()) {
        sendError(exchange, 400, QStringLiteral("InvalidInput"), problem);
        return;
    }

    Webhook webhook;
    webhook.type = groupId.isEmpty() ? QStringLiteral("account") : QStringLiteral("group");
    webhook.groupId = groupId;
    webhook.active = true; // Fivetran's default
    SandboxStore::applyChanges(webhook, fields);

    const QString message = groupId.isEmpty() ? QStringLiteral("Account webhook has been created")
                                              : QStringLiteral("Group webhook has been created");
    auto finish = [this, exchange, webhook, message] {
        // The group may have gone while the probe ran (a /sandbox/reset).
        if (!webhook.groupId.isEmpty() && !m_store.group(webhook.groupId)) {
            sendError(exchange, 404, QStringLiteral("NotFound_Group"),
                      notFoundGroup(webhook.groupId));
            return;
        }
        const Webhook stored = m_store.addWebhook(webhook);
        qCInfo(lcSandbox) << "created webhook" << stored.id;
        sendSuccess(exchange, message, masked(stored).toJson());
    };
    if (webhook.active)
        probe(exchange, webhook, std::move(finish));
    else
        finish(); // created inactive: no probe until activation
}

void SandboxServer::Private::updateWebhook(const ExchangePtr &exchange, const QString &id)
{
    const Webhook *current = webhookOr404(exchange, id);
    if (!current)
        return;
    const auto body = readBody(exchange, true);
    if (!body)
        return;
    WebhookChanges changes;
    QString problem = readWebhookFields(*body, changes);
    // The scope is fixed at creation (Terraform recreates a webhook to change it).
    const QString type = body->value(QLatin1String("type")).toString();
    const QString groupId = body->value(QLatin1String("group_id")).toString();
    if (problem.isEmpty() && !type.isEmpty() && type != current->type)
        problem = QStringLiteral("The type of a webhook cannot be changed");
    if (problem.isEmpty() && !groupId.isEmpty() && groupId != current->groupId)
        problem = QStringLiteral("The group of a webhook cannot be changed");
    if (!problem.isEmpty()) {
        sendError(exchange, 400, QStringLiteral("InvalidInput"), problem);
        return;
    }

    auto finish = [this, exchange, id, changes] {
        const auto updated = m_store.updateWebhook(id, changes);
        if (!updated) { // deleted while the probe ran
            sendError(exchange, 404, QStringLiteral("NotFound_Webhook"), notFoundWebhook(id));
            return;
        }
        sendSuccess(exchange, QStringLiteral("Webhook has been updated"),
                    masked(*updated).toJson());
    };
    if (changes.active.value_or(false) && !current->active) {
        Webhook activated = *current; // probe what the webhook will be, new URL and secret included
        SandboxStore::applyChanges(activated, changes);
        probe(exchange, activated, std::move(finish));
    } else {
        finish();
    }
}

void SandboxServer::Private::testWebhook(const ExchangePtr &exchange, const QString &id)
{
    const Webhook *found = webhookOr404(exchange, id);
    if (!found)
        return;
    const auto body = readBody(exchange, true);
    if (!body)
        return;
    const QJsonValue event = body->value(QLatin1String("event"));
    if (!event.isString() || event.toString().isEmpty()) {
        sendError(exchange, 400, QStringLiteral("InvalidInput"),
                  QStringLiteral("Field 'event' is required: the event type to send"));
        return;
    }
    const Webhook &webhook = *found;
    const WebhookEvent payload = SandboxEvents::make(
            event.toString(), QString(), SandboxEvents::testConnector(webhook.groupId));
    deliver(QUrl(webhook.url), event.toString(), SandboxEvents::body(payload), webhook.secret,
            [this, exchange](const DeliveryOutcome &outcome) {
                TestResult result;
                result.succeed = outcome.succeeded();
                result.status = outcome.status;
                result.message = outcome.message;
                // 200 whatever the endpoint did: `succeed` carries the verdict.
                sendSuccess(exchange,
                            result.succeed ? QStringLiteral("Webhook test completed successfully")
                                           : QStringLiteral("Webhook test completed with errors"),
                            result.toJson());
            });
}

void SandboxServer::Private::probe(const ExchangePtr &exchange, const Webhook &webhook,
                                   std::function<void()> onSuccess)
{
    const QString event = webhook.events.value(0, QStringLiteral("sync_start"));
    const WebhookEvent payload =
            SandboxEvents::make(event, QString(), SandboxEvents::testConnector(webhook.groupId));
    const QUrl url(webhook.url);
    deliver(url, event, SandboxEvents::body(payload), webhook.secret,
            [this, exchange, url, onSuccess = std::move(onSuccess)](const DeliveryOutcome &outcome) {
                if (outcome.succeeded()) {
                    onSuccess();
                    return;
                }
                sendError(exchange, 400, QStringLiteral("InvalidInput"),
                          QStringLiteral("Webhook test failed: %1 did not accept a test event "
                                         "(%2). Make the endpoint answer 2xx, or create the "
                                         "webhook with \"active\": false")
                                  .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                       outcome.message));
            });
}

void SandboxServer::Private::deliver(const QUrl &url, const QString &event, const QByteArray &body,
                                     const QString &secret,
                                     std::function<void(const DeliveryOutcome &)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("fivetran-sandbox/" FW_VERSION));
    if (!secret.isEmpty())
        request.setRawHeader(Signature::headerName, Signature::sign(body, secret.toUtf8()));
    request.setTransferTimeout(int(m_deliveryTimeout.count()));
    // Fivetran does not follow redirects: a 3xx is a failed delivery.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const int timeoutMs = int(m_deliveryTimeout.count());

    QNetworkReply *reply = m_network.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, &m_network,
                     [this, reply, url, event, timeoutMs, done = std::move(done)] {
                         reply->deleteLater();
                         if (m_shuttingDown)
                             return;
                         DeliveryOutcome outcome;
                         outcome.status =
                                 reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         if (outcome.succeeded()) {
                             outcome.message = QStringLiteral("Success");
                         } else if (outcome.status != 0) {
                             outcome.message =
                                     QStringLiteral("the endpoint answered HTTP %1 %2")
                                             .arg(outcome.status)
                                             .arg(reply->attribute(
                                                          QNetworkRequest::
                                                                  HttpReasonPhraseAttribute)
                                                          .toString())
                                             .trimmed();
                         } else if (reply->error() == QNetworkReply::OperationCanceledError
                                    || reply->error() == QNetworkReply::TimeoutError) {
                             outcome.message =
                                     QStringLiteral("no answer within %1 ms").arg(timeoutMs);
                         } else {
                             outcome.message = reply->errorString();
                         }
                         qCInfo(lcSandbox).noquote()
                                 << "delivered" << event << "to" << url.host() << "->"
                                 << outcome.status;
                         Q_EMIT q->deliveryFinished(url, event, outcome.status);
                         if (done)
                             done(outcome);
                     });
}

QStringList SandboxServer::Private::emitEvent(const QString &event, const QString &status,
                                              const QString &groupId, EventDone done)
{
    QString group = groupId;
    if (group.isEmpty() && m_store.groupCount() > 0)
        group = m_store.groups().constFirst().id;
    // One occurrence, one body: every webhook gets the same bytes, each signed with its secret.
    const QByteArray body =
            SandboxEvents::body(SandboxEvents::make(event, status, SandboxEvents::demoConnector(group)));
    QStringList ids;
    const QList<Webhook> targets = m_store.subscribers(event, group);
    // Filled in as deliveries finish, handed over when the last one has.
    auto outcomes = std::make_shared<QList<EventDelivery>>();
    auto pending = std::make_shared<qsizetype>(targets.size());
    for (const Webhook &webhook : targets) {
        const QUrl url(webhook.url);
        outcomes->append({webhook.id, url, 0, QString()});
        std::function<void(const DeliveryOutcome &)> finished;
        if (done) {
            finished = [outcomes, pending, done, index = outcomes->size() - 1](
                               const DeliveryOutcome &outcome) {
                (*outcomes)[index].status = outcome.status;
                (*outcomes)[index].message = outcome.message;
                if (--*pending == 0)
                    done(*outcomes);
            };
        }
        deliver(url, event, body, webhook.secret,
                [this, finished = std::move(finished), id = webhook.id, event,
                 body](const DeliveryOutcome &outcome) {
                    if (!outcome.succeeded())
                        retryEvent(id, event, body, 1);
                    if (finished)
                        finished(outcome);
                });
        ids.append(webhook.id);
    }
    if (done && targets.isEmpty())
        done({});
    return ids;
}

void SandboxServer::Private::retryEvent(const QString &webhookId, const QString &event,
                                        const QByteArray &body, int attempt)
{
    if (attempt > m_eventRetryAttempts)
        return;
    QTimer::singleShot(m_eventRetryStep * attempt, &m_network, [this, webhookId, event, body, attempt] {
        if (m_shuttingDown)
            return;
        // Given up, as Fivetran does, once the webhook is gone or switched off.
        const Webhook *webhook = m_store.webhook(webhookId);
        if (!webhook || !webhook->active)
            return;
        qCInfo(lcSandbox).noquote() << "retrying" << event << "for webhook" << webhookId
                                    << "attempt" << attempt;
        deliver(QUrl(webhook->url), event, body, webhook->secret,
                [this, webhookId, event, body, attempt](const DeliveryOutcome &outcome) {
                    if (!outcome.succeeded())
                        retryEvent(webhookId, event, body, attempt + 1);
                });
    });
}

void SandboxServer::Private::emitEventRoute(const ExchangePtr &exchange)
{
    const auto body = readBody(exchange, true);
    if (!body)
        return;
    const QJsonValue event = body->value(QLatin1String("event"));
    const QJsonValue status = body->value(QLatin1String("status"));
    const QJsonValue groupId = body->value(QLatin1String("group_id"));
    if (!event.isString() || event.toString().isEmpty()
        || !(status.isUndefined() || status.isNull() || status.isString())
        || !(groupId.isUndefined() || groupId.isNull() || groupId.isString())) {
        sendError(exchange, 400, QStringLiteral("InvalidInput"),
                  QStringLiteral("Expected {\"event\": \"sync_end\", \"status\": \"FAILURE\", "
                                 "\"group_id\": \"...\"} (status and group_id optional)"));
        return;
    }
    if (!groupId.toString().isEmpty() && !m_store.group(groupId.toString())) {
        sendError(exchange, 404, QStringLiteral("NotFound_Group"),
                  notFoundGroup(groupId.toString()));
        return;
    }
    const QStringList ids = emitEvent(event.toString(), status.toString(), groupId.toString());
    sendSuccess(exchange,
                QStringLiteral("Event '%1' sent to %2 webhook(s)")
                        .arg(event.toString())
                        .arg(ids.size()),
                QJsonObject{{QStringLiteral("event"), event.toString()},
                            {QStringLiteral("deliveries"), ids.size()},
                            {QStringLiteral("webhook_ids"), QJsonArray::fromStringList(ids)}});
}

void SandboxServer::Private::setFaultsRoute(const ExchangePtr &exchange)
{
    const auto body = readBody(exchange, true);
    if (!body)
        return;
    SandboxFaults updated = m_faults;
    const QString problem = readFaults(*body, updated);
    if (!problem.isEmpty()) {
        sendError(exchange, 400, QStringLiteral("InvalidInput"), problem);
        return;
    }
    q->setFaults(updated);
    sendSuccess(exchange, QStringLiteral("Fault injection updated"), faultsToJson(m_faults));
}

void SandboxServer::Private::resetRoute(const ExchangePtr &exchange)
{
    const auto body = readBody(exchange, false);
    if (!body)
        return;
    const QJsonValue count = body->value(QLatin1String("webhooks"));
    const QJsonValue empty = body->value(QLatin1String("empty"));
    constexpr int maxSeed = 1'000'000;
    if (!(count.isUndefined() || (count.isDouble() && count.toInt(-1) >= 0
                                  && count.toInt() <= maxSeed))
        || !(empty.isUndefined() || empty.isBool())) {
        sendError(exchange, 400, QStringLiteral("InvalidInput"),
                  QStringLiteral("Expected {\"webhooks\": N} (N up to 1000000) to seed generated webhooks, "
                                 "{\"empty\": true}, or no body for the demo data"));
        return;
    }
    m_store.clear();
    if (count.isDouble())
        m_store.seedWebhooks(count.toInt());
    else if (!empty.toBool())
        m_store.seedDemoData();
    sendSuccess(exchange, QStringLiteral("Sandbox data reset"),
                QJsonObject{{QStringLiteral("groups"), m_store.groupCount()},
                            {QStringLiteral("webhooks"), m_store.webhookCount()}});
}

// --- SandboxServer ---

Credentials SandboxServer::demoCredentials()
{
    // A published demo pair: it opens nothing but a local sandbox.
    return {QStringLiteral("sandbox_demo_key"), QStringLiteral("sandbox_demo_secret")};
}

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
}

SandboxServer::~SandboxServer()
{
    // Stop taking requests, then end deliveries in flight without running their callbacks.
    d->m_shuttingDown = true;
    d->m_listener.reset();
    const auto replies = d->m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!d->m_listener->listen(address, port)) {
        qCWarning(lcSandbox).noquote() << "cannot listen on" << address.toString() << port;
        return false;
    }
    d->m_address = address;
    d->m_port = d->m_listener->port();
    return true;
}

quint16 SandboxServer::port() const
{
    return d->m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress &address = d->m_address;
    const bool wildcard = address.isNull() || address == QHostAddress::Any
            || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    url.setHost(wildcard ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(d->m_port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

void SandboxServer::setCredentials(const Credentials &credentials)
{
    d->m_credentials = credentials;
}

Credentials SandboxServer::credentials() const
{
    return d->m_credentials;
}

void SandboxServer::seedDemoData(const QUrl &receiver)
{
    d->m_store.seedDemoData(receiver);
}

void SandboxServer::seedWebhooks(int count)
{
    d->m_store.seedWebhooks(count);
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    d->m_faults = faults;
    // A new setting starts a new, reproducible sequence.
    d->m_faultRandom.seed(faults.seed);
    d->m_apiRequests = 0;
}

SandboxFaults SandboxServer::faults() const
{
    return d->m_faults;
}

void SandboxServer::setDeliveryTimeout(std::chrono::milliseconds timeout)
{
    d->m_deliveryTimeout = timeout;
}

std::chrono::milliseconds SandboxServer::deliveryTimeout() const
{
    return d->m_deliveryTimeout;
}

void SandboxServer::setEventRetries(int attempts, std::chrono::milliseconds step)
{
    d->m_eventRetryAttempts = qBound(0, attempts, 100);
    d->m_eventRetryStep = std::max(step, std::chrono::milliseconds(1));
}

int SandboxServer::eventRetryAttempts() const
{
    return d->m_eventRetryAttempts;
}

std::chrono::milliseconds SandboxServer::eventRetryStep() const
{
    return d->m_eventRetryStep;
}

void SandboxServer::setRateLimit(int requestsPerHour)
{
    d->m_hourlyLimit.limit = qMax(1, requestsPerHour);
}

SandboxStore &SandboxServer::store()
{
    return d->m_store;
}

int SandboxServer::emitEvent(const QString &event, const QString &status)
{
    return emitEvent(event, status, QString());
}

int SandboxServer::emitEvent(const QString &event, const QString &status, const QString &groupId)
{
    return int(d->emitEvent(event, status, groupId).size());
}

int SandboxServer::emitEvent(const QString &event, const QString &status, const QString &groupId,
                             QObject *context,
                             std::function<void(const QList<EventDelivery> &)> done)
{
    const QPointer<QObject> guard(context);
    return int(d->emitEvent(event, status, groupId,
                            [guard, done = std::move(done)](const QList<EventDelivery> &outcomes) {
                                if (guard && done)
                                    done(outcomes);
                            })
                       .size());
}

} // namespace fw
