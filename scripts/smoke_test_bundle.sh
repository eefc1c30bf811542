#!/usr/bin/env bash
# The frozen app, as a rep's PC gets it: version, a demo office, a review PDF with embedded fonts, and
# the window opening (offscreen), visiting every page and closing cleanly.
#     scripts/smoke_test_bundle.sh [dist/KAMDesk/KAMDesk]
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(realpath "${1:-dist/KAMDesk/KAMDesk}")
budget_mb=120  # issue 24; what each cut saves is in pyinstaller.spec

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A user of their own: nothing read from or written to this machine's KAMDesk settings or data.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
       XDG_STATE_HOME="$work/state"
export QT_QPA_PLATFORM=offscreen
unset KAMDESK_DB
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

size_mb=$(du -sm "$(dirname "$app")" | cut -f1)
echo "bundle: $size_mb MB on disk ($(du -sm --apparent-size "$(dirname "$app")" | cut -f1) MB of files)"
[ "$size_mb" -le "$budget_mb" ] || fail "the bundle is $size_mb MB, over the $budget_mb MB budget"

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kamdesk/__init__.py)
[ "$("$app" --version)" = "KAMDesk $version" ] || fail "--version did not print KAMDesk $version"

office="$work/office.sqlite3"
"$app" --db "$office" demo --accounts 40 | grep -q "40 accounts" || fail "demo did not write 40 accounts"

pdf="$work/account.pdf"
"$app" --db "$office" report account KA00001 --lang zh_CN -o "$pdf" >/dev/null
pdfinfo "$pdf" >/dev/null || fail "report account wrote no readable PDF"
fonts=$(pdffonts "$pdf" | tail -n +3)
[ -n "$fonts" ] || fail "the PDF names no fonts"
if awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }' <<<"$fonts"; then
  fail "a font is not embedded: $fonts"
fi
text=$(pdftotext "$pdf" -)
grep -q "KA00001" <<<"$text" || fail "the review does not name KA00001"
grep -q "客户" <<<"$text" || fail "the review has no Chinese text"
pdfimages -list "$pdf" | tail -n +3 | grep -q . || fail "the review has no chart"
find "$(dirname "$app")" -name "_rl_accel*" | grep -q . || fail "reportlab's C speedups (_rl_accel) are not in the bundle"
# matplotlib keeps its font cache with the user, not in a temporary folder rebuilt at each start
ls "$XDG_CACHE_HOME"/KAMDesk/matplotlib/fontlist-*.json >/dev/null 2>&1 ||
  fail "no matplotlib font cache in $XDG_CACHE_HOME/KAMDesk/matplotlib"

# A file big enough to be read ahead in a process of its own (kamdesk.exchange.read_ahead: the installed
# app starts itself again for it), imported whole, its facts checked, no process left behind
big="$work/big.sqlite3"
cp "$office" "$big"
python3 - "$big" "$work/history.csv" <<'PY'
import sqlite3, sys
codes = [code for (code,) in sqlite3.connect(sys.argv[1]).execute("SELECT code FROM account")]
with open(sys.argv[2], "w", encoding="utf-8") as file:
    file.write("account_code,date,sku,product_line,quantity,amount\n")
    file.writelines(f"{codes[i % len(codes)]},20{10 + i % 12}-{1 + i % 12:02d}-{1 + i % 28:02d},SKU-{i % 97},"
                    f"饮料,{1 + i % 9},{i % 9973}.{i % 100:02d}\n" for i in range(1_700_000))
PY
[ "$(stat -c %s "$work/history.csv")" -gt $((3 * 8 * 1024 * 1024)) ] || fail "the history file is too small to be read ahead"
"$app" --db "$big" import orders "$work/history.csv" | grep -q "1700000 new" || fail "the history file was not imported"
"$app" --db "$big" check | grep -q "the sales facts equal the order lines" || fail "check after the big import failed"
if pgrep -f "$app" >/dev/null; then fail "a process of the import outlived it: $(pgrep -af "$app")"; fi
echo "read ahead: 1,700,000 lines imported through a reading process, facts checked"

# PostgreSQL through the bundled psycopg2 and libpq, when a scratch server database is offered
# (.ci/run starts one: scripts/start_test_postgres.sh)
if [ -n "${KAMDESK_TEST_PG_COPY:-}" ]; then
  PGOPTIONS="--client-min-messages=warning" psql -q "$KAMDESK_TEST_PG_COPY" \
    -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null
  "$app" copy --from "$office" --to "$KAMDESK_TEST_PG_COPY" >/dev/null || fail "copy to PostgreSQL failed"
  "$app" --db "$KAMDESK_TEST_PG_COPY" check | grep -q "accounts: 40" || fail "PostgreSQL check did not find 40 accounts"
  echo "PostgreSQL: the demo office copied and checked on $KAMDESK_TEST_PG_COPY"
fi

log="$work/selftest.log"
"$app" --db "$office" selftest >"$log" 2>&1 || { cat "$log"; fail "selftest exited with an error"; }
grep -q "^closed cleanly$" "$log" || { cat "$log"; fail "the window did not close cleanly"; }
grep -q "^search by pinyin" "$log" || { cat "$log"; fail "the installed copy did not search by pinyin"; }
pages=$(grep -c "^page " "$log")
[ "$pages" -ge 8 ] || { cat "$log"; fail "only $pages pages were shown"; }
# the report built matplotlib's font cache; the window's charts must have found and used it
if grep -q "generated new fontManager" "$XDG_STATE_HOME/KAMDesk/log/kamdesk.log"; then
  fail "matplotlib rebuilt its font cache at the second start"
fi
grep -E "^(window usable|page (Dashboard|仪表板))" "$log"

# Installed as a rep gets it (install.sh beside the app): a valid menu entry, the app started from the
# entry's Exec line, then uninstalled, the office's data left where it was.
installer="$(dirname "$(dirname "$app")")/install.sh"
sh "$installer" >/dev/null || fail "install.sh failed"
entry="$XDG_DATA_HOME/applications/kamdesk.desktop"
desktop-file-validate "$entry" || fail "the menu entry is not valid"
launcher=$(sed -n 's/^Exec=//p' "$entry")
launcher=${launcher#\"}
launcher=${launcher%\"}
"$launcher" demo --accounts 5 | grep -q "5 accounts" || fail "the app started from the menu entry wrote no demo"
data="$XDG_DATA_HOME/KAMDesk/kamdesk.sqlite3"
[ -s "$data" ] || fail "the menu's app kept no office in $data"
launched="$work/launched.log"
"$launcher" selftest >"$launched" 2>&1 || { cat "$launched"; fail "the app started from the menu entry failed"; }
grep -q "^closed cleanly$" "$launched" || { cat "$launched"; fail "the menu's app did not close cleanly"; }
sh "$XDG_DATA_HOME/kamdesk-app/install.sh" --uninstall >/dev/null || fail "uninstall failed"
[ ! -e "$entry" ] && [ ! -e "$XDG_DATA_HOME/kamdesk-app" ] || fail "uninstall left the app or its menu entry"
if find "$XDG_DATA_HOME/icons" -name 'kamdesk.*' | grep -q .; then fail "uninstall left icons"; fi
[ -s "$data" ] || fail "uninstall removed the office's data"
echo "installed: menu entry valid, started from its Exec line, uninstalled with the data kept"

echo "smoke test passed: --version, demo, report account (fonts embedded, chart, Chinese), a big import read ahead, window ($pages pages)${KAMDESK_TEST_PG_COPY:+, PostgreSQL}, install and uninstall"
