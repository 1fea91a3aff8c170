#pragma once

#include "ApiError.h"

namespace fw {

// The process exit codes, documented in --help. Scripts branch on them: never renumber.
enum class ExitCode : int {
    Success = 0,
    // The operation ran, but its answer is "no" (a failed delivery, a wrong signature).
    NegativeOutcome = 1,
    // Refused before any request: bad or missing options, arguments or environment.
    Usage = 2,
    // Fivetran answered with an HTTP error (4xx/5xx).
    Api = 3,
    // No usable answer: unreachable, timed out, or not an API response.
    Network = 4,
};

// Network, timeout and unusable answers are 4 so that a script can retry them; anything the
// server answered with an error status is 3, because retrying the same request will not help.
inline ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return ExitCode::Network;
    case ApiError::Kind::Protocol:
        return error.httpStatus >= 400 ? ExitCode::Api : ExitCode::Network;
    default:
        return ExitCode::Api;
    }
}

} // namespace fw
