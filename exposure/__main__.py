"""`python -m exposure COMMAND …`: the headless commands, as the installed `exposure` runs them."""

import sys

from exposure.cli import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m exposure"))
