// Keyboard shortcuts for the review desk. Everything also works without them (and without JavaScript).
// j/k move through the queue, Enter opens, v/d/p choose verified/disputed/pending and open the note,
// a assigns to me, / focuses search, ? lists the shortcuts. Keys typed into a field are left alone.
(() => {
  const STATUS_KEYS = { v: "verified", d: "disputed", p: "pending" };

  const typing = (target) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const items = () => Array.from(document.querySelectorAll(".queue-item"));
  const current = () => document.querySelector(".queue-item.is-current");

  function select(item) {
    current()?.classList.remove("is-current");
    if (!item) return;
    item.classList.add("is-current");
    item.querySelector(".queue-text")?.focus();
  }

  function move(step) {
    const list = items();
    if (list.length === 0) return;
    const index = list.indexOf(current());
    select(list[Math.min(list.length - 1, Math.max(0, index === -1 ? 0 : index + step))]);
  }

  function chooseStatus(status) {
    const radio = document.querySelector(`.verdict-form input[name="status"][value="${status}"]`);
    if (radio) {
      radio.checked = true;
      document.getElementById("verdict-note")?.focus();
      return;
    }
    const link = current()?.querySelector(".queue-text");
    // No #review: scrolling to a fragment after load could take the focus the note is given.
    if (link) window.location.href = `${link.getAttribute("href")}?status=${status}`;
  }

  // On a statement its own form; in the queue the current row's, which brings the checker back to that row.
  function assignToMe() {
    const form = document.querySelector(".assign-form") ?? current()?.querySelector(".row-assign");
    form?.requestSubmit(form.querySelector('button[value="me"]'));
  }

  function toggleHelp() {
    const help = document.getElementById("shortcuts");
    if (!help) return;
    if (help.open) help.close();
    else help.showModal();
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const key = event.key;
    if (key === "j") move(1);
    else if (key === "k") move(-1);
    else if (STATUS_KEYS[key]) chooseStatus(STATUS_KEYS[key]);
    else if (key === "a") assignToMe();
    else if (key === "/") document.querySelector(".queue-filters input[name=q]")?.focus();
    else if (key === "?") toggleHelp();
    else return;
    event.preventDefault();
  });

  // Correcting a span by selecting its words: offsets in the passage plus where the passage starts in the article.
  // Kept on every selection change, since pressing the button may move the selection.
  let selectedSpan = null;
  document.addEventListener("selectionchange", () => {
    const passage = document.querySelector(".statement-context");
    const selection = window.getSelection();
    if (!passage || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!passage.contains(range.startContainer) || !passage.contains(range.endContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(passage);
    before.setEnd(range.startContainer, range.startOffset);
    const text = range.toString();
    const lead = text.length - text.trimStart().length;
    const start = Number(passage.dataset.offset) + before.toString().length + lead;
    selectedSpan = { start, end: start + text.trim().length };
  });
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest(".use-selection") : null;
    if (!button || !selectedSpan || selectedSpan.end <= selectedSpan.start) return;
    const form = button.closest("form");
    form.querySelector("[name=start]").value = String(selectedSpan.start);
    form.querySelector("[name=end]").value = String(selectedSpan.end);
    form.requestSubmit();
  });

  // Arriving with ?status= (v/d/p pressed in the queue): the note is where the checker types next.
  // Controls that need this script are shown only when it runs.
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", () => {
    // On a phone the queue's filters fold behind one control, so the first statement is on the first screen.
    if (window.matchMedia("(max-width: 40rem)").matches) document.querySelector(".filters-fold")?.removeAttribute("open");
    if (document.querySelector(".verdict-form") && new URLSearchParams(window.location.search).has("status")) document.getElementById("verdict-note")?.focus();
    // Back in the queue after "a": the row just assigned is the current one again.
    const row = /^#statement-\d+$/.test(window.location.hash) ? document.querySelector(window.location.hash) : null;
    if (row?.classList.contains("queue-item")) select(row);
  });
})();
