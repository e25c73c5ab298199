/* Tree figures are drawn at their natural size (12 px text and up) and scroll
   inside their frame. Open each one on what matters, the current question or
   the verdict a highlighted path reaches, else the start node, centred both
   ways instead of on the frame's top-left corner. A zoom button on the Decide
   map switches between that and the whole tree fitted into the frame. Marks
   figures that overflow so CSS can show a "scroll" hint. No dependencies;
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

  /* A frame far off screen (the map under the questions on a phone) is centred when it
     comes into view, not now: measuring it would make the browser draw the whole tree. */
  var waiting = "IntersectionObserver" in window ? new IntersectionObserver(function (seen) {
    seen.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      waiting.unobserve(entry.target);
      var figure = entry.target.closest("figure.dt-figure");
      if (figure) centre(figure);
    });
  }, { rootMargin: "200px" }) : null;

  function offScreen(frame) {
    var box = frame.getBoundingClientRect();
    return box.top > window.innerHeight + 200 || box.bottom < -200;
  }

  function centre(figure) {
    var frame = figure.querySelector(".dt-scroll");
    if (!frame) return;
    if (waiting && offScreen(frame)) { waiting.observe(frame); return; }
    var overflows = frame.scrollWidth > frame.clientWidth + 1 ||
      frame.scrollHeight > frame.clientHeight + 1;
    figure.classList.toggle("dt-overflows", overflows);
    var node = focusNode(figure);
    if (!overflows || !node) return;
    // Centre on the part of the frame the reader can see: below Material's header and
    // above the bottom of the window (the frame may run past either).
    var box = frame.getBoundingClientRect();
    var header = document.querySelector(".md-header");
    var top = Math.max(box.top, header ? header.getBoundingClientRect().bottom : 0);
    var bottom = Math.min(box.bottom, window.innerHeight);
    if (bottom - top < 80) { top = box.top; bottom = box.bottom; }  // mostly off screen
    var rect = node.getBoundingClientRect();
    frame.scrollLeft += rect.left + rect.width / 2 - (box.left + box.width / 2);
    frame.scrollTop += rect.top + rect.height / 2 - (top + bottom) / 2;
  }

  /* The map's zoom button: natural size (readable, centred on the path) or the whole tree. */
  function zoom(button) {
    if (button.hasAttribute("data-dt-bound")) return;
    button.setAttribute("data-dt-bound", "");
    button.addEventListener("click", function () {
      var figure = document.getElementById(button.getAttribute("aria-controls") || "");
      if (!figure) return;
      var fit = !figure.classList.contains("dt-fit");
      figure.classList.toggle("dt-fit", fit);
      button.setAttribute("aria-pressed", fit ? "true" : "false");
      button.textContent = fit ? "Actual size" : "Fit the whole tree";
      centre(figure);
    });
  }

  function centreAll() {
    document.querySelectorAll("button.dt-zoom").forEach(zoom);
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
