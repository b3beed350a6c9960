"""Round twenty-eight: who a sentence about "she", an age or a shared surname is; inner
quotations, titles and places. Snippets written for these tests."""

from __future__ import annotations

from socialkit.models import Quote
from tests.quotes_article import quotes_by_text as by_text


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


def test_a_title_of_the_other_sex_before_the_one_bearers_surname_is_someone_else() -> None:
    # "Priyanka" says no sex in the name lists; "and her husband" and "she" do. "Mr Nair" is
    # then not her, and her later "she said" is hers, not the spokeswoman's.
    quotes = by_text([
        "Energy firm says sorry",
        "Dr Priyanka Nair, 71, and her husband Anand paid \u00a396 a month for six years.",
        "\u2018That was when I stopped sleeping,\u2019 Dr Nair admitted.",
        "Mr Nair, 74, who has Parkinson\u2019s disease, said the stress was worse than the"
        " money. \u2018She was on the phone every morning,\u2019 he said.",
        "A spokeswoman, Helen Tuohy, apologised. \u2018We got this wrong,\u2019 she said.",
        "Dr Nair said she would give the compensation to a charity.",
        "\u2018I don\u2019t want their money,\u2019 she said.",
    ])
    assert quotes["She was on the phone every morning,"].speaker == "Nair"
    assert quotes["I don\u2019t want their money,"].speaker == "Priyanka Nair"


def test_a_title_of_the_one_bearers_sex_still_says_their_sex() -> None:
    # "Kavitha" says no sex in the name lists and "steered him back" is about someone else:
    # "Ms. Nair", twice, is still the poet, and a woman.
    quotes = by_text([
        "Novelist keeps his secrets",
        "The novelist Anirban Dasgupta would not talk about the book. Then the moderator, the"
        " poet Kavitha Nair, gently steered him back.",
        "Ms. Nair asked whether the book was a family history.",
        "Ms. Nair called it \u201cthe most patient novel I have read in years\u201d.",
    ])
    assert quotes["the most patient novel I have read in years"].speaker == "Kavitha Nair"


def test_a_titled_surname_held_back_still_counts_as_someone_named_in_its_sentence() -> None:
    # "his behalf" is Mr Adeyemi's, not the solicitor's: she stays the one who says "she".
    quotes = by_text([
        "Doorman attacked outside nightclub",
        "Olumide Adeyemi, 41, was working the door when he was struck.",
        "Mr Adeyemi read his victim impact statement to the court himself.",
        "Outside court, Mr Adeyemi\u2019s solicitor, Nuala Breathnach, read a short statement"
        " on his behalf. \u2018Olumide is grateful to the court,\u2019 she said.",
    ])
    assert quotes["Olumide is grateful to the court,"].speaker == "Nuala Breathnach"


def test_a_grandson_is_a_man_whatever_the_pronoun_of_his_reported_speech() -> None:
    # "Tomasz" says no sex in the name lists, and "said she" is about his grandmother.
    quotes = by_text([
        "Chemist dies at 88",
        "She married Henryk Brandt, a ship\u2019s engineer, in 1972; he died in 2015.",
        "Her grandson, Tomasz Brandt, 19, said she was still reading journals last month.",
        "\u201cShe asked me to bring her the new issue of Nature,\u201d he said.",
    ])
    assert quotes["She asked me to bring her the new issue of Nature,"].speaker == (
        "Tomasz Brandt")


def test_a_quotation_in_the_first_person_after_a_sentence_about_him_is_his() -> None:
    quotes = by_text([
        "Astronaut back on Earth",
        "Tomas Wieck, the mission commander, was asked by a reporter what he would do first.",
        "He did not hesitate. \u201cSee my daughters. Then sleep.\u201d",
    ])
    assert quotes["See my daughters. Then sleep."].speaker == "Tomas Wieck"


def test_words_to_him_after_a_sentence_about_him_are_not_his() -> None:
    # The judge speaks to him: "you", not "I".
    quotes = by_text([
        "Man jailed for attack",
        "Judge Ruth Callan jailed Dean Marsh, 31, for six years.",
        "He showed no emotion as the sentence was read. \u201cYou are a danger to the"
        " public.\u201d",
    ])
    assert quotes["You are a danger to the public."].speaker != "Dean Marsh"


