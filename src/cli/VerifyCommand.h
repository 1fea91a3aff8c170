#pragma once

#include "CliOptions.h"
#include "ExitCode.h"
#include "Signature.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace fw {

class Console;

// `verify`: checks a delivery's signature offline. No network, so it runs synchronously.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(fw::VerifyCommand)

public:
    struct Report
    {
        Signature::Verdict verdict = Signature::Verdict::Mismatch;
        QStringList hints; // what would have matched, or where to look
    };

    // The verdict, and for a failure the usual causes that this body and secret confirm. Hints
    // never contain the secret or the expected signature.
    static Report check(
        const QByteArray &body, const QByteArray &secret, const QByteArray &signature);

    static ExitCode run(const CliOptions &options, Console &console);
};

} // namespace fw
