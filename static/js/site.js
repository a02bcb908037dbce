/*
 * Overheid van Nu — small progressive enhancements. No dependencies.
 * An ES module (base.html: <script type="module">), so deferred: it runs once the document is
 * parsed, in its own scope. Every page works without this file; it only makes things nicer:
 *
 *  (a) form[data-filter-form]: a changed filter checkbox applies in place (fetch, swap the count,
 *      chips, facets and results), keeps focus, announces the new count in a live region and
 *      updates the address and <title>. The sort menu never applies on its own (WCAG 3.2.2).
 *      details[data-wide-open] (the filter panel, the menu) are kept open on wide screens.
 *
 *  (b) input[data-suggest-url]: an ARIA 1.2 combobox with a listbox of suggestions fetched as JSON
 *      ([{"title": "…", "url": "…", "kind": "…"}, …]) from data-suggest-url?q=… after two characters,
 *      debounced; each option shows its title and kind.
 *      Arrow keys move through the options, Enter opens the selected one, Escape closes the list,
 *      and a polite live region says how many suggestions there are. Without a selected option,
 *      Enter simply submits the search form as usual.
 *
 *  (c) Forms: the error summary ([data-error-summary], first in <main>) takes focus after a failed
 *      submit and its links move focus to their field; a long text (textarea[data-maxlength])
 *      gets a live character count that counts as the server does (articles/public_forms.py).
 *
 *  (d) Print: links in body text get their full address (data-print-href) for the print style.
 */

const MIN_CHARS = 2;
const DEBOUNCE_MS = 250;
const MAX_OPTIONS = 10;

function each(list, fn) {
  Array.prototype.forEach.call(list, fn);
}

/* ---------------------------------------------------------------------------
 * (a) Filters applied in place
 *
 * A changed checkbox in form[data-filter-form] fetches the same listing with the new query
 * string and swaps in its summary (count, chips), facets and results. Focus stays on the
 * checkbox (the same name and value), the new count is announced in #filter-status, and the
 * address and <title> follow (history.pushState), so the state can still be bookmarked.
 * The sort menu and the text field do not apply on their own: their buttons submit the form,
 * which is also fetched in place. Any failure falls back to a normal page load.
 * ------------------------------------------------------------------------- */

// The address whose results the page shows (changes when filters apply in place).
let shownAddress = window.location.pathname + window.location.search;
const SWAPPED = ["[data-listing-summary]", "[data-listing-results]", "[data-filter-facets]"];

function formUrl(form) {
  const params = new URLSearchParams();
  const data = new FormData(form);
  data.forEach((value, name) => {
    if (typeof value === "string" && value.trim() !== "") {
      params.append(name, value);
    }
  });
  // The sort menu sits outside the form (form="…"); FormData includes it.
  const query = params.toString();
  return form.action.split("?")[0] + (query ? `?${query}` : "");
}

function announce(status, message) {
  if (!status) {
    return;
  }
  status.textContent = "";
  setTimeout(() => {
    status.textContent = message;
  }, 100);
}

function swapIn(doc, form) {
  const listing = document.querySelector("[data-listing]") || document.querySelector(".ovn-listing");
  let ok = true;
  SWAPPED.forEach((selector) => {
    const current = document.querySelector(selector);
    const fresh = doc.querySelector(selector);
    if (current && fresh) {
      current.replaceWith(document.importNode(fresh, true));
    } else if (current || fresh) {
      ok = false;
    }
  });
  const freshButton = doc.querySelector("[data-filter-submit]");
  const button = form.querySelector("[data-filter-submit]");
  if (freshButton && button) {
    button.textContent = freshButton.textContent;
  }
  // "Filteren (n)": the number of active filters follows the change.
  const panel = form.closest("details");
  const toggle = panel?.querySelector(".ovn-filter-panel__toggle");
  const freshToggle = doc.querySelector(".ovn-filter-panel__toggle");
  if (toggle && freshToggle) {
    toggle.innerHTML = freshToggle.innerHTML;
  } else if (toggle) {
    ok = false; // no filters to show (no results): load the page as it is
  }
  const freshSort = doc.getElementById("f-sorteer");
  const sort = document.getElementById("f-sorteer");
  if (freshSort && sort) {
    sort.innerHTML = freshSort.innerHTML;
    sort.value = freshSort.value;
  }
  if (listing) {
    listing.removeAttribute("aria-busy");
  }
  return ok;
}

