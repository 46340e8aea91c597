// `informe diff OLD NEW [-o diff.html|diff.json]`: exit 0 when the models are equal, 1 when they
// differ, 2 on trouble, as diff(1).
#include <unistd.h>

#include <cctype>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "file_io.hpp"
#include "informe/compare.hpp"
#include "informe/formats.hpp"
#include "report_inputs.hpp"

namespace informe::cli {

namespace {

constexpr int diff_equal = 0, diff_different = 1, diff_trouble = 2;

using diff_writer = void (*)(const report_diff&, const report&, const report&, const diff_write_options&, std::string&);

bool ends_with(const std::string& s, const char* end) {
  std::string e(end);
  if (s.size() < e.size()) return false;
  for (std::size_t i = 0; i < e.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - e.size() + i])) != e[i]) return false;
  return true;
}

diff_writer pick_writer(const options& o) {
  std::string name = !o.to.empty() ? o.to.front() : o.output.empty() || o.output == "-" ? "text"
                                                  : ends_with(o.output, ".html") || ends_with(o.output, ".htm") ? "html"
                                                  : ends_with(o.output, ".json") ? "json"
                                                  : ends_with(o.output, ".txt") || ends_with(o.output, ".diff") ? "text"
                                                                                                                 : "";
  if (o.to.size() > 1) throw usage_error{"diff writes one format"};
  if (name == "text") return &write_diff_text;
  if (name == "html") return &write_diff_html;
  if (name == "json") return &write_diff_json;
  if (name.empty()) throw usage_error{"cannot tell the diff's format from '" + o.output + "'; use --to text|html|json"};
  throw usage_error{"diff cannot be written as '" + name + "' (known: text, html, json)"};
}

}  // namespace

int diff_command(const options& o, console& out) {
  if (o.inputs.size() != 2) throw usage_error{"diff compares two reports: informe diff OLD NEW"};
  diff_writer writer = pick_writer(o);
  bool to_terminal = (o.output.empty() || o.output == "-") && ::isatty(STDOUT_FILENO) == 1;
  bool colour = o.colour == "always" || (o.colour == "auto" && to_terminal && writer == &write_diff_text);

  read_settings rs;
  if (!o.from.empty()) {
    rs.from = find_format(o.from);
    if (!rs.from || !rs.from->read) throw usage_error{"format '" + o.from + "' cannot be read"};
  }
  rs.read.max_input_bytes = o.max_input_bytes;
  rs.strict = o.strict;
  rs.verbose = o.verbose;
  report models[2];
  read_tally tally = read_reports(o.inputs, rs, 2, out, [&](std::size_t i, const std::string&, const report& r) {
    models[i] = r;
  });
  if (tally.read != 2) return diff_trouble;

  const report_diff d = compare(models[0], models[1]);
  diff_write_options wo;
  wo.write = o.write;
  wo.old_name = o.inputs[0];
  wo.new_name = o.inputs[1];
  wo.colour = colour;
  try {
    std::string bytes;
    if (writer != &write_diff_text || !d.empty() || !o.output.empty()) writer(d, models[0], models[1], wo, bytes);
    if (o.output.empty() || o.output == "-") {
      if (!out.write_stdout(bytes)) throw io_error("cannot write to standard output", "-");
    } else {
      write_atomically(o.output, bytes);
    }
  } catch (const informe::error& e) {
    out.message(e.with_file(o.output.empty() ? "-" : o.output).to_string());
    return diff_trouble;
  } catch (const std::exception& e) {
    out.message(std::string("error: internal error: ") + e.what());
    return diff_trouble;
  }
  return d.empty() ? diff_equal : diff_different;
}

}  // namespace informe::cli
