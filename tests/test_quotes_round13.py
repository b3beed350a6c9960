"""Speaker rules of the thirteenth round, from articles in genres the corpora lack (a music
profile, a royal story, a defence wire story): who "she" is after a role or an opening clause,
"another", and bodies named by whose they are. Snippets written for these tests."""

from __future__ import annotations

from socialkit.quotes.names import NameIndex
from tests.quotes_article import quotes_by_text as by_text


def test_the_subject_after_an_opening_clause_with_the_pronoun_is_who_she_is() -> None:
    quotes = by_text([
        "Adaeze Okafor spent her twenties writing songs for other people.",
        "The album's centrepiece is a seven-minute song about a move across an ocean.",
        "Critics have already noticed.",
        "Writing in Pitchfork, Jonah Weil called the album “a quiet landslide.”",
        "Asked what she wants listeners to take from it, Okafor pauses. “That it is never too "
        "late to sound like yourself,” she says.",
    ])
    assert quotes["That it is never too late to sound like yourself,"].speaker == "Adaeze Okafor"


def test_a_pronoun_before_the_names_still_makes_them_objects() -> None:
    # The opening-clause rule must not make every later name the subject: here the clause
    # that holds "he" runs on, and the man quoted is the one named before it.
    quotes = by_text([
        "Farid Nouri wrote all his novels at night.",
        "Readers say they never know what he means, which the critic Lena Holt calls the "
        "iceberg, after a friend explained it to her.",
        "When his editors asked for more, he replied, “I have a horror of being obvious.”",
    ])
    assert quotes["I have a horror of being obvious."].speaker == "Farid Nouri"


def test_a_hyphenated_role_is_the_central_person_just_quoted() -> None:
    quotes = by_text([
        "Adaeze Okafor is tuning a guitar that once belonged to her grandfather.",
        "“He played this at every wedding in our village,” Okafor says.",
        "Okafor, 29, spent most of her twenties writing for other people.",
        "“I was scared of my own voice for a long time,” Okafor says.",
        "Her new album is about her mother's move from Enugu to Houston.",
        "“My mum still hasn't heard it,” the singer-songwriter admits.",
    ])
    assert quotes["My mum still hasn't heard it,"].speaker == "Adaeze Okafor"


def test_she_after_the_story_calls_her_by_her_title_is_her() -> None:
    quotes = by_text([
        "Princess Eleanor is said to be upset after the charity she founded said it would close.",
        "The Brightwater Trust said rising costs had left it with no choice.",
        "A source close to the princess told reporters the news had come as a blow.",
        "Friends said the princess had tried everything to save it.",
        "Speaking at its launch in 2015, she said: “Every child deserves a story.”",
    ])
    assert quotes["Every child deserves a story."].speaker == "Eleanor"


def test_the_role_word_must_end_its_phrase() -> None:
    # "the legal rights" names no one, even when a name was given the word "legal".
    quotes = by_text([
        "Maria Costa, the estate's legal adviser, reviewed the contract.",
        "The book was left unfinished when its author died, and Hanna Berg kept the drafts.",
        "Without the legal rights to the work, how would she feel about the deal?",
        "“I don't even have words,” she replied.",
    ])
    assert quotes["I don't even have words,"].speaker == "Hanna Berg"


def test_another_opens_a_description() -> None:
    quotes = by_text([
        "A source said the princess was devastated.",
        "Another insider added that she had “tried everything” to save the charity.",
    ])
    assert quotes["tried everything"].speaker == "another insider"
    assert quotes["tried everything"].speaker_kind == "description"


def test_a_body_named_by_whose_it_is_speaks_as_an_organisation() -> None:
    quotes = by_text([
        "The Pentagon is considering sending two more missile batteries to Qatar.",
        "Qatar's foreign ministry said in a statement that it welcomed “all efforts to "
        "strengthen regional security.”",
    ])
    quote = quotes["all efforts to strengthen regional security."]
    assert (quote.speaker, quote.speaker_kind) == ("Qatar's foreign ministry", "organisation")


def test_a_titled_surname_is_he_in_the_same_paragraph() -> None:
    quotes = by_text([
        "In a White House statement, President Ellison condemned the test as “provocative.” He "
        "said the allies would seek new sanctions “to show there are consequences.”",
        "“We will not accept it,” he said.",
    ])
    assert quotes["to show there are consequences."].speaker == "Ellison"
    assert quotes["We will not accept it,"].speaker == "Ellison"


