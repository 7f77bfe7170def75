// End-to-end test of the web approver page (CONSOLE.md "The web approver", API.md §2–§5):
// the real mid-server binary, Debian's Chromium driven headless through playwright-core, and a
// WebAuthn virtual authenticator (CDP) standing in for the phone's platform passkey.
//
//   node approver.test.mjs --server /path/to/mid-server [--out DIR]
//
// Steps: start the server on a free loopback port with a temporary data dir; create a tenant
// with the operator token; create consents; open each approvalUrl on a phone-sized page;
// enroll (OTP read from /admin/v1/messages), register a passkey, approve; reject a second
// request with the same passkey; follow a withdrawn and an expired request. Every step's
// outcome is checked through the API as well, and a screenshot of the page is written to the
// output directory.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import assert from 'node:assert/strict';

// ---- arguments -------------------------------------------------------------------------------

function argument(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const serverBinary = argument('--server', process.env.MID_SERVER_BINARY);
const outDir = resolve(argument('--out', process.env.MID_E2E_OUT || 'e2e-output'));
const chromiumPath = process.env.MID_E2E_CHROMIUM || '/usr/bin/chromium';
if (!serverBinary) {
  console.error('usage: node approver.test.mjs --server /path/to/mid-server [--out DIR]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

// ---- a tiny step runner: each step is a check that passes or fails ---------------------------

let passed = 0;
let failed = 0;
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}: ${err && err.stack ? err.stack : err}`);
    throw err;
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, fn, timeoutMs = 15000, everyMs = 200) {
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

// ---- the server ------------------------------------------------------------------------------

function freePort() {
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

const dataDirs = [];
const operatorToken = 'e2e_' + randomBytes(24).toString('base64url');
let server = null;
let base = '';

// One server at a time; `extra` flags (--demo) and its log file name vary.
async function startServer(extra = [], logName = 'mid-server.log') {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'mid-e2e-'));
  dataDirs.push(dataDir);
  base = `http://localhost:${port}`;
  const log = createWriteStream(join(outDir, logName));
  server = spawn(serverBinary, [
    '--listen', `127.0.0.1:${port}`,
    '--data-dir', dataDir,
    '--public-url', base,
    '--bootstrap-token', operatorToken,
    '--tls', 'off',
    ...extra,
  ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  let exited = null;
  server.on('exit', (code, signal) => { exited = { code, signal }; });
  await waitFor('the server to answer /readyz', async () => {
    if (exited) throw new Error(`mid-server exited early: ${JSON.stringify(exited)} (see mid-server.log)`);
    const r = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
    return r && r.status === 200;
  }, 30000);
}

async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const done = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10000);
  await done;
  clearTimeout(timer);
}

// ---- the API, as a tenant and as an operator -----------------------------------------------

async function call(method, path, body, headers = {}) {
  const r = await fetch(base + path, {
    method,
    headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: r.status, json, text };
}
const operator = () => ({ Authorization: `Bearer ${operatorToken}` });
let tenant = null;
const asTenant = () => ({ Authorization: `Bearer ${tenant.apiKey}`, 'X-Client-ID': tenant.clientId });

const RECIPIENT = '+2348012345678';

async function createTenant() {
  const r = await call('POST', '/v1/clients', { name: 'Acme Bank', plan: 'enterprise' }, operator());
  assert.equal(r.status, 201, r.text);
  tenant = { clientId: r.json.data.clientId, apiKey: r.json.data.apiKey };
  assert.ok(tenant.clientId && tenant.apiKey);
}

async function createConsent(fields = {}) {
  const r = await call('POST', '/v1/consents/auth', {
    recipient: RECIPIENT, intent: 'transaction', scope: ['payments:write', 'profile'],
    metadata: { amount: '25,000.00 NGN' }, expiresIn: 600, ...fields,
  }, asTenant());
  assert.ok(r.status === 200 || r.status === 201, `consent create: ${r.text}`);
  const d = r.json.data;
  assert.match(d.approvalUrl, /^http:\/\/localhost:\d+\/approve\/cons_/);
  return d;
}

async function consent(id) {
  const r = await call('GET', `/v1/consents/${id}`, null, asTenant());
  assert.equal(r.status, 200, r.text);
  return r.json.data;
}

// The OTP the box "sent" to the number: the newest message to it holding a 6-digit code.
async function latestOtp() {
  const r = await call('GET', `/admin/v1/messages?to=${encodeURIComponent(RECIPIENT)}&limit=50`, null, operator());
  assert.equal(r.status, 200, `messages: ${r.text}`);
  const items = (r.json.data && r.json.data.items) || [];
  const mine = items.filter((m) => m.to === RECIPIENT)
    .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  for (const m of mine) {
    const code = /\b(\d{6})\b/.exec(m.body || '');
    if (code) return code[1];
  }
  return null;
}

// ---- the browser -------------------------------------------------------------------------------

let browser = null;
let context = null;
let shot = 0;

// A phone: its own browser context, so its own localStorage (deviceId) and authenticator.
function newPhone() {
  return browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    locale: 'en-US', timezoneId: 'UTC',
  });
}

