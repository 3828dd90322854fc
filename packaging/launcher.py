"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``)."""

import multiprocessing
import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    # the portfolio index reads files in a process pool (spawn): a frozen child must run the worker,
    # not the app, and freeze_support() is what makes it do so
    multiprocessing.freeze_support()
    sys.exit(main())
