"""Find every candidate mention of a fact in an article's sentences, rank them, and choose."""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import enum
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from checker.cues import Hit, PhraseSet, Words, stem
from checker.models import Mention, Qualifier, Scalar, Value
from checker.patterns import alternation
from checker.rulebook import Rule
from checker.sentences import FUNCTION_WORDS, Sentence
from checker.sentences import words as word_set
from checker.values import find_values, vocab
from checker.values.currencies import named as currency_named
from checker.values.currencies import other_dollar
from checker.values.kinds import get as get_kind
from checker.values.qualifiers import interval

# Rank = cue score minus penalties. The figures are points on the 0-100 cue scale.
PER_WORD = 4.0  # each word between the value and its cue
PER_CLAUSE = 12.0  # each clause boundary between them (",", ";", "and", a dash...)
VALUE_BETWEEN = 25.0  # another value of the same type sits between: the cue belongs to that one
VAGUE = 15.0  # a precise figure beats "tens of thousands" when both fit
MIN_RANK = 30.0  # below this a candidate is not trusted at all
STRONG = 80.0  # a second sentence this strong is kept beside the chosen one (to catch self-contradiction)
SECOND_WITHIN = 10.0  # ... when it also ranks within this much of the chosen one
ROW_WORDS = 10  # a line of this few words (figures aside) is a row (infobox, table): page's subject
CAPTION_WORDS = 16  # a figure's caption under it, at most
NEAR_OUTSIDE = 10.0  # the `near` term is only in the paragraph or the title: the subject is less sure
# A sentence of prose that names no subject, whose `near` term is only in the page's title, costs
# this much more: its figure is the article's only when nothing else is, and its cue stands close.
NEAR_TITLE_ONLY = 50.0
CONVERSION = 40.0  # "$60m (£47.5m)", "984 feet (300 metres)": the figure in brackets restates the first
# Between a figure and its restatement: a bracket, perhaps after the first one's unit ("60 g (2.1 oz)").
CONVERTED = re.compile(
    r"^\s*(?:[^\W\d_]{1,12}\.?\s*)?[(\[]\s*(?:about\s+|around\s+|roughly\s+|some\s+|~\s*)?$", re.I
)
SPEECH = 20.0  # "said on Tuesday" dates the statement, not the event the fact is about
SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|wrote|added|stated|tweeted|posted|reported)"
    r"\s+(?:on\s+|in\s+)?$",
    re.I,
)
# A speech or statement verb right after a date: "on Thursday pledged aid", "Friday defended", "On
# August 5, Ambassador Jane Roe declared a disaster".
SPEECH_AFTER = re.compile(
    r"^,?\s+(?:said|says|announced|pledged|defended|declared|told|urged|warned|promised|vowed|confirmed"
    r"|denied|reported|stated|added|called|unveiled|released"
    # after who acted, only the verbs of a separate act: "On Monday, Bukele said his proposal ..." may
    # tell of the event itself
    r"|(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?:declared|pledged|defended|urged|warned|vowed|denied))\b",
    re.I,
)
OTHER = 25.0  # the value counts something else: places, a time offset, a part of the total, a named year
# "one of them", "one of the crew": one member of a group, no count of it
ONE_OF = re.compile(r"\s+of\s+(?:them|those|these|the|its|their|his|her|our|us)\b", re.I)
ONE_WORD = 15.0  # the bare word "one" ("one of the largest") is weak evidence of a count
# A figure whose very next word is one of the fact's terms is bound to it ("53,537 deaths", "411 seats",
# "1.5 billion people watched"): bound to a cue it ranks as if it stood by the cue; bound to a `near`
# term, as if it stood NEAR_BOUND points from the cue. In a sentence with a bound figure, a figure with
# a head word of its own ("140 missing") counts something else.
NEAR_BOUND = 20.0
# Stems of "of", "people", "persons", "individuals", written out so that importing this module does
# not load the lemmatizer's dictionary (a test holds them to `stem`).
BIND_SKIP = frozenset({"of", "peopl", "person", "individual"})
HEAD_ENDS = re.compile(
    r"\s*(?:$|[,;:.)\[\]—–]|(?:in|on|at|and|were|was|have|has|had|are|is|from|across|after|since|so|as|but"
    r"|while|including"
    r"|y|e|en|de|del|con|por|desde|tras|que|fueron|han|hay)\b)"  # the same in Spanish: "51 080 muertos y ..."
)
CLAUSE_MARK_BEFORE = re.compile(r"[,;:()\[\]—–.!?]")
HEAD_WORD = re.compile(r"\s+([a-z]{3,})\b")
HEAD_AFTER_NAME = re.compile(r"\s+(?:[A-Z][\w.-]*\s+)?([a-z]{3,})\b")
PARTITIVE_OF = re.compile(r"\s+of\s+(?:(?:a|an|the|their|its)\s+)?([a-z]{3,})\b")
VERB_FORM = re.compile(r"(?:ing|ed)$")
COMPOUND_HEAD = re.compile(r"\s+([a-z]{3,})\b")
HEAD_STOP = frozenset(
    {"in", "on", "at", "of", "have", "has", "had", "were", "was", "are", "is", "who", "which"}
)
FAR_WORDS = 4  # a figure with a noun of its own this far from the cue, across a clause, counts that noun
FARTHER_WORDS = 7  # ... or this far in the same clause
NOT_HEAD = word_set(
    "and are but for from into its more nor not off onto others out over than that the their then this those"
    " under upon was were who whom with"
)
# "540 aftershocks of magnitude 4.0 or greater": the figure bounds a class, it is not a measure.
THRESHOLD = re.compile(
    r"(?:\s*(?:%|percent|mph|km/h|knots|degrees|(?:miles|kilometers|kilometres)\s+(?:per|an)\s+hour))?"
    r"\s*(?:or|o)\s+(?:greater|higher|above|larger|stronger|superior|superiores|mayor|mayores)\b",
    re.I,
)
GOVERNS_OTHER: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a count of places",
        re.compile(
            r"\s+(?:U\.S\.\s+|[A-Z][a-z]+\s+|(?:different|separate|neighbou?ring|affected)\s+)?"
            r"(?:states|counties|countries|provinces|cities|regions"
            r"|districts|towns|villages|municipalities|nations|territories|communities|jurisdictions"
            r"|parishes|boroughs|neighbou?rhoods|islands|sites|locations|facilities|hospitals|schools)\b"
        ),
    ),
    ("an addition", re.compile(r"\s+(?:additional|further|extra)\b", re.I)),  # "three additional counties"
    (
        "a time span",  # "nine days after", "for 3 hours", "36 years", "two consecutive nights"
        re.compile(
            r"\s+(?:(?:consecutive|straight|successive|full)\s+)?"
            r"(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?)\b",
            re.I,
        ),
    ),
)
# "4"/hr", "2 inches an hour", "300 people a day": a rate, not an amount (a speed's unit aside).
RATE_AFTER = re.compile(
    r"(?:\s*[\"″]|\s*[^\W\d_]{1,12})?\s*(?:/\s*(?:hr|h|hour|day|d|yr|year|min|sec|s)\b"
    r"|\s+(?:per|an?|each|every)\s+(?:hour|day|year|week|month|minute|second)\b"
    r"|\s+per\s+(?:match|game|capita|person|head|household|inhabitant|resident)\b)",  # "(2 per match)"
    re.I,
)
# "211 more seats than" is a difference; "Qatar and 31 other teams" leaves out the one named.
# "10,000 more are missing" counts the others, like "10,000 others": no difference.
DIFFERENCE = re.compile(
    r"\s+(?:more|fewer|less)\s+(?!(?:than|are|were|remain|remained|have|had|is|was)\b)"
    r"(?![a-z]+ed\b|(?:missing|dead|hurt)\b)\w+",  # "12 were killed and 15 more wounded": others
    re.I,
)
OTHERS = re.compile(r"\s+other\b", re.I)
# What follows a figure that makes it something else even when the words it counts are the cue.
GOVERNS_OTHER_ALWAYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a difference", DIFFERENCE),  # "won 211 more seats"
    ("the others besides one named", OTHERS),  # "Qatar and 31 other teams"
    ("the threshold of a class", THRESHOLD),  # "winds of 110 mph or higher"
    (  # "Initially some 4,300 buildings, rising to over 7,200": the tally before it grew
        "an earlier figure, later raised",
        re.compile(
            r"(?:\s+[a-z]+){0,3},?\s+(?:later\s+|then\s+)?(?:rising|rose|risen|climbing|climbed|increasing"
            r"|increased|growing|grew|revised\s+(?:up|upward)?)\s+to\b",
            re.I,
        ),
    ),
)
# "lost ... by three and four votes", "won by just 12": a margin of a win or a loss, not a count.
MARGIN_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beating|defeated|trailed|led|leads)\b[^.;:]{0,60}?"
    r"\bby\s+(?:just\s+|only\s+|a\s+mere\s+|some\s+|about\s+)?(?:[\w,.]+\s+(?:and|or|to)\s+)?$"
    # "won with a difference of more than 30%", "a winning margin of 12"
    r"|\b(?:difference|margin|lead)\s+of\s+(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+)?$",
    re.I,
)
RATIO_BASE_BEFORE = re.compile(r"\b(?:out\s+of|in|of)\s+every\s+$", re.I)  # "1 in every 100"
# a clock time, its zone ("9:56 p.m., EST.,") and a comma before the date it precedes
_CLOCK = (
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:,?\s+(?-i:[A-Z]{2,4})\b\.?"
    r"(?:,(?=\s+(?-i:[A-Z][a-z]{2,})\.?\s+\d))?)?"
)
CLOCK_TIME = re.compile(rf"\(\s*{_CLOCK}[^()]{{0,30}}\)|\b{_CLOCK}", re.I)  # "11:52 a.m. PST (19:52 UTC)"
FURTHER_BETWEEN = re.compile(r"\s+a\s+further\s+", re.I)
WORD_RE = re.compile(r"[^\W\d_]+")
PART_BEFORE = re.compile(
    r"\b(?:including|excluding|except|of\s+whom|of\s+which|among\s+(?:them|those)"
    # "costs an additional $200 million", "an additional cost of $6.3 billion": an addition
    r"|(?:an?\s+)?(?:additional|further|extra)(?:\s+[a-z]+\s+of)?|another"
    # "all but two Democrats voted for it": the ones left out of those counted
    r"|all\s+but"
    # "the previous three cases", "the first six segments", "the other 195": a part of those counted
    # elsewhere
    r"|\b(?:the|its|their|his|her)\s+(?:previous|prior|earlier|remaining|other|first|last|next))\s+$",
    re.I,
)
# Words of a sentence that speaks of a whole beyond its page's subject: "the toll from all fires".
WHOLE = re.compile(r"\b(?:all|combined|total|overall|altogether|together|todos|todas)\b", re.I)
# A number that names a thing: "H.R. 4346", "No. 7", "#12", "Flight 370", "Section 230", "serial number 91".
IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:H\.\s?R|S|No|Nos|Art|Sec|Vol|Dkt|Doc|Pub\.\s?L|Fig|p|pp)\.|#|§|\b(?:Flight|Route|Highway"
    r"|Interstate|Section|Article|Title|Chapter|Resolution|Proposition|Amendment|Bill|Platform|Gate|Room|Apollo"
    r"|Case|ECF|Table|Figure|Appendix|Annex|Exhibit|Phase|page)\s"
    r"|\b(?i:serial|tail|hull|model|part)\s+(?i:number|no\.?)\s)"
    r"\s*$"
)
CATEGORY_BEFORE = re.compile(r"\b(?:category|categoría|cat\.)\s*$", re.I)
DESIGNATION_AFTER = re.compile(r"\)\s+[A-Z][a-z]")  # "(65803) Didymos", "(101955) Bennu"
# A number before a legal citation's reporter is a volume or a title: "18 U.S.C. § 1343", "598 U.S. 175"
# is not counted ("136 Stat. 1366", "F.4th", "S. Ct.").
IDENTIFIER_AFTER = re.compile(r"\s+(?:U\.\s?S\.\s?C\.|Stat\.|F\.\s?(?:2d|3d|4th|Supp)|S\.\s?Ct\.|L\.\s?Ed\.)")
# "Boeing 737 MAX", "Airbus 380 XLR": a model number between a maker's name and a series in capitals.
MAKER_BEFORE = re.compile(r"\b[A-Z][a-z]{2,}\s+$")
# Capitals that are a currency, a time zone, a unit or an era, not a model's series or a name
UNIT_CAPITALS = "USD|EUR|GBP|UTC|GMT|BST|EST|EDT|PST|PDT|CET|CEST|JST|AM|PM|MW|GW|KW|KM|MPH|BTC|TNT|CE|BC|AD"
# ... nor, before a number, a magnitude's scale, a country or a row's label: a name a number follows
# is one of other capitals ("NGC 4486", "UN 1267", "737 MAX 8")
NOT_A_NAME = rf"(?:{UNIT_CAPITALS}|BCE|ML|MS|MB|MD|ME|EF|US|UK|EU|TOTAL|ALL|SUM|AND|OR|THE|OF|TO|IN)"
SERIES_AFTER = re.compile(
    rf"\s+(?!(?:{UNIT_CAPITALS})\b)"
    r"[A-Z]{2,}\b"
)
LIST_NUMBER_AFTER = re.compile(r"[.)]\s+[A-Z]")  # "4. Elizabeth II lying in state", a line's opening
NAMED_YEAR_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:Act\s+)?of\s+$")  # "the War of 1812", "Act of 1807"
# A year that measures against itself: "40% below 2005 levels", "in 2020 dollars", "2019 prices".
BASELINE_YEAR_AFTER = re.compile(r"[\s-]+(?:levels?|dollars|prices|baseline|figures|terms|USD)\b", re.I)
ORDINAL = re.compile(
    r"\b(?:the|its|their|his|her|our|my|your|\w+['’]s|a(?=\s+record))\s+(?:record(?:-equalling|-tying|-extending)?\s+)?"
    r"(?P<ord>(?P<digits>\d{1,4})(?:st|nd|rd|th)|" + alternation(vocab.ORDINALS) + r")\b",
    re.I,
)
ORDINAL_KINDS = ("count", "number")
RANK_AFTER = re.compile(r"\s+to\s+(?!date\b)(?:be\s+)?[a-z]{2,}")  # "the second team to lose"
TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|on|during|by)\s+$", re.I)  # "in the 23rd minute to ..."
PLURAL_END = re.compile(r"(?<![su])s$")  # a plural noun ("cases", "deaths"), not "bus" or "crisis"
ONE_OCCASION = re.compile(r"\s+time\b", re.I)
FIRST_SINCE = re.compile(r"(?:\s+[\w-]+){1,6}?\s+since\b", re.I)
FIGURE_NEXT = re.compile(r"\s+(?:\d|(?:" + alternation(vocab.SMALL) + r")\b)", re.I)


def may_hold_ordinal(text: str) -> bool:
    """The sentence may number a cue with an ordinal (see `ordinals`), so it is worth matching for a
    count or number fact even with no figure of the fact's type."""
    return ORDINAL.search(text) is not None


