"""Round eighty-one: attribution repairs found on the round's read set."""

from __future__ import annotations

from socialkit.models import Quote
from socialkit.quotes import extract_quotes
from tests.quotes_article import article_from_paragraphs, quote_opening
from tests.quotes_article import opening_speaker_and_kind as _speaker


def _quotes(paragraphs: list[str]) -> list[Quote]:
    return extract_quotes(article_from_paragraphs(paragraphs))


def test_an_office_read_as_a_person_gives_way_to_its_holder_set_off_after_it() -> None:
    # "Emergency Coordinator" is capitalised like a name, but no one is called that: the
    # holder is the name set off by commas right after the office.
    paragraphs = [
        "Floodwaters rose on the Mopan River overnight, closing the road to Bullet Tree Falls.",
        "“We are asking people who live close to the river not to wait until the water is at "
        "their doorstep,” NEMO's National Emergency Coordinator, Alvin Cawich, said at a press "
        "briefing in Belmopan.",
    ]
    assert _speaker(paragraphs, "We are asking people") == ("Alvin Cawich", "name")


def test_a_person_with_a_trade_for_a_surname_is_still_the_speaker() -> None:
    # "Baker" ends in a noun for a person, but it is a surname: the rule above must not pass
    # the quotation to the name set off after hers.
    paragraphs = [
        "The council met on Tuesday to discuss the harbour wall.",
        "“We cannot wait another winter,” said councillor Joanne Baker, the committee's chair, "
        "as the vote was taken.",
    ]
    assert _speaker(paragraphs, "We cannot wait") == ("Joanne Baker", "name")


def test_kin_by_marriage_inside_a_quotation_is_credited_as_the_speaker_put_it() -> None:
    # "sister-in-law" is a noun for a person though no list spells the hyphened compound.
    paragraphs = [
        "Vaccination teams in Irbid reached fewer than half of the children on their lists.",
        "Umm Yazan, a mother of four, said she had heard warnings from relatives. “My "
        "sister-in-law told me, ‘The injection makes children weak, don’t do it.’ I believed "
        "her,” she said.",
    ]
    quote = quote_opening(paragraphs, "The injection makes")
    assert (quote.speaker, quote.speaker_kind, quote.reported_by) == (
        "her sister-in-law", "description", "Umm Yazan")


def test_a_hyphened_compound_is_a_person_noun_only_after_a_person() -> None:
    from socialkit.quotes.people import is_person_noun

    assert is_person_noun("sister-in-law") and is_person_noun("brothers-in-law")
    assert is_person_noun("mother-of-two")
    assert not is_person_noun("state-of-the-art") and not is_person_noun("out-of-court")


def test_a_post_held_in_a_body_then_its_holder_set_off_gives_the_holder() -> None:
    # The body's name only says where she works; she is the one set off after it.
    paragraphs = [
        "The squid fleet returned early after the worst season in a decade.",
        "Managing director of Stanley-based fishing company Seaview Holdings, Rachel Summers, "
        "said her company's two vessels had returned to port \"with holds barely a third "
        "full\".",
    ]
    assert _speaker(paragraphs, "with holds") == ("Rachel Summers", "name")


def test_a_post_held_for_a_person_then_its_holder_set_off_gives_the_holder() -> None:
    # "Counsel for Connor": Connor is the client, not the one who told the court.
    paragraphs = [
        "Kadeem Connor, 24, appeared before the Magistrate's Court on Monday.",
        "Counsel for Connor, Mr. Jerome Harrigan, told the court that his client \"maintains "
        "his innocence\" and has strong ties to the community.",
    ]
    assert _speaker(paragraphs, "maintains his") == ("Jerome Harrigan", "name")


def test_a_body_s_initials_between_the_post_and_its_holder_are_passed_over() -> None:
    paragraphs = [
        "Twelve boats raced on August Monday in Sandy Ground.",
        "President of the Anguilla Boat Racing Association (ABRA), Mr. Kerwin Brooks, "
        "described the race as “one of the closest finishes I have seen on August Monday” and "
        "praised the crews.",
    ]
    assert _speaker(paragraphs, "one of the closest") == ("Kerwin Brooks", "name")


def test_a_capitalised_title_the_story_gave_one_person_joins_their_surname() -> None:
    # No title list holds every church's ranks; the story gave this one to Elroy Banks.
    paragraphs = [
        "Pastor Elroy Banks of the Stoney Ground Methodist Church said the congregation would "
        "hold a prayer vigil on Sunday evening.",
        "\"Our young men are hurting, and nobody is talking to them,\" Pastor Banks said.",
    ]
    assert _speaker(paragraphs, "Our young men") == ("Elroy Banks", "name")


