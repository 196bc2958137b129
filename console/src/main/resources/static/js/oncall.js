/*
 * On-call dashboard: short polling (every 5 s, no page reloads) of the review queue, the forecast, routing and
 * deliveries; runbooks as forms (dry run first, then a confirmed run with an Idempotency-Key); the audit trail and
 * the pages sent. Data the services do not offer yet is said plainly, never made up.
 */
(function () {
  "use strict";
  const t = Console.t;
  const $ = (id) => document.getElementById(id);
  const PRIORITIES = ["P1", "P2", "P3", "P4"];
  const POLL_MS = 5000;
  const KEEP_POINTS = 180; // 15 minutes at 5 s
  const TOPICS = ["general", "product_info", "availability", "rare_manga", "recommendation", "order_status",
    "refund", "complaint", "legal"];
  const PRIORITY_COLOURS = ["#b00020", "#a04800", "#0b5cad", "#4a4a4a"];

  // ---------------------------------------------------------------- charts that update in place

  const charts = {};

  /** Draws or updates the chart in container id; a chart whose shape changed is drawn again. */
  function plot(id, kind, spec) {
    const container = $(id);
    if (!container) return;
    const data = kind === "bars"
      ? [spec.labels.map((_, i) => i)].concat(spec.series.map((s) => s.values))
      : [spec.x].concat(spec.series.map((s) => s.values));
    const shape = kind + "|" + (spec.labels || []).join(",") + "|" + spec.series.map((s) => s.label).join(",");
    const existing = charts[id];
    if (existing && existing.shape === shape) {
      existing.chart.setData(data);
      return;
    }
    if (existing) existing.chart.destroy();
    container.textContent = "";
    const chart = kind === "bars" ? Charts.bars(container, spec) : Charts.lines(container, spec);
    charts[id] = { chart: chart, shape: shape };
  }

  function clearChart(id) {
    if (charts[id]) {
      charts[id].chart.destroy();
      delete charts[id];
    }
    const container = $(id);
    if (container) container.textContent = "";
  }

  function show(id, text, kind) {
    const node = $(id);
    if (!node) return;
    node.hidden = !text;
    node.textContent = text || "";
    if (kind) node.className = kind;
  }

  function number(value, digits) {
    if (value === null || value === undefined || value === "") return "–";
    if (typeof value === "string") return value;
    if (!isFinite(value)) return "∞";
    return Number(value).toLocaleString(Console.lang, { maximumFractionDigits: digits === undefined ? 1 : digits });
  }

  function percent(value) {
    if (value === null || value === undefined || typeof value !== "number") return "–";
    return (value * 100).toLocaleString(Console.lang, { maximumFractionDigits: 1 }) + "%";
  }

  /** A finite number for plotting (Infinity, NaN, strings and null become null: a gap). */
  function finite(value) {
    return typeof value === "number" && isFinite(value) ? value : null;
  }

  function time(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    return isNaN(d) ? String(iso) : d.toLocaleString(Console.lang);
  }

  // ---------------------------------------------------------------- review queue

  const series = { x: [], depth: { P1: [], P2: [], P3: [], P4: [] }, arrivals: [], completions: [] };

  async function pollQueue() {
    const [stats, roster] = await Promise.all([
      Console.api("reviews", "GET", "/api/reviews/stats"),
      Console.api("reviews", "GET", "/api/reviewers"),
    ]);
    if (!stats.ok) {
      show("queue-error", t("oncall.queue.unavailable") + " " + Console.problemText(stats));
    } else {
      show("queue-error", roster.ok ? "" : t("oncall.queue.rosterUnavailable") + " " + Console.problemText(roster));
      renderStats(stats.data);
    }
    if (roster.ok) renderRoster(roster.data);
    $("oncall-updated").textContent = t("common.updatedAt", { 0: new Date().toLocaleTimeString(Console.lang) });
  }

  function renderStats(s) {
    const per = s.perPriority || {};
    const at = s.at ? Date.parse(s.at) / 1000 : Date.now() / 1000;
    series.x.push(at);
    PRIORITIES.forEach((p) => {
      const depth = per[p] ? per[p].depth : 0;
      series.depth[p].push(depth);
      $("queue-depth-" + p).textContent = number(depth, 0);
    });
    series.arrivals.push(finite(s.arrivalsPerMinute));
    series.completions.push(finite(s.completionsPerMinute));
    if (series.x.length > KEEP_POINTS) {
      series.x.shift();
      PRIORITIES.forEach((p) => series.depth[p].shift());
      series.arrivals.shift();
      series.completions.shift();
    }
    $("queue-depth-total").textContent = number(s.depth, 0);
    if (typeof s.activeReviewers === "number") $("active-reviewers").textContent = number(s.activeReviewers, 0);
    if (typeof s.minimumStaffing === "number") $("minimum-staffing").textContent = number(s.minimumStaffing, 0);
    staffingState(s.belowMinimumStaffing);

    plot("queue-depth-chart", "lines", {
      title: t("oncall.queue.depthChart"), x: series.x.slice(), yLabel: t("oncall.queue.tasks"),
      series: PRIORITIES.map((p, i) => ({ label: p, values: series.depth[p].slice(), color: PRIORITY_COLOURS[i] })),
    });
    plot("queue-flow-chart", "lines", {
      title: t("oncall.queue.flowChart"), x: series.x.slice(), yLabel: t("oncall.queue.perMinute"),
      series: [
        { label: t("oncall.queue.arrivals"), values: series.arrivals.slice(), color: "#b00020" },
        { label: t("oncall.queue.completions"), values: series.completions.slice(), color: "#1d6b2f" },
      ],
    });
    plot("queue-age-chart", "bars", {
      title: t("oncall.queue.ageChart"), labels: PRIORITIES, yLabel: t("oncall.queue.seconds"),
      series: [{ label: t("oncall.queue.oldestAge"), values: PRIORITIES.map((p) => per[p] ? per[p].oldestAgeSeconds : 0) }],
    });
    plot("queue-breach-chart", "bars", {
      title: t("oncall.queue.breachChart"), labels: PRIORITIES, yLabel: "%",
      series: [{ label: t("oncall.queue.breachRate"), color: "#b00020",
        values: PRIORITIES.map((p) => per[p] ? Math.round(per[p].slaBreachRate * 1000) / 10 : 0) }],
    });
  }

  function renderRoster(r) {
    if (typeof r.activeReviewers === "number") $("active-reviewers").textContent = number(r.activeReviewers, 0);
    if (typeof r.minimumStaffing === "number") $("minimum-staffing").textContent = number(r.minimumStaffing, 0);
    staffingState(r.belowMinimum);
  }

  function staffingState(below) {
    if (below === undefined || below === null) return;
    const node = $("staffing-state");
    node.textContent = below ? t("oncall.queue.belowMinimum") : t("oncall.queue.staffed");
    node.className = below ? "status-bad" : "status-ok";
  }

  // ---------------------------------------------------------------- forecast

  async function pollForecast() {
    const result = await Console.api("thresholds", "GET", "/api/capacity/forecast");
    if (!result.ok) {
      const signals = result.problem && result.problem.code === "SIGNALS_UNAVAILABLE";
      show("forecast-unavailable", signals ? t("oncall.forecast.signalsUnavailable") : Console.problemText(result));
      $("forecast-summary").textContent = "";
      clearChart("forecast-depth-chart");
      clearChart("forecast-breach-chart");
      return;
    }
    show("forecast-unavailable", "");
    const view = result.data || {};
    const f = view.forecast || {};
    const per = f.perPriority || [];
    const labels = per.map((p) => p.priority);
    $("forecast-summary").textContent = t("oncall.forecast.summary", {
      horizon: f.horizon || "",
      now: number(f.totalDepth, 0),
      projected: number(f.totalProjectedDepth, 1),
      capacity: number(f.capacityPerHour, 1),
      level: view.backpressureLevel || "–",
    });
    plot("forecast-depth-chart", "bars", {
      title: t("oncall.forecast.depthChart"), labels: labels, yLabel: t("oncall.queue.tasks"),
      series: [
        { label: t("oncall.forecast.now"), values: per.map((p) => finite(p.depth)), color: "#4a4a4a" },
        { label: t("oncall.forecast.projected"), values: per.map((p) => finite(p.projectedDepth)), color: "#0b5cad" },
      ],
    });
    plot("forecast-breach-chart", "bars", {
      title: t("oncall.forecast.breachChart"), labels: labels, yLabel: "%",
      series: [{ label: t("oncall.forecast.breachProbability"), color: "#b00020",
        values: per.map((p) => finite(p.breachProbability) === null ? null : Math.round(p.breachProbability * 1000) / 10) }],
    });
  }

  // ---------------------------------------------------------------- routing (escalation and confidence)

  let routing = null;

  function notYet(id, what) {
    const node = $(id);
    node.hidden = false;
    node.className = "panel unavailable";
    node.textContent = t("oncall.notYet", { what: what });
  }

  async function pollRouting() {
    const result = await Console.api("thresholds", "GET", "/api/routing/stats?hours=24");
    if (result.status === 404) {
      notYet("routing-unavailable", "GET /api/routing/stats");
      $("routing-content").hidden = true;
      return;
    }
    if (!result.ok) {
      show("routing-unavailable", Console.problemText(result), "banner error");
      return;
    }
    $("routing-unavailable").hidden = true;
    $("routing-content").hidden = false;
    routing = result.data || {};
    const categories = routing.categories || [];
    plot("routing-escalation-chart", "bars", {
      title: t("oncall.routing.escalationChart"), labels: categories.map((c) => c.category), yLabel: "%",
      series: [{ label: t("oncall.routing.escalationRate"), color: "#a04800",
        values: categories.map((c) => typeof c.escalationRate === "number" ? Math.round(c.escalationRate * 1000) / 10 : null) }],
    });
    drawHourly(categories);
    const select = $("routing-category");
    const chosen = select.value;
    if (select.options.length !== categories.length) {
      select.textContent = "";
      categories.forEach((c) => select.appendChild(Console.el("option", { value: c.category }, c.category)));
      if (chosen) select.value = chosen;
    }
    drawHistogram();
  }

  /** Escalation rate per hour and category, on the hours any category reports. */
  function drawHourly(categories) {
    const hours = new Set();
    categories.forEach((c) => (c.hourly || []).forEach((h) => {
      const at = Date.parse(h.hour);
      if (!isNaN(at)) hours.add(at / 1000);
    }));
    const x = Array.from(hours).sort((a, b) => a - b);
    const shown = categories.filter((c) => (c.hourly || []).some((h) => typeof h.escalationRate === "number"));
    if (!x.length || !shown.length) {
      clearChart("routing-hourly-chart");
      return;
    }
    plot("routing-hourly-chart", "lines", {
      title: t("oncall.routing.hourlyChart"), x: x, yLabel: "%",
      series: shown.map((c) => {
        const byHour = {};
        (c.hourly || []).forEach((h) => { byHour[Date.parse(h.hour) / 1000] = h.escalationRate; });
        return { label: c.category, values: x.map((at) => typeof byHour[at] === "number" ? Math.round(byHour[at] * 1000) / 10 : null) };
      }),
    });
  }

  function drawHistogram() {
    if (!routing) return;
    const category = (routing.categories || []).find((c) => c.category === $("routing-category").value);
    if (!category || !category.histogram || !Array.isArray(category.histogram.counts)) {
      clearChart("routing-histogram-chart");
      return;
    }
    const width = category.histogram.binWidth || 1 / category.histogram.counts.length;
    plot("routing-histogram-chart", "bars", {
      title: t("oncall.routing.histogramChart") + " · " + category.category + " (" + number(category.turns, 0) + ")",
      labels: category.histogram.counts.map((_, i) => (i * width).toFixed(2)), yLabel: t("oncall.routing.turns"),
      series: [{ label: t("oncall.routing.turns"), values: category.histogram.counts.slice(), color: "#0b5cad" }],
    });
  }

  // ---------------------------------------------------------------- deliveries

  async function pollDeliveries() {
    const result = await Console.api("deliveries", "GET", "/api/deliveries/stats");
    if (result.status === 404) {
      notYet("deliveries-unavailable", "GET /api/deliveries/stats");
      $("watchdog-heartbeat").textContent = "";
      return;
    }
    if (!result.ok) {
      show("deliveries-unavailable", Console.problemText(result), "banner error");
      return;
    }
    $("deliveries-unavailable").hidden = true;
    const d = result.data || {};
    const names = Object.keys(d).filter((k) => typeof d[k] === "number");
    if (names.length) {
      plot("deliveries-chart", "bars", {
        title: t("oncall.deliveries.chart"), labels: names.map((n) => t("oncall.deliveries.field." + n) === "oncall.deliveries.field." + n ? n : t("oncall.deliveries.field." + n)),
        series: [{ label: t("oncall.deliveries.count"), values: names.map((n) => d[n]), color: "#0b5cad" }],
      });
    }
    const w = d.watchdog || {};
    const node = $("watchdog-heartbeat");
    if (w.lastRunAt) {
      const age = (Date.now() - Date.parse(w.lastRunAt)) / 1000;
      node.textContent = t("oncall.deliveries.heartbeat", { age: Console.clock(age), interval: w.interval || "–" })
        + (w.stale ? " · " + t("oncall.deliveries.stale") : "");
    } else {
      node.textContent = t("oncall.deliveries.noHeartbeat") + (w.stale ? " · " + t("oncall.deliveries.stale") : "");
    }
    node.className = w.stale ? "status-bad oncall-stale" : "status-ok";
  }

  // ---------------------------------------------------------------- runbooks

  const list = (name) => ({ name: name, type: "list" });
  const RUNBOOKS = [
    { name: "reviews-reprioritise", service: "reviews", path: "/api/runbook/reviews/reprioritise", fields: [
      { name: "toPriority", type: "select", options: ["P1", "P2", "P3", "P4"], required: true },
      list("topics"), { name: "olderThanSeconds", type: "integer" }] },
    { name: "reviews-auto-deliver-aged", service: "reviews", path: "/api/runbook/reviews/auto-deliver-aged", fields: [
      { name: "olderThanSeconds", type: "integer", placeholder: "300" }] },
    { name: "reviews-bulk-approve", service: "reviews", path: "/api/runbook/reviews/bulk-approve", fields: [
      { name: "minimumConfidence", type: "decimal", required: true, placeholder: "0.9" }, list("topics")] },
    { name: "reviews-page-backup-reviewers", service: "reviews", path: "/api/runbook/reviews/page-backup-reviewers",
      fields: [{ name: "message", type: "text" }] },
    { name: "reviews-drain-timed-out", service: "reviews", path: "/api/runbook/reviews/drain-timed-out", fields: [] },
    { name: "deliveries-retry", service: "deliveries", path: "/api/runbook/deliveries/retry", fields: [
      { name: "from", type: "instant" }, { name: "to", type: "instant" }] },
    { name: "deliveries-apologies", service: "deliveries", path: "/api/runbook/deliveries/apologies", fields: [] },
    { name: "feedback-quarantine", service: "feedback", path: "/api/runbook/feedback/quarantine", fields: [
      { name: "scope", type: "select", options: ["ACCOUNT", "SESSION"], required: true },
      { name: "ids", type: "list", required: true }] },
    { name: "feedback-quarantine-lift", service: "feedback", path: "/api/runbook/feedback/quarantine/lift", fields: [
      { name: "scope", type: "select", options: ["ACCOUNT", "SESSION"], required: true },
      { name: "ids", type: "list", required: true }] },
    { name: "feedback-backfill", service: "feedback", path: "/api/runbook/feedback/backfill", fields: [
      { name: "from", type: "instant", required: true }, { name: "to", type: "instant", required: true },
      { name: "jobId", type: "text" }] },
    { name: "feedback-improvement-freeze", service: "feedback", path: "/api/runbook/feedback/improvement/freeze",
      fields: [] },
    { name: "thresholds-emergency-relaxation", service: "thresholds",
      path: "/api/runbook/thresholds/emergency-relaxation", fields: [
        { name: "autoRespondMin", type: "decimal", required: true, placeholder: "0.7" },
        list("categories"), { name: "durationMinutes", type: "integer", placeholder: "120" }] },
    { name: "thresholds-emergency-relaxation-lift", service: "thresholds",
      path: "/api/runbook/thresholds/emergency-relaxation/lift", fields: [list("categories")] },
    { name: "thresholds-revert", service: "thresholds", path: "/api/runbook/thresholds/revert",
      fields: [list("categories")] },
    { name: "prompts-rollback", service: "thresholds", path: "/api/runbook/prompts/rollback", fields: [
      { name: "promptId", type: "text", placeholder: "answering-system" }] },
  ];

  /** The dry run that may be confirmed: its signature (runbook, parameters, reason) and the key of the real run. */
  let approved = null;
  let running = false;

  function current() {
    return RUNBOOKS.find((r) => r.name === $("runbook-select").value) || RUNBOOKS[0];
  }

  function buildForm() {
    const select = $("runbook-select");
    RUNBOOKS.forEach((r) => select.appendChild(Console.el("option", { value: r.name },
      t("oncall.runbook." + r.name) + " (" + r.path.replace("/api/runbook/", "") + ")")));
    select.addEventListener("change", () => { renderParams(); changed(); });
    $("runbook-reason").addEventListener("input", changed);
    $("runbook-dry-run").addEventListener("click", dryRun);
    $("runbook-confirm").addEventListener("click", confirmRun);
    $("runbook-form").addEventListener("submit", (e) => e.preventDefault());
    renderParams();
    changed();
  }

  function renderParams() {
    const runbook = current();
    $("runbook-description").textContent = t("oncall.runbook." + runbook.name + ".what");
    const box = $("runbook-params");
    box.textContent = "";
    runbook.fields.forEach((f) => {
      const id = "runbook-param-" + f.name;
      const label = Console.el("label", { for: id },
        t("oncall.param." + f.name) + (f.required ? " *" : "") + (f.type === "list" ? " " + t("oncall.param.listHint") : ""));
      let input;
      if (f.type === "select") {
        input = Console.el("select", { id: id, name: f.name }, f.options.map((o) => Console.el("option", { value: o }, o)));
      } else {
        const attrs = { id: id, name: f.name, placeholder: f.placeholder || (f.type === "list" && f.name === "topics"
          ? TOPICS.slice(0, 3).join(", ") : null) };
        if (f.type === "integer") Object.assign(attrs, { type: "number", step: "1", min: "0" });
        else if (f.type === "decimal") Object.assign(attrs, { type: "number", step: "0.01", min: "0", max: "1" });
        else if (f.type === "instant") Object.assign(attrs, { type: "datetime-local" });
        else attrs.type = "text";
        input = Console.el("input", attrs);
      }
      input.addEventListener("input", changed);
      input.addEventListener("change", changed);
      box.appendChild(Console.el("div", { class: "oncall-param" }, [label, input]));
    });
  }

  /** The body's parameters from the form (without reason and dryRun), or an error text. */
  function parameters() {
    const body = {};
    for (const f of current().fields) {
      const raw = $("runbook-param-" + f.name).value.trim();
      if (!raw) {
        if (f.required) return { error: t("oncall.param.required", { name: t("oncall.param." + f.name) }) };
        continue;
      }
      if (f.type === "list") body[f.name] = raw.split(/[\s,]+/).filter(Boolean);
      else if (f.type === "integer") body[f.name] = parseInt(raw, 10);
      else if (f.type === "decimal") body[f.name] = parseFloat(raw);
      else if (f.type === "instant") {
        const d = new Date(raw);
        if (isNaN(d)) return { error: t("oncall.param.invalid", { name: t("oncall.param." + f.name) }) };
        body[f.name] = d.toISOString();
      } else body[f.name] = raw;
      if ((f.type === "integer" || f.type === "decimal") && isNaN(body[f.name])) {
        return { error: t("oncall.param.invalid", { name: t("oncall.param." + f.name) }) };
      }
    }
    return { body: body };
  }

  function signature() {
    const p = parameters();
    if (p.error) return null;
    return JSON.stringify([current().name, p.body, $("runbook-reason").value.trim()]);
  }

  /** After any edit: the confirm button only for the parameters and reason the last successful dry run used. */
  function changed() {
    const reason = $("runbook-reason").value.trim();
    const ok = !running && approved !== null && reason !== "" && approved.signature === signature();
    $("runbook-confirm").disabled = !ok;
    $("runbook-dry-run").disabled = running;
  }

  async function dryRun() {
    await run(true);
  }

  async function confirmRun() {
    if ($("runbook-confirm").disabled) return;
    await run(false);
  }

  async function run(dry) {
    const runbook = current();
    const reason = $("runbook-reason").value.trim();
    show("runbook-error", "");
    if (!reason) {
      show("runbook-error", t("common.reasonRequired"));
      $("runbook-reason").focus();
      return;
    }
    const p = parameters();
    if (p.error) {
      show("runbook-error", p.error);
      return;
    }
    const sig = signature();
    if (!dry && (!approved || approved.signature !== sig)) return;
    const key = dry ? undefined : approved.key;
    running = true;
    changed();
    const body = Object.assign({}, p.body, { reason: reason, dryRun: dry });
    const result = await Console.api(runbook.service, "POST", runbook.path, { body: body, idempotencyKey: key });
    running = false;
    if (dry) {
      approved = result.ok ? { signature: sig, key: Console.newKey() } : null;
    } else if (result.ok) {
      approved = null; // a new real run needs a new dry run (and so a new key)
    }
    renderResult(runbook, dry, result);
    changed();
    if (result.ok && !dry) {
      refreshAuditSoon();
      pollPages();
    }
  }

  function renderResult(runbook, dry, result) {
    const box = $("runbook-result");
    box.textContent = "";
    const heading = t(dry ? "oncall.runbooks.dryRunResult" : "oncall.runbooks.runResult",
      { name: t("oncall.runbook." + runbook.name) });
    box.appendChild(Console.el("h3", {}, heading));
    if (!result.ok) {
      box.appendChild(Console.el("p", { class: "banner error", role: "alert", id: "runbook-problem" },
        (result.problem && result.problem.code ? result.problem.code + ": " : "") + Console.problemText(result)));
      return;
    }
    const data = result.data;
    box.appendChild(Console.el("p", { class: dry ? "banner warning" : "banner ok", id: "runbook-outcome" },
      dry ? t("oncall.runbooks.wouldChange") : t("oncall.runbooks.done")));
    box.appendChild(describe(data));
  }

  /** A readable rendering of any JSON: objects as definition lists, lists of scalars inline, the rest as JSON. */
  function describe(value, depth) {
    const level = depth || 0;
    if (value === null || value === undefined) return Console.el("span", { class: "muted" }, "–");
    if (typeof value !== "object") return Console.el("span", {}, String(value));
    if (Array.isArray(value)) {
      if (value.length === 0) return Console.el("span", { class: "muted" }, t("oncall.none"));
      if (value.every((v) => v === null || typeof v !== "object")) {
        return Console.el("span", { class: "oncall-ids" }, value.join(", "));
      }
      if (level > 1) return Console.el("pre", { class: "oncall-json" }, JSON.stringify(value, null, 2));
      return Console.el("ol", {}, value.map((v) => Console.el("li", {}, describe(v, level + 1))));
    }
    if (level > 2) return Console.el("pre", { class: "oncall-json" }, JSON.stringify(value, null, 2));
    const dl = Console.el("dl", { class: "oncall-dl" });
    Object.entries(value).forEach(([k, v]) => {
      dl.appendChild(Console.el("dt", {}, k));
      dl.appendChild(Console.el("dd", { "data-field": k }, describe(v, level + 1)));
    });
    return dl;
  }

  // ---------------------------------------------------------------- audit trail and pages

  const openedAt = Date.now();

  async function pollAudit() {
    // oldest first and cut at the limit: ask for the last 6 hours and show the newest 50
    const since = new Date(Math.min(openedAt, Date.now()) - 6 * 3600 * 1000).toISOString();
    const result = await Console.api("thresholds", "GET",
      "/api/audit?limit=1000&since=" + encodeURIComponent(since));
    if (!result.ok) {
      show("audit-error", Console.problemText(result));
      return;
    }
    show("audit-error", "");
    const entries = (result.data || []).slice(-50).reverse();
    const list = $("audit-trail");
    list.textContent = "";
    if (!entries.length) {
      list.appendChild(Console.el("li", { class: "muted" }, t("oncall.audit.empty")));
      return;
    }
    entries.forEach((e) => {
      list.appendChild(Console.el("li", { class: "oncall-audit-entry" + (e.dryRun ? " oncall-dry" : "") }, [
        Console.el("span", { class: "muted" }, time(e.at)), " ",
        Console.el("strong", {}, (e.service ? e.service + " · " : "") + e.action),
        e.dryRun ? Console.el("span", { class: "oncall-tag" }, t("oncall.audit.dryRun")) : null,
        " ", Console.el("span", {}, t("oncall.audit.by", { actor: e.actor })),
        e.category ? Console.el("span", { class: "muted" }, " · " + e.category) : null,
        e.summary ? Console.el("div", {}, e.summary) : null,
        e.reason ? Console.el("div", { class: "muted" }, t("oncall.audit.reason", { reason: e.reason })) : null,
      ]));
    });
  }

  function refreshAuditSoon() {
    pollAudit();
    setTimeout(pollAudit, 1500);
  }

  async function pollPages() {
    const [reviews, thresholds] = await Promise.all([
      Console.api("reviews", "GET", "/api/oncall/pages"),
      Console.api("thresholds", "GET", "/api/oncall/pages"),
    ]);
    const pages = [];
    const problems = [];
    if (reviews.ok) (reviews.data && reviews.data.pages || []).forEach((p) => pages.push(Object.assign({ from: "reviews" }, p)));
    else problems.push("reviews: " + Console.problemText(reviews));
    if (thresholds.ok) (Array.isArray(thresholds.data) ? thresholds.data : []).forEach((p) =>
      pages.push(Object.assign({ from: "thresholds" }, p)));
    else problems.push("thresholds: " + Console.problemText(thresholds));
    show("pages-error", problems.join(" · "));
    pages.sort((a, b) => String(b.at).localeCompare(String(a.at)));
    const list = $("pages-list");
    list.textContent = "";
    if (!pages.length) list.appendChild(Console.el("li", { class: "muted" }, t("oncall.pages.empty")));
    pages.slice(0, 30).forEach((p) => list.appendChild(Console.el("li", {}, [
      Console.el("span", { class: "muted" }, time(p.at) + " · " + p.from), " ",
      Console.el("strong", {}, p.subject || ""), p.message ? Console.el("div", {}, p.message) : null,
    ])));
  }

  // ---------------------------------------------------------------- start

  $("routing-category").addEventListener("change", drawHistogram);
  buildForm();
  Console.every(POLL_MS, pollQueue);
  Console.every(POLL_MS, pollForecast);
  Console.every(POLL_MS, pollDeliveries);
  Console.every(POLL_MS * 3, pollRouting);
  Console.every(POLL_MS * 2, pollAudit);
  Console.every(POLL_MS * 3, pollPages);
})();
