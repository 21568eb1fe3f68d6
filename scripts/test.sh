#!/usr/bin/env bash
# Run the test suite (slow tests too, unless you pass -m "not slow"). Extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
