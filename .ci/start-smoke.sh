#!/usr/bin/env bash
# Starts `npm start` as a user would, checks that the add-in's files are served over HTTPS on
# localhost and that the sideloading instructions are printed, then stops it with `npm stop`.
set -uo pipefail
log=$(mktemp)
npm start >"$log" 2>&1 &
for _ in $(seq 1 120); do
  grep -q "sideload" "$log" && break
  sleep 1
done
status=0
grep -q "Excel sur le web" "$log" || { echo "npm start did not print sideloading instructions"; status=1; }
for path in taskpane.html standalone.html functions.js functions.json functions.en-US.json manifest.xml; do
  code=$(node -e 'require("https").get(process.argv[1], { rejectUnauthorized: false }, (r) => { console.log(r.statusCode); r.resume(); }).on("error", (e) => console.log(e.code));' "https://localhost:3000/$path")
  [ "$code" = "200" ] || { echo "https://localhost:3000/$path answered $code"; status=1; }
done
npm stop
sleep 2
if grep -qi "at .*\.js:[0-9]" "$log"; then echo "npm start printed a stack trace"; status=1; fi
[ $status -eq 0 ] || cat "$log"
rm -f "$log"
[ $status -eq 0 ] && echo "npm start: served and stopped cleanly"
exit $status
