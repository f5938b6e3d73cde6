// Annals web page: codes articles through the API and shows the evidence.
// Everything from the server is inserted with textContent, never as HTML.
"use strict";

const $ = (selector) => document.querySelector(selector);
const el = (tag, attrs = {}, text) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};
const status = (message) => { $("#status").textContent = message || ""; };

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function show(view) {
  document.querySelectorAll(".view").forEach((v) => v.classList.toggle("active", v.id === "view-" + view));
  document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("active", b.dataset.view === view));
}
document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => show(b.dataset.view)));

// ---- Code an article -------------------------------------------------------

const EXAMPLE = "Japan and Australia agreed to deepen maritime security cooperation, Japanese Foreign Minister " +
  "Haruto Sato said on Tuesday after talks with his Australian counterpart in Canberra.\n\"Our two countries " +
  "share a clear interest in a free and open Indo-Pacific,\" Sato told reporters.";

// Offsets are code points; JavaScript strings index UTF-16 units.
function codePointSlicer(text) {
  const points = Array.from(text);
  return (start, end) => points.slice(start, end).join("");
}

function renderCoded(text, analysis) {
  const points = Array.from(text);
  const marks = points.map(() => ({ classes: new Set(), titles: [] }));
  const actors = Object.fromEntries(analysis.actors.map((a) => [a.id, a]));
  const add = (start, end, cls, title) => {
    for (let i = start; i < end && i < marks.length; i++) { marks[i].classes.add(cls); marks[i].titles.push(title); }
  };
  for (const a of analysis.actors) for (const m of a.mentions) add(m.start, m.end, "actor", `${a.name} (${a.code})`);
  for (const q of analysis.quotes) {
    const speaker = q.speaker ? actors[q.speaker].name : "unknown speaker";
    add(q.start, q.end, "quote", `${q.kind} quotation — ${speaker}`);
  }
  for (const e of analysis.events) for (const m of e.mentions) {
    add(m.trigger_start, m.trigger_end, "trigger", `${e.cameo} ${e.source_code} → ${e.target_code || "—"} (${m.rule})`);
  }
  const out = $("#coded");
  out.textContent = "";
  let i = 0;
  while (i < points.length) {
    const key = [...marks[i].classes].sort().join(" ");
    let j = i + 1;
    while (j < points.length && [...marks[j].classes].sort().join(" ") === key) j++;
    const chunk = points.slice(i, j).join("");
    if (key) {
      const span = el("span", { class: "mark " + key, title: [...new Set(marks[i].titles)].join("\n") }, chunk);
      out.appendChild(span);
    } else {
      out.appendChild(document.createTextNode(chunk));
    }
    i = j;
  }
  const slice = codePointSlicer(text);
  const list = (id, items) => { const ul = $(id); ul.textContent = ""; items.forEach((t) => ul.appendChild(el("li", {}, t))); };
  list("#coded-events", analysis.events.map((e) =>
    `${e.cameo} ${e.source_code} → ${e.target_code || "—"} · ${e.date || "no date"}${e.place ? " · " + e.place.name : ""}` +
    ` — “${slice(e.mentions[0].trigger_start, e.mentions[0].trigger_end)}”`));
  list("#coded-quotes", analysis.quotes.map((q) =>
    `${q.speaker ? actors[q.speaker].name : "unknown"} (${q.cue || "no cue"}): “${q.text}”`));
  list("#coded-actors", analysis.actors.map((a) => `${a.name} — ${a.code} (${a.kind}), ${a.mentions.length} mention(s)`));
}

async function codeArticle(text, published) {
  status("");
  try {
    const analysis = await api("/api/code", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, published: published || null }),
    });
    renderCoded(text, analysis);
  } catch (error) { status(error.message); }
}

$("#code-form").addEventListener("submit", (event) => {
  event.preventDefault();
  codeArticle($("#article").value, $("#published").value);
});
$("#example").addEventListener("click", () => { $("#article").value = EXAMPLE; $("#published").value = "2025-03-04"; });
$("#upload").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (file) $("#article").value = await file.text();
});

// ---- Events ------------------------------------------------------------------

function query(form) {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) if (v) params.set(k, v);
  return params.toString();
}

$("#events-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    const rows = await api("/api/events?" + query(event.target));
    const table = $("#events-table");
    table.textContent = "";
    const head = el("tr");
    ["date", "source", "event", "target", "place", "reports", "evidence"].forEach((h) => head.appendChild(el("th", {}, h)));
    table.appendChild(head);
    for (const r of rows) {
      const tr = el("tr");
      [r.date, `${r.source_name} (${r.source_code})`, `${r.cameo} ${r.plover_type || ""}`,
       r.target_code ? `${r.target_name} (${r.target_code})` : "—", r.place_name || "", `${r.num_mentions}/${r.num_documents}`]
        .forEach((v) => tr.appendChild(el("td", {}, v ?? "")));
      tr.appendChild(el("td", { class: "evidence" }, r.sentence || ""));
      table.appendChild(tr);
    }
    status(rows.length ? "" : "no events match");
  } catch (error) { status(error.message); }
});

