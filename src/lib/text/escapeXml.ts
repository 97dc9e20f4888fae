/**
 * Text made safe for XML (SVG, Atom): the five special characters escaped, and the control
 * characters XML 1.0 forbids even when escaped dropped. Data cells may hold them (text columns
 * accept any character), and one would make a downloadable SVG or the feed invalid XML.
 */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
