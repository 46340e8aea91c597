#include "manual.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <map>
#include <string>

#include "informe/version.hpp"
#include "metadata.hpp"

#ifndef INFORME_DOC_DIR
#define INFORME_DOC_DIR "/usr/local/share/doc/informe"
#endif

namespace informe::cli {

namespace {

// The prose of the man page that --help does not print.
constexpr std::string_view description_text =
    "informe reads a report (text extracted from a report's PDF, a legacy HTML page, a PDF, a DOCX, a "
    "CSV, XLSX or ODS workbook, or the canonical JSON and XML) into one report model, and writes it "
    "as PDF, HTML, DOCX, XLSX, CSV, JSON or XML. Formats are named as informe formats lists them, or "
    "taken from the file extensions.\n"
    "As in pandoc, options may come before or after the inputs, -t html and --to=html are the same, "
    "and a command line without a subcommand converts: informe report.txt -o report.pdf.";

}  // namespace

const std::vector<manual_section>& manual_sections() {
  static const std::vector<manual_section> sections = {
      {"Examples",
       "EXAMPLES",
       "",
       {
           {"informe report.txt -o report.pdf", "Formats from the extensions; convert is implied."},
           {"informe convert report.json -o report.xml", ""},
           {"informe convert -t json page.html", "To standard output (no -o)."},
           {"informe convert r.json -t pdf -o - | lp", "Binary formats go to standard output when it is not a terminal."},
           {"informe convert archive/*.txt -t pdf,html,json -d out -j 4", "Many files, in parallel, with a summary."},
           {"informe convert r.json -M program=\"Nuevo nombre\" -o r.pdf", "Override a header field."},
           {"informe convert archive -t html -d out --log log.jsonl --shard 1/4",
            "A folder tree, mirrored under out/; every diagnostic logged; one share of four."},
           {"informe validate --strict report.json", "Read and check; warnings are fatal."},
           {"informe new -t xlsx -o plantilla.xlsx", "An empty workbook to fill in."},
           {"informe summary archive -o dashboard.html", "Figures of a whole archive: a dashboard, CSV, XLSX or JSON."},
           {"informe diff informe-2009.json informe-2010.pdf", "What changed between two cut-offs."},
           {"informe templates export my-templates", "Then: convert ... --template-dir my-templates."},
       },
       ""},
      {"Messages",
       "DIAGNOSTICS",
       "Messages go to stderr, one per line: \"informe: FILE:LINE:COL: error|warning: text\". Data goes to "
       "stdout only.",
       {},
       ""},
      {"Exit codes",
       "EXIT STATUS",
       "",
       {
           {"0", "success"},
           {"1", "an input had errors, or a conversion failed"},
           {"2", "usage error (bad option, unknown format, missing argument)"},
           {"3", "warnings only, made fatal by --strict"},
           {"4", "a file could not be read or written"},
       },
       "With several inputs, 4 wins over 1, and 1 over 3."},
      {"Environment",
       "ENVIRONMENT",
       "",
       {
           {"SOURCE_DATE_EPOCH", "Seconds since 1970: sets every timestamp written, for reproducible output."},
           {"INFORME_PLUGIN_DIR",
            "The directory of the PDF plugins (default: informe-plugins/ beside libinforme)."},
       },
       ""},
      {"Files",
       "FILES",
       "",
       {
           {INFORME_DOC_DIR, "The documentation: cli.md (this command), format.md, spreadsheets.md."},
       },
       ""},
  };
  return sections;
}

std::string_view documentation_dir() { return INFORME_DOC_DIR; }

std::string help_footer() {
  std::string out;
  for (const auto& s : manual_sections()) {
    if (!out.empty()) out += "\n";
    out += std::string(s.help_title) + ":\n";
    if (!s.intro.empty()) out += "  " + std::string(s.intro) + "\n";
    std::size_t width = 0;
    for (const auto& item : s.items) width = std::max(width, item.term.size());
    for (const auto& item : s.items) {
      std::string term(item.term);
      if (item.text.empty()) {
        out += "  " + term + "\n";
      } else if (width <= 20) {
        term.resize(width, ' ');
        out += "  " + term + "  " + std::string(item.text) + "\n";
      } else {
        out += "  " + term + "\n      " + std::string(item.text) + "\n";
      }
    }
    if (!s.outro.empty()) out += "  " + std::string(s.outro) + "\n";
  }
  out += "\nSee man informe, and " + std::string(documentation_dir()) + "/cli.md.";
  return out;
}

namespace {

// ---- What the generators need to know about an option ----

enum class value_kind { none, text, file, dir, format_in, format_out, choices, metadata };

struct option_view {
  std::vector<std::string> names;  // "-o", "--output"; empty for a positional
  std::string positional;          // "INPUT"
  std::string value;               // what the man page shows: "FILE", "a4|letter"; empty for a flag
  std::string description;
  value_kind kind = value_kind::none;
  std::vector<std::string> choices;
  bool repeatable = false;
  bool required = false;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    auto end = s.find(sep, start);
    parts.push_back(s.substr(start, end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

option_view view_of(const CLI::Option& opt) {
  option_view v;
  for (const auto& n : opt.get_snames()) v.names.push_back("-" + n);
  for (const auto& n : opt.get_lnames()) v.names.push_back("--" + n);
  if (v.names.empty()) v.positional = opt.get_name(true);
  v.description = opt.get_description();
  v.required = opt.get_required();
  v.repeatable = opt.get_expected_max() > 1 || opt.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
  if (opt.get_expected_max() == 0) return v;  // a flag
  auto parts = split(opt.get_type_name(), ':');
  v.kind = value_kind::text;
  v.value = parts.front() == "TEXT" ? "VALUE" : parts.front();
  for (const auto& part : parts) {
    if (part == "DIR") {
      v.kind = value_kind::dir;
      v.value = "DIR";
    } else if (part == "FILE") {
      v.kind = value_kind::file;
      v.value = "FILE";
    } else if (part.size() > 2 && part.front() == '{') {
      v.kind = value_kind::choices;
      v.choices = split(part.substr(1, part.size() - 2), ',');
      v.value.clear();
      for (const auto& c : v.choices) v.value += (v.value.empty() ? "" : "|") + c;
    }
  }
  if (parts.front().rfind("FORMAT", 0) == 0) {
    bool from = std::find(v.names.begin(), v.names.end(), "--from") != v.names.end();
    v.kind = from ? value_kind::format_in : value_kind::format_out;
  }
  if (parts.front() == "KEY=VALUE") v.kind = value_kind::metadata;
  if (!v.positional.empty() && v.kind == value_kind::text) v.kind = value_kind::file;
  return v;
}

std::vector<option_view> options_of(const CLI::App& app) {
  std::vector<option_view> views;
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;  // hidden
    views.push_back(view_of(*opt));
  }
  // Positionals last, as the synopsis shows them.
  std::stable_partition(views.begin(), views.end(), [](const option_view& v) { return v.positional.empty(); });
  return views;
}

// Every subcommand, depth first, with its path ("templates export").
struct command_view {
  std::string path;
  const CLI::App* app;
};

void collect(const CLI::App& app, const std::string& prefix, std::vector<command_view>& out) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::string path = prefix.empty() ? sub->get_name() : prefix + " " + sub->get_name();
    out.push_back({path, sub});
    collect(*sub, path, out);
  }
}

std::vector<command_view> commands_of(const CLI::App& app) {
  std::vector<command_view> out;
  collect(app, "", out);
  return out;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

std::string join(const std::vector<std::string>& words, const std::string& sep) {
  std::string s;
  for (const auto& w : words) s += (s.empty() ? "" : sep) + w;
  return s;
}

// ---- man(7) ----

// Text safe in a troff line: backslashes and minus signs escaped, no control character at line start.
std::string roff(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else if (c == '\n') out += "\n.PP\n";
    else out += c;
  }
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
  return out;
}

std::string man_option(const option_view& v) {
  std::string term;
  if (!v.positional.empty()) {
    term = "\\fI" + roff(v.positional) + "\\fR" + (v.repeatable ? "..." : "");
  } else {
    for (const auto& n : v.names) term += (term.empty() ? "" : ", ") + std::string("\\fB") + roff(n) + "\\fR";
    if (!v.value.empty()) term += " \\fI" + roff(v.value) + "\\fR";
  }
  return ".TP\n" + term + "\n" + roff(v.description) + "\n";
}

std::string man_synopsis(const std::string& path, const CLI::App& sub) {
  std::string line = ".B informe " + roff(path) + "\n";
  std::vector<std::string> words;
  bool has_options = false;
  for (const auto& v : options_of(sub)) {
    if (!v.positional.empty()) {
      std::string w = "\\fI" + roff(v.positional) + "\\fR" + (v.repeatable ? "..." : "");
      words.push_back(v.required ? w : "[" + w + "]");
    } else if (v.required) {
      words.push_back("\\fB" + roff(v.names.front()) + "\\fR \\fI" + roff(v.value) + "\\fR");
    } else {
      has_options = true;
    }
  }
  auto subs = subcommand_names(sub);
  if (!subs.empty()) words.insert(words.begin(), "\\fI" + roff(join(subs, "|")) + "\\fR");
  if (has_options) words.insert(words.begin(), "[\\fIoptions\\fR]");
  return line + join(words, " ") + "\n.br\n";
}

void man_items(std::string& out, const manual_section& s) {
  if (!s.intro.empty()) out += roff(s.intro) + "\n";
  for (const auto& item : s.items) {
    if (item.text.empty()) {
      out += ".TP\n\\fB" + roff(item.term) + "\\fR\n.br\n";
    } else {
      out += ".TP\n\\fB" + roff(item.term) + "\\fR\n" + roff(item.text) + "\n";
    }
  }
  if (!s.outro.empty()) out += ".PP\n" + roff(s.outro) + "\n";
}

}  // namespace

std::string man_page(const CLI::App& app) {
  std::string version(informe::version());
  std::string out = ".\\\" informe(1). Generated by 'informe --generate=man' from the command-line definition\n"
                    ".\\\" (tools/informe.cpp) and tools/manual.cpp; do not edit.\n";
  out += ".TH INFORME 1 \"\" \"informe " + version + "\" \"User Commands\"\n";
  out += ".ad l\n.nh\n";  // ragged right, no hyphenation: option names stay whole
  out += ".SH NAME\ninforme \\- read and write Chilean \"Informe de Cumplimiento de Compromisos\" reports\n";
  out += ".SH SYNOPSIS\n";
  out += ".B informe\n[\\fIoptions\\fR] \\fIINPUT\\fR... (the same as \\fBinforme convert\\fR)\n.br\n";
  auto commands = commands_of(app);
  for (const auto& c : commands)
    if (c.app->get_subcommands([](const CLI::App*) { return true; }).empty()) out += man_synopsis(c.path, *c.app);
  out += ".B informe\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n";
  out += ".SH DESCRIPTION\n" + roff(description_text) + "\n";
  out += ".SH COMMANDS\n";
  for (const auto& c : commands) {
    out += ".SS \"informe " + roff(c.path) + "\"\n" + roff(c.app->get_description()) + "\n";
    for (const auto& v : options_of(*c.app)) out += man_option(v);
    std::string footer = c.app->get_footer();
    if (!footer.empty()) out += ".PP\n" + roff(footer) + "\n";
  }
  out += ".SH OPTIONS\nWithout a subcommand:\n";
  for (const auto& v : options_of(app)) out += man_option(v);
  for (const auto& s : manual_sections()) {
    out += ".SH " + std::string(s.man_title) + "\n";
    man_items(out, s);
  }
  out += ".SH SEE ALSO\n.BR pandoc (1),\n.I " + roff(std::string(documentation_dir()) + "/cli.md") + "\n";
  return out;
}

// ---- bash ----

namespace {

std::string bash_words(const std::vector<std::string>& words) { return "\"" + join(words, " ") + "\""; }

std::string bash_value_action(const option_view& v) {
  switch (v.kind) {
    case value_kind::file: return "COMPREPLY=($(compgen -f -- \"$cur\"))";
    case value_kind::dir: return "COMPREPLY=($(compgen -d -- \"$cur\"))";
    case value_kind::format_in: return "COMPREPLY=($(compgen -W \"$(_informe_formats 2)\" -- \"$cur\"))";
    case value_kind::format_out: return "_informe_list \"$(_informe_formats 3)\"";
    case value_kind::choices: return "COMPREPLY=($(compgen -W " + bash_words(v.choices) + " -- \"$cur\"))";
    case value_kind::metadata: {
      std::vector<std::string> keys;
      for (auto k : metadata_keys()) keys.push_back(std::string(k) + "=");
      return "compopt -o nospace 2>/dev/null; COMPREPLY=($(compgen -W " + bash_words(keys) + " -- \"$cur\"))";
    }
    default: return ":";
  }
}

}  // namespace

std::string bash_completion(const CLI::App& app) {
  auto commands = commands_of(app);
  std::string out =
      "# bash completion for informe(1). Generated by 'informe --generate=bash' from the command-line\n"
      "# definition; do not edit.\n"
      "\n"
      "# The format names 'informe formats' lists as readable ($1 = 2) or writable ($1 = 3).\n"
      "_informe_formats() {\n"
      "  informe formats 2>/dev/null | awk -v c=\"$1\" 'NR > 1 && $c == \"yes\" { print $1 }'\n"
      "}\n"
      "\n"
      "# Completes the last item of a comma-separated list.\n"
      "_informe_list() {\n"
      "  local prefix=\n"
      "  [[ $cur == *,* ]] && prefix=${cur%,*},\n"
      "  COMPREPLY=($(compgen -P \"$prefix\" -W \"$1\" -- \"${cur##*,}\"))\n"
      "}\n"
      "\n"
      "_informe() {\n"
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev= cmd= i\n"
      "  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
      "  COMPREPLY=()\n"
      "  # bash splits --to=pdf at the '=': complete the value.\n"
      "  [[ $cur == = ]] && cur=\n"
      "  [[ $prev == = ]] && ((COMP_CWORD > 1)) && prev=${COMP_WORDS[COMP_CWORD - 2]}\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case \"$cmd/${COMP_WORDS[i]}\" in\n";
  for (const auto& c : commands) {
    auto slash = c.path.rfind(' ');
    std::string parent = slash == std::string::npos ? "" : c.path.substr(0, slash);
    out += "      \"" + parent + "/" + c.app->get_name() + "\") cmd=\"" + c.path + "\" ;;\n";
  }
  out += "    esac\n  done\n\n  case $prev in\n";
  // Options that take a value, by name (the same name means the same kind of value in every command).
  std::map<std::string, std::string> actions;
  std::vector<std::string> order;
  auto add_actions = [&](const CLI::App& a) {
    for (const auto& v : options_of(a)) {
      if (v.kind == value_kind::none || !v.positional.empty()) continue;
      std::string pattern = join(v.names, "|");
      if (actions.emplace(pattern, bash_value_action(v)).second) order.push_back(pattern);
    }
  };
  add_actions(app);
  for (const auto& c : commands) add_actions(*c.app);
  for (const auto& p : order) out += "    " + p + ") " + actions[p] + "; return ;;\n";
  out += "  esac\n\n";

  out += "  if [[ $cur == -* ]]; then\n    local words\n    case $cmd in\n";
  // Without a subcommand: the top-level options and convert's (the default command).
  std::vector<std::string> top;
  for (const auto& v : options_of(app))
    for (const auto& n : v.names) top.push_back(n);
  for (const auto& c : commands) {
    std::vector<std::string> names;
    for (const auto& v : options_of(*c.app))
      for (const auto& n : v.names) names.push_back(n);
    if (c.path == "convert")
      for (const auto& n : names)
        if (std::find(top.begin(), top.end(), n) == top.end()) top.push_back(n);
    out += "      \"" + c.path + "\") words=" + bash_words(names) + " ;;\n";
  }
  out += "      *) words=" + bash_words(top) + " ;;\n";
  out += "    esac\n    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n    return\n  fi\n\n";

  out += "  case $cmd in\n";
  out += "    \"\") COMPREPLY=($(compgen -W " + bash_words(subcommand_names(app)) +
         " -- \"$cur\") $(compgen -f -- \"$cur\")) ;;\n";
  for (const auto& c : commands) {
    auto subs = subcommand_names(*c.app);
    std::string action;
    if (!subs.empty()) {
      action = "COMPREPLY=($(compgen -W " + bash_words(subs) + " -- \"$cur\"))";
    } else {
      action = ":";
      for (const auto& v : options_of(*c.app))
        if (!v.positional.empty())
          action = v.kind == value_kind::dir ? "COMPREPLY=($(compgen -d -- \"$cur\"))"
                                              : "COMPREPLY=($(compgen -f -- \"$cur\"))";
    }
    out += "    \"" + c.path + "\") " + action + " ;;\n";
  }
  out += "  esac\n}\n\ncomplete -o filenames -o bashdefault -F _informe informe\n";
  return out;
}

// ---- zsh ----

namespace {

// Text inside an _arguments description [...] within single quotes.
std::string zsh_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else if (c == '[' || c == ']' || c == ':' || c == '\\') out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

std::string zsh_action(const option_view& v) {
  switch (v.kind) {
    case value_kind::file: return "_files";
    case value_kind::dir: return "_files -/";
    case value_kind::format_in: return "__informe_formats_in";
    case value_kind::format_out: return "__informe_formats_out";
    case value_kind::choices: return "(" + join(v.choices, " ") + ")";
    case value_kind::metadata: return "__informe_metadata_keys";
    default: return " ";
  }
}

std::string zsh_spec(const option_view& v) {
  std::string desc = "[" + zsh_text(v.description) + "]";
  std::string value = v.value.empty() ? "" : ":" + zsh_text(v.value) + ":" + zsh_action(v);
  std::string repeat = v.repeatable ? "*" : "";
  if (v.names.size() == 1) return "'" + repeat + v.names.front() + desc + value + "'";
  std::string exclusion = v.repeatable ? "" : "(" + join(v.names, " ") + ")";
  return "'" + repeat + exclusion + "'{" + join(v.names, ",") + "}'" + desc + value + "'";
}

std::string zsh_function_name(const std::string& path) {
  std::string name = "_informe_";
  for (char c : path) name += c == ' ' || c == '-' ? '_' : c;
  return name;
}

std::string zsh_command_list(const CLI::App& app) {
  std::string list;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::string desc;
    for (char c : sub->get_description()) {
      if (c == '"' || c == '\\' || c == '`' || c == '$') desc += '\\';
      if (c == '\'') desc += "'\\''";
      else desc += c;
    }
    list += (list.empty() ? "" : " ") + sub->get_name() + "\\:\"" + desc + "\"";
  }
  return list;
}

std::string zsh_function(const std::string& name, const CLI::App& app, bool files_first) {
  std::string out = name + "() {\n  local curcontext=\"$curcontext\" state line\n  typeset -A opt_args\n";
  if (files_first) {  // no subcommand: the words are convert's (pandoc's habit)
    out += "  if ((CURRENT > 2)) && [[ ${words[2]} != (" + join(subcommand_names(app), "|") +
           "|-h|--help|--version) ]]; then\n    _informe_convert\n    return\n  fi\n";
  }
  out += "  _arguments -C -s -S";
  bool positional = false;
  for (const auto& v : options_of(app)) {
    if (!v.positional.empty()) {
      positional = true;
      out += " \\\n    '*:" + zsh_text(v.positional) + ":" + zsh_action(v) + "'";
    } else {
      out += " \\\n    " + zsh_spec(v);
    }
  }
  auto subs = app.get_subcommands([](const CLI::App*) { return true; });
  if (subs.empty()) {
    if (!positional) out += " \\\n    '*: :'";  // nothing more to complete
    return out + "\n}\n\n";
  }
  out += " \\\n    '1: :->command' \\\n    '*:: :->argument' && return\n";
  out += "  case $state in\n    command)\n";
  std::string commands = "'commands:command:((" + zsh_command_list(app) + "))'";
  out += files_first ? "      _alternative " + commands + " 'files:input:_files' ;;\n"
                     : "      _alternative " + commands + " ;;\n";
  out += "    argument)\n      case $line[1] in\n";
  for (const CLI::App* sub : subs) {
    std::string path = app.get_parent() ? app.get_name() + " " + sub->get_name() : sub->get_name();
    out += "        " + sub->get_name() + ") " + zsh_function_name(path) + " ;;\n";
  }
  if (files_first) out += "        *) _informe_convert ;;\n";
  out += "      esac ;;\n  esac\n}\n\n";
  return out;
}

}  // namespace

