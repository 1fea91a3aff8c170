#include "Credentials.h"

#include <QTest>

using namespace fw;

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorizationHeader()
    {
        const Credentials credentials{QStringLiteral("key"), QStringLiteral("s3cr:et")};
        QCOMPARE(credentials.authorizationHeader(), QByteArray("Basic ") + QByteArray("key:s3cr:et").toBase64());
        // The secret may itself hold colons: only the first one separates.
        QCOMPARE(Credentials::fromAuthorizationHeader(credentials.authorizationHeader()), credentials);
    }

    void preEncodedForm_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<bool>("valid");
        QTest::newRow("good") << QString::fromLatin1(QByteArray("abc:def").toBase64()) << true;
        QTest::newRow("padded spaces") << (QLatin1String("  ") + QString::fromLatin1(QByteArray("abc:def").toBase64())) << true;
        QTest::newRow("no colon") << QString::fromLatin1(QByteArray("abcdef").toBase64()) << false;
        QTest::newRow("empty secret") << QString::fromLatin1(QByteArray("abc:").toBase64()) << false;
        QTest::newRow("empty key") << QString::fromLatin1(QByteArray(":def").toBase64()) << false;
        QTest::newRow("not base64") << QStringLiteral("!!!") << false;
    }
    void preEncodedForm()
    {
        QFETCH(QString, encoded);
        QFETCH(bool, valid);
        const auto credentials = Credentials::fromBase64(encoded);
        QCOMPARE(credentials.has_value(), valid);
        if (valid) {
            QCOMPARE(credentials->apiKey, QStringLiteral("abc"));
            QCOMPARE(credentials->apiSecret, QStringLiteral("def"));
            QVERIFY(credentials->isComplete());
        }
    }

    void otherSchemesRejected()
    {
        QVERIFY(!Credentials::fromAuthorizationHeader("Bearer abc"));
        QVERIFY(!Credentials::fromAuthorizationHeader(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
