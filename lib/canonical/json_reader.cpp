// read_json: the canonical JSON form (docs/format.md) into the model, with positioned messages.
#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "canonical/json_locator.hpp"
#include "canonical/text_support.hpp"
#include "core/json_limits.hpp"
#include "core/unicode.hpp"
#include "informe/io.hpp"

namespace informe {

namespace {

using json = nlohmann::json;

// nlohmann-json's DOM builder, remembering the offset of a syntax error instead of throwing.
struct dom_builder : nlohmann::detail::json_sax_dom_parser<json> {
  using base = nlohmann::detail::json_sax_dom_parser<json>;
  explicit dom_builder(json& result) : base(result, false) {}

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
    failed = true;
    byte = position;
    message = ex.what();
    return false;
  }

  bool failed = false;
  std::size_t byte = 0;
  std::string message;
};

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> "syntax error ...".
std::string plain_message(std::string m) {
  if (!m.empty() && m.front() == '[') {
    auto close = m.find("] ");
    if (close != std::string::npos) m.erase(0, close + 2);
  }
  if (m.rfind("parse error", 0) == 0) {
    auto colon = m.find(": ");
    if (colon != std::string::npos) m.erase(0, colon + 2);
  }
  return m;
}

// A value as shown in a message: quoted, at most 40 bytes (cut on a character boundary), control
// characters shown as \uXXXX so that a message stays one printable line.
std::string quote(const std::string& s) {
  std::string shown = s;
  if (shown.size() > 40) {
    const std::size_t cut = detail::character_start(shown, 40);
    shown = shown.substr(0, cut) + "...";
  }
  std::string out = "\"";
  for (char c : shown) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      static constexpr char hex[] = "0123456789ABCDEF";
      out += "\\u00";
      out += hex[byte >> 4];
      out += hex[byte & 15];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string type_of(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "an unknown value";
  }
}

const char* const report_keys[] = {"cutoff_date",    "issued_at", "program",   "ministry",
                                   "service",        "evaluation_year",       "program_status",
                                   "exit_date",      "observation",           "commitments"};
const char* const row_keys[] = {"number",     "recommendation", "responsible",
                                "commitment", "due",            "due_text",
                                "compliance", "compliance_observation",
                                "status",     "status_text",    "verification"};

template <std::size_t N>
bool known(const char* const (&keys)[N], const std::string& key) {
  return std::any_of(std::begin(keys), std::end(keys), [&](const char* k) { return key == k; });
}

class json_reader {
 public:
  json_reader(std::string_view input, diagnostics& diags) : input_(input), lines_(input), diags_(diags) {}

