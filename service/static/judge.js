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

// The 要素表 of the case's type: one typed input per element (types from
// GET /api/drafts/element-table, declared in generation/element_types.py).
let elementFields = [];

async function loadElementTable(cause) {
  const table = document.getElementById("element-table");
  table.replaceChildren();
  elementFields = [];
  document.getElementById("case-type").textContent = "";
  if (!cause) return;
  let t;
  try { t = await api(`/api/drafts/element-table?cause=${encodeURIComponent(cause)}`); }
  catch (e) { document.getElementById("case-type").textContent = `（${e.message}）`; return; }
  document.getElementById("case-type").textContent = `（${t.causes.join("、")}）`;
  elementFields = t.fields;
  const label = (f) => f.label + (f.required ? " *" : "");
  // A list spans both columns: its rows need the width.
  table.replaceChildren(...t.fields.map((f) => (f.type === "list"
    ? el("tr", { class: "list-row" }, el("td", { colspan: 2 }, el("div", { class: "list-label", text: label(f) }), elementInput(f)))
    : el("tr", {}, el("th", { text: label(f) }), el("td", {}, elementInput(f))))));
}

function selectOf(attrs, options) {
  return el("select", attrs, ...options.map(([value, text]) => el("option", { value, text })));
}

// One scalar input; `attrs` carries data-key (an element) or data-col (a column of a row).
function scalarInput(f, attrs) {
  let input;
  if (f.type === "number") input = el("input", { ...attrs, type: "number", step: "any", min: "0" });
  else if (f.type === "date" || f.type === "month") input = el("input", { ...attrs, type: f.type });
  else if (f.type === "yesno") input = selectOf(attrs, [["", "未填"], ["true", "是"], ["false", "否"]]);
  else if (f.type === "choice") input = selectOf(attrs, [["", "未填"], ...f.options.map((o, i) => [String(i), o.label])]);
  else if (f.type === "names") input = el("input", { ...attrs, type: "text", placeholder: "多人用顿号或逗号分隔" });
  else input = el("input", { ...attrs, type: "text" });
  return f.unit ? el("span", { class: "with-unit" }, input, el("span", { class: "unit", text: f.unit })) : input;
}

function elementInput(f) {
  const attrs = { "data-key": f.key, "aria-label": f.label };
  if (f.type === "list") return rowsInput(f);
  if (f.type === "object") {
    return el("table", { ...attrs, class: "rows" }, ...f.columns.map((c) => el("tr", {},
      el("th", { text: c.label }), el("td", {}, scalarInput(c, { "data-col": c.key, "aria-label": `${f.label}：${c.label}` })))));
  }
  return scalarInput(f, attrs);
}

// A list element: a small table of rows with typed cells, 添加一行 / 删除.
function rowsInput(f) {
  const body = el("tbody");
  const addRow = () => {
    const del = el("button", { type: "button", class: "small secondary", text: "删除" });
    const tr = el("tr", {}, ...f.columns.map((c) => el("td", {},
      scalarInput(c, { "data-col": c.key, "aria-label": `${f.label}：${c.label}` }))), el("td", {}, del));
    del.addEventListener("click", () => tr.remove());
    body.append(tr);
  };
  const add = el("button", { type: "button", class: "small secondary add-row", text: "添加一行" });
  add.addEventListener("click", addRow);
  const head = el("tr", {}, ...f.columns.map((c) => el("th", { text: c.label + (c.required ? " *" : "") })), el("th"));
  return el("div", { "data-key": f.key, "aria-label": f.label, class: "rows-input" },
    el("table", { class: "rows" }, el("thead", {}, head), body), add);
}

// The typed value of one scalar input (undefined when empty); `what` names it in errors.
function scalarValue(f, input, what) {
  const v = input.value.trim();
  if (f.type === "number") {
    if (input.validity.badInput) throw new Error(`${what}应为数字`);
    if (!v) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`${what}应为数字`);
    if (n < 0) throw new Error(`${what}不能为负数`);
    return n;
  }
  if (f.type === "date" || f.type === "month") {
    const ok = f.type === "date" ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}$/;
    if (input.validity.badInput || (v && !ok.test(v))) {
      throw new Error(`${what}应为完整的${f.type === "date" ? "日期（年、月、日）" : "年月"}`);
    }
    return v || undefined;
  }
  if (f.type === "yesno") return v === "" ? undefined : v === "true";
  if (f.type === "choice") return v === "" ? undefined : f.options[Number(v)].value;
  if (f.type === "names") {
    const names = v.split(/[,，、;；\s]+/).filter(Boolean);
    return names.length ? names : undefined;
  }
  return v || undefined;
}

// An object from the inputs of one row (or an object element); undefined when all are empty.
function rowValue(columns, node, what) {
  const out = {};
  for (const c of columns) {
    const v = scalarValue(c, node.querySelector(`[data-col="${c.key}"]`), `${what}的“${c.label}”`);
    if (v !== undefined) out[c.key] = v;
  }
  if (!Object.keys(out).length) return undefined;
  const missing = columns.filter((c) => c.required && out[c.key] === undefined).map((c) => `“${c.label}”`);
  if (missing.length) throw new Error(`${what}缺少${missing.join("、")}`);
  return out;
}

function elementValue(f, node) {
  const what = `要素“${f.label}”`;
  if (f.type === "list") {
    const rows = [...node.querySelectorAll("tbody tr")]
      .map((tr, i) => rowValue(f.columns, tr, `${what}第${i + 1}行`)).filter((r) => r !== undefined);
    return rows.length ? rows : undefined;
  }
  if (f.type === "object") return rowValue(f.columns, node, what);
  return scalarValue(f, node, what);
}

// confirmed = the advanced JSON, with the 要素表's typed values over its "elements".
function confirmedElements() {
  let confirmed;
  try { confirmed = JSON.parse(document.getElementById("confirmed").value.trim() || "{}"); }
  catch (e) { throw new Error(`“其他确认事项”不是有效的 JSON（${e.message}）`); }
  if (!confirmed || typeof confirmed !== "object" || Array.isArray(confirmed)) {
    throw new Error("“其他确认事项”应为 JSON 对象，例如 {\"hearing_on\": \"2023-06-01\"}");
  }
  const elements = { ...(confirmed.elements || {}) };
  const table = document.getElementById("element-table");
  for (const f of elementFields) {
    const node = table.querySelector(`[data-key="${f.key}"]`);
    const v = node && elementValue(f, node);
    if (v !== undefined) elements[f.key] = v;
  }
  const missing = elementFields.filter((f) => f.required && [undefined, null, ""].includes(elements[f.key]));
  if (missing.length) throw new Error(`请填写必填要素：${missing.map((f) => `“${f.label}”`).join("、")}`);
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
