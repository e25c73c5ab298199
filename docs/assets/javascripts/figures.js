/* Wide tree figures scroll sideways in their frame. On a narrow screen, open
   each one centred on its start node rather than on its left edge, where the
   tree's first question usually is not. No dependencies; re-runs on every
   page Material swaps in with instant navigation. */
(function () {
  "use strict";

  function centre(figure) {
    var frame = figure.querySelector(".dt-scroll");
    var start = document.getElementById(figure.getAttribute("data-start") || "");
    if (!frame || !start || frame.scrollWidth <= frame.clientWidth) return;
    var node = start.getBoundingClientRect();
    var box = frame.getBoundingClientRect();
    frame.scrollLeft += node.left + node.width / 2 - (box.left + box.width / 2);
  }

  function centreAll() {
    document.querySelectorAll("figure.dt-figure[data-start]").forEach(centre);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(centreAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", centreAll);
  } else {
    centreAll();
  }
})();
