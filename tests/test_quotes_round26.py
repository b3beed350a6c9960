"""Speakers the story describes rather than names (round twenty-six): "the county board said"
with no board named, and "“...,” she said" after a sentence about "her neighbour". Snippets
written for these tests."""

from __future__ import annotations

from socialkit.quotes.names import NameIndex
from tests.quotes_article import quotes_by_text as by_text

_LEDE = [
    "Bin strike enters third week in Eastgate",
    "Halina Kowalczyk, 71, has not had her bins emptied for six weeks. \u201cIt is a"
    " disgrace,\u201d she said.",
]
_NEIGHBOUR = ("Everybody down here knows the council president lives up on the hill, where a"
              " private hauler comes twice a week,")


def test_a_pronoun_after_a_described_subject_is_that_source_not_the_last_name() -> None:
    quotes = by_text([
        *_LEDE,
        "Her neighbour, who asked not to be named because she works for the city, was blunter."
        f" \u201c{_NEIGHBOUR}\u201d she said.",
    ])
    assert (quotes[_NEIGHBOUR].speaker, quotes[_NEIGHBOUR].speaker_kind) == (
        "her neighbour", "description")
    assert quotes["It is a disgrace,"].speaker == "Halina Kowalczyk"


def test_a_described_subject_gives_way_to_a_name_after_it() -> None:
    # The sentence names a woman after its subject: she may be "she", so the rule says nothing
    # and the name stands.
    quotes = by_text([
        *_LEDE,
        "Her neighbour was blunter when Kowalczyk spoke to the council on Monday."
        f" \u201c{_NEIGHBOUR}\u201d she said.",
    ])
    assert quotes[_NEIGHBOUR].speaker == "Halina Kowalczyk"


def test_a_described_subject_of_the_other_sex_is_not_the_pronoun() -> None:
    quotes = by_text([
        *_LEDE,
        "Her husband, who worked on the bins for thirty years, was blunter."
        f" \u201c{_NEIGHBOUR}\u201d she said.",
    ])
    assert quotes[_NEIGHBOUR].speaker == "Halina Kowalczyk"


def test_a_described_subject_the_story_gave_a_name_is_that_person() -> None:
    quotes = by_text([
        "Sanitation workers reject offer",
        "Union president Marcus Bell said the offer was an insult to his members.",
        "Councillor Tom Hale said the city could not afford more.",
        "The union president was unmoved when the remark was put to him."
        " \u201cThen let him pay them fairly,\u201d he said.",
    ])
    assert quotes["Then let him pay them fairly,"].speaker == "Marcus Bell"


_NO_CASH = "no cash will be accepted at the turnstiles."


def test_a_body_the_story_names_only_by_its_kind_speaks_as_the_story_calls_it() -> None:
    # No board is named: "the county board" is who speaks (the guide's "organisation",
    # in the story's words), where we had credited no one.
    quotes = by_text([
        "Carrigbawn through to county final",
        "Carrigbawn beat St Fintan\u2019s by two points on Sunday.",
        "The county board said in a statement that tickets would go on sale on Wednesday,"
        f" and advised supporters that \u201c{_NO_CASH}\u201d",
    ])
    assert (quotes[_NO_CASH].speaker, quotes[_NO_CASH].speaker_kind) == (
        "the county board", "organisation")


def test_a_body_the_story_named_is_still_its_name() -> None:
    quotes = by_text([
        "Carrigbawn through to county final",
        "The Kerrigan County Board fixed the final for Sunday week.",
        "The board said in a statement that tickets would go on sale on Wednesday,"
        f" and advised supporters that \u201c{_NO_CASH}\u201d",
    ])
    assert quotes[_NO_CASH].speaker == "Kerrigan County Board"


