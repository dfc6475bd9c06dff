// Actors by stable id under the page's filters, with counts; each links to its events on the timeline.
"use strict";
D.ready(async () => {
  const { el } = D;
  const target = document.getElementById("actors");
  try {
    const data = await D.twin();
    if (!data.actors.length) D.empty(target, "No actors match.");
    else D.table(target, Object.assign({}, data, { rows: data.actors, rowAttrs: (a) => ({ class: "actor-row", "data-country": a.country || "" }),
      columns: [
        { label: "Name", sort: "name", render: (a) => el("a", { href: D.withFilters("/timeline", { actor: a.name, sort: null, offset: null }), text: a.name }) },
        { label: "Kind", render: (a) => a.kind || "" },
        { label: "Country", sort: "country", render: (a) => a.country || "" },
        { label: "Sector", render: (a) => a.sector || "" },
        { label: "Stories", sort: "stories", render: (a) => D.copies(a.articles, a.stories) },
        { label: "Articles", sort: "articles", render: (a) => a.articles },
        { label: "Mentions", sort: "mentions", render: (a) => a.mentions }] }));
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(target, error); }
});
