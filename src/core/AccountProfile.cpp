#include "AccountProfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

namespace fw {

namespace {

const QString kGroup = QStringLiteral("Profiles");
const QString kLastUsed = QStringLiteral("Profiles/lastUsed");
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kKey = QStringLiteral("key");
const QString kSecret = QStringLiteral("secret");

} // namespace

QByteArray AccountProfile::credentialsToSecret(const Credentials &credentials)
{
    const QJsonObject object{{kKey, credentials.apiKey}, {kSecret, credentials.apiSecret}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Credentials> AccountProfile::credentialsFromSecret(const QByteArray &secret)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(secret, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue key = object.value(kKey);
    const QJsonValue value = object.value(kSecret);
    if (!key.isString() || !value.isString())
        return std::nullopt;
    return Credentials{key.toString(), value.toString()};
}

// QSettings arrays: "Profiles/size", "Profiles/1/id", … plus "Profiles/lastUsed" beside them.
QList<AccountProfile> ProfileList::load()
{
    QSettings settings;
    QList<AccountProfile> profiles;
    const int size = settings.beginReadArray(kGroup);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        AccountProfile profile;
        profile.id = settings.value(kId).toString();
        profile.name = settings.value(kName).toString();
        profile.baseUrl = QUrl(settings.value(kBaseUrl).toString());
        if (!profile.id.isEmpty())
            profiles.append(profile);
    }
    settings.endArray();
    return profiles;
}

void ProfileList::save(const QList<AccountProfile> &profiles)
{
    QSettings settings;
    const QString lastUsed = settings.value(kLastUsed).toString();
    // Rewrite the whole group so removed profiles leave nothing behind.
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kId, profiles.at(i).id);
        settings.setValue(kName, profiles.at(i).name);
        settings.setValue(kBaseUrl, profiles.at(i).baseUrl.toString());
    }
    settings.endArray();
    if (!lastUsed.isEmpty())
        settings.setValue(kLastUsed, lastUsed);
}

std::optional<AccountProfile> ProfileList::find(const QString &idOrName)
{
    if (idOrName.isEmpty())
        return std::nullopt;
    const QList<AccountProfile> profiles = load();
    // An id wins over a name, so a profile named like another's id cannot shadow it.
    for (const AccountProfile &profile : profiles) {
        if (profile.id == idOrName)
            return profile;
    }
    for (const AccountProfile &profile : profiles) {
        if (profile.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QString ProfileList::lastUsedId()
{
    return QSettings().value(kLastUsed).toString();
}

void ProfileList::setLastUsedId(const QString &id)
{
    QSettings settings;
    if (id.isEmpty())
        settings.remove(kLastUsed);
    else
        settings.setValue(kLastUsed, id);
}

QString ProfileList::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace fw