PART_NAMED = 30  # characters from a part's figure to the cue that names it as the fact
# "$783 billion on ...", "137 who were removed under the Act": what the part is for, or who it is
# or whose verb it is the subject of ("another 1.3 million "excepted" employees were required to report")
PART_FOR = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:on|for|to|in|toward|towards)\s|\s+(?:who|that|which|whom)\s"
    r"|(?:\s+[\"“”'\w-]+){0,2}?\s+(?:were|was|are|is|have\s+been|had\s+been)\s"
)
# Where a coordinate clause begins: ", and", ", but", a spaced dash ("... – including ..."), "and the"
# ("... in 2017 and the deadliest ..."), "and losing", "and was opened", a comma before another
# superlative ("the strongest ..., the deadliest ...") or before "including". A semicolon opens one
# only before a verb of its own, and "and" before a figure (see `_semicolons`, `_figure_clauses`).
COORDINATE = re.compile(
    r",\s+(?:and|but|while)\s+|\s[–—]\s|(?<=\w)—(?=\w)|\s+and\s+(?=the\s|[a-z]{3,}(?:ing|ed)\b|(?:on|in)\s+[A-Z\d])|\s+but\s+"
    r"|\s+and\s+(?=(?:was|were|is|are|has|have|had)\s+(?:been\s+)?[a-z]{3,}(?:ed|en)\b)"
    # "will shed $7 billion ... and reinvest almost $2 billion": a verb and a figure of its own
    r"|\s+and\s+(?=[a-z]{4,}\s+(?:(?:about|almost|nearly|some|over|around|another|up\s+to|more\s+than)\s+)?[$€£]\d)"
    r"|,\s+(?=the\s+(?:[a-z]+-)?(?:[a-z]{3,}est|most|least)\b)|,\s+(?=including\b)"
    r"|\s+until\s+"
    # "passed by a vote of 96-0 and will now move to the House": a verb of its own, in another tense
    r"|\s+and\s+(?=(?:will|would|could|can|may|might|must|should)\s+(?:now\s+|then\s+|also\s+)?[a-z]{3,}\b)"
)
# ", Labour won 232": after a comma, a named subject, its verb and a figure of its own open a clause
# ("The Conservatives won 330 seats, Labour won 232, and the SNP won 56") after one with a figure.
ASYNDETON = re.compile(
    r"(?:,|\s+and)\s+(?=(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:[a-z]{2,}ed|won|took|got|held|lost|fell|rose|had|has|have|was|were|is|are|kept|made|saw|gave)\b"
    r"[^,;()]{0,30}?\d)"
)
DIGIT = re.compile(r"\d")
ROW_WORD = re.compile(r"[^\W\d_]+")
LOWER_WORD = re.compile(r"\b[a-z]{2,}")
# "The train included 20 tank cars": the figure the fact asks for, or a part of a total given
# elsewhere; never a contradiction of that total.
INCLUDED_BEFORE = re.compile(r"\binclud(?:e|es|ed)\s+$", re.I)
ARTICLE_FIGURE = re.compile(r"\ban?$", re.I)  # "a mile": the article is the figure
VAGUE_MEASURE = re.compile(r"\s+of\s+(?:" + alternation(vocab.UNIT_OF) + r")\b", re.I)  # "hundreds of miles"
UNIT_AFTER = re.compile(r"[\s-]?(" + alternation([*vocab.UNIT_OF, *vocab.CASED_UNITS]) + r")(?![\w²])", re.I)
# A vote's tally: "by a vote of 64–33", "ruled 6–3", "a 6-3 decision", "a six to three ruling",
# "passed the Senate 87-13", "approved the legislation (369–47)".
VOTE_BEFORE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)(?:\s+(?:of|was))?|ruled|(?:decision|ruling|verdict|tally)\s+(?:was|of)"
    r"|(?:passed|approved|rejected|upheld|cleared|adopted)(?:\s+(?:it|(?:the|this|that|its)(?:\s+[\w.-]+){1,3}))?)"
    r"(?:\s+(?:by|in))?(?:\s+an?)?(?:\s+|\s*\()$",
    re.I,
)
TALLY_AFTER = re.compile(r"\s?[-–—]\s?\d")
VOTE_AFTER = re.compile(r"\)?\s+(?:decision|ruling|vote|verdict|majority)\b", re.I)  # "(9-0) decision"
TALLY_DASH = re.compile(r"[-–—]")
# "a 6-3 decision", "a 5-to-4 ruling", "a five-to-four decision": a vote's tally before its noun
VOTE_TALLY_AFTER = re.compile(r"(?:-to-(?:\d+|[a-z]+)|-\d+)" + VOTE_AFTER.pattern, re.I)
TALLY_TO = re.compile(r"\s+to\s+|-to-")  # "five to four", "five-to-four": a tally only where it is a vote's
COLUMN = 80.0  # a figure in a row of figures: a column of a table whose headers are elsewhere
# A verb in the past and its preposition right before a date: "occurred on", "was made on", "began in".
VERB_ON_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|made|began|took\s+place|held|struck|hit|came|went)"
    r"(?:\s+(?:into|to|from|atop|aboard)\s+[\w\s-]{1,30}?)?\s+(?:on|in)\s+$"
)
# "... on 30 May 2020 and successfully docked": "and", perhaps an adverb, before the cue
AND_ADVERB_BEFORE = re.compile(
    r"\band\s+(?:[a-z]+ly\s+)?(?:(?:was|were|is|are|has|have|had|been|later|then)\s+)*$", re.I
)
# A page's own dates under a cue "date": "Release Date April 24, 2019", "Publication date
# (electronic) : 2015 September 05", "Original report date 5 April 2018".
PAGE_DATE = re.compile(
    r"\b(?:publication|published|release|released|retrieved|retrieval|access|accessed|updated|posted"
    r"|modified|revised|revision|print|report)\s+date$",
    re.I,
)
GLOSS = re.compile(r"\((?:[A-Z][a-z]+|[a-z]+\.?):[^()]{1,160}\)")  # "(Japanese: ..., Hepburn: ...)"
# A measure's unit and its restatement in other units in brackets: "km (62 mi; 54 nmi)"
CONVERSION_AFTER = re.compile(
    r"\s*[^\W\d_]{1,12}\.?\s*\(\s*\d[\d.,]*\s*[^\W\d_]{1,12}\.?(?:\s*[;,]\s*\d[\d.,]*\s*[^\W\d_]{1,12}\.?)*\s*\)"
)
AND_BEFORE = re.compile(r"\band\s*(?:(?:was|were|is|are|has|have|had|been|later|then)\s+)*$", re.I)
OWN_VERB = re.compile(
    r"\s+(?:(?:people|others|more|of\s+them)\s+)?"
    r"(?:were|are|was|is|have|has|had|remain(?:ed|s)?|still|went|missing|injured|wounded|hurt|dead|died)\b",
    re.I,
)
OPENING = re.compile(r"^\s*(?:(?:early\s+|late\s+)?(?:on|in|by)\s+(?:the\s+\w+\s+of\s+)?)?$", re.I)
OPENING_END = re.compile(r"^\s*,")
OPENING_WORDS = 2  # a date opening the sentence counts as this many words from a cue in its main clause
# A participle, not a preposition that ends in -ing ("including", "following").
_PARTICIPLE = r"(?!(?:during|including|according|following|regarding|concerning|excluding)\b)[a-z]{3,}ing\b"
# ", advancing the rover's landing time": a clause of a participle after the main clause, whose
# cue the opening date does not date.
PARTICIPLE_CLAUSE = re.compile(rf",\s+(?:[a-z]+ly\s+)?{_PARTICIPLE}")
# ", further increasing its majority": a participle's clause after a comma, adverb first or not.
TRAILING_PARTICIPLE = re.compile(
    rf",\s+(?:(?:[a-z]+ly|further|thereby|thus|also|again|even|still)\s+)?{_PARTICIPLE}"
)
AS_OF_BEFORE = re.compile(r"\bas\s+(?:of|at|on)\s+$", re.I)
CLAUSE = re.compile(r"[,;:()—–]|\s-\s|\b(?:but|while|whereas|which|who)\b", re.I)
# "that number", "this figure": the sentence's figure is the one the sentence before spoke of.
QUANTITY_POINTER = re.compile(
    r"\b(?:that|this)\s+(?:number|figure|total|share|rate|percentage|proportion|toll|count|amount|tally)\b"
    # "505 of them", "Of those, 34": a part of what the sentence before counted (for a count only:
    # "40% of them" is a share of the people counted, not the share the sentence before gave).
    r"|(?P<part>\bof\s+(?:them|those|these)\b(?!\s+(?:who|that|which|with|in|on|at|from)\b))",
    re.I,
)
AGE_WORDS = frozenset({"age", "aged"})
AGE_AFTER_NAME = re.compile(r"\b[A-Z][\w'’-]+,\s*(?P<age>\d{1,3}),")  # "Ana Ruiz, 31, of Miami"
BORROWED_CUE = 10.0  # a cue taken from the sentence before ranks this much lower
YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")
ANOTHER_OF_KIND = re.compile(r"\b(?:more|further|another|other|later|subsequent)\s+$", re.I)
LEGAL_ACTION = re.compile(
    r"\b(?:arrested|charged|accused|indicted|convicted|sentenced|sued|fined|blamed|detained|prosecuted)"
    r"\s+(?:\w+\s+)?(?:for|with|of|over)\b",
    re.I,
)
# "It was followed by a Mw 7.7 earthquake", "Le siguió un terremoto de magnitud 7,7": the figure is of
# what came after (or before), unless the rule's cue is that very phrase.
FOLLOWED_BY = re.compile(
    r"\b(?:(?:followed|preceded|succeeded)\s+by\s+(?:(?:a|an|another|the)\s+)?(?:[^\W\d]+\s+){0,2}"
    r"|(?:le\s+)?(?:sigui[óo]|siguieron|precedi[óo]|seguid[oa]s?\s+(?:de|por)|precedid[oa]s?\s+(?:de|por))\s+"
    r"(?:(?:un|una|el|la|otro|otra)\s+)?(?:[^\W\d]+\s+){0,3})$",  # "Le siguió un terremoto de magnitud 7,7"
    re.I,
)
# "almost half of all startups": a fraction of a whole is a share, not a count or a rank.
SHARE_WORD = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)$", re.I)
OF_AFTER = re.compile(r"\s+of\b", re.I)
# "today's post", "Tuesday's statement": the date of the report that tells of the fact.
OWN_PUBLICATION = re.compile(
    r"['’]s\s+(?:[A-Za-z-]+\s+)?(?:post|report|statement|release|briefing|update|article|story|blog"
    r"|announcement|testimony|hearing|bulletin|newsletter|edition|issue)\b",
    re.I,
)
# "(born March 19, 1976)": a date of birth, no other fact's date.
BORN_BEFORE = re.compile(r"\b(?:born|b\.)\s+(?:on\s+|in\s+)?$", re.I)
# A report's date: "a progress report released in January 2021", "the final report, published in 2005".
REPORT_BEFORE = re.compile(
    r"\b(?:report|study|statement|findings|update|paper|review|assessment)s?,?\s+(?:was\s+|were\s+)?"
    r"(?:released|published|issued|presented|submitted)\s+(?:on\s+|in\s+)?$",
    re.I,
)
# ... and one told after the date: "Today, we released our first report on these failures".
REPORT_AFTER = re.compile(
    r",?\s+(?:[\w’']+\s+){0,3}(?:released|published|issued)\s+(?:[\w’']+\s+){0,3}"
    r"(?:report|study|findings|statement|review|assessment|analysis)s?\b",
    re.I,
)
# A picture's caption: the date it gives is the picture's ("Satellite image of ... on 24 March 2021"),
# often the event's too, so it ranks PICTURE lower, and it is no field of an infobox.
CAPTION = re.compile(
    r"\s*(?:an?\s+|the\s+)?(?:(?:satellite|aerial|drone|radar|infrared|true-colou?r)\s+)?"
    r"(?:image|images|imagery|photo|photograph|picture|view|loop|video|animation)\s+(?:of|from|shows|showing)\b"
    # a wire photo's caption: "A mockup ... is seen at the gate, Tuesday, Dec. 21", "... pose for a photo"
    r"|.*\b(?:is|are)\s+(?:seen|pictured)\b(?!\s+(?:as|to|by)\b)"
    r"|.*\bposes?\s+for\s+(?:an?\s+|the\s+)?(?:photo|photograph|picture|portrait)s?\b",
    re.I,
)
PICTURE = 25.0
# A count run into its noun ("a 12-story building", "a 174-seat majority") measures the noun after
# it as often as it counts: it ranks below a count standing alone.
COMPOUND = 15.0
# A cue that ends in a preposition ("since", "for the first time since", "total of") takes the figure
# after it: one before it ranks LEADING lower and is never bound to it.
LEADS_ON = re.compile(r"\b(?:since|of|from|to|than|at|by|about|over)$", re.I)
LEADING = 10.0
# A figure of the event a record is counted from: "the largest since the 2006 Mw 7.0 Mozambique quake",
# "the deadliest since the 1993 Storm of the Century, which killed 318 people".
EARLIER_EVENT = re.compile(
    r"\bsince\s+(?:the\s+|a\s+)?(?:1[5-9]|20)\d\d\s+(?:[^\W\d_][\w.-]*\s+){0,3}$"
    r"|\bsince\s+(?:the\s+|a\s+)?(?:1[5-9]|20)\d\d\s+(?:[^\W\d_][\w.-]*\s+){0,4}[^\W\d_][\w.-]*,?\s+"
    r"(?:which|that|when\s+it)\s+(?:[a-z]+\s+){1,2}(?:(?:at\s+least|more\s+than|about|some|nearly)\s+)?$",
    re.I,
)
# "with 39, surpassing the previous record of 37 medals", "breaking the 37 medals of 2010": the
# figure surpassed is another's.
SURPASSED = re.compile(
    r"\b(?:surpass(?:ing|ed|es)?|eclips(?:ing|ed|es)|overt(?:aking|akes|ook)|break(?:ing|s)?|broke"
    r"|beat(?:ing|s)?|better(?:ing|ed|s)?)\s+(?:the|a|its|their)\s+(?:(?:previous|old|former|prior|earlier)\s+)?"
    r"(?:(?:record|mark|best|high)\s+(?:of\s+)?)?$",
    re.I,
)
SURPASSED_FIGURE = "a figure it surpassed"
# A fact that is a record surpassed ("previous record", "prior record") is the figure surpassed.
PREVIOUS_STEMS = frozenset(map(stem, ("previous", "prior", "former", "surpassed", "broke", "eclipsed")))
# A figure of an event that came after the one the sentence began from: "a quake of magnitude 7.5
# struck nine hours later", "hit two days later" (not "the toll rose to 50 two days later").
LATER_EVENT_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:struck|hit|followed|occurred|erupted|shook|rocked|came)\s+(?:[\w-]+\s+){0,2}"
    r"(?:hours?|days?|minutes?|weeks?|months?)\s+(?:later|afterwards?)\b",
    re.I,
)
# "AIM would have launched in December 2020": what did not happen.
COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:\s+not)?\s+have\s+(?:been\s+)?$", re.I)
# "were planned to start", "had been scheduled to open": a plan told in the past, since changed as
# often as not (not "are set to open": the date still expected).
ONCE_PLANNED = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?"
    r"(?:planned|scheduled|set|due|slated|intended|meant)\s+to\s+$",
    re.I,
)
# A figure expected on a condition: "a change of about 7 min was expected if all of the momentum...".
CONDITIONAL_AFTER = re.compile(
    r"[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s+(?:was|were|is|are|would\s+be)\s+(?:expected|predicted|anticipated)\s+if\b",
    re.I,
)
# Between a date and the cue after it, a word that orders two events: "accepted Friday after his
# party won the election" dates the acceptance, not the election (a year may hold both events).
ANOTHER_EVENT = re.compile(r"\b(?:after|before|following|until|ahead\s+of|prior\s+to)\b", re.I)
# A sentence that opens by pointing back: a pronoun, or "the", "that" or "this" and a common noun
# ("The party's share", "The fire had spread", "That number fell"), perhaps after an opening phrase
# ("One of a series of fires, it burned...", "On January 18, 2024 (UTC), it made...").
_OPENING = r"\s*(?:[^,.;:]{0,120}(?:,[^,.;:]{0,40})?,\s+)?"
_PRONOUNS = "it|its|he|his|she|her|they|their|this|these|those"
# "The Act, signed into law...", "The Court said": a capitalised noun of a text's own defined terms.
ANAPHOR = re.compile(
    rf"{_OPENING}(?:(?i:{_PRONOUNS})\b|(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[a-z]+\b|[A-Z][a-z]+(?=,|\s+[a-z])))"
)
# A pronoun or "this"/"that" points at the sentence before for certain, so that sentence's `exclude`
# terms rule it out too; "the" and a noun ("The star of the plan is...") often names its own subject.
POINTER = re.compile(rf"{_OPENING}(?i:{_PRONOUNS}|that)\b")
NAME_PART = re.compile(r"[A-Z][\w'’.-]*|of|de|del|la|van|von")


@dataclass(frozen=True)
class Candidate:
    """A value in a sentence that matched the rule, with everything that decided its rank."""

    sentence: Sentence
    value: Value
    cue: Hit
    near: Hit | None
    words_between: int
    clauses_between: int
    values_between: int
    rank: float
    speech: bool = False  # a date right after "said": the statement's date
    converted: bool = False  # a figure in brackets restating the one before it
    near_outside: bool = False  # the `near` term is in the paragraph or title, not the sentence
    other: str | None = None  # why the value seems to count something else ("a count of places")
    bound: str | None = None  # the fact's term the value is bound to ("deaths" in "53,537 deaths")


@dataclass(frozen=True)
class Rejected:
    """A sentence with values of the fact's type that was not used, and why."""

    sentence: Sentence
    values: tuple[Value, ...]
    reason: str


# "1 hour and 45 minutes", "2 minutes, 30 seconds", "5 weeks and 2 days": a unit of time, then the
# next one down, with how many of it the first holds (a month's days vary: none follows a month).
NEXT_UNIT_DOWN = {
    **{"hour": ("minute", 60), "minute": ("second", 60), "day": ("hour", 24)},
    **{"week": ("day", 7), "year": ("month", 12)},
}
SPANS_OF_TIME = frozenset(("hour", "minute", "second"))


def _unit(written: str) -> str | None:
    """The unit a form of it names ("Miles  per hour" -> "mile per hour"), if any."""
    return vocab.CASED_UNITS.get(written.strip()) or vocab.UNIT_OF.get(" ".join(written.lower().split()))


# A description that ends naming the fact's unit: "..., in seconds", "..., in millions of hectares".
# What it is not may follow: "..., in seconds (not his earlier records)", "..., in acres; not the hectare
# figure".
UNIT_IN_DESCRIPTION = re.compile(
    r",\s*in\s+(?:(?:thousand|million|billion|trillion)s\s+of\s+)?([^\W\d][\w /-]*?)\s*"
    r"(?:\([^()]*\)|;\s*not\b[^()]*)?\s*\.?$",
    re.I,
)


def _unit_described(description: str) -> frozenset[str]:
    """The unit of measure a description's last words name, if any (none for "in U.S. dollars")."""
    m = UNIT_IN_DESCRIPTION.search(description)
    unit = _unit(m.group(1)) if m else None
    return frozenset({unit}) if unit else frozenset()


def _units_named(phrases: tuple[str, ...]) -> frozenset[str]:
    """The units of measure `phrases` name, whole or by a word ("miles per hour" -> {"mile per hour"},
    "miles long" -> {"mile"})."""
    units: set[str | None] = set()
    for phrase in phrases:
        # "second" alone is as often the ordinal ("second place") as the unit ("seconds" is the unit)
        whole = _unit(phrase) if phrase.strip().lower() != "second" else None
        units |= (
            {whole} if whole else {_unit(w) for w in phrase.split() if w.lower() not in NOT_UNITS_IN_PHRASE}
        )
    return frozenset(u for u in units if u is not None)


# The spans of the calendar, by the forms a cue may name them in ("years" -> "year").
SPAN_WORDS = {f"{w}{s}": w for w in ("day", "week", "month", "year", "decade") for s in ("", "s")}


def _holds_figure(phrase: str) -> bool:
    """The phrase holds a figure, in digits or in a number word ("Messier 87", "the two men")."""
    return any(c.isdigit() for c in phrase) or any(w.lower() in vocab.SMALL for w in phrase.split())


def _spans_named(phrases: tuple[str, ...]) -> frozenset[str]:
    """The spans of the calendar `phrases` name ("years of operation" -> {"year"}): a fact measured in
    them reads "5 years" as its figure, not as a time span."""
    return frozenset(SPAN_WORDS[w.lower()] for p in phrases for w in p.split() if w.lower() in SPAN_WORDS)


# Words that name a unit alone but something else within a phrase: "second quake", "t cell".
NOT_UNITS_IN_PHRASE = frozenset({"second", "m", "t", "g", "c"})


@dataclass(frozen=True)
class Page:
    """Where a sentence's subject is named outside it: the page's title, a list's head row, or the
    sentence a pronoun points back to (`sentence`). An `exclude` term there rules the sentence out;
    in a sentence, only one that names a subject (a name, a year): "the third costliest disaster.
    It was also the deadliest..." is not about costs."""

    words: Words
    sentence: bool = False
    side: bool = False  # the fields of an infobox's numbered side ("- Party2: National"): named there
    title_only: bool = False  # a sentence of prose naming no subject: the page's title may, at a cost


class FactMatcher:
    """A rule compiled for matching: cue, near and exclude phrase sets."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.cues = PhraseSet(rule.cues, rule.match)
        self.near = PhraseSet(rule.near, rule.match)
        # A currency among the `exclude` terms of an amount ("yuan") rules out the amounts in it, not
        # the sentences that name it: "82 billion yuan (US$12.7 billion)" still gives the dollars.
        currencies = {p: c for p in rule.exclude if (c := currency_named(p))} if rule.type == "money" else {}
        self.excluded_currencies = frozenset(currencies.values())
        # A fact in another dollar ("in New Zealand dollars"): a bare "$" may be that one, and an
        # excluded "USD" rules out only amounts written as U.S. dollars ("US$1.62 billion").
        self.own_dollar = other_dollar(" ".join((rule.description, *rule.cues, *rule.near))) is not None
        # So does a unit of measure: "parsecs" rules out "16.4 million parsecs", and "(53 million
        # light-years)" beside it still gives the distance in light-years.
        # (Not degrees: "°C" rules out a temperature's sentence, not a latitude's "4.5 degrees".)
        units = (
            {p: u for p in rule.exclude if (u := _unit(p)) and u != "degree"}
            if rule.type in ("count", "number")
            else {}
        )
        self.excluded_units = frozenset(units.values())
        terms = tuple(p for p in rule.exclude if p not in currencies and p not in units)
        self.exclude = PhraseSet(terms, rule.match)
        # The `exclude` terms that name a subject (a name, a year), not another measure ("costliest"):
        # only those rule out a sentence where they stand beside its subject.
        self.excluded_subjects = PhraseSet(
            tuple(p for p in terms if p[:1].isupper() or p[:1].isdigit()), rule.match
        )
        # The `near` terms that hold a figure ("Messier 87"): a figure within one of them is a name's,
        # never the fact's count or number (a cue may hold the fact's own: "magnitude 7.8").
        self.figured = PhraseSet(tuple(p for p in rule.near if _holds_figure(p)), rule.match)
        # The units the fact is measured in, if its words name any ("grams", "miles long"), or its
        # description's last words ("..., in seconds", "..., in millions of hectares").
        self.units = _units_named((*rule.cues, *rule.near)) | _unit_described(rule.description)
        # Those units and the spans of the calendar its words name ("years of operation"): a figure
        # in one of them is no time span or measure of something else.
        self.measures = self.units | _spans_named((*rule.cues, *rule.near))
        # The stems of the fact's words, cue and near, and of its cues alone.
        self.terms = frozenset(stem(w) for phrase in (*rule.cues, *rule.near) for w in phrase.split())
        self.cue_terms = frozenset(stem(w) for phrase in rule.cues for w in phrase.split())
        # The verbs of a change the fact is ("raised by $400 billion"): as its description names
        # them ("the increase ..."), or its cues with "by" or "from" ("rose by"; not "down to").
        self.changes = frozenset(stem(w) for w in WORD_RE.findall(rule.description.lower())) | frozenset(
            stem(w)
            for phrase in rule.cues
            if {"by", "from"} & set(phrase.lower().split())
            for w in phrase.split()
        )
        # The fact is someone's age: "Ana Ruiz, 31, of Miami" states it with no cue word.
        self.asks_age = bool(self.terms & AGE_WORDS) or {"year", "old"} <= self.terms
        # The fact is a date whose cues name a "Date" row: an infobox's line of a date alone is one
        self.date_label = (
            next((c for c in rule.cues if c.lower() in ("date", "dates", "date(s)")), None)
            if rule.type == "date"
            else None
        )
        # The fact is one end of a span ("ended", "closing"; "began", "opened"): of a range of dates
        # or years ("from 14 to 19 September", "June 2019 – 31 March 2020") it is that end.
        ends, starts = self.cue_terms & END_STEMS, self.cue_terms & START_STEMS
        # The fact is the votes against ("voted against", "nays"): of a vote's tally ("51–48"), the
        # second side.
        self.asks_against = bool(self.cue_terms & AGAINST_STEMS)
        self.range_end = True if ends and not starts else False if starts and not ends else None
        # An amount that is one end of an estimate's range, as its description says ("the upper end
        # of the estimated range of ..."): of "between 6,000 and 12,000" it is that end.
        upper, lower = _asks_end(UPPER_END, rule.description), _asks_end(LOWER_END, rule.description)
        self.amount_end = True if upper and not lower else False if lower and not upper else None
        # A latitude is read where a figure says north or south, a longitude east or west.
        self.axis = "NS" if LATITUDE in self.terms else "EW" if LONGITUDE in self.terms else ""
        if self.axis:  # a coordinate is measured in degrees, whatever its words say
            self.measures |= {"degree"}
        # The units among the `near` terms: "121.6 g" satisfies `near: [grams]`.
        self.near_units = _units_named(rule.near)
        # The figures the description itself gives ("how many of the four pipes", "of the 100 Senate
        # seats"): a whole the fact is a part of, known before any text is read.
        self.given = frozenset(v.value for v in find_values(rule.description, "count"))
        # The fact counts whole units of time ("how many whole years"): "37 years, 5 months" is 37.
        self.whole_units = WHOLE_UNITS.search(rule.description) is not None
        # The figures it says the fact is not ("not the 9 engines of a single core").
        self.denied = frozenset(
            v.value for m in NOT_FIGURE.finditer(rule.description) for v in find_values(m.group(1), "count")
        )

    def titles_out(self, title: Words) -> bool:
        """The page's title is one of the `exclude` terms ("Palisades Fire"): the page is about what
        the rule leaves out, and so is every sentence of it that does not speak of a whole (WHOLE)."""
        hit = self.exclude.first(title)
        return hit is not None and hit.first_word == 0 and hit.last_word == len(title.stems) - 1

    def _narrows(self, words: Words, excluded: Hit) -> bool:
        """The sentence names, with one of the fact's own words, a part of what an `exclude` term
        found beside it names ("Turkey" of "Turkey and Syria")."""
        phrase = next((p for p in self.exclude.phrases if p.text == excluded.phrase), None)
        return phrase is not None and bool(set(phrase.stems) & set(words.stems) & self.terms)

    def _excluded_beside(self, words: Words, page: Page | None) -> Hit | None:
        """The `exclude` term found where the sentence's subject is named (see Page), if it rules the
        sentence out."""
        if page is None or page.title_only:
            return None
        if page.sentence and self.near.first(words) is not None:
            return None  # a sentence that names its subject itself is not ruled out by the one before
        excluded = (self.excluded_subjects if page.sentence else self.exclude).first(page.words)
        if excluded is None or self._narrows(words, excluded):
            return None  # "Turkey and Syria" in the title, "... in Turkey" in the row: it is Turkey's
        if YEAR_WORD.fullmatch(excluded.phrase) and any(map(YEAR_WORD.fullmatch, words.stems)):
            # An excluded year beside the subject is the sentence's time only if it gives none of its
            # own: "In 1990 the U.S. had 37%. By 2019, that number had dropped to about 11%."
            return None
        return excluded

    def screen(
        self,
        words: Words,
        around: Callable[[], list[Words]] | None = None,
        page: Page | None = None,
        unit: Hit | None = None,
        implied: Hit | None = None,
        excluded: Hit | None = None,
    ) -> tuple[list[Hit], Hit | None, bool, str | None]:
        """Cue hits, the `near` hit, whether it was found only `around` the sentence (see Context),
        and a reason to reject the sentence (or None). An `exclude` term where the sentence's
        subject is named (`page`: the title of a row's page, the sentence before one that points
        back) rules it out too: "Fatalities 12" on a page about one fire is that fire's toll.
        `unit`, a unit of the `near` terms written after a figure ("121.6 g"), stands for them;
        `implied`, a cue the sentence points back to ("that number"), for a cue it lacks;
        `excluded`, the `exclude` term that rules the sentence out, found by the caller."""
        if excluded:
            return [], None, False, f"excluded: contains {excluded.phrase!r}"
        excluded = self._excluded_beside(words, page)
        if excluded:
            return [], None, False, f"excluded: its subject is named beside {excluded.phrase!r}"
        hits = self.cues.hits(words) or ([implied] if implied else [])
        if not hits:
            return [], None, False, f"no cue scored {self.rule.match} or more"
        if not self.rule.near:
            return hits, None, False, None
        near = self.near.first(words) or unit
        if near is not None:
            return hits, near, False, None
        near = self._near_outside(words, around, page)
        if near is not None:
            return hits, near, True, None
        if self.rule.near_scope == "paragraph" and around is not None:
            return (
                hits,
                None,
                False,
                "none of the `near` terms occurs in the sentence or where its subject is named",
            )
        return hits, None, False, NEAR_NOT_IN_SENTENCE

    def _near_outside(
        self, words: Words, around: Callable[[], list[Words]] | None, page: Page | None
    ) -> Hit | None:
        """A `near` term where the sentence's subject is named: around it (its paragraph and title,
        see Context) at the paragraph scope; at the sentence scope only the page's title or list head
        of a row, whose subject is its page's."""
        if self.rule.near_scope == "paragraph":
            contexts = around() if around is not None else []
        elif (
            page is not None and not page.sentence and sum(not s.isdigit() for s in words.stems) <= ROW_WORDS
        ):
            contexts = [page.words]
        else:
            contexts = []
        return next((h for h in map(self.near.first, contexts) if h is not None), None)


