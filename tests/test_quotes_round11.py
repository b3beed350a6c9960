"""Speaker rules of the eleventh round: quoted words reported by someone else, and a gender the
story states. Snippets written for these tests."""

from __future__ import annotations

from socialkit.quotes.names import NameIndex
from tests.quotes_article import quotes_by_text as by_text


def test_a_tag_against_the_opening_mark_names_the_words_owner_not_the_reporter() -> None:
    quotes = by_text([
        "Dale Mercer, 61, of Port Ellery, pleaded guilty on Tuesday to threatening a harbour "
        "commissioner, the district attorney's office said.",
        "During the call, the clerk who took it recalled that he said, “I will sink every boat "
        "you own,” the district attorney's office said.",
    ])
    assert quotes["I will sink every boat you own,"].speaker == "Dale Mercer"


def test_a_tag_after_the_quote_still_names_the_speaker_without_an_inner_tag() -> None:
    quotes = by_text([
        "Dale Mercer, 61, pleaded guilty on Tuesday, the district attorney said.",
        "The clerk recalled the call. “It was one threat after another,” said Ana Ruiz, the "
        "district attorney.",
    ])
    assert quotes["It was one threat after another,"].speaker == "Ana Ruiz"


def test_the_story_saying_she_is_a_woman_outweighs_a_given_name_nobody_knows() -> None:
    quotes = by_text([
        "Dale Mercer, 61, faces ten years in prison for threatening Commissioner Ayse Demirel.",
        "Mercer was arrested in April. He had called the offices of the harbour commission.",
        "During the call he asked for Demirel by name. Demirel is one of the first women to "
        "sit on the commission.",
        "The clerk who took the call recalled that he said, “Tell her the boats will burn,” "
        "prosecutors said.",
    ])
    assert quotes["Tell her the boats will burn,"].speaker == "Dale Mercer"


def test_a_title_in_quotation_marks_inside_a_tag_is_never_the_speaker() -> None:
    quotes = by_text([
        "The actor shared a clip from the harbour premiere on Sunday.",
        "“It was a lot,” the “Dawson’s Creek” star told People.",
        "\"It was more,\" the \"Harbour Lights\" actor told Us Weekly.",
    ])
    # Round 13: the title no longer hides the tag; the speaker is the story's description.
    assert quotes["It was a lot,"].speaker == "the “Dawson’s Creek” star"
    assert quotes["It was more,"].speaker == "the \"Harbour Lights\" actor"


def test_an_ambassador_to_a_place_is_the_person_named_not_the_place() -> None:
    quotes = by_text([
        "Harbour talks resumed in Geneva on Monday.",
        "Norway’s ambassador to Britain accused the ferry operators of delay and warned that "
        "her government “will not wait another winter” for the crossing.",
        "“We have waited long enough,” Norway’s ambassador to Britain Ingrid Solberg Haug said.",
    ])
    assert quotes["We have waited long enough,"].speaker == "Ingrid Solberg Haug"
    assert quotes["will not wait another winter"].speaker != "Britain"


def test_a_lone_family_name_written_first_is_that_person() -> None:
    quotes = by_text([
        "“The garrison is there to show sovereignty,” said China’s ambassador to Britain Liu "
        "Xiaming.",
        "Liu said the harbour talks would go on. “We are patient,” Liu said.",
    ])
    assert quotes["The garrison is there to show sovereignty,"].speaker == "Liu Xiaming"
    assert quotes["We are patient,"].speaker == "Liu Xiaming"


def test_a_body_named_after_a_place_keeps_its_name() -> None:
    quotes = by_text([
        "“We will reopen the terminal,” the Chicago Transit Authority said on Monday.",
        "“It was a long season,” said Boston Harbor Pilots spokesman Tom Reyes.",
    ])
    assert quotes["We will reopen the terminal,"].speaker == "Chicago Transit Authority"
    assert quotes["It was a long season,"].speaker == "Tom Reyes"


def test_a_film_title_in_quotation_marks_is_never_a_person() -> None:
    body = ("Where other writers on “Harbour Rose” were content to read a synopsis, Mary "
            "Halloran asked for more, as she had on the set of “Fargo,” and on “Dawson’s "
            "Creek.”")
    names = NameIndex(body, body)
    assert sorted({m.entity.name for m in names.mentions}) == ["Mary Halloran"]


def test_a_quotation_after_a_colon_goes_on_in_the_last_speakers_voice() -> None:
    quotes = by_text([
        "Mary Halloran wrote the closing song of the film.",
        "“I read the whole script first,” she said. “Then I knew the song.”",
        "That process led to a realization: “It was a love song to her mother.”",
    ])
    assert quotes["It was a love song to her mother."].speaker == "Mary Halloran"