def test_the_asker_in_an_opening_phrase_is_not_the_she_who_answers() -> None:
    quotes = by_text([
        "Court hears of crash",
        "Darren Pollard, 46, denies causing death by dangerous driving.",
        "Bernadette Okonkwo, who was waiting at a bus stop, gave evidence from behind a screen."
        " Asked by prosecutor Fiona Alderton KC to describe what she saw, she said: \u2018The"
        " van came round quite fast.\u2019",
    ])
    assert quotes["The van came round quite fast."].speaker == "Bernadette Okonkwo"


def test_someone_named_in_an_opening_phrase_without_a_preposition_may_be_the_pronoun() -> None:
    quotes = by_text([
        "Harbour reopens",
        "The harbour reopened on Monday. When Rosa Delgado arrived at the quay, she said:"
        " \u201cWe waited a long time for this.\u201d",
    ])
    assert quotes["We waited a long time for this."].speaker == "Rosa Delgado"


def test_someone_new_after_a_phrase_that_sets_the_scene_is_the_he_who_goes_on() -> None:
    quotes = by_text([
        "Relief lorries never come",
        "Lokol Ekiru, a herder, said his goats had died.",
        "At the village water point, one elder, who did not give his name, said people called"
        " the relief lorries \u201cthe ghosts\u201d.",
        "\u201cWe hear about them on the radio,\u201d he said.",
    ])
    assert quotes["We hear about them on the radio,"].speaker_kind == "description"


def test_a_reply_that_tells_the_new_one_they_are_right_is_not_theirs() -> None:
    quotes = by_text([
        "Trump at military forum",
        "Donald Trump says political correctness has run amok in the military.",
        "At a forum in Virginia on Monday, one questioner claimed that \u201csocial"
        " engineering\u201d was hurting the military.",
        "\u201cYou\u2019re right, we have a politically correct military,\u201d he said.",
    ])
    assert quotes["You\u2019re right, we have a politically correct military,"].speaker == (
        "Donald Trump")


def test_an_abbreviated_rank_before_a_given_name_the_census_lacks_and_a_surname() -> None:
    # "PC Harjit Sandhu" is PC Sandhu; "PC World" stays a shop's name.
    quotes = by_text([
        "Crash inquest",
        "\u2018There were no signs of braking whatsoever,\u2019 a collision investigator, PC"
        " Harjit Sandhu, told the court.",
        "In his report, PC Sandhu concluded: \u2018The driver was not watching the road.\u2019",
    ])
    assert quotes["There were no signs of braking whatsoever,"].speaker == "Harjit Sandhu"
    assert quotes["The driver was not watching the road."].speaker == "Harjit Sandhu"
    shop = by_text([
        "Laptop orders late",
        "PC World said in a statement: \u201cWe are sorry for the delay to every order.\u201d",
    ])
    assert shop["We are sorry for the delay to every order."].speaker == "PC World"


def test_an_mp_is_a_title_not_a_body() -> None:
    quotes = by_text([
        "Meter row",
        "The couple\u2019s MP, Helen Tuohy, who raised the case last month, posted on X:"
        " \u2018Delighted for my constituents, but it should not take a newspaper to fix a"
        " meter.\u2019",
    ])
    quote = quotes["Delighted for my constituents, but it should not take a newspaper to fix a"
                   " meter."]
    assert (quote.speaker, quote.speaker_kind) == ("Helen Tuohy", "name")


def test_a_time_with_a_weekday_is_no_ones_name() -> None:
    quotes = by_text([
        "Final lost in five sets",
        "Luka Varga, the No. 3 seed from Croatia, lost the final on Sunday.",
        "\u201cThat is tennis,\u201d he shrugged.",
        "Late Sunday night he posted a photo of the plate on Instagram with the caption:"
        " \u201cNot the trophy I wanted. Thank you New York.\u201d",
    ])
    quote = quotes["Not the trophy I wanted. Thank you New York."]
    assert quote.speaker != "Late Sunday"


def test_a_number_abbreviated_in_an_apposition_does_not_end_the_role() -> None:
    quotes = by_text([
        "Final lost in five sets",
        "Varga, the No. 3 seed from Croatia, saved two points. \u201cI had my chances,\u201d"
        " Luka Varga said.",
    ])
    assert quotes["I had my chances,"].role == "No. 3 seed from Croatia"


