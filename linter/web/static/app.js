// jxlint serve: drop files, check them without leaving the page, filter and explain the findings.
"use strict";

(function () {
  const body = document.body;
  const lang = body.dataset.lang || "zh";
  const maxBytes = Number(body.dataset.maxBytes || 0);
  const form = document.getElementById("upload");
  const input = document.getElementById("file-input");
  const drop = document.getElementById("drop");
  const chosen = document.getElementById("chosen");
  const results = document.getElementById("results");
  const popover = document.getElementById("popover");
  let kept = []; // the files last checked, for the commented copies

  const words = lang === "en"
    ? { tooLarge: "The files are larger than the upload limit.", failed: "The check failed: " }
    : { tooLarge: "所选文件超过上传上限。", failed: "检查失败：" };

  function showProblem(text) {
    results.innerHTML = "";
    const p = document.createElement("p");
    p.className = "problem";
    p.setAttribute("role", "alert");
    p.textContent = text;
    results.appendChild(p);
  }

  function listChosen() {
    if (!chosen || !input) return;
    chosen.textContent = Array.from(input.files).map((f) => f.name).join("、");
  }

  if (drop && input) {
    input.addEventListener("change", listChosen);
    ["dragenter", "dragover"].forEach((name) =>
      drop.addEventListener(name, (event) => {
        event.preventDefault();
        drop.classList.add("over");
      })
    );
    ["dragleave", "drop"].forEach((name) =>
      drop.addEventListener(name, () => drop.classList.remove("over"))
    );
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        listChosen();
      }
    });
  }

  if (form) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const files = Array.from(input.files);
      const total = files.reduce((sum, f) => sum + f.size, 0);
      if (maxBytes && total > maxBytes) {
        showProblem(words.tooLarge);
        return;
      }
      const button = document.getElementById("check");
      const label = button.textContent;
      button.disabled = true;
      button.textContent = button.dataset.busy;
      try {
        const response = await fetch(form.action, {
          method: "POST",
          body: new FormData(form),
          headers: { "X-Jxlint-Fragment": "1" },
        });
        results.innerHTML = await response.text();
        kept = files;
        setup(results);
      } catch (error) {
        showProblem(words.failed + error);
      } finally {
        button.disabled = false;
        button.textContent = label;
      }
    });
  }

  function download(blob, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  function filter(section) {
    const shown = new Set(
      Array.from(section.querySelectorAll(".f-sev")).filter((box) => box.checked).map((box) => box.value)
    );
    const rule = section.querySelector(".f-rule").value;
    const visible = new Set();
    section.querySelectorAll("li.finding").forEach((item) => {
      const on = shown.has(item.dataset.severity) && (!rule || item.dataset.code === rule);
      item.hidden = !on;
      if (on) visible.add(item.dataset.id);
    });
    section.querySelectorAll("mark.hl").forEach((mark) => {
      const any = mark.dataset.f.split(" ").some((id) => visible.has(id));
      mark.classList.toggle("off", !any);
    });
  }

  // Scroll a list box (not the page) so that an element inside it shows.
  function reveal(box, element, center) {
    const outer = box.getBoundingClientRect();
    const inner = element.getBoundingClientRect();
    if (center) box.scrollTop += inner.top - outer.top - box.clientHeight / 2;
    else if (inner.top < outer.top || inner.bottom > outer.bottom) box.scrollTop += inner.top - outer.top - 8;
  }

  function explain(mark, section) {
    const ids = mark.dataset.f.split(" ");
    section.querySelectorAll("li.finding.active").forEach((item) => item.classList.remove("active"));
    popover.innerHTML = "";
    ids.forEach((id) => {
      const item = section.querySelector(`li.finding[data-id="${id}"]`);
      if (!item || item.hidden) return;
      item.classList.add("active");
      const copy = item.cloneNode(true);
      copy.removeAttribute("data-id");
      popover.appendChild(copy);
    });
    const first = section.querySelector("li.finding.active");
    if (first) reveal(first.closest("ol"), first, false);
    if (!popover.childNodes.length) return;
    const box = mark.getBoundingClientRect();
    popover.hidden = false;
    popover.style.top = `${window.scrollY + box.bottom + 6}px`;
    popover.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.innerWidth - popover.offsetWidth - 16))}px`;
  }

  function setup(root) {
    const data = root.querySelector("#jxlint-json");
    const json = root.querySelector("#download-json");
    if (data && json) {
      json.addEventListener("click", () =>
        download(new Blob([JSON.parse(data.textContent)], { type: "application/json" }), "jxlint.json")
      );
    }
    root.querySelectorAll("section.file").forEach((section) => {
      section.querySelectorAll(".f-sev, .f-rule").forEach((control) =>
        control.addEventListener("change", () => filter(section))
      );
      section.querySelectorAll("mark.hl").forEach((mark) =>
        mark.addEventListener("click", (event) => {
          event.stopPropagation();
          explain(mark, section);
        })
      );
      section.querySelectorAll("li.finding").forEach((item) =>
        item.addEventListener("click", (event) => {
          if (event.target.closest("a")) return;
          const mark = Array.from(section.querySelectorAll("mark.hl")).find((m) =>
            m.dataset.f.split(" ").includes(item.dataset.id)
          );
          if (!mark) return;
          reveal(mark.closest("ol"), mark, true);
          mark.classList.add("flash");
          setTimeout(() => mark.classList.remove("flash"), 1200);
        })
      );
    });
    root.querySelectorAll("button.download-docx").forEach((button) =>
      button.addEventListener("click", async () => {
        const file = kept.find((f) => f.name === button.dataset.name);
        if (!file) {
          button.disabled = true;
          return;
        }
        const data = new FormData();
        data.append("file", file);
        data.append("lang", lang);
        const response = await fetch("/api/annotate", { method: "POST", body: data });
        if (!response.ok) {
          const answer = await response.json().catch(() => ({ error: response.statusText }));
          alert(answer.error);
          return;
        }
        const dot = file.name.lastIndexOf(".");
        download(await response.blob(), `${file.name.slice(0, dot)}.jxlint${file.name.slice(dot)}`);
      })
    );
  }

  document.addEventListener("click", (event) => {
    if (popover && !popover.hidden && !event.target.closest(".popover")) popover.hidden = true;
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && popover) popover.hidden = true;
  });
  setup(document);
})();
