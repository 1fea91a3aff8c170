#include "RetryPolicy.h"

#include <QTest>

using namespace fw;
using namespace std::chrono_literals;
using Safety = RetryPolicy::Safety;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(fw::RetryPolicy::Safety)

namespace {

ApiError errorOf(int status)
{
    return ApiError::fromHttp(status, QByteArray());
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<Safety>("safety");
        QTest::addColumn<int>("status"); // 0: a transport failure of the given kind
        QTest::addColumn<int>("transportKind");
        QTest::addColumn<bool>("retried");
        const int none = -1;
        const int network = int(Kind::Network);
        const int timeout = int(Kind::Timeout);
        // Idempotent requests: GET, DELETE, PATCH.
        QTest::newRow("GET 429") << Safety::Idempotent << 429 << none << true;
        QTest::newRow("GET 500") << Safety::Idempotent << 500 << none << true;
        QTest::newRow("GET 502") << Safety::Idempotent << 502 << none << true;
        QTest::newRow("GET 503") << Safety::Idempotent << 503 << none << true;
        QTest::newRow("GET dropped") << Safety::Idempotent << 0 << network << true;
        QTest::newRow("GET timeout") << Safety::Idempotent << 0 << timeout << true;
        QTest::newRow("GET 400") << Safety::Idempotent << 400 << none << false;
        QTest::newRow("GET 401") << Safety::Idempotent << 401 << none << false;
        QTest::newRow("GET 403") << Safety::Idempotent << 403 << none << false;
        QTest::newRow("GET 404") << Safety::Idempotent << 404 << none << false;
        QTest::newRow("GET 406") << Safety::Idempotent << 406 << none << false;
        QTest::newRow("GET 409") << Safety::Idempotent << 409 << none << false;
        // Creates and tests: only a 429 proves the request was not processed.
        QTest::newRow("POST 429") << Safety::NotIdempotent << 429 << none << true;
        QTest::newRow("POST 500") << Safety::NotIdempotent << 500 << none << false;
        QTest::newRow("POST 503") << Safety::NotIdempotent << 503 << none << false;
        QTest::newRow("POST dropped") << Safety::NotIdempotent << 0 << network << false;
        QTest::newRow("POST timeout") << Safety::NotIdempotent << 0 << timeout << false;
        QTest::newRow("POST 400") << Safety::NotIdempotent << 400 << none << false;
    }
    void decisions()
    {
        QFETCH(Safety, safety);
        QFETCH(int, status);
        QFETCH(int, transportKind);
        QFETCH(bool, retried);
        const ApiError error = status > 0
                ? errorOf(status)
                : ApiError(Kind(transportKind), 0, QString(), QStringLiteral("x"));
        RetryPolicy policy;
        QRandomGenerator random(42);
        QCOMPARE(policy.nextDelay(safety, 1, error, random).has_value(), retried);
    }

    void givesUpAfterMaxAttempts()
    {
        RetryPolicy policy;
        policy.maxAttempts = 3;
        QRandomGenerator random(1);
        QVERIFY(policy.nextDelay(Safety::Idempotent, 1, errorOf(500), random));
        QVERIFY(policy.nextDelay(Safety::Idempotent, 2, errorOf(500), random));
        QVERIFY(!policy.nextDelay(Safety::Idempotent, 3, errorOf(500), random));
        QVERIFY(!policy.nextDelay(Safety::NotIdempotent, 3, ApiError::fromHttp(429, {}, "1"), random));
    }

    void backoffGrowsIsCappedAndJittered()
    {
        RetryPolicy policy;
        policy.baseDelay = 100ms;
        policy.maxDelay = 1000ms;
        QRandomGenerator random(7);
        QSet<qint64> seen;
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const qint64 cap = std::min<qint64>(1000, 100LL << (attempt - 1));
            for (int i = 0; i < 50; ++i) {
                const qint64 delay = policy.backoff(attempt, random).count();
                QVERIFY2(delay >= cap / 2 && delay <= cap,
                         qPrintable(QStringLiteral("attempt %1: %2 not in [%3, %4]")
                                            .arg(attempt).arg(delay).arg(cap / 2).arg(cap)));
                if (attempt == 8)
                    seen.insert(delay);
            }
        }
        QVERIFY2(seen.size() > 10, "jitter must spread the delays");
    }

    void retryAfterIsHonoured()
    {
        RetryPolicy policy;
        QRandomGenerator random(3);
        const auto delay = policy.nextDelay(Safety::Idempotent, 1, ApiError::fromHttp(429, {}, "2"), random);
        QVERIFY(delay);
        QVERIFY(*delay >= 2000ms);
        QVERIFY(*delay < 2000ms + policy.baseDelay);
        // Without a header the backoff applies.
        const auto fallback = policy.nextDelay(Safety::Idempotent, 1, errorOf(429), random);
        QVERIFY(fallback && *fallback <= policy.baseDelay);
    }

    void longRetryAfterIsLeftToTheCaller()
    {
        // Waiting an hour silently would look like a hang: the caller shows a countdown instead.
        RetryPolicy policy;
        QRandomGenerator random(3);
        QVERIFY(!policy.nextDelay(Safety::Idempotent, 1, ApiError::fromHttp(429, {}, "3600"), random));
    }

    void truncatedSuccessIsRetriedButClientBugsAreNot()
    {
        RetryPolicy policy;
        QRandomGenerator random(3);
        ApiError garbled = ApiError::protocol(QStringLiteral("not JSON"));
        garbled.httpStatus = 200;
        QVERIFY(policy.nextDelay(Safety::Idempotent, 1, garbled, random));
        QVERIFY(!policy.nextDelay(Safety::NotIdempotent, 1, garbled, random));
        QVERIFY(!policy.nextDelay(Safety::Idempotent, 1, errorOf(415), random));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