NEAR_NOT_IN_SENTENCE = "none of the `near` terms occurs in the sentence"


class Context(enum.Enum):
    """Where a sentence's subject may be named when the sentence does not name it."""

    NONE = "none"
    PREVIOUS = "previous"  # it opens with a pronoun ("Its share was 33.7%"): the sentence before
    PARAGRAPH = "paragraph"  # a short sentence or a table row: its paragraph and the article's title


def _short_unstopped(text: str, words: int) -> bool:
    """A line of at most ROW_WORDS words (figures aside) that no full stop ends."""
    return not text.rstrip().endswith((".", "!", "?")) and words <= ROW_WORDS


def is_row(text: str) -> bool:
    """A table or infobox row: a line of a few words (figures aside) without a full stop."""
    return "\n" not in text.strip() and _short_unstopped(text, len(ROW_WORD.findall(text)))


def is_caption(text: str) -> bool:
    """A figure's caption under it: a label of at most CAPTION_WORDS words, wrapped or not, that no
    full stop ends ("Houses Damaged or Destroyed by the Typhoon in the Philippines")."""
    return not text.rstrip().endswith((".", "!", "?")) and len(ROW_WORD.findall(text)) <= CAPTION_WORDS


def points_back(text: str) -> bool:
    """The sentence opens with a pronoun or "this"/"that" (see POINTER)."""
    return POINTER.match(text) is not None


def context(text: str, words: Words) -> Context:
    """Where the subject of a sentence that does not name it is to be found. A short sentence ("At
    least 31 were killed.") and a table or infobox row lean on their paragraph and the title; a row's
    figures ("24 September 2023, 14:52") do not count as words."""
    if ANAPHOR.match(text):
        return Context.PREVIOUS
    if len(words.stems) <= ROW_WORDS:
        return Context.PARAGRAPH
    if _short_unstopped(text, sum(not s.isdigit() for s in words.stems)):
        return Context.PARAGRAPH
    return Context.NONE


def _word_index(words: Words, offset: int) -> int:
    starts = [s for s, _ in words.spans]
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _words_between(words: Words, sentence: str, first: int, last: int) -> int:
    """Words strictly between two word indices; a run of capitalised words (a name or title such as
    "Secretary of State Marco Rubio") counts as one word."""
    count = 0
    prev_name = False
    for i in range(first + 1, last):
        start, end = words.spans[i]
        is_name = bool(NAME_PART.fullmatch(sentence[start:end]))
        count += not (is_name and prev_name)
        prev_name = is_name
    return count


def _unit_or_span(text: str, value: Value) -> str | None:
    """The unit a figure is measured in, or the span of time it counts ("687 days": "day")."""
    span = _time_unit_after(text, value.end)
    return measured_in(text, value) or (span[0] if span is not None else None)


PER_AFTER = re.compile(r"\s*(?:per\b|/)\s*[^\W\d_]", re.I)  # "(2.67 per match)": a rate


def conversions(text: str, values: list[Value], units: frozenset[str] = frozenset()) -> set[int]:
    """Indices of values in brackets right after another value: restatements in another unit. One
    in a unit the fact is measured in (`units`) after a figure in another, or after one with a noun
    of its own, is no restatement but the fact's own figure ("1,600 feet (500 metres)" for a
    distance in metres, "668 sols (687 days)" for a span in days)."""
    found = set()
    for i, v in enumerate(values):
        source = next(
            (o for o in values[:i] if o.end <= v.start and CONVERTED.match(text[o.end : v.start])), None
        )
        if source is None:
            continue
        if units and _unit_or_span(text, v) in units:
            own = _unit_or_span(text, source)
            # "668 sols (687 days)": a figure with a noun of its own, not one of the fact's units
            if own not in units | {None} or (own is None and has_head(text, source)):
                continue
        if v.kind == "count" and measured_in(text, v) is None and has_head(text, v):
            continue  # "300+ (25 hospitalized)": a part with a word of its own, no restatement
        if PER_AFTER.match(text, v.end):
            continue  # "171 (2.67 per match)": a rate, another measure than the figure before
        found.add(i)
    return found


def _distances(
    sentence: Sentence, words: Words, value: Value, hit: Hit
) -> tuple[int, int, tuple[int, int], str]:
    """Words and clause breaks between a value and a cue hit, the span between them and its text."""
    first, last = _word_index(words, value.start), _word_index(words, max(value.end - 1, value.start))
    if last < hit.first_word:
        gap_words, gap = _words_between(words, sentence.text, last, hit.first_word), (value.end, hit.start)
        # "crashed 100 km (62 mi; 54 nmi) north-west of Nice": the figure restated in other units in
        # brackets right after it adds no words, clauses or figures before the cue
        conversion = CONVERSION_AFTER.match(sentence.text, value.end, hit.start)
        if conversion:
            bracket = sentence.text.index("(", value.end)
            inside = _word_index(words, conversion.end() - 1) - _word_index(words, bracket)
            gap_words = max(0, gap_words - inside)
            gap = (conversion.end(), hit.start)
    elif first > hit.last_word:
        gap_words, gap = _words_between(words, sentence.text, hit.last_word, first), (hit.end, value.start)
    else:
        gap_words, gap = 0, (0, 0)
    between = sentence.text[gap[0] : gap[1]]
    # "touched down at 11:52:59 a.m. PST (2:52:59 p.m. EST) on Nov. 26": a clock time's words, and its
    # restatement in brackets, add no words or clauses between a cue and a date
    # "(Japanese: 第49回衆議院議員総選挙, Hepburn: ...)": a name's gloss in brackets is one word, with no
    # clause of its own (a figure in it still stands between)
    glosses = GLOSS.findall(between)
    if glosses:
        gap_words = max(1, gap_words - sum(len(WORD_RE.findall(g)) - 1 for g in glosses))
        between = GLOSS.sub(" ", between)
    clock = " ".join(m.group() for m in CLOCK_TIME.finditer(between))
    if clock:
        gap_words = max(0, gap_words - len(WORD_RE.findall(clock)))
        between = CLOCK_TIME.sub(" ", between)
    # "killed 31 people and damaged hundreds of homes": an "and" before the cue starts its clause.
    clauses = len(CLAUSE.findall(between)) + bool(gap[1] == hit.start and AND_BEFORE.search(between))
    # "... died due to the hurricane and 4 remain missing": a figure after "and" with a verb of its own
    # opens a clause
    clauses += bool(
        gap[0] == hit.end and AND_BEFORE.search(between) and OWN_VERB.match(sentence.text, value.end)
    )
    if gap[0] == hit.end and between.strip() == ":":
        clauses = 0  # "Occupants: 72": a label's colon sets off its value, no clause
    return gap_words, clauses, gap, between


def _dated_otherwise(text: str, hit: Hit) -> str | None:
    """Why a date or year beside the cue is another's, by the words just before the cue."""
    if ANOTHER_OF_KIND.search(text, max(0, hit.start - 12), hit.start):
        return "the date of another of its kind"  # "Tuesday brought more quakes"
    if PAGE_DATE.search(text, max(0, hit.start - 30), hit.end):
        return "the date of the page, not of the fact"  # "Release Date April 24, 2019"
    return None


def _score(
    sentence: Sentence,
    words: Words,
    value: Value,
    hit: Hit,
    others: list[Value],
    converted: bool = False,
    units: frozenset[str] = frozenset(),
    subject: tuple[Hit, ...] = (),
    near: Hit | None = None,
) -> Candidate:
    """A value paired with a cue hit, ranked; `near`, the sentence's `near` hit, may place the
    subject in a list of names whose figures follow in the same order (see `_respective`)."""
    gap_words, clauses, gap, between = _distances(sentence, words, value, hit)
    tally = gap == (value.end, hit.start) and TALLY_REST.fullmatch(between) is not None
    if tally:
        gap_words, clauses = 0, 0  # "The 5–4 ruling": the tally's other side stands between, no clause
    inside = (
        0 if tally else sum(1 for o in others if o is not value and gap[0] <= o.start and o.end <= gap[1])
    )
    # the name whose place in a list of names pairs it with a figure: the cue's, else the `near` term's
    named = hit if near is None or _list_place(sentence.text, hit, 2) is not None else near
    respective = _respective(sentence.text, value, others, named)
    if respective is not None and respective is not value:
        # "A and B were conducted in 2019 and 2022 (respectively)": B's is the list's second figure,
        # however far from B it stands; the first is A's
        gap_words, clauses, _, _ = _distances(sentence, words, respective, hit)
        inside = 0
    kind = get_kind(value.kind)
    speech = kind.dated_by_speech and bool(
        SPEECH_BEFORE.search(sentence.text[: value.start]) or SPEECH_AFTER.match(sentence.text[value.end :])
    )
    other = governs_other(sentence.text, value, hit, units, subject)
    if (
        kind.dated_by_speech
        and not value.relative
        and OPENING.match(sentence.text[: value.start])
        and OPENING_END.match(sentence.text[value.end :])
        and not PARTICIPLE_CLAUSE.search(sentence.text, value.end + 1, hit.start)
    ):
        # "On 3 February 2023, about 9 p.m., a train derailed": a date that opens the sentence dates
        # its main clause, however long the words before the cue ("On Wednesday," too often dates
        # the day's news rather than the event, so only a date written out).
        gap_words, clauses, inside = min(gap_words, OPENING_WORDS), min(clauses, 1), 0
    elif value.kind == "date" and value.end <= hit.start and ANOTHER_EVENT.search(between) and not other:
        other = "the date of another event"  # "accepted Friday after his party won the election"
    if kind.dated_by_speech:
        other = other or _dated_otherwise(sentence.text, hit)
    other = other or _another_happening(sentence.text, value, hit)
    if value.text.lower() == "one" and ONE_OF.match(sentence.text, value.end):
        other = other or "one member of a group, not a count"  # "with one of them also detonating"
    if respective is None and _in_respective_lists(sentence.text, value, others, named):
        other = other or "the figure of another item of a list, named in the same order"
    if (
        value.kind == "date"
        and not other
        and value.end <= hit.start
        and AND_ADVERB_BEFORE.search(between)
        and VERB_ON_BEFORE.search(sentence.text, max(0, value.start - 60), value.start)
    ):
        other = "the date of the verb before it"  # "occurred on 14 September 2015 and was announced"
    if kind.dated_by_speech and value.end <= hit.start and LEGAL_ACTION.search(between) and not other:
        other = "the date of an action over the event"  # "In October 2025 a man was arrested for starting it"
    rank = (
        hit.score
        - PER_WORD * gap_words
        - PER_CLAUSE * clauses
        - VALUE_BETWEEN * inside
        - (VAGUE if value.vague or value.value is None else 0.0)
        - (SPEECH if speech else 0.0)
        - (CONVERSION if converted else 0.0)
        - (OTHER if other else 0.0)
        - (ONE_WORD if value.text.lower() == "one" else 0.0)
        - (PICTURE if value.kind == "date" and CAPTION.match(sentence.text) else 0.0)
        - (COMPOUND if value.kind == "count" and sentence.text[value.end : value.end + 1] == "-" else 0.0)
        - (LEADING if value.end <= hit.start and LEADS_ON.search(hit.phrase) else 0.0)
        - (LEADING if value.end <= hit.start and _dated_after(sentence.text, value, hit) else 0.0)
    )
    return Candidate(
        sentence, value, hit, None, gap_words, clauses, inside, rank, speech, converted, other=other
    )


# the "–4 " of "5–4 ruling", the "-to-four " of "five-to-four decision"
TALLY_REST = re.compile(r"\s?(?:(?:[–—-]|-to-)\s?\d{1,3}(?:\s?[–—-]\s?\d{1,3})?|-to-[a-z]{3,6})\s+")
# Figures of one list: "2019 and 2022", "330, 232 and 56", "12 or 13".
LIST_GAP = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)")
NAME_LIST_BEFORE = re.compile(r"\band\s+(?:the\s+)?$")
COMMA_BEFORE = re.compile(r",\s+(?:the\s+)?$")
NAME_LIST_AFTER = re.compile(r"\s*(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z\d]")


def _value_list(text: str, value: Value, others: list[Value]) -> tuple[list[Value], int]:
    """The figures of the list `value` stands in (itself alone when none), and its place there."""
    same = [o for o in others if o.kind == value.kind]
    if value not in same:
        return [value], 0
    i = same.index(value)
    lo = hi = i
    while lo > 0 and LIST_GAP.fullmatch(text, same[lo - 1].end, same[lo].start):
        lo -= 1
    while hi + 1 < len(same) and LIST_GAP.fullmatch(text, same[hi].end, same[hi + 1].start):
        hi += 1
    return same[lo : hi + 1], i - lo


def _list_place(text: str, hit: Hit, items: int) -> str | None:
    """Whether the cue or `near` term closes a list of names ("Boe-OFT and Boe-OFT-2": "last") or
    opens one ("first"), or stands in none. After a comma it may be a middle one ("A, B and C"),
    first only in a list of two."""
    start = hit.start  # the whole name the hit ends ("OFT-2" of "Boe-OFT-2")
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-‐"):
        start -= 1
    if NAME_LIST_BEFORE.search(text, max(0, start - 12), start):
        return "last"
    if not NAME_LIST_AFTER.match(text, hit.end):
        return None
    return "first" if items == 2 or not COMMA_BEFORE.search(text, max(0, start - 12), start) else None


def _respective(text: str, value: Value, others: list[Value], hit: Hit) -> Value | None:
    """When `value` is the figure a list of names pairs with the cue's place in it (the last with the
    last, the first with the first: "Boe-OFT and Boe-OFT-2 in 2019 and 2022"), the figure of its list
    nearest the cue, from which it is measured; else None."""
    items, k = _value_list(text, value, others)
    place = _list_place(text, hit, len(items)) if len(items) > 1 else None
    if place is None or k != (0 if place == "first" else len(items) - 1):
        return None
    return items[0] if items[0].start >= hit.end else items[-1]


def _in_respective_lists(text: str, value: Value, others: list[Value], hit: Hit) -> bool:
    """`value` is in a list of figures whose place does not match the cue's in a list of names."""
    items, _ = _value_list(text, value, others)
    return len(items) > 1 and _list_place(text, hit, len(items)) is not None


def _dates_another_happening(text: str, value: Value, hit: Hit) -> str | None:
    """Why a date or year is that of a report on the fact or of a birth, not of the fact."""
    report = REPORT_BEFORE.search(text, max(0, value.start - 60), value.start)
    if report and not report.start() <= hit.start < value.start:
        return "the date of a report on it"  # "a progress report released in January 2021"
    released = REPORT_AFTER.match(text, value.end)
    if released and not value.end <= hit.start < released.end():
        return "the date of a report on it"  # "Today, we released our first report on these failures"
    if value.relative and OWN_PUBLICATION.match(text, value.end):
        return "the date of a report on it"  # "today's WatchBlog post looks at why the banks failed"
    if BORN_BEFORE.search(text, max(0, value.start - 16), value.start) and "born" not in hit.phrase.lower():
        return "a date of birth"  # "(born March 19, 1976) is a former officer who was convicted"
    return None


def _another_happening(text: str, value: Value, hit: Hit) -> str | None:
    """Why the figure tells of something other than what happened, if the words around it say so."""
    if value.kind in ("date", "year"):
        dated = _dates_another_happening(text, value, hit)
        if dated:
            return dated
    if COUNTERFACTUAL.search(text, max(0, hit.start - 30), hit.start):
        return "what would have happened"  # "AIM would have launched in December 2020"
    if value.kind in ("date", "year") and ONCE_PLANNED.search(text, max(0, hit.start - 50), hit.start):
        return "a date once planned"  # "The games were planned to start on July 18, 2022"
    if CONDITIONAL_AFTER.match(text, value.end):
        return "what was expected on a condition"  # "about 7 min was expected if ..."
    if FOLLOWED_BY.search(text, max(0, value.start - 60), value.start) and not FOLLOWED_BY.match(
        hit.phrase + " "
    ):
        return "a figure of what followed or came before"  # "It was followed by a 7.7 quake"
    later = LATER_EVENT_AFTER.match(text, value.end)
    if later and not value.end <= hit.start < later.end():  # unless the cue tells of the later event
        return "a figure of what followed or came before"  # "a 7.5 quake struck nine hours later"
    if EARLIER_EVENT.search(text, max(0, value.start - 90), value.start):
        return "a figure of an earlier event"  # "the largest since the 2006 Mw 7.0 Mozambique quake"
    surpassed = SURPASSED.search(text, max(0, value.start - 60), value.start)
    if surpassed and not surpassed.start() <= hit.start < value.start:
        return SURPASSED_FIGURE  # "with 39, surpassing the previous record of 37 medals"
    return None


def _modifies(text: str, value: Value, cue: Hit | None, units: frozenset[str]) -> bool:
    """The figure is run into the word after it, which it modifies: "a three-hour meeting" for a
    fact cued by "meeting", "1-minute sustained winds" unless the fact is in minutes; "a 1-mile
    zone" is a measure."""
    unit = measured_in(text, value) if value.kind == "number" else None
    return (
        text[value.end : value.end + 1] == "-"
        and text[value.end + 1 : value.end + 2].isalpha()  # "269-161" is a tally or a range
        and not (cue is not None and cue.start == value.end + 1)
        and not (unit and (unit not in SPANS_OF_TIME or unit in units))
        and not VOTE_TALLY_AFTER.match(text, value.end)  # "a 6-3 decision": a vote's tally
        and not TIMES_TITLED.match(text, value.end)  # "an eight-time Olympic champion": eight titles
    )


def _inside_compound(text: str, value: Value) -> bool:
    """A number word that ends a hyphenated compound ("a best-of-seven series", "one-in-five"): a
    word of the compound, not a figure."""
    return (
        value.start >= 2
        and text[value.start - 1] == "-"
        and text[value.start - 2].isalpha()
        and not DIGIT.search(value.text)
    )


# "eight-time Olympic gold-medal winner", "a five-time World champion": the count of those titles
TIMES_TITLED = re.compile(
    r"-times?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:champions?|winners?|medall?ists?|title[- ]?holders?|titlists?|laureates?)\b",
    re.I,
)


def _numbers_a_category(text: str, value: Value, cue: Hit | None) -> bool:
    """ "a Category 5 hurricane": the figure numbers a class, unless the fact is that class."""
    return (
        value.kind in ("count", "number")
        and CATEGORY_BEFORE.search(text, max(0, value.start - 12), value.start) is not None
        and not (cue is not None and CATEGORY_BEFORE.search(cue.phrase + " "))
    )


