// libFuzzer's entry for programs that keep their own main (LLVM's FuzzerInterface.h).
// Only declared here: it is linked in when building with `-sanitize=fuzzer` (see planwright-fuzz).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
