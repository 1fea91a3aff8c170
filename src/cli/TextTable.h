#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fw {

// A plain-text table with aligned columns, two spaces apart, for a terminal or a pager. The last
// column is not padded, so lines carry no trailing spaces.
class TextTable
{
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells); // missing cells are empty; control characters are replaced
    int rowCount() const { return int(m_rows.size()); }
    QString toString() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace fw
