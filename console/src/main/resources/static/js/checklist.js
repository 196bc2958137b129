/*
 * On-call desk, the live escalation checklist and incidents: the console's own /console/oncall/… endpoints (the
 * same as the bearer API /api/oncall/…). The checklist is evaluated on load with the recommended runbooks' dry runs,
 * then every 30 s without them (each dry run is an audit entry); a step's runbook is dry-run and run through the
 * service proxy (/console/api/<service>/…) with the reason on-call writes, "Run for real" only after a successful dry
 * run with the same reason, one Idempotency-Key per confirmed run.
 */
(function () {
  "use strict";
  const t = Console.t;
  const el = Console.el;
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 30000;
  const dryRuns = {}; // runbook name -> last dry run shown (from the checklist or the page)
  const approvals = {}; // runbook name -> {reason, key} after a successful dry run
  const reasons = {}; // runbook name -> the reason on-call typed (kept across refreshes)

  function meta(name) {
    const node = document.querySelector('meta[name="' + name + '"]');
    return node ? node.getAttribute("content") : null;
  }

  /** Calls /console/oncall/<path>; resolves to {ok, status, data, text, problem}. */
  async function oncall(method, path, body) {
    const headers = { Accept: "application/json, text/markdown" };
    if (method !== "GET") {
      const header = meta("_csrf_header");
      if (header) headers[header] = meta("_csrf");
      headers["Content-Type"] = "application/json";
    }
    let response;
    try {
      response = await fetch("/console/oncall" + path, {
        method: method, headers: headers, credentials: "same-origin", cache: "no-store",
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      return { ok: false, status: 0, problem: { code: "NETWORK", detail: t("problem.NETWORK") } };
    }
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (response.ok) return { ok: true, status: response.status, data: data, text: text };
    return { ok: false, status: response.status, problem: data || { detail: text } };
  }

  function badge(status) {
    return el("span", { class: "checklist-status " + status, "data-status": status },
      t("oncall.checklist.status." + status));
  }

  function evidence(map) {
    const dl = el("dl", { class: "checklist-evidence" });
    Object.entries(map || {}).forEach(([key, value]) => {
      dl.appendChild(el("dt", {}, key));
      dl.appendChild(el("dd", {}, typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)));
    });
    return dl;
  }

  // ---------------------------------------------------------------- checklist

  async function evaluate(withDryRuns) {
    const result = await oncall("GET", "/checklist?dryRuns=" + (withDryRuns ? "true" : "false"));
    if (!result.ok) {
      Console.showProblem("checklist-error", result);
      return;
    }
    Console.showProblem("checklist-error", null);
    const c = result.data;
    const overall = $("checklist-overall");
    overall.textContent = t("oncall.checklist.status." + c.overall);
    overall.className = "checklist-status " + c.overall;
    overall.dataset.status = c.overall;
    $("checklist-evaluated").textContent =
      t("oncall.checklist.evaluatedAt", { at: new Date(c.evaluatedAt).toLocaleString(Console.lang) });
    const list = $("checklist-steps");
    const focused = document.activeElement && list.contains(document.activeElement) ? document.activeElement.id : null;
    list.textContent = "";
    c.steps.forEach((step) => list.appendChild(renderStep(step)));
    if (focused && $(focused)) $(focused).focus();
    if ((c.openedIncidents || []).length) loadIncidents();
  }

  function renderStep(step) {
    const item = el("li", { class: "checklist-" + step.status, id: "checklist-step-" + step.step,
      "data-status": step.status }, [
      el("h3", {}, [step.step + ". " + step.title + " ", badge(step.status)]),
      el("p", {}, step.recommendation),
      el("details", {}, [el("summary", {}, t("oncall.checklist.evidence")), evidence(step.evidence)]),
      step.links.length ? el("p", { class: "muted" }, t("oncall.checklist.links") + ": " + step.links.join(" · ")) : null,
    ]);
    if (step.runbook) item.appendChild(renderRunbook(step));
    return item;
  }

  function renderRunbook(step) {
    const r = step.runbook;
    if (r.dryRun || r.dryRunProblem) dryRuns[r.name] = { data: r.dryRun, problem: r.dryRunProblem };
    const id = "checklist-" + step.step;
    const reason = el("textarea", { id: id + "-reason", class: "oncall-reason", maxlength: "1000", required: true });
    reason.value = reasons[r.name] !== undefined ? reasons[r.name] : r.reason;
    const run = el("button", { type: "button", id: id + "-run", class: "danger", disabled: true },
      t("oncall.checklist.run"));
    const result = el("div", { id: id + "-result", class: "oncall-result", "aria-live": "polite" });
    const error = el("p", { id: id + "-error", class: "banner error", role: "alert", hidden: true });
    const enable = () => {
      run.disabled = !(approvals[r.name] && approvals[r.name].reason === reason.value.trim());
    };
    reason.addEventListener("input", () => {
      reasons[r.name] = reason.value;
      enable();
    });
    const shown = dryRuns[r.name];
    if (shown && shown.data) result.appendChild(evidence(shown.data));
    else if (shown && shown.problem) result.textContent = t("oncall.checklist.dryRunProblem", { problem: shown.problem });
    else result.textContent = t("oncall.checklist.noDryRun");
    const dry = el("button", { type: "button", id: id + "-dry-run", onclick: () => call(r, reason, true, result, error, enable) },
      t("oncall.checklist.dryRun"));
    run.addEventListener("click", () => call(r, reason, false, result, error, enable));
    enable();
    return el("div", { class: "checklist-runbook", "data-runbook": r.name }, [
      el("h4", {}, t("oncall.checklist.runbook", { name: r.name, service: r.service })),
      el("p", { class: "muted" }, t("oncall.checklist.parameters") + ": " + JSON.stringify(r.parameters)
        + " · " + r.path + " · " + r.actuatorPath),
      el("label", { for: id + "-reason" }, t("common.reason")), reason,
      error,
      el("div", { class: "row" }, [dry, run, el("span", { class: "muted" }, t("oncall.checklist.runHint"))]),
      result,
    ]);
  }

  /** The REST body of a runbook from the checklist's Actuator-style parameters (lists comma-separated). */
  function body(r, reason, dry) {
    const b = { reason: reason, dryRun: dry };
    Object.entries(r.parameters || {}).forEach(([name, value]) => {
      if (name === "categories" || name === "ids" || name === "topics") b[name] = value.split(",").filter(Boolean);
      else if (value !== "" && !isNaN(Number(value)) && !/^\d{4}-/.test(value)) b[name] = Number(value);
      else b[name] = value;
    });
    return b;
  }

  async function call(r, reasonBox, dry, result, error, enable) {
    const reason = reasonBox.value.trim();
    error.hidden = true;
    if (!reason) {
      error.textContent = t("common.reasonRequired");
      error.hidden = false;
      reasonBox.focus();
      return;
    }
    if (!dry && !(approvals[r.name] && approvals[r.name].reason === reason)) return;
    const key = dry ? undefined : approvals[r.name].key;
    const answer = await Console.api(r.service, "POST", r.path, { body: body(r, reason, dry), idempotencyKey: key });
    result.textContent = "";
    if (!answer.ok) {
      error.textContent = Console.problemText(answer);
      error.dataset.code = (answer.problem && answer.problem.code) || "";
      error.hidden = false;
      if (dry) delete approvals[r.name];
      enable();
      return;
    }
    if (dry) {
      approvals[r.name] = { reason: reason, key: Console.newKey() };
      dryRuns[r.name] = { data: answer.data };
      result.appendChild(evidence(answer.data));
    } else {
      delete approvals[r.name];
      result.appendChild(el("p", { class: "banner ok" }, t("oncall.checklist.ran")));
      result.appendChild(evidence(answer.data));
    }
    enable();
  }

  // ---------------------------------------------------------------- incidents

  async function loadIncidents() {
    const result = await oncall("GET", "/incidents");
    if (!result.ok) {
      Console.showProblem("incidents-error", result);
      return;
    }
    Console.showProblem("incidents-error", null);
    const list = $("incidents-list");
    list.textContent = "";
    const incidents = result.data.incidents || [];
    if (!incidents.length) list.appendChild(el("li", { class: "muted" }, t("oncall.incidents.none")));
    incidents.forEach((i) => list.appendChild(renderIncident(i)));
  }

  function renderIncident(i) {
    const note = el("input", { id: "note-" + i.id, type: "text", maxlength: "2000" });
    const summary = el("input", { id: "summary-" + i.id, type: "text", maxlength: "2000" });
    return el("li", { "data-incident": i.id }, [
      el("h3", {}, i.title),
      el("p", { class: "muted" }, [i.id + " · " + t("oncall.incidents.openedAt",
        { at: new Date(i.openedAt).toLocaleString(Console.lang), by: i.openedBy }),
        i.condition ? " · " + t("oncall.incidents.condition", { condition: i.condition }) : ""]),
      el("div", { class: "row" }, [
        el("label", { for: "note-" + i.id }, t("oncall.incidents.note")), note,
        el("button", { type: "button", onclick: async () => {
          if (!note.value.trim()) return;
          await change(i.id, "/notes", { text: note.value.trim() });
        } }, t("oncall.incidents.addNote")),
      ]),
      el("div", { class: "row" }, [
        el("label", { for: "summary-" + i.id }, t("oncall.incidents.summary")), summary,
        el("button", { type: "button", class: "danger", onclick: async () => {
          await change(i.id, "/close", { summary: summary.value.trim() });
          await timeline(i.id);
        } }, t("oncall.incidents.close")),
        el("button", { type: "button", onclick: () => timeline(i.id) }, t("oncall.incidents.timeline")),
      ]),
    ]);
  }

  async function change(id, path, payload) {
    const result = await oncall("POST", "/incidents/" + encodeURIComponent(id) + path, payload);
    Console.showProblem("incidents-error", result.ok ? null : result);
    await loadIncidents();
  }

  async function timeline(id) {
    const result = await oncall("GET", "/incidents/" + encodeURIComponent(id) + "/timeline.md");
    const box = $("incident-timeline");
    if (!result.ok) {
      Console.showProblem("incidents-error", result);
      return;
    }
    box.textContent = result.text;
    box.hidden = false;
  }

  $("incident-open-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const title = $("incident-title").value.trim();
    if (!title) {
      $("incidents-error").textContent = t("oncall.incidents.titleRequired");
      $("incidents-error").hidden = false;
      $("incident-title").focus();
      return;
    }
    const result = await oncall("POST", "/incidents", { title: title });
    Console.showProblem("incidents-error", result.ok ? null : result);
    if (result.ok) $("incident-title").value = "";
    await loadIncidents();
  });
  $("checklist-refresh").addEventListener("click", () => evaluate(true));

  evaluate(true).then(() => setInterval(() => evaluate(false), POLL_MS));
  Console.every(POLL_MS, loadIncidents);
})();