def test_the_title_joins_no_one_when_two_people_share_the_surname() -> None:
    paragraphs = [
        "Pastor Elroy Banks and Pastor Ruth Banks of the Stoney Ground Methodist Church said "
        "the congregation would hold a prayer vigil on Sunday evening.",
        "\"Our young men are hurting, and nobody is talking to them,\" Pastor Banks said.",
    ]
    assert _speaker(paragraphs, "Our young men")[0] not in ("Elroy Banks", "Ruth Banks")


def test_a_name_that_modifies_a_noun_is_no_rival_for_the_sentence_s_her() -> None:
    # "a Narva health center" names a town, not a second person "her" could be; so the story
    # tells Tatjana Smirnova's sex, and the age epithet after her introduction is hers.
    paragraphs = [
        "Narva family physician Jelena Smirnova said her practice had seen a sharp increase in "
        "the number of parents asking for the vaccine.",
        "One of the parents waiting outside a Narva health center on Tuesday morning was "
        "Tatjana Smirnova, no relation, who had brought her two sons for their second dose. "
        "\"I was afraid of the side effects, I read a lot of things online,\" the 34-year-old "
        "said.",
    ]
    assert _speaker(paragraphs, "I was afraid") == ("Tatjana Smirnova", "name")


def test_people_a_quotation_describes_coming_and_saying_are_the_inner_speakers() -> None:
    # "the traders" heads a verb phrase joined to the cue by "and": they speak the inner words.
    paragraphs = [
        "Coffee farmers in Haraz say the export ban has left them at the mercy of middlemen.",
        "\"Now the traders come to the village and say: 'You cannot export, so sell to us.' "
        "What can we do?\" said Ali Hussein Al-Harazi.",
    ]
    quote = quote_opening(paragraphs, "You cannot export")
    assert (quote.speaker, quote.speaker_kind, quote.reported_by) == (
        "the traders", "description", "Ali Hussein Al-Harazi")


def test_a_noun_by_its_ending_before_a_verb_of_no_coming_stays_unread() -> None:
    # "the water rises": a word ending like a noun for people before a verb not of coming.
    paragraphs = [
        "The river keeps rising in Kasese.",
        "\"Every night the water rises to the door and we say: 'Tomorrow we leave.' But we "
        "stay,\" said Jane Kabugo.",
    ]
    from socialkit.quotes import extract_quotes
    from tests.quotes_article import article_from_paragraphs

    speakers = {q.speaker for q in extract_quotes(article_from_paragraphs(paragraphs))}
    assert speakers == {"Jane Kabugo"}


def test_he_in_a_relative_s_words_is_the_one_other_bearer_of_their_surname() -> None:
    paragraphs = [
        "Kerwin Antoine, 24, a mechanic, was shot dead near the bus terminal in Grenville on "
        "Saturday night.",
        "At the family home in Telescope on Monday, relatives gathered under a tent.",
        "\"He called me about half-past ten and said, 'Mammy, I coming home just now, keep "
        "some food for me,' and I say all right,\" said Gemma Antoine, 56.",
    ]
    quote = quote_opening(paragraphs, "Mammy, I coming")
    assert (quote.speaker, quote.reported_by) == ("Kerwin Antoine", "Gemma Antoine")


def test_a_namesake_named_only_after_the_quotation_is_not_the_one_recalled() -> None:
    # The contractor of the story's narration told her; her husband is named only later.
    paragraphs = [
        "Dwayne Kittredge, 52, pleaded guilty on Tuesday to taking deposits for roofs he never "
        "built.",
        "\"Every time it rained I'd lie awake,\" Marjorie Haskell said after the hearing. \"He "
        "told me, ‘Miss Marjorie, you're first on the list.’ I believed him.\"",
        "Her husband, Ted Haskell, addressed the judge on behalf of the couple.",
    ]
    quote = quote_opening(paragraphs, "Miss Marjorie")
    assert quote.speaker != "Ted Haskell"


def test_the_last_thing_someone_said_names_who_spoke_the_inner_words() -> None:
    paragraphs = [
        "Tavaris Moss, 19, an engineering student, died in hospital on Saturday.",
        "“He was a good boy. The last thing Tavaris said to me was, ‘Uncle, I passing all my "
        "courses this semester.’ Now he is gone,” said his uncle Delano Moss.",
    ]
    quote = quote_opening(paragraphs, "Uncle, I passing")
    assert (quote.speaker, quote.reported_by) == ("Tavaris Moss", "Delano Moss")


