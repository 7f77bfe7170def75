#!/usr/bin/env bash
# Takes the README's screenshots: mid-console --demo under Xvfb, every panel, light and dark,
# then the TLS ones (take_tls below).
#   docs/screenshots/take.sh [build-dir] [tls|identity]   (default build/release; "tls": those
#   only; "identity": Identity reviews and Signing only)
# Needs xvfb, xdotool and imagemagick (import).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
console="$build/app/mid-console"
panels=(dashboard clients devices consents qr-presenter webhooks audit identity-reviews signing messages
        simulator settings)
port=18491 # fixed, so the steps below can reach the API
api() { curl -s -H "Authorization: Bearer $(cat "$data/mid/admin-token")" \
          -H "Content-Type: application/json" "$@"; }
row() { local i; for i in "${!panels[@]}"; do [[ ${panels[$i]} != "$1" ]] || echo "$i"; done; }
# Activates the simulated phone with a tenant's verification link (MPin, API.md §8) by mouse
# and keyboard, as a person pastes the link the tenant sent: activate_link TENANT USER-ID
# DEVICE-NAME [NUMBER], NUMBER being typed when the user id is not a phone number.
activate_link() {
  local base=http://127.0.0.1:$port client secret url
  read -r client secret < <(python3 -c 'import json, sys
t = [t for t in json.load(open(sys.argv[1])) if t["name"] == sys.argv[2]][0]
print(t["clientId"], t["clientSecret"])' "$data/mid/demo-credentials.json" "$1")
  url=$(curl -s -u "$client:$secret" -H 'Content-Type: application/json' -X POST \
    "$base/verification" -d "{\"userId\":\"$2\",\"clientId\":\"$client\",\"deviceName\":\"$3\",\"delivery\":\"no\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["verificationURL"])')
  DISPLAY=:77 xdotool mousemove 608 806 click 1; sleep 0.8 # "Use another number"
  DISPLAY=:77 xdotool mousemove 608 552 click 1; sleep 0.8 # "Activate with a verification link"
  DISPLAY=:77 xdotool type "$url"
  [[ -z ${4:-} ]] || { DISPLAY=:77 xdotool key Tab type "$4"; }
  DISPLAY=:77 xdotool key Return; sleep 2.5
}
# Enrolls three phones in the Device simulator by mouse and keyboard (the SMS code is read
# from the message log, as the operator reads it off the phone), activates MPin identities of
# three tenants with verification links (one of them revoked), sends the last phone consent
# requests, approves one and blocks another phone, so Devices and the simulator show life.
fill_simulator() {
  local base=http://127.0.0.1:$port number enc code client dev hash
  for number in +14155550142 +33612345678 +447700900123; do
    DISPLAY=:77 xdotool mousemove 90 $((47 + 42 * $(row simulator))) click 1; sleep 0.8
    DISPLAY=:77 xdotool mousemove 608 466 click 1; sleep 0.2
    DISPLAY=:77 xdotool key ctrl+a type "$number"; DISPLAY=:77 xdotool key Return; sleep 1.5
    enc=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$number")
    code=$(api "$base/admin/v1/messages?to=$enc&limit=1" | python3 -c \
      'import json, re, sys; print(re.search(r"\b\d{6}\b", json.load(sys.stdin)["data"]["items"][0]["body"])[0])')
    DISPLAY=:77 xdotool type "$code"; DISPLAY=:77 xdotool key Return; sleep 1.2
    DISPLAY=:77 xdotool key space; sleep 1.5 # "Register passkey" has the focus
    [[ $number == +447700900123 ]] || { DISPLAY=:77 xdotool mousemove 608 806 click 1; sleep 0.8; }
  done
  activate_link "Northwind Telecom" +14155550142 "Sam's iPhone"
  activate_link "Acme Shop" alex@acme.example "Alex's Pixel" +447700900123
  activate_link "Demo Bank" +447700900123 "Alex's Pixel"
  hash=$(api "$base/admin/v1/mpin/identities?userId=alex%40acme.example" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["items"][0]["mpinId"])')
  api -X POST "$base/admin/v1/mpin/identities/$hash/revoke" -d '{"reason":"Replaced by a new phone"}' >/dev/null
  client=$(api "$base/v1/clients" | python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["items"][0]["clientId"])')
  for spec in 'login ["profile","phone"] 300' 'transaction ["payments"] 600' \
              'data_sharing ["profile","email","address"] 900'; do
    set -- $spec
    api -X POST "$base/admin/v1/consents" -d "{\"clientId\":\"$client\",\"recipient\":\"+447700900123\",\"intent\":\"$1\",\"scope\":$2,\"expiresIn\":$3}" >/dev/null
    sleep 0.5
  done
  dev=$(api "$base/v1/devices?mobile=%2B33612345678" | python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["items"][0]["id"])')
  api -X POST "$base/v1/devices/$dev/block" -d '{"reason":"Reported lost by its owner"}' >/dev/null
  sleep 1
  DISPLAY=:77 xdotool mousemove 673 414 click 1; sleep 2 # approve the second request
}
# A specimen passport data page (ICAO 9303's Utopia example, the zone its MRZ holds), drawn
# with ImageMagick: passport_png FILE.
passport_png() {
  local mono=DejaVu-Sans-Mono sans=DejaVu-Sans bold=DejaVu-Sans-Bold
  convert -size 1000x700 'gradient:#f3efe4-#e3ecf2' \
    -fill none -stroke '#c9d6e3' -strokewidth 1 \
    -draw "ellipse 640,300 330,190 0,360" -draw "ellipse 640,300 270,150 0,360" \
    -draw "ellipse 640,300 210,110 0,360" \
    -stroke none -fill '#1f3b5c' -draw "rectangle 0,0 1000,64" \
    -font $bold -pointsize 26 -fill '#f3efe4' -annotate +36+42 'UTOPIA' \
    -font $sans -pointsize 18 -annotate +700+40 'PASSPORT · PASSEPORT' \
    -fill '#b9c4cf' -draw "roundrectangle 40,100 300,440 10,10" \
    -fill '#8c99a6' -draw "circle 170,220 170,290" -draw "ellipse 170,440 115,105 180,360" \
    -fill '#5b6b7c' -font $sans -pointsize 14 \
    -annotate +340+112 'Type / Type' -annotate +480+112 'Code / Code' \
    -annotate +640+112 'Passport No. / N° du passeport' \
    -annotate +340+182 'Surname / Nom' -annotate +340+252 'Given names / Prénoms' \
    -annotate +340+322 'Nationality / Nationalité' -annotate +660+322 'Sex / Sexe' \
    -annotate +340+392 'Date of birth / Date de naissance' \
    -annotate +660+392 'Date of expiry / Date d’expiration' \
    -fill '#17202a' -font $bold -pointsize 24 \
    -annotate +340+142 'P' -annotate +480+142 'UTO' -annotate +640+142 'L898902C3' \
    -annotate +340+212 'ERIKSSON' -annotate +340+282 'ANNA MARIA' \
    -annotate +340+352 'UTOPIAN' -annotate +660+352 'F' \
    -annotate +340+422 '12 AUG 1974' -annotate +660+422 '15 APR 2012' \
    -font DejaVu-Serif-Italic -pointsize 30 -fill '#2b4a6f' -annotate +60+500 'Anna M. Eriksson' \
    -fill '#ffffff' -draw "rectangle 0,560 1000,700" \
    -font $mono -pointsize 34 -fill '#111111' \
    -annotate +28+615 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' \
    -annotate +28+665 'L898902C36UTO7408122F1204159ZE184226B<<<<<10' \
    "$1"
}
# A one-page direct debit mandate as a PDF (Helvetica, nothing embedded): mandate_pdf FILE.
mandate_pdf() {
  python3 - "$1" <<'PY'
import sys
lines = [(20, 72, 730, "Direct Debit Mandate"),
         (11, 72, 705, "Mandate reference  MND-2026-004815"),
         (11, 72, 670, "Creditor   Northwind Telecom Ltd, 1 Harbour Street, London E14 5AB"),
         (11, 72, 652, "Creditor identifier   GB98ZZZ0000004815"),
         (11, 72, 620, "Debtor   Alex Morgan, +44 7700 900123"),
         (11, 72, 602, "Account   GB33 BUKB 2020 1555 5555 55   (BIC BUKBGB22)"),
         (11, 72, 570, "Type of payment   Recurrent, monthly on the 1st"),
         (11, 72, 552, "Amount   as invoiced, at most GBP 80.00 per month"),
         (10, 72, 505, "By signing this mandate form, you authorise Northwind Telecom Ltd to send"),
         (10, 72, 490, "instructions to your bank to debit your account, and your bank to debit your"),
         (10, 72, 475, "account in accordance with the instructions from Northwind Telecom Ltd."),
         (10, 72, 450, "You are entitled to a refund from your bank under the terms and conditions of"),
         (10, 72, 435, "your agreement with your bank, within 8 weeks of the date of the debit."),
         (11, 72, 380, "Signed with MID on the debtor's registered phone (FIDO2 passkey).")]
stream = "0.12 0.23 0.36 rg 0 742 612 50 re f 0 0 0 rg "
for size, x, y, text in lines:
    stream += f"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET "
stream += "0.6 0.6 0.6 RG 72 330 m 300 330 l S"
objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
           "/Resources << /Font << /F1 5 0 R >> >> >>",
           f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
           "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
out, offsets = b"%PDF-1.4\n", []
for i, o in enumerate(objects):
    offsets.append(len(out))
    out += f"{i + 1} 0 obj\n{o}\nendobj\n".encode("latin-1")
xref = len(out)
out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open(sys.argv[1], "wb").write(out)
PY
}
# A tenant's API call (Bearer apiKey and X-Client-ID from the demo's credentials):
# as_tenant TENANT CURL-ARGS…
as_tenant() {
  local tenant=$1 client key
  shift
  read -r client key < <(python3 -c 'import json, sys
t = [t for t in json.load(open(sys.argv[1])) if t["name"] == sys.argv[2]][0]
print(t["clientId"], t["apiKey"])' "$data/mid/demo-credentials.json" "$tenant")
  curl -s -H "Authorization: Bearer $key" -H "X-Client-ID: $client" \
    -H "Content-Type: application/json" "$@"
}
# Identity verifications (API.md §10) of the passport above: one decided each way and three
# waiting, the newest (Anna Maria Eriksson's) to be shown; then signing sessions: a mandate the
# simulated phone signs, a document waiting for another phone, one withdrawn.
fill_identity_signing() {
  local base=http://127.0.0.1:$port doc id spec tenant mobile name
  passport_png "$data/passport.png"
  mandate_pdf "$data/mandate.pdf"
  upload() { # upload TENANT PATH FILE NAME [MRZ]: the document's id
    python3 -c 'import base64, json, sys
body = {"content": base64.b64encode(open(sys.argv[1], "rb").read()).decode(), "filename": sys.argv[2]}
if len(sys.argv) > 3: body["mrz"] = sys.argv[3]
print(json.dumps(body))' "$3" "$4" ${5:+"$5"} >"$data/upload.json"
    as_tenant "$1" -X POST "$base$2" --data-binary @"$data/upload.json" |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["id"])'
  }
  local mrz=$'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10'
  for spec in 'Acme Shop|+33612345678|Anne Eriksen|verified' 'Demo Bank|+14155550142|Anna Eriksson|rejected' \
              'Acme Shop|+447700900124|Ana Erikson|' 'Northwind Telecom|+14155550143|Anna M. Eriksson|' \
              'Demo Bank|+447700900123|Anna Maria Eriksson|'; do
    IFS='|' read -r tenant mobile name decision <<<"$spec"
    doc=$(upload "$tenant" /v1/identity/documents "$data/passport.png" passport.png "$mrz")
    id=$(as_tenant "$tenant" -X POST "$base/v1/identity/verify" \
      -d "{\"mobile\":\"$mobile\",\"documentIds\":[\"$doc\"],\"type\":\"passport\",\"name\":\"$name\"}" |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["id"])')
    case $decision in
      verified) api -X POST "$base/admin/v1/identity/reviews/$id/decide" \
                  -d '{"decision":"verified","note":"Photo matches the holder"}' >/dev/null ;;
      rejected) api -X POST "$base/admin/v1/identity/reviews/$id/decide" \
                  -d '{"decision":"rejected","note":"The passport expired in 2012"}' >/dev/null ;;
    esac
    sleep 0.4
  done
  doc=$(upload "Northwind Telecom" /v1/signing/documents "$data/mandate.pdf" terms-v4.pdf)
  id=$(as_tenant "Northwind Telecom" -X POST "$base/v1/signing/sessions" \
    -d "{\"documentId\":\"$doc\",\"signer\":\"+14155550142\",\"intent\":\"signing\",\"reason\":\"Terms of service, version 4\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["id"])')
  as_tenant "Northwind Telecom" -X DELETE "$base/v1/signing/sessions/$id" >/dev/null
  for spec in 'Demo Bank|overdraft-terms.pdf|+447700900124|signing|Overdraft terms, 2026|revoke' \
              'Acme Shop|purchase-agreement.pdf|+14155550142|signing|Purchase of a refurbished phone|' \
              'Northwind Telecom|roaming-addendum.pdf|+33612345678|mandate|Roaming charges by direct debit|' \
              'Demo Bank|loan-agreement.pdf|+33612345678|signing|Personal loan agreement|'; do
    IFS='|' read -r tenant name mobile intent reason decision <<<"$spec"
    doc=$(upload "$tenant" /v1/signing/documents "$data/mandate.pdf" "$name")
    id=$(as_tenant "$tenant" -X POST "$base/v1/signing/sessions" \
      -d "{\"documentId\":\"$doc\",\"signer\":\"$mobile\",\"intent\":\"$intent\",\"reason\":\"$reason\"}" |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["id"])')
    [[ -z $decision ]] || as_tenant "$tenant" -X DELETE "$base/v1/signing/sessions/$id" >/dev/null
    sleep 0.4
  done
  # The simulated phone (+447700900123) signs a mandate: its request comes in as the newest
  # card, unless the demo's own traffic overtook it (then withdrawn, and again).
  DISPLAY=:77 xdotool mousemove 90 $((47 + 42 * $(row simulator))) click 1; sleep 2
  local try status
  for try in 1 2 3; do
    doc=$(upload "Northwind Telecom" /v1/signing/documents "$data/mandate.pdf" direct-debit-mandate.pdf)
    id=$(as_tenant "Northwind Telecom" -X POST "$base/v1/signing/sessions" \
      -d "{\"documentId\":\"$doc\",\"signer\":\"+447700900123\",\"intent\":\"mandate\",\"reason\":\"Monthly direct debit for your mobile plan\"}" |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["id"])')
    sleep 1.5
    DISPLAY=:77 xdotool mousemove "${SIGN_XY% *}" "${SIGN_XY#* }" click 1; sleep 2.5
    status=$(as_tenant "Northwind Telecom" "$base/v1/signing/sessions/$id" |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["status"])')
    [[ $status != signed ]] || break
    as_tenant "Northwind Telecom" -X DELETE "$base/v1/signing/sessions/$id" >/dev/null
  done
}
# Gives the first tenant a webhook endpoint (a closed loopback port: its deliveries are
# retried) and pings it; posts an App Store notification to a box without its root, then sets a
# Stripe secret and posts Stripe events signed as Stripe signs them (one moving the tenant to
# growth, the same again, one forged), so both sides of the Webhooks panel have rows to show.
fill_webhooks() {
  local base=http://127.0.0.1:$port client endpoint secret=whsec_screenshots_0123456789abcdef
  client=$(api "$base/v1/clients" | python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["items"][0]["clientId"])')
  endpoint=$(api -X POST "$base/admin/v1/webhooks/endpoints" -d "{\"clientId\":\"$client\",\"url\":\"http://127.0.0.1:9/hooks/mid\",\"description\":\"Demo receiver\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["id"])')
  api -X POST "$base/admin/v1/webhooks/endpoints/$endpoint/ping" >/dev/null
  curl -s -X POST "$base/v1/webhooks/appstore" -H 'Content-Type: application/json' \
    -d '{"signedPayload":"eyJhbGciOiJFUzI1NiJ9.e30.c2ln"}' >/dev/null
  api -X PUT "$base/admin/v1/settings" -d "{\"stripeWebhookSecret\":\"$secret\"}" >/dev/null
  api -X PUT "$base/v1/clients/$client" -d '{"stripeCustomerId":"cus_QmX2acme"}' >/dev/null
  local body t sig
  body='{"id":"evt_1QyPlanGrowth","object":"event","type":"customer.subscription.updated","data":{"object":{"object":"subscription","id":"sub_1QyA","customer":"cus_QmX2acme","status":"active","metadata":{"plan":"growth"}}}}'
  t=$(date +%s)
  sig=$(python3 -c 'import hmac, hashlib, sys; print(hmac.new(sys.argv[1].encode(), (sys.argv[2] + "." + sys.argv[3]).encode(), hashlib.sha256).hexdigest())' "$secret" "$t" "$body")
  for _ in 1 2; do # the second is acknowledged as a duplicate
    curl -s -X POST "$base/v1/webhooks/stripe" -H 'Content-Type: application/json' \
      -H "Stripe-Signature: t=$t,v1=$sig" -d "$body" >/dev/null
  done
  curl -s -X POST "$base/v1/webhooks/stripe" -H 'Content-Type: application/json' \
    -H "Stripe-Signature: t=$t,v1=$sig" -d "${body/growth/enterprise}" >/dev/null
}
# With --tls auto: Settings → TLS of the console's own server, then File → Connect… to a
# mid-server with --tls auto whose certificate is trusted once (first use), regenerated behind
# the console's back, and refused at the next connection with both fingerprints shown.
take_tls() {
  local token=tls-screenshots-token-0123456789 rport=18443 server win
  local remote=https://127.0.0.1:$rport password=Correct-horse-battery-42
  data=$(mktemp -d)
  export HOME=$data XDG_CONFIG_HOME=$data/config MID_CONSOLE_THEME=light
  Xvfb :77 -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb=$!
  MID_BOOTSTRAP_TOKEN=$token "$build/app/mid-server" --data-dir "$data/remote" \
    --listen 127.0.0.1:$rport --tls auto >/dev/null 2>&1 &
  server=$!
  sleep 1
  DISPLAY=:77 "$console" --data-dir "$data/mid" --listen 127.0.0.1:$port --tls auto --demo \
    >/dev/null 2>&1 &
  app=$!
  sleep 7
  win=$(DISPLAY=:77 xdotool search --sync --onlyvisible --name "MID Console" | head -1)
  DISPLAY=:77 xdotool windowsize "$win" 1440 900 windowmove "$win" 0 0
  curl -s --cacert "$data/remote/tls/ca.crt" -X POST "https://localhost:$rport/admin/v1/operators" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"ops\",\"password\":\"$password\",\"role\":\"admin\"}" >/dev/null
  DISPLAY=:77 xdotool mousemove 90 $((47 + 42 * $(row settings))) click 1; sleep 3
  DISPLAY=:77 import -window root "$here/settings-tls.png"
  connect_remote() { # File → Connect…, the remote box's URL and an operator login
    DISPLAY=:77 xdotool mousemove 20 8 click 1; sleep 1
    DISPLAY=:77 xdotool mousemove 80 32 click 1; sleep 1.5
    DISPLAY=:77 xdotool mousemove 740 390 click 1 key ctrl+a type "$remote"
    DISPLAY=:77 xdotool mousemove 746 418 click 1 key ctrl+a type ops
    DISPLAY=:77 xdotool mousemove 746 446 click 1 type "$password"
    DISPLAY=:77 xdotool mousemove 802 475 click 1; sleep 2.5
  }
  connect_remote
  DISPLAY=:77 xdotool mousemove 845 511 click 1; sleep 3 # "Trust and connect" (first use)
  curl -s --cacert "$data/remote/tls/ca.crt" -X POST \
    "https://localhost:$rport/admin/v1/settings/tls/regenerate" \
    -H "Authorization: Bearer $token" >/dev/null
  DISPLAY=:77 xdotool mousemove 90 47 click 1; sleep 2 # the dashboard behind the dialog
  connect_remote
  DISPLAY=:77 import -window root "$here/certificate-changed.png"
  kill $app $server; wait $app $server 2>/dev/null || true
  kill $xvfb; wait $xvfb 2>/dev/null || true
  rm -rf "$data"
}
if [[ ${2:-} == tls ]]; then
  take_tls
  exit 0
fi
only=${2:-}
SIGN_XY=${SIGN_XY:-668 320}     # the simulated phone's Approve on its newest request
VERIFY_XY=${VERIFY_XY:-1043 767} # Signing: "Verify seal" of the selected session
for theme in light dark; do
  data=$(mktemp -d)
  export HOME=$data XDG_CONFIG_HOME=$data/config MID_CONSOLE_THEME=$theme
  Xvfb :77 -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY=:77 "$console" --data-dir "$data/mid" --listen 127.0.0.1:$port --demo >/dev/null 2>&1 &
  app=$!
  sleep 6
  win=$(DISPLAY=:77 xdotool search --sync --onlyvisible --name "MID Console" | head -1)
  DISPLAY=:77 xdotool windowsize "$win" 1440 900 windowmove "$win" 0 0
  [[ $only == identity ]] || fill_webhooks
  fill_simulator
  fill_identity_signing
  for i in "${!panels[@]}"; do
    [[ $only != identity || ${panels[$i]} == identity-reviews || ${panels[$i]} == signing ]] ||
      continue
    # No window manager under bare Xvfb, so keys may not reach the window: click the sidebar.
    DISPLAY=:77 xdotool mousemove 90 $((47 + 42 * i)) click 1
    sleep 2.5
    if [[ ${panels[$i]} == messages ]]; then # the newest, in full
      DISPLAY=:77 xdotool mousemove 300 88 click 1; sleep 1.5
    fi
    if [[ ${panels[$i]} == devices ]]; then # the newest (an MPin identity's), in full
      DISPLAY=:77 xdotool mousemove 300 117 click 1; sleep 1.5
      DISPLAY=:77 import -window root "$here/devices-$theme.png"
      # Every MPin identity (one revoked), the oldest selected.
      DISPLAY=:77 xdotool mousemove 328 37 click 1; sleep 1.5
      DISPLAY=:77 xdotool mousemove 300 167 click 1; sleep 1
      DISPLAY=:77 import -window root "$here/mpin-identities-$theme.png"
      DISPLAY=:77 xdotool mousemove 240 37 click 1; sleep 0.5
      continue
    fi
    if [[ ${panels[$i]} == qr-presenter ]]; then # present the newest pending session
      DISPLAY=:77 xdotool mousemove 788 39 click 1; sleep 0.7
      DISPLAY=:77 xdotool key Down Return; sleep 2.5
    fi
    if [[ ${panels[$i]} == identity-reviews ]]; then # the newest passport, under review
      DISPLAY=:77 xdotool mousemove 300 88 click 1; sleep 2.5
    fi
    if [[ ${panels[$i]} == signing ]]; then # the signed mandate, its seal checked
      DISPLAY=:77 xdotool mousemove 300 88 click 1; sleep 1.5
      DISPLAY=:77 xdotool mousemove "${VERIFY_XY% *}" "${VERIFY_XY#* }" click 1; sleep 2
    fi
    name=${panels[$i]}
    if [[ $name == webhooks ]]; then # the newest delivery in the inspector
      DISPLAY=:77 xdotool mousemove 300 117 click 1; sleep 1.5
      DISPLAY=:77 import -window root "$here/webhooks-outbound-$theme.png"
      # Inbound: the Stripe event that changed the tenant's plan, with what it changed.
      DISPLAY=:77 xdotool mousemove 403 36 click 1; sleep 1.5
      DISPLAY=:77 xdotool mousemove 300 168 click 1; sleep 1.5
      name=webhooks-inbound
    fi
    DISPLAY=:77 import -window root "$here/$name-$theme.png"
  done
  kill $app; wait $app 2>/dev/null || true
  kill $xvfb; wait $xvfb 2>/dev/null || true
  rm -rf "$data"
done
[[ $only == identity ]] || take_tls
