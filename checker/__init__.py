"""checker: extract facts from many news reports and flag where the sources disagree."""

__version__ = "0.1.0"
