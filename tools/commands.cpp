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
  return s;
}

// A key that is equal for two spellings of one existing or future file.
std::string same_file_key(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? path : p.string();
}

int single_result(const job_result& r) {
  return exit_code_for(r.result == outcome::failed_io, r.result == outcome::failed,
                       r.result == outcome::failed_strict);
}

int convert_one(const options& o, console& out) {
  if (o.inputs.size() != 1) throw usage_error{"-o takes one input; use -d DIR for many"};
  if (o.to.size() > 1) throw usage_error{"-o writes one format; use -d DIR for several"};
  job j;
  j.input = o.inputs.front();
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
  if (o.output == "-" && t.format->binary)
    throw usage_error{"format '" + std::string(t.format->name) + "' is binary; write it to a file, not to standard output"};
  if (o.output != "-" && j.input != "-" && same_file_key(o.output) == same_file_key(j.input))
    throw usage_error{"the output would overwrite the input '" + j.input + "'"};
  j.targets.push_back(t);
  return single_result(run_job(j, make_settings(o), out));
}

int convert_many(const options& o, console& out) {
  if (o.to.empty()) throw usage_error{"-d needs --to FORMAT[,FORMAT...]"};
  std::vector<const format_info*> outs;
  for (const auto& name : o.to) {
    const format_info* f = writer_format(name);
    bool seen = false;
    for (auto* g : outs) seen = seen || g == f;
    if (!seen) outs.push_back(f);
  }
  const format_info* from = reader_format(o.from);

  std::error_code ec;
  fs::create_directories(o.output_dir, ec);
  if (ec || !fs::is_directory(o.output_dir)) {
    out.message(o.output_dir + ": error: cannot create the output directory" +
                (ec ? ": " + ec.message() : std::string()));
    return exit_io;
  }

  // Outputs are DIR/STEM.EXT; two inputs that would write the same file, or an output that is an
  // input, fail the later input before anything runs.
  std::map<std::string, std::string> owner;  // output key -> input
  std::map<std::string, bool> input_keys;
  for (const auto& in : o.inputs) input_keys[same_file_key(in)] = true;
  std::vector<job> jobs;
  for (const auto& in : o.inputs) {
    job j;
    j.input = in;
    j.from = from;
    std::string stem = in == "-" ? "stdin" : fs::path(in).stem().string();
    for (auto* f : outs) {
      target t{(fs::path(o.output_dir) / (stem + output_extension(*f))).string(), f};
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
  batch_summary sum = run_batch(jobs, make_settings(o), o.jobs, progress, out);
  // "44 converted (3 with warnings), 2 failed": every input that got its outputs counts as converted.
  std::string line = std::to_string(sum.converted + sum.with_warnings) + " converted";
  if (sum.with_warnings) line += " (" + std::to_string(sum.with_warnings) + " with warnings)";
  out.note(line + ", " + std::to_string(sum.failed) + " failed");
  return sum.exit_code();
}

// Standard input has no extension to tell its format by.
void check_stdin_format(const options& o) {
  if (o.from.empty() && std::find(o.inputs.begin(), o.inputs.end(), "-") != o.inputs.end())
    throw usage_error{"reading standard input needs --from FORMAT"};
}

}  // namespace

int convert_command(const options& o, console& out) {
  if (o.output.empty() == o.output_dir.empty()) throw usage_error{"give either -o OUTPUT or -d DIR"};
  check_stdin_format(o);
  return o.output.empty() ? convert_many(o, out) : convert_one(o, out);
}

int validate_command(const options& o, console& out) {
  check_stdin_format(o);
  const format_info* from = reader_format(o.from);
  std::vector<job> jobs;
  for (const auto& in : o.inputs) jobs.push_back(job{in, from, {}, {}});
  settings s = make_settings(o);
  s.validate = true;
  s.print_rows = true;
  // One at a time unless -j says otherwise, so that the report reads in the order given.
  return run_batch(jobs, s, o.jobs == 0 ? 1 : o.jobs, false, out).exit_code();
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
  std::string bytes;
  diagnostics diags(o.output);
  try {
    f->write(report{}, o.write, bytes, diags);
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
