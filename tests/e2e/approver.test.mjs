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
import {
  options, step, run, waitFor, MidServer, RECIPIENT, launchChromium, newPhone, newPhonePage,
  screenshots, view, waitView, waitLoaded, addAuthenticator,
} from './lib.mjs';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, verify as cryptoVerify, webcrypto } from 'node:crypto';

const { serverBinary, outDir, chromiumPath } = options('approver.test.mjs');
const mid = new MidServer({ binary: serverBinary, outDir });
const { call, asTenant, createTenant, createConsent, consent, latestOtp } = mid;
const screenshot = screenshots(outDir);

let browser = null;
let context = null; // the first phone

// ---- the test ----------------------------------------------------------------------------------

async function main() {
  await step('mid-server starts on a loopback port with a fresh data dir', () => mid.start());

  await step('a tenant is created with the operator token', createTenant);

  await step('headless Chromium starts with a phone-sized viewport', async () => {
    browser = await launchChromium(chromiumPath);
    context = await newPhone(browser);
  });

  // Started early so that its 30 s run out while the other requests are handled.
  let shortLived = null;
  let shortPage = null;
  await step('a short-lived request opens with its countdown running', async () => {
    shortLived = await createConsent({ intent: 'login', scope: [], expiresIn: 30 });
    shortPage = await newPhonePage(context);
    const r = await shortPage.goto(shortLived.approvalUrl);
    assert.equal(r.status(), 200);
    await waitLoaded(shortPage);
    const text = await shortPage.locator('#countdown').innerText();
    assert.match(text, /^in 0:[0-3]\d$/);
  });

  const first = await createConsent();
  const page = await newPhonePage(context);
  const { cdp, authenticatorId } = await addAuthenticator(page);

  await step('the approver page shows the request and marks it scanned', async () => {
    const r = await page.goto(first.approvalUrl);
    assert.equal(r.status(), 200);
    const csp = r.headers()['content-security-policy'] || '';
    assert.match(csp, /script-src 'nonce-/);
    await waitLoaded(page);
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
    const again = await newPhonePage(context);
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

  await step('a mandate is signed with the passkey, and its evidence verifies with WebCrypto', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    let r = await call('POST', '/v1/signing/documents',
      { content: pdf.toString('base64'), filename: 'direct-debit-mandate.pdf' }, asTenant());
    assert.equal(r.status, 201, r.text);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    assert.equal(r.json.data.sha256, sha256);
    r = await call('POST', '/v1/signing/sessions', {
      documentId: r.json.data.documentId, signer: RECIPIENT, intent: 'mandate',
      reason: 'Monthly direct debit of 25,000.00 NGN', expiresIn: 600,
    }, asTenant());
    assert.equal(r.status, 201, r.text);
    const session = r.json.data;
    await page.goto(session.approvalUrl);
    await waitView(page, 'decide');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Acme Bank asks you to approve a mandate' }).waitFor();
    assert.match(await page.locator('dl').innerText(), /direct-debit-mandate\.pdf/);
    assert.match(await page.locator('dl').innerText(), /Your signature only/);
    assert.ok((await page.locator('dd.hash').innerText()).replace(/\s/g, '') === sha256, 'the page shows the document hash');
    await screenshot(page, 'mandate-request');
    await page.getByRole('button', { name: 'Approve' }).click();
    await waitView(page, 'outcome');
    assert.equal(await page.locator('#outcome-title').innerText(), 'Approved');
    await screenshot(page, 'mandate-signed');

    r = await call('GET', `/v1/signing/sessions/${session.id}`, null, asTenant());
    assert.equal(r.status, 200, r.text);
    const signed = r.json.data;
    assert.equal(signed.status, 'signed');
    const ev = signed.evidence;
    // The browser's own clientDataJSON: its challenge starts with the document's SHA-256.
    const clientData = JSON.parse(Buffer.from(ev.clientDataJSON, 'base64url').toString());
    assert.equal(clientData.type, 'webauthn.get');
    assert.equal(Buffer.from(clientData.challenge, 'base64url').subarray(0, 32).toString('hex'), sha256);
    // The assertion, checked with Node's crypto against the credential's public key.
    const signedBytes = Buffer.concat([Buffer.from(ev.authenticatorData, 'base64url'),
      createHash('sha256').update(Buffer.from(ev.clientDataJSON, 'base64url')).digest()]);
    const credentialKey = createPublicKey({ key: Buffer.from(ev.credentialPublicKey, 'base64url'), format: 'der', type: 'spki' });
    assert.ok(cryptoVerify('sha256', signedBytes, { key: credentialKey, dsaEncoding: 'der' },
      Buffer.from(ev.signature, 'base64url')), 'the assertion signature verifies');
    // The seal, checked with WebCrypto and the key published at /dvs/jwks (an independent JOSE
    // reading: header, kid lookup, RS256 over "header.payload").
    const [h, p, sig] = signed.seal.split('.');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString());
    assert.equal(header.alg, 'RS256');
    const jwks = (await call('GET', '/dvs/jwks', null, {})).json;
    const jwk = jwks.keys.find((k) => k.kid === header.kid);
    assert.ok(jwk, 'the seal names a published key');
    const key = await webcrypto.subtle.importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
    assert.ok(await webcrypto.subtle.verify('RSASSA-PKCS1-v1_5', key, Buffer.from(sig, 'base64url'),
      Buffer.from(`${h}.${p}`)), 'the seal verifies');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    assert.equal(payload.documentSha256, sha256);
    assert.equal(payload.signature, ev.signature);
    // A seal whose payload names another document does not verify.
    const forged = Buffer.from(JSON.stringify({ ...payload, documentSha256: '0'.repeat(64) })).toString('base64url');
    assert.equal(await webcrypto.subtle.verify('RSASSA-PKCS1-v1_5', key, Buffer.from(sig, 'base64url'),
      Buffer.from(`${h}.${forged}`)), false);
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
    const phoneB = await newPhone(browser);
    const pageB = await newPhonePage(phoneB);
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
    const dark = await newPhonePage(context, 'dark');
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
    await mid.stop();
    await mid.start({ extra: ['--demo'], logName: 'mid-server-demo.log' });
    await createTenant();
    const c = await createConsent({ intent: 'login', scope: [] });
    const demo = await newPhonePage(context);
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

await run(main, outDir);
