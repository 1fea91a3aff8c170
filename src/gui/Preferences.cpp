#include "Preferences.h"

#include "Translations.h"

#include <QSettings>

namespace fw {

namespace {
const QString kPageSize = QStringLiteral("Preferences/pageSize");
const QString kReceiverPort = QStringLiteral("Preferences/receiverPort");
const QString kLanguage = QStringLiteral("Preferences/language");
const QString kRememberSecrets = QStringLiteral("Preferences/rememberWebhookSecrets");
} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    // Values edited by hand or written by another version are brought back into range.
    preferences.pageSize = qBound(1, settings.value(kPageSize, kDefaultPageSize).toInt(), kMaxPageSize);
    preferences.receiverPort = qBound(0, settings.value(kReceiverPort, 0).toInt(), 65535);
    const QString language = settings.value(kLanguage).toString();
    preferences.language = Translations::available().contains(language) ? language : QString();
    preferences.rememberWebhookSecrets = settings.value(kRememberSecrets, true).toBool();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(kPageSize, pageSize);
    settings.setValue(kReceiverPort, receiverPort);
    settings.setValue(kLanguage, language);
    settings.setValue(kRememberSecrets, rememberWebhookSecrets);
}

bool Preferences::operator==(const Preferences &other) const
{
    return pageSize == other.pageSize && receiverPort == other.receiverPort && language == other.language
            && rememberWebhookSecrets == other.rememberWebhookSecrets;
}

} // namespace fw
