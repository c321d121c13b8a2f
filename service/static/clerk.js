// The clerk's page: upload → progress (server-sent events) → pages with boxes beside the
// elements form; clicking a field highlights where it was read; corrections are saved as a new
// version; the filing form exports as .docx.
let current = null;  // {id, version, elements, pages}

const LABELS = {
  document_type: "文书类型", court: "法院", case_number: "案号", cause_of_action: "案由",
  amount_claimed: "诉请金额（元）", filed_on: "起诉日期", facts_and_reasons: "事实与理由",
  role: "诉讼地位", kind: "类型", name: "姓名/名称", gender: "性别", birth_date: "出生日期", ethnicity: "民族",
  id_number: "身份证号", credit_code: "统一社会信用代码", address: "住所", phone: "电话", occupation: "职业",
};
const PARTY_FIELDS = ["role", "name", "gender", "birth_date", "ethnicity", "id_number", "credit_code", "address", "phone"];

function fieldRows(e) {
  const rows = [];
  for (const k of ["document_type", "court", "case_number", "cause_of_action", "amount_claimed", "filed_on"])
    rows.push([k, LABELS[k], e[k]]);
  (e.parties || []).forEach((p, i) => {
    for (const k of PARTY_FIELDS)
      if (k === "name" || k === "role" || p[k] != null)
        rows.push([`parties[${i}].${k}`, `当事人${i + 1}·${LABELS[k]}`, p[k]]);
  });
  (e.claims || []).forEach((c, i) => rows.push([`claims[${i}]`, `诉讼请求${i + 1}`, c]));
  rows.push(["facts_and_reasons", LABELS.facts_and_reasons, e.facts_and_reasons]);
  (e.evidence || []).forEach((c, i) => rows.push([`evidence[${i}]`, `证据${i + 1}`, c]));
  return rows;
}

function renderPages(pages) {
  const box = document.getElementById("pages");
  box.replaceChildren();
  for (const p of pages) {
    const div = el("div", { class: "page", id: `page-${p.index}`, "data-width": p.width, "data-height": p.height });
    div.append(el("img", { src: p.image, alt: `第${p.index + 1}页` }));
    for (const ln of p.lines) div.append(boxDiv(p, ln.box, "box"));
    box.append(div);
  }
}

function boxDiv(page, b, cls) {
  const [x0, y0, x1, y1] = b;
  const d = el("div", { class: cls });
  d.style.left = (100 * x0 / page.width) + "%";
  d.style.top = (100 * y0 / page.height) + "%";
  d.style.width = (100 * (x1 - x0) / page.width) + "%";
  d.style.height = (100 * (y1 - y0) / page.height) + "%";
  return d;
}

function highlight(path, tr) {
  document.querySelectorAll(".box.hl").forEach((b) => b.remove());
  document.querySelectorAll(".fields tr.active").forEach((r) => r.classList.remove("active"));
  tr.classList.add("active");
  const prov = current.elements.provenance[path];
  if (!prov || !prov.box) return;
  const page = current.pages.find((p) => p.index === prov.page);
  const div = document.getElementById(`page-${prov.page}`);
  if (!page || !div) return;
  const hl = boxDiv(page, prov.box, "box hl");
  hl.setAttribute("data-field", path);
  div.append(hl);
  hl.scrollIntoView({ block: "center" });
}

function renderElements(d) {
  const e = d.elements;
  document.getElementById("version").textContent = `（第 ${d.version} 版）`;
  document.getElementById("export").href = `/api/dossiers/${d.id}/form.docx`;
  const cat = document.getElementById("catalogue");
  cat.replaceChildren(...(d.catalogue || []).map((s) =>
    el("span", { text: `${s.type} 第${s.first_page + 1}–${s.last_page + 1}页` })));
  const labels = Object.fromEntries(fieldRows(e).map(([path, label]) => [path, label]));
  const checks = document.getElementById("checks");
  checks.replaceChildren(...(e.checks || []).map((c) =>
    el("li", { class: c.level, text: `${c.level === "error" ? "错误" : "提示"}：${labels[c.field] || c.field} ${c.message}` })));
  const table = document.getElementById("fields");
  table.replaceChildren();
  for (const [path, label, value] of fieldRows(e)) {
    const input = path === "facts_and_reasons" ? el("textarea", { rows: 4 }) : el("input", { type: "text" });
    input.value = value == null ? "" : value;
    input.dataset.path = path;
    input.dataset.orig = input.value;
    const tr = el("tr", { "data-path": path }, el("th", { text: label }), el("td", {}, input));
    if (e.provenance && e.provenance[path]) tr.classList.add("has-box");
    const check = (e.checks || []).find((c) => c.field === path);
    if (check) tr.classList.add(`check-${check.level}`);
    const show = () => highlight(path, tr);
    tr.querySelector("th").addEventListener("click", show);
    input.addEventListener("focus", show);
    table.append(tr);
  }
}

