"""Round twenty-eight: who a sentence about "the critic", "she" or a shared surname is. Snippets
written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_the_epithet_after_a_named_persons_quotation_is_them() -> None:
    # "The critic" is no office anyone was given; the sentence follows Castellan's quotation
    # (a scare quote inside it does not count as the one before).
    quotes = by_text([
        "Saltbush festival grows",
        "Tom Castellan, who reviews music for the Coast Herald, has covered the festival for"
        " years.",
        "\u201cEvery line she writes is doing work,\u201d Castellan said.",
        "The critic is less sure about the festival itself, which added a ticketed \u201cVIP"
        " precinct\u201d this year. \u201cIt works because it feels like a town party,\u201d he"
        " said.",
    ])
    assert quotes["It works because it feels like a town party,"].speaker == "Tom Castellan"


def test_an_epithet_whose_words_stand_before_another_name_is_not_the_quoted_one() -> None:
    # "union" stood before Adeyemi's name: "The union leader" is not the chairman just quoted.
    quotes = by_text([
        "Cement strike goes on",
        "The union\u2019s national president, Comrade Bayo Adeyemi, accused the company of bad"
        " faith.",
        "The company\u2019s chairman, Emeka Obi, spoke later. \u201cMy father never closed this"
        " plant,\u201d Obi said.",
        "The union leader was unmoved when the remark was put to him. \u201cThen let him pay"
        " them,\u201d he said.",
    ])
    assert quotes["Then let him pay them,"].speaker != "Emeka Obi"


def test_an_epithet_after_a_quotation_of_someone_of_the_other_sex_is_not_them() -> None:
    quotes = by_text([
        "Saltbush festival grows",
        "\u201cEvery line she writes is doing work,\u201d said Maria Castellan, who reviews"
        " music for the Coast Herald.",
        "The critic is less sure about the festival itself. \u201cIt works because it feels"
        " like a town party,\u201d he said.",
    ])
    assert quotes["It works because it feels like a town party,"].speaker != "Maria Castellan"