# Another verb between the cue and a figure after it governs the figure: "220 deaths and injuring
# 6,000 people", "killed 31 people and damaged 200 homes".
OTHER_VERB = re.compile(r"(?:\band|,)\s+[a-z]{3,}(?:ing|ed)\s")
# "left 135 people dead, 80 more missing": a figure listed after another's, its "more" says "others".
LISTED_AFTER = re.compile(r"\d[\d,.]*\+?\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+,\s+(?:and\s+)?$")


def _listed_after(text: str, value: Value) -> bool:
    """The figure follows another figure and its head word in a list ("135 people dead, 80 ...")."""
    return LISTED_AFTER.search(text, max(0, value.start - 60), value.start) is not None


def governs_other(
    text: str,
    value: Value,
    cue: Hit | None = None,
    units: frozenset[str] = frozenset(),
    subject: tuple[Hit, ...] = (),
) -> str | None:
    """Why the value belongs to something other than the fact, if the words around it say so; never
    when the words it counts are the cue itself ("in nine states" for the number of states), nor
    when they are a unit the fact is measured in (`units`: "shortened by 32 minutes" for a change in
    minutes is no time span), nor a part whose own words name the fact's subject (`subject`, the
    sentence's `near` hits: "182 people, including 169 Afghan civilians" for the Afghan toll)."""
    if _numbers_a_category(text, value, cue):
        return "the number of a category"
    if value.kind in ("count", "number", "money"):
        return _governs_amount(text, value, cue, units, subject)
    if value.kind == "percent":
        return _margin_or_ratio_base(text, value, cue)  # "won with a difference of 30%"
    return _year_of_another(text, value, cue) if value.kind == "year" else None


# "Fatalities24 direct, 30 indirect", "52 direct and 82 indirect deaths": each figure a part of the toll
# ... and "Fatalities: 0 (direct), 2 (indirect)"
DIRECT = re.compile(r"\s*\(?\s*(?P<which>(?:in)?direct)\b", re.I)
DIRECT_PAIR_AFTER = re.compile(r"\s*\(?\s*(?:in)?direct\b[^\d\n]{0,12}\d[\d,]*\s*\(?\s*(?:in)?direct\b", re.I)
DIRECT_PAIR_BEFORE = re.compile(r"\d[\d,]*\s*\(?\s*(?:in)?direct\b[^\d\n]{0,12}$", re.I)


# "were down by 90 seats, leaving them with 258", "the toll rose by 12 to 95": the size of a change
CHANGE_BY_BEFORE = re.compile(
    r"\b(?P<verb>up|down|rose|risen|fell|fallen|grew|grown|dropped|climbed|jumped|increased|decreased"
    r"|declined|gained|lost|cut|raised|reduced|shrank|swelled)\s+by\s+"
    r"(?:just\s+|only\s+|about\s+|some\s+|nearly\s+|almost\s+|around\s+|(?:more|less|fewer)\s+than\s+)?$",
    re.I,
)
# "increased its seat tally from 206 to 227": the figure before a change
CHANGE_FROM_BEFORE = re.compile(
    r"\b(?P<verb>rose|risen|fell|fallen|grew|grown|went|cut|cutting|shrank|shrunk"
    r"|(?:ris|fall|grow|dropp|climb|jump|increas|decreas|declin|rais|reduc|revis|shrink|swell|tripl|doubl"
    r"|quadrupl|halv|boost|lift|expand)(?:ed|ing|e)?)\b[^.;:\d]{0,40}?\bfrom\s+"
    r"(?:just\s+|only\s+|about\s+|some\s+|around\s+)?$",
    re.I,
)
BEFORE_A_CHANGE = "the figure before a change"
TO_AFTER = re.compile(
    r"[^.;:\d]{0,25}?\bto\s+(?:(?:about|around|some|nearly|almost|over|roughly|approximately|just|only"
    r"|more\s+than|less\s+than|fewer\s+than)\s+)?\S*\d",
    re.I,
)


# "(down 0.8%)", "turnout was up 3%"; not a verb's particle ("make up about 80 percent")
CHANGE_BARE_BEFORE = re.compile(
    r"(?<!\bmake )(?<!\bmakes )(?<!\bmade )(?<!\bmaking )(?<!\btake )(?<!\btakes )(?<!\btook )"
    r"(?<!\btaking )(?<!\badd )(?<!\badds )(?<!\badded )(?<!\bsum )(?<!\bsums )\b(up|down)\s+$",
    re.I,
)
# "an additional $3.6 million in assistance", "another $2 billion": a sum added to those before it
ADDITION_BEFORE = re.compile(r"\b(?:additional|further|extra|another)\s+$", re.I)


def _change(text: str, value: Value, cue: Hit, matcher: FactMatcher) -> str | None:
    """The figure is the size of a change of the fact's quantity, or the figure before it, unless
    the cue holds the change's verb or the fact is such a change (see `FactMatcher.changes`); or a
    sum added to others, unless the fact's words say it is one."""
    if value.kind not in ("count", "number", "money", "percent"):
        return None
    if value.kind == "percent":
        # "32.6% Labor (down 0.8%)": a share's change
        bare = CHANGE_BARE_BEFORE.search(text, max(0, value.start - 8), value.start)
        return "the size of a change" if bare and stem(bare.group(1).lower()) not in matcher.changes else None
    if value.kind == "money":
        added = ADDITION_BEFORE.search(text, max(0, value.start - 12), value.start)
        if added and stem(added.group().split()[0].lower()) not in matcher.changes | matcher.cue_terms:
            return "a sum added to others"
    before_start = max(0, value.start - 70)
    change = CHANGE_BY_BEFORE.search(text, before_start, value.start)
    reason = "the size of a change"
    if change is None:
        change = CHANGE_FROM_BEFORE.search(text, before_start, value.start)
        if change is None or not TO_AFTER.match(text, value.end):
            return None
        reason = BEFORE_A_CHANGE
    verb_end = change.start() + len(change.group("verb"))
    if (cue.start < verb_end and cue.end > change.start()) or stem(
        change.group("verb").lower()
    ) in matcher.changes:
        return None
    if reason == BEFORE_A_CHANGE and change.start() <= cue.start and "from" in cue.phrase.lower().split():
        return None  # "seats from": the cue names the figure the change started from
    return reason


def _part_told_after(text: str, value: Value, cue: Hit | None) -> bool:
    """The words after the figure make it a part: "308 people were killed, 273 of which in Mexico
    City" (after its cue), "Fatalities24 direct, 30 indirect" (unless the cue says which)."""
    if cue is not None and cue.end <= value.start and PART_OF_AFTER.match(text, value.end):
        return True
    if not _direct_or_indirect(text, value):
        return False
    # a cue that says which part the fact is reads that part: "indirect deaths" the indirect one
    told = DIRECT.match(text, value.end)
    asked = cue.phrase.lower() if cue is not None else ""
    wanted = "indirect" if "indirect" in asked else "direct" if "direct" in asked else None
    return told is None or told.group("which").lower() != wanted


# "four people in the Dominican Republic and 31 in Haiti": the place a figure is told for
TOLD_FOR_PLACE = re.compile(
    r"\s+(?:(?:people|persons|deaths|dead|others|cases|victims|[a-z]{3,}s)\s+)?(?:in|from)\s+(?:the\s+)?"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
    r"(?P<place>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*|(?<=the\s)[a-z]{3,}\b)",
)


# "35.7% Coalition (down 5.7%), 32.6% Labor": the name a figure is given for, right after it
NAMED_AFTER = re.compile(r"\s+(?P<place>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)")


def _another_place(i: int, lay: Layout, matcher: FactMatcher, text: str) -> str | None:
    """Of figures each told for a place or a name ("killing four people in the Dominican Republic
    and 31 in Haiti", "35.7% Coalition, 32.6% Labor"), those of another than the one a `near` term
    names, when one is."""
    mine, others = _places(i, lay, matcher, text)
    if mine is False and True in others:
        return "the figure of another place than the one the fact's words name"
    return None


def _own_place(i: int, lay: Layout, matcher: FactMatcher, text: str) -> bool:
    """The figure is the one told for the place or name a `near` term names, among figures told
    for others ("35.7% Coalition, 32.6% Labor" for Labor's): bound to it however far the cue."""
    mine, others = _places(i, lay, matcher, text)
    return mine is True and False in others


def _places(i: int, lay: Layout, matcher: FactMatcher, text: str) -> tuple[bool | None, list[bool | None]]:
    """Whether the i-th figure and each other one is told for a place or name a `near` term names
    (None: told for none)."""
    if not matcher.near.phrases:
        return None, []
    places = [TOLD_FOR_PLACE.match(text, v.end) or NAMED_AFTER.match(text, v.end) for v in lay.values]
    named = [None if p is None else _names_near(p.group("place"), matcher) for p in places]
    return named[i], [n for j, n in enumerate(named) if j != i]


# A row's label that dates something named before "date": "Launch date January 16, 2003"
DATED_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:[-•*|][^\S\n]*)?(?P<what>[A-Za-z]+)[^\S\n]+$")


def _another_dated_label(text: str, best: Candidate, matcher: FactMatcher) -> str | None:
    """A cue "date" that is the last word of a row's label naming something else ("Launch date
    January 16, 2003" for the day a shuttle was lost): that thing's date, unless the fact's words
    name it."""
    cue = text[best.cue.start : best.cue.end].lower()
    if best.value.kind not in ("date", "year") or cue not in ("date", "dates"):
        return None
    label = DATED_LABEL.search(text, 0, best.cue.start)
    what = label.group("what").lower() if label else ""
    if not what or what in FUNCTION_WORDS or stem(what) in matcher.terms:
        return None
    return "the date of what the row's label names"


def _names_near(place: str, matcher: FactMatcher) -> bool:
    return matcher.near.first(Words.of(place)) is not None


def _direct_or_indirect(text: str, value: Value) -> bool:
    """The figure is the direct or indirect part of a toll told both ways."""
    return DIRECT_PAIR_AFTER.match(text, value.end) is not None or (
        DIRECT.match(text, value.end) is not None
        and DIRECT_PAIR_BEFORE.search(text, max(0, value.start - 40), value.start) is not None
    )


def _governs_amount(
    text: str, value: Value, cue: Hit | None, units: frozenset[str], subject: tuple[Hit, ...]
) -> str | None:
    """`governs_other` for a count, number or amount of money."""
    other = _word_it_belongs_to(text, value, cue, units)
    if other:
        return other
    for reason, pattern in GOVERNS_OTHER_ALWAYS:
        if pattern.match(text, value.end) and not (pattern is DIFFERENCE and _listed_after(text, value)):
            return reason
    if _part_told_after(text, value, cue):
        return "a part of the total"
    for reason, pattern in GOVERNS_OTHER:
        m = pattern.match(text, value.end)
        if (
            m
            and not (cue is not None and value.end <= cue.start < m.end())
            and measured_in(text, value) not in units
            and SPAN_WORDS.get(m.group().split()[-1].lower()) not in units  # "5 years" for years
        ):
            return reason
    if _is_rate(text, value, cue):
        return "a rate"  # "rainfall rates of 4"/hr" for a rainfall total
    other = _margin_or_ratio_base(text, value, cue)
    if other:
        return other
    if _is_part(text, value, cue, subject) and not _threshold(text, value, units):
        return "a part of the total"
    return None


# A row's label that counts places or kinds of things: "Nations participating 92", "No. of nations |
# 20", "Sports 15".
PLACES_LABEL = re.compile(
    r"(?:^|\n)\s*(?:[-•*|]\s*)?(?:No\.\s+of\s+)?(?P<noun>(?i:nations|countries|states|teams|NOCs|sports"
    r"|disciplines|venues|provinces|districts|counties|municipalities|cities|regions))\b[^\d\n]{0,30}$"
)


# A list's item number: "1. ", "12) " at the start of a line, before the item's first word.
LIST_MARK_AFTER = re.compile(r"[.)][ \t]+(?=[\"“'‘(]?[A-Z])")
LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")


def _list_marker(text: str, value: Value) -> bool:
    """The figure numbers an item of a list ('  1. "Vote date set". The Times. 20 May 2031.')."""
    return (
        value.text.isdigit()
        and len(value.text) <= 3
        and LIST_MARK_AFTER.match(text, value.end) is not None
        and LINE_START_BEFORE.search(text, 0, value.start) is not None
    )


def _word_it_belongs_to(text: str, value: Value, cue: Hit | None, units: frozenset[str]) -> str | None:
    """The word a figure is part of: one it modifies ("a three-hour meeting"), a name it numbers
    ("Faith 7"), a whole it is a share of ("half of all startups"), a row's label that counts places
    or kinds ("Nations participating 92"), unless the cue is that label's noun."""
    label = PLACES_LABEL.search(text, 0, value.start)
    if label and not (cue is not None and cue.start <= label.start("noun") < cue.end):
        return "a count of places"
    if _list_marker(text, value):
        return "the number of an item in a list"  # '1. "Vote date set". The Times.'
    if _modifies(text, value, cue, units) or _inside_compound(text, value):
        return "a modifier of another word"
    if _names_number(text, value, cue):
        return "the number in a name"
    if SHARE_WORD.search(value.text) and OF_AFTER.match(text, value.end):
        return "a share of a whole"  # "almost half of all tech startups"
    return None


# A name's number: a capitalised word, not the sentence's first, right before a whole figure in
# digits ("Faith 7", "Falcon 9", "Vostok 6"): beyond the words `names_something` knows ("Flight",
# "Apollo"), a figure ranked as another's unless the name is the cue.
NAME_BEFORE_NUMBER = re.compile(
    r"(?<=[\w,;:)])\s[“\"‘'(]?(?P<name>(?-i:[A-Z][a-z]+|(?!" + NOT_A_NAME + r"\b)[A-Z]{2,5}))\s$"
)


# "train number 21431", "flight no. 370", "case No. 14-114": a figure that numbers what it follows
NUMBER_WORD_BEFORE = re.compile(r"\b(?:number|nos?\.|#)\s?$", re.I)


# A cue that is the word "number" itself: "Bill No.", "No.", "number" (not "No" the vote's side).
NUMBER_CUE = re.compile(r"(?:\bnos?\.|\bnumbers?)\s*$", re.I)


def _names_number(text: str, value: Value, cue: Hit | None) -> bool:
    """The figure numbers a name ("aboard Faith 7 in May 1963") or what "number" follows ("train
    number 21431"), unless the name is the cue's."""
    if not value.text.isdigit() or value.kind not in ("count", "number"):
        return False
    if NUMBER_WORD_BEFORE.search(text, max(0, value.start - 8), value.start):
        # unless the cue is that word: "bill no. 5" for a bill's number (not "No" the vote's side)
        return not (
            cue is not None
            and cue.start < value.start
            and not text[cue.end : value.start].strip(" .#:")
            and NUMBER_CUE.search(cue.phrase) is not None
        )
    name = NAME_BEFORE_NUMBER.search(text, max(0, value.start - 30), value.start)
    if name is None or _unit_or_span(text, value) is not None:
        return False  # "around Didymos 32 minutes shorter": a measure after a name
    if TALLY_AFTER.match(text, value.end) and VOTE_BEFORE.search(text, 0, value.start):
        return False  # "passed the Senate 87-13": a vote's tally
    return not (cue is not None and cue.start < value.start and cue.end > name.start("name"))


def _margin_or_ratio_base(text: str, value: Value, cue: Hit | None) -> str | None:
    """A win's or a loss's margin ("lost by three and four votes"), unless the cue stands among those
    words ("won by"), or the base of a ratio ("1 to 3 out of every 100 people died")."""
    before = text[max(0, value.start - 80) : value.start]
    margin = MARGIN_BEFORE.search(before)
    if margin is None:
        return "the base of a ratio" if RATIO_BASE_BEFORE.search(before) else None
    # the cue names the margin when it holds its first word ("won by", "winning margin") or its
    # "by"; not when it is another word among them ("lost in the final rounds of voting by three")
    if cue is None:
        return "a margin"
    start = value.start - len(before) + margin.start()
    first_end = start + len(margin.group().split()[0])
    names_margin = (cue.start < first_end and cue.end > start) or "by" in cue.phrase.lower().split()
    if not names_margin:
        return "a margin"
    if RATIO_BASE_BEFORE.search(before):
        return "the base of a ratio"
    return None


def _is_part(text: str, value: Value, cue: Hit | None, subject: tuple[Hit, ...]) -> bool:
    """The figure is a part of a total ("including 12 children", "the other 195"), unless the cue
    or a `near` term right after it names it as the fact."""
    return (
        PART_BEFORE.search(text, max(0, value.start - 24), value.start) is not None
        and not _names_part(text, value, cue)
        and not _subject_of_part(text, value, subject)
        and not _included_alone(text, value, cue)
        and not _part_of_another_kind(text, value, cue)
        and not _first_of_its_verb(text, value, cue)
        and not _another_of_its_own_verb(text, value, cue)
    )


def _first_of_its_verb(text: str, value: Value, cue: Hit | None) -> bool:
    """ "... the deaths of 844 people and injured a further 540": the cue right before "a further"
    and the figure, after a figure of another kind and nowhere before in the sentence, adds the
    figure to that other kind's, so it is the fact ("the quake killed 50 and the aftershock killed
    a further 10" adds to its own)."""
    if cue is None or cue.end > value.start or not FURTHER_BETWEEN.fullmatch(text, cue.end, value.start):
        return False
    before = text[: cue.start]
    first_word = text[cue.start : cue.end].split()[0]
    earlier = {stem(w) for w in WORD_RE.findall(before)}
    return bool(DIGIT.search(before)) and stem(first_word) not in earlier


PART_OF_AFTER = re.compile(r"\s+of\s+(?:which|whom|them|those)\b", re.I)
AND_ANOTHER_BEFORE = re.compile(r"\band\s+another\s+$", re.I)
OWN_NOUN_BETWEEN = re.compile(r"\s+(?:(?:people|persons|others)\s+)?(?:were\s+|was\s+)?", re.I)


def _another_of_its_own_verb(text: str, value: Value, cue: Hit | None) -> bool:
    """ "Eight people were killed and another ten injured": "another" figure whose own verb, right
    after it, is the cue and stands nowhere before in the sentence counts another group, the
    fact's ("twelve were killed and another five died" adds to its own)."""
    if (
        cue is None
        or cue.start < value.end
        or not OWN_NOUN_BETWEEN.fullmatch(text, value.end, cue.start)
        or not AND_ANOTHER_BEFORE.search(text, max(0, value.start - 16), value.start)
    ):
        return False
    first_word = text[cue.start : cue.end].split()[0]
    return stem(first_word) not in {stem(w) for w in WORD_RE.findall(text[: value.start])}


def _part_of_another_kind(text: str, value: Value, cue: Hit | None) -> bool:
    """The part's own noun is the cue and counts another kind of thing than the whole before it:
    "1,604 cases, including 34 deaths" states the deaths ("15 cases, including 3 cases in Texas"
    does not)."""
    if cue is None or cue.start < value.end or text[value.end : cue.start].strip():
        return False
    intro = INCLUDING_BEFORE.search(text, max(0, value.start - 24), value.start)
    if intro is None:
        return False
    before = WORD_BEFORE_COMMA.search(text, 0, intro.start())
    return before is not None and stem(before.group(1)) != stem(cue.phrase.split()[-1])


def _included_alone(text: str, value: Value, cue: Hit | None) -> bool:
    """The part counts the fact's own noun and no figure stands before it that it could be a part
    of: "a series of accidents, including eight deaths" states the deaths."""
    return (
        cue is not None
        and cue.start >= value.end
        and not text[value.end : cue.start].strip()
        and INCLUDING_BEFORE.search(text, max(0, value.start - 24), value.start) is not None
        and not FIGURE_BEFORE.search(text, 0, value.start)
    )


def _threshold(text: str, value: Value, units: frozenset[str]) -> bool:
    """ "after the first 15 weeks" for a fact in weeks: a threshold, not a part of a span ("within
    the first two days")."""
    if not THRESHOLD_BEFORE.search(text, max(0, value.start - 24), value.start):
        return False
    after = _time_unit_after(text, value.end)  # a unit or a span of the calendar
    return after is not None and after[0] in units


THRESHOLD_BEFORE = re.compile(r"\b(?:after|beyond|past|before)\s+the\s+first\s+$", re.I)


RATE_WORD = re.compile(r"/|\b(?:per|an?|each|every)\b", re.I)


def _rate_word_at(match: re.Match[str]) -> int:
    """Where the word that makes a rate ("per", "a", "each", "/") begins in a match of RATE_AFTER."""
    found = RATE_WORD.search(match.string, match.start(), match.end())
    return found.start() if found else match.start()


def _is_rate(text: str, value: Value, cue: Hit | None) -> bool:
    """The figure is an amount per hour, day or year ("4"/hr", "300 people a day"), the cue not among
    the words that say so; a money figure (a wage) and a speed in its own unit are left alone."""
    rate = RATE_AFTER.match(text, value.end)
    return (
        rate is not None
        and value.kind != "money"
        # the cue says so when it holds the word that makes the rate ("a day", "each year"), not
        # only the rate's noun ("2 per match" for a count of matches)
        and not (cue is not None and value.end <= cue.start <= _rate_word_at(rate))
        and " per " not in (measured_in(text, value) or "")
    )


def _year_of_another(text: str, value: Value, cue: Hit | None = None) -> str | None:
    """Why a year is not the fact's: "the War of 1812", "below 2005 levels"; not when the name is the
    cue's ("Hurricane Patricia of 2015" for Patricia's year)."""
    named = NAMED_YEAR_BEFORE.search(text, max(0, value.start - 40), value.start)
    if named and not (cue is not None and named.start() < cue.end and cue.start < value.start):
        return "the name of another event"
    if BASELINE_YEAR_AFTER.match(text, value.end):
        return "a baseline year"
    return None


