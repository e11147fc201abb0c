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
