// The parsed tree of an XML coverage report (xml.ts), as the Cobertura, JaCoCo and Clover readers walk it.
// Kept apart from the parser so that an LCOV or JSON run never loads the XML library.

export type XmlNode = Record<string, unknown>;

/** How the parser names attributes: `@line` for `line="…"`. */
export const ATTRIBUTE_PREFIX = '@';

/** The child elements named `name` (repeating elements are arrays; a lone one may not be, if not listed). */
export function childrenOf(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is XmlNode => typeof item === 'object' && item !== null);
}

export function childOf(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return childrenOf(node, name)[0];
}

export function attributeOf(node: XmlNode, name: string): string | undefined {
  const value = node[ATTRIBUTE_PREFIX + name];
  return typeof value === 'string' ? decodeXmlText(value) : undefined;
}

/** The text content of the elements named `name` (`<source>` roots). */
export function textsOf(node: XmlNode | undefined, name: string): string[] {
  const value = node?.[name];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list
    .map((item) => (typeof item === 'string' ? item : typeof item === 'object' && item !== null ? (item as XmlNode)['#text'] : undefined))
    .filter((item): item is string => typeof item === 'string')
    .map(decodeXmlText);
}

// Entity processing is off, so the five predefined entities and character references are decoded here:
// they expand to one character each, so nothing can grow.
function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_match, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
    }
  });
}
