/* A code block wider than the screen scrolls sideways, and a reader without a mouse must be
   able to focus it to scroll it with the keys (WCAG 2.1.1; axe: scrollable-region-focusable).
   Material makes such a block focusable only on a device that hovers, and takes the tabindex
   away on a phone or tablet. Here every block that overflows keeps tabindex="0" on any device,
   and gets it back when Material removes it; a block that fits is left as Material leaves it.
   No dependencies; re-runs on every page Material swaps in with instant navigation. */
(function () {
  "use strict";

  var BLOCKS = ".md-typeset pre > code";

  function keep(el) {
    var overflows = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
    if (overflows && el.getAttribute("tabindex") !== "0") el.setAttribute("tabindex", "0");
  }

  function each(records) {
    for (var i = 0; i < records.length; i++) keep(records[i].target);
  }

  var resized = typeof ResizeObserver === "function" ? new ResizeObserver(each) : null;
  var changed = new MutationObserver(each);

  function mount() {
    var blocks = document.querySelectorAll(BLOCKS);
    for (var i = 0; i < blocks.length; i++) {
      keep(blocks[i]);
      if (resized) resized.observe(blocks[i]);
      changed.observe(blocks[i], { attributes: true, attributeFilter: ["tabindex"] });
    }
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mount);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
