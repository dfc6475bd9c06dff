// Quotes browser: speakers on the left, their quotes (one per quote, however many copies carry it; each
// linked to its evidence in its first report) on the right.
"use strict";
D.ready(async () => {
  const { el } = D;
  const list = document.getElementById("speakers"), target = document.getElementById("quotes");
  const params = new URLSearchParams(location.search);
  const current = params.get("speaker") || params.get("actor");
  try {
    const data = await D.twin();
    const all = el("a", { href: D.withFilters("/quotes", { speaker: null, actor: null, offset: null }),
                          class: current ? null : "active" }, "Everyone");
    list.replaceChildren(el("div", { class: "speakers" }, all, data.speakers.map((s) =>
      el("a", { href: D.withFilters("/quotes", { speaker: s.speaker_name, actor: null, offset: null }),
                class: s.speaker_name === current ? "active" : null },
        el("span", { text: s.speaker_name }), el("span", { class: "count", text: s.quotes })))));
    if (current) document.getElementById("quotes-title").textContent = `Quotes by ${current}`;
    if (!data.quotes.length) { D.empty(target, "No quotes match."); document.body.dataset.ready = "true"; return; }
    const blocks = el("div", {}, data.quotes.map((q) => el("blockquote", { class: "quote", "data-cluster": q.cluster_id },
      el("div", { text: q.kind === "direct" ? `“${q.text}”` : q.text }),
      el("footer", {}, el("strong", { text: q.speaker_name || q.speaker_text || "unattributed" }),
        ` ${q.cue || ""} · ${q.first_date || "undated"} · `, D.copies(q.num_articles, q.stories), " · ",
        el("a", { href: D.articleHref(q.first_article, q.first_quote), text: q.title || "in the article" })))));
    const pager = el("div");
    D.table(pager, Object.assign({}, data, { rows: [], columns: [] }));
    const sorts = el("div", { class: "sorts hint" }, "Sort: ", [["-stories", "most reported"], ["-date", "newest"],
      ["date", "oldest"], ["speaker", "speaker"]].map(([key, label]) =>
      el("a", { href: D.withFilters("/quotes", { sort: key, offset: null }), class: data.sort === key ? "active" : null, text: label })));
    target.replaceChildren(sorts, blocks, pager.querySelector(".pager"));
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(target, error); }
});
