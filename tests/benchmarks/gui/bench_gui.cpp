// P3 and P4 (docs/benchmarks.md): the real MainWindow, offscreen, on an account whose API is a seeded
// sandbox served from another thread. Prints FWBENCH lines (see BenchCommon.h).
//
// P3: "Load all" triggered through the window's action; a 1 ms Qt::PreciseTimer on the GUI
//     thread records every tick, and the lateness of a tick is its gap to the previous one minus
//     the 1 ms period. Reported: the longest stall (largest lateness), p99 lateness, and the
//     load's wall time, from the action until loadAllFinished (and 100 ms of settling after it
//     still counts towards the stalls).
// P4: with the N rows loaded, keystrokes typed into the filter bar one at a time
//     (QTest::keyClick): "example" (every row matches), then backspaces to empty, then
//     "load/777" (narrowing), then backspaces. A keystroke's time runs from the key event until
//     the proxy has re-filtered and the posted view events (layout, paint) have been processed.
//     Reported: max and median per keystroke; and, for information, one full sort by URL.
// For profiling (perf record): FWBENCH_SKIP_P4=1 stops after P3, FWBENCH_DEBUG=1 prints the 40
// worst timer latenesses to stderr.
#include "AccountProfile.h"
#include "AccountSession.h"
#include "BenchCommon.h"
#include "MainWindow.h"
#include "WebhookFilterProxy.h"
#include "WebhookTableModel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace fw;

namespace {

constexpr int kWaitMs = 600'000;

bool runOne(int n)
{
    bench::SandboxThread sandbox;
    auto session = bench::openSeededSession(sandbox, n, "P3");
    if (!session)
        return false;
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->setSession(std::move(session));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        std::fprintf(stderr, "P3: the window was never exposed\n");
        return false;
    }
    WebhookTableModel *model = window->model();
    if (!QTest::qWaitFor(
            [&] {
                return model->rowCount() > 0 && !model->isLoading()
                    && window->session()->groupsComplete();
            },
            kWaitMs)) {
        std::fprintf(stderr, "P3: the first page never came\n");
        return false;
    }
    QTest::qWait(200); // start-up settles: nothing of it counts

