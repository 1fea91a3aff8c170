#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace fw {

// The URL rules shared by the client (base URL) and the sandbox (webhook URLs): https always,
// plain http only for loopback hosts, where nothing leaves the machine.
class UrlRules
{
    Q_DECLARE_TR_FUNCTIONS(fw::UrlRules)

public:
    static bool isLoopbackHost(const QString &host); // localhost, 127.0.0.0/8, ::1
    // An empty string when `url` may be used as the API base URL, else the reason it may not.
    static QString checkBaseUrl(const QUrl &url);
    // An empty string when `url` may receive webhooks, else the reason (as Fivetran words it).
    static QString checkWebhookUrl(const QUrl &url);
};

} // namespace fw
