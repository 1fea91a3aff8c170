#include "AccountProfile.h"
#include "CredentialStore.h"
#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace fw;

Q_DECLARE_METATYPE(StoreError::Kind)

namespace {

// One answer of the store; also the callback's context.
struct Outcome : QObject
{
    int calls = 0;
    QByteArray secret;
    std::optional<StoreError> error;

    CredentialStore::Done onDone()
    {
        return [this](const std::optional<StoreError> &e) {
            ++calls;
            error = e;
        };
    }
    CredentialStore::ReadDone onRead()
    {
        return [this](const QByteArray &s, const std::optional<StoreError> &e) {
            ++calls;
            secret = s;
            error = e;
        };
    }
};

AccountProfile profile(
    const QString &name, const QString &url = QStringLiteral("https://api.fivetran.com/v1"))
{
    return AccountProfile{ProfileList::newId(), name, QUrl(url)};
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Session-only keys first, then the keychain: the first store that has the key answers.
    void readFirstTriesStoresInOrder()
    {
        InMemoryCredentialStore session;
        InMemoryCredentialStore keychain;
        int written = 0;
        keychain.write(QStringLiteral("both"), "from-keychain", this, [&](const auto &) { ++written; });
        session.write(QStringLiteral("both"), "from-session", this, [&](const auto &) { ++written; });
        keychain.write(QStringLiteral("keychain-only"), "k", this, [&](const auto &) { ++written; });
        QTRY_COMPARE(written, 3);

        const auto read = [&](const QString &key) {
            std::optional<std::pair<QByteArray, std::optional<StoreError>>> answer;
            CredentialStore::readFirst({&session, &keychain}, key, this,
                                       [&](const QByteArray &secret, const std::optional<StoreError> &error) {
                                           answer = std::make_pair(secret, error);
                                       });
            QTest::qWaitFor([&] { return answer.has_value(); }, 5000);
            return answer;
        };
        auto both = read(QStringLiteral("both"));
        QVERIFY(both && !both->second);
        QCOMPARE(both->first, QByteArray("from-session"));
        auto keychainOnly = read(QStringLiteral("keychain-only"));
        QVERIFY(keychainOnly && !keychainOnly->second);
        QCOMPARE(keychainOnly->first, QByteArray("k"));
        auto nowhere = read(QStringLiteral("nowhere"));
        QVERIFY(nowhere && nowhere->second);
        QCOMPARE(nowhere->second->kind, StoreError::Kind::NotFound);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("fw-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_credentialstore"));
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    void cleanupTestCase()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
        QFile::remove(settings.fileName());
    }

    void inMemoryLifecycle()
    {
        InMemoryCredentialStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.description().isEmpty());
        const QString key = CredentialStore::profileKey(QStringLiteral("p1"));

        Outcome written;
        store.write(key, QByteArray("first\0secret", 12), &written, written.onDone());
        QCOMPARE(written.calls, 0); // never answers synchronously
        QTRY_COMPARE(written.calls, 1);
        QVERIFY(!written.error);

        Outcome read;
        store.read(key, &read, read.onRead());
        QCOMPARE(read.calls, 0);
        QTRY_COMPARE(read.calls, 1);
        QVERIFY(!read.error);
        QCOMPARE(read.secret, QByteArray("first\0secret", 12));

        Outcome overwritten;
        store.write(key, "second", &overwritten, overwritten.onDone());
        QTRY_COMPARE(overwritten.calls, 1);
        Outcome reread;
        store.read(key, &reread, reread.onRead());
        QTRY_COMPARE(reread.calls, 1);
        QCOMPARE(reread.secret, QByteArray("second"));

        Outcome removed;
        store.remove(key, &removed, removed.onDone());
        QCOMPARE(removed.calls, 0);
        QTRY_COMPARE(removed.calls, 1);
        QVERIFY(!removed.error);

