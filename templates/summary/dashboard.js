// informe: sorting by column and filters by ministry and year. Without this script every row shows.
(function () {
  "use strict";
  var tables = Array.prototype.slice.call(document.querySelectorAll("table.sortable"));
  function key(cell) {
    var v = cell.getAttribute("data-value");
    return v === null ? cell.textContent.trim() : v;
  }
  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) === a.replace(/\.0+$/, "") && String(y) === b.replace(/\.0+$/, "")) return x - y;
    return a.localeCompare(b, "es");
  }
  tables.forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r, s) {
          var c = compare(key(r.cells[col]), key(s.cells[col]));
          return descending ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  var form = document.getElementById("filters");
  var ministry = document.getElementById("filter-ministry");
  var year = document.getElementById("filter-year");
  var count = document.getElementById("filter-count");
  function apply() {
    var shown = 0, all = 0;
    document.querySelectorAll("table.filterable tbody tr").forEach(function (row) {
      var ok = (ministry.value === "*" || row.getAttribute("data-ministry") === ministry.value) &&
               (year.value === "*" || row.getAttribute("data-year") === year.value);
      row.hidden = !ok;
      if (row.closest("table").id === "reports") { all += 1; if (ok) shown += 1; }
    });
    count.textContent = shown + " / " + all;
  }
  // The filters live in the address too ("#year=2008&ministry=..."), so a filtered view can be shared.
  function remember() {
    var parts = [];
    if (ministry.value !== "*") parts.push("ministry=" + encodeURIComponent(ministry.value));
    if (year.value !== "*") parts.push("year=" + encodeURIComponent(year.value));
    try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname); } catch (e) {}
  }
  function choose(select, value) {
    Array.prototype.forEach.call(select.options, function (o) { if (o.value === value) select.value = value; });
  }
  location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
    var at = pair.indexOf("=");
    if (at < 0) return;
    var name = decodeURIComponent(pair.slice(0, at)), value = decodeURIComponent(pair.slice(at + 1));
    if (name === "ministry") choose(ministry, value);
    if (name === "year") choose(year, value);
  });
  ministry.addEventListener("change", function () { apply(); remember(); });
  year.addEventListener("change", function () { apply(); remember(); });
  form.hidden = false;
  apply();
})();
