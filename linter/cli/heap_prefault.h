// A pre-commit hook starts k8slint once per commit on a file or two, so start-up is most
// of its time. Measured in a Firecracker VM like CI runners: each first touch of a heap
// page is a trap costing about 14 us, while asking the kernel for the same pages in one
// call costs under 1 us a page; a one-file run touches about 30 such pages after main().
#pragma once

namespace k8slint::cli {

// Backs the start of the heap with pages in one madvise call. Best effort: it does
// nothing where MADV_POPULATE_WRITE (Linux 5.14) is missing or malloc hands out the
// memory otherwise than glibc's does, and changes nothing any run reports.
void PrefaultHeap();

}  // namespace k8slint::cli
