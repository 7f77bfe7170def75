// End-to-end test of the MPin-compatible API (API.md §8, seed 004) and its verification page,
// with a seed-004 client written here from seed 004's curl examples: HTTP Basic
// clientId:clientSecret, JSON bodies labelled as a form (what `curl --data` sends), seed 004's
// raw answers. Its cryptography (DVS signatures, the OTP's HMAC and AES-GCM, the certificate's
// RS256) is node:crypto only, independent of the server's code. The device is Debian's headless
// Chromium with a WebAuthn virtual authenticator (CDP), as in approver.test.mjs.
//
//   node mpin.test.mjs --server /path/to/mid-server [--out DIR]
//
// Steps: a tenant; /activate/initiate; /verification → the verificationURL opened in the
// browser, mobile number typed, "Create a passkey", back at the redirect URI with its state;
// the link used up; the identity in mpinids with dvs; DVS signatures made with the passkey's
// private key (from the virtual authenticator) and their certificates checked against
// /dvs/jwks, and the refusals; an OTP from /otp decrypted and typed on the verification page of
// a second device; rename, revocation, the project's audit log. Screenshots of the page land in
// the output directory.
import {
  options, step, run, waitFor, request, freePort, onCleanup, MidServer, launchChromium, newPhone,
  newPhonePage, screenshots, addAuthenticator,
} from './lib.mjs';
import {
  createHash, createHmac, createDecipheriv, createPrivateKey, createPublicKey, sign, verify,
  randomBytes,
} from 'node:crypto';
import http from 'node:http';
import assert from 'node:assert/strict';

const { serverBinary, outDir, chromiumPath } = options('mpin.test.mjs');
const mid = new MidServer({ binary: serverBinary, outDir });
const { call, operator } = mid;
const screenshot = screenshots(outDir);

const USER = `ada.lovelace+${randomBytes(3).toString('hex')}@example.com`;
const MOBILE = '+447700900123';
const MOBILE_TYPED = '+44 7700 900123';
const SECOND_MOBILE = '+447700900456';
const PHONE_USER = '+447700900789';

// ---- a seed-004 client -------------------------------------------------------------------------

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const sha256 = (data) => createHash('sha256').update(data).digest();
// `date -u +"%Y-%m-%dT%H:%M:%SZ"`
const seedTime = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

