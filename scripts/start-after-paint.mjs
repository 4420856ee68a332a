// Rewrites Trunk's start-up script so that the app starts after the page's
// first contentful paint: the page (pre-rendered, or its opening) shows at
// once, and neither the JS glue nor the wasm download holds that paint back.
// On home and the guide's pages the app starts only when the search box is
// wanted: until then they download no JavaScript glue and no wasm.
// Both keep Subresource Integrity: the glue through the import map, the wasm
// on its own request. Release builds only.

const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="?([^"\\s>]+)"?`))?.[1];

/** Returns `html` with the deferred start-up in place of Trunk's; throws if Trunk's output changed shape. */
export function startAfterPaint(html) {
  const trunkStart = html.match(/<script type="?module"?>import init, \* as bindings from '([^']+\.js)';[\s\S]*?<\/script>/);
  const links = [...html.matchAll(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g)].map(([tag]) => tag);
  const glue = links.find((tag) => attr(tag, "href")?.endsWith(".js"));
  const wasm = links.find((tag) => attr(tag, "href")?.endsWith("_bg.wasm"));
  if (!trunkStart || !glue || !wasm || attr(glue, "href") !== trunkStart[1]) {
    throw new Error("could not find Trunk's start-up script and its preload links");
  }
  const importMap = JSON.stringify({ integrity: { [attr(glue, "href")]: attr(glue, "integrity") } });
  const start = [
    "await new Promise((go) => {",
    // Home and the guide are pre-rendered whole and read without the app:
    // it starts when the search box is wanted (a focus or press on it, or
    // the `/` key, which focuses it). Their links are plain page loads.
    '  const route = document.getElementById("prerendered")?.dataset.route;',
    '  if (route !== undefined && route !== "/decide" && route !== "/record") {',
    '    const search = document.getElementById("site-search-root");',
    '    for (const kind of ["focusin", "pointerdown"]) search?.addEventListener(kind, () => go(), { once: true });',
    '    addEventListener("keydown", (event) => {',
    '      if (event.key !== "/" || event.target.closest?.("input, textarea, select, [contenteditable]")) return;',
    '      event.preventDefault();',
    '      document.getElementById("site-search")?.focus();',
    "    });",
    "    return;",
    "  }",
    // A hidden tab never paints: start at once. Otherwise wait for the first
    // contentful paint, or 2 s should it never be reported.
    '  if (document.visibilityState === "hidden") return go();',
    '  new PerformanceObserver((list, seen) => { if (list.getEntriesByName("first-contentful-paint").length) { seen.disconnect(); go(); } }).observe({ type: "paint", buffered: true });',
    "  setTimeout(go, 2000);",
    "});",
    `const bindings = await import(${JSON.stringify(attr(glue, "href"))});`,
    `const wasm = await bindings.default({ module_or_path: new Request(${JSON.stringify(attr(wasm, "href"))}, { integrity: ${JSON.stringify(attr(wasm, "integrity"))} }) });`,
    "window.wasmBindings = bindings;",
    'dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));',
  ].join("\n");
  let out = html.replace(trunkStart[0], `<script type="importmap">${importMap}</script><script type="module">${start}</script>`);
  for (const tag of [glue, wasm]) out = out.replace(tag, "");
  return out;
}