PART_SUBJECT_WORDS = 4  # words after a part's figure that may name whom it counts
PART_INTRO = r"\b(?:including|among\s+(?:them|those)|of\s+whom|of\s+which)"
PART_INTRO_ANYWHERE = re.compile(PART_INTRO + r"\b", re.I)
FIGURE_BEFORE = re.compile(r"\d|\b(?:dozens|scores|hundreds|thousands|millions|billions)\b", re.I)
WORD_BEFORE_COMMA = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?([^\W\d_]{3,}),\s*$")  # "1,604 cases, "
INCLUDING_BEFORE = re.compile(PART_INTRO + r"(?:\s+the)?\s+$", re.I)  # "including (the) 10 on the island"


def _subject_of_part(text: str, value: Value, subject: tuple[Hit, ...]) -> bool:
    """A `near` term stands among the few words right after the part's figure, before any clause
    mark: the part counts the fact's subject ("including 169 Afghan civilians"); not a term the
    sentence names before the part too, which is the whole's as well."""
    if not INCLUDING_BEFORE.search(text, max(0, value.start - 24), value.start):
        return False  # "the first six segments": one of a series, whatever it is of
    named_before = {hit.phrase for hit in subject if hit.end <= value.start}
    for hit in subject:
        gap = text[value.end : hit.start]
        if (
            hit.start >= value.end
            and hit.phrase not in named_before  # "$2 trillion for roads, of which $9 billion for rural roads"
            and not CLAUSE_MARK_BEFORE.search(gap)
            and len(gap.split()) <= PART_SUBJECT_WORDS
        ):
            return True
    return False


def _names_part(text: str, value: Value, cue: Hit | None) -> bool:
    """The cue names what the part is for, closely after its figure ("including $783 billion on
    energy and climate" for climate spending; "$200 million for roads"); not when the cue is the
    figure's own noun, which names the total's things too ("including 3 cases in Texas")."""
    return (
        cue is not None
        and 0 <= cue.start - value.end <= PART_NAMED
        and PART_FOR.match(text, value.end, cue.start) is not None
        and not CLAUSE_MARK_BEFORE.search(text, value.end, cue.start)
    )


# "2,044,038 (90.18%) voting", "452 (of the 479) seats": a share or the whole told in brackets
SHARE_ASIDE = re.compile(r"\s*\(\s*(?:\d[\d.,]*\s?%|(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*)\s*\)")


def bound_term(text: str, words: Words, value: Value, matcher: FactMatcher) -> tuple[Hit, bool] | None:
    """The cue (True) or `near` term (False) that follows the value as its head word ("53,537
    deaths"), perhaps after "of" or "people"; never through a hyphen ("a 174-seat majority" is a
    majority) or a clause mark."""
    if text[value.end : value.end + 1] == "-":
        return None
    # "2,044,038 (90.18%) voting for independence": its share in brackets between them
    aside = SHARE_ASIDE.match(text, value.end)
    after = aside.end() if aside else value.end
    first = bisect.bisect_left(words.spans, (after, after))
    if first >= len(words.spans) or CLAUSE_MARK_BEFORE.search(text, after, words.spans[first][0]):
        return None
    # "hundreds of homes" counts homes; "20 of magnitude 4" is twenty quakes, not a magnitude.
    skip = words.stems[first] in BIND_SKIP and (value.kind == "count" or words.stems[first] != "of")
    starts = (
        [first, first + 1]
        if skip and first + 1 < len(words.stems) and not words.broken(first, first + 1)
        else [first]
    )
    for phrases, is_cue in ((matcher.cues, True), (matcher.near, False)):
        for phrase in phrases.phrases:
            if is_cue and LEADS_ON.search(phrase.text):
                continue  # "in 2019 for the first time since 1803": "since" takes the figure after it
            for i in starts:
                hit = phrase.at(words, i, phrases.cutoff)
                # A `near` term is often a plain noun: it binds only as the last word of its phrase
                # ("53,537 deaths, ..."), not as a modifier ("68 dairy cow herds") or before "of".
                if hit is not None and (is_cue or HEAD_ENDS.match(text[hit.end : hit.end + 20])):
                    if is_cue and _dated_after(text, value, hit):
                        return None  # "proposed on 25 June 2015 took place on 5 July 2015"
                    return hit, is_cue
    return None


# The cue's own date or year right after it: "took place on 5 July 2015", "held in 2019"
OWN_DATE_AFTER = re.compile(r"\s+(?:on|in)\s+(?:\d|(?-i:[A-Z][a-z]+)\.?\s+\d)")


def _dated_after(text: str, value: Value, hit: Hit) -> bool:
    """A date or year before the cue, whose own date follows it: "proposed on 25 June 2015 took
    place on 5 July 2015"."""
    return value.kind in ("date", "year") and OWN_DATE_AFTER.match(text, hit.end) is not None


def counts_other(text: str, value: Value, matcher: FactMatcher) -> bool:
    """The value is followed by a noun of its own, perhaps after a name ("the six FIFA confederations"),
    that is none of the fact's words ("Six men who ... were killed" counts men, a `near` term)."""
    noun = _noun_after(text, value)
    if noun is None:
        return False
    head, end = noun
    if _unit(head) in matcher.measures:
        return False  # "at 106 mph" for a speed in miles per hour: the fact's unit, no noun counted
    partitive = PARTITIVE_OF.match(text, end)  # "six members of a road crew": the crew is counted
    if partitive:
        head, _ = _last_noun(text, partitive.group(1), partitive.end())
    return stem(head) not in BIND_SKIP | matcher.terms


def _noun_after(text: str, value: Value) -> tuple[str, int] | None:
    """The noun right after the value, perhaps after a name ("the six FIFA confederations"), and
    where it ends; None when a word that heads nothing follows ("and", "than"...)."""
    m = HEAD_AFTER_NAME.match(text, value.end)
    if m is None or m.group(1) in NOT_HEAD:
        return None
    return _last_noun(text, m.group(1), m.end())


def _counts_something_else(text: str, value: Value, unit: str | None, matcher: FactMatcher) -> str | None:
    """What else a figure counts, told by the words right after it."""
    if (
        matcher.units
        and value.kind == "number"
        and unit is None
        and not _carries_time_unit(value)
        and _counts_a_noun(text, value, matcher)
    ):
        # "2.8 million people from Marrakesh" for a distance in kilometres
        return "a count of what its own noun names, not a measure in the fact's unit"
    if value.kind == "count" and not value.vague and _part_of_them(text, value, matcher):
        return "a part of those its noun counts"  # "reached 95, with 85 of victims identified"
    return None


# "85 of (the) victims identified": a count of some of what the noun counts, told by the verb after.
PART_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+)?[a-z]+\s+(?:\w+ly\s+)?([a-z]{3,}ed)\b")


def _part_of_them(text: str, value: Value, matcher: FactMatcher) -> bool:
    """The count is followed by "of (the) <noun> <participle>" whose participle is none of the
    fact's words: the part the participle picks out, not the fact."""
    m = PART_OF_NOUN.match(text, value.end)
    return m is not None and stem(m.group(1)) not in matcher.terms


def _counts_a_noun(text: str, value: Value, matcher: FactMatcher) -> bool:
    """The value is followed by a noun that is neither a unit nor a word of the fact's cues ("2.8
    million people", "33 miners trapped 700 metres underground"): for a fact measured in a unit, it
    counts something instead, though a `near` term may name what that is."""
    noun = _noun_after(text, value)
    return noun is not None and stem(noun[0]) not in matcher.cue_terms and _unit(noun[0]) is None


def _last_noun(text: str, head: str, end: int) -> tuple[str, int]:
    """The last word of a run of up to three lower-case words ("dairy cattle herds"), and its end."""
    for _ in range(2):
        more = COMPOUND_HEAD.match(text, end)
        if (
            more is None
            or more.group(1) in NOT_HEAD
            or more.group(1) in HEAD_STOP
            or VERB_FORM.search(more.group(1))
        ):
            break  # "six construction workers filling potholes": the run ends before a verb
        head, end = more.group(1), more.end()
    return head, end


def has_head(text: str, value: Value) -> bool:
    """The value is followed by a word of its own that says what it counts ("140 missing")."""
    m = HEAD_WORD.match(text, value.end)
    return m is not None and m.group(1) not in NOT_HEAD and stem(m.group(1)) not in BIND_SKIP


THREE_DIGITS = re.compile(r"\d{3}")
# The words a table's up and down arrows leave in text: "Seat change Increase 211 Decrease 251"
CHANGE_ICON = re.compile(r"\s*(?:Increase|Decrease|Steady|Gain|Loss)\s*")
CHANGE_ICON_BEFORE = re.compile(r"(?:Increase|Decrease|Steady|Gain|Loss)\s*$")


def table_columns(text: str, values: list[Value]) -> set[int]:
    """Indices of values that sit in a row of figures, columns of a table whose headers are
    elsewhere, so which one belongs to the fact is unknown: figures with no word in lower case
    between them ("Seats won 411 121 72", "Seat change Increase 211 Decrease 251"), or three or more
    with the same words between each ("202 seats, 32.1% 365 seats, 43.6% 11 seats"), unless each is
    told for a place ("193 from The Netherlands, 43 from Malaysia"). A tally or a score ("64–33",
    "4–2") is not a row."""
    if not values or values[0].kind in ("date", "year"):
        return set()  # "24 September 2023 (2023-09-24)": one date written twice
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(values)]
    columns: set[int] = set()
    prose = text.rstrip().endswith((".", "!", "?"))
    for i, gap in enumerate(gaps):
        # "45 g, 1.6 oz"; "On a turnout of 62.5 percent, 61.3 percent voted": a comma in prose parts
        # figures of a list, not columns (unless the next is three digits, a thousands group split:
        # "300, 000")
        worded = bool(LOWER_WORD.search(gap) or UNIT_AFTER.match(text, values[i].end)) or (
            prose and "," in gap and not THREE_DIGITS.fullmatch(values[i + 1].text)
        )
        # a number spelled out is no column: "rose to 50 two days later"
        spelled = not (DIGIT.search(values[i].text) and DIGIT.search(values[i + 1].text))
        # "Turnout82.26% Increase 1.57%": a change's icon after one figure, not before each, marks the
        # change of that figure, no other column
        change = CHANGE_ICON.fullmatch(gap) is not None and not CHANGE_ICON_BEFORE.search(
            text, 0, values[i].start
        )
        if (
            not worded
            and not spelled
            and not change
            and len(gap) < 30
            and not TALLY_DASH.fullmatch(gap)
            and "(" not in gap
        ):
            columns.update((i, i + 1))
    words = [tuple(LOWER_WORD.findall(gap)) for gap in gaps]
    for i in range(len(gaps) - 1):
        if words[i] and words[i] == words[i + 1] and len(gaps[i]) < 30 and len(gaps[i + 1]) < 30:
            columns.update((i, i + 1, i + 2))
    # "193 from The Netherlands, 43 from Malaysia, 27 from Australia": items of a list, each told
    # for its place
    return {i for i in columns if not TOLD_FOR_PLACE.match(text, values[i].end)}


def header_column(matcher: FactMatcher, lines: list[Words], columns: int) -> int | None:
    """Which of a row's `columns` figures is the fact's subject's, from the nearest line above that
    names it ("Party Labour Conservative Liberal Democrats" over "Popular vote 9,708,716 6,828,925
    3,519,143"): the first when the `near` term opens the header (after at most a one-word label),
    the last when it ends it. Between, the words on each side must leave it one place: each column
    has a name of one word or more ("Conservative", one name after the label, is the second of
    three; a name with two on each side is unknown). None when no line above names it. A line
    with figures is a row of data, not a header."""
    for line in lines:
        # the subject's fullest name there: the hit that starts first, the longest of those
        # ("Emmanuel Macron", not "Macron", in "Nominee Emmanuel Macron Marine Le Pen")
        hit = min(matcher.near.hits(line), key=lambda h: (h.first_word, -h.last_word), default=None)
        if hit is None:
            continue
        if any(s.isdigit() for s in line.stems):
            return None
        last = len(line.stems) - 1
        if hit.first_word <= 1 and hit.last_word < last:
            return 0
        if hit.last_word == last and hit.first_word >= 2:
            return columns - 1
        before, after = hit.first_word - 1, last - hit.last_word  # names before it, after the label
        lowest, highest = max(1, columns - 1 - after), min(before, columns - 2)
        return lowest if lowest == highest else None
    return None


def owned_column(columns: set[int], column: int | None) -> int | None:
    """The index of the value in the column `header_column` found, among a row's figures."""
    if column is None or len(columns) < 2:
        return None
    return sorted(columns)[column]


def tallies(text: str, values: list[Value]) -> dict[int, str]:
    """Figures joined by bare dashes that do not rise, a vote or a score ("64–33", "4–2",
    "243–187–1"), or by "to" in a vote ("a six to three ruling"): the first is its leading side
    ("vote" for a vote's, the votes for: weak evidence of a count; "lead" for a score's, not one);
    the others are dropped."""
    found: dict[int, str] = {}
    for i in range(1, len(values)):
        a, b = values[i - 1], values[i]
        gap = text[a.end : b.start]
        vote = bool(VOTE_BEFORE.search(text, 0, a.start) or VOTE_AFTER.match(text, b.end))
        joined = (TALLY_DASH.fullmatch(gap) or (vote and TALLY_TO.fullmatch(gap))) and None not in (
            a.value,
            b.value,
        )
        if joined and (i - 1 in found or float(a.value) >= float(b.value)):  # type: ignore[arg-type]
            found.setdefault(i - 1, "vote" if vote else "lead")
            found[i] = "rest"
    return found


PREPOSITION = re.compile(r"\b(?:of|in|for|from|at|on|by|with|to)\b", re.IGNORECASE)


def ordinals(text: str, words: Words, hits: list[Hit], kind: str) -> list[Value]:
    """Ordinals that number the cue itself, read as counts: "their third World Cup title" is three
    titles, "in the 23rd minute" minute 23. Only after an article or a possessive and with the cue
    at most three words on, so "first since 1986" and "the second quake" cued by "second" are not."""
    found = []
    for m in ORDINAL.finditer(text):
        if ONE_OCCASION.match(text, m.end()) or FIGURE_NEXT.match(text, m.end()):
            continue  # "for the first time": an occasion; "the first six segments": a figure follows
        if m.group("ord").lower() == "first" and (kind == "count" or FIRST_SINCE.match(text, m.end())):
            # "the first intense tornado in Florida since 1972": a record; "reported its first MERS
            # case": the case that opened a series, not a count of one
            continue
        first = _word_index(words, m.start("ord"))
        if any(
            h.start > m.end("ord")
            and h.first_word - first <= 4
            and not words.broken(first, h.first_word)
            and not PLURAL_END.search(text, h.start, h.end)  # "the first cases were recorded": no count
            # "the first recognized outbreak of mosquito-borne transmission": the ordinal numbers
            # the noun a preposition's object (the cue) qualifies, not the cue
            and not PREPOSITION.search(text, m.end("ord"), h.start)
            # "the tenth nation to win it": a rank among those that did, not a count
            and not (
                m.group().lower().startswith("the")
                and RANK_AFTER.match(text, h.end)
                and not TIME_PREPOSITION_BEFORE.search(text, max(0, m.start() - 8), m.start())
            )
            for h in hits
        ):
            n = (
                int(m.group("digits"))
                if m.group("digits")
                else vocab.ORDINALS.index(m.group("ord").lower()) + 1
            )
            found.append(
                Value(
                    kind=kind,
                    text=m.group("ord"),
                    start=m.start("ord"),
                    end=m.end("ord"),
                    value=n,
                    low=n,
                    high=n,
                )
            )
    return found


def excluded_clauses(
    text: str, found: list[Hit], values: list[Value], named: tuple[Hit, ...] = ()
) -> list[tuple[int, int]]:
    """The spans of the coordinate clauses ("..., and ...", "..., but ...") that hold an `exclude` term,
    when at least one clause of the sentence holds none. A sentence of one clause is ruled out from
    the comma before its first term on ("At least 57 died, the deadliest since the 1993 storm": the
    words before that comma still count), or whole when no comma stands before the term or a value
    of the fact's type opens the words after that comma (then nothing is returned, and a term
    anywhere in it excludes it). A term in a bracketed aside with a figure of its own rules out the
    aside ("77 seats (up eight since 2019)"). `found`: the sentence's `exclude` hits."""
    if not found:
        return []
    asides = _figured_asides(text, found, values)
    if asides:
        return asides
    # a term in a bracketed aside with a figure of its own ("(up eight since 2019)") rules out that
    # aside; the terms outside it decide the clauses
    held = _asides_holding(text, found)
    rest = [h for h in found if not any(a <= h.start < b for a, b in held)]
    if held and rest:
        clauses = excluded_clauses(text, rest, values, named)
        return sorted({*held, *clauses}) if clauses else []
    coordinate = [m.end() for m in COORDINATE.finditer(text)]
    coordinate += _relative_clauses(text, found)
    # a figure of the fact's type before the comma: "To date, the U.S. is providing $12 million" and
    # "In 1990, the U.S. accounted for 40%" are one clause
    coordinate += [m.end() for m in ASYNDETON.finditer(text) if any(v.end <= m.start() for v in values)]
    inner = [
        c
        for c in (
            *coordinate,
            *_figure_clauses(text, values),
            *(_participle_clauses(text, values) if not any(_names_subject(h) for h in found) else ()),
            *_semicolons(text),
        )
        if not _in_brackets(text, c)
    ]
    cuts = sorted({0, *inner, len(text)})
    clauses = list(itertools.pairwise(cuts))
    if len(clauses) == 1:
        first = min(h.start for h in found)
        comma = text.rfind(", ", 0, first)
        listed = _lists_parts(text, values, comma, first) and not _item_named(values, comma, named)
        return [(comma, len(text))] if comma > 0 and not listed else []
    blocked = []
    for a, b in clauses:
        terms = [h.start for h in found if a <= h.start < b]
        if terms:
            # "... and won 303 seats, further increasing its majority", "a turnout of 69%, up from
            # 66% in 2015 and ...": the words after a comma that follows the clause's figure hold the
            # term, not the clause ("and on 29 March, the WHO ended it" is all one clause)
            comma = text.rfind(", ", a, min(terms))
            trailing = comma > a and (
                TRAILING_PARTICIPLE.match(text, comma) or _figure_then_term(text, a, comma, values)
            )
            blocked.append((comma, b) if trailing else (a, b))
    return blocked if sum(b - a for a, b in blocked) < len(text) else []


# ", which killed three people": a relative clause that runs to the sentence's end
RELATIVE = re.compile(r",\s+which\s+(?=[^,;:()]*$)")
ANTECEDENT = 24  # an `exclude` term ending this close before ", which" is what the clause is about


def _relative_clauses(text: str, found: list[Hit]) -> list[int]:
    """Where a relative clause after a comma that runs to the end of the sentence begins ("The fund
    was set up in 2031 by the Senate, which later gave it $9 million"), unless an `exclude` term
    names what it is about, right before it ("the 2015 flood, which killed 19 people")."""
    return [
        m.end()
        for m in RELATIVE.finditer(text)
        if not any(0 <= m.start() - h.end <= ANTECEDENT for h in found)
    ]


def _figure_then_term(text: str, start: int, comma: int, values: list[Value]) -> bool:
    """The clause states a figure before the comma that comes before its first term, and no figure
    opens the words after that comma (which would list parts): as in a sentence of one clause, the
    words before the comma still count ("a turnout of 69% of the electorate, up from 66% in 2015"),
    unless they only lead into the clause after it."""
    before = any(start <= v.start and v.end <= comma for v in values)
    return (
        before and _figure_opening(text, values, comma) is None and not FRONTED.fullmatch(text, start, comma)
    )


def _item_named(values: list[Value], comma: int, named: tuple[Hit, ...]) -> bool:
    """A `near` term (`named`) stands in the item of a list that ends at the comma, after its figure
    ("127 in the Philippines, six in mainland China"): that item is the fact's, the others are not."""
    before = [v for v in values if v.end <= comma]
    return bool(before) and any(before[-1].end <= h.start < comma for h in named)


def _lists_parts(text: str, values: list[Value], comma: int, term: int) -> bool:
    """A figure opens the words after the comma, so they list parts of the fact ("480 in Ishikawa,
    four in Niigata and two in Toyama"), unless the term at `term` is that figure's own noun ("525
    dead, 25 missing": only the missing are ruled out)."""
    opening = _figure_opening(text, values, comma)
    if opening is not None and COMPARED_AFTER.match(text, opening.end):
        return False  # "365 seats, 48 more than in 2017": the size of a change, no part
    # "four in Niigata": a place, no noun of its own
    return opening is not None and bool(text[opening.end : term].strip() or PREPOSITION.match(text, term))


# A figure compared with another: "48 more than", "26 fewer seats than", "five up on 2019"
COMPARED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:more|fewer|less|higher|lower|greater|up|down)\s+(?:than|from|on)\b", re.I
)


def _figure_opening(text: str, values: list[Value], comma: int) -> Value | None:
    """The figure that opens the words after the comma, if one does."""
    return next((v for v in values if v.start > comma and not text[comma : v.start].strip(" ,")), None)


# A phrase put before its clause's subject ("and on 29 March 2016, the agency ended it"): the words
# after its comma are the clause it belongs to.
FRONTED = re.compile(
    r"[\s,;:–—-]*(?:(?:and|but|or|then)\s+)?(?:on|in|at|by|after|before|since|until|as\s+of)\b[^,]*", re.I
)


