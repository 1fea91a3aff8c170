#include "SignatureCheck.h"

#include "Signature.h"

namespace fw {

QByteArray SignatureCheck::signatureHeader(const HeaderList &headers)
{
    const QByteArray name(Signature::headerName);
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SignatureCheck SignatureCheck::check(const QByteArray &body, const HeaderList &headers,
                                     const QList<KnownSecret> &secrets)
{
    return check(body, signatureHeader(headers), secrets);
}

SignatureCheck SignatureCheck::check(const QByteArray &body, const QByteArray &header,
                                     const QList<KnownSecret> &secrets)
{
    SignatureCheck result;
    result.m_candidates = int(secrets.size());
    // The header's shape does not depend on the key: ask with an empty one first.
    switch (Signature::verify(body, QByteArray(), header)) {
    case Signature::Verdict::MissingSignature:
        result.m_verdict = Verdict::NoSignatureHeader;
        return result;
    case Signature::Verdict::Malformed:
        result.m_verdict = Verdict::Malformed;
        return result;
    case Signature::Verdict::Valid:
    case Signature::Verdict::Mismatch:
        break;
    }
    if (secrets.isEmpty()) {
        result.m_verdict = Verdict::NoKnownSecret;
        return result;
    }
    for (int i = 0; i < secrets.size(); ++i) {
        if (Signature::verify(body, secrets.at(i).secret, header) == Signature::Verdict::Valid) {
            result.m_verdict = Verdict::Verified;
            result.m_label = secrets.at(i).label;
            result.m_index = i;
            return result;
        }
    }
    result.m_verdict = Verdict::Mismatch;
    QByteArray trimmed;
    if (body.endsWith("\r\n"))
        trimmed = body.chopped(2);
    else if (body.endsWith('\n'))
        trimmed = body.chopped(1);
    else
        return result;
    for (int i = 0; i < secrets.size(); ++i) {
        if (Signature::verify(trimmed, secrets.at(i).secret, header) == Signature::Verdict::Valid) {
            result.m_withoutNewline = true;
            result.m_label = secrets.at(i).label;
            result.m_index = i;
            break;
        }
    }
    return result;
}

QString SignatureCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotChecked: return QStringLiteral("not_checked");
    case Verdict::Verified: return QStringLiteral("verified");
    case Verdict::NoSignatureHeader: return QStringLiteral("no_signature_header");
    case Verdict::NoKnownSecret: return QStringLiteral("no_known_secret");
    case Verdict::Malformed: return QStringLiteral("malformed_signature");
    case Verdict::Mismatch: return QStringLiteral("mismatch");
    }
    return QStringLiteral("unknown");
}

QString SignatureCheck::explanation() const
{
    switch (m_verdict) {
    case Verdict::NotChecked:
        return tr("The signature was not checked: the delivery was rejected.");
    case Verdict::Verified:
        if (m_index > 0)
            return tr("Signature verified with the secret \"%1\", not the first one expected for "
                      "this webhook.")
                    .arg(m_label);
        return tr("Signature verified with the secret \"%1\".").arg(m_label);
    case Verdict::NoSignatureHeader:
        return tr("The delivery has no X-Fivetran-Signature-256 header: the webhook has no "
                  "secret, or something on the way removed the header.");
    case Verdict::NoKnownSecret:
        return tr("The delivery is signed, but no secret is remembered for this webhook, so the "
                  "signature cannot be checked.");
    case Verdict::Malformed:
        return tr("The X-Fivetran-Signature-256 header is not 64 hexadecimal digits (a prefix "
                  "such as \"sha256=\", or a truncated value).");
    case Verdict::Mismatch:
        if (m_withoutNewline)
            return tr("The signature does not match the body as received, but it matches with the "
                      "secret \"%1\" once the trailing newline is removed: a tool between "
                      "Fivetran and here added it.")
                    .arg(m_label);
        return tr("The signature matches none of the %n known secret(s): the webhook's secret "
                  "differs from the one remembered, or the body was changed on the way "
                  "(re-serialised or re-encoded).",
                  nullptr, m_candidates);
    }
    return {};
}

} // namespace fw
