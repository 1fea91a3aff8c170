#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTextStream>
#include <optional>

namespace fw {

// The process's stdin, stdout and stderr. Output is UTF-8 and flushed at once, so that stdout and
// stderr interleave as written and nothing is lost when the event loop ends.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(fw::Console)

public:
    Console();

    void out(const QString &text);
    // Bytes that are UTF-8 already (serialised JSON): written as they are, without a detour
    // through QString, which matters for a listing of 100,000 webhooks.
    void outUtf8(const QByteArray &utf8);
    void err(const QString &text);
    void error(const QString &message); // "error: ..." on stderr
    void warning(const QString &message); // "warning: ..." on stderr
    void note(const QString &message); // a plain line on stderr

    static bool stdinIsTerminal();
    // The first line of stdin without its line ending; on a terminal the typing is not shown.
    // nullopt when stdin could not be read.
    std::optional<QByteArray> readStdinLine();
    // The next line of stdin without its line ending. On a terminal `prompt` is shown on stderr
    // first, and with `hidden` the typing is not shown. nullopt when stdin could not be read.
    std::optional<QByteArray> readLine(const QString &prompt, bool hidden);
    // Every byte of stdin, unchanged; nullopt when stdin could not be read.
    std::optional<QByteArray> readStdinAll();

    // Control characters from a server or a file would move the cursor or hide text.
    static QString printable(const QString &text);

private:
    bool openStdin();

    QTextStream m_out;
    QTextStream m_err;
    QFile m_in;
};

} // namespace fw
