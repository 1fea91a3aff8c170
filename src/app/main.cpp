#include "MainWindow.h"
#include "Preferences.h"
#include "StartupTrace.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>
#include <cstring>

namespace {

// --help and --version answer without a display: QApplication would abort before parsing them.
bool answeredWithoutDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("fivetran-webhooks %s\n", FW_VERSION);
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: fivetran-webhooks [--version] [--help]\n"
                        "Manage the webhooks of your Fivetran accounts. With no account\n"
                        "configured, it opens the built-in Sandbox account: a local emulator of\n"
                        "Fivetran's API with demo data, to try every feature without a key.\n");
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    fw::StartupTrace::markProcessStart(); // FW_STARTUP_TRACE=1: print first paint, rows; quit
    if (answeredWithoutDisplay(argc, argv))
        return 0;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Fivetran Webhooks"));
    QApplication::setApplicationName(QStringLiteral("fivetran-webhooks"));
    // The language chosen in Preferences, else the system's; before any text is made.
    fw::Translations::install(fw::Preferences::load().language);
    QApplication::setApplicationDisplayName(QObject::tr("Fivetran Webhooks"));
    QApplication::setApplicationVersion(QLatin1String(FW_VERSION));
    QGuiApplication::setDesktopFileName(QLatin1String(FW_APP_ID));
    const QIcon bundledIcon(QStringLiteral(":/icons/" FW_APP_ID ".svg"));
    QApplication::setWindowIcon(QIcon::fromTheme(QLatin1String(FW_APP_ID), bundledIcon));

    fw::MainWindow window;
    window.show();
    window.openInitialAccountOncePainted(); // the account used last time, or the Sandbox
    fw::StartupTrace::quitAfterStartupIfAsked(&window); // for the package test
    return app.exec();
}
