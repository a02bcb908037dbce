"""Search that speaks government: a query's abbreviations and synonyms, from
the editors' list (`articles.models.Abbreviation`), become alternatives.

"RES" is searched as "RES" OR "Regionale Energiestrategie" OR "Regionale
Energiestrategieën", and each of those as "RES" and the rest: the query is
widened before the backend sees it, so PostgreSQL and Elasticsearch/OpenSearch
alike find both forms with the index as it is. A query naming no known form
stays exactly as typed, so its ranking does not change.
"""

from articles import content_cache
from articles.models import Abbreviation

from .words import WORD, SearchWords, fold

#: The most words a form may have (the longest expansion on the list is
#: shorter): bounds the matching work per query word.
MAX_FORM_WORDS = 10


def _words(form):
    return tuple(fold(word) for word in WORD.findall(form))


def _forms_by_words():
    """{folded words of a form: the entry's forms}, for the live entries
    (cached per content version with the list itself: folding every form
    of every entry was a tenth of a repeated search's time)."""
    return content_cache.cached("abbreviation-forms", _fold_forms)


def _fold_forms():
    forms = {}
    for known in Abbreviation.objects.live_terms():
        for form in known.forms:
            words = _words(form)
            if words and len(words) <= MAX_FORM_WORDS:
                forms.setdefault(words, known.forms)
    return forms


def expand(terms):
    """`terms` (the query's words) as SearchWords: wherever consecutive words
    spell a form on the list (the longest first), they become one group with
    every form of that entry, the typed one first."""
    terms = tuple(terms)
    forms = _forms_by_words()
    if not forms:
        return SearchWords.plain(terms)
    folded = tuple(fold(term) for term in terms)
    longest = max(len(words) for words in forms)
    groups, position = [], 0
    while position < len(terms):
        for length in range(min(longest, len(terms) - position), 0, -1):
            spelled = folded[position : position + length]
            entry = forms.get(spelled)
            if entry:
                others = [form for form in entry if _words(form) != spelled]
                groups.append((" ".join(terms[position : position + length]), *others))
                position += length
                break
        else:
            groups.append((terms[position],))
            position += 1
    return SearchWords(terms, tuple(groups))


def suggestions(terms):
    """The live entries whose forms the typed words spell, and those whose
    forms they start (each typed word the start of the next word of a form),
    as two lists of (term, expansion): "RES" spells ("RES", "Regionale
    Energiestrategie"), "regionale ener" starts it."""
    typed = tuple(fold(term) for term in terms)
    whole, started = [], []
    for known in Abbreviation.objects.live_terms():
        spelled = [_words(form) for form in known.forms]
        if typed in spelled:
            whole.append(known)
        elif any(
            len(typed) <= len(words) and all(word.startswith(part) for word, part in zip(words, typed, strict=False))
            for words in spelled
        ):
            started.append(known)
    return [(known.term, known.expansion) for known in whole], [(known.term, known.expansion) for known in started]
