"""Names the command line offers as choices, kept in a module with no imports so that building
the CLI (and ``socialkit --help``) does not pay for dataclasses, Pillow or Jinja2."""

PLATFORM_NAMES: tuple[str, ...] = (
    "x",
    "bluesky",
    "threads",
    "mastodon",
    "instagram",
    "linkedin",
    "facebook",
)
CARD_SIZE_NAMES: tuple[str, ...] = ("square", "portrait", "landscape", "link", "story")
CONFIG_FILENAME = "socialkit.toml"
