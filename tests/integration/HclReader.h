#pragma once

// A reader for the subset of HCL that WebhookExport::toTerraform() writes: top-level blocks that
// hold one attribute a line (quoted strings, lists, booleans, references, function calls), nested
// blocks (lifecycle, precondition, validation, required_providers) and objects of one-line
// attributes (`fivetran = { ... }`), indented and aligned as `terraform fmt` writes them.
// Strict: anything else is reported, so that the tests notice output that drifts from that subset.

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

struct HclBlock
{
    QString type; // variable, resource, import, terraform, lifecycle...; an object's name
    QStringList labels;
    bool object = false; // `name = { ... }` rather than a block `name { ... }`
    QList<std::pair<QString, QString>> attributes; // name, value as written
    QList<HclBlock> blocks; // nested blocks and objects, in order
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
    // The first nested block or object of that type, or nullptr.
    const HclBlock *block(const QString &type) const
    {
        for (const HclBlock &child : blocks) {
            if (child.type == type)
                return &child;
        }
        return nullptr;
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

namespace hcl_detail {

class Reader
{
public:
    Reader(const QString &text, QString *error)
        : m_lines(text.split(QLatin1Char('\n')))
        , m_error(error)
    {
    }

    std::optional<QList<HclBlock>> read()
    {
        HclBlock top;
        for (; m_line < m_lines.size(); ++m_line) {
            const QString &line = m_lines.at(m_line);
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QRegularExpressionMatch header = headerPattern().match(line);
            if (!header.hasMatch()) {
                fail(QStringLiteral("not a block header"));
                return std::nullopt;
            }
            if (!readBlock(top, header, 1))
                return std::nullopt;
        }
        return top.blocks;
    }

private:
    static const QRegularExpression &headerPattern()
    {
        static const QRegularExpression header(
            QStringLiteral("^([a-z_]+)((?: \"[^\"\\\\]*\")*) \\{$"));
        return header;
    }

    bool fail(const QString &why)
    {
        *m_error
            = QStringLiteral("line %1: %2: %3").arg(m_line + 1).arg(why, m_lines.value(m_line));
        return false;
    }

    // The block whose header `match` is on the current line, its body at `depth`, appended to
    // `parent`; leaves the current line on its closing brace.
    bool readBlock(HclBlock &parent, const QRegularExpressionMatch &header, int depth)
    {
        static const QRegularExpression label(QStringLiteral("\"([^\"\\\\]*)\""));
        HclBlock block;
        block.type = header.captured(1);
        for (auto labels = label.globalMatch(header.captured(2)); labels.hasNext();)
            block.labels << labels.next().captured(1);
        ++m_line;
        if (!readBody(block, depth))
            return false;
        parent.blocks.append(block);
        return true;
    }

    // Attributes, nested blocks and objects at `depth`, up to the closing brace one level up.
    // Blank lines only separate items (one at a time, never inside an object), and end a run
    // of attributes whose "=" terraform fmt aligns: one space after the longest name.
    bool readBody(HclBlock &block, int depth)
    {
        static const QRegularExpression attribute(QStringLiteral("^([a-z_]+)( +)= (.+)$"));
        const QString indent(2 * depth, QLatin1Char(' '));
        const QString closing = QString(2 * (depth - 1), QLatin1Char(' ')) + QLatin1Char('}');
        qsizetype runColumn = -1; // where the "=" of the current run is
        qsizetype runLongest = 0;
        const auto endRun = [&] {
            if (runColumn >= 0 && runColumn != indent.size() + runLongest + 1)
                return fail(QStringLiteral("\"=\" not right after the longest name"));
            runColumn = -1;
            runLongest = 0;
            return true;
        };
        bool empty = true;
        bool afterBlank = false;
        for (; m_line < m_lines.size(); ++m_line) {
            const QString &line = m_lines.at(m_line);
            if (line == closing) {
                if (empty)
                    return fail(QStringLiteral("empty block"));
                if (afterBlank)
                    return fail(QStringLiteral("blank line before \"}\""));
                return endRun();
            }
            if (line.isEmpty()) {
                if (empty || afterBlank || block.object)
                    return fail(QStringLiteral("unexpected blank line"));
                if (!endRun())
                    return false;
                afterBlank = true;
                continue;
            }
            afterBlank = false;
            if (!line.startsWith(indent) || line.size() == indent.size()
                || line.at(indent.size()) == QLatin1Char(' '))
                return fail(QStringLiteral("not indented by %1").arg(indent.size()));
            const QString rest = line.mid(indent.size());
            empty = false;
            const QRegularExpressionMatch header = headerPattern().match(rest);
            if (header.hasMatch()) {
                if (block.object)
                    return fail(QStringLiteral("a block inside an object"));
                if (!endRun() || !readBlock(block, header, depth + 1))
                    return false;
                continue;
            }
            const QRegularExpressionMatch match = attribute.match(rest);
            if (!match.hasMatch())
                return fail(QStringLiteral("not an attribute or a block"));
            const QString name = match.captured(1);
            const QString value = match.captured(3);
            if (value == QLatin1String("{")) {
                if (block.object)
                    return fail(QStringLiteral("an object inside an object"));
                if (match.captured(2) != QLatin1String(" "))
                    return fail(QStringLiteral("an object's \"=\" not one space after its name"));
                if (!endRun())
                    return false;
                HclBlock object;
                object.type = name;
                object.object = true;
                ++m_line;
                if (!readBody(object, depth + 1))
                    return false;
                block.blocks.append(object);
                continue;
            }
            if (value.endsWith(QLatin1Char('{')) || value.endsWith(QLatin1Char('['))
                || value.endsWith(QLatin1Char('(')) || value.endsWith(QLatin1Char(' ')))
                return fail(QStringLiteral("a value not on one line"));
            const qsizetype column = indent.size() + match.capturedStart(3) - 2; // where "=" is
            if (runColumn >= 0 && column != runColumn)
                return fail(QStringLiteral("\"=\" not aligned"));
            runColumn = column;
            runLongest = qMax(runLongest, name.size());
            block.attributes.append({name, value});
        }
        m_line = m_lines.size() - 1;
        return fail(QStringLiteral("unclosed block at the end"));
    }

    QStringList m_lines;
    QString *m_error;
    qsizetype m_line = 0;
};

} // namespace hcl_detail

// The blocks of `text`, or nullopt with `error` set at the first line it does not expect.
inline std::optional<QList<HclBlock>> readHcl(const QString &text, QString *error)
{
    return hcl_detail::Reader(text, error).read();
}
