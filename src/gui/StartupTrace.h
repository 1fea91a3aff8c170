#pragma once

class QWidget;

// Opt-in start-up probes, for the start-up benchmark and the package test. Both do nothing
// unless their environment variable is set.
namespace fw::StartupTrace {

// Call first thing in main(). Starts the start-up clock; when the environment has
// FW_STARTUP_TRACE=1, the QApplication created next prints to stderr
//   FWTRACE first-paint <ms>   the first paint event of a widget of the main window
//   FWTRACE first-rows <ms>    the first paint of the webhook table with rows in its model
// (milliseconds since this call) and then quits by itself, for the start-up benchmark (P5).
// Without the variable it does nothing else.
void markProcessStart();

// For the package test (tests/packaging): with FW_QUIT_AFTER_STARTUP_MS=N in the environment,
// N ms after this call print "fivetran-webhooks <version> started: window shown|hidden, icon
// rendered|missing" on stdout and quit. Without the variable it does nothing.
void quitAfterStartupIfAsked(const QWidget *window);

} // namespace fw::StartupTrace
