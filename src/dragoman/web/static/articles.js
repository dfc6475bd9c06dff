// The stored articles under the page's filters, newest first; copies: other articles of the same story.
"use strict";
D.ready(async () => {
  const { el } = D;
  const target = document.getElementById("articles");
  try {
    const data = await D.twin();
    if (!data.articles.length) D.empty(target, "No articles match.");
    else D.table(target, Object.assign({}, data, { rows: data.articles, columns: [
      { label: "Published", sort: "published", render: (a) => a.published || "" },
      { label: "Title", sort: "title", render: (a) => el("a", { class: "article-link", href: D.articleHref(a.article_id),
                                                               text: a.title || a.dateline || a.article_id }) },
      { label: "Source", render: (a) => a.source_domain || (a.source || "").split("/").pop() },
      { label: "Copies", sort: "copies", render: (a) => a.copies },
      { label: "Events", sort: "events", render: (a) => a.events },
      { label: "Quotes", sort: "quotes", render: (a) => a.quotes },
      { label: "Actors", sort: "actors", render: (a) => a.actors }] }));
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(target, error); }
});
