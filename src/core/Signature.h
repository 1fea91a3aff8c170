#pragma once

#include <QByteArray>
#include <QString>

namespace fw {

// Fivetran signs a delivery with HMAC-SHA256 over the raw body bytes, keyed with the webhook
// secret, sent as 64 hex digits in X-Fivetran-Signature-256 (no prefix, no timestamp).
class Signature
{
public:
    static constexpr const char *headerName = "X-Fivetran-Signature-256";

    enum class Verdict {
        Valid,
        MissingSignature, // no header value: the webhook has no secret, or a proxy dropped it
        Malformed, // not 64 hex digits (a prefix such as "sha256=", or truncated)
        Mismatch, // well-formed but wrong: wrong secret, or the body changed on the way
    };

    // Upper-case hex, as Fivetran sends it.
    static QByteArray sign(const QByteArray &body, const QByteArray &secret);
    // Case-insensitive, constant-time in the signature's content.
    static Verdict verify(const QByteArray &body, const QByteArray &secret,
                          const QByteArray &signatureHeader);
    static QString verdictName(Verdict verdict); // stable identifier, e.g. "mismatch"
    static QString explain(Verdict verdict); // a sentence for a user
};

} // namespace fw
