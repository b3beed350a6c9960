"""Round thirty-seven. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from socialkit.models import Quote
from socialkit.quotes import extract_quotes
from tests.quotes_article import article_from_paragraphs, quote_with_text, reported_quote

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Council vote")


def test_a_clause_set_off_by_commas_does_not_hide_the_cue_after_it() -> None:
    # "no" and "to" before the comma once read as the cue's determiner and infinitive.
    quote = _quote([
        "The board voted 5-2 on Tuesday night.",
        "Board member Anjali Patel, who voted no, called the policy \u201ca solution"
        " looking for a problem\u201d and left early.",
    ], "a solution looking for a problem")
    assert (quote.speaker, quote.speaker_kind) == ("Anjali Patel", "name")
    quote = _quote([
        "The Titans won again on Sunday.",
        "Jacksonville coach Mike Sorensen, whose team fell to 1-3, called the loss"
        " \u201cone of the hardest I have been part of.\u201d",
    ], "one of the hardest I have been part of.", title="Titans roll on")
    assert (quote.speaker, quote.role) == ("Mike Sorensen", "Jacksonville coach")


def test_an_infinitive_cue_is_still_no_tag() -> None:
    # The guard the comma rule must keep: "to speak" with no comma is no speech tag.
    quote = _quote([
        "Residents had hoped for Mayor Tom Hale to speak \u201cfrankly and soon\u201d about"
        " the flooding.",
    ], "frankly and soon")
    assert quote.speaker != "Tom Hale"


def _inner(paragraphs: list[str], words: str) -> Quote | None:
    return reported_quote(paragraphs, words, title="Flood rescue")


def test_he_inside_a_quotation_is_the_person_the_narration_just_described() -> None:
    # No man is named; the narration brings in "an elderly man" right before the quotation.
    quote = _inner([
        "Firefighter Ana Kovac said her crew had tried for an hour to persuade an elderly"
        " man in Vrbovec to leave his home as the water reached the windows.",
        "\u201cHe told them, \u2018I am not going anywhere without my dog,\u2019\u201d"
        " Kovac said.",
    ], "I am not going anywhere without my dog,")
    assert quote is not None
    assert (quote.speaker, quote.speaker_kind, quote.reported_by) == (
        "an elderly man", "description", "Ana Kovac")


def test_the_description_of_the_outer_speaker_is_not_the_inner_speaker() -> None:
    # "a retired school secretary" is Dolores Whitfield herself, set off by commas.
    quote = _inner([
        "Dolores Whitfield, 74, a retired school secretary from Zanesville, said she put"
        " her savings into the fund in 2016.",
        "\u201cHe sat at my kitchen table and said, \u2018This is as safe as a savings"
        " account,\u2019\u201d Ms Whitfield said.",
    ], "This is as safe as a savings account,")
    assert quote is None or quote.speaker != "a retired school secretary"


def test_someone_named_after_the_description_may_be_the_he() -> None:
    paragraphs = [
        "Ana Kovac said an elderly man had refused to leave until her colleague, David"
        " Horvat, arrived with a boat.",
        "\u201cHe told them, \u2018Now we can go,\u2019\u201d Kovac said.",
    ]
    quote = _inner(paragraphs, "Now we can go,")
    assert quote is not None and quote.speaker == "David Horvat"
    # A name whose sex no list knows: either could be the "he", so neither is taken.
    paragraphs[0] = paragraphs[0].replace("David", "Marko")
    quote = _inner(paragraphs, "Now we can go,")
    assert quote is None or quote.speaker != "an elderly man"


def test_a_title_in_quotation_marks_gets_no_described_speaker() -> None:
    # No speech verb before the mark: the words name a song.
    quote = _inner([
        "Ana Kovac said a music lawyer had called her in March.",
        "\u201cHe wanted to work with \u2018Nellie Wall,\u2019 but I said no,\u201d Kovac"
        " said.",
    ], "Nellie Wall,")
    assert quote is None


def test_the_kind_the_story_calls_a_name_by_makes_it_a_body() -> None:
    # No word list has "zoo" or "festival" for a body: the story's own "the zoo" says it.
    quotes = extract_quotes(article_from_paragraphs([
        "The Cedar Hollow Zoo welcomed a rare calf on Sunday.",
        "The zoo said: \u201cMother and calf are doing well.\u201d",
        "Separately, the Harbour Arts Festival dropped the film on Friday.",
        "The festival said: \u201cWe stand by the decision.\u201d",
    ], title="Calf born"))
    got = {q.text: (q.speaker, q.speaker_kind) for q in quotes}
    assert got["Mother and calf are doing well."] == ("Cedar Hollow Zoo", "organisation")
    assert got["We stand by the decision."] == ("Harbour Arts Festival", "organisation")


def test_a_person_whose_surname_is_a_noun_for_people_stays_a_person() -> None:
    quotes = extract_quotes(article_from_paragraphs([
        "Tom Baker opened his shop on Main Street in 1998.",
        "\u201cWe never closed a day,\u201d said Baker, as the baker next door waved.",
    ], title="Shop turns 25"))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Tom Baker", "name")]


def test_a_given_name_joined_to_a_full_name_shares_its_surname() -> None:
    # "Alasdair" is in no Census list; "Fiona" is: one listed given name is enough.
    quotes = extract_quotes(article_from_paragraphs([
        "Among those stranded were Fiona and Alasdair MacLeod, from Inverness. She said:"
        " \u201cWe came for the sunshine.\u201d",
    ], title="Flights cancelled"))
    assert [q.speaker for q in quotes] == ["Fiona MacLeod"]


def test_a_club_joined_to_a_players_name_keeps_its_own() -> None:
    # "Chelsea" is a given name in the Census, "Enzo" is not; the story uses "Chelsea" alone
    # for the club, so the two are not one person "Chelsea Castelli".
    quotes = extract_quotes(article_from_paragraphs([
        "Chelsea and Enzo Castelli have agreed personal terms, according to reports.",
        "Chelsea said in a statement: \u201cWe are delighted to welcome Enzo.\u201d",
    ], title="Transfer news"))
    assert quotes[0].speaker != "Chelsea Castelli"


def test_one_of_the_people_the_sentence_before_names_by_a_plural() -> None:
    quotes = extract_quotes(article_from_paragraphs([
        "Fans were quick to read between the lines. One wrote: \u201cNot the gym selfie, we"
        " all know what this means.\u201d",
        "Another added: \u201cGutted. They were my favourite couple.\u201d",
    ], title="Villa couple split"))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("one fan", "description"), ("another fan", "description")]


def test_one_after_a_plural_is_no_one_when_a_person_is_named_between() -> None:
    quotes = extract_quotes(article_from_paragraphs([
        "Fans lined the road as Tom Keane, the club's captain, arrived. One wrote: \u201cWe"
        " will be back next year, mark my words.\u201d",
    ], title="Homecoming"))
    assert quotes[0].speaker != "one fan"


def test_a_show_named_after_on_the_takes_no_sex_from_the_sentence() -> None:
    # The podcast's name once took the "she" of its sentence and, with it, the quotation.
    quotes = extract_quotes(article_from_paragraphs([
        "Niamh Costigan, 27, said she had ended the relationship on Tuesday.",
        "Speaking on the Brew Crew podcast, she admitted: \u201cRelationships are hard when"
        " you live out of a suitcase.\u201d",
    ], title="Villa couple split"))
    assert [q.speaker for q in quotes] == ["Niamh Costigan"]


def test_a_body_named_across_and_is_one_body() -> None:
    quotes = extract_quotes(article_from_paragraphs([
        "A report by the Health and Safety Executive, read at the inquest, found the"
        " seatbelt had been removed.",
        "The report stated: \u201cHad the operator been wearing a seatbelt, it is probable he"
        " would have survived.\u201d",
        "The Food and Drug Administration said it was \u201creviewing the data\u201d.",
    ], title="Farmer's death"))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Health and Safety Executive", "organisation"),
        ("Food and Drug Administration", "organisation")]


def test_a_man_named_two_paragraphs_back_keeps_the_inner_he_from_a_description() -> None:
    quote = _inner([
        "Head coach Nate Billings kept his squad on the pitch for 20 minutes after Saturday's"
        " 30-6 defeat.",
        "A reporter later asked captain Joe Lyle what had been said.",
        "\u201cHe told us, \u2018Remember this feeling,\u2019\u201d Lyle said.",
    ], "Remember this feeling,")
    assert quote is None or quote.speaker != "a reporter"


def test_one_of_the_plural_that_is_the_subject_not_the_object() -> None:
    quotes = extract_quotes(article_from_paragraphs([
        "Residents of Mill Lane complained to councillors for years about the smell. One"
        " said: \u201cThe smell in summer was unbearable.\u201d",
        "Parents wrote to teachers in March. One wrote: \u201cYou have given us four months"
        " to find a new school.\u201d",
    ], title="Bins row"))
    assert "one councillor" not in [q.speaker for q in quotes]
    assert quotes[1].speaker == "one parent"


def test_a_news_outlet_is_never_the_body_a_noun_stands_for() -> None:
    quotes = extract_quotes(article_from_paragraphs([
        "The actor told Vanity Fair in May that she would return to the stage.",
        "The Ashgrove County Fair opened on Friday with her as its guest of honour.",
        "The fair said: \u201cWe are thrilled to have her.\u201d",
    ], title="Fair opens"))
    assert quotes[0].speaker != "Vanity Fair"
