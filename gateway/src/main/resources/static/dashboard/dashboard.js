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
  cadreRows: document.getElementById("cadre-rows"),
  feed: document.getElementById("feed"),
};

const state = {
  latestByUnit: new Map(),
  latestByCadre: new Map(),
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

// Grade codes of the results with the names the province publishes.
const GRADE_NAMES = {
  EXCELLENT: "优秀",
  GOOD: "良好",
  AVERAGE: "一般",
  POOR: "较差",
  COMPETENT: "称职",
  BASICALLY_COMPETENT: "基本称职",
  INCOMPETENT: "不称职",
};

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
  const cadre = typeof result.cadreCode === "string";
  const latest = cadre ? state.latestByCadre : state.latestByUnit;
  const key = `${result.year}/${cadre ? result.cadreCode : result.unitCode}`;
  const position = Number(message.id ?? 0);
  const known = latest.get(key);
  // The stream delivers results in the order they were logged; a replayed older one never
  // replaces a newer one.
  if (!known || position >= known.position) {
    latest.set(key, { result, position });
    if (cadre) {
      renderCadres(key);
    } else {
      renderUnits(key);
    }
  }
  addFeedEntry(message, result);
}

/** Newest year first, then by peer group, then by rank (unranked last), then by code. */
function ranked(latest, codeOf) {
  const results = Array.from(latest.entries(), ([key, known]) => [key, known.result]);
  results.sort(
    ([, a], [, b]) =>
      (b.year ?? 0) - (a.year ?? 0) ||
      String(a.peerGroup ?? "").localeCompare(String(b.peerGroup ?? "")) ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      codeOf(a).localeCompare(codeOf(b)),
  );
  return results;
}

function renderUnits(updatedKey) {
  const rows = ranked(state.latestByUnit, (r) => r.unitCode).map(([key, result]) =>
    markUpdated(
      tableRow([
        [formatRank(result), "number"],
        [result.unitCode],
        [String(result.year ?? "")],
        [formatScore(result.composite), "number score"],
        [formatGrade(result), gradeClass(result)],
        [formatInputs(result), result.complete ? "complete" : "incomplete"],
        [formatTime(result.computedAt)],
      ]),
      key === updatedKey,
    ),
  );
  elements.rankingRows.replaceChildren(...rows);
}

function renderCadres(updatedKey) {
  const rows = ranked(state.latestByCadre, (r) => r.cadreCode).map(([key, result]) =>
    markUpdated(
      tableRow([
        [formatRank(result), "number"],
        [result.cadreCode],
        [result.unitCode],
        [result.role ?? ""],
        [String(result.year ?? "")],
        [formatScore(result.composite), "number score"],
        [formatGrade(result), gradeClass(result)],
        [formatInputs(result), result.complete ? "complete" : "incomplete"],
      ]),
      key === updatedKey,
    ),
  );
  elements.cadreRows.replaceChildren(...rows);
}

function markUpdated(row, updated) {
  if (updated) {
    row.classList.add("updated");
  }
  return row;
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
    ? `${result.cadreCode ?? result.unitCode} (${result.year}): ${formatScore(result.composite)} ${formatGrade(result)}`
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

/** "3 / 14": the place in the peer group and the group's size. */
function formatRank(result) {
  return `${result.rank ?? "–"} / ${result.peerGroupSize ?? "?"}`;
}

/** "良好 GOOD", with "(provisional)" while an input of the unit or its peer group is missing. */
function formatGrade(result) {
  if (!result.grade) {
    return "–";
  }
  const name = GRADE_NAMES[result.grade] ?? "";
  const grade = `${name} ${result.grade}`.trim();
  return result.provisional ? `${grade} (provisional)` : grade;
}

function gradeClass(result) {
  const grade = result.grade ? ` grade--${result.grade.toLowerCase().replace(/_/g, "-")}` : "";
  return `grade${grade}${result.provisional ? " provisional" : ""}`;
}

function formatInputs(result) {
  const missing = Array.isArray(result.missing) ? result.missing.length : 0;
  return result.complete ? "complete" : `${missing} missing`;
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
