/** A character of a script written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese). */
export const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
