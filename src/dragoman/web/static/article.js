// Article view: the stored report with its evidence highlighted.
"use strict";
D.ready(async () => {
  const root = document.getElementById("report");
  try {
    Report.render(root, await D.getJSON(document.body.dataset.twin));
    root.dataset.ready = "true";
  } catch (error) { D.fail(root, error); }
});
