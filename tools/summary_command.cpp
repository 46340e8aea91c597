// `informe summary INPUTS... [-o dashboard.html|summary.csv|summary.xlsx|summary.json]`.
#include <cctype>
#include <cstdio>
#include <map>
#include <mutex>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "file_io.hpp"
#include "informe/formats.hpp"
#include "informe/summary.hpp"
#include "report_inputs.hpp"

namespace informe::cli {

namespace {

using summary_writer = void (*)(const summary&, const summary_write_options&, std::string&);

struct summary_format {
  const char* name;
  const char* extension;
  summary_writer write;
  bool binary;
};

constexpr summary_format summary_formats[] = {
    {"html", ".html", &write_summary_html, false},
    {"json", ".json", &write_summary_json, false},
    {"csv", ".csv", &write_summary_csv, false},
    {"xlsx", ".xlsx", &write_summary_xlsx, true},
};

bool ends_with(const std::string& s, const std::string& end) {
  if (s.size() < end.size()) return false;
  for (std::size_t i = 0; i < end.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - end.size() + i])) != end[i]) return false;
  return true;
}

const summary_format& pick_format(const options& o) {
  if (!o.to.empty()) {
    if (o.to.size() > 1) throw usage_error{"summary writes one format"};
    for (const auto& f : summary_formats)
      if (o.to.front() == f.name) return f;
    throw usage_error{"summary cannot be written as '" + o.to.front() + "' (known: html, json, csv, xlsx)"};
  }
  for (const auto& f : summary_formats)
    if (ends_with(o.output, f.extension) || (std::string(f.name) == "html" && ends_with(o.output, ".htm"))) return f;
  throw usage_error{"cannot tell the summary's format from '" + o.output + "'; use --to html|json|csv|xlsx"};
}

// The figures on the terminal: one line for everything, then one per group.
std::string text_table(const summary& s) {
  auto line = [](const summary_group& g) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%5zu %5zu %6zu %6zu %6zu %6zu %6zu %6.1f%% %6zu %6zu", g.programs, g.reports,
                  g.counts.total, g.counts.fulfilled, g.counts.partially_fulfilled, g.counts.not_fulfilled,
                  g.counts.unknown, g.counts.share_fulfilled() * 100.0, g.overdue, g.programs_without_status);
    return std::string(buf);
  };
  std::string out = "progs  reps  comm.  fulf.  part.   not   none  %fulf.  overd. nostat  group\n";
  for (const auto& g : s.groups) {
    out += line(g) + "  " + (g.ministry.empty() ? "-" : printable(g.ministry)) + " / " +
           (g.service.empty() ? "-" : printable(g.service)) +
           " / " + (g.evaluation_year ? std::to_string(*g.evaluation_year) : "-") + " / " +
           (g.cutoff_date ? g.cutoff_date->to_iso() : "-") + "\n";
  }
  out += line(s.total) + "  total\n";
  return out;
}

}  // namespace

int summary_command(const options& o, console& out) {
  const summary_format* format = nullptr;
  if (!o.output.empty()) {
    format = &pick_format(o);
    if (o.output == "-" && format->binary) throw usage_error{"xlsx is binary; write it to a file, not to standard output"};
  } else if (!o.to.empty()) {
    throw usage_error{"--to needs -o FILE ('-' for standard output)"};
  }
  if (!o.link_dir.empty() && (!format || std::string(format->name) != "html"))
    throw usage_error{"--link-dir is for the HTML dashboard"};

  read_settings rs;
  if (!o.from.empty()) {
    rs.from = find_format(o.from);
    if (!rs.from || !rs.from->read) throw usage_error{"format '" + o.from + "' cannot be read"};
  }
  rs.read.max_input_bytes = o.max_input_bytes;
  rs.strict = o.strict;
  rs.verbose = o.verbose;
  const std::vector<input_file> found = expand_directories(o.inputs);
  std::vector<std::string> inputs;
  std::map<std::string, std::string> relative;  // path -> path below its directory argument
  for (const auto& f : found) {
    inputs.push_back(f.path);
    relative.emplace(f.path, f.relative);
  }
  if (inputs.empty()) {
    out.message("error: no report found in the inputs given");
    return exit_failed;
  }

  std::vector<std::optional<report_figures>> figures(inputs.size());
  read_tally tally = read_reports(inputs, rs, o.jobs, out, [&](std::size_t i, const std::string& path, const report& r) {
    figures[i] = figures_of(r, path);  // each worker writes its own slot
  });
  summary_builder builder;
  for (auto& f : figures)
    if (f) builder.add(std::move(*f));
  const summary s = builder.result();

  if (tally.failed > 0)
    out.message("warning: " + std::to_string(tally.failed) + " of " + std::to_string(inputs.size()) +
                " inputs could not be read and are left out of the summary");
  int code = exit_code_for(tally.any_io, tally.any_failed, tally.any_strict);

  if (!format) {
    if (!out.write_stdout(text_table(s))) return exit_io;
    return code;
  }
  summary_write_options wo;
  wo.write = o.write;
  wo.link_dir = o.link_dir;
  // LINK_DIR mirrors the inputs: a report found at DIR/2009/a.txt links to LINK_DIR/2009/a.html.
  if (!o.link_dir.empty()) {
    wo.link_of = [&](const report_figures& f) {
      auto it = relative.find(f.source);
      std::string rel = it == relative.end() ? f.source : it->second;
      auto slash = rel.find_last_of('/');
      auto dot = rel.find_last_of('.');
      if (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1)) rel.resize(dot);
      return o.link_dir + (o.link_dir.back() == '/' ? "" : "/") + rel + ".html";
    };
  }
  std::string bytes;
  try {
    format->write(s, wo, bytes);
    if (o.output == "-") {
      if (!out.write_stdout(bytes)) throw io_error("cannot write to standard output", "-");
    } else {
      write_atomically(o.output, bytes);
    }
  } catch (const io_error& e) {
    out.message(e.to_string());
    return exit_io;
  } catch (const informe::error& e) {
    out.message(e.with_file(o.output).to_string());
    return exit_failed;
  }
  out.note("summarised " + std::to_string(tally.read) + " reports (" + std::to_string(s.groups.size()) + " groups) into " +
           o.output);
  return code;
}

}  // namespace informe::cli
