"""Speaker resolution rules of the third round: stance verbs, datelines, descriptions with
capitalised words, the person a story is following, documents and who issued them, and genders
learnt from a "She ..." sentence after a lone surname. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_stance_verb_credits_a_partial_quote_to_its_subject() -> None:
    quotes = by_text([
        "Council member Piet Larsen voted against the levy on Tuesday.",
        "In a written note, Mayor Dana Okafor condemned the vote as “a gift to the next flood” "
        "and left the chamber early.",
    ])
    quote = quotes["a gift to the next flood"]
    assert (quote.speaker, quote.cue, quote.kind) == ("Dana Okafor", "condemned", "partial")


def test_stance_verb_never_credits_a_full_quote_or_a_fragment_without_subject() -> None:
    quotes = by_text([
        "Mayor Dana Okafor spoke first.",
        "The plan, condemned by many as “a gift to the next flood,” passed anyway.",
    ])
    assert quotes["a gift to the next flood,"].speaker is None


def test_dateline_is_not_the_subject() -> None:
    quotes = by_text([
        "PORTVALE, Ore., May 3 (Wire) — Councilwoman Ada Finch blasted the budget as a "
        "“shell game” during a hearing on Friday.",
    ])
    assert quotes["shell game"].speaker == "Ada Finch"


def test_she_opening_a_sentence_tells_a_lone_surname_s_gender() -> None:
    quotes = by_text([
        "The depot opened late, and Mayor Okafor arrived before dawn. She inspected the pumps.",
        "Crews cheered when Okafor walked in. She thanked each of them by name.",
        "Brandt, the depot foreman, showed the flood marks on the wall.",
        "“We were lucky this time, and luck is not a plan,” she said.",
    ])
    assert quotes["We were lucky this time, and luck is not a plan,"].speaker == "Okafor"


def test_lone_surname_with_one_she_sentence_gets_no_gender() -> None:
    quotes = by_text([
        "The depot opened late, and Mayor Okafor arrived before dawn. She inspected the pumps.",
        "Brandt, the depot foreman, showed the flood marks on the wall.",
        "“We were lucky this time, and luck is not a plan,” she said.",
    ])
    assert quotes["We were lucky this time, and luck is not a plan,"].speaker is None


def test_capitalised_description_goes_to_the_person_with_that_role() -> None:
    quotes = by_text([
        "Democratic nominee Lena Ortiz and Republican nominee Carl Dunn met for a debate.",
        "Oregon Gov. Mara Lind watched from the front row.",
        "“Our ports need dredging now,” the Democratic nominee said.",
        "“Our ports need fewer rules,” the Republican nominee said.",
        "“I have heard both of them,” the Oregon governor said.",
    ])
    assert quotes["Our ports need dredging now,"].speaker == "Lena Ortiz"
    assert quotes["Our ports need fewer rules,"].speaker == "Carl Dunn"
    assert quotes["I have heard both of them,"].speaker == "Mara Lind"


def test_capitalised_description_with_an_unshared_word_stays_unknown() -> None:
    quotes = by_text([
        "Republican nominee Carl Dunn spoke on Monday.",
        "“The vote is rigged,” the Green nominee said.",
    ])
    assert quotes["The vote is rigged,"].speaker is None


def test_description_nobody_was_given_is_the_person_the_story_follows() -> None:
    paragraphs = [
        "Ruth Abara spent the week touring flooded farms.",
        "“These families were promised help,” Abara said.",
        "Abara met growers in Dunmore. Abara also visited the levee.",
        "Asked about her critics, the Ohio senator acknowledged “some frustration” at home.",
    ]
    assert by_text(paragraphs)["some frustration"].speaker == "Ruth Abara"
    # When someone else was quoted last, the description is not hers by that (a guess), but
    # by the sentence just before, whose sole person and subject she is (round 25).
    paragraphs[2] = "“She has done nothing for us,” said farmer Joel Kest. Abara met growers."
    assert by_text(paragraphs)["some frustration"].speaker == "Ruth Abara"
    # That sentence about the farmer, whose office is another: the story's own words for the
    # source.
    paragraphs[2] = "“She has done nothing for us,” said farmer Joel Kest."
    assert by_text(paragraphs)["some frustration"].speaker == "the Ohio senator"
    assert by_text(paragraphs)["some frustration"].speaker_kind == "description"


def test_document_speaks_for_whoever_issued_it() -> None:
    quotes = by_text([
        "The Port Authority issued a statement on Monday after the storm.",
        "“All berths will reopen by Friday,” the statement said.",
    ])
    quote = quotes["All berths will reopen by Friday,"]
    assert (quote.speaker, quote.via) == ("Port Authority", "a statement")


def test_document_sent_to_a_body_is_not_that_body_s() -> None:
    quotes = by_text([
        "A group of parents sent a letter to the Port Authority on Monday.",
        "“Our children cross that bridge every day,” the letter reads.",
    ])
    # Not the Port Authority. Its senders are no name, so the letter's words are the story's
    # description of it (no speaker before round twenty-one).
    assert quotes["Our children cross that bridge every day,"].speaker == "the letter"
    assert quotes["Our children cross that bridge every day,"].cue == "reads"


def test_an_ad_narrator_is_not_the_central_person() -> None:
    quotes = by_text([
        "Lena Ortiz opened her campaign in Salem. Ortiz spoke for an hour.",
        "“I will fix the ports,” Ortiz said.",
        "Ortiz also released a television advertisement.",
        "“Who do you trust with the ports?” the announcer asks.",
    ])
    assert quotes["Who do you trust with the ports?"].speaker == "the announcer"


def test_statement_speaks_for_whoever_spoke_in_it() -> None:
    quotes = by_text([
        "Two soldiers were hurt in a training accident near Fort Ellery, the US military said "
        "in a statement on Wednesday.",
        "“The cause of the accident is under investigation,” the statement said.",
        "The Hartwell Foundation denied the allegations in a statement posted to its website.",
        "“We were shocked by these claims,” the statement read. “At no point did we act "
        "improperly.”",
    ])
    military = quotes["The cause of the accident is under investigation,"]
    assert (military.speaker, military.speaker_kind, military.via) == (
        "US military", "organisation", "a statement")
    # "read" is the verb of a tag of any shape, though its pattern could take it for a noun;
    # as a cue, the quotation it splits is one.
    text = "We were shocked by these claims, At no point did we act improperly."
    assert (quotes[text].speaker, quotes[text].cue) == ("Hartwell Foundation", "read")


def test_a_document_named_after_the_quote_is_no_speaker() -> None:
    quotes = by_text([
        "Prime Minister Ana Reyes said in a statement, “We are profoundly relieved” at the "
        "sailors’ release, adding that their families were grateful.",
    ])
    assert quotes["We are profoundly relieved"].speaker == "Ana Reyes"


def test_a_sentence_quoted_in_the_writers_is_its_subjects() -> None:
    quotes = by_text([
        "Marc Benioff runs Salesforce. Tim Cook runs Apple.",
        "Benioff introduced Cook to the audience as “someone who has redefined what it means "
        "to be a chief executive.”",
    ])
    # "introduced" is a verb between two parties, not a role before Cook's name.
    assert quotes["someone who has redefined what it means to be a chief executive."].speaker \
        == "Marc Benioff"


def test_a_titled_surname_is_not_a_later_full_name_of_the_other_sex() -> None:
    quotes = by_text([
        "President Obama is rolling out a more personal message: “It’s about me.”",
        "Mr. Obama will campaign with the first lady, Michelle Obama, in Ohio.",
        "“Our progress is on the ballot,” Mr. Obama said.",
        "Allies are planning “Barack Obama Election Day,” a day of rallies.",
    ])
    assert quotes["It’s about me."].speaker == "Obama"
    assert quotes["Our progress is on the ballot,"].speaker == "Obama"


def test_a_body_named_with_for_is_one_body() -> None:
    quotes = by_text([
        "A group called Doctors for Camp Closure wrote to the agency on Monday.",
        "“Flu season has already begun,” the doctors stated.",
        "The Center for Disease Control and Prevention said the risk was “extremely low.”",
    ])
    quote = quotes["Flu season has already begun,"]
    assert (quote.speaker, quote.speaker_kind) == ("Doctors for Camp Closure", "organisation")
    assert quotes["extremely low."].speaker == "Center for Disease Control and Prevention"


def test_she_after_a_new_unnamed_woman_is_her_not_a_name_of_unknown_sex() -> None:
    quotes = by_text([
        "We spoke to one mother, who knew her children ran accounts as a Go-Kart Track on the "
        "app. “I am ahead of every parent I know,” she said.",
        "A woman, Xi Mei, runs the club. “We start at noon,” she said.",
    ])
    quote = quotes["I am ahead of every parent I know,"]
    assert (quote.speaker, quote.speaker_kind) == ("one mother", "description")
    assert quotes["We start at noon,"].speaker == "Xi Mei"


def test_a_company_named_without_an_org_word_speaks_as_a_body() -> None:
    quotes = by_text([
        "On Monday, Kestrel Hill Productions denied it had settled with the label.",
        "“At no time did we agree to these terms,” the production company said.",
    ])
    quote = quotes["At no time did we agree to these terms,"]
    assert (quote.speaker, quote.speaker_kind) == ("Kestrel Hill Productions", "organisation")


def test_alleged_is_a_cue_and_its_words_are_marked_alleged() -> None:
    quotes = by_text([
        "Federal prosecutors alleged that the two guards “browsed the Internet” on duty.",
    ])
    quote = quotes["browsed the Internet"]
    assert (quote.speaker, quote.speaker_kind, quote.alleged) == (
        "federal prosecutors", "description", True)


def test_the_cue_takes_its_subject_from_its_own_clause() -> None:
    quotes = by_text([
        "President Dana Hale has been eager to withdraw, but General Mark Tully, the army chief, "
        "told reporters that troops would remain “for several more years”.",
        "Ivy Moss noted the rule. She said fathers would not be eligible, and when pressed on why "
        "the plan leaves out fathers, she replied, “It is meant to help mothers.”",
    ])
    assert quotes["for several more years"].speaker == "Mark Tully"
    assert quotes["It is meant to help mothers."].speaker == "Ivy Moss"


def test_a_fragment_right_after_a_quotation_goes_on_with_its_speaker() -> None:
    quotes = by_text([
        "“Not a single year has brought revenue gains,” says analyst Ken Doyle. That produced a "
        "strategy of “continuous cost-cutting for a decade.”",
        "“We grew,” said Ana Ruiz. The board, she said, wants “more growth.”",
    ])
    assert quotes["continuous cost-cutting for a decade."].speaker == "Ken Doyle"


def test_an_adverb_may_stand_in_a_tag_after_a_question() -> None:
    quotes = by_text([
        "Ally Brooke heard she would go through. “Can I give it to James?” Brooke tearfully "
        "asked the judges.",
    ])
    assert quotes["Can I give it to James?"].speaker == "Ally Brooke"


def test_an_age_epithet_is_the_person_of_that_age_or_the_central_one() -> None:
    quotes = by_text([
        "Tom Rees, 34, and Ana Ruiz, 29, were rescued on Sunday.",
        "“We thought it was over,” the 29-year-old said.",
    ])
    assert quotes["We thought it was over,"].speaker == "Ana Ruiz"
    quotes = by_text([
        "Jose Varela has agreed to manage Harbour City. Varela replaces Tom Rees.",
        "Varela had been out of work since May. Varela's agents met the club on Monday.",
        "The 56-year-old said after his appointment: “I am excited to be joining.”",
    ])
    assert quotes["I am excited to be joining."].speaker == "Jose Varela"
    quotes = by_text([
        "A man was hurt in Port Ellery. Police chief Tom Rees spoke on Monday.",
        "“I heard a bang,” the 34-year-old said.",
    ])
    quote = quotes["I heard a bang,"]
    assert (quote.speaker, quote.speaker_kind) == ("the 34-year-old", "description")


def test_he_after_a_quotation_by_someone_of_unknown_sex_is_them() -> None:
    quotes = by_text([
        "Michael Thomas, a guard, was charged. He pleaded not guilty.",
        "“We hoped for a fairer process,” said Montell Figgins, who represents Thomas.",
        "Sometimes employees break the rules, he said. “But does that mean they should be "
        "indicted?”",
    ])
    assert quotes["But does that mean they should be indicted?"].speaker == "Montell Figgins"


def test_a_tagless_quotation_after_its_subjects_sentence_is_theirs() -> None:
    quotes = by_text([
        "Jim Bridenstine runs the agency. Bridenstine expects three rockets by 2024. “Adding "
        "another one could be hard.”",
        "Tom Rees met Ana Ruiz on Monday. “It went well.”",
    ])
    assert quotes["Adding another one could be hard."].speaker == "Jim Bridenstine"
    # Two people in the sentence before: no one can say whose words they are.
    assert quotes["It went well."].speaker is None


def test_in_the_words_of_names_the_source_even_before_a_colon() -> None:
    quotes = by_text([
        "Dr. Howard Jones treated the man in 2017.",
        "Here is how bad things got, in the words of the patient: “I was unable to stand.”",
    ])
    quote = quotes["I was unable to stand."]
    assert (quote.speaker, quote.speaker_kind, quote.cue) == (
        "the patient", "description", "in the words of")


def test_an_unnamed_source_close_to_someone_is_the_source() -> None:
    quotes = by_text([
        "Kylie Jenner and Travis Scott were seen in Malibu. A source close to the couple told "
        "Us Weekly: “They are happier than ever.”",
        "“There is no deal yet,” said a person familiar with the matter, who asked not to be "
        "named. People familiar with the talks said they “could resume next week.”",
    ])
    couple = quotes["They are happier than ever."]
    assert (couple.speaker, couple.speaker_kind, couple.via) == (
        "a source close to the couple", "description", "Us Weekly")
    assert quotes["There is no deal yet,"].speaker == "a person familiar with the matter"
    assert quotes["could resume next week."].speaker == "people familiar with the talks"


def test_a_role_of_someone_set_off_by_a_name_is_that_name() -> None:
    quotes = by_text([
        "Carl Smith was sentenced on Friday. Smith’s attorney, Ray Kim, said his client “will "
        "appeal.”",
    ])
    assert quotes["will appeal."].speaker == "Ray Kim"


def test_a_plural_job_noun_opening_a_sentence_is_a_description() -> None:
    quotes = by_text([
        "Snow is on the way. Forecasters said the storm “could bring damaging winds.”",
        "Prosecutors said that Carl Smith “knowingly deceived investors.”",
        "Rogers said the plan was “a mess.”",
    ])
    assert (quotes["could bring damaging winds."].speaker,
            quotes["could bring damaging winds."].speaker_kind) == ("forecasters", "description")
    assert quotes["knowingly deceived investors."].speaker == "prosecutors"
    # A surname that ends like one ("Rogers") is still a name.
    assert quotes["a mess."].speaker == "Rogers"


def test_the_company_said_finds_a_company_named_by_its_trade() -> None:
    quotes = by_text([
        "Vail Resorts said a skier died on Saturday. “Our thoughts are with the family,” the "
        "company said.",
    ])
    quote = quotes["Our thoughts are with the family,"]
    assert (quote.speaker, quote.speaker_kind) == ("Vail Resorts", "organisation")


def test_an_age_epithet_with_one_person_in_reach_and_a_dateline_is_no_one() -> None:
    quotes = by_text([
        "LOS ANGELES (AP) — Singer Demi Lovato spoke about her recovery on Thursday.",
        "“I'm proud of where I am today,” the 29-year-old told the host.",
    ])
    assert quotes["I'm proud of where I am today,"].speaker == "Demi Lovato"


def test_a_subject_and_any_verb_before_a_colon_is_a_tag() -> None:
    quotes = by_text([
        "Khloe Kardashian shared a photo of her daughter. Her sister Kim Kardashian commented: "
        "“So cute!!”",
        "Officials said the rules would take effect “in early 2025.”",
    ])
    assert quotes["So cute!!"].speaker == "Kim Kardashian"
    assert (quotes["in early 2025."].speaker,
            quotes["in early 2025."].speaker_kind) == ("officials", "description")


def test_tabloid_epithets_and_spokespeople() -> None:
    quotes = by_text([
        "Holly Willoughby has spoken out after a fan approached her.",
        "The This Morning presenter, 41, told her followers: ‘It was a lovely moment.’",
        "A Downing Street spokesman said: ‘The Prime Minister has full confidence in her.’",
        "A Metropolitan Police spokesperson said: ‘Officers attended and a man was arrested.’",
    ])
    assert quotes["It was a lovely moment."].speaker == "Holly Willoughby"
    spokesman = quotes["The Prime Minister has full confidence in her."]
    assert (spokesman.speaker, spokesman.speaker_kind) == (
        "a Downing Street spokesman", "description")
    police = quotes["Officers attended and a man was arrested."]
    assert (police.speaker, police.speaker_kind) == ("Metropolitan Police", "organisation")
    quotes = by_text([
        "The New York Attorney General is looking into the firm. A company spokesperson said "
        "that “we have received an inquiry.”",
    ])
    # Not the attorney general, the last body named: the story says only "a company".
    assert quotes["we have received an inquiry."].speaker == "a company spokesperson"


def test_a_document_filed_by_someone_speaks_for_them() -> None:
    quotes = by_text([
        "The lawsuit, filed by the League of Women Voters, alleges that the law “targets "
        "elderly and disabled voters.”",
    ])
    quote = quotes["targets elderly and disabled voters."]
    assert (quote.speaker, quote.alleged) == ("League of Women Voters", True)


def test_a_role_and_name_opening_a_sentence_bring_on_a_new_he() -> None:
    quotes = by_text([
        "“That’s perfect,” coach Bruce Boudreau said of Zach Parise.",
        "A week ago, Parise, 35, had scored once in ten games. Wild defenseman Ryan Suter, who "
        "joked about Parise’s sticks, could see the frustration on his friend’s face.",
        "“He’s used to scoring goals,” he said.",
    ])
    assert quotes["He’s used to scoring goals,"].speaker == "Ryan Suter"


def test_the_book_is_the_memoir_its_author_wrote() -> None:
    quotes = by_text([
        "Dr. Connie Mariano was the White House physician.",
        "Mariano wrote a memoir of her time at the White House.",
        "According to her account, the first lady went to hospital.",
        "“Very few people knew at the time,” the book said.",
    ])
    assert quotes["Very few people knew at the time,"].speaker == "Connie Mariano"


def test_a_long_role_of_a_country_set_off_by_a_name_is_that_name() -> None:
    quotes = by_text([
        "Sweden has dropped its investigation into the allegation against Julian Assange.",
        "“The evidence is not strong enough,” Sweden’s deputy director of public prosecutions, "
        "Eva-Marie Persson, said on Tuesday.",
    ])
    assert quotes["The evidence is not strong enough,"].speaker == "Eva-Marie Persson"
