/* eventwire page: map + timeline + table + article view over the JSON API.
 * All data from the API is put into the page with textContent / attributes, never as HTML. */
"use strict";

const TYPE_COLORS = {
  ASSAULT: "#d62728", COERCE: "#f27c1c", THREATEN: "#e0a21b", PROTEST: "#9467bd",
  MOBILIZE: "#8c564b", SANCTION: "#e377c2", ACCUSE: "#a5a51c", REJECT: "#7f7f7f",
  REQUEST: "#17a2b8", RETREAT: "#7fa7d6", CONCEDE: "#6cc36c", AID: "#2ca02c",
  COOPERATE: "#1f77b4", SUPPORT: "#393b79", CONSULT: "#6b6ecf", AGREE: "#0b8a6f",
};
const SVG_NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const MAX_ROWS = 1000;

const state = {
  events: [],            // every event from the API
  countries: [],         // [{code, name, numeric, events}]
  hiddenTypes: new Set(),
  country: "",
  query: "",
  range: null,           // [startMs, endMs) chosen on the timeline
  domain: null,          // timeline domain [startMs, endMs)
  sort: { key: "date", dir: -1 },
  selected: null,        // event id
};

// -- small DOM helpers ------------------------------------------------------------------------
function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function svg(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
const $ = (id) => document.getElementById(id);

async function getJSON(url) {
  const resp = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(body.error || `${resp.status} ${resp.statusText}`);
  return body;
}

// -- event accessors --------------------------------------------------------------------------
const evType = (e) => e.type.plover;
const evStart = (e) => (e.date && e.date.start ? Date.parse(e.date.start) : null);
const evPlace = (e) => e.place || {};
function evDeaths(e) {
  const f = e.fatalities;
  if (!f) return null;
  for (const k of ["acled", "low", "high"]) if (f[k] !== null && f[k] !== undefined) return f[k];
  return null;
}
function actorName(ref) { return ref ? ref.name : ""; }
function evActors(e) {
  const a = [actorName(e.actor1), actorName(e.actor2)].filter(Boolean);
  return a.join(" → ");
}
function placeLabel(p) {
  if (!p || !p.name) return "";
  return p.country ? `${p.name}, ${p.country}` : p.name;
}
function dateLabel(e) {
  const d = e.date || {};
  if (!d.start) return "—";
  if (d.precision === "year") return d.start.slice(0, 4);
  if (d.precision === "month" || d.precision === "season") return d.start.slice(0, 7);
  return d.start;
}

// -- filtering --------------------------------------------------------------------------------
function matchesQuery(e, q) {
  if (!q) return true;
  const p = evPlace(e);
  const fields = [e.actor1 && e.actor1.name, e.actor1 && e.actor1.text, e.actor2 && e.actor2.name,
    e.actor2 && e.actor2.text, p.name, p.admin1];
  return fields.some((f) => f && f.toLowerCase().includes(q));
}
function passesBase(e) {  // every filter but the timeline range
  if (state.hiddenTypes.has(evType(e))) return false;
  if (state.country && evPlace(e).country !== state.country) return false;
  return matchesQuery(e, state.query);
}
function inRange(e) {  // by start date, as the timeline bars count events
  if (!state.range) return true;
  const s = evStart(e);
  return s !== null && s >= state.range[0] && s < state.range[1];
}
function filtered() { return state.events.filter((e) => passesBase(e) && inRange(e)); }

// -- map --------------------------------------------------------------------------------------
const map = { width: 960, height: 500, view: null, projection: null, countriesLayer: null,
  pointsLayer: null, k: 1 };

function setupMap(world) {
  const root = $("map");
  root.setAttribute("viewBox", `0 0 ${map.width} ${map.height}`);
  const land = topojson.feature(world, world.objects.countries);
  // fit the inhabited world: Antarctica (ISO 010) would take a fifth of the height for nothing
  const fitTo = { type: "FeatureCollection", features: land.features.filter((f) => f.id !== "010") };
  map.projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [map.width - 8, map.height - 8]], fitTo);
  const path = d3.geoPath(map.projection);
  const view = svg("g", { class: "view" });
  view.appendChild(svg("path", { class: "sphere", d: path({ type: "Sphere" }) }));
  view.appendChild(svg("path", { class: "graticule", d: path(d3.geoGraticule10()) }));
  map.countriesLayer = svg("g", { class: "countries" });
  const active = new Map(state.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  for (const f of land.features) {
    const c = active.get(String(f.id).padStart(3, "0"));
    const node = svg("path", { class: c ? "country has-events" : "country", d: path(f) || "" });
    const t = svg("title");
    t.textContent = c ? `${c.name}: ${c.events} event(s)` : (f.properties && f.properties.name) || "";
    node.appendChild(t);
    if (c) {
      node.dataset.code = c.code;
      node.addEventListener("click", () => {
        if (map.dragged) return;
        setCountry(state.country === c.code ? "" : c.code);
      });
    }
    map.countriesLayer.appendChild(node);
  }
  view.appendChild(map.countriesLayer);
  view.appendChild(svg("path", { class: "borders",
    d: path(topojson.mesh(world, world.objects.countries, (a, b) => a !== b)) }));
  map.pointsLayer = svg("g", { class: "points" });
  view.appendChild(map.pointsLayer);
  root.appendChild(view);
  map.view = { x: 0, y: 0, w: map.width, h: map.height };
  setupZoom(root);
}

