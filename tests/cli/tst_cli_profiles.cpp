// Keychain profiles in the command-line client, against a real Secret Service: run through
// tests/keychain/with-keyring.sh, which gives a private D-Bus session, an unlocked gnome-keyring
// and a temporary HOME / XDG_* for the test and every CLI process it starts. The CLI runs with
// QProcess against an in-process sandbox, awaited with QSignalSpy (never waitForFinished).
// QStandardPaths test mode stays off: the test and the CLI must share the same QSettings file,
// as the desktop app and the CLI do.

#include "AccountProfile.h"
#include "KeychainCredentialStore.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

#include "../support/CliRun.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace fw;

namespace {

QString uniqueSecret(const char *what)
{
    return QLatin1String(what) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void addThenList();
    void listWithProfile();
    void environmentWinsOverProfile();
    void readsWhatTheAppWrote();
    void checkProfile();
    void checkWrongSecret();
    void duplicateAddRefused();
    void unknownProfile_data();
    void unknownProfile();
    void addRefusesBadInput_data();
    void addRefusesBadInput();
    void removeProfile();
    void secretsNeverLeak();

private:
    CliRun runCli(const QStringList &arguments, const QByteArray &input = QByteArray(),
        const QProcessEnvironment &environment = QProcessEnvironment());
    QProcessEnvironment baseEnvironment() const;
    // The way the desktop app stores a profile: QSettings, then the keychain entry.
    bool writeAppProfile(const QString &name, const Credentials &credentials, QString *id);
    std::optional<StoreError> readKeychain(const QString &key, QByteArray *secret);

    SandboxServer m_sandbox;
    Credentials m_credentials; // what the sandbox accepts: a unique secret, to look for leaks
    QString m_wrongSecret;
    QList<CliRun> m_runs; // every run, searched for the secrets at the end
};

void TestCliProfiles::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("FW_KEYRING_INNER"))
        QSKIP("Run through tests/keychain/with-keyring.sh: this test writes to the keychain and "
              "the settings of the desktop app.");
    QVERIFY2(QFile::exists(QStringLiteral(FW_CLI_PATH)), FW_CLI_PATH);
    // The desktop app's names (src/app/main.cpp): the CLI must find what is written here.
    QCoreApplication::setOrganizationName(QStringLiteral("Fivetran Webhooks"));
    QCoreApplication::setApplicationName(QStringLiteral("fivetran-webhooks"));

    m_credentials = {uniqueSecret("cli-profile-key"), uniqueSecret("cli-profile-secret")};
    m_wrongSecret = uniqueSecret("cli-wrong-secret");
    m_sandbox.setCredentials(m_credentials);
    QVERIFY(m_sandbox.listen(QHostAddress::LocalHost, 0));
    m_sandbox.seedDemoData();
    QVERIFY(m_sandbox.store().webhookCount() > 0);
    ProfileList::save({});
}

CliRun TestCliProfiles::runCli(
    const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    CliRun result = runCliProcess(QStringLiteral(FW_CLI_PATH), arguments, input,
                                  environment.isEmpty() ? baseEnvironment() : environment, 60000);
    m_runs.append(result);
    return result;
}

QProcessEnvironment TestCliProfiles::baseEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("FIVETRAN_"))
            || name == QLatin1String("QT_LOGGING_RULES"))
            environment.remove(name);
    }
    return environment;
}

bool TestCliProfiles::writeAppProfile(
    const QString &name, const Credentials &credentials, QString *id)
{
    AccountProfile profile;
    profile.id = ProfileList::newId();
    profile.name = name;
    profile.baseUrl = m_sandbox.baseUrl();
    QList<AccountProfile> profiles = ProfileList::load();
    profiles.append(profile);
    ProfileList::save(profiles);

    KeychainCredentialStore store;
    bool done = false;
    std::optional<StoreError> failure;
    store.write(CredentialStore::profileKey(profile.id),
        AccountProfile::credentialsToSecret(credentials), this,
        [&done, &failure](const std::optional<StoreError> &error) {
            failure = error;
            done = true;
        });
    if (!QTest::qWaitFor([&done] { return done; }, 30000) || failure)
        return false;
    *id = profile.id;
    return true;
}

