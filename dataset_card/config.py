"""The release configuration: what a run cannot know about the dataset, said once by its curator.

Name, description, licence, curators, homepage, citation and release date come from a TOML file
(`--config FILE`, else `dataset.toml` at the top of the input folder when there is one) and from
flags, which win over the file. Everything is optional; a bad value is one line of error.

    name = "Levant news, cleaned"
    description = "Pages of three Jordanian sites saved in 2017."
    license = "other"                  # a Hub licence id (cc-by-4.0, apache-2.0, ...) or "other"
    license_name = "publishers-copyright"
    license_link = "https://example.org/terms"   # else a LICENSE.md is written into the release
    curators = ["Jane Doe", "Omar Example"]
    homepage = "https://example.org/levant-news"
    citation = "@misc{...}"            # replaces the generated BibTeX entry
    date = "2024-05-01"                # the release date (else SOURCE_DATE_EPOCH, else the pages')
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

CONFIG_FILE = "dataset.toml"  # looked for at the top of the input folder
DEFAULT_NAME = "Arabic News Articles (cleaned)"
DEFAULT_LICENSE_NAME = "publishers-copyright"
LICENSE_FILE = "LICENSE.md"  # written into the release when the licence is `other` without a link
_LICENSE_ID = re.compile(r"^[a-z0-9][a-z0-9.+-]*$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


class ConfigError(ValueError):
    """A bad value in the release configuration: shown as one line."""


@dataclass(frozen=True)
class ReleaseConfig:
    name: str = DEFAULT_NAME
    description: str | None = None
    license: str = "other"
    license_name: str | None = None
    license_link: str | None = None
    curators: tuple[str, ...] = ()
    homepage: str | None = None
    citation: str | None = None
    date: str | None = None  # YYYY-MM-DD

    @property
    def writes_license_file(self) -> bool:
        return self.license == "other" and not self.license_link

    @property
    def link(self) -> str | None:
        """`license_link` for the card: the given one, else the release's LICENSE.md for `other`."""
        return LICENSE_FILE if self.writes_license_file else self.license_link


KEYS = [f.name for f in fields(ReleaseConfig)]


def load_config(path: Path | None, input_dir: Path | None = None, overrides: dict | None = None) -> ReleaseConfig:
    """The configuration from `path` (else INPUT/dataset.toml if present), then `overrides`."""
    values: dict = {}
    source = "release configuration"
    if path is None and input_dir is not None:
        try:
            if (Path(input_dir) / CONFIG_FILE).is_file():
                path = Path(input_dir) / CONFIG_FILE
        except OSError:  # an unreadable input folder is reported by the run itself
            pass
    if path is not None:
        source = str(path)
        try:
            values = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as error:
            raise ConfigError(f"cannot read the release configuration {path}: {error.strerror or error}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path} is not valid TOML: {' '.join(str(error).split())}") from None
        unknown = sorted(set(values) - set(KEYS))
        if unknown:
            raise ConfigError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    if given.get("license", "other") != "other":  # a licence flag replaces the file's `other` licence whole
        values.pop("license_name", None)
        values.pop("license_link", None)
    values.update(given)
    return validate(values, source)


def validate(values: dict, source: str = "release configuration") -> ReleaseConfig:
    def bad(key: str, what: str) -> ConfigError:
        return ConfigError(f"{source}: `{key}` must be {what}, got {values[key]!r}")

    clean: dict = {}
    for key in ("name", "description", "license_name", "citation"):
        if key in values:
            value = values[key]
            if not isinstance(value, str) or not value.strip():
                raise bad(key, "a non-empty string")
            if key in ("name", "license_name") and ("\n" in value or len(value) > 200):
                raise bad(key, "one line of at most 200 characters")
            clean[key] = value.strip()
    if "license" in values:
        if not isinstance(values["license"], str) or not _LICENSE_ID.match(values["license"]):
            raise bad("license", "a Hub licence id such as cc-by-4.0, apache-2.0 or other")
        clean["license"] = values["license"]
    for key in ("homepage", "license_link"):
        if key in values:
            value = values[key]
            ok = isinstance(value, str) and (_URL.match(value) or (
                key == "license_link" and re.fullmatch(r"[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*", value)
                and ".." not in value.split("/")))
            if not ok:
                raise bad(key, "an http(s) URL" + (" or a file name in the release" if key == "license_link" else ""))
            clean[key] = value
    if "curators" in values:
        value = values["curators"]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value or not all(
                isinstance(v, str) and v.strip() and "\n" not in v for v in value):
            raise bad("curators", "a list of names (one line each)")
        clean["curators"] = tuple(v.strip() for v in value)
    if "date" in values:
        value = values["date"]
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            value = value.isoformat()
        try:
            clean["date"] = dt.date.fromisoformat(value).isoformat() if isinstance(value, str) \
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
        except ValueError:
            clean["date"] = None
        if clean["date"] is None:
            raise bad("date", "a date YYYY-MM-DD")
    config = ReleaseConfig(**clean)
    if config.license != "other" and (config.license_name or config.license_link):
        raise ConfigError(f"{source}: `license_name` and `license_link` are only for license = \"other\" "
                          f"(got license {config.license!r})")
    if config.license == "other" and config.license_name is None:
        config = replace(config, license_name=DEFAULT_LICENSE_NAME)
    return config


def flag_overrides(args) -> dict:
    """The release configuration given as command-line flags (None: not given)."""
    return {key: getattr(args, key, None) for key in KEYS}

