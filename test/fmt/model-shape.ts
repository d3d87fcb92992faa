import { analyzeSources, parseFile, syntaxShape } from '@ccp/language';

/** A value with every source position removed (keys `loc` and `*Loc`), for comparing models across layouts. */
export function withoutLocations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLocations);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'loc' && k !== 'fieldLocs' && !k.endsWith('Loc')) out[k] = withoutLocations(v);
    return out;
  }
  return value;
}

/** The resolved model of one file and the codes of its diagnostics, without positions. */
export function modelOf(text: string): unknown {
  const analysis = analyzeSources({ 'main.ccp': text });
  return { model: withoutLocations(analysis.model), codes: analysis.diagnostics.map((d) => d.code).sort() };
}

export function treeOf(text: string): unknown {
  return syntaxShape(parseFile(text, 'main.ccp').syntax);
}

export function commentsOf(text: string): string[] {
  return parseFile(text, 'main.ccp').syntax.comments.map((c) => c.text.trimEnd());
}

export function parsesCleanly(text: string): boolean {
  return !parseFile(text, 'main.ccp').diagnostics.some((d) => d.severity === 'error');
}