std::optional<StoreError> TestCliProfiles::readKeychain(const QString &key, QByteArray *secret)
{
    KeychainCredentialStore store;
    bool done = false;
    std::optional<StoreError> failure
        = StoreError{StoreError::Kind::Other, QStringLiteral("timeout")};
    store.read(key, this,
        [&done, &failure, secret](const QByteArray &value, const std::optional<StoreError> &error) {
            failure = error;
            *secret = value;
            done = true;
        });
    if (!QTest::qWaitFor([&done] { return done; }, 30000))
        return StoreError{StoreError::Kind::Other, QStringLiteral("no answer")};
    return failure;
}

void TestCliProfiles::addThenList()
{
    const QByteArray input
        = m_credentials.apiKey.toUtf8() + '\n' + m_credentials.apiSecret.toUtf8() + '\n';
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Work"),
            QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()},
        input);
    EXPECT_EXIT(run, 0);

    const std::optional<AccountProfile> profile = ProfileList::find(QStringLiteral("work"));
    QVERIFY(profile);
    QCOMPARE(profile->baseUrl, m_sandbox.baseUrl());
    QByteArray entry;
    QVERIFY(!readKeychain(CredentialStore::profileKey(profile->id), &entry));
    QCOMPARE(AccountProfile::credentialsFromSecret(entry), std::optional(m_credentials));

    RUN_CLI(run, {QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.outText().contains(QLatin1String("Work")), run.out.constData());
    QVERIFY2(run.outText().contains(profile->id), run.out.constData());
    QVERIFY2(run.outText().contains(QLatin1String("key stored")), run.out.constData());
    QVERIFY2(run.outText().contains(m_sandbox.baseUrl().toString()), run.out.constData());
    QVERIFY(!run.outText().contains(m_credentials.apiKey));

    RUN_CLI(run, {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    QCOMPARE(object.value(QLatin1String("name")).toString(), QStringLiteral("Work"));
    QCOMPARE(object.value(QLatin1String("id")).toString(), profile->id);
    QCOMPARE(object.value(QLatin1String("keyStored")), QJsonValue(true));
}

void TestCliProfiles::listWithProfile()
{
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("--profile"), QStringLiteral("WORK"), QStringLiteral("list"),
            QStringLiteral("--all"), QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    const QJsonArray array
        = QJsonDocument::fromJson(run.out).object().value(QLatin1String("items")).toArray();
    QCOMPARE(array.size(), m_sandbox.store().webhookCount());
}

void TestCliProfiles::environmentWinsOverProfile()
{
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("FIVETRAN_API_BASE"), m_sandbox.baseUrl().toString());
    environment.insert(QStringLiteral("FIVETRAN_API_KEY"), m_credentials.apiKey);
    environment.insert(QStringLiteral("FIVETRAN_API_SECRET"), m_wrongSecret);
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("--verbose"), QStringLiteral("--profile"), QStringLiteral("Work"),
            QStringLiteral("list")},
        QByteArray(), environment);
    EXPECT_EXIT(run, 3);
    QVERIFY2(run.errText().contains(QLatin1String("environment")), run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("unauthorized"), Qt::CaseInsensitive),
        run.err.constData());
}

void TestCliProfiles::readsWhatTheAppWrote()
{
    QString id;
    QVERIFY(writeAppProfile(QStringLiteral("Desktop Account"), m_credentials, &id));
    CliRun run;
    RUN_CLI(run,
        {QStringLiteral("--profile"), QStringLiteral("desktop account"), QStringLiteral("account"),
            QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("account_id")),
        QJsonValue(m_sandbox.store().account().accountId));
    // By id as well.
    RUN_CLI(run, {QStringLiteral("--profile"), id, QStringLiteral("groups")});
    EXPECT_EXIT(run, 0);
}

void TestCliProfiles::checkProfile()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("profiles"), QStringLiteral("check"), QStringLiteral("Work")});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.outText().contains(m_sandbox.store().account().accountName), run.out.constData());
}