def test_a_titled_surname_is_not_she_past_a_woman_the_story_describes() -> None:
    quotes = by_text([
        "Like President Ellison, I believe in the good sense of voters.",
        "My mother has softened with age, but at 86 she still says things such as, “We are "
        "not all meant to be equal.”",
    ])
    assert quotes["We are not all meant to be equal."].speaker is None


def test_a_titled_surname_is_not_she_two_paragraphs_back() -> None:
    quotes = by_text([
        "The depot opened late, and Mayor Okafor arrived before dawn.",
        "The depot foreman showed the flood marks on the wall.",
        "“We were lucky this time, and luck is not a plan,” she said.",
    ])
    assert quotes["We were lucky this time, and luck is not a plan,"].speaker is None


def test_a_representative_of_a_person_is_credited_as_the_story_describes_them() -> None:
    # Each of these had been credited to the person or body they speak for, or to a body
    # named in an earlier paragraph: a string that is not the source.
    quotes = by_text([
        "Coastline Electric filed its plan with the commission. Tom Hale, the mayor, opposed it.",
        "A spokeswoman for Mayor Tom Hale said he was “disappointed.”",
        "A lawyer for the Ortiz family said the county had “a lot to answer for.”",
        "Gavin Marsh did not respond to a request for comment.",
        "A representative for the actor told Variety he had “no knowledge” of the figures.",
    ])
    assert quotes["disappointed."].speaker == "a spokeswoman for Mayor Tom Hale"
    assert quotes["a lot to answer for."].speaker == "a lawyer for the Ortiz family"
    assert quotes["no knowledge"].speaker == "a representative for the actor"
    assert {quotes[k].speaker_kind for k in ("disappointed.", "a lot to answer for.",
                                              "no knowledge")} == {"description"}


def test_a_body_s_spokesperson_still_speaks_for_the_body() -> None:
    quotes = by_text([
        "Coastline Electric asked regulators for an 18% rate increase on Monday.",
        "A spokesman for Coastline Electric said the plan was “under review.”",
    ])
    assert quotes["under review."].speaker == "Coastline Electric"


def test_a_country_in_capitals_is_no_body_a_spokesman_speaks_for() -> None:
    quotes = by_text([
        "The Plunkett Foundation said there were now more than 450 such shops in the UK.",
        "A spokesman said: “They have a remarkably good survival rate.”",
    ])
    assert quotes["They have a remarkably good survival rate."].speaker == "Plunkett Foundation"


def test_a_work_title_in_marks_inside_a_tag_does_not_hide_it() -> None:
    quotes = by_text([
        "Nobody has yet said whether the series will return.",
        "“It was hard,” the “Friends” star told People.",
        "“We are thrilled,” the “Succession” actress said.",
    ])
    assert quotes["It was hard,"].speaker == "the “Friends” star"
    assert quotes["We are thrilled,"].speaker == "the “Succession” actress"


def test_an_epithet_once_resolved_keeps_naming_the_same_person() -> None:
    # "said the actor" just after his quotation is him; three paragraphs and another person
    # later, "the “Pose” actor" is still him, not a description of someone unnamed.
    quotes = by_text([
        "James Van Der Beek was voted off the dance show on Monday.",
        "“We lost the baby,” Van Der Beek said.",
        "“It makes you more human,” said the actor.",
        "The news came a month after Van Der Beek announced that his wife, Kimberly, was "
        "expecting.",
        "The actor shared a clip of the first scan.",
        "“Hearing the heartbeat was something we never take for granted,” the “Pose” actor "
        "previously said on “DWTS.”",
    ])
    assert quotes["It makes you more human,"].speaker == "James Van Der Beek"
    assert quotes["Hearing the heartbeat was something we never take for granted,"].speaker == (
        "James Van Der Beek")


def test_a_titled_subject_with_an_irregular_verb_goes_on_in_the_next_paragraph() -> None:
    quotes = by_text([
        "Dunmore Rovers sacked their manager on Sunday after six straight defeats.",
        "Captain Sean Doyle paid tribute to his former boss.",
        "“He's a good man and a good coach. The players have to look at ourselves.”",
    ])
    assert quotes["He's a good man and a good coach. The players have to look at ourselves."
                  ].speaker == "Sean Doyle"


def test_the_welshman_is_the_person_the_story_follows_not_a_name() -> None:
    quotes = by_text([
        "Dunmore Rovers have sacked manager Gareth Lyle after six straight defeats.",
        "Lyle, 47, was appointed in May 2024.",
        "The Welshman posted a message to supporters, saying he was “sorry it wasn't enough.”",
        "Nobody at the club would say who made the decision.",
        "“Thank you all,” the Frenchwoman wrote.",
    ])
    assert quotes["sorry it wasn't enough."].speaker == "Gareth Lyle"
    # Someone the story never introduced: never "Frenchwoman" as if it were a name.
    assert quotes["Thank you all,"].speaker in (None, "the Frenchwoman")


