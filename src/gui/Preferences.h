#pragma once

#include <QString>

namespace fw {

// The user's preferences, kept in QSettings under "Preferences/". None of them is a secret.
struct Preferences
{
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 1000; // Fivetran's limit for one page

    int pageSize = kDefaultPageSize; // webhooks asked for per page
    int receiverPort = 0; // 0: any free port
    QString language; // "" follows the system; else a code of Translations::available()
    bool rememberWebhookSecrets = true; // the default of the dialog's "Remember" box

    static Preferences load();
    void save() const;

    bool operator==(const Preferences &other) const;
    bool operator!=(const Preferences &other) const { return !(*this == other); }
};

} // namespace fw
