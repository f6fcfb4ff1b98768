"use strict";

// Live results dashboard. EventSource cannot send an Authorization header, so the stream is read
// with fetch() and parsed here; after a drop it reconnects with Last-Event-ID to resume.

const STREAM_URL = "/api/results/stream";
const TOKEN_KEY = "kaohe.dashboard.token";
const FEED_LENGTH = 50;
const MAX_RETRY_MS = 30000;

const elements = {
  status: document.getElementById("status"),
  form: document.getElementById("token-form"),
  token: document.getElementById("token"),
  tokenSummary: document.getElementById("token-summary"),
  disconnect: document.getElementById("disconnect"),
  rankingRows: document.getElementById("ranking-rows"),
  feed: document.getElementById("feed"),
};

const state = {
  latestByUnit: new Map(),
  lastEventId: null,
  retryMs: 2000,
  connection: null,
};

/**
 * Incremental text/event-stream parser (WHATWG HTML, "Server-sent events"): feed it text chunks as
 * they arrive; it calls onEvent({id, event, data}) for each complete event.
 */
class EventStreamParser {
  constructor(onEvent, onRetry) {
    this.onEvent = onEvent;
    this.onRetry = onRetry;
    this.buffer = "";
    this.reset();
  }

  reset() {
    this.data = [];
    this.eventType = "";
    this.id = null;
  }

  push(chunk) {
    this.buffer += chunk;
    // A trailing "\r" may be the first half of a "\r\n" split across chunks: keep it for later.
    const complete = this.buffer.endsWith("\r") ? this.buffer.slice(0, -1) : this.buffer;
    const lines = complete.split(/\r\n|\r|\n/);
    this.buffer = lines.pop() + this.buffer.slice(complete.length);
    for (const line of lines) {
      this.processLine(line);
    }
  }

  processLine(line) {
    if (line === "") {
      this.dispatch();
      return;
    }
    if (line.startsWith(":")) {
      return;
    }
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) {
      value = value.slice(1);
    }
    switch (field) {
      case "data":
        this.data.push(value);
        break;
      case "event":
        this.eventType = value;
        break;
      case "id":
        if (!value.includes("\0")) {
          this.id = value;
        }
        break;
      case "retry":
        if (/^\d+$/.test(value)) {
          this.onRetry(Number(value));
        }
        break;
      default:
        break;
    }
  }

  dispatch() {
    if (this.data.length > 0) {
      this.onEvent({ id: this.id, event: this.eventType || "message", data: this.data.join("\n") });
    } else if (this.id !== null) {
      this.onEvent({ id: this.id, event: null, data: null });
    }
    this.reset();
  }
}

// ---- Status line ----

function showStatus(kind, text) {
  elements.status.className = `status status--${kind}`;
  elements.status.textContent = text;
}

// ---- Token handling ----

function decodeTokenClaims(token) {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const json = decodeURIComponent(
      Array.from(atob(payload), (c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0")).join(""),
    );
    return JSON.parse(json);
  } catch (error) {
    return null;
  }
}

function describeToken(token) {
  if (!token) {
    return "";
  }
  const claims = decodeTokenClaims(token);
  if (!claims) {
    return "This does not look like a JWT.";
  }
  const roles = Array.isArray(claims.roles) ? claims.roles.join(", ") : "none";
  const expiry = claims.exp ? `, expires ${new Date(claims.exp * 1000).toLocaleString()}` : "";
  return `Token for ${claims.sub ?? "unknown subject"} (roles: ${roles})${expiry}`;
}

// ---- Connection ----

function connect(token) {
  disconnect();
  const controller = new AbortController();
  state.connection = controller;
  elements.disconnect.disabled = false;
  readStream(token, controller);
}

function disconnect() {
  if (state.connection) {
    state.connection.abort();
    state.connection = null;
  }
  elements.disconnect.disabled = true;
}

async function readStream(token, controller) {
  // A replaced connection must not overwrite the status line of its successor.
  const report = (kind, text) => {
    if (state.connection === controller) {
      showStatus(kind, text);
    }
  };
  while (!controller.signal.aborted) {
    report(state.lastEventId ? "reconnecting" : "connecting", "Connecting…");
    try {
      const stopReason = await streamOnce(token, controller.signal, report);
      if (stopReason) {
        report("error", stopReason);
        disconnect();
        return;
      }
      report("reconnecting", `Stream ended; reconnecting in ${state.retryMs / 1000} s…`);
    } catch (error) {
      if (controller.signal.aborted) {
        break;
      }
      report("reconnecting", `Connection lost; reconnecting in ${state.retryMs / 1000} s…`);
    }
    await delay(state.retryMs, controller.signal);
    state.retryMs = Math.min(state.retryMs * 2, MAX_RETRY_MS);
  }
  if (state.connection === null) {
    showStatus("idle", "Disconnected");
  }
}

/** Reads one connection until it ends. Returns a message when retrying would not help. */
async function streamOnce(token, signal, report) {
  const headers = { Authorization: `Bearer ${token}`, Accept: "text/event-stream" };
  if (state.lastEventId) {
    headers["Last-Event-ID"] = state.lastEventId;
  }
  // A first connection asks for the whole history to draw the current results; a reconnection
  // resumes after the last event it saw (the header wins over the query).
  const response = await fetch(`${STREAM_URL}?after=0`, { headers, signal, cache: "no-store" });
  if (response.status === 401) {
    return withDetail("401 token rejected: paste a fresh token", await problemDetail(response));
  }
  if (response.status === 403) {
    return withDetail("403 this token may not read results", await problemDetail(response));
  }
  if (!response.ok || !response.body) {
    throw new Error(`HTTP ${response.status}`);
  }
  report("connected", state.lastEventId ? `Connected, resumed after event ${state.lastEventId}` : "Connected");
  state.retryMs = 2000;

  const parser = new EventStreamParser(handleEvent, (ms) => (state.retryMs = ms));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return null;
    }
    parser.push(value);
  }
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail ?? problem.title ?? "";
  } catch (error) {
    return "";
  }
}