function restoreFocus(form, wanted) {
  if (!wanted) {
    return;
  }
  const controls = form.querySelectorAll("[name]");
  for (let i = 0; i < controls.length; i += 1) {
    const el = controls[i];
    if (el.name === wanted.name && el.value === wanted.value) {
      el.focus();
      return;
    }
  }
  // The option is gone (it would give nothing): keep the place at the filter group.
  const group = form.querySelector(`#facet-${wanted.name} input`) || form.querySelector("[data-filter-submit]");
  if (group) {
    group.focus();
  }
}

function applyInPlace(form, url, focusWanted, push) {
  const listing = document.querySelector("[data-listing]");
  if (typeof window.fetch !== "function" || typeof DOMParser !== "function" || !window.history.pushState) {
    window.location.assign(url);
    return;
  }
  if (listing) {
    listing.setAttribute("aria-busy", "true");
  }
  const requested = url;
  form.setAttribute("data-pending", requested);
  window
    .fetch(url, { headers: { Accept: "text/html" }, credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      return response.text();
    })
    .then((html) => {
      if (form.getAttribute("data-pending") !== requested) {
        return; // a newer change is on its way
      }
      const doc = new DOMParser().parseFromString(html, "text/html");
      if (!swapIn(doc, form)) {
        window.location.assign(url);
        return;
      }
      document.title = doc.title;
      if (push) {
        window.history.pushState({ ovnFilters: true }, "", url);
        shownAddress = window.location.pathname + window.location.search;
      }
      restoreFocus(form, focusWanted);
      const count = document.getElementById("resultaten-aantal");
      const page = document.querySelector(".ovn-results-count__page");
      announce(
        document.getElementById("filter-status"),
        (count ? count.textContent : "") + (page ? page.textContent : ""),
      );
    })
    .catch(() => {
      window.location.assign(url);
    });
}

function initFilterForms() {
  const forms = document.querySelectorAll("form[data-filter-form]");
  each(forms, (form) => {
    form.addEventListener("change", (event) => {
      const el = event.target;
      // Only checkboxes apply at once; the sort menu and text wait for their button.
      if (el?.type !== "checkbox" || !el.name) {
        return;
      }
      applyInPlace(form, formUrl(form), { name: el.name, value: el.value }, true);
    });
    form.addEventListener("submit", (event) => {
      if (!document.querySelector("[data-listing-results]")) {
        return; // nothing to swap: submit as usual
      }
      event.preventDefault();
      const active = document.activeElement;
      const wanted = active?.name ? { name: active.name, value: active.value } : null;
      applyInPlace(form, formUrl(form), wanted, true);
      if (!wanted && active && active.getAttribute && active.hasAttribute("data-filter-submit")) {
        // "Toon n resultaten" on a phone: close the panel and go to the results.
        const panel = form.closest("details");
        if (panel && !window.matchMedia("(min-width: 60em)").matches) {
          panel.open = false;
        }
        const heading = document.getElementById("resultaten-kop");
        if (heading) {
          heading.focus();
        }
      }
    });
  });
  if (forms.length) {
    window.addEventListener("popstate", () => {
      // Back or forward between filter states swapped in place: load that state. A jump
      // within the page (the skip link, "#resultaten") fires popstate too; leave it alone.
      if (window.location.pathname + window.location.search !== shownAddress) {
        window.location.reload();
      }
    });
  }
}

/* Panels that are always open on a wide screen (<details data-wide-open="60em">). CSS does it
   with ::details-content where supported; this also covers older browsers. */
function initWideOpen() {
  each(document.querySelectorAll("details[data-wide-open]"), (details) => {
    if (!window.matchMedia) {
      return;
    }
    const query = window.matchMedia(`(min-width: ${details.getAttribute("data-wide-open")})`);
    function sync() {
      if (query.matches) {
        details.open = true;
      }
    }
    sync();
    if (typeof query.addEventListener === "function") {
      query.addEventListener("change", sync);
    }
  });
}

/* ---------------------------------------------------------------------------
 * (b) Search suggestions combobox
 * ------------------------------------------------------------------------- */

let comboboxCount = 0;

// Only follow http(s) links, and only on this site: a suggestion is always one of our pages.
function safeSameOriginUrl(raw) {
  if (typeof raw !== "string" || !raw) {
    return null;
  }
  try {
    const url = new URL(raw, window.location.href);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return null;
    }
    return window.location.origin + url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}

