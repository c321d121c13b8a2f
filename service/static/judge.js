// The judge's page: case list → element table → draft → downloads.
const ROW_LABELS = [["case_number", "案号"], ["court", "法院"], ["cause_of_action", "案由"],
  ["document_type", "文书类型"], ["amount_claimed", "诉请金额（元）"], ["filed_on", "起诉日期"]];

function elementRows(e) {
  const rows = ROW_LABELS.map(([k, label]) => [label, e[k]]);
  (e.parties || []).forEach((p) => rows.push([p.role, p.name]));
  (e.claims || []).forEach((c, i) => rows.push([`诉讼请求${i + 1}`, c]));
  if (e.fee && e.fee.acceptance_fee != null) rows.push(["案件受理费", `${e.fee.acceptance_fee} 元（${e.fee.basis || ""}）`]);
  return rows;
}

async function openCase(id, tr) {
  showError("");
  document.querySelectorAll("#cases tr.active").forEach((r) => r.classList.remove("active"));
  tr.classList.add("active");
  const d = await api(`/api/dossiers/${id}`);
  const table = document.getElementById("elements");
  table.replaceChildren(...elementRows(d.elements).map(([k, v]) =>
    el("tr", {}, el("th", { text: k }), el("td", { text: v == null ? "—" : String(v) }))));
  await loadElementTable(d.elements.cause_of_action);
  document.getElementById("detail").hidden = false;
  document.getElementById("draft").hidden = true;
  document.getElementById("draft-btn").onclick = () => makeDraft(id);
}

// The 要素表 of the case's type, one input per element.
async function loadElementTable(cause) {
  const table = document.getElementById("element-table");
  table.replaceChildren();
  document.getElementById("case-type").textContent = "";
  if (!cause) return;
  let t;
  try { t = await api(`/api/drafts/element-table?cause=${encodeURIComponent(cause)}`); }
  catch (e) { document.getElementById("case-type").textContent = `（${e.message}）`; return; }
  document.getElementById("case-type").textContent = `（${t.causes.join("、")}）`;
  table.replaceChildren(...t.fields.map((f) => el("tr", {},
    el("th", { text: f.label + (f.required ? " *" : "") }),
    el("td", {}, el("input", { "data-key": f.key, type: "text", "aria-label": f.label })))));
}

// A typed value from what the judge wrote: numbers as numbers, lists/objects as JSON, else text.
function elementValue(raw) {
  const v = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (v.startsWith("[") || v.startsWith("{")) return JSON.parse(v);
  return v;
}

function confirmedElements() {
  let confirmed = JSON.parse(document.getElementById("confirmed").value || "{}");
  const elements = { ...(confirmed.elements || {}) };
  for (const input of document.querySelectorAll("#element-table input[data-key]")) {
    if (!input.value.trim()) continue;
    try { elements[input.dataset.key] = elementValue(input.value); }
    catch (e) { throw new Error(`要素“${input.getAttribute("aria-label")}”格式不正确：${e.message}`); }
  }
  return { ...confirmed, procedure: confirmed.procedure || document.getElementById("procedure").value, elements };
}

async function makeDraft(id) {
  showError("");
  let confirmed;
  try { confirmed = confirmedElements(); }
  catch (e) { showError("确认要素有误：" + e.message); return; }
  try {
    const dr = await api("/api/drafts", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ dossier_id: id, confirmed }) });
    document.getElementById("draft-text").textContent = dr.text;
    document.getElementById("flags").replaceChildren(...dr.flags.map((f) => el("li", { class: "warning", text: f })));
    document.getElementById("draft-docx").href = dr.docx;
    document.getElementById("draft-anon").href = dr.anonymized;
    document.getElementById("draft").hidden = false;
  } catch (e) { showError(e.message); }
}

async function loadCases() {
  const rows = await api("/api/dossiers");
  const tbody = document.querySelector("#cases tbody");
  tbody.replaceChildren();
  for (const r of rows.filter((x) => x.status === "done")) {
    const tr = el("tr", { "data-id": r.id },
      el("td", { text: r.case_number || "（无案号）" }), el("td", { text: r.cause_of_action || "—" }),
      el("td", { text: "已识别" }), el("td", { text: r.created_at.slice(0, 16).replace("T", " ") }));
    tr.addEventListener("click", () => openCase(r.id, tr).catch((e) => showError(e.message)));
    tbody.append(tr);
  }
  if (!tbody.children.length) tbody.append(el("tr", {}, el("td", { colspan: 4, text: "暂无已识别的卷宗。" })));
}

loadCases().catch((e) => showError(e.message));
