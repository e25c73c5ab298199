/* The evaluation planner: how many cases a measurement needs, what it can tell apart and
   what a run costs, in words and in a chart. The inputs live in the URL so a team can share
   them.

   compute() and sentences() are decision_trees.evaluation written again, operation for
   operation; tests/test_evaluation_browser.py proves the two agree. The fields, presets and
   list prices come from the page (decision_trees.evaluation.page_data()), so only the
   formulas are written twice. Text reaches the page through textContent and setAttribute. */
(function () {
  "use strict";

  const SVG = "http://www.w3.org/2000/svg";

  /* ---- The normal distribution (statistics.NormalDist in Python) ------------------------- */

  /* Wichura's AS241, as CPython's statistics module writes it. */
  function invCdf(p) {
    const q = p - 0.5;
    let num, den, r;
    if (Math.abs(q) <= 0.425) {
      r = 0.180625 - q * q;
      num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r +
        6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r +
        1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r +
        1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q;
      den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r +
        3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r +
        5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r +
        4.2313330701600911252e+1) * r + 1.0);
      return num / den;
    }
    r = q <= 0.0 ? p : 1.0 - p;
    r = Math.sqrt(-Math.log(r));
    if (r <= 5.0) {
      r = r - 1.6;
      num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r +
        2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r +
        3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r +
        4.63033784615654529590e+0) * r + 1.42343711074968357734e+0);
      den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r +
        1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r +
        6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r +
        2.05319162663775882187e+0) * r + 1.0);
    } else {
      r = r - 5.0;
      num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r +
        1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r +
        2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r +
        5.46378491116411436990e+0) * r + 6.65790464350110377720e+0);
      den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r +
        1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r +
        1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r +
        5.99832206555887937690e-1) * r + 1.0);
    }
    const x = num / den;
    return q < 0.0 ? -x : x;
  }

  /* erf to double precision: a series with positive terms below 3, a continued fraction
     for erfc above (JavaScript has no Math.erf). */
  function erf(x) {
    const z = Math.abs(x);
    let value;
    if (z < 3) {
      let term = z, sum = z;
      for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
        term *= 2 * z * z / (2 * n + 1);
        sum += term;
      }
      value = 2 / Math.sqrt(Math.PI) * Math.exp(-z * z) * sum;
    } else {
      let f = z;
      for (let k = 60; k >= 1; k--) f = z + (k / 2) / f;
      value = 1 - Math.exp(-z * z) / Math.sqrt(Math.PI) / f;
    }
    return x < 0 ? -value : value;
  }

  function cdf(x) { return 0.5 * (1.0 + erf(x / Math.SQRT2)); }

  /* ---- The model (mirrors decision_trees/evaluation.py) ---------------------------------- */

  class EvaluationError extends Error {}

  function fmt(x) { return String(x); }

  function waldInterval(p, n, confidence) {
    const z = invCdf(1 - (1 - confidence) / 2);
    const half = z * Math.sqrt(p * (1 - p) / n);
    return [Math.max(0.0, p - half), Math.min(1.0, p + half)];
  }

  function wilsonInterval(p, n, confidence) {
    const z = invCdf(1 - (1 - confidence) / 2);
    const z2 = z * z;
    const denominator = 1 + z2 / n;
    const centre = (p + z2 / (2 * n)) / denominator;
    const half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    return [Math.max(0.0, centre - half), Math.min(1.0, centre + half)];
  }

  function designEffect(perDoc, icc) { return 1 + (perDoc - 1) * icc; }

  function judged(p, sensitivity, specificity) {
    return sensitivity * p + (1 - specificity) * (1 - p);
  }

  function judgedDisagreement(pA, d, disagree, sensitivity, specificity) {
    const bOnly = (disagree + d) / 2;
    const aOnly = (disagree - d) / 2;
    const both = pA - aOnly;
    const neither = 1 - both - aOnly - bOnly;
    const s = sensitivity, f = 1 - specificity;
    return (both * 2 * s * (1 - s) + neither * 2 * f * (1 - f) +
      (aOnly + bOnly) * (s * (1 - f) + f * (1 - s)));
  }

  function unpairedCases(pA, pB, alpha, power) {
    const zA = invCdf(1 - alpha / 2), zB = invCdf(power);
    const pbar = (pA + pB) / 2;
    const top = zA * Math.sqrt(2 * pbar * (1 - pbar)) + zB * Math.sqrt(
      pA * (1 - pA) + pB * (1 - pB));
    return top * top / ((pB - pA) ** 2);
  }

  function unpairedPower(pA, pB, alpha, n) {
    const zA = invCdf(1 - alpha / 2);
    const pbar = (pA + pB) / 2;
    const x = (Math.sqrt(n) * Math.abs(pB - pA) - zA * Math.sqrt(2 * pbar * (1 - pbar))) /
      Math.sqrt(pA * (1 - pA) + pB * (1 - pB));
    return cdf(x);
  }

  function pairedCases(d, disagree, alpha, power) {
    const zA = invCdf(1 - alpha / 2), zB = invCdf(power);
    const top = zA * Math.sqrt(disagree) + zB * Math.sqrt(disagree - d * d);
    return top * top / (d * d);
  }

  function pairedPower(d, disagree, alpha, n) {
    const zA = invCdf(1 - alpha / 2);
    const x = (Math.abs(d) * Math.sqrt(n) - zA * Math.sqrt(disagree)) / Math.sqrt(disagree - d * d);
    return cdf(x);
  }

  function show(value) { return typeof value === "string" ? `'${value}'` : String(value); }

  function number(data, values, key) {
    const spec = data.fields.find((f) => f.key === key);
    const value = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : data.defaults[key];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new EvaluationError(`${spec.label}: expected a number, got ${show(value)}`);
    }
    return value;
  }

  function between(label, x, low, high, openLow, unit) {
    unit = unit || "";
    if ((openLow ? x <= low : x < low) || x > high) {
      const word = openLow ? "more than" : "from";
      throw new EvaluationError(`${label} must be ${word} ${fmt(low)}${unit} ` +
        `${openLow ? "and at most" : "to"} ${fmt(high)}${unit}, not ${fmt(x)}${unit}`);
    }
  }

  const isWhole = (x) => Number.isInteger(x);

  function validated(data, values) {
    const keys = data.fields.map((f) => f.key);
    const unknown = Object.keys(values).filter((k) => !keys.includes(k)).sort();
    if (unknown.length) throw new EvaluationError(`Unknown input '${unknown[0]}'`);
    const mode = Object.prototype.hasOwnProperty.call(values, "mode") ? values.mode : data.defaults.mode;
    if (!Object.prototype.hasOwnProperty.call(data.modes, mode)) {
      throw new EvaluationError(`Unknown question '${mode}'; questions are: ${Object.keys(data.modes).join(", ")}`);
    }
    const v = {};
    /* Python checks these in set order, which differs; so both check numbers in field order. */
    for (const f of data.fields) {
      if (["mode", "model", "judge_model"].includes(f.key)) continue;
      v[f.key] = number(data, values, f.key);
    }
    const label = Object.fromEntries(data.fields.map((f) => [f.key, f.label]));
    between(label.baseline, v.baseline, 0, 100, true, "%");
    if (v.baseline >= 100) throw new EvaluationError(`${label.baseline} must be below 100%, not ${fmt(v.baseline)}%`);
    between(label.alpha, v.alpha, 0, 50, true, "%");
    between(label.power, v.power, 0, 99.9, true, "%");
    between(label.judge_pass, v.judge_pass, 0, 100, false, "%");
    between(label.judge_fail, v.judge_fail, 0, 100, false, "%");
    between(label.icc, v.icc, 0, 1, false, "");
    for (const key of ["planned", "tokens_in", "tokens_out", "judge_in", "judge_out"]) {
      if (v[key] < 0) throw new EvaluationError(`${label[key]} must be zero or more, not ${fmt(v[key])}`);
    }
    for (const key of ["per_doc", "systems", "repeats"]) {
      if (v[key] < 1 || !isWhole(v[key])) {
        throw new EvaluationError(`${label[key]} must be a whole number from 1, not ${fmt(v[key])}`);
      }
    }
    if (!isWhole(v.planned)) throw new EvaluationError(`${label.planned} must be a whole number, not ${fmt(v.planned)}`);
    for (const key of ["model", "judge_model"]) {
      const name = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : data.defaults[key];
      if (name && !Object.prototype.hasOwnProperty.call(data.models, name)) {
        throw new EvaluationError(`${label[key]}: no list price for '${name}'; models are: ${Object.keys(data.models).join(", ")}`);
      }
      v[key] = name || "";
    }
    const sens = v.judge_pass / 100, spec = v.judge_fail / 100;
    if (sens + spec <= 1) {
      throw new EvaluationError("The judge must agree with people more often than chance: the two judge rates " +
        `add up to ${fmt(v.judge_pass + v.judge_fail)}%, and need more than 100%`);
    }
    const out = {
      mode: mode, p_a: v.baseline / 100, alpha: v.alpha / 100, power: v.power / 100, sens: sens, spec: spec,
      planned: v.planned, per_doc: v.per_doc, icc: v.icc, systems: v.systems, repeats: v.repeats,
      tokens_in: v.tokens_in, tokens_out: v.tokens_out, judge_in: v.judge_in, judge_out: v.judge_out,
      model: v.model, judge_model: v.judge_model,
    };
    if (mode === "measure") {
      if (v.half_width <= 0 || v.half_width >= 50) {
        throw new EvaluationError(`${label.half_width} must be more than 0 and below 50 points, ` +
          `not ${fmt(v.half_width)}`);
      }
      out.half_width = v.half_width / 100;
      return out;
    }
    const d = v.difference / 100;
    if (d <= 0) throw new EvaluationError(`${label.difference} must be more than 0 points, not ${fmt(v.difference)}`);
    if (v.baseline + v.difference > 100) {
      throw new EvaluationError(`${label.baseline} plus the difference is ${fmt(v.baseline + v.difference)}%; ` +
        "it cannot pass 100%");
    }
    out.d = d;
    out.paired = v.paired === 1;
    if (v.paired !== 0 && v.paired !== 1) {
      throw new EvaluationError(`${label.paired}: expected 1 (yes) or 0 (no), not ${fmt(v.paired)}`);
    }
    if (out.paired) {
      const q = v.disagree / 100;
      if (q < d || q > 1) {
        throw new EvaluationError(`${label.disagree} must be at least the difference (${fmt(v.difference)}%) ` +
          `and at most 100%, not ${fmt(v.disagree)}%`);
      }
      if ((q - d) / 2 > out.p_a || (q + d) / 2 > 1 - out.p_a) {
        throw new EvaluationError(`${label.disagree}: ${fmt(v.disagree)}% is more than these accuracies allow; ` +
          "each system can be alone in being right only where the other is wrong");
      }
      out.q = q;
    }
    return out;
  }

  function cases(x) {
    const nearest = Math.round(x);
    return Math.abs(x - nearest) < 1e-9 ? nearest : Math.ceil(x);
  }

  function grid(data, top) {
    const step = Math.max(1, Math.ceil(top / data.curve_points));
    const out = [];
    for (let i = 0; i <= data.curve_points; i++) out.push(i * step);
    return out;
  }

  function cost(data, s, count) {
    const runs = count * s.systems * s.repeats;
    let answers = 0.0, judge = 0.0;
    if (s.model) {
      const m = data.models[s.model];
      answers = runs * (s.tokens_in * m.input + s.tokens_out * m.output) / 1e6;
    }
    if (s.judge_model) {
      const j = data.models[s.judge_model];
      judge = runs * (s.judge_in * j.input + s.judge_out * j.output) / 1e6;
    }
    return { runs: runs, answers: answers, judge: judge, total: answers + judge };
  }

  /* Same input and output as evaluation.compute; throws EvaluationError. */
  function compute(data, values) {
    const s = validated(data, values);
    const deff = designEffect(s.per_doc, s.icc);
    const confidence = 1 - s.alpha;
    const out = { mode: s.mode, design_effect: deff };
    let costCases;
    if (s.mode === "measure") {
      const p = s.p_a;
      let n = 1;
      while (n < data.max_cases) {
        const [low, high] = wilsonInterval(p, n, confidence);
        if ((high - low) / 2 <= s.half_width) break;
        n = n * 2;
      }
      let loN = Math.floor(n / 2), hiN = n;
      while (hiN - loN > 1) {
        const mid = Math.floor((loN + hiN) / 2);
        const [low, high] = wilsonInterval(p, mid, confidence);
        if ((high - low) / 2 <= s.half_width) hiN = mid; else loN = mid;
      }
      const needed = cases(hiN * deff);
      const top = Math.max(needed * 2, s.planned * 1.25, 10);
      const curve = [];
      for (const c of grid(data, top)) {
        if (c === 0) continue;
        const [low, high] = wilsonInterval(p, c / deff, confidence);
        curve.push([c, (high - low) / 2]);
      }
      out.needed = needed;
      out.curve = curve;
      costCases = Math.trunc(s.planned) || needed;
    } else {
      const pA = s.p_a, d = s.d;
      const seenA = judged(pA, s.sens, s.spec), seenB = judged(pA + d, s.sens, s.spec);
      const seenD = seenB - seenA;
      let raw, powerAt;
      if (s.paired) {
        const q = judgedDisagreement(pA, d, s.q, s.sens, s.spec);
        raw = pairedCases(seenD, q, s.alpha, s.power);
        powerAt = (c) => pairedPower(seenD, q, s.alpha, c / deff);
        out.seen_disagree = q;
      } else {
        raw = unpairedCases(seenA, seenB, s.alpha, s.power);
        powerAt = (c) => unpairedPower(seenA, seenB, s.alpha, c / deff);
      }
      const needed = cases(raw * deff);
      const top = Math.max(needed * 1.5, s.planned * 1.25, 10);
      out.paired = s.paired;
      out.needed = needed;
      out.total_cases = s.paired ? needed : 2 * needed;
      out.seen_a = seenA;
      out.seen_b = seenB;
      out.seen_difference = seenD;
      out.curve = grid(data, top).map((c) => [c, c > 0 ? powerAt(c) : 0.0]);
      if (s.planned > 0) out.power_at_planned = powerAt(s.planned);
      costCases = Math.trunc(s.planned) || needed;
    }
    out.documents = Math.ceil(out.needed / s.per_doc);
    if (s.planned > 0) {
      const [low, high] = wilsonInterval(s.p_a, s.planned / deff, confidence);
      const [wLow, wHigh] = waldInterval(s.p_a, s.planned / deff, confidence);
      out.interval_at_planned = { wilson: [low, high], wald: [wLow, wHigh] };
    }
    out.cost_cases = costCases;
    out.cost = cost(data, s, costCases);
    return out;
  }

  /* ---- Words (evaluation.sentences, word for word) --------------------------------------- */

  function round(x, places) {
    const scale = 10 ** places;
    return Math.floor(x * scale + 0.5) / scale;
  }

  function pct(share) {
    const x = round(share * 100, 1);
    return Number.isInteger(x) ? `${x}%` : `${x.toFixed(1)}%`;
  }

  function count(n) { return Math.trunc(n).toLocaleString("en-US"); }

  function money(x) {
    if (x < 100) {
      return "$" + round(x, 2).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    return "$" + Math.trunc(round(x, 0)).toLocaleString("en-US");
  }

  function sentences(data, values, result) {
    const s = validated(data, values);
    const often = (share) => {
      const x = round(share * 100, 0);
      return data.often[String(x)] || `${x}% of the time`;
    };
    const out = [];
    const confidence = pct(1 - s.alpha);
    let docs = "";
    if (s.per_doc > 1) {
      docs = `, from about ${count(result.documents)} documents of ${count(s.per_doc)} cases each`;
    }
    if (s.mode === "measure") {
      out.push(`To know a rate near ${pct(s.p_a)} to within ±${pct(s.half_width).slice(0, -1)} points ` +
        `(${confidence} confidence), you need ${count(result.needed)} cases${docs}.`);
    } else {
      const a = pct(s.p_a), b = pct(s.p_a + s.d);
      const size = result.paired ?
        `${count(result.needed)} cases, each answered by both systems` :
        `${count(result.needed)} cases for each system (${count(result.total_cases)} in all)`;
      out.push(`To tell ${b} from ${a} ${often(s.power)} at ${pct(s.alpha)} significance, ` +
        `you need ${size}${docs}.`);
      if (s.sens < 1 || s.spec < 1) {
        out.push(`Your judge scores them as ${pct(result.seen_b)} and ${pct(result.seen_a)}: ` +
          `a ${pct(result.seen_difference).slice(0, -1)}-point gap instead of ` +
          `${pct(s.d).slice(0, -1)}, which is why it takes more cases.`);
      }
      if (s.planned > 0) {
        const kind = result.paired ? "paired " : "";
        const each = result.paired ? "" : " for each system";
        out.push(`With ${count(s.planned)} ${kind}cases${each} you would tell them apart ` +
          `${often(result.power_at_planned)}.`);
      }
    }
    if (s.planned > 0) {
      const [low, high] = result.interval_at_planned.wilson;
      out.push(`On ${count(s.planned)} cases, a score of ${pct(s.p_a)} has a ` +
        `${confidence} interval from ${pct(low)} to ${pct(high)}.`);
    }
    const c = result.cost;
    if (c.total > 0) {
      const parts = [];
      const runs = count(c.runs);
      if (c.answers > 0) parts.push(`${money(c.answers)} for ${runs} answers from ${data.models[s.model].name}`);
      if (c.judge > 0) parts.push(`${money(c.judge)} for ${runs} verdicts from ${data.models[s.judge_model].name}`);
      out.push(`One run costs about ${money(c.total)} at list prices: ${parts.join(" and ")}.`);
    }
    return out;
  }

  /* evaluation.parse_query's reading of one typed value. */
  function readValue(key, text) {
    if (["mode", "model", "judge_model"].includes(key)) return text;
    const cleaned = text.replace(/,/g, "").trim();
    return /^-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/.test(cleaned) ? Number(cleaned) : text;
  }

  /* ---- The page ------------------------------------------------------------------------- */

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

  const GROUPS = [
    ["The question", ["mode", "baseline", "difference", "paired", "disagree", "half_width", "alpha", "power", "planned"]],
    ["Cases that come in groups", ["per_doc", "icc"]],
    ["A judge model instead of people", ["judge_pass", "judge_fail", "judge_model", "judge_in", "judge_out"]],
    ["What a run costs", ["systems", "repeats", "model", "tokens_in", "tokens_out"]],
  ];

  function unitText(f) {
    if (f.unit === "percent") return `%; ${f.help}`;
    if (f.unit === "points") return `points; ${f.help}`;
    return f.help;
  }

  function mount(root) {
    if (root.hasAttribute("data-dt-mounted")) return;
    root.setAttribute("data-dt-mounted", "");
    const data = JSON.parse(root.querySelector("template.dt-eval-data").innerHTML);
    const uid = root.id || "dt-eval";
    const form = el("form", { class: "dt-eval-form", novalidate: true });
    form.addEventListener("submit", (e) => e.preventDefault());
    root.querySelector(".dt-eval-nojs")?.remove();
    const specs = Object.fromEntries(data.fields.map((f) => [f.key, f]));
    const inputs = {};
    const rows = {};
    let preset = data.default_preset;

    const presetSelect = el("select", { id: `${uid}-preset`, name: "preset" },
      Object.entries(data.presets).map(([k, p]) => el("option", { value: k, text: p.title })));
    const summary = el("p", { class: "dt-eval-note" });

    function control(f) {
      const id = `${uid}-${f.key.replace(/_/g, "-")}`;
      let input;
      if (f.unit === "mode") {
        input = el("select", { id: id, name: f.key }, Object.entries(data.modes).map(([k, t]) => el("option", { value: k, text: t })));
      } else if (f.unit === "flag") {
        input = el("select", { id: id, name: f.key }, [el("option", { value: "1", text: "Yes" }), el("option", { value: "0", text: "No" })]);
      } else if (f.unit === "model") {
        const options = Object.entries(data.models).map(([k, m]) =>
          el("option", { value: k, text: `${m.name} ($${m.input} in, $${m.output} out per 1M tokens)` }));
        if (f.key === "judge_model") options.unshift(el("option", { value: "", text: "None: people grade" }));
        input = el("select", { id: id, name: f.key }, options);
      } else {
        input = el("input", { id: id, name: f.key, type: "text", inputmode: "decimal", autocomplete: "off",
          spellcheck: "false", "aria-describedby": `${id}-unit` });
      }
      inputs[f.key] = input;
      const unit = f.unit === "mode" || f.unit === "flag" ? null :
        el("span", { class: "dt-eval-unit", id: `${id}-unit`, text: unitText(f) });
      if (input.tagName === "SELECT" && unit) input.setAttribute("aria-describedby", `${id}-unit`);
      else if (input.tagName === "SELECT") input.removeAttribute("aria-describedby");
      const row = el("p", { class: "dt-eval-field" }, [el("label", { for: id, text: f.label }), input, unit]);
      rows[f.key] = row;
      return row;
    }

    const groups = GROUPS.map(([title, keys]) => el("fieldset", { class: "dt-eval-group" }, [
      el("legend", { text: title }), ...keys.map((k) => control(specs[k]))]));
    const sources = el("p", { class: "dt-eval-note" });
    const prices = Object.values(data.models);
    if (prices.length) {
      const first = prices[0];
      sources.append("List prices in USD from ",
        el("a", { href: first.url, text: first.source }), `, read ${first.checked}. Token counts are our assumptions: put in yours.`);
    }

    const status = el("p", { class: "dt-eval-error", role: "alert" });
    const said = el("div", { class: "dt-eval-sentences", "aria-live": "polite" });
    const chart = el("figure", { class: "dt-eval-chart" });
    const numbers = el("details", { class: "dt-eval-numbers" });
    const linkField = el("input", { class: "dt-eval-link", type: "text", readonly: true, id: `${uid}-link` });
    const copied = el("span", { class: "dt-eval-copied", role: "status" });
    const copyButton = el("button", { type: "button", class: "md-button", text: "Copy link to this plan" });
    copyButton.addEventListener("click", () => {
      const fallback = () => {
        linkField.focus(); linkField.select();
        copied.textContent = "Press Ctrl+C (⌘C on a Mac) to copy the selected link.";
      };
      if (!navigator.clipboard || !window.isSecureContext) return fallback();
      navigator.clipboard.writeText(linkField.value).then(() => { copied.textContent = "Link copied."; }, fallback);
    });
    const results = el("div", { class: "dt-eval-results" }, [status, said, chart, numbers,
      el("p", { class: "dt-eval-share" }, [el("label", { for: `${uid}-link`, text: "Link to this plan" }),
        linkField, copyButton, copied])]);

    form.append(
      el("p", { class: "dt-eval-field dt-eval-preset" }, [el("label", { for: `${uid}-preset`, text: "Question" }), presetSelect]),
      summary, results, el("div", { class: "dt-eval-groups" }, groups), sources);
    root.append(form);

    function presetValues(key) { return { ...data.defaults, ...data.presets[key].values }; }

    function fill(values) {
      for (const [key, input] of Object.entries(inputs)) input.value = String(values[key]);
    }

    function showMode() {
      const mode = inputs.mode.value;
      for (const f of data.fields) rows[f.key].hidden = !f.modes.includes(mode);
      rows.disagree.hidden = rows.disagree.hidden || inputs.paired.value !== "1";
    }

    /* The form's inputs as plain data, read the way a link is read. */
    function values() {
      const out = {};
      for (const [key, input] of Object.entries(inputs)) out[key] = readValue(key, input.value);
      return out;
    }

    function writeUrl(push) {
      const params = new URLSearchParams(location.search);
      for (const k of [...params.keys()]) if (k === "preset" || k in inputs) params.delete(k);
      params.set("preset", preset);
      const base = presetValues(preset);
      for (const [key, input] of Object.entries(inputs)) {
        if (input.value.trim() !== String(base[key])) params.set(key, input.value.trim());
      }
      const url = location.pathname + "?" + params.toString().replace(/%2C/g, ",") + location.hash;
      if (url !== location.pathname + location.search + location.hash) {
        history[push ? "pushState" : "replaceState"](history.state, "", url);
      }
      return new URL(url, location.href).href;
    }

    function readUrl() {
      const params = new URLSearchParams(location.search);
      const key = params.get("preset");
      preset = key && data.presets[key] ? key : data.default_preset;
      presetSelect.value = preset;
      summary.textContent = data.presets[preset].summary;
      fill(presetValues(preset));
      for (const k of Object.keys(inputs)) if (params.has(k)) inputs[k].value = params.get(k);
      showMode();
    }

    function drawChart(result, s) {
      const W = Math.round(Math.max(300, Math.min(640, chart.clientWidth || 640)));
      const H = Math.round(Math.max(220, W * 0.45)), L = 56, R = 14, T = 14, B = 40;
      const measure = result.mode === "measure";
      const pts = result.curve;
      const maxX = pts[pts.length - 1][0] || 1;
      const maxY = measure ? Math.max(...pts.map((p) => p[1])) * 100 : 100;
      const topY = measure ? niceCeil(maxY) : 100;
      const x = (c) => L + (c / maxX) * (W - L - R);
      const y = (v) => T + (H - T - B) * (1 - v / topY);
      const parts = [];
      for (let i = 0; i <= 4; i++) {
        const v = (topY * i) / 4;
        parts.push(svg("line", { class: "dt-eval-grid", x1: L, x2: W - R, y1: y(v), y2: y(v) }),
          svg("text", { class: "dt-eval-tick", x: L - 6, y: y(v) + 4, "text-anchor": "end",
            text: measure ? `±${round(v, 1)}` : `${round(v, 0)}%` }));
      }
      for (let i = 0; i <= 4; i++) {
        const c = Math.round((maxX * i) / 4);
        parts.push(svg("text", { class: "dt-eval-tick", x: x(c), y: H - B + 18, "text-anchor": i === 0 ? "start" : i === 4 ? "end" : "middle",
          text: count(c) }));
      }
      parts.push(svg("text", { class: "dt-eval-tick", x: W - R, y: H - 4, "text-anchor": "end", text: "cases" }));
      const target = measure ? s.half_width * 100 : s.power * 100;
      parts.push(svg("line", { class: "dt-eval-target", x1: L, x2: W - R, y1: y(target), y2: y(target) }));
      const d = pts.map((p, i) => `${i ? "L" : "M"}${x(p[0]).toFixed(1)},${y(p[1] * 100).toFixed(1)}`).join("");
      parts.push(svg("path", { class: "dt-eval-curve", d: d }));
      parts.push(svg("line", { class: "dt-eval-needed", x1: x(result.needed), x2: x(result.needed), y1: T, y2: H - B }),
        svg("circle", { class: "dt-eval-mark", cx: x(result.needed), cy: y(target), r: 5 }, [
          svg("title", { text: `${count(result.needed)} cases needed` })]));
      if (s.planned > 0 && s.planned <= maxX) {
        const at = measure ? (() => { const [lo, hi] = result.interval_at_planned.wilson; return (hi - lo) / 2; })() : result.power_at_planned;
        parts.push(svg("circle", { class: "dt-eval-planned", cx: x(s.planned), cy: y(at * 100), r: 5 }, [
          svg("title", { text: `${count(s.planned)} cases planned` })]));
      }
      const what = measure ? "Half-width of the 95% interval, in points" : "Power: how often the difference would show";
      chart.replaceChildren(
        svg("svg", { class: "dt-eval-svg", viewBox: `0 0 ${W} ${H}`, role: "img",
          "aria-label": `${what}, against the number of cases; the sentences above give the result in words ` +
            "and the table below gives the chart's numbers." }, parts),
        el("figcaption", {}, [what + ` against cases. The dashed line is your target; the vertical line marks the ${count(result.needed)} cases needed` +
          (s.planned > 0 ? "; the hollow circle, the cases you plan." : ".")]));
      const open = numbers.open;
      numbers.replaceChildren(el("summary", { text: "The chart's numbers" }),
        el("div", { class: "dt-eval-scroll", tabindex: "0", role: "region", "aria-label": "The chart's numbers" }, [
          el("table", {}, [
            el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: "Cases" }),
              el("th", { scope: "col", text: measure ? "± points" : "Power" })])]),
            el("tbody", {}, pts.filter((_, i) => i % 6 === 0).map((p) => el("tr", {}, [
              el("th", { scope: "row", text: count(p[0]) }),
              el("td", { text: measure ? `±${round(p[1] * 100, 1)}` : pct(p[1]) })])))])]));
      numbers.open = open;
    }

    function niceCeil(v) {
      const p = Math.pow(10, Math.floor(Math.log10(v)));
      for (const m of [1, 2, 2.5, 5, 10]) if (v <= m * p) return m * p;
      return 10 * p;
    }

    function update(push) {
      showMode();
      for (const input of Object.values(inputs)) input.removeAttribute("aria-invalid");
      let result, v, s;
      try {
        v = values();
        result = compute(data, v);
        s = validated(data, v);
      } catch (err) {
        if (!(err instanceof EvaluationError)) throw err;
        status.textContent = err.message;
        const bad = data.fields.find((f) => err.message.startsWith(f.label));
        if (bad) inputs[bad.key].setAttribute("aria-invalid", "true");
        results.classList.add("dt-eval-stale");
        linkField.value = writeUrl(push);
        return;
      }
      status.textContent = "";
      results.classList.remove("dt-eval-stale");
      said.replaceChildren(...sentences(data, v, result).map((t) => el("p", { text: t })));
      drawChart(result, s);
      linkField.value = writeUrl(push);
      copied.textContent = "";
    }

    presetSelect.addEventListener("change", () => {
      preset = presetSelect.value;
      summary.textContent = data.presets[preset].summary;
      fill(presetValues(preset));
      update(true);
    });
    form.addEventListener("input", (e) => { if (e.target !== presetSelect) update(false); });
    form.addEventListener("change", (e) => { if (e.target !== presetSelect) update(false); });
    readUrl();
    update(false);
    instances.push({ root: root, sync: () => { readUrl(); update(false); } });
  }

  let instances = [];

  window.addEventListener("popstate", () => {
    instances = instances.filter((c) => c.root.isConnected);
    instances.forEach((c) => c.sync());
  });

  function mountAll() { document.querySelectorAll(".dt-eval").forEach(mount); }

  /* For tests and the curious: the model, without the page. */
  window.dtEvaluation = {
    compute: (data, values) => {
      try { return compute(data, values); }
      catch (err) { if (err instanceof EvaluationError) return { error: err.message }; throw err; }
    },
    sentences: sentences,
    cdf: cdf,
    invCdf: invCdf,
    readValue: readValue,
  };

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mountAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
})();
