#!/usr/bin/env bash
# The main job on the embedded default: ingest the example corpus into SQLite (demo.db) and print
# what sitrep found. Usage: bash scripts/demo.sh [PATH...]   (default: examples/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export SITREP_DB=${SITREP_DB:-demo.db}
rm -f "$SITREP_DB" "$SITREP_DB-wal" "$SITREP_DB-shm"
if [ "$#" -eq 0 ]; then set -- examples/corpus; fi
status=0
.venv/bin/sitrep ingest "$@" || status=$?
.venv/bin/sitrep stats
.venv/bin/sitrep export --format json -o demo-export.json
.venv/bin/sitrep entities --limit 15
.venv/bin/sitrep timeline
.venv/bin/sitrep report -o demo-report.md
echo "Database: $SITREP_DB   Export: demo-export.json   Report: demo-report.md"
echo "Try: .venv/bin/sitrep show <file name> --db $SITREP_DB;  .venv/bin/sitrep entity <name> --db $SITREP_DB"
exit $status
