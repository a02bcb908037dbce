/*
 * Overheid van Nu — small progressive enhancements. No dependencies.
 * Loaded with `defer`. Every page works without this file; it only makes two things nicer:
 *
 *  (a) form[data-autosubmit]: a changed checkbox, radio button or select submits the (GET) form,
 *      and after the reload focus returns to the control with the same name and value, so keyboard
 *      and screen-reader users keep their place. Uses sessionStorage (not a cookie; nothing is sent
 *      to the server) and only for that one hop.
 *
 *  (b) input[data-suggest-url]: an ARIA 1.2 combobox with a listbox of suggestions fetched as JSON
 *      ([{"title": "…", "url": "…", "kind": "…"}, …]) from data-suggest-url?q=… after two characters,
 *      debounced; each option shows its title and kind.
 *      Arrow keys move through the options, Enter opens the selected one, Escape closes the list,
 *      and a polite live region says how many suggestions there are. Without a selected option,
 *      Enter simply submits the search form as usual.
 */
(function () {
  "use strict";

  var FOCUS_KEY = "ovn:autosubmit-focus";
  var MIN_CHARS = 2;
  var DEBOUNCE_MS = 250;
  var MAX_OPTIONS = 10;

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function getSessionStorage() {
    try {
      var store = window.sessionStorage;
      var probe = "ovn:probe";
      store.setItem(probe, probe);
      store.removeItem(probe);
      return store;
    } catch (e) {
      return null;
    }
  }

  /* ---------------------------------------------------------------------------
   * (a) Auto-submitting filter forms
   * ------------------------------------------------------------------------- */

  function isAutosubmitControl(el) {
    if (!el || !el.name || el.disabled) {
      return false;
    }
    if (el.tagName === "SELECT") {
      return true;
    }
    return el.tagName === "INPUT" && (el.type === "checkbox" || el.type === "radio");
  }

  function submitForm(form) {
    if (form.getAttribute("aria-busy") === "true") {
      return;
    }
    form.setAttribute("aria-busy", "true");
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  function restoreAutosubmitFocus(store) {
    var raw = store.getItem(FOCUS_KEY);
    if (!raw) {
      return;
    }
    store.removeItem(FOCUS_KEY);
    var wanted;
    try {
      wanted = JSON.parse(raw);
    } catch (e) {
      return;
    }
    if (!wanted || wanted.path !== window.location.pathname) {
      return;
    }
    var controls = document.querySelectorAll("form[data-autosubmit] [name]");
    for (var i = 0; i < controls.length; i += 1) {
      var el = controls[i];
      if (el.name !== wanted.name) {
        continue;
      }
      if (wanted.select ? el.tagName === "SELECT" : el.value === wanted.value) {
        el.focus();
        return;
      }
    }
  }

  function initAutosubmit() {
    var forms = document.querySelectorAll("form[data-autosubmit]");
    var store = getSessionStorage();
    each(forms, function (form) {
      form.addEventListener("change", function (event) {
        var el = event.target;
        if (!isAutosubmitControl(el)) {
          return;
        }
        if (store) {
          try {
            store.setItem(
              FOCUS_KEY,
              JSON.stringify({
                path: window.location.pathname,
                name: el.name,
                value: el.tagName === "SELECT" ? "" : el.value,
                select: el.tagName === "SELECT",
              })
            );
          } catch (e) {
            /* storage full or blocked: the form still submits */
          }
        }
        submitForm(form);
      });
    });
    // Coming back through the back/forward cache: the form is no longer busy.
    window.addEventListener("pageshow", function () {
      each(forms, function (form) {
        form.removeAttribute("aria-busy");
      });
    });
    if (store && forms.length) {
      restoreAutosubmitFocus(store);
    }
  }

  /* ---------------------------------------------------------------------------
   * (b) Search suggestions combobox
   * ------------------------------------------------------------------------- */

  var comboboxCount = 0;

  // Only follow http(s) links, and only on this site: a suggestion is always one of our pages.
  function safeSameOriginUrl(raw) {
    if (typeof raw !== "string" || !raw) {
      return null;
    }
    try {
      var url = new URL(raw, window.location.href);
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        return null;
      }
      return window.location.origin + url.pathname + url.search + url.hash;
    } catch (e) {
      return null;
    }
  }

  function initCombobox(input) {
    var endpoint = input.getAttribute("data-suggest-url");
    if (!endpoint || typeof window.fetch !== "function" || input.getAttribute("role") === "combobox") {
      return;
    }
    comboboxCount += 1;
    if (!input.id) {
      input.id = "ovn-zoeken-" + comboboxCount;
    }
    var listId = input.id + "-suggesties";

    var wrapper = input.parentNode;
    if (!wrapper.classList || !wrapper.classList.contains("ovn-combobox")) {
      wrapper = document.createElement("div");
      wrapper.className = "ovn-combobox";
      input.parentNode.insertBefore(wrapper, input);
      wrapper.appendChild(input);
    }

    var popup = document.createElement("div");
    popup.className = "utrecht-listbox ovn-suggest";
    popup.hidden = true;
    var listbox = document.createElement("ul");
    listbox.className = "utrecht-listbox__list";
    listbox.id = listId;
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", "Suggesties");
    popup.appendChild(listbox);
    wrapper.appendChild(popup);

    // The live region must exist before it changes, or screen readers may miss the message.
    var status = document.createElement("div");
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

    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var announceTimer = null;

    function announce(message) {
      clearTimeout(announceTimer);
      status.textContent = "";
      // A short pause so the same message twice in a row is read again.
      announceTimer = setTimeout(function () {
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
        var el = options[index].el;
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
      for (var i = 0; i < items.length && options.length < MAX_OPTIONS; i += 1) {
        var item = items[i] || {};
        var url = safeSameOriginUrl(item.url);
        if (!url || item.title === undefined || item.title === null || item.title === "") {
          continue;
        }
        var li = document.createElement("li");
        li.id = listId + "-" + options.length;
        li.className = "utrecht-listbox__option utrecht-listbox__option--html-li";
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = String(item.title);
        if (typeof item.kind === "string" && item.kind !== "") {
          // The kind ("Regio", "Verhaal", …) after the title, read out with it.
          var kind = document.createElement("span");
          kind.className = "ovn-suggest__kind";
          kind.textContent = " (" + item.kind + ")";
          li.appendChild(kind);
        }
        li.setAttribute("data-url", url);
        listbox.appendChild(li);
        options.push({ el: li, url: url });
      }
      var n = options.length;
      announce(n === 0 ? "Geen suggesties" : n === 1 ? "1 suggestie" : n + " suggesties");
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
      var separator = endpoint.indexOf("?") === -1 ? "?" : "&";
      window
        .fetch(endpoint + separator + "q=" + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
          signal: controller ? controller.signal : undefined,
        })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          if (input.value.trim() !== query || document.activeElement !== input) {
            return;
          }
          var items = Array.isArray(data) ? data : data && Array.isArray(data.results) ? data.results : [];
          render(items);
        })
        .catch(function (error) {
          if (error && error.name === "AbortError") {
            return;
          }
          // No suggestions is fine: the plain search form still works.
          clear();
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < MIN_CHARS) {
        clear();
        return;
      }
      timer = setTimeout(function () {
        fetchSuggestions(query);
      }, DEBOUNCE_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (event.isComposing) {
        return;
      }
      var expanded = !popup.hidden;
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

    input.addEventListener("blur", function () {
      close();
    });

    // Keep focus in the input while clicking an option, then follow it.
    popup.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    listbox.addEventListener("click", function (event) {
      var target = event.target;
      while (target && target !== listbox && target.getAttribute("role") !== "option") {
        target = target.parentNode;
      }
      if (target && target !== listbox) {
        go(target.getAttribute("data-url"));
      }
    });
  }

  function init() {
    initAutosubmit();
    each(document.querySelectorAll("input[data-suggest-url]"), initCombobox);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
