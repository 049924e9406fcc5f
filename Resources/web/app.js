// leadprint web page: each form is a print job; the preview is page 1 rendered by the server.
"use strict";

const state = { kind: "tags", options: null, catalog: null, catalogName: null, timer: null, serial: 0, previewURL: null };

function $(selector, root = document) { return root.querySelector(selector); }
function $all(selector, root = document) { return Array.from(root.querySelectorAll(selector)); }

async function start() {
  const response = await fetch("/api/options");
  state.options = await response.json();
  fillOptions();
  for (const tab of $all("nav button")) tab.addEventListener("click", () => selectTab(tab.dataset.tab));
  for (const form of $all("form")) {
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
  }
  $("#catalog-file").addEventListener("change", readCatalog);
  $("#lang").addEventListener("change", () => schedule(0));
  $("#download-pdf").addEventListener("click", downloadPDF);
  $("#download-job").addEventListener("click", downloadJob);
  const wanted = new URLSearchParams(location.search).get("tab");
  selectTab(wanted && $("#" + wanted) ? wanted : "tags");
}

function fillOptions() {
  const o = state.options;
  const lists = { labelPresets: o.labelPresets, cardPresets: o.cardPresets, pagePresets: o.pagePresets, series: o.series.map(s => s.id) };
  for (const select of $all("select[data-options]")) {
    for (const value of lists[select.dataset.options]) select.append(new Option(value, value));
  }
  $("#tags select[name=preset]").value = "avery-5160";
  $("#card select[name=preset]").value = "cr80";
  $("#compare select[name=page]").value = "letter";
  const quantities = $("#tags .quantities");
  o.series.forEach((series, index) => {
    const label = document.createElement("label");
    label.textContent = `${series.name} (${series.leads} leads)`;
    const input = document.createElement("input");
    Object.assign(input, { type: "number", min: 0, value: index === 0 ? 1 : 0, name: "quantity-" + series.id });
    input.dataset.series = series.id;
    label.append(input);
    quantities.append(label);
  });
}

function selectTab(kind) {
  state.kind = kind;
  for (const tab of $all("nav button")) tab.setAttribute("aria-selected", String(tab.dataset.tab === kind));
  for (const form of $all("form")) form.hidden = form.id !== kind;
  schedule(0);
}

function readCatalog(event) {
  const file = event.target.files[0];
  if (!file) { state.catalog = null; state.catalogName = null; schedule(0); return; }
  const reader = new FileReader();
  reader.onload = () => { state.catalog = reader.result; state.catalogName = file.name; schedule(0); };
  reader.readAsText(file);
}

// The job for the visible form, in the job-file form the API takes.
function currentJob() {
  const form = $("#" + state.kind);
  const options = {};
  const value = name => { const field = form.elements[name]; return field ? field.value.trim() : ""; };
  const checked = name => form.elements[name].checked;
  if (state.kind === "tags") {
    // Cameras per series become one order: a continuous run across series, serials continuing.
    const counts = $all(".quantities input", form).map(input => [input.dataset.series, parseInt(input.value || "0", 10)]).filter(([, n]) => n !== 0);
    options.order = { lines: counts.map(([series, quantity]) => ({ series, quantity })) };
    if (value("template")) options.template = value("template");
    options.preset = value("preset");
    options["start-at"] = parseInt(value("start-at") || "1", 10);
    options.ends = parseInt(value("ends"), 10);
    options.collate = value("collate");
    if (value("serial") !== "") options.serial = parseInt(value("serial"), 10);
    if (value("barcode")) options.barcode = value("barcode");
    if (value("barcode-data")) options["barcode-data"] = value("barcode-data");
    if (checked("outlines")) options.outlines = true;
  } else if (state.kind === "card") {
    options.series = value("series") || "all";
    options.preset = value("preset");
    if (value("sheet")) options.sheet = value("sheet");
    if (checked("duplex")) options.duplex = true;
    options.bleed = value("bleed");
  } else {
    for (const name of ["customer", "quote", "prepared-by", "date", "valid-until"]) if (value(name)) options[name] = value(name);
    if (value("series")) options.series = value("series");
    options.page = value("page");
    if (checked("summary-only")) options["summary-only"] = true;
    if (checked("differences-only")) options["differences-only"] = true;
  }
  const job = { [state.kind]: options };
  const lang = $("#lang").value;
  if (lang !== "en") job.lang = lang;
  return job;
}

function requestBody(job) {
  return JSON.stringify({ job, catalog: state.catalog, catalogName: state.catalogName });
}

function schedule(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(refresh, typeof delay === "number" ? delay : 350);
}

async function refresh() {
  const serial = ++state.serial;
  const job = currentJob();
  if (job.tags && job.tags.order.lines.length === 0) {
    showError({ error: "Enter how many cameras of a series to tag.", field: "series" });
    return;
  }
  $("#busy").hidden = false;
  const response = await fetch("/api/preview", { method: "POST", headers: { "Content-Type": "application/json" }, body: requestBody(job) });
  if (serial !== state.serial) return;
  $("#busy").hidden = true;
  if (!response.ok) { showError(await response.json()); return; }
  clearErrors();
  const pages = response.headers.get("X-Page-Count");
  $("#page-count").textContent = pages === "1" ? "1 page" : `${pages} pages (page 1 shown)`;
  if (state.previewURL) URL.revokeObjectURL(state.previewURL);
  state.previewURL = URL.createObjectURL(await response.blob());
  $("#preview").src = state.previewURL;
}

function clearErrors() {
  for (const element of $all(".error.field-error")) element.remove();
  for (const element of $all(".invalid")) element.classList.remove("invalid");
  for (const element of $all("[data-error-for]")) element.hidden = true;
  $("#general-error").hidden = true;
}

// Shows the server's located message beside the field it names, or under the buttons.
function showError(body) {
  clearErrors();
  const form = $("#" + state.kind);
  let anchor = null;
  if (body.field === "catalog") anchor = $("[data-error-for=catalog]");
  else if ((body.field === "series" || body.field === "order") && state.kind === "tags") anchor = $(".quantities", form);
  else if (body.field && form.elements[body.field]) anchor = form.elements[body.field].closest("label");
  if (anchor && anchor.dataset.errorFor) { anchor.textContent = body.error; anchor.hidden = false; return; }
  if (anchor) {
    const message = document.createElement("p");
    message.className = "error field-error";
    message.textContent = body.error;
    anchor.after(message);
    const input = anchor.querySelector("input, select");
    if (input) input.classList.add("invalid");
    return;
  }
  $("#general-error").textContent = body.error;
  $("#general-error").hidden = false;
}

async function download(path, job) {
  const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: requestBody(job) });
  if (!response.ok) { showError(await response.json()); return; }
  const disposition = response.headers.get("Content-Disposition") || "";
  const name = (disposition.match(/filename="([^"]+)"/) || [])[1] || "leadprint";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

function downloadPDF() { const job = currentJob(); job.format = "pdf"; download("/api/render", job); }
function downloadJob() { download("/api/job", currentJob()); }

document.addEventListener("DOMContentLoaded", start);
