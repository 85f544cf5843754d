// XML coverage reports, parsed without entity expansion: a report is untrusted input, and a DOCTYPE
// that declares entities (billion laughs, external entities reading local files) is refused outright.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../errors.js';

export type XmlNode = Record<string, unknown>;

const ATTRIBUTE_PREFIX = '@';
// A DOCTYPE with an internal subset (`<!DOCTYPE x [ … ]>`) is where entities are declared. A DOCTYPE that
// only names an external DTD (Cobertura's coverage-04.dtd, JaCoCo's report.dtd) is fine: it is never fetched.
const DOCTYPE_WITH_SUBSET = /<!DOCTYPE[^>[]*\[/i;

/** Parses a report's XML text; `arrayTags` are the elements that may repeat (always arrays in the result). */
export function parseReportXml(reportPath: string, text: string, arrayTags: ReadonlySet<string>): XmlNode {
  const xml = text.replace(/^\uFEFF/, '');
  if (DOCTYPE_WITH_SUBSET.test(xml)) {
    throw new InputError(
      `coverage report ${reportPath}: its DOCTYPE declares XML entities, which diffgate never expands; remove the DOCTYPE from the report`,
    );
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, msg } = validation.err;
    throw new InputError(`coverage report ${reportPath}: not well-formed XML (line ${line}: ${msg}); the report looks truncated or corrupt, regenerate it`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name, _jpath, _isLeaf, isAttribute) => !isAttribute && arrayTags.has(name),
  });
  try {
    return parser.parse(xml) as XmlNode;
  } catch (error) {
    throw new InputError(`coverage report ${reportPath}: the XML cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

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
