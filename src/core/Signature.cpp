#include "Signature.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

namespace fw {

QByteArray Signature::sign(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256)
            .toHex()
            .toUpper();
}

namespace {

bool isHexDigest(const QByteArray &value)
{
    if (value.size() != 64)
        return false;
    for (char c : value) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return false;
    }
    return true;
}

} // namespace

Signature::Verdict Signature::verify(const QByteArray &body, const QByteArray &secret,
                                     const QByteArray &signatureHeader)
{
    const QByteArray received = signatureHeader.trimmed();
    if (received.isEmpty())
        return Verdict::MissingSignature;
    if (!isHexDigest(received))
        return Verdict::Malformed;
    const QByteArray expected = sign(body, secret);
    // Constant time: look at every byte whatever the first difference. Case is folded with a
    // bit mask (hex letters differ from their upper case only in 0x20), digits are unaffected.
    unsigned char difference = 0;
    for (int i = 0; i < 64; ++i)
        difference |= static_cast<unsigned char>((received[i] ^ expected[i]) & ~0x20);
    return difference == 0 ? Verdict::Valid : Verdict::Mismatch;
}

QString Signature::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid: return QStringLiteral("valid");
    case Verdict::MissingSignature: return QStringLiteral("missing_signature");
    case Verdict::Malformed: return QStringLiteral("malformed_signature");
    case Verdict::Mismatch: return QStringLiteral("mismatch");
    }
    return QStringLiteral("unknown");
}

QString Signature::explain(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QCoreApplication::translate("fw::Signature",
                                           "The signature matches: the body is authentic.");
    case Verdict::MissingSignature:
        return QCoreApplication::translate(
                "fw::Signature",
                "There is no X-Fivetran-Signature-256 header: the webhook has no secret, or "
                "something on the way removed the header.");
    case Verdict::Malformed:
        return QCoreApplication::translate(
                "fw::Signature",
                "The signature is not 64 hexadecimal digits: check for a prefix such as "
                "\"sha256=\" or a truncated value.");
    case Verdict::Mismatch:
        return QCoreApplication::translate(
                "fw::Signature",
                "The signature does not match: the secret is wrong, or the body was changed on "
                "the way (re-serialised, re-encoded, or a trailing newline added).");
    }
    return {};
}

} // namespace fw