std::string zsh_completion(const CLI::App& app) {
  std::string out =
      "#compdef informe\n"
      "# zsh completion for informe(1). Generated by 'informe --generate=zsh' from the command-line\n"
      "# definition; do not edit.\n"
      "\n"
      "# Helpers start with two underscores (_informe_NAME completes the subcommand NAME). _arguments\n"
      "# calls actions with compadd options first: they pass \"$@\" on.\n"
      "# The format names 'informe formats' lists as readable ($1 = 2) or writable ($1 = 3).\n"
      "__informe_format_names() {\n"
      "  _call_program formats informe formats 2>/dev/null | awk -v c=$1 'NR > 1 && $c == \"yes\" { print $1 }'\n"
      "}\n"
      "\n"
      "__informe_formats_in() {\n"
      "  local -a names\n"
      "  names=(${(f)\"$(__informe_format_names 2)\"})\n"
      "  compadd \"$@\" -a names\n"
      "}\n"
      "\n"
      "# A comma-separated list: completes the item after the last comma.\n"
      "__informe_formats_out() {\n"
      "  local -a names\n"
      "  names=(${(f)\"$(__informe_format_names 3)\"})\n"
      "  compset -P '*,'\n"
      "  compadd \"$@\" -q -S , -a names\n"
      "}\n"
      "\n"
      "__informe_metadata_keys() {\n"
      "  compadd \"$@\" -S = -q --";
  for (auto k : metadata_keys()) out += " " + std::string(k);
  out += "\n}\n\n";
  for (const auto& c : commands_of(app)) out += zsh_function(zsh_function_name(c.path), *c.app, false);
  out += zsh_function("_informe", app, true);
  out += "_informe \"$@\"\n";
  return out;
}

}  // namespace informe::cli