function radius(e) {
  const d = evDeaths(e);
  return d ? Math.min(16, 3.5 + Math.sqrt(d) * 1.3) : 3.5;
}

function drawPoints(events) {
  clear(map.pointsLayer);
  const located = events.filter((e) => evPlace(e).lat !== null && evPlace(e).lat !== undefined
    && evPlace(e).lon !== null && evPlace(e).lon !== undefined);
  // events at the same spot sit on a small ring around it, so each stays visible and clickable
  const groups = new Map();
  for (const e of located) {
    const key = `${evPlace(e).lon.toFixed(3)},${evPlace(e).lat.toFixed(3)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  const dots = [];
  for (const group of groups.values()) {
    const [x, y] = map.projection([evPlace(group[0]).lon, evPlace(group[0]).lat]);
    const ring = group.length > 1 ? 3 + 2.2 * Math.sqrt(group.length) : 0;
    group.forEach((e, i) => {
      const a = 2 * Math.PI * i / group.length - Math.PI / 2;
      dots.push({ e, x, y, dx: ring * Math.cos(a), dy: ring * Math.sin(a) });
    });
  }
  // big circles first so small ones stay clickable on top
  dots.sort((a, b) => radius(b.e) - radius(a.e));
  for (const { e, x, y, dx, dy } of dots) {
    const c = svg("circle", { fill: TYPE_COLORS[evType(e)] || "#555", class: "event-dot" });
    Object.assign(c.dataset, { id: e.event_id, r: radius(e), x, y, dx, dy });
    placeDot(c);
    if (e.event_id === state.selected) c.classList.add("selected");
    const t = svg("title");
    const deaths = evDeaths(e);
    t.textContent = `${evType(e)} · ${dateLabel(e)} · ${placeLabel(evPlace(e))}` +
      (evActors(e) ? `\n${evActors(e)}` : "") + (deaths ? `\n${deaths} killed` : "");
    c.appendChild(t);
    c.addEventListener("click", (ev) => { ev.stopPropagation(); selectEvent(e.event_id); });
    map.pointsLayer.appendChild(c);
  }
  const unplaced = events.length - located.length;
  $("map-note").textContent = unplaced ? `${unplaced} event(s) without coordinates are only in the table` : "";
  for (const node of map.countriesLayer.children) {
    node.classList.toggle("chosen", !!state.country && node.dataset.code === state.country);
  }
}

function placeDot(c) {  // sizes and ring offsets stay constant on screen whatever the zoom
  const d = c.dataset;
  c.setAttribute("cx", (+d.x + d.dx / map.k).toFixed(2));
  c.setAttribute("cy", (+d.y + d.dy / map.k).toFixed(2));
  c.setAttribute("r", (d.r / map.k).toFixed(2));
}

function applyView() {
  const v = map.view;
  $("map").setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
  map.k = map.width / v.w;
  for (const c of map.pointsLayer.children) placeDot(c);
}

function zoomAt(factor, cx, cy) {
  const v = map.view;
  const w = Math.min(map.width, Math.max(map.width / 40, v.w / factor));
  const h = w * map.height / map.width;
  const fx = (cx - v.x) / v.w, fy = (cy - v.y) / v.h;
  map.view = clampView({ x: cx - fx * w, y: cy - fy * h, w, h });
  applyView();
}

function clampView(v) {
  v.x = Math.min(Math.max(v.x, 0), map.width - v.w);
  v.y = Math.min(Math.max(v.y, 0), map.height - v.h);
  return v;
}

function svgPoint(root, clientX, clientY) {
  const r = root.getBoundingClientRect();
  const v = map.view;
  // the viewBox keeps its aspect ratio (xMidYMid meet): work out the drawn scale and offsets
  const s = Math.min(r.width / v.w, r.height / v.h);
  const ox = (r.width - v.w * s) / 2, oy = (r.height - v.h * s) / 2;
  return [v.x + (clientX - r.left - ox) / s, v.y + (clientY - r.top - oy) / s, s];
}

function setupZoom(root) {
  root.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const [x, y] = svgPoint(root, ev.clientX, ev.clientY);
    zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, x, y);
  }, { passive: false });
  let drag = null;
  root.addEventListener("pointerdown", (ev) => {
    drag = { x: ev.clientX, y: ev.clientY, view: { ...map.view }, moved: false };
    map.dragged = false;
  });
  window.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    drag.moved = map.dragged = true;
    root.classList.add("dragging");
    const s = svgPoint(root, 0, 0)[2];
    map.view = clampView({ ...drag.view, x: drag.view.x - dx / s, y: drag.view.y - dy / s });
    applyView();
  });
  window.addEventListener("pointerup", () => { drag = null; root.classList.remove("dragging"); });
  const centre = () => [map.view.x + map.view.w / 2, map.view.y + map.view.h / 2];
  $("zoom-in").addEventListener("click", () => zoomAt(1.6, ...centre()));
  $("zoom-out").addEventListener("click", () => zoomAt(1 / 1.6, ...centre()));
  $("zoom-reset").addEventListener("click", () => {
    map.view = { x: 0, y: 0, w: map.width, h: map.height };
    applyView();
  });
}

function drawLegend() {
  const box = $("legend");
  clear(box);
  const counts = {};
  for (const e of state.events) counts[evType(e)] = (counts[evType(e)] || 0) + 1;
  const types = Object.keys(counts).sort((a, b) => counts[b] - counts[a]);
  for (const t of types) {
    const b = el("button", "legend-item");
    b.type = "button";
    b.dataset.type = t;
    b.setAttribute("aria-pressed", String(!state.hiddenTypes.has(t)));
    b.title = `Show or hide ${t} events`;
    const sw = el("span", "swatch");
    sw.style.background = TYPE_COLORS[t] || "#555";
    b.append(sw, el("span", null, t.toLowerCase()), el("span", "count", counts[t]));
    if (state.hiddenTypes.has(t)) b.classList.add("off");
    b.addEventListener("click", () => {
      if (state.hiddenTypes.has(t)) state.hiddenTypes.delete(t); else state.hiddenTypes.add(t);
      drawLegend();
      update();
    });
    box.appendChild(b);
  }
  const note = el("span", "legend-note", "circle size: deaths");
  box.appendChild(note);
}

// -- timeline ---------------------------------------------------------------------------------
const UNITS = [
  { name: "day", max: 120 * DAY, floor: (t) => Math.floor(t / DAY) * DAY, next: (t) => t + DAY },
  { name: "week", max: 2 * 365 * DAY, floor: (t) => { const d = new Date(t); const wd = (d.getUTCDay() + 6) % 7; return Math.floor(t / DAY) * DAY - wd * DAY; }, next: (t) => t + 7 * DAY },
  { name: "month", max: 12 * 365 * DAY, floor: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); }, next: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); } },
  { name: "year", max: Infinity, floor: (t) => Date.UTC(new Date(t).getUTCFullYear(), 0, 1), next: (t) => Date.UTC(new Date(t).getUTCFullYear() + 1, 0, 1) },
];
const fmtDay = (t) => new Date(t).toISOString().slice(0, 10);

function fullDomain() {
  const starts = state.events.map(evStart).filter((t) => t !== null);
  if (!starts.length) return null;
  return [Math.min(...starts), Math.max(...starts) + DAY];
}

function drawTimeline() {
  const root = $("timeline");
  clear(root);
  const width = Math.max(300, root.clientWidth || 800), height = Math.max(60, root.clientHeight || 100);
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const domain = state.domain || fullDomain();
  if (!domain) { $("timeline-label").textContent = "No dated events"; return; }
  const unit = UNITS.find((u) => domain[1] - domain[0] <= u.max);
  const pad = { l: 34, r: 10, t: 6, b: 18 };
  const bins = [];
  for (let t = unit.floor(domain[0]); t < domain[1]; t = unit.next(t)) bins.push(t);
  const x0 = bins[0], x1 = unit.next(bins[bins.length - 1]);
  const x = (t) => pad.l + (t - x0) / (x1 - x0) * (width - pad.l - pad.r);
  const index = (t) => d3.bisectRight(bins, t) - 1;
  const stacks = bins.map(() => ({}));
  let max = 1;
  for (const e of state.events) {
    const s = evStart(e);
    if (s === null || s < x0 || s >= x1 || !passesBase(e)) continue;
    const st = stacks[index(s)];
    st[evType(e)] = (st[evType(e)] || 0) + 1;
  }
  for (const st of stacks) max = Math.max(max, Object.values(st).reduce((a, b) => a + b, 0));
  const y = (n) => (height - pad.b) - n / max * (height - pad.b - pad.t);
  const order = Object.keys(TYPE_COLORS);
  // axes: a few y ticks and date ticks
  for (const n of [0, Math.ceil(max / 2), max]) {
    root.appendChild(svg("line", { x1: pad.l, x2: width - pad.r, y1: y(n), y2: y(n), class: "grid" }));
    const label = svg("text", { x: pad.l - 6, y: y(n) + 3, class: "tick", "text-anchor": "end" });
    label.textContent = String(n);
    root.appendChild(label);
  }
  const bars = svg("g", { class: "bars" });
  bins.forEach((t, i) => {
    let base = 0;
    const bx = x(t), bw = Math.max(1, x(unit.next(t)) - bx - (x(unit.next(t)) - bx > 4 ? 1 : 0));
    for (const type of order) {
      const n = stacks[i][type];
      if (!n) continue;
      const r = svg("rect", { x: bx.toFixed(2), width: bw.toFixed(2), y: y(base + n).toFixed(2),
        height: (y(base) - y(base + n)).toFixed(2), fill: TYPE_COLORS[type] });
      const title = svg("title");
      title.textContent = `${fmtDay(t)} (${unit.name}): ${n} ${type}`;
      r.appendChild(title);
      bars.appendChild(r);
      base += n;
    }
  });
  root.appendChild(bars);
  // date ticks on bin boundaries, as many as fit
  const room = Math.max(2, Math.floor((width - pad.l - pad.r) / 90));
  const stride = Math.max(1, Math.ceil(bins.length / room));
  const fmt = unit.name === "year" ? (t) => fmtDay(t).slice(0, 4)
    : unit.name === "month" ? (t) => fmtDay(t).slice(0, 7) : fmtDay;
  for (let i = 0; i < bins.length; i += stride) {
    const label = svg("text", { x: x(bins[i]) + 2, y: height - 4, class: "tick" });
    label.textContent = fmt(bins[i]);
    root.appendChild(label);
    root.appendChild(svg("line", { x1: x(bins[i]), x2: x(bins[i]), y1: height - pad.b, y2: height - pad.b + 4, class: "axis" }));
  }
  $("timeline-label").textContent = `Events per ${unit.name} by type`;
  drawBrush(root, { x, x0, x1, pad, width, height, unit });
}

function drawBrush(root, g) {
  const invert = (px) => g.x0 + (px - g.pad.l) / (g.width - g.pad.l - g.pad.r) * (g.x1 - g.x0);
  const sel = svg("rect", { class: "brush-selection", y: g.pad.t, height: g.height - g.pad.b - g.pad.t,
    x: 0, width: 0, visibility: "hidden" });
  const overlay = svg("rect", { class: "brush-overlay", x: g.pad.l, y: 0,
    width: g.width - g.pad.l - g.pad.r, height: g.height - g.pad.b });
  root.append(overlay, sel);
  const show = (a, b) => {
    const l = Math.max(g.pad.l, Math.min(a, b)), r = Math.min(g.width - g.pad.r, Math.max(a, b));
    sel.setAttribute("x", l); sel.setAttribute("width", Math.max(0, r - l));
    sel.setAttribute("visibility", "visible");
  };
  if (state.range) show(g.x(Math.max(state.range[0], g.x0)), g.x(Math.min(state.range[1], g.x1)));
  const toPx = (ev) => {
    const r = root.getBoundingClientRect();
    return (ev.clientX - r.left) * g.width / r.width;
  };
  let start = null;
  overlay.addEventListener("pointerdown", (ev) => {
    start = toPx(ev);
    overlay.setPointerCapture(ev.pointerId);
  });
  overlay.addEventListener("pointermove", (ev) => { if (start !== null) show(start, toPx(ev)); });
  overlay.addEventListener("pointerup", (ev) => {
    if (start === null) return;
    const end = toPx(ev);
    const a = Math.min(start, end), b = Math.max(start, end);
    start = null;
    if (b - a < 3) { setRange(null); return; }
    // snap to whole bins so the filter matches the bars the user covered
    const lo = g.unit.floor(invert(a)), hi = g.unit.next(g.unit.floor(invert(b) - 1));
    setRange([Math.max(lo, g.x0), Math.min(hi, g.x1)]);
  });
}

function setRange(range) {
  state.range = range;
  const label = $("range-label");
  label.textContent = range ? `${fmtDay(range[0])} – ${fmtDay(range[1] - DAY)}` : "";
  $("range-clear").hidden = !range;
  $("range-zoom").hidden = !range;
  update();
}

// -- table ------------------------------------------------------------------------------------
const SORT_KEYS = {
  date: (e) => evStart(e) ?? -Infinity,
  type: (e) => evType(e),
  actors: (e) => evActors(e).toLowerCase() || "\uffff",
  place: (e) => placeLabel(evPlace(e)).toLowerCase() || "\uffff",
  fatalities: (e) => evDeaths(e) ?? -1,
};

function drawTable(events) {
  const key = SORT_KEYS[state.sort.key], dir = state.sort.dir;
  const rows = [...events].sort((a, b) => {
    const ka = key(a), kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : 0) * dir || a.event_id.localeCompare(b.event_id);
  });
  const body = document.querySelector("#events tbody");
  clear(body);
  const frag = document.createDocumentFragment();
  const listed = rows.slice(0, MAX_ROWS);
  // an event picked on the map stays in the table even past the row cap
  const picked = rows.find((e) => e.event_id === state.selected);
  if (picked && !listed.includes(picked)) listed.push(picked);
  for (const e of listed) {
    const tr = el("tr");
    tr.dataset.id = e.event_id;
    tr.tabIndex = 0;
    if (e.event_id === state.selected) tr.classList.add("selected");
    const type = el("td");
    const chip = el("span", "chip", evType(e).toLowerCase());
    chip.style.setProperty("--c", TYPE_COLORS[evType(e)] || "#555");
    type.appendChild(chip);
    if (e.mode && e.mode !== "asserted") type.appendChild(el("span", "mode", e.mode));
    const deaths = evDeaths(e);
    tr.append(el("td", "date", dateLabel(e)), type, el("td", "actors", evActors(e) || "—"),
      el("td", "place", placeLabel(evPlace(e)) || "—"), el("td", "num", deaths ?? ""));
    if (e.reports && e.reports.length > 1) {
      tr.children[2].appendChild(el("span", "badge", `${e.reports.length} reports`));
    }
    tr.addEventListener("click", () => selectEvent(e.event_id));
    tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") selectEvent(e.event_id); });
    frag.appendChild(tr);
  }
  body.appendChild(frag);
  $("empty").hidden = rows.length > 0;
  for (const th of document.querySelectorAll("#events th")) {
    th.classList.toggle("sorted", th.dataset.key === state.sort.key);
    th.classList.toggle("desc", th.dataset.key === state.sort.key && dir < 0);
  }
}

// -- article view -----------------------------------------------------------------------------
async function selectEvent(id) {
  state.selected = id;
  if (!document.querySelector(`#events tr[data-id="${CSS.escape(id)}"]`)) drawTable(filtered());
  for (const n of document.querySelectorAll(".event-dot.selected, #events tr.selected")) n.classList.remove("selected");
  for (const n of document.querySelectorAll(`[data-id="${CSS.escape(id)}"]`)) n.classList.add("selected");
  const dot = map.pointsLayer.querySelector(`[data-id="${CSS.escape(id)}"]`);
  if (dot) map.pointsLayer.appendChild(dot);  // draw on top
  try {
    const event = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    if (state.selected !== id) return;
    showEvent(event);
    const first = event.reports[0];
    if (first) await showArticle(event, first.article_id);
  } catch (err) {
    showError(err);
  }
}

function showError(err) {
  $("article").hidden = false;
  clear($("event-meta"));
  $("event-meta").appendChild(el("p", "error", `Could not load: ${err.message}`));
}

function showEvent(e) {
  $("article").hidden = false;
  const meta = $("event-meta");
  clear(meta);
  const chip = el("span", "chip", evType(e).toLowerCase());
  chip.style.setProperty("--c", TYPE_COLORS[evType(e)] || "#555");
  const line = el("div", "meta-line");
  line.append(chip, el("strong", null, dateLabel(e)), el("span", null, placeLabel(evPlace(e)) || "place unknown"));
  if (e.mode !== "asserted") line.appendChild(el("span", "mode", e.mode));
  meta.appendChild(line);
  const facts = el("dl", "facts");
  const add = (k, v) => { if (v) { facts.append(el("dt", null, k), el("dd", null, v)); } };
  add("Actors", evActors(e));
  add("Kind", [e.type.plover_mode, e.type.acled_sub_event_type].filter(Boolean).join(" · "));
  const f = e.fatalities;
  if (f) add("Deaths", f.low === f.high || f.high === null ? String(f.low ?? f.acled) : `${f.low}–${f.high}`);
  add("Confidence", e.confidence !== undefined ? e.confidence.toFixed(2) : "");
  meta.appendChild(facts);
  const reports = $("reports");
  clear(reports);
  if (e.reports.length > 1) reports.appendChild(el("span", "reports-label", `${e.reports.length} reports:`));
  e.reports.forEach((r, i) => {
    const b = el("button", "report", r.outlet || r.title || r.article_id);
    b.type = "button";
    b.title = r.title || r.article_id;
    b.dataset.article = r.article_id;
    if (i === 0) b.classList.add("active");
    b.addEventListener("click", () => showArticle(e, r.article_id));
    reports.appendChild(b);
  });
  reports.hidden = e.reports.length < 2;
}

async function showArticle(event, articleId) {
  for (const b of $("reports").children) b.classList.toggle("active", b.dataset.article === articleId);
  const a = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
  if (state.selected !== event.event_id) return;
  $("article-title").textContent = a.title || "(untitled article)";
  $("article-byline").textContent = [a.outlet, a.published].filter(Boolean).join(" · ");
  const spans = [];
  const push = (start, end, cls, title) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) spans.push({ start, end, cls, title });
  };
  for (const ev of event.evidence) if (ev.article_id === articleId) push(ev.start, ev.end, "ev", "evidence for this event");
  for (const q of a.quotes) push(q.start, q.end, "quote", q.speaker ? `quote: ${q.speaker}` : "quote");
  for (const p of a.places) for (const m of p.mentions) push(m.start, m.end, "place", `${p.name}${p.country ? ", " + p.country : ""} (${p.precision})`);
  for (const ac of a.actors) for (const m of ac.mentions) push(m.start, m.end, "actor", `${ac.name}${ac.type ? " · " + ac.type : ""}`);
  renderMarked($("article-text"), a.text, spans);
  const quotes = $("article-quotes");
  clear(quotes);
  for (const q of a.quotes) {
    const li = el("li");
    li.append(el("q", null, q.text), el("span", "speaker", q.speaker ? `— ${q.speaker}${q.speaker_role ? ", " + q.speaker_role : ""}` : "— unattributed"));
    quotes.appendChild(li);
  }
  if (!a.quotes.length) quotes.appendChild(el("li", "none", "No quotes found in this article."));
  const first = $("article-text").querySelector("mark.ev");
  const scroller = document.querySelector(".article-body-wrap");
  scroller.scrollTop = 0;
  // bring the evidence into view, keeping the title visible when it already fits
  if (first && first.offsetTop + first.offsetHeight > scroller.clientHeight * 0.8) {
    scroller.scrollTop = Math.max(0, first.offsetTop - scroller.clientHeight / 3);
  }
}

