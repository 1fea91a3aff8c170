#include "VerifyCommand.h"

#include "Console.h"
#include "OutputFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw {

namespace {

bool matches(const QByteArray &body, const QByteArray &secret, const QByteArray &signature)
{
    return Signature::verify(body, secret, signature) == Signature::Verdict::Valid;
}

} // namespace

VerifyCommand::Report VerifyCommand::check(
    const QByteArray &body, const QByteArray &secret, const QByteArray &signature)
{
    Report report;
    report.verdict = Signature::verify(body, secret, signature);
    switch (report.verdict) {
    case Signature::Verdict::Valid:
        break;
    case Signature::Verdict::MissingSignature:
        report.hints << tr("Fivetran signs deliveries only for webhooks that have a secret: set "
                           "one with 'update ID --secret-stdin'.");
        break;
    case Signature::Verdict::Malformed: {
        const QByteArray prefix("sha256=");
        if (signature.toLower().startsWith(prefix)) {
            const QByteArray bare = signature.mid(prefix.size());
            report.hints << (matches(body, secret, bare)
                    ? tr("Without the 'sha256=' prefix the signature matches: "
                         "Fivetran sends bare hex digits.")
                    : tr("Fivetran sends bare hex digits, without a 'sha256=' "
                         "prefix (without it, the signature still does not "
                         "match)."));
        } else if (signature.size() != 64) {
            report.hints << tr("A signature is 64 hex digits; this one has %n character(s). "
                               "Was it cut off when copied?",
                nullptr, int(signature.size()));
        } else {
            report.hints << tr("A signature contains only the hex digits 0-9 and A-F.");
        }
        break;
    }
    case Signature::Verdict::Mismatch: {
        QByteArray stripped = body;
        while (stripped.endsWith('\n') || stripped.endsWith('\r'))
            stripped.chop(1);
        if (stripped != body && matches(stripped, secret, signature))
            report.hints << tr("The signature matches the body without its trailing newline: a "
                               "tool added it (echo, a here-string, an editor). Pass the body "
                               "with printf '%s' or --body-file.");
        if (matches(body + '\n', secret, signature) || matches(body + "\r\n", secret, signature))
            report.hints << tr("The signature matches the body with a trailing newline: the "
                               "newline was lost on the way (a shell's $(...) drops it). Pass "
                               "the body with --body-file.");
        if (body.contains("\r\n")) {
            QByteArray lfBody = body;
            lfBody.replace("\r\n", "\n");
            if (matches(lfBody, secret, signature))
                report.hints << tr("The signature matches with \\n line endings: the body's "
                                   "line endings were converted to \\r\\n.");
        } else if (body.contains('\n')) {
            QByteArray crlfBody = body;
            crlfBody.replace("\n", "\r\n");
            if (matches(crlfBody, secret, signature))
                report.hints << tr("The signature matches with \\r\\n line endings: the "
                                   "body's line endings were converted to \\n.");
        }
        const QByteArray trimmedSecret = secret.trimmed();
        if (trimmedSecret != secret && !trimmedSecret.isEmpty()
            && matches(body, trimmedSecret, signature))
            report.hints << tr("The signature matches the secret without its surrounding "
                               "whitespace: remove the spaces or newline around the secret.");
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isNull()) {
            const QByteArray compact = document.toJson(QJsonDocument::Compact);
            // A body that only lost its newline is explained above already.
            if (compact != body && compact != stripped && matches(compact, secret, signature))
                report.hints << tr("The signature matches the compact form of this JSON: the "
                                   "body was re-formatted on the way. Verify the raw bytes as "
                                   "received.");
        }
        if (report.hints.isEmpty())
            report.hints << tr("Check that the secret is the one set on this webhook (Fivetran "
                               "never shows it again) and that the body is byte for byte what "
                               "was received: not re-encoded, re-formatted or trimmed.");
        break;
    }
    }
    return report;
}

ExitCode VerifyCommand::run(const CliOptions &options, Console &console)
{
    QByteArray body;
    if (!options.bodyFile.isEmpty()) {
        QFile file(options.bodyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            console.error(tr("Cannot read the body file %1: %2")
                              .arg(Console::printable(options.bodyFile), file.errorString()));
            return ExitCode::Usage;
        }
        body = file.readAll();
    } else {
        if (Console::stdinIsTerminal())
            console.note(tr("Reading the body from stdin; end it with Ctrl-D."));
        const std::optional<QByteArray> read = console.readStdinAll();
        if (!read) {
            console.error(tr("Cannot read the body from stdin."));
            return ExitCode::Usage;
        }
        body = *read;
    }

    QByteArray secret;
    if (options.secretFromStdin) {
        const std::optional<QByteArray> line = console.readStdinLine();
        if (!line || line->isEmpty()) {
            console.error(tr("The secret on stdin is empty: write it on the first line."));
            return ExitCode::Usage;
        }
        secret = *line;
    } else {
        // Raw bytes: the secret is the key as the shell holds it, whatever the locale.
        secret = qgetenv("FIVETRAN_WEBHOOK_SECRET");
        if (secret.isEmpty()) {
            console.error(tr("No webhook secret: set FIVETRAN_WEBHOOK_SECRET, or give "
                             "--secret-stdin together with --body-file."));
            return ExitCode::Usage;
        }
    }

    // Surrounding whitespace is never part of a header value.
    const QByteArray signature = options.signature.trimmed().toUtf8();
    const Report report = check(body, secret, signature);
    const bool valid = report.verdict == Signature::Verdict::Valid;

    if (options.json) {
        QJsonObject object;
        object.insert(QLatin1String("verdict"), Signature::verdictName(report.verdict));
        object.insert(QLatin1String("valid"), valid);
        object.insert(QLatin1String("explanation"), Signature::explain(report.verdict));
        object.insert(QLatin1String("hints"), QJsonArray::fromStringList(report.hints));
        object.insert(QLatin1String("body_bytes"), body.size());
        console.out(OutputFormat::jsonText(object));
    } else {
        QString text = tr("Verdict: %1").arg(Signature::verdictName(report.verdict))
            + QLatin1Char('\n') + Signature::explain(report.verdict) + QLatin1Char('\n');
        for (const QString &hint : report.hints)
            text += tr("hint: %1").arg(hint) + QLatin1Char('\n');
        console.out(text);
    }
    return valid ? ExitCode::Success : ExitCode::NegativeOutcome;
}

} // namespace fw
