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

// While documents are being read, the page reloads itself to show progress, then the facts.
const running = document.querySelector("[data-jobs=running]");
if (running) setTimeout(() => window.location.reload(), 1500);

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
