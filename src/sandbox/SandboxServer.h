#pragma once

#include "Credentials.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace fw {

class SandboxStore;

// Faults the sandbox injects, for tests and benchmarks. Rates are probabilities in [0, 1]
// drawn per API request (not for /sandbox/ control routes) from a generator seeded with `seed`.
struct SandboxFaults
{
    std::chrono::milliseconds latency{0}; // added before every answer
    double serverErrorRate = 0.0; // answer 500/502/503 instead of handling the request
    double dropRate = 0.0; // close the connection without answering
    double truncateRate = 0.0; // announce the full Content-Length, send half the body, close
    int rateLimitEvery = 0; // when > 0, every Nth API request answers 429
    int retryAfterSeconds = 1; // the Retry-After sent with those 429s
    quint32 seed = 1;

    bool any() const;
};

// How one delivery of an emitted event went.
struct EventDelivery
{
    QString webhookId;
    QUrl url;
    int status = 0; // what the endpoint answered; 0 when it never answered
    QString message; // "Success", or why not
    bool succeeded() const { return status >= 200 && status < 300; }
};

// A local emulator of Fivetran's webhook, group and account API (the spec in
// shared/spec/fivetran-api.md), served over real HTTP on a loopback port. Used in-process by the
// tests and the desktop app, and by the fivetran-sandbox executable.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static Credentials demoCredentials(); // the key pair the sandbox accepts unless told otherwise

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on `address` (loopback by default); port 0 picks a free one. False when it cannot.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1

    void setCredentials(const Credentials &credentials);
    Credentials credentials() const;

    // A few named groups and a few dozen webhooks; the first three deliver to `receiver` when
    // it is valid (see SandboxStore::seedDemoData).
    void seedDemoData(const QUrl &receiver = QUrl());
    void seedWebhooks(int count); // `count` generated webhooks across the groups, for scale
    void setFaults(const SandboxFaults &faults);
    SandboxFaults faults() const;
    // How long the reachability probe and Test deliveries wait for the endpoint.
    void setDeliveryTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds deliveryTimeout() const;
    // Fivetran tries a failed event delivery again, with waits growing by five minutes, for
    // hours. With `attempts` > 0 the sandbox does the same for emitted events, `step` standing for
    // Fivetran's five minutes: again after step, 2 x step, ... `attempts` times, while the
    // webhook exists and is active, with its current secret. Off (0) by default.
    void setEventRetries(int attempts, std::chrono::milliseconds step);
    int eventRetryAttempts() const;
    std::chrono::milliseconds eventRetryStep() const;
    // API requests allowed per hour before 429 (Fivetran: 20,000; 500 on trial accounts). Every
    // /v1 answer reports it in X-Rate-Limit and X-Rate-Limit-Remaining.
    void setRateLimit(int requestsPerHour);

    SandboxStore &store();

    // Emits `event` (e.g. "sync_end") as Fivetran would: a signed POST to every active webhook
    // subscribed to it. `status` is sync_end's data.status (SUCCESSFUL, FAILURE...).
    // Returns how many deliveries were started.
    int emitEvent(const QString &event, const QString &status = QString());
    // The same for the fake connection in group `groupId` (empty: the first group). Group
    // webhooks of other groups do not receive it.
    int emitEvent(const QString &event, const QString &status, const QString &groupId);
    // The same, and `done` is called (unless `context` is gone) once every delivery finished,
    // with each outcome in the order the deliveries started; at once with none.
    int emitEvent(const QString &event, const QString &status, const QString &groupId,
                  QObject *context, std::function<void(const QList<fw::EventDelivery> &)> done);

Q_SIGNALS:
    // Every API request handled (after faults), for tests and the app's activity display.
    void requestHandled(const QString &method, const QString &path, int status);
    // A delivery (probe, test or emitted event) finished; status 0 when it never got an answer.
    void deliveryFinished(const QUrl &url, const QString &event, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fw
