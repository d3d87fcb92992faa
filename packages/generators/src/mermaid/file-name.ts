/**
 * A file name stem made from an element id: letters (any script), digits, `_` and `-` stay, anything else
 * becomes `_`, so no id can reach another folder (`/`, `\`, `..`) or a device name; at most 80 characters.
 */
export function safeStem(id: string): string {
  const stem = id.normalize('NFC').replace(/[^\p{L}\p{N}_-]/gu, '_').slice(0, 80);
  return stem === '' || /^[._-]*$/.test(stem) ? `_${stem}` : stem;
}

/**
 * Gives every name a unique spelling even on case-insensitive file systems, by appending `-2`, `-3`, ... to later
 * names that clash with an earlier one. Deterministic for a given order of names.
 */
export function uniqueNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