def test_a_name_taking_a_plural_verb_is_a_body() -> None:
    # British usage: "Rovers have sacked", "Big Machine have denied"; a person never "have".
    quotes = by_text([
        "Dunmore Rovers have sacked manager Gareth Lyle after six straight defeats.",
        "In a statement released on Sunday evening, the club said:",
        "“The board would like to thank Gareth for his hard work.”",
        "Big Machine have twice denied doing anything wrong.",
        "“At no point did we say she could not perform,” they said in a statement.",
    ])
    assert quotes["The board would like to thank Gareth for his hard work."].speaker == (
        "Dunmore Rovers")
    quote = quotes["At no point did we say she could not perform,"]
    assert (quote.speaker, quote.speaker_kind) == ("Big Machine", "organisation")


def test_two_people_joined_by_and_are_not_a_body() -> None:
    quotes = by_text([
        "Dana Okafor and Lee Brandt have both left the council.",
        "“We did what we could,” Brandt said.",
    ])
    assert quotes["We did what we could,"].speaker_kind == "name"


def test_the_subject_after_a_long_opening_clause_is_who_he_is_now() -> None:
    quotes = by_text([
        "Coach Ron Baptiste watched the comeback from the sideline.",
        "“Darnell is our guy,” receiver Marcus Bell said of the quarterback.",
        "Asked what he would tell the Carver State fans who left early, Baptiste smiled. "
        "“I'd tell them to stay next time,” he said.",
        "“He came into my office,” Margaret Ellery testified.",
        "Asked by Assistant U.S. Attorney Priya Ramanathan what she understood that to mean, "
        "Ellery paused.",
        "“I understood that he wanted them gone,” she said.",
    ])
    assert quotes["I'd tell them to stay next time,"].speaker == "Ron Baptiste"
    assert quotes["I understood that he wanted them gone,"].speaker == "Margaret Ellery"


def test_a_man_described_after_the_last_named_man_is_who_he_is() -> None:
    quotes = by_text([
        "Mayor Douglas Fenn said the town would hold a vigil on Friday.",
        "A man who lives across the street said he had heard the shots from his kitchen. "
        "“At first I thought it was fireworks,” he said.",
    ])
    quote = quotes["At first I thought it was fireworks,"]
    assert (quote.speaker, quote.speaker_kind) == ("a man who lives across the street",
                                                   "description")


def test_a_person_brought_back_by_their_role_is_who_she_is_now() -> None:
    quotes = by_text([
        "“Nobody died today,” Police Chief Renata Sloane said at an evening press conference.",
        "“She's in serious but stable condition,” hospital spokeswoman Carla Dunn said.",
        "The chief said investigators were still working to determine a motive.",
        "“We're not going to speculate,” she said.",
    ])
    assert quotes["We're not going to speculate,"].speaker == "Renata Sloane"


def test_a_dateline_and_its_agency_are_never_the_speaker() -> None:
    quotes = by_text([
        "WASHINGTON (AP) — A deal fell apart early Thursday after Sen. Harlan Whitcomb walked "
        "out, accusing Democrats of adding “poison pills” to the bill.",
        "ARNAVA, Valdoria (Reuters) — Valdoria recalled its ambassador on Friday.",
        "“This is an unacceptable violation of our sovereignty,” the foreign ministry said in "
        "a statement.",
    ])
    assert quotes["poison pills"].speaker != "WASHINGTON"
    assert quotes["This is an unacceptable violation of our sovereignty,"].speaker not in (
        "ARNAVA", "Reuters")


def test_a_name_in_apposition_after_a_possessive_role_is_the_clause_subject() -> None:
    quotes = by_text([
        "Valdoria recalled its ambassador to Kesh on Friday.",
        "Kesh's ambassador to the United Nations, Farouk Alimov, dismissed the recall as "
        "“theatre for a domestic audience.”",
    ])
    assert quotes["theatre for a domestic audience."].speaker == "Farouk Alimov"


def test_a_press_office_named_by_its_university_is_the_body_not_the_lead_author() -> None:
    quotes = by_text([
        "“What surprised us was how consistent the effect was,” said Dr. Leonora Basset, the "
        "study's lead author.",
        "In a news release, the University of Carraway's press office called the findings “an "
        "encouraging signal for public health.”",
    ])
    quote = quotes["an encouraging signal for public health."]
    assert (quote.speaker, quote.speaker_kind) == ("University of Carraway's press office",
                                                   "organisation")


