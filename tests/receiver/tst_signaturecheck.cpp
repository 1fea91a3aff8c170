// SignatureCheck: a verdict, with its reason, for every way a delivery's signature can fail.

#include "Signature.h"
#include "SignatureCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fw;
using Verdict = SignatureCheck::Verdict;

Q_DECLARE_METATYPE(QList<fw::KnownSecret>)

class TestSignatureCheck : public QObject
{
    Q_OBJECT

private:
    QJsonArray m_vectors;

    static KnownSecret known(const char *label, const QByteArray &secret)
    {
        return {QString::fromLatin1(label), secret};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(FW_SHARED_SPEC_DIR "/testdata/signature-vectors.json"));
        if (file.open(QIODevice::ReadOnly))
            m_vectors = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("vectors")).toArray();
    }

    void sharedVectors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("signature");
        if (m_vectors.isEmpty())
            return;
        int i = 0;
        for (const QJsonValue &value : std::as_const(m_vectors)) {
            const QJsonObject vector = value.toObject();
            const QByteArray body = vector.value(QLatin1String("body")).toString().toUtf8();
            const QByteArray secret = vector.value(QLatin1String("secret")).toString().toUtf8();
            for (const char *key : {"signature_upper", "signature_lower"}) {
                QTest::addRow("vector %d %s", i, key)
                        << body << secret
                        << vector.value(QLatin1String(key)).toString().toLatin1();
            }
            ++i;
        }
    }

    void sharedVectors()
    {
        if (m_vectors.isEmpty())
            QSKIP("shared/spec/testdata/signature-vectors.json is absent: no shared vectors to check");
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, signature);
        const SignatureCheck verified = SignatureCheck::check(body, signature, {known("mine", secret)});
        QCOMPARE(verified.verdict(), Verdict::Verified);
        QCOMPARE(verified.verifiedBy(), QStringLiteral("mine"));
        QVERIFY(!verified.verifiedWithOtherSecret());

        // The second known secret is the right one: still verified, and named.
        const SignatureCheck second = SignatureCheck::check(
                body, signature, {known("stale", "not-it"), known("current", secret)});
        QCOMPARE(second.verdict(), Verdict::Verified);
        QCOMPARE(second.verifiedBy(), QStringLiteral("current"));
        QVERIFY(second.verifiedWithOtherSecret());
        QVERIFY(second.explanation().contains(QLatin1String("current")));

        const SignatureCheck wrong = SignatureCheck::check(body, signature, {known("old", secret + "x")});
        QCOMPARE(wrong.verdict(), Verdict::Mismatch);
        QVERIFY(!wrong.verifiesWithoutTrailingNewline());
    }

    void trailingNewlineHintFromVectors()
    {
        if (m_vectors.isEmpty())
            QSKIP("shared/spec/testdata/signature-vectors.json is absent: no shared vectors to check");
        // Vector 0 signs {"event":"sync_end"}; a tool appends "\n" (vector 4 is that body signed).
        const QJsonObject plain = m_vectors.at(0).toObject();
        const QByteArray body = plain.value(QLatin1String("body")).toString().toUtf8();
        const QByteArray secret = plain.value(QLatin1String("secret")).toString().toUtf8();
        const QByteArray signature = plain.value(QLatin1String("signature_upper")).toString().toLatin1();
        for (const QByteArray &suffix : {QByteArray("\n"), QByteArray("\r\n")}) {
            const SignatureCheck check = SignatureCheck::check(body + suffix, signature,
                                                               {known("other", "nope"), known("mine", secret)});
            QCOMPARE(check.verdict(), Verdict::Mismatch);
            QVERIFY(check.verifiesWithoutTrailingNewline());
            QCOMPARE(check.trailingNewlineLabel(), QStringLiteral("mine"));
            QVERIFY(check.explanation().contains(QLatin1String("newline")));
        }
        // And the reverse: the newline is part of what was signed (vector 4).
        const QJsonObject withNewline = m_vectors.at(4).toObject();
        QCOMPARE(SignatureCheck::check(withNewline.value(QLatin1String("body")).toString().toUtf8(),
                                       withNewline.value(QLatin1String("signature_lower")).toString().toLatin1(),
                                       {known("mine", secret)})
                         .verdict(),
                 Verdict::Verified);
    }

    void verdicts_data()
    {
        const QByteArray body = R"({"event":"sync_end","created":"2026-05-22T00:06:08.638Z"})";
        const QByteArray good = Signature::sign(body, "right");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QList<KnownSecret>>("secrets");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        const QList<KnownSecret> right{known("right one", "right")};
        QTest::newRow("verified upper") << body << good << right << Verdict::Verified << QStringLiteral("verified") << QStringLiteral("right one");
        QTest::newRow("verified lower") << body << good.toLower() << right << Verdict::Verified << QStringLiteral("verified") << QStringLiteral("right one");
        QTest::newRow("verified padded") << body << (" " + good + " ") << right << Verdict::Verified << QStringLiteral("verified") << QStringLiteral("right one");
        QTest::newRow("no header") << body << QByteArray() << right << Verdict::NoSignatureHeader << QStringLiteral("no_signature_header") << QString();
        QTest::newRow("no header, no secret") << body << QByteArray() << QList<KnownSecret>() << Verdict::NoSignatureHeader << QStringLiteral("no_signature_header") << QString();
        QTest::newRow("no known secret") << body << good << QList<KnownSecret>() << Verdict::NoKnownSecret << QStringLiteral("no_known_secret") << QString();
        QTest::newRow("sha256= prefix") << body << ("sha256=" + good) << right << Verdict::Malformed << QStringLiteral("malformed_signature") << QString();
        QTest::newRow("truncated") << body << good.left(40) << right << Verdict::Malformed << QStringLiteral("malformed_signature") << QString();
        QTest::newRow("not hex") << body << QByteArray(64, 'z') << right << Verdict::Malformed << QStringLiteral("malformed_signature") << QString();
        QTest::newRow("wrong secret") << body << good << QList<KnownSecret>{known("wrong", "wrong")} << Verdict::Mismatch << QStringLiteral("mismatch") << QString();
        QTest::newRow("body changed") << (body + " ") << good << right << Verdict::Mismatch << QStringLiteral("mismatch") << QString();
        QTest::newRow("second secret") << body << good << QList<KnownSecret>{known("wrong", "wrong"), known("right one", "right")} << Verdict::Verified << QStringLiteral("verified") << QStringLiteral("right one");
    }

    void verdicts()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QFETCH(QList<KnownSecret>, secrets);
        QFETCH(Verdict, verdict);
        QFETCH(QString, name);
        QFETCH(QString, label);
        const SignatureCheck check = SignatureCheck::check(body, header, secrets);
        QCOMPARE(check.verdict(), verdict);
        QCOMPARE(check.verdictName(), name);
        QCOMPARE(check.verifiedBy(), label);
        QCOMPARE(check.isVerified(), verdict == Verdict::Verified);
        QVERIFY(!check.verifiesWithoutTrailingNewline());
        QVERIFY(!check.explanation().isEmpty());
        // An explanation names a secret's label, never the secret.
        for (const KnownSecret &secret : std::as_const(secrets))
            QVERIFY(!check.explanation().contains(QString::fromUtf8(secret.secret)) || check.explanation().contains(secret.label));
    }

    void headerLookupIsCaseInsensitive_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("canonical") << QByteArray("X-Fivetran-Signature-256");
        QTest::newRow("lower") << QByteArray("x-fivetran-signature-256");
        QTest::newRow("upper") << QByteArray("X-FIVETRAN-SIGNATURE-256");
    }

    void headerLookupIsCaseInsensitive()
    {
        QFETCH(QByteArray, name);
        const QByteArray body = "{}";
        const HeaderList headers{{"Content-Type", "application/json"}, {name, Signature::sign(body, "k")}};
        QCOMPARE(SignatureCheck::check(body, headers, {known("k", "k")}).verdict(), Verdict::Verified);
        QCOMPARE(SignatureCheck::check(body, HeaderList{{"X-Other", "1"}}, {known("k", "k")}).verdict(),
                 Verdict::NoSignatureHeader);
    }

    void defaultIsNotChecked()
    {
        const SignatureCheck check;
        QCOMPARE(check.verdict(), Verdict::NotChecked);
        QCOMPARE(check.verdictName(), QStringLiteral("not_checked"));
        QVERIFY(!check.explanation().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignatureCheck)
#include "tst_signaturecheck.moc"
