// The web approver of a MID consent session (API.md §2–§5, CONSOLE.md "The web approver").
// Served by the box at /approve/assets/approve.js and loaded by approve.html with the page's
// CSP nonce, after /approve/assets/webauthn.js (window.MidWeb: the install id, base64url,
// WebAuthn JSON, the API call and failure texts shared with the verification page). No eval,
// no external assets, no dependencies: ES5 plus Promises and fetch.
//
// Flow: the page asks POST /v1/fido/authenticate/begin {sessionId} for the request options.
// When the number has a credential, Approve / Reject run navigator.credentials.get() and post
// the assertion with the decision to authenticate/complete. When it has none (empty
// allowCredentials), "Set up this phone" enrolls first: POST /approve/:id/enrollments sends a
// 6-digit code to the number, /v1/enrollments/:id/verify turns it into an enrollment token,
// fido/register/begin + navigator.credentials.create() + register/complete register a passkey,
// and the page comes back to Approve / Reject.
(function () {
  "use strict";

  var main = document.getElementById("request");
  var panel = document.getElementById("panel");
  var badge = document.getElementById("status");
  var countdown = document.getElementById("countdown");
  var live = document.getElementById("live");
  var sessionId = main.getAttribute("data-session-id");
  var expiresAt = Number(main.getAttribute("data-expires-at"));
  // "/approve/<id>" under whatever prefix the box is published at.
  var pagePath = location.pathname.replace(/\/+$/, "");
  var apiBase = pagePath.replace(/\/approve\/[^\/]+$/, "");

  var labels = { pending: "Waiting for approval", approved: "Approved", rejected: "Rejected",
                 expired: "Expired", revoked: "Withdrawn" };

  var state = {
    status: main.getAttribute("data-status") || "pending",
    options: null,        // the last authenticate/begin answer, not yet used
    optionsAt: 0,         // when it arrived (ms)
    knownHere: false,     // one of allowCredentials was registered by this browser
    hasCredentials: false,
    enrollment: null,     // {enrollmentId, mobile?} once a code was sent
    enrollmentToken: null,
    busy: false,
    finished: false
  };

  // ---- small helpers ---------------------------------------------------------------------

  function $(id) { return document.getElementById(id); }

  var W = window.MidWeb;
  var ApiFailure = W.ApiFailure;
  var knownCredentials = W.knownCredentials;
  var rememberCredential = W.rememberCredential;
  var unwrap = W.unwrap;

  function announce(text) { W.announce(live, text); }
  function deviceInfo() { return W.deviceInfo("web-approver/1.0"); }

  // ---- the API (§0 envelope) -----------------------------------------------------------------

  function api(path, body) { return W.post(apiBase + path, body); }

  function fetchSession() {
    return window.fetch(pagePath + "/session.json", { cache: "no-store", credentials: "omit" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .catch(function () { return null; });
  }

  // ---- what a person sees ------------------------------------------------------------------

  function showView(name) {
    var views = panel.querySelectorAll("[data-view]");
    for (var i = 0; i < views.length; ++i)
      views[i].hidden = views[i].getAttribute("data-view") !== name;
    main.setAttribute("data-view", name);
  }

  function loading(text) {
    $("loading-text").textContent = text;
    showView("loading");
    announce(text);
  }

  function setBadge(status) {
    badge.className = "badge " + status;
    badge.textContent = labels[status] || status;
    main.setAttribute("data-status", status);
    if (status !== "pending") $("expiry-row").hidden = true;
  }

  function banner(prefix, text) {
    $(prefix).hidden = !text;
    $(prefix + "-text").textContent = text || "";
  }

  function setBusy(button, busy, text) {
    state.busy = busy;
    W.setBusy(panel, button, busy, text);
  }

  var outcomes = {
    approved: { mark: "mark-ok", title: "Approved",
                text: function () { return "This request was approved with the phone registered to this number. You can close this page."; },
                mine: function (who) { return "You approved the request from " + who + ". You can close this page and go back to " + who + "."; } },
    rejected: { mark: "mark-no", title: "Rejected",
                text: function () { return "This request was rejected with the phone registered to this number. You can close this page."; },
                mine: function (who) { return "You rejected the request. " + who + " has been told, and nothing was shared. You can close this page."; } },
    expired: { mark: "mark-clock", title: "Request expired",
               text: function () { return "This request is no longer valid. Ask the service to start a new one, then scan the new code."; } },
    revoked: { mark: "mark-alert", title: "Request withdrawn",
               text: function () { return "The service withdrew this request. You can close this page."; } }
  };

  function clientName() {
    return main.querySelector(".row dd").textContent;
  }

  // A final state of the consent: nothing more to do here. `mine`: decided on this page.
  function finish(status, mine) {
    var o = outcomes[status];
    if (!o) return;
    state.finished = true;
    setBadge(status);
    var outcome = $("outcome");
    outcome.className = "step outcome " + status;
    showMark(o.mark);
    $("outcome-title").textContent = o.title;
    $("outcome-text").textContent = mine && o.mine ? o.mine(clientName()) : o.text(clientName());
    $("outcome-actions").hidden = true;
    showView("outcome");
    announce(o.title + ". " + $("outcome-text").textContent);
    $("outcome-title").focus();
  }

  function showMark(id) {
    // SVG elements have no `hidden` property: set the attribute.
    ["mark-ok", "mark-no", "mark-clock", "mark-alert"].forEach(function (m) {
      if (m === id) $(m).removeAttribute("hidden");
      else $(m).setAttribute("hidden", "");
    });
  }

  // Something went wrong that the person can do something about: say what, offer a retry.
  function fail(title, text, retry) {
    var outcome = $("outcome");
    outcome.className = "step outcome error";
    showMark("mark-alert");
    $("outcome-title").textContent = title;
    $("outcome-text").textContent = text;
    $("outcome-actions").hidden = !retry;
    retryAction = retry || null;
    showView("outcome");
    announce(title + ". " + text);
    $("outcome-title").focus();
  }
  var retryAction = null;

  // What an API failure means for the person, as one sentence.
  function explain(err, what) {
    if (err instanceof ApiFailure && err.status === 403)
      return "The phone registered to this number was blocked. Contact the service that sent the request to have it unblocked.";
    if (err instanceof ApiFailure && err.status === 401 && /FIDO verification failed/.test(err.message))
      return W.explain(err, what, "phone").replace(/ Try again\.$/, " Try again, or set up this phone again.");
    return W.explain(err, what, "phone");
  }

  // After a 409 or a lost race the request may have ended meanwhile: show how it ended.
  function recheck(otherwise) {
    return fetchSession().then(function (s) {
      if (s && s.status && s.status !== "pending" && outcomes[s.status]) {
        finish(s.status);
        return true;
      }
      if (otherwise) otherwise();
      return false;
    });
  }

  // ---- WebAuthn errors -------------------------------------------------------------------

  function webauthnText(err, creating) {
    return W.webauthnText(err, {
      notAllowed: creating
        ? "No passkey was created: the request was cancelled or timed out. Tap the button to try again."
        : state.knownHere || !state.hasCredentials
          ? "No passkey was used: the request was cancelled or timed out, or the passkey was removed from this phone. Tap Approve or Reject to try again."
          : "This phone has no passkey for this number, or the request was cancelled. Try again, or set up this phone.",
      invalidState: "This phone already has a passkey for this number."
    });
  }

  // ---- authentication: approve or reject ---------------------------------------------------

  function begin() {
    // Only the session: naming this browser's deviceId would narrow allowCredentials to it,
    // and the page also offers the number's other registered passkeys.
    return api("/v1/fido/authenticate/begin", { sessionId: sessionId }).then(function (data) {
      var o = unwrap(data);
      var allowed = (o.allowCredentials || []).map(function (c) { return c.id; });
      var mine = knownCredentials();
      state.options = data;
      state.optionsAt = Date.now();
      state.hasCredentials = allowed.length > 0;
      state.knownHere = allowed.some(function (id) { return mine.indexOf(id) >= 0; });
      return data;
    });
  }

  function freshOptions() {
    var data = state.options;
    if (data) {
      var timeout = Number(unwrap(data).timeout) || 60000;
      if (Date.now() - state.optionsAt < timeout - 15000) return Promise.resolve(data);
    }
    return begin();
  }

  function showDecide(justSetUp) {
    $("decide-ready").hidden = !justSetUp;
    banner("decide-error", "");
    $("other-phone").hidden = state.knownHere || justSetUp;
    $("decide-text").textContent = state.knownHere || justSetUp
      ? "Approve only if you started this request. Your phone will ask for your fingerprint, face or screen lock."
      : "A phone is already set up for this number. If it is this one, approve or reject with its passkey.";
    showView("decide");
  }

  function decide(decision, button) {
    if (state.busy || state.finished) return;
    if (!W.supported()) return unsupported();
    banner("decide-error", "");
    setBusy(button, true, decision === "approve" ? "Approving…" : "Rejecting…");
    var authenticationId;
    freshOptions().then(function (data) {
      authenticationId = data.authenticationId || unwrap(data).authenticationId;
      state.options = null; // a challenge is used once, whatever happens next
      announce("Confirm with your fingerprint, face or screen lock.");
      return W.get(data);
    }).then(function (cred) {
      return api("/v1/fido/authenticate/complete", {
        authenticationId: authenticationId, credential: W.assertionJson(cred), decision: decision
      }).then(function (result) {
        rememberCredential(cred.id);
        return result;
      });
    }).then(function (result) {
      setBusy(button, false);
      var status = result && result.status;
      if (result && result.verified === false) throw new ApiFailure(401, "The passkey could not be verified.");
      finish(outcomes[status] ? status : decision === "approve" ? "approved" : "rejected", true);
    }).then(null, function (err) {
      setBusy(button, false);
      if (state.finished) return;
      if (err && err.webauthn) {
        banner("decide-error", webauthnText(err, false));
        announce($("decide-error-text").textContent);
        $("other-phone").hidden = false;
        begin().then(null, function () {});
        return;
      }
      if (err instanceof ApiFailure && (err.status === 409 || err.status === 410 || err.status === 404)) {
        // Still pending: the number's passkeys went away meanwhile (device deregistered).
        return recheck(function () {
          banner("decide-error", explain(err, "Your answer"));
          $("other-phone").hidden = false;
        });
      }
      if (err instanceof ApiFailure && err.status === 401) $("other-phone").hidden = false;
      banner("decide-error", explain(err, "Your answer"));
      announce($("decide-error-text").textContent);
      begin().then(null, function () {});
    });
  }

  // ---- enrollment: code, then passkey ----------------------------------------------------

  function showSetup(canGoBack) {
    banner("setup-error", "");
    $("back-to-decide").hidden = !canGoBack;
    showView("setup");
    announce("Set up this phone. We will send a code to your number.");
  }

  function sendCode(button) {
    if (state.busy) return;
    banner("setup-error", "");
    setBusy(button, true, "Sending…");
    api(pagePath.slice(apiBase.length) + "/enrollments", { deviceId: W.deviceId(), deviceInfo: deviceInfo() })
      .then(function (data) {
        setBusy(button, false);
        state.enrollment = data;
        state.enrollmentToken = null;
        var demo = data.demoCode;
        $("demo-hint").hidden = !demo;
        $("demo-code").textContent = demo || "";
        var input = $("code");
        input.value = "";
        input.removeAttribute("aria-invalid");
        hint("Only the digits, no spaces.", false);
        showView("code");
        announce("Code sent. Enter the 6-digit code.");
        input.focus();
      }, function (err) {
        setBusy(button, false);
        if (err instanceof ApiFailure && (err.status === 409 || err.status === 410)) {
          return recheck(function () { showErrorOn("setup", explain(err, "Sending the code")); });
        }
        showErrorOn("setup", explain(err, "Sending the code"));
      });
  }

  function showErrorOn(view, text) {
    showView(view);
    banner(view + "-error", text);
    announce(text);
  }

  function hint(text, error) {
    var h = $("code-hint");
    h.textContent = text;
    h.className = error ? "hint error" : "hint";
  }

  function verifyCode(event) {
    if (event) event.preventDefault();
    if (state.busy || !state.enrollment) return;
    var input = $("code");
    var code = input.value.replace(/\D/g, "");
    input.value = code;
    if (code.length !== 6) {
      input.setAttribute("aria-invalid", "true");
      hint("Enter all 6 digits of the code.", true);
      input.focus();
      return;
    }
    var button = $("verify-code");
    setBusy(button, true, "Checking…");
    api("/v1/enrollments/" + encodeURIComponent(state.enrollment.enrollmentId) + "/verify", { code: code })
      .then(function (data) {
        setBusy(button, false);
        state.enrollmentToken = data.enrollmentToken;
        input.removeAttribute("aria-invalid");
        banner("passkey-error", "");
        showView("passkey");
        announce("Number confirmed. Now create a passkey.");
        $("create-passkey").focus();
      }, function (err) {
        setBusy(button, false);
        input.setAttribute("aria-invalid", "true");
        var text;
        if (err instanceof ApiFailure && (err.status === 409 || err.status === 410 || err.status === 404)) {
          text = "This code can no longer be used. Tap \u201cSend a new code\u201d.";
        } else if (err instanceof ApiFailure && (err.status === 400 || err.status === 401 || err.status === 422)) {
          var left = err.body.attemptsRemaining;
          if (err.body.status === "failed" || left === 0) {
            text = "That code is not right, and there are no tries left. Tap \u201cSend a new code\u201d.";
          } else {
            text = "That code is not right. Check the message and try again" +
                   (typeof left === "number" ? " (" + left + (left === 1 ? " try" : " tries") + " left)." : ".");
          }
        } else {
          text = explain(err, "Checking the code");
        }
        hint(text, true);
        input.focus();
      });
  }

  function createPasskey(button) {
    if (state.busy || !state.enrollmentToken) return;
    if (!W.supported()) return unsupported();
    banner("passkey-error", "");
    setBusy(button, true, "Creating passkey…");
    // The enrollment token stands for the number: the page never needs the full number.
    var body = { deviceId: W.deviceId(), deviceInfo: deviceInfo(), enrollmentToken: state.enrollmentToken };
    var registrationId;
    api("/v1/fido/register/begin", body).then(function (data) {
      registrationId = data.registrationId || unwrap(data).registrationId;
      announce("Confirm with your fingerprint, face or screen lock.");
      return W.create(data);
    }).then(function (cred) {
      return api("/v1/fido/register/complete", { registrationId: registrationId, credential: W.attestationJson(cred) })
        .then(function (result) {
          rememberCredential(result.credentialId || cred.id);
          if (result.credentialId && result.credentialId !== cred.id) rememberCredential(cred.id);
          return result;
        });
    }).then(function () {
      state.enrollmentToken = null;
      return begin().then(function () {
        setBusy(button, false);
        state.knownHere = true;
        showDecide(true);
        announce("This phone is set up. You can now approve or reject the request.");
        $("approve").focus();
      });
    }).then(null, function (err) {
      setBusy(button, false);
      if (state.finished) return;
      if (err && err.webauthn && err.name === "InvalidStateError") {
        // Already registered here (excludeCredentials matched): go on with that passkey.
        state.enrollmentToken = null;
        return begin().then(function () {
          state.knownHere = true;
          showDecide(false);
          banner("decide-error", webauthnText(err, true) + " Use it to approve or reject.");
        }, function (e) { showErrorOn("passkey", explain(e, "Loading the request")); });
      }
      if (err && err.webauthn) {
        showErrorOn("passkey", webauthnText(err, true));
        return;
      }
      if (err instanceof ApiFailure && (err.status === 401 || err.status === 409 || err.status === 410) && state.enrollmentToken) {
        // The token is single use and short-lived: start over with a new code.
        state.enrollmentToken = null;
        return recheck(function () {
          showSetup(false);
          banner("setup-error", "The confirmation has run out (" + (err.message || "expired") + "). Send a new code to start again.");
        });
      }
      showErrorOn("passkey", explain(err, "Creating the passkey"));
    });
  }

  // ---- start -------------------------------------------------------------------------------

  function unsupported() {
    fail("This browser can't use passkeys",
         "Open this link in your phone's own browser (Safari on iPhone, Chrome on Android), over the server's secure address.",
         null);
  }

  function start() {
    if (outcomes[state.status] && state.status !== "pending") return finish(state.status);
    if (!W.supported()) return unsupported();
    loading("Checking this phone…");
    begin().then(function () {
      if (state.finished) return;
      if (state.hasCredentials) showDecide(false);
      else showSetup(false);
    }, function (err) {
      if (state.finished) return;
      if (err instanceof ApiFailure && (err.status === 409 || err.status === 404)) {
        // 409 for a request that is still pending: no phone with a passkey is registered to
        // the number yet (the server says so instead of an empty allowCredentials), so
        // enrollment comes first. A decided or expired request shows how it ended.
        return recheck(function () {
          state.hasCredentials = false;
          state.knownHere = false;
          showSetup(false);
        });
      }
      fail(err instanceof ApiFailure && err.status === 403 ? "This phone is blocked" : "Couldn't load the request",
           explain(err, "Loading the request"), start);
    });
  }

  function tick() {
    if (state.finished || main.getAttribute("data-status") !== "pending") return;
    var left = Math.max(0, Math.floor((expiresAt - Date.now()) / 1000));
    var m = Math.floor(left / 60), s = left % 60;
    countdown.textContent = "in " + m + ":" + (s < 10 ? "0" : "") + s;
    countdown.className = left <= 30 ? "soon" : "";
    if (left === 0) finish("expired");
  }

  // The request may be decided, withdrawn or expire elsewhere: follow it.
  function refresh() {
    if (state.finished || state.busy || document.hidden) return;
    fetchSession().then(function (s) {
      if (s && s.status && s.status !== "pending" && !state.busy && !state.finished && outcomes[s.status])
        finish(s.status);
    });
  }

  $("approve").addEventListener("click", function () { decide("approve", this); });
  $("reject").addEventListener("click", function () { decide("reject", this); });
  $("setup-instead").addEventListener("click", function () { showSetup(true); });
  $("use-existing").addEventListener("click", function () { showDecide(false); });
  $("send-code").addEventListener("click", function () { sendCode(this); });
  $("resend-code").addEventListener("click", function () { showSetup(state.hasCredentials); sendCode($("send-code")); });
  $("code-form").addEventListener("submit", verifyCode);
  $("code").addEventListener("input", function () {
    var digits = this.value.replace(/\D/g, "").slice(0, 6);
    if (digits !== this.value) this.value = digits;
    this.removeAttribute("aria-invalid");
    if (digits.length === 6) hint("Tap \u201cConfirm code\u201d.", false);
  });
  $("create-passkey").addEventListener("click", function () { createPasskey(this); });
  $("retry").addEventListener("click", function () { if (retryAction) retryAction(); });

  panel.hidden = false;
  setBadge(state.status);
  tick();
  start();
  window.setInterval(tick, 1000);
  window.setInterval(refresh, 4000);
})();
