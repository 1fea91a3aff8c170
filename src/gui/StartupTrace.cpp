#include "StartupTrace.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <cstdio>

namespace fw::StartupTrace {

namespace {

QElapsedTimer g_clock;
bool g_enabled = false;

// Gives up when the rows never show (no sandbox, a broken build): the benchmark then reports
// the scenario as failed instead of waiting forever.
constexpr int kGiveUpMs = 60000;

void print(const char *what)
{
    std::fprintf(stderr, "FWTRACE %s %.2f\n", what, double(g_clock.nsecsElapsed()) / 1e6);
    std::fflush(stderr);
}

class Tracer final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_armed) {
            m_armed = true; // the first event: the application is complete, its loop near
            QTimer::singleShot(kGiveUpMs, this, [] {
                print("gave-up");
                QCoreApplication::exit(3);
            });
        }
        if (event->type() != QEvent::Paint || !watched->isWidgetType() || m_done)
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (!qobject_cast<QMainWindow *>(widget->window()))
            return false;
        if (!m_painted) {
            m_painted = true;
            print("first-paint");
        }
        auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
        if (view && view->viewport() == widget
            && view->objectName() == QLatin1String("webhookTableView") && view->model()
            && view->model()->rowCount() > 0) {
            m_done = true;
            print("first-rows");
            QTimer::singleShot(0, this, [] { QCoreApplication::exit(0); });
        }
        return false;
    }

private:
    bool m_armed = false;
    bool m_painted = false;
    bool m_done = false;
};

// Runs as the QApplication is constructed (a pre-routine), when it is wanted.
void installTracer()
{
    if (g_enabled)
        QCoreApplication::instance()->installEventFilter(new Tracer(QCoreApplication::instance()));
}

Q_COREAPP_STARTUP_FUNCTION(installTracer)

} // namespace

void markProcessStart()
{
    g_clock.start();
    g_enabled = qEnvironmentVariableIntValue("FW_STARTUP_TRACE") == 1;
}

void quitAfterStartupIfAsked(const QWidget *window)
{
    if (!qEnvironmentVariableIsSet("FW_QUIT_AFTER_STARTUP_MS"))
        return;
    const int delay = qEnvironmentVariableIntValue("FW_QUIT_AFTER_STARTUP_MS");
    QTimer::singleShot(delay, QCoreApplication::instance(), [window = QPointer<const QWidget>(window)] {
        const bool icon = !QApplication::windowIcon().pixmap(16).isNull();
        std::printf("fivetran-webhooks %s started: window %s, icon %s\n", FW_VERSION,
                    window && window->isVisible() ? "shown" : "hidden", icon ? "rendered" : "missing");
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace fw::StartupTrace
