// Actor network: a small deterministic force layout in SVG. Edge width = events; colour = dominant quad class.
"use strict";
// Connected components, each laid out by a small Fruchterman-Reingold pass, packed in rows (largest first).
function components(nodes, edges, index) {
  const parent = nodes.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const e of edges) parent[find(index.get(e.source))] = find(index.get(e.target));
  const groups = new Map();
  nodes.forEach((_, i) => { const r = find(i); if (!groups.has(r)) groups.set(r, []); groups.get(r).push(i); });
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
}

function forceLayout(members, edges, index) {
  const n = members.length, local = new Map(members.map((m, i) => [m, i]));
  const links = edges.map((e) => [local.get(index.get(e.source)), local.get(index.get(e.target))])
    .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const k = 140;
  const pos = members.map((_, i) => ({ x: Math.cos((2 * Math.PI * i) / n) * k * Math.sqrt(n) / 2,
                                       y: Math.sin((2 * Math.PI * i) / n) * k * Math.sqrt(n) / 2 }));
  let temperature = k;
  for (let iter = 0; iter < 250 && n > 1; iter++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d = Math.max(1, Math.hypot(dx, dy)), f = (k * k) / d;
      disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f; disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.max(1, Math.hypot(dx, dy)), f = (d * d) / k;
      disp[a].x -= (dx / d) * f; disp[a].y -= (dy / d) * f; disp[b].x += (dx / d) * f; disp[b].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x -= pos[i].x * 0.1; disp[i].y -= pos[i].y * 0.1;
      const d = Math.max(1, Math.hypot(disp[i].x, disp[i].y)), step = Math.min(d, temperature);
      pos[i].x += (disp[i].x / d) * step; pos[i].y += (disp[i].y / d) * step;
    }
    temperature *= 0.98;
  }
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  return { pos: pos.map((p) => ({ x: p.x - x0, y: p.y - y0 })), w: Math.max(...xs) - x0, h: Math.max(...ys) - y0 };
}

function layout(nodes, edges, W) {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const out = new Array(nodes.length);
  const padX = 90, padY = 40, gap = 30;
  let x = 0, y = 0, row = 0;
  for (const members of components(nodes, edges, index)) {
    const part = forceLayout(members, edges, index);
    const scale = Math.min(1, (W - 2 * padX) / Math.max(1, part.w));
    const w = part.w * scale + 2 * padX, h = part.h * scale + 2 * padY;
    if (x > 0 && x + w > W) { x = 0; y += row + gap; row = 0; }
    members.forEach((m, i) => { out[m] = { x: x + padX + part.pos[i].x * scale, y: y + padY + part.pos[i].y * scale }; });
    x += w; row = Math.max(row, h);
  }
  return { pos: out, height: y + row };
}

function drawNetwork(target, legend, data) {
  const { svg, el, QUAD, QUAD_COLOUR } = D;
  legend.replaceChildren(...Object.entries(QUAD).map(([q, name]) => el("span", {}, el("span", { class: `swatch sw-q${q}` }), name)));
  if (!data.edges.length) { D.empty(target, "No events between two actors match these filters."); return; }
  const W = 1000, { pos, height } = layout(data.nodes, data.edges, W), H = Math.max(300, height + 20);
  const index = new Map(data.nodes.map((node, i) => [node.id, i]));
  const maxEvents = Math.max(1, ...data.edges.map((e) => e.events));
  const radius = (node) => 6 + Math.min(16, Math.sqrt(node.events) * 2);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  root.append(svg("defs", {}, Object.entries(QUAD_COLOUR).concat([["0", "#98a2b3"]]).map(([q, colour]) =>
    svg("marker", { id: `arrow-${q}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 10, markerHeight: 10,
      orient: "auto-start-reverse", markerUnits: "userSpaceOnUse" }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: colour })))));
  for (const e of data.edges) {
    const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
    const q = e.quad_class || 0, colour = QUAD_COLOUR[q] || "#98a2b3";
    const width = 1.5 + 6 * (e.events / maxEvents);
    const title = svg("title", { text: `${e.source.split("|")[0]} → ${e.target.split("|")[0]}: ${e.events} events` +
      Object.entries(e.by_quad_class).map(([k, v]) => `\n${QUAD[k]}: ${v}`).join("") });
    if (a === b) {
      root.append(svg("circle", { cx: a.x, cy: a.y - 18, r: 14, fill: "none", stroke: colour, "stroke-width": width,
        "stroke-opacity": 0.75, class: "edge" }, title));
      continue;
    }
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
    const rb = radius(data.nodes[index.get(e.target)]) + 3;
    const ex = b.x - (dx / d) * rb, ey = b.y - (dy / d) * rb;
    const mx = (a.x + ex) / 2 - (dy / d) * 18, my = (a.y + ey) / 2 + (dx / d) * 18;
    root.append(svg("path", { d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, fill: "none", stroke: colour,
      "stroke-width": width, "stroke-opacity": 0.75, "marker-end": `url(#arrow-${q})`, class: "edge",
      "data-quad": q }, title));
  }
  data.nodes.forEach((node, i) => {
    const p = pos[i], r = radius(node);
    const group = svg("g", { class: "node", cursor: "pointer", "data-id": node.id,
      onclick: () => location.assign(D.withFilters("/timeline", { actor: node.name })) },
    svg("circle", { cx: p.x, cy: p.y, r, fill: "#ffffff", stroke: "#1d2433", "stroke-width": 1.5 }),
    svg("text", { x: p.x, y: p.y + r + 14, "text-anchor": "middle", "font-size": 12, fill: "#1f2430",
      stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke",
      text: node.country ? `${node.name} (${node.country})` : node.name }),
    svg("title", { text: `${node.name}: ${node.events} events` }));
    root.append(group);
  });
  target.replaceChildren(root);
}

D.ready(async () => {
  const target = document.getElementById("network");
  try {
    drawNetwork(target, document.getElementById("legend"), await D.twin());
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(target, error); }
});
