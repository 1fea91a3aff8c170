#include "UrlRules.h"

#include <QTest>

using namespace fw;

class TestUrlRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("fivetran") << QStringLiteral("https://api.fivetran.com/v1") << true;
        QTest::newRow("http remote") << QStringLiteral("http://api.fivetran.com/v1") << false;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3:8080/v1") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/v1") << true;
        QTest::newRow("http private lan") << QStringLiteral("http://192.168.1.5/v1") << false;
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.com/v1") << false;
        QTest::newRow("no scheme") << QStringLiteral("api.fivetran.com/v1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.fivetran.com") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void baseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(UrlRules::checkBaseUrl(QUrl(url)).isEmpty(), accepted);
    }

    void webhookUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://hooks.example.com/fivetran") << true;
        QTest::newRow("https with port and query") << QStringLiteral("https://h.io:8443/x?y=1") << true;
        QTest::newRow("http remote") << QStringLiteral("http://hooks.example.com/fivetran") << false;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:9000/hook") << true;
        QTest::newRow("no host") << QStringLiteral("https:///path") << false;
        QTest::newRow("mailto") << QStringLiteral("mailto:a@b.c") << false;
        QTest::newRow("words") << QStringLiteral("not a url") << false;
    }
    void webhookUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString reason = UrlRules::checkWebhookUrl(QUrl(url));
        QCOMPARE(reason.isEmpty(), accepted);
        if (!accepted)
            QVERIFY(reason.contains(QLatin1String("https")));
    }
};

QTEST_GUILESS_MAIN(TestUrlRules)
#include "tst_urlrules.moc"
