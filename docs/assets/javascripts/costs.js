/* The cost and break-even calculator: inputs, a chart of cumulative cost, the
   break-even in words and a table of the same numbers. The scenario lives in
   the URL so a team can share it.

   compute() is decision_trees.costs.compute written again, operation for
   operation; tests/test_costs_browser.py proves the two agree to the cent.
   The presets, their sources and the field list come from the page (made by
   decision_trees.costs.page_data()), so only the formula is written twice.
   Text reaches the page through textContent and setAttribute only. */
(function () {
  "use strict";

  const SVG = "http://www.w3.org/2000/svg";

  /* ---- The model (mirrors decision_trees/costs.py) ------------------------ */

  class CostError extends Error {}

  function fmt(x) { return String(x); }

  function check(value, where, percent, positive) {
    const numbers = Array.isArray(value) ? value : [value];
    if (![1, 2].includes(numbers.length) ||
        !numbers.every((n) => typeof n === "number" && Number.isFinite(n))) {
      throw new CostError(`${where}: expected a number or a [low, high] pair, got ${value}`);
    }
    for (const n of numbers) {
      if (n < 0 || (positive && n === 0)) {
        throw new CostError(`${where} must be ${positive ? "more than zero" : "zero or more"}, not ${fmt(n)}`);
      }
      if (percent && n > 100) {
        throw new CostError(`${where} must be between 0% and 100%, not ${fmt(n)}%`);
      }
    }
    if (numbers.length === 2) {
      if (numbers[0] > numbers[1]) {
        throw new CostError(
          `${where}: the low end ${fmt(numbers[0])} is above the high end ${fmt(numbers[1])}`);
      }
      return [numbers[0], numbers[1]];
    }
    return numbers[0];
  }

  function validated(data, scenario) {
    const out = {
      requests: check(scenario.requests ?? 0, "Requests per month"),
      hourly: check(scenario.hourly ?? 0, "People's time per hour"),
      rate: check(scenario.rate ?? 1, "The exchange rate", false, true),
      approaches: [],
    };
    if (Array.isArray(out.rate)) throw new CostError("The exchange rate: expected one number, not a range");
    const approaches = scenario.approaches || [];
    if (!approaches.length) throw new CostError("No approach to cost: choose at least one");
    const keys = data.approach_fields.map((f) => f.key);
    for (const approach of approaches) {
      const kind = approach.kind;
      if (!Object.prototype.hasOwnProperty.call(data.kinds, kind)) {
        throw new CostError(`Unknown approach '${kind}'; approaches are: ${Object.keys(data.kinds).join(", ")}`);
      }
      const label = approach.label || data.kinds[kind];
      const values = approach.values || {};
      const unknown = Object.keys(values).filter((k) => !keys.includes(k)).sort();
      if (unknown.length) throw new CostError(`${label}: unknown input '${unknown[0]}'`);
      const checked = {};
      for (const f of data.approach_fields) {
        checked[f.key] = check(values[f.key] ?? 0, `${label}: ${f.label.toLowerCase()}`,
          f.unit === "percent", false);
      }
      out.approaches.push({ kind: kind, label: label, values: checked });
    }
    return out;
  }

  function end(value, high) {
    return Array.isArray(value) ? (high ? value[1] : value[0]) : value;
  }

  /* The formula: the same operations in the same order as costs._line. */
  function line(data, approach, requests, hourly, rate, high) {
    const v = {};
    for (const [k, x] of Object.entries(approach.values)) v[k] = end(x, high);
    const hit = v.cache_hit / 100;
    const uncached = v.input + v.context * (1 - hit);
    const cached = v.context * hit;
    const perRequest = (
      uncached * v.price_in + cached * v.price_cached + v.output * v.price_out) / 1000000;
    const tokens = requests * perRequest;
    const vectors = v.vectors * v.vector_price / 1000000;
    const hosting = v.hosting * data.hours_per_month;
    const retrain = v.retrain_every > 0 ? v.retrain_cost / v.retrain_every : 0;
    const monthly = (tokens + v.embedding + vectors + hosting + v.other + retrain) * rate;
    const oneOff = (v.training + (v.prep_hours + v.eval_hours) * hourly) * rate;
    const cumulative = [];
    for (let m = 0; m <= data.months; m++) cumulative.push(oneOff + monthly * m);
    return {
      kind: approach.kind, label: approach.label, one_off: oneOff, monthly: monthly,
      per_1000: requests > 0 ? monthly / requests * 1000 : null, cumulative: cumulative,
    };
  }

  function breakEven(a, b) {
    const first = a.one_off > b.one_off || (a.one_off === b.one_off && a.monthly <= b.monthly);
    const payer = first ? a : b, against = first ? b : a;
    const extra = payer.one_off - against.one_off;
    const saving = against.monthly - payer.monthly;
    let months;
    if (extra <= 0) months = 0;
    else if (saving <= 0) months = null;
    else months = extra / saving;
    return { payer: payer.kind, against: against.kind, months: months,
      month: months === null ? null : Math.ceil(months) };
  }

  /* Same input and output shape as costs.compute + costs.to_data; throws CostError. */
  function compute(data, scenario) {
    const s = validated(data, scenario);
    const ranged = Array.isArray(s.requests) || Array.isArray(s.hourly) ||
      s.approaches.some((a) => Object.values(a.values).some(Array.isArray));
    const cases = [];
    for (const [name, high] of ranged ? [["low", false], ["high", true]] : [["", false]]) {
      const requests = end(s.requests, high), hourly = end(s.hourly, high);
      const lines = s.approaches.map((a) => line(data, a, requests, hourly, s.rate, high));
      const evens = [];
      for (let i = 0; i < lines.length; i++) {
        for (let j = i + 1; j < lines.length; j++) evens.push(breakEven(lines[i], lines[j]));
      }
      cases.push({ name: name, lines: lines, break_evens: evens });
    }
    return { cases: cases };
  }

  /* costs.sentences, word for word. */
  function sentences(result) {
    const shown = result.cases[0].lines[0].cumulative.length - 1; // the months drawn
    const month = (m) => `in month ${m}` + (m > shown ? ` (beyond the chart's ${shown} months)` : "");
    const when = (b) => (b.month === null ? "never" : b.month === 0 ? "from the start" : month(b.month));
    const one = (b, labels) => {
      const payer = labels[b.payer], against = labels[b.against];
      if (b.month === null) return `${payer} never pays back against ${against}.`;
      if (b.month === 0) return `${payer} costs no more than ${against} from the start.`;
      return `${payer} pays back against ${against} ${month(b.month)}.`;
    };
    const labels = {};
    for (const l of result.cases[0].lines) labels[l.kind] = l.label;
    if (result.cases.length === 1) return result.cases[0].break_evens.map((b) => one(b, labels));
    const high = result.cases[1].break_evens;
    return result.cases[0].break_evens.map((low, i) => {
      const hi = high[i];
      if (low.payer !== hi.payer) return `Low case: ${one(low, labels)} High case: ${one(hi, labels)}`;
      if (when(low) === when(hi)) return one(low, labels).slice(0, -1) + ", in both cases.";
      return `${labels[low.payer]} pays back against ${labels[low.against]} ` +
        `${when(low)} in the low case and ${when(hi)} in the high case.`;
    });
  }

  /* costs.parse_value: "1500", "8000-25000" or "8,000–25,000"; a leading minus is kept. */
  function parseValue(text, where) {
    const cleaned = text.replace(/,/g, "").replace(/\u2013/g, "-").replace(/ /g, "");
    const match = /^(-?(?:[0-9]+\.?[0-9]*|\.[0-9]+))(?:-((?:[0-9]+\.?[0-9]*|\.[0-9]+)))?$/.exec(cleaned);
    if (!match) {
      throw new CostError(`${where}: '${text}' is not a number or a range; write e.g. 1500 or 8000-25000`);
    }
    return match[2] === undefined ? Number(match[1]) : [Number(match[1]), Number(match[2])];
  }

  /* ---- The page ------------------------------------------------------------ */

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === false || value == null) continue;
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children || []) if (child != null) node.append(child);
    return node;
  }

  function svg(tag, attrs, children) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children || []) if (child != null) node.append(child);
    return node;
  }

  function show(value) {
    return Array.isArray(value) ? `${value[0]}-${value[1]}` : String(value);
  }

  function mount(root) {
    if (root.hasAttribute("data-dt-mounted")) return;
    root.setAttribute("data-dt-mounted", "");
    const data = JSON.parse(root.querySelector("template.dt-costs-data").innerHTML);
    const sourcesUrl = root.getAttribute("data-sources-url") || "";
    const uid = root.id || "dt-costs";
    const form = el("form", { class: "dt-costs-form", novalidate: true });
    const results = el("div", { class: "dt-costs-results" });
    root.querySelector(".dt-costs-nojs")?.remove();
    root.append(form);
    form.addEventListener("submit", (e) => e.preventDefault());

    let preset = null; // key
    let fields = []; // {key, input, default}

    function money(x, currency) {
      const symbol = data.currencies[currency];
      const amount = Math.round(x).toLocaleString("en-US");
      return symbol ? symbol + amount : `${currency} ${amount}`;
    }

    function currencyNow() {
      const code = (form.elements.show?.value || "").trim().toUpperCase();
      const rate = (form.elements.rate?.value || "").trim();
      return code && rate ? code : data.presets[preset].currency;
    }

    function sourceNote(figure) {
      if (!figure) return null;
      const src = data.sources[figure.source];
      const text = src.kind === "assumption" ? "our assumption" :
        src.publisher || src.title;
      const full = [figure.note, src.checked ? `checked ${src.checked}` : ""]
        .filter(Boolean).join("; ");
      let node;
      if (src.kind === "assumption") node = document.createTextNode(text);
      else {
        const href = src.href.startsWith("http") ? src.href : sourcesUrl + src.href.replace(/^sources\//, "");
        node = el("a", { href: href, text: text + (src.checked ? ` (${src.checked})` : "") });
      }
      return el("small", { class: "dt-costs-source", title: full || null }, [node]);
    }

    function unitText(f, currency) {
      const sym = data.currencies[currency] || currency;
      if (f.unit === "money") return `${sym} ${f.per}`;
      if (f.unit === "percent") return `% ${f.per}`;
      if (f.unit === "tokens") return `tokens ${f.per}`;
      if (f.unit === "hours") return `hours, ${f.per}`;
      if (f.unit === "months") return `months (${f.per})`;
      return f.per;
    }

    function input(key, f, figure, currency) {
      const id = `${uid}-${key.replace(/\./g, "-")}`;
      const value = figure ? show(figure.value) : "0";
      const field = el("input", { id: id, name: key, type: "text", inputmode: "decimal",
        autocomplete: "off", spellcheck: "false", value: value, "aria-describedby": `${id}-unit` });
      fields.push({ key: key, input: field, initial: value, label: f.label });
      return el("p", { class: "dt-costs-field" }, [
        el("label", { for: id, text: f.label }),
        field,
        el("span", { class: "dt-costs-unit", id: `${id}-unit`, text: unitText(f, currency) }),
        sourceNote(figure),
      ]);
    }

    /* The form for a preset: its approaches' inputs, the ones it sets first. */
    function build(key) {
      preset = key;
      fields = [];
      const p = data.presets[key];
      const select = el("select", { id: `${uid}-preset`, name: "preset" },
        Object.entries(data.presets).map(([k, q]) =>
          el("option", { value: k, selected: k === key, text: q.title })));
      select.addEventListener("change", () => { build(select.value); update(true); });
      const globals = el("fieldset", { class: "dt-costs-group dt-costs-global" }, [
        el("legend", { text: "Volume and people" }),
        ...data.global_fields.map((f) => input(f.key, f, p.figures[f.key], p.currency)),
      ]);
      const groups = p.approaches.map(([kind, label]) => {
        const set = [], rest = [];
        for (const f of data.approach_fields) {
          const k = `${kind}.${f.key}`;
          (p.figures[k] ? set : rest).push(input(k, f, p.figures[k], p.currency));
        }
        return el("fieldset", { class: "dt-costs-group", "data-kind": kind }, [
          el("legend", { text: label }),
          ...set,
          el("details", { class: "dt-costs-more" }, [
            el("summary", { text: "More inputs (zero here)" }), ...rest]),
        ]);
      });
      const specs = Object.fromEntries(
        [...data.global_fields, ...data.approach_fields].map((f) => [f.key, f]));
      const labels = Object.fromEntries(p.approaches);
      const origins = el("details", { class: "dt-costs-origins" }, [
        el("summary", { text: "Where these defaults come from" }),
        el("ul", {}, Object.entries(p.figures).map(([k, figure]) => {
          const [kind, name] = k.includes(".") ? k.split(".") : [null, k];
          const spec = specs[name];
          const src = data.sources[figure.source];
          const who = src.kind === "assumption" ? "Our assumption" :
            [src.publisher, src.title].filter(Boolean).join(", ") +
            (src.checked ? `, checked ${src.checked}` : "");
          return el("li", {}, [
            el("strong", { text: kind ? `${labels[kind]}: ${spec.label.toLowerCase()}` : spec.label }),
            ` ${show(figure.value)} (${unitText(spec, p.currency)}). ${who}: ${figure.note}.`,
          ]);
        })),
      ]);
      const convert = el("details", { class: "dt-costs-convert" }, [
        el("summary", { text: "Show the results in another currency" }),
        el("p", { class: "dt-costs-note", text: `The figures above are in ${p.currency}. ` +
          "Nothing is converted unless you type a currency code and your own exchange rate." }),
        el("p", { class: "dt-costs-field" }, [
          el("label", { for: `${uid}-show`, text: "Currency code" }),
          el("input", { id: `${uid}-show`, name: "show", type: "text", autocomplete: "off",
            maxlength: "3", size: "4", value: "" }),
        ]),
        el("p", { class: "dt-costs-field" }, [
          el("label", { for: `${uid}-rate`, text: `Units of it per 1 ${p.currency}` }),
          el("input", { id: `${uid}-rate`, name: "rate", type: "text", inputmode: "decimal",
            autocomplete: "off", value: "" }),
        ]),
      ]);
      form.replaceChildren(
        el("p", { class: "dt-costs-field dt-costs-preset" }, [
          el("label", { for: `${uid}-preset`, text: "Scenario" }), select]),
        el("p", { class: "dt-costs-note", text: `${p.summary} Money is in ${p.currency}; ` +
          "a range such as 8000-25000 gives a low and a high case." }),
        globals,
        results,
        el("h3", { class: "dt-costs-heading", text: "The approaches' inputs" }),
        el("div", { class: "dt-costs-groups" }, groups),
        origins,
        convert,
      );
    }

    /* The form's scenario, or a one-line error naming the field. */
    function scenario() {
      const p = data.presets[preset];
      const s = { requests: 0, hourly: 0, rate: 1, approaches: p.approaches.map(([kind, label]) =>
        ({ kind: kind, label: label, values: {} })) };
      const byKind = Object.fromEntries(s.approaches.map((a) => [a.kind, a]));
      for (const f of fields) f.input.removeAttribute("aria-invalid");
      for (const f of fields) {
        const [kind, name] = f.key.includes(".") ? f.key.split(".") : [null, f.key];
        const where = kind ? `${byKind[kind].label}: ${f.label.toLowerCase()}` : f.label;
        try {
          const value = parseValue(f.input.value, where);
          if (kind) byKind[kind].values[name] = value; else s[name] = value;
        } catch (err) { f.input.setAttribute("aria-invalid", "true"); throw err; }
      }
      const code = form.elements.show.value.trim(), rate = form.elements.rate.value.trim();
      if (code && rate) s.rate = parseValue(rate, "The exchange rate");
      return s;
    }

    /* The URL: the preset, and every input that differs from it. */
    function writeUrl(push) {
      const params = new URLSearchParams(location.search);
      for (const k of [...params.keys()]) {
        if (k === "preset" || k === "show" || k === "rate" || fields.some((f) => f.key === k) ||
            /^[a-z-]+\.[a-z_]+$/.test(k) || data.global_fields.some((f) => f.key === k)) params.delete(k);
      }
      params.set("preset", preset);
      for (const f of fields) if (f.input.value.trim() !== f.initial) params.set(f.key, f.input.value.trim());
      const code = form.elements.show.value.trim(), rate = form.elements.rate.value.trim();
      if (code) params.set("show", code);
      if (rate) params.set("rate", rate);
      const url = location.pathname + "?" + params.toString().replace(/%2C/g, ",") + location.hash;
      if (url !== location.pathname + location.search + location.hash) {
        history[push ? "pushState" : "replaceState"](history.state, "", url);
      }
      return new URL(url, location.href).href;
    }

    function readUrl() {
      const params = new URLSearchParams(location.search);
      const key = params.get("preset");
      build(key && data.presets[key] ? key : data.default_preset);
      for (const f of fields) if (params.has(f.key)) f.input.value = params.get(f.key);
      if (params.has("show")) form.elements.show.value = params.get("show");
      if (params.has("rate")) form.elements.rate.value = params.get("rate");
      if (params.has("show") || params.has("rate")) form.querySelector(".dt-costs-convert").open = true;
      for (const f of fields) {
        if (f.input.value !== f.initial) f.input.closest("details.dt-costs-more")?.setAttribute("open", "");
      }
    }

    const status = el("p", { class: "dt-costs-error", role: "alert" });
    const said = el("div", { class: "dt-costs-sentences", "aria-live": "polite" });
    const chart = el("figure", { class: "dt-costs-chart" });
    const summary = el("div", { class: "dt-costs-summary" });
    const monthly = el("details", { class: "dt-costs-months" });
    const linkField = el("input", { class: "dt-costs-link", type: "text", readonly: true,
      id: `${uid}-link` });
    const copied = el("span", { class: "dt-costs-copied", role: "status" });
    const copyButton = el("button", { type: "button", class: "md-button", text: "Copy link to this scenario" });
    copyButton.addEventListener("click", () => {
      const fallback = () => {
        linkField.focus(); linkField.select();
        copied.textContent = "Press Ctrl+C (⌘C on a Mac) to copy the selected link.";
      };
      if (!navigator.clipboard || !window.isSecureContext) return fallback();
      navigator.clipboard.writeText(linkField.value)
        .then(() => { copied.textContent = "Link copied."; }, fallback);
    });
    results.append(status, said, chart, summary, monthly,
      el("p", { class: "dt-costs-share" }, [
        el("label", { for: `${uid}-link`, text: "Link to this scenario" }), linkField, copyButton, copied]));

    function cell(values, currency) {
      const texts = values.map((v) => (v === null ? "—" : money(v, currency)));
      return texts.length === 2 && texts[0] !== texts[1] ? `${texts[0]} – ${texts[1]}` : texts[0];
    }

    function drawChart(result, currency) {
      // Drawn at the width it is shown, so the labels stay legible on a phone.
      const W = Math.round(Math.max(300, Math.min(640, chart.clientWidth || 640)));
      const H = Math.round(Math.max(220, W * 0.47)), L = 72, R = 12, T = 12, B = 34;
      const months = data.months;
      const all = result.cases.flatMap((c) => c.lines.flatMap((l) => l.cumulative));
      const top = nice(Math.max(1, ...all));
      const x = (m) => L + (m / months) * (W - L - R);
      const y = (v) => T + (H - T - B) * (1 - v / top);
      const parts = [];
      for (let i = 0; i <= 4; i++) {
        const v = (top * i) / 4;
        parts.push(svg("line", { class: "dt-costs-grid", x1: L, x2: W - R, y1: y(v), y2: y(v) }),
          svg("text", { class: "dt-costs-tick", x: L - 6, y: y(v) + 4, "text-anchor": "end",
            text: money(v, currency) }));
      }
      for (let m = 0; m <= months; m += 6) {
        parts.push(svg("text", { class: "dt-costs-tick", x: x(m), y: H - B + 18, "text-anchor": "middle",
          text: String(m) }));
      }
      parts.push(svg("text", { class: "dt-costs-tick", x: W - R, y: H - 2, "text-anchor": "end",
        text: "months" }));
      const path = (vals) => vals.map((v, m) => `${m ? "L" : "M"}${x(m).toFixed(1)},${y(v).toFixed(1)}`).join("");
      const [low, high] = result.cases;
      low.lines.forEach((l, i) => {
        const cls = `dt-costs-s${i % 6}`;
        if (high) {
          const h = high.lines[i].cumulative;
          const band = path(l.cumulative) + h.slice().reverse()
            .map((v, k) => `L${x(months - k).toFixed(1)},${y(v).toFixed(1)}`).join("") + "Z";
          parts.push(svg("path", { class: `dt-costs-band ${cls}`, d: band }),
            svg("path", { class: `dt-costs-line dt-costs-high ${cls}`, d: path(h) }));
        }
        parts.push(svg("path", { class: `dt-costs-line ${cls}`, d: path(l.cumulative) }));
      });
      for (const c of result.cases) {
        const byKind = Object.fromEntries(c.lines.map((l) => [l.kind, l]));
        for (const b of c.break_evens) {
          if (b.months === null || b.months <= 0 || b.months > months) continue;
          const p = byKind[b.payer];
          const v = p.one_off + p.monthly * b.months;
          parts.push(svg("circle", { class: "dt-costs-cross", cx: x(b.months), cy: y(v), r: 5 }, [
            svg("title", { text: `${p.label} catches up with ${byKind[b.against].label} at ` +
              `${b.months.toFixed(1)} months${c.name ? ` (${c.name} case)` : ""}` })]));
        }
      }
      const legend = el("ul", { class: "dt-costs-legend" }, low.lines.map((l, i) =>
        el("li", { class: `dt-costs-s${i % 6}` }, [el("span", { class: "dt-costs-swatch", "aria-hidden": "true" }), l.label])));
      const note = high ? " The band runs from the low case (solid) to the high case (dashed)." : "";
      chart.replaceChildren(
        svg("svg", { class: "dt-costs-svg", viewBox: `0 0 ${W} ${H}`, role: "img",
          "aria-label": `Cumulative cost over ${months} months; the tables below give the same numbers.` }, parts),
        el("figcaption", {}, [legend, el("span", { text: "Cumulative cost by month; circles mark where lines cross." + note })]),
      );
    }

    function nice(v) {
      const p = Math.pow(10, Math.floor(Math.log10(v)));
      for (const m of [1, 2, 2.5, 5, 10]) if (v <= m * p) return m * p;
      return 10 * p;
    }

    function tables(result, currency) {
      const [low, high] = result.cases;
      const pick = (i, get) => (high ? [get(low.lines[i]), get(high.lines[i])] : [get(low.lines[i])]);
      summary.replaceChildren(el("div", { class: "dt-costs-scroll", tabindex: "0", role: "region",
        "aria-label": "Costs by approach" }, [el("table", {}, [
        el("caption", { text: high ? "Low case – high case" : "Costs by approach" }),
        el("thead", {}, [el("tr", {}, ["Approach", "One-off", "Per month", "Per 1,000 requests"]
          .map((t) => el("th", { scope: "col", text: t })))]),
        el("tbody", {}, low.lines.map((l, i) => el("tr", {}, [
          el("th", { scope: "row", text: l.label }),
          el("td", { text: cell(pick(i, (x) => x.one_off), currency) }),
          el("td", { text: cell(pick(i, (x) => x.monthly), currency) }),
          el("td", { text: cell(pick(i, (x) => x.per_1000), currency) }),
        ]))),
      ])]));
      const rows = [];
      for (let m = 0; m <= data.months; m++) {
        rows.push(el("tr", {}, [el("th", { scope: "row", text: String(m) }),
          ...low.lines.map((l, i) => el("td", { text: cell(pick(i, (x) => x.cumulative[m]), currency) }))]));
      }
      const open = monthly.open;
      monthly.replaceChildren(
        el("summary", { text: "Cumulative cost, month by month (the chart's numbers)" }),
        el("div", { class: "dt-costs-scroll", tabindex: "0", role: "region",
          "aria-label": "Cumulative cost, month by month" }, [el("table", {}, [
          el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: "Month" }),
            ...low.lines.map((l) => el("th", { scope: "col", text: l.label }))])]),
          el("tbody", {}, rows)])]));
      monthly.open = open;
    }

    function update(push) {
      let result;
      try {
        result = compute(data, scenario());
      } catch (err) {
        if (!(err instanceof CostError)) throw err;
        status.textContent = err.message;
        results.classList.add("dt-costs-stale");
        return;
      }
      status.textContent = "";
      results.classList.remove("dt-costs-stale");
      const currency = currencyNow();
      said.replaceChildren(...sentences(result).map((t) => el("p", { text: t })));
      drawChart(result, currency);
      tables(result, currency);
      linkField.value = writeUrl(push);
      copied.textContent = "";
    }

    form.addEventListener("input", () => update(false));
    form.addEventListener("change", (e) => { if (e.target.name !== "preset") update(false); });
    readUrl();
    update(false);
    instances.push({ root: root, sync: () => { readUrl(); update(false); } });
  }

  let instances = [];

  window.addEventListener("popstate", () => {
    instances = instances.filter((c) => c.root.isConnected);
    instances.forEach((c) => c.sync());
  });

  function mountAll() {
    document.querySelectorAll(".dt-costs").forEach(mount);
  }

  /* For tests and the curious: the model, without the page. */
  window.dtCosts = {
    compute: (data, scenario) => {
      try { return compute(data, scenario); }
      catch (err) { if (err instanceof CostError) return { error: err.message }; throw err; }
    },
    sentences: sentences,
    parseValue: parseValue,
  };

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mountAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
})();