function withDetail(message, detail) {
  return detail ? `${message} (${detail})` : message;
}

function delay(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

// ---- Events and rendering ----

function handleEvent(message) {
  if (message.id) {
    state.lastEventId = message.id;
  }
  if (message.data === null) {
    return;
  }
  let result;
  try {
    result = JSON.parse(message.data);
  } catch (error) {
    addFeedEntry(message, null);
    return;
  }
  if (!result || typeof result.unitCode !== "string") {
    return;
  }
  const key = `${result.year}/${result.unitCode}`;
  const known = state.latestByUnit.get(key);
  // A replayed older result never replaces a newer one.
  if (!known || (result.basedOnSequence ?? 0) >= (known.basedOnSequence ?? 0)) {
    state.latestByUnit.set(key, result);
    renderRanking(key);
  }
  addFeedEntry(message, result);
}

function rankedResults() {
  const results = Array.from(state.latestByUnit.entries());
  results.sort(
    ([, a], [, b]) =>
      (b.year ?? 0) - (a.year ?? 0) ||
      b.compositeScore - a.compositeScore ||
      a.unitCode.localeCompare(b.unitCode),
  );
  return results;
}

function renderRanking(updatedKey) {
  const rows = [];
  let rank = 0;
  let year = null;
  for (const [key, result] of rankedResults()) {
    rank = result.year === year ? rank + 1 : 1;
    year = result.year;
    const row = tableRow([
      [String(rank)],
      [result.unitCode],
      [String(result.year ?? "")],
      [formatScore(result.compositeScore), "number score"],
      [String(result.indicatorCount ?? ""), "number"],
      [String(result.basedOnSequence ?? ""), "number"],
      [formatTime(result.computedAt)],
    ]);
    if (key === updatedKey) {
      row.classList.add("updated");
    }
    rows.push(row);
  }
  elements.rankingRows.replaceChildren(...rows);
}

function tableRow(cells) {
  const row = document.createElement("tr");
  for (const [text, className] of cells) {
    const cell = document.createElement("td");
    cell.textContent = text;
    if (className) {
      cell.className = className;
    }
    row.append(cell);
  }
  return row;
}

function addFeedEntry(message, result) {
  const item = document.createElement("li");
  const summary = document.createElement("span");
  summary.textContent = result
    ? `${result.unitCode} (${result.year}): ${formatScore(result.compositeScore)}`
    : "Unreadable event data";
  const meta = document.createElement("span");
  meta.className = "meta";
  meta.textContent = `#${message.id ?? "?"} · ${message.event} · ${formatTime(result?.computedAt)}`;
  item.append(summary, meta);
  elements.feed.prepend(item);
  while (elements.feed.children.length > FEED_LENGTH) {
    elements.feed.lastElementChild.remove();
  }
}

function formatScore(score) {
  return typeof score === "number" ? score.toFixed(2) : "–";
}

function formatTime(instant) {
  return instant ? new Date(instant).toLocaleString() : "";
}

// ---- Wiring ----

function pastedToken() {
  return elements.token.value.trim().replace(/^Bearer\s+/i, "");
}

elements.token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
elements.tokenSummary.textContent = describeToken(pastedToken());

elements.token.addEventListener("input", () => {
  elements.tokenSummary.textContent = describeToken(pastedToken());
});

elements.form.addEventListener("submit", (event) => {
  event.preventDefault();
  const token = pastedToken();
  if (!token) {
    showStatus("error", "Paste a token first.");
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  connect(token);
});

elements.disconnect.addEventListener("click", disconnect);
