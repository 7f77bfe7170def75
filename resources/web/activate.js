// The verification page of an MPin verification URL (API.md §8, seed 004): a person adds this
// device for a user of a project by creating a passkey on it. Served by the box at
// /verification/assets/activate.js and loaded by activate.html with the page's CSP nonce, after
// /approve/assets/webauthn.js (window.MidWeb, shared with the web approver). No eval, no
// external assets, no dependencies: ES5 plus Promises and fetch.
//
// Flow, on "Create a passkey": POST /verification/confirmation {code} (stage "auth", the link's
// code) or {clientId, userId, otp} (stage "otp", a code the project got from POST /otp) answers
// an activationToken; POST /v1/fido/register/begin with it (and the mobile number typed here
// when the user id is not one) answers the creation options; navigator.credentials.create();
// POST /v1/fido/register/complete activates the identity. Then the page goes to the link's
// redirect URI, or says the device is set up.
//
// The code is used up by the first call and the activation token by register/begin, so the
// page keeps both answers: a cancelled passkey prompt is retried with the same options while
// they are valid, and a mistyped mobile number with the same token.
(function () {
  "use strict";

  var W = window.MidWeb;
  function $(id) { return document.getElementById(id); }

  var main = $("activation");
  var panel = $("panel");
  var live = $("live");
  var stage = main.getAttribute("data-stage") === "otp" ? "otp" : "auth";
  var needsMobile = main.getAttribute("data-needs-mobile") === "true";
  var clientId = main.getAttribute("data-client-id") || "";
  var userId = main.getAttribute("data-user-id") || "";
  var code = main.getAttribute("data-code") || "";
  var clientName = main.getAttribute("data-client-name") || "the service";
  // "/verification/confirmation" under whatever prefix the box is published at.
  var apiBase = location.pathname.replace(/\/verification\/confirmation\/?$/, "");

  if (main.getAttribute("data-problem")) {
    // The link is unknown, used or expired: the page shows only why (its CSS hides the rest).
    main.setAttribute("aria-labelledby", "problem-title");
    var why = $("problem-text");
    if (!/[.!?]$/.test(why.textContent)) why.textContent += ".";
    return;
  }

  // A long user id (an email) breaks after "@", "+" or "." rather than anywhere.
  (function () {
    var who = $("who");
    var parts = who.textContent.split(/([@+.])/);
    if (parts.length < 2) return;
    while (who.firstChild) who.removeChild(who.firstChild);
    parts.forEach(function (part) {
      if (!part) return;
      who.appendChild(document.createTextNode(part));
      if (/^[@+.]$/.test(part) && who.childNodes.length > 1) who.appendChild(document.createElement("wbr"));
    });
  })();

  var state = {
    activation: null,    // the answer of POST /verification/confirmation, until registered
    registration: null,  // the answer of register/begin, until its options are used or run out
    registrationAt: 0,
    busy: false,
    done: false
  };

  // ---- what a person sees ------------------------------------------------------------------

  function announce(text) { W.announce(live, text); }

  function showView(name) {
    var views = panel.querySelectorAll("[data-view]");
    for (var i = 0; i < views.length; ++i)
      views[i].hidden = views[i].getAttribute("data-view") !== name;
    main.setAttribute("data-view", name);
  }

  function banner(text) {
    $("start-error").hidden = !text;
    $("start-error-text").textContent = text || "";
    if (text) announce(text);
  }

  var hints = {};
  function fieldError(name, text) {
    var input = $(name);
    var hint = $(name + "-hint");
    if (!(name in hints)) hints[name] = hint.textContent;
    input.setAttribute("aria-invalid", "true");
    hint.textContent = text;
    hint.className = "hint error";
    input.focus();
    announce(text);
  }
  function fieldOk(name) {
    var hint = $(name + "-hint");
    $(name).removeAttribute("aria-invalid");
    if (name in hints) hint.textContent = hints[name];
    hint.className = "hint";
  }

  function setBusy(busy) {
    state.busy = busy;
    W.setBusy(panel, $("create"), busy, "Creating passkey\u2026");
    // A value the server already took stays as it was: it can no longer be changed here.
    if (!busy) {
      $("otp").readOnly = !!state.activation;
      $("mobile").readOnly = !!state.registration;
    }
  }

  // Nothing more can be done on this page: say what happened and what to do instead.
  function fail(title, text) {
    state.done = true;
    $("failed-title").textContent = title;
    $("failed-text").textContent = text;
    showView("failed");
    announce(title + ". " + text);
    $("failed-title").focus();
  }

  function succeed(activation) {
    state.done = true;
    var to = activation && activation.redirectTo;
    $("done-text").textContent = to
      ? "A passkey for " + (activation.userId || userId) + " was created."
      : "You can now use it with " + clientName + " as " + (activation.userId || userId) +
        ". You can close this page.";
    $("going").hidden = !to;
    $("going-text").textContent = "Taking you back to " + clientName + "\u2026";
    showView("done");
    announce("This device is set up. " + $("done-text").textContent + (to ? " " + $("going-text").textContent : ""));
    $("done-title").focus();
    if (to) window.setTimeout(function () { location.assign(to); }, 600);
  }

  // ---- what was typed ------------------------------------------------------------------------

  // "+44 (0)7700 900-123" and "0044 7700 900123" are +447700900123; anything else stays as typed.
  function normalizeMobile(value) {
    var v = String(value || "").trim().replace(/\(0\)/g, "").replace(/[\s().\-\/]/g, "");
    if (/^00[1-9]/.test(v)) v = "+" + v.slice(2);
    return v;
  }
  function isE164(v) { return /^\+[1-9][0-9]{7,14}$/.test(v); }

  // ---- the steps ---------------------------------------------------------------------------

  function tagged(step) {
    return function (err) {
      if (err && typeof err === "object" && !err.step) err.step = step;
      throw err;
    };
  }

  function redeem(otp) {
    if (state.activation) return Promise.resolve(state.activation);
    var body = stage === "otp" ? { clientId: clientId, userId: userId, otp: otp } : { code: code };
    return W.post(apiBase + "/verification/confirmation", body).then(function (a) {
      if (!a || !a.activationToken) throw new W.ApiFailure(500, "The server gave no activation token.");
      state.activation = a;
      return a;
    }, tagged("redeem"));
  }

  function begin(mobile) {
    var r = state.registration;
    if (r) {
      var timeout = Number(W.unwrap(r).timeout) || 60000;
      if (Date.now() - state.registrationAt < timeout - 15000) return Promise.resolve(r);
      state.registration = null;
    }
    var body = { activationToken: state.activation.activationToken, deviceId: W.deviceId(),
                 deviceInfo: W.deviceInfo("web-verification/1.0") };
    if (needsMobile) body.mobile = mobile;
    return W.post(apiBase + "/v1/fido/register/begin", body).then(function (data) {
      state.registration = data;
      state.registrationAt = Date.now();
      return data;
    }, tagged("begin"));
  }

  function register(data) {
    announce("Confirm with your fingerprint, face or screen lock.");
    var registrationId = data.registrationId || W.unwrap(data).registrationId;
    return W.create(data).then(function (cred) {
      state.registration = null; // its challenge is used once, whatever the answer
      return W.post(apiBase + "/v1/fido/register/complete",
                    { registrationId: registrationId, credential: W.attestationJson(cred) })
        .then(function (result) {
          W.rememberCredential((result && result.credentialId) || cred.id);
          return result;
        }, tagged("complete"));
    }, tagged("passkey"));
  }

  function submit(event) {
    if (event) event.preventDefault();
    if (state.busy || state.done) return;
    if (!W.supported()) return unsupported();
    banner("");
    var otp = "";
    if (stage === "otp" && !state.activation) {
      var otpInput = $("otp");
      otp = otpInput.value.replace(/\D/g, "");
      otpInput.value = otp;
      if (otp.length !== 6) return fieldError("otp", "Enter all 6 digits of the code " + clientName + " gave you.");
      fieldOk("otp");
    }
    var mobile = "";
    if (needsMobile) {
      var mobileInput = $("mobile");
      mobile = normalizeMobile(mobileInput.value);
      if (!mobile) return fieldError("mobile", "Enter this device's mobile number, with the country code (for example +44 7700 900123).");
      if (!isE164(mobile))
        return fieldError("mobile", "That is not a full international number. Start with + and the country code, for example +44 7700 900123.");
      mobileInput.value = mobile;
      fieldOk("mobile");
    }
    setBusy(true);
    redeem(otp)
      .then(function () { return begin(mobile); })
      .then(register)
      .then(function () {
        setBusy(false);
        succeed(state.activation);
      }, function (err) {
        setBusy(false);
        failed(err);
      });
  }

  // ---- what went wrong, and what to do -----------------------------------------------------

  function isApi(err, status) {
    return err instanceof W.ApiFailure && (status === undefined || err.status === status);
  }

  function failed(err) {
    var step = err && err.step;
    if (step === "redeem") return redeemFailed(err);
    if (step === "begin") return beginFailed(err);
    if (step === "passkey") {
      banner(W.webauthnText(err, {
        notAllowed: "No passkey was created: the request was cancelled or timed out. Tap \u201cCreate a passkey\u201d to try again.",
        invalidState: "This device already has a passkey for this number, so no new one was made. Use another device, or ask " +
                      clientName + " to remove this one and send you a new link."
      }));
      return;
    }
    if (isApi(err, 403)) return blocked();
    banner(W.explain(err, "Creating the passkey"));
  }

  function newLinkText() {
    return stage === "otp" ? "Ask " + clientName + " for a new code, then enter it here."
                           : "Ask " + clientName + " for a new link.";
  }

  function redeemFailed(err) {
    if (stage === "otp") {
      if (isApi(err, 422)) {
        var left = err.body && err.body.attemptsRemaining;
        return fieldError("otp", left === 0
          ? "That code is not right, and there are no tries left. " + newLinkText()
          : "That code is not right. Check it and try again" +
            (typeof left === "number" ? " (" + left + (left === 1 ? " try" : " tries") + " left)." : "."));
      }
      if (isApi(err, 404) || isApi(err, 409) || isApi(err, 410))
        return fieldError("otp", "There is no valid code for " + userId + ": it was used, it ran out, or it was never sent. " + newLinkText());
    } else {
      if (isApi(err, 404)) return fail("This link can't be used", "This link is not valid. " + newLinkText());
      if (isApi(err, 409) || isApi(err, 410))
        return fail("This link can't be used", err.message || ("This link was already used or has expired. " + newLinkText()));
    }
    if (isApi(err, 403)) return fail("This link can't be used", (err.message ? err.message + ". " : "") + "Contact " + clientName + ".");
    banner(W.explain(err, "Checking the link"));
  }

  function beginFailed(err) {
    if (isApi(err, 401)) {
      // The activation token ran out (15 minutes) or was used: this link or code is spent.
      state.activation = null;
      state.registration = null;
      if (stage === "otp") {
        $("otp").readOnly = false;
        $("otp").value = "";
        return fieldError("otp", "This code has run out. " + newLinkText());
      }
      return fail("This link has run out", "Setting up took too long, or the link was already used. " + newLinkText());
    }
    if (isApi(err, 403)) return blocked();
    var mobileIssue = isApi(err, 422) && (err.body.details || []).some(function (d) { return d && d.field === "mobile"; });
    if (needsMobile && mobileIssue)
      return fieldError("mobile", "That number was not accepted (" + err.message + "). Check it and try again.");
    if (isApi(err, 409))
      return needsMobile
        ? fieldError("mobile", "This device is already set up for a different mobile number. Enter that number, or ask " + clientName + " to remove this device first.")
        : banner("This device is already set up for a different number. Use another device, or ask " + clientName + " to remove this one first.");
    banner(W.explain(err, "Preparing the passkey"));
  }

  function blocked() {
    fail("This device is blocked", "It can't be added. Contact " + clientName + " to have it unblocked.");
  }

  function unsupported() {
    fail("This browser can't use passkeys",
         "Open this link in your device's own browser (Safari on iPhone, Chrome on Android), over the server's secure address.");
  }

  // ---- start -------------------------------------------------------------------------------

  $("otp-field").hidden = stage !== "otp";
  $("mobile-field").hidden = !needsMobile;
  $("start-form").addEventListener("submit", submit);
  $("otp").addEventListener("input", function () {
    var digits = this.value.replace(/\D/g, "").slice(0, 6);
    if (digits !== this.value) this.value = digits;
    fieldOk("otp");
  });
  $("mobile").addEventListener("input", function () { fieldOk("mobile"); });
  panel.hidden = false;
  showView("start");
  if (!W.supported()) unsupported();
})();
