// Calendar days for suppression expiry (`until=YYYY-MM-DD`), as days since
// 1970-01-01 so dates compare as integers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace k8slint {

// A strict `YYYY-MM-DD` naming a day that exists (no 2027-02-30); nullopt otherwise.
std::optional<int32_t> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(int32_t days);
// The current date in UTC, so a CI runner and a laptop agree on when a
// suppression expires.
int32_t TodayUtc();

}  // namespace k8slint