BRACKETED = re.compile(r"\([^()]*\)")


# "32.1% of the vote": a percentage just before an `exclude` term, which the term qualifies; and a
# bare number, for a fact in percent
PERCENT_JUST_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?\s?(?:%|per\s?cent\b|percent\b)\s?$", re.I)
NUMBER_JUST_BEFORE = re.compile(r"(?<![\d,.])\d(?:[\d,.]*\d)?\s$")


def _beyond_other_figures(text: str, found: list[Hit], kind: str) -> list[Hit]:
    """The `exclude` hits `found` without the words that qualify a figure of another measure than
    the fact's `kind` just before them: "The Labour Party won 202 seats and 32.1% of the vote" is no
    vote share for a count of seats, only its percentage is."""
    if kind in ("count", "number", "money"):
        other = PERCENT_JUST_BEFORE
    elif kind == "percent":
        other = NUMBER_JUST_BEFORE
    else:
        return found
    return [
        hit
        for hit in found
        if DIGIT.search(hit.phrase) or not other.search(text, max(0, hit.start - 16), hit.start)
    ]


def _all_blocked(
    sentence: Sentence, values: list[Value], kept: list[Value], found: list[Hit]
) -> Rejected | None:
    """Why the sentence gives nothing when its figures stand only in clauses the `exclude` terms
    `found` rule out (`kept`: those outside them), else None."""
    if not values or kept:
        return None
    term = _first_term(found).phrase
    why = f"excluded: its figures stand only in clauses an `exclude` term rules out ({term!r})"
    return Rejected(sentence, tuple(values), why)


def _asides_holding(text: str, found: list[Hit]) -> list[tuple[int, int]]:
    """The spans of the bracketed asides with a figure that hold one of the terms `found`."""
    asides = [m.span() for m in BRACKETED.finditer(text) if DIGIT.search(m.group())]
    return [(a, b) for a, b in asides if any(a <= h.start < b for h in found)]


def _figured_asides(text: str, found: list[Hit], values: list[Value]) -> list[tuple[int, int]]:
    """The bracketed asides that hold every `exclude` term, when each holds a figure of its own that
    the term qualifies ("171 (2.67 per match)": "per match" rules out the 2.67, not the 171; "82,000
    (Rectangular) 115,000 (2000 Summer Olympics)") and a figure of the fact's type stands outside
    them; else none."""
    asides = [m.span() for m in BRACKETED.finditer(text)]
    holding = {a for a in asides for h in found if a[0] <= h.start < a[1]}
    if not holding or not all(any(a[0] <= h.start < a[1] for a in holding) for h in found):
        return []
    if not all(DIGIT.search(text, a, b) for a, b in holding):
        return []
    outside = [v for v in values if not any(a <= v.start < b for a, b in holding)]
    return sorted(holding) if outside else []


def _in_brackets(text: str, at: int) -> bool:
    """`at` falls inside a bracketed aside ("(previous games had been cancelled but not ...)"),
    whose own "but" or "and" parts no clause of the sentence."""
    return text.count("(", 0, at) > text.count(")", 0, at)


AND_FIGURE = re.compile(r"\w\W*\s+and\s+$")  # words of the figure before, then "and"
BETWEEN_FIGURE = re.compile(r"\bbetween\s+$", re.I)
PLACE_AFTER = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?[A-Z]")  # "... and one in Georgia": a place's part


def _figure_clauses(text: str, values: list[Value]) -> list[int]:
    """Where a figure after "and" opens a clause of its own ("41 were killed and 17 were missing",
    "$88 billion in assets and $61 billion in deposits"); not in a list of bare figures ("38 and 88"), in
    a range ("between 5 and 10") or before a place ("two in Ohio and one in Iowa": parts of a toll)."""
    cuts = []
    for before, value in itertools.pairwise(values):
        opens = AND_FIGURE.search(text, before.end, value.start)
        if (
            opens
            and not BETWEEN_FIGURE.search(text, 0, before.start)
            and not PLACE_AFTER.match(text, value.end)
        ):
            cuts.append(value.start)
    return cuts


def _names_subject(hit: Hit) -> bool:
    """The `exclude` term names a subject (a name, a year): it governs a participle's clause after
    its own ("Lion Air flight 610 crashed, killing all 189 passengers and crew")."""
    return hit.phrase[:1].isupper() or hit.phrase[:1].isdigit()


def _participle_clauses(text: str, values: list[Value]) -> list[int]:
    """Where a participle's clause after a comma, with a figure of its own, follows a clause with one
    ("Labour lost 90 seats, leaving them with 258"): a clause of its own."""
    cuts = []
    for m in TRAILING_PARTICIPLE.finditer(text):
        before = any(v.end <= m.start() for v in values)
        end = text.find(",", m.end())
        own = any(m.end() <= v.start and (end == -1 or v.start < end) for v in values)
        if before and own:
            cuts.append(m.start() + 1)
    return cuts


SEMICOLON = re.compile(r";\s+")
REST_OF_CLAUSE = re.compile(r"[^;\n]*")
# "...; two of their co-workers were ...", "...; two of the workers ...": a pronoun early on, or a
# part of those just named, goes on about the clause before.
GOES_ON = re.compile(rf"(?:\S+\s+){{0,3}}(?i:{_PRONOUNS}|them)\b|\S+\s+of\s+the\b")
FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|[a-z]{2,}ed)\b",
    re.I,
)


def _semicolons(text: str) -> list[int]:
    """Where a semicolon opens a clause with a verb of its own ("... 2.4 km long; the breached part was
    90 m long"), not a list's item or an aside ("Injuries 3; one firefighter and two officers"), nor one
    that goes on about the clause before ("a crew of eight; two of their co-workers were rescued")."""
    cuts = []
    for m in SEMICOLON.finditer(text):
        rest = REST_OF_CLAUSE.match(text, m.end())
        if rest and FINITE.search(rest.group()) and not GOES_ON.match(rest.group()):
            cuts.append(m.end())
    return cuts


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


INCHES_AFTER_FEET = re.compile(r"\d\s*(?:ft|feet|foot)\s+$")
INCHES = re.compile(r"\s*in\b(?!\s+[A-Za-z])")
# "60.58 in (1,539 mm)": "in" is inches when a length in metric units restates the figure.
INCHES_RESTATED = re.compile(r"\s*in\.?\s*\(\s*[\d,.]+\s*(?:mm|cm|m|millimet(?:re|er)s|centimet(?:re|er)s)\b")


def measured_in(text: str, value: Value) -> str | None:
    """The unit a number or count is measured in, when one follows it ("34 km", "9,300 feet", "a
    1-mile zone")."""
    if value.kind not in ("count", "number"):
        return None
    if INCHES_AFTER_FEET.search(text, 0, value.start) and INCHES.match(text, value.end):
        return "inch"  # "(21 ft 4 in)": "in" is no preposition after feet
    if INCHES_RESTATED.match(text, value.end):
        return "inch"
    m = UNIT_AFTER.match(text, value.end)
    return _unit(m.group(1)) if m else None


ONE_SPAN = re.compile(r"\.?(?:\s*,)?\s+(?:and\s+)?$")


SPAN_UNITS = frozenset((*NEXT_UNIT_DOWN, *(smaller for smaller, _ in NEXT_UNIT_DOWN.values())))
TIME_UNITS = SPAN_UNITS | frozenset(("month", "decade"))


def spans_of_time(
    text: str, values: list[Value], measures: frozenset[str], whole_units: bool = False
) -> list[Value]:
    """`values`, with a span of time written in units each the next one down ("1 hour and 45
    minutes", "5 weeks and 2 days", "2 hr 8 min 48 sec") read as one figure in the smallest unit the
    fact is measured in (105, 37, 7728 for a fact in seconds), or in its first unit when only that
    one is the fact's ("ten years and eight months": 10.666667 years, or 10 when the fact counts
    `whole_units`); figures after it stay their own."""
    if not measures & SPAN_UNITS:
        return values
    # a fact in units of time alone (not a speed whose words name an hour: "kilometres an hour")
    timed = measures <= TIME_UNITS
    out: list[Value] = []
    i = 0
    # "9 years, 10 months, 17 days": 17 is no span of days of its own
    values = [v for j, v in enumerate(values) if not (j and _tail_of_a_span(text, values[j - 1], v))]
    while i < len(values):
        chain = _span_of_time(text, values, i)
        # the longest run of the chain that ends in a unit the fact is measured in
        end = max((j for j, (_, unit) in enumerate(chain) if unit in measures and j > 0), default=0)
        whole = end == 0 and len(chain) > 1 and chain[0][1] in measures  # "ten years and eight months"
        down = _down_to(chain[-1][1], measures) if chain and end == 0 and not whole and timed else None
        if down is not None:  # "nine minutes" for a fact in seconds: 540
            end, whole = len(chain) - 1, False
        elif end == 0 and not whole:
            out.append(values[i])
            i += 1
            continue
        end = len(chain) - 1 if whole else end
        first, last = values[i], values[i + end]
        total: float = 0
        for j, (value, _) in enumerate(chain[: end + 1]):
            total = total * NEXT_UNIT_DOWN[chain[j - 1][1]][1] + value if j else value
        if whole:  # in the first unit, the one the fact is measured in: 10 years 8 months is 10.67 years
            total = round(total / math.prod(NEXT_UNIT_DOWN[unit][1] for _, unit in chain[:end]), 6)
            total = math.floor(total) if whole_units else total  # "how many whole years": 10
        elif down is None and end < len(chain) - 1:
            # the smaller units after it are fractions of it: "5 days, 22 hours, 54 minutes, 41
            # seconds" is 142.91 hours
            total = round(total + _fractions(chain, end), 6)
            end = len(chain) - 1
            after = _time_unit_after(text, values[i + end].end)  # the words end with "41 seconds"
            last = replace(values[i + end], end=after[1]) if after else values[i + end]
        if down is not None:
            total *= down
        if whole or down is not None:
            after = _time_unit_after(text, last.end)  # the words end with the last unit's ("8 months")
            last = replace(last, end=after[1]) if after else last
        low, high = interval(total, first.qualifier)
        out.append(
            replace(
                last,
                text=text[first.start : last.end],
                start=first.start,
                value=total,
                low=low,
                high=high,
                qualifier=first.qualifier,
            )
        )
        i += end + 1
    return out


def _fractions(chain: list[tuple[float, str]], end: int) -> float:
    """The figures of a span of time after its `end`-th, as fractions of that one's unit."""
    share, total = 1, 0.0
    for (value, _), (_, bigger) in zip(chain[end + 1 :], chain[end:], strict=False):
        share *= NEXT_UNIT_DOWN[bigger][1]
        total += value / share
    return total


def _carries_time_unit(value: Value) -> bool:
    """The value's words end with its unit of time: a span read in the fact's unit ("nine minutes")."""
    return _time_unit_after(value.text, value.text.rfind(" ")) is not None


def _down_to(unit: str, measures: frozenset[str]) -> int | None:
    """How many of the next unit of time down make one `unit` (60 seconds a minute, 24 hours a day)
    when the fact is measured in that next unit, else None ("31 days" is no span for a fact in
    seconds: too far apart to be its reading)."""
    if unit in measures or unit not in NEXT_UNIT_DOWN:
        return None
    smaller, count = NEXT_UNIT_DOWN[unit]
    return count if smaller in measures else None


UNITS_OF_TIME_UP = ("second", "minute", "hour", "day", "week", "month", "year", "decade")


def _tail_of_a_span(text: str, before: Value, value: Value) -> bool:
    """`value` ends a span of time written in several units that no chain reads as one figure, after
    one in a larger unit ("10 months, 17 days")."""
    if value.kind not in ("count", "number") or before.kind not in ("count", "number"):
        return False
    first, last = _time_unit_after(text, before.end), _time_unit_after(text, value.end)
    return (
        first is not None
        and last is not None
        and ONE_SPAN.match(text, first[1], value.start) is not None
        and first[0] in UNITS_OF_TIME_UP
        and last[0] in UNITS_OF_TIME_UP
        and UNITS_OF_TIME_UP.index(first[0]) > UNITS_OF_TIME_UP.index(last[0])
        and NEXT_UNIT_DOWN.get(first[0], ("", 0))[0] != last[0]  # "2 hours, 31 minutes": one chain
    )


def _span_of_time(text: str, values: list[Value], i: int) -> list[tuple[float, str]]:
    """The figures from `values[i]` on, with their units of time, while each is followed by the
    next unit down from the one before ("2 hr", "8 min", "48 sec"); empty when the first has none."""
    chain: list[tuple[float, str]] = []
    unit_end = 0  # where the unit after the chain's last figure ends
    for value in values[i:]:
        after = _time_unit_after(text, value.end) if value.kind in ("count", "number") else None
        if after is None or not isinstance(value.value, (int, float)) or isinstance(value.value, bool):
            break
        if chain and (
            NEXT_UNIT_DOWN.get(chain[-1][1], ("", 0))[0] != after[0]
            or not ONE_SPAN.match(text, unit_end, value.start)
        ):
            break
        chain.append((value.value, after[0]))
        unit_end = after[1]
    return chain


CALENDAR_AFTER = re.compile(r"[\s-]?(" + alternation(SPAN_WORDS) + r")\b", re.I)  # "5 weeks", "2 days"


def _time_unit_after(text: str, end: int) -> tuple[str, int] | None:
    """The unit of time right after a figure ending at `end` ("hour", "week"...) and where it ends."""
    m = UNIT_AFTER.match(text, end) or CALENDAR_AFTER.match(text, end)
    if m is None:
        return None
    unit = _unit(m.group(1)) or SPAN_WORDS.get(m.group(1).lower())
    return (unit, m.end()) if unit else None


def _pointed_cue(
    text: str,
    words: Words,
    values: list[Value],
    matcher: FactMatcher,
    around: Callable[[], list[Words]] | None,
) -> Hit | None:
    """The cue of the sentence before, for one that points back to its figure ("In 1990 the U.S. made
    40% of the world's chips. By 2019, that number had dropped to 11%."), placed on the pointer and
    scored BORROWED_CUE lower; None when the sentence does not point back so, or points back to a
    figure of its own ("86 countries won medals, and 54 of them won gold")."""
    pointer = QUANTITY_POINTER.search(text)
    if pointer is None or around is None or (pointer.group("part") and matcher.rule.type != "count"):
        return None
    if any(v.end <= pointer.start() and text[v.end : pointer.start()].strip() for v in values):
        return None
    before = around()
    best = max(matcher.cues.hits(before[0]), key=lambda h: h.score, default=None) if before else None
    if best is None:
        return None
    first, last = _word_index(words, pointer.start()), _word_index(words, pointer.end() - 1)
    return Hit(best.phrase, best.score - BORROWED_CUE, pointer.start(), pointer.end(), first, last)


def _age_cue(text: str, words: Words, values: list[Value], matcher: FactMatcher) -> Hit | None:
    """For a fact that is someone's age, the news style that gives it between commas after the
    name ("Ana Ruiz, 31, of Miami"), as a cue on the figure."""
    if not matcher.asks_age:
        return None
    for m in AGE_AFTER_NAME.finditer(text):
        if any(v.start == m.start("age") for v in values):
            first = _word_index(words, m.start("age"))
            return Hit("age after a name", 100.0, m.start("age"), m.end("age"), first, first)
    return None


# An infobox's line of a date alone, restated in ISO form, perhaps between the links to the previous
# and the next event: "← 2017 26 September 2021 (2021-09-26) Next →", "8 June 2017 (2017-06-08)"
DATED_LINE = re.compile(
    r"(?m)^[ \t]*(?:←[ \t]*\S+[ \t]+)?(?P<date>[^()\n←→]{4,40}?)[ \t]*\(\d{4}-\d\d-\d\d\)(?:\[\w+\])*"
    r"[ \t]*(?:[^()\n←→]{1,12}→)?[ \t]*$"
)


def served_without_cue(
    matchers: list[FactMatcher], text: str, start: int = 0, end: int | None = None
) -> list[FactMatcher]:
    """The `matchers` whose fact the text may state with no cue word of its own: an age after a
    name for a fact that is an age, a date alone on an infobox's line for a date whose cues name a
    "Date" row. Each pattern is searched once, however many rules ask for it."""
    end = len(text) if end is None else end
    aged = any(m.asks_age for m in matchers) and AGE_AFTER_NAME.search(text, start, end) is not None
    dated = any(m.date_label for m in matchers) and DATED_LINE.search(text, start, end) is not None
    return [m for m in matchers if (aged and m.asks_age) or (dated and m.date_label)]


def _dated_line_cue(text: str, words: Words, values: list[Value], matcher: FactMatcher) -> Hit | None:
    """For a date whose cues name a "Date" row, an infobox's line of a date alone (see DATED_LINE), as
    that row's label: the date of the page's event."""
    if matcher.date_label is None or not values:
        return None
    line = DATED_LINE.fullmatch(text)  # a sentence's text is trimmed: the line is all of it
    if line is None or values[0].start != line.start("date"):
        return None
    first = _word_index(words, values[0].start)
    return Hit(matcher.date_label, 100.0, values[0].start, values[0].start, first, first)


def _near_unit(text: str, words: Words, values: list[Value], matcher: FactMatcher) -> Hit | None:
    """The first unit written after a figure that is one of the `near` terms' units, as a hit."""
    if not matcher.near_units:
        return None
    for value in values:
        if measured_in(text, value) not in matcher.near_units:
            continue
        m = UNIT_AFTER.match(text, value.end) or NEXT_WORD.match(text, value.end)  # "60.5 in (1,537 mm)"
        if m:
            first = _word_index(words, m.start(1))
            return Hit(m.group(1), 100.0, m.start(1), m.end(1), first, first)
    return None


NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def names_something(text: str, value: Value) -> bool:
    """The number is a name, not an amount: "H.R. 4346", "No. 7", "Flight 370", "Dkt. 45", the volume
    or title of a legal citation ("18 U.S.C. § 1343"), a catalogue number in brackets before a name
    ("(65803) Didymos"), a model between its maker and its series ("Boeing 737 MAX"), the number of
    an item of a numbered list ("4. Elizabeth II lying in state")."""
    return value.kind in ("count", "number") and bool(
        IDENTIFIER_BEFORE.search(text, max(0, value.start - 14), value.start)
        or IDENTIFIER_AFTER.match(text, value.end)
        or (text[value.start - 1 : value.start] == "(" and DESIGNATION_AFTER.match(text, value.end))
        or (
            MAKER_BEFORE.search(text, max(0, value.start - 20), value.start)
            and SERIES_AFTER.match(text, value.end)
        )
        or (
            LIST_NUMBER_AFTER.match(text, value.end)
            and not text[text.rfind("\n", 0, value.start) + 1 : value.start].strip()
        )
    )


@dataclass(frozen=True)
class Layout:
    """What the figures of one sentence say about each other (indices into its values)."""

    restated: set[int]  # in brackets after another figure: a conversion
    plain: list[Value]  # figures that could themselves be the fact
    bindings: list[tuple[Hit, bool] | None]  # the fact's term each figure is bound to
    columns: set[int]  # in a row of figures
    tally: dict[int, str]  # sides of a tally or score
    units: list[str | None]  # the unit each figure is measured in
    members: set[int]  # counts of a class bounded by a threshold ("540 with a magnitude 4.0 or greater")
    parts: set[int]  # counts of kinds of one thing ("141 loaded cars and nine empty cars")
    # a whole a part is told out of ("$431 billion of the $700 billion"): its part and its qualifiers
    wholes: dict[int, tuple[int, int, int]]
    owned: int | None = None  # the column a header above names the fact's subject over (see header_column)
    values: tuple[Value, ...] = ()  # the figures themselves

    @classmethod
    def of(cls, text: str, words: Words, values: list[Value], matcher: FactMatcher) -> Layout:
        restated = conversions(text, values, matcher.measures)
        counting = bool(values) and values[0].kind in ("count", "number")
        return cls(
            restated,
            [
                v
                for i, v in enumerate(values)
                if i not in restated and not governs_other(text, v, units=matcher.measures)
            ],
            [bound_term(text, words, v, matcher) for v in values],
            table_columns(text, values),
            tallies(text, values) if counting else {},
            [measured_in(text, v) for v in values],
            members_counted(text, values),
            modified_parts(text, values, matcher.terms),
            wholes_of_parts(text, values),
            values=tuple(values),
        )


# What joins a part to the whole it is told out of: "$431 billion of the initially authorized $700
# billion", "12 out of the 20 seats", "8 of its 30 engines".
OUT_OF = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|this|that|these|those)\s+|[A-Z][\w.-]*['’]s?\s+)?"
    r"(?P<words>(?:(?!(?:to|and|or|than|versus|vs|against|her|his|their|its)\b)[^\W\d_][\w-]*\s+){0,3})",
    re.IGNORECASE,
)


def wholes_of_parts(text: str, values: list[Value]) -> dict[int, tuple[int, int, int]]:
    """Figures that are the whole the figure before them is told out of, by index, each with its
    part's index and the span of the words that qualify the whole ("initially authorized" in
    "$431 billion of the initially authorized $700 billion")."""
    found = {}
    for i in range(1, len(values)):
        part, whole = values[i - 1], values[i]
        joined = OUT_OF.fullmatch(text, part.end, whole.start)
        if part.kind == whole.kind and joined:
            found[i] = (i - 1, *joined.span("words"))
    return found


CLASS_OF = re.compile(r"\W*\s*(?:\w+\s+)?(?:with|of|at|de|con)\b", re.I)


