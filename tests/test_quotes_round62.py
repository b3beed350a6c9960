"""Round sixty-two. Snippets written for these tests."""

from __future__ import annotations

from socialkit.models import Quote
from tests.quotes_article import quote_opening


def _quote(paragraphs: list[str], opening: str) -> Quote:
    return quote_opening(paragraphs, opening, title="Water cuts dominate the Assembly")


def test_an_office_in_an_inverted_tag_is_its_holder_not_the_body_it_is_of() -> None:
    # "said the Minister of Energy" had credited "Energy", read as a body.
    paragraphs = [
        "The Minister of Energy, Deepak Ramessur, announced new cuts on Tuesday.",
        "\u201cThe population must be patient,\u201d said the Minister of Energy.",
    ]
    quote = _quote(paragraphs, "The population must")
    assert (quote.speaker, quote.role) == ("Deepak Ramessur", "Minister of Energy")


def test_an_office_after_where_the_opens_at_its_the() -> None:
    # The role had been "where the Leader of the Opposition", "Opposition" a person holding
    # "Leader of the", and the tag credited "Opposition".
    paragraphs = [
        "The water crisis dominated the sitting of the National Assembly, where the Leader of "
        "the Opposition, Joël Ravaton, used his question to press the government.",
        "\u201cThe population is tired of promises,\u201d declared the Leader of the "
        "Opposition, who accused the water authority of failures.",
    ]
    quote = _quote(paragraphs, "The population is tired")
    assert (quote.speaker, quote.role) == ("Joël Ravaton", "Leader of the Opposition")


def test_an_office_of_two_capitalised_words_before_an_honorific() -> None:
    paragraphs = [
        "At a press conference in Port-Louis, the Director General of Health Services, Dr "
        "Anil Seebaluck, called on the population not to lower its guard.",
        "Dr Seebaluck insisted on the role of each household. \u201cTen minutes a week is "
        "enough to break the chain,\u201d concluded the Director General of Health Services.",
    ]
    quote = _quote(paragraphs, "Ten minutes a week")
    assert (quote.speaker, quote.role) == (
        "Anil Seebaluck", "Director General of Health Services")


def test_an_office_no_one_is_named_to_speaks_as_the_office() -> None:
    paragraphs = [
        "Ferries to the outer islands were cancelled for a third day.",
        "\u201cNo vessel leaves until the swell drops,\u201d said the Governor of Harbour "
        "Province.",
    ]
    quote = _quote(paragraphs, "No vessel leaves")
    assert (quote.speaker, quote.speaker_kind) == ("Governor of Harbour Province", "organisation")


def test_an_office_keeps_where_it_is_held_after_the_name_run() -> None:
    paragraphs = [
        "Residents blocked the coast road on Saturday.",
        "\u201cDevelopment is good, but not at any price,\u201d said the Member of the House "
        "of Representatives for Malindi.",
    ]
    quote = _quote(paragraphs, "Development is good")
    assert quote.speaker == "Member of the House of Representatives for Malindi"


def test_a_portfolio_joined_by_and_is_the_whole_role() -> None:
    paragraphs = [
        "The Minister of Culture and Creative Industries, Nuno Silva, opened the festival.",
        "\u201cOur musicians are our best ambassadors,\u201d Silva said.",
    ]
    quote = _quote(paragraphs, "Our musicians")
    assert (quote.speaker, quote.role) == (
        "Nuno Silva", "Minister of Culture and Creative Industries")


def test_the_verb_after_a_name_set_off_is_no_role() -> None:
    # ", spoke first." had been read as the role "spoke first".
    paragraphs = [
        "The Leader of the Opposition, Joël Ravaton, spoke first.",
        "\u201cWe will not let this matter drop,\u201d Ravaton said.",
    ]
    quote = _quote(paragraphs, "We will not let")
    assert (quote.speaker, quote.role) == ("Joël Ravaton", "Leader of the Opposition")


def test_the_office_a_sentence_s_subject_questioned_is_not_the_subjects() -> None:
    # ", questioned the Minister of Energy," is the sentence's predicate, not Ravaton's
    # apposition: he is no minister.
    paragraphs = [
        "The Leader of the Opposition, Joël Ravaton, questioned the Minister of Energy, Deepak "
        "Ramessur, on the cuts.",
        "\u201cWe are not hiding anything,\u201d said the Minister of Energy.",
        "\u201cThe minister has had six weeks,\u201d Ravaton said.",
    ]
    assert _quote(paragraphs, "We are not hiding").speaker == "Deepak Ramessur"
    quote = _quote(paragraphs, "The minister has had")
    assert (quote.speaker, quote.role) == ("Joël Ravaton", "Leader of the Opposition")


def test_a_group_noun_with_the_holder_s_words_is_the_holder() -> None:
    # "representative" is also a group's word ("a representative for the firm"): the story
    # gave Ical every word of "the area representative".
    paragraphs = [
        "Toledo West Area Representative Rodwell Ical visited the shelter in Jordan on Tuesday.",
        "\u201cI understand the frustration of the people,\u201d the area representative told "
        "reporters.",
    ]
    assert _quote(paragraphs, "I understand the frustration").speaker == "Rodwell Ical"


