"""Shared set-up for the evaluation scripts: the input path, the annals binary, --verbose."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def setup(default, required_file=None):
    """Returns (input path, annals binary, verbose).

    default: the input when no path argument is given (relative paths are resolved against the
    repository's parent folder, where the shared reference data sits). When the input (or
    required_file inside it) is missing, prints "skipped" and exits 0, so the scripts run cleanly
    without the reference data.
    """
    args = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and sys.argv[i - 1] != "--annals"]
    path = args[0] if args else (default if os.path.isabs(default) else os.path.join(os.path.dirname(ROOT), default))
    check = os.path.join(path, required_file) if required_file else path
    if not os.path.exists(check):
        print(f"skipped: {check} not found")
        sys.exit(0)
    annals = os.path.join(ROOT, ".build/release/annals")
    if "--annals" in sys.argv:
        annals = sys.argv[sys.argv.index("--annals") + 1]
    if not os.path.exists(annals):
        annals = os.path.join(ROOT, ".build/debug/annals")
    if not os.path.exists(annals):
        sys.exit("build annals first: swift build -c release")
    return path, annals, "--verbose" in sys.argv
