#include "linter/cli/app.h"
#include "linter/cli/heap_prefault.h"

int main(int argc, char** argv) {
  k8slint::cli::PrefaultHeap();
  return k8slint::cli::Run(argc, argv);
}