def test_a_fragment_before_a_subordinate_clause_is_the_sentence_speakers() -> None:
    # "when he said" is another speech act, not the fragment's tag: the words "absolutely
    # right" are the general's.
    quotes = by_text([
        "General backs candidate",
        "Retired Gen. Michael Flint said Donald Trask was \u201cabsolutely right\u201d when he"
        " said on Wednesday night that the generals had been ignored.",
    ])
    assert quotes["absolutely right"].speaker == "Michael Flint"


def test_as_after_a_fragment_is_still_its_tag() -> None:
    quotes = by_text([
        "Newspaper chains merge",
        "Michael Reed runs the merged company.",
        "The \u201cnew Gannett,\u201d as Reed dubbed the combination, will have national heft.",
    ])
    assert quotes["new Gannett,"].speaker == "Michael Reed"


def test_a_name_in_a_scene_setting_phrase_is_not_the_pronouns_subject() -> None:
    # "he told the host" after "In an interview with radio host Rusty Humbert, Hamm made it
    # clear ...": Hamm is the sentence's subject; the host is who he told.
    quote = "Now that I do not have to be politically correct anymore,"
    quotes = by_text([
        "General speaks out",
        "Retired Gen. Norman Hamm is speaking out about the military.",
        "In an interview with radio host Rusty Humbert, Hamm made it clear he had major"
        " misgivings about the armed forces.",
        f"\u201c{quote}\u201d he told the host, \u201cit was demoralizing.\u201d",
    ])
    (said,) = [q for text, q in quotes.items() if text.startswith(quote)]
    assert said.speaker == "Norman Hamm"


def test_a_body_named_x_on_y_is_one_name() -> None:
    quote = "there were issues regarding the audio in the hall."
    quotes = by_text([
        "Debate audio",
        "He notes that the Commission on Presidential Debates spoke about it on Friday.",
        f"The commission says on its website that \u201c{quote}\u201d",
    ])
    assert quotes[quote].speaker == "Commission on Presidential Debates"
    # Not across a day, nor onto a person: "the Senate on Tuesday", "Congress on Hillary
    # Clinton's emails".
    text = ("The Senate on Tuesday Evening voted. Congress on Hillary Clinton spoke. A spokesman"
            " for the Senate on Capitol Hill said the vote would be close.")
    names = {m.entity.name for m in NameIndex(text, text).mentions}
    assert "Hillary Clinton" in names
    assert not any(" on " in name for name in names)


# The review's cases (round twenty-six): where the new rules must stay silent.
def test_a_described_subject_who_does_not_speak_leaves_the_pronoun_to_the_name() -> None:
    for sentence in ("Her lawyer, who was not in court, declined to comment.",
                     "Her mother, who died in 2019, was a nurse at the same hospital.",
                     "Her doctor told her to rest."):
        quotes = by_text([
            "Tenant fights eviction",
            "Maria Feeney, 64, has lived in the flat for thirty years. \u201cI am not"
            " leaving,\u201d she said.",
            f"{sentence} \u201cI have done nothing wrong,\u201d she said.",
        ])
        assert quotes["I have done nothing wrong,"].speaker == "Maria Feeney", sentence


def test_a_role_holder_of_the_other_sex_is_not_she() -> None:
    quotes = by_text([
        "Council row over housing",
        "Mayor Tom Ruiz said the city had no money for repairs.",
        "Councillor Ann Price said the mayor had broken his promise.",
        "The mayor was unmoved on Monday. \u201cHe is hiding from us,\u201d she said.",
    ])
    assert quotes["He is hiding from us,"].speaker != "Tom Ruiz"


def test_a_conjunction_or_according_to_opens_no_scene() -> None:
    for sentence, quote in [
            ("But Mary Cole, who chairs the housing committee, told Price the plan was dead.",
             "We cannot fund it, and we never could,"),
            ("According to Mary Cole, who chairs the housing committee, Price had been misled.",
             "She was never shown the figures,")]:
        quotes = by_text([
            "Council vote",
            "Councillor Ann Price backed the plan at Monday's meeting.",
            sentence,
            f"\u201c{quote}\u201d she said.",
        ])
        assert quotes[quote].speaker == "Mary Cole", sentence


