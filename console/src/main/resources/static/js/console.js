/*
 * Shared by every page: calls to the services' public APIs through /console/api/<service>/api/..., labels in the
 * page's language, plain problem messages, the connectivity and session banners. No framework.
 */
(function () {
  "use strict";
  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.content;
  const messages = JSON.parse(document.body.dataset.messages || "{}");

  /** The label for key in the page's language, with {name} or {0} placeholders filled from params. */
  function t(key, params) {
    let text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
    if (params) {
      Object.entries(params).forEach(([name, value]) => {
        text = text.split("{" + name + "}").join(String(value));
      });
    }
    return text;
  }

  function setBanner(id, shown) {
    const banner = document.getElementById(id);
    if (banner) banner.hidden = !shown;
  }

  /**
   * Calls a service: Console.api("reviews", "POST", "/api/reviews/next", {body, idempotencyKey}).
   * Resolves to {ok, status, data, problem}; never throws. A network failure or 502 shows the connectivity banner,
   * a 401 the session banner.
   */
  async function api(service, method, path, options) {
    const opts = options || {};
    const headers = { Accept: "application/json" };
    if (method !== "GET") {
      const header = meta("_csrf_header");
      if (header) headers[header] = meta("_csrf");
    }
    if (opts.body !== undefined) headers["Content-Type"] = "application/json";
    if (opts.idempotencyKey) headers["Idempotency-Key"] = opts.idempotencyKey;
    let response;
    try {
      response = await fetch("/console/api/" + service + path, {
        method: method,
        headers: headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        credentials: "same-origin",
        cache: "no-store",
      });
    } catch (e) {
      setBanner("connectivity", true);
      return { ok: false, status: 0, data: null, problem: { code: "NETWORK", detail: t("problem.NETWORK") } };
    }
    setBanner("connectivity", response.status === 502 || response.status === 504);
    if (response.status === 401) setBanner("session-expired", true);
    const text = await response.text();
    let data = null;
    if (text) {
      try { data = JSON.parse(text); } catch (e) { data = { detail: text }; }
    }
    if (response.ok) return { ok: true, status: response.status, data: data, problem: null };
    const problem = data || {};
    if (!problem.code && response.status === 403) problem.code = "FORBIDDEN";
    return { ok: false, status: response.status, data: null, problem: problem };
  }

  /** A sentence for a failed call: the label problem.<code> when there is one, else the service's detail. */
  function problemText(result) {
    const problem = (result && result.problem) || {};
    const key = "problem." + problem.code;
    if (problem.code && Object.prototype.hasOwnProperty.call(messages, key)) return t(key);
    return problem.detail || problem.title || t("common.error") + " (" + (result ? result.status : "?") + ")";
  }

  /**
   * Shows a failed call's problem in the alert element {@code id} (its code in data-code, for tools and tests), or
   * hides the element when result is null.
   */
  function showProblem(id, result) {
    const box = document.getElementById(id);
    if (!box) return;
    if (!result) {
      box.hidden = true;
      return;
    }
    box.textContent = problemText(result);
    box.dataset.code = (result.problem && result.problem.code) || "";
    box.hidden = false;
  }

  /** A new element: el("button", {class: "primary", onclick: fn}, "text" | [children]). */
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.substring(2), value);
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    });
    [].concat(children === undefined ? [] : children).forEach((child) => {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    });
    return node;
  }

  /** Seconds as m:ss (negative: -m:ss). */
  function clock(seconds) {
    const sign = seconds < 0 ? "-" : "";
    const s = Math.abs(Math.round(seconds));
    return sign + Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  /** Runs fn now and every ms while the page is open; skips a tick while the previous one still runs. */
  function every(ms, fn) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try { await fn(); } finally { running = false; }
    };
    tick();
    return setInterval(tick, ms);
  }

  window.Console = {
    api: api,
    t: t,
    problemText: problemText,
    showProblem: showProblem,
    el: el,
    clock: clock,
    every: every,
    newKey: () => (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2)),
    lang: document.documentElement.lang || "en",
    /** The signed-in person's id and roles (claim values such as "senior-reviewer"), for hiding what a role cannot do. */
    user: meta("console-user") || null,
    roles: new Set((meta("console-roles") || "").split(" ").filter(Boolean)),
    hasRole: function (role) { return this.roles.has(role); },
  };
})();
