#pragma once

#include "ApiError.h"

#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace fw {

// When to try a request again, and after how long. Pure decisions, so they are unit-tested.
// Idempotent requests (GET, DELETE, PATCH with the same body) are retried on 429, 5xx, dropped
// connections and timeouts. Creates and tests are retried only on 429: a 5xx may have created
// the webhook (or delivered the test) already, and a second one must never be made.
class RetryPolicy
{
public:
    enum class Safety { Idempotent, NotIdempotent };

    int maxAttempts = 5; // including the first
    std::chrono::milliseconds baseDelay{250};
    std::chrono::milliseconds maxDelay{8000};
    // A Retry-After longer than this is not waited for silently: the caller gets the error
    // (with retryAfter) and decides, e.g. a countdown in the GUI.
    std::chrono::seconds maxRetryAfter{120};

    // The delay before attempt number `attempt + 1` after `error` on attempt `attempt` (1-based),
    // or nullopt to give up and report the error.
    std::optional<std::chrono::milliseconds> nextDelay(Safety safety, int attempt,
                                                       const ApiError &error,
                                                       QRandomGenerator &random) const;

    // Capped exponential backoff with "equal jitter": half fixed, half random.
    std::chrono::milliseconds backoff(int attempt, QRandomGenerator &random) const;
};

} // namespace fw
