"""Observer app core: domain, storage, import/export and the command line (no Qt widgets)."""

import warnings

__version__ = "0.1.0"

# pyHanko imports cryptography's DSA key type, which cryptography 51 marks deprecated when it is
# imported; the app never uses DSA. Without this the CLI's stderr starts with that warning
# instead of its own sentence.
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko\b")
