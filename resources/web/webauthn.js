// What the box's device pages share: the web approver (approve.html, API.md §2–§5) and the
// verification page of an MPin verification URL (activate.html, §8). Served at
// /approve/assets/webauthn.js and loaded by each page, with its CSP nonce, before the page's own
// script. No eval, no external assets, no dependencies: ES5 plus Promises and fetch.
//
// window.MidWeb holds: this browser's install id (deviceId) and the passkeys it registered,
// deviceInfo, base64url <-> ArrayBuffer, WebAuthn options from their JSON form and credentials
// to their JSON form (RegistrationResponseJSON / AuthenticationResponseJSON), POST of a JSON
// body to the API (§0 envelope or a raw answer), and the texts of the failures a person meets.
(function () {
  "use strict";

  // ---- what this browser keeps (localStorage; in memory when storage is off) ---------------

  function storage() {
    try {
      var probe = "mid.approver.probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null; // private mode or storage disabled: remember for this page only
    }
  }
  var memory = {};
  function load(key) {
    var s = storage();
    return s ? s.getItem(key) : (memory[key] === undefined ? null : memory[key]);
  }
  function save(key, value) {
    var s = storage();
    if (s) {
      try { s.setItem(key, value); return; } catch (e) { /* full: keep it in memory */ }
    }
    memory[key] = value;
  }

  var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  function randomId(prefix, length) {
    var out = "";
    var bytes = new Uint8Array(length * 2);
    window.crypto.getRandomValues(bytes);
    for (var i = 0; i < bytes.length && out.length < length; ++i) {
      if (bytes[i] < 248) out += BASE62.charAt(bytes[i] % 62); // 248 = 4 * 62: no bias
    }
    while (out.length < length) out += BASE62.charAt(Math.floor(Math.random() * 62));
    return prefix + out;
  }

  // A stable id for this browser, kept across visits and shared by both pages: the "device"
  // the server registers. (The key keeps its first name so existing installs keep their id.)
  var DEVICE_KEY = "mid.approver.deviceId";
  function deviceId() {
    var id = load(DEVICE_KEY);
    if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
      id = randomId("dev_", 22);
      save(DEVICE_KEY, id);
    }
    return id;
  }

  // Ids of the passkeys this browser registered (the approver offers them first).
  var CREDENTIALS_KEY = "mid.approver.credentials";
  function knownCredentials() {
    try {
      var list = JSON.parse(load(CREDENTIALS_KEY) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }
  function rememberCredential(id) {
    if (!id) return;
    var list = knownCredentials();
    if (list.indexOf(id) < 0) list.push(id);
    save(CREDENTIALS_KEY, JSON.stringify(list.slice(-20)));
  }

  // {model, os, appVersion} of this browser, for register/begin.
  function deviceInfo(appVersion) {
    var ua = navigator.userAgent || "";
    var os = /Android/.test(ua) ? "Android" : /iPhone|iPad|iPod/.test(ua) ? "iOS"
           : /Mac OS X/.test(ua) ? "macOS" : /Windows/.test(ua) ? "Windows"
           : /CrOS/.test(ua) ? "ChromeOS" : /Linux/.test(ua) ? "Linux" : "Unknown";
    var browser = /Edg\//.test(ua) ? "Edge" : /Firefox\//.test(ua) ? "Firefox"
                : /Chrome\/|Chromium\//.test(ua) ? "Chrome" : /Safari\//.test(ua) ? "Safari" : "Browser";
    var model = /iPhone/.test(ua) ? "iPhone" : /iPad/.test(ua) ? "iPad" : browser + " on " + os;
    return { model: model, os: os, appVersion: appVersion || "web/1.0" };
  }

  // ---- base64url <-> ArrayBuffer (PublicKeyCredential.parse*OptionsFromJSON is not everywhere)

  function fromB64u(value) {
    var s = String(value || "").replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
    while (s.length % 4) s += "=";
    var bin = window.atob(s);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; ++i) bytes[i] = bin.charCodeAt(i);
    return bytes.buffer;
  }

  function toB64u(buffer) {
    var bytes = new Uint8Array(buffer);
    var bin = "";
    for (var i = 0; i < bytes.length; ++i) bin += String.fromCharCode(bytes[i]);
    return window.btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function descriptors(list) {
    return (list || []).map(function (c) {
      var d = { type: c.type || "public-key", id: fromB64u(c.id) };
      if (c.transports && c.transports.length) d.transports = c.transports;
      return d;
    });
  }

  // The options may come flat in `data` or nested under one of these keys.
  var NESTED = ["publicKey", "options", "publicKeyCredentialCreationOptions",
                "publicKeyCredentialRequestOptions"];
  function unwrap(data) {
    var o = data || {};
    for (var i = 0; i < NESTED.length; ++i) {
      var nested = o[NESTED[i]];
      if (nested && typeof nested === "object") return nested.publicKey || nested;
    }
    return o;
  }

  function requestOptions(data) {
    var o = unwrap(data);
    var publicKey = {
      challenge: fromB64u(o.challenge),
      allowCredentials: descriptors(o.allowCredentials),
      userVerification: o.userVerification || "preferred"
    };
    if (o.rpId) publicKey.rpId = o.rpId;
    if (o.timeout) publicKey.timeout = o.timeout;
    return publicKey;
  }

  function creationOptions(data) {
    var o = unwrap(data);
    var user = o.user || {};
    var publicKey = {
      rp: o.rp,
      user: { id: fromB64u(user.id), name: user.name, displayName: user.displayName || user.name },
      challenge: fromB64u(o.challenge),
      pubKeyCredParams: o.pubKeyCredParams || [{ type: "public-key", alg: -7 }, { type: "public-key", alg: -257 }],
      excludeCredentials: descriptors(o.excludeCredentials),
      attestation: o.attestation || "none"
    };
    if (o.timeout) publicKey.timeout = o.timeout;
    if (o.authenticatorSelection) publicKey.authenticatorSelection = o.authenticatorSelection;
    return publicKey;
  }

  function credentialJson(cred, response) {
    return {
      id: cred.id, rawId: toB64u(cred.rawId), type: cred.type, response: response,
      authenticatorAttachment: cred.authenticatorAttachment || undefined,
      clientExtensionResults: cred.getClientExtensionResults ? cred.getClientExtensionResults() : {}
    };
  }

  function assertionJson(cred) {
    var r = cred.response;
    var response = {
      clientDataJSON: toB64u(r.clientDataJSON),
      authenticatorData: toB64u(r.authenticatorData),
      signature: toB64u(r.signature)
    };
    if (r.userHandle && r.userHandle.byteLength) response.userHandle = toB64u(r.userHandle);
    return credentialJson(cred, response);
  }

  function attestationJson(cred) {
    var r = cred.response;
    return credentialJson(cred, {
      clientDataJSON: toB64u(r.clientDataJSON),
      attestationObject: toB64u(r.attestationObject),
      transports: typeof r.getTransports === "function" ? r.getTransports() : []
    });
  }

  // navigator.credentials with the options of a begin answer. A failure of the authenticator
  // (cancelled, timed out, excluded) is marked `webauthn` so that pages tell it from the API's.
  function authenticatorFailure(err) {
    if (!err || typeof err !== "object") err = { name: "NotAllowedError" };
    err.webauthn = true;
    throw err;
  }
  function create(data) {
    return navigator.credentials.create({ publicKey: creationOptions(data) }).then(function (cred) {
      if (!cred) authenticatorFailure(null);
      return cred;
    }, authenticatorFailure);
  }
  function get(data) {
    return navigator.credentials.get({ publicKey: requestOptions(data) }).then(function (cred) {
      if (!cred) authenticatorFailure(null);
      return cred;
    }, authenticatorFailure);
  }

  function supported() {
    return !!(window.isSecureContext && window.PublicKeyCredential && navigator.credentials && window.fetch);
  }

  // ---- the API -------------------------------------------------------------------------------

  function ApiFailure(status, message, body) {
    this.status = status;
    this.message = message;
    this.body = body || {};
    this.retryAfter = Number(this.body.retryAfter) || 0;
  }

  // POST `body` as JSON to `url`. Resolves to the §0 envelope's `data`, or to the answer itself
  // when it has no envelope (seed 004's raw shapes). Rejects with an ApiFailure: status 0 when
  // the server could not be reached.
  function post(url, body) {
    return window.fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body || {}),
      credentials: "omit",
      cache: "no-store"
    }).then(function (res) {
      var retry = Number(res.headers.get("Retry-After")) || 0;
      return res.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        if (!res.ok || !json || json.error === true) {
          var failure = new ApiFailure(res.status, (json && json.message) || res.statusText || "Request failed", json);
          if (!failure.retryAfter) failure.retryAfter = retry;
          throw failure;
        }
        return json.data !== undefined ? json.data : json;
      });
    }, function () {
      throw new ApiFailure(0, "network");
    });
  }

  // ---- what a person reads -------------------------------------------------------------------

  function waitText(seconds) {
    if (!seconds) return "a few minutes";
    if (seconds < 90) return seconds + " seconds";
    return Math.ceil(seconds / 60) + " minutes";
  }

  // What an API failure means for the person, as one sentence (pages say their own 403 etc.
  // before asking this). `noun`: what the page calls the device ("phone"; "device" by default).
  function explain(err, what, noun) {
    noun = noun || "device";
    if (!(err instanceof ApiFailure)) return what + " failed. Try again.";
    if (err.status === 0) return "This " + noun + " could not reach the server. Check your internet connection and try again.";
    if (err.status === 429) return "Too many attempts from this " + noun + ". Wait " + waitText(err.retryAfter) + ", then try again.";
    if (err.status === 401 && /FIDO verification failed/.test(err.message))
      return "The passkey could not be verified (" + err.message.replace(/^FIDO verification failed:\s*/, "") +
             "). Try again.";
    if (err.status >= 500) return "The server had a problem (" + err.status + "). Try again in a moment.";
    return err.message || (what + " failed. Try again.");
  }

  // A failure of navigator.credentials. `texts` may say NotAllowedError and InvalidStateError
  // in the page's own words.
  function webauthnText(err, texts) {
    var name = err && err.name;
    texts = texts || {};
    if (name === "NotAllowedError")
      return texts.notAllowed || "The passkey request was cancelled or timed out. Try again.";
    if (name === "InvalidStateError")
      return texts.invalidState || "This device already has a passkey for this account.";
    if (name === "SecurityError")
      return "This page's address does not match the server's passkey settings. Ask the operator to check the server's public URL and RP ID.";
    if (name === "NotSupportedError")
      return "This device's authenticator does not support what the server asks for. Try another browser.";
    if (name === "AbortError")
      return "The passkey request was interrupted. Try again.";
    return "The passkey step failed" + (err && err.message ? " (" + err.message + ")" : "") + ". Try again.";
  }

  // ---- small page helpers --------------------------------------------------------------------

  // A screen-reader announcement; clearing first makes readers repeat an unchanged message.
  function announce(live, text) {
    live.textContent = "";
    window.setTimeout(function () { live.textContent = text; }, 30);
  }

  // Disables every button and field in `container` while `busy`; `button` shows a spinner
  // and `text` instead of its label meanwhile.
  function setBusy(container, button, busy, text) {
    var controls = container.querySelectorAll("button, input");
    for (var i = 0; i < controls.length; ++i) controls[i].disabled = busy;
    if (!button) return;
    var label = button.querySelector("span:not(.spinner)");
    if (busy) {
      button.setAttribute("data-label", label.textContent);
      label.textContent = text;
      var spin = document.createElement("span");
      spin.className = "spinner";
      spin.setAttribute("aria-hidden", "true");
      button.insertBefore(spin, button.firstChild);
      button.setAttribute("aria-busy", "true");
    } else {
      var s = button.querySelector(".spinner");
      if (s) button.removeChild(s);
      if (button.getAttribute("data-label")) label.textContent = button.getAttribute("data-label");
      button.removeAttribute("aria-busy");
    }
  }

  window.MidWeb = {
    load: load, save: save, randomId: randomId, deviceId: deviceId,
    knownCredentials: knownCredentials, rememberCredential: rememberCredential,
    deviceInfo: deviceInfo,
    fromB64u: fromB64u, toB64u: toB64u, unwrap: unwrap,
    creationOptions: creationOptions, requestOptions: requestOptions,
    attestationJson: attestationJson, assertionJson: assertionJson,
    create: create, get: get, supported: supported,
    ApiFailure: ApiFailure, post: post,
    waitText: waitText, explain: explain, webauthnText: webauthnText,
    announce: announce, setBusy: setBusy
  };
})();
