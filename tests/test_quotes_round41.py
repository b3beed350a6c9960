"""Round forty-one. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Riders return to the ridge road")


def test_a_pronoun_inside_a_reported_clause_with_its_own_subject_is_weak() -> None:
    # "where he was hit" is about the rider who died, not the club president: her sex
    # stays open, and "she said" goes on to her.
    paragraphs = [
        "A memorial ride organised by Tomasz Wrobel's club drew 300 riders last spring. Club"
        " president Ilse Vandermaat said members still ride past the spot where he was hit.",
        "\u201cWe put a white bike there, and people still leave flowers on it,\u201d she said.",
    ]
    quote = _quote(paragraphs, "We put a white bike there, and people still leave flowers on it,")
    assert quote.speaker == "Ilse Vandermaat"


def test_a_possessive_inside_the_reported_clause_still_says_the_sex() -> None:
    # "the evidence before her" is the judge's own: she stays a woman, and "he said" after
    # the lawyer's paraphrase is the lawyer's.
    paragraphs = [
        "Justice Adaeze Okonjo-Bamidele said the evidence before her showed a pattern of haste.",
        "Counsel to the developer, Mr Chinedu Obialor, said his client would study the ruling.",
        "\u201cWe respect the court, but we will appeal,\u201d he said.",
    ]
    quote = _quote(paragraphs, "We respect the court, but we will appeal,")
    assert quote.speaker == "Chinedu Obialor"


def test_a_capitalised_dateline_with_a_full_stop_ends_its_sentence() -> None:
    # "KASESE. Two ...": a dateline in capitals, then the story's first sentence; the name
    # index had read "KASESE. Two" as one person.
    from socialkit.quotes.names import NameIndex

    body = ("KASESE. Two children died after eating meat from a cow that had died of anthrax,"
            " health officials said on Monday.")
    names = {m.entity.name for m in NameIndex(body, body).mentions}
    assert not any(". " in name for name in names)


def test_a_role_set_off_before_a_name_with_a_body_in_lower_case_is_theirs() -> None:
    paragraphs = [
        "Harbourline Cold Chain posted record profits on Sunday.",
        # (The appositive after the name gives another role, which had hidden this one.)
        "The group\u2019s chairman, Idris Nasser al-Marzouqi, a former banker, said the board"
        " would stay cautious.",
        "Net debt stood at QR410mn at the end of the year.",
        "\u201cOur father ran this business without a single riyal of debt,\u201d the chairman"
        " said.",
    ]
    quote = _quote(paragraphs, "Our father ran this business without a single riyal of debt,")
    assert quote.speaker == "Idris Nasser al-Marzouqi"


def test_a_role_owned_by_another_person_is_not_the_appositive_s_own() -> None:
    # "the chief executive's elder brother" is a brother, not a chief executive: the
    # epithet later is the chief executive named first.
    paragraphs = [
        "Chief executive Omar Faisal al-Kuwari said the company had never invested more.",
        "Its chairman, Tariq Faisal al-Kuwari, the chief executive\u2019s elder brother, said"
        " the board would stay cautious.",
        "Revenue rose 22 per cent.",
        "\u201cAnyone can build four walls and a compressor,\u201d the chief executive said.",
    ]
    quote = _quote(paragraphs, "Anyone can build four walls and a compressor,")
    assert quote.speaker == "Omar Faisal al-Kuwari"


def test_an_epithet_whose_words_fit_the_holder_is_not_a_newcomer_with_the_same_noun() -> None:
    paragraphs = [
        "Chief executive Hamid Rashed al-Sulaiti said the company would build six warehouses.",
        "Not everyone is convinced. A senior executive at a rival logistics company said food"
        " importers were planning their own.",
        "\u201cAnyone can build four walls and a compressor,\u201d the chief executive said.",
    ]
    quote = _quote(paragraphs, "Anyone can build four walls and a compressor,")
    assert quote.speaker == "Hamid Rashed al-Sulaiti"


def test_an_epithet_with_only_the_noun_still_goes_to_the_newcomer() -> None:
    paragraphs = [
        "Chief executive Hamid Rashed al-Sulaiti said the company would build six warehouses.",
        "Not everyone is convinced. A senior executive at a rival logistics company said food"
        " importers were planning their own.",
        "\u201cAnyone can build four walls and a compressor,\u201d the executive said.",
    ]
    quote = _quote(paragraphs, "Anyone can build four walls and a compressor,")
    assert quote.speaker_kind == "description"


def test_a_description_the_story_names_in_the_next_paragraph_is_that_person() -> None:
    paragraphs = [
        "A man who waited six hours for an ambulance died after \u201ca series of failures\u201d,"
        " a coroner has concluded.",
        "Declan Furlong, 78, fell at his home in Ashgrove on 3 March.",
        "Senior coroner Mairead Kilbride said the call had been wrongly graded.",
    ]
    quote = _quote(paragraphs, "a series of failures")
    assert (quote.speaker, quote.speaker_kind) == ("Mairead Kilbride", "name")


def test_another_of_a_kind_is_not_the_one_named_next() -> None:
    paragraphs = [
        "Staff at Ashgrove Hospital say the ward is short of nurses.",
        "\u201cWe cover three beds each on a good night,\u201d another nurse said.",
        "Charge nurse Brid Kearney said rotas were drawn up a week late.",
    ]
    quote = _quote(paragraphs, "We cover three beds each on a good night,")
    assert quote.speaker_kind == "description"


def test_someone_recalled_inside_a_quotation_is_the_one_named_next() -> None:
    paragraphs = [
        "\u201cAt 38 kilometres I looked back,\u201d Kiprop said. \u201cMy coach had told me,"
        " \u2018Wait for the hill.\u2019 So I waited.\u201d",
        "His coach, Elijah Kiptanui, said the win came from a disciplined build-up.",
    ]
    quote = _quote(paragraphs, "Wait for the hill.")
    assert (quote.speaker, quote.speaker_kind) == ("Elijah Kiptanui", "name")


def test_a_fragment_then_and_a_verb_is_the_sentence_subject_s() -> None:
    paragraphs = [
        "The Wakiso District Land Board, in a statement, said it had \u201cno record\u201d of any"
        " application by Mr Peter Ssebuliba to cancel the tenants\u2019 interests, and warned"
        " that evictions without an order would be illegal.",
    ]
    quote = _quote(paragraphs, "no record")
    assert (quote.speaker, quote.speaker_kind) == ("Wakiso District Land Board", "organisation")



def test_an_occupation_in_capitals_before_a_given_name_is_a_role() -> None:
    from socialkit.quotes.names import NameIndex

    body = "The inquest heard from Coroner Margaret Pryddrech on Monday."
    people = {m.entity.name: m.entity for m in NameIndex(body, body).mentions}
    assert set(people) == {"Margaret Pryddrech"}
    assert "coroner" in people["Margaret Pryddrech"].roles


def test_a_given_name_with_an_occupational_ending_stays_a_name() -> None:
    paragraphs = [
        "Pieter van Wyk made 112 on the second day.",
        "\u201cI had a bit of luck,\u201d van Wyk said.",
    ]
    quote = _quote(paragraphs, "I had a bit of luck,")
    assert quote.speaker == "Pieter van Wyk"


def test_back_in_a_place_sets_the_scene_before_the_subject() -> None:
    paragraphs = [
        "Smoke from the smelters now reaches the coast most mornings.",
        "Back in Tanjung Lasomba, Hasnah said she had stopped drying her seaweed outside.",
        "\u201cIt turns black,\u201d she said. \u201cWho will buy black seaweed?\u201d",
    ]
    quote = _quote(paragraphs, "It turns black, Who will buy black seaweed?")
    assert quote.speaker == "Hasnah"


def test_for_his_part_sets_the_scene_before_the_subject() -> None:
    paragraphs = [
        "The survey team has moved on to the next valley.",
        "For his part, Kowalczyk says he will keep the notebooks going.",
        "\u201cSomeone has to write it down,\u201d he says.",
    ]
    quote = _quote(paragraphs, "Someone has to write it down,")
    assert quote.speaker == "Kowalczyk"


def test_a_source_who_gave_only_a_first_name_set_off_by_commas_is_named_so() -> None:
    paragraphs = [
        "Customers queued round the block on the bakery\u2019s last day.",
        "A customer who gave only her first name, Donna, said she had ordered her wedding cake"
        " there in 1993.",
        "\u201cIt\u2019s like losing a relative,\u201d she said.",
    ]
    quote = _quote(paragraphs, "It\u2019s like losing a relative,")
    assert (quote.speaker, quote.speaker_kind) == ("Donna", "name")


def test_a_source_who_gave_only_a_surname_is_named_so() -> None:
    paragraphs = [
        "For residents, the debate is far from abstract. A 46-year-old woman who gave only her"
        " surname, Lau, lives with her two sons in a cubicle in Kwun Lam.",
        "\u201cMy younger son does his homework on the bed,\u201d she said.",
    ]
    quote = _quote(paragraphs, "My younger son does his homework on the bed,")
    assert (quote.speaker, quote.speaker_kind) == ("Lau", "name")


def test_the_elder_of_two_brothers_is_the_one_set_off_as_the_older_brother() -> None:
    paragraphs = [
        "Emil Haglund, the Wild\u2019s 26-year-old winger, cut around his older brother \u2014"
        " Predators defenseman Viktor Haglund \u2014 and scored.",
        "\u201cI told him at breakfast I\u2019d score on him,\u201d Emil Haglund said.",
        "\u201cHe\u2019s going to be unbearable at Christmas,\u201d the elder Haglund said.",
    ]
    quote = _quote(paragraphs, "He\u2019s going to be unbearable at Christmas,")
    assert quote.speaker == "Viktor Haglund"


def test_the_younger_is_the_one_set_off_as_a_son_not_the_father_who_mentions_his_son() -> None:
    paragraphs = [
        "Sword of Dunmore's rider Tom Fenwick, son of the trainer, lodged an objection.",
        "Harry Fenwick, asked what he told his son afterwards, laughed.",
        "\u201cI had to check him for a stride,\u201d the younger Fenwick said.",
    ]
    quote = _quote(paragraphs, "I had to check him for a stride,")
    assert quote.speaker == "Tom Fenwick"


def test_but_before_a_name_set_off_by_a_description_opens_no_scene() -> None:
    paragraphs = [
        "The strike costs the economy up to 100 million euros a day.",
        "But Friederike Albers, a professor of transport economics at the Munster Institute,"
        " said the bigger danger lay in the long term.",
        "\u201cEvery strike drives a few thousand people back into their cars,\u201d she told DW.",
    ]
    quote = _quote(paragraphs, "Every strike drives a few thousand people back into their cars,")
    assert (quote.speaker, quote.speaker_kind) == ("Friederike Albers", "name")


def test_a_kalenjin_name_with_arap_is_one_name() -> None:
    paragraphs = [
        "Kiptoo arap Cheruiyot, 81, who was among those evicted in 2009, said he had buried his"
        " wife on the land.",
        "\u201cYou cannot erase a village with a rubber stamp,\u201d he said.",
    ]
    quote = _quote(paragraphs, "You cannot erase a village with a rubber stamp,")
    assert quote.speaker == "Kiptoo arap Cheruiyot"


def test_an_age_epithet_is_the_subject_before_it_in_its_own_paragraph() -> None:
    # Others named in the paragraph before are no rivals for an age (unlike a people's
    # word, "the Australian", that may fit one of them).
    paragraphs = [
        "Rangers lost 4-0 to the Blues on Saturday. Striker Kabelo Thwala scored twice before"
        " half-time.",
        "Substitute Bongani Mthethwa and a Thwala penalty completed the rout in the second half.",
        "Goalkeeper David Mabaso owned up to his mistake after the match. \u201cThe first goal"
        " is on me,\u201d the 29-year-old said.",
    ]
    quote = _quote(paragraphs, "The first goal is on me,")
    assert quote.speaker == "David Mabaso"


def test_a_source_kept_unnamed_is_not_the_one_named_next() -> None:
    paragraphs = [
        "A neighbour who asked not to be named said: \u201cWe heard shouting all night.\u201d",
        "Neighbour Tom Kerr, who called the police, said officers arrived within minutes.",
    ]
    quote = _quote(paragraphs, "We heard shouting all night.")
    assert quote.speaker_kind == "description"


def test_someone_s_lawyer_is_not_a_lawyer_of_another_side_named_next() -> None:
    paragraphs = [
        "\u201cShe will appeal,\u201d Volkova\u2019s lawyer said outside court.",
        "Prosecuting lawyer Dmitri Orlov said the sentence was fair.",
    ]
    quote = _quote(paragraphs, "She will appeal,")
    assert quote.speaker != "Dmitri Orlov"


def test_a_parent_of_children_or_a_son_of_a_third_person_says_nothing_of_seniority() -> None:
    paragraphs = [
        "Marc Claes, the son of the firm\u2019s first typesetter, now runs the press. His nephew"
        " Pieter Claes, 45, joined in 2010.",
        "\u201cThe machines are older than both of us,\u201d the younger Claes said.",
    ]
    quote = _quote(paragraphs, "The machines are older than both of us,")
    assert quote.speaker != "Marc Claes"


def test_a_parent_word_that_is_a_sentence_s_subject_is_no_one_s_seniority() -> None:
    paragraphs = [
        "Former captain Rhys Pritchard has returned to the club as assistant coach.",
        "His mother told reporters Owen Pritchard, his younger brother, would also join the"
        " staff.",
        "\u201cIt is a family business now,\u201d the elder Pritchard said.",
    ]
    quote = _quote(paragraphs, "It is a family business now,")
    assert quote.speaker == "Rhys Pritchard"


def test_every_paper_a_via_may_name_holds_one_of_the_words_its_guard_looks_for() -> None:
    # The guard skips the paper scan when none of _PAPER_WORDS is in the sentence: a paper
    # added to the pattern without its word there would never be found.
    import re

    from socialkit.quotes.via import _PAPER, _PAPER_WORDS

    group = re.search(r"\(\?P<doc>([^)]*)\)", _PAPER)
    assert group is not None
    for alternative in group.group(1).split("|"):
        for spelled in {alternative.replace("-?", "-"), alternative.replace("-?", "")}:
            assert any(word in spelled for word in _PAPER_WORDS), spelled