def test_a_plural_noun_and_of_opening_the_story_are_no_part_of_the_name() -> None:
    quotes = by_text([
        "Shares of Northwind Logistics fell 9% on Monday after it said it would close depots.",
        "In a statement, Northwind said it would “work closely with our union partners.”",
    ])
    assert quotes["work closely with our union partners."].speaker == "Northwind Logistics"


def test_an_epithet_right_after_its_subject_s_sentence_is_that_person() -> None:
    quotes = by_text([
        "Dunmore beat Harrowgate 2-1 with a late penalty from Tomasz Wilk.",
        "Wilk, 22, said he had not hesitated. “I knew where I was putting it,” the Pole said.",
        "Javier Ibarra was furious with the referee.",
        "The Spaniard, who took charge in the summer, added: “We will speak to the referees.”",
    ])
    # (The sentence before reports Wilk speaking: the Pole is him, whoever else is named.)
    assert quotes["I knew where I was putting it,"].speaker == "Tomasz Wilk"
    assert quotes["We will speak to the referees."].speaker == "Javier Ibarra"
    quotes = by_text([
        "Callum Pryce himself was more measured. “It's a sore one,” the 31-year-old told Sky "
        "Sports.",
    ])
    assert quotes["It's a sore one,"].speaker == "Callum Pryce"
    quotes = by_text([
        "Jessa Raine has been open about fame. In an interview last year, the Grammy winner "
        "said: “Love is hard when you're never in the same time zone.”",
    ])
    assert quotes["Love is hard when you're never in the same time zone."].speaker == (
        "Jessa Raine")


def test_an_age_or_a_people_is_no_guess_between_two_people_in_reach() -> None:
    # Found by a reviewing helper: the sentence's subject is not who the epithet means.
    quotes = by_text([
        "Alex de Minaur lost in straight sets to Novak Djokovic on Tuesday.",
        "Djokovic was simply too strong on the day. “He played some unbelievable tennis,” the "
        "Australian said.",
        "Kofi Pryce was sent off in the 80th minute at Dunmore.",
        "Manager Gareth Lyle defended him after the match. “I did nothing wrong,” the "
        "31-year-old said.",
    ])
    assert quotes["He played some unbelievable tennis,"].speaker != "Novak Djokovic"
    assert quotes["I did nothing wrong,"].speaker != "Gareth Lyle"


def test_a_man_in_the_object_of_a_named_man_s_sentence_is_not_he() -> None:
    quotes = by_text([
        "Police Chief Tom Hale said officers had arrested a man on Tuesday. “We acted quickly "
        "and we are relieved,” he said.",
    ])
    assert quotes["We acted quickly and we are relieved,"].speaker == "Tom Hale"
    quotes = by_text([
        "Health Secretary Dan Price met a man at the clinic in Leeds. “The staff here are "
        "heroes,” he said.",
    ])
    assert quotes["The staff here are heroes,"].speaker == "Dan Price"


def test_review_guards_on_names_bodies_and_initials() -> None:
    quotes = by_text([
        "Usha Vance introduced her husband at a rally in Ohio on Friday.",
        "“We are going to win this state,” JD Vance told the crowd.",
        "Pro Football Focus ranked the Jets' offensive line last on Monday.",
        "“The unit allowed more pressure than any other,” Pro Football Focus said.",
        "Relatives of Marco Rossi said in a statement: “He was a devoted father.”",
        "The fans who booed Kofi Pryce were wrong, the club said on Monday.",
        "“I just want to play football,” Pryce said after training.",
        "American Express raised its annual fees for premium cards on Thursday.",
        "“Our card members value the benefits,” the company said in a statement.",
    ])
    assert quotes["We are going to win this state,"].speaker == "JD Vance"
    assert quotes["The unit allowed more pressure than any other,"].speaker == (
        "Pro Football Focus")
    assert quotes["He was a devoted father."].speaker != "Marco Rossi"
    pryce = quotes["I just want to play football,"]
    assert (pryce.speaker, pryce.speaker_kind) == ("Kofi Pryce", "name")
    assert quotes["Our card members value the benefits,"].speaker == "American Express"


def test_a_people_with_no_one_to_point_to_is_no_speaker() -> None:
    # "the German" is a guess between two men; never "German" as a name, nor Biden.
    quotes = by_text(["Joe Biden met Olaf Scholz on Monday.", "“We are allies,” the German said."])
    assert quotes["We are allies,"].speaker is None


