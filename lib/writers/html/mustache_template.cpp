#include "writers/html/mustache_template.hpp"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <unordered_set>
#include <vector>

#include "core/line_index.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail {

namespace km = kainjow::mustache;
using json = nlohmann::json;

namespace {

constexpr std::size_t max_partial_depth = 32;
// A template with its partials inlined: ten partials each including the next ten times would be
// 10^10 times the text; ours are about 20 KiB.
constexpr std::size_t max_source_bytes = std::size_t{4} << 20;
// What a render may produce: a fixed allowance plus a multiple of the text in the view. Nested
// sections over the rows (rows x rows x ...) would otherwise grow without bound.
constexpr std::size_t render_allowance = std::size_t{16} << 20;
constexpr std::size_t render_factor = 32;
constexpr std::size_t lookup_allowance = 100'000;
constexpr std::size_t lookup_factor = 256;

struct delimiters {
  std::string begin = "{{";
  std::string end = "}}";
  bool is_default() const { return begin == "{{" && end == "}}"; }
  bool operator==(const delimiters&) const = default;
};

std::string_view trim(std::string_view s) {
  const char* space = " \t\r\n";
  auto first = s.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  auto last = s.find_last_not_of(space);
  return s.substr(first, last - first + 1);
}

// One tag of a template, as kainjow's parser sees it.
struct tag {
  std::size_t start = 0;  // offset of the opening delimiter
  std::size_t end = 0;    // offset just past the closing delimiter
  char kind = 0;          // '#', '^', '/', '>', '&', '!', '=', '{' or 0 for a variable
  std::string name;
  delimiters in_force;    // the delimiters this tag was written with
};

struct scan_result {
  std::vector<tag> partials;
  delimiters final_delimiters;
};

// "{{=<% %>=}}" -> new delimiters; false when malformed (kainjow's rules).
bool parse_delimiters(std::string_view contents, delimiters& out) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  auto inner = trim(contents.substr(1, contents.size() - 2));
  auto space = inner.find(' ');
  if (space == std::string_view::npos) return false;
  auto begin = inner.substr(0, space);
  auto end = trim(inner.substr(space + 1));
  auto valid = [](std::string_view d) {
    if (d.empty()) return false;
    for (char c : d) {
      if (c == '=' || c == ' ' || c == '\t' || c == '\r' || c == '\n') return false;
    }
    return true;
  };
  if (!valid(begin) || !valid(end)) return false;
  out.begin = std::string(begin);
  out.end = std::string(end);
  return true;
}

// Walks the tags of `text` like kainjow's parser, checking the structure with positioned errors.
scan_result scan(std::string_view text, const std::string& origin) {
  scan_result result;
  delimiters delims;
  std::vector<tag> sections;
  auto fail = [&](std::size_t offset, std::string message) -> void {
    throw error(std::move(message), position_of(text, offset), origin);
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = text.find(delims.begin, pos);
    if (start == std::string_view::npos) break;
    std::size_t contents = start + delims.begin.size();
    const bool triple = delims.is_default() && contents < text.size() && text[contents] == '{';
    const std::string closing = triple ? "}}}" : delims.end;
    if (triple) ++contents;
    const std::size_t stop = text.find(closing, contents);
    if (stop == std::string_view::npos) {
      fail(start, "unclosed tag \"" + std::string(text.substr(start, std::min<std::size_t>(20, text.size() - start))) +
                      "\": no \"" + closing + "\" follows");
    }
    tag t;
    t.in_force = delims;
    t.start = start;
    t.end = stop + closing.size();
    std::string_view body = trim(text.substr(contents, stop - contents));
    if (triple) {
      t.kind = '{';
      t.name = std::string(body);
    } else if (!body.empty() && body.front() == '=') {
      t.kind = '=';
      if (!parse_delimiters(body, delims)) fail(start, "invalid set-delimiter tag \"" + std::string(body) + "\"");
    } else if (!body.empty() && std::string_view("#^/>&!").find(body.front()) != std::string_view::npos) {
      t.kind = body.front();
      t.name = std::string(trim(body.substr(1)));
    } else {
      t.name = std::string(body);
    }
    switch (t.kind) {
      case '#':
      case '^':
        if (t.name.empty()) fail(start, "section tag without a name");
        sections.push_back(t);
        break;
      case '/':
        if (sections.empty()) fail(start, "section end \"" + t.name + "\" closes no open section");
        if (sections.back().name != t.name) {
          fail(start, "section end \"" + t.name + "\" does not match the open section \"" + sections.back().name +
                          "\" (line " + std::to_string(position_of(text, sections.back().start).line) + ")");
        }
        sections.pop_back();
        break;
      case '>':
        if (t.name.empty()) fail(start, "partial tag without a name");
        result.partials.push_back(t);
        break;
      default:
        break;
    }
    pos = t.end;
  }
  if (!sections.empty()) fail(sections.back().start, "unclosed section \"" + sections.back().name + "\"");
  result.final_delimiters = delims;
  return result;
}