async function load(id) {
  const d = await api(`/api/dossiers/${id}`);
  const pages = await api(`/api/dossiers/${id}/pages`);
  current = { id, version: d.version, elements: d.elements, pages };
  document.getElementById("result").hidden = false;
  renderPages(pages);
  renderElements(d);
}

function follow(id) {
  const status = document.getElementById("status");
  const bar = document.getElementById("progress");
  const text = document.getElementById("status-text");
  status.hidden = false;
  const names = { queued: "排队中", running: "识别中", done: "完成", failed: "失败" };
  const es = new EventSource(`/api/dossiers/${id}/events`);
  es.addEventListener("progress", async (ev) => {
    const s = JSON.parse(ev.data);
    bar.value = s.progress;
    text.textContent = `${names[s.status] || s.status} ${Math.round(100 * s.progress)}%`;
    if (s.status === "done") { es.close(); await load(id).catch((e) => showError(e.message)); }
    if (s.status === "failed") { es.close(); showError(s.error ? s.error.message : "识别失败"); }
  });
  es.onerror = () => { es.close(); };
}

document.getElementById("upload").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  showError("");
  const files = document.getElementById("files").files;
  if (!files.length) { showError("请选择要上传的卷宗文件。"); return; }
  const form = new FormData();
  for (const f of files) form.append("files", f);
  try {
    const r = await api("/api/dossiers", { method: "POST", body: form });
    history.replaceState(null, "", `/clerk?id=${r.id}`);
    follow(r.id);
  } catch (e) { showError(e.message); }
});

document.getElementById("save").addEventListener("click", async () => {
  showError("");
  const changes = {};
  for (const input of document.querySelectorAll("#fields [data-path]")) {
    if (input.value === input.dataset.orig) continue;
    let v = input.value.trim();
    if (input.dataset.path === "amount_claimed") v = v === "" ? null : Number(v);
    else if (v === "") v = null;
    changes[input.dataset.path] = v;
  }
  if (!Object.keys(changes).length) { showError("没有需要保存的修改。"); return; }
  try {
    const d = await api(`/api/dossiers/${current.id}/elements`, {
      method: "PATCH", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ version: current.version, changes }),
    });
    current.version = d.version; current.elements = d.elements;
    renderElements(d);
    document.getElementById("saved").textContent = `已保存为第 ${d.version} 版`;
  } catch (e) { showError(e.message); }
});

// Dossiers uploaded earlier (here or through the API): click one to review it again.
async function loadRecent() {
  const names = { queued: "排队中", running: "识别中", done: "已识别", failed: "失败" };
  const rows = await api("/api/dossiers");
  const tbody = document.querySelector("#dossiers tbody");
  tbody.replaceChildren(...rows.slice(0, 20).map((r) => {
    const tr = el("tr", { "data-id": r.id },
      el("td", { text: r.case_number || "（无案号）" }), el("td", { text: r.cause_of_action || "—" }),
      el("td", { text: names[r.status] || r.status }), el("td", { text: r.created_at.slice(0, 16).replace("T", " ") }));
    tr.addEventListener("click", () => { history.replaceState(null, "", `/clerk?id=${r.id}`); follow(r.id); });
    return tr;
  }));
  if (!tbody.children.length) tbody.append(el("tr", {}, el("td", { colspan: 4, text: "暂无卷宗。" })));
}

const initial = new URLSearchParams(location.search).get("id");
if (initial) follow(initial);
loadRecent().catch((e) => showError(e.message));