class MpinClient {
  constructor(base, clientId, clientSecret) {
    this.base = base;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  // curl --user id:secret [--data JSON]: the body goes as curl labels it.
  call(method, path, body, { auth = true } = {}) {
    const headers = {};
    if (auth) headers.Authorization = 'Basic ' + Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64');
    if (body !== undefined && body !== null) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    return request(this.base + path, { method, body, headers });
  }

  project(path) { return `/api/v1/projects/${encodeURIComponent(this.clientId)}${path}`; }

  // The OTP request of seed 004: no Authorization, an HMAC of the ids and expiry instead.
  otpRequest(userId, expiresMs, secret = this.clientSecret) {
    const expires = seedTime(expiresMs);
    const signature = createHmac('sha256', secret).update(this.clientId + userId + expires).digest('hex');
    return { client_id: this.clientId, user_id: userId, expires, signature };
  }

  // {ciphertext, tag, iv} (base64) → the plaintext JSON, AES-256-GCM under SHA-256(secret).
  openOtp({ ciphertext, tag, iv }) {
    const decipher = createDecipheriv('aes-256-gcm', sha256(this.clientSecret), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  }
}

// The MID DVS scheme of §8: v = ECDSA P-256 (r‖s) over SHA-256(hash bytes ‖ ASCII timestamp)
// with the identity's passkey; u = its public point 04‖x‖y.
function dvsRequest({ privateKeyPkcs8, mpinIdHex, hashHex, timestamp }) {
  const key = createPrivateKey({ key: Buffer.from(privateKeyPkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  assert.equal(jwk.crv, 'P-256', 'the passkey is ES256 (P-256)');
  const u = '04' + hex(Buffer.from(jwk.x, 'base64url')) + hex(Buffer.from(jwk.y, 'base64url'));
  const v = sign('sha256', Buffer.concat([Buffer.from(hashHex, 'hex'), Buffer.from(String(timestamp), 'ascii')]),
    { key, dsaEncoding: 'ieee-p1363' }).toString('hex');
  return {
    signature: {
      hash: hashHex, u, v, mpinId: mpinIdHex, publicKey: u,
      dtas: Buffer.from(JSON.stringify([hex(randomBytes(32))])).toString('base64'),
    },
    timestamp, type: 'verification',
  };
}

// A JWT checked against a JWKS with node:crypto alone: RS256, a known kid. Resolves to
// {header, claims}.
function verifyJwt(token, jwks) {
  const parts = token.split('.');
  assert.equal(parts.length, 3, 'a JWT has three parts');
  const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  assert.equal(header.alg, 'RS256');
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  assert.ok(jwk, `kid ${header.kid} is in /dvs/jwks (${jwks.keys.map((k) => k.kid).join(', ')})`);
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  const ok = verify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), key, Buffer.from(parts[2], 'base64url'));
  assert.ok(ok, 'the certificate verifies against its JWKS key');
  return { header, claims };
}

// A seed-004 error: 4xx with {error, message, requestId}.
function assertSeedError(r, status, pattern) {
  assert.equal(r.status, status, r.text);
  assert.ok(r.json, `a JSON error: ${r.text}`);
  for (const key of ['error', 'message', 'requestId']) assert.ok(key in r.json, `error has ${key}: ${r.text}`);
  if (pattern) assert.match(r.json.message, pattern);
}

// ---- the tenant's own web site: where the verification page sends the person back ------------

async function startRedirectSite() {
  const hits = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><title>Acme Bank</title><h1>Welcome back</h1>');
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  onCleanup(() => new Promise((r) => server.close(r)));
  return { base: `http://127.0.0.1:${port}`, hits };
}

// ---- the test ----------------------------------------------------------------------------------

let browser = null;

async function main() {
  await step('mid-server starts on a loopback port with a fresh data dir', () => mid.start());

  let mpin = null;
  let other = null;
  await step('two tenants are created; the first gets its clientSecret once', async () => {
    const created = [];
    for (const name of ['Acme Bank', 'Other Co']) {
      const r = await call('POST', '/v1/clients', { name, plan: 'enterprise' }, operator());
      assert.equal(r.status, 201, r.text);
      const d = r.json.data;
      assert.ok(d.clientId && d.clientSecret, 'clientId and clientSecret');
      created.push(new MpinClient(mid.base, d.clientId, d.clientSecret));
    }
    [mpin, other] = created;
  });

  await step('headless Chromium starts', async () => { browser = await launchChromium(chromiumPath); });

  const site = await startRedirectSite();

  let initiated = null;
  await step('POST /activate/initiate answers {hashMPinId, actToken, expireTime, redirectURI}', async () => {
    const r = await mpin.call('POST', '/activate/initiate', { userId: USER, deviceName: 'Ada’s laptop' });
    assert.equal(r.status, 200, r.text);
    initiated = r.json;
    assert.deepEqual(Object.keys(initiated).sort(), ['actToken', 'expireTime', 'hashMPinId', 'redirectURI']);
    assert.match(initiated.hashMPinId, /^[0-9a-f]{64}$/);
    assert.ok(typeof initiated.actToken === 'string' && initiated.actToken.length >= 16, 'actToken');
    const now = Date.now() / 1000;
    assert.ok(Number.isInteger(initiated.expireTime) && initiated.expireTime > now && initiated.expireTime <= now + 3600,
      `expireTime ${initiated.expireTime} is unix seconds in the next hour`);
    assert.equal(initiated.redirectURI, '');
    const bad = await mpin.call('POST', '/activate/initiate', { deviceName: 'no user' });
    assert.ok(bad.status === 400 || bad.status === 422, `no userId: ${bad.status} ${bad.text}`);
    assertSeedError(bad, bad.status);
    const anonymous = await mpin.call('POST', '/activate/initiate', { userId: USER }, { auth: false });
    assertSeedError(anonymous, 401);
  });

  // ---- a verification URL, opened on the device -------------------------------------------

  const state = 'st-' + randomBytes(8).toString('hex');
  let verificationURL = '';
  await step('POST /verification answers a verificationURL of this box', async () => {
    const r = await mpin.call('POST', '/verification', {
      userId: USER, deviceName: 'Ada’s phone', clientId: mpin.clientId,
      redirectURI: `${site.base}/login/callback`, expiration: String(Math.floor(Date.now() / 1000) + 3600),
      scope: ['openid', 'email'], state, nonce: 'n-' + randomBytes(4).toString('hex'), delivery: 'no',
    });
    assert.equal(r.status, 200, r.text);
    verificationURL = r.json.verificationURL;
    const u = new URL(verificationURL);
    assert.equal(u.origin + u.pathname, `${mid.base}/verification/confirmation`);
    assert.equal(u.searchParams.get('client_id'), mpin.clientId);
    assert.equal(u.searchParams.get('user_id'), USER);
    assert.equal(u.searchParams.get('stage'), 'auth');
    assert.equal(u.searchParams.get('redirect_uri'), `${site.base}/login/callback`);
    assert.ok(u.searchParams.get('code'), 'a code');
    const foreign = await mpin.call('POST', '/verification', { userId: USER, clientId: other.clientId, delivery: 'no' });
    assert.ok(foreign.status === 400 || foreign.status === 422, `another clientId: ${foreign.text}`);
  });

  const phone = await newPhone(browser);
  const page = await newPhonePage(phone);
  const { cdp, authenticatorId } = await addAuthenticator(page);
  let registration = null; // data of the page's register/complete answer
  page.on('response', async (res) => {
    if (res.request().method() === 'POST' && new URL(res.url()).pathname === '/v1/fido/register/complete') {
      const body = await res.json().catch(() => null);
      if (body && body.data) registration = body.data;
    }
  });

  await step('the verification page asks to add this device for the user', async () => {
    const r = await page.goto(verificationURL);
    assert.equal(r.status(), 200);
    assert.match(r.headers()['content-security-policy'] || '', /script-src 'nonce-/);
    await page.getByRole('heading', { level: 1 })
      .filter({ hasText: `Acme Bank asks you to add this device for ${USER}` }).waitFor();
    await page.waitForFunction(() => document.querySelector('main').getAttribute('data-view') === 'start');
    assert.ok(await page.getByLabel('Mobile number of this device').isVisible(), 'the mobile number is asked');
    assert.equal(await page.getByLabel('One-time code').isVisible(), false, 'no code field with a link');
    assert.equal(await page.getByLabel('Mobile number of this device').getAttribute('type'), 'tel');
  });

  await step('a number without its country code is refused before anything is used up', async () => {
    await page.getByLabel('Mobile number of this device').fill('07700 900123');
    await page.getByRole('button', { name: 'Create a passkey' }).click();
    await page.locator('#mobile[aria-invalid="true"]').waitFor();
    assert.match(await page.locator('#mobile-hint').innerText(), /country code/);
    const again = await request(verificationURL);
    assert.equal(again.status, 200, 'the link is still unused');
  });

  await step('with the number typed, the page is ready to create the passkey', async () => {
    await page.getByLabel('Mobile number of this device').fill(MOBILE_TYPED);
    await screenshot(page, 'verification-page');
  });

  await step('"Create a passkey" registers one and lands on the redirect URI with the state', async () => {
    await page.getByRole('button', { name: 'Create a passkey' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${site.base}/login/callback`), { timeout: 20000 });
    const landed = new URL(page.url());
    assert.equal(landed.searchParams.get('state'), state);
    assert.ok(site.hits.some((h) => h.startsWith('/login/callback?') && new URL(h, site.base).searchParams.get('state') === state),
      `the site was called back: ${JSON.stringify(site.hits)}`);
    await waitFor('the register/complete answer', () => registration);
    assert.equal(registration.status, 'registered');
    assert.ok(registration.mpin, `data.mpin in ${JSON.stringify(registration)}`);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1, 'one passkey in the authenticator');
    assert.deepEqual(page.problems, []);
  });

  const first = {};
  await step('the registration answer names the identity: hashMPinId = SHA-256 of mpinId', async () => {
    const m = registration.mpin;
    assert.match(m.mpinId, /^([0-9a-f]{2})+$/);
    const document = JSON.parse(Buffer.from(m.mpinId, 'hex').toString('utf8'));
    assert.equal(document.userID, USER);
    assert.equal(document.cID, mpin.clientId);
    assert.equal(m.hashMPinId, hex(sha256(Buffer.from(m.mpinId, 'hex'))));
    assert.notEqual(m.hashMPinId, initiated.hashMPinId);
    assert.equal(m.userId, USER);
    assert.equal(m.dvs, true);
    const admin = await call('GET', `/admin/v1/mpin/identities?clientId=${encodeURIComponent(mpin.clientId)}`, null, operator());
    assert.equal(admin.status, 200, admin.text);
    const row = admin.json.data.items.find((i) => i.mpinId === m.hashMPinId);
    assert.ok(row, 'the identity is in the console list');
    assert.equal(hex(Buffer.from(row.mpinIdDocument, 'utf8')), m.mpinId, 'mpinIdDocument is the document');
    const device = await mpin.call('GET', `/v1/devices/${encodeURIComponent(row.deviceId)}`);
    assert.equal(device.status, 200, device.text);
    assert.equal(device.json.data.mobile, MOBILE, 'the device has the number typed, normalized');
    Object.assign(first, { mpinId: m.mpinId, hash: m.hashMPinId });
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    first.privateKey = credentials[0].privateKey;
  });

  await step('opening the link again says it was used (410), and nothing else', async () => {
    const again = await newPhonePage(phone);
    const r = await again.goto(verificationURL);
    assert.equal(r.status(), 410);
    await again.getByRole('heading', { name: "This link can't be used" }).waitFor();
    assert.match(await again.locator('#problem-text').innerText(), /already used/);
    assert.equal(await again.getByRole('button', { name: 'Create a passkey' }).isVisible(), false);
    await screenshot(again, 'verification-link-used');
    assert.deepEqual(again.problems, []);
    await again.close();
    const bogus = await request(`${mid.base}/verification/confirmation?client_id=${mpin.clientId}&code=${hex(randomBytes(16))}&stage=auth&user_id=x`);
    assert.equal(bogus.status, 410);
    assert.match(bogus.text, /not valid/);
  });

  await step('GET mpinids lists the identity: active, dvs true, the initiated one still pending', async () => {
    const r = await mpin.call('GET', mpin.project(`/mpinids?userId=${encodeURIComponent(USER)}&revoked=false&limit=10&offset=0`));
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.total, 1, r.text);
    const i = r.json.list[0];
    assert.equal(i.mpinId, first.hash);
    assert.equal(i.projectId, mpin.clientId);
    assert.equal(i.userId, USER);
    assert.equal(i.deviceName, 'Ada’s phone');
    assert.equal(i.dvs, true);
    assert.equal(i.revoked, false);
    for (const key of ['ip', 'country', 'createdAt', 'updatedAt']) assert.ok(key in i, `${key} in ${JSON.stringify(i)}`);
    assert.ok(!Number.isNaN(Date.parse(i.createdAt)));
    const foreign = await mpin.call('GET', `/api/v1/projects/${other.clientId}/mpinids`);
    assertSeedError(foreign, 404);
  });

  // ---- DVS -----------------------------------------------------------------------------------

  let jwks = null;
  await step('GET /dvs/jwks (no credentials) is an RSA key set', async () => {
    const r = await request(`${mid.base}/dvs/jwks`);
    assert.equal(r.status, 200, r.text);
    jwks = r.json;
    assert.ok(jwks.keys.length >= 1);
    for (const k of jwks.keys) {
      assert.equal(k.kty, 'RSA');
      assert.equal(k.use, 'sig');
      assert.ok(k.kid && k.n && k.e);
    }
  });

  const signed = hex(sha256('Transfer 250.00 GBP to J. Smith'));
  await step('POST /dvs/verify with a signature by the passkey answers a certificate JWT', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const r = await mpin.call('POST', '/dvs/verify',
      dvsRequest({ privateKeyPkcs8: first.privateKey, mpinIdHex: first.mpinId, hashHex: signed, timestamp }));
    assert.equal(r.status, 200, r.text);
    const { claims } = verifyJwt(r.json.certificate, jwks);
    assert.equal(claims.hash, signed);
    assert.equal(claims.exp, claims.cAt + 10);
    assert.ok(Math.abs(claims.cAt - Date.now() / 1000) < 30, `cAt ${claims.cAt}`);
  });

  await step('a tampered hash, an old timestamp or an unknown mpinId answer 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const good = dvsRequest({ privateKeyPkcs8: first.privateKey, mpinIdHex: first.mpinId, hashHex: signed, timestamp: now });
    const tampered = structuredClone(good);
    tampered.signature.hash = hex(sha256('Transfer 25000.00 GBP to M. Allory'));
    assertSeedError(await mpin.call('POST', '/dvs/verify', tampered), 401);

    const old = dvsRequest({ privateKeyPkcs8: first.privateKey, mpinIdHex: first.mpinId, hashHex: signed, timestamp: now - 120 });
    assertSeedError(await mpin.call('POST', '/dvs/verify', old), 401, /timestamp/);

    const document = Buffer.from(JSON.stringify({ iat: now, userID: USER, cID: mpin.clientId, salt: 'x', v: 5 }));
    const unknown = dvsRequest({ privateKeyPkcs8: first.privateKey, mpinIdHex: hex(document), hashHex: signed, timestamp: now });
    assertSeedError(await mpin.call('POST', '/dvs/verify', unknown), 401);

    const foreign = await other.call('POST', '/dvs/verify', good);
    assertSeedError(foreign, 401);
  });

  // ---- OTP, typed on a second device ---------------------------------------------------------

  let otp = null;
  await step('POST /otp (signed, no Authorization) answers the code AES-256-GCM sealed', async () => {
    const r = await mpin.call('POST', '/otp', mpin.otpRequest(USER, Date.now() + 3600 * 1000), { auth: false });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(Object.keys(r.json).sort(), ['ciphertext', 'iv', 'tag']);
    assert.equal(Buffer.from(r.json.iv, 'base64').length, 12);
    assert.equal(Buffer.from(r.json.tag, 'base64').length, 16);
    const plain = mpin.openOtp(r.json);
    assert.match(plain.otp, /^\d{6}$/);
    assert.ok(Number.isInteger(plain.expireTime) && plain.expireTime > Date.now() / 1000, `expireTime ${plain.expireTime}`);
    otp = plain.otp;
  });

  await step('a wrong signature answers 401, an expiry 2 h ahead 400', async () => {
    const wrong = mpin.otpRequest(USER, Date.now() + 3600 * 1000, 'not-the-secret');
    assertSeedError(await mpin.call('POST', '/otp', wrong, { auth: false }), 401);
    const far = mpin.otpRequest(USER, Date.now() + 2 * 3600 * 1000);
    assertSeedError(await mpin.call('POST', '/otp', far, { auth: false }), 400, /expires/);
  });

  const phoneB = await newPhone(browser);
  const pageB = await newPhonePage(phoneB);
  const { cdp: cdpB, authenticatorId: authB } = await addAuthenticator(pageB);
  const otpPage = `${mid.base}/verification/confirmation?client_id=${encodeURIComponent(mpin.clientId)}` +
    `&user_id=${encodeURIComponent(USER)}&stage=otp`;

  await step('the OTP stage of the page asks for the code and the number', async () => {
    const r = await pageB.goto(otpPage);
    assert.equal(r.status(), 200);
    await pageB.getByRole('heading', { level: 1 })
      .filter({ hasText: `Acme Bank asks you to add this device for ${USER}` }).waitFor();
    const code = pageB.getByLabel('One-time code');
    assert.ok(await code.isVisible());
    assert.equal(await code.getAttribute('inputmode'), 'numeric');
    assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
    assert.ok(await pageB.getByLabel('Mobile number of this device').isVisible());
  });

  await step('a wrong code is refused with the tries left, and nothing is registered', async () => {
    await pageB.getByLabel('One-time code').fill(otp === '000000' ? '111111' : '000000');
    await pageB.getByLabel('Mobile number of this device').fill(SECOND_MOBILE);
    await pageB.getByRole('button', { name: 'Create a passkey' }).click();
    await pageB.locator('#otp[aria-invalid="true"]').waitFor();
    assert.match(await pageB.locator('#otp-hint').innerText(), /not right.*tries left/);
    const { credentials } = await cdpB.send('WebAuthn.getCredentials', { authenticatorId: authB });
    assert.equal(credentials.length, 0);
    await screenshot(pageB, 'verification-otp-wrong');
  });

  await step('the right code creates the passkey and the page says the device is set up', async () => {
    await pageB.getByLabel('One-time code').fill(otp);
    await pageB.getByRole('button', { name: 'Create a passkey' }).click();
    await pageB.waitForFunction(() => document.querySelector('main').getAttribute('data-view') === 'done', null, { timeout: 20000 });
    await pageB.getByRole('heading', { name: 'This device is set up' }).waitFor();
    assert.match(await pageB.locator('#done-text').innerText(), /Acme Bank/);
    assert.equal(new URL(pageB.url()).pathname, '/verification/confirmation', 'no redirect without a redirect URI');
    const { credentials } = await cdpB.send('WebAuthn.getCredentials', { authenticatorId: authB });
    assert.equal(credentials.length, 1);
    await screenshot(pageB, 'verification-done');
    assert.deepEqual(pageB.problems, []);
  });

  let second = null;
  await step('the second identity is listed for the user, and the code is used up', async () => {
    const r = await mpin.call('GET', mpin.project(`/mpinids?userId=${encodeURIComponent(USER)}&revoked=false`));
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.total, 2, r.text);
    second = r.json.list.find((i) => i.mpinId !== first.hash);
    assert.ok(second && second.dvs === true && second.userId === USER);
    const reuse = await request(`${mid.base}/verification/confirmation`, {
      method: 'POST', body: { clientId: mpin.clientId, userId: USER, otp },
    });
    assert.equal(reuse.status, 404, reuse.text);
  });

  await step('for a user id that is a phone number the page asks for no number (dark theme)', async () => {
    const link = await mpin.call('POST', '/verification', { userId: PHONE_USER, clientId: mpin.clientId, delivery: 'no' });
    assert.equal(link.status, 200, link.text);
    const dark = await newPhonePage(phoneB, 'dark');
    await dark.goto(link.json.verificationURL);
    await dark.waitForFunction(() => document.querySelector('main').getAttribute('data-view') === 'start');
    await dark.getByRole('heading', { level: 1 })
      .filter({ hasText: `Acme Bank asks you to add this device for ${PHONE_USER}` }).waitFor();
    assert.equal(await dark.getByLabel('Mobile number of this device').isVisible(), false);
    assert.ok(await dark.getByRole('button', { name: 'Create a passkey' }).isVisible());
    await screenshot(dark, 'verification-dark');
    assert.deepEqual(dark.problems, []);
    await dark.close();
  });

  // ---- rename, revocation, audit -------------------------------------------------------------

  await step('PUT mpinids/:hash renames the device', async () => {
    const r = await mpin.call('PUT', mpin.project(`/mpinids/${first.hash}`), { deviceName: 'Ada’s old phone' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.mpinId, first.hash);
    assert.equal(r.json.deviceName, 'Ada’s old phone');
    assert.equal(r.json.userId, USER);
    const foreign = await other.call('PUT', other.project(`/mpinids/${first.hash}`), { deviceName: 'x' });
    assertSeedError(foreign, 404);
  });

  await step('POST mpinids/:hash/revocation revokes it; its DVS signatures are refused', async () => {
    const r = await mpin.call('POST', mpin.project(`/mpinids/${first.hash}/revocation`), { reason: 'account expiration' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { hashMPinID: first.hash, reason: 'account expiration' });
    const timestamp = Math.floor(Date.now() / 1000);
    const dvs = await mpin.call('POST', '/dvs/verify',
      dvsRequest({ privateKeyPkcs8: first.privateKey, mpinIdHex: first.mpinId, hashHex: signed, timestamp }));
    assertSeedError(dvs, 401, /revoked/);
  });

  await step('mpinids?revoked=true lists the revoked identity, revoked=false the other', async () => {
    const revoked = await mpin.call('GET', mpin.project(`/mpinids?userId=${encodeURIComponent(USER)}&revoked=true`));
    assert.equal(revoked.status, 200, revoked.text);
    assert.deepEqual(revoked.json.list.map((i) => [i.mpinId, i.revoked, i.deviceName]), [[first.hash, true, 'Ada’s old phone']]);
    const live = await mpin.call('GET', mpin.project(`/mpinids?userId=${encodeURIComponent(USER)}&revoked=false`));
    assert.deepEqual(live.json.list.map((i) => i.mpinId), [second.mpinId]);
  });

  await step('the project audit log has the user\'s registration, signature and revocation rows', async () => {
    const path = (offset) => mpin.project(`/audit?userId=${encodeURIComponent(USER)}&limit=10&offset=${offset}`);
    const r = await mpin.call('GET', path(0));
    assert.equal(r.status, 200, r.text);
    assert.ok(Number.isInteger(r.json.total) && r.json.total >= 5, `total ${r.json.total}`);
    assert.ok(r.json.list.length <= 10);
    const rows = [...r.json.list];
    for (let offset = 10; offset < r.json.total; offset += 10) {
      const more = await mpin.call('GET', path(offset));
      assert.equal(more.status, 200, more.text);
      rows.push(...more.json.list);
    }
    assert.equal(rows.length, r.json.total);
    for (const row of rows) {
      assert.equal(row.userID, USER);
      assert.equal(row.appID, mpin.clientId);
      for (const key of ['IPAddress', 'appName', 'country', 'createdAt', 'deviceName', 'eventStatus', 'eventType', 'mpinID'])
        assert.ok(key in row, `${key} in ${JSON.stringify(row)}`);
    }
    const of = (type, hash) => rows.filter((x) => x.eventType === type && (!hash || x.mpinID === hash));
    assert.ok(of('registration', first.hash).some((x) => /_success$/.test(x.eventStatus)), 'registration of the first identity');
    assert.ok(of('registration', second.mpinId).length > 0, 'registration of the second identity');
    assert.ok(of('signature', first.hash).some((x) => /_success$/.test(x.eventStatus)), 'a verified signature');
    assert.ok(of('signature', first.hash).some((x) => /_failure$/.test(x.eventStatus)), 'a refused signature');
    assert.ok(of('revocation', first.hash).length === 1, 'the revocation');
    const foreign = await mpin.call('GET', `/api/v1/projects/${other.clientId}/audit?limit=10&offset=0`);
    assertSeedError(foreign, 404);
  });

  await step('the pages ran without script errors or CSP violations', async () => {
    assert.deepEqual(page.problems, []);
    assert.deepEqual(pageB.problems, []);
  });
}

await run(main, outDir);
