// What the end-to-end tests share: arguments, a step runner, the mid-server process (plain
// HTTP or --tls auto), one HTTP(S) helper for its API, and the phone-sized Chromium pages with a
// WebAuthn virtual authenticator. Each test is its own Node process, so the module-level state
// here (steps passed, things to clean up, the screenshot counter) belongs to that one test.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer, connect } from 'node:net';
import http from 'node:http';
import https from 'node:https';
import assert from 'node:assert/strict';

// ---- arguments -------------------------------------------------------------------------------

function argument(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

// --server BINARY [--out DIR]; exits with a usage line when the binary is not given.
export function options(script) {
  const serverBinary = argument('--server', process.env.MID_SERVER_BINARY);
  const outDir = resolve(argument('--out', process.env.MID_E2E_OUT || 'e2e-output'));
  const chromiumPath = process.env.MID_E2E_CHROMIUM || '/usr/bin/chromium';
  if (!serverBinary) {
    console.error(`usage: node ${script} --server /path/to/mid-server [--out DIR]`);
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  return { serverBinary, outDir, chromiumPath };
}

// ---- a tiny step runner: each step is a check that passes or fails ---------------------------

const counts = { passed: 0, failed: 0 };
export async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    counts.passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    counts.failed++;
    console.log(`FAIL ${name}: ${err && err.stack ? err.stack : err}`);
    throw err;
  }
}

// Things to undo when the test ends, last registered first (a browser before its HOME, a
// server before its data dir).
const cleanups = [];
export function onCleanup(fn) { cleanups.push(fn); }

export function tempDir(prefix = 'mid-e2e-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// Runs the test's main(), cleans up, prints the summary and exits non-zero on any failure.
export async function run(main, outDir) {
  let exitCode = 0;
  try {
    await main();
  } catch {
    exitCode = 1;
  } finally {
    while (cleanups.length) await Promise.resolve().then(cleanups.pop()).catch(() => {});
  }
  if (counts.failed) exitCode = 1;
  console.log(`screenshots and server log: ${outDir}`);
  console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(exitCode);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(what, fn, timeoutMs = 15000, everyMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    await sleep(everyMs);
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });
}

// ---- one HTTP(S) request ---------------------------------------------------------------------

// http: or https: by the URL. Over HTTPS the server's certificate is verified in full against
// `ca` (PEM; Node's own roots when absent) and the URL's host name. Resolves to
// {status, headers, json, text}; rejects on a connection or certificate error.
export function request(url, { method = 'GET', body, headers = {}, ca } = {}) {
  const u = new URL(url);
  const client = u.protocol === 'https:' ? https : http;
  const payload = body === undefined || body === null ? null : Buffer.from(JSON.stringify(body));
  return new Promise((resolveReply, reject) => {
    const req = client.request(u, {
      method,
      agent: false,
      ...(ca ? { ca } : {}),
      headers: {
        Accept: 'application/json',
        ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
        ...headers,
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try { json = JSON.parse(text); } catch { /* not JSON */ }
        resolveReply({ status: res.statusCode, headers: res.headers, json, text });
      });
    });
    req.setTimeout(15000, () => req.destroy(new Error(`${method} ${url}: no answer in 15 s`)));
    req.on('error', reject);
    req.end(payload || undefined);
  });
}

// ---- the server ------------------------------------------------------------------------------

export const RECIPIENT = '+2348012345678';

// One mid-server process at a time (start() again after stop() for another configuration),
// and the API as its operator and as one tenant. The methods are bound, so a test may take
// them out: `const { call, createConsent } = mid;`.
export class MidServer {
  constructor({ binary, outDir }) {
    this.binary = binary;
    this.outDir = outDir;
    this.operatorToken = 'e2e_' + randomBytes(24).toString('base64url');
    this.process = null;
    this.port = 0;
    this.base = '';
    this.dataDir = '';
    this.output = ''; // what the server printed, for its log lines
    this.ca = null; // the PEM that HTTPS calls verify against, once the test has it
    this.tenant = null;
  }

  // `tls`: 'off' (http://) or 'auto' (https://, the box's own CA in <data-dir>/tls/). Ready
  // once /readyz answers 200 over plain HTTP; over HTTPS, once the certificate's fingerprint is
  // logged and the port takes connections (nothing is trusted yet: that is the test's job).
  start = async ({ tls = 'off', extra = [], logName = 'mid-server.log' } = {}) => {
    this.port = await freePort();
    this.dataDir = tempDir();
    this.base = `${tls === 'off' ? 'http' : 'https'}://localhost:${this.port}`;
    this.ca = null;
    this.output = '';
    const log = createWriteStream(join(this.outDir, logName));
    const child = spawn(this.binary, [
      '--listen', `127.0.0.1:${this.port}`,
      '--data-dir', this.dataDir,
      '--public-url', this.base,
      '--bootstrap-token', this.operatorToken,
      '--tls', tls,
      ...extra,
    ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
    this.process = child;
    onCleanup(this.stop);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => { this.output += chunk.toString('utf8'); });
      stream.pipe(log);
    }
    let exited = null;
    child.on('exit', (code, signal) => { exited = { code, signal }; });
    const alive = () => {
      if (exited) throw new Error(`mid-server exited early: ${JSON.stringify(exited)} (see ${logName})`);
    };
    if (tls === 'off') {
      await waitFor('the server to answer /readyz', async () => {
        alive();
        const r = await request(`http://127.0.0.1:${this.port}/readyz`).catch(() => null);
        return r && r.status === 200;
      }, 30000);
    } else {
      await waitFor('the server to log its certificate and take connections', async () => {
        alive();
        return this.loggedFingerprint() && await canConnect(this.port);
      }, 30000);
    }
  };

