"""Observer app core: domain, storage, import/export and the command line (no Qt widgets)."""

import warnings

__version__ = "0.1.0"

# Recent cryptography releases deprecate DSA, and pyHanko imports its DSA key class at import time: the
# warning would reach the command line's stderr (one sentence per refusal, nothing else) and the
# GUI's console on every start. The app never makes or accepts DSA keys (P-256 only).
warnings.filterwarnings("ignore", message="DSA is deprecated", category=UserWarning, module=r"pyhanko(\.|$)")
