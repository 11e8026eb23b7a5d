"""Build hook: ship the default rule pack and corpus inside the wheel as checker/_default/."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithDefaults(build_py):
    """Copy rules/ and articles/ into the built package so `checker check` works anywhere."""

    def run(self) -> None:
        super().run()
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "checker" / "_default"
        for name in ("rules", "articles"):
            if (root / name).is_dir():
                shutil.copytree(root / name, target / name, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithDefaults})
