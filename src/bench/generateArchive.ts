/**
 * A deterministic synthetic archive shaped like the real one: a ` date YYYY-MM-DD` line, a
 * headline, debris lines, and paragraphs of news-like sentences drawn from a Zipf-distributed
 * vocabulary, with named people, places, dates and both country names in nearly every article.
 * Each article also states one unique fact, so the bench can ask answerable questions about it.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { between, createRandom, createZipf, pick, type Random } from "./random.js";
import { MONTH_NAMES } from "../text/calendarNames.js";

/** Frequent news words, most frequent first: the head of the Zipf curve. */
const COMMON_WORDS = (
  "cooperation government minister relations countries bilateral meeting president country ministry " +
  "development agreement economic foreign trade security international regional national support energy " +
  "defence military region official cultural project projects investment visit talks officials said " +
  "important strategic partnership sides leaders also discussed year people brotherly friendly joint " +
  "forum conference summit delegation committee commission session framework areas sectors field fields " +
  "potential opportunities issues matters steps efforts initiative initiatives programme agenda level " +
  "relationship ties exchange exchanges students education university universities science technology " +
  "industry industrial production companies business businesses private public sector market markets " +
  "export exports import imports goods services transport logistics corridor railway road roads port " +
  "ports airline flights tourism tourists culture heritage history historical friendship solidarity " +
  "peace stability prosperity growth progress reform reforms policy policies strategy plan plans " +
  "memorandum understanding protocol document documents signed signing ceremony event events festival " +
  "week month day capital city cities province provinces district embassy ambassador consul envoy " +
  "parliament parliamentary deputies speaker chairman chief commander army navy air force forces " +
  "training exercise exercises drills equipment aircraft jets ships vessels production procurement " +
  "oil gas pipeline electricity power renewable solar wind hydro water agriculture food farmers crops " +
  "health hospital medical doctors media journalists press news agency report reports statement " +
  "statements message letter congratulations condolences anniversary independence victory liberation " +
  "occupied territories conflict dispute resolution resolutions organisation organization member " +
  "members states united nations islamic cooperation council general assembly global world community"
).split(/\s+/u);

const FIRST_NAMES = (
  "Ahmed Ali Bilal Farhan Hamid Imran Junaid Kamran Nadeem Omar Qasim Rashid Saad Tariq Usman Waqar " +
  "Zahid Aysel Elnur Farid Gunel Huseyn Ilgar Jeyhun Kamal Leyla Mahir Nigar Orkhan Parviz Rauf Samir " +
  "Tural Vugar Zaur Aqil Babek Elchin Fuad Javid Khayal Murad Nazim Rovshan Sabina Togrul Yusif"
).split(/\s+/u);

const SURNAMES = (
  "Khan Qureshi Malik Chaudhry Butt Siddiqui Abbasi Hashmi Rizvi Jafri Gilani Niazi Baig Awan Mirza " +
  "Mammadov Aliyev Hasanov Guliyev Huseynov Ismayilov Jafarov Karimov Mustafayev Nasirov Rahimov " +
  "Safarov Talibov Valiyev Zeynalov Abdullayev Bayramov Gasimov Ibrahimov Mehdiyev Novruzov Orujov"
).split(/\s+/u);

const ROLES = [
  "Minister",
  "Deputy Minister",
  "Ambassador",
  "Chairman",
  "Governor",
  "Adviser",
  "Senator",
  "Director",
  "Secretary",
  "Commander",
];

const PLACES = (
  "Baku Islamabad Lahore Karachi Ganja Sumgait Shusha Lachin Quetta Peshawar Multan Faisalabad Nakhchivan " +
  "Sheki Gabala Lankaran Rawalpindi Gwadar Hyderabad Sialkot Fuzuli Aghdam Kalbajar Zangilan Mingachevir"
).split(/\s+/u);

const DEBRIS = ["2 min read", "Share this article", "Advertisement", "Follow us on Telegram", "Read more"];

const SYLLABLES =
  "ba be bi bo ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve zu du".split(
    " ",
  );

/** Synthetic long-tail words: past the common words, the vocabulary goes on with invented ones. */
const LONG_TAIL_WORDS = 40_000;
/** Natural-language word frequencies follow Zipf's law with an exponent near 1. */
const ZIPF_EXPONENT = 1;

/** A fact the bench asks about, with the words its answer must contain. */
export interface SyntheticQuestion {
  readonly q: string;
  /** Expected in the answer; empty for a question the archive does not answer. */
  readonly any: readonly string[];
}

/** What `generateArchive` wrote. */
export interface GeneratedArchive {
  readonly files: number;
  readonly questions: readonly SyntheticQuestion[];
}

function inventWord(random: Random): string {
  let word = "";
  const syllables = between(random, 2, 4);
  for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
  return word;
}

