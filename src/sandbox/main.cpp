#include "SandboxServer.h"
#include "SandboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

namespace {

struct SandboxMain
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMain)
};

void print(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream); // scripts wait for these lines through a pipe
}

// SIGINT/SIGTERM end the event loop through a socket pair: the handler may only write().
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    if (::write(g_signalFds[1], &byte, 1) < 0) {
        // nothing more a signal handler can do
    }
}

void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        if (::read(g_signalFds[0], &byte, 1) < 0) {
            // quitting anyway
        }
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

QString shellQuoted(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:/@%+=,-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString description()
{
    return SandboxMain::tr("A local emulator of Fivetran's webhook, group and account REST API, for trying the\n"
              "app and CLI without a Fivetran account, for tests and for benchmarks.\n"
              "\n"
              "API (under /v1, HTTP Basic auth with the configured key and secret):\n"
              "  GET    /v1/webhooks?cursor=C&limit=N   list webhooks (limit 1..1000, default 100)\n"
              "  POST   /v1/webhooks/account            create an account webhook\n"
              "  POST   /v1/webhooks/group/{groupId}    create a group webhook\n"
              "  GET    /v1/webhooks/{id}               retrieve a webhook\n"
              "  PATCH  /v1/webhooks/{id}               update url, events, active or secret\n"
              "  DELETE /v1/webhooks/{id}               delete a webhook\n"
              "  POST   /v1/webhooks/{id}/test          POST a signed test event to its URL\n"
              "  GET    /v1/groups?cursor=C&limit=N     list groups\n"
              "  GET    /v1/groups/{groupId}            retrieve a group\n"
              "  GET    /v1/account/info                the account and user of the key\n"
              "As Fivetran does: envelopes {code, message, data}; opaque cursors; secrets shown as\n"
              "\"******\"; a reachability probe (a signed POST to the URL, which must answer 2xx\n"
              "within the delivery timeout) when a webhook is created active or activated;\n"
              "Test answers 200 with {succeed, status, message}; 401, 404, 405, 406 (Accept not\n"
              "JSON), 415 (body not application/json), 429 with Retry-After; X-Rate-Limit and\n"
              "X-Rate-Limit-Remaining on every answer.\n"
              "Webhook URLs must be https. Sandbox allowance: plain http is accepted for loopback\n"
              "hosts (localhost, 127.0.0.0/8, ::1), so a local receiver can get deliveries.\n"
              "\n"
              "Sandbox controls (not part of Fivetran's API; same Basic auth; never faulted):\n"
              "  POST /sandbox/events   {\"event\": \"sync_end\", \"status\": \"FAILURE\",\n"
              "                          \"group_id\": \"...\"} sends the event to every active\n"
              "                         webhook subscribed to it (group webhooks only for their\n"
              "                         group; default: the first group). Signed when the\n"
              "                         webhook has a secret. Answers how many were sent.\n"
              "  GET  /sandbox/faults   the fault injection settings, as JSON\n"
              "  PUT  /sandbox/faults   change some of them: {\"latency_ms\", \"server_error_rate\",\n"
              "                         \"drop_rate\", \"truncate_rate\", \"rate_limit_every\",\n"
              "                         \"retry_after_seconds\", \"seed\"}\n"
              "  POST /sandbox/reset    back to the demo data; {\"webhooks\": N} for N generated\n"
              "                         webhooks, {\"empty\": true} for none\n"
              "\n"
              "Faults apply to /v1 requests only. Rates are probabilities from 0 to 1, drawn per\n"
              "request from a generator seeded with --fault-seed (reproducible). Latency is added\n"
              "before every answer. A server error is 500 (JSON) or 502/503 (HTML, as a gateway\n"
              "sends). A dropped request is handled, then its connection is closed unanswered (so\n"
              "a create may have happened). A truncated answer announces its full length and\n"
              "sends half. --rate-limit-every N answers every Nth request with 429.\n"
              "\n"
              "Seeded webhooks that have a secret sign deliveries with \"%1\".")
            .arg(fw::SandboxStore::demoSecret())
            + QLatin1String("\n\n")
            + SandboxMain::tr("Every connection is bounded: request line and headers 64 KiB (431), a body\n"
                              "4 MiB (413, refused as soon as Content-Length announces more), a request\n"
                              "must arrive whole within 30 s (408), idle connections close after 120 s,\n"
                              "and at most 256 are served at once (503). A Host that is a DNS name or an\n"
                              "Origin of a web page elsewhere is refused (403): programs on this machine\n"
                              "may use the sandbox, web pages may not. Requests without a valid key are\n"
                              "answered 401 and not counted against the hourly rate limit.");
}

struct Options
{
    QCommandLineOption port{QStringLiteral("port"),
                            SandboxMain::tr("Port to listen on; 0 picks a free one (default)."),
                            SandboxMain::tr("N"), QStringLiteral("0")};
    QCommandLineOption host{QStringLiteral("host"),
                            SandboxMain::tr("Address to listen on (default 127.0.0.1). Anything but loopback "
                               "exposes the sandbox to the network."),
                            SandboxMain::tr("ADDR"), QStringLiteral("127.0.0.1")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            SandboxMain::tr("Start with N generated webhooks instead of the demo data."),
                            SandboxMain::tr("N")};
    QCommandLineOption empty{QStringLiteral("empty"), SandboxMain::tr("Start with no groups or webhooks.")};
    QCommandLineOption apiKey{QStringLiteral("api-key"),
                              SandboxMain::tr("API key to accept instead of the demo key "
                                 "sandbox_demo_key (needs --api-secret-env)."),
                              SandboxMain::tr("KEY")};
    QCommandLineOption apiSecretEnv{QStringLiteral("api-secret-env"),
                                    SandboxMain::tr("Name of the environment variable that holds the API "
                                       "secret to accept. Secrets are never taken from the "
                                       "command line."),
                                    SandboxMain::tr("VAR")};
    QCommandLineOption rateLimit{QStringLiteral("rate-limit"),
                                 SandboxMain::tr("API requests allowed per hour (default 20000)."), SandboxMain::tr("N"),
                                 QStringLiteral("20000")};
    QCommandLineOption latency{QStringLiteral("latency"),
                               SandboxMain::tr("Milliseconds added before every API answer."), SandboxMain::tr("MS"),
                               QStringLiteral("0")};
    QCommandLineOption errorRate{QStringLiteral("error-rate"),
                                 SandboxMain::tr("Share of API requests answered 500, 502 or 503."), SandboxMain::tr("R"),
                                 QStringLiteral("0")};
    QCommandLineOption dropRate{QStringLiteral("drop-rate"),
                                SandboxMain::tr("Share of API requests whose connection is closed "
                                   "unanswered."),
                                SandboxMain::tr("R"), QStringLiteral("0")};
    QCommandLineOption truncateRate{QStringLiteral("truncate-rate"),
                                    SandboxMain::tr("Share of API answers cut off after half the body."),
                                    SandboxMain::tr("R"), QStringLiteral("0")};
    QCommandLineOption rateLimitEvery{QStringLiteral("rate-limit-every"),
                                      SandboxMain::tr("Answer every Nth API request with 429 (0: never)."),
                                      SandboxMain::tr("N"), QStringLiteral("0")};
    QCommandLineOption retryAfter{QStringLiteral("retry-after"),
                                  SandboxMain::tr("Retry-After seconds sent with those 429s (default 1)."),
                                  SandboxMain::tr("S"), QStringLiteral("1")};
    QCommandLineOption faultSeed{QStringLiteral("fault-seed"),
                                 SandboxMain::tr("Seed of the fault generator (default 1)."), SandboxMain::tr("S"),
                                 QStringLiteral("1")};
    QCommandLineOption deliveryTimeout{QStringLiteral("delivery-timeout"),
                                       SandboxMain::tr("How long probes, tests and events wait for a webhook "
                                          "endpoint, in milliseconds (default 10000)."),
                                       SandboxMain::tr("MS"), QStringLiteral("10000")};
    QCommandLineOption eventRetries{QStringLiteral("event-retries"),
                                    SandboxMain::tr("Try a failed event delivery again N times, as "
                                       "Fivetran does (default 0: never)."),
                                    SandboxMain::tr("N"), QStringLiteral("0")};
    QCommandLineOption eventRetryStep{QStringLiteral("event-retry-step"),
                                      SandboxMain::tr("Seconds standing for Fivetran's five minutes: "
                                         "the retries come after 1, 2, 3... times this (default 5)."),
                                      SandboxMain::tr("S"), QStringLiteral("5")};
};

std::optional<qint64> readInteger(const QCommandLineParser &parser,
                                  const QCommandLineOption &option, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        print(stderr, SandboxMain::tr("fivetran-sandbox: --%1 wants an integer from %2 to %3, not '%4'")
                              .arg(option.names().constFirst())
                              .arg(min)
                              .arg(max)
                              .arg(parser.value(option)));
        return std::nullopt;
    }
    return value;
}