  stop = async () => {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const done = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
    await done;
    clearTimeout(timer);
  };

  // "mid.server: TLS certificate SHA-256 AB:CD:…" (upper-case hex pairs), or null.
  loggedFingerprint = () => {
    const m = /TLS certificate SHA-256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})\b/.exec(this.output);
    return m ? m[1] : null;
  };

  call = (method, path, body, headers = {}) =>
    request(this.base + path, { method, body, headers, ca: this.ca || undefined });

  operator = () => ({ Authorization: `Bearer ${this.operatorToken}` });
  asTenant = () => ({ Authorization: `Bearer ${this.tenant.apiKey}`, 'X-Client-ID': this.tenant.clientId });

  createTenant = async () => {
    const r = await this.call('POST', '/v1/clients', { name: 'Acme Bank', plan: 'enterprise' }, this.operator());
    assert.equal(r.status, 201, r.text);
    this.tenant = { clientId: r.json.data.clientId, apiKey: r.json.data.apiKey };
    assert.ok(this.tenant.clientId && this.tenant.apiKey);
    return this.tenant;
  };

  createConsent = async (fields = {}) => {
    const r = await this.call('POST', '/v1/consents/auth', {
      recipient: RECIPIENT, intent: 'transaction', scope: ['payments:write', 'profile'],
      metadata: { amount: '25,000.00 NGN' }, expiresIn: 600, ...fields,
    }, this.asTenant());
    assert.ok(r.status === 200 || r.status === 201, `consent create: ${r.text}`);
    const d = r.json.data;
    assert.ok(d.approvalUrl.startsWith(`${this.base}/approve/cons_`),
      `approvalUrl ${d.approvalUrl} is under ${this.base}/approve/`);
    return d;
  };

  consent = async (id) => {
    const r = await this.call('GET', `/v1/consents/${id}`, null, this.asTenant());
    assert.equal(r.status, 200, r.text);
    return r.json.data;
  };

  // The OTP the box "sent" to the number: the newest message to it holding a 6-digit code.
  latestOtp = async () => {
    const r = await this.call('GET', `/admin/v1/messages?to=${encodeURIComponent(RECIPIENT)}&limit=50`,
      null, this.operator());
    assert.equal(r.status, 200, `messages: ${r.text}`);
    const items = (r.json.data && r.json.data.items) || [];
    const mine = items.filter((m) => m.to === RECIPIENT)
      .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    for (const m of mine) {
      const code = /\b(\d{6})\b/.exec(m.body || '');
      if (code) return code[1];
    }
    return null;
  };
}

function canConnect(port) {
  return new Promise((r) => {
    const s = connect({ host: '127.0.0.1', port }, () => { s.destroy(); r(true); });
    s.on('error', () => r(false));
  });
}

// ---- the browser -------------------------------------------------------------------------------

// Debian's Chromium, headless; closed when the test ends. `env` is the browser's environment
// (a HOME with its own NSS database, for one).
export async function launchChromium(chromiumPath, { env } = {}) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    ...(env ? { env } : {}),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run',
      '--no-default-browser-check', '--password-store=basic'],
  });
  onCleanup(() => browser.close());
  return browser;
}

// A phone: its own browser context, so its own localStorage (deviceId) and authenticator.
export function newPhone(browser) {
  return browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    locale: 'en-US', timezoneId: 'UTC',
  });
}

// A page on `phone` whose script errors and CSP violations collect in page.problems.
export async function newPhonePage(phone, colorScheme = 'light') {
  const page = await phone.newPage();
  await page.emulateMedia({ colorScheme });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A 4xx answer the page handles (a wrong code, an expired request) is logged by Chromium
    // as "Failed to load resource"; script errors and CSP violations are what count here.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console: ${m.text()}`);
  });
  page.problems = problems;
  return page;
}

// Full-page screenshots numbered in the order taken: <outDir>/NN-name.png.
export function screenshots(outDir) {
  let shot = 0;
  return async function screenshot(page, name) {
    shot++;
    const file = join(outDir, `${String(shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
    console.log(`     screenshot ${file}`);
    return file;
  };
}

// The approver page's state machine: <main data-view="loading|setup|code|passkey|decide|outcome">.
export const view = (page) => page.locator('main').getAttribute('data-view');

export async function waitView(page, name, timeout = 15000) {
  await page.waitForFunction((v) => document.querySelector('main').getAttribute('data-view') === v,
    name, { timeout }).catch(async (err) => {
    const text = await page.locator('#panel').innerText().catch(() => '?');
    throw new Error(`expected view "${name}", have "${await view(page)}": ${text.replace(/\s+/g, ' ')}\n${err.message}`);
  });
}

// Until the approver page has loaded its request (any view but "loading").
export async function waitLoaded(page, timeout = 15000) {
  await page.waitForFunction(() => document.querySelector('main').getAttribute('data-view') !== 'loading'
    && document.querySelector('main').hasAttribute('data-view'), null, { timeout });
}

// A virtual platform authenticator on this page: CTAP2, internal, resident keys, UV.
export async function addAuthenticator(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true,
      isUserVerified: true, automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}