def test_a_word_of_a_portfolio_gives_way_to_the_minister_whose_title_follows() -> None:
    paragraphs = [
        "The Casino Creek copper mine will not reopen this year, its owner said on Monday.",
        "Energy, Mines and Resources Minister Phil Danforth said the territory is "
        "“disappointed but not surprised,” pointing to high interest rates.",
    ]
    assert _speaker(paragraphs, "disappointed but") == ("Phil Danforth", "name")


def test_a_title_of_capitals_and_joining_words_leads_to_its_holder() -> None:
    paragraphs = [
        "Waiting times for planned surgery fell sharply last year.",
        "State Secretary for Health Dr. Bence Gál of the Ministry of Interior, which oversees "
        "the health care system, told a press conference in Budapest on Monday: “The numbers "
        "speak for themselves.”",
    ]
    assert _speaker(paragraphs, "The numbers speak") == ("Bence Gál", "name")


def test_a_body_then_a_verb_s_object_is_no_title_of_that_person() -> None:
    # Words between that are not the person's title ("thanked") keep the body as the speaker.
    paragraphs = [
        "The cup final was played without incident at the Antoinette Tubman Stadium.",
        "The Ministry of Youth and Sports thanked referee Musa Kamara and called the "
        "tournament \"the most peaceful Meet in years\".",
    ]
    assert _speaker(paragraphs, "the most peaceful")[0] != "Musa Kamara"


def test_the_title_s_holder_speaks_in_a_what_clause_too() -> None:
    paragraphs = [
        "A former finance officer was jailed for five years on Tuesday.",
        "The court heard the money paid for what State prosecutor Mosese Naivalu described as "
        "“lavish” family and church functions.",
    ]
    assert _speaker(paragraphs, "lavish") == ("Mosese Naivalu", "name")


def test_a_party_s_initials_opening_a_paragraph_are_no_dateline() -> None:
    paragraphs = [
        "Floodwaters covered much of Nickerie district on Tuesday.",
        "ROS Minister Reshma Sitaldin, who visited the district on Tuesday afternoon, promised "
        "that the government would \"not leave Nickerie alone\".",
    ]
    assert _speaker(paragraphs, "not leave Nickerie") == ("Reshma Sitaldin", "name")


def test_a_dateline_in_capitals_still_names_no_one() -> None:
    paragraphs = [
        "PORT LOUIS, Mauritius — The central bank held its key rate on Thursday, saying "
        "inflation was \"still too high for comfort\".",
    ]
    assert _speaker(paragraphs, "still too high")[0] != "PORT LOUIS"


def test_an_epithet_after_reported_speech_is_the_one_reported() -> None:
    # The prosecutor's words are reported before they are quoted; the judge was quoted last.
    paragraphs = [
        "Justice Keisha Alleyne-Lewis handed down the sentence at the High Court in Kingstown.",
        "“The court cannot ignore the scale of this enterprise,” Justice Alleyne-Lewis said.",
        "The judge said she gave Snagg a one-third discount for his guilty plea.",
        "Crown Counsel Renrick Samuel told the court that the drugs had an estimated street "
        "value of EC$4.2 million.",
        "“This boat was not out fishing, My Lady. There was no fish on that boat.",
        "“What there was, was 38 parcels wrapped in black plastic,” the prosecutor said.",
    ]
    assert _speaker(paragraphs, "This boat was not") == ("Renrick Samuel", "name")


def test_an_epithet_after_someone_named_but_not_reported_is_left_to_the_story() -> None:
    # Snagg is named last but only as the one sentenced: no one is reported speaking there.
    paragraphs = [
        "Justice Keisha Alleyne-Lewis handed down the sentence at the High Court in Kingstown.",
        "The court heard that fisherman Dwight Snagg had carried the parcels from Canouan.",
        "“This boat was not out fishing, My Lady,” the prosecutor said.",
    ]
    assert _speaker(paragraphs, "This boat was not")[0] != "Dwight Snagg"


# The review's guards: each failed before its mend.


def test_a_reader_set_off_with_his_town_keeps_his_words() -> None:
    paragraphs = [
        "Readers wrote in about the bus cuts.",
        "\"The 12 was my only way to work,\" Aram Tehranian, Glen Ellyn, said.",
    ]
    assert _speaker(paragraphs, "The 12 was") == ("Aram Tehranian", "name")


