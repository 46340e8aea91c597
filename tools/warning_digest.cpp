#include "warning_digest.hpp"

namespace informe::cli {

namespace {

// Quoted text ("...", “...”, «...») becomes "…"; runs of ASCII digits become N.
std::string strip_specifics(const std::string& message) {
  std::string out;
  out.reserve(message.size());
  std::size_t i = 0;
  while (i < message.size()) {
    std::string_view rest = std::string_view(message).substr(i);
    std::string_view open, close;
    if (rest.front() == '"') {
      open = close = "\"";
    } else if (rest.starts_with("\u201C")) {
      open = "\u201C";
      close = "\u201D";
    } else if (rest.starts_with("\u00AB")) {
      open = "\u00AB";
      close = "\u00BB";
    }
    if (!open.empty()) {
      std::size_t end = message.find(close, i + open.size());
      if (end != std::string::npos) {
        out += open;
        out += "\u2026";
        out += close;
        i = end + close.size();
        continue;
      }
    }
    if (rest.front() >= '0' && rest.front() <= '9') {
      out += 'N';
      while (i < message.size() && message[i] >= '0' && message[i] <= '9') ++i;
      continue;
    }
    out += rest.front();
    ++i;
  }
  return out;
}

}  // namespace

std::string warning_kind(const diagnostic& d) {
  return std::string(code_name(d.code)) + ": " + strip_specifics(d.message);
}

bool warning_digest::show(const std::string& input, const diagnostic& d) {
  std::string key = warning_kind(d);
  std::lock_guard lock(mutex_);
  auto [it, inserted] = kinds_.try_emplace(key);
  kind& k = it->second;
  if (inserted) {
    k.example = strip_specifics(d.message);
    k.code = d.code;
    order_.push_back(key);
  }
  if (k.in_full.count(input)) return true;
  if (k.in_full.size() < inputs_in_full) {
    k.in_full.insert(input);
    return true;
  }
  k.held_back.insert(input);
  return false;
}

void warning_digest::finish(console& out) {
  std::lock_guard lock(mutex_);
  for (const auto& key : order_) {
    const kind& k = kinds_[key];
    if (k.held_back.empty()) continue;
    std::size_t n = k.held_back.size();
    out.note("warning: " + k.example + " (" + std::string(code_name(k.code)) + ") ... and in " + std::to_string(n) +
             " more input" + (n == 1 ? "" : "s"));
  }
}

}  // namespace informe::cli