def test_he_goes_on_from_one_of_no_stated_sex_whose_words_the_sentence_before_reports() -> None:
    # Coc, a man, was named in the paragraph before; Ical's given name says no sex, but the
    # sentence before reports his words.
    paragraphs = [
        "Coc said the bridge was under six feet of water. \u201cNobody should try to cross "
        "it,\u201d he warned.",
        "Toledo West Area Representative Rodwell Ical, who visited the shelter on Tuesday "
        "night, acknowledged that repairs had been delayed. He said the contractor "
        "\u201ccould not mobilise before the rains started.\u201d",
    ]
    assert _quote(paragraphs, "could not mobilise").speaker == "Rodwell Ical"


def test_a_name_set_off_after_a_description_opening_a_joined_clause_is_brought_on() -> None:
    paragraphs = [
        "\u201cWe are not hiding anything,\u201d Deepak Ramessur said.",
        "This reply provoked an uproar on the opposition benches, and the Speaker, Anand "
        "Gopee, had to intervene several times. \u201cOrder! Order! This is a question, not a "
        "public meeting,\u201d he reminded the House.",
    ]
    assert _quote(paragraphs, "Order! Order!").speaker == "Anand Gopee"


def test_a_ministry_named_for_a_list_of_portfolios_is_whole() -> None:
    # "Enterprise" ends as no portfolio word in our list does; a list of three is portfolios.
    paragraphs = [
        "Floodwaters cut off four villages in the south of the district.",
        "The Ministry of Agriculture, Food Security and Enterprise said in a press release "
        "that extension officers would \u201cassess damage to crops as soon as roads "
        "reopen.\u201d",
    ]
    quote = _quote(paragraphs, "assess damage")
    assert quote.speaker == "Ministry of Agriculture, Food Security and Enterprise"


def test_an_epithet_no_one_holds_after_the_sentence_reporting_one_persons_words() -> None:
    paragraphs = [
        "Defending champion Marlon Quiroz of Team Santa Elena finished third. Quiroz said his "
        "team had tried to organise a chase but \u201cnobody wanted to pull.\u201d",
        "\u201cWhen two brothers work together like that, it is very hard to close the "
        "gap,\u201d the San Ignacio native said.",
    ]
    assert _quote(paragraphs, "When two brothers").speaker == "Marlon Quiroz"


def test_an_epithet_after_a_sentence_that_reports_no_one_stays_the_storys_words() -> None:
    # (The near miss: the sentence before the quotation reports no one's words.)
    paragraphs = [
        "Defending champion Marlon Quiroz of Team Santa Elena finished third, almost two "
        "minutes back.",
        "\u201cWhen two brothers work together like that, it is very hard to close the "
        "gap,\u201d the San Ignacio native said.",
    ]
    assert _quote(paragraphs, "When two brothers").speaker != "Marlon Quiroz"


def test_a_nickname_of_three_words_after_the_keeps_the_name_whole() -> None:
    paragraphs = [
        "Defending champion Oscar \"the Cayo Express\" Quiroz finished third.",
        "\"We tried to organise a chase,\" Quiroz said.",
    ]
    assert _quote(paragraphs, "We tried to organise").speaker == "Oscar Quiroz"


def test_an_office_read_as_a_body_is_the_holder_set_off_after_it() -> None:
    # "District" made "Toledo District Coordinator" a body, which was credited.
    paragraphs = [
        "Floodwaters cut off four villages in the south of the district.",
        "NEMO\u2019s Toledo District Coordinator, Aurelio Coc, said: \u201cWe have three boats "
        "in the water right now.\u201d",
    ]
    assert _quote(paragraphs, "We have three boats").speaker == "Aurelio Coc"


# The review's cases (a helper's adversarial snippets; each failed at the reviewed head).


def test_an_office_in_a_list_after_from_stays_the_name_before_its() -> None:
    paragraphs = [
        "Letters of support came from Ana Ribeiro, the president of the union, Carlos Mendes, "
        "the treasurer, and several retired members.",
        "\u201cWe stand with the nurses,\u201d the union president said.",
    ]
    quote = _quote(paragraphs, "We stand with")
    assert (quote.speaker, quote.role) == ("Ana Ribeiro", "president of the union")


def test_a_participle_that_makes_someone_what_they_are_keeps_the_role() -> None:
    paragraphs = [
        "Mei Lin Tan, appointed the bank\u2019s chief economist in March, said inflation "
        "would ease by the end of the year.",
        "\u201cFood prices have already turned,\u201d the chief economist said.",
    ]
    assert _quote(paragraphs, "Food prices").speaker == "Mei Lin Tan"


def test_a_job_title_whose_first_word_is_also_a_verb_is_a_role() -> None:
    paragraphs = [
        "Declan Furlong, attack coach, said the side had worked on its lineout all week.",
        "\u201cWe were sharper today,\u201d Furlong said.",
    ]
    assert _quote(paragraphs, "We were sharper").role == "attack coach"


def test_an_office_split_at_and_by_the_name_run_is_whole() -> None:
    paragraphs = [
        "The Minister of Culture and Creative Industries, Nuno Silva, opened the festival.",
        "\u201cCulture is an economy, not a decoration,\u201d said the Minister of Culture and "
        "Creative Industries.",
    ]
    assert _quote(paragraphs, "Culture is an economy").speaker == "Nuno Silva"


def test_an_office_is_its_holder_named_in_other_words() -> None:
    paragraphs = [
        "Finance Minister Kwabena Adjei-Mensah presented the budget on Thursday.",
        "\u201cThis is a budget for growth,\u201d said the Minister of Finance.",
    ]
    assert _quote(paragraphs, "This is a budget").speaker == "Kwabena Adjei-Mensah"
