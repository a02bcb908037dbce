/* Admin, progressive enhancement (see articles/editorial_actions.py).
 * 1. Each POST form gets a one-time key when it is first submitted, so a double
 *    click or a resent form is not applied twice by the server.
 * 2. File inputs refuse files above the upload limit before anything is sent,
 *    with a Dutch message (the server checks again). */
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

  document.addEventListener(
    "change",
    function (event) {
      var input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.files) {
        return;
      }
      var limit = limitFor(input);
      if (!limit) {
        return;
      }
      for (var i = 0; i < input.files.length; i++) {
        var file = input.files[i];
        if (file.size > limit) {
          var message =
            "Het bestand \u201c" + file.name + "\u201d is " + megabytes(file.size) +
            ". Dat is te groot: het maximum is " + megabytes(limit) + ". Verklein het bestand en probeer het opnieuw.";
          input.value = "";
          input.setCustomValidity(message);
          input.reportValidity();
          window.alert(message);
          event.stopImmediatePropagation();
          event.preventDefault();
          return;
        }
      }
      input.setCustomValidity("");
    },
    true
  );
})();
