/*
 * ML lead view: calibration per topic, governed threshold changes (simulate, propose, approve / reject, canary
 * status) with their impact plotted, and the feedback quality gate and anomalies. What the services do not offer yet
 * is said plainly, never made up.
 */
(function () {
  "use strict";
  const t = Console.t;
  const $ = (id) => document.getElementById(id);
  const el = Console.el;
  const TOPICS = ["general", "product_info", "availability", "rare_manga", "recommendation", "order_status",
    "refund", "complaint", "legal"];
  const BOUNDS = ["autoRespondMin", "reviewMin", "handoffBelow"];

  function show(id, text) {
    const node = $(id);
    if (!node) return;
    node.hidden = !text;
    node.textContent = text || "";
  }

  function fixed(value, digits) {
    return typeof value === "number" && isFinite(value) ? value.toFixed(digits === undefined ? 3 : digits) : "–";
  }

  function pct(value) {
    return typeof value === "number" && isFinite(value) ? Math.round(value * 1000) / 10 : null;
  }

  function time(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    return isNaN(d) ? String(iso) : d.toLocaleString(Console.lang);
  }

  /** A readable rendering of any JSON: objects as definition lists, lists of scalars inline, the rest as JSON. */
  function describe(value, depth) {
    const level = depth || 0;
    if (value === null || value === undefined) return el("span", { class: "muted" }, "–");
    if (typeof value !== "object") return el("span", {}, String(value));
    if (Array.isArray(value)) {
      if (value.length === 0) return el("span", { class: "muted" }, t("ml.none"));
      if (value.every((v) => v === null || typeof v !== "object")) return el("span", { class: "ml-wrap" }, value.join(", "));
      if (level > 1) return el("pre", { class: "ml-json" }, JSON.stringify(value, null, 2));
      return el("ol", {}, value.map((v) => el("li", {}, describe(v, level + 1))));
    }
    if (level > 2) return el("pre", { class: "ml-json" }, JSON.stringify(value, null, 2));
    const dl = el("dl", { class: "ml-dl" });
    Object.entries(value).forEach(([k, v]) => {
      dl.appendChild(el("dt", {}, k));
      dl.appendChild(el("dd", {}, describe(v, level + 1)));
    });
    return dl;
  }

  // ---------------------------------------------------------------- calibration

  let calibrationChart = null;

  async function loadCalibration() {
    const result = await Console.api("orchestrator", "GET", "/api/confidence/calibration");
    if (!result.ok) {
      show("calibration-error", Console.problemText(result));
      return;
    }
    show("calibration-error", "");
    const topics = Array.isArray(result.data) ? result.data : [];
    const container = $("calibration-chart");
    if (calibrationChart) calibrationChart.destroy();
    container.textContent = "";
    calibrationChart = Charts.bars(container, {
      title: t("ml.calibration.chart"),
      labels: topics.map((c) => c.topic),
      series: [
        { label: t("ml.calibration.ece"), values: topics.map((c) => typeof c.expectedCalibrationError === "number" ? c.expectedCalibrationError : null), color: "#0b5cad" },
        { label: t("ml.calibration.brier"), values: topics.map((c) => typeof c.brierScore === "number" ? c.brierScore : null), color: "#a04800" },
      ],
    });
    drawReliability(topics);
    const list = $("calibration-list");
    list.textContent = "";
    topics.forEach((c) => list.appendChild(el("li", { id: "calibration-" + c.topic }, [
      el("strong", {}, c.topic), " ",
      el("span", { class: c.calibrated ? "status-ok" : "status-warn" },
        c.calibrated ? t("ml.calibration.calibrated") : t("ml.calibration.notCalibrated")), " · ",
      t("ml.calibration.figures", { ece: fixed(c.expectedCalibrationError), brier: fixed(c.brierScore), samples: c.samples }),
    ])));
  }

  let reliabilityChart = null;

  /**
   * The reliability diagram (observed vs predicted per bin, with the diagonal) when the service sends bins per topic
   * ({@code bins: [{meanPredicted, observedRate, count}]}); until then the panel says it is not available yet.
   */
  function drawReliability(topics) {
    const withBins = topics.filter((c) => Array.isArray(c.bins) && c.bins.some((b) => b && b.count > 0));
    const select = $("reliability-topic");
    const box = $("reliability");
    $("calibration-reliability").hidden = withBins.length > 0;
    box.hidden = withBins.length === 0;
    if (!withBins.length) return;
    const chosen = select.value;
    select.textContent = "";
    withBins.forEach((c) => select.appendChild(el("option", { value: c.topic }, c.topic)));
    if (withBins.some((c) => c.topic === chosen)) select.value = chosen;
    const topic = withBins.find((c) => c.topic === select.value) || withBins[0];
    const bins = topic.bins.filter((b) => b && b.count > 0 && typeof b.meanPredicted === "number")
      .sort((a, b) => a.meanPredicted - b.meanPredicted);
    const x = [0].concat(bins.map((b) => b.meanPredicted), [1]);
    if (reliabilityChart) reliabilityChart.destroy();
    $("reliability-chart").textContent = "";
    reliabilityChart = Charts.lines($("reliability-chart"), {
      title: t("ml.calibration.reliability", { topic: topic.topic }), time: false, x: x, yLabel: t("ml.calibration.observed"),
      series: [
        { label: t("ml.calibration.observed"), values: [null].concat(bins.map((b) => b.observedRate), [null]), color: "#0b5cad" },
        { label: t("ml.calibration.diagonal"), values: x.slice(), color: "#4a4a4a" },
      ],
    });
  }

  // ---------------------------------------------------------------- impact of a threshold change

  /** Plots an impact report (simulation) into box: shares before/after as bars, reviews per hour as lines. */
  function renderImpact(box, report, prefix) {
    box.textContent = "";
    if (!report || typeof report !== "object") {
      box.appendChild(el("p", { class: "muted" }, t("ml.impact.none")));
      return;
    }
    const before = report.before || {};
    const after = report.after || {};
    const summary = el("p", {}, t("ml.impact.summary", {
      escalationBefore: fixed(pct(before.escalationRate), 1), escalationAfter: fixed(pct(after.escalationRate), 1),
      reviewsBefore: fixed(before.reviewsPerDay, 1), reviewsAfter: fixed(after.reviewsPerDay, 1),
      turns: report.turns === undefined ? "–" : report.turns,
    }));
    box.appendChild(summary);
    if (report.capacity) {
      box.appendChild(el("p", { class: report.capacity.exceedsCapacity ? "status-bad" : "muted" }, t("ml.impact.capacity", {
        capacity: fixed(report.capacity.capacityPerDay, 0),
        before: fixed(pct(report.capacity.utilisationBefore), 1), after: fixed(pct(report.capacity.utilisationAfter), 1),
      }) + (report.capacity.exceedsCapacity ? " · " + t("ml.impact.exceeds") : "")));
    }
    (report.warnings || []).forEach((w) => box.appendChild(el("p", { class: "banner warning ml-warning" }, w)));
    const charts = el("div", { class: "ml-charts" });
    const shares = el("div", { class: "ml-chart", id: prefix + "-shares", role: "img", "aria-label": t("ml.impact.shares") });
    const hourly = el("div", { class: "ml-chart", id: prefix + "-hourly", role: "img", "aria-label": t("ml.impact.hourly") });
    charts.appendChild(shares);
    charts.appendChild(hourly);
    box.appendChild(charts);
    Charts.bars(shares, {
      title: t("ml.impact.shares"), labels: [t("ml.share.auto"), t("ml.share.review"), t("ml.share.handoff")], yLabel: "%",
      series: [
        { label: t("ml.impact.before"), values: [pct(before.autoRespondShare), pct(before.reviewShare), pct(before.handoffShare)], color: "#4a4a4a" },
        { label: t("ml.impact.after"), values: [pct(after.autoRespondShare), pct(after.reviewShare), pct(after.handoffShare)], color: "#0b5cad" },
      ],
    });
    const profile = Array.isArray(report.hourlyProfile) ? report.hourlyProfile : [];
    if (profile.length) {
      Charts.lines(hourly, {
        title: t("ml.impact.hourly"), time: false, x: profile.map((h) => h.hourJst), yLabel: t("ml.impact.perHour"),
        series: [
          { label: t("ml.impact.before"), values: profile.map((h) => h.reviewsPerHourBefore), color: "#4a4a4a" },
          { label: t("ml.impact.after"), values: profile.map((h) => h.reviewsPerHourAfter), color: "#0b5cad" },
          { label: t("ml.impact.capacityPerHour"), values: profile.map((h) => typeof h.capacityPerHour === "number" ? h.capacityPerHour : null), color: "#b00020" },
        ],
      });
    } else {
      hourly.appendChild(el("p", { class: "muted" }, t("ml.impact.noHourly")));
    }
  }

  // ---------------------------------------------------------------- propose

  let current = {};
  let simulated = null;

  async function loadThresholds() {
    const result = await Console.api("thresholds", "GET", "/api/thresholds");
    if (result.ok && Array.isArray(result.data)) {
      result.data.forEach((c) => { current[c.category] = c; });
      showCurrent();
    }
  }

  function showCurrent() {
    const c = current[$("propose-category").value];
    const active = c && c.active && c.active.thresholds;
    $("propose-current").textContent = active ? t("ml.propose.current", {
      version: c.active.version, auto: active.autoRespondMin, review: active.reviewMin, handoff: active.handoffBelow,
      effective: c.effectiveSource || "",
    }) : "";
    BOUNDS.forEach((b) => { $("propose-" + b).placeholder = active && active[b] !== undefined ? String(active[b]) : ""; });
  }

  function proposal() {
    const change = {};
    BOUNDS.forEach((b) => {
      const raw = $("propose-" + b).value.trim();
      if (raw) change[b] = parseFloat(raw);
    });
    const lookback = parseInt($("propose-lookback").value, 10);
    const canary = $("propose-canary").value.trim();
    return {
      changes: { [$("propose-category").value]: change },
      lookbackHours: isNaN(lookback) ? 168 : lookback,
      canaryPercent: canary ? parseFloat(canary) : undefined,
      empty: Object.keys(change).length === 0,
    };
  }

  function proposalChanged() {
    const p = proposal();
    $("propose-submit").disabled = !(simulated && simulated === JSON.stringify(p.changes)
      && $("propose-reason").value.trim() !== "");
  }

  async function simulate() {
    const p = proposal();
    show("propose-error", "");
    if (p.empty) {
      show("propose-error", t("ml.propose.nothing"));
      return;
    }
    $("propose-simulate").disabled = true;
    const result = await Console.api("thresholds", "POST", "/api/simulations/thresholds",
      { body: { changes: p.changes, lookbackHours: p.lookbackHours } });
    $("propose-simulate").disabled = false;
    if (!result.ok) {
      simulated = null;
      show("propose-error", (result.problem.code ? result.problem.code + ": " : "") + Console.problemText(result));
      $("propose-impact").textContent = "";
    } else {
      simulated = JSON.stringify(p.changes);
      renderImpact($("propose-impact"), result.data, "propose-impact");
    }
    proposalChanged();
  }

  async function propose() {
    const p = proposal();
    const reason = $("propose-reason").value.trim();
    if (!reason) {
      show("propose-error", t("common.reasonRequired"));
      return;
    }
    $("propose-submit").disabled = true;
    const body = { kind: "THRESHOLDS", changes: p.changes, reason: reason };
    if (p.canaryPercent !== undefined && !isNaN(p.canaryPercent)) body.canaryPercent = p.canaryPercent;
    const result = await Console.api("thresholds", "POST", "/api/change-requests", { body: body });
    if (!result.ok) {
      show("propose-error", (result.problem.code ? result.problem.code + ": " : "") + Console.problemText(result));
      proposalChanged();
      return;
    }
    simulated = null;
    show("propose-error", "");
    $("propose-impact").textContent = "";
    $("propose-impact").appendChild(el("p", { class: "banner ok", id: "propose-done" },
      t("ml.propose.done", { id: result.data.changeRequestId })));
    $("changes-state").value = "PROPOSED";
    loadChanges();
  }

  function buildProposeForm() {
    const select = $("propose-category");
    TOPICS.forEach((c) => select.appendChild(el("option", { value: c }, c)));
    select.addEventListener("change", () => { showCurrent(); proposalChanged(); });
    ["propose-autoRespondMin", "propose-reviewMin", "propose-handoffBelow", "propose-reason", "propose-lookback",
      "propose-canary"].forEach((id) => $(id).addEventListener("input", proposalChanged));
    $("propose-simulate").addEventListener("click", simulate);
    $("propose-submit").addEventListener("click", propose);
    $("propose-form").addEventListener("submit", (e) => e.preventDefault());
  }

  // ---------------------------------------------------------------- change requests

  async function loadChanges() {
    const state = $("changes-state").value;
    const result = await Console.api("thresholds", "GET", "/api/change-requests?limit=50&state=" + encodeURIComponent(state));
    const list = $("changes-list");
    if (!result.ok) {
      show("changes-error", Console.problemText(result));
      return;
    }
    show("changes-error", "");
    list.textContent = "";
    const requests = Array.isArray(result.data) ? result.data : [];
    if (!requests.length) list.appendChild(el("p", { class: "muted" }, t("ml.changes.empty", { state: state })));
    requests.slice().reverse().forEach((r) => list.appendChild(changeCard(r)));
  }

  function changeCard(r) {
    const id = r.changeRequestId;
    const card = el("article", { class: "ml-change", id: "change-" + id });
    card.appendChild(el("h3", {}, [r.kind + " · " + id + " ", el("span", { class: "ml-state-tag" }, r.state)]));
    card.appendChild(el("p", { class: "muted" }, t("ml.changes.by", {
      who: r.proposedBy || "–", at: time(r.createdAt), canary: r.canaryPercent === undefined ? "–" : r.canaryPercent,
    })));
    card.appendChild(el("p", {}, t("ml.changes.reason", { reason: r.reason || "" })));
    if (r.changes && Object.keys(r.changes).length) card.appendChild(describe(r.changes));
    if (r.prompt) {
      card.appendChild(el("p", {}, t("ml.changes.prompt", { id: r.prompt.promptId, base: r.prompt.baseVersion })));
      card.appendChild(el("pre", { class: "ml-json" }, r.prompt.diff || r.prompt.text || ""));
    }
    if (r.simulation) {
      const impact = el("div", {});
      card.appendChild(impact);
      // plotted once the card is in the document (the charts size themselves to it)
      setTimeout(() => renderImpact(impact, r.simulation, "change-" + id), 0);
    }
    if (r.state === "PROPOSED") card.appendChild(decisionForm(r));
    if (r.canary || r.state === "CANARY") {
      const canary = el("div", { class: "ml-canary", id: "canary-" + id });
      card.appendChild(canary);
      loadCanary(r, canary);
    }
    if (Array.isArray(r.history) && r.history.length) {
      card.appendChild(el("ol", { class: "ml-history" }, r.history.map((h) =>
        el("li", {}, time(h.at) + " · " + h.state + " · " + (h.by || "") + (h.note ? " · " + h.note : "")))));
    }
    return card;
  }

  function decisionForm(r) {
    const id = r.changeRequestId;
    const note = el("input", { type: "text", id: "note-" + id, maxlength: "1000" });
    const message = el("p", { id: "decision-" + id, role: "alert", hidden: true });
    const decide = async (verb, buttons) => {
      buttons.forEach((b) => { b.disabled = true; });
      const text = note.value.trim();
      const result = await Console.api("thresholds", "POST", "/api/change-requests/" + encodeURIComponent(id) + "/" + verb,
        { body: text ? { note: text } : {} });
      message.hidden = false;
      if (result.ok) {
        message.className = "banner ok";
        message.textContent = t("ml.changes.decided", { state: result.data.state });
        setTimeout(loadChanges, 1500);
      } else {
        buttons.forEach((b) => { b.disabled = false; });
        message.className = "banner error";
        const code = result.problem && result.problem.code;
        const key = "ml.refusal." + code;
        message.textContent = (code ? code + ": " : "") + (t(key) !== key ? t(key) : Console.problemText(result));
      }
    };
    const approve = el("button", { type: "button", class: "primary", id: "approve-" + id }, t("ml.changes.approve"));
    const reject = el("button", { type: "button", class: "danger", id: "reject-" + id }, t("ml.changes.reject"));
    approve.addEventListener("click", () => decide("approve", [approve, reject]));
    reject.addEventListener("click", () => decide("reject", [approve, reject]));
    return el("div", { class: "ml-decision" }, [
      el("label", { for: "note-" + id }, t("ml.changes.note")), note, el("div", { class: "row" }, [approve, reject]), message,
    ]);
  }

  async function loadCanary(r, box) {
    const result = await Console.api("thresholds", "GET", "/api/change-requests/" + encodeURIComponent(r.changeRequestId) + "/evaluation");
    box.textContent = "";
    box.appendChild(el("h4", {}, t("ml.canary.title")));
    if (r.canary) {
      box.appendChild(el("p", {}, t("ml.canary.window", {
        percent: r.canary.percent, from: time(r.canary.startedAt), until: time(r.canary.until) })));
    }
    if (!result.ok) {
      box.appendChild(el("p", { class: "muted" }, result.problem && result.problem.code === "NO_CANARY"
        ? t("ml.canary.none") : Console.problemText(result)));
      return;
    }
    const e = result.data || {};
    box.appendChild(el("p", { class: e.verdict === "PROMOTE" ? "status-ok" : "status-bad" },
      t("ml.canary.verdict", { verdict: e.verdict || "–", reason: e.reason || "" })));
    if (Array.isArray(e.comparisons) && e.comparisons.length) box.appendChild(describe(e.comparisons, 1));
  }

  // ---------------------------------------------------------------- feedback quality and anomalies

  async function loadQuality() {
    const result = await Console.api("feedback", "GET", "/api/feedback/quality");
    const state = $("quality-state");
    const list = $("quality-checks");
    list.textContent = "";
    if (!result.ok) {
      state.className = "banner error";
      state.textContent = Console.problemText(result);
      return;
    }
    const q = result.data || {};
    state.className = q.green ? "banner ok" : "banner error";
    state.textContent = (q.green ? t("ml.quality.green") : t("ml.quality.red"))
      + (q.reasons && q.reasons.length ? " · " + q.reasons.join("; ") : "") + " · " + time(q.evaluatedAt);
    (q.checks || []).forEach((c) => list.appendChild(el("li", {}, [
      el("strong", {}, c.name), " ",
      el("span", { class: c.status === "GREEN" ? "status-ok" : c.status === "RED" ? "status-bad" : "status-warn" }, c.status),
      " · " + t("ml.quality.figures", { value: fixed(c.value), threshold: fixed(c.threshold), sample: c.sample }),
      c.reason ? el("div", { class: "muted" }, c.reason) : null,
    ])));
  }

  async function loadAnomalies() {
    const result = await Console.api("feedback", "GET", "/api/feedback/anomalies");
    const box = $("anomalies");
    box.textContent = "";
    if (!result.ok) {
      show("anomalies-error", Console.problemText(result));
      return;
    }
    show("anomalies-error", "");
    const a = result.data || {};
    box.appendChild(el("p", {}, t("ml.anomalies.run", {
      at: time(a.ranAt), records: a.recordsRead === undefined ? "–" : a.recordsRead,
      accounts: a.accountsSeen === undefined ? "–" : a.accountsSeen,
    })));
    const findings = Array.isArray(a.findings) ? a.findings : [];
    if (!findings.length) box.appendChild(el("p", { class: "status-ok" }, t("ml.anomalies.none")));
    else box.appendChild(describe(findings));
    if (a.proposedQuarantine) {
      box.appendChild(el("h3", {}, t("ml.anomalies.quarantine")));
      box.appendChild(describe(a.proposedQuarantine));
    }
  }

  // ---------------------------------------------------------------- start

  buildProposeForm();
  $("changes-state").addEventListener("change", loadChanges);
  $("reliability-topic").addEventListener("change", loadCalibration);
  $("changes-refresh").addEventListener("click", loadChanges);
  loadThresholds();
  loadCalibration();
  loadChanges();
  setInterval(loadCalibration, 60000);
  Console.every(30000, loadQuality);
  Console.every(60000, loadAnomalies);
})();
