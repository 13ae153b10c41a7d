#!/usr/bin/env node
// Prints how JavaScript (this node, and lunr.js 2.3.9) does the small things lunr's output
// depends on, for the C# tests to compare with: lowercasing, the tokenizer's separators, Math.log
// for idf, number printing and lunr's stemmer on inputs its own vocabulary does not cover.
//
// usage: node js-semantics.js > REPORT.json
'use strict';

const lunr = require('lunr');

// Every code point (surrogates excepted) whose toLowerCase differs from itself.
const lowerCase = {};
for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
  const text = String.fromCodePoint(codePoint);
  const lowered = text.toLowerCase();
  if (lowered !== text) lowerCase[codePoint] = lowered;
}

// Lowercasing that depends on context (final sigma) or expands.
const lowerCaseInContext = [
  'ΟΔΟΣ', 'Σ', 'ΑΣ', 'ΑΣΑ', 'ΑΣ.', 'Α.Σ', 'ΑΣ\'Β', 'ΑΣ\u0301', 'Α\u0301Σ', 'ΑΣ ΒΣ', 'ΑΣ-Β', 'aΣ', 'ΣΑ',
  '1Σ', 'ǅΣ', 'Α\u00adΣ', 'ΑΣ\u00ad', 'ΑΣ\u00adΒ', 'İstanbul', 'DİYARBAKIR', 'ΑΣ\ud801\udc00', '\ud801\udc00Σ',
  'ΑΣ\ufeff', 'ΑΣ\u2019Β', 'ΑΣ:Β', 'ΑʰΣ', 'ΑΣʰ', 'ªΣ',
].map((text) => [text, text.toLowerCase()]);

// Code units the tokenizer splits at.
const separators = [];
for (let unit = 0; unit < 0x10000; unit++) {
  if (String.fromCharCode(unit).match(lunr.tokenizer.separator)) separators.push(unit);
}

function bits(value) {
  const buffer = Buffer.alloc(8);
  buffer.writeDoubleBE(value);
  return buffer.toString('hex');
}

// lunr.idf's Math.log(1 + |x|) for small corpora, where one bit can flip a score's rounding.
const logarithms = [];
for (let n = 1; n <= 200; n++) {
  for (let df = 1; df <= 3 * n; df++) {
    const x = (n - df + 0.5) / (df + 0.5);
    logarithms.push([n, df, bits(Math.log(1 + Math.abs(x)))]);
  }
}

// Number printing (JSON.stringify uses Number::toString) on edge cases and pseudo-random doubles.
const numbers = [0, -0, 1, -1, 0.1, 0.2 + 0.1, 1 / 3, 123.456, 1e21, 1e20, 123456789012345680000, 1.5e21,
  1e-6, 1e-7, 1.5e-7, 0.000001234, 5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2, 1234.5e-10, 100,
  1e15, 1e16, 0.001, 999999999999.999, -0.005, NaN, Infinity, -Infinity];
// mulberry32: a small PRNG that stays exact in JavaScript's doubles.
let seed = 20170630;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
for (let i = 0; i < 2000; i++) {
  numbers.push((random() - 0.5) * Math.pow(10, Math.floor(random() * 60) - 30));
}
const numberStrings = numbers.map((value) => [bits(value), JSON.stringify(value)]);

// The stemmer where JavaScript's regular expressions differ from .NET's: line terminators
// (which "." does not match) inside or at the end of a word, and a leading y.
const stemmed = ['y', 'yy', 'yyy', 'yelling', 'yes', 'yearly', 'happy\ncats', 'caress\u2028es', 'a\rbes',
  'sing\ning', 'feed\u2029', 'hopping\n', 'controll\ning', 'rational\r', 'xyz\u0085ies', 'x\u2028ies',
  'généralisation', 'über', 'naïvety', 'ß', 'ＡＢＣＤＥＦing', 'connections', 'Yelling', 'YES', 'sky', 'skies',
  'dying', 'lying', 'agreed', 'feed', 'bled', 'hopping', 'filing', 'failing', 'sized', 'tanned', 'falling',
  'hissing', 'fizzed', 'relational', 'conditional', 'rational', 'valenci', 'hesitanci', 'digitizer',
  'conformabli', 'radicalli', 'differentli', 'vileli', 'analogousli', 'vietnamization', 'predication',
  'operator', 'feudalism', 'decisiveness', 'hopefulness', 'callousness', 'formaliti', 'sensitiviti',
  'sensibiliti', 'triplicate', 'formative', 'formalize', 'electriciti', 'electrical', 'hopeful', 'goodness',
  'revival', 'allowance', 'inference', 'airliner', 'gyroscopic', 'adjustable', 'defensible', 'irritant',
  'replacement', 'adjustment', 'dependent', 'adoption', 'homologou', 'communism', 'activate', 'angulariti',
  'homologous', 'effective', 'bowdlerize', 'probate', 'rate', 'cease', 'controll', 'roll', '', 'a', 'ab',
].map((word) => [word, lunr.stemmer(new lunr.Token(word)).toString()]);

// A larger English vocabulary than lunr's own fixture: every word of the installed packages'
// documentation and sources.
const fs = require('fs');
const path = require('path');
const vocabulary = new Set();
(function collect(folder) {
  fs.readdirSync(folder, { withFileTypes: true }).forEach((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      collect(file);
    } else if (/\.(md|js)$/.test(entry.name)) {
      fs.readFileSync(file, 'utf8').toLowerCase().split(/[^a-z]+/).forEach((word) => vocabulary.add(word));
    }
  });
})(path.join(__dirname, 'node_modules'));
const vocabularyStems = [...vocabulary].sort().map((word) => [word, lunr.stemmer(new lunr.Token(word)).toString()]);

// Pseudo-random words over the letters the stemmer's regular expressions tell apart (vowels,
// y and Y, the letters of its suffixes, a line terminator), ending in its suffixes, so that any
// difference between its expressions and a reimplementation shows up.
const letters = 'aeiouyYsltzbcnmgdrwx\n';
const suffixes = ['', 's', 'es', 'ies', 'sses', 'ss', 'eed', 'ed', 'ing', 'y', 'ational', 'tional', 'enci', 'anci',
  'izer', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness',
  'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al',
  'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous',
  'ive', 'ize', 'sion', 'tion', 'e', 'll', 'at', 'bl', 'iz'];
const randomWords = new Set();
while (randomWords.size < 30000) {
  let word = random() < 0.3 ? 'y' : '';
  const length = 1 + Math.floor(random() * 7);
  for (let i = 0; i < length; i++) word += letters[Math.floor(random() * letters.length)];
  randomWords.add(word + suffixes[Math.floor(random() * suffixes.length)]);
}
const randomStems = [...randomWords].map((word) => [word, lunr.stemmer(new lunr.Token(word)).toString()]);

process.stdout.write(JSON.stringify({
  lowerCase, lowerCaseInContext, separators, logarithms, numberStrings, stemmed, vocabularyStems, randomStems,
}));