def test_a_clause_after_a_fragment_with_no_speaker_before_it_keeps_its_tag() -> None:
    quotes = by_text([
        "Hospital closure",
        "The plan is \u201creckless\u201d while the budget is shrinking, Councillor Ann Price"
        " said on Monday.",
        "The closure is \u201cunacceptable\u201d because the trust ignored every warning,"
        " Councillor Ann Price said.",
    ])
    assert quotes["reckless"].speaker == "Ann Price"
    # ("every warning" is a noun, no cue: "the trust" was credited.)
    assert quotes["unacceptable"].speaker == "Ann Price"


def test_an_unnamed_body_is_never_posted_and_never_loses_its_words_to_a_person() -> None:
    from socialkit.models import why_none_postable

    # (The headline is no paragraph here: a story opening with the company names it.)
    quotes = by_text([
        "Three hundred jobs will go at the Eastgate plant, which opened in 1972.",
        "\u201cThis was the hardest decision we have ever had to make,\u201d the company said.",
    ])
    (quote,) = quotes.values()
    assert (quote.speaker, quote.postable) == ("the company", False)
    assert why_none_postable([quote]) == "no quote a post may use (1 found: 1 unnamed body)"
    quotes = by_text([
        "Estate repairs row",
        "The council said in a letter that the estate was \u201cnot a priority this year.\u201d",
        "Tenants' leader Ann Price said: \u201cThey wrote to us that the estate was not a"
        " priority this year. That says it all.\u201d",
    ])
    assert quotes["not a priority this year."].speaker == "the council"


def test_a_capital_inside_a_word_opens_no_name() -> None:
    # "eBay said" had credited "Bay", "easyJet said" "Jet": better no speaker than half a name.
    quotes = by_text([
        "Marketplace changes",
        "\u201cWe are committed to our sellers,\u201d eBay said in a statement.",
        "\u201cThe fees are fair,\u201d easyJet said.",
    ])
    assert quotes["We are committed to our sellers,"].speaker is None
    assert quotes["The fees are fair,"].speaker is None


def test_a_lede_whose_subject_is_an_unknown_name_gives_no_company() -> None:
    # Without "iPhone" read as a name "Phone" (above), "Foxconn" had become the story's
    # company; a lede opening with an unknown name and its verb names none.
    quote = "We expect to ship the new models in December,"
    quotes = by_text([
        "Apple has delayed its new iPhone after Foxconn Technology Co. halted production.",
        "Analysts expect the delay to cut holiday sales.",
        f"\u201c{quote}\u201d the company said in a statement.",
    ])
    assert quotes[quote].speaker != "Foxconn Technology Co"
    # A lede opening with people ("Workers said") still has its company.
    quotes = by_text([
        "Workers said Harrow Foods Ltd. had told them of the closure on Monday morning.",
        "Analysts expect the delay to cut holiday sales.",
        f"\u201c{quote}\u201d the company said in a statement.",
    ])
    assert quotes[quote].speaker == "Harrow Foods Ltd"


def test_a_sentence_introducing_a_quotation_with_a_colon_is_its_subjects() -> None:
    # The paragraph's earlier "he said" does not carry over past a sentence of its own whose
    # subject introduces the quotation; and an appositive may end in a comma inside a title's
    # closing mark (American style: "the set of “Fargo,” had").
    quote = "It was just that immediate feeling of this is the song."
    quotes = by_text([
        "Song story",
        "Director Tom Harper heard the song first. \u201cIt grabbed me by the heart,\u201d he"
        " said. \u201cIt just connected.\u201d Jessie Buckley, who phoned in from the Chicago set"
        f" of \u201cFargo,\u201d had a similar experience: \u201c{quote}\u201d",
    ])
    assert quotes[quote].speaker == "Jessie Buckley"


