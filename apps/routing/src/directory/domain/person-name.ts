/** Characters of a person's display name that audits, clocks and events keep. */
export const PERSON_NAME_LIMIT = 100;

/**
 * A display name from an access token, cut to what the records keep: a provider may allow
 * longer names than the platform stores. Cut between characters, never inside a surrogate pair.
 */
export function recordedName(name: string, limit = PERSON_NAME_LIMIT): string {
  const characters = Array.from(name);
  while (characters.join('').length > limit) characters.pop();
  return characters.join('');
}
