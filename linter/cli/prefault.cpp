// A pre-commit hook starts k8slint once per commit on a file or two, so start-up is most
// of its time. In a Firecracker VM like CI runners every page fault is a trap of 11 to
// 19 us (a heap or .bss page, a copy-on-write page, or 16 pages of code mapped around the
// one touched), while asking the kernel for the same pages in one madvise call costs about
// 1.2 us a new page and 0.15 us a page of code already in the page cache. Without this
// file a one-file run takes about 200 faults, with it about 95 (docs/pre-commit.md).
//
// Compiled into the k8slint executable only (not the cli layer, so not into the tests),
// and run as a constructor ahead of every other static initializer: the C++ library's
// and the option tables' initializers fault too. Best effort: where MADV_POPULATE_READ
// and MADV_POPULATE_WRITE (Linux 5.14) are missing, or malloc hands out memory otherwise
// than glibc's does, it does nothing, and nothing it does changes what a run reports.
#include <link.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22  // Linux 5.14; older headers lack the names
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

namespace {

uintptr_t PageSize() {
  const long page = sysconf(_SC_PAGESIZE);
  return page > 0 ? static_cast<uintptr_t>(page) : 4096;
}

void Populate(uintptr_t lo, uintptr_t hi, int advice) {
  const uintptr_t page = PageSize();
  lo &= ~(page - 1);
  hi = (hi + page - 1) & ~(page - 1);
  if (lo < hi) (void)madvise(reinterpret_cast<void*>(lo), hi - lo, advice);
}

// The executable's code and read-only data, and its writable data after the part the
// dynamic loader has already written and made read-only (RELRO): mostly .bss. In link
// order a run touches code all over the binary, about 50 faults of 16 pages each; mapping
// all of it (about 1,450 pages) costs less than a third of that. Only the executable:
// doing the same for libc and the loader measured slower (most of their faults come
// before any constructor runs).
//
// The package build lays out the code a one-file run executes together, between these two
// markers and after the rest of the code (scripts/startup-order.py lists them first and
// last for gold): there the code before the first marker, about 2 MB that such a run does
// not execute, is left to fault in if ever used. In any other link the two are
// neighbours and the whole executable is backed. Their bodies differ so that no pass
// folds them into one address.
extern "C" [[gnu::used, gnu::noinline]] void k8slint_startup_first() { asm volatile("nop"); }
extern "C" [[gnu::used, gnu::noinline]] void k8slint_startup_last() { asm volatile("nop\n\tnop"); }
constexpr uintptr_t kMinOrderedBytes = 64 << 10;

int PopulateExecutable(dl_phdr_info* info, size_t, void*) {
  uintptr_t relro_end = 0;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type == PT_GNU_RELRO) relro_end = info->dlpi_addr + ph.p_vaddr + ph.p_memsz;
  }
  const uintptr_t page = PageSize();
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD) continue;
    uintptr_t lo = info->dlpi_addr + ph.p_vaddr;
    const uintptr_t hi = lo + ph.p_memsz;
    if (!(ph.p_flags & PF_W)) {
      const auto first = reinterpret_cast<uintptr_t>(&k8slint_startup_first);
      const auto last = reinterpret_cast<uintptr_t>(&k8slint_startup_last);
      if (last > first && last - first >= kMinOrderedBytes && lo <= first && first < hi) lo = first;
      Populate(lo, hi, MADV_POPULATE_READ);
      continue;
    }
    // A read-only page in the range would fail the whole call: start past RELRO.
    if (relro_end > lo) lo = (relro_end + page - 1) & ~(page - 1);
    Populate(lo, hi, MADV_POPULATE_WRITE);
  }
  return 1;  // the first object is the executable; stop there
}

// What a one-file run allocates (valgrind massif: about 270 KB with the static
// initializers). Pieces under glibc's 128 KB mmap threshold come from the heap, and each
// time malloc grows the heap it maps 128 KB more than asked (M_TOP_PAD): the pieces'
// pages and that margin, up to the break, are backed in one call after each piece.
constexpr size_t kPieceBytes = 60 << 10;
constexpr size_t kPieces = 4;
// A bound on what is populated, in case the break is not where malloc's pieces are.
constexpr uintptr_t kMaxHeapBytes = 1 << 20;

void PopulateHeap() {
  void* pieces[kPieces];
  uintptr_t lo = UINTPTR_MAX, hi = 0, done = 0;
  auto populate_to_break = [&] {
    const auto brk = reinterpret_cast<uintptr_t>(sbrk(0));
    const uintptr_t from = std::max(lo, done);
    if (lo >= hi || brk <= from || brk - lo > kMaxHeapBytes) return;
    Populate(from, brk, MADV_POPULATE_WRITE);
    done = brk;
  };
  for (void*& p : pieces) {
    p = std::malloc(kPieceBytes);
    if (p == nullptr) continue;
    lo = std::min(lo, reinterpret_cast<uintptr_t>(p));
    hi = std::max(hi, reinterpret_cast<uintptr_t>(p) + kPieceBytes);
    // The next piece's header is written past this one: back it before it is touched.
    populate_to_break();
  }
  // Freed next to the top of the heap, the pieces would be trimmed away with their pages;
  // a block above them keeps them as free memory for the run's own allocations. It is
  // too large for glibc's per-thread cache, so it comes from the top, after the pieces.
  // (Its address is compared, so the compiler cannot drop the allocation.)
  static void* const fence = std::malloc(2048);
  if (reinterpret_cast<uintptr_t>(fence) >= hi) populate_to_break();
  for (void* p : pieces) std::free(p);
}

// A one-file run reaches about 80 KB down the stack (file reads go through a 64 KB
// buffer there): five faults of a new page each. The kernel maps the main thread's stack
// at least 128 KB below its arguments at exec, so this much below the constructor's frame
// is inside that mapping; where it is not (a smaller stack limit), madvise refuses and
// nothing changes.
constexpr uintptr_t kStackBytes = 96 << 10;

[[gnu::noinline]] void PopulateStack() {
  const auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  const uintptr_t top = here & ~(PageSize() - 1);  // the page in use is already backed
  if (top > kStackBytes) Populate(top - kStackBytes, top, MADV_POPULATE_WRITE);
}

[[gnu::constructor(101)]] void PrefaultStartup() {
  dl_iterate_phdr(PopulateExecutable, nullptr);
  PopulateHeap();
  PopulateStack();
}

}  // namespace
