/**
 * Legacy Vietnamese encodings as data. Each table lists, letter by letter, the Unicode letter and
 * what the legacy encoding stores for it, written as the characters a Windows-1252 (Latin-1)
 * reader shows for those bytes — which is also what a font-unaware conversion to UTF-8 leaves.
 *
 * - TCVN3 (TCVN 5712:1993 "ABC", fonts `.VnTime`, `.VnArial`…): one byte per letter; toned
 *   capitals have no codes — the `.VnTimeH` fonts draw the lowercase codes as capitals.
 * - VNI (fonts `VNI-Times`…): a base letter followed by one byte for its marks.
 * - VIQR (RFC 1456): ASCII, marks typed after the vowel: `(` breve, `^` circumflex, `+` horn,
 *   `'` acute, `` ` `` grave, `?` hook, `~` tilde, `.` dot below; `dd` for đ.
 * - Windows-1258 is a code page: decoded with the platform's decoder (see `convert.ts`).
 */

/** Vowels × tones in the order of each row below: no tone, sắc, huyền, hỏi, ngã, nặng. */
export const TONED_VOWELS = [
  'aáàảãạ',
  'ăắằẳẵặ',
  'âấầẩẫậ',
  'eéèẻẽẹ',
  'êếềểễệ',
  'iíìỉĩị',
  'oóòỏõọ',
  'ôốồổỗộ',
  'ơớờởỡợ',
  'uúùủũụ',
  'ưứừửữự',
  'yýỳỷỹỵ',
] as const;

/**
 * TCVN3: Unicode letter → the Latin-1 character of its code. Lowercase letters (every toned
 * one); the capitals that have a code of their own follow.
 * @example 'CéNG HßA' (TCVN3 in a .VnTimeH font) reads 'CỘNG HÒA'
 */
export const TCVN3: ReadonlyArray<readonly [string, string]> = [
  ...pairs('aáàảãạ', 'a¸µ¶·¹'),
  ...pairs('ăắằẳẵặ', '¨¾»¼½Æ'),
  ...pairs('âấầẩẫậ', '©ÊÇÈÉË'),
  ...pairs('eéèẻẽẹ', 'eÐÌÎÏÑ'),
  ...pairs('êếềểễệ', 'ªÕÒÓÔÖ'),
  ...pairs('iíìỉĩị', 'iÝ×ØÜÞ'),
  ...pairs('oóòỏõọ', 'oãßáâä'),
  ...pairs('ôốồổỗộ', '«èåæçé'),
  ...pairs('ơớờởỡợ', '¬íêëìî'),
  ...pairs('uúùủũụ', 'uóïñòô'),
  ...pairs('ưứừửữự', '\u00adøõö÷ù'),
  ...pairs('yýỳỷỹỵ', 'yýúûüþ'),
  ['đ', '®'],
  ['Ă', '¡'],
  ['Â', '¢'],
  ['Ê', '£'],
  ['Ô', '¤'],
  ['Ơ', '¥'],
  ['Ư', '¦'],
  ['Đ', '§'],
].filter(([unicode, legacy]) => unicode !== legacy) as Array<[string, string]>;

/**
 * VNI: Unicode letter → base letter + mark byte(s). Lowercase and uppercase differ only in the
 * case of every character, except ơ/ư (`ô`/`ö`), đ (`ñ`) and the i/ỵ letters, which are single codes.
 * @example 'Vieät Nam' reads 'Việt Nam'; 'Coäng hoøa' reads 'Cộng hòa'
 */
export const VNI: ReadonlyArray<readonly [string, string]> = [
  // tone marks after a plain vowel: sắc ù, huyền ø, hỏi û, ngã õ, nặng ï
  ...vowelRow('a', ['a', 'aù', 'aø', 'aû', 'aõ', 'aï']),
  ...vowelRow('ă', ['aê', 'aé', 'aè', 'aú', 'aü', 'aë']),
  ...vowelRow('â', ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä']),
  ...vowelRow('e', ['e', 'eù', 'eø', 'eû', 'eõ', 'eï']),
  ...vowelRow('ê', ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä']),
  ...vowelRow('i', ['i', 'í', 'ì', 'æ', 'ó', 'ò']),
  ...vowelRow('o', ['o', 'où', 'oø', 'oû', 'oõ', 'oï']),
  ...vowelRow('ô', ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä']),
  ...vowelRow('ơ', ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï']),
  ...vowelRow('u', ['u', 'uù', 'uø', 'uû', 'uõ', 'uï']),
  ...vowelRow('ư', ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï']),
  ...vowelRow('y', ['y', 'yù', 'yø', 'yû', 'yõ', 'î']),
  ['đ', 'ñ'],
  ['Đ', 'Ñ'],
].filter(([unicode, legacy]) => unicode !== legacy) as Array<[string, string]>;

/** VIQR marks: Unicode combining mark → the ASCII character typed after the vowel. */
export const VIQR_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['\u0306', '('], // breve: ă
  ['\u0302', '^'], // circumflex: â ê ô
  ['\u031b', '+'], // horn: ơ ư
  ['\u0301', "'"], // sắc
  ['\u0300', '`'], // huyền
  ['\u0309', '?'], // hỏi
  ['\u0303', '~'], // ngã
  ['\u0323', '.'], // nặng
];

function pairs(unicode: string, legacy: string): Array<[string, string]> {
  const u = [...unicode];
  const l = [...legacy];
  if (u.length !== l.length) throw new Error(`legacy table row of unequal length: ${unicode} / ${legacy}`);
  return u.map((c, i) => [c, l[i]!]);
}

/** A lowercase vowel row and its uppercase twin (every character upper-cased). */
function vowelRow(vowel: string, legacy: string[]): Array<[string, string]> {
  const row = TONED_VOWELS.find((r) => r.startsWith(vowel));
  if (!row) throw new Error(`no vowel row for ${vowel}`);
  const letters = [...row];
  return letters.flatMap((letter, i): Array<[string, string]> => [
    [letter, legacy[i]!],
    [letter.toUpperCase(), legacy[i]!.toUpperCase()],
  ]);
}
