#include "UrlRules.h"

#include <QHostAddress>

namespace fw {

bool UrlRules::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString UrlRules::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The API address must be a full URL, such as https://api.fivetran.com/v1.");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return {}; // the sandbox and tests on this machine: nothing crosses a network
    return tr("The API address must use https (plain http is allowed only for this computer, "
              "e.g. a local sandbox).");
}

QString UrlRules::checkWebhookUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The webhook URL must be a full https URL with a host, such as "
                  "https://hooks.example.com/fivetran.");
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("Fivetran only delivers to https URLs. Plain http is accepted only for "
                  "loopback addresses by the local sandbox.");
    return {};
}

} // namespace fw
