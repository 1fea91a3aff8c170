#pragma once

#include <QByteArray>
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

// Runs the CLI and awaits it; the QVERIFY2 reports stdout and stderr when it did not finish.
#define RUN_CLI(result, ...)                                                                       \
    do {                                                                                           \
        result = runCli(__VA_ARGS__);                                                              \
        QVERIFY2(result.finished, result.diagnostics().constData());                               \
    } while (false)

#define EXPECT_EXIT(result, code)                                                                  \
    QVERIFY2((result).exitCode == (code), (result).diagnostics().constData())
