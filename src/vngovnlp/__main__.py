"""``python -m vngovnlp``: the ``vngovnlp`` command."""
from .cli import main

if __name__ == "__main__":
    main(prog_name="vngovnlp")
