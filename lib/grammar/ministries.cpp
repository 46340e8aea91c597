#include "grammar/ministries.hpp"

#include <string_view>

namespace informe::detail {

namespace {

// The budget's partidas as the reports print them (folded), their older names too ("de economia,
// fomento y reconstruccion", "de planificacion y cooperacion"). A name that is another's start
// ("de justicia" / "de justicia y derechos humanos") is told apart by the longest match.
constexpr std::string_view names[] = {
    "presidencia de la republica",
    "congreso nacional",
    "poder judicial",
    "contraloria general de la republica",
    "ministerio del interior",
    "ministerio del interior y seguridad publica",
    "ministerio de relaciones exteriores",
    "ministerio de economia, fomento y reconstruccion",
    "ministerio de economia, fomento y turismo",
    "ministerio de economia",
    "ministerio de hacienda",
    "ministerio de educacion",
    "ministerio de justicia",
    "ministerio de justicia y derechos humanos",
    "ministerio de defensa nacional",
    "ministerio de obras publicas",
    "ministerio de agricultura",
    "ministerio de bienes nacionales",
    "ministerio del trabajo y prevision social",
    "ministerio de salud",
    "ministerio de mineria",
    "ministerio de vivienda y urbanismo",
    "ministerio de transportes y telecomunicaciones",
    "ministerio secretaria general de gobierno",
    "ministerio secretaria general de la presidencia",
    "ministerio secretaria general de la presidencia de la republica",
    "ministerio de planificacion",
    "ministerio de planificacion y cooperacion",
    "ministerio de desarrollo social",
    "ministerio de desarrollo social y familia",
    "ministerio publico",
    "ministerio de energia",
    "ministerio del medio ambiente",
    "ministerio del deporte",
    "ministerio de la mujer y la equidad de genero",
    "ministerio de las culturas, las artes y el patrimonio",
    "ministerio de ciencia, tecnologia, conocimiento e innovacion",
    "ministerio de seguridad publica",
    "servicio electoral",
    "consejo nacional de la cultura y las artes",
};

// The words of `name` match `words` from `from` on: their count, or 0.
std::size_t match(std::string_view name, const std::vector<std::string>& words, std::size_t from) {
  std::size_t n = 0;
  while (!name.empty()) {
    const std::size_t space = name.find(' ');
    const std::string_view w = name.substr(0, space);
    if (from + n >= words.size() || words[from + n] != w) return 0;
    ++n;
    name = space == std::string_view::npos ? std::string_view() : name.substr(space + 1);
  }
  return n;
}

}  // namespace

std::size_t ministry_name_at(const std::vector<std::string>& words, std::size_t from) {
  std::size_t best = 0;
  for (std::string_view name : names) {
    const std::size_t n = match(name, words, from);
    if (n > best) best = n;
  }
  return best;
}

}  // namespace informe::detail
