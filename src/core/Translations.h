#pragma once

#include <QString>
#include <QStringList>

namespace fw::Translations {

// Languages the application ships, as ISO 639-1 codes; English is the source language.
QStringList available();
// The language's own name ("Deutsch", "Français"), for a language menu.
QString nativeName(const QString &language);
// The shipped language closest to the system's UI languages, or "en".
QString systemLanguage();

// Installs the translators for `language` ("" = follow the system) on the running application:
// English plural forms always (the source text says "%n webhook(s)"), then Qt's own strings
// and ours for the language, and makes it the default QLocale so dates and numbers follow it.
// Returns the language installed. Call once, before any widget is made.
QString install(const QString &language);
// The language install() set up in this process ("en" before any call).
QString current();

} // namespace fw::Translations
