#include "readers/html/page_text.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/unicode.hpp"
#include "readers/html/html_document.hpp"
#include "readers/html/typed_lines.hpp"

namespace informe::detail {

namespace {

constexpr std::size_t short_text_node_budget = 400;

template <std::size_t N>
bool one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::array<std::string_view, 33> block_names{
    "p",      "div",     "h1",       "h2",      "h3",     "h4",       "h5",     "h6",    "blockquote",
    "center", "pre",     "hr",       "address", "dl",     "dt",       "dd",     "form",  "fieldset",
    "legend", "caption", "section",  "article", "header", "main",     "aside",  "body",  "html",
    "table",  "tbody",   "thead",    "tfoot",   "tr",     "td"};
constexpr std::array<std::string_view, 5> more_block_names{"th", "figure", "figcaption", "noframes", "multicol"};

constexpr std::array<std::string_view, 27> skip_names{
    "script", "style",  "head",    "title",  "noscript", "iframe", "object", "embed",    "applet",
    "select", "option", "button",  "textarea", "input",  "map",    "area",   "img",      "nav",
    "frameset", "frame", "template", "svg",   "math",     "link",   "meta",   "footer",   "base"};

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return s;
}

// class/id/role words that mark navigation, footers and print-only controls on these pages.
bool marked_as_chrome(const xmlNode* node) {
  static constexpr std::array<std::string_view, 14> words{
      "footer", "pie",      "piedepagina", "pie-pagina", "pie_pagina", "nav",      "navegacion",
      "menu",   "noprint",  "no-print",    "print-link", "imprimir",   "breadcrumb", "contentinfo"};
  std::string value;
  for (const char* attr : {"class", "id", "role"}) {
    if (!attribute(node, attr, value)) continue;
    value = lower_ascii(value);
    std::size_t i = 0;
    while (i < value.size()) {
      while (i < value.size() && (value[i] == ' ' || value[i] == '\t')) ++i;
      std::size_t j = i;
      while (j < value.size() && value[j] != ' ' && value[j] != '\t') ++j;
      if (j > i && one_of(std::string_view(value).substr(i, j - i), words)) return true;
      i = j;
    }
  }
  return false;
}

bool is_print_link(const xmlNode* node) {
  std::string value;
  for (const char* attr : {"href", "onclick"}) {
    if (!attribute(node, attr, value)) continue;
    value = lower_ascii(value);
    if (value.find("print") != std::string::npos || value.find("imprim") != std::string::npos) return true;
  }
  return false;
}

std::string_view content_of(const xmlNode* node) {
  if (node->content == nullptr) return {};
  return reinterpret_cast<const char*>(node->content);
}


}  // namespace

html_role role_of(const xmlNode* node) {
  std::string_view name = name_of(node);
  if (name.empty()) return html_role::inline_element;
  if (name == "br") return html_role::line_break;
  if (name == "li") return html_role::list_item;
  if (name == "ul" || name == "ol" || name == "menu" || name == "dir") return html_role::list;
  if (one_of(name, skip_names)) return html_role::skip;
  if (marked_as_chrome(node)) return html_role::skip;
  if (name == "a" && is_print_link(node)) return html_role::skip;
  if (one_of(name, block_names) || one_of(name, more_block_names)) return html_role::block;
  return html_role::inline_element;
}

namespace {

// The text of `node` as a reader of the page sees it (skipped elements left out, a space around each
// block) appended to `out`; with a `max_bytes` (0: none), false as soon as the text or the nodes
// visited are clearly too many for it.
bool gather_text(const xmlNode* node, std::string& out, std::size_t max_bytes) {
  std::size_t visited = 0;
  bool too_long = false;
  walk(
      node,
      [&](const xmlNode* n) {
        if (too_long) return false;
        if (max_bytes != 0 && ++visited > short_text_node_budget) {
          too_long = true;
          return false;
        }
        if (is_text_node(n)) {
          out += content_of(n);
          if (max_bytes != 0 && out.size() > max_bytes * 4 + 64) too_long = true;
          return false;
        }
        if (n->type != XML_ELEMENT_NODE) return false;
        html_role r = role_of(n);
        if (r == html_role::skip && n != node) return false;
        if (r != html_role::inline_element) out += ' ';
        return true;
      },
      [](const xmlNode*) {});
  return !too_long;
}

}  // namespace

