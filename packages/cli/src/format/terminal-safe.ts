/** C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates. */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_NEWLINE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_LINE_ENDS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

const escape = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
};

/**
 * Text from .ccp files and file names, made safe for a terminal or a CI log: control characters (ESC starts a
 * sequence that can retitle the terminal, move the cursor or clear the screen; BEL rings), DEL, C1 controls and
 * bidirectional overrides (which reorder what a reader sees) are shown as visible escapes such as `\x1b`. Tabs stay;
 * newlines stay only with `keepNewlines` (a whole stream), and are escaped in one-line fields such as file names.
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? UNSAFE : UNSAFE_OR_NEWLINE, escape);
}

/**
 * As {@link terminalSafe}, but CR and LF stay as they are, for a format that escapes line ends by its own rules
 * (GitHub's workflow commands turn them into `%0D` and `%0A`).
 */
export function terminalSafeButLineEnds(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_ENDS, escape);
}

/**
 * Writes human text to standard output with {@link terminalSafe} (newlines and tabs kept): progress lines name the
 * project and paths from ccp.config.json, which a pull request controls.
 */
export function writeSafe(out: { write(text: string): unknown }, text: string): void {
  out.write(terminalSafe(text, true));
}
