"""Clean raw scraped Arabic news pages into a documented, versioned Hugging Face dataset."""

__version__ = "0.1.0"
