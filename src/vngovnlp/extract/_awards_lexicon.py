"""The awards lexicon (``data/awards.yaml``) compiled into regular expressions, once.

Every regex here is built from the data file; the engine in :mod:`vngovnlp.extract.awards`
never spells an award, verb or recipient word itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import numbers
from ..lexicon import load

# every upper-case letter Vietnamese uses (ASCII, Latin-1, Latin Extended and Extended Additional)
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha()) + "]"
LOWER = "[" + "".join(c for c in map(chr, range(0x61, 0x1F00)) if c.islower() and c.isalpha()) + "]"
_B = r"(?<!\w)"  # word start
_E = r"(?!\w)"  # word end


@cache
def data() -> dict[str, Any]:
    return load("awards.yaml")


def words(entry: Any) -> list[str]:
    """A word list of ``awards.yaml``: a plain list, or ``{shared: [file:field], words: [...]}``
    whose shared lists are read from the officials' data files (entries that are records give
    their ``form`` or ``name``), so that ranks, honorifics and heads are written once."""
    if not isinstance(entry, dict):
        return [str(w) for w in entry]
    out = [str(w) for w in entry.get("words", [])]
    for ref in entry.get("shared", []):
        file, _, name = ref.partition(":")
        for item in load(file)[name] or []:
            out.append(str(item.get("form") or item.get("name")) if isinstance(item, dict) else str(item))
    return out


@cache
def _spellings() -> dict[str, tuple[str, ...]]:
    """Each spelling of a syllable written more than one way ("sĩ", "sỹ"), lower case, to all of them."""
    out: dict[str, tuple[str, ...]] = {}
    for canonical, others in (data().get("spelling_variants") or {}).items():
        forms = (str(canonical), *map(str, others))
        out.update({f: forms for f in forms})
    return out


def _spelled(word: str) -> str:
    """A word of a data file as a regex: a syllable with other spellings matches any of them, in
    the word's own case ("Chiến sĩ" also matches "Chiến sỹ")."""
    forms = _spellings().get(word.lower())
    if not forms:
        return re.escape(word)
    if word[:1].isupper():
        forms = tuple(f[:1].upper() + f[1:] for f in forms)
    return "(?:" + "|".join(map(re.escape, forms)) + ")"


