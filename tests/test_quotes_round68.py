"""Round sixty-eight: quotation extraction and attribution on fresh sets."""

from __future__ import annotations

from socialkit.quotes import extract_quotes, rank_quotes
from tests.quotes_article import article_from_paragraphs
from tests.quotes_article import reported_quotes as _inner
from tests.quotes_article import speaker_and_kind as _speaker


def test_madam_is_an_honorific_before_a_surname_the_story_named_in_full() -> None:
    # (West African and South Asian papers write "Madam" as others write "Mrs".)
    paragraphs = [
        "“We are asking the Government to take a decision on relocation,” said NDMA Executive"
        " Director Josephine M. Flomo, who toured the affected communities on Sunday.",
        "Madam Flomo said the agency had distributed rice and mattresses, but warned that"
        " stocks were “running dangerously low”.",
    ]
    assert _speaker(paragraphs, "running dangerously low") == ("Josephine M. Flomo", "name")


def test_an_age_and_a_trade_after_an_opening_clause_bring_someone_on_stage() -> None:
    paragraphs = [
        "“This time, we are asking the Government to take a decision,” said agency director"
        " Josephine Flomo, who toured the affected communities on Sunday.",
        "At a makeshift shelter at the Jacob Town Public School, 43-year-old market woman"
        " Comfort Saye sat on a bench holding her youngest child. Her two-room zinc house, she"
        " said, was under water by 3 a.m. on Saturday.",
        "“The water came inside like a river,” she said.",
    ]
    assert _speaker(paragraphs, "The water came inside like a river,") == (
        "Comfort Saye", "name")


def test_a_person_a_present_participle_places_is_the_subject_not_the_place() -> None:
    paragraphs = [
        "“We lost everything,” the father of six said, standing outside Kabobola Primary"
        " School, where displaced families are sheltering.",
        "A woman sheltering at the school who asked not to be named said families had received"
        " “only one blanket for six people” on the first night.",
    ]
    assert _speaker(paragraphs, "only one blanket for six people") == ("a woman", "description")


def test_a_lawyer_speaking_for_a_client_is_not_the_card_quote() -> None:
    paragraphs = [
        "A former council treasurer was jailed for six years on Friday for stealing public"
        " money over a decade.",
        "“This was not a moment of weakness. It was a planned and sustained theft from the"
        " people of this town,” Judge Mary Okafor said as she passed sentence.",
        "“My client has shown genuine remorse. He has lost his job, his home and his good"
        " name,” defence lawyer Tom Hale said outside the court.",
    ]
    article = article_from_paragraphs(paragraphs, "Former treasurer jailed")
    ranked = rank_quotes(extract_quotes(article), article)
    assert [q.speaker for q in ranked] == ["Mary Okafor", "Tom Hale"]
    assert dict(ranked[1].score_parts)["own_case"] == 0.0
    assert dict(ranked[0].score_parts)["own_case"] == 1.0


def test_an_inner_quotation_from_a_noun_for_a_person_by_its_ending() -> None:
    paragraphs = [
        "“They paid me every week, so I believed them. The agent told me, ‘This is guaranteed,"
        " sister, you cannot lose.’ Then the website disappeared,” Sok Sreyleak said.",
    ]
    assert [(q.text, q.speaker, q.speaker_kind, q.reported_by) for q in _inner(paragraphs)] == [
        ("This is guaranteed, sister, you cannot lose.", "the agent", "description",
         "Sok Sreyleak")]


def test_an_adverb_between_an_inner_speaker_and_the_verb() -> None:
    paragraphs = [
        "Wicketkeeper Tomas Reid said his late grandfather had taught him the game.",
        "“My grandfather still tells me, ‘Bowl straight and let the pitch do the work,’ every"
        " time I call him,” Reid said.",
    ]
    assert [(q.speaker, q.speaker_kind) for q in _inner(paragraphs)] == [
        ("his grandfather", "description")]


def test_the_doctor_in_a_patients_account_is_not_the_one_the_story_calls_dr() -> None:
    paragraphs = [
        "At the provincial hospital, paediatric ward chief Dr Nhim Vuthy said the ward was"
        " treating 140 children.",
        "“On the fourth day she started bleeding from her nose. The doctor told me, ‘If you had"
        " waited one more day, we could have lost her,’” said Chea Lina, a mother of two.",
    ]
    assert [(q.speaker, q.speaker_kind) for q in _inner(paragraphs)] == [
        ("the doctor", "description")]


def test_an_inner_speaker_with_an_adjective_or_a_place_before_the_verb() -> None:
    paragraphs = [
        "“When I was a boy we saw hundreds of them. The old men used to say, ‘When the seal"
        " goes, the fish go too.’ I hope they were wrong,” said fisherman Jaan Kuusk.",
        "“Prices fell again. The buyer at the gate told me, ‘Take it or leave it.’ Then he drove"
        " off,” said farmer Gocha Tsiklauri.",
    ]
    inner = [(q.speaker, q.reported_by) for q in _inner(paragraphs)]
    assert inner == [("the old men", "Jaan Kuusk"), ("the buyer at the gate", "Gocha Tsiklauri")]


def test_the_reviews_near_misses_stay_as_they_were() -> None:
    # "Madame" opens names of things; a river "says" nothing; a senator the story names is
    # "the senator" in anyone's account; "our clients" are a firm's customers.
    tussauds = ["“We are thrilled to welcome one of Africa's biggest stars,” Madame Tussauds said"
                " in a statement."]
    assert _speaker(tussauds, "We are thrilled to welcome one of Africa's biggest stars,")[0] == (
        "Madame Tussauds")
    river = ["“The river used to say, ‘Take what you need,’ my grandmother said,” recalled"
             " fisherman Abdul Karim. “Now it says nothing.”"]
    assert _inner(river) == []
    senator = [
        "Sen. Maria Cantu met families of the missing fishermen on Tuesday.",
        "“The senator told me, ‘I will call the Coast Guard myself,’” said Rosa Delgado, whose"
        " husband has been missing since Friday.",
    ]
    assert [q.speaker for q in _inner(senator)] == ["Maria Cantu"]
    bank = ["“Our clients have been asking for this for years,” chief executive Thabo Nkosi"
            " said."]
    article = article_from_paragraphs(bank)
    ranked = rank_quotes(extract_quotes(article), article)
    assert dict(ranked[0].score_parts)["own_case"] == 1.0
