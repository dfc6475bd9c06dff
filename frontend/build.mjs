// Rebuilds src/dragoman/web/static/vendor/ from the pinned npm packages (run by `make vendor`):
//   graph.js      graphology + ForceAtlas2 + noverlap, bundled and minified by esbuild (one IIFE, no eval)
//   world.json    Natural Earth 1:110m countries (via world-atlas; Antarctica left out), as equirectangular SVG paths
//   licenses/     the licence file of every package whose code or data is shipped
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "dragoman", "web", "static", "vendor");
mkdirSync(join(out, "licenses"), { recursive: true });

await build({
  entryPoints: [join(here, "graph-entry.js")], bundle: true, minify: true, format: "iife", target: "es2019",
  outfile: join(out, "graph.js"), legalComments: "eof", logLevel: "warning",
});

// The map's projection: longitude -180..180 -> x 0..1000, latitude 90..-90 -> y 0..500 (map.js uses the same).
const W = 1000, H = 500;
const px = ([lon, lat]) => `${((lon + 180) / 360 * W).toFixed(1)},${((90 - lat) / 180 * H).toFixed(1)}`;
// A ring that crosses the antimeridian (Russia, Fiji) is unwrapped into continuous longitudes and drawn twice,
// 360 degrees apart; the map's edges clip what lies beyond them.
function ringPaths(ring) {
  let shift = 0, crosses = false;
  const flat = ring.map(([lon, lat], i) => {
    if (i > 0) {
      const jump = lon + shift - (ring[i - 1][0] + shift);
      if (jump > 180) { shift -= 360; crosses = true; } else if (jump < -180) { shift += 360; crosses = true; }
    }
    return [lon + shift, lat];
  });
  const path = (pts) => `M${pts.map(px).join("L")}Z`;
  if (!crosses) return path(flat);
  const mid = flat.reduce((sum, p) => sum + p[0], 0) / flat.length;
  const other = mid > 0 ? -360 : 360;
  return path(flat) + path(flat.map(([lon, lat]) => [lon + other, lat]));
}
const topo = JSON.parse(readFileSync(join(here, "node_modules", "world-atlas", "countries-110m.json"), "utf8"));
const countries = feature(topo, topo.objects.countries).features.filter((f) => f.id !== "010").map((f) => {  // no Antarctica
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const d = polygons.flatMap((rings) => rings.map(ringPaths)).join("");
  return { id: f.id || null, name: f.properties.name, d };
}).sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(join(out, "world.json"), JSON.stringify({
  source: "Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas 2.0.2 (ISC)",
  projection: "equirectangular", width: W, height: H, countries,
}));

const licences = {
  graphology: "LICENSE.txt", "graphology-layout-forceatlas2": "LICENSE.txt", "graphology-layout-noverlap": "LICENSE.txt",
  "graphology-utils": "LICENSE.txt", events: "LICENSE", "world-atlas": "LICENSE",
};
for (const [name, file] of Object.entries(licences))
  copyFileSync(join(here, "node_modules", name, file), join(out, "licenses", `${name}.txt`));
