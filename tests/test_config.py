from __future__ import annotations

from pathlib import Path

import pytest

from socialkit.config import EXAMPLE_CONFIG, Config, find_config, load_config
from socialkit.errors import ConfigError


def test_defaults() -> None:
    config = load_config(None)
    assert config == Config()
    assert config.platforms == (
        "x",
        "bluesky",
        "threads",
        "mastodon",
        "instagram",
        "linkedin",
        "facebook",
    )
    assert config.mastodon_limit == 500


def test_example_config_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "socialkit.toml"
    path.write_text(EXAMPLE_CONFIG, encoding="utf-8")
    config = load_config(path)
    assert config.brand == "The Daily Example"
    assert config.utm is False  # UTM is opt-in
    assert config.hashtags_generate is False


def test_defaults_carry_no_branding_utm_or_generated_tags() -> None:
    config = Config()
    assert (config.brand, config.logo, config.utm, config.hashtags_generate) == (
        "", None, False, False)


def test_hashtags_table_and_the_old_list_shape(tmp_path: Path) -> None:
    path = tmp_path / "socialkit.toml"
    path.write_text('[hashtags]\nalways = ["#LocalNews"]\nallowed = ["PortEllery"]\n'
                    'never = ["Breaking"]\ngenerate = true\n', encoding="utf-8")
    config = load_config(path)
    assert config.hashtags == ("LocalNews",)
    assert (config.hashtags_allowed, config.hashtags_never) == (("PortEllery",), ("Breaking",))
    assert config.hashtags_generate is True
    path.write_text('hashtags = ["LocalNews"]\n', encoding="utf-8")
    assert load_config(path).hashtags == ("LocalNews",)  # the first shape still works


def test_full_config(tmp_path: Path) -> None:
    path = tmp_path / "socialkit.toml"
    path.write_text(
        'brand = "Courier"\nplatforms = ["x", "Bluesky"]\nhashtags = ["#LocalNews"]\n'
        '[link]\nutm = false\nutm_campaign = "am"\n[mastodon]\nlimit = 1000\n'
        "[instagram]\nhashtag_limit = 3\n"
        '[handles."Rosa Delgado"]\nx = "@rosadelgado"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.brand == "Courier"
    assert config.platforms == ("x", "bluesky")
    assert config.hashtags == ("LocalNews",)
    assert config.utm is False
    assert config.utm_campaign == "am"
    assert config.mastodon_limit == 1000
    assert config.instagram_hashtag_limit == 3
    assert dict(config.handles["Rosa Delgado"]) == {"x": "@rosadelgado"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('brnad = "x"\n', "unknown key 'brnad'"),
        ('[link]\nutm_source = "x"\n', "unknown key 'link.utm_source'"),
        ('[mastodon]\nlimit = "500"\n', "'mastodon.limit' must be a number"),
        ("[mastodon]\nlimit = true\n", "'mastodon.limit' must be a number"),
        ('platforms = ["x", "myspace"]\n', "platforms: unknown platform 'myspace'"),
        ('[handles."Jo"]\ntiktok = "@jo"\n', "unknown key 'handles.\"Jo\".tiktok'"),
        ("brand = \n", "invalid TOML"),
        ('hashtags = "LocalNews"\n', "'hashtags' must be a table ([hashtags] with always, "
         "allowed, never, generate) or a list of house tags"),
        ('[hashtags]\nalwyas = ["x"]\n', "unknown key 'hashtags.alwyas'"),
        ('[hashtags]\ngenerate = "yes"\n', "'hashtags.generate' must be a boolean"),
        ('headline_case = "upper"\n', "'headline_case' must be one of as-written, sentence"),
        ('[account]\nmyspace = "@me"\n', "unknown key 'account.myspace'"),
    ],
)
def test_config_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "socialkit.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)


def test_find_config(tmp_path: Path) -> None:
    assert find_config(None, tmp_path) is None
    (tmp_path / "socialkit.toml").write_text("", encoding="utf-8")
    assert find_config(None, tmp_path) == tmp_path / "socialkit.toml"
    assert find_config("other.toml", tmp_path) == Path("other.toml")


def test_missing_config() -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config("/nonexistent/socialkit.toml")


def test_config_survives_pickling_for_batch_workers(tmp_path: Path) -> None:
    import pickle

    path = tmp_path / "socialkit.toml"
    path.write_text('[handles."Rosa Delgado"]\nx = "@rosadelgado"\n', encoding="utf-8")
    config = load_config(path)
    assert pickle.loads(pickle.dumps(config)) == config
