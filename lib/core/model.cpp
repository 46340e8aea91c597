#include "informe/model.hpp"

#include <charconv>

namespace informe {

rich_text rich_text::paragraph(std::string text) {
  rich_text t;
  t.add_paragraph(std::move(text));
  return t;
}

void rich_text::add_paragraph(std::string text) {
  if (text.empty()) return;
  block b;
  b.type = block::kind::paragraph;
  b.text = std::move(text);
  blocks.push_back(std::move(b));
}

void rich_text::add_list(std::vector<std::string> items) {
  if (items.empty()) return;
  block b;
  b.type = block::kind::bullet_list;
  b.items = std::move(items);
  blocks.push_back(std::move(b));
}

std::string rich_text::plain_text(std::string_view separator) const {
  std::string out;
  auto append = [&](const std::string& s) {
    if (!out.empty()) out += separator;
    out += s;
  };
  for (const auto& b : blocks) {
    if (b.type == block::kind::paragraph) {
      append(b.text);
    } else {
      for (const auto& item : b.items) append(item);
    }
  }
  return out;
}

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Parses exactly `width` digits at `pos`; -1 on failure.
int digits(std::string_view s, std::size_t pos, std::size_t width) {
  if (pos + width > s.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

std::string pad(int value, int width) {
  std::string s = std::to_string(value);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return s;
}

}  // namespace

bool partial_date::valid() const {
  if (year < 1 || year > 9999) return false;
  if (month == 0) return day == 0;
  if (month < 1 || month > 12) return false;
  if (day == 0) return true;
  return day >= 1 && day <= days_in_month(year, month);
}

std::string partial_date::to_iso() const {
  std::string s = pad(year, 4);
  if (month) (s += '-') += pad(month, 2);
  if (month && day) (s += '-') += pad(day, 2);
  return s;
}

std::optional<partial_date> partial_date::from_iso(std::string_view text) {
  partial_date d;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  d.year = digits(text, 0, 4);
  if (d.year < 0) return std::nullopt;
  if (text.size() >= 7) {
    if (text[4] != '-') return std::nullopt;
    d.month = digits(text, 5, 2);
    if (d.month < 0) return std::nullopt;
  }
  if (text.size() == 10) {
    if (text[7] != '-') return std::nullopt;
    d.day = digits(text, 8, 2);
    if (d.day < 0) return std::nullopt;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

bool date_time::valid() const {
  return date.valid() && date.day != 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 &&
         second >= 0 && second < 60;
}

std::string date_time::to_iso() const {
  return date.to_iso() + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2);
}

std::optional<date_time> date_time::from_iso(std::string_view text) {
  if (text.size() != 16 && text.size() != 19) return std::nullopt;
  if (text[10] != 'T' || text[13] != ':') return std::nullopt;
  auto date = partial_date::from_iso(text.substr(0, 10));
  if (!date) return std::nullopt;
  date_time t;
  t.date = *date;
  t.hour = digits(text, 11, 2);
  t.minute = digits(text, 14, 2);
  if (text.size() == 19) {
    if (text[16] != ':') return std::nullopt;
    t.second = digits(text, 17, 2);
  }
  if (t.hour < 0 || t.minute < 0 || t.second < 0 || !t.valid()) return std::nullopt;
  return t;
}

std::string_view to_string(compliance_status status) {
  switch (status) {
    case compliance_status::fulfilled: return "fulfilled";
    case compliance_status::partially_fulfilled: return "partially_fulfilled";
    case compliance_status::not_fulfilled: return "not_fulfilled";
  }
  return "";
}

std::optional<compliance_status> compliance_status_from_string(std::string_view key) {
  if (key == "fulfilled") return compliance_status::fulfilled;
  if (key == "partially_fulfilled") return compliance_status::partially_fulfilled;
  if (key == "not_fulfilled") return compliance_status::not_fulfilled;
  return std::nullopt;
}

bool row::operator==(const row& o) const {
  return number == o.number && recommendation == o.recommendation && responsible == o.responsible &&
         commitment == o.commitment && due == o.due && due_text == o.due_text &&
         compliance == o.compliance && compliance_observation == o.compliance_observation &&
         status == o.status && status_text == o.status_text && verification == o.verification;
}

}  // namespace informe
