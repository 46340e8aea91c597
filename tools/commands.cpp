#include "commands.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

#include "batch.hpp"
#include "exit_codes.hpp"
#include "file_io.hpp"
#include "informe/formats.hpp"
#include "informe/templates.hpp"
#include "inputs.hpp"
#include "json_log.hpp"
#include "metadata.hpp"
#include "warning_digest.hpp"

namespace informe::cli {

namespace {

namespace fs = std::filesystem;

std::string format_names() {
  std::string names;
  for (const auto& f : formats()) names += (names.empty() ? "" : ", ") + std::string(f.name);
  return names;
}

const format_info* named_format(const std::string& name) {
  const format_info* f = find_format(name);
  if (!f) throw usage_error{"unknown format '" + name + "' (known: " + format_names() + ")"};
  return f;
}

const format_info* reader_format(const std::string& name) {
  if (name.empty()) return nullptr;
  const format_info* f = named_format(name);
  if (!f->read) throw usage_error{"format '" + name + "' cannot be read"};
  return f;
}

const format_info* writer_format(const std::string& name) {
  const format_info* f = named_format(name);
  if (!f->write) throw usage_error{"format '" + name + "' cannot be written"};
  return f;
}

settings make_settings(const options& o) {
  settings s;
  s.read.max_input_bytes = o.max_input_bytes;
  s.read.template_dir = o.write.template_dir;  // the labels our output was written with
  s.write = o.write;
  s.strict = o.strict;
  s.verbose = o.verbose;
  s.validate = o.validate;
  s.metadata = metadata_overrides(o.metadata);
  return s;
}

// A key that is equal for two spellings of one existing or future file.
std::string same_file_key(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? path : p.string();
}

// The inputs of a command once --files-from, directories and --shard are applied.
struct gathered {
  std::vector<input_file> files;
  std::size_t before_shard = 0;
  bool io_failed = false;
};

// Checks the options about inputs that need no file system (usage errors come before anything is read).
void check_input_options(const options& o) {
  if (o.null_separated && o.files_from.empty()) throw usage_error{"-0 (--null) goes with --files-from FILE"};
  if (o.files_from == "-" && std::find(o.inputs.begin(), o.inputs.end(), "-") != o.inputs.end())
    throw usage_error{"standard input cannot be both an input and the --files-from list"};
  if (o.inputs.empty() && o.files_from.empty()) throw usage_error{"no input: give INPUT... or --files-from FILE"};
  if (!o.shard.empty()) parse_shard(o.shard);
}

// Reads the --files-from list, expands directories (leaving `skip_dir` out) unless `directories` is
// false, keeps this shard's share. Problems met on the way are printed and logged. Returns false after
// an I/O error on the list.
bool gather_inputs(const options& o, const std::string& skip_dir, const settings& s, console& out, gathered& g,
                   bool directories = true) {
  std::vector<std::string> arguments = o.inputs;
  if (!o.files_from.empty()) {
    try {
      for (auto& path : read_path_list(o.files_from, o.null_separated)) arguments.push_back(std::move(path));
    } catch (const informe::error& e) {
      diagnostic d{severity::error, e.file(), {}, "cannot read the --files-from list: " + e.message(),
                   diagnostic_code::io_error, {}};
      out.message(d.to_string());
      if (s.log) s.log->write(o.files_from, d);
      return false;
    }
  }
  input_set set = expand_inputs(arguments, skip_dir, directories);
  for (const auto& d : set.problems) {
    if (d.level == severity::error) out.message(d.to_string());
    else out.note(d.to_string());
    if (s.log) s.log->write(d.file, d);
  }
  g.io_failed = set.io_failed;
  g.before_shard = set.files.size();
  if (set.files.empty() && !set.io_failed)
    throw usage_error{"no input files (the directories given hold no file with a readable extension)"};
  if (o.shard.empty()) {
    g.files = std::move(set.files);
  } else {
    shard sh = parse_shard(o.shard);
    for (auto& f : set.files)
      if (in_shard(f, sh)) g.files.push_back(std::move(f));
  }
  return true;
}

// Opens --log FILE; false (after a message) when it cannot be created.
bool open_log(const options& o, json_log& log, settings& s, console& out) {
  if (o.log_file.empty()) return true;
  std::string error;
  if (!log.open(o.log_file, error)) {
    out.message(o.log_file + ": error: cannot create the log: " + error);
    return false;
  }
  s.log = &log;
  return true;
}

// Closes the log; a log that could not be written wholly makes the command exit 4.
int close_log(const options& o, json_log& log, console& out, int code) {
  if (o.log_file.empty() || log.close()) return code;
  out.message(o.log_file + ": error: cannot write the log");
  return exit_io;
}

int single_result(const job_result& r) {
  return exit_code_for(r.result == outcome::failed_io, r.result == outcome::failed,
                       r.result == outcome::failed_strict);
}

int convert_one(const options& o, const settings& s, console& out) {
  if (o.to.size() > 1) throw usage_error{"-o writes one format; use -d DIR for several"};
  gathered g;
  // One file: a directory is not expanded (it fails as an input that cannot be read).
  if (!gather_inputs(o, {}, s, out, g, false)) return exit_io;
  if (g.before_shard != 1) throw usage_error{"-o takes one input; use -d DIR for many"};
  if (g.files.empty()) return exit_ok;  // not this shard's
  job j;
  j.input = g.files.front().path;
  j.from = reader_format(o.from);
  target t;
  t.path = o.output;
  if (!o.to.empty()) {
    t.format = writer_format(o.to.front());
  } else if (o.output == "-") {
    throw usage_error{"writing to standard output needs --to FORMAT"};
  } else {
    t.format = format_for_path(o.output);
    if (!t.format) throw usage_error{"cannot tell the output format from '" + o.output + "'; use --to FORMAT"};
    if (!t.format->write) throw usage_error{"format '" + std::string(t.format->name) + "' cannot be written"};
  }
  // As pandoc does: binary bytes go to standard output only when it is not a terminal.
  if (o.output == "-" && t.format->binary && stdout_is_terminal())
    throw usage_error{"format '" + std::string(t.format->name) +
                      "' is binary: not written to a terminal; use -o FILE, or redirect standard output (> FILE, | PROGRAM)"};
  if (o.output != "-" && j.input != "-" && same_file_key(o.output) == same_file_key(j.input))
    throw usage_error{"the output would overwrite the input '" + j.input + "'"};
  j.targets.push_back(t);
  return single_result(run_job(j, s, out));
}

int convert_many(const options& o, settings s, console& out) {
  if (o.to.empty()) throw usage_error{"-d needs --to FORMAT[,FORMAT...]"};
  std::vector<const format_info*> outs;
  for (const auto& name : o.to) {
    const format_info* f = writer_format(name);
    bool seen = false;
    for (auto* g : outs) seen = seen || g == f;
    if (!seen) outs.push_back(f);
  }
  const format_info* from = reader_format(o.from);

  gathered g;
  bool list_read = gather_inputs(o, o.output_dir, s, out, g);
  if (!list_read) return exit_io;

  std::error_code ec;
  fs::create_directories(o.output_dir, ec);
  if (ec || !fs::is_directory(o.output_dir)) {
    out.message(o.output_dir + ": error: cannot create the output directory" +
                (ec ? ": " + ec.message() : std::string()));
    return exit_io;
  }

  // Outputs are DIR/STEM.EXT, or DIR/RELATIVE/STEM.EXT for a file found in a directory argument (its
  // path below that directory); two inputs that would write the same file, or an output that is an
  // input, fail the later input before anything runs.
  std::map<std::string, std::string> owner;  // output key -> input
  std::map<std::string, bool> input_keys;
  for (const auto& f : g.files) input_keys[same_file_key(f.path)] = true;
  std::vector<job> jobs;
  for (const auto& file : g.files) {
    const std::string& in = file.path;
    job j;
    j.input = in;
    j.from = from;
    fs::path stem = in == "-" ? fs::path("stdin") : fs::path(in).stem();
    if (!file.relative.empty()) stem = fs::path(file.relative).parent_path() / fs::path(file.relative).stem();
    for (auto* f : outs) {
      target t{(fs::path(o.output_dir) / (stem.string() + output_extension(*f))).string(), f,
               !file.relative.empty()};
      std::string key = same_file_key(t.path);
      if (input_keys.count(key)) {
        j.refusal = "its output '" + t.path + "' would overwrite an input";
      } else if (auto it = owner.find(key); it != owner.end()) {
        j.refusal = "its output '" + t.path + "' is also the output of '" + it->second + "'";
      }
      j.targets.push_back(t);
    }
    if (j.refusal.empty())
      for (const auto& t : j.targets) owner.emplace(same_file_key(t.path), in);
    jobs.push_back(std::move(j));
  }

  bool progress = !o.quiet && jobs.size() > 1 && stderr_is_terminal();
  warning_digest digest;
  if (jobs.size() > 1) s.digest = &digest;
  batch_summary sum = run_batch(jobs, s, o.jobs, progress, out);
  digest.finish(out);
  // "44 converted (3 with warnings), 2 failed": every input that got its outputs counts as converted.
  // Printed under --quiet too.
  std::string line = std::to_string(sum.converted + sum.with_warnings) + " converted";
  if (sum.with_warnings) line += " (" + std::to_string(sum.with_warnings) + " with warnings)";
  line += ", " + std::to_string(sum.failed) + " failed";
  if (!o.shard.empty()) line += " (shard " + o.shard + " of " + std::to_string(g.before_shard) + " inputs)";
  out.message(line);
  if (g.io_failed) sum.any_io = true;
  return sum.exit_code();
}

// Standard input has no extension to tell its format by.
void check_stdin_format(const options& o) {
  if (o.from.empty() && std::find(o.inputs.begin(), o.inputs.end(), "-") != o.inputs.end())
    throw usage_error{"reading standard input needs --from FORMAT"};
}

}  // namespace

int convert_command(const options& o, console& out) {
  if (!o.output.empty() && !o.output_dir.empty()) throw usage_error{"give either -o OUTPUT or -d DIR, not both"};
  check_stdin_format(o);
  metadata_overrides check(o.metadata);  // a bad -M is a usage error before anything is read or created
  check_input_options(o);
  // As pandoc does: no -o means standard output, in the format --to names.
  options to_stdout = o;
  if (o.output.empty() && o.output_dir.empty()) {
    if (o.to.empty()) throw usage_error{"give -o OUTPUT, -d DIR, or --to FORMAT to write to standard output"};
    to_stdout.output = "-";
  }
  settings s = make_settings(to_stdout);
  json_log log;
  if (!open_log(to_stdout, log, s, out)) return exit_io;
  int code = to_stdout.output.empty() ? convert_many(to_stdout, s, out) : convert_one(to_stdout, s, out);
  return close_log(to_stdout, log, out, code);
}

int validate_command(const options& o, console& out) {
  check_stdin_format(o);
  check_input_options(o);
  const format_info* from = reader_format(o.from);
  settings s = make_settings(o);
  s.validate = true;
  s.print_rows = true;
  json_log log;
  if (!open_log(o, log, s, out)) return exit_io;
  gathered g;
  if (!gather_inputs(o, {}, s, out, g)) return close_log(o, log, out, exit_io);
  std::vector<job> jobs;
  for (const auto& f : g.files) jobs.push_back(job{f.path, from, {}, {}});
  warning_digest digest;
  if (jobs.size() > 1) s.digest = &digest;
  // One at a time unless -j says otherwise, so that the report reads in the order given.
  batch_summary sum = run_batch(jobs, s, o.jobs == 0 ? 1 : o.jobs, false, out);
  digest.finish(out);
  if (g.io_failed) sum.any_io = true;
  return close_log(o, log, out, sum.exit_code());
}

int formats_command(console& out) {
  out.print("NAME      READ  WRITE  EXTENSIONS          DESCRIPTION");
  for (const auto& f : formats()) {
    std::string line(f.name);
    line.resize(std::max<std::size_t>(line.size() + 1, 10), ' ');
    line += f.read ? "yes   " : "-     ";
    line += f.write ? "yes    " : "-      ";
    std::string exts(f.extensions.empty() ? "-" : f.extensions);
    exts.resize(std::max<std::size_t>(exts.size() + 1, 20), ' ');
    line += exts;
    line += f.description;
    out.print(line);
  }
  return exit_ok;
}

int templates_export_command(const options& o, console& out) {
  try {
    template_set::export_builtin(o.templates_dir, o.force);
  } catch (const informe::error& e) {
    out.message(e.with_file(o.templates_dir).to_string());
    return exit_io;
  }
  out.note("exported " + std::to_string(template_set::builtin_names().size()) + " templates to " +
           o.templates_dir);
  return exit_ok;
}

int new_command(const options& o, console& out) {
  const format_info* f = nullptr;
  if (!o.to.empty()) f = named_format(o.to.front());
  else if (!o.output.empty()) f = format_for_path(o.output);
  if (!f) throw usage_error{"say which format to create with --to (known: " + format_names() + ")"};
  if (!f->write) throw usage_error{"format '" + std::string(f->name) + "' cannot be written"};
  if (o.output.empty() || o.output == "-") throw usage_error{"give the file to create with -o"};
  report blank;
  metadata_overrides(o.metadata).apply(blank);
  std::string bytes;
  diagnostics diags(o.output);
  try {
    f->write(blank, o.write, bytes, diags);
    for (const auto& d : diags.all()) out.message(d.to_string());
    write_atomically(o.output, bytes);
  } catch (const informe::error& e) {
    out.message(e.with_file(o.output).to_string());
    return exit_io;
  }
  out.note("created " + o.output + " (" + std::string(f->name) + ")");
  return exit_ok;
}

}  // namespace informe::cli
