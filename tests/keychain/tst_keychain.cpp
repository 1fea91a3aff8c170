// KeychainCredentialStore against the real Secret Service. Run through with-keyring.sh, which
// provides a private D-Bus session with an unlocked gnome-keyring in a temporary home.
#include "AccountProfile.h"
#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace fw;

namespace {

constexpr int kTimeoutMs = 20000;
const char kChildModeVar[] = "FW_KEYCHAIN_TEST_CHILD";

// Receives one answer of the store; also the callback's context, so a test that gives up early
// cannot be called back into a dead object.
struct Outcome : QObject
{
    bool finished = false;
    QByteArray secret;
    std::optional<StoreError> error;

    CredentialStore::Done onDone()
    {
        return [this](const std::optional<StoreError> &e) {
            finished = true;
            error = e;
        };
    }
    CredentialStore::ReadDone onRead()
    {
        return [this](const QByteArray &s, const std::optional<StoreError> &e) {
            finished = true;
            secret = s;
            error = e;
        };
    }
    QByteArray describe() const
    {
        if (!error)
            return "no error";
        return "kind " + QByteArray::number(int(error->kind)) + ": " + error->message.toUtf8();
    }
};

#define AWAIT(outcome) QTRY_VERIFY_WITH_TIMEOUT((outcome).finished, kTimeoutMs)

// The no-keychain child: reads a secret from stdin (never an argument), tries to write and read
// it, and prints what the store said as JSON. Its environment points D-Bus at nothing.
int runNoKeychainChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("fw-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keychain_child"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QByteArray secret = in.readAll();
    const QString service = QString::fromLocal8Bit(qgetenv("FW_KEYCHAIN_TEST_SERVICE"));
    auto *store = new KeychainCredentialStore(service, &app);
    QJsonObject report;
    auto toJson = [](const std::optional<StoreError> &error) {
        if (!error)
            return QJsonObject{{QStringLiteral("ok"), true}};
        return QJsonObject{{QStringLiteral("ok"), false},
            {QStringLiteral("kind"), int(error->kind)},
            {QStringLiteral("message"), error->message}};
    };
    const QString key = CredentialStore::profileKey(QStringLiteral("no-keychain"));
    store->write(key, secret, &app, [&](const std::optional<StoreError> &writeError) {
        report.insert(QStringLiteral("write"), toJson(writeError));
        store->read(
            key, &app, [&](const QByteArray &read, const std::optional<StoreError> &readError) {
                report.insert(QStringLiteral("read"), toJson(readError));
                report.insert(QStringLiteral("readSomething"), !read.isEmpty());
                QCoreApplication::exit(0);
            });
    });
    // A keychain that never answers is a failure of its own, not a hang.
    QTimer::singleShot(kTimeoutMs, &app, [] { QCoreApplication::exit(3); });
    const int code = app.exec();
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    return code;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    KeychainCredentialStore *m_store = nullptr;

    // Runs a program to its end without blocking the event loop; returns its standard output.
    QByteArray run(const QString &program, const QStringList &arguments,
        const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        int *exitCode = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        if (!process.waitForStarted(kTimeoutMs)) // a local fork: returns at once
            return "could not start " + program.toUtf8();
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(kTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return "timed out: " + program.toUtf8();
        }
        if (exitCode)
            *exitCode = process.exitCode();
        const QByteArray err = process.readAllStandardError();
        if (!err.isEmpty())
            qDebug().noquote() << program
                               << "said on stderr:" << QString::fromLocal8Bit(err).trimmed();
        return process.readAllStandardOutput();
    }

    void write(const QString &key, const QByteArray &secret)
    {
        Outcome w;
        m_store->write(key, secret, &w, w.onDone());
        AWAIT(w);
        QVERIFY2(!w.error, w.describe().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("FW_KEYRING_INNER"),
            "run through tests/keychain/with-keyring.sh: it provides a private keyring");
        // Unique per run, so entries of an aborted run never answer for this one.
        m_service = QStringLiteral("io.github.fivetran_webhooks.test-%1")
                        .arg(QCoreApplication::applicationPid());
        m_store = new KeychainCredentialStore(m_service, this);
        QCOMPARE(m_store->service(), m_service);
        QVERIFY(m_store->isPersistent());
        QVERIFY(!m_store->description().isEmpty());
        QCOMPARE(KeychainCredentialStore::defaultService(), QStringLiteral(FW_APP_ID));
        QCOMPARE(KeychainCredentialStore().service(), QStringLiteral(FW_APP_ID));
    }

    void cleanupTestCase()
    {
        run(QStringLiteral("secret-tool"),
            {QStringLiteral("clear"), QStringLiteral("server"), m_service});
    }

    // Write, read, overwrite, check from another process, delete: for each kind of entry.
    void lifecycle_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::newRow("profile") << CredentialStore::profileKey(ProfileList::newId())
                                 << AccountProfile::credentialsToSecret({QStringLiteral("key-1"),
                                        QStringLiteral("secret-one-7f3a")})
                                 << AccountProfile::credentialsToSecret({QStringLiteral("key-1"),
                                        QStringLiteral("regenerated-9c2e")});
        QTest::newRow("webhook secret")
            << CredentialStore::webhookSecretKey(QStringLiteral("acct"), QStringLiteral("wh_123"))
            << QByteArray("whsec-first-5d1b") << QByteArray("whsec-second-e80c");
    }
    void lifecycle()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);

        write(key, first);
        Outcome r1;
        m_store->read(key, &r1, r1.onRead());
        AWAIT(r1);
        QVERIFY2(!r1.error, r1.describe().constData());
        QCOMPARE(r1.secret, first);

        write(key, second);
        Outcome r2;
        m_store->read(key, &r2, r2.onRead());
        AWAIT(r2);
        QVERIFY2(!r2.error, r2.describe().constData());
        QCOMPARE(r2.secret, second);

        // Another process (as the CLI would be) finds the same entry: QtKeychain's libsecret
        // schema keys it by "server" (the service) and "user" (the key); binary data is stored
        // base64 with type "base64".
        const QByteArray looked = run(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"),
                key, QStringLiteral("type"), QStringLiteral("base64")});
        QCOMPARE(QByteArray::fromBase64(looked.trimmed()), second);
        // Exactly one entry for this key: the overwrite replaced, not added.
        const QByteArray found = run(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service,
                QStringLiteral("user"), key});
        QCOMPARE(found.count("secret = "), 1);

        Outcome removed;
        m_store->remove(key, &removed, removed.onDone());
        AWAIT(removed);
        QVERIFY2(!removed.error, removed.describe().constData());

        Outcome gone;
        m_store->read(key, &gone, gone.onRead());
        AWAIT(gone);
        QVERIFY(gone.error);
        QCOMPARE(gone.error->kind, StoreError::Kind::NotFound);
        QVERIFY(!gone.error->message.isEmpty());
        QVERIFY(gone.secret.isEmpty());
        QVERIFY(run(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"),
                key, QStringLiteral("type"), QStringLiteral("base64")})
                    .isEmpty());

        // Removing it again is not an error.
        Outcome again;
        m_store->remove(key, &again, again.onDone());
        AWAIT(again);
        QVERIFY2(!again.error, again.describe().constData());
    }

    void binarySafe_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("inner NUL") << QByteArray("ab\0cd", 5);
        QTest::newRow("leading and trailing NUL") << QByteArray("\0x\0", 3);
        QTest::newRow("not UTF-8") << QByteArray("\xff\xfe\xc3\x28\x80");
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        QTest::newRow("every byte") << all;
        QTest::newRow("UTF-8 text") << QStringLiteral("pässwörd ✓").toUtf8();
        QTest::newRow("long") << QByteArray(64 * 1024, 'z');
    }
    void binarySafe()
    {
        QFETCH(QByteArray, secret);
        const QString key = CredentialStore::webhookSecretKey(
            QStringLiteral("acct"), QString::fromLatin1(QTest::currentDataTag()));
        write(key, secret);
        Outcome r;
        m_store->read(key, &r, r.onRead());
        AWAIT(r);
        QVERIFY2(!r.error, r.describe().constData());
        QCOMPARE(r.secret, secret);
        Outcome removed;
        m_store->remove(key, &removed, removed.onDone());
        AWAIT(removed);
        QVERIFY2(!removed.error, removed.describe().constData());
    }

    // What another program stored (as plain text, like secret-tool) reads back through the store.
    void readsWhatAnotherProcessWrote()
    {
        const QString key = CredentialStore::profileKey(QStringLiteral("written-by-secret-tool"));
        const QByteArray secret = AccountProfile::credentialsToSecret(
            {QStringLiteral("k"), QStringLiteral("from-outside-41d0")});
        int exitCode = -1;
        run(QStringLiteral("secret-tool"),
            {QStringLiteral("store"), QStringLiteral("--label=test"), QStringLiteral("server"),
                m_service, QStringLiteral("user"), key, QStringLiteral("type"),
                QStringLiteral("plaintext")},
            secret, QProcessEnvironment::systemEnvironment(), &exitCode);
        QCOMPARE(exitCode, 0);
        Outcome r;
        m_store->read(key, &r, r.onRead());
        AWAIT(r);
        QVERIFY2(!r.error, r.describe().constData());
        QCOMPARE(r.secret, secret);
        QCOMPARE(AccountProfile::credentialsFromSecret(r.secret)->apiSecret,
            QStringLiteral("from-outside-41d0"));
    }

    void missingEntry()
    {
        Outcome r;
        m_store->read(CredentialStore::profileKey(QStringLiteral("never-written")), &r, r.onRead());
        QVERIFY(!r.finished); // asynchronous, even for a keychain
        AWAIT(r);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, StoreError::Kind::NotFound);
        Outcome removed;
        m_store->remove(CredentialStore::profileKey(QStringLiteral("never-written")), &removed,
            removed.onDone());
        AWAIT(removed);
        QVERIFY2(!removed.error, removed.describe().constData());
    }

    // A callback whose context died is dropped; the operation itself still completes.
    void deadContextSkipsCallback()
    {
        const QString key = CredentialStore::profileKey(QStringLiteral("dead-context"));
        bool called = false;
        auto *context = new QObject;
        m_store->write(key, "written-anyway", context,
            [&called](const std::optional<StoreError> &) { called = true; });
        delete context;
        // QtKeychain runs jobs one after another: when this read answers, the write has ended.
        Outcome r;
        m_store->read(key, &r, r.onRead());
        AWAIT(r);
        QVERIFY2(!r.error, r.describe().constData());
        QCOMPARE(r.secret, QByteArray("written-anyway"));
        QVERIFY(!called);
        Outcome removed;
        m_store->remove(key, &removed, removed.onDone());
        AWAIT(removed);
    }

    // With no Secret Service to talk to, the store says so (NoKeychain, a readable message that
    // does not hold the secret) and writes nothing to disk: no plaintext fallback.
    void noKeychain_data()
    {
        QTest::addColumn<QString>("busAddress"); // empty: unset
        QTest::addColumn<bool>("busWithoutSecretService");
        QTest::newRow("bus address points nowhere")
            << QStringLiteral("unix:path=/nonexistent/fw-test-bus") << false;
        QTest::newRow("no bus address") << QString() << false;
        QTest::newRow("bus without a Secret Service") << QString() << true;
    }
    void noKeychain()
    {
        QFETCH(QString, busAddress);
        QFETCH(bool, busWithoutSecretService);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QStringList dirs{QStringLiteral("home"), QStringLiteral("config"),
            QStringLiteral("data"), QStringLiteral("cache"), QStringLiteral("runtime")};
        for (const QString &dir : dirs)
            QVERIFY(QDir(home.path()).mkpath(dir));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildModeVar), QStringLiteral("no-keychain"));
        env.insert(QStringLiteral("FW_KEYCHAIN_TEST_SERVICE"), m_service);
        env.insert(QStringLiteral("HOME"), home.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (busAddress.isEmpty())
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);

        const QByteArray secret = AccountProfile::credentialsToSecret(
            {QStringLiteral("key"), QStringLiteral("never-on-disk-%1").arg(ProfileList::newId())});
        QString program = QCoreApplication::applicationFilePath();
        QStringList arguments;
        QTemporaryDir busDir;
        if (busWithoutSecretService) {
            // A session bus of its own that can activate nothing, so no keyring daemon starts.
            // Its socket and configuration live outside the folders searched for the secret
            // below: dbus-run-session returns without waiting for the daemon, which may still
            // be removing its socket while they are walked.
            QVERIFY(busDir.isValid());
            QVERIFY(QDir(busDir.path()).mkpath(QStringLiteral("services")));
            QFile config(busDir.filePath(QStringLiteral("bus.conf")));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write("<busconfig><type>session</type><listen>unix:dir="
                + busDir.path().toUtf8() + "</listen><auth>EXTERNAL</auth><servicedir>"
                + busDir.filePath(QStringLiteral("services")).toUtf8()
                + "</servicedir><policy context=\"default\"><allow send_destination=\"*\"/>"
                  "<allow receive_sender=\"*\"/><allow own=\"*\"/></policy></busconfig>\n");
            config.close();
            arguments = QStringList{QStringLiteral("--config-file=") + config.fileName(),
                QStringLiteral("--"), program};
            program = QStringLiteral("dbus-run-session");
        }
        int exitCode = -1;
        const QByteArray output = run(program, arguments, secret, env, &exitCode);
        QCOMPARE(exitCode, 0);
        QJsonParseError parseError{};
        const QJsonObject report = QJsonDocument::fromJson(output, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, output.constData());
        qDebug().noquote() << "the store said:" << QString::fromUtf8(output);

        for (const QString &operation : {QStringLiteral("write"), QStringLiteral("read")}) {
            const QJsonObject result = report.value(operation).toObject();
            QVERIFY2(!result.value(QStringLiteral("ok")).toBool(), qPrintable(operation));
            QCOMPARE(
                result.value(QStringLiteral("kind")).toInt(), int(StoreError::Kind::NoKeychain));
            const QString message = result.value(QStringLiteral("message")).toString();
            QVERIFY(message.startsWith(QStringLiteral("No keychain is available: ")));
            QVERIFY(message.size() > QStringLiteral("No keychain is available: ").size());
        }
        QVERIFY(!report.value(QStringLiteral("readSomething")).toBool());
        QVERIFY2(!output.contains(secret) && !output.contains(secret.toBase64()),
            "the secret reached a message");

        // Nothing under the child's home, config, data, cache or runtime folders holds the secret.
        const QByteArray apiSecret
            = AccountProfile::credentialsFromSecret(secret)->apiSecret.toUtf8();
        QDirIterator it(
            home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly),
                qPrintable(file.fileName() + QStringLiteral(": ") + file.errorString()));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(apiSecret) && !content.contains(secret.toBase64()),
                qPrintable(file.fileName()));
        }
    }
};

int main(int argc, char **argv)
{
    if (qgetenv(kChildModeVar) == "no-keychain")
        return runNoKeychainChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