// "html/page.mustache" + "header" -> "html/header.mustache"; "style.css" keeps its extension.
std::string partial_file(std::string_view including, std::string_view partial) {
  std::string folder;
  if (auto slash = including.rfind('/'); slash != std::string_view::npos) folder = std::string(including.substr(0, slash + 1));
  std::string file = folder + std::string(partial);
  const auto last_slash = partial.rfind('/');
  const auto dot = partial.rfind('.');
  if (dot == std::string_view::npos || (last_slash != std::string_view::npos && dot < last_slash)) file += ".mustache";
  return file;
}

std::string set_delimiters(const delimiters& current, const delimiters& wanted) {
  return current.begin + "=" + wanted.begin + " " + wanted.end + "=" + current.end;
}

struct expanded {
  std::string text;
  delimiters final_delimiters;  // in force at the end of the text
};

// Partials already inlined, by file: a partial's expansion does not depend on where it is included
// (it starts with the default delimiters), so ten inclusions of one partial expand it once.
using expansion_cache = std::map<std::string, expanded>;

// The template `name` with its partials inlined (each checked first, in its own file).
expanded expand(const template_set& templates, const std::string& name, std::vector<std::string>& stack,
                expansion_cache& cache) {
  const std::string origin = templates.origin(name);
  std::string text = templates.load(name);
  const scan_result scanned = scan(text, origin);
  if (scanned.partials.empty()) return {std::move(text), scanned.final_delimiters};

  std::string out;
  out.reserve(text.size() * 2);
  std::size_t copied = 0;
  for (const tag& t : scanned.partials) {
    const std::string file = partial_file(name, t.name);
    auto fail = [&](std::string message) { throw error(std::move(message), position_of(text, t.start), origin); };
    if (!templates.try_load(file)) fail("partial \"" + t.name + "\" not found (looked for " + file + ")");
    for (const auto& open : stack) {
      if (open == file) fail("partial \"" + t.name + "\" includes itself (" + file + ")");
    }
    if (stack.size() >= max_partial_depth) fail("partials nested too deeply at \"" + t.name + "\"");

    const delimiters& here = t.in_force;
    auto cached = cache.find(file);
    if (cached == cache.end()) {
      stack.push_back(file);
      expanded result = expand(templates, file, stack, cache);
      stack.pop_back();
      cached = cache.emplace(file, std::move(result)).first;
    }
    const expanded& inner = cached->second;

    out.append(text, copied, t.start - copied);
    // A partial starts with the default delimiters and leaves the includer's in force after it.
    if (!here.is_default()) out += set_delimiters(here, delimiters{});
    out += inner.text;
    if (!(inner.final_delimiters == here)) out += set_delimiters(inner.final_delimiters, here);
    copied = t.end;
    if (out.size() > max_source_bytes) {
      fail("partials expand the template to more than " + std::to_string(max_source_bytes >> 20) + " MiB");
    }
  }
  out.append(text, copied, std::string::npos);
  return {std::move(out), scanned.final_delimiters};
}

// Every name a template's tags use, split at dots: keys of the view no tag names are never looked
// up, so they need not be converted.
using name_set = std::unordered_set<std::string>;