void TestCliProfiles::checkWrongSecret()
{
    QString id;
    QVERIFY(writeAppProfile(
        QStringLiteral("Stale"), Credentials{m_credentials.apiKey, m_wrongSecret}, &id));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("profiles"), QStringLiteral("check"), QStringLiteral("Stale")});
    EXPECT_EXIT(run, 3);
    QVERIFY2(run.errText().contains(QLatin1String("unauthorized"), Qt::CaseInsensitive),
        run.err.constData());
}

void TestCliProfiles::duplicateAddRefused()
{
    const QList<AccountProfile> before = ProfileList::load();
    CliRun run;
    RUN_CLI(run, {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("work")},
        "other-key\nother-secret\n");
    EXPECT_EXIT(run, 2);
    QCOMPARE(ProfileList::load().size(), before.size());
}

void TestCliProfiles::unknownProfile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--profile") << QStringList{
        QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("list")};
    QTest::newRow("check") << QStringList{
        QStringLiteral("profiles"), QStringLiteral("check"), QStringLiteral("nobody")};
    QTest::newRow("remove") << QStringList{
        QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("nobody")};
    QTest::newRow("no credentials") << QStringList{QStringLiteral("list")};
}

void TestCliProfiles::unknownProfile()
{
    QFETCH(QStringList, arguments);
    CliRun run;
    RUN_CLI(run, arguments);
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.errText().contains(QLatin1String("profile")), run.err.constData());
}

void TestCliProfiles::addRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    const QStringList add{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("New")};
    QTest::newRow("no secret") << add << QByteArray("just-a-key\n");
    QTest::newRow("empty stdin") << add << QByteArray();
    QTest::newRow("plain http base URL") << (add
        + QStringList{QStringLiteral("--base-url"), QStringLiteral("http://example.com/v1")})
                                         << QByteArray("k\ns\n");
    QTest::newRow("secret option")
        << (add + QStringList{QStringLiteral("--secret=abc")}) << QByteArray("k\ns\n");
}

void TestCliProfiles::addRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    CliRun run;
    RUN_CLI(run, arguments, input);
    EXPECT_EXIT(run, 2);
    QVERIFY(!ProfileList::find(QStringLiteral("New")));
}

void TestCliProfiles::removeProfile()
{
    const std::optional<AccountProfile> profile = ProfileList::find(QStringLiteral("Work"));
    QVERIFY(profile);
    CliRun run;
    RUN_CLI(run, {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("work")});
    EXPECT_EXIT(run, 0);
    QVERIFY(!ProfileList::find(QStringLiteral("Work")));
    QByteArray entry;
    const std::optional<StoreError> error
        = readKeychain(CredentialStore::profileKey(profile->id), &entry);
    QVERIFY(error);
    QCOMPARE(int(error->kind), int(StoreError::Kind::NotFound));

    RUN_CLI(run, {QStringLiteral("--profile"), QStringLiteral("Work"), QStringLiteral("list")});
    EXPECT_EXIT(run, 2);

    RUN_CLI(run, {QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EXIT(run, 0);
    QVERIFY(!run.outText().contains(QLatin1String("Work")));
    QVERIFY(run.outText().contains(QLatin1String("Desktop Account")));
}

void TestCliProfiles::secretsNeverLeak()
{
    QVERIFY(m_runs.size() > 10);
    const QList<QByteArray> secrets{m_credentials.apiSecret.toUtf8(), m_wrongSecret.toUtf8()};
    for (const CliRun &run : std::as_const(m_runs)) {
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!run.out.contains(secret), run.diagnostics().constData());
            QVERIFY2(!run.err.contains(secret), run.diagnostics().constData());
        }
    }

    QStringList roots;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString root = qEnvironmentVariable(variable);
        if (!root.isEmpty())
            roots << root;
    }
    QVERIFY(roots.size() == 4);
    int files = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(
            root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = file.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(path));
        }
    }
    // The settings the CLI and the test share, and the keyring file, are among them.
    QVERIFY(files >= 2);
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
