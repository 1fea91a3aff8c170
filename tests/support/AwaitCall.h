#pragma once

// Waiting for a FivetranClient call in a test. Client and server often share the test's thread,
// so the wait must be a real event loop: QTest::qWaitFor sleeps 10 ms between rounds, which
// turned each request into ~40 ms.

#include "ApiResult.h"
#include "FivetranClient.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <optional>

// Runs the event loop until `finished` is called, or `timeoutMs` passed (then warns).
inline void runUntil(const std::function<void(const std::function<void()> &finished)> &start,
                     int timeoutMs = 60000)
{
    QEventLoop loop;
    bool done = false;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!done)
        qWarning("no answer within %d ms", timeoutMs);
}

// Starts a call with a callback and returns its result; nullopt when none came in time.
template<typename T>
std::optional<fw::ApiResult<T>>
await(const std::function<fw::ApiCall *(fw::ApiCallback<T>)> &start, int timeoutMs = 60000)
{
    std::optional<fw::ApiResult<T>> result;
    runUntil(
            [&](const std::function<void()> &finished) {
                start([&result, finished](const fw::ApiResult<T> &r) {
                    result = r;
                    finished();
                });
            },
            timeoutMs);
    return result;
}
