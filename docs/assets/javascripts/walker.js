/* The decision walker: one question at a time, the path lit on the tree's
   map beside it, the answers kept in the URL, and a verdict card at the end.

   Mount points come from decision_trees.pages.walker() (template decide.html),
   with the tree's JSON export inside and the first question already rendered,
   so taking over moves nothing on the page. Tree text is untrusted: it reaches
   the page only through textContent and setAttribute, never as HTML. The
   semantics of decide(), outcomes() and flips() follow decision_trees.engine
   and .analysis; changes() follows decision_trees.pages.changes(); plan() follows
   decision_trees.plan.plan() rule for rule. */
(function () {
  "use strict";

  let walkers = []; // mounted walkers, re-synced from the URL on popstate
  const FIRST_STEPS = 3; // next steps shown before "more" (pages.FIRST_STEPS)

  /* An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === false || value == null) continue;
      if (name === "text") node.textContent = value;
      else if (name === "onclick") node.addEventListener("click", value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children || []) if (child != null) node.append(child);
    return node;
  }

  /* Items separated by a string, e.g. links joined by "; ". */
  function joined(items, separator) {
    return items.flatMap((item, i) => (i ? [separator, item] : [item]));
  }

  function decode(text) {
    try { return decodeURIComponent(text.replace(/\+/g, " ")); } catch (err) { return text; }
  }

  /* The tree with lookups by id. */
  function index(data) {
    return {
      data: data,
      questions: new Map(data.questions.map((q) => [q.id, q])),
      verdicts: new Map(data.verdicts.map((v) => [v.id, v])),
    };
  }

  function option(question, key) {
    return question.options.find((o) => o.key === key);
  }

  /* Like engine.decide(strict=False), but stops at the first open or invalid answer. */
  function walk(tree, answers) {
    const path = [], seen = new Set(), problems = [];
    let node = tree.data.start;
    while (tree.questions.has(node) && !seen.has(node) && answers.has(node)) {
      seen.add(node);
      const question = tree.questions.get(node);
      const chosen = option(question, answers.get(node));
      if (!chosen) {
        problems.push(
          `The link's answer “${answers.get(node)}” is not an option of “${question.text}”.`);
        break;
      }
      path.push({ question: question, option: chosen });
      node = chosen.goto;
    }
    for (const id of answers.keys()) {
      if (!tree.questions.has(id)) {
        problems.push(`The link answers “${id}”, which is not a question of this tree.`);
      }
    }
    const verdict = tree.verdicts.get(node) || null;
    const question = verdict ? null : tree.questions.get(node) || null;
    return { path: path, verdict: verdict, question: question, problems: problems };
  }

  /* engine.outcomes: every verdict still reachable, branching over unanswered questions. */
  function outcomes(tree, answers) {
    const found = new Set(), stack = [[tree.data.start, new Set()]];
    while (stack.length) {
      const [node, seen] = stack.pop();
      if (tree.verdicts.has(node)) { found.add(node); continue; }
      const question = tree.questions.get(node);
      if (!question || seen.has(node)) continue;
      const chosen = option(question, answers.get(node));
      const next = new Set(seen).add(node);
      for (const o of chosen ? [chosen] : question.options) stack.push([o.goto, next]);
    }
    return found;
  }

  /* analysis.flips: each other option on the path that can lead to another verdict. */
  function flips(tree, state) {
    const answers = new Map(state.path.map((s) => [s.question.id, s.option.key]));
    const found = [];
    for (const step of state.path) {
      for (const other of step.question.options) {
        if (other.key === step.option.key) continue;
        const reached = outcomes(tree, new Map(answers).set(step.question.id, other.key));
        if (reached.size !== 1 || !reached.has(state.verdict.id)) {
          found.push({ question: step.question, option: other, verdicts: [...reached].sort() });
        }
      }
    }
    return found;
  }

  /* analysis.changes: the flips a reader could make (questions not marked fixed), most
     decisive first: one other verdict for certain, then outcomes that exclude the current
     verdict, then those that might keep it; then fewer outcomes, path order, answer order. */
  function changes(tree, state, fixed) {
    const position = new Map(state.path.map((s, i) => [s.question.id, i]));
    const rank = (f) => [
      f.verdicts.includes(state.verdict.id) ? 1 : 0,
      f.verdicts.length,
      position.get(f.question.id),
      f.question.options.indexOf(f.option),
    ];
    return flips(tree, state)
      .filter((f) => !fixed.has(f.question.id))
      .map((f) => [rank(f), f])
      .sort((a, b) => {
        for (let i = 0; i < a[0].length; i++) if (a[0][i] !== b[0][i]) return a[0][i] - b[0][i];
        return 0;
      })
      .map((pair) => pair[1]);
  }

  /* plan.walk: the steps the answers take and the node they stop at (a verdict, or the first
     question they leave open). Answers here are always options: they come from a walk. */
  function planWalk(tree, answers) {
    const path = [];
    let node = tree.data.start;
    while (tree.questions.has(node) && answers.has(node)) {
      if (path.some((s) => s.question === node)) break; // a cycle: the checker refuses it
      const chosen = option(tree.questions.get(node), answers.get(node));
      if (!chosen) break;
      path.push({ question: node, option: chosen.key });
      node = chosen.goto;
    }
    return { path: path, node: node };
  }

  /* plan.applicable: the verdict's `then` entries for questions on the path or not yet
     answered, or none when no entry changes an answer on the path. */
  function applicable(tree, verdict, path, answers) {
    const then = Object.entries(verdict.then || {});
    const onPath = new Map(path.map((s) => [s.question, s.option]));
    if (!then.some(([q, o]) => onPath.has(q) && onPath.get(q) !== o)) return [];
    return then.filter(([q]) => onPath.has(q) || !answers.has(q));
  }

  /* plan.plan_data(plan.plan(...)): each verdict with the answers it assumed, then how the plan
     ends ("question", "tree", "destination" or "repeat"), in the same shape as the Python. */
  function plan(tree, reader) {
    const current = new Map(reader);
    const assumed = (path) => path.filter((s) => reader.get(s.question) !== s.option);
    let { path, node } = planWalk(tree, current);
    const items = [{ kind: "verdict", verdict: node, assumed: [],
      short_if: tree.verdicts.get(node).short_if || "" }];
    const seen = new Set([node + "|" + JSON.stringify(path)]);
    for (;;) {
      const verdict = tree.verdicts.get(node);
      const entries = applicable(tree, verdict, path, current);
      if (!entries.length) {
        items.push(verdict.then_tree ? { kind: "tree", tree: verdict.then_tree }
          : { kind: "destination" });
        return items;
      }
      for (const [q, o] of entries) current.set(q, o);
      ({ path, node } = planWalk(tree, current));
      if (tree.questions.has(node)) {
        const leads = tree.questions.get(node).options.map((o) => ({
          option: o.key, node: planWalk(tree, new Map(current).set(node, o.key)).node,
        }));
        items.push({ kind: "question", question: node, assumed: assumed(path), leads: leads,
          path: path });
        return items;
      }
      const state = node + "|" + JSON.stringify(path);
      items.push({ kind: "verdict", verdict: node, assumed: assumed(path),
        short_if: tree.verdicts.get(node).short_if || "" });
      if (seen.has(state)) {
        items.push({ kind: "repeat" });
        return items;
      }
      seen.add(state);
    }
  }

  /* record.md: text as inert Markdown on one line (decision_trees.record.md, rule for rule). */
  function mdText(text) {
    let s = String(text).replace(/[\t\n\v\f\r \x85\u2028\u2029]+/g, " ").replace(/^ | $/g, "");
    s = s.replace(/[\\`*_[\]<>#|~&]/g, "\\$&");
    s = s.replace(/^[-+=]/, "\\$&");
    return s.replace(/^([0-9]+)([.)])/, "$1\\$2");
  }

  /* record._url: a plain http(s) URL as a Markdown autolink, anything else as nothing. */
  function mdUrl(url) {
    return /^https?:\/\/[!-;=?-[\]-~]+$/.test(url) ? "<" + url + ">" : "";
  }

  /* record.link: the address that reopens a walk, with the advice version and the verdict. */
  function recordLink(walkUrl, slug, pairs, version, was) {
    const answers = pairs.map(([q, o]) => encodeURIComponent(q) + ":" + encodeURIComponent(o));
    let query = encodeURIComponent(slug) + "=" + answers.join(",");
    if (version) query += "&v=" + encodeURIComponent(version);
    return walkUrl + "?" + query + "&was=" + encodeURIComponent(was);
  }

  /* record._ACCEPT, _PROBLEM and _OWNERS: the record is a proposal until the team reviews
     it, and only the team can state its problem and own the costs and risks. */
  const RECORD_ACCEPT = "A team accepts this record after review: then change the status to Accepted.";
  const RECORD_PROBLEM = "Our problem, in our own words: (write it here before review).";
  const RECORD_OWNERS = "Which costs and risks we accept, and who watches each: (write it here before review).";

  /* record.render, line for line: the decision record's Markdown from the walker's JSON, the
     path's (question, option) ids, the plan items and the flips ({question, option, verdicts}
     ids). A browser test holds it equal to `decide --format adr`. */
  function recordText(data, pairs, verdictId, planItems, flipList, date) {
    const questions = new Map(data.questions.map((q) => [q.id, q]));
    const verdicts = new Map(data.verdicts.map((v) => [v.id, v]));
    const extra = data.record;
    const site = extra.site_url;
    const v = verdicts.get(verdictId);
    const label = (q, o) => questions.get(q).options.find((opt) => opt.key === o).label;
    const node = (n) => verdicts.has(n) ? mdText(verdicts.get(n).title)
      : "next question: " + mdText(questions.get(n).text);
    const assumed = (steps) => steps.map((st) => mdText(label(st.question, st.option))).join("; ");

    const out = [`# Decision: ${mdText(v.title)}`, "", `Date: ${date}`, ""];
    out.push("## Status", "", "Proposed", "", RECORD_ACCEPT, "", "## Context", "", RECORD_PROBLEM, "");
    const version = extra.version;
    const since = version ? `, advice version ${version}` : "";
    out.push(`We walked the decision tree “${mdText(data.title)}” (${mdUrl(site)}${since}). Our answers:`, "");
    for (const [q, o] of pairs) out.push(`- ${mdText(questions.get(q).text)} **${mdText(label(q, o))}**`);
    out.push("", "## Decision", "", `**${mdText(v.title)}.** ${mdText(v.because)}`, "");
    out.push("If this falls short, the plan:", "");
    planItems.forEach((item, index) => {
      const i = index + 1;
      let line;
      if (item.kind === "verdict") {
        line = (i > 1 ? "Then: " : "Now: ") + mdText(verdicts.get(item.verdict).title);
        if (item.assumed.length) line += ", assuming: " + assumed(item.assumed);
        line += ".";
        if (item.short_if) line += " Fell short if: " + mdText(item.short_if);
      } else if (item.kind === "question") {
        line = "Then the tree asks: " + mdText(questions.get(item.question).text);
        if (item.assumed.length) line += " (assuming: " + assumed(item.assumed) + ")";
      } else if (item.kind === "tree") {
        const title = (data.trees || {})[item.tree] || item.tree;
        line = `Then find out what went wrong with the tree “${mdText(title)}”: `
          + mdUrl(`${site}trees/${encodeURIComponent(item.tree)}/`);
      } else if (item.kind === "destination") {
        line = "The tree goes no further: the next steps say what to weigh.";
      } else {
        line = "The plan comes back to a verdict it passed: the tree has a fault.";
      }
      out.push(`${i}. ${line}`);
      if (item.kind === "question") {
        for (const lead of item.leads) {
          out.push(`   - ${mdText(label(item.question, lead.option))} → ${node(lead.node)}`);
        }
      }
    });
    out.push("", "## Consequences", "", "Next steps:", "");
    v.next_steps.forEach((step, index) => {
      const see = step.see ? ` (see ${mdUrl(site + step.see)})` : "";
      out.push(`${index + 1}. ${mdText(step.text)}${see}`);
    });
    for (const [key, heading] of [["costs", "Costs:"], ["risks", "Risks:"]]) {
      const items = v[key] || [];
      if (items.length) out.push("", heading, "", ...items.map((item) => `- ${mdText(item)}`));
    }
    out.push("", RECORD_OWNERS);
    if (flipList.length) out.push("", "What would change this decision:", "");
    for (const f of flipList) {
      const others = f.verdicts.filter((x) => x !== verdictId)
        .map((x) => mdText(verdicts.get(x).title));
      let outcome;
      if (f.verdicts.length === 1) outcome = "would lead to " + others.join(" or ");
      else {
        const tail = f.verdicts.includes(verdictId) ? ", or to the same verdict" : "";
        outcome = "could lead to " + others.join(" or ") + tail + ", depending on later answers";
      }
      out.push(`- ${mdText(questions.get(f.question).text)} **${mdText(label(f.question, f.option))}** ${outcome}`);
    }
    out.push("", "## Sources", "");
    for (const key of v.sources) {
      const src = Object.prototype.hasOwnProperty.call(data.sources, key) ? data.sources[key] : null;
      if (!src) continue;
      const parts = [mdText(src.title),
        ...[src.author, src.publisher, src.date].filter(Boolean).map(mdText)];
      let line = "- " + parts.join(", ") + ".";
      if (mdUrl(src.url)) line += " " + mdUrl(src.url);
      if (Object.prototype.hasOwnProperty.call(extra.checked, key)) {
        line += ` Checked ${extra.checked[key]}.`;
      }
      out.push(line);
    }
    const facts = Object.prototype.hasOwnProperty.call(extra.facts, verdictId)
      ? extra.facts[verdictId] : [];
    for (const fact of facts) {
      out.push(`- Vendor fact: ${mdText(fact.provider)}, ${mdText(fact.service)}: `
        + `${mdText(fact.value)}. Checked ${fact.checked}.`);
    }
    const reopen = recordLink(extra.walk_url, data.slug, pairs, version, verdictId);
    out.push("", "## Reopen this walk", "");
    out.push("The link reopens our answers on today's advice and says if the verdict has changed since:", "");
    out.push(mdUrl(reopen), "", "## Watch for changes", "");
    out.push(`- What changed in the advice, and why: ${mdUrl(site + "changes/")}`,
      `- The same as a feed: ${mdUrl(site + "changes.xml")}`,
      `- Vendor dates ahead that can force a change: ${mdUrl(site + "providers/#dates-ahead")}`, "");
    return out.join("\n");
  }

  // The escaping rule, for the test that holds it equal to decision_trees.record.md.
  window.dtMarkdownText = mdText;

  /* Today as YYYY-MM-DD, in the reader's own time zone: the record's date. */
  function today() {
    const d = new Date();
    return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"),
      String(d.getDate()).padStart(2, "0")].join("-");
  }

  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];

  /* 2026-12-03 as 3 December 2026 (vendor_facts.long_date); null when not a real date. */
  function longDate(iso) {
    if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(iso)) return null;
    const d = new Date(iso + "T00:00:00Z");
    if (isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return null;
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }

  /* The link's own parameters (v: advice version, was: the verdict it reached), or null. */
  function readParam(name) {
    let found = null;
    for (const part of location.search.slice(1).split("&")) {
      const eq = part.indexOf("=");
      if (eq >= 0 && decode(part.slice(0, eq)) === name) found = decode(part.slice(eq + 1));
    }
    return found;
  }

  /* The answers in ?SLUG=question:option,question:option (ids are slugs: the separators are safe). */
  function readAnswers(slug) {
    const answers = new Map();
    for (const part of location.search.slice(1).split("&")) {
      const eq = part.indexOf("=");
      if (eq < 0 || decode(part.slice(0, eq)) !== slug) continue;
      for (const pair of part.slice(eq + 1).split(",")) {
        if (!pair) continue;
        const [question, key = ""] = pair.split(":");
        answers.set(decode(question), decode(key));
      }
    }
    return answers;
  }

  /* This URL with the walker's parameter set to the path, or removed; the rest is kept. */
  function urlFor(slug, path, withHash) {
    // v and was describe the link that was opened; a new walk is not that link.
    const keep = location.search.slice(1).split("&")
      .filter((part) => part && ![slug, "v", "was"].includes(decode(part.split("=")[0])));
    if (path.length) {
      const pairs = path.map(
        (s) => encodeURIComponent(s.question.id) + ":" + encodeURIComponent(s.option.key));
      keep.push(encodeURIComponent(slug) + "=" + pairs.join(","));
    }
    const search = keep.length ? "?" + keep.join("&") : "";
    return location.pathname + search + (withHash ? location.hash : "");
  }

  /* Copy with the Clipboard API; where that is refused, select the field for the reader to copy. */
  function copy(field, status) {
    const fallback = () => {
      field.focus();
      field.select();
      status.textContent = "Press Ctrl+C (⌘C on a Mac) to copy the selected link.";
    };
    if (!navigator.clipboard || !window.isSecureContext) return fallback();
    navigator.clipboard.writeText(field.value)
      .then(() => { status.textContent = "Link copied."; }, fallback);
  }

  function mount(root) {
    if (root.hasAttribute("data-dt-mounted")) return;
    // The data sits in a <template>: inert, and not re-run as script by instant navigation.
    const source = root.querySelector("template.dt-walker-data");
    let tree;
    try {
      tree = index(JSON.parse(source.content.textContent));
    } catch (err) {
      console.warn("dt-walker: cannot read the tree data", err);
      return; // the walker stays hidden; the figure and outline still work
    }
    root.setAttribute("data-dt-mounted", "");
    const slug = root.dataset.tree || tree.data.slug;
    const figureId = root.dataset.figure || "";
    const prefix = figureId.replace(/-figure$/, "");
    const fixed = new Set((root.dataset.fixed || "").split(" ").filter(Boolean));
    const siteUrl = root.dataset.siteUrl || "";
    // The panel is in the page already (first question included); build one if not.
    let panel = root.querySelector(".dt-walker-panel");
    if (!panel) {
      const label = "Decide step by step: " + tree.data.title;
      panel = el("section", { class: "dt-walker-panel", "aria-label": label }, [
        el("div", { class: "dt-walker-body" }),
        el("p", { class: "dt-walker-live", "aria-live": "polite" }),
      ]);
      root.append(panel);
    }
    const body = panel.querySelector(".dt-walker-body");
    const live = panel.querySelector(".dt-walker-live");
    const map = root.parentElement && root.parentElement.querySelector(".dt-map");
    if (map) {
      const back = map.querySelector(".dt-map-back");
      if (back) back.addEventListener("click", () => {
        root.scrollIntoView({ block: "start" });
        const target = body.querySelector(".dt-walker-question, .admonition-title");
        if (target) target.focus({ preventScroll: true });
      });
    }

    /* A user action: a new history entry, then the same path as Back/Forward. */
    function go(path) {
      history.pushState(null, "", urlFor(slug, path, true));
      sync({ focus: true, announce: true });
    }

    function sync(opts) {
      const hadFocus = root.contains(document.activeElement);
      const state = walk(tree, readAnswers(slug));
      const target = render(state);
      highlight(state);
      if (opts.announce) {
        live.textContent = state.verdict
          ? "Verdict: " + state.verdict.title
          : state.question ? `Question ${state.path.length + 1}: ${state.question.text}` : "";
      }
      if (target && (opts.focus || hadFocus)) target.focus();
    }

    /* Lights the path on this walker's own figure, clearing any earlier highlight. */
    function highlight(s) {
      const figure = document.getElementById(figureId);
      if (!figure) return;
      for (const node of figure.querySelectorAll(".dt-path, .dt-current")) {
        node.classList.remove("dt-path", "dt-current");
      }
      const mark = (id, name) => {
        const node = figure.querySelector("#" + CSS.escape(prefix + "-" + id));
        if (node) node.classList.add(name);
      };
      // Each answer is a box (q--key) with a stem from its question and an arrow onwards;
      // a verdict many answers reach has a leaf of its own under each (q--key--verdict).
      for (const step of s.path) {
        const answer = step.question.id + "--" + step.option.key;
        mark(step.question.id, "dt-path");
        for (const end of ["", "--in", "--out"]) mark(answer + end, "dt-path");
      }
      if (s.verdict) {
        const last = s.path[s.path.length - 1];
        const leaf = last && figure.querySelector(
          "#" + CSS.escape(prefix + "-" + last.question.id + "--" + last.option.key + "--verdict"));
        if (leaf) leaf.classList.add("dt-path");
        else mark(s.verdict.id, "dt-path");
      } else if (s.question) mark(s.question.id, "dt-current");
      if (window.dtCentreFigure) window.dtCentreFigure(figure);  // from figures.js
    }

    /* What the opened link records (v=, was=), set against today's advice. Only what can be
       checked is said as fact: v counts only when it is exactly one of the tree's entry
       versions, and a link that names today's version with a verdict today's advice does not
       give is damaged. When the link's verdict differs from today's, the notice words it as
       the link's record and lists the entries newer than its version (never the tree's first
       entry, which published it). Text only (textContent); never throws on a damaged link. */
    function provenance(s) {
      const rec = tree.data.record || {};
      const v = readParam("v"), was = readParam("was");
      if (v === null && was === null) return [];
      const notes = [];
      const note = (text) => notes.push(el("p", { class: "dt-walker-note dt-walker-version", text: text }));
      const has = (obj, key) => !!obj && Object.prototype.hasOwnProperty.call(obj, key);
      const entries = Array.isArray(rec.changes) ? rec.changes : [];  // newest first
      const at = v === null ? -1 : entries.findIndex((c) => c.version === v);
      const known = at >= 0;
      if (v !== null && !known) {
        note(`This link names an advice version we do not know (“${v}”), so it shows today's advice.`);
      }
      const wasTitle = was === null ? null
        : tree.verdicts.has(was) ? tree.verdicts.get(was).title
        : has(rec.retired, was) ? String(rec.retired[was]) : null;
      if (was !== null && wasTitle === null) {
        note(`This link names a verdict we do not know (“${was}”), so it shows today's advice.`);
      }
      if (notes.length) return notes;  // nothing else the link says can be checked
      const newer = known ? entries.slice(0, at) : [];
      const day = (c) => longDate(c.date) || c.date;
      if (s.verdict && wasTitle !== null && was !== s.verdict.id) {
        if (known && at === 0) {
          note("This link is damaged: its verdict is not the one its advice version gives "
            + "these answers, so it shows today's advice.");
          return notes;
        }
        if (!known) {
          note(`This link records that these answers led to “${wasTitle}”. `
            + `Today they lead to “${s.verdict.title}”.`);
          return notes;
        }
        const dates = newer.map(day).join(", ");
        const box = el("div", { class: "admonition warning dt-walker-changed", role: "note" }, [
          el("p", { class: "admonition-title", text: "The advice has changed since this link was made" }),
          el("p", { text: `This link records that these answers led to “${wasTitle}” on the advice `
            + `of ${day(entries[at])}. Today they lead to “${s.verdict.title}”: `
            + `the advice changed on ${dates}.` }),
          // The reasons are folded: on a phone the verdict must stay near the top.
          el("details", { class: "dt-more dt-walker-why" }, [
            el("summary", { text: newer.length > 1 ? "Why it changed" : `Why it changed on ${dates}` }),
            el("ul", { class: "dt-walker-changes" }, newer.map((c) => el("li", {}, [
              el("strong", { text: "Why, " + day(c) + ": " }), c.why,
            ]))),
          ]),
        ]);
        box.append(el("p", {}, [el("a", { href: siteUrl + "changes/#" + newer[newer.length - 1].anchor,
          text: "What changed, in full" })]));
        notes.push(box);
      } else if (s.verdict && wasTitle !== null && newer.length) {
        note(`The advice has changed since this link was made (${day(entries[at])}), `
          + "but these answers still lead to the same verdict.");
      } else if (!s.verdict && wasTitle !== null) {
        note(`This link records that these answers reached “${wasTitle}”; answer the question `
          + "below to see today's verdict.");
      }
      return notes;
    }

    /* The decision record for a verdict: the same text as `decide --format adr`. */
    function recordFor(s) {
      const pairs = s.path.map((st) => [st.question.id, st.option.key]);
      const planItems = plan(tree, new Map(pairs));
      const flipList = changes(tree, s, fixed).map((f) => ({
        question: f.question.id, option: f.option.key, verdicts: f.verdicts }));
      return recordText(tree.data, pairs, s.verdict.id, planItems, flipList, today());
    }

    /* Copy the record, or select it for the reader to copy where the Clipboard API is refused. */
    function copyRecord(field, status) {
      const fallback = () => {
        field.focus();
        field.select();
        status.textContent = "Press Ctrl+C (⌘C on a Mac) to copy the selected record.";
      };
      if (!navigator.clipboard || !window.isSecureContext) return fallback();
      navigator.clipboard.writeText(field.value)
        .then(() => { status.textContent = "Record copied."; }, fallback);
    }

    /* Save the record as decision-<slug>-<verdict>.md (record.file_name). */
    function download(text, name, status) {
      const url = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
      const a = el("a", { href: url, download: name, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      status.textContent = "Record downloaded as " + name + ".";
    }

    /* The record, folded: its Markdown to read, copy or download for an ADR. */
    function recordBox(s) {
      if (!tree.data.record) return null;
      let text;
      try {
        text = recordFor(s);
      } catch (err) {
        console.warn("dt-walker: cannot write the decision record", err);
        return null;
      }
      const name = `decision-${slug}-${s.verdict.id}.md`;
      const field = el("textarea", { class: "dt-record-text", readonly: true, rows: "12",
        "aria-label": "Decision record in Markdown", spellcheck: "false" });
      field.value = text;
      const status = el("span", { class: "dt-record-status", role: "status" });
      return el("details", { class: "dt-more dt-record" }, [
        el("summary", { text: "Keep this decision: a record for your ADR" }),
        el("p", { text: "A Markdown decision record: your answers, the verdict and its plan, "
          + "next steps, costs and risks, sources with the dates they were checked, a line "
          + "for your own problem statement, and a link that reopens "
          + "this walk and names the advice it was made on." }),
        field,
        el("p", { class: "dt-record-actions" }, [
          el("button", { type: "button", class: "md-button dt-record-copy", text: "Copy the record",
            onclick: () => copyRecord(field, status) }),
          el("button", { type: "button", class: "md-button dt-record-download",
            text: "Download as Markdown", title: name,
            onclick: () => download(field.value, name, status) }),
          status,
        ]),
      ]);
    }

    /* Builds the panel for a state; returns the element to focus. */
    function render(s) {
      body.replaceChildren();
      body.append(...provenance(s));
      for (const text of s.problems) body.append(el("p", { class: "dt-walker-note", text: text }));
      let target = null;
      if (s.verdict) {
        const answers = s.path.length === 1 ? "1 answer" : `${s.path.length} answers`;
        body.append(el("p", { class: "dt-walker-step", text: `Verdict after ${answers}` }));
        const card = verdictCard(s);
        target = card.querySelector(".admonition-title");
        body.append(card);
        // Below the card, not in it: the card itself must fit one phone screen.
        const box = recordBox(s);
        if (box) body.append(box);
      } else if (s.question) {
        const q = s.question;
        target = el("h2", { class: "dt-walker-question", tabindex: "-1", text: q.text });
        body.append(
          el("p", { class: "dt-walker-step", text: `Question ${s.path.length + 1}` }),
          target,
          el("div", { class: "dt-walker-options", role: "group", "aria-label": "Answers" },
            q.options.map((o) => el("button", {
              type: "button", class: "md-button", "data-option": o.key, text: o.label,
              onclick: () => go([...s.path, { question: q, option: o }]),
            }))),
          el("p", { class: "dt-walker-why", text: q.why }),
        );
      } else {
        body.append(el("p", { class: "dt-walker-note", text: "This answer leads nowhere." }));
      }
      if (map) {
        body.append(el("p", { class: "dt-walker-to-map" }, [
          el("button", { type: "button", class: "dt-walker-map-button",
            text: "See your path on the map", onclick: () => showMap() }),
        ]));
      }
      if (s.path.length) body.append(answersList(s));
      const none = !s.path.length;
      body.append(el("div", { class: "dt-walker-controls" }, [
        el("button", { type: "button", class: "dt-walker-back", disabled: none, text: "Back",
          onclick: () => go(s.path.slice(0, -1)) }),
        el("button", { type: "button", class: "dt-walker-restart", disabled: none, text: "Start over",
          onclick: () => go([]) }),
      ]));
      return target;
    }

    /* On a phone the map sits below the questions: one tap brings it, centred on the path. */
    function showMap() {
      map.scrollIntoView({ block: "start" });
      const frame = map.querySelector(".dt-scroll");
      if (frame) frame.focus({ preventScroll: true });
      const figure = document.getElementById(figureId);
      if (figure && window.dtCentreFigure) window.dtCentreFigure(figure);
    }

    /* The answers so far, each with a button to go back to that question. */
    function answersList(s) {
      return el("div", { class: "dt-walker-so-far" }, [
        el("p", { class: "dt-walker-step", text: "Your answers" }),
        el("ol", { class: "dt-walker-answers" }, s.path.map((step, i) => el("li", {}, [
          step.question.text + " ", el("strong", { text: step.option.label }), " ",
          el("button", { type: "button", class: "dt-walker-revisit", text: "change",
            "aria-label": "Change your answer to: " + step.question.text,
            onclick: () => go(s.path.slice(0, i)) }),
        ]))),
      ]);
    }

    /* Links relative to the page: the verdict's section and the sources page. */
    function verdictHref(id) {
      const page = new URL(root.dataset.treeUrl || "./", location.href);
      // On the tree's own page a bare anchor keeps the answers in the URL.
      const here = page.pathname === location.pathname;
      return (here ? "" : page.pathname) + "#v-" + encodeURIComponent(id);
    }

    function sourceLinks(keys) {
      const base = root.dataset.sourcesUrl || "../sources/";
      const links = keys.map((key) => el("a", {
        href: base + "#" + encodeURIComponent(key),
        text: ((tree.data.sources || {})[key] || {}).title || key,
      }));
      return el("p", { class: "dt-sources" }, ["Sources: ", ...joined(links, "; ")]);
    }

    /* Worded as the site's pages word it (decision_trees.pages): other verdicts only, and
       "could" where the outcome still depends on questions not yet answered. */
    function flipOutcome(f, current) {
      const others = f.verdicts.filter((id) => id !== current)
        .map((id) => el("strong", { text: tree.verdicts.get(id).title }));
      if (f.verdicts.length === 1) return [" would lead to ", ...joined(others, " or ")];
      const tail = f.verdicts.includes(current)
        ? ", or to the same verdict, depending on later answers"
        : ", depending on later answers";
      return [" could lead to ", ...joined(others, " or "), tail];
    }

    /* A next step, linked to the site page that explains it when it names one. */
    function stepItem(step) {
      const text = typeof step === "string" ? step : step.text;
      const see = typeof step === "string" ? "" : step.see;
      return el("li", {}, [see ? el("a", { href: siteUrl + see, text: text }) : text]);
    }

    /* A question or verdict by its id, as the plan names it. */
    function nodeName(id) {
      if (tree.verdicts.has(id)) return [el("strong", { text: tree.verdicts.get(id).title })];
      return ["next question: " + tree.questions.get(id).text];
    }

    /* The answers a plan step took as given, by their labels (the question is in each
       label's title, for a pointer; the labels read on their own). */
    function assumed(steps) {
      return joined(steps.map((s) => {
        const q = tree.questions.get(s.question);
        return el("em", { title: q.text, text: option(q, s.option).label });
      }), "; ");
    }

    /* One item of the plan (see plan()); data-* attributes let the tests compare it with
       decision_trees.plan. */
    function planItem(item, i) {
      const pairs = (steps) => steps.map((s) => s.question + ":" + s.option).join(" ");
      if (item.kind === "verdict") {
        const v = tree.verdicts.get(item.verdict);
        return el("li", { "data-kind": "verdict", "data-id": v.id,
          "data-assumed": pairs(item.assumed) }, [
          i ? "Then " : "Now ",
          i ? el("a", { href: verdictHref(v.id), text: v.title }) : el("strong", { text: v.title }),
          ...(item.assumed.length ? [", assuming: ", ...assumed(item.assumed)] : []),
          item.short_if
            ? el("p", { class: "dt-plan-short-if" }, [el("em", { text: "How you know it fell short: " }),
              item.short_if])
            : null,
        ]);
      }
      if (item.kind === "question") {
        const q = tree.questions.get(item.question);
        const path = item.path.map((s) => {
          const question = tree.questions.get(s.question);
          return { question: question, option: option(question, s.option) };
        });
        return el("li", { "data-kind": "question", "data-id": q.id,
          "data-assumed": pairs(item.assumed),
          "data-leads": item.leads.map((l) => l.option + ":" + l.node).join(" ") }, [
          "Then the tree asks: " + q.text,
          ...(item.assumed.length ? [" (assuming: ", ...assumed(item.assumed), ")"] : []),
          el("ul", {}, item.leads.map((l) => el("li", {}, [
            option(q, l.option).label + " → ", ...nodeName(l.node),
          ]))),
          el("button", { type: "button", class: "dt-plan-answer", text: "Answer it now",
            onclick: () => go(path) }),
        ]);
      }
      if (item.kind === "tree") {
        const title = (tree.data.trees || {})[item.tree] || item.tree;
        return el("li", { "data-kind": "tree", "data-id": item.tree }, [
          "Then find out what went wrong with ",
          el("a", { href: siteUrl + "trees/" + encodeURIComponent(item.tree) + "/", text: title }),
        ]);
      }
      if (item.kind === "destination") {
        return el("li", { "data-kind": "destination", "data-id": "" },
          ["The tree goes no further: the last next steps say what to weigh."]);
      }
      return el("li", { "data-kind": "repeat", "data-id": "" },
        ["The plan comes back to a verdict it passed: the tree has a fault."]);
    }

    /* The verdict as pages.verdict_card words it: why, the first three steps, the rest one
       click away (all steps, costs and risks, what would change it, sources), and a link
       to share. */
    function verdictCard(s) {
      const v = s.verdict;
      const found = changes(tree, s, fixed);
      const list = found.length
        ? el("ul", { class: "dt-flips dt-walker-flips" }, found.map((f) => el("li", {
            "data-flip": f.question.id + ":" + f.option.key, "data-verdicts": f.verdicts.join(" "),
          }, [
            f.question.text + " ", el("em", { text: f.option.label }), ...flipOutcome(f, v.id),
          ])))
        : el("p", { text: "No single answer you could change leads elsewhere." });
      const first = v.next_steps.slice(0, FIRST_STEPS), rest = v.next_steps.slice(FIRST_STEPS);
      const weighed = [["Costs", v.costs || []], ["Risks", v.risks || []]]
        .filter(([, items]) => items.length);
      // One line on a phone, as pages.verdict_card words it (the sources are folded too).
      const more = [...(rest.length ? ["all steps"] : []),
        ...weighed.map(([label]) => label.toLowerCase()), "what changes it"];
      const summary = more.length > 1
        ? more.slice(0, -1).join(", ") + " and " + more[more.length - 1] : more[0];
      const version = (tree.data.record || {}).version;
      const stamp = (version ? "&v=" + encodeURIComponent(version) : "")
        + "&was=" + encodeURIComponent(v.id);
      const field = el("input", { type: "text", readonly: true, class: "dt-walker-link",
        "aria-label": "Link to this verdict",
        value: location.origin + urlFor(slug, s.path, false) + stamp });
      const status = el("span", { class: "dt-walker-copied", role: "status" });
      const classes = "admonition success dt-verdict-card dt-walker-verdict";
      return el("div", { class: classes, "data-verdict": v.id }, [
        el("p", { class: "admonition-title", tabindex: "-1", text: v.title }),
        el("p", { text: v.because }),
        el("p", { class: "dt-card-label", text: "Next steps" }),
        el("ol", { class: "dt-steps" }, first.map(stepItem)),
        // The plan is folded: the card, plan and all, must fit one phone screen.
        el("details", { class: "dt-more dt-plan" }, [
          el("summary", { text: "If this falls short: your plan" }),
          el("ol", { class: "dt-plan-steps" },
            plan(tree, new Map(s.path.map((st) => [st.question.id, st.option.key]))).map(planItem)),
        ]),
        el("details", { class: "dt-more" }, [
          el("summary", { text: summary.charAt(0).toUpperCase() + summary.slice(1) }),
          rest.length
            ? el("ol", { class: "dt-steps", start: String(FIRST_STEPS + 1) }, rest.map(stepItem))
            : null,
          ...weighed.flatMap(([label, items]) => [
            el("p", { class: "dt-card-label", text: label }),
            el("ul", { class: "dt-consequences" }, items.map((item) => el("li", { text: item }))),
          ]),
          el("p", { class: "dt-card-label", text: "What would change the verdict" }),
          list,
          v.sources.length ? sourceLinks(v.sources) : null,
          el("p", {}, [el("a", { href: verdictHref(v.id), text: "More about this verdict" })]),
        ]),
        el("p", { class: "dt-walker-share" }, [
          field,
          el("button", { type: "button", class: "md-button", text: "Copy link to this verdict",
            onclick: () => copy(field, status) }),
          status,
        ]),
      ]);
    }

    /* The page already shows the first question: give its buttons their actions instead of
       drawing it again (no second layout while the page loads). */
    function adopt() {
      const state = walk(tree, readAnswers(slug));
      const start = tree.questions.get(tree.data.start);
      if (state.path.length || state.problems.length || state.question !== start) return false;
      const buttons = body.querySelectorAll(".dt-walker-options button[data-option]");
      if (buttons.length !== start.options.length) return false;
      buttons.forEach((button) => {
        const chosen = option(start, button.dataset.option);
        button.addEventListener("click", () => go([{ question: start, option: chosen }]));
      });
      const toMap = body.querySelector(".dt-walker-map-button");
      if (toMap && map) toMap.addEventListener("click", showMap);
      requestAnimationFrame(() => highlight(state));
      return true;
    }

    walkers.push({ root: root, sync: sync });
    // Restore from the URL without moving focus, unless the page already shows that state.
    if (!adopt()) sync({ focus: false, announce: false });
  }

  function mountAll() {
    document.querySelectorAll(".dt-walker").forEach(mount);
  }

  /* Browser Back/Forward: every walker still on the page re-reads its answers from the URL. */
  window.addEventListener("popstate", () => {
    walkers = walkers.filter((w) => w.root.isConnected);
    walkers.forEach((w) => w.sync({ focus: false, announce: true }));
  });

  // With instant navigation Material swaps pages without a reload and emits on document$.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mountAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
})();
