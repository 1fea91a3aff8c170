#include "CliApplication.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The desktop app's names: QSettings (ProfileList) then finds the same profiles it wrote.
    QCoreApplication::setOrganizationName(QStringLiteral("Fivetran Webhooks"));
    QCoreApplication::setApplicationName(QStringLiteral("fivetran-webhooks"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FW_VERSION));
    // Output stays English for scripts; this gives it English plurals ("1 second", "2 seconds").
    fw::Translations::install(QStringLiteral("en"));

    fw::CliApplication cli;
    QObject::connect(&cli, &fw::CliApplication::finished, &app, &QCoreApplication::exit);
    // Started from inside the event loop, so that exit() takes effect even when the command
    // ends at once (help, usage errors, verify).
    QTimer::singleShot(0, &cli, [&cli] {
        cli.start(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    });
    return app.exec();
}
