import sys
from pathlib import Path

# the event tests share a helper module (event_helpers.py); importlib mode puts no test folder on
# sys.path, so this one is added
sys.path.insert(0, str(Path(__file__).parent))
