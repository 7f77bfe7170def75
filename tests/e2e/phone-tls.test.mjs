// End-to-end test of a phone's first use of a box started with `--tls auto`, followed once in
// Debian's headless Chromium: the box makes its own CA and certificate, the operator pins the
// certificate by the fingerprint the server logs, the phone trusts the CA served at /ca.crt,
// opens /setup and then a request's approvalUrl over HTTPS, enrolls with the OTP, creates a
// passkey (WebAuthn virtual authenticator) and approves.
//
//   node phone-tls.test.mjs --server /path/to/mid-server [--out DIR]
//
// Needs certutil (Debian's libnss3-tools): a Linux Chromium trusts the CAs of the NSS database
// in $HOME/.pki/nssdb, so the test gives each browser a temporary HOME. Nothing here skips
// certificate checks except the one first-use probe that reads the certificate to pin it.
import {
  options, step, run, waitFor, tempDir, request, MidServer, RECIPIENT, launchChromium, newPhone,
  newPhonePage, screenshots, waitView, waitLoaded, addAuthenticator,
} from './lib.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';
import http from 'node:http';
import assert from 'node:assert/strict';

const { serverBinary, outDir, chromiumPath } = options('phone-tls.test.mjs');
const mid = new MidServer({ binary: serverBinary, outDir });
const { call, operator, createTenant, createConsent, consent, latestOtp } = mid;
const screenshot = screenshots(outDir);

// ---- trust as an operator: pin on first use --------------------------------------------------