function capitalise(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

interface Vocabulary {
  readonly words: readonly string[];
  readonly nextRank: () => number;
}

function createVocabulary(random: Random): Vocabulary {
  const words = [...COMMON_WORDS];
  const seen = new Set(words);
  while (words.length < COMMON_WORDS.length + LONG_TAIL_WORDS) {
    const word = inventWord(random);
    if (seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return { words, nextRank: createZipf(random, words.length, ZIPF_EXPONENT) };
}

function person(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`;
}

function dateText(random: Random, year: number): string {
  return `${pick(random, MONTH_NAMES)} ${between(random, 1, 28)}, ${year}`;
}

function fillerSentence(random: Random, vocabulary: Vocabulary): string {
  const words: string[] = [];
  const length = between(random, 10, 26);
  for (let i = 0; i < length; i++) words.push(vocabulary.words[vocabulary.nextRank()] ?? "cooperation");
  if (random() < 0.6) words.splice(between(random, 1, words.length - 1), 0, "Pakistan");
  if (random() < 0.6) words.splice(between(random, 1, words.length - 1), 0, "Azerbaijan");
  if (random() < 0.3) words.splice(between(random, 1, words.length - 1), 0, "in", pick(random, PLACES));
  return `${capitalise(words.join(" "))}.`;
}

function meetingSentence(random: Random, vocabulary: Vocabulary, year: number): string {
  const topic = vocabulary.words[vocabulary.nextRank()] ?? "trade";
  return (
    `${pick(random, ROLES)} ${person(random)} met ${pick(random, ROLES)} ${person(random)} in ` +
    `${pick(random, PLACES)} on ${dateText(random, year)} to discuss ${topic} and Pakistan-Azerbaijan ties.`
  );
}

interface Fact {
  readonly sentence: string;
  readonly questions: readonly SyntheticQuestion[];
}

/** One unique, quotable fact per article: an agreement named by two rare invented words. */
function factOf(random: Random, index: number, year: number): Fact {
  const name = `${capitalise(inventWord(random))} ${capitalise(inventWord(random))}${index.toString(36)}`;
  const place = pick(random, PLACES);
  const signer = person(random);
  const when = dateText(random, year);
  return {
    sentence: `The ${name} accord between Pakistan and Azerbaijan was signed in ${place} by ${signer} on ${when}.`,
    questions: [
      { q: `Where was the ${name} accord signed?`, any: [place] },
      { q: `Who signed the ${name} accord?`, any: [signer] },
      { q: `When was the ${name} accord signed?`, any: [when.split(",")[0] ?? when] },
    ],
  };
}

function articleText(random: Random, vocabulary: Vocabulary, index: number): { text: string; fact: Fact } {
  const year = between(random, 2016, 2025);
  const month = String(between(random, 1, 12)).padStart(2, "0");
  const day = String(between(random, 1, 28)).padStart(2, "0");
  const fact = factOf(random, index, year);
  const headlineTopic = vocabulary.words[vocabulary.nextRank()] ?? "cooperation";
  const lines = [
    ` date ${year}-${month}-${day}`,
    `Pakistan, Azerbaijan discuss ${headlineTopic} cooperation`,
  ];
  if (random() < 0.5) lines.push(pick(random, DEBRIS));
  lines.push("");
  const paragraphs = between(random, 6, 11);
  const factParagraph = between(random, 0, paragraphs - 1);
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    const count = between(random, 2, 4);
    for (let s = 0; s < count; s++) {
      sentences.push(
        random() < 0.06 ? meetingSentence(random, vocabulary, year) : fillerSentence(random, vocabulary),
      );
    }
    if (p === factParagraph) sentences.splice(between(random, 0, sentences.length), 0, fact.sentence);
    lines.push(sentences.join(" "), "");
    if (random() < 0.05) lines.push(pick(random, DEBRIS), "");
  }
  return { text: `${lines.join("\n")}\n`, fact };
}

/** Questions about words that occur nowhere in the archive: the engine must abstain. */
function unanswerable(random: Random, count: number): SyntheticQuestion[] {
  const questions: SyntheticQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const made = `${capitalise(inventWord(random))}x${capitalise(inventWord(random))}q`;
    questions.push({ q: `When did ${person(random)} open the ${made} observatory in Antarctica?`, any: [] });
  }
  return questions;
}

/** Seed of the synthetic archive: fixed, so every run and every machine sees the same archive. */
export const ARCHIVE_SEED = 20_240_917;

/**
 * Writes `count` synthetic articles into `dir` and returns questions about them.
 * @param dir - an existing, empty folder
 * @param count - how many articles
 * @param questionCount - how many answerable questions to draw (plus a third as many unanswerable)
 */
export async function generateArchive(
  dir: string,
  count: number,
  questionCount: number,
): Promise<GeneratedArchive> {
  await mkdir(dir, { recursive: true });
  const random = createRandom(ARCHIVE_SEED);
  const vocabulary = createVocabulary(random);
  const facts: Fact[] = [];
  for (let index = 0; index < count; index++) {
    const { text, fact } = articleText(random, vocabulary, index);
    facts.push(fact);
    const name = `syn${String(index).padStart(6, "0")}_${Math.floor(random() * 0xffffffff).toString(16)}.txt`;
    await writeFile(join(dir, name), text);
  }
  const questionRandom = createRandom(ARCHIVE_SEED + 1);
  const answerable: SyntheticQuestion[] = [];
  for (let i = 0; i < questionCount; i++) {
    const fact = pick(questionRandom, facts);
    answerable.push(pick(questionRandom, fact.questions));
  }
  return {
    files: count,
    questions: [...answerable, ...unanswerable(questionRandom, Math.ceil(questionCount / 3))],
  };
}