async function newPhonePage(colorScheme = 'light', phone = context) {
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

async function screenshot(page, name) {
  shot++;
  const file = join(outDir, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  console.log(`     screenshot ${file}`);
}

const view = (page) => page.locator('main').getAttribute('data-view');
async function waitView(page, name, timeout = 15000) {
  await page.waitForFunction((v) => document.querySelector('main').getAttribute('data-view') === v,
    name, { timeout }).catch(async (err) => {
    const text = await page.locator('#panel').innerText().catch(() => '?');
    throw new Error(`expected view "${name}", have "${await view(page)}": ${text.replace(/\s+/g, ' ')}\n${err.message}`);
  });
}

// A virtual platform authenticator on this page: CTAP2, internal, resident keys, UV.
async function addAuthenticator(page) {
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

// ---- the test ----------------------------------------------------------------------------------

async function main() {
  await step('mid-server starts on a loopback port with a fresh data dir', startServer);

  await step('a tenant is created with the operator token', createTenant);

  await step('headless Chromium starts with a phone-sized viewport', async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run',
        '--no-default-browser-check', '--password-store=basic'],
    });
    context = await newPhone();
  });

  // Started early so that its 30 s run out while the other requests are handled.
  let shortLived = null;
  let shortPage = null;
  await step('a short-lived request opens with its countdown running', async () => {
    shortLived = await createConsent({ intent: 'login', scope: [], expiresIn: 30 });
    shortPage = await newPhonePage();
    const r = await shortPage.goto(shortLived.approvalUrl);
    assert.equal(r.status(), 200);
    await shortPage.waitForFunction(() => document.querySelector('main').getAttribute('data-view') !== 'loading'
      && document.querySelector('main').hasAttribute('data-view'), null, { timeout: 15000 });
    const text = await shortPage.locator('#countdown').innerText();
    assert.match(text, /^in 0:[0-3]\d$/);
  });

  const first = await createConsent();
  const page = await newPhonePage();
  const { cdp, authenticatorId } = await addAuthenticator(page);

  await step('the approver page shows the request and marks it scanned', async () => {
    const r = await page.goto(first.approvalUrl);
    assert.equal(r.status(), 200);
    const csp = r.headers()['content-security-policy'] || '';
    assert.match(csp, /script-src 'nonce-/);
    await page.waitForFunction(() => document.querySelector('main').getAttribute('data-view') !== 'loading'
      && document.querySelector('main').hasAttribute('data-view'), null, { timeout: 15000 });
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Acme Bank asks you to approve a transaction' }).waitFor();
    assert.equal(await page.locator('#recipient').innerText(), '+•••••••••5678');
    assert.match(await page.locator('#countdown').innerText(), /^in (9|10):\d\d$/);
    assert.equal(await page.locator('#status').innerText(), 'Waiting for approval');
    const c = await consent(first.id);
    assert.equal(c.status, 'pending');
    assert.ok(c.scannedAt, 'the consent has scannedAt after the page opened');
    await screenshot(page, 'request-opened');
  });

  await step('a phone without a passkey is offered to set up first', async () => {
    await waitView(page, 'setup');
    await page.getByRole('heading', { name: 'Set up this phone' }).waitFor();
  });

  await step('"Send code" sends a 6-digit code to the number', async () => {
    await page.getByRole('button', { name: 'Send code' }).click();
    await waitView(page, 'code');
    const input = page.getByLabel('6-digit code');
    assert.equal(await input.getAttribute('inputmode'), 'numeric');
    assert.equal(await input.getAttribute('autocomplete'), 'one-time-code');
    assert.ok(await input.evaluate((el) => el === document.activeElement), 'the code field has focus');
    await screenshot(page, 'code-sent');
  });

  await step('a wrong code is refused with a clear message', async () => {
    const otp = await waitFor('the OTP in /admin/v1/messages', () => latestOtp());
    const wrong = otp === '000000' ? '111111' : '000000';
    await page.getByLabel('6-digit code').fill(wrong);
    await page.getByRole('button', { name: 'Confirm code' }).click();
    await page.locator('#code[aria-invalid="true"]').waitFor();
    assert.match(await page.locator('#code-hint').innerText(), /not right|no longer/);
    await screenshot(page, 'code-wrong');
  });

  await step('the right code from the message log confirms the number', async () => {
    const otp = await waitFor('the OTP in /admin/v1/messages', () => latestOtp());
    await page.getByLabel('6-digit code').fill(otp);
    await page.getByRole('button', { name: 'Confirm code' }).click();
    await waitView(page, 'passkey');
    await screenshot(page, 'number-confirmed');
  });

  await step('"Create passkey" registers a credential in the authenticator', async () => {
    await page.getByRole('button', { name: 'Create passkey' }).click();
    await waitView(page, 'decide');
    assert.ok(await page.locator('#decide-ready').isVisible(), '"This phone is set up" is shown');
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);
    await screenshot(page, 'phone-set-up');
  });

  await step('"Approve" signs with the passkey and the consent is approved', async () => {
    await page.getByRole('button', { name: 'Approve' }).click();
    await waitView(page, 'outcome');
    assert.equal(await page.locator('#outcome-title').innerText(), 'Approved');
    assert.equal(await page.locator('#status').innerText(), 'Approved');
    const c = await consent(first.id);
    assert.equal(c.status, 'approved');
    assert.ok(c.decidedAt);
    assert.ok(c.user && c.user.id, 'user filled');
    assert.equal(c.user.mobile, RECIPIENT);
    assert.ok(c.device && c.device.id, 'device filled');
    await screenshot(page, 'approved');
  });

  await step('reopening the decided request shows how it ended, with nothing left to do', async () => {
    const again = await newPhonePage();
    const r = await again.goto(first.approvalUrl);
    assert.equal(r.status(), 200);
    await waitView(again, 'outcome');
    assert.equal(await again.locator('#outcome-title').innerText(), 'Approved');
    assert.equal(await again.getByRole('button', { name: 'Approve' }).count(), 0, 'no Approve button');
    assert.deepEqual(again.problems, []);
    await again.close();
  });

  const second = await createConsent({ intent: 'data_sharing', scope: ['profile', 'email'] });
  await step('a second request goes straight to Approve / Reject on this phone', async () => {
    await page.goto(second.approvalUrl);
    await waitView(page, 'decide');
    assert.ok(!(await page.locator('#other-phone').isVisible()), 'no "set up instead" for a known phone');
    await screenshot(page, 'second-request');
  });

  await step('a passkey that is not there gives a clear error and the request stays open', async () => {
    // As when the person cancels the prompt: take the credential out of the authenticator,
    // try to approve, then put it back.
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    await cdp.send('WebAuthn.removeCredential', { authenticatorId, credentialId: credentials[0].credentialId });
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.locator('#decide-error').waitFor({ state: 'visible' });
    assert.match(await page.locator('#decide-error-text').innerText(), /No passkey was used|no passkey/);
    assert.equal(await view(page), 'decide');
    await screenshot(page, 'passkey-missing');
    await cdp.send('WebAuthn.addCredential', { authenticatorId, credential: credentials[0] });
    assert.equal((await consent(second.id)).status, 'pending');
  });

  await step('"Reject", reached with the keyboard, signs with the same passkey and the consent is rejected', async () => {
    for (let i = 0; i < 20; i++) {
      if (await page.evaluate(() => document.activeElement && document.activeElement.id) === 'reject') break;
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement.id), 'reject', 'Reject is reachable with Tab');
    await page.keyboard.press('Enter');
    await waitView(page, 'outcome');
    assert.equal(await page.locator('#outcome-title').innerText(), 'Rejected');
    const c = await consent(second.id);
    assert.equal(c.status, 'rejected');
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1, 'no second credential was created');
    assert.ok(credentials[0].signCount >= 2, `signCount ${credentials[0].signCount}`);
    await screenshot(page, 'rejected');
  });

  await step('a blocked phone is told so, and works again once unblocked', async () => {
    const deviceId = (await consent(first.id)).device.id;
    let r = await call('POST', `/v1/devices/${deviceId}/block`, { reason: 'reported lost' }, asTenant());
    assert.equal(r.status, 200, r.text);
    const blockedConsent = await createConsent({ intent: 'login', scope: [] });
    await page.goto(blockedConsent.approvalUrl);
    await waitView(page, 'outcome');
    assert.equal(await page.locator('#outcome-title').innerText(), 'This phone is blocked');
    assert.match(await page.locator('#outcome-text').innerText(), /Contact the service/);
    await screenshot(page, 'blocked');
    r = await call('POST', `/v1/devices/${deviceId}/unblock`, {}, asTenant());
    assert.equal(r.status, 200, r.text);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitView(page, 'decide');
    assert.equal((await consent(blockedConsent.id)).status, 'pending');
  });

  await step('a second phone for the same number can set itself up and approve', async () => {
    const phoneB = await newPhone();
    const pageB = await newPhonePage('light', phoneB);
    const { cdp: cdpB, authenticatorId: authB } = await addAuthenticator(pageB);
    const fourth = await createConsent({ intent: 'login', scope: [] });
    await pageB.goto(fourth.approvalUrl);
    // The number has a passkey, but not on this phone: Approve / Reject, and a way to set up.
    await waitView(pageB, 'decide');
    assert.ok(await pageB.locator('#other-phone').isVisible(), '"Set up this phone instead" is offered');
    await screenshot(pageB, 'other-phone');
    await pageB.getByRole('button', { name: /Set up this phone instead/ }).click();
    await waitView(pageB, 'setup');
    await pageB.getByRole('button', { name: 'Send code' }).click();
    await waitView(pageB, 'code');
    const otp = await waitFor('the OTP in /admin/v1/messages', () => latestOtp());
    await pageB.getByLabel('6-digit code').fill(otp);
    await pageB.getByLabel('6-digit code').press('Enter');
    await waitView(pageB, 'passkey');
    await pageB.getByRole('button', { name: 'Create passkey' }).click();
    await waitView(pageB, 'decide');
    await pageB.getByRole('button', { name: 'Approve' }).click();
    await waitView(pageB, 'outcome');
    assert.equal(await pageB.locator('#outcome-title').innerText(), 'Approved');
    const c = await consent(fourth.id);
    assert.equal(c.status, 'approved');
    assert.notEqual(c.device.id, (await consent(first.id)).device.id, 'decided by the second phone');
    assert.equal(c.user.id, (await consent(first.id)).user.id, 'the same user (one number)');
    const { credentials } = await cdpB.send('WebAuthn.getCredentials', { authenticatorId: authB });
    assert.equal(credentials.length, 1);
    assert.deepEqual(pageB.problems, []);
    await phoneB.close();
  });

  await step('a request withdrawn by the service is followed live (dark theme)', async () => {
    const third = await createConsent({ intent: 'identity_verification', scope: ['identity'] });
    const dark = await newPhonePage('dark');
    await dark.goto(third.approvalUrl);
    await waitView(dark, 'decide');
    await screenshot(dark, 'dark-request');
    const r = await call('DELETE', `/v1/consents/${third.id}`, null, asTenant());
    assert.equal(r.status, 200, r.text);
    await waitView(dark, 'outcome', 10000);
    assert.equal(await dark.locator('#outcome-title').innerText(), 'Request withdrawn');
    await screenshot(dark, 'dark-withdrawn');
    assert.deepEqual(dark.problems, []);
    await dark.close();
  });

  await step('the short-lived request shows "expired" when its time runs out', async () => {
    const left = Date.parse(shortLived.expiresAt) - Date.now();
    await waitView(shortPage, 'outcome', Math.max(0, left) + 10000);
    assert.equal(await shortPage.locator('#outcome-title').innerText(), 'Request expired');
    assert.equal(await shortPage.locator('#status').innerText(), 'Expired');
    await screenshot(shortPage, 'expired-live');
    await waitFor('the consent to be expired', async () => (await consent(shortLived.id)).status === 'expired', 10000);
    assert.deepEqual(shortPage.problems, []);
    const r = await shortPage.reload();
    assert.equal(r.status(), 410);
    await shortPage.getByRole('heading', { name: 'Request expired' }).waitFor();
    await screenshot(shortPage, 'expired-reopened');
  });

  await step('the pages ran without script errors or CSP violations', async () => {
    assert.deepEqual(page.problems, []);
  });

  await step('in --demo mode the page shows the code that was sent', async () => {
    await stopServer();
    await startServer(['--demo'], 'mid-server-demo.log');
    await createTenant();
    const c = await createConsent({ intent: 'login', scope: [] });
    const demo = await newPhonePage();
    await demo.goto(c.approvalUrl);
    await waitView(demo, 'setup');
    await demo.getByRole('button', { name: 'Send code' }).click();
    await waitView(demo, 'code');
    assert.ok(await demo.locator('#demo-hint').isVisible(), 'the demo hint is shown');
    const otp = await waitFor('the OTP in /admin/v1/messages', () => latestOtp());
    assert.equal(await demo.locator('#demo-code').innerText(), otp);
    await screenshot(demo, 'demo-code-hint');
    assert.deepEqual(demo.problems, []);
    await demo.close();
  });
}

let exitCode = 0;
try {
  await main();
} catch {
  exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  await stopServer().catch(() => {});
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}
if (failed) exitCode = 1;
console.log(`screenshots and server log: ${outDir}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
