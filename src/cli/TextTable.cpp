#include "TextTable.h"

#include "Console.h"

namespace fw {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    for (QString &cell : cells)
        cell = Console::printable(cell);
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    const int columns = int(m_headers.size());
    QList<int> widths(columns, 0);
    const auto measure = [&widths, columns](const QStringList &cells) {
        for (int i = 0; i < columns; ++i)
            widths[i] = qMax(widths[i], int(cells.at(i).size()));
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);

    QString text;
    const auto write = [&text, &widths, columns](const QStringList &cells) {
        QString line;
        for (int i = 0; i < columns; ++i) {
            if (i + 1 < columns)
                line += cells.at(i).leftJustified(widths[i]) + QStringLiteral("  ");
            else
                line += cells.at(i);
        }
        // An empty last cell would otherwise leave the padding of the one before it.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    };
    write(m_headers);
    for (const QStringList &row : m_rows)
        write(row);
    return text;
}

} // namespace fw
