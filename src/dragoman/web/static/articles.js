// The stored articles, newest first.
"use strict";
D.ready(async () => {
  const { el } = D;
  const target = document.getElementById("articles");
  try {
    const { articles } = await D.twin();
    if (!articles.length) { D.empty(target, "No articles match."); return; }
    target.replaceChildren(el("table", { class: "list" },
      el("thead", {}, el("tr", {}, ["Published", "Title", "Source", "Events", "Quotes", "Actors"].map((h) => el("th", { text: h })))),
      el("tbody", {}, articles.map((a) => el("tr", {},
        el("td", { text: a.published || "" }),
        el("td", {}, el("a", { class: "article-link", href: D.articleHref(a.article_id),
                               text: a.title || a.dateline || a.article_id })),
        el("td", { text: a.source_domain || (a.source || "").split("/").pop() }),
        el("td", { text: a.events }), el("td", { text: a.quotes }), el("td", { text: a.actors }))))));
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(target, error); }
});