// ---- Quotations ----------------------------------------------------------------

$("#quotes-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    const rows = await api("/api/quotes?" + query(event.target));
    const bySpeaker = new Map();
    for (const q of rows) {
      const key = q.speaker_name ? `${q.speaker_name} (${q.speaker_code})` : "unknown speaker";
      if (!bySpeaker.has(key)) bySpeaker.set(key, []);
      bySpeaker.get(key).push(q);
    }
    const list = $("#quotes-list");
    list.textContent = "";
    for (const [speaker, quotes] of bySpeaker) {
      const block = el("div", { class: "speaker" });
      block.appendChild(el("h3", {}, speaker));
      for (const q of quotes) block.appendChild(el("blockquote", {}, `${q.text} — ${q.cue || ""}, ${q.document} (${q.published || ""})`));
      list.appendChild(block);
    }
    status(rows.length ? "" : "no quotations match");
  } catch (error) { status(error.message); }
});

// ---- Dyad chart --------------------------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";
const svgEl = (tag, attrs, text) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

function drawSeries(rows) {
  const width = 900, height = 320, left = 50, right = 50, top = 20, bottom = 50;
  const svg = svgEl("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events per period" });
  const max = Math.max(1, ...rows.map((r) => r.events));
  const slot = Math.min(60, (width - left - right) / Math.max(1, rows.length));
  const y = (v) => top + (height - top - bottom) * (1 - v / max);
  const g = (v) => top + (height - top - bottom) * (1 - (v + 10) / 20);
  svg.appendChild(svgEl("line", { x1: left, y1: y(0), x2: width - right, y2: y(0), stroke: "#999" }));
  svg.appendChild(svgEl("text", { x: 4, y: top + 10, "font-size": 11 }, `${max} events`));
  svg.appendChild(svgEl("text", { x: width - right + 4, y: g(10) + 10, "font-size": 11 }, "+10"));
  svg.appendChild(svgEl("text", { x: width - right + 4, y: g(-10), "font-size": 11 }, "−10"));
  const keys = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
  let path = "";
  rows.forEach((r, i) => {
    let base = 0;
    keys.forEach((k, q) => {
      const v = r[k] || 0;
      if (v > 0) {
        const rect = svgEl("rect", { class: `bar q${q + 1}`, x: left + i * slot + 2, width: Math.max(1, slot - 4),
                                     y: y(base + v), height: y(base) - y(base + v) });
        rect.appendChild(svgEl("title", {}, `${r.period}: ${v} ${k.replace("_", " ")}`));
        svg.appendChild(rect);
        base += v;
      }
    });
    const x = left + i * slot + slot / 2;
    if (r.mean_goldstein !== null) {
      path += `${path ? "L" : "M"}${x},${g(r.mean_goldstein)}`;
      const dot = svgEl("circle", { class: "goldstein-dot", cx: x, cy: g(r.mean_goldstein), r: 3 });
      dot.appendChild(svgEl("title", {}, `${r.period}: mean Goldstein ${r.mean_goldstein}`));
      svg.appendChild(dot);
    }
    if (rows.length <= 24 || i % Math.ceil(rows.length / 24) === 0) {
      svg.appendChild(svgEl("text", { x: x - 20, y: height - bottom + 16, "font-size": 10 }, r.period));
    }
  });
  if (path) svg.appendChild(svgEl("path", { class: "goldstein", d: path }));
  const legend = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict", "mean Goldstein"];
  legend.forEach((name, q) => {
    const x = left + q * 160;
    if (q < 4) svg.appendChild(svgEl("rect", { class: `q${q + 1}`, x, y: height - 18, width: 12, height: 12 }));
    else svg.appendChild(svgEl("line", { class: "goldstein", x1: x, x2: x + 12, y1: height - 12, y2: height - 12 }));
    svg.appendChild(svgEl("text", { x: x + 16, y: height - 8, "font-size": 11 }, name));
  });
  const chart = $("#chart");
  chart.textContent = "";
  chart.appendChild(svg);
}

async function chartDyad(a, b, by) {
  try {
    const rows = await api(`/api/series?dyad=${encodeURIComponent(a)}:${encodeURIComponent(b)}&by=${encodeURIComponent(by)}`);
    drawSeries(rows);
    status(rows.length ? "" : "no events between these actors");
  } catch (error) { status(error.message); }
}

$("#dyad-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const f = new FormData(event.target);
  chartDyad(f.get("a"), f.get("b"), f.get("by"));
});

// ?demo codes the example and charts a dyad at once (used by the browser test).
const params = new URLSearchParams(location.search);
if (params.has("demo")) {
  document.body.classList.add("demo");
  $("#article").value = params.get("text") || EXAMPLE;
  codeArticle($("#article").value, params.get("published") || "2025-03-04");
  if (params.get("dyad")) {
    const [a, b] = params.get("dyad").split(":");
    chartDyad(a, b, params.get("by") || "week");
  }
}