/* Split `text` at every span boundary; each piece gets the classes of the spans covering it.
 * Pieces are text nodes inside <mark>/<span>, so markup in the article shows as text. */
function renderMarked(container, text, spans) {
  clear(container);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    if (!over.length) { frag.appendChild(document.createTextNode(piece)); continue; }
    const classes = [...new Set(over.map((s) => s.cls))];
    const node = el(classes.includes("ev") ? "mark" : "span", classes.join(" "), piece);
    node.title = [...new Set(over.map((s) => s.title))].join("\n");
    frag.appendChild(node);
  }
  container.appendChild(frag);
}

// -- wiring -----------------------------------------------------------------------------------
function setCountry(code) {
  state.country = code;
  $("country").value = code;
  update();
}

function update() {
  const events = filtered();
  drawPoints(events);
  drawTable(events);
  drawTimeline();
  const shown = Math.min(events.length, MAX_ROWS);
  $("summary").textContent = `${events.length} of ${state.events.length} events` +
    (events.length > MAX_ROWS ? ` (table shows ${shown})` : "");
}

function wire() {
  let timer = null;
  $("search").addEventListener("input", (ev) => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.query = ev.target.value.trim().toLowerCase(); update(); }, 120);
  });
  $("country").addEventListener("change", (ev) => setCountry(ev.target.value));
  for (const th of document.querySelectorAll("#events th")) {
    th.addEventListener("click", () => {
      const k = th.dataset.key;
      state.sort = { key: k, dir: state.sort.key === k ? -state.sort.dir : (k === "date" || k === "fatalities" ? -1 : 1) };
      drawTable(filtered());
    });
  }
  $("article-close").addEventListener("click", () => { $("article").hidden = true; });
  $("range-clear").addEventListener("click", () => setRange(null));
  $("range-zoom").addEventListener("click", () => {
    state.domain = state.range;
    $("range-full").hidden = false;
    drawTimeline();
  });
  $("range-full").addEventListener("click", () => {
    state.domain = null;
    $("range-full").hidden = true;
    drawTimeline();
  });
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") $("article").hidden = true; });
  let resize = null;
  window.addEventListener("resize", () => { clearTimeout(resize); resize = setTimeout(drawTimeline, 100); });
}

async function main() {
  wire();
  try {
    const [data, stats, world] = await Promise.all([
      getJSON("/api/events?limit=10000"), getJSON("/api/stats"), getJSON("/static/vendor/countries-110m.json")]);
    state.events = data.events;
    state.countries = stats.countries || [];
    const select = $("country");
    for (const c of [...state.countries].sort((a, b) => a.name.localeCompare(b.name))) {
      const o = el("option", null, `${c.name} (${c.events})`);
      o.value = c.code;
      select.appendChild(o);
    }
    setupMap(world);
    drawLegend();
    update();
    if (data.total > data.events.length) {
      $("summary").textContent += ` · first ${data.events.length} of ${data.total} loaded`;
    }
    document.body.dataset.ready = "true";
  } catch (err) {
    $("summary").textContent = `Could not load events: ${err.message}`;
    document.body.dataset.ready = "error";
  }
}

main();
