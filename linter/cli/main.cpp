#include "linter/cli/app.h"

int main(int argc, char** argv) { return k8slint::cli::Run(argc, argv); }
