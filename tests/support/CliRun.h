#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QTest>

// What one run of fivetran-webhooks-cli gave, for the CLI tests; each test file has its own
// runCli() (they start the program with different environments).
struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QByteArray diagnostics() const
    {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)")
            + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
};

// Runs the CLI at `program` with `arguments`, `input` on stdin (always closed, so a command
// reading it sees the end), and `environment`. Waits with a signal spy: the sandbox serving it
// may live on this thread's event loop.
inline CliRun runCliProcess(const QString &program, const QStringList &arguments,
                            const QByteArray &input, const QProcessEnvironment &environment,
                            int timeoutMs)
{
    CliRun result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = finished.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        finished.wait(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Runs the CLI and awaits it; the QVERIFY2 reports stdout and stderr when it did not finish.
#define RUN_CLI(result, ...)                                                                       \
    do {                                                                                           \
        result = runCli(__VA_ARGS__);                                                              \
        QVERIFY2(result.finished, result.diagnostics().constData());                               \
    } while (false)

#define EXPECT_EXIT(result, code)                                                                  \
    QVERIFY2((result).exitCode == (code), (result).diagnostics().constData())
