#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fw::Translations {

namespace {

const QString kCatalog = QStringLiteral("fivetran-webhooks");
const QString kResourceDir = QStringLiteral(":/i18n");
QString g_current = QStringLiteral("en");

// Installs one translator owned by the application; false when the file is missing.
bool installTranslator(const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name, directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "français" as a menu entry reads "Français"
    return name;
}

QString systemLanguage()
{
    const QStringList shipped = available();
    for (const QString &uiLanguage : QLocale::system().uiLanguages()) {
        const QString language = uiLanguage.section(QLatin1Char('-'), 0, 0).toLower();
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString install(const QString &language)
{
    const QString chosen = available().contains(language) ? language : systemLanguage();
    QLocale locale = QLocale::system();
    if (locale.language() != QLocale(chosen).language())
        locale = QLocale(chosen); // a chosen language brings its own formats
    QLocale::setDefault(locale);

    // Translators installed later are asked first: plurals < Qt's strings < ours.
    installTranslator(kCatalog + QStringLiteral("_en"), kResourceDir);
    if (chosen != QLatin1String("en")) {
        installTranslator(QStringLiteral("qtbase_") + chosen,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        installTranslator(kCatalog + QLatin1Char('_') + chosen, kResourceDir);
    }
    g_current = chosen;
    return chosen;
}

QString current()
{
    return g_current;
}

} // namespace fw::Translations
