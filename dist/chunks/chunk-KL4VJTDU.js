import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);

// src/evidence/coverage/xml-nodes.ts
var ATTRIBUTE_PREFIX = "@";
function childrenOf(node, name) {
  const value = node?.[name];
  if (value === void 0 || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item) => typeof item === "object" && item !== null);
}
function childOf(node, name) {
  return childrenOf(node, name)[0];
}
function attributeOf(node, name) {
  const value = node[ATTRIBUTE_PREFIX + name];
  return typeof value === "string" ? decodeXmlText(value) : void 0;
}
function textsOf(node, name) {
  const value = node?.[name];
  const list = value === void 0 ? [] : Array.isArray(value) ? value : [value];
  return list.map((item) => typeof item === "string" ? item : typeof item === "object" && item !== null ? item["#text"] : void 0).filter((item) => typeof item === "string").map(decodeXmlText);
}
function decodeXmlText(text) {
  if (!text.includes("&")) return text;
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_match, entity) => {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : "";
      }
    }
  });
}

export {
  ATTRIBUTE_PREFIX,
  childrenOf,
  childOf,
  attributeOf,
  textsOf
};