def test_the_voice_does_not_go_on_past_someone_else() -> None:
    quotes = by_text([
        "Mary Halloran wrote the closing song of the film.",
        "“I read the whole script first,” she said. Director Tom Reyes had sent it in March.",
        "That process led to a realization: “It was a love song to her mother.”",
    ])
    assert quotes["It was a love song to her mother."].speaker is None


def test_a_gendered_noun_after_a_passive_says_nothing_of_the_subject() -> None:
    def gender(last: str) -> str | None:
        body = ("Dale Mercer, 61, faces ten years in prison for threatening Commissioner Ayse "
                "Demirel.\n\nDuring the call he asked for Demirel by name. " + last)
        names = NameIndex(body, body)
        return next(m.entity.gender for m in names.mentions if m.entity.name == "Ayse Demirel")

    assert gender("Demirel is one of the first women on the commission.") == "f"
    assert gender("Demirel was attacked by a man on the quay.") is None


def test_a_name_in_a_phrase_after_a_noun_for_people_only_says_whose_or_where() -> None:
    quotes = by_text([
        "Rates of harbour-wall damage have doubled since 2010, according to a new study.",
        "The authors of the research published in the journal Coastal Engineering Letters "
        "argued that the walls need “a complete rethink.”",
        "A researcher at Port Ellery University said, “The data is clear.”",
        "The mother of Dana Whitcomb said, “We want answers.”",
        "A spokesperson for the Port Ellery Harbour Authority said, “The quay is safe.”",
    ])
    assert (quotes["a complete rethink."].speaker,
            quotes["a complete rethink."].speaker_kind) == ("the authors", "description")
    assert quotes["The data is clear."].speaker == "a researcher at Port Ellery University"
    assert quotes["We want answers."].speaker == "the mother of Dana Whitcomb"
    # A spokesperson speaks for the body, as before.
    assert quotes["The quay is safe."].speaker == "Port Ellery Harbour Authority"


def test_people_named_by_a_plural_noun_right_before_the_cue_are_its_subject() -> None:
    quotes = by_text([
        "The harbour campaign rolls out with TV spots and billboards in which residents say, "
        "“I am on the water at four.”",
        "Mayor Rosa Delgado said, “It is the town’s story.”",
    ])
    assert (quotes["I am on the water at four."].speaker,
            quotes["I am on the water at four."].speaker_kind) == ("residents", "description")
    assert quotes["It is the town’s story."].speaker == "Rosa Delgado"


def test_a_credit_is_the_persons_name_without_the_body_or_title_around_it() -> None:
    quotes = by_text([
        "“We are done here,” said Sweden's Deputy Director of Public Prosecution Eva-Marie "
        "Persson.",
        "“Organics are very important,” said planetary geologist Rosaly Lopes of NASA's Jet "
        "Propulsion Laboratory in California.",
        "“It is over,” said Jean-Pierre Dumont of the Paris bar.",
    ])
    assert quotes["We are done here,"].speaker == "Eva-Marie Persson"
    assert quotes["Organics are very important,"].speaker == "Rosaly Lopes"
    assert quotes["It is over,"].speaker == "Jean-Pierre Dumont"


def test_according_to_a_source_is_where_the_report_comes_from_not_the_subject() -> None:
    quotes = by_text([
        "According to the Harbour Gazette, ferry spokesman Tom Reyes said Friday that the "
        "company “will run the winter timetable in full.”",
        "According to Reuters, one user on a fishing forum posted: “Who pays for the boats?”",
        "According to the man, the new wall “held on the first night.”",
    ])
    got = quotes["will run the winter timetable in full."]
    assert (got.speaker, got.via) == ("Tom Reyes", "Harbour Gazette")
    assert quotes["Who pays for the boats?"].speaker_kind == "description"
    assert quotes["held on the first night."].speaker == "the man"


def test_a_lower_case_piece_after_a_title_is_a_fragment() -> None:
    quotes = by_text([
        "Developer Valve called 'Harbour Life: Alyx' \"a flagship game for the winter.\"",
    ])
    assert quotes["a flagship game for the winter."].kind == "partial"


def test_tv_network_shapes_credit_the_network_and_the_person() -> None:
    quotes = by_text([
        "Dr. Ana Ruiz said Sunday the harbour is not yet past the worst of the winter storms.",
        "\"We're not there yet,\" Ruiz told CNN's Jake Tapper on \"State of the Union.\"",
        "\"I think we'll see a deal by Friday,\" Speaker Tom Reyes said in an interview with "
        "Fox News' Shannon Bream.",
        "In an interview with CBS News' \"60 Minutes,\" the president said, \"I'm not going "
        "anywhere.\"",
        "\"He is smart as hell,\" Dale Mercer wrote in an email to the NFL Network's Rich Eisen.",
    ])
    assert (quotes["We're not there yet,"].speaker, quotes["We're not there yet,"].via) == (
        "Ana Ruiz", "CNN")
    assert quotes["I think we'll see a deal by Friday,"].via == "Fox News"
    assert quotes["I'm not going anywhere."].via == "CBS News"
    assert "60 Minutes," not in quotes  # a show's title after a plural possessive
    assert quotes["He is smart as hell,"].via != "NFL Network"  # an email to a person


