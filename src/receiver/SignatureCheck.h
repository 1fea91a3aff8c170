#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace fw {

// A webhook secret the user remembered, named for display. The label may be shown and
// exported; the secret never is.
struct KnownSecret
{
    QString label;
    QByteArray secret;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Why a delivery's X-Fivetran-Signature-256 does or does not verify, in words a user can act on.
// Pure: no I/O. Every comparison goes through Signature::verify (case-insensitive, constant time).
class SignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(fw::SignatureCheck)

public:
    enum class Verdict {
        NotChecked, // a rejected delivery (e.g. 413): its body was not kept
        Verified, // one known secret verifies the body: verifiedBy() names it
        NoSignatureHeader, // the webhook has no secret, or something on the way dropped it
        NoKnownSecret, // signed, but no secret is remembered for this webhook
        Malformed, // not 64 hex digits ("sha256=" prefix, truncated)
        Mismatch, // no known secret verifies it; see the hints
    };

    SignatureCheck() = default;

    // `signatureHeader`: the header's value; empty when absent.
    static SignatureCheck check(const QByteArray &body, const QByteArray &signatureHeader,
                                const QList<KnownSecret> &secrets);
    // Looks the header up by name, case-insensitively, among `headers`.
    static SignatureCheck check(const QByteArray &body, const HeaderList &headers,
                                const QList<KnownSecret> &secrets);
    static QByteArray signatureHeader(const HeaderList &headers);

    Verdict verdict() const { return m_verdict; }
    bool isVerified() const { return m_verdict == Verdict::Verified; }
    // Verified: the label of the secret that verified (the first in the list that did).
    QString verifiedBy() const { return m_label; }
    // Verified by a secret other than the first candidate (the one the provider put first).
    bool verifiedWithOtherSecret() const { return m_verdict == Verdict::Verified && m_index > 0; }
    // Mismatch hint: the body without its trailing "\n" or "\r\n" verifies with a known secret
    // (a tool added the newline); trailingNewlineLabel() names that secret.
    bool verifiesWithoutTrailingNewline() const { return m_withoutNewline; }
    QString trailingNewlineLabel() const { return m_withoutNewline ? m_label : QString(); }
    int candidates() const { return m_candidates; } // how many known secrets were tried

    QString verdictName() const { return verdictName(m_verdict); }
    static QString verdictName(Verdict verdict); // stable identifier, e.g. "mismatch"
    QString explanation() const; // a sentence (or two) for a user

    static SignatureCheck notChecked() { return {}; }

private:
    Verdict m_verdict = Verdict::NotChecked;
    QString m_label;
    int m_index = -1;
    int m_candidates = 0;
    bool m_withoutNewline = false;
};

} // namespace fw