name_set names_used(const std::string& source) {
  name_set names;
  delimiters delims;
  std::size_t pos = 0;
  while (pos < source.size()) {
    const std::size_t start = source.find(delims.begin, pos);
    if (start == std::string::npos) break;
    std::size_t contents = start + delims.begin.size();
    const bool triple = delims.is_default() && contents < source.size() && source[contents] == '{';
    const std::string closing = triple ? "}}}" : delims.end;
    if (triple) ++contents;
    const std::size_t stop = source.find(closing, contents);
    if (stop == std::string::npos) break;
    std::string_view body = trim(std::string_view(source).substr(contents, stop - contents));
    pos = stop + closing.size();
    if (!triple && !body.empty() && body.front() == '=') {
      parse_delimiters(body, delims);
      continue;
    }
    if (!triple && !body.empty() && (body.front() == '!' || body.front() == '>')) continue;
    if (!triple && !body.empty() && std::string_view("#^/&").find(body.front()) != std::string_view::npos) {
      body = trim(body.substr(1));
    }
    std::size_t from = 0;
    while (from <= body.size()) {
      auto dot = body.find('.', from);
      if (dot == std::string_view::npos) dot = body.size();
      if (dot > from) names.emplace(body.substr(from, dot - from));
      from = dot + 1;
    }
  }
  return names;
}

km::data to_data(const json& value, const name_set& names) {
  switch (value.type()) {
    case json::value_t::object: {
      km::data object(km::data::type::object);
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (!names.count(it.key())) continue;
        object[it.key()] = to_data(it.value(), names);
      }
      return object;
    }
    case json::value_t::array: {
      km::data list(km::data::type::list);
      // kainjow only appends copies (deep ones); build the vector it owns in place instead. The
      // reserve matters: basic_data's move is not noexcept, so a growing vector would copy.
      auto& items = const_cast<km::list&>(list.list_value());
      items.reserve(value.size());
      for (const auto& item : value) items.emplace_back(to_data(item, names));
      return list;
    }
    case json::value_t::string: return km::data(value.get_ref<const std::string&>());
    case json::value_t::boolean: return km::data(value.get<bool>());
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return km::data(value.dump());
    default: return km::data(false);
  }
}

// The render context: kainjow's own splits dotted names through a stringstream on every lookup,
// and looks partials up in the data. Here partials are never looked up (they are all inlined, so a
// value can never become template source) and dotted names are walked in place.
struct render_too_large {};

class view_context final : public km::basic_context<std::string> {
 public:
  // `budget`: lookups and section entries allowed before rendering is stopped (render_too_large).
  view_context(const km::data* root, std::size_t budget) : budget_(budget) { stack_.push_back(root); }

  void push(const km::data* data) override {
    spend();
    stack_.push_back(data);
  }
  void pop() override { stack_.pop_back(); }

  const km::data* get(const std::string& name) const override {
    spend();
    if (name.size() == 1 && name[0] == '.') return stack_.back();
    const auto dot = name.find('.');
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (dot == std::string::npos) {
        if (const km::data* found = (*it)->get(name)) return found;
        continue;
      }
      // "a.b.c": the whole path from this level, as kainjow does.
      const km::data* found = *it;
      std::size_t start = 0;
      while (found) {
        const auto end = name.find('.', start);
        segment_.assign(name, start, end == std::string::npos ? std::string::npos : end - start);
        found = found->get(segment_);
        if (end == std::string::npos) break;
        start = end + 1;
      }
      if (found) return found;
    }
    return nullptr;
  }

  const km::data* get_partial(const std::string&) const override { return nullptr; }

 private:
  void spend() const {
    if (budget_ == 0) throw render_too_large{};
    --budget_;
  }

  mutable std::size_t budget_;
  std::vector<const km::data*> stack_;
  mutable std::string segment_;
};

// kainjow renders into a "stream": this one appends to a string, up to a limit.
struct string_sink {
  std::string& out;
  std::size_t limit;
};

string_sink& operator<<(string_sink& sink, const std::string& text) {
  if (sink.out.size() + text.size() > sink.limit) throw render_too_large{};
  sink.out += text;
  return sink;
}

