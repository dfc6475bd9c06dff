// Timeline page: stacked bars of events per day (or month) and type, and the matching events.
"use strict";
// Each type is a shade of its quad class colour, so the chart reads like the pills and the network.
const SHADES = { 1: ["#3b82c4", "#1f5d99", "#7fb1df", "#0f3d66"], 2: ["#2e9e5b", "#1c6e3e", "#74c795", "#0e4526"],
  3: ["#e08a1e", "#a86110", "#f2b66a", "#6e3f08"], 4: ["#d23c3c", "#962424", "#ea8585", "#5e1414"],
  0: ["#98a2b3", "#667085", "#c4cad4", "#475467"] };

function typeColours(types, quadOf) {
  const used = {};
  return Object.fromEntries(types.map((t) => {
    const q = quadOf[t] || 0, i = used[q] = (used[q] ?? -1) + 1;
    return [t, SHADES[q][i % SHADES[q].length]];
  }));
}

function buckets(rows) {
  if (!rows.length) return { keys: [], keyOf: (d) => d };
  const days = rows.map((r) => r.day).sort();
  const first = new Date(`${days[0]}T00:00:00Z`), last = new Date(`${days[days.length - 1]}T00:00:00Z`);
  const monthly = (last - first) / 86400000 > 120;
  const keys = [];
  for (const d = new Date(first); d <= last; monthly ? d.setUTCMonth(d.getUTCMonth() + 1, 1) : d.setUTCDate(d.getUTCDate() + 1))
    keys.push(d.toISOString().slice(0, monthly ? 7 : 10));
  return { keys: [...new Set(keys)], keyOf: (day) => (monthly ? day.slice(0, 7) : day), monthly };
}

function drawChart(target, legend, rows, quadOf) {
  const { svg, el } = D;
  if (!rows.length) { D.empty(target, "No dated events match these filters."); legend.replaceChildren(); return; }
  const types = [...new Set(rows.map((r) => r.type))].sort((a, b) => (quadOf[a] || 9) - (quadOf[b] || 9) || a.localeCompare(b));
  const colour = typeColours(types, quadOf);
  const { keys, keyOf, monthly } = buckets(rows);
  const counts = new Map(keys.map((k) => [k, {}]));
  for (const r of rows) { const c = counts.get(keyOf(r.day)); c[r.type] = (c[r.type] || 0) + r.events; }
  const totals = keys.map((k) => Object.values(counts.get(k)).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const W = 1000, H = 260, L = 44, R = 10, T = 10, B = 34;
  const step = (W - L - R) / keys.length, bar = Math.max(1, Math.min(40, step * 0.8));
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events over time by type" });
  for (let i = 0; i <= 4; i++) {
    const v = Math.round((max * i) / 4);
    chart.append(svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e3e6ec" }),
      svg("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", "font-size": 11, fill: "#667085", text: v }));
  }
  const every = Math.max(1, Math.ceil(keys.length / 10));
  keys.forEach((key, i) => {
    const x = L + i * step + (step - bar) / 2;
    let base = 0;
    for (const type of types) {
      const n = counts.get(key)[type] || 0;
      if (!n) continue;
      const rect = svg("rect", { x, width: bar, y: y(base + n), height: y(base) - y(base + n), fill: colour[type],
        class: "bar", "data-day": key }, svg("title", { text: `${key} · ${type}: ${n}` }));
      if (!monthly) rect.addEventListener("click", () => location.assign(D.withFilters("/timeline", { since: key, until: key })));
      chart.append(rect);
      base += n;
    }
    if (i % every === 0)
      chart.append(svg("text", { x: L + i * step + step / 2, y: H - 12, "text-anchor": "middle", "font-size": 11,
        fill: "#667085", text: key }));
  });
  target.replaceChildren(chart);
  legend.replaceChildren(...types.map((t) => el("span", {}, el("span", { class: "swatch", "data-type": t }), t)));
  legend.querySelectorAll(".swatch").forEach((s) => { s.style.background = colour[s.dataset.type]; });
}

function drawEvents(target, data) {
  const { el } = D;
  if (!data.events.length) { D.empty(target, "No events match these filters."); return; }
  const href = (e) => D.articleHref(e.first_article, e.first_event);
  D.table(target, Object.assign({}, data, { rows: data.events,
    rowAttrs: (e) => ({ class: `clickable event-row${e.negated || e.modality ? " flagged" : ""}`, "data-article": e.first_article,
      "data-event": e.first_event, "data-cluster": e.cluster_id,
      onclick: (ev) => { if (!ev.target.closest("a")) location.assign(href(e)); } }),
    columns: [
      { label: "Date", sort: "date", render: (e) => e.first_date || "" },
      { label: "Type", sort: "type", render: (e) => D.pill(e.type, e.quad_class) },
      { label: "Who → whom", sort: "source", render: (e) => [el("strong", { text: e.source_name || "?" }), " → ",
          el("strong", { text: e.target_name || "?" }), e.negated || e.modality ? " " : null, D.flag(e)] },
      { label: "Evidence", render: (e) => e.evidence_text || "" },
      { label: "Reports", sort: "stories", render: (e) => D.copies(e.num_articles, e.num_stories) },
      { label: "", render: (e) => el("a", { class: "event-link", href: href(e), text: "evidence" }) }] }));
}

D.ready(async () => {
  const chart = document.getElementById("chart"), events = document.getElementById("events");
  try {
    const data = await D.twin();
    drawChart(chart, document.getElementById("legend"), data.timeline, data.quad_classes || {});
    drawEvents(events, data);
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(chart, error); }
});