def alt(words) -> str:
    """A non-capturing alternation of literal words, longest first, spaces as ``\\s+``."""
    parts = sorted({str(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(_spelled(w) for w in p.split()) for p in parts) + ")"


def _spaced(words: str) -> str:
    """Words of a data file as a regex fragment: each space as ``\\s+`` (no escaping: they are words)."""
    return r"\s+".join(words.split())


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns; see ``data/awards.yaml`` for what each list means."""

    mention: re.Pattern[str]
    head: re.Pattern[str]
    not_award: re.Pattern[str]
    verb_before: re.Pattern[str]
    verb_object: re.Pattern[str]
    verb_any: re.Pattern[str]
    passive_agent: re.Pattern[str]
    passive_bare: re.Pattern[str]
    authority: re.Pattern[str]
    giver_of: re.Pattern[str]
    giver_from: re.Pattern[str]
    copula: re.Pattern[str]
    filler: re.Pattern[str]
    marker: re.Pattern[str]
    reason: re.Pattern[str]
    subject_stop: re.Pattern[str]
    giver_date_tail: re.Pattern[str]
    subject_opener: re.Pattern[str]
    not_act_before: re.Pattern[str]
    future_chain: re.Pattern[str]
    position: re.Pattern[str]
    noun: re.Pattern[str]
    counted: re.Pattern[str]
    person_cue: re.Pattern[str]
    press_head: re.Pattern[str]
    named_alone: frozenset[str]
    brand_designators: frozenset[str]
    plural_person_cue: re.Pattern[str]
    indefinite: re.Pattern[str]
    named_list: re.Pattern[str]
    single_collective: re.Pattern[str]
    single_person: re.Pattern[str]
    organisation: re.Pattern[str]
    lower_giver: re.Pattern[str]
    org_end: re.Pattern[str]
    conjunction: re.Pattern[str]
    trailing_conjunction: re.Pattern[str]
    title_kinds: dict[str, str]
    best_kinds: dict[str, str]
    title_heads: re.Pattern[str]
    flag_recipients: str
    level_word: str
    title_word: str
    plural: re.Pattern[str]
    name_separator: re.Pattern[str]
    proper_name: re.Pattern[str]
    titles_by_key: dict[str, str]
    kinds_by_key: dict[str, str]
    levels: dict[str, str]
    simple_names: dict[str, str]
    collective_nouns: frozenset[str]
    place_heads: frozenset[str]
    place_part: re.Pattern[str]
    rule_subject: re.Pattern[str]
    rule_predicate: re.Pattern[str]
    won_before: re.Pattern[str]
    plural_subject: re.Pattern[str]
    ordinal_adverb: re.Pattern[str]
    place_abbreviation_end: re.Pattern[str]
    give_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    title_verbs: frozenset[str]
    summary: frozenset[str]
    generic_givers: frozenset[str]
    vague_giver: re.Pattern[str]
    commend: re.Pattern[str]
    anaphor: re.Pattern[str]
    position_heads: dict[str, tuple[str, ...]]
    proposal: re.Pattern[str]
    decision: re.Pattern[str]
    recall: re.Pattern[str]
    recall_year: re.Pattern[str]
    recall_date: re.Pattern[str]
    recall_times: re.Pattern[str]
    part_of: re.Pattern[str]
    photo_credit: re.Pattern[str]
    deed_before: re.Pattern[str]
    recent: re.Pattern[str]
    target_year: re.Pattern[str]
    history_before: int
    revoke: re.Pattern[str]
    contest_gloss: re.Pattern[str]
    giver_by: re.Pattern[str]
    recipient_head: re.Pattern[str]
    singular: re.Pattern[str]
    singular_predicate: re.Pattern[str]
    marker_referent: re.Pattern[str]
    ceremony_place: re.Pattern[str]
    reason_end: re.Pattern[str]
    lead_count: re.Pattern[str]
    award_passive: re.Pattern[str]
    tally: re.Pattern[str]
    listed: re.Pattern[str]
    fronted: re.Pattern[str]
    breakdown: re.Pattern[str]
    additive: re.Pattern[str]
    award_breakdown: re.Pattern[str]
    badge_word: str
    not_name_words: frozenset[str]
    field: re.Pattern[str]
    former: re.Pattern[str]
    person_prefix: re.Pattern[str]
    organise: re.Pattern[str]
    consequence: re.Pattern[str]
    deceased_family: re.Pattern[str]
    bullet_passive: re.Pattern[str]
    surnames: frozenset[str]
    badge_years: str
    summary_before: re.Pattern[str]
    dated_after: re.Pattern[str]
    people: re.Pattern[str]
    association_before: re.Pattern[str]
    report: re.Pattern[str]
    each: re.Pattern[str]
    each_verb: re.Pattern[str]
    means: re.Pattern[str]
    has_count: re.Pattern[str]
    body_awards: frozenset[str]
    dated_number: re.Pattern[str]
    date_lead: re.Pattern[str]
    recall_dated_recent: frozenset[str]
    day_month: re.Pattern[str]


def key(text: str) -> str:
    """Lower case, single spaces, each syllable in its first spelling ("sỹ" -> "sĩ"): how lexicon
    entries are looked up."""
    spellings = _spellings()
    return " ".join(spellings[w][0] if w in spellings else w for w in text.lower().split())


def _open_kind(entry: dict[str, Any]) -> str:
    """A medal named by a word and a descriptor ("Vì sự nghiệp phát triển nông nghiệp và nông
    thôn"): the word as written, then words that are not stops; a joining word goes on only
    before a lower-case word that is not a stop either."""
    stop = alt(entry["stop"])
    word = rf"(?!{stop}{_E})[^\W\d_]+"
    join = rf"{alt(entry['joins'])}(?=\s+(?!{stop}{_E})(?-i:{LOWER}))"
    opener = rf"(?-i:{alt([entry['word']])})"
    if entry.get("lower_before"):
        opener = rf"(?:{opener}|(?-i:{alt([entry['word'].lower()])})(?=\s+(?i:{alt(entry['lower_before'])}){_E}))"
    return rf"{opener}(?:\s+(?:{join}|{word})){{1,{entry['max_words']}}}"


def _mention(d: dict[str, Any]) -> dict[str, Any]:
    """The award phrase: an order, a medal, a simple award, a title, a state prize, a badge or a
    flag, optionally counted ("11 Huân chương ...")."""
    num = numbers.NUMBER_PATTERN
    orders, medals, flag, badges = d["orders"], d["medals"], d["flag"], d["badges"]
    level = rf"(?:\s+{alt([d['level_word']])}\s+(?P<{{}}>{alt(d['levels'])}){_E})?"
    order = (rf"(?P<order>{alt([orders['class']])}(?:\s+[“\"]?(?P<okind>{alt(orders['kinds'])})[”\"]?){'?' * orders['bare']}"
             + level.format("olevel") + ")")
    medal_kinds = alt(medals["kinds"]) + (f"|{_open_kind(medals['open_kind'])}" if medals.get("open_kind") else "")
    medal = (rf"(?P<medal>{alt([medals['class']])}(?:\s+[“\"]?(?P<mkind>{medal_kinds})[”\"]?){'?' * medals['bare']}"
             + level.format("mlevel") + ")")
    # "Kỷ niệm chương “Vì sự nghiệp X”", and unquoted as a medal is ("Kỷ niệm chương Vì sức khỏe nhân dân")
    simple = (rf"(?P<simple>{alt(s['name'] for s in d['simple'])})"
              r"(?:\s*[“\"«][^”\"»\n]{1,120}[”\"»]" + (rf"|\s+{_open_kind(medals['open_kind'])}" if medals.get("open_kind") else "")
              + ")?")
    word = rf"(?!{alt(flag['stop'])}{_E})[^\W\d_]+"
    flag_re = (rf"(?P<flag>{alt([flag['word']])}(?:(?:\s+{word}){{0,{flag['max_words'] - 1}}}"
               rf"\s+{alt(flag['ends'])})?)")
    titles = [t["name"] for t in d["titles"]]
    # "danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng”": a qualifier and quotes may come between
    dh = rf"{alt([d['title_word']])}\s+(?:{alt(d['title_qualifiers'])}\s+)?"
    # a title not in the list is read only quoted after "danh hiệu" ("danh hiệu “Công dân Thủ đô ưu tú”")
    title = (rf"(?P<title>(?P<dh>{dh})?[“\"']?(?P<tname>{alt(titles)})[”\"']?"
             rf"|(?P<dhq>{dh})[“\"'](?P<qname>(?-i:{UPPER})[^”\"'\n]{{2,60}}?)[”\"'])")
    prize = rf"(?P<prize>{alt(d['prizes'])})"
    # "50 năm, 45 năm và 30 năm tuổi Đảng": a count of years whose `years` come after the last of a list
    years, sep = alt([badges["years"]]), rf"(?:\s*,\s*|\s+{alt(d['conjunctions'])}\s+)"
    listed_years = rf"(?:\s+{alt([badges['unit']])})?(?={sep}\d+(?:(?:\s+{alt([badges['unit']])})?{sep}\d+)*\s+{years})"
    badge = (rf"(?P<badge>{alt([badges['word']])}\s+(?:(?P<byears>\d+)(?:\s+{years}|{listed_years})"
             rf"|{alt([badges['bare']])}|(?P<bnamed>{alt(badges['named'])})))")
    best_d = d["best"]
    best = (rf"(?P<best>(?:{alt(best_d['prefix'])}\s+)?(?P<bname>(?-i:{alt([*best_d['collective'], *best_d['individual']])})"
            rf"\s+{alt([best_d['end']])}))")
    # "..., hạng Ba cho 5 cá nhân", "..., 40 năm tuổi Đảng cho 5 đảng viên": a class or a badge's
    # years that go on a list after the award they belong to (read only right after it)
    cont = (rf"(?P<cont>{alt([d['level_word']])}\s+(?P<clevel>{alt(d['levels'])})"
            rf"|(?P<cyears>\d+)(?:\s+{years}|{listed_years}))")
    mention = (rf"(?i:{_B}(?:(?P<count>{num})\s+)?(?:{order}|{medal}|{simple}|{title}|{prize}|{badge}|{best}"
               rf"|{flag_re}|{cont}){_E})")
    # a cheap first pass: sentences without any of these words are skipped
    heads = [orders["class"], medals["class"], flag["word"], badges["word"], d["title_word"], best_d["end"],
             *titles, *d["prizes"],
             *(x["name"] for x in d["simple"])]
    return dict(
        mention=re.compile(mention),
        head=re.compile(rf"(?i:{_B}{alt(heads)})"),
        not_award=re.compile(rf"(?i:{'|'.join(d['not_awards'])})"),
        # an order not in the lexicon, written as a name or quoted ("Huân chương “Cành cọ Hàn lâm”
        # hạng Nhất"), with its class after it
        proper_name=re.compile(rf"\s+(?:[“\"](?P<qname>{UPPER}[^”\"\n]{{1,40}}?)[”\"]"
                               rf"|(?P<name>{UPPER}[^\W\d_]*(?:\s+(?!{alt([d['level_word'], *d['order_name_stops']])}{_E}){word}){{0,3}}))(?!\w)"
                               + "(?i:" + level.format("plevel") + ")"),
        # who receives a title, or a simple award the Law gives one kind only ("Kỷ niệm chương")
        title_kinds={**{key(s["name"]): s["kind"] for s in d["simple"] if s.get("kind")},
                     **{key(t["name"]): t["kind"] for t in d["titles"]}},
        best_kinds={key(f"{h} {best_d['end']}"): kind for kind in ("collective", "individual") for h in best_d[kind]},
        # "danh hiệu Cầu thủ xuất sắc nhất năm": a title named for the kind of its holder
        title_heads=re.compile(rf"(?i:(?P<collective>{alt(best_d['collective'])})|{alt(best_d['individual'])}){_E}"),
        flag_recipients=flag["recipients"],
        level_word=d["level_word"],
        title_word=d["title_word"],
        badge_word=badges["word"],
        badge_years=badges["years"],
        titles_by_key={key(t): t for t in titles},
        kinds_by_key={key(k): k for k in [*orders["kinds"], *medals["kinds"]]},
        levels={key(k): v for k, v in d["levels"].items()},
        simple_names={key(s["name"]): s["name"] for s in d["simple"]},
    )


def _decision(entry: dict[str, Any], giver_word: str) -> re.Pattern[str]:
    """"(công bố) Quyết định số 12/QĐ-CTN ngày 5/9/2023 của Chủ tịch nước về việc" right before
    an act verb; ``who`` is whose decision it is, ``publish`` the verb that reads it out."""
    return re.compile(
        rf"{_B}(?i:(?:(?P<publish>{alt(entry['publish'])})\s+)?{alt([entry['word']])})"
        rf"(?:\s+(?i:{alt([entry['number']])})\s+[\w/.&-]+)?(?:\s+(?i:{alt([entry['date']])})\s+[\d/.-]+)?"
        rf"(?:\s+(?i:{alt([giver_word])})\s+(?P<who>{UPPER}[^,;.]{{0,80}}?))?\s*(?:(?i:{alt(entry['about'])})\s*)?$")


def _named_alone(entry: dict[str, Any]) -> frozenset[str]:
    """The heads of the shared lists that are a whole body's name with no name after them
    ("TTXVN", "UBND"; "THCS" needs one), as written."""
    out = set()
    for ref in entry.get("shared", []):
        file, _, name = ref.partition(":")
        out.update(str(h["form"]) for h in load(file)[name] or [] if isinstance(h, dict) and h.get("name") == "none")
    return frozenset(out)


def _photo_credit(d: dict[str, Any]) -> re.Pattern[str]:
    """"Ảnh: VGP/Quang Hiếu", "Ảnh: Thống Nhất/TTXVN", "Ảnh: AP" before the next sentence's capital."""
    # a body's head opens the next sentence, not a photographer's name ("Ảnh: Phương Hoa/TTXVN Tổng
    # Liên đoàn ...", "... Bộ Công an tặng ..."); a head that is also a family name ("Đoàn") may be one
    surnames = {w.lower() for w in words(d["surnames"])}
    heads = [h for h in words(d["organisation_heads"]) if " " in h or h.lower() not in surnames]
    stop = alt([*words(d["positions"]), *d["position_heads"], *d["not_name_words"], *heads])
    more = rf"(?:\s+(?!(?i:{stop}){_E}){UPPER}[^\s/]*){{0,2}}"
    return re.compile(rf"(?P<credit>{_B}{alt(d['photo_credit_words'])}\s*:\s*"
                      rf"(?:[^\s/]+(?:\s+[^\s/]+){{0,3}}/[^\s/]+{more}|(?-i:{UPPER}){{2,6}}))\s+(?={UPPER})")


def _verbs(d: dict[str, Any]) -> dict[str, Any]:
    """The act verb and what sits right before it: voice, proposals, recall and negation cues."""
    verbs, fut = d["verbs"], d["future_joined"]
    all_verbs = [*verbs["give"], *verbs["receive"], *verbs["title"]]
    # "nhận giải Nhất và Bằng khen của UBND tỉnh": a contest's prize handed with the award
    prize = d["contest_prize"]
    gap = (rf"(?:{alt([*d['summary_quantifiers'], d['passive'], *d['verb_gap']])}"
           rf"|{alt([prize['word']])}\s+{alt(prize['levels'])}(?:\s+{alt(d['conjunctions'])}{_E}|,))")
    # "giấy chứng nhận Huân chương": a syllable before the verb's makes one word of it (no receiving)
    not_verb = (rf"(?!{alt(d['not_verbs'])}{_E})"
                + "".join(rf"(?<!{re.escape(w)}\s)" for w in d["verb_compound_openers"]))
    passive = d["passive"]
    post = alt([*words(d["positions"]), *d["position_heads"]])
    country = rf"(?i:{alt(d['lower_country_heads'])})"  # "đề nghị nước Pháp tặng"
    adverbs = "|".join(w + r"\s+" for w in d["award_passive_adverbs"])  # "đã\s+|cũng\s+"
    # "trao tặng ông Nguyễn Văn A Huân chương ...": a person's cue may open the named recipient
    cues = alt(words(d["person_cues"]))
    return dict(
        # "trao tặng Đại sứ Tề Kiến Quốc kỷ niệm chương": a give verb, a named recipient, the award
        verb_object=re.compile(rf"(?i:{_B}{not_verb}(?P<verb>{alt(verbs['give'])})(?P<gap>)\s+"
                               rf"(?P<obj>(?:(?:{cues})\s+)?(?-i:{UPPER})[^,;.:()\n“\"]{{1,70}}?"
                               rf"|(?P<pronoun>{alt(d['object_pronouns'])}))\s*[“\"]?$)"),
        verb_before=re.compile(rf"(?i:{_B}{not_verb}(?P<verb>{alt(all_verbs)})(?P<gap>(?:\s+{gap})*)\s*[“\"]?$)"),
        # verbs that end a recipient phrase, with the longer verbs that hold a receive verb
        # ("Lê Hồng Phong", "Thành Nhận": a capitalised syllable after a word is part of a name,
        # not the verb "phong", "nhận"; a verb opening a sentence may be capitalised)
        verb_any=re.compile(rf"(?:{_B}(?i:{not_verb})(?:{alt([*all_verbs, passive, *d['longer_verbs']])}){_E}"
                            rf"|(?<![^\W\d_]\s){_B}(?i:{not_verb}(?:{alt([*all_verbs, passive, *d['longer_verbs']])})){_E})"),
        passive_agent=re.compile(rf"(?s:.*{_B}(?P<p>{passive})\s+(?P<agent>[^\W\d_][^;]{{0,120}}?)\s*$)"),
        passive_bare=re.compile(rf"(?i:{_B}{passive}\s*$)"),
        # "Bằng khen (của X) được trao cho ...": the award is the subject of a passive give verb
        award_passive=re.compile(rf"(?i:\s+(?:{adverbs})*(?:{passive}\s+)?(?:{alt(verbs['give'])}){_E})"),
        authority=re.compile(rf"(?i:{_B}{alt(d['authority'])}\s+(?P<who>[^,;.]{{1,80}}?)\s*(?:,|$))"),
        proposal=re.compile(rf"{_B}(?i:{alt(d['proposal'])})\s+(?P<who>{UPPER}[^,;.]{{0,80}}?)\s*$"),
        decision=_decision(d["decision"], d["giver_word"]),
        recall=re.compile(rf"(?i:{_B}{alt(d['recall'])}{_E}|{_B}{d['recall_spans']}{_E}|,\s*{alt(d['recall_appositions'])}{_E}"
                          rf"|,\s*{d['recall_apposition_head']['word']}(?:\s+[^\s,;.]+){{0,{d['recall_apposition_head']['words']}}}\s*$)"),
        # right before the verb or its passive: "3 lần được ... tặng", "02 lần tặng"; "hiến máu 40
        # lần được trao" counts donations, and is read the same way only when nothing else is
        recall_times=re.compile(rf"(?i:{_B}{d['recall_times']}(?=\s+{passive}\s+[^\W\d_][^,;.]{{0,60}}$|\s*$))"),
        part_of=re.compile(rf"(?i:{_B}{alt(d['part_of'])}\s*$)"),
        photo_credit=_photo_credit(d),
        deed_before=re.compile(rf"(?i:{_B}{alt(d['deed_verbs'])}\s+(?:{d['passive']}\s+)?$)"),
        recent=re.compile(rf"(?i:{_B}{alt(d['recent'])}{_E})"),
        recall_dated_recent=frozenset(key(w) for w in d["recall_dated_recent"]),
        day_month=re.compile(rf"(?i:{_B}{d['day_month']})"),
        # a year written as a target ("đến năm 2020"): the year group is the target
        target_year=re.compile(rf"(?i:{_B}{alt(d['target_year_words'])}\s+(?P<year>(?:19|20)\d\d){_E})"),
        history_before=int(d["history_before"]),
        recall_year=re.compile(rf"[\s“\"(]*(?i:(?:{alt(d['recall_year_openers'])}[\s,]+)*{d['recall_year']}{_E})"),
        recall_date=re.compile(rf"[\s“\"(]*(?i:(?:{alt(d['recall_year_openers'])}[\s,]+)*{d['recall_date']}{_E})"),
        # "đề nghị tặng", "được đề nghị Chủ tịch UBND tỉnh tặng", "nếu được chủ tịch tỉnh tặng":
        # a proposal or a condition, not an act
        # "Bộ sẽ tổng kết phong trào, trao Bằng khen cho ...": the future governs the verb listed after
        future_chain=re.compile(rf"{_B}(?i:{alt(fut['words'])})(?:(?:\s+|\s*[,;]\s*(?!(?i:{alt(fut['realis'])}){_E}))[^\s.!?,;]+)"
                                rf"{{1,{fut['max_words']}}}?\s*(?:[,;]|\s(?i:{alt(d['conjunctions'])}))\s*$"),
        not_act_before=re.compile(rf"{_B}(?i:{alt(d['not_act_before'])})(?:\s+(?:{UPPER}|(?i:{post}){_E}|{country}\s+{UPPER})"
                                  rf"[^,;.]{{0,60}}?)?\s*$"
                                  rf"|{_B}(?i:{alt(d['not_act_joined'])})(?:\s+[^\W\d_]+){{1,5}}\s+(?i:{alt(d['conjunctions'])})\s*$"
                                  # "phấn đấu đến năm 2025 được Chính phủ tặng": a goal, whatever its words
                                  rf"|{_B}(?i:{alt([*d['goal_words'], *d['nomination_words']])})"
                                  rf"(?!\s+(?i:{alt(d['conjunctions'])}){_E})(?:\s+[^\s,;.]+){{0,8}}\s*$"
                                  # "dự toán kinh phí lễ đón nhận Huân chương": the cost of a ceremony
                                  rf"|{_B}(?i:{alt(d['cost_words'])})(?:\s+[^\s,;.]+){{0,3}}\s*$"),
        revoke=re.compile(rf"(?i:{_B}{alt(d['revoke'])}{_E})"),
        # "3 bằng khen (giải khuyến khích)": a contest's prize glossed right after the award
        contest_gloss=re.compile(rf"\s*\(\s*(?i:{alt([d['contest_prize']['word']])})\s+"
                                 rf"(?i:{alt(d['contest_prize']['levels'])}){_E}"),
        # "Cờ thi đua do Thủ tướng Nguyễn Xuân Phúc trao tặng": the giver after the award
        giver_by=re.compile(rf"\s*(?i:{d['giver_by_word']})\s+(?P<giver>(?:{country}\s+)?{UPPER}"
                            rf"[^;:.\n,()]{{0,80}}?)\s+"
                            rf"(?i:(?P<gverb>{alt([*verbs['give'], *d['giver_by_verbs']])})){_E}"),
        give_verbs=frozenset(key(w) for w in verbs["give"]),
        receive_verbs=frozenset(key(w) for w in verbs["receive"]),
        title_verbs=frozenset(key(w) for w in verbs["title"]),
        summary=frozenset(key(w) for w in d["summary_quantifiers"]),
        plural=re.compile(rf"(?i:{alt(d['summary_quantifiers'])}\s+)"),
        # "Bộ trưởng chúc mừng các nhà giáo được phong tặng ...": a plural of recipients before the passive
        plural_subject=re.compile(rf"(?i:{_B}{alt(d['summary_quantifiers'])}\s+"
                                  rf"{alt([*d['collective_nouns'], *d['individual_nouns']])}{_E})"),
        # "... cùng nhiều bằng khen của Chính phủ": a quantifier right before an award
        summary_before=re.compile(rf"(?i:{_B}{alt(d['summary_quantifiers'])}\s+$)"),
        dated_after=re.compile(rf"(?i:{_B}{d['dated_after']}{_E})"),
    )


def _subject_stop(d: dict[str, Any]) -> re.Pattern[str]:
    """The words that end a giver read back from its verb, except inside a compound noun that
    ends with one of them ("Ban tổ chức")."""
    stops = d["subject_stops"]
    inside = "".join(
        rf"(?<!{re.escape(c[:len(c) - len(w)])})" for c in d["stop_compounds"] for w in stops
        if key(c).endswith(" " + key(w)))
    return re.compile(rf"(?i:{_B}{inside}{alt(stops)}{_E})")


def _givers(d: dict[str, Any]) -> dict[str, Any]:
    """The giver phrase: "của X" after the award, the subject or agent of the verb."""
    all_verbs = [*d["verbs"]["give"], *d["verbs"]["receive"], *d["verbs"]["title"]]
    stop_giver = alt([*d["recipient_markers"], *all_verbs, *d["reason_openers"], *d["giver_stops"],
                      d["passive"], *d["giver_stops_after_passive"]])
    conj = alt(d["conjunctions"])
    nouns = alt([*d["collective_nouns"], *d["individual_nouns"]])
    # the giver ends before a verb, a recipient marker, punctuation (not the dot of "TP.HCM"), the
    # colon of a tally or a conjunction that does not join two capitalised names ("và 492 cá nhân")
    giver_of = (rf"(?i:\s*{{}}\s+(?P<giver>(?:[^;:.\n(“\"]|\.(?=\S))+?)"
                rf"(?=\s+{stop_giver}{_E}|\s*(?:[;:(\n“\"]|\.(?!\S))|\s+{conj}\s+(?-i:(?!{UPPER}))|\s*$"
                # "Cờ thi đua của Chính phủ, 5 cá nhân được nhận ...": a counted clause follows
                rf"|\s*,\s*{numbers.NUMBER_PATTERN}\s+{nouns}{_E}))")
    ordinal, year = _spaced(d["filler_ordinal"]), _spaced(d["filler_year"])
    period = d["award_period"]
    period_word = rf"(?!{alt(period['stop'])}{_E})[^\W\d_]+"
    period_re = rf"\s+{alt(period['openers'])}(?:\s+{period_word}){{1,{period['max_words']}}}"
    return dict(
        giver_of=re.compile(giver_of.replace("{}", d["giver_word"])),
        # "nhận Bằng khen từ Bộ trưởng X": after a receive verb, the one it comes from
        giver_from=re.compile(giver_of.replace("{}", alt(d["giver_from_words"]))),
        # "lần thứ hai", "năm 2019", "(năm 2010)", "(2015)", "(năm 2004 và 2011)" between an award and what follows it
        filler=re.compile(rf"(?i:(?:{period_re}|\s*\(?{ordinal}\s+\w+\)?|\s+{year}\s+\d{{4}}|\s*\((?:{year}\s+)?\d{{4}}(?:\s*(?:[,–-]|{conj})\s*\d{{4}})*\))*)"),
        subject_stop=_subject_stop(d),
        giver_date_tail=re.compile(d["giver_date_tail"]),
        copula=re.compile(rf"(?i:{_B}{alt(d['copula'])}\s+(?:{ordinal}\s+\w+\s+)?)"),
        subject_opener=re.compile(rf"(?i:(?:{alt(d['subject_openers'])}){_E}[\s,]*)"),
        position=re.compile(rf"(?i:{_B}(?:{alt(words(d['position_prefixes']))}\s+)?"
                            rf"{alt([*words(d['positions']), *d['position_heads']])}{_E})"),
        generic_givers=frozenset(key(w) for w in d["generic_givers"]),
        vague_giver=re.compile(rf"(?i:{alt(d['vague_giver_openers'])}){_E}"),
        commend=re.compile(rf"(?i:{_B}{alt(d['commend_verbs'])}{_E})"),
        anaphor=re.compile(rf"(?i:{_B}{alt(d['anaphors'])}{_E})"),
        position_heads={key(k): tuple(v) for k, v in d["position_heads"].items()},
    )


def _recipients(d: dict[str, Any]) -> dict[str, Any]:
    """The recipient and count phrases: markers, counted nouns, named persons and bodies, tallies."""
    num = numbers.NUMBER_PATTERN
    conj = alt(d["conjunctions"])
    nouns = [*d["collective_nouns"], *d["individual_nouns"]]
    # "22/28 đơn vị được công nhận ...": 22 of the 28 receive, the whole is no count of its own;
    # after a day word "20/11" is a date ("chiều 20/11 tập thể nhà trường ...")
    day = "|".join(rf"(?<={re.escape(w)}\s)" for w in d["fraction_date_openers"])
    counted = (rf"(?i:(?<!\d/)(?!(?:{day})\d+/)(?P<n>{num})(?:/\d+)?\s+(?:{alt(d['count_modifiers'])}\s+)?"
               rf"(?P<noun>{alt(nouns)}){_E})")
    # where a named body ends: punctuation, a dash before an apposition, a verb or a conjunction
    org_end = (rf"[,;.(]|\s[-–]\s|(?i:\s(?:{alt(d['subject_stops'])}|{alt(d['reason_openers'])}"
               rf"|{conj}){_E})")
    each_verbs = alt([*d["verbs"]["give"], *d["verbs"]["receive"], d["passive"]])
    return dict(
        marker=re.compile(rf"(?i:{_B}{alt(d['recipient_markers'])}\s+)"),
        reason=re.compile(rf"(?i:{_B}{alt(d['reason_openers'])}{_E})"),
        noun=re.compile(rf"(?i:{_B}(?P<noun>{alt(nouns)}){_E})"),
        counted=re.compile(counted),
        # a clause that opens with a count ("37 giáo viên ...", "có 50 học sinh ...")
        # (after a conjunction or a breakdown word: "và 12 tập thể, 20 cá nhân được ...", "trong đó 25 tập thể ...")
        lead_count=re.compile(rf"\s*(?i:(?:{conj}|{alt(d['breakdown'])})\s+)?"
                              rf"(?i:(?:{alt(d['subject_openers'])}|{'|'.join(d['lead_count_verbs'])})\s+)?{counted}"),
        # "Bằng khen: 150 tập thể và 320 cá nhân": an award, a colon, a count
        tally=re.compile(rf"\s*:\s*(?={counted})"),
        has_count=re.compile(rf"(?i:{_B}{'|'.join(d['lead_count_verbs'])})\s+{counted}\s*$"),
        # "Bằng khen của UBND tỉnh cho 20 tập thể": a result listed with no verb
        listed=re.compile(rf"\s*(?i:{alt(d['listed_markers'])})\s+(?={counted})"),
        fronted=re.compile(rf"\s*(?i:{alt(d['fronted_markers'])})\s+(?={counted})"),
        award_breakdown=re.compile(rf"(?i:{_B}{alt(d['award_breakdown'])}{_E}\s*:?)"),
        additive=re.compile(rf"(?i:{_B}{alt(d['additive'])}{_E})"),
        breakdown=re.compile(rf"(?i:{_B}{alt(d['breakdown'])}{_E}\s*:?)"),
        person_cue=re.compile(rf"(?i:(?<![\w,.])(?:{alt(words(d['person_cues']))})[:\s]\s*)(?=[^\W\d_])"),
        indefinite=re.compile(rf"(?i:{_B}{alt(d['indefinite_words'])}\s+$)"),
        plural_person_cue=re.compile(rf"(?i:{_B}{alt(d['plural_person_cues'])}\s*:?\s*)"),
        named_list=re.compile(rf"(?i:{alt(d['summary_quantifiers'])}\s+{alt(nouns)}(?:[\s,]+[^\W\d_]+){{0,3}}?"
                              rf"\s*{alt(d['named_list_openers'])}\s*:?\s*)"),
        # a subject word standing for one person or one body, then no name and no count
        singular=re.compile(rf"(?i:(?:(?P<person>{alt(d['singular_referents']['individual'])})"
                            rf"|{alt(d['singular_referents']['collective'])})"
                            rf"(?:\s+(?:{alt(d['singular_referents']['then'])}))*\s*$)"),
        # "trường có tỷ lệ ... và được Sở tặng": a referent, a predicate of its own, a conjunction
        # or a link of feeling and its cause ("anh rất vui vì vừa được ...")
        singular_predicate=re.compile(rf"(?i:(?:(?P<person>{alt(d['singular_referents']['individual'])})"
                                      rf"|{alt(d['singular_referents']['collective'])})"
                                      rf"\s+(?-i:{LOWER})[^,;.()]{{0,80}}?\s+(?:{conj}|{alt(d['referent_links'])})"
                                      rf"(?:\s+(?:{alt(d['singular_referents']['then'])}))*\s*$)"),
        # where a reason clause ends: a comma before a new subject or a count, a conjunction before a count
        reason_end=re.compile(rf"\s*,\s*(?={UPPER}|\d)|\s+{conj}\s+(?=\d)"),
        date_lead=re.compile(rf"(?i:(?:{alt(d['date_before_number'])}\s+[\d/.-]+[\s,]+)+)"),
        dated_number=re.compile(rf"(?i:{_B}{alt(d['date_before_number'])}\s+$)"),
        body_awards=frozenset(key(w) for w in d["body_awards"]),
        recipient_head=re.compile(rf"{alt(d['recipient_heads'])}{_E}"),
        single_collective=re.compile(rf"(?i:{_B}{alt(d['single_collective'])}\s+(?=\w))"),
        ceremony_place=re.compile(rf"(?i:{_B}{alt(d['ceremony_places'])}\s*$)"),
        # "cho đơn vị vì ...", "lên lá cờ truyền thống của đơn vị": a referent alone after a marker
        marker_referent=re.compile(rf"(?i:(?:(?P<person>{alt(d['singular_referents']['individual'])})"
                                   rf"|{alt(d['singular_referents']['collective'])})"
                                   rf"(?:\s+{alt(d['marker_referent']['own'])})?"
                                   rf"(?=\s*(?:[,;.()]|$)|\s+{alt(d['marker_referent']['ends'])}{_E}))"),
        single_person=re.compile(rf"(?i:{alt(d['single_person']['address'])}\s+{alt(d['single_person']['roles'])}{_E})"),
        # a capitalised body ("Bệnh viện K") or an administrative unit before a name ("tỉnh Lào Cai")
        organisation=re.compile(rf"{_B}(?:{alt(words(d['organisation_heads']))}{_E}"
                                rf"|{alt([*d['place_heads'], *d['lower_body_heads']])}\s+(?={UPPER})"
                                rf"|(?:{d['team_head']})(?=\s+{UPPER}))"),
        # a body written in lower case before its capitalised name or place gives ("được cảnh sát
        # thành phố Osaka tặng ...", "công an huyện Mỹ Đức trao ...")
        lower_giver=re.compile(rf"(?i:{alt(d['lower_giver_heads'])}\s+{alt(d['place_heads'])}"
                               rf"|{alt(d['lower_body_heads'])}|{alt(d['lower_country_heads'])})\s+(?={UPPER})"),
        org_end=re.compile(org_end),
        press_head=re.compile(rf"(?i:{alt(d['press_heads'])})(?=\s+{UPPER})"),
        named_alone=_named_alone(d["organisation_heads"]),
        brand_designators=frozenset(words(d["brand_designators"])),
        conjunction=re.compile(rf"(?i:{_B}{conj}{_E})"),
        trailing_conjunction=re.compile(rf"(?i:\s+{conj}\s*$)"),
        name_separator=re.compile(rf"\s*(?:,|{conj})\s*"),
        collective_nouns=frozenset(key(w) for w in d["collective_nouns"]),
        place_heads=frozenset(key(w) for w in d["place_heads"]),
        place_part=re.compile(rf"(?:(?i:{alt(d['place_heads'])})\s+|{alt(d['place_abbreviations'])}(?:\.\s*|\s+))"
                              rf"{UPPER}[\w.]*(?:(?:\s+|\s*-\s*){UPPER}[\w.]*)*"),
        ordinal_adverb=re.compile(rf"(?i:{_B}{d['ordinal_adverb']}{_E})"),
        rule_subject=re.compile(rf"\s*(?i:{alt(d['rule_case']['subjects'])})\s+(?i:{d['passive']})\s+$"),
        rule_predicate=re.compile(rf"(?i:{_B}{alt(d['rule_case']['predicates'])}{_E})"),
        won_before=re.compile(rf"(?i:{_B}{alt(d['won_verbs'])}\s+$)"),
        place_abbreviation_end=re.compile(rf"(?<![\w.]){alt(d['place_abbreviations'])}\.$"),
        not_name_words=frozenset(key(w) for w in d["not_name_words"]),
        # a field of the lexicon, or an abbreviation written in capitals ("NN&PTNT", "GTVT")
        field=re.compile(rf"\s+(?:(?i:{alt(words(d['organisation_fields']))})|[A-ZĐ][A-ZĐ&-]+)(?!\w)"),
        former=re.compile(rf"(?i:{alt(d['former_words'])}\s+)"),
        person_prefix=re.compile(rf"(?i:{alt(d['person_prefixes'])}\s+)"),
        organise=re.compile(rf"(?i:{_B}{alt(d['organise_verbs'])}{_E})"),
        consequence=re.compile(rf"(?i:{_B}{alt(d['consequence_words'])}{_E}[\s,]*)"),
        deceased_family=re.compile(rf"(?i:{alt(d['deceased_family']['family'])}\s+{alt(d['deceased_family']['deceased'])}{_E})"),
        # "- Được UBND tỉnh tặng Bằng khen ...": a bulleted item with no subject lists an honour held
        bullet_passive=re.compile(rf"[ \t]*[-+•–*][ \t]*(?i:{d['passive']}){_E}"),
        surnames=frozenset(words(d["surnames"])),
        people=_people(d["people"], conj, d["place_heads"]),
        # "mỗi tập thể, cá nhân một": who, in words that are no verb ("mỗi năm, trường được tặng một" is none)
        each=re.compile(rf"(?i:{_B}{alt(d['each']['word'])}(?:[\s,]+(?!{each_verbs}{_E})[^\W\d_]+){{1,4}}?\s+"
                        rf"(?:{alt(d['each']['one'])}\s+)?$)"),
        means=re.compile(rf"(?i:{_B}{alt(d['means'])}\s+$)"),
        each_verb=re.compile(rf"(?i:{_B}(?:{alt([*d['verbs']['give'], *d['commend_verbs']])}){_E})"),
        report=re.compile(rf"(?i:{_B}{alt([*d['report_verbs'], *d['thanks_verbs']])}{_E}[\s,:]*)"),
        association_before=re.compile(rf"(?i:{_B}{alt(d['association_heads'])}\s+$)"),
    )


def _people(entry: dict[str, Any], conj: str, place_heads: list[str]) -> re.Pattern[str]:
    """"Đảng bộ, quân và nhân dân tỉnh Đắk Nông": the people of a place, as one recipient."""
    part, last = alt(entry["parts"]), alt(entry["last"])
    joined = rf"(?:{part}(?:\s*,\s*|\s+{conj}\s+))*{last}"
    return re.compile(rf"(?i:{joined}(?:\s+{alt(entry['qualifiers'])})?\s+(?:{alt(place_heads)}\s+)?)(?-i:{UPPER})")


@cache
def lexicon() -> Lexicon:
    """Compile ``awards.yaml`` (and the officials' lists it refers to) once."""
    d = data()
    return Lexicon(**_mention(d), **_verbs(d), **_givers(d), **_recipients(d))
