#include <doctest/doctest.h>

#include "informe/io.hpp"

TEST_CASE("placeholder") {
  informe::diagnostics d;
  CHECK_THROWS_AS(informe::read_html("<html><body><p>hola</p></body></html>", {}, d), informe::error);
}
