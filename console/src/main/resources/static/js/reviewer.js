/*
 * The reviewer desk: presence (check in / out, heartbeat every 30 s), the next task with a live SLA countdown, the
 * lease renewed at a third of its length, decisions sent once (one Idempotency-Key per task and decision attempt,
 * buttons disabled while in flight), the lease released on skip and when the page goes away, the queue counts and,
 * for senior reviewers, the senior pool.
 */
(function () {
  "use strict";
  const C = window.Console;
  const $ = (id) => document.getElementById(id);
  const PRIORITIES = ["P1", "P2", "P3", "P4"];
  const HEARTBEAT_MS = 30000;
  const QUEUE_MS = 5000;
  const MIN_RENEW_MS = 300;

  const state = {
    checkedIn: false,
    heartbeat: null,
    task: null, // the task JSON as the service sent it
    open: false, // this reviewer holds it (the lease is being renewed)
    finished: false, // the service said it can no longer be decided
    busy: false, // a decision or a release is in flight
    keys: {}, // decision -> {key, text}: one Idempotency-Key per task and decision attempt
    renewTimer: null,
    slaTimer: null,
  };

  // --- problems and results

  function showProblem(result, action) {
    const box = $("review-problem");
    const code = (result && result.problem && result.problem.code) || "";
    box.textContent = C.problemText(result);
    box.dataset.code = code;
    box.dataset.action = action;
    box.hidden = false;
  }

  function clearProblem() {
    const box = $("review-problem");
    box.hidden = true;
    box.textContent = "";
    delete box.dataset.code;
    delete box.dataset.action;
  }

  function showResult(text, decision) {
    const box = $("decision-result");
    box.textContent = text;
    box.dataset.decision = decision || "";
    box.hidden = false;
  }

  // --- presence

  function setPresence(checkedIn, text) {
    state.checkedIn = checkedIn;
    $("presence-status").textContent = text;
    $("presence-status").dataset.state = checkedIn ? "in" : "out";
    $("check-in").disabled = checkedIn;
    $("check-out").disabled = !checkedIn;
    if (checkedIn && !state.heartbeat) {
      state.heartbeat = setInterval(sendHeartbeat, HEARTBEAT_MS);
    } else if (!checkedIn && state.heartbeat) {
      clearInterval(state.heartbeat);
      state.heartbeat = null;
    }
  }

  function staffingText(data) {
    if (!data || data.activeReviewers === undefined) return "";
    return " " + C.t("reviewer.staffing", { active: data.activeReviewers, minimum: data.minimumStaffing });
  }

  function presenceProblem(result) {
    C.showProblem("presence-problem", result);
  }

  async function checkIn() {
    $("check-in").disabled = true;
    const result = await C.api("reviews", "POST", "/api/reviewers/me/check-in");
    if (result.ok) {
      presenceProblem(null);
      setPresence(true, C.t("reviewer.presence.in") + staffingText(result.data));
    } else {
      $("check-in").disabled = false;
      presenceProblem(result);
    }
  }

  async function checkOut() {
    $("check-out").disabled = true;
    const result = await C.api("reviews", "POST", "/api/reviewers/me/check-out");
    if (result.ok) {
      presenceProblem(null);
      setPresence(false, C.t("reviewer.presence.out"));
      // check-out gives the reviewer's claims back to the queue
      if (state.task) closeTask();
    } else {
      $("check-out").disabled = false;
      if (result.problem && result.problem.code === "NOT_CHECKED_IN") setPresence(false, C.t("reviewer.presence.out"));
      presenceProblem(result);
    }
  }

  async function sendHeartbeat() {
    const result = await C.api("reviews", "POST", "/api/reviewers/me/heartbeat");
    if (result.ok) {
      setPresence(true, C.t("reviewer.presence.in") + staffingText(result.data));
    } else if (result.problem && result.problem.code === "NOT_CHECKED_IN") {
      setPresence(false, C.t("reviewer.presence.out"));
    }
    return result;
  }

  /** On load: a heartbeat tells whether this reviewer is checked in (200) or not (409 NOT_CHECKED_IN). */
  async function probePresence() {
    const result = await sendHeartbeat();
    if (!result.ok && !(result.problem && result.problem.code === "NOT_CHECKED_IN")) {
      $("presence-status").textContent = C.t("reviewer.presence.unknown");
      $("presence-status").dataset.state = "unknown";
      $("check-in").disabled = false;
      $("check-out").disabled = false;
    }
  }

  // --- the task

  function setButtons() {
    const canSkip = !!state.task && !state.busy;
    const canTry = !!state.task && !state.finished && !state.busy;
    ["approve", "edit", "reject"].forEach((id) => { $(id).disabled = !canTry; });
    $("release").disabled = !canSkip;
    $("next-task").disabled = state.busy;
    $("task-draft").readOnly = !state.task || state.busy;
  }

  /** The label for key, or fallback when the bundles have none. */
  function label(key, fallback) {
    const text = C.t(key);
    return text === key ? fallback : text;
  }

  function formatConfidence(value) {
    return typeof value === "number" ? (value * 100).toFixed(0) + " %" : "–";
  }

  function showTask(task) {
    state.task = task;
    state.open = true;
    state.finished = false;
    state.keys = {};
    const box = $("task");
    box.dataset.taskId = task.taskId;
    box.dataset.messageId = task.messageId || "";
    box.dataset.status = task.status || "";
    const priority = $("task-priority");
    priority.textContent = task.priority || "?";
    priority.className = "priority " + (PRIORITIES.indexOf(task.priority) >= 0 ? task.priority : "");
    $("task-topic").textContent = task.topic ? label("reviewer.topicName." + task.topic, task.topic) : "–";
    $("task-confidence").textContent = formatConfidence(task.confidence);
    $("task-question").textContent = task.question || "";
    $("task-draft").value = task.draftAnswer || "";
    $("task-draft").dataset.original = task.draftAnswer || "";
    $("task-edited").hidden = true;
    $("task-senior-row").hidden = !task.seniorPool;
    $("task-empty").hidden = true;
    box.hidden = false;
    tickSla();
    if (!state.slaTimer) state.slaTimer = setInterval(tickSla, 1000);
    scheduleRenew(task.leaseExpiresAt);
    setButtons();
  }

  /** Forgets the task (after a decision, a release or when it can no longer be decided). */
  function closeTask() {
    stopRenew();
    if (state.slaTimer) {
      clearInterval(state.slaTimer);
      state.slaTimer = null;
    }
    state.task = null;
    state.open = false;
    state.keys = {};
    $("task").hidden = true;
    delete $("task").dataset.taskId;
    setButtons();
  }

  function tickSla() {
    const task = state.task;
    const sla = $("task-sla");
    if (!task || !task.slaDueAt) {
      sla.textContent = "–";
      return;
    }
    const left = (Date.parse(task.slaDueAt) - Date.now()) / 1000;
    sla.textContent = left >= 0
      ? C.t("reviewer.sla.left", { time: C.clock(left) })
      : C.t("reviewer.sla.overdue", { time: C.clock(-left) });
    sla.classList.toggle("reviewer-overdue", left < 0);
    sla.dataset.overdue = String(left < 0);
    const lease = task.leaseExpiresAt ? (Date.parse(task.leaseExpiresAt) - Date.now()) / 1000 : NaN;
    $("task-lease").textContent = state.open && !isNaN(lease)
      ? C.t("reviewer.lease.left", { time: C.clock(Math.max(0, lease)) }) : "–";
  }

  // --- lease renewal: at a third of what is left of the lease, from the service's leaseExpiresAt

  function stopRenew() {
    if (state.renewTimer) {
      clearTimeout(state.renewTimer);
      state.renewTimer = null;
    }
  }

  function scheduleRenew(leaseExpiresAt) {
    stopRenew();
    const expires = Date.parse(leaseExpiresAt || "");
    if (isNaN(expires)) return;
    const delay = Math.max(MIN_RENEW_MS, (expires - Date.now()) / 3);
    state.renewTimer = setTimeout(renew, delay);
  }

  async function renew() {
    state.renewTimer = null;
    const task = state.task;
    if (!task || !state.open) return;
    const result = await C.api("reviews", "POST", "/api/reviews/" + encodeURIComponent(task.taskId) + "/renew");
    if (state.task !== task || !state.open) return;
    if (result.ok && result.data) {
      task.leaseExpiresAt = result.data.leaseExpiresAt;
      scheduleRenew(task.leaseExpiresAt);
      return;
    }
    const code = result.problem && result.problem.code;
    if (result.status === 0 || result.status >= 500) {
      // lost connectivity: keep the task on screen and try again soon (the banner says what happened)
      state.renewTimer = setTimeout(renew, 1000);
      return;
    }
    // the lease is gone: the workflow timed out, someone else holds it, or it is already decided
    state.open = false;
    if (code === "TASK_NOT_OPEN") {
      const now = await C.api("reviews", "GET", "/api/reviews/" + encodeURIComponent(task.taskId));
      if (now.ok && now.data && now.data.status === "TIMED_OUT") {
        showProblem({ problem: { code: "DECISION_TOO_LATE" }, status: 409 }, "renew");
        setButtons();
        return;
      }
    }
    showProblem(result, "renew");
    setButtons();
  }

  // --- next task, claim, release

  let rounds = 0;

  async function nextTask() {
    if (state.busy) return;
    state.busy = true;
    setButtons();
    if (state.task && state.open) await release(state.task);
    clearProblem();
    $("decision-result").hidden = true;
    $("task-empty").hidden = true;
    const result = await C.api("reviews", "POST", "/api/reviews/next");
    state.busy = false;
    rounds += 1;
    document.body.dataset.nextRound = String(rounds); // for tests and tools: a "next task" answer arrived
    if (result.ok && result.status === 200 && result.data) {
      showTask(result.data);
    } else if (result.ok) {
      closeTask();
      $("task-empty").hidden = false;
    } else {
      setButtons();
      showProblem(result, "next");
    }
  }

  async function claim(taskId, button) {
    if (state.busy) return;
    state.busy = true;
    setButtons();
    if (state.task && state.open) await release(state.task);
    clearProblem();
    $("decision-result").hidden = true;
    if (button) button.disabled = true;
    const result = await C.api("reviews", "POST", "/api/reviews/" + encodeURIComponent(taskId) + "/claim");
    state.busy = false;
    if (result.ok && result.data) {
      showTask(result.data);
    } else {
      if (button) button.disabled = false;
      setButtons();
      showProblem(result, "claim");
    }
    refreshQueue();
  }

  async function release(task) {
    stopRenew();
    state.open = false;
    const result = await C.api("reviews", "POST", "/api/reviews/" + encodeURIComponent(task.taskId) + "/release");
    return result;
  }

  async function skip() {
    if (!state.task || state.busy) return;
    if (!state.open) {
      closeTask(); // nothing held any more: just put it away
      return;
    }
    state.busy = true;
    setButtons();
    const task = state.task;
    const result = await release(task);
    state.busy = false;
    closeTask();
    if (result.ok) showResult(C.t("reviewer.released"), "RELEASE");
    else if (result.status !== 0) showProblem(result, "release");
  }

  /** Leaving the page gives the task back at once (keepalive: the request outlives the page). */
  function releaseOnLeave() {
    const task = state.task;
    if (!task || !state.open) return;
    state.open = false;
    const headers = {};
    const header = document.querySelector('meta[name="_csrf_header"]');
    const token = document.querySelector('meta[name="_csrf"]');
    if (header && token) headers[header.content] = token.content;
    try {
      fetch("/console/api/reviews/api/reviews/" + encodeURIComponent(task.taskId) + "/release", {
        method: "POST",
        headers: headers,
        credentials: "same-origin",
        keepalive: true,
      });
    } catch (e) {
      // the lease lapses by itself
    }
  }

  // --- decisions

  /** The Idempotency-Key of this task's decision attempt: the same while the outcome is unknown. */
  function keyFor(decision, text) {
    const kept = state.keys[decision];
    if (kept && kept.text === text) return kept.key;
    const fresh = { key: C.newKey(), text: text };
    state.keys[decision] = fresh;
    return fresh.key;
  }

  async function decide(decision) {
    const task = state.task;
    if (!task || state.busy) return;
    const edited = $("task-draft").value;
    if (decision === "EDIT" && !edited.trim()) {
      showProblem({ problem: { code: "EMPTY_EDIT" }, status: 400 }, "decision");
      $("task-draft").focus();
      return;
    }
    state.busy = true;
    setButtons();
    clearProblem();
    const body = { decision: decision };
    if (decision === "EDIT") body.editedResponse = edited;
    const key = keyFor(decision, decision === "EDIT" ? edited : "");
    const result = await C.api("reviews", "POST", "/api/reviews/" + encodeURIComponent(task.taskId) + "/decision", {
      body: body,
      idempotencyKey: key,
    });
    state.busy = false;
    if (state.task !== task) return;
    if (result.ok) {
      closeTask();
      showResult(C.t("reviewer.decided." + decision, { id: task.taskId }), decision);
      refreshQueue();
      return;
    }
    if (result.status === 0 || result.status >= 500) {
      // the outcome is unknown: keep the task and the key, so a retry is the same decision
      setButtons();
      showProblem(result, "decision");
      return;
    }
    // a definitive answer: the next attempt is a new one
    delete state.keys[decision];
    const code = result.problem && result.problem.code;
    if (["DECISION_TOO_LATE", "ALREADY_DECIDED", "NOT_CLAIM_HOLDER", "TASK_NOT_CLAIMED", "TASK_NOT_FOUND"]
      .indexOf(code) >= 0) {
      stopRenew();
      state.open = false;
      state.finished = true;
    }
    setButtons();
    showProblem(result, "decision");
  }

  // --- queue and senior pool

  function queueRow(priority, p) {
    const stats = p || {};
    return C.el("tr", { "data-priority": priority }, [
      C.el("th", { scope: "row" }, C.el("span", { class: "priority " + priority, text: priority })),
      C.el("td", { class: "reviewer-depth", text: String(stats.depth ?? 0) }),
      C.el("td", { text: String(stats.claimed ?? 0) }),
      C.el("td", { text: C.clock(stats.oldestAgeSeconds || 0) }),
      C.el("td", { class: stats.waitingPastSla ? "status-bad" : null, text: String(stats.waitingPastSla ?? 0) }),
    ]);
  }

  async function refreshQueue() {
    await Promise.all([refreshCounts(), $("senior-pool") ? refreshSenior() : null]);
  }

  async function refreshCounts() {
    const result = await C.api("reviews", "GET", "/api/reviews/stats");
    const problem = $("queue-problem");
    if (!result.ok || !result.data) {
      problem.textContent = C.problemText(result);
      problem.hidden = false;
      return;
    }
    problem.hidden = true;
    const per = result.data.perPriority || {};
    $("queue-rows").replaceChildren(...PRIORITIES.map((p) => queueRow(p, per[p])));
    $("queue-staffing").textContent = result.data.activeReviewers === undefined ? ""
      : C.t("reviewer.staffing", { active: result.data.activeReviewers, minimum: result.data.minimumStaffing })
        + (result.data.belowMinimumStaffing ? " " + C.t("reviewer.belowMinimum") : "");
    $("queue-updated").textContent = C.t("common.updatedAt", { 0: new Date().toLocaleTimeString() });
  }

  async function refreshSenior() {
    const result = await C.api("reviews", "GET", "/api/reviews?pool=senior&limit=50");
    if (!result.ok || !result.data) return;
    const tasks = result.data.tasks || [];
    $("senior-empty").hidden = tasks.length > 0;
    $("senior-list").replaceChildren(...tasks.map((task) => {
      const button = C.el("button", { type: "button", class: "primary", "data-task-id": task.taskId,
        text: C.t("reviewer.claim") });
      button.addEventListener("click", () => claim(task.taskId, button));
      return C.el("li", { "data-task-id": task.taskId }, [
        C.el("span", { class: "priority " + task.priority, text: task.priority }), " ",
        C.el("span", { class: "reviewer-snippet", text: task.question || task.taskId }), " ",
        C.el("span", { class: "muted", text: C.t("reviewer.reassigned", { n: task.reassignCount }) }), " ",
        button,
      ]);
    }));
  }

  // --- keyboard

  function onKey(event) {
    const target = event.target;
    const typing = target && (target.tagName === "TEXTAREA" || target.tagName === "INPUT" || target.isContentEditable);
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      if (state.task) {
        event.preventDefault();
        decide("EDIT");
      }
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === "n") nextTask();
    else if (!state.task) return;
    else if (key === "a") decide("APPROVE");
    else if (key === "r") decide("REJECT");
    else if (key === "s") skip();
    else if (key === "e") {
      event.preventDefault();
      $("task-draft").focus();
    } else return;
    event.preventDefault();
  }

  // --- wiring

  $("check-in").addEventListener("click", checkIn);
  $("check-out").addEventListener("click", checkOut);
  $("next-task").addEventListener("click", nextTask);
  $("approve").addEventListener("click", () => decide("APPROVE"));
  $("edit").addEventListener("click", () => decide("EDIT"));
  $("reject").addEventListener("click", () => decide("REJECT"));
  $("release").addEventListener("click", skip);
  $("task-draft").addEventListener("input", () => {
    $("task-edited").hidden = $("task-draft").value === $("task-draft").dataset.original;
  });
  document.addEventListener("keydown", onKey);
  window.addEventListener("pagehide", releaseOnLeave);
  // back to a page kept in the back-forward cache: its task was released on leaving, so start afresh
  window.addEventListener("pageshow", (event) => { if (event.persisted) window.location.reload(); });
  setButtons();
  probePresence();
  C.every(QUEUE_MS, refreshQueue);
})();