# From the round's two editor audits (articles the helpers wrote; these snippets are ours).
def test_someone_who_did_not_comment_is_not_the_next_she() -> None:
    quote = "We were kids, and we hurt each other, and I'm sorry for my part in it,"
    quotes = by_text([
        "\u201cI thought I was done,\u201d Odessa Vane said of the years after the band.",
        "She is more guarded when asked about the split, and about guitarist Conor Bleakley,"
        " with whom she wrote the songs. Bleakley, who now lives in Lisbon, did not respond to"
        " a request for comment.",
        f"\u201c{quote}\u201d she says, after a long pause.",
    ])
    # (Not as the person the story turned to since the last quotation either.)
    assert quotes[quote].speaker == "Odessa Vane"
    quotes = by_text([
        "Odessa Vane has spoken for the first time about the break-up of the Lanterns.",
        "She was guarded when asked about the split, and about guitarist Conor Bleakley, with"
        " whom she wrote most of the songs. Bleakley, who now lives in Lisbon, did not respond"
        " to a request for comment.",
        f"\u201c{quote}\u201d she said.",
    ])
    assert quotes[quote].speaker == "Odessa Vane"
    assert quotes[quote].role is None


def test_the_answer_to_a_question_put_to_mrs_x_is_hers() -> None:
    answer = "Anything is possible,"
    quotes = by_text([
        "Giving evidence, Janet Morrow, who lived opposite the victim, said she heard a bang.",
        "Cross-examining Mrs Morrow, defence barrister Richard Oyelaran KC asked whether she"
        " had been wearing her glasses. Callum Fraine is 6ft 3in.",
        "\u201cIs it possible, Mrs Morrow, that the man you saw was not Mr Fraine at all?\u201d"
        " Mr Oyelaran asked.",
        f"\u201c{answer}\u201d she said. \u201cBut I don't think so.\u201d",
    ])
    (said,) = [q for text, q in quotes.items() if text.startswith(answer)]
    assert said.speaker == "Janet Morrow"


def test_a_first_word_alone_is_the_body_named_before_not_one_named_later() -> None:
    quote = "Harlow Athletic has received no offer that meets the club's valuation,"
    quotes = by_text([
        "Harlow Athletic have insisted they are under no pressure to sell the winger.",
        "Harlow released a short statement on Tuesday afternoon.",
        f"\u2018{quote}\u2019 the statement read.",
        "Supporters' group Harlow Till I Die said fans had been left in the dark.",
    ])
    assert quotes[quote].speaker == "Harlow Athletic"


def test_roles_keep_their_sense_and_lose_what_is_no_role() -> None:
    roles = {q.speaker: q.role for q in by_text([
        "The Rev. James Coleman said the church would reopen. \u201cWe are ready,\u201d Coleman"
        " said.",
        "Gareth Moyle, the member for Eastbrook and one of the rebels who backed down, said the"
        " concession was enough. \u201cI can live with that,\u201d Moyle said.",
        "The opposition\u2019s housing spokesperson, Dev Kalra, said his party would repeal"
        " it. \u201cWe will repeal it,\u201d Kalra said.",
        "She spoke about guitarist Conor Bleakley, who wrote the songs. \u201cIt was fun,\u201d"
        " Bleakley said.",
    ]).values()}
    assert roles["James Coleman"] is None
    assert roles["Gareth Moyle"] == "member for Eastbrook"
    assert roles["Dev Kalra"] == "opposition\u2019s housing spokesperson"
    assert roles["Conor Bleakley"] == "guitarist"
    # A modifier capitalised only because it opens the sentence reads in lower case.
    roles = {q.speaker: q.role for q in by_text([
        "The council met on Monday.",
        "Fellow councillor Rob Tennent said the rise was fair. “It is fair,” Tennent"
        " said.",
    ]).values()}
    assert roles["Rob Tennent"] == "fellow councillor"


def test_a_second_verb_after_an_auxiliary_is_the_subjects_not_a_tag() -> None:
    quotes = by_text([
        "Plant closure",
        "Iowa Governor Carla Mertens said she was \u201cdeeply disappointed\u201d by the decision"
        " and had spoken to the company.",
    ])
    assert quotes["deeply disappointed"].speaker == "Carla Mertens"


