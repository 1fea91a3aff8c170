#pragma once

#include "CliOptions.h"
#include "ExitCode.h"
#include "OutputFormat.h"
#include "Webhook.h"

#include <QObject>
#include <QStringList>

namespace fw {

class ApiError;
class Console;
class FivetranClient;

// The commands that talk to the API. Each one starts its requests and returns; the answers
// arrive through the event loop, and finished() reports the exit code once the last one is in.
class CliCommands : public QObject
{
    Q_OBJECT

public:
    CliCommands(
        FivetranClient *client, Console *console, CliOptions options, QObject *parent = nullptr);

    // The new webhook secret read from stdin, for create and update. Sent, never printed.
    void setNewSecret(const QString &secret) { m_newSecret = secret; }
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void list();
    void get();
    void create();
    void update();
    void remove();
    void test();
    void testNext();
    void groups();
    void account();
    void checkProfile();

    void keepWebhooks(const QList<Webhook> &page);
    // list --all: a page is formatted from the event loop after the next page is asked for, so
    // that formatting overlaps the server's work on the next page.
    void keepWebhooksSoon(const QList<Webhook> &page);
    void keepPendingWebhooks();
    void printWebhooks(const QString &nextCursor); // empty: no page after this listing
    void printWebhook(const Webhook &webhook, const QString &note);
    void printTestResults();
    WebhookChanges requestedChanges() const;
    void fail(const ApiError &error, const QString &hint = QString());
    void finish(ExitCode code);

    FivetranClient *m_client;
    Console *m_console;
    CliOptions m_options;
    QString m_newSecret;
    bool m_finished = false;

    QList<Webhook> m_webhooks; // table output needs every row to size its columns
    QByteArray m_webhookJsonLines; // --json output: the rows as text only
    QList<QList<Webhook>> m_pendingPages; // received, not yet kept (keepWebhooksSoon)
    bool m_keepScheduled = false;
    QList<Group> m_groups;
    QStringList m_eventsToTest;
    QList<EventTestOutcome> m_testOutcomes;
};

} // namespace fw
