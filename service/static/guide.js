// The robot chat page: one session per page visit, answers with their sources.
let session = null;
const log = document.getElementById("log");

function say(cls, text, sources) {
  const m = el("div", { class: `msg ${cls}`, text });
  if (sources && sources.length) {
    m.append(el("div", { class: "sources", text: "依据：" + sources.map((s) => s.title).join("；") }));
  }
  log.append(m);
  log.scrollTop = log.scrollHeight;
}

document.getElementById("ask").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const input = document.getElementById("question");
  const q = input.value.trim();
  if (!q) return;
  input.value = "";
  say("user", q);
  try {
    const r = await api("/api/guide/ask", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: q, session }) });
    session = r.session;
    say("bot", r.answer, r.sources);
  } catch (e) { say("bot error", e.message); }
});
