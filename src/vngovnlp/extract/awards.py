"""Acts of conferring awards: who gives which award to how many collectives and individuals.

An act is read as a grammar over five phrases of one sentence, each a small table of rules
whose words live in ``data/awards.yaml`` (ranks, honorifics, organisation heads, posts and
family names are the officials' lists, referred to, not copied):

* the **award phrase** (``_AWARD_RULES``): an order or medal with its kind and class (``Huân
  chương Lao động hạng Ba``, ``hạng III``, ``hạng 3``), Bằng khen, Giấy khen, Kỷ niệm chương, a
  flag (``Cờ thi đua xuất sắc``), a title (``danh hiệu Chiến sĩ thi đua``), a state prize, a
  Party badge (``Huy hiệu 30 năm tuổi Đảng``), optionally counted (``trao 11 Huân chương ...``);
  a class or a badge's years going on a list (``..., hạng Ba cho 5 cá nhân``) continue the award
  before them; contest prizes (``giải Nhất``) and sports medals are no awards;
* the **act verb** right before it (``trao``, ``tặng``, ``đón nhận``...), or none in a tally
  (``Bằng khen: 150 tập thể``, a list item ``Huân chương ... cho 2 tập thể;``) or when the award
  is the subject (``Bằng khen được trao cho``, ``... do Chủ tịch nước trao tặng Công ty X``), or
  the verb of the act whose list it continues, or the verb before ``mỗi … một`` / ``bằng``
  (``khen thưởng 12 học sinh, mỗi em một Giấy khen``); no act after a quantifier (``nhiều Huân
  chương``, ``cùng nhiều bằng khen``), a proposal (``đề nghị ... tặng``), a goal or a purpose
  (``phấn đấu được tặng``, ``để trao tặng``), a list of candidates, a recall of the past (``Năm
  2005, bà được tặng``, ``từng``, an apposition ``X, người được tặng``; an award dated long
  before the article, also after its recipients) or in a record of three or more honours with
  no recipient;
* the **giver phrase**, ranked: the one in whose name it is given (``Bằng khen của X``,
  ``thừa ủy quyền của X``, ``thay mặt X``, ``trình X tặng``; the authority stated for a class,
  ``Huân chương của Chủ tịch nước``, passes to its specific orders) above the one who hands it
  over (the agent of ``được X tặng``, the subject of ``X trao``); ``giver_resolved`` makes it
  explicit from the officials' titles and the bodies the article names;
* the **count phrase** (``_COUNT_RULES``): the counts after ``cho``/``tặng`` (a breakdown after
  ``gồm`` gives the parts), after a tally's colon, the subject of a passive (with the counted
  clauses before it: ``50 học sinh ...; 37 giáo viên ... được trao``), right after an active
  verb, a plural the article counts elsewhere; ``N <award>`` gives N of the recipients' kind;
* the **recipient phrase**: named persons (an honorific, rank or role and a name; a bare full
  name; a person the officials extractor found, also after a post) and named bodies, one each
  (``cho Công an huyện A, Trường B và Bệnh viện C`` is three collectives); and the reason
  (``có thành tích xuất sắc trong ...``, whole).

Bodies named together as givers of one award to a named recipient are separate acts (``được Bộ
Xây dựng, UBND tỉnh trao tặng Cờ``); with a stated count (``cho 37 đội``) they stay one act.

The same act told twice (photo caption and body) is reported once: acts of the same award
merge when their counts do not contradict each other and their givers are compatible (one
unstated, one contains the other, ``Bộ trưởng`` and ``Bộ Y tế``), they state the same numbers or
name the same recipient; the merged act keeps the higher-ranked giver. A bare ``Huân chương``
is dropped when the article names the specific orders.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..numbers import parse_number
from ..types import Award, Official
from . import _awards_phrases as ph
from ._awards_lexicon import Lexicon, key, lexicon

__all__ = ["find_awards"]

_SENTENCE_END = re.compile(r"\n+|(?<=[.!?…])\s+")
_SEPARATORS = " \t,;:-–"
_ITEM_OPEN = re.compile(r"[-+•–*][ \t]+\S")
_INLINE_ITEM = re.compile(r"[.;:][ \t]+([-+•–*][ \t])")  # an item of a list written after a full stop
_NUMBER_THEN_WORD = re.compile(r"\d+\s+([^\W\d_])")
_COUNT_REACH = 40  # characters a count written before an award may take
_REVOKE_REACH = 60  # characters before an award a word that takes it back may sit ("thu hồi ...")


@dataclass
class _Act:
    award: str
    klass: str
    specific: bool
    level: str | None
    start: int
    end: int
    sentence: int
    giver: str | None = None
    giver_span: tuple[int, int] | None = None
    givers: list[str] = field(default_factory=list)
    collectives: int = 0
    individuals: int = 0
    numeral: bool = False
    recipients: list[str] = field(default_factory=list)
    reason: str | None = None
    summary: bool = False
    split_group: int | None = None
    leading: int | None = None  # "trao 11 Huân chương ...": how many were given
    kind: str = ""  # the kind the leading count was read as
    chained: bool = False  # continues the list of the act before it
    giver_rank: int = 0  # AUTHORITY when the giver is the one in whose name it is given
    count_rule: str = ""  # the count rule its counts came from
    clause: int = 0  # how many ";" of its sentence come before it
    added: bool = False  # its sentence says it gives the award to more recipients ("cũng", "còn lại")
    caption: bool = False  # its sentence is a photo's caption (a photo credit follows it)
    parted: bool = False  # a class of the bare order before it ("Huân chương X, trong đó 1 hạng Nhì")


# how a giver was read: the subject or agent of the verb (who hands it over) ranks below the one
# in whose name the award is given ("Bằng khen của Thủ tướng", "thừa ủy quyền của Chủ tịch
# nước", "trình Thủ tướng Chính phủ tặng")
PRESENTER, AUTHORITY = 1, 2


@dataclass
class _Context:
    """What an act passes on to the next award of a list in the same sentence."""

    verb: str
    voice: str
    giver: tuple[str, int, int] | None
    subject: tuple[int, int, bool, list[str]]
    summary: bool
    giver_rank: int = 0


@dataclass(frozen=True)
class _Article:
    """What every act of one text reads: the text, its years, the persons the officials
    extractor found (start -> (end, name)), its sentence spans (split once)."""

    text: str
    years: Counter
    persons: dict[int, tuple[int, str]]
    sentences: list[tuple[int, int]]

    @property
    def latest_year(self) -> int:
        return max(self.years, default=0)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans; a photo credit run into the next sentence ("Ảnh: VGP/Quang Hiếu Thủ tướng
    trao ...") ends the caption before it, and the next sentence starts after it."""
    start = 0
    lex = lexicon()
    ends = sorted([(m.start(), m.end()) for m in _SENTENCE_END.finditer(text) if not _place_stop(lex, text, m)]
                  + [(m.end("credit"), m.end()) for m in lex.photo_credit.finditer(text)])
    for a, b in ends:
        if a < start:
            continue
        nxt = text[b: b + 3].lstrip("“\"'(")
        # "... 6,5 triệu đồng/tháng. - Được Bộ X tặng ...": an item of a list run into the text
        if "\n" in text[a:b] or (nxt[:1].isupper() or nxt[:1].isdigit()) or _ITEM_OPEN.match(text, b):
            yield start, a
            start = b
    yield start, len(text)


def _place_stop(lex: Lexicon, text: str, m: re.Match[str]) -> bool:
    """Whether a full stop ends a place's abbreviation inside the sentence ("(H. Krông Pa, Gia
    Lai)", "tại TP. Hồ Chí Minh", "Hội Khuyến học (HKH) Q. Sơn Trà"): written after a capitalised
    word it may end a name ("anh Nguyễn Văn H. Sau đó ..."), and the sentence."""
    if "\n" in m.group() or not lex.place_abbreviation_end.search(text, max(0, m.start() - 4), m.start()):
        return False
    head = text[:m.start()].rsplit(None, 1)[-1]  # "(H.", "TP."
    if head.startswith("("):
        return True
    before = text[:m.start() - len(head)].rsplit(None, 1)
    return not before or not before[-1][:1].isupper()


def _order_or_medal(lex: Lexicon, m: re.Match[str]):
    klass = "order" if m.group("order") else "medal"
    kind = m.group("okind" if klass == "order" else "mkind")
    level = m.group("olevel" if klass == "order" else "mlevel")
    name = " ".join(m.group(klass).split()[:2])
    name = name[0].upper() + name[1:].lower()
    if kind:
        name += " " + _as_written(lex.kinds_by_key.get(key(kind), " ".join(kind.split())), kind)
    elif klass == "order" and (written := lex.proper_name.match(m.string, m.end())):
        kind = written.group("name") or written.group("qname")  # an order not in the lexicon
        name += " " + " ".join(kind.split())
        level = level or written.group("plevel")
    level = lex.levels[key(level)] if level else None
    if level:
        name += f" {lex.level_word} {level}"
    return name, klass, bool(kind), f"{lex.level_word} {level}" if level else None


def _as_written(canonical: str, written: str) -> str:
    """The lexicon's name with each syllable spelled as the text spells it ("Chiến sỹ thi đua" for
    "Chiến sĩ thi đua", "Kỉ niệm chương"); the case stays the lexicon's."""
    pairs = list(zip(canonical.split(), written.split(), strict=False))
    if len(pairs) != len(canonical.split()) or len(pairs) != len(written.split()):
        return canonical
    return " ".join(c if c.lower() == w.lower() else (c[:1] + w[1:].lower() if c[:1].isupper() else w.lower())
                    for c, w in pairs)


def _badge(lex: Lexicon, m: re.Match[str]):
    years = m.group("byears")
    if years:
        return f"{lex.badge_word} {int(years)} {lex.badge_years}", "badge", True, None
    return " ".join(m.group("badge").split()), "badge", bool(m.group("bnamed")), None


def _flag(lex: Lexicon, m: re.Match[str]):
    flag = " ".join(m.group("flag").split())
    if " " not in flag:
        return None
    return flag[0].upper() + flag[1:], "flag", True, None


# award phrase rules: (group of the mention pattern, reader of (award, class, specific, level))
_AWARD_RULES = (
    ("order", _order_or_medal),
    ("medal", _order_or_medal),
    ("simple", lambda lex, m: (_as_written(lex.simple_names[key(m.group("simple"))], m.group("simple")),
                               "simple", True, None)),
    ("title", lambda lex, m: (f"{lex.title_word} " + (
        _as_written(lex.titles_by_key[key(m.group("tname"))], m.group("tname")) if m.group("tname")
        else " ".join(m.group("qname").split())), "title", True, None)),
    ("prize", lambda lex, m: (" ".join(m.group("prize").split()), "prize", True, None)),
    ("badge", _badge),
    ("best", lambda lex, m: (" ".join(m.group("bname").split()), "best", True, None)),
    ("flag", _flag),
    ("cont", lambda lex, m: None),
)