        Outcome gone;
        store.read(key, &gone, gone.onRead());
        QTRY_COMPARE(gone.calls, 1);
        QVERIFY(gone.error);
        QCOMPARE(gone.error->kind, StoreError::Kind::NotFound);
        QVERIFY(!gone.error->message.isEmpty());
        QVERIFY(gone.secret.isEmpty());

        // Removing what is not there is not an error.
        Outcome again;
        store.remove(key, &again, again.onDone());
        QTRY_COMPARE(again.calls, 1);
        QVERIFY(!again.error);
    }

    void inMemoryKeysAreSeparate()
    {
        InMemoryCredentialStore store;
        const QString a
            = CredentialStore::webhookSecretKey(QStringLiteral("acct"), QStringLiteral("w1"));
        const QString b
            = CredentialStore::webhookSecretKey(QStringLiteral("acct"), QStringLiteral("w2"));
        Outcome wa, wb, ra, rb;
        store.write(a, "alpha", &wa, wa.onDone());
        store.write(b, "beta", &wb, wb.onDone());
        store.read(a, &ra, ra.onRead());
        store.read(b, &rb, rb.onRead());
        QTRY_COMPARE(rb.calls, 1);
        QCOMPARE(ra.calls, 1);
        QCOMPARE(ra.secret, QByteArray("alpha"));
        QCOMPARE(rb.secret, QByteArray("beta"));
    }

    void deadContextSkipsCallback()
    {
        InMemoryCredentialStore store;
        int calls = 0;
        auto *context = new QObject;
        store.write(QStringLiteral("k"), "v", context,
            [&calls](const std::optional<StoreError> &) { ++calls; });
        store.read(QStringLiteral("k"), context,
            [&calls](const QByteArray &, const std::optional<StoreError> &) { ++calls; });
        delete context;
        // A later answer with a live context proves the earlier ones had their turn.
        Outcome probe;
        store.read(QStringLiteral("k"), &probe, probe.onRead());
        QTRY_COMPARE(probe.calls, 1);
        QCOMPARE(probe.secret, QByteArray("v")); // the write itself still happened
        QCOMPARE(calls, 0);
    }

    void noContextTiesToStore()
    {
        int calls = 0;
        {
            InMemoryCredentialStore store;
            store.write(QStringLiteral("k"), "v", nullptr,
                [&calls](const std::optional<StoreError> &) { ++calls; });
            QTRY_COMPARE(calls, 1);
            store.write(QStringLiteral("k"), "v", nullptr,
                [&calls](const std::optional<StoreError> &) { ++calls; });
        } // the store dies before the second answer
        // Answers come in order: once a later one arrives, the dropped one had its turn.
        InMemoryCredentialStore other;
        Outcome probe;
        other.remove(QStringLiteral("k"), &probe, probe.onDone());
        QTRY_COMPARE(probe.calls, 1);
        QCOMPARE(calls, 1);
    }

    void keyHelpers_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("profile") << CredentialStore::profileKey(QStringLiteral("6f1c-42"))
                                 << QStringLiteral("profile/6f1c-42");
        QTest::newRow("webhook") << CredentialStore::webhookSecretKey(
            QStringLiteral("profile-id"), QStringLiteral("wh_1"))
                                 << QStringLiteral("webhook/profile-id/wh_1");
        QTest::newRow("sandbox webhook")
            << CredentialStore::webhookSecretKey(QStringLiteral("sandbox"), QStringLiteral("x"))
            << QStringLiteral("webhook/sandbox/x");
    }
    void keyHelpers()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(key, expected);
    }

    void credentialsRoundTrip_data()
    {
        QTest::addColumn<QString>("apiKey");
        QTest::addColumn<QString>("apiSecret");
        QTest::newRow("plain") << QStringLiteral("key123") << QStringLiteral("secret456");
        QTest::newRow("quotes and colons")
            << QStringLiteral("k\"ey") << QStringLiteral("s:e\"c\\ret");
        QTest::newRow("unicode") << QStringLiteral("ключ") << QStringLiteral("秘密✓");
        QTest::newRow("empty") << QString() << QString();
    }
    void credentialsRoundTrip()
    {
        QFETCH(QString, apiKey);
        QFETCH(QString, apiSecret);
        const QByteArray secret = AccountProfile::credentialsToSecret({apiKey, apiSecret});
        QVERIFY(!secret.contains('\n')); // compact
        QVERIFY(secret.startsWith('{'));
        const auto back = AccountProfile::credentialsFromSecret(secret);
        QVERIFY(back);
        QCOMPARE(back->apiKey, apiKey);
        QCOMPARE(back->apiSecret, apiSecret);
    }

    void credentialsJsonShape()
    {
        QCOMPARE(AccountProfile::credentialsToSecret({QStringLiteral("k"), QStringLiteral("s")}),
            QByteArray("{\"key\":\"k\",\"secret\":\"s\"}"));
    }

    void credentialsFromGarbage_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("key:secret");
        QTest::newRow("truncated") << QByteArray("{\"key\":\"k\",\"secr");
        QTest::newRow("array") << QByteArray("[\"k\",\"s\"]");
        QTest::newRow("missing secret") << QByteArray("{\"key\":\"k\"}");
        QTest::newRow("number secret") << QByteArray("{\"key\":\"k\",\"secret\":5}");
        QTest::newRow("binary") << QByteArray("\xff\x00\xfe", 3);
    }
    void credentialsFromGarbage()
    {
        QFETCH(QByteArray, secret);
        QVERIFY(!AccountProfile::credentialsFromSecret(secret));
    }

    void keychainErrorMapping_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<StoreError::Kind>("kind");
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << QStringLiteral("No keyring daemon")
            << StoreError::Kind::NoKeychain;
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << QString() << StoreError::Kind::NoKeychain;
        QTest::newRow("denied") << int(QKeychain::AccessDenied)
                                << QStringLiteral("Cannot create an item in a locked collection")
                                << StoreError::Kind::Denied;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser)
                                        << QStringLiteral("dismissed") << StoreError::Kind::Denied;
        QTest::newRow("not found")
            << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
            << StoreError::Kind::NotFound;
        QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry)
                                          << QStringLiteral("busy") << StoreError::Kind::Other;
        // libsecret reports a missing Secret Service as OtherError with GLib's text (measured).
        QTest::newRow("bus points nowhere")
            << int(QKeychain::OtherError)
            << QStringLiteral("Could not connect: No such file or directory")
            << StoreError::Kind::NoKeychain;
        QTest::newRow("no bus, no display")
            << int(QKeychain::OtherError)
            << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
            << StoreError::Kind::NoKeychain;
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << QStringLiteral(
                   "The name org.freedesktop.secrets was not provided by any .service files")
            << StoreError::Kind::NoKeychain;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Something odd")
                               << StoreError::Kind::Other;
        QTest::newRow("other, no text")
            << int(QKeychain::OtherError) << QString() << StoreError::Kind::Other;
    }
    void keychainErrorMapping()
    {
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(StoreError::Kind, kind);
        const StoreError error = KeychainCredentialStore::errorFromKeychain(
            code, detail, QStringLiteral("profile/p1"));
        QCOMPARE(error.kind, kind);
        QVERIFY(!error.message.isEmpty());
        if (kind == StoreError::Kind::NoKeychain)
            QVERIFY(error.message.startsWith(QStringLiteral("No keychain is available: ")));
        if (kind == StoreError::Kind::NotFound)
            QVERIFY(error.message.contains(QStringLiteral("profile/p1")));
        else if (!detail.isEmpty())
            QVERIFY(error.message.contains(detail));
    }

    void keychainStoreDescribesItself()
    {
        KeychainCredentialStore store(QStringLiteral("some.service"));
        QCOMPARE(store.service(), QStringLiteral("some.service"));
        QVERIFY(store.isPersistent());
        QVERIFY(!store.description().isEmpty());
        QCOMPARE(KeychainCredentialStore().service(), QStringLiteral(FW_APP_ID));
    }

    void profilesSaveAndLoad()
    {
        QVERIFY(ProfileList::load().isEmpty());
        const QList<AccountProfile> profiles{profile(QStringLiteral("Production")),
            profile(QStringLiteral("Staging"), QStringLiteral("https://staging.example.com/v1"))};
        ProfileList::save(profiles);
        const QList<AccountProfile> loaded = ProfileList::load();
        QCOMPARE(loaded.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(loaded.at(i).id, profiles.at(i).id);
            QCOMPARE(loaded.at(i).name, profiles.at(i).name);
            QCOMPARE(loaded.at(i).baseUrl, profiles.at(i).baseUrl);
        }
        // Saving fewer removes the rest.
        ProfileList::save({profiles.at(1)});
        QCOMPARE(ProfileList::load().size(), 1);
        QCOMPARE(ProfileList::load().constFirst().name, QStringLiteral("Staging"));
        ProfileList::save({});
        QVERIFY(ProfileList::load().isEmpty());
    }

    void profilesFind_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedName"); // empty: none
        QTest::newRow("by name") << QStringLiteral("Production") << QStringLiteral("Production");
        QTest::newRow("name, other case")
            << QStringLiteral("pRODUCTION") << QStringLiteral("Production");
        QTest::newRow("by id") << QStringLiteral("id-staging") << QStringLiteral("Staging");
        QTest::newRow("id beats name")
            << QStringLiteral("id-production") << QStringLiteral("Production");
        QTest::newRow("unknown") << QStringLiteral("Nope") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void profilesFind()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedName);
        const QUrl url(QStringLiteral("https://api.fivetran.com/v1"));
        ProfileList::save(
            {AccountProfile{QStringLiteral("id-production"), QStringLiteral("Production"), url},
                AccountProfile{QStringLiteral("id-staging"), QStringLiteral("Staging"), url},
                // named like another's id: the id still wins
                AccountProfile{QStringLiteral("id-other"), QStringLiteral("id-production"), url}});
        const auto found = ProfileList::find(query);
        QCOMPARE(found.has_value(), !expectedName.isEmpty());
        if (found)
            QCOMPARE(found->name, expectedName);
    }

    void lastUsed()
    {
        QVERIFY(ProfileList::lastUsedId().isEmpty()); // the Sandbox
        const AccountProfile p = profile(QStringLiteral("Production"));
        ProfileList::save({p});
        ProfileList::setLastUsedId(p.id);
        QCOMPARE(ProfileList::lastUsedId(), p.id);
        // Saving the list keeps it.
        ProfileList::save({p, profile(QStringLiteral("Other"))});
        QCOMPARE(ProfileList::lastUsedId(), p.id);
        QCOMPARE(ProfileList::load().size(), 2);
        ProfileList::setLastUsedId(QString());
        QVERIFY(ProfileList::lastUsedId().isEmpty());
    }

    void newIdsAreUuidsWithoutBraces()
    {
        const QString a = ProfileList::newId();
        const QString b = ProfileList::newId();
        QVERIFY(a != b);
        QCOMPARE(a.size(), 36);
        QVERIFY(!a.contains(QLatin1Char('{')));
        QVERIFY(!QUuid::fromString(a).isNull());
    }

    // A profile's secret goes to the credential store only; the settings file never sees it.
    void settingsHoldNoSecret()
    {
        const QString apiSecret = QStringLiteral("unit-secret-%1").arg(ProfileList::newId());
        const AccountProfile p = profile(QStringLiteral("Production"));
        InMemoryCredentialStore store;
        Outcome written;
        store.write(CredentialStore::profileKey(p.id),
            AccountProfile::credentialsToSecret({QStringLiteral("api-key"), apiSecret}), &written,
            written.onDone());
        QTRY_COMPARE(written.calls, 1);
        ProfileList::save({p});
        ProfileList::setLastUsedId(p.id);

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(p.id.toUtf8())); // the right file
        QVERIFY(!text.contains(apiSecret.toUtf8()));
        QVERIFY(!text.contains(QByteArrayLiteral("api-key")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