std::optional<double> readRate(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0) {
        print(stderr, SandboxMain::tr("fivetran-sandbox: --%1 wants a number from 0 to 1, not '%2'")
                              .arg(option.names().constFirst(), parser.value(option)));
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fivetran-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    parser.addOptions({options.port, options.host, options.seed, options.empty, options.apiKey,
                       options.apiSecretEnv, options.rateLimit, options.latency, options.errorRate,
                       options.dropRate, options.truncateRate, options.rateLimitEvery,
                       options.retryAfter, options.faultSeed, options.deliveryTimeout,
                       options.eventRetries, options.eventRetryStep});
    parser.process(app);

    const auto port = readInteger(parser, options.port, 0, 65535);
    const auto seed = parser.isSet(options.seed)
            ? readInteger(parser, options.seed, 0, 1'000'000)
            : std::optional<qint64>(0);
    const auto rateLimit = readInteger(parser, options.rateLimit, 1, 100'000'000);
    const auto latency = readInteger(parser, options.latency, 0, 600'000);
    const auto errorRate = readRate(parser, options.errorRate);
    const auto dropRate = readRate(parser, options.dropRate);
    const auto truncateRate = readRate(parser, options.truncateRate);
    const auto rateLimitEvery = readInteger(parser, options.rateLimitEvery, 0, 1'000'000);
    const auto retryAfter = readInteger(parser, options.retryAfter, 0, 86'400);
    const auto faultSeed = readInteger(parser, options.faultSeed, 0, 0xffffffffLL);
    const auto deliveryTimeout = readInteger(parser, options.deliveryTimeout, 1, 600'000);
    const auto eventRetries = readInteger(parser, options.eventRetries, 0, 100);
    const auto eventRetryStep = readInteger(parser, options.eventRetryStep, 1, 3600);
    if (!port || !seed || !rateLimit || !latency || !errorRate || !dropRate || !truncateRate
        || !rateLimitEvery || !retryAfter || !faultSeed || !deliveryTimeout || !eventRetries
        || !eventRetryStep)
        return 2;
    if (parser.isSet(options.seed) && parser.isSet(options.empty)) {
        print(stderr, SandboxMain::tr("fivetran-sandbox: --seed and --empty exclude each other"));
        return 2;
    }

    const QString hostText = parser.value(options.host);
    const QHostAddress host = hostText == QLatin1String("localhost")
            ? QHostAddress(QHostAddress::LocalHost)
            : QHostAddress(hostText);
    if (host.isNull()) {
        print(stderr, SandboxMain::tr("fivetran-sandbox: --host wants an IP address, not '%1'")
                              .arg(parser.value(options.host)));
        return 2;
    }

    fw::Credentials credentials = fw::SandboxServer::demoCredentials();
    const bool demoCredentials = !parser.isSet(options.apiKey) && !parser.isSet(options.apiSecretEnv);
    QString secretVariable;
    if (!demoCredentials) {
        secretVariable = parser.value(options.apiSecretEnv);
        if (secretVariable.isEmpty()) {
            print(stderr, SandboxMain::tr("fivetran-sandbox: --api-key needs --api-secret-env VAR, the name of "
                             "an environment variable holding the secret"));
            return 2;
        }
        credentials.apiSecret = qEnvironmentVariable(secretVariable.toLocal8Bit().constData());
        if (credentials.apiSecret.isEmpty()) {
            print(stderr, SandboxMain::tr("fivetran-sandbox: the environment variable %1 is empty or not set")
                                  .arg(secretVariable));
            return 2;
        }
        if (parser.isSet(options.apiKey))
            credentials.apiKey = parser.value(options.apiKey);
    }

    fw::SandboxServer server;
    server.setCredentials(credentials);
    server.setRateLimit(int(*rateLimit));
    server.setDeliveryTimeout(std::chrono::milliseconds(*deliveryTimeout));
    server.setEventRetries(int(*eventRetries), std::chrono::seconds(*eventRetryStep));
    fw::SandboxFaults faults;
    faults.latency = std::chrono::milliseconds(*latency);
    faults.serverErrorRate = *errorRate;
    faults.dropRate = *dropRate;
    faults.truncateRate = *truncateRate;
    faults.rateLimitEvery = int(*rateLimitEvery);
    faults.retryAfterSeconds = int(*retryAfter);
    faults.seed = quint32(*faultSeed);
    server.setFaults(faults);
    if (parser.isSet(options.seed))
        server.seedWebhooks(int(*seed));
    else if (!parser.isSet(options.empty))
        server.seedDemoData();

    if (!server.listen(host, quint16(*port))) {
        print(stderr, SandboxMain::tr("fivetran-sandbox: cannot listen on %1 port %2")
                              .arg(host.toString())
                              .arg(*port));
        return 1;
    }
    if (!host.isLoopback()) {
        print(stderr, SandboxMain::tr("Warning: listening on %1 makes the sandbox reachable from other "
                         "machines, and its deliveries go wherever its webhooks point.")
                              .arg(host.toString()));
    }
    installSignalHandlers(app);

    const QString base = server.baseUrl().toString();
    print(stdout, SandboxMain::tr("Fivetran sandbox listening on %1").arg(base));
    if (demoCredentials) {
        print(stdout, SandboxMain::tr("Demo credentials: API key %1, API secret %2")
                              .arg(credentials.apiKey, credentials.apiSecret));
    } else {
        print(stdout, SandboxMain::tr("Credentials: API key %1, API secret from $%2")
                              .arg(credentials.apiKey, secretVariable));
    }
    print(stdout, SandboxMain::tr("Data: %1 groups, %2 webhooks. Faults: %3.")
                          .arg(server.store().groupCount())
                          .arg(server.store().webhookCount())
                          .arg(faults.any() ? SandboxMain::tr("on (see /sandbox/faults)") : SandboxMain::tr("none")));
    print(stdout, SandboxMain::tr("Use it with the CLI:"));
    print(stdout, QStringLiteral("export FIVETRAN_API_BASE=%1 FIVETRAN_API_KEY=%2 "
                                 "FIVETRAN_API_SECRET=%3")
                          .arg(shellQuoted(base), shellQuoted(credentials.apiKey),
                               demoCredentials ? shellQuoted(credentials.apiSecret)
                                               : QStringLiteral("\"$%1\"").arg(secretVariable)));

    const int status = QCoreApplication::exec();
    print(stdout, SandboxMain::tr("Fivetran sandbox stopped"));
    return status;
}
