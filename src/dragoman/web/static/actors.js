// Actors across the store, with counts; each links to its events on the timeline.
"use strict";
D.ready(async () => {
  const { el } = D;
  const target = document.getElementById("actors");
  try {
    const { actors } = await D.twin();
    if (!actors.length) { D.empty(target, "No actors match."); return; }
    target.replaceChildren(el("table", { class: "list" },
      el("thead", {}, el("tr", {}, ["Name", "Kind", "Country", "Sector", "Articles", "Mentions"].map((h) => el("th", { text: h })))),
      el("tbody", {}, actors.map((a) => el("tr", {},
        el("td", {}, el("a", { href: D.withFilters("/timeline", { actor: a.name }), text: a.name })),
        el("td", { text: a.kind || "" }), el("td", { text: a.country || "" }), el("td", { text: a.sector || "" }),
        el("td", { text: a.articles }), el("td", { text: a.mentions }))))));
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(target, error); }
});
