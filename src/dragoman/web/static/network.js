// Actor network: graphology + ForceAtlas2 (+ noverlap) from static/vendor/graph.js lay the graph out once per
// view (actors, or countries); our SVG draws it. Node size: degree. Edge width: asserted events; colour: their
// dominant quad class; dashed: negated or unasserted events only. Labels are placed greedily by degree and
// never overlap (recomputed after each zoom or pan); search highlights and centres an actor.
"use strict";
const NET = { font: "12px system-ui, sans-serif", labelH: 14, pad: 3 };

function aggregate(data) {
  // One node per country (actors without one: "unknown"); edges summed.
  const nodes = new Map(), edges = new Map();
  const key = (n) => n.country || "unknown";
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  for (const n of data.nodes) {
    const k = key(n);
    if (!nodes.has(k)) nodes.set(k, { id: k, name: k, country: n.country, events: 0, degree: 0, actors: 0 });
    nodes.get(k).events += n.events; nodes.get(k).actors += 1;
  }
  for (const e of data.edges) {
    const s = key(byId.get(e.source)), t = key(byId.get(e.target)), id = `${s}\u0000${t}`;
    if (!edges.has(id)) edges.set(id, { source: s, target: t, events: 0, negated: 0, unasserted: 0, by_type: {}, by_quad_class: {} });
    const out = edges.get(id);
    out.events += e.events; out.negated += e.negated; out.unasserted += e.unasserted;
    for (const [k, v] of Object.entries(e.by_type)) out.by_type[k] = (out.by_type[k] || 0) + v;
    for (const [k, v] of Object.entries(e.by_quad_class)) out.by_quad_class[k] = (out.by_quad_class[k] || 0) + v;
  }
  for (const e of edges.values()) {
    const quads = Object.entries(e.by_quad_class).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    e.quad_class = quads.length ? Number(quads[0][0]) : null;
    nodes.get(e.source).degree += 1;
    if (e.target !== e.source) nodes.get(e.target).degree += 1;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

// Positions for every node: ForceAtlas2 from a deterministic start, then noverlap; computed once per view.
function layout(data) {
  const { Graph, forceAtlas2, noverlap } = window.DragomanGraph;
  const graph = new Graph({ type: "directed", multi: false, allowSelfLoops: true });
  const n = data.nodes.length, golden = Math.PI * (3 - Math.sqrt(5));
  data.nodes.forEach((node, i) => {
    const r = 10 * Math.sqrt(i + 0.5);
    graph.addNode(node.id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden), size: 1 + Math.sqrt(node.degree) });
  });
  for (const e of data.edges)
    if (e.source !== e.target && !graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target, { weight: Math.max(1, e.events) });
  if (n > 1) {
    // Large graphs: fewer iterations and a coarser Barnes-Hut approximation keep the first draw under a second.
    const settings = Object.assign(forceAtlas2.inferSettings(graph), { barnesHutOptimize: n > 300,
      barnesHutTheta: n > 600 ? 1.0 : 0.5, gravity: 1.5, strongGravityMode: true, edgeWeightInfluence: 0.5 });
    forceAtlas2.assign(graph, { iterations: n > 600 ? 60 : n > 200 ? 120 : 250, settings });
    noverlap.assign(graph, { maxIterations: 25, settings: { margin: 1, ratio: 1.2 } });
  }
  const pos = new Map();
  graph.forEachNode((id, a) => pos.set(id, { x: a.x, y: a.y }));
  return pos;
}

function boxOf(pos) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pos.values()) { x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y); }
  if (!isFinite(x0)) return { x: -1, y: -1, w: 2, h: 2 };
  const w = Math.max(1, x1 - x0), h = Math.max(1, y1 - y0), m = 0.06 * Math.max(w, h);
  return { x: x0 - m, y: y0 - m, w: w + 2 * m, h: h + 2 * m };
}

function edgeTip(e, name) {
  const types = Object.entries(e.by_type).sort((a, b) => b[1] - a[1]).map(([t, c]) => `  ${t}: ${c}`);
  return [`${name(e.source)} → ${name(e.target)}`, `${e.events} asserted events`, ...types,
    e.negated ? `${e.negated} negated` : null, e.unasserted ? `${e.unasserted} unasserted (hypothetical, future, intended)` : null]
    .filter(Boolean).join("\n");
}

