#!/usr/bin/env bash
# Takes the README's screenshots: mid-console --demo under Xvfb, every panel, light and dark,
# then the TLS ones (take_tls below).
#   docs/screenshots/take.sh [build-dir] [tls]   (default build/release; "tls": those only)
# Needs xvfb, xdotool and imagemagick (import).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
console="$build/app/mid-console"
panels=(dashboard clients devices consents qr-presenter webhooks audit messages simulator settings)
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
  fill_webhooks
  fill_simulator
  for i in "${!panels[@]}"; do
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
take_tls