def test_a_role_before_a_name_does_not_reach_into_the_paragraph_before() -> None:
    quotes = by_text([
        "Friends said the couple had been living apart for months",
        "Pop star Jessa Raine said on Monday that she was “relieved.”",
    ])
    assert quotes["relieved."].role == "Pop star"


def test_one_with_a_capitalised_word_opens_a_description() -> None:
    quotes = by_text([
        "Valdoria recalled its ambassador on Friday.",
        "One Western diplomat said the detention appeared to be “a message, not a mistake.”",
    ])
    assert quotes["a message, not a mistake."].speaker == "one Western diplomat"


def test_her_rep_after_her_own_quotation_is_her_representative() -> None:
    quotes = by_text([
        "Pop star Jenna Raine announced the split on Instagram.",
        "“Some chapters end so others can begin,” she wrote.",
        "Her rep told People the decision was “mutual and amicable” and asked for privacy.",
    ])
    quote = quotes["mutual and amicable"]
    assert (quote.speaker, quote.speaker_kind) == ("Jenna Raine’s rep", "description")


def test_a_quotation_interrupted_by_a_tag_of_any_verb_is_one_quotation() -> None:
    quotes = by_text([
        "Ellery spent four hours on the stand.",
        "“He came into my office and closed the door,” Ellery testified. “He said he wanted "
        "the boxes gone.”",
        "“It's a well-designed cohort, and the sample is large,” said Dr. Miriam Oduya, a "
        "geriatrician at Lakeshore Medical Center who was not involved in the research. “The "
        "problem with all these studies is reverse causation.”",
    ])
    assert quotes["He came into my office and closed the door, He said he wanted the boxes "
                  "gone."].speaker == "Ellery"
    assert quotes["It's a well-designed cohort, and the sample is large, The problem with all "
                  "these studies is reverse causation."].speaker == "Miriam Oduya"


def test_he_after_an_owner_s_role_and_name_in_apposition_is_the_named_one() -> None:
    # The defendant's name first in the sentence must not take his lawyer's words.
    quotes = by_text([
        "Daniel Creswick, 34, will appear before magistrates on Monday.",
        "Creswick's solicitor, Imran Qureshi, said his client would deny the charge. “Mr "
        "Creswick is entitled to the presumption of innocence,” he said.",
    ])
    assert quotes["Mr Creswick is entitled to the presumption of innocence,"].speaker == (
        "Imran Qureshi")


def test_capitals_of_a_title_before_a_surname_are_that_person() -> None:
    body = ("Detective Chief Inspector Helen Marsh said officers had been overwhelmed.\n\n"
            "DCI Marsh said extra patrols would remain in the area.")
    mentions = NameIndex(body, body).mentions
    assert [m.entity.name for m in mentions] == ["Helen Marsh", "Helen Marsh"]


def test_a_first_name_given_an_age_is_someone_who_speaks() -> None:
    quotes = by_text([
        "“We are trucking in supplies twice a day,” said Marc Delorme, the field coordinator.",
        "Yusuf, 19, arrived alone two weeks ago. He said he had paid smugglers to cross the "
        "mountains. “They took the money and left us at the river,” he said.",
        "His friend Karim, 22, nodded. “I want to study engineering,” he said.",
    ])
    assert quotes["They took the money and left us at the river,"].speaker == "Yusuf"
    assert quotes["I want to study engineering,"].speaker == "Karim"


def test_the_reader_of_a_statement_is_not_its_author() -> None:
    quotes = by_text([
        "Tallie Rhodes sued Silvergate Records in March.",
        "Rhodes did not attend the hearing. In a statement read by her attorney, Marisa "
        "Delgado, outside the courthouse, the singer said: “I have always believed that "
        "artists should own their work.”",
        "Delgado said the ruling was “a clear signal” that the label's case was weak.",
    ])
    assert quotes["I have always believed that artists should own their work."].speaker != (
        "Marisa Delgado")
    # Her role is the attorney, not "by her attorney".
    assert quotes["a clear signal"].role == "attorney"


def test_a_month_that_is_a_given_name_opens_a_full_name() -> None:
    quotes = by_text([
        "Her drummer and oldest friend, June Castellanos, has played with Vance since 2009.",
        "“She's always been the most talented person in any room,” Castellanos says.",
        "The album is out in June. Vance said she was “proud of every note.”",
    ])
    assert quotes["She's always been the most talented person in any room,"].speaker == (
        "June Castellanos")
