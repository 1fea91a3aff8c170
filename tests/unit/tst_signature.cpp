#include "Signature.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fw;
using Verdict = Signature::Verdict;

Q_DECLARE_METATYPE(fw::Signature::Verdict)

namespace {

QString vectorsPath()
{
    const QByteArray overridden = qgetenv("FW_SHARED_SPEC_DIR");
    const QString dir = overridden.isEmpty() ? QStringLiteral(FW_SHARED_SPEC_DIR)
                                             : QString::fromLocal8Bit(overridden);
    return dir + QStringLiteral("/testdata/signature-vectors.json");
}

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Vectors computed independently (Python's hmac), kept in shared/spec/testdata.
    void sharedVectors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("upper");
        QTest::addColumn<QByteArray>("lower");
        QFile file(vectorsPath());
        if (!file.open(QIODevice::ReadOnly))
            return; // the test function skips, saying why
        const QJsonArray vectors =
                QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("vectors")).toArray();
        int index = 0;
        for (const QJsonValue &value : vectors) {
            const QJsonObject vector = value.toObject();
            QTest::addRow("vector %d", index++)
                    << vector.value(QLatin1String("body")).toString().toUtf8()
                    << vector.value(QLatin1String("secret")).toString().toUtf8()
                    << vector.value(QLatin1String("signature_upper")).toString().toLatin1()
                    << vector.value(QLatin1String("signature_lower")).toString().toLatin1();
        }
    }
    void sharedVectors()
    {
        if (!QFile::exists(vectorsPath()))
            QSKIP("shared/spec/testdata/signature-vectors.json is absent: the shared folder is not beside this checkout");
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, upper);
        QFETCH(QByteArray, lower);
        QCOMPARE(Signature::sign(body, secret), upper);
        QCOMPARE(Signature::verify(body, secret, upper), Verdict::Valid);
        QCOMPARE(Signature::verify(body, secret, lower), Verdict::Valid);
        QCOMPARE(Signature::verify(body + "\n", secret, upper), Verdict::Mismatch);
        QCOMPARE(Signature::verify(body, secret + "x", upper), Verdict::Mismatch);
    }

    void verdicts_data()
    {
        const QByteArray body = R"({"event":"sync_end","connector_id":"abc123"})";
        const QByteArray secret = "my_webhook_secret";
        const QByteArray good = Signature::sign(body, secret);
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("valid upper") << body << good << Verdict::Valid;
        QTest::newRow("valid lower") << body << good.toLower() << Verdict::Valid;
        QTest::newRow("valid mixed case") << body << (good.left(10).toLower() + good.mid(10)) << Verdict::Valid;
        QTest::newRow("surrounding spaces") << body << (" " + good + " ") << Verdict::Valid;
        QTest::newRow("missing") << body << QByteArray() << Verdict::MissingSignature;
        QTest::newRow("blank") << body << QByteArray("  ") << Verdict::MissingSignature;
        QTest::newRow("sha256= prefix") << body << ("sha256=" + good) << Verdict::Malformed;
        QTest::newRow("truncated") << body << good.left(63) << Verdict::Malformed;
        QTest::newRow("not hex") << body << QByteArray(64, 'g') << Verdict::Malformed;
        QTest::newRow("tampered body") << QByteArray(R"({"event":"sync_end","connector_id":"abc124"})") << good << Verdict::Mismatch;
        QTest::newRow("re-serialised body") << QByteArray(R"({"event": "sync_end", "connector_id": "abc123"})") << good << Verdict::Mismatch;
        QTest::newRow("trailing newline") << (body + "\n") << good << Verdict::Mismatch;
        QByteArray flipped = good;
        flipped[63] = flipped[63] == '0' ? '1' : '0';
        QTest::newRow("last digit flipped") << body << flipped << Verdict::Mismatch;
    }
    void verdicts()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        QFETCH(Verdict, verdict);
        QCOMPARE(Signature::verify(body, "my_webhook_secret", signature), verdict);
        QVERIFY(!Signature::explain(verdict).isEmpty());
    }

    void signIsUpperHex()
    {
        const QByteArray signature = Signature::sign("x", "y");
        QCOMPARE(signature.size(), 64);
        QCOMPARE(signature, signature.toUpper());
    }

    void caseFoldingDoesNotConfuseDigitsAndLetters()
    {
        // '0'..'9' and 'A'..'F' differ by more than the case bit; make sure the fold keeps them
        // apart, e.g. 'A' (0x41) never matches 'a' ^ 0x20 tricks with digits such as '!' (0x21).
        const QByteArray good = Signature::sign("body", "secret");
        for (int i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            const char c = good[i];
            bad[i] = (c >= '0' && c <= '9') ? char('A' + (c - '0') % 6) : char('0' + (c - 'A') % 10);
            QCOMPARE(Signature::verify("body", "secret", bad), Verdict::Mismatch);
        }
    }
};

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
