#include "linter/cli/app.h"

// Sanitized builds keep the teardown: LeakSanitizer checks for leaks when the process
// exits normally, and that check is what those builds are for.
#if defined(__SANITIZE_ADDRESS__)
#define K8SLINT_KEEP_TEARDOWN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define K8SLINT_KEEP_TEARDOWN 1
#endif
#endif

// Start-up page faults are cut by linter/cli/prefault.cpp, a constructor linked only here.
int main(int argc, char** argv) {
#ifndef K8SLINT_KEEP_TEARDOWN
  k8slint::cli::EndProcessAfterLint();
#endif
  return k8slint::cli::Run(argc, argv);
}
