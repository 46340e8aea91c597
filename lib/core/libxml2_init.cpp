#include "core/libxml2_init.hpp"

#include <libxml/parser.h>

namespace informe::detail {

void init_libxml2() {
  // A function-local static: initialised exactly once, other threads wait for it.
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
}

}  // namespace informe::detail