def members_counted(text: str, values: list[Value]) -> set[int]:
    """Indices of figures that count the members of a class bounded by the next figure, a threshold:
    "540+ with a magnitude 4.0 or greater", "more than 20 of magnitude-4.0 or above"."""
    return {
        i
        for i, (a, b) in enumerate(itertools.pairwise(values))
        if THRESHOLD.match(text, b.end) and b.start - a.end < 25 and CLASS_OF.match(text, a.end, b.start)
    }


# "Tropical storm (39–73 mph, 63–118 km/h)", "Tropical depression (≤38 mph)": a row of a map key or
# a scale gives the bounds of a class in brackets after its name.
CLASS_BOUND_BEFORE = re.compile(r"[^\W_]\s*\([^()]*$")


def class_bounds(text: str, value: Value) -> bool:
    """The figure is a range or a bound in the brackets after a name in a row: a key or scale."""
    bound = value.qualifier == "between" or text[value.start : value.start + 1] in ("≤", "≥", "<", ">")
    return bound and bool(CLASS_BOUND_BEFORE.search(text, 0, value.start)) and is_row(text)


def _beside_others(i: int, best: Candidate, lay: Layout, matcher: FactMatcher, text: str) -> str | None:
    """What else the i-th figure counts, judged from the sentence's other figures and the fact's unit."""
    value = best.value
    if i in lay.members:
        return "a count of the members of a class"
    if class_bounds(text, value):
        return "the bounds of a class in a key or scale"
    if i in lay.parts and not _names_the_kind(text, best):
        return "a part of a breakdown of the total"
    if matcher.units and value.vague and not VAGUE_MEASURE.match(text, value.end):
        return "a vague count, not a measure"  # "dozens of cars" for a length in miles
    unmeasured = _unmeasured_count(i, lay, matcher, text)
    if unmeasured:
        return unmeasured
    unit = lay.units[i]
    if unit is None and matcher.units and matcher.units & set(lay.units):
        return "a figure without the unit the fact and the others are in"  # "Category 2 (96–110 mph)"
    if unit is not None and matcher.measures and unit not in matcher.measures:
        # "after burning 153,336 acres" for a fire's length in days
        return f"a measure in {unit}s, not in the fact's {' or '.join(sorted(matcher.measures))}s"
    if unit is not None and matcher.rule.type == "count" and unit not in matcher.measures:
        return f"a measure in {unit}s, not a count"  # "fires burned 18.4 million hectares"
    if unit not in matcher.units and ARTICLE_FIGURE.search(value.text):
        return "one unit of a measure the fact is not in"  # "a mile away" for a quake's magnitude
    return None


def _unmeasured_count(i: int, lay: Layout, matcher: FactMatcher, text: str) -> str | None:
    """The i-th figure is a count where the fact is a measure: in words, with no unit ("one orbit"
    for an altitude in kilometres), or of a noun of its own while another figure of the sentence is
    in the fact's unit ("100,000 stars over 3.5 years" for a span in years)."""
    value = lay.values[i]
    if (
        matcher.units
        and value.kind in ("count", "number")
        and lay.units[i] is None
        and not value.vague
        and not DIGIT.search(value.text)
        and not _carries_time_unit(value)  # "nine minutes", read in seconds
    ):
        return "a count in words, not a measure"
    if lay.units[i] is not None or _time_unit_after(text, value.end) is not None:
        return None
    # each other figure's unit, as the layout holds it, else the span of time it counts ("3.5 years")
    spans = (
        _time_unit_after(text, v.end) for j, v in enumerate(lay.values) if j != i and lay.units[j] is None
    )
    measured = {u for u in lay.units if u is not None} | {span[0] for span in spans if span is not None}
    if measured & matcher.measures and counts_other(text, value, matcher):
        return "a count of something else beside a figure in the fact's unit"
    return None


ONE_WRITTEN = re.compile(r"(?:\b[a-z]+\s+)*(?i:one)$")  # "one", "at least one", "only one"


def _one_of_another(text: str, value: Value, matcher: FactMatcher) -> str | None:
    """ "one" written as a word before a noun of its own that is none of the fact's words ("one class
    action suit", "at least one medal"): one of that thing, no count of the fact's."""
    if value.value != 1 or not ONE_WRITTEN.fullmatch(value.text):
        return None
    noun = _noun_after(text, value)  # its own noun, not what a partitive names ("one count of fraud")
    if noun is None or stem(noun[0]) in BIND_SKIP | matcher.terms or not counts_other(text, value, matcher):
        return None
    return "one of something else, no count of the fact's"


def _subject_count(i: int, lay: Layout) -> str | None:
    """ "346 people died in two crashes": beside a figure bound to the cue, one bound to a `near`
    term counts that term's noun."""
    binding = lay.bindings[i]
    if binding is None or binding[1]:
        return None
    elsewhere = any(
        b is not None and b[1] for j, b in enumerate(lay.bindings) if j != i and j not in lay.restated
    )
    return "a count of the subject beside a figure bound to the cue" if elsewhere else None


def _beside_bound(text: str, best: Candidate) -> str | None:
    """What a figure counts in a sentence where another is bound to the fact's words: its own noun
    ("140 missing"), or the object of another verb after the cue ("and injuring 6,000 people")."""
    if has_head(text, best.value):
        return "a figure of something else beside one bound to the fact's words"
    if OTHER_VERB.search(text, best.cue.end, best.value.start):
        return "the object of another verb beside one bound to the fact's words"
    return None


# Words in a row's label that make its figures another state of the fact's quantity: before the
# event or a change of it ("Seats before 46", "Seat change +19", "Previous election 46 seats",
# "Last election 284 seats", "Current seats 282 109", the seats held when the election is called).
STATE_LABEL = re.compile(
    r"\b(before|change|changes|swing|previous|prior|outgoing|dissolution|last(?=\s+election)"
    r"|current(?=\s+seats?\b))\b",
    re.IGNORECASE,
)


def _qualified_row(text: str, best: Candidate, matcher: FactMatcher) -> str | None:
    """Why a row's figure is not the fact: its label, outside the cue, names a state before the
    event or a change ("Seats before 46 56 8" for the seats won), unless the rule's own cues use
    that word."""
    if not is_row(text):
        return None
    line_start = text.rfind("\n", 0, best.value.start) + 1
    label = text[line_start : best.value.start]
    for word in STATE_LABEL.finditer(label):
        inside_cue = best.cue.start <= line_start + word.start() < best.cue.end
        if not inside_cue and stem(word.group().lower()) not in matcher.cue_terms:
            return "a figure before the event or a change, as the row's label says"
    return None


WHOLE_OF_A_PART = "the whole a part is told out of"


PART_OF_A_NAMED_WHOLE = "a part of the whole the cue names"


WHOLE_UNITS = re.compile(r"\b(?:whole|full|complete|completed)\s+(?:years|months|weeks|days|hours)\b", re.I)
# "not the 9 engines of a single core", "not its 18 seats": a figure a description denies
NOT_FIGURE = re.compile(
    r"\bnot\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:about\s+|some\s+|roughly\s+)?"
    r"(\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?)(?![\d-])"
)


# "Kobe Bryant dies at 41", "died at the age of 87", "aged 27": a person's age
AGE_BEFORE = re.compile(
    r"\b(?:(?:die[sd]?|dying|passed\s+away)\s+at(?:\s+the\s+age\s+of)?|aged|at\s+the\s+age\s+of)\s+$", re.I
)


def _an_age(text: str, value: Value, matcher: FactMatcher) -> str | None:
    """The figure is someone's age, and the fact asks for none."""
    if value.kind != "count" or matcher.asks_age:
        return None
    return "an age" if AGE_BEFORE.search(text, max(0, value.start - 30), value.start) else None


# "Effective 1 January 1989 if 11 states have ratified by then": a threshold set as a condition
CONDITION_BEFORE = re.compile(r"\b(?:if|unless|provided\s+that)\s+(?:at\s+least\s+)?$", re.I)


def _a_condition(text: str, value: Value) -> str | None:
    """The figure is a threshold a condition sets, not what happened."""
    if value.kind not in ("count", "number", "percent", "money"):
        return None
    return (
        "a condition's threshold"
        if CONDITION_BEFORE.search(text, max(0, value.start - 24), value.start)
        else None
    )


def _denied(value: Value, matcher: FactMatcher) -> str | None:
    """The figure is one the fact's description says the fact is not."""
    if value.kind in ("count", "number") and value.value in matcher.denied:
        return "a figure the fact's description says it is not"
    return None


def _part_or_whole(i: int, best: Candidate, lay: Layout, given: frozenset[Scalar]) -> str | None:
    """For a part told out of a whole ("$431 billion of the initially authorized $700 billion will
    be disbursed"): the cue names the whole when it stands among the words that qualify it
    ("authorized"; "out of the" names neither) or is the whole's own noun ("8 of its 30 engines"),
    else the part's (the verb after them is the part's). The figure the cue does not name is not
    the fact. A whole the fact's description gives ("how many of the four pipes") is never named:
    the fact is the part."""
    for whole, (part, start, end) in lay.wholes.items():
        if i not in (whole, part):
            continue
        bound = lay.bindings[whole]
        names_whole = start <= best.cue.start < end or (bound is not None and bound[1])
        names_whole = names_whole and lay.values[whole].value not in given
        if i == whole and not names_whole:
            return WHOLE_OF_A_PART
        if i == part and names_whole:
            return PART_OF_A_NAMED_WHOLE
    return None


def _as_asked(best: Candidate, matcher: FactMatcher) -> tuple[float, str | None]:
    """The rank and other reading of a figure, unless the fact is what that reading says the figure
    is: a fact of a record surpassed ("previous record") is the figure surpassed."""
    if best.other == SURPASSED_FIGURE and matcher.cue_terms & PREVIOUS_STEMS:
        return best.rank + OTHER, None
    return best.rank, best.other


def _far_own_noun(best: Candidate, matcher: FactMatcher, text: str) -> bool:
    """The figure has a noun of its own that is none of the fact's words, far from the cue or
    across a clause after it ("According to the Senate ..., at 5,593 pages"): it counts that noun."""
    far = (best.clauses_between and best.words_between > FAR_WORDS) or best.words_between > FARTHER_WORDS
    after_clause = (
        best.value.kind == "count"
        and best.clauses_between
        and best.words_between
        and best.cue.end <= best.value.start
    )
    return (
        best.value.kind in ("count", "number")
        and bool(far or after_clause)
        and counts_other(text, best.value, matcher)
    )


def _judge(
    i: int, best: Candidate, lay: Layout, hits: list[Hit], matcher: FactMatcher, text: str
) -> tuple[float, str | None]:
    """The rank of the i-th figure and what else it seems to count, given the others."""
    rank, other, binding = *_as_asked(best, matcher), lay.bindings[i]
    if i == lay.owned:  # the row's label is every column's cue, however far along the row
        rank = max(rank, max(h.score for h in hits))
    if not other:
        other = (
            _counts_something_else(text, best.value, lay.units[i], matcher)
            or _subject_count(i, lay)
            or _before_a_label(text, lay.values, i, best.cue)
            or _both_groups(text, best.value, matcher)
            or _change(text, best.value, best.cue, matcher)
            or _another_place(i, lay, matcher, text)
            or _another_dated_label(text, best, matcher)
            or _denied(best.value, matcher)
            or _a_condition(text, best.value)
            or _an_age(text, best.value, matcher)
            or _one_of_another(text, best.value, matcher)
        )
        rank -= OTHER if other else 0.0
    if binding is not None and not other and i not in lay.restated and i not in lay.columns:
        hit, is_cue = binding
        rank = max(rank, hit.score if is_cue else max(h.score for h in hits) - NEAR_BOUND)
    elif not other and _own_place(i, lay, matcher, text):
        rank = max(rank, max(h.score for h in hits) - NEAR_BOUND)
    elif any(lay.bindings) and not other and (beside := _beside_bound(text, best)):
        other, rank = beside, rank - OTHER
    elif not other and _far_own_noun(best, matcher, text):
        other, rank = "a count of what its own noun names, far from the cue", rank - OTHER
    if not other:
        other = (
            _beside_others(i, best, lay, matcher, text)
            or _qualified_row(text, best, matcher)
            or _part_or_whole(i, best, lay, matcher.given)
        )
        rank -= OTHER if other else 0.0
    if i in lay.columns and i != lay.owned:
        other, rank = other or "a column of a table whose headers are elsewhere", rank - COLUMN
    return _as_tallied(i, lay, matcher, rank, other)


def _as_tallied(
    i: int, lay: Layout, matcher: FactMatcher, rank: float, other: str | None
) -> tuple[float, str | None]:
    """The rank and what else the i-th figure counts, given the tally or score it may be a side of."""
    side = _tally_side(i, lay, matcher)
    if side == "vote":
        return rank - OTHER, other  # "by a vote of 64–33": the votes for, weakly
    if side is not None:
        why = "a side of a tally or score" if side == "lead" else "a later side of a tally or score"
        return rank - (OTHER if side == "lead" else COLUMN), why
    return rank, other


def _outside_named(words: Words, values: list[Value], matcher: FactMatcher) -> list[Value]:
    """`values` without the counts and numbers that stand within a `near` term that holds a figure:
    the 87 of "Messier 87" for a distance to it."""
    if not matcher.figured.phrases or not any(v.kind in ("count", "number") for v in values):
        return values
    named = matcher.figured.hits(words)
    return [
        v
        for v in values
        if v.kind not in ("count", "number") or not any(h.start <= v.start and v.end <= h.end for h in named)
    ]


BARE_DOLLAR = re.compile(r"(?<![A-Za-z.])\$")  # "$1.8 billion", not "US$", "NZ$" or "U.S.$"


def _in_kept_units(text: str, values: list[Value], matcher: FactMatcher) -> list[Value]:
    """`values` without those in a currency or unit the `exclude` terms name, nor the restatement in
    brackets of a figure in such a unit in a unit the fact is not measured in ("13,700 acres (55 square
    kilometers)"). The dollars of "82 billion yuan (US$12.7 billion)" and the light-years of "16.4
    million parsecs (53 million light-years)" are kept."""
    kept: list[Value] = []
    dropped: Value | None = None
    for v in values:
        unit = measured_in(text, v) if matcher.excluded_units else None
        restated = (
            dropped is not None
            and dropped.end <= v.start
            and CONVERTED.match(text[dropped.end : v.start]) is not None
            and unit not in matcher.measures
        )
        if unit in matcher.excluded_units or restated:
            dropped = v
        elif v.unit not in matcher.excluded_currencies or (
            matcher.own_dollar and v.unit == "USD" and BARE_DOLLAR.search(v.text)
        ):
            kept.append(v)
    return kept


def _fit_values(
    sentence: Sentence, values: list[Value], matcher: FactMatcher
) -> tuple[list[Value], Rejected | None]:
    """The sentence's values that may be the fact's: none in a currency or unit the `exclude` terms
    name, and for a count only whole numbers ("Perihelion altitude0.046 AU" holds no count); with
    the reason the sentence gives nothing when no value is left."""
    kept = _in_kept_units(sentence.text, values, matcher)
    if values and not kept:
        unit_names = matcher.excluded_currencies | {f"{u}s" for u in matcher.excluded_units}
        return [], Rejected(
            sentence, tuple(values), f"excluded: its amounts are in {', '.join(sorted(unit_names))}"
        )
    if matcher.rule.type == "count":
        whole = [v for v in kept if not isinstance(v.value, float) or v.value.is_integer()]
        if kept and not whole:
            return [], Rejected(sentence, tuple(kept), "none of its figures is a whole number, as a count is")
        kept = whole
    return kept, None


def candidates(
    matcher: FactMatcher,
    sentence: Sentence,
    words: Words,
    values: list[Value],
    around: Callable[[], list[Words]] | None = None,
    page: Page | None = None,
    above: Callable[[], list[Words]] | None = None,
) -> tuple[list[Candidate], Rejected | None]:
    """Every (value, best cue) pairing in one sentence, or the reason the sentence was not used.
    `around` gives the words where the sentence's subject may be named (see `context`), where a
    `near` term may be found at a lower rank; `above`, the lines of its paragraph above a row,
    nearest first, where a header may tell whose column is whose (see `header_column`)."""
    all_blocked: Rejected | None = None
    values, unfit = _fit_values(sentence, values, matcher)
    if unfit:
        return [], unfit
    found_excluded = _beyond_other_figures(sentence.text, matcher.exclude.hits(words), matcher.rule.type)
    subjects = tuple(matcher.near.hits(words)) if found_excluded and matcher.rule.near else ()
    blocked = excluded_clauses(sentence.text, found_excluded, values, subjects)
    # ruled out whole: the best hit of the first term found (a blanked clause holds no term)
    excluded = _first_term(found_excluded) if found_excluded and not blocked else None
    before = around  # where the sentence that a pointer ("that number") points back to is found
    if blocked:  # an `exclude` term rules out its own clause only: the others are screened alone
        whole, outer = words, around
        # the subject a ruled-out clause names is still the sentence's ("Ingenuity is dustier since
        # its first flight, but it is looking good after 50 flights"), found there as around it
        around = (lambda: [whole, *outer()]) if outer is not None else (lambda: [whole])
        words = Words.of(_blank(sentence.text, blocked))
        kept = [v for v in values if not any(a <= v.start < b for a, b in blocked)]
        all_blocked = _all_blocked(sentence, values, kept, found_excluded)
        if all_blocked and matcher.rule.type not in ORDINAL_KINDS:
            return [], all_blocked  # (an ordinal may yet read a count or number: "its fourth title")
        values = kept
    implied = (
        _pointed_cue(sentence.text, words, values, matcher, before)
        or _age_cue(sentence.text, words, values, matcher)
        or _dated_line_cue(sentence.text, words, values, matcher)
    )
    hits, near, outside, reason = matcher.screen(
        words, around, page, _near_unit(sentence.text, words, values, matcher), implied, excluded
    )
    # a row of figures whose header names the subject over one of its columns, at the sentence scope
    # too ("Nominee Donald Trump Hillary Clinton" over "Electoral vote 306 232"): see below
    headed = reason == NEAR_NOT_IN_SENTENCE and above is not None and is_row(sentence.text)
    if headed:
        reason, outside = None, True
    if reason:
        if blocked:
            reason += " in the clauses that no `exclude` term rules out"
        return [], Rejected(sentence, tuple(values), reason)
    values = _outside_named(words, values, matcher)
    read = _as_the_fact_reads(sentence.text, words, values, hits, matcher)
    if values and not read:
        return [], Rejected(sentence, tuple(values), "none of its figures reads as the fact asks")
    values = read
    lay = _laid_out(sentence.text, words, values, matcher, above if outside else None)
    if headed and lay.owned is None:
        return [], Rejected(sentence, tuple(values), NEAR_NOT_IN_SENTENCE)
    # the `near` hits that may name a part's subject, looked for only where a part is introduced
    named = near is not None and not outside and PART_INTRO_ANYWHERE.search(sentence.text)
    subject = tuple(matcher.near.hits(words)) if named else ()
    found = []
    for i, value in enumerate(values):
        restated = i in lay.restated
        best = max(
            (
                _score(
                    sentence,
                    words,
                    value,
                    hit,
                    lay.plain,
                    restated,
                    matcher.measures,
                    subject,
                    near if not outside else None,
                )
                for hit in hits
            ),
            key=lambda c: c.rank,
        )
        rank, other = _judge(i, best, lay, hits, matcher, sentence.text)
        binding = lay.bindings[i]
        found.append(
            replace(
                best,
                near=near,
                near_outside=outside,
                # a header that names the subject over its column, or the fields of an infobox's
                # numbered side, name it as the sentence would
                rank=rank
                - NEAR_OUTSIDE * (outside and i != lay.owned and not (page and page.side))
                - NEAR_TITLE_ONLY * bool(outside and page and page.title_only),
                other=other,
                bound=binding[0].phrase if binding else None,
            )
        )
    found = _ends_of_changes(sentence.text, _parts_before_wholes(found, lay))
    found = _wholes_of_named_parts(sentence.text, found, subject)
    return found, (all_blocked if not found else None)


LABEL_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+)[\s:|]*$")
LABEL_GAP = re.compile(r"[\s:|]*")


# "150 passengers and crew", "239 crew and passengers": both groups aboard together ("144 passengers
# and six crew" are two counts)
BOTH_GROUPS_AFTER = re.compile(
    r"\s+(?:people\s+)?(?:passengers?\s+and\s+crew|crew\s+(?:members\s+)?and\s+passengers)\b", re.I
)
GROUP_STEMS = frozenset(map(stem, ("passengers", "crew")))


def _both_groups(text: str, value: Value, matcher: FactMatcher) -> str | None:
    """A figure of passengers and crew together, for a fact about one of the two groups alone."""
    if len(GROUP_STEMS & matcher.terms) != 1 or not BOTH_GROUPS_AFTER.match(text, value.end):
        return None
    return "a count of passengers and crew together"


def _before_a_label(text: str, values: tuple[Value, ...], i: int, cue: Hit) -> str | None:
    """In a line of fields run together ("Argued March 24, 2009 Reargued September 9, 2009"), the
    value between a label of its own and the cue, a label written before the next value of its kind,
    is the first label's."""
    value = values[i]
    after = values[i + 1] if i + 1 < len(values) else None
    labelled = (
        after is not None
        and after.kind == value.kind
        and cue.start >= value.end
        and text[cue.start : cue.start + 1].isupper()
        and LABEL_GAP.fullmatch(text, value.end, cue.start) is not None
        and LABEL_GAP.fullmatch(text, cue.end, after.start) is not None
        and LABEL_BEFORE.search(text, max(0, value.start - 30), value.start) is not None
    )
    return "the value of the label before it" if labelled else None


