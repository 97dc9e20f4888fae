/**
 * An SVG as the charts draw it (one line) laid out for reading: one element per line, indented
 * by depth, an element holding only text kept on its line. Used by the chart snapshots, so a
 * reviewer can open them in a browser and read their diffs. Whitespace is added only between
 * elements, where SVG ignores it: `unformatSvg` undoes it exactly.
 */
export function formatSvg(svg: string): string {
  const tokens = svg.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth--;
      lines.push(`${'  '.repeat(depth)}${token}`);
    } else if (!token.startsWith('<')) {
      lines.push(`${pad}${token}`);
    } else if (token.endsWith('/>') || token.startsWith('<?') || token.startsWith('<!')) {
      lines.push(`${pad}${token}`);
    } else if (
      tokens[i + 1] &&
      !tokens[i + 1]!.startsWith('<') &&
      tokens[i + 2]?.startsWith('</')
    ) {
      // <text …>2015</text> stays whole: the text is the element.
      lines.push(`${pad}${token}${tokens[i + 1]}${tokens[i + 2]}`);
      i += 2;
    } else {
      lines.push(`${pad}${token}`);
      depth++;
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The one-line SVG back from formatSvg's layout. */
export function unformatSvg(text: string): string {
  return text.replace(/\n\s*/g, '');
}
