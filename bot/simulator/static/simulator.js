// The chat simulator: sends what a LINE user does, and draws what the bot answers as LINE would.
"use strict";

const CONFIG = JSON.parse(document.getElementById("sim-config").textContent);
const BASE = CONFIG.base;
const $ = (id) => document.getElementById(id);
const state = { user: null, users: [], lastId: 0, polling: null, queue: Promise.resolve() };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (key === "class") node.className = value;
    else if (key === "style") Object.assign(node.style, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

async function api(path, options = {}) {
  const headers = { "X-CSRFToken": CONFIG.csrf, ...(options.headers || {}) };
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(options.json);
  }
  const response = await fetch(BASE + path, { ...options, headers });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

// -- users -------------------------------------------------------------------
async function loadUsers() {
  const found = await api("/api/users");
  if (!found.length && !state.users.length) {
    found.push(await api("/api/users", { method: "POST", json: { name: "ผู้ใช้ทดสอบ 1" } }));
  }
  // A user made while the list was loading stays in it, and stays the one chosen.
  const known = new Set(found.map((u) => u.id));
  state.users = [...found, ...state.users.filter((u) => !known.has(u.id))];
  if (!state.user) {
    const saved = localStorage.getItem("sim-user");
    selectUser((state.users.find((u) => u.id === saved) || state.users[0]).id);
  }
  drawUsers();
  $("users").setAttribute("aria-busy", "false");
}

function drawUsers() {
  $("users").replaceChildren(
    ...state.users.map((u) =>
      el("li", { class: u.id === state.user ? "current" : "" },
        el("button", { type: "button", onclick: () => selectUser(u.id) },
          el("b", {}, u.name), el("small", {}, u.id.slice(0, 9) + "…", u.following ? " · friend" : ""))))
  );
}

function selectUser(id) {
  showPeople(false);
  state.user = id;
  state.lastId = 0;
  localStorage.setItem("sim-user", id);
  $("chat").replaceChildren();
  $("quick").replaceChildren();
  const user = state.users.find((u) => u.id === id);
  $("who").textContent = user ? `${user.name}: ${user.id}` : "";
  $("people-toggle").textContent = user ? `ผู้ใช้: ${user.name}` : "ผู้ใช้ · Users";
  $("follow-banner").hidden = !!(user && user.following);
  drawUsers();
  poll();
}

// -- sending -----------------------------------------------------------------
// Actions go out one at a time, in the order they were made, as in a real chat.
function send(action) {
  if (!state.user) return null;
  const user = state.user;
  $("quick").replaceChildren();
  state.queue = state.queue.then(() => deliver(user, action)).catch((error) => console.error(error));
  return state.queue;
}

async function deliver(userId, action) {
  try {
    await api("/api/send", { method: "POST", json: { user: userId, ...action } });
    if (action.type === "follow" || action.type === "unfollow") {
      const user = state.users.find((u) => u.id === userId);
      user.following = action.type === "follow";
      if (userId === state.user) $("follow-banner").hidden = user.following;
      drawUsers();
    }
  } finally {
    await poll();
  }
}

async function upload(file) {
  if (!file || !state.user) return;
  const form = new FormData();
  form.append("user", state.user);
  form.append("file", file);
  $("quick").replaceChildren();
  state.queue = state.queue
    .then(() => api("/api/upload", { method: "POST", body: form }))
    .catch((error) => console.error(error))
    .then(poll);
  return state.queue;
}

// A pretend voice message: the server keeps a few seconds of silence as its content.
function voice(seconds = 5) {
  if (!state.user) return null;
  const user = state.user;
  $("quick").replaceChildren();
  state.queue = state.queue
    .then(() => api("/api/voice", { method: "POST", json: { user, seconds } }))
    .catch((error) => console.error(error))
    .then(poll);
  return state.queue;
}

// On a narrow screen the list of pretend users opens over the chat, from the bar's button.
function showPeople(open) {
  document.body.classList.toggle("people-open", open);
  $("people-toggle").setAttribute("aria-expanded", String(open));
}

function act(action) {
  switch (action.type) {
    case "message":
      return send({ type: "text", text: action.text });
    case "postback":
      return send({ type: "postback", data: action.data, displayText: action.displayText || action.text });
    case "datetimepicker":
      return pickDate(action);
    case "uri":
      return window.open(action.uri, "_blank", "noopener");
    case "location":
      return $("place-dialog").showModal();
    case "camera":
    case "cameraRoll":
      return $("photo-input").click();
    default:
      return null;
  }
}

function pickDate(action) {
  const input = $("date-input");
  input.type = { date: "date", time: "time", datetime: "datetime-local" }[action.mode] || "date";
  input.min = action.min || "";
  input.max = action.max || "";
  input.value = action.initial || "";
  $("date-label").textContent = action.label || "";
  const dialog = $("date-dialog");
  dialog.onclose = () => {
    if (dialog.returnValue !== "ok" || !input.value) return;
    send({ type: "postback", data: action.data, params: { [action.mode || "date"]: input.value } });
  };
  dialog.showModal();
}

// -- receiving ---------------------------------------------------------------
async function poll() {
  if (!state.user) return;
  const user = state.user;
  const rows = await api(`/api/messages?user=${user}&after=${state.lastId}`);
  const fresh = rows.filter((row) => row.id > state.lastId);  // another poll may have drawn some
  if (user !== state.user || !fresh.length) return;
  for (const row of fresh) {
    state.lastId = row.id;
    $("chat").append(drawRow(row));
  }
  const last = fresh[fresh.length - 1];
  const quick = last.sender === "bot" && last.message.quickReply;
  $("quick").replaceChildren(...(quick ? quick.items.map(chip) : []));
  $("chat").scrollTop = $("chat").scrollHeight;
}

function chip(item) {
  const action = item.action;
  return el("button", { type: "button", class: `chip ${action.type}`, onclick: () => act(action) }, action.label);
}

function drawRow(row) {
  const message = row.message;
  if (message.type === "note") {
    const words = { follow: "เพิ่มเพื่อนแล้ว · You added the account", unfollow: "บล็อกแล้ว · You blocked the account" };
    return el("div", { class: "note" }, words[message.text] || message.text);
  }
  const side = row.sender === "bot" ? "bot" : "me";
  const avatar = side === "bot" ? el("span", { class: "avatar small" }, "ส") : null;
  return el("div", { class: `row ${side}`, "data-channel": row.channel }, avatar, drawMessage(message));
}

function drawMessage(m) {
  switch (m.type) {
    case "text":
      return el("div", { class: "bubble text" }, m.text);
    case "flex":
      return el("div", { class: "flex-message", title: m.altText }, flexContainer(m.contents));
    case "template":
      return template(m.template);
    case "image":
      return m.id
        ? el("img", { class: "photo", src: `${BASE}/api/content/${m.id}`, alt: "photo" })
        : el("img", { class: "photo", src: m.previewImageUrl || m.originalContentUrl, alt: "" });
    case "audio": {
      const seconds = Math.round((m.duration || 0) / 1000);
      const length = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
      return el("div", { class: "bubble audio" }, `🎤 ข้อความเสียง · Voice ${length}`);
    }
    case "file":
      return el("div", { class: "bubble file" }, `[ไฟล์] ${m.fileName} (${Math.ceil(m.fileSize / 1024)} KB)`);
    case "location":
      return el("div", { class: "bubble location" }, el("b", {}, m.title || ""), el("small", {}, m.address));
    case "sticker":
      return el("div", { class: "sticker" }, "(สติกเกอร์)");
    default:
      return el("div", { class: "bubble text" }, m.altText || `[${m.type}]`);
  }
}

// -- Flex: bubble, carousel and their boxes, texts, buttons, separators, images ----
const SIZES = { xxs: "11px", xs: "12px", sm: "13px", md: "14px", lg: "16px", xl: "18px", xxl: "20px", "3xl": "24px" };
const SPACES = { none: "0", xs: "2px", sm: "4px", md: "8px", lg: "12px", xl: "16px", xxl: "20px" };

function flexContainer(c) {
  if (c.type === "carousel") return el("div", { class: "carousel" }, c.contents.map(flexBubble));
  return flexBubble(c);
}

function flexBubble(b) {
  const parts = ["header", "hero", "body", "footer"].filter((p) => b[p]);
  return el("div", { class: `flex-bubble size-${b.size || "mega"}` },
    parts.map((p) => el("div", { class: `flex-${p}` }, flexNode(b[p]))));
}

function flexNode(n, parent) {
  const style = {};
  if (n.margin) style.marginTop = SPACES[n.margin] || n.margin;
  if (n.flex !== undefined) style.flex = String(n.flex);
  switch (n.type) {
    case "box": {
      Object.assign(style, {
        display: "flex",
        flexDirection: n.layout === "vertical" ? "column" : "row",
        gap: SPACES[n.spacing] || "0",
        backgroundColor: n.backgroundColor,
        padding: SPACES[n.paddingAll] || n.paddingAll,
        borderRadius: n.cornerRadius,
      });
      if (n.layout === "baseline") style.alignItems = "baseline";
      return el("div", { class: `flex-box ${n.layout}`, style }, (n.contents || []).map((c) => flexNode(c, n)));
    }
    case "text":
      Object.assign(style, {
        fontSize: SIZES[n.size] || n.size || "14px",
        fontWeight: n.weight === "bold" ? "700" : "400",
        color: n.color,
        textAlign: n.align,
        whiteSpace: n.wrap ? "pre-wrap" : "nowrap",
        overflow: "hidden",
        textOverflow: "ellipsis",
      });
      return el("div", { class: "flex-text", style }, n.text || (n.contents || []).map((s) => s.text).join(""));
    case "button":
      return el("button", { type: "button", class: `flex-button ${n.style || "link"}`, style, onclick: () => act(n.action) },
        n.action.label);
    case "separator":
      return el("hr", { class: "flex-separator", style });
    case "image":
      return el("img", { class: "flex-image", src: n.url, alt: "", style });
    case "spacer":
      return el("div", { style: { height: SPACES[n.size] || "8px" } });
    case "filler":
      return el("div", { style: { flex: "1" } });
    default:
      return null;
  }
}

function template(t) {
  const actions = (t.actions || []).map((a) =>
    el("button", { type: "button", class: "flex-button link", onclick: () => act(a) }, a.label));
  if (t.type === "carousel") return el("div", { class: "carousel" }, t.columns.map((c) => template({ ...c, type: "buttons" })));
  return el("div", { class: "flex-bubble template" },
    t.thumbnailImageUrl ? el("img", { class: "flex-image", src: t.thumbnailImageUrl }) : null,
    el("div", { class: "flex-body" }, t.title ? el("b", {}, t.title) : null, el("div", { class: "flex-text" }, t.text)),
    el("div", { class: "flex-footer" }, actions));
}

// -- rich menu -----------------------------------------------------------------
function drawRichMenu() {
  const box = $("richmenu");
  for (const area of CONFIG.menu.areas) {
    const b = area.bounds;
    box.append(el("button", {
      type: "button",
      class: "area",
      "aria-label": area.action.label,
      style: {
        left: `${(100 * b.x) / CONFIG.size.width}%`,
        top: `${(100 * b.y) / CONFIG.size.height}%`,
        width: `${(100 * b.width) / CONFIG.size.width}%`,
        height: `${(100 * b.height) / CONFIG.size.height}%`,
      },
      onclick: () => act(area.action),
    }));
  }
}

// -- wiring ----------------------------------------------------------------------
$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = $("text").value.trim();
  if (!text) return;
  $("text").value = "";
  send({ type: "text", text });
});
$("new-user").addEventListener("submit", async (event) => {
  event.preventDefault();
  const name = $("new-user-name").value.trim() || `ผู้ใช้ทดสอบ ${state.users.length + 1}`;
  const user = await api("/api/users", { method: "POST", json: { name } });
  $("new-user-name").value = "";
  state.users.push(user);
  selectUser(user.id);
});
$("follow").addEventListener("click", () => send({ type: "follow" }));
$("unfollow").addEventListener("click", () => send({ type: "unfollow" }));
$("plus").addEventListener("click", () => ($("attach").hidden = !$("attach").hidden));
$("attach").addEventListener("click", (event) => {
  const what = event.target.closest("button")?.dataset.attach;
  $("attach").hidden = true;
  if (what === "photo") $("photo-input").click();
  if (what === "file") $("file-input").click();
  if (what === "location") $("place-dialog").showModal();
  if (what === "voice") voice();
  if (what === "sticker") send({ type: "sticker" });
});
for (const id of ["photo-input", "file-input"]) {
  $(id).addEventListener("change", (event) => {
    upload(event.target.files[0]);
    event.target.value = "";
  });
}
$("place-dialog").addEventListener("close", () => {
  const value = $("place-dialog").returnValue;
  if (value !== "cancel" && value !== "") send({ type: "location", place: Number(value) });
});
$("people-close").addEventListener("click", () => showPeople(false));
$("people-toggle").addEventListener("click", () =>
  showPeople(!document.body.classList.contains("people-open")));
$("menu-toggle").addEventListener("click", () => ($("richmenu").hidden = !$("richmenu").hidden));

drawRichMenu();
loadUsers();
state.polling = setInterval(() => poll().catch(() => null), 1500);