def _award_name(lex: Lexicon, m: re.Match[str]) -> tuple[str, str, bool, str | None] | None:
    """(award, class, specific, level) of a mention; None for a bare flag."""
    for group, read in _AWARD_RULES:
        if m.group(group):
            return read(lex, m)
    return None


def _recalled(lex: Lexicon, art: _Article, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, the words of a sentence before its act verb, recall a past award
    ("Năm 2005, bà được tặng ...", "Trong nhiệm kỳ qua, ... được tặng ...")."""
    # "- Được UBND tỉnh tặng Cờ thi đua ..., UBND tỉnh X tặng Bằng khen": an item of a list of
    # honours held, also one run into the sentence before it ("... /năm. - Được Bộ X tặng ...")
    items = [m.start(1) for m in _INLINE_ITEM.finditer(art.text, a, b)]
    if lex.bullet_passive.match(art.text, items[-1] if items else a, b):
        return True
    cue = lex.recall.search(art.text, a, b)
    if cue:
        # "Trước đó, X vừa được UBND tỉnh trao bằng khen", "Trước đó, ngày 5/3, ...": a recent act
        # told after another
        dated = key(cue.group()) in lex.recall_dated_recent and lex.day_month.search(art.text, cue.end(), b)
        return not (lex.recent.search(art.text, cue.end(), b) or dated)
    times = lex.recall_times.search(art.text, a, b)
    if times and not lex.counted.search(art.text, a, times.start()):
        # "3 lần được Chủ tịch nước tặng ...": a holder's record; "492 cá nhân hiến máu 20 lần
        # được UBND TP tặng": the times belong to the counted recipients' deed
        return True
    m = lex.recall_year.match(art.text, a, b)
    if m:
        year = int(m.group("year"))
        return year < art.latest_year or art.years[year] < 2
    dated = lex.recall_date.match(art.text, a, b)
    return bool(dated) and _dated_in_past(art, a, int(dated.group("year")))


def _rule_case(lex: Lexicon, art: _Article, s_start: int, v: int) -> bool:
    """"Cá nhân được tặng Bằng khen của Thủ tướng được thưởng 3,5 lần mức lương cơ sở": a bare kind
    of recipient as the whole subject, and what it earns after the award, state a rule, no act."""
    if not lex.rule_subject.match(art.text, s_start, v):
        return False
    s_end = next((b for a, b in art.sentences if a <= v < b), len(art.text))
    return bool(lex.rule_predicate.search(art.text, v, s_end))


def _dated_in_past(art: _Article, a: int, year: int) -> bool:
    """Whether an act in the sentence at ``a`` dated in full to ``year`` ("Ngày 15/7/2016, ...") is
    told from the past: the year is older than the year before the article's latest, or the article
    writes it only here, right after a sentence that tells a time older still ("... sau năm 1975,
    ... Ngày 15/7/2016, ... truy tặng ...": a history told in order)."""
    if year < art.latest_year - 1:
        return True
    if art.years[year] > 1:
        return False
    before = [s for s in art.sentences if s[1] <= a]
    return bool(before) and any(int(y) < year - 1 for y in _YEAR.findall(art.text, *before[-1]))


def _dated_long_ago(lex: Lexicon, art: _Article, m: re.Match[str]) -> bool:
    """"Huân chương Giải phóng hạng Nhất năm 1965": a year after the award older than the year
    before the article's latest is a record (a flag "năm 2016" of a 2017 article is not)."""
    filler = lex.filler.match(art.text, m.end())
    return any(int(y) < art.latest_year - 1 for y in _YEAR.findall(filler.group()))


def _dated_before_reason(lex: Lexicon, art: _Article, a: int, b: int) -> bool:
    """"phong tặng danh hiệu Anh hùng Lao động cho Lực lượng TNXP vào tháng 3-1986": a date after
    the award and its recipients (``text[a:b]``, before any reason) older than the year before the
    article's latest is a record."""
    return any(int(d.group("year")) < art.latest_year - 1 for d in lex.dated_after.finditer(art.text, a, b))


def _foreign_in_history(lex: Lexicon, art: _Article, m: re.Match[str]) -> bool:
    """"Clive Hulme được tặng thưởng Huân chương Victoria" in an article whose events are all
    dated before ``history_before`` (a war story, a life of the past): an order or medal of no
    kind the lexicon lists (a foreign one, or the bare class word) is a record, not an act."""
    unlisted = (m.group("order") and not m.group("okind")) or (m.group("medal") and not m.group("mkind"))
    return bool(unlisted) and 0 < art.latest_year < lex.history_before


def _verbless_context(lex: Lexicon, text: str, m: re.Match[str], end: int) -> _Context | None:
    """An act with no verb before the award: a tally ("Cờ thi đua của UBND tỉnh: 35 tập thể"), a
    listed result ("Bằng khen của UBND tỉnh cho 20 tập thể") or the award as the subject of a
    passive ("Bằng khen được trao cho 4 tập thể", "Huân chương ... do Chủ tịch nước trao tặng
    Công ty X": the giver before the verb, the recipients after it)."""
    pos = lex.filler.match(text, m.end(), end).end()
    if _given_by_to(lex, text, pos, end):
        return _Context("", "award_subject", None, (0, 0, False, []), False)
    giver_of = lex.giver_of.match(text, pos, end)
    pos = giver_of.end() if giver_of else pos
    if lex.tally.match(text, pos, end) or (
            lex.listed.match(text, pos, end) and (giver_of or _opens_item(text, m.start()))):
        return _Context("", "tally", None, (0, 0, False, []), False)
    if lex.award_passive.match(text, pos, end) and not lex.not_act_before.search(text, m.end(), pos):
        # "danh hiệu X của AFC cũng như nhân vật để trao tặng": a purpose, no act
        return _Context("", "award_subject", None, (0, 0, False, []), False)
    return None


def _opens_item(text: str, pos: int) -> bool:
    """Whether ``pos`` opens an item of a list: right after a colon, a semicolon or a line break,
    and any bullet ("Về khen thưởng: Huân chương ... cho 1 tập thể; Huân chương ... cho 2 tập thể")."""
    before = text[max(0, pos - 40):pos].rstrip(" \t-+•–*")
    return (pos < 40 and not before.strip()) or before.endswith((":", ";", "\n"))


def _given_by_to(lex: Lexicon, text: str, pos: int, end: int) -> bool:
    """"do Chủ tịch nước trao tặng cho 3 tập thể", "do X trao tặng Công ty Y" at ``pos``: a giver
    and its verb, then recipients (a marker, a capitalised name or a count); with none after the
    verb ("Huân chương do Chủ tịch nước trao tặng năm 1998") it tells what a body holds."""
    by = lex.giver_by.match(text, pos, end)
    if by is None:
        return False
    nxt = ph.strip_span(text, by.end(), end, " ")[0]
    return bool(lex.marker.match(text, nxt, end) or text[nxt:nxt + 1].isupper() or text[nxt:nxt + 1].isdigit())


def _voice(lex: Lexicon, art: _Article, verb: str, clause_a: int, floor: int, v: int,
           prev: tuple[_Act, _Context] | None):
    """(voice, giver, subject) of the act verb at ``v``."""
    text = art.text
    if verb in lex.receive_verbs:
        if lex.ceremony_place.search(text, clause_a, v):  # "phát biểu tại lễ đón nhận": who speaks there
            return "receive", None, (0, 0, False, [])
        return "receive", None, _passive_subject(lex, art, (clause_a, v, floor), prev)
    bare = lex.passive_bare.search(text, clause_a, v)
    if bare:
        return "passive", None, _passive_subject(lex, art, (clause_a, bare.start(), floor), prev)
    agent = lex.passive_agent.match(text[:v], clause_a)
    if agent and not lex.verb_any.search(agent.group("agent")):
        # "được nhà trường và tỉnh Đoàn tặng": a giver not written as a name is no giver, and
        # the subject before "được" is the recipient, not the giver
        giver = ph.clean_giver(lex, text, agent.start("agent"), v)
        return "passive", giver, _passive_subject(lex, art, (clause_a, agent.start("p"), floor), prev)
    return "active", _active_giver(lex, text, clause_a, v, prev), _fronted(lex, text, clause_a, v)


def _passive_subject(lex: Lexicon, art: _Article, span: tuple[int, int, int], prev: tuple[_Act, _Context] | None):
    """The recipients before "được" (``span`` is clause start, "được", floor); a second passive
    joined to the act before it with no subject of its own ("anh A được Hội tặng danh hiệu ... và
    vinh dự được Thủ tướng tặng Bằng khen") has that act's recipients."""
    a, p, floor = span
    found = ph.subject(lex, art.text, a, p, floor, art.persons)
    if found[0] or found[1] or prev is None or prev[1].voice not in ("passive", "receive"):
        return found
    opener = lex.subject_opener.match(art.text, ph.strip_span(art.text, a, p)[0], p)  # "; Đồng thời nhận ..."
    return prev[1].subject if ph.only_joiners(lex, art.text, opener.end() if opener else a, p) else found


def _fronted(lex: Lexicon, text: str, clause_a: int, v: int) -> tuple[int, int, bool, list[str]]:
    """"Đối với 5 tập thể và 10 cá nhân có thành tích xuất sắc, UBND tỉnh tặng Bằng khen": the
    recipients fronted before the subject, counted up to the first comma."""
    starts = [clause_a] + [i + 1 for i in range(clause_a, v) if text[i] == ","]
    m = next((m for m in (lex.fronted.match(text, p, v) for p in starts) if m), None)
    if not m:
        return 0, 0, False, []
    comma = text.find(",", m.end(), v)
    return (*ph.counts(lex, text, m.end(), comma if comma >= 0 else v), [])


def _authority_before(lex: Lexicon, text: str, reach: int, clause_a: int, v: int) -> re.Match[str] | None:
    """"trao Bằng khen cho 5 tập thể, thừa ủy quyền của Chủ tịch nước trao Huân chương ...": an
    authority the act before has read over, with no verb between it and this act's verb."""
    found = [m for m in lex.authority.finditer(text, reach, v) if m.start() < clause_a]
    if found and not lex.verb_any.search(text, found[-1].end(), v):
        return found[-1]
    return None


def _in_whose_name(lex: Lexicon, text: str, span: tuple[int, int, int], decision: re.Match[str] | None):
    """The authority written before the verb: "thừa ủy quyền của X, ...", "thay mặt X",
    "trình X tặng", "Quyết định của X về việc tặng"; None when there is none. ``span`` is (start of
    the words the act before read, clause start, verb start)."""
    reach, clause_a, v = span
    if decision and decision.group("who"):
        return ph.clean_giver(lex, text, decision.start("who"), decision.end("who"))
    proposal = lex.proposal.search(text, clause_a, v)
    if proposal:
        return ph.clean_giver(lex, text, proposal.start("who"), proposal.end("who"))
    authority = lex.authority.search(text, clause_a, v) or _authority_before(lex, text, reach, clause_a, v)
    if authority:
        # "Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ X ...": a second post ends the authority
        who_a, who_b = authority.start("who"), authority.end("who")
        nxt = lex.position.search(text, who_a + 1, who_b)
        return ph.clean_giver(lex, text, who_a, nxt.start() if nxt else who_b) or _vague_authority(
            lex, text, who_a, who_b)
    return None


def _vague_authority(lex: Lexicon, text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """"thừa ủy quyền của lãnh đạo TP đã đến trao ...": an authority written in lower case as the
    leaders of a body is still the one in whose name the award is given."""
    if not lex.vague_giver.match(text, a, b):
        return None
    stop = next(lex.subject_stop.finditer(text, a, b), None)
    a, b = ph.strip_span(text, a, stop.start() if stop else b)
    giver = " ".join(text[a:b].split())
    # "thay mặt lãnh đạo Đảng và Nhà nước": leaders of no particular authority name no giver
    return (giver, a, b) if len(giver.split()) >= 2 and key(giver) not in lex.generic_givers else None


def _read_left(lex: Lexicon, art: _Article, span: tuple[int, int, int], m: re.Match[str], klass: str,
               prev: tuple[_Act, _Context] | None) -> tuple[re.Match[str] | None, _Context | None, bool]:
    """The verb before an award and what it says: voice, giver, subject (recipients).

    ``span`` is (sentence start, start of the free words before the award, clause start).
    Returns (verb match, context, chained); context is None when the mention is no act.
    """
    text = art.text
    s_start, floor, clause_a = span
    each = _each_context(lex, art, s_start, m)
    if each is not None:
        return None, each, False
    verb_m = lex.verb_before.search(text, clause_a, m.start())
    if not verb_m:
        # "..., Huân chương Độc lập hạng Ba cho 74 cá nhân": the list goes on with the same verb
        if prev is not None and not lex.conjunction.sub("", text[clause_a:m.start()]).strip(_SEPARATORS):
            return None, prev[1], True
        verb_m = _verb_and_object(lex, text, clause_a, m.start())
        if not verb_m:
            return None, _verbless_context(lex, text, m, len(text)), False
    verb = key(verb_m.group("verb"))
    gap = key(verb_m.group("gap"))
    summary = any(w in lex.summary for w in gap.split()) or any(
        gap == q or gap.startswith(q + " ") for q in lex.summary)
    v = verb_m.start()
    # "công bố Quyết định ... về việc tặng": the decision read out is the act
    decision = lex.decision.search(text, clause_a, v)
    # the cue may sit inside the words the act before has read ("tìm ứng viên cho danh hiệu X
    # cũng như nhân vật để trao tặng huân chương"): it is read back to the clause's ";"
    cue_a = text.rfind(";", s_start, v) + 1 or s_start
    if (verb in lex.title_verbs and verb not in lex.give_verbs and klass != "title") or _no_act_cue(
            lex, text, (s_start, cue_a, decision.start() if decision else v, v)):
        return verb_m, None, False
    summary = summary or _recalled(lex, art, s_start, v) or _rule_case(lex, art, s_start, v)
    voice, giver, subject = _voice(lex, art, verb, clause_a, floor, v, prev)
    giver, rank = _ranked_giver(lex, text, (cue_a, clause_a, v), decision, giver, voice, prev)
    if verb_m.re is lex.verb_object:
        subject = _object_recipients(lex, art, verb_m, giver)
        if subject is None:
            return verb_m, None, False
    return verb_m, _Context(verb, voice, giver, subject, summary, rank), False


def _no_act_cue(lex: Lexicon, text: str, at: tuple[int, int, int, int]) -> bool:
    """Whether the words before a verb make it no act: a proposal, a condition, a goal, talk
    about an act (read from the clause's cue start ``at[1]`` to ``at[2]``), or a future whose verb
    this one is listed after (read from the sentence start ``at[0]`` to the verb ``at[3]``)."""
    s_start, cue_a, cue_b, v = at
    return bool(lex.not_act_before.search(text, cue_a, cue_b) or lex.future_chain.search(text, s_start, v))


def _object_recipients(lex: Lexicon, art: _Article, verb_m: re.Match[str], giver: tuple[str, int, int] | None):
    """The recipients written between a give verb and the award: "trao tặng Đại sứ X kỷ niệm
    chương ..." (as read), "tặng ông danh hiệu ..." (a pronoun: one person); None when a pronoun
    has no giver before it ("tôi tặng anh danh hiệu ...": talk, no act)."""
    if verb_m.group("pronoun"):
        return (0, 1, False, []) if giver is not None else None
    return ph.recipients(lex, art.text, verb_m.start("obj"), verb_m.end("obj"), persons=art.persons)


def _each_context(lex: Lexicon, art: _Article, s_start: int, m: re.Match[str]) -> _Context | None:
    """"UBND tỉnh khen thưởng 12 học sinh đạt giải, mỗi em một Giấy khen", "khen thưởng 5 tập thể
    bằng Giấy khen": one award to each of the recipients counted after the verb before "mỗi" (or
    "bằng"), given by that verb's subject; None when the award is not written so (or the verb is
    a proposal, a prospect)."""
    text = art.text
    each = lex.each.search(text, s_start, m.start()) or lex.means.search(text, s_start, m.start())
    verbs = list(lex.each_verb.finditer(text, s_start, each.start())) if each else []
    verb = verbs[-1] if verbs else None
    if verb is None or lex.not_act_before.search(text, s_start, verb.start()):
        return None
    coll, ind, numeral = ph.counts(lex, text, verb.end(), each.start())
    if not numeral:
        return None
    giver = _active_giver(lex, text, s_start, verb.start(), None)
    return _Context(key(verb.group()), "each", giver, (coll, ind, numeral, []),
                    _recalled(lex, art, s_start, verb.start()), PRESENTER if giver else 0)


def _verb_and_object(lex: Lexicon, text: str, a: int, b: int) -> re.Match[str] | None:
    """"Sau khi trao tặng Cục Quản lý thị trường Cờ thi đua ...": a give verb, then a named
    recipient (capitalised, no verb and no punctuation inside), then the award at ``b``."""
    found = lex.verb_object.search(text, a, b)
    if found and not lex.verb_any.search(text, found.start("obj"), found.end("obj")):
        return found
    return None


def _ranked_giver(lex: Lexicon, text: str, span: tuple[int, int, int], decision: re.Match[str] | None,
                  giver: tuple[str, int, int] | None, voice: str, prev: tuple[_Act, _Context] | None):
    """(giver, rank) of an act verb: the one in whose name it is given before the one who hands
    it over; ``span`` is (start of the clause's words, clause start, verb start)."""
    named = _in_whose_name(lex, text, span, decision)
    if named:
        return named, AUTHORITY
    if decision and (decision.group("publish") or decision.group("who")):
        # read out by someone who does not give it, or the decision of no particular authority
        # ("quyết định của Nhà nước phong tặng"): the subject of the clause is no giver
        return None, 0
    if voice == "active" and giver and prev is not None and giver == prev[1].giver:
        return giver, prev[1].giver_rank
    if voice == "active" and giver is None:
        giver = _presenter_before_authority(lex, text, span[1], span[2])
    return giver, PRESENTER if giver else 0


def _presenter_before_authority(lex: Lexicon, text: str, clause_a: int, v: int) -> tuple[str, int, int] | None:
    """"Chủ tịch nước X thay mặt Đảng, Nhà nước trao ...": an authority that names no one leaves
    the act to its presenter, the subject written before it."""
    authority = lex.authority.search(text, clause_a, v)
    if authority is None:
        return None
    cut = ph.last_comma(text, clause_a, authority.start())
    return ph.clean_giver(lex, text, cut + 1 if cut >= 0 else clause_a, authority.start())


def _active_giver(lex: Lexicon, text: str, clause_a: int, v: int, prev: tuple[_Act, _Context] | None):
    """The subject of an active verb: the last non-empty comma segment before it."""
    if not text[clause_a:v].strip():
        return prev[1].giver if prev is not None else None
    seg_end = v
    while True:
        cut = ph.last_comma(text, clause_a, seg_end)
        seg_a = cut + 1 if cut >= 0 else clause_a
        if text[seg_a:seg_end].strip() or seg_a == clause_a:
            break
        seg_end = cut
    seg_a, seg_end = _body_before_place(lex, text, clause_a, seg_a, seg_end)
    coordinated = _coordinated_subject(lex, text, seg_a, seg_end)
    # "Hội LHPN trao 150 triệu đồng cho 5 VĐV: A, B và C và trao bằng khen ...": a verb joined to an
    # earlier verb of its clause has that verb's subject, not the last name of a list
    first = _first_verb_subject(lex, text, clause_a, v) if coordinated is None else None
    giver = first or ph.clean_giver(lex, text, seg_a, coordinated or seg_end)
    if giver is None and prev is not None and not text[seg_a:seg_end].strip():
        giver = prev[1].giver  # ", tặng Bằng khen ...": the subject of the coordinated verb
    if giver is not None:
        giver = _listed_bodies(lex, text, clause_a, _whole_body(lex, text, clause_a, giver))
    return giver


def _body_before_place(lex: Lexicon, text: str, clause_a: int, seg_a: int, seg_end: int) -> tuple[int, int]:
    """"UBND huyện Đăk Hà, tỉnh Kon Tum tặng ...", "lãnh đạo UBND quận X, TP HCM, đã tặng ...": a
    subject segment that is a place alone (an adverb after it may stand alone after a comma) says
    where the body of the segment before it is; the giver starts with that body."""
    if seg_a > clause_a and ph.only_joiners(lex, text, seg_a, seg_end):
        cut = ph.last_comma(text, clause_a, seg_a - 1)
        if ph.place_part(lex, text, cut + 1 if cut >= 0 else clause_a, seg_a - 1):
            seg_a, seg_end = cut + 1 if cut >= 0 else clause_a, seg_a - 1
    if seg_a <= clause_a or not ph.place_part(lex, text, seg_a, seg_end):
        return seg_a, seg_end
    cut = ph.last_comma(text, clause_a, seg_a - 1)
    prev_a = cut + 1 if cut >= 0 else clause_a
    return (prev_a if ph.holds_body(lex, text, prev_a, seg_a - 1) else seg_a), seg_end


def _whole_body(lex: Lexicon, text: str, clause_a: int, giver: tuple[str, int, int]):
    """"Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ trao ...": a giver read from the last comma
    segment that opens with no body's head goes on the name of the body before the comma."""
    _, a, b = giver
    comma = ph.last_comma(text, clause_a, a)
    # the tail of a name holds no head of a body ("Thể thao và Du lịch"; "BGH Trường X" is one)
    if ph.holds_body(lex, text, a, b) or comma < 0 or text[comma + 1:a].strip():
        return giver
    cut = ph.last_comma(text, clause_a, comma)
    seg_a = ph.strip_span(text, cut + 1 if cut >= 0 else clause_a, comma)[0]
    org = lex.organisation.match(text, seg_a, comma)
    if org is None or not org.group()[:1].isupper() or ph.body_end(lex, text, org.end(), b) < b:
        return giver
    return " ".join(text[seg_a:b].split()), seg_a, b


def _first_verb_subject(lex: Lexicon, text: str, clause_a: int, v: int):
    """"Ban tổ chức trao 3 giải Nhất, 5 giải Nhì và tặng Giấy khen ...": a verb joined by a
    conjunction to an earlier verb of its clause shares that verb's subject."""
    tail = lex.trailing_conjunction.search(text, clause_a, v)
    first = lex.verb_any.search(text, clause_a, tail.start()) if tail else None
    if first is None:
        return None
    cut = ph.last_comma(text, clause_a, first.start())
    return ph.clean_giver(lex, text, cut + 1 if cut >= 0 else clause_a, first.start())


def _coordinated_subject(lex: Lexicon, text: str, a: int, b: int) -> int | None:
    """"Hội LHPN trao tặng 150 triệu đồng cho 5 VĐV và trao bằng khen ...": a verb joined by a
    conjunction to an earlier give verb of its segment shares its subject, which ends there."""
    if not lex.trailing_conjunction.search(text, a, b):
        return None
    first = lex.verb_any.search(text, a, b)
    return first.start() if first and text[a:first.start()].strip() else None


def _listed_bodies(lex: Lexicon, text: str, clause_a: int, giver: tuple[str, int, int]):
    """"Hội đồng đội tỉnh, Sở GD&ĐT, UBND huyện và Trường Tiểu học X đã tặng giấy khen": a giver
    that is a body continues the list of bodies written before it, comma by comma (each segment
    a body with no verb); ``_split_givers`` then makes one act of each."""
    _, a, b = giver
    if not lex.organisation.match(text, a, b):
        return giver
    start = a
    while True:
        comma = ph.last_comma(text, clause_a, start)
        if comma < 0 or text[comma + 1:start].strip():
            break
        cut = ph.last_comma(text, clause_a, comma)
        seg_a, seg_b = ph.strip_span(text, cut + 1 if cut >= 0 else clause_a, comma, " ")
        if not lex.organisation.match(text, seg_a, seg_b) or seg_b - seg_a > 60 or (
                lex.verb_any.search(text, seg_a, seg_b) or lex.subject_stop.search(text, seg_a, seg_b)):
            break
        start = seg_a
    if start == a:
        return giver
    return " ".join(text[start:b].split()), start, b


@dataclass
class _Right:
    """The words after an award: where its recipients are, and where the act ends."""

    pos: int  # after the award and its "của X"
    marker: re.Match[str] | None
    r_end: int
    counts_end: int
    reason: re.Match[str] | None


def _before_next_subject(lex: Lexicon, text: str, a: int, r_end: int, verb: re.Match[str], r0: int) -> int:
    """"cho 5 tập thể và 10 cá nhân, Giám đốc Sở tặng Giấy khen ...": a capitalised segment
    after the last comma or conjunction, right before a give verb, is that verb's subject; the act
    ends at the comma or conjunction. "cho 5 tập thể, 20 cá nhân được tặng Giấy khen": so is a
    segment that opens with a count, right before the verb of the next award."""
    if r_end != verb.start():
        return r_end
    cut = ph.last_comma(text, a, r_end)
    receives = key(verb.group()) in lex.receive_verbs or lex.passive_bare.fullmatch(verb.group())
    if receives and cut >= 0 and lex.lead_count.match(text, cut + 1, r_end) and _governs_next(lex, text, verb, r0):
        return cut
    if key(verb.group()) not in lex.give_verbs:
        return r_end
    cut = ph.last_comma(text, a, r_end)
    seg_a = cut + 1
    # "cho 5 tập thể, 8 cá nhân và Chủ tịch Công đoàn tặng Giấy khen ...": or after a conjunction
    joins = [j for j in lex.conjunction.finditer(text, max(a, cut + 1), r_end)]
    if joins:
        cut, seg_a = joins[-1].start(), joins[-1].end()
    seg = text[seg_a:r_end].strip() if cut >= 0 else ""
    if seg[:1].isupper() and not any(c.isdigit() for c in seg) and ph.clean_giver(lex, text, seg_a, r_end):
        return cut
    return r_end


def _governs_next(lex: Lexicon, text: str, verb: re.Match[str], r0: int) -> bool:
    """Whether the verb at ``verb`` (or the passive before a verb) is the act verb of the award at
    ``r0``: nothing but the verb's own gap between them ("được tặng", "nhận")."""
    found = lex.verb_before.search(text, verb.start(), r0)
    between = text[verb.start():found.start()].strip() if found else ""
    return found is not None and (not between or bool(lex.passive_bare.fullmatch(between)))


def _right_span(lex: Lexicon, text: str, pos: int, r0: int) -> _Right:
    ws = ph.strip_span(text, pos, r0, " \t")[0]
    marker = lex.marker.match(text, ws, r0)
    verb_after = lex.verb_any.search(text, marker.end() if marker else pos, r0)
    r_end = verb_after.start() if verb_after else r0
    if marker is None:
        marker = lex.marker.search(text, pos, r_end)
        reason = lex.reason.search(text, pos, marker.start()) if marker is not None else None
        if reason is not None and text[reason.start()].islower():
            marker = None  # "nhận kỷ niệm chương vì những cống hiến cho cả hai CLB": inside the reason
    if marker is None and verb_after:
        # no recipients follow and another clause starts: the act ends at the first comma or
        # conjunction, which may open the next act's subject ("..., 186 cá nhân được tặng")
        cut = re.compile(rf",|{lex.conjunction.pattern}").search(text, pos, r_end)
        r_end = cut.start() if cut else r_end
    if marker is not None and verb_after:
        r_end = _before_next_subject(lex, text, marker.end(), r_end, verb_after, r0)
    reason_m = lex.reason.search(text, marker.end() if marker else pos, r_end)
    counts_end = reason_m.start() if reason_m else r_end
    if reason_m and marker is not None:
        # the reason is a whole clause: a verb inside it ("nhiệm vụ được giao", "công tác tiếp
        # nhận") does not end it; a comma before a new subject or a count does
        nxt = lex.reason_end.search(text, reason_m.end(), r0)
        r_end = nxt.start() if nxt else r0
    return _Right(pos, marker, r_end, counts_end, reason_m)


# count phrase rules, tried in order: each reads (collectives, individuals, numeral, names) for
# an act from one place, or gives nothing
def _count_marker(lex, art, right, context):
    if right.marker is None:
        return None
    return ph.recipients(lex, art.text, right.marker.end(), right.counts_end, persons=art.persons)


def _count_tally(lex, art, right, context):
    if context.voice != "tally":
        return None
    colon = lex.tally.match(art.text, right.pos, right.counts_end)
    return ph.recipients(lex, art.text, colon.end(), right.counts_end) if colon else None


def _count_subject(lex, art, right, context):
    return context.subject if context.voice in ("passive", "receive", "each") else None


def _count_fronted(lex, art, right, context):
    return context.subject if context.voice == "active" else None


def _count_after_active(lex, art, right, context):
    if context.voice not in ("active", "award_subject"):
        return None
    counted = ph.recipients(lex, art.text, right.pos, right.counts_end, org_at_start=True, persons=art.persons)
    # "Bằng khen của UBND tỉnh tặng bà X": after the award as subject, a named recipient counts
    return counted if counted[2] or context.voice == "award_subject" else None


def _count_elsewhere(lex, art, right, context):
    if right.marker is None:
        return None
    coll, ind = ph.counted_elsewhere(lex, art.text, right.marker.end(), right.counts_end)
    return coll, ind, bool(coll or ind), []


def _count_referent(lex, art, right, context):
    """"gắn Huân chương lên lá cờ truyền thống của đơn vị", "trao Bằng khen cho nhà trường": a word
    standing for one body or person, alone after the marker, is one recipient."""
    if right.marker is None:
        return None
    text = art.text
    # read to the act's end, not the reason's start: "cho đơn vị có thành tích" is any unit so deserving
    m = lex.marker_referent.match(text, ph.strip_span(text, right.marker.end(), right.r_end)[0], right.r_end)
    if m is None:
        return None
    return (0, 1, False, []) if m.group("person") else (1, 0, False, [])


def _count_breakdown(lex, art, right, context):
    """"Các tập thể, cá nhân được ... tặng Bằng khen gồm 9 tập thể và 14 cá nhân": a breakdown
    right after the award counts its recipients."""
    text = art.text
    cut = lex.award_breakdown.match(text, ph.strip_span(text, right.pos, right.counts_end, " \t,")[0], right.counts_end)
    if cut is None or not lex.lead_count.match(text, cut.end(), right.counts_end):
        return None
    coll, ind, numeral = ph.counts(lex, text, cut.end(), right.counts_end)
    return coll, ind, numeral, []


_OWN_COUNTS = ("marker", "tally", "after", "holder", "breakdown", "referent")  # count rules that read the act's own recipients
_COUNT_RULES = (("marker", _count_marker), ("tally", _count_tally), ("subject", _count_subject),
                ("after", _count_after_active), ("fronted", _count_fronted), ("breakdown", _count_breakdown),
                ("elsewhere", _count_elsewhere), ("referent", _count_referent))


def _counts(lex: Lexicon, art: _Article, right: _Right, context: _Context):
    """(collectives, individuals, numeral, names, rule) from the first count rule that finds any."""
    for name, rule in _COUNT_RULES:
        found = rule(lex, art, right, context)
        if found and (found[0] or found[1]):
            return (*found, name)
    return 0, 0, False, [], ""


def _leading_kind(lex: Lexicon, text: str, act: _Act, right: _Right, coll: int, ind: int) -> str:
    """What "N <award>" counts: flags go to collectives, a title to its kind, else the kind of
    the recipients named ("trao 5 Huân chương ... cho các cá nhân", "47 cá nhân ..., gồm: 5 ...")."""
    kind = lex.flag_recipients if act.klass == "flag" else lex.title_kinds.get(
        key(act.award.removeprefix(lex.title_word + " ")), "")
    if kind in ("collective", "individual"):
        return kind
    if bool(coll) != bool(ind):
        return "collective" if coll else "individual"
    if right.marker is not None:
        return ph.one_kind(lex, text, right.marker.end(), right.counts_end)
    return ""


def _giver_after(lex: Lexicon, text: str, pos: int, r0: int, context: _Context, award: str = ""):
    """(giver, rank, position after it, holder) from the words right after an award: "của X" (the
    one in whose name it is given), "do X trao tặng"; after a receive verb "của <a company, a
    school ...>" names who receives it, the holder ("đón nhận Huân chương ... của Công ty X"),
    unless the award is one such bodies give themselves ("nhận Giấy khen của Trường X")."""
    giver, rank = context.giver, context.giver_rank
    giver_of = lex.giver_of.match(text, pos, r0)
    if giver_of:
        pos = giver_of.end()
        own = ph.clean_giver(lex, text, giver_of.start("giver"), giver_of.end("giver"))
        if (own and context.voice in ("receive", "") and lex.recipient_head.match(text, own[1])
                and key(award) not in lex.body_awards):
            return giver, rank, pos, own
        if own:
            giver, rank = own, AUTHORITY
        return giver, rank, pos, None
    giver_from = lex.giver_from.match(text, pos, r0) if context.voice == "receive" and not giver else None
    own = ph.clean_giver(lex, text, giver_from.start("giver"), giver_from.end("giver")) if giver_from else None
    if own:
        return own, PRESENTER, giver_from.end(), None
    giver_by = lex.giver_by.match(text, pos, r0)
    if giver_by and rank < AUTHORITY:
        own = ph.clean_giver(lex, text, giver_by.start("giver"), giver_by.end("giver"))
        if own:
            # "do Chủ tịch nước trao tặng tập thể TAND thành phố": a verb that ends with a
            # recipient marker opens the recipients; the marker is left to read them
            last = giver_by.group("gverb").split()[-1]
            after = giver_by.end() - len(last)
            return own, AUTHORITY, after if lex.marker.match(text, after, r0) else giver_by.end(), None
    return giver, rank, pos, None


def _award_counts(lex: Lexicon, text: str, act: _Act, right: _Right, counted: tuple[int, int, bool]):
    """(collectives, individuals, numeral) once the award itself is read: a count written before
    it ("tặng 6 Cờ thi đua") and the one recipient a best-of title names."""
    coll, ind, numeral = counted
    own_count = numeral and act.count_rule in ("marker", "tally", "after")
    if act.leading and not own_count:
        # "tặng 6 Cờ thi đua", "47 cá nhân được tặng ..., gồm: 5 Huân chương ...": N awards, one each
        kind = _leading_kind(lex, text, act, right, coll, ind)
        if kind == "collective":
            coll, ind, numeral = act.leading, 0, True
        elif kind == "individual":
            coll, ind, numeral = 0, act.leading, True
        act.kind = kind if kind in ("collective", "individual") else ""
    if not numeral:
        coll, ind = _named_by_kind(lex, act, coll, ind)
    if act.klass == "best" and not numeral:
        # "giành danh hiệu HLV xuất sắc nhất": one recipient, of the kind the title names, even
        # when the club is the subject ("CLB X giành giải thưởng CLB ... và HLV xuất sắc nhất")
        coll, ind = (1, 0) if lex.best_kinds.get(key(act.award)) == "collective" else (0, 1)
    return coll, ind, numeral


def _named_by_kind(lex: Lexicon, act: _Act, coll: int, ind: int) -> tuple[int, int]:
    """(collectives, individuals) of named recipients, read by the kind the award goes to."""
    if ind and not coll and _collective_only(lex, act):
        # "Ông A - Tổng giám đốc Công ty X nhận Cờ thi đua": a flag goes to a body, the person
        # named receives it on its behalf
        return 1, 0
    if coll and not ind and _individual_only(lex, act) and act.recipients and not any(
            lex.organisation.match(name) for name in act.recipients):
        # "trao Kỷ niệm chương cho Nick Vujicic": an award the Law gives persons only, to a name
        # with no body's head, names a person, however foreign its words
        return 0, coll
    if coll and coll == len(act.recipients) and not ind and not _collective_only(lex, act):
        # "tặng Bằng khen cho Frank Lampard": a foreign person's name, not a brand
        persons = sum(ph.foreign_person(lex, name) for name in act.recipients)
        return coll - persons, persons
    return coll, ind


def _individual_only(lex: Lexicon, act: _Act) -> bool:
    """Whether an award goes to persons only ("Kỷ niệm chương", "danh hiệu Nghệ sĩ nhân dân", a
    title named for a person, "danh hiệu Cầu thủ xuất sắc nhất tháng 10")."""
    return _title_kind(lex, act) == "individual"


def _collective_only(lex: Lexicon, act: _Act) -> bool:
    """Whether an award goes to collectives only: a flag, a title the lexicon gives to bodies."""
    kind = lex.flag_recipients if act.klass == "flag" else _title_kind(lex, act)
    return kind == "collective"


def _title_kind(lex: Lexicon, act: _Act) -> str:
    """Who holds a title: the lexicon's kind for it, else the kind of the holder it is named for."""
    name = act.award.removeprefix(lex.title_word + " ")
    kind = lex.title_kinds.get(key(name), "")
    head = lex.title_heads.match(name) if not kind and act.klass == "title" else None
    if head:
        return "collective" if head.group("collective") else "individual"
    return kind


def _award_end(lex: Lexicon, text: str, m: re.Match[str], r0: int) -> int:
    """Where the award's words end: after the name of an order the lexicon does not hold
    ("Huân chương Cành cọ hàn lâm do Nhà nước Pháp tặng": the giver is read after the name)."""
    if m.group("order") and not m.group("okind") and (written := lex.proper_name.match(text, m.end())):
        if written.end() <= r0:
            return written.end()
    return m.end()


def _read_right(lex: Lexicon, art: _Article, m: re.Match[str], r0: int, context: _Context,
                act: _Act) -> int:
    """Giver ("của X"), recipients and reason after the award; fills ``act``, returns where it ends."""
    text = art.text
    start = _award_end(lex, text, m, r0)
    giver, act.giver_rank, pos, holder = _giver_after(lex, text, lex.filler.match(text, start, r0).end(),
                                                      r0, context, act.award)
    act.giver_span = giver[1:] if giver else None
    act.giver = giver[0] if giver else None
    after_verb = lex.award_passive.match(text, pos, r0) if context.voice == "award_subject" else None
    if after_verb:
        pos = after_verb.end()
    right = _right_span(lex, text, pos, r0)
    if lex.recall.search(text, m.end(), right.marker.start() if right.marker else right.counts_end) or (
            _dated_before_reason(lex, art, m.end(), right.counts_end)):
        act.summary = True  # "bằng khen của Thủ tướng đã trao trước đây cho ông X"
    coll, ind, numeral, names, rule = _counts(lex, art, right, context)
    if holder and not numeral and rule in ("", "subject"):
        # "Phó Thủ tướng X dự lễ ... và đón nhận Huân chương ... của Công ty Y": the body named
        # after the award holds it, whoever the subject before the verb is
        coll, ind, names, rule = 1, 0, [holder[0]], "holder"
    act.count_rule = rule
    act.recipients = list(names)
    coll, ind, numeral = _award_counts(lex, text, act, right, (coll, ind, numeral))
    act.collectives, act.individuals, act.numeral = coll, ind, numeral
    if right.reason:
        ra, rb = ph.strip_span(text, right.reason.start(), right.r_end)
        act.reason = text[ra:rb] or None
    end = ph.strip_span(text, act.start, max(right.r_end, m.end()))[1]
    tail = lex.trailing_conjunction.search(text, m.end(), end)
    act.end = ph.strip_span(text, act.start, tail.start())[1] if tail else end
    return right.r_end


def _continued(lex: Lexicon, m: re.Match[str], prev: tuple[_Act, _Context] | None):
    """The award a mention goes on from, when it names none itself: "43 cờ" repeats the flag
    before it, "hạng Ba" the order or medal before it with that class, "40 năm tuổi Đảng" the
    badge before it with those years; None with no such award right before it."""
    p = prev[0] if prev is not None else None
    if p is None:
        return None
    if m.group("flag") and p.klass == "flag" and m.group("count"):
        return p.award, "flag", True, None
    if m.group("clevel") and p.klass in ("order", "medal") and (p.specific or not p.level):
        # "Huân chương Lao động, trong đó 1 hạng Nhì": a class of a bare order parts its count
        level = f"{lex.level_word} {lex.levels[key(m.group('clevel'))]}"
        base = p.award[:-len(p.level)].strip() if p.level else p.award
        return f"{base} {level}", p.klass, True, level
    if m.group("cyears") and p.klass == "badge" and p.specific:
        return f"{lex.badge_word} {int(m.group('cyears'))} {lex.badge_years}", "badge", True, None
    return None


def _named_mention(lex: Lexicon, text: str, m: re.Match[str], clause_a: int, prev: tuple[_Act, _Context] | None):
    """(award, class, specific, level) of a mention and whether it is a class of the bare order
    before it; None when it names no award given (not an award, revoked, a contest's prize)."""
    award_start = m.end("count") if m.group("count") else m.start()
    if lex.not_award.match(text, ph.strip_span(text, award_start, m.end())[0]) or lex.revoke.search(
            text, max(clause_a, m.start() - _REVOKE_REACH), m.start()) or lex.contest_gloss.match(text, m.end()):
        return None
    named = _award_name(lex, m)
    parted = named is None and prev is not None and prev[0].klass in ("order", "medal") and (
        not prev[0].level or prev[0].parted)
    named = named or _continued(lex, m, prev)
    return (named, parted) if named is not None else None


def _mention_act(lex: Lexicon, art: _Article, m: re.Match[str], span: tuple[int, int, int],
                 r0: int, prev: tuple[_Act, _Context] | None, index: int):
    """The act an award mention stands in, with the context it passes on; None when no act."""
    text = art.text
    named = _named_mention(lex, text, m, span[2], prev)
    if named is None:
        return None
    (award, klass, specific, level), parted = named
    verb_m, context, chained = _read_left(lex, art, span, m, klass, prev)
    if context is None or (klass == "title" and not (m.group("dh") or m.group("dhq")) and context.verb not in (
            lex.title_verbs | lex.give_verbs) and context.voice not in ("tally", "award_subject")):
        return None
    # "cùng nhiều bằng khen của Chính phủ": a quantifier right before the award tells a record
    quantified = bool(lex.summary_before.search(text, span[0], m.start()))
    act = _Act(award, klass, specific, level, verb_m.start() if verb_m else m.start(), m.end(), index,
               summary=(context.summary or quantified or _dated_long_ago(lex, art, m)
                        or _foreign_in_history(lex, art, m)),
               chained=chained, parted=parted)
    # "mỗi em một Giấy khen": the "một" is one each, not the number given
    act.leading = parse_number(m.group("count")) if m.group("count") and context.voice != "each" else None
    r_end = _read_right(lex, art, m, r0, context, act)
    act.added = bool(lex.additive.search(text, span[0], max(act.end, m.end())))
    return act, context, r_end


def _sentence_acts(lex: Lexicon, art: _Article, index: int, start: tuple[int, int], s_end: int,
                   split_id: list[int]) -> list[_Act]:
    """The acts of one sentence; ``start`` is (sentence start, start of its first award word)."""
    text = art.text
    s_start, first = start
    mentions = _mentions(lex, text, max(s_start, first - _COUNT_REACH), s_end)
    prev_end = s_start
    prev: tuple[_Act, _Context] | None = None
    acts: list[_Act] = []
    for i, m in enumerate(mentions):
        floor = max(prev_end, s_start)
        semi_left = text.rfind(";", floor, m.start())
        clause_a = _listed_subject_start(lex, text, floor, semi_left + 1 if semi_left >= 0 else floor)
        next_start = mentions[i + 1].start() if i + 1 < len(mentions) else s_end
        semi = text.find(";", m.end(), next_start)
        found = _mention_act(lex, art, m, (s_start, floor, clause_a), semi if semi >= 0 else next_start,
                             prev, index)
        if found is None:
            # "17 học sinh giành huy chương Olympic được ... tặng": a medal won describes the subject
            if not lex.won_before.search(text, max(floor, m.start() - 20), m.start()):
                prev_end = max(prev_end, m.end())
            prev = None
            continue
        act, context, r_end = found
        _lend_passive_subject(text, prev, act, context)
        act.clause = text.count(";", s_start, m.start())
        prev_end = max(prev_end, r_end)
        prev = (act, context)
        acts += _per_giver(lex, text, act, split_id)
    _share_kind(acts)
    _share_parts(acts)
    _share_respectively(acts)
    _share_named(lex, text, acts)
    _drop_honour_lists(acts)
    return acts


def _mentions(lex: Lexicon, text: str, a: int, b: int) -> list[re.Match[str]]:
    """The award mentions of ``text[a:b]``; ``a`` is at most a count before the first award word
    ("một trăm linh năm")."""
    # a bare "cờ" with no count is the cloth ("gắn Huân chương lên cờ truyền thống"), no award
    # a class or years go on a list only after a comma or a conjunction ("Huân chương Vinh quang
    # hạng ba" is the class of the order just named, read with it)
    return [m for m in lex.mention.finditer(text, a, b)
            if not (m.group("flag") and " " not in m.group("flag").strip() and not m.group("count"))
            and not (m.group("cont") and not _after_separator(lex, text, m.start()))]


def _per_giver(lex: Lexicon, text: str, act: _Act, split_id: list[int]) -> list[_Act]:
    """Bodies named together each confer their own award, in their own name ("Công ty được Bộ Xây
    dựng, UBND tỉnh trao tặng Cờ"), counted recipients too ("UBND tỉnh và Bộ Công an tặng Bằng
    khen cho 5 tập thể": each act with the count as stated), unless they only organise the
    ceremony of a counted act ("Tỉnh ủy, HĐND, UBND tỉnh tổ chức lễ trao tặng ...")."""
    giver = (act.giver, *act.giver_span) if act.giver and act.giver_span else None
    organised = giver is not None and act.numeral and lex.organise.search(text, giver[2], act.start + 1)
    givers = [giver] if organised else _split_givers(lex, text, giver)
    if len(givers) > 1:
        split_id[0] += 1
    return [_with_giver(act, g, split_id[0] if len(givers) > 1 else None) for g in givers]


def _listed_subject_start(lex: Lexicon, text: str, floor: int, clause_a: int) -> int:
    """Where the clause at ``clause_a`` starts once the bodies listed before its ";" are read with
    it: "Sở GD&ĐT, Tỉnh đoàn X; Thị ủy, UBND thị xã Y đã trao tặng giấy khen ...": a clause of
    bodies only, with no verb (after an opener such as "Cũng tại buổi lễ"), heads the subject."""
    head = ph.strip_span(text, clause_a, len(text), " ")[0]
    if not lex.organisation.match(text, head) or lex.position.match(text, head):
        return clause_a  # the clause of the verb opens with a body too
    while clause_a > floor and text[clause_a - 1] == ";":
        before = text.rfind(";", floor, clause_a - 1)
        a = before + 1 if before >= 0 else floor
        if lex.verb_any.search(text, a, clause_a - 1):
            break
        parts = [(m.start(), m.group().strip()) for m in re.finditer(r"[^,]+", text[a:clause_a - 1])]
        if len(parts) > 1 and not any(w[:1].isupper() for w in parts[0][1].split()[1:]):
            parts = parts[1:]  # "Cũng tại buổi lễ, Sở GD&ĐT, ...": an opener before the bodies
        if not parts or not all(p and lex.organisation.match(p) and not lex.position.match(p) for _, p in parts):
            break
        clause_a = a + parts[0][0] + len(text[a + parts[0][0]:]) - len(text[a + parts[0][0]:].lstrip())
    return clause_a


def _lend_passive_subject(text: str, prev: tuple[_Act, _Context] | None, act: _Act, context: _Context) -> None:
    """"Nông dân A được Chủ tịch nước tặng Huân chương ..., Thủ tướng tặng Bằng khen": a giver and
    its verb listed after a comma right after a passive act give to that act's recipients."""
    if prev is None or prev[1].voice != "passive" or context.voice != "active" or context.giver is None:
        return
    p = prev[0]
    if act.collectives or act.individuals or act.leading or not (p.collectives or p.individuals):
        return
    if text[p.end:context.giver[1]].strip() == ",":
        act.collectives, act.individuals, act.recipients = p.collectives, p.individuals, list(p.recipients)


def _after_separator(lex: Lexicon, text: str, pos: int) -> bool:
    """Whether a comma, a semicolon or a conjunction comes right before ``pos``."""
    before = text[max(0, pos - 12):pos].rstrip()
    # "Huân chương Lao động (1 hạng Nhì, ...", "..., trong đó 1 hạng Nhì": a breakdown opens a list
    return before.endswith((",", ";", "(", ":")) or bool(lex.trailing_conjunction.search(before + " ")) or bool(
        lex.breakdown.search(before + " ", max(0, len(before) - 9)))


def _share_named(lex: Lexicon, text: str, acts: list[_Act]) -> None:
    """"tặng Bằng khen và Giấy khen cho ông Nguyễn Văn A": awards joined by a conjunction or a
    comma, the first with no recipient of its own, go to the recipients named after the last."""
    for act, nxt in zip(reversed(acts[:-1]), reversed(acts[1:]), strict=True):
        if not (nxt.chained and nxt.recipients and not nxt.numeral) or (
                act.collectives or act.individuals or act.leading or act.recipients):
            continue
        gap = text[act.end:nxt.start].strip(" ,")
        if gap and not lex.conjunction.fullmatch(gap):
            continue
        act.collectives, act.individuals = nxt.collectives, nxt.individuals
        act.recipients = list(nxt.recipients)


def _share_respectively(acts: list[_Act]) -> None:
    """"Huy hiệu 50 năm, 45 năm và 30 năm tuổi Đảng cho các ông A, B và C": Party badges of
    different years listed for as many persons named after the last go one to each, in order (a
    person has one Party age); other awards listed so go to every one named (``_share_named``)."""
    for i, last in enumerate(acts):
        if last.klass != "badge" or not last.chained or not (last.numeral or last.recipients):
            continue
        j = i
        while j > 0 and acts[j].chained and acts[j - 1].klass == "badge" and not (
                acts[j - 1].collectives or acts[j - 1].individuals or acts[j - 1].leading or acts[j - 1].recipients):
            j -= 1
        group = acts[j:i + 1]
        if len(group) < 2 or len({a.award for a in group}) != len(group):
            continue
        if last.numeral:
            # "Huy hiệu 70, 60 năm tuổi Đảng cho bốn đảng viên": the count is of the whole list, it
            # tells no badge's own
            last.collectives = last.individuals = 0
        elif len(group) == len(last.recipients):
            for act, name in zip(group, list(last.recipients), strict=True):
                act.collectives, act.individuals, act.recipients = 0, 1, [name]


def _drop_honour_lists(acts: list[_Act]) -> None:
    """"Thái Nguyên đã được tặng danh hiệu Anh hùng ..., Huân chương Sao vàng, Huân chương Hồ Chí
    Minh, ...": three or more awards of one verb, none with a recipient counted or named, list
    the honours a body or a person holds (a record, a biography), not an act."""
    group: list[_Act] = []
    for act in [*acts, None]:
        if act is not None and act.chained and group:
            group.append(act)
            continue
        # a holder named as the subject ("Thái Nguyên đã được tặng ...") keeps it a record
        if len(group) >= 3 and not any(a.numeral or a.count_rule in _OWN_COUNTS for a in group):
            for a in group:
                a.summary = True
        group = [act] if act is not None else []


def _acts(lex: Lexicon, art: _Article) -> Iterator[_Act]:
    split_id = [0]
    records = False  # the sentence before told only records
    for index, (s_start, s_end) in enumerate(art.sentences):
        head = lex.head.search(art.text, s_start, s_end)
        acts = _sentence_acts(lex, art, index, (s_start, head.start()), s_end, split_id) if head else []
        # "... Huân chương Sao vàng, cùng nhiều phần thưởng cao quý khác… 83 tập thể, 17 cá nhân được
        # phong tặng ...": a tally run on after an ellipsis goes on the record before it
        if records and _tally_after_ellipsis(lex, art.text, s_start):
            for act in acts:
                act.summary = True
        records = bool(acts) and all(a.summary for a in acts)
        yield from acts


def _tally_after_ellipsis(lex: Lexicon, text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` opens with a count right after an ellipsis."""
    return text[:pos].rstrip().endswith(("…", "...")) and bool(lex.counted.match(text, pos))


def _share_kind(acts: list[_Act]) -> None:
    """"trao 11 Huân chương A, 74 Huân chương B, 3 Huân chương C tặng các đồng chí ...": the
    recipients named after the last award of a list say what the earlier counts count."""
    carry = ""
    for act in reversed(acts):
        if act.kind:
            carry = act.kind
        elif act.leading and carry and not (act.collectives or act.individuals):
            if carry == "collective":
                act.collectives = act.leading
            else:
                act.individuals = act.leading
            act.numeral = True
        if not act.chained:
            carry = ""


def _share_parts(acts: list[_Act]) -> None:
    """"5 cá nhân được tặng Huân chương Lao động, trong đó 1 hạng Nhì, 4 hạng Ba", "5 Huân chương
    Lao động (1 hạng Nhì, 4 hạng Ba) cho 5 cá nhân": the classes listed after a bare order count,
    each its own number, the kind of recipients the whole list is given to."""
    groups: list[tuple[_Act, list[_Act]]] = []
    for act in acts:
        if act.parted and groups and groups[-1][1] is not None:
            groups[-1][1].append(act)
        elif act.klass in ("order", "medal") and not act.level:
            groups.append((act, []))
        else:
            groups.append((act, None))
    for base, parts in groups:
        if not parts or not all(p.leading for p in parts):
            continue
        kind = _parts_kind(base, parts[-1])
        if not kind:
            continue
        for part in parts:
            part.collectives, part.individuals = (part.leading, 0) if kind == "collective" else (0, part.leading)
            part.numeral = True
            if not part.giver:
                part.giver, part.giver_span, part.giver_rank = base.giver, base.giver_span, base.giver_rank


def _parts_kind(base: _Act, last: _Act) -> str:
    """The kind a list of classes counts: the bare order's recipients, else those read after the
    last class of the list (the recipients of the whole list)."""
    for act in (base, last):
        if bool(act.collectives) != bool(act.individuals):
            return "collective" if act.collectives else "individual"
        if act.kind in ("collective", "individual"):
            return act.kind
    return ""


def _split_givers(lex: Lexicon, text: str, giver: tuple[str, int, int] | None):
    """``"Bộ Xây dựng, UBND tỉnh"`` is two givers; ``"Bộ Lao động, Thương binh và Xã hội"`` is one.

    Every part must open with an organisation, not a post; commas inside brackets do not split.
    """
    if giver is None:
        return [None]
    _, a, b = giver
    masked = re.sub(r"\([^()]*\)", lambda m: "_" * len(m.group()), text[a:b])
    parts = []
    pos = a
    for sep in [*re.finditer(rf"[,;]\s*|\s+{lex.conjunction.pattern}\s+", masked), None]:
        end = a + sep.start() if sep else b
        parts.append((pos, end))
        pos = a + sep.end() if sep else b
    merged: list[tuple[int, int]] = []
    for pa, pb in parts:
        if merged and ph.place_part(lex, text, pa, pb):  # "UBND huyện X, tỉnh Y": where the body is
            merged[-1] = (merged[-1][0], pb)
        else:
            merged.append((pa, pb))
    if len(merged) < 2:
        return [giver]
    parts = merged
    for pa, pb in parts:
        # persons who hand one award over together ("Bí thư Thành ủy X và Chủ tịch UBND TP Y
        # trao ...") give one act; bodies each give their own
        if not lex.organisation.match(text, pa, pb) or lex.position.match(text, pa, pb):
            return [giver]
        # a part that counts something ("Trường đạt 2 giải nhì") is a clause, no body; a unit's
        # number is written before a capital or at the end ("Quân khu 7")
        if any(n.group(1).islower() for n in _NUMBER_THEN_WORD.finditer(text, pa, pb)):
            return [giver]
    return [(" ".join(text[pa:pb].split()), pa, pb) for pa, pb in parts]


def _with_giver(act: _Act, giver: tuple[str, int, int] | None, group: int | None) -> _Act:
    new = _Act(**{**act.__dict__, "givers": [], "recipients": list(act.recipients)})
    new.split_group = group
    if giver is not None:
        new.giver, new.giver_span = giver[0], (giver[1], giver[2])
        new.givers = [giver[0]]
    return new


def _position_org(lex: Lexicon, giver: str) -> tuple[str | None, str]:
    g = key(giver)
    for position in sorted(lex.position_heads, key=len, reverse=True):
        if g == position or g.startswith(position + " "):
            return position, g[len(position):].strip()
    return None, g


def _post_of_person(lex: Lexicon, giver: str) -> str:
    """"Thủ tướng Nguyễn Xuân Phúc" -> "Thủ tướng": a post that heads one kind of body only, with
    its holder named after it, is compared as the post alone."""
    position, _ = _position_org(lex, giver)
    if position is None or len(lex.position_heads[position]) != 1:
        return giver
    n = len(position.split())
    words = giver.split()
    return " ".join(words[:n]) if len(words) >= n + 2 and words[n] in lex.surnames else giver


def _givers_compatible(lex: Lexicon, a: Iterable[str], b: Iterable[str]) -> bool:
    a, b = [_post_of_person(lex, x) for x in a], [_post_of_person(lex, x) for x in b]
    if not a or not b or any(lex.vague_giver.match(x) for x in (*a, *b)):
        return True
    for x in a:
        for y in b:
            kx, ky = key(x), key(y)
            if kx in ky or ky in kx or difflib.SequenceMatcher(None, kx, ky).ratio() >= 0.85:
                return True
            for (pos1, org1), (_, org2) in ((_position_org(lex, x), _position_org(lex, y)),
                                            (_position_org(lex, y), _position_org(lex, x))):
                if pos1 and not org1 and org2:
                    heads = [key(h) for h in lex.position_heads[pos1]]
                    if any(org2 == h or org2.startswith(h + " ") for h in heads):
                        return True
    return False


def _compatible(lex: Lexicon, g: _Act, a: _Act) -> bool:
    if key(g.award) != key(a.award):
        return False
    if g.split_group is not None and g.split_group == a.split_group:
        return False
    if _names_within(g, a) and _givers_compatible(lex, g.givers, a.givers):
        return True  # a caption naming one of the persons the body names: the same act
    if _one_of_group(lex, g, a) or _one_of_group(lex, a, g):
        return True
    for x, y in ((g.collectives, a.collectives), (g.individuals, a.individuals)):
        if x and y and x != y:
            return False
    # the same numbers tell one act twice in a caption and a body, not in two clauses (";") of
    # one sentence ("Tổng Liên đoàn trao 3 Bằng khen ...; Thông tấn xã trao 3 Bằng khen ...")
    same_numbers = (g.numeral and a.numeral and (g.sentence != a.sentence or g.clause == a.clause)
                    and (g.collectives, g.individuals) == (a.collectives, a.individuals))
    return same_numbers or _shared_recipient(g, a) or _givers_compatible(lex, g.givers, a.givers)


def _one_of_group(lex: Lexicon, one: _Act, group: _Act) -> bool:
    """Whether ``one``, a caption naming one recipient ("Chủ tịch Tổng Liên đoàn trao Kỷ niệm
    chương cho ông A" under a photo), shows one of the recipients ``group`` counts, of the same
    kind, by the same giver ("Tổng Liên đoàn trao 5 Kỷ niệm chương tặng lãnh đạo Báo X")."""
    if not one.caption or one.numeral or len(one.recipients) != 1 or not group.numeral:
        return False
    same_kind = ((one.individuals, one.collectives) == (1, 0) and group.individuals > 1) or (
        (one.collectives, one.individuals) == (1, 0) and group.collectives > 1)
    return same_kind and bool(one.giver and group.giver) and _givers_compatible(lex, one.givers, group.givers)


def _names_within(g: _Act, a: _Act) -> bool:
    """Whether every recipient of one act, named, not counted, is named by the other too ("Huy hiệu
    ... cho ông A" under a photo, "Huy hiệu ... cho ông A và ông B" in the body)."""
    if g.numeral or a.numeral or not (g.recipients and a.recipients):
        return False
    small, big = sorted((g, a), key=lambda x: len(x.recipients))
    return all(_shared_recipient(_Act("", "", False, None, 0, 0, 0, recipients=[x]), big) for x in small.recipients)


def _shared_recipient(g: _Act, a: _Act) -> bool:
    """Whether two acts name one recipient ("Nguyễn Thị Lan Anh" and, in a caption, "Lan Anh")."""
    return any(x.startswith(y) or y.startswith(x) or x.endswith(" " + y) or y.endswith(" " + x)
               for x in g.recipients for y in a.recipients)


def _takes_giver(lex: Lexicon, g: _Act, act: _Act) -> bool:
    """Whether the act told again names a better giver than the one kept: a giver where there was
    none, one of a higher rank, a longer form of it, a named one for a vague one."""
    return bool(act.giver) and (g.giver is None or act.giver_rank > g.giver_rank or (
        act.giver_rank == g.giver_rank and key(g.giver) in key(act.giver) and len(act.giver) > len(g.giver)) or (
        bool(lex.vague_giver.match(g.giver)) and not lex.vague_giver.match(act.giver)))


def _absorb(lex: Lexicon, g: _Act, act: _Act) -> None:
    """Merge ``act``, the same act told again, into ``g``."""
    # the body's act that counts the group names the giver as the article does; a caption
    # names who hands one of its awards over
    if _takes_giver(lex, g, act) or (_one_of_group(lex, g, act) and act.giver_rank >= g.giver_rank):
        g.giver, g.giver_span, g.giver_rank = act.giver, act.giver_span, act.giver_rank
    if (act.collectives + act.individuals) > (g.collectives + g.individuals):
        g.start, g.end = act.start, act.end
    if (g.recipients and act.recipients and not (g.numeral or act.numeral or g.collectives or act.collectives)
            and not _shared_recipient(g, act)):
        # "Huy hiệu 50 năm tuổi Đảng cho ông A" and, later, "... cho ông B": one act for both
        # persons (bodies are written in more ways than one and are not added up)
        g.individuals += act.individuals
    g.collectives = max(g.collectives, act.collectives)
    g.individuals = max(g.individuals, act.individuals)
    g.numeral = g.numeral or act.numeral
    g.givers += [x for x in act.givers if x not in g.givers]
    g.recipients += [x for x in act.recipients if x not in g.recipients]
    g.reason = g.reason or act.reason


def _merge(lex: Lexicon, acts: list[_Act]) -> list[_Act]:
    merged: list[_Act] = []
    for act in acts:
        g = next((g for g in merged if _compatible(lex, g, act)), None)
        more = None if g else next((g for g in merged if _adds_to(lex, g, act)), None)
        if more is not None:
            # "trao Huy hiệu ... cho ông A. ... cũng trao Huy hiệu ... cho hai lão thành B và C":
            # the same award given to more recipients, in a sentence of its own
            more.collectives += act.collectives
            more.individuals += act.individuals
            more.recipients += [x for x in act.recipients if x not in more.recipients]
            if _takes_giver(lex, more, act):
                more.giver, more.giver_span, more.giver_rank = act.giver, act.giver_span, act.giver_rank
        elif g is None:
            merged.append(act)
        else:
            _absorb(lex, g, act)
    return merged


def _adds_to(lex: Lexicon, g: _Act, act: _Act) -> bool:
    """Whether ``act``, told in a later sentence with an additive word, gives the award of ``g``
    to recipients of its own: the same award, compatible givers, counts or names of its own, no
    recipient shared."""
    return (act.added and act.sentence != g.sentence and key(g.award) == key(act.award)
            and bool(act.collectives or act.individuals) and bool(g.collectives or g.individuals)
            and not _shared_recipient(g, act) and _givers_compatible(lex, g.givers, act.givers))


def _official_for(text: str, act: _Act, officials: Iterable[Official]) -> tuple[str | None, str | None]:
    """(giver_official, giver without the official's name) for an act."""
    if act.giver is None:
        return None, None
    giver = act.giver
    if act.giver_span:
        a, b = act.giver_span
        for official in officials:
            spans = [(official.start, official.end), *((x.start, x.end) for x in official.mentions)]
            for s, e in spans:
                if a <= s and e <= b:
                    rest = (text[a:s] + " " + text[e:b]).strip(" ,-–")
                    return official.name, " ".join(rest.split()) or giver
    g = key(giver)
    for official in officials:
        for t in official.titles:
            forms = {key(t.title)}
            if t.organisation:
                forms.add(key(f"{t.position} {t.organisation}"))
            if t.resolved_organisation:
                forms.add(key(f"{t.position} {t.resolved_organisation}"))
            if g in forms:
                return official.name, giver
    return None, giver


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _article(lex: Lexicon, text: str, officials: tuple[Official, ...]) -> _Article:
    persons = {}
    for official in officials:
        for mention in (official, *official.mentions):
            persons[mention.start] = (mention.end, official.name)
    # a target ("phấn đấu đến năm 2020") is no year of the article's events
    targets = {m.start("year") for m in lex.target_year.finditer(text)}
    years = Counter(int(m.group()) for m in _YEAR.finditer(text) if m.start() not in targets)
    return _Article(text, years, persons, list(_sentences(text)))


def _mark_captions(lex: Lexicon, art: _Article, acts: list[_Act]) -> None:
    """Mark the acts told in a photo's caption: the next sentence is the photo credit ("... cho
    ông A. Ảnh: Phương Hoa/TTXVN")."""
    spans = art.sentences
    for act in acts:
        if act.sentence + 1 < len(spans):
            act.caption = bool(lex.photo_credit.match(art.text, spans[act.sentence + 1][0]))


def _lend_authority(acts: list[_Act]) -> None:
    """"Lễ trao tặng Huân chương của Chủ tịch nước ...; Chủ tịch Quốc hội trao Huân chương Lao
    động hạng Nhất ...": the authority stated for a class of awards (a bare "Huân chương", "Huy
    hiệu Đảng") is the giver of the specific awards of that class whose giver only hands them over."""
    lent = {}
    for act in acts:
        if not act.specific and act.giver_rank == AUTHORITY and act.giver:
            lent.setdefault(act.klass, (act.giver, act.giver_span))
    for act in acts:
        if act.specific and act.klass in lent and act.giver_rank < AUTHORITY:
            act.giver, act.giver_span = lent[act.klass]
            act.givers = [act.giver]
            act.giver_rank = AUTHORITY


def _without_classless_repeats(acts: list[_Act]) -> list[_Act]:
    """"Huân chương Lao động hạng Nhì cho Đại sứ quán ...; lễ đón nhận Huân chương Lao động": an
    order or medal named without its class, when the article names the same one with a class,
    tells that act again; another order without a class stays."""
    classed = {key(a.award).rsplit(" " + key(a.level), 1)[0] for a in acts if a.level}
    return [a for a in acts if a.level or a.klass not in ("order", "medal") or key(a.award) not in classed]


def _resolve_giver(lex: Lexicon, text: str, giver: str | None, officials: tuple[Official, ...]) -> str | None:
    """The giver made explicit from the article's officials: "Chủ tịch UBND tỉnh" → "Chủ tịch
    UBND tỉnh Thái Nguyên" (a title some official holds, or an organisation some title resolves),
    "Bộ trưởng" → "Bộ trưởng Bộ Y tế" (the only organisation of that post named in the text)."""
    if not giver:
        return None
    g = key(giver)
    orgs: dict[str, str] = {}
    for official in officials:
        for t in official.titles:
            if t.organisation and t.resolved_organisation:
                orgs.setdefault(key(t.organisation), t.resolved_organisation)
    position, org = _position_org(lex, giver)
    if org and org in orgs:
        return f"{giver[:len(giver) - len(org)].strip()} {orgs[org]}".strip()
    if g in orgs:
        return orgs[g]
    if position and not org:
        # the body the article names most often, when it is named more often than any other
        ranked = ph.organisations_of(lex, text, lex.position_heads.get(position, ())).most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return f"{giver} {ranked[0][0]}"
    return None


_LIST_OPEN = re.compile(r"[^\n.;]{0,40}:[ \t]*\n")  # "cho các tập thể, cá nhân sau:" and a line break
_BULLET = re.compile(r"[ \t]*(?:[-+•–*]|\d{1,3}[.)/]|[a-zđ][.)])[ \t]*")


def _counts_from_list(lex: Lexicon, text: str, act: _Act) -> None:
    """"tặng Bằng khen cho các tập thể, cá nhân sau:" and one recipient a line ("1. Công an huyện
    Ba Bể;", "- Đồng chí Lê Văn Hùng"): each listed body is a collective, each person an individual."""
    if act.collectives or act.individuals or act.recipients:
        return
    opened = _LIST_OPEN.match(text, act.end)
    pos = opened.end() if opened else -1
    while opened:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        bullet = _BULLET.match(text, pos, line_end)
        if not bullet:
            break
        kind = _listed_kind(lex, text, bullet.end(), line_end)
        if kind == "collective":
            act.collectives += 1
        elif kind == "individual":
            act.individuals += 1
        pos = line_end + 1


def _listed_kind(lex: Lexicon, text: str, a: int, b: int) -> str:
    """"individual" or "collective" for a recipient written at ``a``; "" when neither shows."""
    if lex.person_cue.match(text, a, b):
        return "individual"
    bare = ph.name_after(text, a, b)
    if bare and len(bare[0].split()) >= 2 and bare[0].split()[0] in lex.surnames and not (
            lex.organisation.match(text, a, b) or lex.position.match(text, a, b)):
        return "individual"
    return "collective" if lex.organisation.match(text, a, b) else ""


def _counts_by_anaphor(lex: Lexicon, art: _Article, act: _Act) -> None:
    """"biểu dương 20 tập thể, 30 cá nhân và trao Bằng khen cho họ": recipients that point back
    count what was counted before the act in its sentence, else in the sentence before."""
    text = art.text
    if act.collectives or act.individuals or act.recipients or not lex.anaphor.search(text, act.start, act.end):
        return
    spans = [(a, b) for a, b in art.sentences if a <= act.start]
    for a, b in ((spans[-1][0], act.start), spans[-2] if len(spans) > 1 else (0, 0)):
        coll, ind, numeral = ph.counts(lex, text, a, b)
        if numeral:
            act.collectives, act.individuals = coll, ind
            return


def _counts_from_commendation(lex: Lexicon, art: _Article, acts: list[_Act]) -> None:
    """"Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể, cá nhân" and, elsewhere, "Dịp này, 08
    tập thể và 12 cá nhân được khen thưởng": the one count of a commendation the article states
    without an award's name counts the one act whose recipients are a plural of those kinds."""
    text = art.text
    open_acts = [a for a in acts if not (a.collectives or a.individuals or a.recipients)
                 and lex.plural.search(text, a.start, a.end)]
    stated = set()
    for a, b in art.sentences:
        if lex.commend.search(text, a, b) and not lex.head.search(text, a, b):
            coll, ind, numeral = ph.counts(lex, text, a, b)
            if numeral:
                stated.add((coll, ind))
    if len(open_acts) != 1 or len(stated) != 1:
        return
    act, (coll, ind) = open_acts[0], stated.pop()
    kinds = {"collective" if key(n.group("noun")) in lex.collective_nouns else "individual"
             for n in lex.noun.finditer(text, act.start, act.end)}
    act.collectives = coll if "collective" in kinds else 0
    act.individuals = ind if "individual" in kinds else 0


def _without_presenter_captions(lex: Lexicon, acts: list[_Act], officials: tuple[Official, ...]) -> list[_Act]:
    """"Đồng chí Phạm Duy Hưng trao Bằng khen cho các tập thể" under a photo, beside "UBND tỉnh
    đã trao Bằng khen cho 08 tập thể và 12 cá nhân": an act with no recipient counted or named,
    given by a person written by name only, tells again an act of the same award that counts."""
    names = {key(o.name) for o in officials}
    counted = {key(a.award) for a in acts if a.collectives or a.individuals}

    def by_name(giver: str | None) -> bool:
        words = (giver or "").split()
        return bool(words) and (key(giver) in names or (len(words) >= 2 and words[0] in lex.surnames
                                                        and not lex.position.match(giver)))

    return [a for a in acts if not (key(a.award) in counted and not (a.collectives or a.individuals or a.recipients)
                                    and by_name(a.giver))]


def find_awards(text: str, officials: Iterable[Official] = ()) -> list[Award]:
    """Acts of conferring awards in a normalised text.

    Parameters
    ----------
    text : str
        Normalised text (:func:`vngovnlp.normalize.normalize`).
    officials : iterable of Official
        Officials found in the same text; used to name the person behind a giver
        (``giver_official``).

    Returns
    -------
    list of Award
        In text order; ``text[a.start:a.end] == a.text``.

    Examples
    --------
    >>> [a] = find_awards("UBND tỉnh đã trao Bằng khen cho 08 tập thể và 12 cá nhân.")
    >>> a.award, a.giver, a.collectives, a.individuals
    ('Bằng khen', 'UBND tỉnh', 8, 12)
    >>> [(a.award, a.individuals) for a in find_awards(
    ...     "Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho 3 cá nhân, "
    ...     "Huân chương Độc lập hạng Ba cho hai mươi cá nhân.")]
    [('Huân chương Lao động hạng Nhất', 3), ('Huân chương Độc lập hạng Ba', 20)]
    """
    if not isinstance(text, str) or not text.strip():
        return []
    lex = lexicon()
    # acts are read only in sentences holding an award's head; sentences are slices of ``text``
    # and the head needs no word end, so a head in a sentence is a head in ``text``
    if not lex.head.search(text):
        return []
    officials = tuple(officials or ())
    art = _article(lex, text, officials)
    acts = [a for a in _acts(lex, art) if not a.summary]
    _mark_captions(lex, art, acts)
    _lend_authority(acts)
    specific = {a.klass for a in acts if a.specific}
    acts = [a for a in acts if a.specific or a.klass not in specific]
    acts = _without_classless_repeats(acts)
    out = []
    acts = _without_presenter_captions(lex, _merge(lex, acts), officials)
    _counts_from_commendation(lex, art, acts)
    for act in acts:
        _counts_from_list(lex, text, act)
        _counts_by_anaphor(lex, art, act)
        if not (act.giver or act.collectives or act.individuals or act.recipients):
            continue  # "đăng ảnh con nhận Bằng khen, Giấy khen": no giver, no recipient, no act told
        who, giver = _official_for(text, act, officials)
        out.append(Award(
            award=act.award, text=text[act.start:act.end], start=act.start, end=act.end,
            level=act.level, giver=giver, giver_official=who,
            giver_resolved=_resolve_giver(lex, text, giver, officials), collectives=act.collectives,
            individuals=act.individuals, recipients=tuple(act.recipients), reason=act.reason,
        ))
    return sorted(out, key=lambda a: a.start)
