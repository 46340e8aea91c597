// INFORME_API marks what libinforme exports. The library is built with hidden visibility: the
// declarations in include/informe/ that carry this macro are its whole ABI, and nothing of
// informe::detail is visible outside it (tests/cli/cli_abi.sh checks `nm -D`).
#pragma once

#if defined(_WIN32)
#define INFORME_API
#else
#define INFORME_API __attribute__((visibility("default")))
#endif
