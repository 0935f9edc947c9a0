#include "linter/cli/app.h"

// Start-up page faults are cut by linter/cli/prefault.cpp, a constructor linked only here.
int main(int argc, char** argv) { return k8slint::cli::Run(argc, argv); }
