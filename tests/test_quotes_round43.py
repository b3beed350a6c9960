"""Round forty-three. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Water board fined over burst main")


def test_a_statement_set_off_after_its_issuer_names_the_issuer() -> None:
    # "the Ministry of Water, in a statement issued in Harare, said": the venue is an aside
    # inside the clause; its subject issued the statement the next quotation comes from.
    paragraphs = [
        "Residents of Mbare went without water for six days last month.",
        "Meanwhile, the Ministry of Water, in a statement issued in Harare, said the board had"
        " been warned twice.",
        "\u201cThe ministry will not hesitate to act again,\u201d the statement said.",
    ]
    quote = _quote(paragraphs, "The ministry will not hesitate to act again,")
    assert (quote.speaker, quote.speaker_kind) == ("Ministry of Water", "organisation")


def test_a_body_named_after_a_description_in_a_statement_is_its_issuer() -> None:
    # "In a statement on Monday, the actress's management company, Silver Reef Entertainment,
    # threatened ...": the name set off after the description may be a body's as well as a
    # person's, and is fuller than the story's description.
    paragraphs = [
        "The actress Alisa Moreno denied the reports on Friday.",
        "In a statement on Monday, the actress's management company, Silver Reef"
        " Entertainment, threatened legal action against blogs.",
        "\u201cMs Moreno will return to her work. We urge the public to respect her"
        " privacy,\u201d the statement said.",
    ]
    quote = _quote(paragraphs, "Ms Moreno will return to her work. We urge the public to respect"
                   " her privacy,")
    assert (quote.speaker, quote.speaker_kind) == ("Silver Reef Entertainment", "organisation")


def test_a_statement_introduced_in_the_quotations_own_sentence_names_its_issuer() -> None:
    # The issuer, the statement and the partial quotation share one sentence; the verb
    # nearest the quotation ("posted") is the statement's, not a speaker's.
    paragraphs = [
        "The trial of the new drug was halted on Tuesday.",
        "Parents Against Delay said in a statement posted on its website that it was"
        " \u201cdisappointed but not beaten\u201d.",
    ]
    quote = _quote(paragraphs, "disappointed but not beaten")
    assert quote.speaker == "Parents Against Delay"


def test_a_statement_tag_does_not_take_a_name_from_its_own_sentence() -> None:
    # "the filing said" after a sentence about Ana Ruiz: she is what the filing is about;
    # its issuer is the company that filed it before.
    paragraphs = [
        "Harlow Foods said in a regulatory filing that profit rose 12 per cent.",
        "The board has approved the appointment of Ana Ruiz, 41, as managing director,"
        " \u201csubject to the approval of shareholders\u201d, the filing said.",
    ]
    quote = _quote(paragraphs, "subject to the approval of shareholders")
    assert quote.speaker == "Harlow Foods"


def test_a_body_named_right_before_a_name_is_where_the_person_works() -> None:
    # The wire style that runs a body's name into a person's ("Trade Ministry Rahmat
    # Hidayatullah Lubis said"): the speaker is the person, not the ministry.
    paragraphs = [
        "Jakarta (ANTARA) - Coffee exports rose by a third in the first nine months of the"
        " year, the Trade Ministry said on Tuesday.",
        "\u201cThe added value must stay in the regions, with the farmers,\u201d Director"
        " General of Export Development at the Trade Ministry Budi Santoso Hasibuan said here"
        " on Tuesday.",
    ]
    quote = _quote(paragraphs, "The added value must stay in the regions, with the farmers,")
    assert (quote.speaker, quote.speaker_kind) == ("Budi Santoso Hasibuan", "name")


def test_a_club_whose_name_opens_with_club_keeps_its_words() -> None:
    # "Real Club Deportivo Almazara": "Club" opens a club's name in Spanish; the words after
    # it are the club's, not a person's.
    paragraphs = [
        "Real Club Deportivo Almazara have sacked their head coach after nine games.",
        "\u201cThe club thanks him for his work,\u201d Real Club Deportivo Almazara said in a"
        " statement.",
    ]
    quote = _quote(paragraphs, "The club thanks him for his work,")
    assert quote.speaker == "Real Club Deportivo Almazara"


def test_a_region_named_by_a_compass_word_is_no_speaker() -> None:
    # "North Sulawesi" is not in the place lists; a compass word opening a two-word name that
    # is no given name says it is a region, so "he" is never it.
    paragraphs = [
        "The floods in North Sulawesi have cut off three villages.",
        "According to Lumempouw, the bridge to the coast road on Sulawesi was washed away on"
        " Monday night. \u201cWe have no way to bring rice in,\u201d he said.",
    ]
    quote = _quote(paragraphs, "We have no way to bring rice in,")
    assert quote.speaker != "North Sulawesi"


def test_a_landmark_opened_by_mount_is_no_speaker() -> None:
    paragraphs = [
        "The excavation on Mount Youchtas has changed what we know of Minoan metalwork.",
        "According to Petrakis, the workshop's nearness to the peak sanctuary on Youchtas"
        " suggests the figurines were made on site. \u201cIt is the first time we can place the"
        " metalworker and the sanctuary on the same hillside,\u201d he said.",
    ]
    quote = _quote(paragraphs, "It is the first time we can place the metalworker and the"
                   " sanctuary on the same hillside,")
    assert quote.speaker != "Mount Youchtas"


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name() -> None:
    # "Archaeologist Nikos Petrakis": a noun for a person by its ending, before two
    # capitalised words, is a role even when the Census lacks the given name; the card credits
    # "Nikos Petrakis".
    paragraphs = [
        "Archaeologist Nikos Petrakis has led the dig since 2019.",
        "\u201cIt is the first time we have found a foundry,\u201d he said.",
    ]
    quote = _quote(paragraphs, "It is the first time we have found a foundry,")
    assert quote.speaker == "Nikos Petrakis"


def test_a_plural_or_a_participle_opening_a_name_is_kept() -> None:
    # "Patients First Ireland" is a group's name, "Tracking Lake Levels" a project's: neither
    # opens with one person's occupation.
    paragraphs = [
        "A patients' group has criticised the waiting lists.",
        "\u201cThis is a damning indictment,\u201d said Patients First Ireland.",
    ]
    quote = _quote(paragraphs, "This is a damning indictment,")
    assert quote.speaker == "Patients First Ireland"


def test_the_mother_of_three_is_the_woman_the_story_follows() -> None:
    # "the mother of three said" is "the mother-of-three" without hyphens: a fact about the
    # woman the story follows, not someone's mother.
    paragraphs = [
        "Euis Komariah, 47, said she heard a loud rumble at around 2 a.m.",
        "Komariah said her younger brother, Asep Saepudin, 35, was among the missing.",
        "\u201cI told him to leave it,\u201d the mother of three said in tears.",
    ]
    quote = _quote(paragraphs, "I told him to leave it,")
    assert quote.speaker == "Euis Komariah"


def test_a_letter_someone_had_written_is_theirs() -> None:
    # "a letter Foley had written to the family": its writer is named right after it.
    paragraphs = [
        "Defence barrister Fergus McAlister said his client had had a hard childhood.",
        "Mr McAlister tendered a letter Foley had written to the Wisniewski family.",
        "\u201cThere is nothing I can say that will fix what I did,\u201d the letter read.",
    ]
    quote = _quote(paragraphs, "There is nothing I can say that will fix what I did,")
    assert quote.speaker == "Foley"


def test_a_letter_issued_by_a_name_set_off_by_a_description_is_theirs() -> None:
    # "Kang, the group's 24-year-old leader, posted a handwritten letter": the words set off
    # after the name do not hide who posted it.
    paragraphs = [
        "The agency said it would take legal action against the four singers.",
        "Kang Ha-eun, the group's 24-year-old leader, posted a handwritten letter on the fan"
        " platform late Wednesday.",
        "\u201cWe love our fans more than anything,\u201d the letter read.",
    ]
    quote = _quote(paragraphs, "We love our fans more than anything,")
    assert quote.speaker == "Kang Ha-eun"


def test_a_letter_dated_and_signed_by_someone_is_theirs() -> None:
    paragraphs = [
        "The hospital has had no anaesthetist since March.",
        "The most recent of those letters, dated January 8 and signed by Dr Anil Kumar Dubey,"
        " the civil surgeon, asks for a posting within a week.",
        "\u201cIn the absence of an anaesthetist, the hospital is unable to operate,\u201d the"
        " letter reads.",
    ]
    quote = _quote(paragraphs, "In the absence of an anaesthetist, the hospital is unable to"
                   " operate,")
    assert quote.speaker == "Anil Kumar Dubey"


def test_a_statement_signed_by_an_aide_is_the_issuers() -> None:
    # "X, in a statement signed by his secretary, Mr Y, said": X speaks; Y only signed.
    paragraphs = [
        "The chieftaincy dispute in Asuokrom has divided the town.",
        "Nana Kwame Ofori Boateng, in a statement signed by his secretary, Mr Kofi Mensah,"
        " said he was disappointed.",
        "\u201cThe traditional council has always stood for peace,\u201d the statement said.",
    ]
    quote = _quote(paragraphs, "The traditional council has always stood for peace,")
    assert quote.speaker != "Kofi Mensah"


def test_a_document_signed_by_a_titled_name_set_off_after_a_role() -> None:
    # "signed by the hospital’s civil surgeon, Dr Anil Kumar Dubey": the title opens the
    # name's run, so the words before it are the role set off by a comma.
    paragraphs = [
        "The hospital has had no anaesthetist since March.",
        "The most recent of those letters, dated January 8 and signed by the hospital\u2019s"
        " civil surgeon, Dr Anil Kumar Dubey, describes the situation as critical.",
        "\u201cThe hospital is unable to operate,\u201d the letter reads.",
    ]
    quote = _quote(paragraphs, "The hospital is unable to operate,")
    assert quote.speaker == "Anil Kumar Dubey"


def test_the_report_of_a_body_is_the_bodys() -> None:
    paragraphs = [
        "Shipowners warned on Monday that carbon rules risk driving business away from ports.",
        "According to the annual report of the Hellenic Union of Ocean Carriers, presented in"
        " Piraeus, the fleet grew by 4.2 percent.",
        "The report describes the past year as \u201cexceptionally profitable but uncertain\u201d.",
    ]
    quote = _quote(paragraphs, "exceptionally profitable but uncertain")
    assert (quote.speaker, quote.speaker_kind) == ("Hellenic Union of Ocean Carriers",
                                                   "organisation")


def test_its_report_is_the_body_that_opens_the_sentence() -> None:
    paragraphs = [
        "The Maricopa County Department of Public Health has confirmed 41 heat deaths this"
        " year, according to its weekly surveillance report released Wednesday.",
        "The report noted that \u201cindoor deaths continue to be associated with broken air"
        " conditioning\u201d.",
    ]
    quote = _quote(paragraphs, "indoor deaths continue to be associated with broken air"
                   " conditioning")
    assert quote.speaker == "Maricopa County Department of Public Health"


def test_an_age_after_he_said_is_the_subject_he_goes_on_from() -> None:
    # "His son, Giorgos Chatzidakis, ... will keep the workshop open. He said ... // “...,”
    # the 56-year-old said": "he" goes on from the son, the sentence's subject before it.
    paragraphs = [
        "The bouzouki maker Manolis Chatzidakis died on Sunday at 88. Chatzidakis opened his"
        " workshop in Piraeus in 1961, and his instruments were played by the great names of"
        " rebetiko.",
        "Nikos Kontopanos, who bought his first instrument from him in 1979, said the craftsman"
        " had refused to sell him a more expensive model. \u201cHe looked at my hands and said"
        " I was not ready,\u201d Kontopanos recalled.",
        "The Culture Ministry said Chatzidakis had been a living link with the craft.",
        "His son, Giorgos Chatzidakis, who has worked alongside his father since the 1990s,"
        " will keep the workshop open. He said his father had finished his last instrument, a"
        " baglamas for the singer Eleni Vitali, days before he fell ill.",
        "\u201cHe did not talk much about feelings,\u201d the 56-year-old said.",
    ]
    quote = _quote(paragraphs, "He did not talk much about feelings,")
    assert quote.speaker == "Giorgos Chatzidakis"


def test_an_age_after_he_said_is_no_guess_when_he_follows_no_subject() -> None:
    # "The brothers ... although only Jahmari lives up to the name. He said": no one subject
    # before "he", so the coach named earlier is not the 17-year-old.
    paragraphs = [
        "Head coach Ricardo Gayle said the twins had been the heartbeat of the team.",
        "The brothers, who are in upper sixth form, are known as the Twin Towers, although only"
        " Jahmari lives up to the name. He said they had made a promise to their grandmother.",
        "\u201cShe used to come to every game,\u201d the 17-year-old said.",
    ]
    quote = _quote(paragraphs, "She used to come to every game,")
    assert quote.speaker != "Ricardo Gayle"


def test_the_court_is_the_story_own_fuller_words_for_it() -> None:
    # "A Piraeus court convicted ... the court said": the body unnamed, as the story first
    # called it, fuller than "the court".
    paragraphs = [
        "A Piraeus court on Tuesday convicted three managers over the deaths of two welders.",
        "In its ruling, the court said the defendants had shown \u201ca chronic indifference\u201d"
        " to safety.",
    ]
    quote = _quote(paragraphs, "a chronic indifference")
    assert (quote.speaker, quote.speaker_kind) == ("Piraeus court", "organisation")


def test_a_letter_a_man_forwarded_is_not_his() -> None:
    # Review: "sent" is what a bearer does too; "written by his neighbour" names the writer.
    paragraphs = [
        "The inquest heard that the warnings had reached the council twice.",
        "Gerry Foley said a letter Foley had sent on to them, written by his neighbour Mary"
        " Kerr, described the damp in detail.",
        "\u201cThe walls are black with mould,\u201d the letter said.",
    ]
    quote = _quote(paragraphs, "The walls are black with mould,")
    assert quote.speaker != "Gerry Foley"


def test_the_letter_a_reply_answers_is_not_the_replys() -> None:
    paragraphs = [
        "Seamus Foley, 71, had asked for help with his rent arrears months before the eviction.",
        "The court was shown the reply from Harlow District Council to a letter Foley had"
        " written in March.",
        "\u201cWe regret that we cannot help with arrears of this size,\u201d the letter said.",
    ]
    quote = _quote(paragraphs, "We regret that we cannot help with arrears of this size,")
    assert quote.speaker != "Seamus Foley"


def test_a_report_of_a_bodys_failures_is_not_the_bodys() -> None:
    paragraphs = [
        "A report of the Child Protection Agency\u2019s failures was published on Monday.",
        "The report found that \u201cwarnings were missed at every level\u201d.",
    ]
    quote = _quote(paragraphs, "warnings were missed at every level")
    assert quote.speaker != "Child Protection Agency"


def test_its_report_with_two_bodies_before_it_is_no_guess() -> None:
    paragraphs = [
        "The Ministry of Health said the Red Cross had confirmed 40 cases, according to its"
        " latest situation report.",
        "The report said \u201cthe outbreak is not yet under control\u201d.",
    ]
    quote = _quote(paragraphs, "the outbreak is not yet under control")
    assert quote.speaker != "Ministry of Health"


def test_a_mother_of_three_named_before_a_second_woman_keeps_her_name() -> None:
    paragraphs = [
        "Mary Wanjiru, a mother of three, said the water rose to her waist in minutes.",
        "Her neighbour, Grace Otieno, 52, said she had never seen anything like it.",
        "\u201cWe lost everything, even the school books,\u201d the mother of three said.",
    ]
    quote = _quote(paragraphs, "We lost everything, even the school books,")
    assert quote.speaker == "Mary Wanjiru"


def test_a_party_or_a_bank_before_capitalised_words_keeps_them() -> None:
    # A party's wing or a bank's report is no person working at the body.
    paragraphs = [
        "Youth leaders have called for a march on Saturday.",
        "\u201cWe will not be silenced,\u201d the Inkatha Freedom Party Youth Brigade said.",
    ]
    quote = _quote(paragraphs, "We will not be silenced,")
    assert quote.speaker != "Youth Brigade"


def test_a_statement_opening_the_sentence_is_not_the_signers() -> None:
    # "In a statement signed by his lawyer, Mark Reid, the footballer said": the lawyer only
    # signed; the one who speaks comes after the phrase.
    paragraphs = [
        "Daniel Osei was charged with assault after a fight outside a nightclub.",
        "In a statement signed by his lawyer, Mark Reid, the footballer said he had done"
        " nothing wrong.",
        "\u201cI was defending my brother,\u201d the statement said.",
    ]
    quote = _quote(paragraphs, "I was defending my brother,")
    assert quote.speaker != "Mark Reid"