function Network(target, tooltip) {
  const { svg, QUAD_COLOUR } = D;
  const measure = document.createElement("canvas").getContext("2d");
  measure.font = NET.font;
  const widths = new Map();
  const textWidth = (t) => { if (!widths.has(t)) widths.set(t, measure.measureText(t).width); return widths.get(t); };
  let state = null;

  function label(node, mode) { return mode === "countries" ? `${node.name} (${node.actors})` : node.name; }

  // Greedy: the visible nodes by degree (matches of the search first); a label is drawn only if its box meets none drawn.
  function placeLabels() {
    const { root, view, nodes, pos, radius, labels, mode, matches } = state;
    const rect = root.getBoundingClientRect();
    if (!rect.width) return;
    const scale = Math.max(view.w / rect.width, view.h / rect.height);
    const ox = (rect.width * scale - view.w) / 2, oy = (rect.height * scale - view.h) / 2;
    const toScreen = (p) => [(p.x - view.x + ox) / scale, (p.y - view.y + oy) / scale];
    const order = nodes.filter((n) => { const [sx, sy] = toScreen(pos.get(n.id)); return sx >= 0 && sy >= 0 && sx <= rect.width && sy <= rect.height; })
      .sort((a, b) => (matches.has(b.id) - matches.has(a.id)) || b.degree - a.degree || b.events - a.events || (a.id < b.id ? -1 : 1));
    const cell = 64, grid = new Map(), placed = [];
    const cells = (b) => { const out = []; for (let i = Math.floor(b.x0 / cell); i <= Math.floor(b.x1 / cell); i++)
      for (let j = Math.floor(b.y0 / cell); j <= Math.floor(b.y1 / cell); j++) out.push(`${i},${j}`); return out; };
    const hits = (b) => cells(b).some((c) => (grid.get(c) || []).some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1));
    for (const node of order) {
      if (placed.length >= 400) break;
      const text = label(node, mode), w = textWidth(text) + 2 * NET.pad, h = NET.labelH + NET.pad;
      const [sx, sy] = toScreen(pos.get(node.id)), r = radius(node) + 1;
      // Below the node, else above, right or left of it: the first box that meets no other label.
      const candidates = [[sx - w / 2, sy + r], [sx - w / 2, sy - r - h], [sx + r, sy - h / 2], [sx - r - w, sy - h / 2]];
      for (const [x0, y0] of candidates) {
        const b = { x0, x1: x0 + w, y0, y1: y0 + h };
        if (b.x0 < 0 || b.y0 < 0 || b.x1 > rect.width || b.y1 > rect.height || hits(b)) continue;
        for (const c of cells(b)) { if (!grid.has(c)) grid.set(c, []); grid.get(c).push(b); }
        placed.push([node, text, x0 + w / 2, y0]);
        break;
      }
    }
    labels.replaceChildren(...placed.map(([node, text, cx, top]) => svg("text", { class: "label", "data-id": node.id,
      x: (view.x - ox + cx * scale).toFixed(2), y: (view.y - oy + (top + NET.labelH - 3) * scale).toFixed(2),
      "text-anchor": "middle", "font-size": (12 * scale).toFixed(3), "stroke-width": (3 * scale).toFixed(3), text })));
    for (const n of nodes) state.circles.get(n.id).setAttribute("r", (radius(n) * scale).toFixed(3));
  }

  let pending = false;
  const schedule = () => { if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; placeLabels(); }); } };

  function draw(data, mode, pos) {
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    const name = (id) => (byId.get(id) ? byId.get(id).name : id);
    const maxDegree = Math.max(1, ...data.nodes.map((n) => n.degree)), maxEvents = Math.max(1, ...data.edges.map((e) => e.events));
    const radius = (n) => 3 + 9 * Math.sqrt(n.degree / maxDegree);
    const box = boxOf(pos);
    const root = svg("svg", { viewBox: `${box.x} ${box.y} ${box.w} ${box.h}`, role: "img", "aria-label": "actor network" });
    const edgeLayer = svg("g", { class: "edges" }), nodeLayer = svg("g", { class: "nodes" }), labels = svg("g", { class: "labels" });
    const bend = box.w / 60;
    for (const e of data.edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      const flagged = e.events === 0, colour = flagged ? "#98a2b3" : QUAD_COLOUR[e.quad_class] || "#98a2b3";
      const attrs = { fill: "none", stroke: colour, "stroke-width": (1 + 5 * Math.sqrt(e.events / maxEvents)).toFixed(2),
        "stroke-opacity": data.edges.length > 300 ? 0.4 : 0.7, "vector-effect": "non-scaling-stroke", class: `edge${flagged ? " flagged" : ""}`,
        "data-source": e.source, "data-target": e.target, "data-events": e.events, "data-negated": e.negated,
        "data-unasserted": e.unasserted, "data-quad": e.quad_class || 0 };
      let d;
      if (e.source === e.target) d = `M${a.x},${a.y} c${bend},${-2 * bend} ${-bend},${-2 * bend} 0,0`;
      else {
        const dx = b.x - a.x, dy = b.y - a.y, len = Math.max(1e-9, Math.hypot(dx, dy)), k = Math.min(bend, len / 5);
        d = `M${a.x},${a.y} Q${(a.x + b.x) / 2 + (dy / len) * k},${(a.y + b.y) / 2 - (dx / len) * k} ${b.x},${b.y}`;
      }
      const path = svg("path", Object.assign(attrs, { d }));
      path.addEventListener("pointerenter", (ev) => show(ev, edgeTip(e, name)));
      path.addEventListener("pointermove", (ev) => show(ev, null));
      path.addEventListener("pointerleave", hide);
      edgeLayer.append(path);
    }
    const circles = new Map();
    for (const n of data.nodes) {
      const p = pos.get(n.id);
      const circle = svg("circle", { cx: p.x, cy: p.y, r: 1, "vector-effect": "non-scaling-stroke" });
      circles.set(n.id, circle);
      const href = mode === "countries" ? D.withFilters("/timeline", { country: n.country, actor: null })
        : D.withFilters("/timeline", { actor: n.name });
      const g = svg("g", { class: "node", "data-id": n.id, "data-degree": n.degree, cursor: "pointer",
        onclick: () => { if (mode !== "countries" || n.country) location.assign(href); } }, circle);
      g.addEventListener("pointerenter", (ev) => {
        show(ev, `${label(n, mode)}${n.country && mode !== "countries" ? ` (${n.country})` : ""}\n` +
          `${n.degree} partners, ${n.events} asserted events`);
        focus(n.id);
      });
      g.addEventListener("pointerleave", () => { hide(); focus(null); });
      nodeLayer.append(g);
    }
    // Hovering an actor dims everything but its edges and partners.
    const incident = new Map();
    for (const path of edgeLayer.children)
      for (const end of [path.dataset.source, path.dataset.target]) {
        if (!incident.has(end)) incident.set(end, []);
        incident.get(end).push(path);
      }
    const groups = new Map([...nodeLayer.children].map((g) => [g.dataset.id, g]));
    const focus = (id) => {
      root.classList.toggle("focused", id !== null);
      root.querySelectorAll(".on").forEach((x) => x.classList.remove("on"));
      if (id === null) return;
      groups.get(id).classList.add("on");
      for (const path of incident.get(id) || []) {
        path.classList.add("on");
        for (const end of [path.dataset.source, path.dataset.target]) groups.get(end).classList.add("on");
      }
    };
    root.append(edgeLayer, nodeLayer, labels);
    target.replaceChildren(root, tooltip);
    const zoom = D.panZoom(root, box, schedule);
    state = { root, view: zoom.view, zoom, box, nodes: data.nodes, pos, radius, labels, mode, circles, matches: new Set() };
    placeLabels();
  }

  function show(event, text) {
    if (text !== null) tooltip.textContent = text;
    const r = target.getBoundingClientRect();
    tooltip.hidden = false;
    tooltip.style.left = `${Math.min(r.width - 220, event.clientX - r.left + 12)}px`;
    tooltip.style.top = `${event.clientY - r.top + 12}px`;
  }
  function hide() { tooltip.hidden = true; }

  function search(query) {
    if (!state) return [];
    const q = query.trim().toLowerCase();
    state.matches = new Set(q ? state.nodes.filter((n) => n.name.toLowerCase().includes(q)).map((n) => n.id) : []);
    state.root.querySelectorAll("g.node").forEach((g) => g.classList.toggle("match", state.matches.has(g.dataset.id)));
    const first = state.nodes.find((n) => state.matches.has(n.id));
    if (first) {
      const p = state.pos.get(first.id), w = Math.min(state.box.w, state.box.w / 4);
      state.zoom.reset({ x: p.x - w / 2, y: p.y - (w * state.box.h) / state.box.w / 2, w, h: (w * state.box.h) / state.box.w });
    } else placeLabels();
    return [...state.matches];
  }

  return { draw, search, fit: () => state && state.zoom.reset(), placeLabels };
}

