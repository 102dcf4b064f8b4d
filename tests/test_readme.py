"""README's Python examples run as written."""

import re
from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def test_readme_has_python_examples():
    assert BLOCKS


def test_readme_python_examples_run(capsys):
    for block in BLOCKS:
        exec(compile(block, "README.md", "exec"), {})