// One TLS connection that does not verify the chain (nothing is trusted yet): it checks that
// the certificate served is the one whose fingerprint the server logged, and only then asks
// that same connection for /ca.crt. Resolves to {leaf, authorizationError, reply}.
function pinnedCaDownload(port, fingerprint) {
  return new Promise((resolvePin, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', rejectUnauthorized: false });
    socket.setTimeout(15000, () => socket.destroy(new Error('pinned probe: no answer in 15 s')));
    socket.once('error', reject);
    socket.once('secureConnect', () => {
      const peer = socket.getPeerCertificate();
      if (!peer || peer.fingerprint256 !== fingerprint) {
        socket.destroy();
        reject(new Error(`the certificate served (${peer && peer.fingerprint256}) is not the one logged (${fingerprint})`));
        return;
      }
      const leaf = new X509Certificate(peer.raw);
      const authorizationError = socket.authorizationError;
      const req = http.request({
        host: 'localhost', port, path: '/ca.crt', method: 'GET',
        headers: { Accept: 'application/x-x509-ca-cert', Connection: 'close' },
        createConnection: () => socket, // this pinned connection, nothing else
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolvePin({
          leaf, authorizationError,
          reply: { status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') },
        }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  });
}

// ---- trust as a Linux Chromium user: an NSS database in $HOME/.pki/nssdb ----------------------

function certutil(args) {
  const r = spawnSync('certutil', args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `certutil ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

// A temporary HOME with an empty NSS database, and the CA in it when `caFile` is given.
function homeWithNssDb(name, caFile) {
  const home = tempDir(`mid-e2e-${name}-`);
  const db = join(home, '.pki', 'nssdb');
  mkdirSync(db, { recursive: true });
  certutil(['-d', `sql:${db}`, '-N', '--empty-password']);
  if (caFile) certutil(['-d', `sql:${db}`, '-A', '-t', 'C,,', '-n', 'MID local CA', '-i', caFile]);
  return { home, db, env: { ...process.env, HOME: home } };
}

// ---- the test ----------------------------------------------------------------------------------

const CERT_NAME = 'MID local CA';

async function main() {
  await step('certutil is installed (Debian: libnss3-tools)', async () => {
    const r = spawnSync('certutil', ['-H'], { encoding: 'utf8' });
    assert.ok(!r.error, `certutil is missing (${r.error && r.error.code}); install libnss3-tools (scripts/install-deps.sh)`);
  });

  let fingerprint = null;
  await step('mid-server starts with --tls auto and logs its certificate\'s SHA-256 fingerprint', async () => {
    await mid.start({ tls: 'auto' });
    assert.match(mid.base, /^https:\/\/localhost:\d+$/);
    fingerprint = mid.loggedFingerprint();
    assert.match(fingerprint, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert.match(mid.output, /listening on https:\/\//);
  });

  let caPem = null;
  let ca = null;
  let leaf = null;
  await step('pinned on first use: the certificate served is the one logged, and /ca.crt comes over that connection', async () => {
    const pin = await pinnedCaDownload(mid.port, fingerprint);
    leaf = pin.leaf;
    // Unpinned, nothing vouches for the box: the chain does not verify against Node's roots.
    assert.ok(pin.authorizationError, 'the connection is not authorized without the box\'s CA');
    const r = pin.reply;
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers['content-type'], /^application\/x-x509-ca-cert\b/);
    assert.match(r.text, /^-----BEGIN CERTIFICATE-----\r?\n/);
    caPem = r.text;
    ca = new X509Certificate(caPem);
    assert.equal(ca.ca, true, '/ca.crt is a CA certificate');
    assert.equal(leaf.ca, false, 'the served certificate is not a CA');
    assert.ok(leaf.checkIssued(ca), 'the served certificate names the CA as its issuer');
    assert.ok(leaf.verify(ca.publicKey), 'the served certificate is signed by the CA\'s key');
    assert.equal(leaf.fingerprint256, fingerprint);
    assert.notEqual(ca.fingerprint256, fingerprint);
    assert.equal(leaf.checkHost('localhost'), 'localhost', `SAN: ${leaf.subjectAltName}`);
    assert.equal(leaf.checkIP('127.0.0.1'), '127.0.0.1', `SAN: ${leaf.subjectAltName}`);
    const now = Date.now();
    for (const c of [ca, leaf]) assert.ok(Date.parse(c.validFrom) <= now && now < Date.parse(c.validTo), `${c.subject} is valid now`);
    assert.equal(ca.publicKey.asymmetricKeyDetails.namedCurve, 'prime256v1');
    assert.equal(leaf.publicKey.asymmetricKeyDetails.namedCurve, 'prime256v1');
    writeFileSync(join(outDir, 'ca.crt'), caPem);
  });

  await step('from now on Node verifies every HTTPS call against that CA alone', async () => {
    const unverified = await request(`${mid.base}/readyz`).then(() => null, (err) => err);
    assert.ok(unverified, 'without the CA the HTTPS call must fail');
    assert.match(String(unverified.code), /SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT/);
    mid.ca = caPem;
    assert.equal((await call('GET', '/readyz')).status, 200);
    const byAddress = await request(`https://127.0.0.1:${mid.port}/readyz`, { ca: caPem });
    assert.equal(byAddress.status, 200, 'the certificate covers 127.0.0.1 too');
  });

  await step('GET /admin/v1/settings/tls shows the same certificate and CA fingerprints', async () => {
    const r = await call('GET', '/admin/v1/settings/tls', null, operator());
    assert.equal(r.status, 200, r.text);
    const d = r.json.data;
    assert.equal(d.mode, 'auto');
    assert.equal(d.enabled, true);
    assert.equal(d.caCertificatePath, '/ca.crt');
    assert.equal(d.certificate.fingerprintSha256, fingerprint);
    assert.equal(d.certificate.caFingerprintSha256, ca.fingerprint256);
    for (const name of ['localhost', '127.0.0.1', '::1'])
      assert.ok(d.certificate.names.includes(name), `names ${JSON.stringify(d.certificate.names)} include ${name}`);
    assert.equal(Date.parse(d.certificate.notBefore), Date.parse(leaf.validFrom));
    assert.equal(Date.parse(d.certificate.notAfter), Date.parse(leaf.validTo));
  });

  const caFile = join(tempDir('mid-e2e-ca-'), 'ca.crt');
  writeFileSync(caFile, caPem);

  await step('negative control: Chromium with an empty NSS database refuses /setup (ERR_CERT_AUTHORITY_INVALID)', async () => {
    const untrusting = homeWithNssDb('home-empty');
    assert.doesNotMatch(certutil(['-d', `sql:${untrusting.db}`, '-L']), new RegExp(CERT_NAME));
    const browser = await launchChromium(chromiumPath, { env: untrusting.env });
    try {
      const page = await newPhonePage(await newPhone(browser));
      const err = await page.goto(`${mid.base}/setup`).then(() => null, (e) => e);
      assert.ok(err, '/setup loaded without trusting the CA');
      assert.match(err.message, /net::ERR_CERT_AUTHORITY_INVALID/);
    } finally {
      await browser.close();
    }
  });

  let phone = null;
  await step('the CA goes into a fresh NSS database ("C,,") and Chromium starts with that HOME', async () => {
    const trusting = homeWithNssDb('home-trusting', caFile);
    const listed = certutil(['-d', `sql:${trusting.db}`, '-L']);
    assert.match(listed, new RegExp(`${CERT_NAME}\\s+C,,`), listed);
    // No ignoreHTTPSErrors, no --ignore-certificate-errors: only the NSS database vouches.
    const browser = await launchChromium(chromiumPath, { env: trusting.env });
    phone = await newPhone(browser);
  });

  let setup = null;
  await step('/setup opens over trusted HTTPS with the CA\'s fingerprint and a link to /ca.crt', async () => {
    setup = await newPhonePage(phone);
    const r = await setup.goto(`${mid.base}/setup`);
    assert.equal(r.status(), 200);
    assert.match(r.headers()['content-security-policy'] || '', /default-src 'none'/);
    const security = await r.securityDetails();
    assert.ok(security, 'the page came over TLS');
    assert.equal(security.subjectName, 'localhost');
    assert.match(security.issuer, /MID Console local CA/);
    assert.equal(await setup.evaluate(() => window.isSecureContext), true);
    assert.equal(await setup.evaluate(() => location.protocol), 'https:');
    await setup.getByRole('heading', { level: 1, name: 'Set up this phone' }).waitFor();
    const shown = (await setup.locator('code.fingerprint').innerText()).trim();
    assert.equal(shown, ca.fingerprint256, 'the page shows the CA\'s fingerprint');
    const link = setup.getByRole('link', { name: /Download the box's certificate/ });
    assert.equal(await link.getAttribute('href'), '/ca.crt');
    assert.ok(await link.isVisible());
    assert.ok(await setup.getByText('Android', { exact: true }).isVisible());
    assert.ok(await setup.getByText('iPhone and iPad', { exact: true }).isVisible());
    await screenshot(setup, 'setup');
  });

  await step('the page\'s button downloads the same CA the operator pinned', async () => {
    const [download] = await Promise.all([
      setup.waitForEvent('download'),
      setup.getByRole('link', { name: /Download the box's certificate/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'mid-local-ca.crt');
    const saved = await download.path();
    assert.equal(new X509Certificate(readFileSync(saved)).fingerprint256, ca.fingerprint256);
    // The Android steps, opened: what the phone's owner reads next.
    await setup.locator('details').first().evaluate((d) => { d.open = true; });
    await screenshot(setup, 'setup-android-steps');
    assert.deepEqual(setup.problems, []);
  });

  let request1 = null;
  await step('a tenant and a request are created over verified HTTPS', async () => {
    await createTenant();
    request1 = await createConsent();
    assert.match(request1.approvalUrl, /^https:\/\/localhost:\d+\/approve\/cons_/);
  });

  let page = null;
  let authenticator = null;
  await step('the request\'s approvalUrl opens on the trusting phone in a secure context', async () => {
    page = await newPhonePage(phone);
    authenticator = await addAuthenticator(page);
    const r = await page.goto(request1.approvalUrl);
    assert.equal(r.status(), 200);
    assert.match(r.headers()['content-security-policy'] || '', /script-src 'nonce-/);
    assert.equal(await page.evaluate(() => window.isSecureContext), true);
    assert.equal(await page.evaluate(() => typeof window.PublicKeyCredential), 'function');
    await waitLoaded(page);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Acme Bank asks you to approve a transaction' }).waitFor();
    const c = await consent(request1.id);
    assert.equal(c.status, 'pending');
    assert.ok(c.scannedAt, 'the consent has scannedAt after the page opened');
    await waitView(page, 'setup');
    await screenshot(page, 'request-opened');
  });

  await step('"Send code" sends a 6-digit code to the number', async () => {
    await page.getByRole('button', { name: 'Send code' }).click();
    await waitView(page, 'code');
    await screenshot(page, 'code-sent');
  });

  await step('the code from /admin/v1/messages confirms the number', async () => {
    const otp = await waitFor('the OTP in /admin/v1/messages', () => latestOtp());
    await page.getByLabel('6-digit code').fill(otp);
    await page.getByRole('button', { name: 'Confirm code' }).click();
    await waitView(page, 'passkey');
    await screenshot(page, 'number-confirmed');
  });

  await step('"Create passkey" registers a credential for localhost over HTTPS', async () => {
    await page.getByRole('button', { name: 'Create passkey' }).click();
    await waitView(page, 'decide');
    const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials',
      { authenticatorId: authenticator.authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].rpId, 'localhost');
    await screenshot(page, 'phone-set-up');
  });

  await step('"Approve" signs with the passkey and the API shows the request approved', async () => {
    await page.getByRole('button', { name: 'Approve' }).click();
    await waitView(page, 'outcome');
    assert.equal(await page.locator('#outcome-title').innerText(), 'Approved');
    assert.equal(await page.locator('#status').innerText(), 'Approved');
    const c = await consent(request1.id);
    assert.equal(c.status, 'approved');
    assert.ok(c.decidedAt);
    assert.equal(c.user.mobile, RECIPIENT);
    assert.ok(c.device && c.device.id, 'device filled');
    await screenshot(page, 'approved');
  });

  await step('the pages ran without script errors or CSP violations', async () => {
    assert.deepEqual(setup.problems, []);
    assert.deepEqual(page.problems, []);
  });
}

await run(main, outDir);