def test_a_capital_word_after_a_sentence_initial_modifier_keeps_its_case() -> None:
    roles = {q.speaker: q.role for q in by_text([
        "Aid talks",
        "United Nations spokesman Farhan Haq said talks would resume. \u201cWe are"
        " working,\u201d Haq said.",
    ]).values()}
    assert roles["Farhan Haq"] == "United Nations spokesman"


def test_a_modifier_alone_is_no_role() -> None:
    text = "Fans of Harlow were angry. Former Harlow Till I Die said the club had gone quiet."
    index = NameIndex(text, text)
    (entity,) = {id(m.entity): m.entity for m in index.mentions
                 if m.entity.name == "Harlow Till I Die"}.values()
    assert index.role_of(entity) is None


# The second review's cases (round twenty-six): where the audit rules must stay silent.
def test_an_answer_in_the_question_s_paragraph_or_after_a_sentence_is_not_the_addressee() -> None:
    quotes = by_text([
        "Callum Fraine, 42, denies murder. Barrister Richard Oyelaran KC cross-examined him.",
        "\u201cYou were there that night, weren't you, Mr Fraine?\u201d Mr Oyelaran asked."
        " \u201cYour phone says so,\u201d he said.",
    ])
    assert quotes["Your phone says so,"].speaker == "Richard Oyelaran KC"
    quotes = by_text([
        "Callum Fraine, 42, denies murder. Barrister Richard Oyelaran KC cross-examined him.",
        "\u201cDo you accept that you lied to police, Mr Fraine?\u201d Mr Oyelaran asked.",
        "Judge Owen Baird intervened before the defendant could answer. \u201cWe will take a"
        " short break,\u201d he said.",
    ])
    assert quotes["We will take a short break,"].speaker == "Owen Baird"


def test_did_not_return_or_reply_is_no_silence_and_a_but_spoke_undoes_it() -> None:
    for sentence in ("Lund did not return to the club after her playing days ended.",
                     "Asked about the rumours of a rift, Lund did not reply for a moment.",
                     "Lund declined to comment on the rumours but spoke warmly about the"
                     " players."):
        quotes = by_text([
            "Harlow Athletic have appointed Sarah Lund as head coach. Former captain Mia Foster"
            " welcomed the news.",
            f"{sentence} \u201cThis is a special group,\u201d she said.",
        ])
        assert quotes["This is a special group,"].speaker == "Sarah Lund", sentence


def test_a_lede_company_acted_on_is_still_the_story_s() -> None:
    quote = "We will support every worker affected,"
    for lede in ("Ofgem has fined Harrow Energy Ltd \u00a32m for overcharging customers.",
                 "Inflation has eaten into profits at Harrow Energy Ltd this year."):
        quotes = by_text([
            lede,
            "Analysts expect more closures.",
            f"\u201c{quote}\u201d the company said.",
        ])
        assert quotes[quote].speaker == "Harrow Energy Ltd", lede


def test_a_colon_after_a_text_or_another_s_words_does_not_credit_the_subject() -> None:
    quote = "Don't worry about me, Mum."
    quotes = by_text([
        "Soldier's letters",
        "Tom Harper said the letters had kept him going. \u201cI read them every night,\u201d he"
        " said. Ruth Calloway, his mother, remembers the last line of the first one:"
        f" \u201c{quote}\u201d",
    ])
    assert quotes[quote].speaker != "Ruth Calloway"


def test_a_time_word_is_no_owner_of_a_role() -> None:
    roles = {q.speaker: q.role for q in by_text([
        "Rally",
        "The day\u2019s first speaker, Omar Reid, said the town had waited long enough."
        " \u201cWe have waited,\u201d Reid said.",
    ]).values()}
    assert roles["Omar Reid"] == "first speaker"
