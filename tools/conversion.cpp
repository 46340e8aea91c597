#include "conversion.hpp"

#include <exception>
#include <new>

#include "file_io.hpp"
#include "informe/validate.hpp"

namespace informe::cli {

namespace {

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Prints the diagnostics; warnings are dropped under --quiet unless they are fatal; info records
// (page furniture) only with --verbose. At most max_printed lines per input and stage, then one line
// counting the rest (an input can have hundreds of thousands of warnings).
constexpr std::size_t max_printed = 100;

void print_diagnostics(const diagnostics& diags, const std::string& file, bool strict, bool verbose,
                       console& out) {
  std::size_t printed = 0, left = 0;
  for (diagnostic d : diags.all()) {
    if (d.level == severity::info && !verbose) continue;
    if (d.level != severity::error && !strict && out.quiet()) continue;
    if (printed == max_printed) {
      ++left;
      continue;
    }
    ++printed;
    if (d.file.empty()) d.file = file;
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
bool accept(const diagnostics& diags, const std::string& file, const settings& s, console& out,
            job_result& result) {
  print_diagnostics(diags, file, s.strict, s.verbose, out);
  result.warnings += diags.warning_count();
  if (diags.error_count() > 0) {
    result.result = outcome::failed;
    return false;
  }
  if (s.strict && diags.warning_count() > 0) {
    out.message(file + ": error: " + plural(diags.warning_count(), "warning") + " treated as errors (--strict)");
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

std::string error_line(const informe::error& e, const std::string& file) { return e.with_file(file).to_string(); }

}  // namespace

std::string output_extension(const format_info& f) {
  std::string_view exts = f.extensions;
  if (exts.empty()) return "." + std::string(f.name);
  return std::string(exts.substr(0, exts.find(' ')));
}

job_result run_job(const job& j, const settings& s, console& out) {
  job_result result;
  const std::string& file = j.input;
  if (!j.refusal.empty()) {
    out.message(file + ": error: " + j.refusal);
    result.result = outcome::failed;
    return result;
  }
  try {
    const format_info* from = j.from ? j.from : format_for_path(file);
    if (!from) {
      out.message(file + ": error: unknown input format (name it with --from; see 'informe formats')");
      result.result = outcome::failed;
      return result;
    }
    if (!from->read) {
      out.message(file + ": error: format '" + std::string(from->name) + "' cannot be read");
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
      if (!accept(diags, file, s, out, result)) return result;
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
        bool ok = accept(diags, diags.file(), s, out, part);
        result.warnings += part.warnings;
        if (!ok) {
          worst = worse(worst, part.result);
          continue;
        }
        if (t.path == "-") {
          if (!out.write_stdout(bytes)) throw io_error("cannot write to standard output", "-");
        } else {
          write_atomically(t.path, bytes);
        }
      } catch (const io_error& e) {
        out.message(e.to_string());
        worst = worse(worst, outcome::failed_io);
      } catch (const informe::error& e) {
        out.message(error_line(e, t.path));
        worst = worse(worst, outcome::failed);
      }
    }
    if (worst != outcome::converted)
      result.result = worst;
    else
      result.result = result.warnings > 0 ? outcome::converted_with_warnings : outcome::converted;
  } catch (const io_error& e) {
    out.message(e.to_string());
    result.result = outcome::failed_io;
  } catch (const informe::error& e) {
    out.message(error_line(e, file));
    result.result = outcome::failed;
  } catch (const std::bad_alloc&) {
    out.message(file + ": error: out of memory");
    result.result = outcome::failed;
  } catch (const std::exception& e) {
    out.message(file + ": error: internal error: " + e.what());
    result.result = outcome::failed;
  }
  return result;
}

}  // namespace informe::cli
