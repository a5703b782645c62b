import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { synonymExpansionOf } from './synonyms.js';

/**
 * Chinese word segmentation (分词) for the knowledge base's full-text search. PostgreSQL's parser
 * cannot split Chinese into words, so entries and queries are cut by jieba here into words
 * separated by spaces, which `to_tsvector('simple', …)` then indexes as they are. Search mode
 * (`cutForSearch`) also yields the shorter words inside long ones ("用人单位" → 用人, 单位,
 * 用人单位), so a query for either finds the entry.
 */
let jieba: Jieba | null = null;

function segmenter(): Jieba {
  // Loading the dictionary takes about 100 ms: once per process, on first use.
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Loads the dictionary now, so that the first search does not pay for it. */
export function warmUpSegmentation(): void {
  segmenter();
}

/** Words that carry no meaning for search; a query made only of them finds nothing. */
const STOP_WORDS = new Set([
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '嘛',
  '是',
  '在',
  '和',
  '与',
  '及',
  '或',
  '对',
  '给',
  '到',
  '就',
  '都',
  '也',
  '还',
  '又',
  '被',
  '把',
  '让',
  '我',
  '你',
  '他',
  '她',
  '它',
  '我们',
  '你们',
  '他们',
  '这',
  '那',
  '这个',
  '那个',
  '一个',
  '怎么',
  '怎么办',
  '怎样',
  '如何',
  '什么',
  '哪些',
  '为什么',
  '可以',
  '能',
  '能否',
  '能不能',
  '会',
  '要',
  '应该',
  '请问',
  '想',
  '问',
  '问问',
  '一下',
  '有',
  '没',
  '没有',
  '吗',
  '么',
  '后',
  '时',
  '中',
  '上',
  '下',
  '里',
  '个',
  '等',
]);

const WORD = /^[\p{L}\p{N}]+$/u;

/** The words of `text` in order, lower-cased, punctuation and spaces dropped; stop words kept. */
export function wordsOf(text: string): string[] {
  return segmenter()
    .cutForSearch(text, true)
    .map((word) => word.trim().toLowerCase())
    .filter((word) => WORD.test(word));
}

/** What `to_tsvector('simple', …)` indexes for a field: its words separated by spaces. */
export function searchTextOf(text: string): string {
  return wordsOf(text).join(' ');
}

/** A search as typed, turned into a `to_tsquery('simple', …)` expression. */
export interface SearchQuery {
  /** Whole words, the synonyms' words included; any one of them matches (OR). */
  terms: string[];
  /** The last word as typed, matched as a prefix (`:*`) while the agent is still typing; null after a space or punctuation. */
  prefix: string | null;
  /** The `to_tsquery('simple', …)` text; empty when nothing in the query can match. */
  tsquery: string;
  /** Words and phrases to mark in titles and snippets, longest first. */
  highlights: string[];
}

const isMeaningful = (word: string): boolean =>
  !STOP_WORDS.has(word) && (word.length >= 2 || !/\p{Script=Han}/u.test(word));

/**
 * The query for `text`: its meaningful words, the words of its synonyms (`synonyms.ts`), and the
 * last word as a prefix when the text does not end in a space or punctuation. Words are only
 * letters and digits, so they need no quoting beyond the single quotes added here.
 */
export function searchQueryOf(text: string): SearchQuery {
  const typed = text.normalize('NFKC');
  const normalized = typed.trim();
  const own = wordsOf(normalized);
  const synonyms = synonymExpansionOf(normalized);
  const terms = new Set<string>(own.filter(isMeaningful));
  for (const phrase of synonyms) for (const word of wordsOf(phrase)) if (isMeaningful(word)) terms.add(word);

  const stillTyping = /[\p{L}\p{N}]$/u.test(typed);
  const lastPiece = stillTyping ? (normalized.match(/[\p{L}\p{N}]+$/u)?.[0] ?? '') : '';
  const lastWord = lastPiece ? (wordsOf(lastPiece).at(-1) ?? null) : null;
  // The last word may be unfinished: matched as a prefix, which also matches it whole.
  const prefix = lastWord !== null && !STOP_WORDS.has(lastWord) ? lastWord : null;
  if (prefix !== null) terms.delete(prefix);

  const parts = [...terms].map((term) => `'${term}'`);
  if (prefix !== null) parts.push(`'${prefix}':*`);
  const highlights = [...new Set([...terms, ...(prefix ? [prefix] : []), ...synonyms])].sort(
    (a, b) => b.length - a.length,
  );
  return { terms: [...terms], prefix, tsquery: parts.join(' | '), highlights };
}
