#include "conversion.hpp"

#include <exception>
#include <filesystem>
#include <new>
#include <system_error>

#include "file_io.hpp"
#include "informe/validate.hpp"
#include "json_log.hpp"
#include "warning_digest.hpp"

namespace informe::cli {

namespace {

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Prints the diagnostics; warnings are dropped under --quiet unless they are fatal; info records
// (page furniture) only with --verbose. At most max_printed lines per input and stage, then one line
// counting the rest (an input can have hundreds of thousands of warnings).
constexpr std::size_t max_printed = 100;

// An error about a whole input or output: printed, and logged.
void emit_error(const settings& s, console& out, const std::string& input, const diagnostic& d) {
  out.message(d.to_string());
  if (s.log) s.log->write(input, d);
}

void fail(const settings& s, console& out, const std::string& input, const std::string& file, std::string message,
          diagnostic_code code) {
  diagnostic d;
  d.level = severity::error;
  d.file = file;
  d.message = std::move(message);
  d.code = code;
  emit_error(s, out, input, d);
}

// An informe::error (or io_error) as an error line; `code_when_other` when the error has no code.
void fail_with(const settings& s, console& out, const std::string& input, const informe::error& e,
               const std::string& file, diagnostic_code code_when_other) {
  diagnostic d;
  d.level = severity::error;
  d.file = e.file().empty() ? file : e.file();
  d.where = e.where();
  d.message = e.message();
  d.code = e.code() == diagnostic_code::other ? code_when_other : e.code();
  emit_error(s, out, input, d);
}

void print_diagnostics(const diagnostics& diags, const std::string& input, const std::string& file,
                       const settings& s, console& out) {
  const bool strict = s.strict, verbose = s.verbose;
  std::size_t printed = 0, left = 0;
  for (diagnostic d : diags.all()) {
    if (d.file.empty()) d.file = file;
    if (s.log) s.log->write(input, d);
    if (d.level == severity::info && !verbose) continue;
    if (d.level != severity::error && !strict && out.quiet()) continue;
    // A warning seen in many inputs: printed for the first ones, summed up at the end of the batch.
    if (d.level == severity::warning && !strict && s.digest && !s.digest->show(input, d)) continue;
    if (printed == max_printed) {
      ++left;
      continue;
    }
    ++printed;
    if (d.level == severity::error || strict)
      out.message(d.to_string());
    else
      out.note(d.to_string());
  }
  if (left > 0) {
    out.message(file + ": " + std::to_string(left) + " more messages not shown (the first " +
                std::to_string(max_printed) + " are)");
  }
}

// Decides the fate of diagnostics gathered so far; prints them. Returns false when they are fatal.
bool accept(const diagnostics& diags, const std::string& input, const std::string& file, const settings& s,
            console& out, job_result& result) {
  print_diagnostics(diags, input, file, s, out);
  result.warnings += diags.warning_count();
  if (diags.error_count() > 0) {
    result.result = outcome::failed;
    return false;
  }
  if (s.strict && diags.warning_count() > 0) {
    fail(s, out, input, file, plural(diags.warning_count(), "warning") + " treated as errors (--strict)",
         diagnostic_code::strict);
    result.result = outcome::failed_strict;
    return false;
  }
  return true;
}

int rank(outcome o) {
  switch (o) {
    case outcome::failed_io: return 3;
    case outcome::failed: return 2;
    case outcome::failed_strict: return 1;
    default: return 0;
  }
}

outcome worse(outcome a, outcome b) { return rank(b) > rank(a) ? b : a; }

}  // namespace

std::string output_extension(const format_info& f) {
  std::string_view exts = f.extensions;
  if (exts.empty()) return std::string(".").append(f.name);
  return std::string(exts.substr(0, exts.find(' ')));
}

job_result run_job(const job& j, const settings& s, console& out) {
  job_result result;
  const std::string& file = j.input;
  if (!j.refusal.empty()) {
    fail(s, out, file, file, j.refusal, diagnostic_code::output_conflict);
    result.result = outcome::failed;
    return result;
  }
  try {
    const format_info* from = j.from ? j.from : format_for_path(file);
    if (!from) {
      fail(s, out, file, file, "unknown input format (name it with --from; see 'informe formats')",
           diagnostic_code::unknown_format);
      result.result = outcome::failed;
      return result;
    }
    if (!from->read) {
      fail(s, out, file, file, "format '" + std::string(from->name) + "' cannot be read",
           diagnostic_code::unknown_format);
      result.result = outcome::failed;
      return result;
    }

    report model;
    {
      diagnostics diags(file);
      std::string bytes = read_input(file, s.read.max_input_bytes);
      model = from->read(bytes, s.read, diags);
      s.metadata.apply(model);
      if (s.validate) validate(model, diags);
      if (!accept(diags, file, file, s, out, result)) return result;
    }
    if (s.print_rows) {
      out.print(file + ": " + plural(model.rows.size(), "row") + ", " + plural(result.warnings, "warning"));
    }

    // Each output is written whole or not at all; the input's outcome is its worst output's.
    outcome worst = outcome::converted;
    for (const target& t : j.targets) {
      try {
        diagnostics diags(t.path == "-" ? file : t.path);
        std::string bytes;
        t.format->write(model, s.write, bytes, diags);
        job_result part;
        bool ok = accept(diags, file, diags.file(), s, out, part);
        result.warnings += part.warnings;
        if (!ok) {
          worst = worse(worst, part.result);
          continue;
        }
        if (t.path == "-") {
          if (!out.write_stdout(bytes)) throw io_error("cannot write to standard output", "-");
        } else {
          if (t.make_parents) {
            std::error_code ec;
            std::filesystem::create_directories(std::filesystem::path(t.path).parent_path(), ec);
            if (ec) throw io_error("cannot create its directory: " + ec.message(), t.path);
          }
          write_atomically(t.path, bytes);
        }
      } catch (const io_error& e) {
        fail_with(s, out, file, e, t.path, diagnostic_code::io_error);
        worst = worse(worst, outcome::failed_io);
      } catch (const informe::error& e) {
        fail_with(s, out, file, e, t.path, diagnostic_code::write_failed);
        worst = worse(worst, outcome::failed);
      }
    }
    if (worst != outcome::converted)
      result.result = worst;
    else
      result.result = result.warnings > 0 ? outcome::converted_with_warnings : outcome::converted;
  } catch (const io_error& e) {
    fail_with(s, out, file, e, file, diagnostic_code::io_error);
    result.result = outcome::failed_io;
  } catch (const informe::error& e) {
    fail_with(s, out, file, e, file, diagnostic_code::invalid_input);
    result.result = outcome::failed;
  } catch (const std::bad_alloc&) {
    fail(s, out, file, file, "out of memory", diagnostic_code::other);
    result.result = outcome::failed;
  } catch (const std::exception& e) {
    fail(s, out, file, file, std::string("internal error: ") + e.what(), diagnostic_code::other);
    result.result = outcome::failed;
  }
  return result;
}

}  // namespace informe::cli
