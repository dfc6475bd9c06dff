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

  function withFilters(path, extra) {
    const params = new URLSearchParams(location.search);
    params.delete("format");
    for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  }

  // Filter form: drop empty fields so URLs stay readable.
  document.addEventListener("DOMContentLoaded", () => {
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

  return { el, svg, twin, getJSON, articleHref, fail, empty, pill, withFilters, ready, QUAD, QUAD_COLOUR };
})();
