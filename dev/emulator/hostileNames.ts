// Directory names an attacker or a careless admin could give rooms, buildings and people: markup
// that runs script if a page ever treats a name as HTML, a 10,000-character word with no place to
// break, right-to-left overrides and zero-width characters. A tenant seeded with `names: 'hostile'`
// gives every room, room list and user one of them, so browser tests can prove the pane shows them
// as text and keeps its layout (test/e2e/hostileTenant.e2e.ts).

/** The global a successful injection would set, in whichever frame it ran. */
export const INJECTION_FLAG = '__roombookInjected';

const VARIANTS: readonly ((plain: string) => string)[] = [
  (plain) => `<img src=x onerror="top.${INJECTION_FLAG}=1">${plain}`,
  (plain) => `${plain} ${'W'.repeat(10_000)}`,
  // U+202E RIGHT-TO-LEFT OVERRIDE, Hebrew, and U+200F RIGHT-TO-LEFT MARK.
  (plain) => `\u202E${plain} \u05D7\u05D3\u05E8 \u200F`,
  // Zero-width space, non-joiner, joiner and no-break space inside the name.
  (plain) => `${plain.split('').join('\u200B')}\u200C\u200D\uFEFF`,
  (plain) => `"><script>top.${INJECTION_FLAG}=1</script><b>${plain}</b>`,
];

/** The hostile form of the `index`-th name of its kind; the plain name stays in it, to find it by. */
export function hostileName(index: number, plain: string): string {
  const variant = VARIANTS[index % VARIANTS.length];
  return variant ? variant(plain) : plain;
}
