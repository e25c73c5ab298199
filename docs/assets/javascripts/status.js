/* Vendor dates on the provider status page and in fact references are marked "ahead" against
   the day the data was last checked, so one commit always builds the same page. Here they are
   marked again against the reader's own day: a date still ahead keeps its mark and says how
   many days are left; a date that has passed loses it and says so. No dependencies; re-runs on
   every page Material swaps in with instant navigation. */
(function () {
  "use strict";

  var DAY = 86400000;

  function today() {
    var now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  }

  function mark() {
    var dates = document.querySelectorAll("time.dt-date[datetime]");
    var now = today();
    for (var i = 0; i < dates.length; i++) {
      var el = dates[i];
      var iso = el.getAttribute("datetime");
      var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
      if (!parts) continue;
      var days = Math.round((Date.UTC(+parts[1], +parts[2] - 1, +parts[3]) - now) / DAY);
      el.classList.toggle("dt-ahead", days >= 0);
      el.classList.toggle("dt-passed", days < 0);
      var note = el.nextElementSibling && el.nextElementSibling.classList.contains("dt-days")
        ? el.nextElementSibling : null;
      if (!note) {
        note = document.createElement("span");
        note.className = "dt-days";
        el.parentNode.insertBefore(note, el.nextSibling);
      }
      note.textContent = days > 1 ? " (in " + days + " days)"
        : days === 1 ? " (tomorrow)" : days === 0 ? " (today)" : " (passed)";
    }
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mark);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mark);
  } else {
    mark();
  }
})();
