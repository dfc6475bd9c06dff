// Map page: located events on Natural Earth countries (shipped in static/vendor/world.json; nothing is fetched
// from elsewhere), coloured by quad class; countries shaded by the events placed in them. Click: the evidence.
"use strict";
const MAP_W = 1000, MAP_H = 500, VIEW = { x: 0, y: 10, w: 1000, h: 420 };  // the view: latitude 86 to -65
const project = (lat, lon) => [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H];  // as vendor/world.json

function shade(n, max) {
  if (!n) return "";
  return ` c${Math.max(1, Math.min(5, Math.ceil((5 * Math.log1p(n)) / Math.log1p(max))))}`;
}

function drawMap(target, legend, info, world, data) {
  const { svg, el, QUAD, QUAD_COLOUR } = D;
  legend.replaceChildren(...Object.entries(QUAD).map(([q, name]) => el("span", {}, el("span", { class: `swatch sw-q${q}` }), name)),
    el("span", {}, el("span", { class: "flag negated", text: "ring" }), " negated or unasserted"));
  const counts = new Map(data.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const max = Math.max(1, ...data.countries.map((c) => c.events));
  const root = svg("svg", { viewBox: `${VIEW.x} ${VIEW.y} ${VIEW.w} ${VIEW.h}`, role: "img", "aria-label": "map of located events" });
  const land = svg("g", { class: "countries" }, world.countries.map((c) => {
    const hit = counts.get(c.id);
    return svg("path", { d: c.d, class: `country${shade(hit ? hit.events : 0, max)}`, "data-id": c.id || "",
      "data-iso3": hit ? hit.country : "" }, svg("title", { text: `${c.name}: ${hit ? hit.events : 0} events` }));
  }));
  const markers = svg("g", { class: "markers" }, data.events.map((e) => {
    const [x, y] = project(e.lat, e.lon);
    const flagged = e.negated || e.modality;
    const words = [`${e.type}: ${e.source_name || "?"} → ${e.target_name || "?"}`, `${e.place_name || ""} · ${e.first_date || "undated"}`,
      `${e.num_stories} stories, ${e.num_articles} articles`, flagged ? (e.negated ? "NEGATED" : e.modality.toUpperCase()) : null];
    return svg("circle", { cx: x.toFixed(2), cy: y.toFixed(2), r: 3.2, fill: QUAD_COLOUR[e.quad_class] || "#98a2b3",
      class: `marker${flagged ? " flagged" : ""}`, "data-cluster": e.cluster_id, "data-article": e.first_article,
      "data-event": e.first_event, onclick: () => location.assign(D.articleHref(e.first_article, e.first_event)) },
    svg("title", { text: words.filter(Boolean).join("\n") }));
  }));
  const places = svg("g", { class: "places" }, (data.places || []).map((p) => {
    const [x, y] = project(p.lat, p.lon);
    return svg("rect", { x: (x - 1.6).toFixed(2), y: (y - 1.6).toFixed(2), width: 3.2, height: 3.2, class: "place",
      "data-name": p.name, onclick: () => location.assign(D.withFilters("/articles", { text: p.name, offset: null })) },
    svg("title", { text: `${p.name}${p.country ? ` (${p.country})` : ""}: named in ${p.articles} articles` }));
  }));
  places.setAttribute("visibility", "hidden");
  root.append(land, places, markers);
  const toggle = document.getElementById("map-places");
  toggle.addEventListener("change", () => places.setAttribute("visibility", toggle.checked ? "visible" : "hidden"));
  target.replaceChildren(root);
  D.panZoom(root, Object.assign({}, VIEW), (view) => {  // markers keep their size on screen
    const r = (3.2 * view.w) / MAP_W;
    markers.querySelectorAll("circle").forEach((c) => c.setAttribute("r", r.toFixed(3)));
    places.querySelectorAll("rect").forEach((q) => {
      const cx = Number(q.getAttribute("x")) + Number(q.getAttribute("width")) / 2, cy = Number(q.getAttribute("y")) + Number(q.getAttribute("height")) / 2;
      q.setAttribute("x", (cx - r / 2).toFixed(3)); q.setAttribute("y", (cy - r / 2).toFixed(3));
      q.setAttribute("width", r.toFixed(3)); q.setAttribute("height", r.toFixed(3));
    });
  });
  info.textContent = `${data.events.length} located events shown` + (data.truncated ? ` (of ${data.located}; narrow the filters to see all)` : "") + ".";
}

function drawCountries(target, countries) {
  const { el } = D;
  if (!countries.length) { D.empty(target, "No event is placed in a country."); return; }
  target.replaceChildren(el("table", { class: "list" },
    el("thead", {}, el("tr", {}, ["Country", "Events placed there", "With coordinates"].map((h) => el("th", { text: h })))),
    el("tbody", {}, countries.map((c) => el("tr", { class: "country-row" },
      el("td", {}, el("a", { href: D.withFilters("/timeline", { text: null, country: c.country }), text: c.country })),
      el("td", { text: c.events }), el("td", { text: c.located }))))));
}

D.ready(async () => {
  const target = document.getElementById("map");
  try {
    const [world, data] = await Promise.all([D.getJSON("/static/vendor/world.json"), D.twin()]);
    drawMap(target, document.getElementById("legend"), document.getElementById("map-info"), world, data);
    drawCountries(document.getElementById("countries"), data.countries);
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(target, error); }
});
