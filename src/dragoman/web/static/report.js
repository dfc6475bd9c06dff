// Render one dragoman/1 report: the text with actors, quotes and event evidence highlighted, and the records
// beside it; clicking a record scrolls to its evidence and marks it (and clicking the text marks its record).
"use strict";
const Report = (() => {
  const { el } = D;
  const PRIORITY = { evidence: 0, quote: 1, mention: 2, place: 3, time: 4 };

  function spans(report) {
    const out = [];
    for (const actor of report.actors || [])
      for (const [start, end] of actor.mentions || []) out.push({ start, end, id: actor.id, kind: "mention" });
    for (const quote of report.quotes || []) out.push({ start: quote.start, end: quote.end, id: quote.id, kind: "quote" });
    for (const event of report.events || [])
      if (event.evidence) out.push({ start: event.evidence.start, end: event.evidence.end, id: event.id, kind: "evidence" });
    (report.times || []).forEach((t, i) => out.push({ start: t.start, end: t.end, id: `T${i + 1}`, kind: "time" }));
    (report.places || []).forEach((p, i) => out.push({ start: p.start, end: p.end, id: `P${i + 1}`, kind: "place" }));
    return out.filter((s) => s.end > s.start);
  }

  // The text cut at every span boundary; each piece knows which records cover it.
  function highlighted(text, all) {
    const cuts = new Set([0, text.length]);
    for (const s of all) { cuts.add(Math.max(0, Math.min(s.start, text.length))); cuts.add(Math.max(0, Math.min(s.end, text.length))); }
    const points = [...cuts].sort((a, b) => a - b);
    const body = el("div", { class: "article-text", id: "article-text" });
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const covering = all.filter((s) => s.start <= a && s.end >= b);
      const piece = text.slice(a, b);
      if (!covering.length) { body.append(piece); continue; }
      covering.sort((x, y) => PRIORITY[x.kind] - PRIORITY[y.kind]);
      const kinds = [...new Set(covering.map((s) => s.kind))];
      body.append(el("span", { class: ["seg", ...kinds].join(" "), "data-ids": covering.map((s) => s.id).join(" "),
                               "data-start": a, "data-end": b, text: piece }));
    }
    return body;
  }

  function mark(root, id, scroll) {
    root.querySelectorAll(".seg.marked").forEach((n) => n.classList.remove("marked"));
    root.querySelectorAll(".record.active").forEach((n) => n.classList.remove("active"));
    const segs = [...root.querySelectorAll(".seg")].filter((n) => n.dataset.ids.split(" ").includes(id));
    segs.forEach((n) => n.classList.add("marked"));
    const record = root.querySelector(`.record[data-id="${CSS.escape(id)}"]`);
    if (record) record.classList.add("active");
    if (scroll && segs.length) segs[0].scrollIntoView({ block: "center" });
    if (scroll && record) record.scrollIntoView({ block: "nearest" });
    history.replaceState(null, "", `#${encodeURIComponent(id)}`);
  }

  function actorName(report, id) {
    const actor = (report.actors || []).find((a) => a.id === id);
    return actor ? actor.name : null;
  }

  function records(report, root) {
    const pick = (id) => () => mark(root, id, true);
    const events = (report.events || []).map((e) => el("div", { class: `record${e.negated || e.modality ? " flagged" : ""}`,
      "data-id": e.id, onclick: pick(e.id) },
      el("div", {}, D.pill(e.type, e.quad_class), " ",
        el("strong", { text: actorName(report, e.source) || e.source_name || "?" }), " → ",
        el("strong", { text: actorName(report, e.target) || e.target_name || "?" }), e.negated || e.modality ? " " : null, D.flag(e)),
      el("div", { class: "sub", text: [e.id, e.mode, e.cameo && `CAMEO ${e.cameo}`, e.date, e.place && e.place.name]
        .filter(Boolean).join(" · ") })));
    const quotes = (report.quotes || []).map((q) => el("div", { class: "record", "data-id": q.id, onclick: pick(q.id) },
      el("div", {}, el("strong", { text: actorName(report, q.speaker) || q.speaker_text || "unattributed" }),
        el("span", { class: "sub", text: ` ${q.cue || ""} · ${q.kind}` })),
      el("div", { text: q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text })));
    const actors = (report.actors || []).map((a) => el("div", { class: "record", "data-id": a.id, onclick: pick(a.id) },
      el("strong", { text: a.name }),
      el("div", { class: "sub", text: [a.title, a.kind, a.country, a.sector, `${(a.mentions || []).length} mentions`]
        .filter(Boolean).join(" · ") })));
    const times = (report.times || []).map((t, i) => el("div", { class: "record time", "data-id": `T${i + 1}`, onclick: pick(`T${i + 1}`) },
      el("strong", { text: t.text }), el("div", { class: "sub", text: [t.type, t.value].filter(Boolean).join(" · ") })));
    const places = (report.places || []).map((p, i) => el("div", { class: "record place", "data-id": `P${i + 1}`, onclick: pick(`P${i + 1}`) },
      el("strong", { text: p.name || p.text }),
      el("div", { class: "sub", text: [p.text !== p.name ? p.text : null, p.country,
        p.lat !== null && p.lat !== undefined ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : null].filter(Boolean).join(" · ") })));
    const section = (title, items) => [el("h3", { text: `${title} (${items.length})` }),
      items.length ? items : el("p", { class: "empty", text: "none found" })];
    return el("aside", { class: "card records", id: "records" },
      section("Events", events), section("Quotes", quotes), section("Actors", actors), section("Places", places),
      section("Times", times));
  }

  function untitled(text) {
    const first = text.split(/(?<=[.!?])\s/)[0] || "Untitled article";
    return first.length > 90 ? `${first.slice(0, 90).replace(/\s+\S*$/, "")}…` : first;
  }

  function render(root, report) {
    const raw = report.source || "";
    const source = /^[a-z]+:\/\//i.test(raw) ? raw : raw.startsWith("<") ? "" : raw.split(/[\\/]/).pop();
    const meta = [report.published, report.dateline, source].filter(Boolean).join(" · ");
    const text = highlighted(report.text || "", spans(report));
    text.addEventListener("click", (event) => {
      const seg = event.target.closest(".seg");
      if (seg) mark(root, seg.dataset.ids.split(" ")[0], false);
    });
    const errors = (report.errors || []).map((e) => el("p", { class: "error", text: `${e.kind}: ${e.message}` }));
    root.replaceChildren(
      el("article", { class: "card" }, el("h1", { text: report.title || untitled(report.text || "") }),
        el("div", { class: "meta", text: meta }), errors,
        el("div", { class: "key" }, el("span", { class: "k-evidence", text: "event evidence" }),
          el("span", { class: "k-quote", text: "quote" }), el("span", { class: "k-mention", text: "actor mention" }),
          el("span", { class: "k-place", text: "place" }), el("span", { class: "k-time", text: "time" })),
        text),
      records(report, root));
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (wanted) mark(root, wanted, true);
  }

  return { render, mark };
})();
