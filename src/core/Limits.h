#pragma once

#include <QtGlobal>

// How much any program here takes from a server before it stops and says so. Fivetran pages hold
// at most 1,000 items of a few kilobytes each; these bounds are far above any real account and
// far below what would exhaust a desktop machine, so a broken or hostile server is stopped with a
// clear error instead of growing the process without end.
namespace fw::limits {

// The largest response body read from the API (a full page is well under 4 MiB).
constexpr qint64 kMaxResponseBytes = 16 * 1024 * 1024;
// A listing walk (list --all, export, Load all, group search) ends with an error after this many
// pages or items, whichever comes first: a server that hands out a new cursor forever.
constexpr int kMaxPagesPerWalk = 100000;
constexpr qint64 kMaxItemsPerWalk = 1000000;
// The longest cursor taken from a user (list --cursor); Fivetran's are a few dozen characters.
constexpr int kMaxCursorLength = 4096;

} // namespace fw::limits
