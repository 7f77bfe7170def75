#pragma once

// A property a target checks beyond "does not crash": when it fails, the target aborts with the
// message, so libFuzzer records the input as a crash (a finding, like any sanitizer report).

#include <cstdio>
#include <cstdlib>

#define MID_FUZZ_CHECK(condition, message)                                                         \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed at %s:%d: %s (%s)\n", __FILE__, __LINE__,      \
                         message, #condition);                                                     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
