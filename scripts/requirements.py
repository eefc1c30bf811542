"""Print the pinned requirements of pyproject.toml (the app's, plus the extras named), one a line, for
`pip install -r`. The project itself is not installed: it runs from its folder (main.py, pytest's
pythonpath), and an editable install only added a setuptools warning to every first `make run`."""

import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
wanted = list(project["dependencies"])
for extra in sys.argv[1:]:
    wanted += project["optional-dependencies"][extra]
print("\n".join(wanted))
