#include "ApiError.h"

#include <QTest>
#include <QTimeZone>

using namespace fw;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(fw::ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every status the spec tells apart, with and without Fivetran's envelope.
    void classification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("400 invalid") << 400 << QByteArray(R"({"code":"InvalidInput","message":"Invalid url"})") << Kind::InvalidInput << QStringLiteral("InvalidInput");
        QTest::newRow("400 probe failed") << 400 << QByteArray(R"({"code":"BadRequest","message":"Webhook test failed"})") << Kind::InvalidInput << QStringLiteral("BadRequest");
        QTest::newRow("401") << 401 << QByteArray(R"({"code":"AuthFailed","message":"Invalid credentials"})") << Kind::Unauthorized << QStringLiteral("AuthFailed");
        QTest::newRow("401 empty body") << 401 << QByteArray() << Kind::Unauthorized << QString();
        QTest::newRow("403") << 403 << QByteArray(R"({"code":"AccessDenied","message":"No permission"})") << Kind::Forbidden << QStringLiteral("AccessDenied");
        QTest::newRow("404 webhook") << 404 << QByteArray(R"({"code":"NotFound_Webhook","message":"Webhook not found"})") << Kind::NotFound << QStringLiteral("NotFound_Webhook");
        QTest::newRow("404 html") << 404 << QByteArray("<html>nope</html>") << Kind::NotFound << QString();
        QTest::newRow("406 client bug") << 406 << QByteArray(R"({"code":"NotAcceptable","message":"x"})") << Kind::Protocol << QStringLiteral("NotAcceptable");
        QTest::newRow("409") << 409 << QByteArray(R"({"code":"Conflict","message":"exists"})") << Kind::Conflict << QStringLiteral("Conflict");
        QTest::newRow("415 client bug") << 415 << QByteArray() << Kind::Protocol << QString();
        QTest::newRow("422") << 422 << QByteArray() << Kind::InvalidInput << QString();
        QTest::newRow("429") << 429 << QByteArray(R"({"code":"TooManyRequests","message":"slow down"})") << Kind::RateLimited << QStringLiteral("TooManyRequests");
        QTest::newRow("500") << 500 << QByteArray(R"({"code":"InternalError","message":"oops"})") << Kind::Server << QStringLiteral("InternalError");
        QTest::newRow("502 not json") << 502 << QByteArray("Bad Gateway") << Kind::Server << QString();
        QTest::newRow("503") << 503 << QByteArray() << Kind::Server << QString();
        QTest::newRow("504") << 504 << QByteArray() << Kind::Server << QString();
        QTest::newRow("418 with a known code") << 418 << QByteArray(R"({"code":"Conflict_Thing","message":"m"})") << Kind::Conflict << QStringLiteral("Conflict_Thing");
    }
    void classification()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        const ApiError error = ApiError::fromHttp(status, body);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty()); // falls back to the status when the body says nothing
        QVERIFY(!error.summary().isEmpty());
        QVERIFY(error.details().contains(QString::number(status)));
        if (!code.isEmpty())
            QVERIFY(error.details().contains(code));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << QByteArray("30") << qint64(30);
        QTest::newRow("an hour") << QByteArray("3600") << qint64(3600);
        QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5);
        QTest::newRow("negative clamps") << QByteArray("-4") << qint64(0);
        QTest::newRow("http date") << QByteArray("Sun, 29 Nov 2026 12:00:45 GMT") << qint64(45);
        QTest::newRow("date in the past") << QByteArray("Sun, 29 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, seconds);
        const QDateTime now(QDate(2026, 11, 29), QTime(12, 0, 0), QTimeZone::utc());
        QCOMPARE(qint64(ApiError::parseRetryAfter(header, now).count()), seconds);
    }

    void rateLimitedCarriesRetryAfter()
    {
        const ApiError error = ApiError::fromHttp(429, QByteArray(), "12");
        QCOMPARE(error.kind, Kind::RateLimited);
        QCOMPARE(error.retryAfter.count(), 12);
        QVERIFY(error.summary().contains(QLatin1String("12")));
        // Other kinds never carry one, even if a header slipped through.
        QCOMPARE(ApiError::fromHttp(503, QByteArray(), "12").retryAfter.count(), -1);
    }

    void transportKinds()
    {
        QCOMPARE(ApiError::network(QStringLiteral("refused")).kind, Kind::Network);
        QCOMPARE(ApiError::timeout(QStringLiteral("slow")).kind, Kind::Timeout);
        QCOMPARE(ApiError::protocol(QStringLiteral("garbled")).kind, Kind::Protocol);
        QCOMPARE(ApiError::network(QStringLiteral("refused")).httpStatus, 0);
    }

    void kindNamesAreDistinct()
    {
        const Kind kinds[] = {Kind::Unauthorized, Kind::Forbidden, Kind::NotFound, Kind::InvalidInput,
                              Kind::Conflict, Kind::RateLimited, Kind::Server, Kind::Network,
                              Kind::Timeout, Kind::Protocol};
        QSet<QString> names;
        for (Kind kind : kinds)
            names.insert(ApiError::kindName(kind));
        QCOMPARE(names.size(), int(std::size(kinds)));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
