"""The frozen program's entry point (PyInstaller runs this as a script).

The same `alliance_desktop.commands:main` as the installed `alliance-desktop` command. A windowed
Windows executable has no console: `sys.stdout` / `sys.stderr` are None there, and `print()`
then writes nowhere instead of failing; the self-test writes its lines to a file instead.
"""

import sys

from alliance_desktop.commands import main

if __name__ == "__main__":
    sys.exit(main())
