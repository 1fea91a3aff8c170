#include "RetryPolicy.h"

#include <algorithm>

namespace fw {

using std::chrono::milliseconds;

milliseconds RetryPolicy::backoff(int attempt, QRandomGenerator &random) const
{
    // base * 2^(attempt-1), capped; then half of it fixed and half random so that clients that
    // failed together do not come back together.
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 capped = std::min<qint64>(maxDelay.count(), qint64(baseDelay.count()) << exponent);
    const qint64 half = capped / 2;
    return milliseconds(half + (half > 0 ? qint64(random.bounded(quint64(half) + 1)) : 0));
}

std::optional<milliseconds> RetryPolicy::nextDelay(Safety safety, int attempt,
                                                   const ApiError &error,
                                                   QRandomGenerator &random) const
{
    if (attempt >= maxAttempts)
        return std::nullopt;

    using Kind = ApiError::Kind;
    if (error.kind == Kind::RateLimited) {
        // Safe for every request, creates included: a 429 means the request was not processed.
        if (error.retryAfter.count() < 0)
            return backoff(attempt, random);
        if (error.retryAfter > maxRetryAfter)
            return std::nullopt;
        return std::max<milliseconds>(error.retryAfter, backoff(1, random));
    }
    if (safety != Safety::Idempotent)
        return std::nullopt;
    switch (error.kind) {
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
        return backoff(attempt, random);
    case Kind::Protocol:
        // A truncated or garbled body after a success status is a transport accident, and worth
        // another try; 406/415 (a client bug) cannot be fixed by retrying.
        if (error.httpStatus == 0 || (error.httpStatus >= 200 && error.httpStatus < 300))
            return backoff(attempt, random);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace fw
