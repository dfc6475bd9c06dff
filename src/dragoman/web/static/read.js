// "Paste an article": POST it to /api/read and show its report.
"use strict";
D.ready(async () => {
  const form = document.getElementById("read-form");
  const status = document.getElementById("read-status");
  const root = document.getElementById("report");
  try {
    const limits = await D.twin();
    status.textContent = `Up to ${Math.round(limits.max_post_bytes / 1000)} kB, ${limits.post_timeout_s} s.`;
  } catch (error) { status.textContent = ""; }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = { text: String(data.get("text") || "") };
    if (data.get("title")) body.title = String(data.get("title"));
    if (data.get("published")) body.published = String(data.get("published"));
    status.textContent = "Reading…";
    try {
      const report = await D.getJSON("/api/read", { method: "POST", body: JSON.stringify(body),
        headers: { "Content-Type": "application/json", Accept: "application/json" } });
      Report.render(root, report);
      status.textContent = `${report.events.length} events, ${report.quotes.length} quotes, ${report.actors.length} actors.`;
    } catch (error) { status.textContent = ""; D.fail(root, error); }
  });
});
