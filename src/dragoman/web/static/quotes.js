// Quotes browser: speakers on the left, their quotes (each linked to its evidence) on the right.
"use strict";
D.ready(async () => {
  const { el } = D;
  const list = document.getElementById("speakers"), target = document.getElementById("quotes");
  const params = new URLSearchParams(location.search);
  const current = params.get("speaker");
  try {
    const data = await D.twin();
    const others = new URLSearchParams(location.search);
    others.delete("speaker");
    others.delete("format");
    const all = el("a", { href: others.toString() ? `/quotes?${others}` : "/quotes", class: current ? null : "active" },
      "Everyone");
    list.replaceChildren(el("div", { class: "speakers" }, all, data.speakers.map((s) =>
      el("a", { href: D.withFilters("/quotes", { speaker: s.speaker_name }),
                class: s.speaker_name === current ? "active" : null },
        el("span", { text: s.speaker_name }), el("span", { class: "count", text: s.quotes })))));
    if (current) document.getElementById("quotes-title").textContent = `Quotes by ${current}`;
    if (!data.quotes.length) { D.empty(target, "No quotes match."); return; }
    target.replaceChildren(...data.quotes.map((q) => el("blockquote", { class: "quote" },
      el("div", { text: q.kind === "direct" ? `“${q.text}”` : q.text }),
      el("footer", {}, el("strong", { text: q.speaker_name || q.speaker_text || "unattributed" }),
        ` ${q.cue || ""} · ${q.published || "undated"} · `,
        el("a", { href: D.articleHref(q.article_id, q.quote_id),
                  text: q.title || "in the article" })))));
    document.body.dataset.ready = "true";
  } catch (error) { D.fail(target, error); }
});
