// API docs rendered from /openapi.json, without any third-party script.
"use strict";
D.ready(async () => {
  const { el } = D;
  const target = document.getElementById("endpoints");
  try {
    const spec = await D.getJSON("/openapi.json");
    const items = [];
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const params = (op.parameters || []).map((p) => `${p.name}${p.required ? "*" : ""}`).join(", ");
        items.push(el("div", { class: "endpoint" },
          el("div", {}, el("span", { class: "method", text: method.toUpperCase() }),
            method === "get" && !path.includes("{") ? el("a", { href: path, text: path }) : el("code", { text: path })),
          el("div", { text: op.summary || "" }),
          params ? el("div", { class: "params", text: `parameters: ${params}` }) : null));
      }
    }
    target.replaceChildren(...items);
  } catch (error) { D.fail(target, error); }
});
