#include "Console.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace fw {

namespace {

// Turns off the terminal's echo while a secret is typed, and back on however the read ends.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
    bool m_active = false;
};

} // namespace

Console::Console()
    : m_out(stdout, QIODevice::WriteOnly)
    , m_err(stderr, QIODevice::WriteOnly)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void Console::out(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Console::outUtf8(const QByteArray &utf8)
{
    m_out.flush();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void Console::err(const QString &text)
{
    m_err << text;
    m_err.flush();
}

void Console::error(const QString &message)
{
    err(tr("error: %1").arg(message) + QLatin1Char('\n'));
}

void Console::warning(const QString &message)
{
    err(tr("warning: %1").arg(message) + QLatin1Char('\n'));
}

void Console::note(const QString &message)
{
    err(message + QLatin1Char('\n'));
}

bool Console::stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

bool Console::openStdin()
{
    return m_in.isOpen() || m_in.open(stdin, QIODevice::ReadOnly);
}

std::optional<QByteArray> Console::readStdinLine()
{
    return readLine(tr("Secret (not shown): "), true);
}

std::optional<QByteArray> Console::readLine(const QString &prompt, bool hidden)
{
    if (!openStdin())
        return std::nullopt;
    QByteArray line;
    if (stdinIsTerminal()) {
        err(prompt);
        if (hidden) {
            EchoOff quiet;
            line = m_in.readLine();
            err(QStringLiteral("\n"));
        } else {
            line = m_in.readLine();
        }
    } else {
        line = m_in.readLine();
    }
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

std::optional<QByteArray> Console::readStdinAll()
{
    if (!openStdin())
        return std::nullopt;
    return m_in.readAll();
}

QString Console::printable(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            c = QChar(0xFFFD);
    }
    return result;
}

} // namespace fw
