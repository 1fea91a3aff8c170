#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

// The files under `root` (hidden ones included) whose bytes contain `needle`: the leak tests'
// way of proving a secret reached no file.
inline QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}