END_STEMS = frozenset(
    map(stem, ("end", "until", "till", "closing", "closure", "concluded", "finished", "expired"))
)
START_STEMS = frozenset(map(stem, ("began", "beginning", "start", "opening", "commenced", "onset")))
AGAINST_STEMS = frozenset(map(stem, ("against", "nays", "opposed")))
RANGE_LINK = re.compile(r"\s*(?:[-–—]|to|until|till|through)\s*", re.I)


LATITUDE, LONGITUDE = stem("latitude"), stem("longitude")
HEMISPHERE_AFTER = re.compile(r"\s?(?:°|degrees?)?\s?(?-i:([NSEW])\b|(north|south|east|west)\b)", re.I)


def on_axis(text: str, values: list[Value], axis: str) -> list[Value]:
    """For a latitude (`axis` "NS") or a longitude ("EW"), of a sentence's coordinates
    ("29°41′16″N 95°25′05″W / 29.68778°N 95.41806°W") the first figure on that axis; the values as
    they are when none says its hemisphere."""
    if not axis:
        return values
    marked = [
        (v, v.text[-1:] if v.text[-1:] in ("N", "S", "E", "W") else _hemisphere(text, v)) for v in values
    ]
    if not any(h for _, h in marked):
        return values
    return next(([v] for v, h in marked if h and h in axis), [])


def _hemisphere(text: str, value: Value) -> str:
    """N, S, E or W, from the letter or the word after the figure ("4.5°N", "135.9 degrees east")."""
    m = HEMISPHERE_AFTER.match(text, value.end)
    return "" if m is None else m.group(1) or m.group(2)[0].upper()


UPPER_END = re.compile(r"\b(?:upper|higher|high|top)\s+(?:end|bound|limit|estimate|figure)\b", re.I)
LOWER_END = re.compile(r"\b(?:lower|low|bottom)\s+(?:end|bound|limit|estimate|figure)\b", re.I)


NOT_BEFORE = re.compile(r"\b(?:not|no|nor|never)\b[^,;.()]*$", re.I)


def _asks_end(end: re.Pattern[str], description: str) -> bool:
    """The description asks for that end of a range, and does not rule it out ("not a statistical or
    upper estimate")."""
    return any(not NOT_BEFORE.search(description, 0, m.start()) for m in end.finditer(description))


def amount_ends(values: list[Value], end: bool | None) -> list[Value]:
    """For an amount that is one end of a range (`end`: the upper; False: the lower; None: neither),
    that end of each range read ("between 6,000 and 12,000 children": 12,000)."""
    if end is None:
        return values
    return [
        replace(
            v,
            value=v.high if end else v.low,
            low=v.high if end else v.low,
            high=v.high if end else v.low,
            qualifier=None,
        )
        if v.qualifier is Qualifier.BETWEEN
        and v.kind in ("count", "number", "money", "percent")
        and v.low is not None
        and v.high is not None
        else v
        for v in values
    ]


def range_ends(text: str, values: list[Value], end: bool | None) -> list[Value]:
    """The values of a fact that is one end of a span (`end`: its last day or year; False: its first;
    None: neither, the values as they are):
    a range read as one value ("from 14 to 19 September": its first day) gives that end, and two
    dates or years joined as a range ("June 2019 – 31 March 2020", "2008–2014") are one value, that
    end's, whose words are the whole range."""
    if end is None:
        return values
    found: list[Value] = []
    pending = list(values)
    while pending:
        value = pending.pop(0)
        after = pending[0] if pending else None
        if (
            after is not None
            and value.kind == after.kind
            and value.kind in ("date", "year")
            and not value.relative
            and not after.relative
            and RANGE_LINK.fullmatch(text, value.end, after.start)
        ):
            pending.pop(0)
            kept = after if end else value
            found.append(replace(kept, text=text[value.start : after.end], start=value.start, end=after.end))
        elif (
            end and value.kind == "date" and value.qualifier is Qualifier.BETWEEN and value.high != value.low
        ):
            found.append(replace(value, value=value.high, low=value.high, qualifier=None))
        else:
            found.append(value)
    return found


def _tally_side(i: int, lay: Layout, matcher: FactMatcher) -> str | None:
    """The side of a tally value `i` stands on (see tallies); for a fact of the votes against, the side
    after the leading one is the fact's, as the leading side is for others."""
    side = lay.tally.get(i)
    if not matcher.asks_against or side is None:
        return side
    return "vote" if side == "rest" and lay.tally.get(i - 1) in ("vote", "lead") else "rest"


def _as_the_fact_reads(
    text: str, words: Words, values: list[Value], hits: list[Hit], matcher: FactMatcher
) -> list[Value]:
    """The sentence's values as the fact reads them: no figure that names something, the end of a
    range it asks for, the coordinate on its axis, spans of time in its units, and ordinals that
    number its cue for a count."""
    values = [v for v in values if not names_something(text, v)]
    values = range_ends(text, values, matcher.range_end)
    values = amount_ends(values, matcher.amount_end)
    values = on_axis(text, values, matcher.axis)
    values = spans_of_time(text, values, matcher.measures, matcher.whole_units)
    if matcher.rule.type in ORDINAL_KINDS:
        # for a fact in a unit, only an ordinal of that unit: "the 61st minute", not "the 113th flight"
        numbered = (
            [h for h in hits if (_units_named((h.phrase,)) | _spans_named((h.phrase,))) & matcher.measures]
            if matcher.measures
            else hits
        )
        values = sorted([*values, *ordinals(text, words, numbered, matcher.rule.type)], key=lambda v: v.start)
    return values


def _laid_out(
    text: str,
    words: Words,
    values: list[Value],
    matcher: FactMatcher,
    above: Callable[[], list[Words]] | None,
) -> Layout:
    """The sentence's Layout; with `above` (the lines over a row whose subject is named outside it),
    the column a header there gives the subject (see header_column)."""
    lay = Layout.of(text, words, values, matcher)
    if lay.columns and above is not None:
        lay = replace(lay, owned=owned_column(lay.columns, header_column(matcher, above(), len(lay.columns))))
    return lay


def _parts_before_wholes(found: list[Candidate], lay: Layout) -> list[Candidate]:
    """A part told out of a whole whose cue comes after the whole ("$440 billion of the $700
    billion will be disbursed") is as close to it as the whole: the whole between them is no
    other figure the cue could be the part's for."""
    for whole, (part, _, _) in lay.wholes.items():
        w, p = found[whole], found[part]
        if w.other == WHOLE_OF_A_PART and not p.other:
            found[part] = replace(p, rank=max(p.rank, w.rank + OTHER))
        elif p.other == PART_OF_A_NAMED_WHOLE and p.cue.end <= p.value.start and not p.words_between:
            # "receiving 63 of the 95 votes cast": a cue right before the part is its verb, and names
            # it, whatever names the whole
            found[part] = replace(p, other=None, rank=p.rank + OTHER)
            found[whole] = replace(w, other=WHOLE_OF_A_PART, rank=w.rank - OTHER)
    return found


def _ends_of_changes(text: str, found: list[Candidate]) -> list[Candidate]:
    """The figure a change ends at ("tripling their seats from around 124 to about 388") stands
    where the figure it started from does: that one is no other figure between it and the cue."""
    for i, c in enumerate(found[:-1]):
        after = found[i + 1]
        to = TO_AFTER.match(text, c.value.end) if c.other == BEFORE_A_CHANGE and not after.other else None
        if to is not None and c.value.end < after.value.start < to.end():
            found[i + 1] = replace(after, rank=max(after.rank, c.rank + OTHER))
    return found


def _first_term(found: list[Hit]) -> Hit:
    """Of hits in the order of their phrases, the best of the first phrase's (as PhraseSet.first)."""
    first = [h for h in found if h.phrase == found[0].phrase]
    return max(first, key=lambda h: h.score)


def _wholes_of_named_parts(text: str, found: list[Candidate], subject: tuple[Hit, ...]) -> list[Candidate]:
    """With a part that names the fact's subject ("At least 182 people were killed, including 169
    Afghan civilians"), the whole before it counts more than the fact."""
    named = [c.value.start for c in found if not c.other and _subject_of_part(text, c.value, subject)]
    if not named:
        return found
    return [
        replace(c, rank=c.rank - OTHER, other="the whole a part naming the fact's subject belongs to")
        if not c.other and c.value.end <= min(named)
        else c
        for c in found
    ]


BULLET = re.compile(r"\s*[•·▪‣◦●○■□*+–—-]\s")


MODIFIED_NOUN = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+)")


def _names_the_kind(text: str, best: Candidate) -> bool:
    """The cue holds the word that tells the figure's kind apart and its noun ("voting members" in
    "10 voting members and 5 nonvoting members"): the fact is that kind, not the total."""
    m = MODIFIED_NOUN.match(text, best.value.end)
    return m is not None and best.cue.start <= m.start(1) and best.cue.end >= m.end(2)


def modified_parts(text: str, values: list[Value], terms: frozenset[str]) -> set[int]:
    """Indices of counts that each count a kind of the fact's thing (one of its words, `terms`,
    stemmed), told apart by the word before it: "141 loaded cars and nine empty cars", "three Texas
    cases, two Michigan cases", not "people had ... roads had". Together they break a total down;
    none of them is it."""
    heads: dict[str, list[tuple[int, str]]] = {}
    for i, value in enumerate(values):
        m = MODIFIED_NOUN.match(text, value.end)
        if (
            value.kind == "count"
            and m
            and m.group(2).lower() not in FUNCTION_WORDS
            and stem(m.group(2)) in terms
        ):
            heads.setdefault(stem(m.group(2)), []).append((i, m.group(1).lower()))
    return {i for kinds in heads.values() if len({modifier for _, modifier in kinds}) >= 2 for i, _ in kinds}


def further_items(found: list[Candidate]) -> list[Candidate]:
    """The candidates, with the further items of an infobox field set aside: a row on the line right
    under a row that gave the fact a value, with at most one word the row above lacks (figures
    aside: "MagnitudeMw 7.8" / "Mw 7.7", "Mercalli XII (7.8 Mw)" / "X (7.5 Mw)"), lists another
    of its kind (a second quake, a later date), not the same one again. A picture's caption is no
    field."""
    rows = {
        c.sentence.line: c.sentence.text
        for c in found
        if not c.other and is_row(c.sentence.text) and not CAPTION.match(c.sentence.text)
    }

    def further(c: Candidate) -> bool:
        above = rows.get(c.sentence.line - 1)
        if c.other or above is None or c.sentence.line not in rows:
            return False
        new = {w.lower() for w in ROW_WORD.findall(c.sentence.text)} - {
            w.lower() for w in ROW_WORD.findall(above)
        }
        return len(new) <= 1 and not bound_below(c)

    def bound_below(c: Candidate) -> bool:
        """ "Casualties2 dead" / "57 injured": the row below names the fact's own word after its
        figure, where the row above named none: it is the fact's item of the field."""
        return c.bound is not None and any(
            a.sentence.line == c.sentence.line - 1 and a.bound is None and not a.other for a in found
        )

    below_bound = {c.sentence.line - 1 for c in found if c.sentence.line in rows and bound_below(c)}
    return [
        replace(c, other="a further item of the field in the row above")
        if further(c)
        else replace(c, other="another item of the field than the row below, bound to the fact's word")
        if c.sentence.line in below_bound and c.bound is None and not c.other
        else c
        for c in found
    ]


INCLUDING = re.compile(r"\bincluding\b", re.I)


def _beside_their_own_cues(found: list[Candidate]) -> set[int]:
    """Amounts and counts of one sentence that each sit beside a different cue of the fact ("$39
    billion in subsidies ... and $13 billion for semiconductor research"): the items of a list."""
    close: dict[tuple[int, bool], list[Candidate]] = {}
    for c in found:
        if (
            not c.other
            and c.value.kind in ("money", "count")
            and c.words_between <= 1
            and not c.clauses_between
            and not _heads_a_list(c)
        ):
            # "$53.6 million for 6,550 households, including rental assistance for 3,833": what
            # follows "including" is part of what stands before it, no item beside it
            including = INCLUDING.search(c.sentence.text, 0, c.value.start) is not None
            close.setdefault((c.sentence.start, including), []).append(c)
    return {
        id(c)
        for items in close.values()
        # two phrases hit from one word ("events", "events in"; "damage", "in damage") are one cue
        if len({c.cue.phrase for c in items}) >= 2
        and len({c.cue.start for c in items}) >= 2
        and len({c.cue.end for c in items}) >= 2
        and len({c.value.value for c in items}) >= 2
        for c in items
    }


# "..., bringing the total number of fatalities to 79", "raising the toll to 85": a running total.
RUNNING_TOTAL_BEFORE = re.compile(
    r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took|push|pushes"
    r"|pushing|pushed)\s+(?:the|its|their|our|this)\s+(?:[\w-]+\s+){0,4}"
    r"(?:total|toll|tally|count|number)\b(?:\s+[\w.-]+){0,6}?\s+to\s+$",
    re.I,
)


def _before_running_total(found: list[Candidate]) -> set[int]:
    """Figures of a sentence that go before the running total it ends on ("five fatalities have
    been identified and a further 74 are missing, bringing the total number of fatalities to 79"):
    each is a part of that total, or an addition to it."""
    totals = {
        c.sentence.start: c.value.start
        for c in found
        if not c.other
        and RUNNING_TOTAL_BEFORE.search(c.sentence.text, max(0, c.value.start - 90), c.value.start)
    }
    return {
        id(c)
        for c in found
        if c.sentence.start in totals and c.value.start < totals[c.sentence.start] and not c.other
    }


HEADS_LIST = re.compile(r"[^,;:.()]{0,40}:\s")  # "five people died: one was shot, ..."


def _heads_a_list(c: Candidate) -> bool:
    """The figure's clause ends in a colon: the list after it breaks it down."""
    return HEADS_LIST.match(c.sentence.text, c.value.end) is not None


def breakdowns(found: list[Candidate]) -> list[Candidate]:
    """The candidates, with the parts of a breakdown set aside: figures bound to the fact's words in
    two or more items of a list ("• Wire fraud (2 counts)", "• Conspiracy (2 counts)") or three or
    more times in one sentence ("two counts of fraud, two counts of conspiracy and one count of
    ..."), or beside different cues of the fact (see `_beside_their_own_cues`), or before the
    running total the sentence ends on (see `_before_running_total`). Each is one part, not the
    total."""
    bound = [c for c in found if c.bound and not c.other]
    items = [c for c in bound if BULLET.match(c.sentence.text)]
    parts = {id(c) for c in items} if len({c.sentence.start for c in items}) >= 2 else set()
    # each figure once, whatever cues it is bound to; the one a colon follows heads the breakdown
    # ("five people died: one was shot ..., and three died of natural causes")
    figures = {(c.sentence.start, c.value.start) for c in bound}
    per_sentence = collections.Counter(start for start, _ in figures)
    parts |= {id(c) for c in bound if per_sentence[c.sentence.start] >= 3 and not _heads_a_list(c)}
    parts |= _beside_their_own_cues(found)
    why = dict.fromkeys(_before_running_total(found), "a part of the running total the sentence ends on")
    why.update(dict.fromkeys(parts, "a part of a breakdown of the total"))
    if not why:
        return found
    return [replace(c, other=why[id(c)]) if id(c) in why else c for c in found]


def choose(
    rule: Rule, article: str, found: list[Candidate], published: dt.date | None = None
) -> list[Mention]:
    """The best candidate, plus strong ones from other sentences that state a different value."""
    ranked = sorted(
        (c for c in found if c.rank >= MIN_RANK and not c.other),
        key=lambda c: (-c.rank, c.sentence.start),
    )
    if not ranked:
        return []
    chosen = [_most_precise(ranked[0], ranked)]
    for c in ranked[1:]:
        vague = VAGUE if c.value.vague or c.value.value is None else 0.0  # kept for editors: see _differs
        weak = c.rank < max(STRONG, ranked[0].rank - SECOND_WITHIN - vague)
        if weak or c.near_outside or any(c.sentence.start == k.sentence.start for k in chosen):
            continue  # a subject borrowed from around the sentence is too weak to contradict the best
        if INCLUDED_BEFORE.search(c.sentence.text, max(0, c.value.start - 16), c.value.start):
            continue  # "included 9 homes": a part, not a second total
        if all(_differs(c, k) for k in chosen):
            chosen.append(c)
        else:  # the same figure: the one told to more decimals stands for both
            chosen = [c if _finer_digits(c.value, k.value) else k for k in chosen]
    return [to_mention(rule, article, c, published) for c in chosen]


def _differs(c: Candidate, k: Candidate) -> bool:
    """True when `c` states something `k` does not: another value, not the same one rounded ("1.66"
    beside "1.6637"), and for dates not a coarser reading that contains it ("May 2021" beside "4 May
    2021" says nothing new). A vague amount beside a figure is kept: editors see both."""
    if c.value.value == k.value.value and c.value.low == k.value.low:
        return False
    if _rounded_alike(c.value, k.value):
        return False
    if c.value.kind != "date":
        return True
    as_number = get_kind(c.value.kind).as_number
    point = as_number(k.value.value)
    if as_number(c.value.value) is not None or point is None:
        return True
    low, high = as_number(c.value.low), as_number(c.value.high)
    return not ((low is None or low <= point) and (high is None or point <= high))


PLAIN_FIGURE = re.compile(r"\d+(?:\.(\d+))?")


def _decimals(value: Value) -> int | None:
    """How many decimals a figure written as plain digits states ("1.6637": 4), None for any other."""
    m = PLAIN_FIGURE.search(value.text)
    if m is None or not isinstance(value.value, int | float) or float(m.group()) != value.value:
        return None
    return len(m.group(1) or "")


def _rounded_alike(a: Value, b: Value) -> bool:
    """Two figures of one kind written in plain digits, one the other rounded ("1.66", "1.6637")."""
    da, db = _decimals(a), _decimals(b)
    if a.kind != b.kind or da is None or db is None or da == db:
        return False
    coarse, fine = (a, b) if da < db else (b, a)
    return round(float(fine.value), min(da, db)) == coarse.value  # type: ignore[arg-type]


def _finer_digits(a: Value, b: Value) -> bool:
    """`a` is `b` told to more decimals ("1.6637" for "1.66")."""
    return _rounded_alike(a, b) and (_decimals(a) or 0) > (_decimals(b) or 0)


def _most_precise(best: Candidate, ranked: list[Candidate]) -> Candidate:
    """The best candidate, or, when it is a date of month or week precision ("early May 2021") or a
    range of figures ("between 8,330 and 17,160 deaths"), a strong candidate of the same article
    that states a day or a figure inside it ("4 May 2021", "the mid-level is about 11,690 deaths"),
    or when it is a rounded figure, one of the same article that it rounds (see `_finer`).
    Vague amounts are not narrowed: "thousands" and a nearby 17,000 are often different facts."""
    if finer := _finer(best, ranked):
        return finer
    as_number = get_kind(best.value.kind).as_number
    ranged = best.value.kind != "date" and not best.value.vague and best.value.qualifier == "between"
    if (best.value.kind != "date" and not ranged) or as_number(best.value.value) is not None:
        return best
    low, high = as_number(best.value.low), as_number(best.value.high)
    for c in ranked[1:]:
        point = as_number(c.value.value)
        if c.speech or point is None or (ranged and c.rank < STRONG):
            continue  # only a strong reading of the event itself, never a statement's date
        if (low is None or low <= point) and (high is None or point <= high):
            return c
    return best


def _finer(best: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """A share of the same article, told to the decimal, that the best one, a whole percent, rounds
    ("Turnout 2,943,842 (71.23%)" for "71 per cent of registered voters voted"): the same reading,
    told more precisely. (Not for counts and amounts: "around 912 million" beside 911,950,734 is as
    often the figure the other sources give, and a figure in words may round anything.)"""
    if best.value.kind != "percent" or best.value.vague or _decimals(best.value) != 0:
        return None
    return next((c for c in ranked[1:] if not c.speech and _finer_digits(c.value, best.value)), None)


def as_of(c: Candidate, published: dt.date | None) -> str | None:
    """The date a figure holds for: a date the sentence introduces with "as of" ("As of 2 March 2022,
    1,204 patients"), else the publication date; None for dates and years, which are their own."""
    if get_kind(c.value.kind).dated_by_speech:
        return None
    for date in find_values(c.sentence.text, "date", published):
        if date.value and AS_OF_BEFORE.search(c.sentence.text, max(0, date.start - 12), date.start):
            return str(date.value)
    return published.isoformat() if published else None


def scaled(value: Value, scale: int) -> Value:
    """The value in the fact's scale: 24,300,000 hectares is 24.3 for a fact in millions of them."""
    if scale == 1:
        return value

    def down(x: Scalar) -> Scalar:
        return round(x / scale, 9) if isinstance(x, int | float) and not isinstance(x, bool) else x

    return replace(value, value=down(value.value), low=down(value.low), high=down(value.high))


def to_mention(rule: Rule, article: str, c: Candidate, published: dt.date | None = None) -> Mention:
    return Mention(
        rule.id,
        article,
        scaled(c.value, rule.scale),
        c.sentence.text,
        c.sentence.line_of(c.value.start),
        c.cue.phrase,
        c.cue.score,
        c.rank,
        as_of(c, published),
    )
