#pragma once

#include "AccountInfo.h"
#include "Group.h"
#include "TestResult.h"
#include "Webhook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fw {

// One test delivery and the event it was for (Fivetran's answer does not say).
struct EventTestOutcome
{
    QString event;
    TestResult result;
};

// What the commands print: aligned tables for people, stable JSON for scripts. Neither ever
// contains a secret's value: a webhook secret is shown as "set"/"not set", or as the mask.
class OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(fw::OutputFormat)

public:
    static QString webhookTable(const QList<Webhook> &webhooks);
    static QString webhookDetails(const Webhook &webhook);
    static QString groupTable(const QList<Group> &groups);
    static QString accountDetails(const AccountInfo &info);
    static QString testGrid(const QList<EventTestOutcome> &outcomes);

    // Webhook::toJson(), except that a secret other than the mask is masked: should a server
    // ever echo a real secret, it still does not reach a terminal or a CI log.
    static QJsonObject webhookJson(const Webhook &webhook);
    static QJsonArray groupsJson(const QList<Group> &groups);
    static QJsonArray testJson(const QList<EventTestOutcome> &outcomes);
    // The items of a listing, one compact element a line: appendJsonLine() adds an element to
    // `lines`, webhookListText() writes the document around them. Keeps a long listing as
    // text, not as parsed objects.
    static void appendJsonLine(QByteArray &lines, const QJsonObject &object);
    // appendJsonLine(lines, webhookJson(webhook)), the same bytes; a webhook of plain ASCII text
    // with no unknown fields is written directly, without building the QJsonObject (list --all
    // --json of 100,000 webhooks spent most of its time there; benchmark P1).
    static void appendWebhookJsonLine(QByteArray &lines, const Webhook &webhook);
    // list --json: {"items": [the lines], "next_cursor": the cursor of the page after these,
    // or null when there is none}, the shape of the API's data object.
    static QByteArray webhookListText(const QByteArray &lines, const QString &nextCursor);
    static QString jsonText(const QJsonObject &object);
    static QString jsonText(const QJsonArray &array);

    static QString yesNo(bool value);
};

} // namespace fw
