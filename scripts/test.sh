#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed" (", N skipped" if any).
# Exits non-zero when the build fails, a test fails, or no test ran.
#
# First installs what the tests need that a fresh machine lacks, from Debian: Chromium for the browser
# tests (Playwright drives it and must never download a browser of its own), aiosmtpd for a real SMTP
# server, and a Chinese font so that screenshots of the Chinese UI show characters rather than boxes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(chromium python3-aiosmtpd fonts-wqy-microhei)
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} > 0)); then
    if [[ $(id -u) -eq 0 ]]; then
        as_root=()
    elif command -v sudo >/dev/null; then
        as_root=(sudo)
    else
        echo "Missing Debian packages (${missing[*]}) and no root or sudo to install them." >&2
        exit 1
    fi
    echo "Installing ${missing[*]}"
    ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}"
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results=TestResults/run
rm -rf "$results"

# A hung test is reported after 10 minutes instead of holding CI until its own time limit.
status=0
dotnet test GroupCrm.sln --configuration Release --results-directory "$results" \
    --logger trx --logger "console;verbosity=minimal" \
    --blame-hang-timeout 10m --blame-hang-dump-type none || status=$?

# Sum the counters of every project's .trx file; a skipped test is one counted in total but not executed.
summary=$(python3 - "$results" <<'PY'
import glob, sys
import xml.etree.ElementTree as ET

ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
for path in glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True):
    try:
        counters = ET.parse(path).getroot().find(f"{ns}ResultSummary/{ns}Counters")
    except ET.ParseError as error:  # a test host that died while writing leaves a broken file
        print(f"{path}: {error}", file=sys.stderr)
        failed += 1
        continue
    count = lambda name: int(counters.get(name, 0))
    passed += count("passed")
    failed += count("failed") + count("error") + count("timeout") + count("aborted")
    skipped += count("total") - count("executed")
line = f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
print(line, passed + failed, failed)
PY
)
read -r -a parts <<<"$summary"
ran=${parts[-2]} failed=${parts[-1]}
line=${summary% * *}

if ((status != 0 && failed == 0)); then
    echo "dotnet test exited with $status: the build failed or a test host crashed (see above)." >&2
fi
if ((ran == 0)); then echo "No test ran." >&2; fi
echo "$line"
if ((status != 0 || failed > 0 || ran == 0)); then exit 1; fi
