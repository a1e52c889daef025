/** FNV-1a, 32 bits, of a string's UTF-16 code units: a fingerprint, not a defence. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** JSON with every object's keys in sorted order, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What makes a scenario's world, as eight hex digits: a replay carries it, so a different world
 * under the same name is caught (its `$schema` pointer and its texts in other languages are left
 * out: they change nothing).
 */
export function scenarioHash(scenario: object): string {
  const { $schema: _pointer, translations: _words, ...world } = scenario as Record<string, unknown>;
  return fnv1a(canonicalJson(world)).toString(16).padStart(8, '0');
}