std::optional<std::string> short_text(const xmlNode* node, std::size_t max_bytes) {
  std::string out;
  if (!gather_text(node, out, max_bytes)) return std::nullopt;
  std::string clean = collapse_whitespace(out);
  if (clean.size() > max_bytes) return std::nullopt;
  return clean;
}

namespace {

// Elements whose content a reader of the page never sees.
bool is_hidden(const xmlNode* n) {
  static constexpr std::array<std::string_view, 9> hidden{"script", "style", "head", "title", "meta",
                                                          "link", "template", "base", "noscript"};
  return one_of(name_of(n), hidden);
}

}  // namespace

void record_chrome(const xmlNode* root, diagnostics& diags) {
  walk(
      root,
      [&](const xmlNode* n) {
        if (n->type != XML_ELEMENT_NODE || is_hidden(n)) return false;
        if (role_of(n) != html_role::skip) return true;
        std::string text;
        walk(
            n,
            [&](const xmlNode* m) {
              if (is_text_node(m)) {
                text += content_of(m);
                text += ' ';
                return false;
              }
              return m->type == XML_ELEMENT_NODE && !is_hidden(m);
            },
            [](const xmlNode*) {});
        text = clean_text(text);
        if (!text.empty()) diags.furniture(position_of(n), "navigation, footer, print link or form", text);
        return false;
      },
      [](const xmlNode*) {});
}

std::string all_text(const xmlNode* node) {
  std::string out;
  gather_text(node, out, 0);
  return clean_text(out);
}

void append_fragments(cell& into, const xmlNode* node, bool trusted, diagnostics* diags) {
  int item_depth = 0;  // open <li>
  std::string item;
  source_position item_at;
  auto flush_item = [&] {
    if (!is_html_blank(item)) into.add_list_item(std::move(item), item_at);
    item.clear();
  };
  // Text outside <li>, line by line; lists typed by hand only where the markup is not our own.
  typed_lines lines(into, /*typed_lists=*/!trusted, diags);
  auto paragraph_break = [&](const xmlNode* n) {
    if (item_depth > 0) {
      item += ' ';
      return;
    }
    lines.paragraph_break(position_of(n), trusted);
  };
  walk(
      node,
      [&](const xmlNode* n) {
        if (is_text_node(n)) {
          std::string_view text = content_of(n);
          if (item_depth > 0) {
            if (is_html_blank(item)) item_at = position_of(n);
            item.append(text);
          } else {
            lines.text(text, position_of(n));
          }
          return false;
        }
        if (n->type != XML_ELEMENT_NODE) return false;
        if (n == node) return true;
        switch (role_of(n)) {
          case html_role::skip: return false;
          case html_role::inline_element: return true;
          case html_role::line_break:
            if (item_depth > 0) {
              item += ' ';
            } else {
              lines.line_break(position_of(n));
            }
            return false;
          case html_role::block: paragraph_break(n); return true;
          case html_role::list:
            flush_item();
            if (item_depth == 0) lines.paragraph_break(position_of(n), trusted);
            return true;
          case html_role::list_item:
            flush_item();
            if (item_depth == 0) lines.end_line();
            ++item_depth;
            item_at = position_of(n);
            return true;
        }
        return true;
      },
      [&](const xmlNode* n) {
        if (n == node || n->type != XML_ELEMENT_NODE) return;
        switch (role_of(n)) {
          case html_role::block: paragraph_break(n); break;
          case html_role::list:
            flush_item();
            if (item_depth == 0) lines.paragraph_break(position_of(n), trusted);
            break;
          case html_role::list_item:
            flush_item();
            if (item_depth > 0) --item_depth;
            if (item_depth == 0) lines.new_line();
            break;
          default: break;
        }
      });
  flush_item();
  lines.finish();
}

}  // namespace informe::detail
