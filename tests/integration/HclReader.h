#pragma once

// A reader for the subset of HCL that WebhookExport::toTerraform() writes: top-level blocks with
// one attribute a line (quoted strings, lists of them, booleans, references). Strict: anything
// else is reported, so that the tests notice output that drifts from that subset.

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

struct HclBlock
{
    QString type; // variable, resource, import
    QStringList labels;
    QList<std::pair<QString, QString>> attributes; // name, value as written
    QString value(const QString &name) const
    {
        for (const auto &attribute : attributes) {
            if (attribute.first == name)
                return attribute.second;
        }
        return {};
    }
    bool has(const QString &name) const
    {
        for (const auto &attribute : attributes) {
            if (attribute.first == name)
                return true;
        }
        return false;
    }
};

// One quoted HCL string: escapes, and "$" or "%" only when not starting a template sequence.
inline const QString &hclStringPattern()
{
    static const QString pattern = QStringLiteral(
        "\"(?:[^\"\\\\$%\\x00-\\x1f]|\\\\[\\\\\"nrt]|\\\\u[0-9a-fA-F]{4}|\\$\\$\\{|%%\\{"
        "|\\$(?!\\{)|%(?!\\{))*\"");
    return pattern;
}

// The value of a quoted HCL string, or nullopt when `quoted` is not exactly one.
inline std::optional<QString> hclUnquote(const QString &quoted)
{
    static const QRegularExpression whole(
        QStringLiteral("^") + hclStringPattern() + QStringLiteral("$"));
    if (!whole.match(quoted).hasMatch())
        return std::nullopt;
    QString out;
    const QString body = quoted.mid(1, quoted.size() - 2);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\\')) {
            const QChar e = body.at(++i);
            if (e == QLatin1Char('n'))
                out += QLatin1Char('\n');
            else if (e == QLatin1Char('r'))
                out += QLatin1Char('\r');
            else if (e == QLatin1Char('t'))
                out += QLatin1Char('\t');
            else if (e == QLatin1Char('u')) {
                out += QChar(body.mid(i + 1, 4).toUShort(nullptr, 16));
                i += 4;
            } else
                out += e;
        } else if ((c == QLatin1Char('$') || c == QLatin1Char('%'))
            && body.mid(i + 1, 2) == QString(c) + QLatin1Char('{')) {
            out += c; // "$${" is a literal "${"
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// ["a", "b"] as its strings, or nullopt.
inline std::optional<QStringList> hclStringList(const QString &list)
{
    static const QRegularExpression whole(QStringLiteral("^\\[(?:(") + hclStringPattern()
        + QStringLiteral(")(?:, (?!\\])|(?=\\])))*\\]$"));
    static const QRegularExpression item(hclStringPattern());
    if (!whole.match(list).hasMatch())
        return std::nullopt;
    QStringList items;
    auto it = item.globalMatch(list);
    while (it.hasNext())
        items << *hclUnquote(it.next().captured(0));
    return items;
}

// The blocks of `text`, or nullopt with `error` set at the first line it does not expect.
inline std::optional<QList<HclBlock>> readHcl(const QString &text, QString *error)
{
    static const QRegularExpression header(QStringLiteral("^([a-z]+)((?: \"[^\"\\\\]*\")*) \\{$"));
    static const QRegularExpression label(QStringLiteral("\"([^\"\\\\]*)\""));
    static const QRegularExpression attribute(QStringLiteral("^  ([a-z_]+)( +)= (.+)$"));
    QList<HclBlock> blocks;
    bool inBlock = false;
    int lineNumber = 0;
    qsizetype alignment = -1;
    qsizetype longestName = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        const auto fail = [&](const QString &why) {
            *error = QStringLiteral("line %1: %2: %3").arg(lineNumber).arg(why, line);
            return std::nullopt;
        };
        if (!inBlock) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QRegularExpressionMatch match = header.match(line);
            if (!match.hasMatch())
                return fail(QStringLiteral("not a block header"));
            HclBlock block;
            block.type = match.captured(1);
            auto labels = label.globalMatch(match.captured(2));
            while (labels.hasNext())
                block.labels << labels.next().captured(1);
            blocks.append(block);
            inBlock = true;
            alignment = -1;
            longestName = 0;
            continue;
        }
        if (line == QLatin1String("}")) {
            // ...one space after the longest name, no more.
            if (alignment != 2 + longestName + 1)
                return fail(QStringLiteral("\"=\" not right after the longest name"));
            inBlock = false;
            continue;
        }
        const QRegularExpressionMatch match = attribute.match(line);
        if (!match.hasMatch())
            return fail(QStringLiteral("not an attribute"));
        // terraform fmt aligns the "=" of consecutive attributes.
        const qsizetype column = match.capturedStart(3) - 2; // where "=" is
        if (alignment >= 0 && column != alignment)
            return fail(QStringLiteral("\"=\" not aligned"));
        alignment = column;
        longestName = qMax(longestName, match.captured(1).size());
        blocks.last().attributes.append({match.captured(1), match.captured(3)});
    }
    if (inBlock) {
        *error = QStringLiteral("unclosed block at the end");
        return std::nullopt;
    }
    return blocks;
}