def test_he_inside_a_quotation_is_the_one_other_man_the_speaker_names() -> None:
    quotes = by_text([
        "Late drive wins it",
        "Sam Tavita, a junior from Carson, completed five straight passes.",
        "Jamal Okonkwo-Reyes said he knew the ball was coming. \u201cTavita was brilliant. He"
        " looked at me in the huddle and said, \u2018Be ready.\u2019 That was all,\u201d the"
        " receiver said.",
    ])
    assert quotes["Be ready."].speaker == "Sam Tavita"
    assert quotes["Be ready."].reported_by == "Jamal Okonkwo-Reyes"


def test_he_inside_a_described_sources_quotation_is_left_alone() -> None:
    # The attacker is "the accused", never named near: not the victim, who is.
    quotes = by_text([
        "Doorman attacked",
        "Cathal Reid, 24, pleaded guilty. The accused had been refused entry.",
        "A door supervisor working alongside Mr Olu Adeyemi told gardai: \u2018He just walked"
        " up and said, \u201cThat is for you, big man,\u201d and swung.\u2019",
    ])
    assert "That is for you, big man," not in quotes or quotes[
        "That is for you, big man,"].speaker != "Olu Adeyemi"


def test_what_she_described_as_in_a_sentence_that_names_no_one_is_the_she_before() -> None:
    quotes = by_text([
        "Bin strike goes on",
        "Council President Ann Reid was defiant. The city, she said, had offered a raise over"
        " three years, which she described as \u201cmore than generous given where our budget"
        " is.\u201d",
    ])
    assert quotes["more than generous given where our budget is."].speaker == "Ann Reid"


def test_as_he_puts_it_after_a_quotation_says_whose_words() -> None:
    quotes = by_text([
        "Band profile",
        "Declan Hart, the fiddler, grew up in Connemara and met the singer at a session in a"
        " pub \u201croughly a hundred years ago,\u201d as he puts it.",
    ])
    assert quotes["roughly a hundred years ago,"].speaker == "Declan Hart"


def test_an_age_with_a_description_set_off_after_it_is_the_person_of_that_age() -> None:
    quotes = by_text([
        "Flood wall row",
        "\u2018They told my residents the wall would be finished,\u2019 said Cllr Ann Lee, 58."
        " \u2018Now they are gambling.\u2019",
        "The 58-year-old, a former district nurse, later added: \u2018I have sat in this"
        " chamber for 19 years and I am angry.\u2019",
    ])
    assert quotes["I have sat in this chamber for 19 years and I am angry."].speaker == (
        "Ann Lee")


def test_the_worlds_countries_are_places_but_not_given_names_nor_cities() -> None:
    from socialkit.quotes.lexicon import PLACES

    assert {"Sri Lanka", "Burkina Faso", "Kyrgyzstan", "Tanzania"} <= PLACES
    # People's names too, however rarely, and cities that are surnames: never places.
    assert not {"Chad", "Jordan", "Victoria", "Regina", "Sydney", "West", "Halifax",
                "Mendoza"} & PLACES


def test_a_country_the_hand_list_lacks_is_not_the_he_after_a_quotation() -> None:
    quotes = by_text([
        "Pacer dropped from Test squad",
        "Fast bowler Hasnain Jatoi was left out of the squad for the series against Sri Lanka"
        " announced on Sunday.",
        "\u201cTwelve months of bowling on roads nobody else wanted,\u201d he said.",
    ])
    assert quotes["Twelve months of bowling on roads nobody else wanted,"].speaker == (
        "Hasnain Jatoi")


def test_an_age_before_a_name_opening_a_sentence_turns_the_story_to_them() -> None:
    quotes = by_text([
        "Rathcarrig hold on",
        "The visitors had Rathcarrig goalkeeper Tadhg Murphy to thank for two fine saves.",
        "\u2018He kept us in it,\u2019 said manager Stephen Kavanagh. \u2018If he"
        " doesn\u2019t make that save, we lose.\u2019",
        "The 36-year-old Murphy was typically understated. Asked about the double save, he"
        " said simply: \u2018That\u2019s the job.\u2019",
        "Dun Dealgan boss Kofi Asante-Brennan was frustrated by the defeat. He said:"
        " \u2018We had the game won and we switched off.\u2019",
    ])
    assert quotes["That\u2019s the job."].speaker == "Tadhg Murphy"
    # (Murphy's sex is unknown, so "he" is not his by the quotation before: the story
    # turned to Asante-Brennan, not to the club.)
    assert quotes["We had the game won and we switched off."].speaker == "Kofi Asante-Brennan"


