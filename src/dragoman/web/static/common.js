// Dragoman dashboard: shared helpers. No inline scripts; every page script loads its page's JSON twin.
"use strict";
const D = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  const QUAD_COLOUR = { 1: "#3b82c4", 2: "#2e9e5b", 3: "#e08a1e", 4: "#d23c3c" };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat(Infinity)) if (child) node.append(child);
    return node;
  }

  // The page's own JSON twin: same path and query, plus format=json.
  async function twin(path) {
    const url = new URL(path || location.pathname + location.search, location.origin);
    url.searchParams.set("format", "json");
    return getJSON(url.pathname + url.search);
  }

  // One article's page: its id in the query, where no id (not even "..") is a path segment a browser rewrites.
  function articleHref(id, anchor) {
    return `/article?id=${encodeURIComponent(id)}` + (anchor ? `#${encodeURIComponent(anchor)}` : "");
  }

  async function getJSON(url, options) {
    const response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options || {}));
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const message = body.message || (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
      throw new Error(`${response.status}: ${message || response.statusText}`);
    }
    return body;
  }

  function fail(target, error) {
    target.replaceChildren(el("p", { class: "error", text: String(error.message || error) }));
  }

  function empty(target, message) {
    target.replaceChildren(el("p", { class: "empty", text: message }));
  }

  function pill(type, quad) {
    return el("span", { class: `pill q${quad || 0}`, title: QUAD[quad] || "", text: type });
  }

  // Negated and unasserted events carry the same mark on every view.
  function flag(e) {
    if (e.negated) return el("span", { class: "flag negated", title: "the article says this did not happen", text: "negated" });
    if (e.modality) return el("span", { class: "flag unasserted", title: "not asserted as having happened", text: e.modality });
    return null;
  }

  // Reports of one event or quote: every article, and the distinct stories (copies merged).
  function copies(articles, stories) {
    const extra = articles - stories;
    return el("span", { class: "copies", title: `${articles} articles, ${stories} distinct stories`,
      text: `${stories} ${stories === 1 ? "story" : "stories"}` + (extra > 0 ? ` + ${extra} ${extra === 1 ? "copy" : "copies"}` : "") });
  }

  // A long list: sortable headers and a pager, both links that keep the filters.
  function table(target, { columns, rows, total, limit, offset, sort, rowAttrs }) {
    const here = (extra) => withFilters(location.pathname, Object.assign(
      Object.fromEntries(["sort", "limit", "offset"].map((k) => [k, new URLSearchParams(location.search).get(k)])
        .filter(([, v]) => v)), extra));
    const current = (sort || "").replace(/^-/, ""), descending = (sort || "").startsWith("-");
    const head = columns.map((c) => {
      if (!c.sort) return el("th", { text: c.label });
      const active = c.sort === current;
      const next = active && descending ? c.sort : `-${c.sort}`;
      return el("th", { class: active ? "sorted" : null, "aria-sort": active ? (descending ? "descending" : "ascending") : null },
        el("a", { class: "sort", href: here({ sort: next, offset: 0 }), "data-sort": c.sort,
                  text: c.label + (active ? (descending ? " ▾" : " ▴") : "") }));
    });
    const body = rows.map((r) => el("tr", rowAttrs ? rowAttrs(r) : {}, columns.map((c) => el("td", {}, c.render(r)))));
    const last = Math.min(total, offset + rows.length);
    const pager = el("div", { class: "pager" },
      el("span", { class: "hint", text: total ? `${offset + 1}–${last} of ${total}` : "none" }),
      offset > 0 ? el("a", { class: "prev", href: here({ offset: Math.max(0, offset - limit) }), text: "← previous" }) : null,
      last < total ? el("a", { class: "next", href: here({ offset: offset + limit }), text: "next →" }) : null);
    target.replaceChildren(el("table", { class: "list" }, el("thead", {}, el("tr", {}, head)), el("tbody", {}, body)), pager);
  }

  // Download links of a view's whole list under the page's filters (see web/downloads.py).
  function downloads() {
    for (const slot of document.querySelectorAll(".downloads[data-view]")) {
      const view = slot.dataset.view;
      const formats = view === "events" ? ["csv", "json", "gdelt", "plover"] : ["csv", "json"];
      const label = { csv: "CSV", json: "JSON", gdelt: "GDELT", plover: "PLOVER" };
      slot.replaceChildren(el("span", { class: "hint", text: "Download:" }), ...formats.map((fmt) =>
        el("a", { class: "download", href: withFilters(`/download/${view}`, { fmt }), download: "", text: label[fmt] })));
    }
  }

  // Wheel zoom and drag pan of an SVG through its viewBox; onChange(box) after each change.
  function panZoom(root, box, onChange) {
    const view = Object.assign({}, box), min = box.w / 64, max = box.w * 2;
    const apply = () => { root.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`); if (onChange) onChange(view); };
    const toSvg = (event) => {
      const r = root.getBoundingClientRect(), scale = Math.max(view.w / r.width, view.h / r.height);
      const ox = (r.width * scale - view.w) / 2, oy = (r.height * scale - view.h) / 2;  // preserveAspectRatio: meet
      return { x: view.x - ox + (event.clientX - r.left) * scale, y: view.y - oy + (event.clientY - r.top) * scale, scale };
    };
    root.addEventListener("wheel", (event) => {
      event.preventDefault();
      const p = toSvg(event), k = Math.exp(Math.sign(event.deltaY) * 0.2);
      const w = Math.min(max, Math.max(min, view.w * k)), f = w / view.w;
      view.x = p.x - (p.x - view.x) * f; view.y = p.y - (p.y - view.y) * f; view.w = w; view.h *= f;
      apply();
    }, { passive: false });
    let drag = null;
    root.addEventListener("pointerdown", (event) => { drag = { x: event.clientX, y: event.clientY, moved: false, scale: toSvg(event).scale }; });
    root.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      drag.moved = true; view.x -= dx * drag.scale; view.y -= dy * drag.scale; drag.x = event.clientX; drag.y = event.clientY;
      apply();
    });
    const end = () => { if (drag && drag.moved) root.addEventListener("click", (e) => e.stopPropagation(), { capture: true, once: true }); drag = null; };
    root.addEventListener("pointerup", end);
    root.addEventListener("pointerleave", () => { drag = null; });
    return { view, reset(to) { Object.assign(view, to || box); apply(); }, apply };
  }

  function withFilters(path, extra) {
    const params = new URLSearchParams(location.search);
    params.delete("format");
    for (const [k, v] of Object.entries(extra || {})) {
      if (v === null || v === undefined || v === "" || (k === "offset" && !v)) params.delete(k);
      else params.set(k, v);
    }
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  }

  // Filter form: drop empty fields so URLs stay readable.
  document.addEventListener("DOMContentLoaded", () => {
    downloads();
    const form = document.getElementById("filters");
    if (!form) return;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (String(v).trim()) params.set(k, String(v).trim());
      const query = params.toString();
      location.assign(location.pathname + (query ? `?${query}` : ""));
    });
  });

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  return { el, svg, twin, getJSON, articleHref, fail, empty, pill, flag, copies, table, panZoom, withFilters, ready, QUAD, QUAD_COLOUR };
})();
