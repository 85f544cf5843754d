// XML coverage reports, parsed without entity expansion: a report is untrusted input, and a DOCTYPE
// that declares entities (billion laughs, external entities reading local files) is refused outright.
// The XML parser is a tenth of the code a coverage run loads: read.ts imports this module only for an
// XML report; the readers walk the parsed tree with xml-nodes.ts.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describeError, InputError, printableLine } from '../../errors.js';
import { ATTRIBUTE_PREFIX, type XmlNode } from './xml-nodes.js';

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
    throw new InputError(`coverage report ${reportPath}: not well-formed XML (line ${line}: ${printableLine(msg)}); the report looks truncated or corrupt, regenerate it`);
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
    throw new InputError(`coverage report ${reportPath}: the XML cannot be read (${xmlErrorWithoutText(error)}); the report looks corrupt, regenerate it`);
  }
}

/**
 * The parser's message on one line, without the input's text it quotes (`… at position 1. Context: "\n<:/"`,
 * line breaks and all): the report can be any file, so the error says where, not what.
 */
function xmlErrorWithoutText(error: unknown): string {
  return printableLine(describeError(error).replace(/\.?\s*Context:[^]*$/, ''));
}