D.ready(async () => {
  const target = document.getElementById("network"), info = document.getElementById("network-info");
  const legend = document.getElementById("legend"), { el, QUAD } = D;
  legend.replaceChildren(...Object.entries(QUAD).map(([q, name]) => el("span", {}, el("span", { class: `swatch sw-q${q}` }), name)),
    el("span", {}, el("span", { class: "flag negated", text: "dashed" }), " negated or unasserted only"));
  try {
    const t0 = performance.now();
    const data = await D.twin();
    if (!data.edges.length) { D.empty(target, "No events between two actors match these filters."); document.body.dataset.ready = "true"; return; }
    const tooltip = el("div", { class: "tooltip", hidden: true });
    const net = Network(target, tooltip);
    const views = { actors: { data, pos: null }, countries: { data: null, pos: null } };
    const show = (mode) => {
      const v = views[mode];
      if (!v.data) v.data = aggregate(data);
      const t1 = performance.now();
      if (!v.pos) v.pos = layout(v.data);  // once per view
      const t2 = performance.now();
      net.draw(v.data, mode, v.pos);
      window.dragomanNetwork = { mode, nodes: v.data.nodes.length, edges: v.data.edges.length,
        layoutMs: Math.round(t2 - t1), totalMs: Math.round(performance.now() - t0) };
      info.textContent = `${v.data.nodes.length} ${mode}, ${v.data.edges.length} links`;
      document.getElementById("network-names").replaceChildren(...v.data.nodes.slice(0, 2000).map((n) => el("option", { value: n.name })));
    };
    show("actors");
    const toggle = document.getElementById("network-countries");
    toggle.addEventListener("change", () => show(toggle.checked ? "countries" : "actors"));
    document.getElementById("network-fit").addEventListener("click", () => net.fit());
    const box = document.getElementById("network-search");
    box.addEventListener("change", () => net.search(box.value));
    box.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); net.search(box.value); } });
    window.addEventListener("resize", () => net.placeLabels());
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(target, error); }
});
