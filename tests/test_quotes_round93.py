"""Round ninety-three: the whole-change read's mends."""

from __future__ import annotations

from tests.quotes_article import quote_opening


def test_a_numbered_district_after_two_spaces_is_still_a_place() -> None:
    # The quick look for names a number follows read only the character after one space; the
    # district's own pattern allows any run of spaces, as copy pasted from a PDF has.
    paragraphs = [
        "The council voted 5-2 to close the pool on Monday.",
        "\u201cWe cannot keep pouring money into a building that leaks,\u201d said Ward  3 "
        "Councilman Tom Ashcraft.",
    ]
    assert quote_opening(paragraphs, "We cannot keep").speaker == "Tom Ashcraft"
