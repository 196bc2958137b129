/*
 * The agent desk: live handoffs waiting (PENDING) and being handled (CLAIMED), polled every 5 s; claim a waiting
 * one, close one you handle (with optional notes). Shows what the handoff task carries.
 */
(function () {
  "use strict";
  const C = window.Console;
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 5000;
  let busy = false;

  function problem(result) {
    C.showProblem("agent-problem", result);
  }

  function done(text) {
    const box = $("agent-result");
    box.textContent = text;
    box.hidden = false;
  }

  function label(key, fallback) {
    const text = C.t(key);
    return text === key ? fallback : text;
  }

  function age(iso) {
    const at = Date.parse(iso || "");
    return isNaN(at) ? "–" : C.clock((Date.now() - at) / 1000);
  }

  function fact(key, value) {
    if (value === null || value === undefined || value === "") return null;
    return C.el("div", {}, [C.el("dt", { text: C.t(key) }), C.el("dd", { text: String(value) })]);
  }

  function card(task, claimed) {
    const actions = [];
    if (!claimed) {
      const claim = C.el("button", { type: "button", class: "primary agent-claim", "data-task-id": task.taskId,
        text: C.t("agent.claim") });
      claim.addEventListener("click", () => act(task, "claim", claim));
      actions.push(claim);
    } else {
      const notesId = "notes-" + task.taskId;
      const notes = C.el("textarea", { id: notesId, rows: "2", maxlength: "1000", class: "agent-notes" });
      const close = C.el("button", { type: "button", class: "agent-close", "data-task-id": task.taskId,
        text: C.t("agent.close") });
      close.addEventListener("click", () => act(task, "close", close, notes.value));
      actions.push(C.el("label", { for: notesId, text: C.t("agent.notes") }), notes, close);
    }
    return C.el("li", { class: "agent-handoff", "data-task-id": task.taskId, "data-status": task.status }, [
      C.el("div", { class: "row" }, [
        task.priority ? C.el("span", { class: "priority " + task.priority, text: task.priority }) : null,
        C.el("strong", { text: task.topic ? label("agent.topicName." + task.topic, task.topic) : task.taskId }),
        C.el("span", { class: "muted", text: C.t("agent.waitingFor", { time: age(task.createdAt) }) }),
      ]),
      task.question ? C.el("blockquote", { class: "agent-question", text: task.question }) : null,
      C.el("dl", { class: "agent-facts" }, [
        fact("agent.draft", task.draftAnswer),
        fact("agent.confidence", typeof task.confidence === "number" ? Math.round(task.confidence * 100) + " %" : null),
        fact("agent.messageId", task.messageId),
        fact("agent.taskId", task.taskId),
        fact("agent.createdAt", task.createdAt ? new Date(task.createdAt).toLocaleString() : null),
        fact("agent.slaDueAt", task.slaDueAt ? new Date(task.slaDueAt).toLocaleString() : null),
        fact("agent.claimedBy", task.claimedBy),
      ]),
      C.el("div", { class: "row agent-actions" }, actions),
    ]);
  }

  async function act(task, action, button, notes) {
    if (busy) return;
    busy = true;
    button.disabled = true;
    const options = action === "close" && notes && notes.trim() ? { body: { notes: notes.trim() } } : {};
    const result = await C.api("reviews", "POST",
      "/api/handoffs/" + encodeURIComponent(task.taskId) + "/" + action, options);
    busy = false;
    if (result.ok) {
      problem(null);
      done(C.t("agent.done." + action, { id: task.taskId }));
    } else {
      button.disabled = false;
      problem(result);
    }
    await refresh();
  }

  async function list(status) {
    return C.api("reviews", "GET", "/api/handoffs?status=" + status + "&limit=50");
  }

  async function refresh() {
    const [pending, claimed] = await Promise.all([list("PENDING"), list("CLAIMED")]);
    if (!pending.ok || !claimed.ok) {
      problem(pending.ok ? claimed : pending);
      return;
    }
    const focused = document.activeElement;
    // do not throw away notes being typed: skip the redraw of the claimed list while a textarea has focus
    const typing = focused && focused.tagName === "TEXTAREA" && $("handoffs-claimed").contains(focused);
    const waiting = (pending.data && pending.data.tasks) || [];
    const handled = (claimed.data && claimed.data.tasks) || [];
    $("handoffs-pending").replaceChildren(...waiting.map((t) => card(t, false)));
    $("pending-count").textContent = String(waiting.length);
    $("pending-empty").hidden = waiting.length > 0;
    if (!typing) $("handoffs-claimed").replaceChildren(...handled.map((t) => card(t, true)));
    $("claimed-count").textContent = String(handled.length);
    $("claimed-empty").hidden = handled.length > 0;
    $("agent-updated").textContent = C.t("common.updatedAt", { 0: new Date().toLocaleTimeString() });
  }

  C.every(POLL_MS, refresh);
})();