  report read() {
    if (input_.find_first_not_of(" \t\r\n") == std::string_view::npos ||
        input_.substr(input_.find_first_not_of(" \t\r\n")) == "\xEF\xBB\xBF") {
      throw error("empty input: no JSON document", input_.empty() ? source_position{} : lines_.at(0));
    }
    if (auto deep = detail::json_too_deep(input_)) {
      throw error("JSON nested deeper than " + std::to_string(detail::max_json_depth) + " levels",
                  lines_.at(*deep));
    }
    json root;
    dom_builder builder(root);
    json::sax_parse(input_.data(), input_.data() + input_.size(), &builder, json::input_format_t::json,
                    true, false);
    if (builder.failed) {
      std::size_t offset = builder.byte > 0 ? builder.byte - 1 : 0;
      throw error("invalid JSON: " + plain_message(builder.message), lines_.at(offset));
    }
    locator_.emplace(input_);
    if (!root.is_object()) {
      throw error("the JSON document must be an object, not " + type_of(root), at_value(""));
    }
    for (const auto& d : locator_->duplicates()) {
      auto dot = d.path.rfind('.');
      std::string key = dot == std::string::npos ? d.path : d.path.substr(dot + 1);
      std::string parent = dot == std::string::npos ? std::string() : d.path.substr(0, dot);
      add(severity::warning, lines_.at(d.offset), d.offset,
          "repeated key " + quote(key) + where_in(parent) + ": the last one counts");
    }

    report r;
    for (const auto& [key, value] : root.items()) {
      if (!known(report_keys, key)) unknown_key("", key);
    }
    auto get = [&](const json& object, const char* key) -> const json& {
      static const json null_value;
      auto it = object.find(key);
      return it == object.end() ? null_value : *it;
    };
    r.cutoff_date = date(get(root, "cutoff_date"), "cutoff_date");
    r.issued_at = timestamp(get(root, "issued_at"), "issued_at");
    r.program = text(get(root, "program"), "program");
    r.ministry = text(get(root, "ministry"), "ministry");
    r.service = text(get(root, "service"), "service");
    r.evaluation_year = year(get(root, "evaluation_year"), "evaluation_year");
    r.program_status = text(get(root, "program_status"), "program_status");
    r.exit_date = date(get(root, "exit_date"), "exit_date");
    r.observation = rich(get(root, "observation"), "observation");

    const json& rows = get(root, "commitments");
    if (!rows.is_null() && !rows.is_array()) {
      wrong_type("commitments", "an array or null", rows);
    } else if (rows.is_array()) {
      for (std::size_t i = 0; i < rows.size(); ++i) {
        std::string p = detail::element_path("commitments", i);
        const json& item = rows[i];
        if (!item.is_object()) {
          wrong_type(p, "an object", item);
          continue;
        }
        for (const auto& [key, value] : item.items()) {
          if (!known(row_keys, key)) unknown_key(p, key);
        }
        row w;
        w.source = at_value(p);
        w.number = text(get(item, "number"), detail::member_path(p, "number"));
        w.recommendation = rich(get(item, "recommendation"), detail::member_path(p, "recommendation"));
        w.responsible = text(get(item, "responsible"), detail::member_path(p, "responsible"));
        w.commitment = rich(get(item, "commitment"), detail::member_path(p, "commitment"));
        w.due = date(get(item, "due"), detail::member_path(p, "due"));
        w.due_text = text(get(item, "due_text"), detail::member_path(p, "due_text"));
        w.compliance = rich(get(item, "compliance"), detail::member_path(p, "compliance"));
        w.compliance_observation =
            rich(get(item, "compliance_observation"), detail::member_path(p, "compliance_observation"));
        w.status = status(get(item, "status"), detail::member_path(p, "status"));
        w.status_text = text(get(item, "status_text"), detail::member_path(p, "status_text"));
        w.verification = rich(get(item, "verification"), detail::member_path(p, "verification"));
        r.rows.push_back(std::move(w));
      }
    }

    // Messages in document order.
    std::stable_sort(pending_.begin(), pending_.end(),
                     [](const pending& a, const pending& b) { return a.offset < b.offset; });
    for (auto& p : pending_) {
      diags_.add({p.level, diags_.file(), p.where, std::move(p.message), diagnostic_code::other, {}});
    }
    return r;
  }

 private:
  struct pending {
    std::size_t offset;
    severity level;
    source_position where;
    std::string message;
  };

  static std::string where_in(const std::string& parent) {
    return parent.empty() ? " at the top level" : " in " + parent;
  }

  source_position at_value(const std::string& path) const {
    auto offset = locator_ ? locator_->value(path) : std::nullopt;
    return offset ? lines_.at(*offset) : source_position{};
  }

  void add(severity level, source_position where, std::size_t offset, std::string message) {
    pending_.push_back({offset, level, where, std::move(message)});
  }

  void report_at_value(severity level, const std::string& path, std::string message) {
    auto offset = locator_->value(path);
    add(level, offset ? lines_.at(*offset) : source_position{}, offset.value_or(input_.size()),
        std::move(message));
  }

  void error_at(const std::string& path, std::string message) {
    report_at_value(severity::error, path, std::move(message));
  }

  void unknown_key(const std::string& parent, const std::string& key) {
    auto offset = locator_->key(detail::member_path(parent, key));
    add(severity::warning, offset ? lines_.at(*offset) : source_position{}, offset.value_or(input_.size()),
        "unknown key " + quote(key) + where_in(parent));
  }

  void wrong_type(const std::string& path, const std::string& expected, const json& found) {
    error_at(path, path + ": expected " + expected + ", found " + type_of(found));
  }

  std::string clean(const std::string& raw, const std::string& path) {
    bool removed = false;
    std::string s = detail::model_text(raw, removed);
    if (removed) {
      report_at_value(severity::warning, path, path + ": removed control characters XML cannot hold");
    }
    return s;
  }

  std::string text(const json& v, const std::string& path) {
    if (v.is_null()) return {};
    if (!v.is_string()) {
      wrong_type(path, "a string or null", v);
      return {};
    }
    return clean(v.get_ref<const std::string&>(), path);
  }

