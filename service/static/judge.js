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
  document.getElementById("detail").hidden = false;
  document.getElementById("draft").hidden = true;
  document.getElementById("draft-btn").onclick = () => makeDraft(id);
}

async function makeDraft(id) {
  showError("");
  let confirmed;
  try { confirmed = JSON.parse(document.getElementById("confirmed").value || "{}"); }
  catch (e) { showError("确认要素不是有效的 JSON：" + e.message); return; }
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
