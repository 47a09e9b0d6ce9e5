#!/bin/bash
# Server time of one page of a running app: signs in as a demo user, requests the page 3 times untimed and RUNS
# times timed, and prints one Markdown row: the server's own time from the app's request log (the "Request finished
# ... ms" lines of Microsoft.AspNetCore.Hosting.Diagnostics at Information) and curl's time to first byte, each as
# median (min–max). See docs/performance.md, "Visit quotas".
#   page-time.sh BASE_URL APP_LOG USER PATH [RUNS]     (one sign-in a run: the app allows SignIn__AttemptsPerMinute, default 10)
#   e.g. page-time.sh http://localhost:5190 /tmp/app.log mm.east '/Quotas?month=2026-11' 20
set -euo pipefail
base=$1; log=$2; user=$3; path=$4; runs=${5:-20}
jar=$(mktemp); times=$(mktemp); trap 'rm -f "$jar" "$times"' EXIT

# The sign-in form's antiforgery token (the last one on the page: the language form comes first).
token=$(curl -s -c "$jar" -b "$jar" "$base/Account/SignIn" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w "%{http_code}" --data-urlencode "UserName=$user" \
    --data-urlencode "Password=GroupCrm-Demo-2026" --data-urlencode "__RequestVerificationToken=$token" "$base/Account/SignIn")
[ "$code" = 302 ] || { echo "Signing in as $user failed ($code)." >&2; exit 1; }

for _ in 1 2 3; do curl -s -b "$jar" -o /dev/null "$base$path"; done
sleep 1
mark=$(wc -l < "$log")
for _ in $(seq "$runs"); do
    curl -s -b "$jar" -o /dev/null -w "%{http_code} %{time_starttransfer} %{size_download}\n" "$base$path"
done > "$times"
sleep 1
tail -n +$((mark + 1)) "$log" | grep "Request finished HTTP/1.1 GET" | grep -F "$path " | sed -E 's/.* ([0-9.]+)ms$/\1/' \
    | python3 -c '
import statistics, sys
server = [float(l) for l in sys.stdin if l.strip()]
client = [l.split() for l in open(sys.argv[3])]
first_byte = [float(c[1]) * 1000 for c in client]
show = lambda v: f"{statistics.median(v):.1f} ({min(v):.1f}–{max(v):.1f})" if v else "n/a"
codes = ",".join(sorted({c[0] for c in client}))
print(f"| {sys.argv[1]} | `{sys.argv[2]}` | {codes} | {show(server)} | {show(first_byte)} | {int(client[-1][2]) / 1024:.0f} KB |")
' "$user" "$path" "$times"
