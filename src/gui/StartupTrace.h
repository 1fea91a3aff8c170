#pragma once

namespace fw::StartupTrace {

// Call first thing in main(). Starts the start-up clock; when the environment has
// FW_STARTUP_TRACE=1, the QApplication created next prints to stderr
//   FWTRACE first-paint <ms>   the first paint event of a widget of the main window
//   FWTRACE first-rows <ms>    the first paint of the webhook table with rows in its model
// (milliseconds since this call) and then quits by itself, for the start-up benchmark (P5).
// Without the variable it does nothing else.
void markProcessStart();

} // namespace fw::StartupTrace
