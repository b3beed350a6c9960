"""Word lists the quote finder and attributor share: cue verbs, outlets, titles, given names.

Kept small and English-centred on purpose: they are read at import time and matched with set
lookups, which is what keeps extraction well above a megabyte a second.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import cache
from importlib import resources

from socialkit.quotes.census import is_listed


def words(text: str) -> frozenset[str]:
    """The space-separated words of ``text``: word lists stay readable, wrapped at any width."""
    return frozenset(text.split())


def _inflect(stems: str) -> frozenset[str]:
    """Each 'say:said,says,saying' entry gives every listed form; a bare verb gets -s/-ed/-ing."""
    words: set[str] = set()
    for entry in stems.split():
        base, _, forms = entry.partition(":")
        words.add(base)
        if forms:
            words.update(forms.split(","))
        else:
            stem = base.removesuffix("e")
            plural = base + "es" if base.endswith(("s", "sh", "ch")) else base + "s"
            words.update({plural, stem + "ed", stem + "ing"})
    return frozenset(words)


# Verbs that are also common nouns ("a post", "reports", "promises"): only their past forms cue.
_NOUNISH = words(
    "post tweet report note claim state call answer reply charge promise read remark repeat "
    "joke quip pledge vow demand cry shout chant mock label term counter muse gush rail begin "
    "continue sing comment text message email"
)
_CUES = _inflect(
    "say:said,says,saying tell:told,tells,telling write:wrote,written,writes,writing "
    "post tweet:tweeted,tweets,tweeting add reiterate explain insist declare announce state "
    "claim recall note argue warn ask continue complain acknowledge allege "
    "admit:admitted,admits,admitting agree answer assert "
    "boast caution charge conclude confirm contend counter cry:cried,cries,crying "
    "emphasize emphasise joke lament observe predict promise proclaim quip:quipped,quips "
    "remark repeat reply:replied,replies,replying respond shout:shouted,shouts scream stress "
    "suggest urge vow wonder exclaim mutter whisper concede describe call:called,calls,calling "
    "dub:dubbed,dubs label:labeled,labelled,labels term:termed,terms "
    "sing:sang,sung,sings,singing chant read:reads,reading "
    "speak:spoke,spoken,speaks,speaking begin:began,begun,begins mock pledge thunder "
    "yell rail declare demand chime:chimed,chimes muse:mused,muses gush:gushed,gushes "
    "report comment text:texted,texts,texting message:messaged,messages,messaging "
    "email:emailed,emails,emailing"
)
CUE_VERBS = frozenset(
    w for w in _CUES
    if not any(w in (n, n + "s", n + "es", n[:-1] + "ies", n + "ing", n[:-1] + "ing")
               for n in _NOUNISH)
) | {"continues", "reads", "calls", "reports", "notes", "claims", "replies", "answers",
     "comments",
     # "It read: “...”", "the statement read": past and present are spelt alike, and a
     # document's words are quoted so.
     "read"} | {
    # "..., tweeting, “...”": the participles of these rarely stand as nouns before a quote
    # ("vetoed the bill, calling it “...”": the subject's words, as "describing it as").
    "tweeting", "claiming", "noting", "stating", "posting", "insisting", "vowing", "pledging",
    "calling"}
# Verbs that take a stance on what they quote ("Obama condemned the test as “provocative”"):
# they credit a partial quotation in their own sentence to their subject, and nothing else.
STANCE_VERBS = _inflect(
    "condemn attack blast slam praise denounce dismiss decry accuse criticize criticise hail "
    "tout laud question characterize characterise brand deride pound paint defend promise "
    "refer:referred,refers,referring liken compare rip:ripped,rips knock deny:denied,denies "
    "lambaste chide scold welcome celebrate blame thank applaud ridicule reject "
    # ("The GCB congratulated Berbice on “a historic three-peat”", "advised residents to
    # “remain alert”".)
    "congratulate advise "
    "cite insist vow pledge predict argue classify:classified,classifies"
# Past forms only, of these: "rules", "rates" and "finds" are nouns too. ("The audit found
# that the criteria were “drafted for one bidder”"; the attributor credits "found" only
# before "that".)
) | {"rated", "ruled", "deemed", "deems", "found",
     # ("The stewards sided with him, ruling that Reid was “...”": the participle after a
     # comma; "the ruling", "its ruling" stay nouns after their determiner.)
     "ruling"}
# Verbs whose object names where a statement appeared rather than to whom it was made.
TELL_VERBS = frozenset({"told", "tell", "tells", "telling"})

# "according to X" and "in a statement" style cues that are not verbs.
CUE_PHRASES = ("according to",)

WORK_WORDS = words(
    "book books film films movie movies song songs album albums show shows series novel novels "
    "memoir play plays poem poems article articles headline headlines column op-ed essay "
    "documentary program programme episode episodes podcast podcasts musical opera painting "
    "titled entitled single track tv magazine newspaper hashtag slogan banner sign signs "
    "commentary editorial anthem hymn"
)

# Where something was said or published: platforms and outlets an editor would credit.
PLATFORMS = {
    "instagram": "Instagram", "twitter": "Twitter", "facebook": "Facebook", "tiktok": "TikTok",
    "youtube": "YouTube", "snapchat": "Snapchat", "threads": "Threads", "bluesky": "Bluesky",
    "linkedin": "LinkedIn", "reddit": "Reddit", "truth social": "Truth Social",
    "tweet": "Twitter", "tweeted": "Twitter", "tweets": "Twitter",
}
OUTLETS = words(
    "Vogue TMZ CNN MSNBC NPR PBS BBC Reuters AFP AP Bloomberg Politico Axios Variety Billboard "
    "Elle Glamour Cosmopolitan Esquire Forbes Fortune Time Newsweek Slate Salon Vox Vice "
    "BuzzFeed HuffPost Breitbart Fox NBC ABC CBS GQ People Atlantic Wired Mashable Deadline "
    "Politifact PolitiFact E!"
) | {
    # Names of more than one word, whole: their words alone are people's ("Marie", "Claire",
    # "Stone") or anyone's ("Us", "Fair").
    "Marie Claire", "Rolling Stone", "Harper's Bazaar", "Vanity Fair", "Us Weekly",
}
OUTLET_WORDS = words(
    "News Times Post Journal Magazine Tribune Herald Gazette Telegraph Guardian Independent "
    "Newspaper Mail Sun Mirror Express Observer Chronicle Examiner Inquirer Standard Review "
    "Today Press Radio TV Television Network Report Weekly Daily Monitor Bulletin Globe Star "
    "Show Tonight Hour Minutes Live Podcast Courier Sentinel Dispatch Ledger Advertiser Courant "
    "Register Echo Argus Citizen Enquirer Bee Dealer"
)
VIA_DOCUMENTS = ("press release", "statement", "interview", "op-ed", "letter", "memo")

# Abbreviated ranks of armies and of Commonwealth police ("Cpl Bascombe said" after "Corporal
# Daniel Bascombe", "Pte Akhtar"): titles (below), and no more than a rank where a post is set
# off after the name. Not "Maj" nor "Brig", as often a given name or the one name a Bhutanese
# officer goes by ("Maj Sjöwall", "Brig Tshering, a commander").
SHORT_RANK_NAMES = {"cpl": "corporal", "cdr": "commander", "cmdr": "commander",
                    "adm": "admiral", "pte": "private", "pvt": "private", "const": "constable",
                    # An engineer's title (Nigeria, the Gulf: "Engr. Chukwuemeka Okafor"; a
                    # bare "Eng", a name too, "Tan Eng Chye", is read in names.py) and
                    # Zimbabwe's councillor ("Clr Thembi Moyo").
                    "engr": "engineer", "clr": "councillor"}
SHORT_RANKS = frozenset(SHORT_RANK_NAMES)

# An elder's title in the Torres Strait, Aboriginal Australia and the Pacific, written before
# a given name alone too ("Uncle Solomon Baira ... Uncle Solomon said", "Aunty Kapua"; in
# Aotearoa "Kaumātua Joe Waaka", "Kuia Mere Tainui"): a form of address, no office.
ELDER_TITLES = words("uncle aunty auntie aunt kaumātua kaumatua kuia")

# Titles and roles that precede a name (President Obama) and are not part of it.
TITLES = SHORT_RANKS | ELDER_TITLES | words(
    "mr mrs ms miss dr prof fr sir sens reps govs messrs dame lord lady rev president vice gov "
    # ("Madam Flomo": West African and South Asian papers' "Mrs". Not the French "Madame",
    # which opens names of things: "Madame Tussauds", "Madame Figaro".)
    "madam "
    "governor sen senator rep representative congressman congresswoman mayor judge justice "
    "chief secretary attorney general gen col lt sgt capt officer detective sheriff speaker "
    "chairman chairwoman chair minister prime king queen prince princess pope bishop father "
    "sister brother coach commissioner director spokesman spokeswoman spokesperson ambassador "
    "former then candidate nominee leader activist author actor actress singer rapper star host "
    "anchor reporter professor dean superintendent councilman councilwoman councilor trustee "
    "councillor assemblyman assemblywoman delegate chancellor premier st saint the manager "
    # The forms of no sex that US cities and states now use ("Councilmember Tomasz Wierzbicki").
    "councilmember assemblymember "
    "adviser advisor ombudsman boss "
    "aide strategist official lawyer liaison editor founder ceo executive pollster analyst "
    "economist correspondent secretary press campaign nominee prosecutor meteorologist owner "
    # UK abbreviated ranks ("Cllr Reeve said", "Coun Maureen Brierley", "PC Ibbotson told the
    # inquest").
    "cllr coun pc wpc insp supt det dci dsi di ds "
    # Australia's and New Zealand's councillor ("Cr Linh Tran"), Chicago's alderman ("Ald.
    # Raymond Okafor").
    "cr ald "
    # India's police ranks ("DCP Smita Kulkarni", "ACP Rane", "DSP Gill").
    "dcp acp dsp dgp "
    # A naval rank abbreviated ("Cdr Aoife Brennan"). ("Ch Supt" is read in names.py: "Ch."
    # alone is an initial, "Ch. Venkata Reddy".)
    "cdr "
    # Members of parliaments and assemblies ("Their MP, Tom Hale", "Local MLA Ravi Nair", a
    # Kenyan county's "Ward MCA Ann Kibet").
    "mp msp mla mep mca "
    # Malaysia's and Brunei's honours before a name ("Datuk Wan Shaharuddin Wan Ismail") and a
    # Philippine barangay's councillor ("Kagawad Pedro Cruz"). (Not West Africa's pilgrims'
    # "Alhaji" and "Hajia", which the annotators keep in the name as "Haji" is kept.)
    "datuk dato datin kagawad "
    # Ireland's: a TD (Teachta Dála) and "Deputy" before a TD's surname ("Independent TD Declan
    # Gallagher", "Deputy Gallagher said").
    "td deputy "
    # Ireland's prime minister and deputy ("the Taoiseach, Fergal Ó Murchú, described him"),
    # and a council's or a municipal district's chair ("Cathaoirleach of the Inishowen
    # Municipal District, Cllr Rory Devlin, said").
    "taoiseach tánaiste tanaiste cathaoirleach "
    # The ranks those abbreviate, in full ("Inspector Suresh Kumbar", "Constable Amy Reid"),
    # and a school's head ("Headteacher Mary Jones"), which nameparser's list lacks.
    "inspector constable headteacher headmaster headmistress "
    # The unions' and liberation movements' form of address (Nigeria, South Africa, India):
    # "the National Secretary, Comrade Grace Adeyemi", later "Comrade Adeyemi".
    "comrade"
)

# Numbers written out, in order: "one" to "nineteen", then the tens from "twenty".
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen")
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# Capitalised words that start sentences or name days and months, never people.
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
NOT_NAMES = words(
    "i’d i'd i’m i'm i’ll i'll i’ve i've "
    "a an the this that these those there then than when where while why what who whom whose "
    "which how if in on at as by for from of to with without after before during since until "
    "but and or nor so yet also still just even only not no yes it its it's he she they we i "
    "you his her their our my your him them us me last next first second third this week monday "
    "tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december mon tue wed fri sat sun jan feb mar "
    "apr jun jul aug sep sept oct nov dec however meanwhile although though because following "
    "according asked speaking earlier later today yesterday tomorrow now here many some several "
    "most all both each every other another such one two three four five read more image photo "
    "watch related update editor note americans democrats republicans democratic republican god "
    "like unlike should would could will can did does do is was were has have had "
    # ("Everyone I spoke to said the same:" had made a person "Everyone I".)
    "everyone everybody anyone anybody someone somebody nobody "
    # A style of address after "His" or "Her", no name and no post: "Her Worship Fatmata Sia
    # Kanu", "His Excellency President ...".
    "worship lordship ladyship excellency majesty highness eminence"
)

ORG_WORDS = words(
    "party campaign committee department court university college school news times post "
    "journal collective association inc corp corporation co company foundation institute "
    "institution embassy consulate "
    "council agency bureau office commission service police constabulary administration center "
    "centre group "
    "network union coalition senate house congress organization organisation fund bank ministry "
    "government board team club church league federation alliance project society trust museum "
    "hospital clinic polyclinic army navy caucus magazine press cnn fbi cia nsa state states "
    "republicans authority military directorate secretariat inspectorate "
    # (Ireland's police, "An Garda Síochána": the guard "of the peace", a body, not a
    # guard named Síochána; its officers together, "Gardaí said", are the force as "police".)
    "síochána siochana gardaí gardai "
    "democrats reuters tmz "
    # Kinds of company or public body a story calls a body by ("the airline said").
    "airline firm lender chamber insurer retailer automaker carmaker utility charity watchdog "
    "broadcaster regulator cooperative co-operative district tour force "
    # (A body of clergy or believers: "the North Omaha Clergy Fellowship ... the fellowship said".)
    "fellowship "
    # A school by its kind ("Fairhaven Elementary", "Oakfield Academy").
    "elementary academy"
)

# Words that end a company's name ("Dick Clark Productions", "Big Machine Records"): a name
# holding one is a body. Used on names only: "court records" or "the media" as a noun phrase
# are no body.
COMPANY_WORDS = words(
    "productions records entertainment studios studio media pictures films holdings partners "
    "industries enterprises technologies systems labs laboratories airlines airways motors "
    "brands ventures communications networks publishing publishers pharmaceuticals label "
    "resorts foods stores energy therapeutics biosciences software semiconductor electric "
    "petroleum mining insurance financial investments securities logistics railways wireless "
    "telecom healthcare pharma limited ltd llc llp plc gmbh shipping freight homes rail railroad "
    "transit ferries metro buses"
)

# Words for people as a group that speak as one ("officials said", "police said").
GROUP_NOUNS = words(
    "officials authorities police sources source aides aide critics experts analysts protesters "
    "supporters organizers organisers residents people voters witnesses spokesman spokeswoman "
    "spokesperson representative"
)
# Nouns for several people at once, never one person ("the family said", "the crew").
COLLECTIVE_NOUNS = words(
    "family crew staff couple pair duo trio crowd group team household panel jury"
)
# Words for a document, which is never itself a speaker ("the statement said").
DOCUMENT_NOUNS = words(
    "release statement report post tweet interview video ad letter memo email clip spot ruling "
    "article piece story editorial complaint lawsuit filing study poll survey website column "
    "order decision opinion commercial document transcript brief motion petition suit speech "
    "remarks book memoir blog message note review audit "
    # Documents of diplomacy, courts, councils and forecasters ("A joint communique ... said").
    "communique communiqué declaration resolution bulletin notice indictment affidavit minutes "
    "judgment judgement summary "
    # (A charge sheet, show notes, a manifesto, an evaluation say what they say, as a report.)
    "sheet notes manifesto leaflet guidance evaluation citation warrant contract proposal "
    # (A written submission to a committee or an inquiry: "the submission said".)
    "submission"
) | (FORECAST_DOCUMENTS := words("warning advisory alert forecast"))
# (Forecasters' documents, "the warning said", are also words before another noun, "the
# warning signs", "the alert level": no sentence opens a document with them for "It said".)
# Nouns for people that no ending gives away ("a source", "officials said").
PEOPLE_NOUNS = words(
    "insider witness fan source figure official critic expert victim suspect family friend people "
    "police authorities staff crowd audience student parent child children kid teen veteran "
    "colleague doctor nurse surgeon physician scientist researcher historian lawmaker "
    "inmate prisoner guard cop soldier pilot crew team neighbor neighbour shopper customer "
    "guest pupil "
    # ("the accused told the court": a court's word for the one on trial, as "defendant" is.)
    "accused "
    # ("the stewards said": a race's officials; "-ard" gives no person away, as "guard" here.)
    "steward "
    # ("A garda said", "the garda told the court": Ireland's word for a police officer.)
    "garda "
    # "Her rep told People": the entertainment trade's word for a representative.
    "rep "
    # ("Locals call the gorge “the valley of stones”": people of a place; the plural only, as
    # "the local council" is no person.)
    "locals "
    # Hands at work, whose "hand" alone is no person ("the deckhand said").
    "deckhand farmhand stagehand ranchhand cowhand "
    # A trade no ending gives away ("the retired mason said").
    "mason"
)

# A team sport's positions, which name a player only before their name ("veteran centre Arnas
# Gedvilas", "tighthead prop Sione Tupou") and no ending gives away: elsewhere most are
# everyday words ("the centre", "going forward", "a lock").
PLAYING_POSITIONS = words(
    "centre center forward guard prop lock flanker hooker fly-half scrum-half full-back fullback "
    "wing wing-back centre-back center-back half-back quarterback linebacker shortstop catcher "
    "playmaker point-guard "
    # Not a position, but said of a player the same way: "Substitute Bakary Jammeh headed home".
    "substitute"
)

# Plurals of a noun above that more often count something: "a senior figure" is someone, "the
# figures show" is no one.
COUNTED_PLURALS = words("figures")

FEMALE_WORDS = words(
    "she her hers herself woman women mother wife daughter sister actress girl queen princess "
    "congresswoman chairwoman spokeswoman businesswoman mrs ms miss lady dame grandmother aunt "
    "niece widow bride girlfriend councilwoman assemblywoman mum mom grandma granny nan "
    "granddaughter stepmother stepdaughter stepsister godmother fiancee schoolgirl "
    "policewoman sportswoman headmistress waitress nun"
)
MALE_WORDS = words(
    "he him his himself man men father husband son brother actor boy king prince congressman "
    "chairman spokesman businessman mr sir lord grandfather uncle nephew widower groom "
    "boyfriend councilman assemblyman dad grandad granddad grandpa "
    "grandson stepfather stepson stepbrother godfather fiance schoolboy policeman "
    "sportsman headmaster"
)


def sex_words(sex: str) -> frozenset[str]:
    """The words that say a person's sex is ``sex`` ("she" or "f": "woman", "mother", "her";
    "he" or "m" likewise), and none for anything else ("they" gives no sex)."""
    return FEMALE_WORDS if sex in ("she", "f") else MALE_WORDS if sex in ("he", "m") else (
        frozenset())


def other_sex_words(sex: str) -> frozenset[str]:
    """The words that say a person is not of sex ``sex`` (as ``sex_words``): for "she" the
    words of men; none for "they"."""
    return sex_words(_OTHER_SEX.get(sex, ""))


_OTHER_SEX = {"she": "m", "f": "m", "he": "f", "m": "f"}


def any_word_in(text: str, vocabulary: AbstractSet[str]) -> bool:
    """Whether any word of ``text``, in lower case, is in ``vocabulary``, hyphenated words
    taken apart ("A mother-of-two" holds "mother", a word of ``sex_words("f")``; "señora"
    stays one word)."""
    return any(w in vocabulary for w in _LETTER_RUN.findall(text.lower()))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


PRONOUNS = {
    "she": "f", "he": "m", "they": "p", "it": "n", "we": "p", "i": "s",
}

def world_places() -> frozenset[str]:
    """The world's countries and territories as CLDR names them in English (Babel, which
    courlan already installs): "Sri Lanka", "Burkina Faso", "Kyrgyzstan". Cities of one word
    are left to the list below (most are someone's surname too: "Halifax", "Mendoza", "Lima");
    those of more than one word come from ``world_cities``."""
    try:
        from babel import localedata

        # English's own data holds every English name (the root locale it inherits from has
        # none), so it is read alone, without root's data merged in: the same names as
        # Locale("en").territories, about 11 ms less of every process's start-up.
        territories = localedata.load("en", merge_inherited=False)["territories"]
        found = {name for code, name in territories.items()
                 if code.isalpha() and len(code) == 2 and name.replace(" ", "").isalpha()}
    except Exception:  # a head start only: the hand list below stands alone
        return frozenset()
    # Names that are people's too, however rarely ("Chad", "Jordan"), are left out, as in the
    # list below.
    return frozenset(p for p in found if not is_listed(p.split()[0]))


def world_cities() -> frozenset[str]:
    """Cities of more than one word that the time-zone database names its zones after (CLDR's,
    in Babel): "Phnom Penh", "Dar es Salaam", "Port Moresby", "Ho Chi Minh City", which read
    like a given name and a surname. Not one that opens with someone's given name ("Santo
    Domingo"); no single word, which may be a surname ("Dawson", "Lima", "Halifax")."""
    try:
        from babel import localedata
        from babel.core import get_global

        zones = get_global("zone_territories")
        # (English's own names where it has them: "Ho Chi Minh City", "Lord Howe Island".)
        english = {zone: names["city"] for zone, names in localedata.load(
            "en", merge_inherited=False)["time_zones"].items() if "city" in names}
    except Exception:  # a head start only, as above
        return frozenset()
    found = set()
    for zone in zones:
        region, _, city = zone.partition("/")
        name = english.get(zone, city.replace("_", " "))
        # (Two parts only: "America/Indiana/Knox" names a county's seat by a surname.)
        # (Not a saint's name, "St Thomas", "St Vincent", which is someone's too.)
        if region in _ZONE_REGIONS and "/" not in city and " " in name and (
                name.replace(" ", "").isalpha() and not is_listed(name.split()[0])) and (
                name.split()[0] != "St"):
            found.add(name)
    return frozenset(found)


def world_languages() -> frozenset[str]:
    """The languages official somewhere, as CLDR names them in English (Babel): "Dutch",
    "French", "Irish", "Welsh", "Swedish". English names most peoples by their language, so
    these are words for someone of a people too ("the Dutch captain", "Irish coach ...")."""
    try:
        from babel import localedata
        from babel.core import get_global

        english = localedata.load("en", merge_inherited=False)
        names, lands = english["languages"], set(english["territories"].values())
        spoken = get_global("territory_languages")
    except Exception:  # a head start only, as above
        return frozenset()
    official = {code for languages in spoken.values() for code, info in languages.items()
                if info.get("official_status")}
    # (One word of four letters or more: "Scottish Gaelic", "Tok Pisin" come before no title,
    # and "Ga", "Ewe" are as often an abbreviation or a common word. Not a given name the
    # Census lists, "Shona", as the place lists leave them out; nor a country's own name,
    # "Nauru", "Tuvalu".)
    return frozenset(names[c] for c in official if c in names and names[c].isalpha()
                     and len(names[c]) > 3 and not is_listed(names[c]) and names[c] not in lands)


@cache
def common_words() -> AbstractSet[str]:
    """Webster's Second International word list, whose lower-case entries are English's
    common words ("courtesy", "substitute", "teammate") and whose proper nouns are
    capitalised ("Spaniard", "Nguyen"): a word in lower case is a common word when it is in
    the set as it stands ("Declan", "Jayden", "Peigi" are only names). By the english-words
    package's copy of the public-domain list (read as it is, 35 ms: filtering it to its
    lower-case entries doubled that); empty without it."""
    try:
        from english_words import get_english_words_set
    except ImportError:  # a head start only, as the place lists above
        return frozenset()
    words: AbstractSet[str] = get_english_words_set(["web2"])
    return words


@cache
def english_stopwords() -> frozenset[str]:
    """English's function words ("about", "around", "some", "almost"), by jusText's stoplist
    (a general resource, which trafilatura installs); empty without it."""
    try:
        import justext

        return frozenset(w.lower() for w in justext.get_stoplist("English"))
    except Exception:  # a head start only, as the place lists above
        return frozenset()


_ZONE_REGIONS = frozenset({"Africa", "America", "Asia", "Atlantic", "Australia", "Europe",
                           "Indian", "Pacific"})


# Places, so that a place is never taken for a speaker ("he said in South Asia"). Names that are
# just as often people's (Jordan, Austin, Charlotte, Madison, Paris) are left out on purpose.
PLACES = frozenset(
    line.strip() for line in """
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia
    Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts
    Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey
    New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania
    Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington
    West Virginia|Wisconsin|Wyoming|America|United States|U.S.|US|USA|Puerto Rico|Guam
    New York City|Los Angeles|Chicago|Philadelphia|Phoenix|San Antonio|San Diego|Dallas
    San Francisco|Seattle|Denver|Boston|Detroit|Baltimore|Atlanta|Miami|Cleveland|Pittsburgh
    Cincinnati|Milwaukee|Tulsa|Orlando|Tampa|Las Vegas|Portland|Sacramento|Brooklyn|Manhattan
    Queens|Bronx|Harlem|Ferguson|Flint|Charlottesville|Oakland|Minneapolis|St. Louis
    New Orleans|Nashville|Memphis|Raleigh|Richmond|Indianapolis|Columbus|Buffalo|Albany
    Hollywood|Silicon Valley|Wall Street|Capitol Hill
    Canada|Mexico|Cuba|Haiti|Brazil|Argentina|Chile|Peru|Colombia|Venezuela|Britain
    Great Britain|United Kingdom|UK|England|Scotland|Wales|Ireland|France|Germany|Italy|Spain
    Portugal|Greece|Netherlands|Belgium|Sweden|Norway|Denmark|Finland|Poland|Ukraine|Russia
    Turkey|Syria|Iraq|Iran|Israel|Egypt|Libya|Lebanon|Saudi Arabia|Yemen|Afghanistan|Pakistan
    India|China|Japan|Korea|North Korea|South Korea|Vietnam|Taiwan|Australia|New Zealand
    Nigeria|Kenya|South Africa|Ethiopia|Somalia|Sudan|Europe|Asia|Africa|Latin America
    South America|North America|Central America|Middle East|South Asia|East Asia|Southeast Asia
    Caribbean|Crimea|Baltic|Balkans|Gaza|West Bank|London|Moscow|Beijing|Tokyo|Berlin|Brussels
    Rome|Madrid|Geneva|Tehran|Baghdad|Damascus|Aleppo|Kabul|Jerusalem|Havana|Ottawa|Toronto
    """.replace("|", "\n").splitlines() if line.strip()
) | world_places() | world_cities()
# A trophy, a prize or a contest named after someone is no one: "the Fr Hughes Cup", "the Sam
# Maguire Cup", "the Ryder Cup", "the Webb Ellis Trophy", "the Dr Ian Hale Memorial".
CONTEST_WORDS = words(
    "Cup Trophy Shield Medal Stakes Championship Championships Tournament Awards Prize Memorial "
    "Lecture")
# Last words of a place's name: Pier Road, Orange County, Midway Atoll, Lake Erie.
PLACE_WORDS = words(
    "Street St. Road Avenue Ave. Boulevard Lane Drive Square Plaza County Counties Island "
    "Islands Atoll Bay River Valley Mountain Mountains Lake Coast Beach Heights Hills Harbor "
    "Harbour Quay Pier Park Canyon Peninsula Gulf Ocean Sea Strait Asia Africa Europe "
    # Administrative units: "Xiulin Township", "Fushi Village", "Kagoshima Prefecture".
    "Township Village Province Prefecture Municipality District Region "
    # Buildings and events named after people are no one: "John F. Kennedy International
    # Airport", "Trump Tower".
    "Airport Hotel Tower Center Centre Stadium Arena Bridge Building Library Prison Station "
    "Festival Day Show "
) | CONTEST_WORDS

# Kin: "the mother of X" says X is a person; alone, "his mother" says whose only in the story.
KIN_WORDS = words("mother father sister brother son daughter wife husband parent parents "
                  "grandmother grandfather grandson granddaughter aunt uncle niece nephew "
                  "cousin stepfather stepmother partner fiancee fiance")


def kin_given_alone(roles: AbstractSet[str], kin: AbstractSet[str]) -> bool:
    """Whether ``roles`` hold one of the words ``kin`` ("mother", "mum") and no other word of
    kin: "his brother, Rhodri Pryce, took over the farm after their father died" gives the
    brother "father" too, and he is no one's father the story means."""
    return bool(roles & kin) and not roles & (KIN_WORDS - kin)

# Words that open a subordinate clause (a time, a cause, a condition): a name or a tag inside one
# is no subject of the sentence around it.
SUBORDINATORS = words("after before when while as because since although though until unless if "
                      "whereas")


@cache
def valences() -> dict[str, float]:
    """VADER's lexicon (vaderSentiment package): word -> mean valence, -4 to +4, as rated by
    ten people each. Read on first use, not at import."""
    lexicon = resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
    table: dict[str, float] = {}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        word, _, rest = line.partition("\t")
        if word and rest:
            table[word] = float(rest.split("\t", 1)[0])
    return table