  std::optional<partial_date> date(const json& v, const std::string& path) {
    if (v.is_null()) return std::nullopt;
    if (!v.is_string()) {
      wrong_type(path, "a date string (\"2000\", \"2000-12\" or \"2000-12-31\") or null", v);
      return std::nullopt;
    }
    const auto& s = v.get_ref<const std::string&>();
    if (s.empty()) return std::nullopt;  // "" is read as absent
    auto d = partial_date::from_iso(s);
    if (!d) {
      error_at(path, path + ": invalid date " + quote(s) + " (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    return d;
  }

  std::optional<date_time> timestamp(const json& v, const std::string& path) {
    if (v.is_null()) return std::nullopt;
    if (!v.is_string()) {
      wrong_type(path, "a date and time string (\"2009-10-07T17:06:25\") or null", v);
      return std::nullopt;
    }
    const auto& s = v.get_ref<const std::string&>();
    if (s.empty()) return std::nullopt;
    auto t = date_time::from_iso(s);
    if (!t) error_at(path, path + ": invalid date and time " + quote(s) + " (expected YYYY-MM-DDTHH:MM:SS)");
    return t;
  }

  std::optional<int> year(const json& v, const std::string& path) {
    if (v.is_null()) return std::nullopt;
    if (v.is_number_integer()) {  // signed or unsigned
      bool in_range = v.is_number_unsigned() ? v.get<std::uint64_t>() >= 1 && v.get<std::uint64_t>() <= 9999
                                             : v.get<std::int64_t>() >= 1 && v.get<std::int64_t>() <= 9999;
      if (in_range) return static_cast<int>(v.get<std::int64_t>());
      error_at(path, path + ": year " + v.dump() + " is outside 1-9999");
      return std::nullopt;
    }
    if (v.is_number_float()) {
      error_at(path, path + ": expected a whole year, found " + v.dump());
      return std::nullopt;
    }
    wrong_type(path, "a number (the year) or null", v);
    return std::nullopt;
  }

  std::optional<compliance_status> status(const json& v, const std::string& path) {
    if (v.is_null()) return std::nullopt;
    if (!v.is_string()) {
      wrong_type(path, "a status string or null", v);
      return std::nullopt;
    }
    const auto& s = v.get_ref<const std::string&>();
    if (s.empty()) return std::nullopt;
    auto status = compliance_status_from_string(s);
    if (!status) {
      error_at(path, path + ": unknown status " + quote(s) +
                         " (expected \"fulfilled\", \"partially_fulfilled\", \"not_fulfilled\" or null)");
    }
    return status;
  }

  rich_text rich(const json& v, const std::string& path) {
    rich_text t;
    if (v.is_null()) return t;
    if (v.is_string()) {
      t.add_paragraph(clean(v.get_ref<const std::string&>(), path));
      return t;
    }
    if (!v.is_array()) {
      wrong_type(path, "a string, an array of paragraphs and lists, or null", v);
      return t;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::string p = detail::element_path(path, i);
      const json& part = v[i];
      if (part.is_string()) {
        t.add_paragraph(clean(part.get_ref<const std::string&>(), p));
      } else if (part.is_object()) {
        for (const auto& [key, value] : part.items()) {
          if (key != "list") unknown_key(p, key);
        }
        auto list = part.find("list");
        if (list == part.end() || !list->is_array()) {
          if (list == part.end()) {
            error_at(p, p + ": expected {\"list\": [...]}, the key \"list\" is missing");
          } else {
            wrong_type(detail::member_path(p, "list"), "an array of strings", *list);
          }
          continue;
        }
        std::vector<std::string> items;
        for (std::size_t k = 0; k < list->size(); ++k) {
          std::string ip = detail::element_path(detail::member_path(p, "list"), k);
          const json& item = (*list)[k];
          if (!item.is_string()) {
            wrong_type(ip, "a string", item);
            continue;
          }
          std::string s = clean(item.get_ref<const std::string&>(), ip);
          if (!s.empty()) items.push_back(std::move(s));
        }
        t.add_list(std::move(items));
      } else {
        wrong_type(p, "a string (a paragraph) or {\"list\": [...]}", part);
      }
    }
    return t;
  }

  std::string_view input_;
  detail::line_index lines_;
  diagnostics& diags_;
  std::optional<detail::json_locator> locator_;
  std::vector<pending> pending_;
};

}  // namespace

report read_json(std::string_view input, const read_options& options, diagnostics& diags) {
  try {
    detail::check_input_bytes(input, options, "JSON");
    return json_reader(input, diags).read();
  } catch (const error& e) {
    throw e.with_file(diags.file());
  } catch (const std::bad_alloc&) {
    throw error("out of memory reading the JSON input").with_file(diags.file());
  } catch (const nlohmann::json::exception& e) {
    throw error("invalid JSON: " + plain_message(e.what())).with_file(diags.file());
  }
}

}  // namespace informe