    // --- P3 ---
    QElapsedTimer clock;
    clock.start();
    QList<qint64> ticks;
    ticks.reserve(1 << 20);
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&] { ticks.append(clock.nsecsElapsed()); });
    QAction *loadAll = window->findChild<QAction *>(QStringLiteral("loadAllAction"));
    if (!loadAll) {
        std::fprintf(stderr, "P3: no loadAllAction\n");
        return false;
    }
    QEventLoop loop;
    bool complete = false;
    qint64 finishedAt = 0;
    QObject::connect(model, &WebhookTableModel::loadAllFinished, &loop, [&](bool ok) {
        complete = ok;
        finishedAt = clock.nsecsElapsed();
        QTimer::singleShot(100, &loop, &QEventLoop::quit); // what follows the load counts too
    });
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    timer.start();
    ticks.append(clock.nsecsElapsed());
    const qint64 startedAt = clock.nsecsElapsed();
    QMetaObject::invokeMethod(loadAll, &QAction::trigger, Qt::QueuedConnection); // as a click would
    loop.exec();
    timer.stop();
    if (!complete || model->rowCount() != n) {
        std::fprintf(stderr, "P3: loaded %d of %d rows\n", model->rowCount(), n);
        return false;
    }
    QList<double> lateness;
    lateness.reserve(ticks.size());
    for (qsizetype i = 1; i < ticks.size(); ++i)
        lateness.append(std::max(0.0, double(ticks.at(i) - ticks.at(i - 1)) / 1e6 - 1.0));
    if (qEnvironmentVariableIsSet("FWBENCH_DEBUG")) { // the 40 worst ticks, for profiling
        QList<double> worst = lateness;
        std::sort(worst.begin(), worst.end(), std::greater<>());
        for (qsizetype i = 0; i < std::min<qsizetype>(40, worst.size()); ++i)
            std::fprintf(stderr, "%.1f ", worst.at(i));
        std::fprintf(stderr, "\n");
    }
    const double longest
        = lateness.isEmpty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());
    const double p99 = bench::percentile(lateness, 0.99);
    const double loadMs = double(finishedAt - startedAt) / 1e6;
    bench::emitResult({QStringLiteral("P3"), n, QStringLiteral("longest stall"), longest,
        QStringLiteral("ms"), {}, {}, {}, QStringLiteral("≤ 16 ms"), longest <= 16});
    bench::emitResult({QStringLiteral("P3"), n, QStringLiteral("p99 timer lateness"), p99,
        QStringLiteral("ms"), {}, {}, {}, QStringLiteral("≤ 8 ms"), p99 <= 8});
    bench::emitResult({QStringLiteral("P3"), n, QStringLiteral("load all wall time"), loadMs,
        QStringLiteral("ms"), {}, {}, {}, {}, {}});
    bench::emitResult({QStringLiteral("P3"), n, QStringLiteral("timer ticks"), double(ticks.size()),
        QStringLiteral("ticks"), {}, {}, {}, {}, {}});

    if (qEnvironmentVariableIsSet("FWBENCH_SKIP_P4")) // profiling P3 alone
        return true;

    // --- P4 ---
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    if (!filter) {
        std::fprintf(stderr, "P4: no filterLineEdit\n");
        return false;
    }
    filter->setFocus(Qt::OtherFocusReason);
    QTest::qWait(50);
    QList<double> keystrokes;
    const auto type = [&](const QString &keys) {
        for (const QChar ch : keys) {
            const qint64 t0 = clock.nsecsElapsed();
            QTest::keyClick(filter, ch.toLatin1());
            QCoreApplication::processEvents(); // the view's posted layout and paint events
            keystrokes.append(double(clock.nsecsElapsed() - t0) / 1e6);
        }
    };
    const auto erase = [&](int count) {
        for (int i = 0; i < count; ++i) {
            const qint64 t0 = clock.nsecsElapsed();
            QTest::keyClick(filter, Qt::Key_Backspace);
            QCoreApplication::processEvents();
            keystrokes.append(double(clock.nsecsElapsed() - t0) / 1e6);
        }
    };
    const QString wide = QStringLiteral("example");
    const QString narrow = QStringLiteral("load/777");
    type(wide);
    const int wideRows = window->proxy()->rowCount();
    erase(int(wide.size()));
    type(narrow);
    const int narrowRows = window->proxy()->rowCount();
    erase(int(narrow.size()));
    // The filter must have worked, or the times mean nothing: every URL holds "example", and
    // "load/777" matches load/777, load/7770-7779, load/77700-77799 (those below N).
    int expectedNarrow = 0;
    for (int i = 0; i < n; ++i)
        expectedNarrow += QString::number(i).startsWith(QLatin1String("777"));
    if (wideRows != n || narrowRows != expectedNarrow || window->proxy()->rowCount() != n) {
        std::fprintf(stderr, "P4: filter results wrong (%d/%d, %d/%d)\n", wideRows, n, narrowRows,
            expectedNarrow);
        return false;
    }
    const double worst = *std::max_element(keystrokes.cbegin(), keystrokes.cend());
    const double median = bench::percentile(keystrokes, 0.5);
    bench::emitResult({QStringLiteral("P4"), n, QStringLiteral("max per keystroke"), worst,
        QStringLiteral("ms"), {}, {}, {}, QStringLiteral("≤ 50 ms"), worst <= 50});
    bench::emitResult({QStringLiteral("P4"), n, QStringLiteral("median per keystroke"), median,
        QStringLiteral("ms"), {}, {}, {}, QStringLiteral("≤ 50 ms"), median <= 50});

    // Not a target, but the same rows: one click on the URL column's header (a full sort).
    QTableView *table = window->tableView();
    const qint64 s0 = clock.nsecsElapsed();
    table->sortByColumn(WebhookTableModel::Url, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    const double sortMs = double(clock.nsecsElapsed() - s0) / 1e6;
    if (window->proxy()->rowCount() != n) {
        std::fprintf(stderr, "P4: sorting lost rows\n");
        return false;
    }
    bench::emitResult({QStringLiteral("P4"), n, QStringLiteral("sort by URL (info)"), sortMs,
        QStringLiteral("ms"), {}, {}, {}, {}, {}});
    window.reset();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // QSettings and data: nothing in the user's folders
    QCoreApplication::setOrganizationName(QStringLiteral("fw-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui"));
    const auto options = bench::parseOptions(
        app, QStringLiteral("P3 and P4: the main window during Load all and filtering."));
    if (!options)
        return 2;
    for (const int n : options->sizes) {
        if (!runOne(n))
            return 1;
    }
    return 0;
}
