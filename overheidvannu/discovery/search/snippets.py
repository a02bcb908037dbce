"""The few lines under a result: whole sentences of its own text with the
query's words marked.

A word is marked when it is a word of the query after Dutch stemming
(`words.stem`, as PostgreSQL matched it): whole words only, so "in" never
marks "invloed", and never a stop word such as "de". A form of several words
("Regionale Energiestrategie", found for "RES") is marked where its words
stand together.

The highlighter puts markers (MARK_START/MARK_STOP) around matched words;
they are swapped for <mark> only after the text has been HTML-escaped, so no
stored text can inject markup.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.fields import StreamValue
from wagtail.rich_text import get_text_for_indexing

from ..text import MARK_START, MARK_STOP
from .words import WORD, SearchWords, is_stop_word, stem

SNIPPET_CHARS = 240  # about two lines of a result
#: A content item's snippet quotes its intro and body, never linked names or tags.
CONTENT_TEXT_FIELDS = ("body",)
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
WORD_OR_NOT = re.compile(r"(\w+)")


def text_blocks(value):
    """The readable text of a rich text or StreamField value, one string per
    block (so a heading never runs into the next paragraph)."""
    if isinstance(value, StreamValue):
        texts = []
        for block in value:
            texts.extend(str(text) for text in block.block.get_searchable_content(block.value))
        return [text for text in texts if text.strip()]
    text = get_text_for_indexing(str(value or "")).strip()
    return [text] if text else []


def own_texts(obj, fields):
    return tuple(text for name in fields for text in text_blocks(getattr(obj, name)))


def _as_words(words):
    return words if isinstance(words, SearchWords) else SearchWords.plain([term for term in words if term])


def _patterns(words):
    """Each form as a tuple of stems, longest first; a lone stop word is no pattern."""
    patterns = set()
    for phrase in words.phrases():
        parts = WORD.findall(phrase)
        if len(parts) == 1 and is_stop_word(parts[0]):
            continue
        if parts:
            patterns.add(tuple(stem(part) for part in parts))
    return sorted(patterns, key=len, reverse=True)


def _marked_spans(word_stems, patterns):
    """(first, last) word positions of each marked run, left to right."""
    spans, position = [], 0
    while position < len(word_stems):
        for pattern in patterns:
            if tuple(word_stems[position : position + len(pattern)]) == pattern:
                spans.append((position, position + len(pattern) - 1))
                position += len(pattern)
                break
        else:
            position += 1
    return spans


def _marked_to_html(text):
    """Escape `text` and turn balanced marker pairs into <mark> elements."""
    html, open_mark = [], False
    for part in re.split(f"([{MARK_START}{MARK_STOP}])", text):
        if part == MARK_START:
            if not open_mark:
                html.append("<mark>")
                open_mark = True
        elif part == MARK_STOP:
            if open_mark:
                html.append("</mark>")
                open_mark = False
        else:
            html.append(escape(part))
    if open_mark:
        html.append("</mark>")
    return mark_safe("".join(html))  # noqa: S308 - every text part is escaped above


def highlight_text(text, words, max_chars=SNIPPET_CHARS):
    """Marks the query's words in `text` (SearchWords, or a list of words),
    and cuts the text around the first match, at word boundaries. Returns
    escaped, safe HTML."""
    patterns = _patterns(_as_words(words))
    tokens = WORD_OR_NOT.split(text)  # words at odd positions
    word_stems = [stem(token) for token in tokens[1::2]]
    starts, ends = set(), set()
    for first, last in _marked_spans(word_stems, patterns) if patterns else []:
        starts.add(2 * first + 1)
        ends.add(2 * last + 1)
    marked, first_match = [], None
    for position, token in enumerate(tokens):
        if position in starts:
            if first_match is None:
                first_match = sum(len(part) for part in marked)
            token = MARK_START + token
        if position in ends:
            token += MARK_STOP
        marked.append(token)
    marked_text = "".join(marked)
    if len(marked_text) > max_chars:
        start = max(0, (first_match or 0) - 60)
        if start:
            start = marked_text.find(" ", start) + 1 or start
        end = start + max_chars
        if end < len(marked_text):
            end = marked_text.rfind(" ", start, end) if " " in marked_text[start:end] else end
            while end < len(marked_text) and marked_text[end - 1] == MARK_START:
                end += 1
        marked_text = ("… " if start else "") + marked_text[start:end].strip() + (" …" if end < len(text) else "")
    return _marked_to_html(marked_text)


def readable_snippet(intro, texts, words, max_chars=SNIPPET_CHARS):
    """About two lines of whole sentences from the intro and text blocks: the
    sentence holding the most of the query's words (the first of equals), and
    the next one while it fits; matched words marked. When no sentence holds
    a word (the match lies in linked names, tags or other fields), the intro
    as it is. Returns escaped, safe HTML."""
    words = _as_words(words)
    patterns = _patterns(words)
    sentences = [part for text in (intro or "", *texts) for part in SENTENCE_END.split(text.strip()) if part]
    best, best_count = None, 0
    for n, sentence in enumerate(sentences):
        word_stems = [stem(word) for word in WORD.findall(sentence)]
        # How many different words (or forms) of the query the sentence holds.
        count = len({tuple(word_stems[first : last + 1]) for first, last in _marked_spans(word_stems, patterns)})
        if count > best_count:
            best, best_count = n, count
    if best is None:
        return highlight_text(intro or "", [], max_chars)
    text = sentences[best]
    if best + 1 < len(sentences) and len(text) + 1 + len(sentences[best + 1]) <= max_chars:
        text += " " + sentences[best + 1]
    return highlight_text(text, words, max_chars)


def content_snippet(page, words):
    return readable_snippet(page.intro, own_texts(page, CONTENT_TEXT_FIELDS), words)


def hit_snippet(hit, words):
    return readable_snippet(hit.intro, hit.texts, words)
