// P5 peer: the Qt hello-world window, built with the app's flags. Prints on stderr
//   FWTRACE first-paint <ms>
// (the first paint event of the window, in milliseconds since main() started, as the app's
// FW_STARTUP_TRACE=1 does) and quits.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
#include <cstdio>

namespace {

QElapsedTimer g_clock;

class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            std::fprintf(
                stderr, "FWTRACE first-paint %.2f\n", double(g_clock.nsecsElapsed()) / 1e6);
            std::fflush(stderr);
            QTimer::singleShot(0, this, [] { QCoreApplication::exit(0); });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    g_clock.start();
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Hello"));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Hello, world"), &window));
    window.resize(640, 480);
    app.installEventFilter(new FirstPaint(&window));
    window.show();
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
