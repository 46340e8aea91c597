#include "core/icu_i18n.hpp"

#include <dlfcn.h>
#include <unicode/uvernum.h>

#include <string>
#include <type_traits>

#include "informe/diagnostics.hpp"

namespace informe::detail {

namespace {

#define INFORME_ICU_NAME2(name) #name
#define INFORME_ICU_NAME(name) INFORME_ICU_NAME2(name)  // "unum_open_72": after ICU's renaming macro

constexpr const char* library_name = "libicui18n.so." U_ICU_VERSION_SHORT;

icu_i18n load() {
  void* handle = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);  // kept open for the process
  if (!handle) {
    const char* why = dlerror();
    throw error(std::string("cannot load ICU's ") + library_name + (why ? std::string(": ") + why : std::string()));
  }
  icu_i18n f{};
  std::string missing;
  auto find = [&](auto& member, const char* name) {
    member = reinterpret_cast<std::remove_reference_t<decltype(member)>>(dlsym(handle, name));
    if (!member) missing += std::string(missing.empty() ? "" : ", ") + name;
  };
#define INFORME_ICU_FIND(name) find(f.name, INFORME_ICU_NAME(name))
  INFORME_ICU_FIND(unum_open);
  INFORME_ICU_FIND(unum_close);
  INFORME_ICU_FIND(unum_setAttribute);
  INFORME_ICU_FIND(unum_formatDouble);
  INFORME_ICU_FIND(unum_formatInt64);
  INFORME_ICU_FIND(udatpg_open);
  INFORME_ICU_FIND(udatpg_close);
  INFORME_ICU_FIND(udatpg_getBestPattern);
  INFORME_ICU_FIND(udat_open);
  INFORME_ICU_FIND(udat_close);
  INFORME_ICU_FIND(udat_format);
  INFORME_ICU_FIND(ucal_open);
  INFORME_ICU_FIND(ucal_close);
  INFORME_ICU_FIND(ucal_clear);
  INFORME_ICU_FIND(ucal_setDateTime);
  INFORME_ICU_FIND(ucal_getMillis);
  INFORME_ICU_FIND(ucsdet_open);
  INFORME_ICU_FIND(ucsdet_close);
  INFORME_ICU_FIND(ucsdet_setText);
  INFORME_ICU_FIND(ucsdet_detect);
  INFORME_ICU_FIND(ucsdet_getName);
  INFORME_ICU_FIND(ucsdet_getConfidence);
#undef INFORME_ICU_FIND
  if (!missing.empty()) throw error(std::string(library_name) + " lacks " + missing);
  return f;
}

}  // namespace

const icu_i18n& icu_i18n_library() {
  static const icu_i18n functions = load();
  return functions;
}

}  // namespace informe::detail
