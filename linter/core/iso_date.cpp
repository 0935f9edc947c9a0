#include "linter/core/iso_date.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>

namespace k8slint {
namespace {

std::optional<int> Digits(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::optional<int32_t> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = Digits(text.substr(0, 4)), m = Digits(text.substr(5, 2)),
             d = Digits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{*y},
                                        std::chrono::month{static_cast<unsigned>(*m)},
                                        std::chrono::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<int32_t>(std::chrono::sys_days(ymd).time_since_epoch().count());
}

std::string FormatIsoDate(int32_t days) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// Asked once per run, so a system call: the vDSO's clock reads two data pages that a new
// process has not touched yet, two page faults that cost a VM more than the call does.
int32_t TodayUtc() {
  timespec now{};
  if (syscall(SYS_clock_gettime, CLOCK_REALTIME, &now) != 0) {
    const auto clock = std::chrono::system_clock::now();
    return static_cast<int32_t>(
        std::chrono::floor<std::chrono::days>(clock).time_since_epoch().count());
  }
  constexpr time_t kSecondsPerDay = 86400;
  // Floor division: dates before 1970 are negative days.
  return static_cast<int32_t>(now.tv_sec / kSecondsPerDay -
                              (now.tv_sec % kSecondsPerDay < 0 ? 1 : 0));
}

}  // namespace k8slint