# Cases an adversarial review of the round's rules wrote (tests/…round28: each was a wrong or
# lost speaker before the mend).

def _snip(*paragraphs: str) -> dict[str, Quote]:
    return by_text(list(paragraphs))


def test_review_as_he_put_it_is_the_sentences_subject_not_the_last_man_named() -> None:
    q = _snip("Striker hits back", "Striker Tom Hale hit back at his former manager on Sunday.",
              "Hale said Gary Finch had been \u201ca bully and a coward,\u201d as he put it.")
    assert q["a bully and a coward,"].speaker == "Tom Hale"


def test_review_he_inside_a_quotation_is_not_a_man_the_story_names_nearby() -> None:
    q = _snip("Arrest filmed", "Marcus Bell, 22, was arrested outside a shop. His friend Kyle"
              " Jones filmed it.", "\u201cHe grabbed my arm and said, \u2018You're nicked.\u2019"
              " I hadn't done anything,\u201d Bell said.")
    assert "You're nicked." not in q or q["You're nicked."].speaker != "Kyle Jones"


def test_review_a_surname_that_is_a_compass_word_or_a_city_stays_a_person() -> None:
    q = _snip("Extension row", "Council leader Tom Hale backed the extension on Tuesday.",
              "Mr West, who lives next door, objected. \u201cIt will block all our light,\u201d he"
              " said.")
    assert q["It will block all our light,"].speaker == "West"


def test_review_what_she_described_as_after_an_unnamed_source_is_not_a_named_woman() -> None:
    q = _snip("Bus cuts", "Transport chief Helen Ward announced the timetable changes.",
              "One resident, who asked not to be named, said the last bus would now leave at 7pm,"
              " which she described as \u201ca curfew for pensioners\u201d.")
    assert q["a curfew for pensioners"].speaker != "Helen Ward"


def test_review_an_age_then_a_tag_set_off_is_the_tags_speaker() -> None:
    q = _snip("Fire death", "Pensioner Arthur Bell, 70, died in the fire at his flat on Sunday.",
              "The 70-year-old, a neighbour said, \u201ckept himself to himself but always said"
              " hello.\u201d")
    assert q["kept himself to himself but always said hello."].speaker != "Arthur Bell"


def test_review_words_played_from_a_recording_are_not_the_prosecutors() -> None:
    q = _snip("Murder trial", "Defendant Carl Rowe, 41, denies murder. Prosecutor Jane Fell"
              " played the 999 call to the jury.", "She paused as the recording ended. \u201cPlease"
              " help me, he's going to kill me.\u201d")
    assert q["Please help me, he's going to kill me."].speaker != "Jane Fell"


def test_review_a_weekday_surname_after_a_given_name_is_a_person() -> None:
    q = _snip("Federation criticised", "Former captain Sunday Oliseh criticised the federation.",
              "\u201cThey never plan ahead,\u201d Oliseh said. \u201cNothing changes,\u201d added"
              " Emmanuel Sunday, the team's assistant coach.")
    assert q["Nothing changes,"].speaker == "Emmanuel Sunday"


def test_review_a_possessive_sexed_noun_says_nothing_of_the_subjects_sex() -> None:
    from socialkit.quotes.names import _IS_GENDERED

    assert _IS_GENDERED.match(" was the headmaster's deputy") is None
    assert _IS_GENDERED.match(" was the headmaster") is not None


def test_review_mp_before_one_word_is_a_company() -> None:
    q = _snip("Magnets", "\u201cDemand for magnets has never been higher,\u201d MP Materials said"
              " in a statement on Thursday.")
    assert q["Demand for magnets has never been higher,"].speaker == "MP Materials"


def test_review_and_her_husband_after_an_object_is_the_subjects_husband() -> None:
    q = _snip("Residents fight plan", "Councillor Maria Silva arrived at the meeting with Chidi"
              " Okafor and her husband, Tom.", "Mr Okafor, who chairs the residents' group, said"
              " the plan had been rushed.", "\u201cNobody read the traffic report,\u201d Mr Okafor"
              " said.")
    assert q["Nobody read the traffic report,"].speaker == "Chidi Okafor"
