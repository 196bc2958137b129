/*
 * The customer chat page: one WebSocket to the chat gateway (POST /console/chat/connection gives its URL and the
 * customer's token, which the gateway takes as ?token=; a new one for every connection, never logged or shown),
 * reconnecting with backoff. Each question is a turn; every server message is shown in it with its type, matched by
 * clientMessageId first and messageId after; the same messageId and type twice is dropped (and counted).
 */
(function () {
  "use strict";
  const C = window.Console;
  const $ = (id) => document.getElementById(id);
  const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000, 30000];
  const pageJa = (document.documentElement.lang || "en") === "ja";

  const state = {
    socket: null,
    attempt: 0,
    lang: pageJa ? "ja" : "en",
    turnsByClient: new Map(),
    turnsByMessage: new Map(),
    shown: new Map(), // messageId|type -> element
    reconnectTimer: null,
  };

  // --- status and language

  function setStatus(name, params) {
    const status = $("chat-status");
    status.dataset.state = name;
    status.textContent = C.t("chat.status." + name, params);
    $("chat-send").disabled = name !== "open";
  }

  function setLang(lang) {
    state.lang = lang;
    $("chat-lang-ja").setAttribute("aria-pressed", String(lang === "ja"));
    $("chat-lang-en").setAttribute("aria-pressed", String(lang === "en"));
    $("chat-input").setAttribute("lang", lang);
  }

  // --- connection

  function csrfHeaders() {
    const header = document.querySelector('meta[name="_csrf_header"]');
    const token = document.querySelector('meta[name="_csrf"]');
    const headers = { Accept: "application/json" };
    if (header && token) headers[header.content] = token.content;
    return headers;
  }

  async function connection() {
    let response;
    try {
      response = await fetch("/console/chat/connection", {
        method: "POST",
        headers: csrfHeaders(),
        credentials: "same-origin",
        cache: "no-store",
      });
    } catch (e) {
      return { status: 0 };
    }
    if (!response.ok) return { status: response.status };
    try {
      return { status: response.status, data: await response.json() };
    } catch (e) {
      return { status: 0 };
    }
  }

  async function connect() {
    state.reconnectTimer = null;
    setStatus("connecting");
    const answer = await connection();
    if (answer.status === 401 || answer.status === 403) {
      const expired = $("session-expired");
      if (expired && answer.status === 401) expired.hidden = false;
      setStatus("signedOut");
      return;
    }
    if (!answer.data || !answer.data.url || !answer.data.token) {
      scheduleReconnect();
      return;
    }
    let socket;
    try {
      socket = new WebSocket(answer.data.url + "?token=" + encodeURIComponent(answer.data.token));
    } catch (e) {
      scheduleReconnect();
      return;
    }
    state.socket = socket;
    socket.addEventListener("open", () => {
      if (state.socket !== socket) return;
      state.attempt = 0;
      setStatus("open");
    });
    socket.addEventListener("message", (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      receive(message);
    });
    socket.addEventListener("close", () => {
      if (state.socket !== socket) return;
      state.socket = null;
      scheduleReconnect();
    });
  }

  function scheduleReconnect() {
    if (state.reconnectTimer) return;
    const delay = BACKOFF_MS[Math.min(state.attempt, BACKOFF_MS.length - 1)];
    state.attempt += 1;
    setStatus("reconnecting", { seconds: Math.round(delay / 1000) });
    state.reconnectTimer = setTimeout(connect, delay);
  }

  // --- turns

  function newTurn(clientMessageId, text, lang) {
    const turn = C.el("li", { class: "chat-turn", "data-client-message-id": clientMessageId || null }, [
      text === undefined ? null : C.el("div", { class: "chat-msg chat-mine", "data-type": "question", lang: lang }, [
        C.el("span", { class: "chat-type", text: C.t("chat.type.question") }),
        C.el("p", { class: "chat-text", text: text }),
      ]),
    ]);
    $("chat-log").appendChild(turn);
    if (clientMessageId) state.turnsByClient.set(clientMessageId, turn);
    return turn;
  }

  function turnFor(message) {
    let turn = message.messageId ? state.turnsByMessage.get(message.messageId) : null;
    if (!turn && message.clientMessageId) turn = state.turnsByClient.get(message.clientMessageId);
    if (!turn) turn = newTurn(message.clientMessageId || null);
    if (message.messageId && !turn.dataset.messageId) {
      turn.dataset.messageId = message.messageId;
      state.turnsByMessage.set(message.messageId, turn);
    }
    return turn;
  }

  const pick = (en, ja) => (pageJa && ja ? ja : en);

  /** What a message shows: its lines of text, in the page's language where the message has both. */
  function body(message) {
    switch (message.type) {
      case "answer":
        return [message.text];
      case "review_acknowledgment":
        return [pick(message.text, message.textJa),
          message.expectedWithinSeconds === undefined ? null
            : C.t("chat.expectedWithin", { seconds: message.expectedWithinSeconds })];
      case "heartbeat":
        return [pick(message.text, message.textJa),
          message.elapsedSeconds === undefined ? null : C.t("chat.elapsed", { seconds: message.elapsedSeconds })];
      case "reviewed_response":
        return [message.text];
      case "delayed_response":
        return [message.response, pick(message.disclaimer, message.disclaimerJa)];
      case "handoff":
        return [pick(message.text, message.textJa)];
      case "error":
        return [message.message || message.code];
      default:
        return [message.text || message.response || JSON.stringify(message)];
    }
  }

  function render(message) {
    const lines = body(message).filter((line) => line !== null && line !== undefined && line !== "");
    const typeKey = "chat.type." + message.type;
    const children = [C.el("span", { class: "chat-type", text: C.t(typeKey) === typeKey ? message.type : C.t(typeKey) })];
    lines.forEach((line, i) => {
      children.push(C.el("p", { class: i === 0 ? "chat-text" : "chat-note" + (message.type === "delayed_response"
        ? " chat-disclaimer" : ""), text: line }));
    });
    if (message.type === "answer" && message.topic) {
      children.push(C.el("p", { class: "chat-note", text: C.t("chat.answerMeta", { topic: message.topic,
        confidence: typeof message.confidence === "number" ? Math.round(message.confidence * 100) + " %" : "–" }) }));
    }
    return children;
  }

  function receive(message) {
    if (!message || !message.type) return;
    const turn = turnFor(message);
    const id = message.messageId || (message.clientMessageId ? "c:" + message.clientMessageId : null);
    const key = id ? id + "|" + message.type : null;
    const existing = key ? state.shown.get(key) : null;
    if (existing) {
      if (message.type === "heartbeat") {
        existing.replaceChildren(...render(message)); // the latest elapsed time
      } else {
        existing.dataset.duplicates = String(Number(existing.dataset.duplicates || "0") + 1);
      }
      return;
    }
    const element = C.el("div", {
      class: "chat-msg chat-" + message.type.replace(/_/g, "-"),
      "data-type": message.type,
      "data-message-id": message.messageId || null,
      "data-client-message-id": message.clientMessageId || null,
      "data-code": message.code || null,
      role: message.type === "error" ? "alert" : null,
    }, render(message));
    if (key) state.shown.set(key, element);
    turn.appendChild(element);
    turn.dataset.last = message.type;
    element.scrollIntoView({ block: "nearest" });
  }

  // --- sending

  function send(event) {
    if (event) event.preventDefault();
    const input = $("chat-input");
    const text = input.value.trim();
    if (!text || !state.socket || state.socket.readyState !== WebSocket.OPEN) return;
    const clientMessageId = "c-" + C.newKey();
    try {
      state.socket.send(JSON.stringify({ action: "sendMessage", clientMessageId: clientMessageId, text: text,
        lang: state.lang }));
    } catch (e) {
      return; // the close handler reconnects; the text stays in the box
    }
    newTurn(clientMessageId, text, state.lang);
    input.value = "";
    input.focus();
  }

  $("chat-form").addEventListener("submit", send);
  $("chat-input").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) send(event);
  });
  $("chat-lang-ja").addEventListener("click", () => setLang("ja"));
  $("chat-lang-en").addEventListener("click", () => setLang("en"));
  window.addEventListener("pagehide", () => {
    const socket = state.socket;
    state.socket = null;
    if (socket) socket.close();
  });
  // back to a page kept in the back-forward cache: its socket was closed on leaving
  window.addEventListener("pageshow", (event) => {
    if (event.persisted && !state.socket && !state.reconnectTimer) connect();
  });
  setLang(state.lang);
  connect();
})();
