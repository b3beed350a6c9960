"""Round thirty: descriptions and bodies. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_hyphenated_modifier_is_no_verb_after_a_description() -> None:
    # "dressing" before "-room" read as a participle after the head ("a woman walking her dog
    # said"), so the description stopped at "a senior".
    quotes = by_text([
        "Dressing room split over striker",
        "Behind the scenes, a senior dressing-room source said the squad was"
        " \u201csplit down the middle\u201d over the striker's future.",
    ])
    quote = quotes["split down the middle"]
    assert (quote.speaker, quote.speaker_kind) == ("a senior dressing-room source", "description")


def test_a_given_name_after_a_courtesy_title_is_the_person_named_in_full() -> None:
    # Papers in India call a woman "Ms." and her given name. The title had made "Ms.
    # Sreedevi" someone new, and a name ending in "-i" had read as a people ("Pakistani").
    quotes = by_text([
        "Village counts its losses as floodwaters recede",
        "At Edathara, Sreedevi Nair, 52, stood in ankle-deep mud outside what used to be her"
        " kitchen.",
        "\u201cEverything we had kept aside for the harvest is gone,\u201d said Ms. Sreedevi,"
        " who cultivates two acres of paddy on leased land.",
        "Ms. Sreedevi said the water had come up to the window in one night. \u201cWe did not"
        " even have time to take the documents,\u201d she said.",
    ])
    for text in ("Everything we had kept aside", "We did not even have time"):
        quote = next(q for t, q in quotes.items() if t.startswith(text))
        assert (quote.speaker, quote.speaker_kind) == ("Sreedevi Nair", "name")


def test_a_name_ending_in_i_opening_a_full_name_is_a_people_only_when_made_of_a_place() -> None:
    from socialkit.quotes.tag_patterns import is_demonym, is_people_of_known_place

    assert [is_people_of_known_place(w) for w in ("Pakistani", "Israeli", "Somali", "Saudi")] == [
        True] * 4
    assert [is_people_of_known_place(w) for w in ("Sreedevi", "Lakshmi", "Giovanni")] == [
        False] * 3
    # (Alone, a capitalised word ending so is still a people: "the Emirati", "a Kashmiri".)
    assert [is_demonym(w) for w in ("Emirati", "Kashmiri", "Punjabi")] == [True] * 3


def test_a_name_after_a_word_for_a_kind_of_body_is_that_body() -> None:
    # "Halvorsen Medical" had been a person, so "the company said" found no company to be.
    quotes = by_text([
        "Plant to close with loss of 340 jobs",
        "US medical devices company Halvorsen Medical is to close its plant in Kilcarrig with"
        " the loss of 340 jobs.",
        "Staff were told at a meeting on Tuesday morning. The company said it would offer"
        " redundancy terms \u201cwell in excess of statutory entitlements\u201d.",
    ])
    quote = quotes["well in excess of statutory entitlements"]
    assert (quote.speaker, quote.speaker_kind) == ("Halvorsen Medical", "organisation")


def test_one_word_before_a_role_and_a_full_name_is_the_employer() -> None:
    # "Parcelwise spokesperson Dana Whitfield": a word no one bears as a name, written before
    # a role and a person, is whom they work for; only names of two words had counted.
    quotes = by_text([
        "Hackers stole data on 2.1 million customers",
        "Shipping software giant Parcelwise has confirmed that hackers stole personal"
        " information belonging to about 2.1 million customers.",
        "Parcelwise spokesperson Dana Whitfield confirmed the figure on Friday.",
        "In an email to customers, the company said it had \u201cimmediately took steps to"
        " contain it.\u201d",
    ])
    quote = quotes["immediately took steps to contain it."]
    assert (quote.speaker, quote.speaker_kind) == ("Parcelwise", "organisation")


def test_a_given_name_the_census_lacks_is_the_person_named_in_full_in_any_sentence() -> None:
    # "Kezia" alone had counted as the singer only where it spoke or was given an age; "Kezia
    # broke her silence" made a second person called Kezia, and her post went to her.
    quotes = by_text([
        "Star storms off festival stage",
        "Neon Cathedral frontwoman Kezia Obi-Lawson stormed off stage just 22 minutes into"
        " her headline set at Larkspur Festival.",
        "Fans had waited more than an hour in a downpour for the band's first show in two"
        " years.",
        "By Monday, Kezia broke her silence on Instagram.",
        "\u201cI\u2019m so sorry to everyone at Larkspur last night,\u201d she wrote.",
    ])
    quote = quotes["I\u2019m so sorry to everyone at Larkspur last night,"]
    assert (quote.speaker, quote.speaker_kind) == ("Kezia Obi-Lawson", "name")


def test_an_ing_word_before_a_noun_and_the_cue_is_part_of_the_office() -> None:
    # "operating" read as a participle after the head ("a woman walking her dog said"), so
    # the description stopped at "the hospital's chief".
    quotes = by_text([
        "Operating rooms to close for the summer",
        "Two of the hospital's eight operating rooms will close in July and August. The"
        " hospital's chief operating officer described the closings as \u201cregrettable but"
        " unavoidable given current vacancy rates.\u201d",
    ])
    quote = quotes["regrettable but unavoidable given current vacancy rates."]
    assert (quote.speaker, quote.speaker_kind) == (
        "the hospital's chief operating officer", "description")


def test_a_name_after_a_preposition_in_a_relative_clause_is_no_subject() -> None:
    # The last phrase before the cue was taken for its subject: the city in the clause that
    # says who the colleague is.
    quotes = by_text([
        "Teachers walk off the job",
        "Darius Kowalczyk, who teaches physics at Mataraki Boys' High School, said he was one"
        " of only two physics teachers left. He said a former colleague who had moved to"
        " Brisbane last year had told him he was \u201cearning thirty grand more for the same"
        " job\u201d.",
    ])
    quote = quotes["earning thirty grand more for the same job"]
    assert (quote.speaker, quote.speaker_kind) == ("a former colleague", "description")


def test_the_agent_of_a_passive_speech_verb_said_the_words() -> None:
    # "told" after "been" was no cue at all, so the words went to the coach who said it.
    quotes = by_text([
        "Coach fumes over sin-bin call",
        "Haddad said his captain, Reuben Faleafa, had been told by referee Glen Ashworth that"
        " the tackle was \u201creckless\u201d.",
    ])
    quote = quotes["reckless"]
    assert (quote.speaker, quote.speaker_kind) == ("Glen Ashworth", "name")


def test_people_by_what_they_are_as_a_passive_agent_are_described() -> None:
    quotes = by_text([
        "Patient, 87, spent two nights on a trolley",
        "Pádraig Gallagher said the family had been told by staff there was \u201csimply"
        " nowhere to put him\u201d.",
    ])
    quote = quotes["simply nowhere to put him"]
    assert (quote.speaker, quote.speaker_kind) == ("staff", "description")


def test_another_alone_is_one_more_of_the_people_just_quoted() -> None:
    # "Another" before "posted" read as a determiner ("another post"), so there was no cue;
    # and "One said:" had no noun to be a description of.
    quotes = by_text([
        "Fans demand refunds",
        "Furious fans took to social media to demand their money back.",
        "One fan wrote on X: \u201cPaid \u00a3280 for a weekend ticket and got four songs."
        " Absolute joke.\u201d",
        "Another posted: \u201cYou can't just walk off on 40,000 people.\u201d",
        "But others leapt to the star's defence. One said: \u201cAnyone who has seen her live"
        " knows she doesn't do half-hearted.\u201d",
    ])
    assert [(quotes[t].speaker, quotes[t].speaker_kind) for t in (
        "You can't just walk off on 40,000 people.",
        "Anyone who has seen her live knows she doesn't do half-hearted.",
    )] == [("another fan", "description"), ("one fan", "description")]


def test_a_name_set_off_after_a_role_may_open_with_a_capital_outside_ascii() -> None:
    quotes = by_text([
        "Summit agrees joint dam commission",
        "\u201cWater can be a source of conflict or a source of cooperation,\u201d the forum's"
        " secretary-general, Lars \u00d8vergaard, said in a statement.",
    ])
    quote = quotes["Water can be a source of conflict or a source of cooperation,"]
    assert (quote.speaker, quote.speaker_kind) == ("Lars \u00d8vergaard", "name")


def test_documents_of_courts_and_diplomacy_speak_for_themselves() -> None:
    quotes = by_text([
        "Arrest made in shop killing",
        "The affidavit says surveillance footage shows the suspect entering the store."
        " \u201cSurveillance footage from a business across the road shows a man in a grey"
        " hoodie,\u201d the affidavit says.",
    ])
    quote = next(q for t, q in quotes.items() if t.startswith("Surveillance footage"))
    assert (quote.speaker, quote.speaker_kind) == ("the affidavit", "description")


def test_a_participle_phrase_after_the_subject_does_not_make_a_new_subject() -> None:
    # The last phrase before the cue ("the Almaran capital", after "in") was taken for the
    # subject of "said".
    quotes = by_text([
        "Summit ends without a deal on water",
        "A joint communique issued after nearly nine hours of talks in the Almaran capital"
        " said the two governments would \u201cresolve all outstanding issues through"
        " dialogue\u201d.",
    ])
    quote = quotes["resolve all outstanding issues through dialogue"]
    assert (quote.speaker, quote.speaker_kind) == ("a joint communique", "description")


def test_a_description_before_an_auxiliary_and_a_cue_is_the_subject() -> None:
    # "had" after "officer" ended no description, so the phrase was not found and the words
    # went to the campaigner whose claim the sentence reports.
    quotes = by_text([
        "Councillors back homes on playing fields",
        "Morag Sutherland, who chairs the Friends of Balgownie Park, said the fight would go"
        " on. Ms Sutherland claimed a council officer had told the group at a meeting last"
        " year that the northern pitches were \u201csurplus to requirements\u201d.",
    ])
    quote = quotes["surplus to requirements"]
    assert (quote.speaker, quote.speaker_kind) == ("a council officer", "description")


def test_a_clause_set_against_a_fragment_does_not_take_it_from_the_sentence_before() -> None:
    # ", but he said" after the fragment was read as its tag, so the student got his
    # teacher's words.
    quotes = by_text([
        "Students join teachers' march",
        "Kauri Tipene, a 17-year-old student, said his chemistry class had had four different"
        " relievers this year. His teacher had told the class before the strike \u201cnot to"
        " panic about externals\u201d, but he said many of his classmates were worried.",
    ])
    assert quotes["not to panic about externals"].speaker != "Kauri Tipene"


def test_what_a_body_or_a_family_had_done_is_reported_by_the_sentence_speaker() -> None:
    # An auxiliary before any cue ended a description, so "the association had written" and
    # "the family had agreed" took the words of the person reporting them (r38a, written
    # after the rule: both had been right before it).
    quotes = by_text([
        "Drivers switch off apps in protest",
        "Peter Kimani Mwangi, who chairs the drivers' association, led the march. He said the"
        " association had written to the company twice but had received \u201cno meaningful"
        " response\u201d.",
        "Their mother, Jos\u00e9e Lavoie, told reporters before kickoff that the family had"
        " agreed to \u201ccheer for the goalkeeper and the defender, not the teams.\u201d",
    ])
    assert [quotes[t].speaker for t in (
        "no meaningful response", "cheer for the goalkeeper and the defender, not the teams.",
    )] == ["Peter Kimani Mwangi", "Jos\u00e9e Lavoie"]


def test_a_role_someone_told_is_not_the_role_of_the_name_after_it() -> None:
    # "told the judge Pulaski himself came" read as "Judge Pulaski": the defendant became a
    # judge, his apology was captioned "judge", and "the judge said" went to him.
    quotes = by_text([
        "Roofer jailed for hailstorm fraud",
        "Darren Pulaski, 44, was sentenced on Thursday by U.S. District Judge Sandra Nwosu.",
        "Carol Ostrowski paid $18,400. She told the judge Pulaski himself came to her house.",
        "\u201cI am so sorry,\u201d Pulaski said.",
        "Nwosu called the scheme \u201ccalculated and cruel.\u201d",
        "\u201cI believe you feel remorse today,\u201d the judge said.",
    ])
    sorry = quotes["I am so sorry,"]
    assert (sorry.speaker, sorry.role) == ("Darren Pulaski", None)
    assert quotes["I believe you feel remorse today,"].speaker == "Sandra Nwosu"


def test_a_firms_name_without_the_words_after_its_ampersand_is_the_firm() -> None:
    # "Summit Shield" was a man of its own ("he said" went to him), not the firm.
    quotes = by_text([
        "Roofer jailed for hailstorm fraud",
        "Darren Pulaski, 44, the owner of Summit Shield Roofing & Restoration, was sentenced"
        " on Thursday. Victims paid Summit Shield deposits for roofs that never came.",
        "A former Summit Shield salesman, who asked us not to use his name, said the pressure"
        " came from the top. \u201cWe were told to get the check that night, no matter"
        " what,\u201d he said.",
    ])
    quote = quotes["We were told to get the check that night, no matter what,"]
    assert quote.speaker_kind == "description"
    assert (quote.speaker or "").startswith("a former Summit Shield salesman")


def test_a_second_verb_after_a_body_in_the_writers_words_is_the_subjects() -> None:
    # "for the Government but said": the words before "but said" held a capital, so they
    # were read as the new verb's subject, and the premier's words went to the government.
    quotes = by_text([
        "Labor set to hold seat as margin slashed",
        "Premier Catherine Lowrie, who campaigned in the electorate four times, conceded it had"
        " been \u201ca tough night\u201d for the Government but said she expected Mr Varghese to"
        " be elected.",
    ])
    assert quotes["a tough night"].speaker == "Catherine Lowrie"


def test_a_lone_word_set_off_as_someone_or_something_new_is_not_the_named_person() -> None:
    # The review's cases: a lone given name had joined whoever the story named in full with it,
    # even a brand or a namesake the story brought in as new.
    quotes = by_text([
        "Dress sells out",
        "Love Island star Zara McDermott wore the satin slip dress on Sunday.",
        "Zara, the Spanish high-street chain, said it would restock \u201cwithin a"
        " fortnight\u201d.",
        "District collector Lakshmi Menon visited the relief camp on Monday.",
        "Among those in the queue was Mrs. Lakshmi, a 63-year-old widow. \u201cWe have had"
        " nothing but rice water for three days,\u201d Mrs. Lakshmi said.",
        "Cormac Dalgleish, 45, has opened a bakery with his son. \u201cI never thought I would"
        " be up at four,\u201d said young Cormac, who left school last year.",
    ])
    assert [quotes[t].speaker for t in (
        "within a fortnight", "We have had nothing but rice water for three days,",
        "I never thought I would be up at four,",
    )] == ["Zara", "Lakshmi", "Cormac"]


def test_a_name_after_a_word_for_a_body_that_opens_a_clause_stays_a_person() -> None:
    # "the club Wenger managed for 22 years": the name is the clause's subject, not the body;
    # making it one gave him "the club said".
    quotes = by_text([
        "Statue unveiled for former manager",
        "A statue of Ars\u00e8ne Wenger was unveiled on Friday outside the stadium of the club"
        " Wenger managed for 22 years.",
        "The club said it was \u201ca fitting tribute to a visionary\u201d.",
    ])
    assert quotes["a fitting tribute to a visionary"].speaker != "Ars\u00e8ne Wenger"


def test_a_passive_agent_is_not_the_speaker_past_a_comma_a_dash_or_another_verb() -> None:
    quotes = by_text([
        "Minister refuses to quit",
        "Gillian Keegan was asked by Sky News presenter Kay Burley whether she would resign"
        " \u2013 \u201cabsolutely not\u201d.",
        "Dina Asher-Smith was told by coach Edrick Floreal on Monday she would not run the"
        " relay, a decision she later branded \u201cheartbreaking\u201d.",
    ])
    assert [quotes[t].speaker for t in ("absolutely not", "heartbreaking")] == [
        "Gillian Keegan", "Dina Asher-Smith"]


def test_another_after_someone_else_is_brought_in_is_not_one_more_of_the_first() -> None:
    quotes = by_text([
        "Fans fume at ticket prices",
        "One fan wrote on X: \u201c\u00a395 for a cup tie is daylight robbery.\u201d",
        "The club's chief executive, Mark Ashton, defended the prices. Players were also"
        " unhappy. Another posted on Instagram: \u201cGutted for the supporters who can't"
        " come.\u201d",
        "A girl singing carols told reporters it was \u201cmagic\u201d.",
    ])
    assert quotes["Gutted for the supporters who can't come."].speaker != "another fan"
    assert quotes["magic"].speaker == "a girl"
