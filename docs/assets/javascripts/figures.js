/* Wide tree figures scroll sideways in their frame. Open each one on what
   matters: the current question or the verdict a highlighted path reaches,
   else the start node, instead of on the frame's left edge. Mark figures
   that overflow so CSS can show a "scroll sideways" hint. No dependencies;
   re-runs on every page Material swaps in with instant navigation. */
(function () {
  "use strict";

  function focusNode(figure) {
    return (
      figure.querySelector(".dt-node.dt-current") ||
      figure.querySelector(".dt-verdict.dt-path") ||
      document.getElementById(figure.getAttribute("data-start") || "")
    );
  }

  function centre(figure) {
    var frame = figure.querySelector(".dt-scroll");
    if (!frame) return;
    var overflows = frame.scrollWidth > frame.clientWidth + 1;
    figure.classList.toggle("dt-overflows", overflows);
    var node = focusNode(figure);
    if (!overflows || !node) return;
    var box = frame.getBoundingClientRect();
    var rect = node.getBoundingClientRect();
    frame.scrollLeft += rect.left + rect.width / 2 - (box.left + box.width / 2);
  }

  function centreAll() {
    document.querySelectorAll("figure.dt-figure").forEach(centre);
  }

  window.dtCentreFigure = centre;  // walker.js calls it after lighting a path
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(centreAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", centreAll);
  } else {
    centreAll();
  }
  window.addEventListener("resize", centreAll);
})();
