/* Admin, progressive enhancement (see overheidvannu/editorial/actions.py).
 * 1. Each POST form gets a one-time key when it is first submitted, so a double
 *    click or a resent form is not applied twice by the server.
 * 2. File inputs refuse files above the upload limit before anything is sent,
 *    with a Dutch message next to the field (the server checks again).
 * 3. Dutch for the few words Wagtail hard-codes in English in its templates
 *    (see overheidvannu/editorial/admin_language.py for the rest). */
(function () {
  "use strict";
  var KEY = "ovn_action_key";

  function newKey() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  }

  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || (form.method || "").toLowerCase() !== "post") {
        return;
      }
      var input = form.querySelector('input[name="' + KEY + '"]');
      if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = KEY;
        form.appendChild(input);
      }
      if (!input.value) {
        input.value = newKey();
      }
    },
    true
  );

  // --- 2. Upload limits --------------------------------------------------------
  // A file above the limit is refused as soon as it is picked: the field shows
  // a Dutch message (also announced to screen readers), the file is cleared and
  // the form cannot be sent until a smaller file is picked. The click on the
  // submit button is stopped before Wagtail's progress spinner starts, so no
  // request is sent and no spinner is left turning. (The server checks again.)
  var TOO_LARGE = "data-ovn-too-large";

  function limitFor(input) {
    var own = input.getAttribute("data-max-upload-size");
    if (own) {
      return parseInt(own, 10);
    }
    var config = document.getElementById("ovn-upload-limits");
    if (!config) {
      return 0;
    }
    var limits = JSON.parse(config.textContent);
    var accept = (input.getAttribute("accept") || "") + " " + (input.name || "");
    return /image/.test(accept) ? limits.image : limits.document;
  }

  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toLocaleString("nl-NL", { maximumFractionDigits: 1 }) + " MB";
  }

  function messageBox(input) {
    var id = (input.id || input.name || "bestand") + "-ovn-upload-fout";
    var box = document.getElementById(id);
    if (!box) {
      box = document.createElement("p");
      box.id = id;
      box.className = "error-message ovn-upload-error";
      box.setAttribute("role", "alert");
      var field = input.closest("[data-field]");
      var errors = field && field.querySelector("[data-field-errors]");
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
    var box = messageBox(input);
    box.textContent = message;
    box.hidden = false;
    var described = (input.getAttribute("aria-describedby") || "").split(" ");
    if (described.indexOf(box.id) === -1) {
      input.setAttribute("aria-describedby", described.concat([box.id]).join(" ").trim());
    }
    var field = input.closest("[data-field]");
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
    var box = messageBox(input);
    box.textContent = "";
    box.hidden = true;
    var field = input.closest("[data-field]");
    if (field && !field.querySelector(".error-message:not(.ovn-upload-error)")) {
      field.classList.remove("w-field--error");
    }
  }

  document.addEventListener(
    "change",
    function (event) {
      var input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.files) {
        return;
      }
      var limit = limitFor(input);
      for (var i = 0; limit && i < input.files.length; i++) {
        var file = input.files[i];
        if (file.size > limit) {
          refuse(
            input,
            "Het bestand \u201c" + file.name + "\u201d is " + megabytes(file.size) +
              ". Dat is te groot: het maximum is " + megabytes(limit) +
              ". Verklein het bestand of kies een ander bestand."
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
    true
  );

  function refusedInput(form) {
    return form ? form.querySelector("input[type=file][" + TOO_LARGE + "]") : null;
  }

  function holdBack(event, form) {
    var input = refusedInput(form);
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
    function (event) {
      var button = event.target instanceof Element ? event.target.closest("button, input[type=submit]") : null;
      if (button && button.form && (button.type || "submit").toLowerCase() === "submit") {
        holdBack(event, button.form);
      }
    },
    true
  );
  document.addEventListener(
    "submit",
    function (event) {
      holdBack(event, event.target);
    },
    true
  );

  // Should a proxy in front refuse an upload anyway (HTTP 413), say so in
  // Dutch instead of "Request Entity Too Large" and stop the spinner.
  function stopSpinners(scope) {
    var buttons = scope.querySelectorAll(".button-longrunning-active");
    for (var i = 0; i < buttons.length; i++) {
      var app = window.wagtail && window.wagtail.app;
      var controller = app && app.getControllerForElementAndIdentifier(buttons[i], "w-progress");
      if (controller) {
        controller.deactivate();
      } else {
        buttons[i].classList.remove("button-longrunning-active");
        buttons[i].removeAttribute("disabled");
      }
    }
  }

  if (window.jQuery) {
    window.jQuery(document).ajaxError(function (event, xhr) {
      if (xhr.status !== 413) {
        return;
      }
      stopSpinners(document);
      var errors = document.querySelectorAll(".modal .help-critical");
      var message =
        "Dit bestand is te groot om te versturen. Verklein het bestand of kies een ander bestand.";
      if (errors.length) {
        errors[errors.length - 1].textContent = message;
        errors[errors.length - 1].setAttribute("role", "alert");
      } else {
        window.alert(message);
      }
    });
  }

  // --- 3. Dutch for English hard-coded in Wagtail's templates -------------------
  // The search forms' submit button for screen readers (wagtailadmin/home.html,
  // wagtailadmin/shared/header.html, also in chooser modals) says "Search".
  var HARD_CODED = [['input[type="submit"][value="Search"]', "value", "Zoeken"]];

  function inDutch() {
    HARD_CODED.forEach(function (rule) {
      var elements = document.querySelectorAll(rule[0]);
      for (var i = 0; i < elements.length; i++) {
        elements[i].setAttribute(rule[1], rule[2]);
      }
    });
  }

  function watch() {
    inDutch();
    // Chooser modals and swapped search results arrive later.
    new MutationObserver(inDutch).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