def test_a_son_is_no_daughter_in_law() -> None:
    paragraphs = [
        "Maria Santos, 71, was found alive in her flooded home in Petrópolis on Wednesday.",
        "Her son, Paulo Santos, had been searching for her for two days with his wife.",
        "“She was sitting on the wardrobe, singing,” the daughter-in-law said.",
    ]
    assert _speaker(paragraphs, "She was sitting")[0] != "Paulo Santos"


def test_a_full_name_after_a_is_still_a_person_the_sentence_s_she_may_be() -> None:
    # "she" is the painter's; the buyer stays a man and keeps his "he said".
    paragraphs = [
        "Gallery owner Ruth Adeyemi said her auction had raised 40 million naira.",
        "Among the buyers was Chidera Okoro, 52, who bought a Tasha Greene portrait that she "
        "had painted in Ibadan in 1990.",
        "“My father sold it when I was a boy, and I have looked for it ever since,” he said.",
    ]
    assert _speaker(paragraphs, "My father sold it") == ("Chidera Okoro", "name")


def test_an_official_namesake_is_no_kin_the_teller_recalls() -> None:
    paragraphs = [
        "Fire destroyed a grocery in Grand Roy on Tuesday night.",
        "Fire Officer Desmond Antoine said the blaze appeared to have started in a freezer.",
        "Nobody was hurt.",
        "“He knocked on my door at midnight and said, ‘Miss Gemma, your shop is burning,’” "
        "said owner Gemma Antoine, 62.",
    ]
    speakers = {q.speaker for q in _quotes(paragraphs)}
    assert "Desmond Antoine" not in speakers


def test_the_last_thing_he_said_is_not_the_detective_s() -> None:
    paragraphs = [
        "A 16-year-old boy was stabbed to death in Croydon on Friday evening. Detective "
        "Inspector Mark Fellows said officers were questioning two men.",
        "“The last thing he said to me was, ‘Mum, I’ll be back by ten,’” said the boy's "
        "mother, Yvonne Adjei.",
    ]
    speakers = {q.speaker for q in _quotes(paragraphs)}
    assert "Mark Fellows" not in speakers


def test_the_prosecutor_is_not_the_defence_lawyer_reported_before() -> None:
    paragraphs = [
        "Justice Keisha Alleyne-Lewis handed down the sentence at the High Court in Kingstown.",
        "“The court cannot ignore the scale of this enterprise,” Justice Alleyne-Lewis said.",
        "Defence lawyer Kay Bacchus told the court that her client was a poor fisherman who "
        "had been used.",
        "“This boat was not out fishing, My Lady. There was no fish on that boat.",
        "“What there was, was 38 parcels wrapped in black plastic,” the prosecutor said.",
    ]
    assert _speaker(paragraphs, "This boat was not")[0] != "Kay Bacchus"


def test_the_doctor_is_not_a_patient_reported_before() -> None:
    paragraphs = [
        "Doctors at Kenyatta National Hospital have been on strike for three weeks.",
        "“We have not been paid since August,” union official Davji Atellah said.",
        "Grace Wanjiru said she had waited nine hours at the casualty department before being "
        "turned away.",
        "“We are seeing patients in corridors. We have no gloves.",
        "“It breaks my heart every day,” the doctor said.",
    ]
    assert _speaker(paragraphs, "We are seeing patients")[0] != "Grace Wanjiru"


def test_a_man_just_quoted_is_not_the_he_a_widow_recalls() -> None:
    # Found composing an article of our own: the pastor quoted in the paragraph before was
    # taken for the husband whose words the widow remembers.
    paragraphs = [
        "The family of ferry captain Desmond Charles, who died when fire swept through the MV "
        "Grenadine Star, buried him on Thursday.",
        "Pastor Elroy Banks of the Bequia Anglican Church led the service. \"Desmond carried "
        "this island on his back for thirty years,\" Pastor Banks said.",
        "His widow, Angela Charles, 58, sat in the front pew. \"He called me from the bridge at "
        "six and said, 'Angie, the sea is calm, I will be home for lunch.' That was the last "
        "time I heard his voice,\" she said.",
    ]
    quote = quote_opening(paragraphs, "Angie, the sea")
    assert (quote.speaker, quote.reported_by) == ("Desmond Charles", "Angela Charles")