function initCombobox(input) {
  const endpoint = input.getAttribute("data-suggest-url");
  if (!endpoint || typeof window.fetch !== "function" || input.getAttribute("role") === "combobox") {
    return;
  }
  comboboxCount += 1;
  if (!input.id) {
    input.id = `ovn-zoeken-${comboboxCount}`;
  }
  const listId = `${input.id}-suggesties`;

  let wrapper = input.parentNode;
  if (!wrapper.classList?.contains("ovn-combobox")) {
    wrapper = document.createElement("div");
    wrapper.className = "ovn-combobox";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
  }

  const popup = document.createElement("div");
  popup.className = "utrecht-listbox ovn-suggest";
  popup.hidden = true;
  const listbox = document.createElement("ul");
  listbox.className = "utrecht-listbox__list";
  listbox.id = listId;
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", "Suggesties");
  popup.appendChild(listbox);
  wrapper.appendChild(popup);

  // The live region must exist before it changes, or screen readers may miss the message.
  const status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  status.setAttribute("aria-atomic", "true");
  wrapper.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("autocomplete", "off");

  let options = [];
  let active = -1;
  let timer = null;
  let controller = null;
  let announceTimer = null;

  function announce(message) {
    clearTimeout(announceTimer);
    status.textContent = "";
    // A short pause so the same message twice in a row is read again.
    announceTimer = setTimeout(() => {
      status.textContent = message;
    }, 100);
  }

  function setActive(index) {
    if (active >= 0 && options[active]) {
      options[active].el.classList.remove("utrecht-listbox__option--active");
      options[active].el.setAttribute("aria-selected", "false");
    }
    active = index;
    if (index >= 0 && options[index]) {
      const el = options[index].el;
      el.classList.add("utrecht-listbox__option--active");
      el.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", el.id);
      if (typeof el.scrollIntoView === "function") {
        el.scrollIntoView({ block: "nearest" });
      }
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function open() {
    if (!options.length) {
      return;
    }
    popup.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    setActive(-1);
    popup.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function clear() {
    if (controller) {
      controller.abort();
      controller = null;
    }
    listbox.textContent = "";
    options = [];
    close();
  }

  function go(url) {
    window.location.assign(url);
  }

  function render(items) {
    listbox.textContent = "";
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    for (let i = 0; i < items.length && options.length < MAX_OPTIONS; i += 1) {
      const item = items[i] || {};
      const url = safeSameOriginUrl(item.url);
      if (!url || item.title === undefined || item.title === null || item.title === "") {
        continue;
      }
      const li = document.createElement("li");
      li.id = `${listId}-${options.length}`;
      li.className = "utrecht-listbox__option utrecht-listbox__option--html-li";
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = String(item.title);
      if (typeof item.kind === "string" && item.kind !== "") {
        // The kind ("Regio", "Verhaal", …) after the title, read out with it.
        const kind = document.createElement("span");
        kind.className = "ovn-suggest__kind";
        kind.textContent = ` (${item.kind})`;
        li.appendChild(kind);
      }
      li.setAttribute("data-url", url);
      listbox.appendChild(li);
      options.push({ el: li, url: url });
    }
    const n = options.length;
    announce(n === 0 ? "Geen suggesties" : n === 1 ? "1 suggestie" : `${n} suggesties`);
    if (n) {
      open();
    } else {
      close();
    }
  }

  function fetchSuggestions(query) {
    if (controller) {
      controller.abort();
    }
    controller = typeof AbortController === "function" ? new AbortController() : null;
    const separator = endpoint.indexOf("?") === -1 ? "?" : "&";
    window
      .fetch(`${endpoint}${separator}q=${encodeURIComponent(query)}`, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined,
      })
      .then((response) => {
        if (!response.ok) {
          throw new Error(`HTTP ${response.status}`);
        }
        return response.json();
      })
      .then((data) => {
        if (input.value.trim() !== query || document.activeElement !== input) {
          return;
        }
        const items = Array.isArray(data) ? data : data && Array.isArray(data.results) ? data.results : [];
        render(items);
      })
      .catch((error) => {
        if (error && error.name === "AbortError") {
          return;
        }
        // No suggestions is fine: the plain search form still works.
        clear();
      });
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < MIN_CHARS) {
      clear();
      return;
    }
    timer = setTimeout(() => {
      fetchSuggestions(query);
    }, DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    if (event.isComposing) {
      return;
    }
    const expanded = !popup.hidden;
    switch (event.key) {
      case "ArrowDown":
      case "Down":
        if (!options.length) {
          return;
        }
        event.preventDefault();
        if (!expanded) {
          open();
          setActive(0);
        } else {
          setActive(active + 1 >= options.length ? 0 : active + 1);
        }
        break;
      case "ArrowUp":
      case "Up":
        if (!options.length) {
          return;
        }
        event.preventDefault();
        if (!expanded) {
          open();
          setActive(options.length - 1);
        } else {
          setActive(active <= 0 ? options.length - 1 : active - 1);
        }
        break;
      case "Enter":
        if (expanded && active >= 0 && options[active]) {
          event.preventDefault();
          go(options[active].url);
        }
        break;
      case "Escape":
      case "Esc":
        if (expanded) {
          event.preventDefault();
          close();
        }
        break;
      case "Tab":
        close();
        break;
      default:
        break;
    }
  });

  input.addEventListener("blur", () => {
    close();
  });

  // Keep focus in the input while clicking an option, then follow it.
  popup.addEventListener("mousedown", (event) => {
    event.preventDefault();
  });
  listbox.addEventListener("click", (event) => {
    let target = event.target;
    while (target && target !== listbox && target.getAttribute("role") !== "option") {
      target = target.parentNode;
    }
    if (target && target !== listbox) {
      go(target.getAttribute("data-url"));
    }
  });
}

/* ---------------------------------------------------------------------------
 * (c) Forms: error summary and character count
 * ------------------------------------------------------------------------- */

function initErrorSummary() {
  const summary = document.querySelector("[data-error-summary]");
  if (!summary) {
    return;
  }
  summary.focus();
  // A link to a field focuses the field and shows its label (GOV.UK's error summary).
  summary.addEventListener("click", (event) => {
    const link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    const field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    const group = field.closest(".ovn-form-field") || field;
    group.scrollIntoView();
    field.focus({ preventScroll: true });
  });
}

// The length the server checks: line breaks once, no surrounding spaces, an emoji once.
function characterCount(text) {
  return Array.from(text.replace(/\r\n?/g, "\n").trim()).length;
}

function dutchNumber(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function countMessage(left) {
  if (left >= 0) {
    return `Je hebt nog ${dutchNumber(left)}${left === 1 ? " teken" : " tekens"} over.`;
  }
  return `Je hebt ${dutchNumber(-left)}${left === -1 ? " teken" : " tekens"} te veel.`;
}

function initCharacterCount(textarea) {
  const limit = parseInt(textarea.getAttribute("data-maxlength"), 10);
  if (!limit) {
    return;
  }
  // Seen while typing (not read out on every key)...
  const shown = document.createElement("p");
  shown.className = "ovn-character-count";
  shown.id = `${textarea.id}-telling`;
  shown.setAttribute("aria-hidden", "true");
  // ...and told to screen readers once typing pauses.
  const told = document.createElement("p");
  told.className = "visually-hidden";
  told.setAttribute("aria-live", "polite");
  textarea.insertAdjacentElement("afterend", told);
  textarea.insertAdjacentElement("afterend", shown);
  let timer = null;
  function update(announce) {
    const left = limit - characterCount(textarea.value);
    shown.textContent = countMessage(left);
    shown.classList.toggle("ovn-character-count--over", left < 0);
    if (announce) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        told.textContent = countMessage(left);
      }, 1000);
    }
  }
  textarea.addEventListener("input", () => {
    update(true);
  });
  update(false);
}

/* ---------------------------------------------------------------------------
 * (d) Print: full addresses for links in body text
 * ------------------------------------------------------------------------- */

function initPrintAddresses() {
  each(document.querySelectorAll(".ovn-prose a[href]"), (link) => {
    const href = link.href;
    if (/^https?:/.test(href)) {
      link.setAttribute("data-print-href", href);
    } else if (/^mailto:/.test(href)) {
      link.setAttribute("data-print-href", href.slice(7));
    }
  });
}

function init() {
  initErrorSummary();
  each(document.querySelectorAll("textarea[data-maxlength]"), initCharacterCount);
  initPrintAddresses();
  initFilterForms();
  initWideOpen();
  each(document.querySelectorAll("input[data-suggest-url]"), initCombobox);
}

// A module runs after the document is parsed: every element is there.
init();
