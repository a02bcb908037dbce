/* Admin, progressive enhancement (see overheidvannu/editorial/actions.py).
 * An ES module (overheidvannu/editorial/wagtail_hooks.py inserts it with
 * <script type="module">), so deferred: it runs once the document is parsed,
 * after Wagtail's own scripts (jQuery among them), in its own scope.
 * 1. Every admin action is sent once: each POST form has a one-time key from
 *    the moment the page loads (forms added later get theirs when they appear,
 *    or at the latest when they are sent), so a double click, a workflow modal
 *    that sends the form with jQuery's .submit() (which fires no submit
 *    event) or a resent form is not applied twice by the server. Autosave's
 *    background saves are no action and carry no key. An action sent while an
 *    autosave is on its way waits for it, so the action includes what the
 *    autosave stored (a comment reply keeps its id and is not stored twice).
 * 2. File inputs refuse files above the upload limit before anything is sent,
 *    with a Dutch message next to the field (the server checks again); the
 *    image form's alt-text choice is checked before sending too.
 * 3. Dutch for the few words Wagtail hard-codes in English in its templates
 *    (see overheidvannu/editorial/admin_language.py for the rest). */
const KEY = "ovn_action_key";

function newKey() {
  if (window.crypto?.randomUUID) {
    return window.crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

function isPostForm(form) {
  return form instanceof HTMLFormElement && (form.getAttribute("method") || "").toLowerCase() === "post";
}

function keyInput(form) {
  let input = form.querySelector(`input[name="${KEY}"]`);
  if (!input) {
    input = document.createElement("input");
    input.type = "hidden";
    input.name = KEY;
    input.value = newKey();
    form.appendChild(input);
  }
  return input;
}

function giveKeys(scope) {
  if (isPostForm(scope)) {
    keyInput(scope);
  }
  const forms = scope.querySelectorAll ? scope.querySelectorAll("form") : [];
  for (let i = 0; i < forms.length; i++) {
    if (isPostForm(forms[i])) {
      keyInput(forms[i]);
    }
  }
}

// Forms a script builds and sends at once (Wagtail's "w-action#post"
// buttons, the dashboard's workflow buttons) get their key as they are sent:
// the browser fires `formdata` for every submission, form.submit() too.
document.addEventListener(
  "formdata",
  (event) => {
    const form = event.target;
    if (isPostForm(form) && !event.formData.get(KEY)) {
      event.formData.set(KEY, keyInput(form).value);
    }
  },
  true,
);

// Autosave (Wagtail's w-autosave controller) saves a draft in the
// background: not an action, so its form data carries no key.
let autosaving = 0;
let waiting = null; // {form, submitter, jquery}: an action held back
let releaseTimer = null;
const MAX_WAIT_MS = 15000;

document.addEventListener("w-autosave:save", (event) => {
  const data = event.detail?.formData;
  if (data?.delete) {
    data.delete(KEY);
  }
  // Counted once the event has reached every listener (one may cancel it).
  window.setTimeout(() => {
    if (!event.defaultPrevented) {
      autosaving += 1;
    }
  }, 0);
});

function autosaveDone() {
  autosaving = Math.max(0, autosaving - 1);
  if (!autosaving) {
    sendWaiting();
  }
}

document.addEventListener("w-autosave:success", autosaveDone);
document.addEventListener("w-autosave:error", autosaveDone);

function sendWaiting() {
  if (!waiting) {
    return;
  }
  const held = waiting;
  waiting = null;
  window.clearTimeout(releaseTimer);
  // A little later: Wagtail's comments take the saved ids from the
  // autosave's answer on the same event.
  window.setTimeout(() => {
    if (held.jquery && window.jQuery) {
      window.jQuery(held.form).trigger("submit");
      return;
    }
    // The button that was clicked ("Publiceren") by now shows Wagtail's
    // spinner and is disabled, and a disabled button sends no value: its
    // name and value go along as a hidden field instead.
    const submitter = held.submitter;
    let chosen = null;
    if (submitter?.name) {
      chosen = document.createElement("input");
      chosen.type = "hidden";
      chosen.name = submitter.name;
      chosen.value = submitter.value;
      held.form.appendChild(chosen);
    }
    if (held.form.requestSubmit) {
      held.form.requestSubmit();
    } else {
      held.form.submit();
    }
    // The submission has its data; nothing else (autosave) may send it.
    if (chosen) {
      chosen.remove();
    }
  }, 50);
}

function holdWhileAutosaving(event, form, submitter, viaJquery) {
  if (!autosaving || !isPostForm(form) || !form.hasAttribute("data-edit-form")) {
    return false;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  waiting = { form: form, submitter: submitter, jquery: viaJquery };
  // Never wait for ever: the server keeps the order anyway (one action
  // per page at a time).
  window.clearTimeout(releaseTimer);
  releaseTimer = window.setTimeout(() => {
    autosaving = 0;
    sendWaiting();
  }, MAX_WAIT_MS);
  return true;
}

document.addEventListener(
  "submit",
  (event) => {
    const form = event.target;
    if (!isPostForm(form)) {
      return;
    }
    keyInput(form);
    if (alreadySent(form)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    holdWhileAutosaving(event, form, event.submitter, false);
  },
  true,
);

// A form on its way is not sent again: a second click of a modal's button
// makes Wagtail send the edit form twice, and the browser would show the
// second answer ("al verwerkt") instead of the first. (The server refuses
// the second anyway; its one-time key is the same.)
const SENT = "ovnSentAt";
const RESEND_AFTER_MS = 10000;

function alreadySent(form) {
  const sentAt = parseInt(form.dataset[SENT] || "0", 10);
  return sentAt && Date.now() - sentAt < RESEND_AFTER_MS;
}

function markSent(form) {
  form.dataset[SENT] = String(Date.now());
  // No autosave after the action is sent: the server would refuse it
  // anyway (the action made a newer revision), and say so on screen.
  if (form.hasAttribute("data-w-autosave-active-value") || form.hasAttribute("data-edit-form")) {
    form.setAttribute("data-w-autosave-active-value", "false");
  }
}

window.addEventListener("submit", (event) => {
  // Last in line (bubbling, on window): the form really goes.
  if (isPostForm(event.target) && !event.defaultPrevented) {
    markSent(event.target);
  }
});

// Wagtail's workflow modals send the edit form with jQuery's .submit():
// jQuery runs its own handlers, then the form's native submit(), which no
// submit listener sees. This jQuery handler sees it and can hold it back.
if (window.jQuery) {
  window.jQuery(document).on("submit", "form", function (event) {
    if (!event.isTrigger || !isPostForm(this)) {
      return undefined;
    }
    if (alreadySent(this) || holdWhileAutosaving(event, this, null, true)) {
      return false;
    }
    markSent(this);
    return undefined;
  });
}

function watchForms() {
  giveKeys(document);
  new MutationObserver((mutations) => {
    for (let i = 0; i < mutations.length; i++) {
      for (let j = 0; j < mutations[i].addedNodes.length; j++) {
        const node = mutations[i].addedNodes[j];
        if (node.nodeType === 1) {
          giveKeys(node);
        }
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
}

watchForms(); // a module runs after the document is parsed: document.body is there

// --- 2. Upload limits --------------------------------------------------------
// A file above the limit is refused as soon as it is picked: the field shows
// a Dutch message (also announced to screen readers), the file is cleared and
// the form cannot be sent until a smaller file is picked. The click on the
// submit button is stopped before Wagtail's progress spinner starts, so no
// request is sent and no spinner is left turning. (The server checks again.)
const TOO_LARGE = "data-ovn-too-large";

function limitFor(input) {
  const own = input.getAttribute("data-max-upload-size");
  if (own) {
    return parseInt(own, 10);
  }
  const config = document.getElementById("ovn-upload-limits");
  if (!config) {
    return 0;
  }
  const limits = JSON.parse(config.textContent);
  const accept = `${input.getAttribute("accept") || ""} ${input.name || ""}`;
  return /image/.test(accept) ? limits.image : limits.document;
}

function megabytes(bytes) {
  return `${(bytes / (1024 * 1024)).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;
}

function messageBox(input) {
  const id = `${input.id || input.name || "bestand"}-ovn-upload-fout`;
  let box = document.getElementById(id);
  if (!box) {
    box = document.createElement("p");
    box.id = id;
    box.className = "error-message ovn-upload-error";
    box.setAttribute("role", "alert");
    const field = input.closest("[data-field]");
    const errors = field?.querySelector("[data-field-errors]");
    if (errors) {
      errors.appendChild(box);
    } else {
      input.insertAdjacentElement("afterend", box);
    }
  }
  return box;
}

function refuse(input, message) {
  input.value = "";
  input.setAttribute(TOO_LARGE, message);
  input.setAttribute("aria-invalid", "true");
  input.setCustomValidity(message);
  const box = messageBox(input);
  box.textContent = message;
  box.hidden = false;
  const described = (input.getAttribute("aria-describedby") || "").split(" ");
  if (described.indexOf(box.id) === -1) {
    input.setAttribute("aria-describedby", described.concat([box.id]).join(" ").trim());
  }
  const field = input.closest("[data-field]");
  if (field) {
    field.classList.add("w-field--error");
  }
}

function clearRefusal(input) {
  if (!input.hasAttribute(TOO_LARGE)) {
    return;
  }
  input.removeAttribute(TOO_LARGE);
  input.removeAttribute("aria-invalid");
  input.setCustomValidity("");
  const box = messageBox(input);
  box.textContent = "";
  box.hidden = true;
  const field = input.closest("[data-field]");
  if (field && !field.querySelector(".error-message:not(.ovn-upload-error)")) {
    field.classList.remove("w-field--error");
  }
}

document.addEventListener(
  "change",
  (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.files) {
      return;
    }
    const limit = limitFor(input);
    for (let i = 0; limit && i < input.files.length; i++) {
      const file = input.files[i];
      if (file.size > limit) {
        refuse(
          input,
          `Het bestand “${file.name}” is ${megabytes(file.size)}. ` +
            `Dat is te groot: het maximum is ${megabytes(limit)}. ` +
            "Verklein het bestand of kies een ander bestand.",
        );
        // Wagtail's own listeners (title from the file name, the multiple
        // upload) never see the refused file.
        event.stopImmediatePropagation();
        event.preventDefault();
        return;
      }
    }
    clearRefusal(input);
  },
  true,
);

function refusedInput(form) {
  return form ? form.querySelector(`input[type=file][${TOO_LARGE}]`) : null;
}

function holdBack(event, form) {
  const input = refusedInput(form);
  if (!input) {
    return false;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  messageBox(input).textContent = input.getAttribute(TOO_LARGE);
  input.focus();
  return true;
}

// Before the button's own click handler (Wagtail's spinner) and before the submit.
document.addEventListener(
  "click",
  (event) => {
    const button = event.target instanceof Element ? event.target.closest("button, input[type=submit]") : null;
    if (button?.form && (button.type || "submit").toLowerCase() === "submit") {
      holdBack(event, button.form);
    }
  },
  true,
);
document.addEventListener(
  "submit",
  (event) => {
    holdBack(event, event.target);
  },
  true,
);

// Should a proxy in front refuse an upload anyway (HTTP 413), say so in
// Dutch instead of "Request Entity Too Large" and stop the spinner.
function stopSpinners(scope) {
  const buttons = scope.querySelectorAll(".button-longrunning-active");
  for (let i = 0; i < buttons.length; i++) {
    const app = window.wagtail?.app;
    const controller = app?.getControllerForElementAndIdentifier(buttons[i], "w-progress");
    if (controller) {
      controller.deactivate();
    } else {
      buttons[i].classList.remove("button-longrunning-active");
      buttons[i].removeAttribute("disabled");
    }
  }
}

if (window.jQuery) {
  window.jQuery(document).ajaxError((_event, xhr) => {
    if (xhr.status !== 413) {
      return;
    }
    stopSpinners(document);
    const errors = document.querySelectorAll(".modal .help-critical");
    const message = "Dit bestand is te groot om te versturen. Verklein het bestand of kies een ander bestand.";
    if (errors.length) {
      errors[errors.length - 1].textContent = message;
      errors[errors.length - 1].setAttribute("role", "alert");
    } else {
      window.alert(message);
    }
  });
}

// --- 2b. The image form's alt-text choice --------------------------------------
// "Beschrijf de afbeelding" needs a description: the browser says so before
// sending, so the chosen file is not lost to a round trip (the server checks
// again, overheidvannu/editorial/uploads.py).
function describeRequired() {
  const chosen = document.querySelector('input[name="alt_choice"]:checked');
  const description = document.querySelector('form [name="description"]');
  if (description) {
    description.required = !!chosen && chosen.value === "beschrijving";
  }
}

document.addEventListener("change", (event) => {
  if (event.target instanceof HTMLInputElement && event.target.name === "alt_choice") {
    describeRequired();
  }
});

// --- 3. Dutch for English hard-coded in Wagtail's templates -------------------
// The search forms' submit button for screen readers (wagtailadmin/home.html,
// wagtailadmin/shared/header.html, also in chooser modals) says "Search".
const HARD_CODED = [['input[type="submit"][value="Search"]', "value", "Zoeken"]];

function inDutch() {
  HARD_CODED.forEach((rule) => {
    const elements = document.querySelectorAll(rule[0]);
    for (let i = 0; i < elements.length; i++) {
      elements[i].setAttribute(rule[1], rule[2]);
    }
  });
}

function watch() {
  inDutch();
  // Chooser modals and swapped search results arrive later.
  new MutationObserver(inDutch).observe(document.body, { childList: true, subtree: true });
}

watch(); // a module runs after the document is parsed: document.body is there