// The size of a view: bytes of text (strings and keys) and values.
struct view_size {
  std::size_t bytes = 0;
  std::size_t values = 0;
};

void measure(const json& value, view_size& size) {
  ++size.values;
  size.bytes += 8;
  if (value.is_string()) {
    size.bytes += value.get_ref<const std::string&>().size();
  } else if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      size.bytes += it.key().size();
      measure(it.value(), size);
    }
  } else if (value.is_array()) {
    for (const auto& item : value) measure(item, size);
  }
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t run = 0;  // start of the bytes not yet copied
  auto flush = [&](std::size_t i, std::string_view replacement) {
    out.append(text, run, i - run);
    out += replacement;
  };
  // Bytes that may need work: & < > " ' controls, DEL, and 0xC2 (lead byte of C1 controls).
  static constexpr auto special = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = c != '\t' && c != '\n' && c != '\r';
    for (unsigned char c : {'&', '<', '>', '"', '\'', '\x7F', '\xC2'}) t[c] = true;
    return t;
  }();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!special[c]) continue;
    if (c >= 0x80) {
      if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
          static_cast<unsigned char>(text[i + 1]) >= 0x80) {
        flush(i, "\xEF\xBF\xBD");  // a C1 control
        run = i + 2;
        ++i;
      }
      continue;
    }
    std::string_view replacement;
    switch (c) {
      case '&': replacement = "&amp;"; break;
      case '<': replacement = "&lt;"; break;
      case '>': replacement = "&gt;"; break;
      case '"': replacement = "&quot;"; break;
      case '\'': replacement = "&#39;"; break;
      case '\t':
      case '\n':
      case '\r': continue;
      default:
        if (c >= 0x20 && c != 0x7F) continue;
        replacement = "\xEF\xBF\xBD";  // a C0 control or DEL
    }
    flush(i, replacement);
    run = i + 1;
  }
  out.append(text, run, std::string_view::npos);
  return out;
}

struct mustache_template::engine {
  explicit engine(const std::string& source) : parsed(source), names(names_used(source)) {}
  km::mustache parsed;
  name_set names;
  std::mutex lock;  // kainjow's renderer keeps state in the object
};

mustache_template::mustache_template(const template_set& templates, std::string_view name) : name_(name) {
  std::vector<std::string> stack{name_};
  expansion_cache cache;
  source_ = expand(templates, name_, stack, cache).text;
  engine_ = std::make_unique<engine>(source_);
  if (!engine_->parsed.is_valid()) {
    // The checks above mirror kainjow's parser; this is a safety net.
    throw error("template error: " + engine_->parsed.error_message(), {}, templates.origin(name_));
  }
  engine_->parsed.set_custom_escape([](const std::string& s) { return html_escape(s); });
}

mustache_template::~mustache_template() = default;
mustache_template::mustache_template(mustache_template&&) noexcept = default;
mustache_template& mustache_template::operator=(mustache_template&&) noexcept = default;

std::string mustache_template::render(const json& view) const {
  const km::data data = to_data(view, engine_->names);
  std::string out;
  out.reserve(source_.size() * 4);
  view_size size;
  measure(view, size);
  const std::size_t limit = render_allowance + render_factor * (size.bytes + source_.size());
  // Each value may be looked up, and each section entered, many times (once per row for the labels),
  // but not without bound: 8 nested sections over 13 rows are 815 million entries.
  const std::size_t budget = lookup_allowance + lookup_factor * (size.values + source_.size());
  view_context context(&data, budget);
  string_sink sink{out, limit};
  std::lock_guard<std::mutex> guard(engine_->lock);
  try {
    engine_->parsed.render(context, sink);
  } catch (const render_too_large&) {
    throw error("the template renders to more than " + std::to_string(limit >> 20) + " MiB or looks up values more than " +
                    std::to_string(budget) + " times (nested sections repeat the rows too often)",
                {}, name_);
  }
  if (!engine_->parsed.is_valid()) {
    throw error("cannot render template: " + engine_->parsed.error_message(), {}, name_);
  }
  return out;
}

}  // namespace informe::detail