def test_a_persons_spokesperson_is_not_the_person() -> None:
    quotes = by_text([
        "Gov. Janet Mills, a Democrat, has not said whether she will sign the harbour bill.",
        "\"We are reviewing it,\" a spokesperson for Mills told CNN in an email.",
        "\"The quay is safe,\" a spokesperson for the Port Ellery Harbour Authority said.",
        "\"It is over,\" said the mayor of Port Ellery.",
        "\"We will be back,\" said a fan in the front row, who had driven from Maine.",
    ])
    assert quotes["We are reviewing it,"].speaker == "a spokesperson for Mills"
    assert quotes["The quay is safe,"].speaker == "Port Ellery Harbour Authority"
    assert quotes["It is over,"].speaker == "the mayor of Port Ellery"
    assert quotes["We will be back,"].speaker == "a fan in the front row"


def test_a_body_described_by_the_words_of_its_name_is_that_body() -> None:
    quotes = by_text([
        "A nor'easter will bring up to 18 inches of snow to Port Ellery by Tuesday, the National "
        "Weather Service said.",
        "\"This is going to be a high-impact storm,\" said Andy Pohl, a meteorologist in Gray.",
        "Forecasters warned that gusts could reach 60 mph. \"Power outages are likely,\" the "
        "weather service said in a statement.",
        "\"Stay off the roads,\" the police department said.",
    ])
    assert quotes["Power outages are likely,"].speaker == "National Weather Service"
    # No police department was named: no body is guessed, the story's words are the credit
    # (round twenty-six; it had been None).
    assert (quotes["Stay off the roads,"].speaker, quotes["Stay off the roads,"].speaker_kind) == (
        "the police department", "organisation")


def test_one_of_a_group_is_credited_as_one_of_them() -> None:
    quotes = by_text([
        "PORT ELLERY (AP) — The harbour board is weighing a plan to close the quay, two "
        "officials said Tuesday.",
        "\"No decision has been made,\" one of the officials said, speaking on condition of "
        "anonymity.",
        "One of the protesters shouted, \"We will be back!\"",
    ])
    assert quotes["No decision has been made,"].speaker == "one of the officials"
    assert quotes["We will be back!"].speaker == "one of the protesters"


def test_told_and_its_object_against_the_opening_mark_names_the_words_owner() -> None:
    quotes = by_text([
        "Dale Mercer, 34, is charged with arson. He told investigators, \"I didn't think it "
        "would burn that fast,\" the complaint says.",
    ])
    assert quotes["I didn't think it would burn that fast,"].speaker == "Dale Mercer"


def test_an_insider_after_a_quotation_of_the_central_person_is_not_them() -> None:
    quotes = by_text([
        "Hailey Stone is opening up about her split from Marco Villa. Stone spoke on Monday.",
        "\"I needed to find myself again,\" Stone said. Stone has a tour in March.",
        "A source close to the couple told Us Weekly they remain friends.",
        "\"They still text each other all the time,\" the insider said.",
    ])
    # (Since round eighteen, the words that brought the source in.)
    assert quotes["They still text each other all the time,"].speaker == (
        "a source close to the couple")


def test_a_subhead_lifted_from_a_credited_quotation_is_that_speakers() -> None:
    quotes = by_text([
        "The harbour doctors' group wrote to the board on Monday.",
        "\"Nobody asked the fishermen\"",
        "\"We write with urgency\"",
        "\"Flu season has already begun, so we write with urgency,\" the Harbour Doctors "
        "Association said in the letter.",
    ])
    assert quotes["We write with urgency"].speaker == "Harbour Doctors Association"
    # Words that no credited quotation holds keep what their own context gives: the body the
    # sentence before says wrote, as the story calls it (round twenty-six; it had been None,
    # because a body named only by its kind was credited to no one).
    assert quotes["Nobody asked the fishermen"].speaker == "the harbour doctors' group"


def test_a_pronoun_is_never_the_head_of_a_description() -> None:
    quotes = by_text([
        "Rosa Delgado's first albums were released through Harbour Records.",
        "In a post at the time she described the sale as the \"worst case scenario\" for "
        "the town.",
    ])
    got = quotes["worst case scenario"]
    assert (got.speaker, got.cue) == ("Rosa Delgado", "described")
