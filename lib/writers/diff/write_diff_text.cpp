// The diff as text, like `git diff --word-diff`: [-removed-] and {+added+}, or ANSI colours.
#include "writers/diff/words.hpp"
#include "informe/compare.hpp"

namespace informe {

namespace {

using namespace detail::diff_out;

class text_out {
 public:
  text_out(const nlohmann::json& labels, bool colour, std::string& out) : labels_(labels), colour_(colour), out_(out) {}

  void file(const char* mark, const std::string& name) {
    out_ += colour_ ? "\x1b[1m" : "";
    out_ += std::string(mark) + " " + name;
    out_ += colour_ ? "\x1b[m\n" : "\n";
  }

  void hunk(const std::string& title) {
    out_ += colour_ ? "\x1b[36m" : "";
    out_ += "@@ " + title + " @@";
    out_ += colour_ ? "\x1b[m\n" : "\n";
  }

  void piece(const diff_piece& p) {
    switch (p.type) {
      case diff_piece::kind::same: out_ += p.text; break;
      case diff_piece::kind::removed:
        out_ += colour_ ? "\x1b[31m" + p.text + "\x1b[m" : "[-" + p.text + "-]";
        break;
      case diff_piece::kind::added:
        out_ += colour_ ? "\x1b[32m" + p.text + "\x1b[m" : "{+" + p.text + "+}";
        break;
    }
  }

  void change(const field_change& c) {
    out_ += field_label(labels_, c.field) + ": ";
    for (const auto& p : pieces_of(labels_, c)) piece(p);
    out_ += '\n';
  }

  void whole_row(const row& r, diff_piece::kind type) {
    for (const auto& [field, value] : shown_row_fields(labels_, r)) {
      out_ += field_label(labels_, field) + ": ";
      piece({type, shown_value(labels_, field, value)});
      out_ += '\n';
    }
  }

 private:
  const nlohmann::json& labels_;
  bool colour_;
  std::string& out_;
};

}  // namespace

void write_diff_text(const report_diff& d, const report& old_report, const report& new_report,
                     const diff_write_options& options, std::string& output) {
  const nlohmann::json words = labels(template_set(options.write.template_dir));
  std::string out;
  text_out t(words, options.colour, out);
  t.file("---", options.old_name);
  t.file("+++", options.new_name);
  if (!d.header.empty()) {
    t.hunk(label_word(words, "header"));
    for (const auto& c : d.header) t.change(c);
  }
  const std::string no = label_word(words, "row");
  for (const auto& r : d.rows) {
    if (r.unchanged()) continue;
    if (r.type == row_change::kind::added) {
      const row& x = new_report.rows[*r.new_index];
      t.hunk(no + " " + x.number + " (" + label_word(words, "added") + ")");
      t.whole_row(x, diff_piece::kind::added);
    } else if (r.type == row_change::kind::removed) {
      const row& x = old_report.rows[*r.old_index];
      t.hunk(no + " " + x.number + " (" + label_word(words, "removed") + ")");
      t.whole_row(x, diff_piece::kind::removed);
    } else {
      const row& a = old_report.rows[*r.old_index];
      const row& b = new_report.rows[*r.new_index];
      std::string title = no + " " + b.number;
      std::vector<std::string> notes;
      if (r.matched_by_text) notes.push_back(label_word(words, "matched_by_text") + "; " + label_word(words, "was") + " " + no + " " + a.number);
      if (r.moved) notes.push_back(label_word(words, "moved"));
      for (std::size_t i = 0; i < notes.size(); ++i) title += (i == 0 ? " (" : ", ") + notes[i];
      if (!notes.empty()) title += ")";
      t.hunk(title);
      for (const auto& c : r.changes)
        if (!repeats_status(words, r.changes, c)) t.change(c);
    }
  }
  output += out;
}

}  // namespace informe
