// Small helpers shared by the pages: JSON fetch with the session cookie and Chinese errors.
async function api(path, options = {}) {
  const resp = await fetch(path, { credentials: "same-origin", ...options });
  const type = resp.headers.get("content-type") || "";
  const data = type.includes("json") ? await resp.json() : await resp.text();
  if (!resp.ok) {
    const msg = data && data.error ? data.error.message : "请求失败（" + resp.status + "）";
    throw new Error(msg);
  }
  return data;
}
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}
function showError(msg) {
  const e = document.getElementById("error");
  e.textContent = msg || ""; e.hidden = !msg;
}
