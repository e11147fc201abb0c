// offerfacts: every page works without this file; it only makes some things quicker.
"use strict";

// Dropping files on an upload form fills its file field and sends it.
document.querySelectorAll("form[data-dropzone]").forEach((form) => {
  const input = form.querySelector("input[type=file]");
  ["dragenter", "dragover"].forEach((type) => form.addEventListener(type, (e) => {
    e.preventDefault();
    form.classList.add("dragging");
  }));
  ["dragleave", "drop"].forEach((type) => form.addEventListener(type, () => form.classList.remove("dragging")));
  form.addEventListener("drop", (e) => {
    e.preventDefault();
    if (!e.dataTransfer || e.dataTransfer.files.length === 0) return;
    input.files = e.dataTransfer.files;
    form.submit();
  });
});

// --- Job progress (part: api) ---------------------------------------------------------------
// While documents are being read, each unfinished job row asks GET /api/jobs/{id} for its
// progress and moves its bar; once every job has finished, the page reloads once to show the
// new documents and facts. Without JavaScript the page's refresh link does the same.
(() => {
  const table = document.querySelector("[data-jobs=running]");
  if (!table || !window.fetch) return;
  const finished = (state) => state === "done" || state === "failed";
  const rows = [...table.querySelectorAll("tr[data-job]")]
    .filter((row) => !row.classList.contains("job-done") && !row.classList.contains("job-failed"));
  if (rows.length === 0) return;
  let failures = 0;

  const show = (row, job) => {
    row.className = "job-" + job.state;
    const bar = row.querySelector("progress");
    if (!bar) return;
    bar.max = Math.max(job.total, 1);
    bar.value = job.done;
    if (bar.nextSibling) bar.nextSibling.textContent = " " + job.done + "/" + job.total;
  };

  const poll = async () => {
    let pending = 0;
    for (const row of rows) {
      if (row.dataset.finished) continue;
      try {
        const response = await fetch("/api/jobs/" + encodeURIComponent(row.dataset.job), {
          headers: { Accept: "application/json" }, cache: "no-store",
        });
        if (!response.ok) throw new Error("HTTP " + response.status);
        const job = await response.json();
        show(row, job);
        if (finished(job.state)) row.dataset.finished = "1";
        else pending++;
      } catch (e) {
        failures++;
        pending++;
      }
    }
    if (pending === 0) window.location.reload();
    else if (failures < 20) setTimeout(poll, 1000);
  };
  setTimeout(poll, 500);
})();

// ---- Comparison (package compare) ----
// "Copy the table" puts the e-mail table on the clipboard as HTML with its plain-text twin, where
// the browser allows it; without this the reader selects and copies the table by hand.
document.querySelectorAll("[data-copy-email]").forEach((button) => {
  if (!navigator.clipboard) return;
  const status = document.querySelector("[data-copy-status]");
  const html = document.getElementById("email-html");
  const text = document.getElementById("email-text");
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      if (window.ClipboardItem) {
        await navigator.clipboard.write([new ClipboardItem({
          "text/html": new Blob([html.innerHTML], { type: "text/html" }),
          "text/plain": new Blob([text.value], { type: "text/plain" }),
        })]);
      } else {
        await navigator.clipboard.writeText(text.value);
      }
      status.textContent = button.dataset.done;
    } catch (e) {
      status.textContent = button.dataset.failed;
    }
  });
});
