#include "html_writer/mustache_template.hpp"

#include <kainjow/mustache.hpp>

#include <mutex>
#include <vector>

#include "informe/diagnostics.hpp"

namespace informe::detail {

namespace km = kainjow::mustache;
using json = nlohmann::json;

namespace {

constexpr std::size_t max_partial_depth = 32;

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

// Line and column (in characters) of a byte offset.
source_position position_of(std::string_view text, std::size_t offset) {
  source_position p{1, 1, 0};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
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

// The template `name` with its partials inlined (each checked first, in its own file).
expanded expand(const template_set& templates, const std::string& name, std::vector<std::string>& stack) {
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
    stack.push_back(file);
    expanded inner = expand(templates, file, stack);
    stack.pop_back();

    out.append(text, copied, t.start - copied);
    // A partial starts with the default delimiters and leaves the includer's in force after it.
    if (!here.is_default()) out += set_delimiters(here, delimiters{});
    out += inner.text;
    if (!(inner.final_delimiters == here)) out += set_delimiters(inner.final_delimiters, here);
    copied = t.end;
  }
  out.append(text, copied, std::string::npos);
  return {std::move(out), scanned.final_delimiters};
}

km::data to_data(const json& value) {
  switch (value.type()) {
    case json::value_t::object: {
      km::data object(km::data::type::object);
      for (const auto& [key, item] : value.items()) object[key] = to_data(item);
      return object;
    }
    case json::value_t::array: {
      km::data list(km::data::type::list);
      for (const auto& item : value) list.push_back(to_data(item));
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

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t':
      case '\n':
      case '\r': out += static_cast<char>(c); break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\xEF\xBF\xBD";
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
          out += "\xEF\xBF\xBD";  // C1 control
          ++i;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

struct mustache_template::engine {
  explicit engine(const std::string& source) : parsed(source) {}
  km::mustache parsed;
  std::mutex lock;  // kainjow's renderer keeps state in the object
};

mustache_template::mustache_template(const template_set& templates, std::string_view name) : name_(name) {
  std::vector<std::string> stack{name_};
  source_ = expand(templates, name_, stack).text;
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
  const km::data data = to_data(view);
  std::string out;
  out.reserve(source_.size() * 4);
  std::lock_guard<std::mutex> guard(engine_->lock);
  engine_->parsed.render(data, [&out](const std::string& s) { out += s; });
  if (!engine_->parsed.is_valid()) {
    throw error("cannot render template: " + engine_->parsed.error_message(), {}, name_);
  }
  return out;
}

}  // namespace informe::detail
