import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  InputError
} from "./chunk-I2ZRAE2I.js";
import {
  __commonJS,
  __toESM
} from "./chunk-JWPOZ637.js";

// node_modules/eslint-visitor-keys/dist/eslint-visitor-keys.cjs
var require_eslint_visitor_keys = __commonJS({
  "node_modules/eslint-visitor-keys/dist/eslint-visitor-keys.cjs"(exports) {
    "use strict";
    var KEYS = {
      ArrayExpression: ["elements"],
      ArrayPattern: ["elements"],
      ArrowFunctionExpression: ["params", "body"],
      AssignmentExpression: ["left", "right"],
      AssignmentPattern: ["left", "right"],
      AwaitExpression: ["argument"],
      BinaryExpression: ["left", "right"],
      BlockStatement: ["body"],
      BreakStatement: ["label"],
      CallExpression: ["callee", "arguments"],
      CatchClause: ["param", "body"],
      ChainExpression: ["expression"],
      ClassBody: ["body"],
      ClassDeclaration: ["id", "superClass", "body"],
      ClassExpression: ["id", "superClass", "body"],
      ConditionalExpression: ["test", "consequent", "alternate"],
      ContinueStatement: ["label"],
      DebuggerStatement: [],
      DoWhileStatement: ["body", "test"],
      EmptyStatement: [],
      ExperimentalRestProperty: ["argument"],
      ExperimentalSpreadProperty: ["argument"],
      ExportAllDeclaration: ["exported", "source", "attributes"],
      ExportDefaultDeclaration: ["declaration"],
      ExportNamedDeclaration: [
        "declaration",
        "specifiers",
        "source",
        "attributes"
      ],
      ExportSpecifier: ["local", "exported"],
      ExpressionStatement: ["expression"],
      ForInStatement: ["left", "right", "body"],
      ForOfStatement: ["left", "right", "body"],
      ForStatement: ["init", "test", "update", "body"],
      FunctionDeclaration: ["id", "params", "body"],
      FunctionExpression: ["id", "params", "body"],
      Identifier: [],
      IfStatement: ["test", "consequent", "alternate"],
      ImportAttribute: ["key", "value"],
      ImportDeclaration: ["specifiers", "source", "attributes"],
      ImportDefaultSpecifier: ["local"],
      ImportExpression: ["source", "options"],
      ImportNamespaceSpecifier: ["local"],
      ImportSpecifier: ["imported", "local"],
      JSXAttribute: ["name", "value"],
      JSXClosingElement: ["name"],
      JSXClosingFragment: [],
      JSXElement: ["openingElement", "children", "closingElement"],
      JSXEmptyExpression: [],
      JSXExpressionContainer: ["expression"],
      JSXFragment: ["openingFragment", "children", "closingFragment"],
      JSXIdentifier: [],
      JSXMemberExpression: ["object", "property"],
      JSXNamespacedName: ["namespace", "name"],
      JSXOpeningElement: ["name", "attributes"],
      JSXOpeningFragment: [],
      JSXSpreadAttribute: ["argument"],
      JSXSpreadChild: ["expression"],
      JSXText: [],
      LabeledStatement: ["label", "body"],
      Literal: [],
      LogicalExpression: ["left", "right"],
      MemberExpression: ["object", "property"],
      MetaProperty: ["meta", "property"],
      MethodDefinition: ["key", "value"],
      NewExpression: ["callee", "arguments"],
      ObjectExpression: ["properties"],
      ObjectPattern: ["properties"],
      PrivateIdentifier: [],
      Program: ["body"],
      Property: ["key", "value"],
      PropertyDefinition: ["key", "value"],
      RestElement: ["argument"],
      ReturnStatement: ["argument"],
      SequenceExpression: ["expressions"],
      SpreadElement: ["argument"],
      StaticBlock: ["body"],
      Super: [],
      SwitchCase: ["test", "consequent"],
      SwitchStatement: ["discriminant", "cases"],
      TaggedTemplateExpression: ["tag", "quasi"],
      TemplateElement: [],
      TemplateLiteral: ["quasis", "expressions"],
      ThisExpression: [],
      ThrowStatement: ["argument"],
      TryStatement: ["block", "handler", "finalizer"],
      UnaryExpression: ["argument"],
      UpdateExpression: ["argument"],
      VariableDeclaration: ["declarations"],
      VariableDeclarator: ["id", "init"],
      WhileStatement: ["test", "body"],
      WithStatement: ["object", "body"],
      YieldExpression: ["argument"]
    };
    var NODE_TYPES = Object.keys(KEYS);
    for (const type of NODE_TYPES) {
      Object.freeze(KEYS[type]);
    }
    Object.freeze(KEYS);
    var KEY_BLACKLIST = /* @__PURE__ */ new Set([
      "parent",
      "leadingComments",
      "trailingComments"
    ]);
    function filterKey(key) {
      return !KEY_BLACKLIST.has(key) && key[0] !== "_";
    }
    function getKeys(node) {
      return Object.keys(node).filter(filterKey);
    }
    function unionWith(additionalKeys) {
      const retv = (
        /** @type {{ [type: string]: ReadonlyArray<string> }} */
        Object.assign({}, KEYS)
      );
      for (const type of Object.keys(additionalKeys)) {
        if (Object.hasOwn(retv, type)) {
          const keys = new Set(additionalKeys[type]);
          for (const key of retv[type]) {
            keys.add(key);
          }
          retv[type] = Object.freeze(Array.from(keys));
        } else {
          retv[type] = Object.freeze(Array.from(additionalKeys[type]));
        }
      }
      return Object.freeze(retv);
    }
    exports.KEYS = KEYS;
    exports.getKeys = getKeys;
    exports.unionWith = unionWith;
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/get-keys.js
var require_get_keys = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/get-keys.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getKeys = void 0;
    var eslint_visitor_keys_1 = require_eslint_visitor_keys();
    exports.getKeys = eslint_visitor_keys_1.getKeys;
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/visitor-keys.js
var require_visitor_keys = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/visitor-keys.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.visitorKeys = void 0;
    var eslintVisitorKeys = __importStar(require_eslint_visitor_keys());
    var SharedVisitorKeys = (() => {
      const FunctionType = ["typeParameters", "params", "returnType"];
      const AnonymousFunction = [...FunctionType, "body"];
      const AbstractPropertyDefinition = [
        "decorators",
        "key",
        "typeAnnotation"
      ];
      return {
        AbstractPropertyDefinition: ["decorators", "key", "typeAnnotation"],
        AnonymousFunction,
        AsExpression: ["expression", "typeAnnotation"],
        ClassDeclaration: [
          "decorators",
          "id",
          "typeParameters",
          "superClass",
          "superTypeArguments",
          "implements",
          "body"
        ],
        Function: ["id", ...AnonymousFunction],
        FunctionType,
        PropertyDefinition: [...AbstractPropertyDefinition, "value"]
      };
    })();
    var additionalKeys = {
      AccessorProperty: SharedVisitorKeys.PropertyDefinition,
      ArrayPattern: ["decorators", "elements", "typeAnnotation"],
      ArrowFunctionExpression: SharedVisitorKeys.AnonymousFunction,
      AssignmentPattern: ["decorators", "left", "right", "typeAnnotation"],
      CallExpression: ["callee", "typeArguments", "arguments"],
      ClassDeclaration: SharedVisitorKeys.ClassDeclaration,
      ClassExpression: SharedVisitorKeys.ClassDeclaration,
      Decorator: ["expression"],
      ExportAllDeclaration: ["exported", "source", "attributes"],
      ExportNamedDeclaration: ["declaration", "specifiers", "source", "attributes"],
      FunctionDeclaration: SharedVisitorKeys.Function,
      FunctionExpression: SharedVisitorKeys.Function,
      Identifier: ["decorators", "typeAnnotation"],
      ImportAttribute: ["key", "value"],
      ImportDeclaration: ["specifiers", "source", "attributes"],
      ImportExpression: ["source", "options"],
      JSXClosingFragment: [],
      JSXOpeningElement: ["name", "typeArguments", "attributes"],
      JSXOpeningFragment: [],
      JSXSpreadChild: ["expression"],
      MethodDefinition: ["decorators", "key", "value"],
      NewExpression: ["callee", "typeArguments", "arguments"],
      ObjectPattern: ["decorators", "properties", "typeAnnotation"],
      PropertyDefinition: SharedVisitorKeys.PropertyDefinition,
      RestElement: ["decorators", "argument", "typeAnnotation"],
      StaticBlock: ["body"],
      TaggedTemplateExpression: ["tag", "typeArguments", "quasi"],
      TSAbstractAccessorProperty: SharedVisitorKeys.AbstractPropertyDefinition,
      TSAbstractKeyword: [],
      TSAbstractMethodDefinition: ["key", "value"],
      TSAbstractPropertyDefinition: SharedVisitorKeys.AbstractPropertyDefinition,
      TSAnyKeyword: [],
      TSArrayType: ["elementType"],
      TSAsExpression: SharedVisitorKeys.AsExpression,
      TSAsyncKeyword: [],
      TSBigIntKeyword: [],
      TSBooleanKeyword: [],
      TSCallSignatureDeclaration: SharedVisitorKeys.FunctionType,
      TSClassImplements: ["expression", "typeArguments"],
      TSConditionalType: ["checkType", "extendsType", "trueType", "falseType"],
      TSConstructorType: SharedVisitorKeys.FunctionType,
      TSConstructSignatureDeclaration: SharedVisitorKeys.FunctionType,
      TSDeclareFunction: SharedVisitorKeys.Function,
      TSDeclareKeyword: [],
      TSEmptyBodyFunctionExpression: ["id", ...SharedVisitorKeys.FunctionType],
      TSEnumBody: ["members"],
      TSEnumDeclaration: ["id", "body"],
      TSEnumMember: ["id", "initializer"],
      TSExportAssignment: ["expression"],
      TSExportKeyword: [],
      TSExternalModuleReference: ["expression"],
      TSFunctionType: SharedVisitorKeys.FunctionType,
      TSImportEqualsDeclaration: ["id", "moduleReference"],
      TSImportType: ["source", "options", "qualifier", "typeArguments"],
      TSIndexedAccessType: ["objectType", "indexType"],
      TSIndexSignature: ["parameters", "typeAnnotation"],
      TSInferType: ["typeParameter"],
      TSInstantiationExpression: ["expression", "typeArguments"],
      TSInterfaceBody: ["body"],
      TSInterfaceDeclaration: ["id", "typeParameters", "extends", "body"],
      TSInterfaceHeritage: ["expression", "typeArguments"],
      TSIntersectionType: ["types"],
      TSIntrinsicKeyword: [],
      TSLiteralType: ["literal"],
      TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"],
      TSMethodSignature: ["key", "typeParameters", "params", "returnType"],
      TSModuleBlock: ["body"],
      TSModuleDeclaration: ["id", "body"],
      TSNamedTupleMember: ["label", "elementType"],
      TSNamespaceExportDeclaration: ["id"],
      TSNeverKeyword: [],
      TSNonNullExpression: ["expression"],
      TSNullKeyword: [],
      TSNumberKeyword: [],
      TSObjectKeyword: [],
      TSOptionalType: ["typeAnnotation"],
      TSParameterProperty: ["decorators", "parameter"],
      TSPrivateKeyword: [],
      TSPropertySignature: ["key", "typeAnnotation"],
      TSProtectedKeyword: [],
      TSPublicKeyword: [],
      TSQualifiedName: ["left", "right"],
      TSReadonlyKeyword: [],
      TSRestType: ["typeAnnotation"],
      TSSatisfiesExpression: SharedVisitorKeys.AsExpression,
      TSStaticKeyword: [],
      TSStringKeyword: [],
      TSSymbolKeyword: [],
      TSTemplateLiteralType: ["quasis", "types"],
      TSThisType: [],
      TSTupleType: ["elementTypes"],
      TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"],
      TSTypeAnnotation: ["typeAnnotation"],
      TSTypeAssertion: ["typeAnnotation", "expression"],
      TSTypeLiteral: ["members"],
      TSTypeOperator: ["typeAnnotation"],
      TSTypeParameter: ["name", "constraint", "default"],
      TSTypeParameterDeclaration: ["params"],
      TSTypeParameterInstantiation: ["params"],
      TSTypePredicate: ["parameterName", "typeAnnotation"],
      TSTypeQuery: ["exprName", "typeArguments"],
      TSTypeReference: ["typeName", "typeArguments"],
      TSUndefinedKeyword: [],
      TSUnionType: ["types"],
      TSUnknownKeyword: [],
      TSVoidKeyword: []
    };
    exports.visitorKeys = eslintVisitorKeys.unionWith(additionalKeys);
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/index.js
var require_dist = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.visitorKeys = exports.getKeys = void 0;
    var get_keys_1 = require_get_keys();
    Object.defineProperty(exports, "getKeys", { enumerable: true, get: function() {
      return get_keys_1.getKeys;
    } });
    var visitor_keys_1 = require_visitor_keys();
    Object.defineProperty(exports, "visitorKeys", { enumerable: true, get: function() {
      return visitor_keys_1.visitorKeys;
    } });
  }
});

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path2, issues) {
  return issues.map((iss) => {
    var _a4;
    (_a4 = iss).path ?? (_a4.path = []);
    iss.path.unshift(path2);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a4;
  for (let i = start; i < issues.length; i++) {
    (_a4 = issues[i]).schema ?? (_a4.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a4;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a4 = iss).schema ?? (_a4.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a4;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a4 = inst._zod).onattach ?? (_a4.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a4, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a4 = inst._zod).check ?? (_a4.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a4;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a4 = inst._zod).deferred ?? (_a4.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a4;
    (_a4 = inst._zod).deferred ?? (_a4.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a4;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a4 = inst._zod).deferred ?? (_a4.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta3 = _meta[0];
    this._map.set(schema, meta3);
    if (meta3 && typeof meta3 === "object" && "id" in meta3) {
      this._idmap.set(meta3.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta3 = this._map.get(schema);
    if (meta3 && typeof meta3 === "object" && "id" in meta3) {
      this._idmap.delete(meta3.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  const ch = new $ZodCheck({ check: "describe" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
  const ch = new $ZodCheck({ check: "meta" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, ...metadata });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a4;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta3 = ctx.metadataRegistry.get(schema);
  if (meta3)
    assignProps(result.schema, meta3);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a4 = result.schema).default ?? (_a4.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext2 = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext2) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types2 = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types2.includes(member))
        types2.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types2.length === 1 ? types2[0] : types2;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var bigintProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
var symbolProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
var nullProcessor = (_schema, ctx, json, _params) => {
  if (ctx.target === "openapi-3.0") {
    json.type = "string";
    json.nullable = true;
    json.enum = [null];
  } else {
    json.type = "null";
  }
};
var undefinedProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
var voidProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var anyProcessor = (_schema, _ctx, _json, _params) => {
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var dateProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json.enum = [val];
    } else {
      json.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json.type = "boolean";
    if (vals.every((v) => v === null))
      json.type = "null";
    json.enum = vals;
  }
};
var nanProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
var templateLiteralProcessor = (schema, _ctx, json, _params) => {
  const _json = json;
  const pattern = schema._zod.pattern;
  if (!pattern)
    throw new Error("Pattern not found in template literal");
  _json.type = "string";
  _json.pattern = pattern.source;
};
var fileProcessor = (schema, _ctx, json, _params) => {
  const _json = json;
  _json.type = "string";
  _json.format = "binary";
  _json.contentEncoding = "binary";
  const { minimum, maximum, mime } = aggregateChecks(schema);
  if (minimum !== void 0)
    _json.minLength = minimum;
  if (maximum !== void 0)
    _json.maxLength = maximum;
  if (!mime)
    return;
  if (mime.length === 0)
    _json.not = {};
  else if (mime.length === 1)
    _json.contentMediaType = mime[0];
  else
    _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
var successProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var functionProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var mapProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
var setProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
var tupleProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "array";
  const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
  const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
  const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, prefixPath, i]
  }));
  const rest = def.rest ? processSchema(def.rest, ctx, {
    ...params,
    path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
  }) : null;
  let minItems = def.items.length;
  while (minItems > 0) {
    const item = def.items[minItems - 1];
    const optional2 = ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional";
    if (!optional2)
      break;
    minItems--;
  }
  const maxItems = def.items.length;
  const isClosed = !def.rest;
  if (ctx.target === "draft-2020-12") {
    json.prefixItems = prefixItems;
    if (isClosed) {
      json.items = false;
    } else if (rest) {
      json.items = rest;
    }
    if (minItems > 0)
      json.minItems = minItems;
    if (isClosed)
      json.maxItems = maxItems;
  } else if (ctx.target === "openapi-3.0") {
    json.items = {
      anyOf: prefixItems
    };
    if (rest) {
      json.items.anyOf.push(rest);
    }
    if (minItems > 0)
      json.minItems = minItems;
    if (isClosed)
      json.maxItems = maxItems;
  } else {
    json.items = prefixItems;
    if (isClosed) {
      json.additionalItems = false;
    } else if (rest) {
      json.additionalItems = rest;
    }
    if (minItems > 0)
      json.minItems = minItems;
    if (isClosed)
      json.maxItems = maxItems;
  }
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types2 = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types2.includes("string") && types2.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types2.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var promiseProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var lazyProcessor = (schema, ctx, _json, params) => {
  const innerType = schema._zod.innerType;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var allProcessors = {
  string: stringProcessor,
  number: numberProcessor,
  boolean: booleanProcessor,
  bigint: bigintProcessor,
  symbol: symbolProcessor,
  null: nullProcessor,
  undefined: undefinedProcessor,
  void: voidProcessor,
  never: neverProcessor,
  any: anyProcessor,
  unknown: unknownProcessor,
  date: dateProcessor,
  enum: enumProcessor,
  literal: literalProcessor,
  nan: nanProcessor,
  template_literal: templateLiteralProcessor,
  file: fileProcessor,
  success: successProcessor,
  custom: customProcessor,
  function: functionProcessor,
  transform: transformProcessor,
  map: mapProcessor,
  set: setProcessor,
  array: arrayProcessor,
  object: objectProcessor,
  union: unionProcessor,
  intersection: intersectionProcessor,
  tuple: tupleProcessor,
  record: recordProcessor,
  nullable: nullableProcessor,
  nonoptional: nonoptionalProcessor,
  default: defaultProcessor,
  prefault: prefaultProcessor,
  catch: catchProcessor,
  pipe: pipeProcessor,
  readonly: readonlyProcessor,
  promise: promiseProcessor,
  optional: optionalProcessor,
  lazy: lazyProcessor
};
function toJSONSchema(input, params) {
  if ("_idmap" in input) {
    const registry2 = input;
    const ctx2 = initializeContext({ ...params, processors: allProcessors });
    const defs = {};
    for (const entry of registry2._idmap.entries()) {
      const [_, schema] = entry;
      processSchema(schema, ctx2);
    }
    const schemas = {};
    const external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (const entry of registry2._idmap.entries()) {
      const [key, schema] = entry;
      extractDefs(ctx2, schema);
      assignProp(schemas, key, finalize(ctx2, schema));
    }
    if (Object.keys(defs).length > 0) {
      const defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  const ctx = initializeContext({ ...params, processors: allProcessors });
  processSchema(input, ctx);
  extractDefs(ctx, input);
  return finalize(ctx, input);
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta3) {
    reg.add(this, meta3);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ unknown(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function extend2(schema, shape) {
  return extend(schema, shape);
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPrefault = /* @__PURE__ */ $constructor("ZodMiniPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function prefault(innerType, defaultValue) {
  return new ZodMiniPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var describe2 = describe;
var meta2 = meta;

// src/zod.ts
config(en_default());
config({ memoizer: memoizer() });

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a3;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a3 && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a3 && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a3(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a3(c, ast);
          i2 = _a3.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a3(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a3(c, part);
        part.push(ext2);
        i = _a3.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a3(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a3(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a3(null, void 0, options);
    _a3.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a3.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a3 = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial2 = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial2, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial2, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial2, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial2 ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial2, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial2, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial2, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial2 || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial2, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial2, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial2, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial2, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial2 || null;
  }
  #matchOne(file, pattern, partial2, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial2;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open2, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open2 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open2 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial2 = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial2) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial2);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/config/glob.ts
var PATTERN_OPTIONS = { dot: true, nocomment: true, nonegate: true };
function patternTest(glob) {
  const expression = glob.set.some((parts) => parts.filter((part) => part === GLOBSTAR).length > 1) ? false : glob.makeRe();
  if (expression === false) return (path2) => glob.match(path2);
  return (path2) => (path2.endsWith("/") || expression.test(path2)) && glob.match(path2);
}
function compileGlobs(patterns) {
  const compiled = patterns.map((pattern) => {
    const negated = pattern.startsWith("!");
    return { pattern, negated, test: patternTest(new Minimatch(negated ? pattern.slice(1) : pattern, PATTERN_OPTIONS)) };
  });
  function decidingPattern(path2) {
    for (let index = compiled.length - 1; index >= 0; index--) {
      const entry = compiled[index];
      if (entry.test(path2)) return entry;
    }
    return null;
  }
  return {
    patterns: [...patterns],
    matches: (path2) => {
      const entry = decidingPattern(path2);
      return entry !== null && !entry.negated;
    },
    matchingPattern: (path2) => {
      const entry = decidingPattern(path2);
      return entry === null || entry.negated ? null : entry.pattern;
    }
  };
}
var compiledLists = /* @__PURE__ */ new WeakMap();
function compiledGlobsOf(patterns) {
  let compiled = compiledLists.get(patterns);
  if (!compiled) {
    compiled = compileGlobs(patterns);
    compiledLists.set(patterns, compiled);
  }
  return compiled;
}
var globListSchema = array(string2({ error: "expected a glob" }).check(_minLength(1, "expected a non-empty glob")), { error: "expected a list of globs" });

// src/project/classify.ts
function makeTestFileMatcher(globs) {
  const testFiles = compiledGlobsOf(globs);
  return (path2) => testFiles.matches(path2);
}
var FIXTURE_FOLDER = /(?:^|\/)(?:__)?fixtures?(?:__)?\//;
function isFixturePath(path2) {
  return FIXTURE_FOLDER.test(path2);
}

// src/project/manifests.ts
import { posix } from "node:path";

// src/order.ts
function compareCodePoints(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/project/manifests.ts
var DEPENDENCY_FIELDS = [
  "dependencies",
  "devDependencies",
  "peerDependencies",
  "optionalDependencies",
  "bundledDependencies",
  "bundleDependencies"
];
var ignoredFolder = /(^|\/)node_modules\//;
function isManifestPath(path2) {
  return !ignoredFolder.test(path2) && (path2 === "package.json" || path2.endsWith("/package.json"));
}
function isTsconfigPath(path2) {
  return !ignoredFolder.test(path2) && /(^|\/)[jt]sconfig(\.[\w.-]+)?\.json$/.test(path2);
}
async function readProjectManifests(files, trackedFiles) {
  const wanted = trackedFiles.filter((path2) => isManifestPath(path2) || isTsconfigPath(path2));
  const texts = await files.readTexts(wanted);
  const packages = [];
  const aliases = [];
  const unreadable = [];
  for (const [path2, text] of texts) {
    const parsed = parseJsonc(text);
    if (parsed === void 0 || typeof parsed !== "object" || parsed === null) {
      unreadable.push({ path: path2, reason: `${path2} is not valid JSON; dependencies declared in it could not be checked` });
      continue;
    }
    const dir = posix.dirname(path2) === "." ? "" : posix.dirname(path2);
    if (isManifestPath(path2)) packages.push(manifestOf(dir, parsed));
    else aliases.push(...aliasesOf(dir, parsed));
  }
  packages.sort((a, b) => compareCodePoints(a.dir, b.dir));
  return { packages, aliases, unreadable };
}
function manifestOf(dir, json) {
  const declared = /* @__PURE__ */ new Set();
  for (const field of DEPENDENCY_FIELDS) {
    const value = json[field];
    if (Array.isArray(value)) {
      for (const name of value) if (typeof name === "string") declared.add(name);
    }
    if (value && typeof value === "object" && !Array.isArray(value)) for (const name of Object.keys(value)) declared.add(name);
  }
  return { dir, name: typeof json.name === "string" ? json.name : null, declared: [...declared], entries: entriesOf(json) };
}
function entriesOf(json) {
  const entries = {};
  const add = (subpath, value) => {
    for (const target of stringLeaves(value)) (entries[subpath] ??= []).push(target.replace(/^\.\//, ""));
  };
  const exportsField = json.exports;
  const subpathKeys = exportsField && typeof exportsField === "object" ? Object.keys(exportsField).filter((key) => key.startsWith(".")) : [];
  if (subpathKeys.length > 0) for (const key of subpathKeys) add(key, exportsField[key]);
  else add(".", exportsField);
  for (const field of ["source", "module", "main", "types", "typings"]) add(".", json[field]);
  return entries;
}
function stringLeaves(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringLeaves);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringLeaves);
  return [];
}
function aliasesOf(dir, json) {
  const options = json.compilerOptions;
  if (!options || typeof options !== "object") return [];
  const { paths, baseUrl } = options;
  if (!paths || typeof paths !== "object") return [];
  const base = posix.join(dir, typeof baseUrl === "string" ? baseUrl : ".");
  return Object.entries(paths).map(([pattern, targets]) => ({
    pattern,
    targets: Array.isArray(targets) ? targets.filter((target) => typeof target === "string").map((target) => posix.join(base, target)) : []
  }));
}
function matchAlias(specifier, pattern) {
  const star3 = pattern.indexOf("*");
  if (star3 < 0) return specifier === pattern ? "" : null;
  const prefix = pattern.slice(0, star3);
  const suffix = pattern.slice(star3 + 1);
  if (specifier.length < prefix.length + suffix.length) return null;
  if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix)) return null;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}
function parseJsonc(text) {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
  }
  let out = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const end = endOfString(text, index);
      out += text.slice(index, end);
      index = end;
    } else if (char === "/" && text[index + 1] === "/") {
      while (index < text.length && text[index] !== "\n") index++;
    } else if (char === "/" && text[index + 1] === "*") {
      const end = text.indexOf("*/", index + 2);
      index = end < 0 ? text.length : end + 2;
    } else {
      out += char;
      index++;
    }
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1").replace(/^\uFEFF/, ""));
  } catch {
    return void 0;
  }
}
function endOfString(text, start) {
  let index = start + 1;
  while (index < text.length && text[index] !== '"') index += text[index] === "\\" ? 2 : 1;
  return index + 1;
}
function packageNameOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] ?? specifier;
}

// src/project/resolve.ts
import { posix as posix2 } from "node:path";
var RESOLVE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".d.ts"];
var EMITTED_TO_SOURCE = { ".js": [".ts", ".tsx"], ".jsx": [".tsx"], ".mjs": [".mts"], ".cjs": [".cts"] };
var BUILD_FOLDER = /^(?:dist|lib|build|esm|cjs|out)\//;
function resolveModulePath(base, exists) {
  if (exists(base)) return base;
  const extension = posix2.extname(base);
  for (const source of EMITTED_TO_SOURCE[extension] ?? []) {
    const candidate = base.slice(0, -extension.length) + source;
    if (exists(candidate)) return candidate;
  }
  for (const candidate of RESOLVE_EXTENSIONS.map((ext2) => base + ext2)) if (exists(candidate)) return candidate;
  for (const candidate of RESOLVE_EXTENSIONS.map((ext2) => `${base}/index${ext2}`)) if (exists(candidate)) return candidate;
  return null;
}
function resolveRelativeSpecifier(importer, specifier, exists) {
  const clean = specifier.replace(/[?#].*$/, "");
  if (!clean.startsWith(".")) return null;
  const target = posix2.normalize(posix2.join(posix2.dirname(importer), clean));
  if (target === ".." || target.startsWith("../")) return null;
  return resolveModulePath(target, exists);
}
function createModuleResolver(tracked, aliases, packages) {
  const exists = (path2) => tracked.has(path2);
  return (importer, specifier) => {
    const clean = specifier.replace(/[?#].*$/, "");
    if (clean.startsWith(".")) {
      const resolved = resolveRelativeSpecifier(importer, clean, exists);
      return resolved ? [resolved] : [];
    }
    const found = [];
    for (const alias of aliases) {
      const rest = matchAlias(clean, alias.pattern);
      if (rest === null) continue;
      for (const target of alias.targets) {
        const resolved = resolveModulePath(posix2.normalize(target.replace("*", rest)), exists);
        if (resolved) found.push(resolved);
      }
    }
    const name = packageNameOf(clean);
    for (const pkg of packages) {
      if (pkg.name !== name) continue;
      const subpath = clean.slice(name.length).replace(/^\//, "");
      const root = pkg.dir === "" ? "" : `${pkg.dir}/`;
      const fallbacks = subpath ? [subpath, `src/${subpath}`, `source/${subpath}`] : ["src/index", "source/index", "lib/index", "index", "src/main", "src/mod"];
      const candidates = [...entryTargets(pkg, subpath), ...fallbacks].flatMap((target) => [target, target.replace(BUILD_FOLDER, "src/")]);
      for (const candidate of candidates) {
        const resolved = resolveModulePath(posix2.normalize(`${root}${candidate}`).replace(/\.d\.[cm]?ts$/, ""), exists);
        if (resolved) {
          found.push(resolved);
          break;
        }
      }
    }
    return found;
  };
}
function entryTargets(pkg, subpath) {
  const key = subpath ? `./${subpath}` : ".";
  const targets = [...pkg.entries?.[key] ?? []];
  for (const [pattern, values] of Object.entries(pkg.entries ?? {})) {
    const rest = pattern.includes("*") ? matchAlias(key, pattern) : null;
    if (rest !== null) targets.push(...values.map((value) => value.replace("*", rest)));
  }
  const isSource = (target) => /\.[cm]?tsx?$/.test(target) && !/\.d\.[cm]?ts$/.test(target) ? 0 : 1;
  return targets.sort((a, b) => isSource(a) - isSource(b));
}

// src/project/imports.ts
var STATIC_IMPORT = /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"\n]+)['"]/g;
var SIDE_EFFECT_IMPORT = /\bimport\s*['"]([^'"\n]+)['"]/g;
var CALL_IMPORT = /\b(?:require|import|mock|doMock|importActual|requireActual|importMock)\s*\(\s*['"`]([^'"`\n]+)['"`]/g;
function importSpecifiers(text) {
  const specifiers = /* @__PURE__ */ new Set();
  for (const pattern of [STATIC_IMPORT, SIDE_EFFECT_IMPORT, CALL_IMPORT]) {
    for (const match2 of text.matchAll(pattern)) if (match2[1]) specifiers.add(match2[1]);
  }
  return [...specifiers];
}

// src/project/index.ts
var CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;
var VENDORED = "node_modules/";
var ProjectIndex = class _ProjectIndex {
  constructor(files, trackedFiles, manifests, testGlobs) {
    this.files = files;
    this.trackedFiles = trackedFiles;
    this.projectFiles = new Set(trackedFiles.filter((path2) => !path2.includes(VENDORED)));
    this.manifests = manifests;
    this.testGlobs = testGlobs;
    this.isTestFile = makeTestFileMatcher(testGlobs);
    this.testFiles = [...this.projectFiles].filter((path2) => CODE_FILE.test(path2) && this.isTestFile(path2)).sort();
    this.resolveImport = createModuleResolver(this.projectFiles, manifests.aliases, manifests.packages);
  }
  files;
  /** Every tracked path at head, sorted. */
  trackedFiles;
  /** The tracked paths outside node_modules: the files imports can resolve to. */
  projectFiles;
  /** Every package.json and tsconfig `paths` alias at head, and the manifests that did not parse. */
  manifests;
  /** The configured test-file globs (`analysis.test-globs`). */
  testGlobs;
  /** Code files matching the test globs, sorted. */
  testFiles;
  isTestFile;
  /** Repository paths an import specifier may name from a file: the one resolver of the run. */
  resolveImport;
  /** Lists the revision's files and reads its manifests (once). */
  static async load(files, options) {
    const trackedFiles = await files.trackedFiles();
    const manifests = await readProjectManifests(files, trackedFiles);
    return new _ProjectIndex(files, trackedFiles, manifests, options.testGlobs);
  }
  isFixture(path2) {
    return isFixturePath(path2);
  }
  /** The text of each readable, non-binary file at head (memoised by the Revision). */
  readTexts(paths) {
    return this.files.readTexts(paths);
  }
};

// src/analysis/walk.ts
var import_visitor_keys = __toESM(require_dist(), 1);
var CHILD_KEYS = { ...import_visitor_keys.visitorKeys, ExportSpecifier: ["exported", "local"] };
var NON_CHILD_KEYS = /* @__PURE__ */ new Set(["parent", "loc", "range", "tokens", "comments"]);
function isNode(value) {
  return typeof value === "object" && value !== null && typeof value.type === "string";
}
function pushChildren(children, value) {
  if (Array.isArray(value)) {
    for (const item of value) if (isNode(item)) children.push(item);
  } else if (isNode(value)) {
    children.push(value);
  }
}
function childrenOf(node) {
  const children = appendChildren(node, []);
  for (let index = 1; index < children.length; index++) {
    if (children[index - 1].range[0] > children[index].range[0]) {
      return children.sort((a, b) => a.range[0] - b.range[0]);
    }
  }
  return children;
}
function appendChildren(node, children) {
  const fields = node;
  const keys = CHILD_KEYS[node.type];
  if (keys) {
    for (const key of keys) pushChildren(children, fields[key]);
  } else {
    for (const key of Object.keys(node)) if (!NON_CHILD_KEYS.has(key)) pushChildren(children, fields[key]);
  }
  return children;
}
function walk(root, visitors) {
  const visit = (node) => {
    for (const visitor of visitors.enter.get(node.type) ?? []) visitor(node);
    for (const child of childrenOf(node)) visit(child);
    for (const visitor of visitors.exit.get(node.type) ?? []) visitor(node);
  };
  visit(root);
}

// src/analysis/xhtml-entities.ts
var XHTML_ENTITIES = {
  Aacute: "\xC1",
  aacute: "\xE1",
  Acirc: "\xC2",
  acirc: "\xE2",
  acute: "\xB4",
  AElig: "\xC6",
  aelig: "\xE6",
  Agrave: "\xC0",
  agrave: "\xE0",
  alefsym: "\u2135",
  Alpha: "\u0391",
  alpha: "\u03B1",
  amp: "&",
  and: "\u2227",
  ang: "\u2220",
  apos: "'",
  Aring: "\xC5",
  aring: "\xE5",
  asymp: "\u2248",
  Atilde: "\xC3",
  atilde: "\xE3",
  Auml: "\xC4",
  auml: "\xE4",
  bdquo: "\u201E",
  Beta: "\u0392",
  beta: "\u03B2",
  brvbar: "\xA6",
  bull: "\u2022",
  cap: "\u2229",
  Ccedil: "\xC7",
  ccedil: "\xE7",
  cedil: "\xB8",
  cent: "\xA2",
  Chi: "\u03A7",
  chi: "\u03C7",
  circ: "\u02C6",
  clubs: "\u2663",
  cong: "\u2245",
  copy: "\xA9",
  crarr: "\u21B5",
  cup: "\u222A",
  curren: "\xA4",
  dagger: "\u2020",
  Dagger: "\u2021",
  darr: "\u2193",
  dArr: "\u21D3",
  deg: "\xB0",
  Delta: "\u0394",
  delta: "\u03B4",
  diams: "\u2666",
  divide: "\xF7",
  Eacute: "\xC9",
  eacute: "\xE9",
  Ecirc: "\xCA",
  ecirc: "\xEA",
  Egrave: "\xC8",
  egrave: "\xE8",
  empty: "\u2205",
  emsp: "\u2003",
  ensp: "\u2002",
  Epsilon: "\u0395",
  epsilon: "\u03B5",
  equiv: "\u2261",
  Eta: "\u0397",
  eta: "\u03B7",
  ETH: "\xD0",
  eth: "\xF0",
  Euml: "\xCB",
  euml: "\xEB",
  euro: "\u20AC",
  exist: "\u2203",
  fnof: "\u0192",
  forall: "\u2200",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE",
  frasl: "\u2044",
  Gamma: "\u0393",
  gamma: "\u03B3",
  ge: "\u2265",
  gt: ">",
  harr: "\u2194",
  hArr: "\u21D4",
  hearts: "\u2665",
  hellip: "\u2026",
  Iacute: "\xCD",
  iacute: "\xED",
  Icirc: "\xCE",
  icirc: "\xEE",
  iexcl: "\xA1",
  Igrave: "\xCC",
  igrave: "\xEC",
  image: "\u2111",
  infin: "\u221E",
  int: "\u222B",
  Iota: "\u0399",
  iota: "\u03B9",
  iquest: "\xBF",
  isin: "\u2208",
  Iuml: "\xCF",
  iuml: "\xEF",
  Kappa: "\u039A",
  kappa: "\u03BA",
  Lambda: "\u039B",
  lambda: "\u03BB",
  lang: "\u2329",
  laquo: "\xAB",
  larr: "\u2190",
  lArr: "\u21D0",
  lceil: "\u2308",
  ldquo: "\u201C",
  le: "\u2264",
  lfloor: "\u230A",
  lowast: "\u2217",
  loz: "\u25CA",
  lrm: "\u200E",
  lsaquo: "\u2039",
  lsquo: "\u2018",
  lt: "<",
  macr: "\xAF",
  mdash: "\u2014",
  micro: "\xB5",
  middot: "\xB7",
  minus: "\u2212",
  Mu: "\u039C",
  mu: "\u03BC",
  nabla: "\u2207",
  nbsp: "\xA0",
  ndash: "\u2013",
  ne: "\u2260",
  ni: "\u220B",
  not: "\xAC",
  notin: "\u2209",
  nsub: "\u2284",
  Ntilde: "\xD1",
  ntilde: "\xF1",
  Nu: "\u039D",
  nu: "\u03BD",
  Oacute: "\xD3",
  oacute: "\xF3",
  Ocirc: "\xD4",
  ocirc: "\xF4",
  OElig: "\u0152",
  oelig: "\u0153",
  Ograve: "\xD2",
  ograve: "\xF2",
  oline: "\u203E",
  Omega: "\u03A9",
  omega: "\u03C9",
  Omicron: "\u039F",
  omicron: "\u03BF",
  oplus: "\u2295",
  or: "\u2228",
  ordf: "\xAA",
  ordm: "\xBA",
  Oslash: "\xD8",
  oslash: "\xF8",
  Otilde: "\xD5",
  otilde: "\xF5",
  otimes: "\u2297",
  Ouml: "\xD6",
  ouml: "\xF6",
  para: "\xB6",
  part: "\u2202",
  permil: "\u2030",
  perp: "\u22A5",
  Phi: "\u03A6",
  phi: "\u03C6",
  Pi: "\u03A0",
  pi: "\u03C0",
  piv: "\u03D6",
  plusmn: "\xB1",
  pound: "\xA3",
  prime: "\u2032",
  Prime: "\u2033",
  prod: "\u220F",
  prop: "\u221D",
  Psi: "\u03A8",
  psi: "\u03C8",
  quot: '"',
  radic: "\u221A",
  rang: "\u232A",
  raquo: "\xBB",
  rarr: "\u2192",
  rArr: "\u21D2",
  rceil: "\u2309",
  rdquo: "\u201D",
  real: "\u211C",
  reg: "\xAE",
  rfloor: "\u230B",
  Rho: "\u03A1",
  rho: "\u03C1",
  rlm: "\u200F",
  rsaquo: "\u203A",
  rsquo: "\u2019",
  sbquo: "\u201A",
  Scaron: "\u0160",
  scaron: "\u0161",
  sdot: "\u22C5",
  sect: "\xA7",
  shy: "\xAD",
  Sigma: "\u03A3",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sim: "\u223C",
  spades: "\u2660",
  sub: "\u2282",
  sube: "\u2286",
  sum: "\u2211",
  sup: "\u2283",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  supe: "\u2287",
  szlig: "\xDF",
  Tau: "\u03A4",
  tau: "\u03C4",
  there4: "\u2234",
  Theta: "\u0398",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thinsp: "\u2009",
  THORN: "\xDE",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  trade: "\u2122",
  Uacute: "\xDA",
  uacute: "\xFA",
  uarr: "\u2191",
  uArr: "\u21D1",
  Ucirc: "\xDB",
  ucirc: "\xFB",
  Ugrave: "\xD9",
  ugrave: "\xF9",
  uml: "\xA8",
  upsih: "\u03D2",
  Upsilon: "\u03A5",
  upsilon: "\u03C5",
  Uuml: "\xDC",
  uuml: "\xFC",
  weierp: "\u2118",
  Xi: "\u039E",
  xi: "\u03BE",
  Yacute: "\xDD",
  yacute: "\xFD",
  yen: "\xA5",
  yuml: "\xFF",
  Yuml: "\u0178",
  Zeta: "\u0396",
  zeta: "\u03B6",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// src/analysis/estree-shape.ts
var UNDEFINED_NOT_NULL = {
  ArrayPattern: ["typeAnnotation"],
  ArrowFunctionExpression: ["returnType", "typeParameters"],
  AssignmentPattern: ["typeAnnotation"],
  CallExpression: ["typeArguments"],
  ClassDeclaration: ["superTypeArguments", "typeParameters"],
  ClassExpression: ["superTypeArguments", "typeParameters"],
  ExpressionStatement: ["directive"],
  FunctionDeclaration: ["returnType", "typeParameters"],
  FunctionExpression: ["returnType", "typeParameters"],
  Identifier: ["typeAnnotation"],
  JSXOpeningElement: ["typeArguments"],
  MethodDefinition: ["accessibility"],
  NewExpression: ["typeArguments"],
  ObjectPattern: ["typeAnnotation"],
  PropertyDefinition: ["accessibility", "typeAnnotation"],
  RestElement: ["typeAnnotation", "value"],
  TSAbstractMethodDefinition: ["accessibility"],
  TSAbstractPropertyDefinition: ["accessibility", "typeAnnotation"],
  TSAbstractAccessorProperty: ["accessibility", "typeAnnotation"],
  AccessorProperty: ["accessibility", "typeAnnotation"],
  TSCallSignatureDeclaration: ["returnType", "typeParameters"],
  TSClassImplements: ["typeArguments"],
  TSConstructSignatureDeclaration: ["returnType", "typeParameters"],
  TSConstructorType: ["typeParameters"],
  TSDeclareFunction: ["body", "returnType", "typeParameters"],
  TSEnumMember: ["initializer"],
  TSEmptyBodyFunctionExpression: ["returnType", "typeParameters"],
  TSFunctionType: ["typeParameters"],
  TSIndexSignature: ["accessibility", "typeAnnotation"],
  TSInterfaceDeclaration: ["typeParameters"],
  TSInterfaceHeritage: ["typeArguments"],
  TSMappedType: ["readonly", "optional"],
  TSMethodSignature: ["accessibility", "returnType", "typeParameters"],
  TSParameterProperty: ["accessibility"],
  TSPropertySignature: ["accessibility", "typeAnnotation"],
  TSTypeAliasDeclaration: ["typeParameters"],
  TSTypeParameter: ["constraint", "default"],
  TSTypeQuery: ["typeArguments"],
  TSTypeReference: ["typeArguments"],
  TaggedTemplateExpression: ["typeArguments"]
};
var ENTITY = /&(?:#\d+|#x[\da-fA-F]+|[0-9a-zA-Z]+);/g;
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replaceAll(ENTITY, (entity) => {
    const item = entity.slice(1, -1);
    if (item[0] === "#") {
      const codePoint = item[1] === "x" ? Number.parseInt(item.slice(2), 16) : Number.parseInt(item.slice(1), 10);
      return codePoint > 1114111 ? entity : String.fromCodePoint(codePoint);
    }
    return Object.hasOwn(XHTML_ENTITIES, item) ? XHTML_ENTITIES[item] : entity;
  });
}
function lineStarts(source) {
  const starts = [0];
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 13) {
      if (source.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    } else if (code === 10 || code === 8232 || code === 8233) {
      starts.push(index + 1);
    }
  }
  return starts;
}
function positionFinder(source) {
  const starts = lineStarts(source);
  let last = 0;
  return (offset) => {
    if (starts[last] <= offset && (last + 1 === starts.length || offset < starts[last + 1])) {
      return { line: last + 1, column: offset - starts[last] };
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    last = low;
    return { line: low + 1, column: offset - starts[low] };
  };
}
function applyLiteralFixes(program, fixes) {
  for (const fix of fixes) {
    let node = program;
    for (const key of fix) node = node[key];
    const literal2 = node;
    if (typeof literal2.bigint === "string") {
      literal2.value = BigInt(literal2.bigint);
    } else if (literal2.regex) {
      try {
        literal2.value = new RegExp(literal2.regex.pattern, literal2.regex.flags);
      } catch {
        literal2.value = null;
      }
    }
  }
}
function isModulePath(path2) {
  return /\.m[jt]s$/i.test(path2);
}
function sourceTypeOf(path2, body) {
  if (isModulePath(path2)) return "module";
  return body.some(
    (statement) => statement.type === "ImportDeclaration" || statement.type === "ExportAllDeclaration" || statement.type === "ExportDefaultDeclaration" || statement.type === "ExportNamedDeclaration" || statement.type === "TSExportAssignment" || statement.type === "TSImportEqualsDeclaration" && statement.moduleReference.type === "TSExternalModuleReference"
  ) ? "module" : "script";
}
function toTypeScriptEstree(path2, source, result) {
  const { node, fixes } = JSON.parse(result.program);
  applyLiteralFixes(node, fixes);
  const positionOf = positionFinder(source);
  const program = node;
  delete program.hashbang;
  program.range = [0, source.length];
  program.sourceType = sourceTypeOf(path2, program.body);
  program.comments = result.comments.map((comment) => ({
    type: comment.type,
    value: comment.value,
    range: [comment.start, comment.end],
    loc: { start: positionOf(comment.start), end: positionOf(comment.end) }
  }));
  let usesImportMeta = false;
  const stack = [program];
  while (stack.length > 0) {
    const current = stack.pop();
    const fields = current;
    const start = fields.start;
    const end = fields.end;
    if (current !== program) current.range = [start, end];
    current.loc = { start: positionOf(current.range[0]), end: positionOf(current.range[1]) };
    const undefinedFields = UNDEFINED_NOT_NULL[current.type];
    if (undefinedFields) {
      for (const key of undefinedFields) if (fields[key] === null) fields[key] = void 0;
    }
    if (current.type === "TemplateElement") {
      if (current.value.raw.includes("\n")) current.value.raw = source.slice(start + 1, end - (current.tail ? 1 : 2));
    } else if (current.type === "MetaProperty" && current.meta.name === "import") {
      usesImportMeta = true;
    } else if (current.type === "JSXText") {
      current.value = decodeEntities(current.value);
    } else if (current.type === "Literal" && current.parent?.type === "JSXAttribute" && typeof current.value === "string") {
      current.value = decodeEntities(current.value);
    }
    const first = stack.length;
    appendChildren(current, stack);
    for (let index = first; index < stack.length; index++) stack[index].parent = current;
  }
  if (usesImportMeta) program.sourceType = "module";
  return program;
}

// src/analysis/parse.ts
var parser = null;
var loading = null;
var newParser = null;
var reloads = 0;
var MAX_RELOADS = 3;
var stopped = null;
function loadParser() {
  loading ??= (async () => {
    const { compileOxc, loadOxc } = await import("./oxc-JW5ZB5F6.js");
    const compiled = await compileOxc();
    newParser = () => loadOxc(compiled);
    parser ??= newParser();
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
var ANALYSED_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
function languageOf(path2) {
  const extension = extensionOf(path2);
  if (extension === ".tsx") return "tsx";
  if (extension === ".ts" || extension === ".mts" || extension === ".cts") return /\.d\.[cm]?ts$/i.test(path2) ? "dts" : "ts";
  return "jsx";
}
function extensionOf(path2) {
  const slash = path2.lastIndexOf("/");
  const dot = path2.lastIndexOf(".");
  return dot > slash + 1 ? path2.slice(dot).toLowerCase() : "";
}
function isAnalysedPath(path2) {
  return ANALYSED_EXTENSIONS.includes(extensionOf(path2));
}
function firstLine(error2) {
  return (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0] ?? "";
}
var ACCEPTED_BY_TYPESCRIPT = [
  // A script's top-level `return` (Node's CommonJS wrapper runs it; snippets in tests and docs have it).
  /^A 'return' statement can only be used within a function body/,
  // `export const x = 1;` in a .d.ts file.
  /^Initializers are not allowed in ambient contexts/,
  // `const x;`, `const { a };` (found by deleting characters from real files at random).
  /^Missing initializer in (?:const|destructuring) declaration/,
  // `<div title={} />`: typescript-estree gives an empty expression container.
  /^JSX attributes must only be assigned a non-empty 'expression'/
];
function parseWith(oxc, path2, source, sourceType) {
  const result = oxc.parseSync(path2, source, { lang: languageOf(path2), sourceType, astType: "ts", range: false, preserveParens: false, showSemanticErrors: false });
  return { program: result.program, comments: result.comments, errors: result.errors };
}
function firstRejection(result) {
  return result.errors.find((each) => !ACCEPTED_BY_TYPESCRIPT.some((pattern) => pattern.test(each.message)));
}
function afterTrap(error2) {
  const stack = error2 instanceof RangeError && /call stack/i.test(error2.message);
  const message = stack ? "nested too deeply for the parser (it ran out of stack)" : `the parser failed: ${firstLine(error2)}`;
  if (reloads >= MAX_RELOADS) {
    stopped = `not parsed: the parser failed on ${MAX_RELOADS + 1} earlier files and was not started again`;
  } else {
    reloads++;
    try {
      parser = newParser();
    } catch (reloadError) {
      stopped = `not parsed: the parser could not be started again after it failed on an earlier file (${firstLine(reloadError)})`;
    }
  }
  return { ok: false, message, line: null };
}
function parseSource(path2, source) {
  if (parser === null) throw new Error("parseSource() before loadParser(): await loadParser() first");
  if (stopped !== null) return { ok: false, message: stopped, line: null };
  let result;
  try {
    const isModule = isModulePath(path2);
    result = parseWith(parser, path2, source, isModule ? "module" : "unambiguous");
    if (!isModule && firstRejection(result)) {
      const asModule = parseWith(parser, path2, source, "module");
      if (!firstRejection(asModule)) result = asModule;
    }
  } catch (error3) {
    return afterTrap(error3);
  }
  const error2 = firstRejection(result);
  if (error2) {
    const offset = error2.labels[0]?.start;
    return { ok: false, message: error2.message.split("\n")[0] ?? "", line: offset === void 0 ? null : positionFinder(source)(offset).line };
  }
  try {
    return { ok: true, ast: toTypeScriptEstree(path2, source, result) };
  } catch (error3) {
    return { ok: false, message: `the parser's tree could not be read: ${firstLine(error3)}`, line: null };
  }
}

// src/ids.ts
import { posix as posix3 } from "node:path";
var repoPathSchema = string2().check(
  _minLength(1),
  refine((path2) => repositoryPath(path2) === path2, { message: "not a normalised repository-relative path" })
).brand();
var shaSchema = string2().check(refine((text) => isSha(text), { message: "not a full commit SHA" })).brand();
var ruleIdSchema = string2().check(_minLength(1)).brand();
function repositoryPath(path2) {
  if (path2 === "" || path2.startsWith("/")) return null;
  const normalised = posix3.normalize(path2);
  if (normalised === "." || normalised === ".." || normalised.startsWith("../")) return null;
  return normalised.endsWith("/") ? normalised.slice(0, -1) : normalised;
}
function toRepoPath(path2, source) {
  const inRepository = repositoryPath(path2);
  if (inRepository === null) throw new InputError(`${source}: "${path2}" is not a path inside the repository`);
  return inRepository;
}
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isSha(text) {
  return SHA.test(text);
}
function toSha(text, source) {
  if (!isSha(text)) throw new InputError(`${source}: "${text}" is not a full commit SHA (40 or 64 lowercase hex digits)`);
  return text;
}
var KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
function toRuleId(id) {
  if (!KEBAB_CASE.test(id)) throw new Error(`rule id "${id}" is not kebab-case`);
  return id;
}
function scannerRuleId(id) {
  return id;
}

// src/model.ts
var LEVELS = ["error", "warning", "note"];
var LEVEL_RANK = { note: 0, warning: 1, error: 2 };
var PROVENANCES = ["ai", "human", "unknown"];
var FINDING_SOURCES = ["ast", "sarif", "coverage", "mutation"];
var FILE_STATUSES = ["added", "modified", "deleted", "renamed", "copied"];
var SIGNAL_KINDS = ["line-record", "commit", "pull-request", "config"];
var VERDICT_STATUSES = ["pass", "warn", "fail"];
var CONDITION_STATUSES = [...VERDICT_STATUSES, "skipped"];
var AI_MODES = ["auto", "all", "none"];
var EVIDENCE_KINDS = ["coverage", "sarif", "diff", "mutation"];
var MUTANT_STATUSES = ["Killed", "Survived", "NoCoverage", "Timeout", "CompileError", "RuntimeError", "Ignored", "Pending"];
var line = number2().check(int(), _gte(1));
var lines = array(line);
var levelSchema = _enum(LEVELS);
var provenanceSchema = _enum(PROVENANCES);
var lineRangeSchema = strictObject({ start: line, end: line });
var changedFileSchema = strictObject({
  path: repoPathSchema.check(describe2("Repository-relative path at head (at base for a deleted file).")),
  oldPath: nullable(repoPathSchema).check(describe2("The path at base for renamed and copied files.")),
  status: _enum(FILE_STATUSES),
  addedLines: lines.check(describe2("Head line numbers the change adds, ascending.")),
  movedLines: optional(lines).check(
    describe2(
      "Added lines whose code the same change removes elsewhere (moved, re-indented or re-wrapped): counted for coverage, not judged by the analysis rules. Absent when none."
    )
  ),
  hunks: array(lineRangeSchema),
  binary: boolean2(),
  submodule: boolean2(),
  modeOnly: boolean2()
});
var signalSchema = strictObject({
  kind: _enum(SIGNAL_KINDS),
  source: string2().check(describe2("Where it was found, e.g. `trailer:Co-authored-by`, `refs/notes/ai`.")),
  detail: string2().check(describe2("What was found (untrusted text).")),
  tool: optional(string2()).check(describe2("The assistant, when known: `claude-code`, `copilot`, \u2026")),
  confidence: _enum(["high", "low"]),
  id: optional(string2()).check(describe2("The catalogue entry or setting that matched."))
});
var coverageCountSchema = strictObject({
  measured: number2().check(int(), _gte(0)),
  covered: number2().check(int(), _gte(0)),
  percent: nullable(number2().check(_gte(0), _lte(100))).check(describe2("covered / measured \xD7 100; null when nothing was measured."))
});
var fileCoverageSchema = strictObject({
  path: repoPathSchema,
  measured: number2().check(int(), _gte(0), describe2("Added lines the coverage reports measure.")),
  covered: number2().check(int(), _gte(0)),
  coveredLines: lines,
  uncoveredLines: lines,
  ai: coverageCountSchema.check(describe2("The same counts for AI-written lines.")),
  branches: optional(coverageCountSchema)
});
var coverageSchema = strictObject({
  changed: coverageCountSchema.check(describe2("Changed-line coverage of all added lines.")),
  ai: coverageCountSchema.check(describe2("Changed-line coverage of AI-written added lines.")),
  branches: nullable(coverageCountSchema),
  files: array(fileCoverageSchema),
  unmentioned: array(repoPathSchema).check(describe2("Changed files with added lines that no coverage report mentions.")),
  overall: nullable(strictObject({ head: coverageCountSchema, base: nullable(coverageCountSchema), delta: nullable(number2()) })).check(describe2("Whole-project line coverage at head, at base, and the change in percentage points.")),
  reports: array(strictObject({ path: string2(), format: string2() }))
});
var mutantCount = number2().check(int(), _gte(0));
var mutationCountSchema = strictObject({
  killed: mutantCount,
  timeout: mutantCount,
  survived: mutantCount,
  noCoverage: mutantCount,
  invalid: mutantCount.check(describe2("CompileError and RuntimeError: not counted in the score.")),
  ignored: mutantCount.check(describe2("Ignored and Pending: not tested, not counted in the score.")),
  valid: mutantCount.check(describe2("killed + timeout + survived + noCoverage.")),
  score: nullable(number2().check(_gte(0), _lte(100))).check(describe2("(killed + timeout) / valid \xD7 100, as Stryker counts it; null when no valid mutant is on the lines."))
});
var survivingMutantSchema = strictObject({
  path: repoPathSchema,
  line: line.check(describe2("The added line the mutant starts on.")),
  provenance: provenanceSchema,
  mutator: string2().check(describe2("The mutator, e.g. `EqualityOperator` (untrusted text).")),
  status: _enum(MUTANT_STATUSES),
  original: string2().check(describe2("The code the mutant replaced, on one line (from the file at head).")),
  replacement: nullable(string2()).check(describe2("What the mutant put there (untrusted text); null when the report does not say."))
});
var mutationSchema = strictObject({
  all: mutationCountSchema.check(describe2("Mutants that start on added lines.")),
  ai: mutationCountSchema.check(describe2("Mutants that start on AI-written added lines.")),
  files: array(
    strictObject({
      path: repoPathSchema,
      all: mutationCountSchema,
      ai: mutationCountSchema,
      survivingLines: lines.check(describe2("Added lines with a surviving mutant shown as a finding."))
    })
  ),
  survivors: array(survivingMutantSchema).check(describe2("At most one surviving mutant per added line; arid lines left out.")),
  unmentioned: array(repoPathSchema).check(describe2("Changed files with added lines in a mutable language that no mutation report mentions.")),
  skipped: array(strictObject({ path: string2(), reason: string2() })).check(describe2("Changed files the reports name but could not be used for, and why.")),
  reports: array(strictObject({ path: string2(), mutants: number2().check(int(), _gte(0)) }))
});
var findingAttributionSchema = strictObject({
  commits: array(shaSchema).check(
    describe2(
      "Full SHAs of the AI-marked commits that may have written the lines: one when blame placed them; several candidates when no per-line record could tell; none for a pull-request, path or `ai: all` verdict."
    )
  ),
  signal: optional(signalSchema).check(describe2("The signal that made the lines AI-written, when one decided.")),
  text: string2().check(describe2("The same in one line, e.g. `3c61862 \xB7 Co-Authored-By: Claude` (untrusted text from commits)."))
});
var findingSchema = strictObject({
  ruleId: ruleIdSchema,
  level: levelSchema,
  path: repoPathSchema,
  startLine: line,
  endLine: line,
  message: string2().check(describe2("Plain text; untrusted when it comes from a scanner.")),
  source: _enum(FINDING_SOURCES),
  provenance: provenanceSchema,
  fingerprint: string2().check(_minLength(1), describe2("Stable when lines move: rule + path + hash of the code.")),
  helpUri: optional(string2()),
  tool: optional(string2()),
  securitySeverity: optional(number2().check(_gte(0), _lte(10))),
  tags: optional(array(string2())),
  onAddedLine: optional(boolean2()),
  alsoReportedBy: optional(
    array(
      strictObject({
        tool: string2(),
        ruleId: ruleIdSchema,
        level: _enum(["error", "warning", "note"]),
        startLine: number2().check(int(), _gte(1)),
        endLine: number2().check(int(), _gte(1))
      })
    )
  ).check(describe2("Scanner results of the same problem on the same lines (e.g. ESLint no-empty for empty-catch), folded into this finding and counted once.")),
  attribution: optional(findingAttributionSchema).check(
    describe2(
      "AI-written findings only: which commit and signal made the lines AI-written. Written by the JSON report; in memory the renderers derive it from the provenance."
    )
  )
});
var conditionSchema = strictObject({
  id: string2().check(_minLength(1), describe2("e.g. `changed-coverage.ai`, or `\u2026 [packages/payments/**]` for a path override.")),
  status: _enum(CONDITION_STATUSES),
  actual: nullable(union([number2(), string2()])),
  threshold: nullable(union([number2(), string2()])),
  message: string2(),
  operator: optional(_enum([">=", "<="])),
  unit: optional(_enum(["%", "pp", "count"]))
});
var sarifSummarySchema = strictObject({
  inputs: array(strictObject({ path: string2(), tools: array(string2()), results: number2().check(int(), _gte(0)) })),
  kept: number2().check(int(), _gte(0)),
  outsideFilter: number2().check(int(), _gte(0)),
  notNew: number2().check(int(), _gte(0)),
  notFailures: number2().check(int(), _gte(0)),
  silenced: optional(number2().check(int(), _gte(0))).check(
    describe2(
      "Results a diffgate line directive silenced: the directive silenced the diffgate rule reporting the same problem on the same lines (docs/analysis.md). Not counted in `kept`."
    )
  ),
  unlocated: array(strictObject({ tool: string2(), ruleId: string2(), location: string2(), reason: string2() }))
});
var skippedSchema = strictObject({ path: string2(), reason: string2() });
var missingEvidenceSchema = strictObject({ kind: _enum(EVIDENCE_KINDS), detail: string2() });
var policyChangeSchema = strictObject({
  path: string2().check(_minLength(1), describe2("The policy file, relative to the repository folder.")),
  source: _enum(["base", "head"]).check(describe2("Where the applied policy came from.")),
  applied: boolean2().check(describe2("True when the change\u2019s own version was applied (`policy-source: head`)."))
});

// src/analysis/ast-utils.ts
function commentsInside(program, node) {
  return (program.comments ?? []).filter((comment) => comment.range[0] >= node.range[0] && comment.range[1] <= node.range[1]);
}
var FILLER_WORDS = /* @__PURE__ */ new Set([
  "ignore",
  "ignored",
  "ignores",
  "ignoring",
  "empty",
  "noop",
  "no",
  "op",
  "nothing",
  "do",
  "to",
  "intentionally",
  "intentional",
  "deliberately",
  "swallow",
  "swallowed",
  "silence",
  "silently",
  "catch",
  "error",
  "errors",
  "err",
  "e",
  "it",
  "the",
  "an",
  "a"
]);
var PLACEHOLDER = /\b(todo|fixme|xxx|hack)\b/i;
function commentExplains(text) {
  if (PLACEHOLDER.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z][a-z']*/g) ?? [];
  return words.length >= 2 && words.some((word) => !FILLER_WORDS.has(word));
}
function isFunctionNode(node) {
  return node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";
}
function enclosingFunction(node) {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}
function unwrapTypeScript(node) {
  let current = node;
  while (current.type === "TSAsExpression" || current.type === "TSNonNullExpression" || current.type === "TSTypeAssertion" || current.type === "TSSatisfiesExpression") {
    current = current.expression;
  }
  return current;
}
function dottedName(node) {
  const inner = unwrapTypeScript(node);
  if (inner.type === "Identifier") return inner.name;
  if (inner.type === "ThisExpression") return "this";
  if (inner.type === "MemberExpression" && !inner.computed && inner.property.type === "Identifier") {
    const object2 = dottedName(inner.object);
    return object2 === null ? null : `${object2}.${inner.property.name}`;
  }
  return null;
}
function calledMethodName(call) {
  const callee = call.callee;
  if (callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier") return callee.property.name;
  return null;
}
var BUILTIN_ERRORS = /* @__PURE__ */ new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"]);
function errorConstructorName(node) {
  if (node.type !== "NewExpression" && node.type !== "CallExpression") return null;
  const name = dottedName(node.callee);
  if (name === null) return null;
  const last = name.slice(name.lastIndexOf(".") + 1);
  return /^(?:[A-Z]\w*)?Error$/.test(last) || last === "DOMException" ? last : null;
}
function mentionsIdentifier(node, name) {
  if (node.type === "Identifier" && node.name === name) return true;
  return childrenOf(node).some((child) => mentionsIdentifier(child, name));
}
function boundNames(pattern) {
  if (!pattern) return [];
  switch (pattern.type) {
    case "Identifier":
      return [pattern.name];
    case "ObjectPattern":
      return pattern.properties.flatMap((property) => property.type === "RestElement" ? boundNames(property.argument) : boundNames(property.value));
    case "ArrayPattern":
      return pattern.elements.flatMap((element) => boundNames(element));
    case "RestElement":
      return boundNames(pattern.argument);
    case "AssignmentPattern":
      return boundNames(pattern.left);
    case "TSParameterProperty":
      return boundNames(pattern.parameter);
    default:
      return [];
  }
}
function loggerName(callee, choices) {
  const target = unwrapTypeScript(callee);
  if (target.type === "Identifier") return choices.functions?.has(target.name) ? target.name : null;
  if (target.type !== "MemberExpression") return null;
  const receiver = dottedName(target.object);
  if (receiver === null) return null;
  const method = !target.computed && target.property.type === "Identifier" ? target.property.name : null;
  if (choices.methods && (method === null || !choices.methods.has(method))) return null;
  const tested = choices.receiverSegment === "last" ? receiver.slice(receiver.lastIndexOf(".") + 1) : receiver;
  if (!choices.receiver.test(tested)) return null;
  return method === null ? `${receiver}[\u2026]` : `${receiver}.${method}`;
}
function commentsNear(program, line2, window) {
  return (program.comments ?? []).filter(
    (comment) => comment.loc.end.line < line2 && comment.loc.end.line >= line2 - window.linesAbove || window.onLine && (comment.loc.end.line === line2 || comment.loc.start.line === line2)
  );
}
function commentBlockAbove(program, comments) {
  const block = [...comments];
  for (let top = Math.min(...comments.map((comment) => comment.loc.start.line)); ; ) {
    const above = (program.comments ?? []).find((comment) => comment.loc.end.line === top - 1);
    if (!above || block.includes(above)) break;
    block.push(above);
    top = above.loc.start.line;
  }
  return block;
}

// src/analysis/modules.ts
var resolveRelativeImport = resolveRelativeSpecifier;
function returnsPromiseType(node) {
  const annotation = node?.type === "TSTypeAnnotation" ? node.typeAnnotation : null;
  return annotation?.type === "TSTypeReference" && annotation.typeName.type === "Identifier" && annotation.typeName.name === "Promise";
}
function returnsPromise(node) {
  if (!node) return false;
  const fn = unwrapTypeScript(node);
  return (isFunctionNode(fn) || fn.type === "TSDeclareFunction") && (fn.async || returnsPromiseType(fn.returnType));
}
function promiseExports(program) {
  const names = /* @__PURE__ */ new Set();
  for (const statement of program.body) {
    if (statement.type !== "ExportNamedDeclaration" || !statement.declaration) continue;
    const declaration = statement.declaration;
    if (declaration.type === "FunctionDeclaration" && declaration.id && returnsPromise(declaration)) names.add(declaration.id.name);
    if (declaration.type === "VariableDeclaration" && declaration.kind === "const") {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === "Identifier" && returnsPromise(declarator.init)) names.add(declarator.id.name);
      }
    }
  }
  return names;
}
function importedModules(changedSources, project) {
  const imported = /* @__PURE__ */ new Set();
  for (const [path2, source] of changedSources) {
    for (const specifier of importSpecifiers(source)) for (const target of project.resolveImport(path2, specifier)) imported.add(target);
  }
  return imported;
}
async function promiseExportsOfModules(imported, changedExports, isChanged, project) {
  const exportsByModule = /* @__PURE__ */ new Map();
  for (const path2 of imported) {
    const names = changedExports.get(path2);
    if (names && names.size > 0) exportsByModule.set(path2, names);
  }
  const unread = [...imported].filter((path2) => !isChanged(path2));
  for (const [path2, source] of await project.readTexts(unread)) {
    const parsed = parseSource(path2, source);
    if (!parsed.ok) continue;
    const names = promiseExports(parsed.ast);
    if (names.size > 0) exportsByModule.set(path2, names);
  }
  return exportsByModule;
}

// src/diff/change-set.ts
function addedLinesOf(sorted) {
  const firstAtOrAfter = (line2) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = low + high >> 1;
      if ((sorted[middle] ?? 0) < line2) low = middle + 1;
      else high = middle;
    }
    return sorted[low];
  };
  return {
    has: (line2) => firstAtOrAfter(line2) === line2,
    touches: (start, end) => {
      const first = firstAtOrAfter(start);
      return first !== void 0 && first <= end;
    }
  };
}
var NONE2 = addedLinesOf([]);
function newCodeLines(file) {
  if (!file.movedLines || file.movedLines.length === 0) return file.addedLines;
  const moved = new Set(file.movedLines);
  return file.addedLines.filter((line2) => !moved.has(line2));
}

// src/analysis/symbols.ts
function isFunctionLike(node) {
  return node?.type === "ArrowFunctionExpression" || node?.type === "FunctionExpression";
}
function memberName(key, computed) {
  if (key.type === "Identifier" && !computed) return key.name;
  if (key.type === "PrivateIdentifier") return `#${key.name}`;
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) return String(key.value);
  return null;
}
function lines2(node) {
  return { startLine: node.loc.start.line, endLine: node.loc.end.line };
}
function classMembers(classNode, className, classExported) {
  const members2 = [];
  for (const member of classNode.body.body) {
    if (member.type !== "MethodDefinition" && member.type !== "PropertyDefinition") continue;
    if (member.type === "PropertyDefinition" && !isFunctionLike(member.value)) continue;
    const name = memberName(member.key, member.computed);
    if (name === null) continue;
    const hidden = member.accessibility === "private" || member.accessibility === "protected" || name.startsWith("#");
    members2.push({ name, kind: "method", container: className, exportedDirectly: classExported && !hidden, hidden, ...lines2(member) });
  }
  return members2;
}
function declarationsOf(statement, exportedDirectly, out) {
  switch (statement.type) {
    case "ExportNamedDeclaration":
      if (statement.declaration) declarationsOf(statement.declaration, true, out);
      return;
    case "ExportDefaultDeclaration": {
      const declaration = statement.declaration;
      if (declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration") {
        if (declaration.id) {
          declarationsOf(declaration, true, out);
        } else {
          const kind = declaration.type === "ClassDeclaration" ? "class" : "function";
          out.push({ name: "default", kind, exportedDirectly: true, hidden: false, ...lines2(statement) });
          if (declaration.type === "ClassDeclaration") out.push(...classMembers(declaration, "default", true));
        }
      } else if (declaration.type !== "Identifier" && !declaration.type.startsWith("TS")) {
        const kind = isFunctionLike(declaration) ? "function" : declaration.type === "ClassExpression" ? "class" : "variable";
        out.push({ name: "default", kind, exportedDirectly: true, hidden: false, ...lines2(statement) });
      }
      return;
    }
    case "FunctionDeclaration":
      if (statement.id && statement.body) {
        out.push({ name: statement.id.name, kind: "function", exportedDirectly, hidden: false, ...lines2(statement) });
      }
      return;
    case "ClassDeclaration":
      if (statement.id && !statement.declare) {
        out.push({ name: statement.id.name, kind: "class", exportedDirectly, hidden: false, ...lines2(statement) });
        out.push(...classMembers(statement, statement.id.name, exportedDirectly));
      }
      return;
    case "VariableDeclaration":
      if (statement.declare) return;
      for (const declarator of statement.declarations) {
        if (declarator.id.type !== "Identifier") continue;
        const name = declarator.id.name;
        const init = declarator.init;
        const kind = isFunctionLike(init) ? "function" : init?.type === "ClassExpression" ? "class" : "variable";
        out.push({ name, kind, exportedDirectly, hidden: false, ...lines2(declarator) });
        if (init?.type === "ClassExpression") out.push(...classMembers(init, name, exportedDirectly));
      }
      return;
    case "ExpressionStatement":
      commonJsExport(statement, out);
      return;
    default:
      return;
  }
}
function isModuleExports(node) {
  return node.type === "MemberExpression" && node.object.type === "Identifier" && node.object.name === "module" && node.property.type === "Identifier" && node.property.name === "exports";
}
function commonJsExport(statement, out) {
  const expression = statement.expression;
  if (expression.type !== "AssignmentExpression" || expression.left.type !== "MemberExpression") return;
  const target = expression.left;
  const onExports = target.object.type === "Identifier" && target.object.name === "exports" || isModuleExports(target.object);
  if (!onExports || target.computed || target.property.type !== "Identifier") return;
  const kind = isFunctionLike(expression.right) ? "function" : expression.right.type === "ClassExpression" ? "class" : "variable";
  out.push({ name: target.property.name, kind, exportedDirectly: true, hidden: false, ...lines2(statement) });
}
function namesExportedElsewhere(program) {
  const names = /* @__PURE__ */ new Set();
  for (const statement of program.body) {
    if (statement.type === "ExportNamedDeclaration" && !statement.source) {
      for (const specifier of statement.specifiers) if (specifier.local.type === "Identifier") names.add(specifier.local.name);
    } else if (statement.type === "ExportDefaultDeclaration" && statement.declaration.type === "Identifier") {
      names.add(statement.declaration.name);
    } else if (statement.type === "ExpressionStatement" && statement.expression.type === "AssignmentExpression" && isModuleExports(statement.expression.left)) {
      const value = statement.expression.right;
      if (value.type === "Identifier") names.add(value.name);
      if (value.type === "ObjectExpression") {
        for (const property of value.properties) {
          if (property.type === "Property" && property.value.type === "Identifier") names.add(property.value.name);
        }
      }
    } else if (statement.type === "TSExportAssignment" && statement.expression.type === "Identifier") {
      names.add(statement.expression.name);
    }
  }
  return names;
}
function declaredSymbols(program) {
  const declared = [];
  for (const statement of program.body) declarationsOf(statement, false, declared);
  const exportedElsewhere = namesExportedElsewhere(program);
  return declared.map(({ exportedDirectly, hidden, ...symbol }) => {
    const owner = symbol.kind === "method" ? symbol.container ?? "" : symbol.name;
    return { ...symbol, exported: exportedDirectly || exportedElsewhere.has(owner) && !hidden };
  });
}

// src/analysis/facts/tests.ts
var MAX_IMPORT_DEPTH = 12;
async function buildTestEvidence(input) {
  const { project } = input;
  const testFiles = [...project.testFiles];
  const testSet = new Set(testFiles);
  const words = /* @__PURE__ */ new Map();
  const directImporters = /* @__PURE__ */ new Map();
  let frontier = testFiles;
  for (let depth = 0; depth <= MAX_IMPORT_DEPTH && frontier.length > 0; depth++) {
    const texts = await project.readTexts(frontier);
    const next = /* @__PURE__ */ new Set();
    for (const [file, text] of texts) {
      words.set(file, new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []));
      for (const specifier of importSpecifiers(text)) {
        for (const module of project.resolveImport(file, specifier)) {
          if (testSet.has(module) || module === file) continue;
          addTo(directImporters, module, file);
          if (!words.has(module)) next.add(module);
        }
      }
    }
    frontier = [...next];
  }
  const { packages } = project.manifests;
  const testProjectDependencies = new Set(
    packages.filter((manifest) => project.isTestFile(manifest.dir === "" ? "package.json" : `${manifest.dir}/package.json`)).flatMap((manifest) => manifest.declared)
  );
  const endToEndPackages = packages.filter((manifest) => manifest.name !== null && testProjectDependencies.has(manifest.name)).map((manifest) => manifest.dir);
  const importers = /* @__PURE__ */ new Map();
  for (const [module, files] of directImporters) {
    const tests = [...files].filter((file) => testSet.has(file)).sort();
    if (tests.length > 0) importers.set(module, tests);
  }
  return {
    testGlobs: [...project.testGlobs],
    testFiles,
    importers,
    directImporters: new Map([...directImporters].map(([module, files]) => [module, [...files].sort()])),
    endToEndPackages,
    words
  };
}
function addTo(map, key, value) {
  const values = map.get(key);
  if (values) values.add(value);
  else map.set(key, /* @__PURE__ */ new Set([value]));
}
function findTestEvidence(index, module, names) {
  const testSet = new Set(index.testFiles);
  const importersOf = (file) => index.directImporters?.get(file) ?? index.importers.get(file) ?? [];
  const mentions = (file) => names.some((name) => index.words.get(file)?.has(name));
  const upstream = importersUpstream(module, importersOf);
  const tests = upstream.filter((file) => testSet.has(file)).sort();
  if (tests.length === 0) return { status: "not-imported" };
  const referencingTest = tests.find(mentions);
  if (referencingTest) return { status: "referenced", testFile: referencingTest, via: null };
  const referencingModule = upstream.find((file) => !testSet.has(file) && mentions(file));
  if (referencingModule) return { status: "referenced", testFile: tests[0], via: referencingModule };
  const direct = importersOf(module).filter((file) => testSet.has(file));
  return { status: "imported-only", testFiles: direct.length > 0 ? direct : tests };
}
function importersUpstream(module, importersOf) {
  const seen = /* @__PURE__ */ new Set([module]);
  const found = [];
  for (let next = 0, queue = [module]; next < queue.length; next++) {
    for (const importer of importersOf(queue[next])) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      found.push(importer);
      queue.push(importer);
    }
  }
  return found;
}

// src/analysis/facts/dependencies.ts
import { builtinModules } from "node:module";
var BUILD_CONFIG = /(?:^|\/)(?:vite|vitest|webpack|rollup|rolldown|jest|babel|tsup|rspack|rsbuild|esbuild|vue|nuxt|next|astro|svelte|playwright|metro)\.(?:config|workspace)(?:\.[\w-]+)?\.[cm]?[jt]s$|(?:^|\/)\.babelrc(?:\.json)?$/;
var MOCK_FILE = /(?:^|\/)__mocks__\/(.+)\.[cm]?[jt]sx?$/;
async function buildDependencyFacts(input) {
  const { project } = input;
  const configPaths = project.trackedFiles.filter((path2) => BUILD_CONFIG.test(path2) && !path2.includes("node_modules/"));
  const configs = await project.readTexts(configPaths);
  const manifests = project.manifests;
  const configNames = /* @__PURE__ */ new Set();
  for (const text of configs.values()) for (const token of text.match(/[@\w][\w.@/-]*/g) ?? []) configNames.add(token);
  const mockedModules = project.trackedFiles.flatMap((path2) => {
    const match2 = MOCK_FILE.exec(path2);
    return match2?.[1] ? [match2[1]] : [];
  });
  return {
    packages: manifests.packages,
    aliasPatterns: [...new Set(manifests.aliases.map((alias) => alias.pattern))],
    unreadable: manifests.unreadable,
    configNames: [...configNames].sort(),
    mockedModules: [...new Set(mockedModules)].sort()
  };
}
var builtins = new Set(builtinModules);
var RUNTIME_MODULES = /* @__PURE__ */ new Map([
  ["bun", () => true],
  ["vscode", (declared) => declared.includes("@types/vscode")]
]);
var packageNamePattern = /^(@[a-z0-9-][\w.-]*\/)?[a-z0-9-][\w.-]*$/i;
function checkDependency(facts, path2, specifier, options) {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("#")) return { status: "not-a-package" };
  if (specifier.startsWith("node:")) return { status: "builtin" };
  if (/^[a-z][\w+.-]*:/i.test(specifier)) return { status: "not-a-package" };
  if (facts.aliasPatterns.some((pattern) => matchAlias(specifier, pattern) !== null)) return { status: "alias" };
  const packageName = packageNameOf(specifier);
  if (!packageNamePattern.test(packageName)) return { status: "not-a-package" };
  if (builtins.has(specifier) || builtins.has(packageName)) return { status: "builtin" };
  if (facts.packages.some((manifest) => manifest.name === packageName)) return { status: "workspace" };
  if (facts.configNames?.includes(specifier) || facts.configNames?.includes(packageName)) return { status: "configured" };
  if (facts.mockedModules?.includes(specifier) || facts.mockedModules?.includes(packageName)) return { status: "mocked" };
  const governing = facts.packages.filter((manifest) => isInside(path2, manifest.dir));
  if (governing.length === 0 || facts.unreadable.some((skipped) => isInside(path2, dirOf(skipped.path)))) return { status: "unknown" };
  const runtime = RUNTIME_MODULES.get(packageName);
  if (runtime && governing.some((manifest) => runtime(manifest.declared))) return { status: "builtin" };
  const accepted = options.typeOnly ? [packageName, typesPackageOf(packageName)] : [packageName];
  if (governing.some((manifest) => accepted.some((name) => manifest.declared.includes(name)))) return { status: "declared" };
  const nearestFirst = [...governing].sort((a, b) => b.dir.length - a.dir.length);
  return { status: "undeclared", packageName, manifests: nearestFirst.map((manifest) => joinPath(manifest.dir, "package.json")) };
}
function typesPackageOf(name) {
  return name.startsWith("@") ? `@types/${name.slice(1).replace("/", "__")}` : `@types/${name}`;
}
function isInside(path2, dir) {
  return dir === "" || path2.startsWith(`${dir}/`);
}
function dirOf(path2) {
  const slash = path2.lastIndexOf("/");
  return slash < 0 ? "" : path2.slice(0, slash);
}
function joinPath(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}

// src/analysis/rule.ts
function createRule(rule) {
  return { meta: { ...rule.meta, id: toRuleId(rule.meta.id) }, create: (context) => rule.create(context) };
}

// src/analysis/catch-context.ts
var CLEANUP_CALLS = /* @__PURE__ */ new Set([
  "unlink",
  "unlinkSync",
  "rm",
  "rmSync",
  "rmdir",
  "rmdirSync",
  "remove",
  "removeSync",
  "close",
  "closeSync",
  "kill",
  "dispose",
  "destroy",
  "abort",
  "removeListener",
  "removeEventListener",
  "removeAllListeners",
  "off",
  "release",
  "disconnect",
  "terminate",
  "cancel",
  "clearTimeout",
  "clearInterval",
  "revokeObjectURL",
  "end",
  "unref",
  "stop",
  "delete",
  "deleteSync",
  "unsubscribe"
]);
var CALLBACK_TAKERS = /* @__PURE__ */ new Set([
  "setTimeout",
  "setInterval",
  "setImmediate",
  "queueMicrotask",
  "requestAnimationFrame",
  "requestIdleCallback",
  "on",
  "once",
  "addListener",
  "addEventListener",
  "prependListener",
  "subscribe",
  "watch",
  "onDidChange",
  "onDidChangeConfiguration",
  "onDidChangeTextDocument",
  "onDidSaveTextDocument",
  "onDidChangeActiveTextEditor",
  "onDidChangeVisibleTextEditors",
  "onDidChangeWorkspaceFolders"
]);
function calleeName(call) {
  const callee = unwrapTypeScript(call.callee);
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier") return callee.property.name;
  return null;
}
function cleanupCall(statement) {
  if (statement.type !== "ExpressionStatement") return false;
  let expression = unwrapTypeScript(statement.expression);
  if (expression.type === "AwaitExpression") expression = unwrapTypeScript(expression.argument);
  if (expression.type === "ChainExpression") expression = expression.expression;
  return expression.type === "CallExpression" && CLEANUP_CALLS.has(calleeName(expression) ?? "");
}
function isBestEffortCleanup(tryStatement) {
  const statements = tryStatement.block.body;
  if (statements.length > 0 && statements.every(cleanupCall)) return true;
  let node = tryStatement;
  while (node.parent) {
    const parent = node.parent;
    if (parent.type === "TryStatement" && parent.finalizer === node) return true;
    if (parent.type.includes("Function")) return false;
    node = parent;
  }
  return false;
}
function returnsFromTry(block) {
  const visit = (node) => node.type === "ReturnStatement" || !isFunctionNode(node) && childrenOf(node).some(visit);
  return visit(block);
}
function fallsBackAfterTry(tryStatement) {
  const parent = tryStatement.parent;
  if (parent.type !== "BlockStatement" && parent.type !== "Program") return false;
  const body = parent.body;
  const index = body.indexOf(tryStatement);
  return index >= 0 && index < body.length - 1 && returnsFromTry(tryStatement.block);
}
function inDeferredCallback(node) {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type !== "ArrowFunctionExpression" && parent.type !== "FunctionExpression" && parent.type !== "FunctionDeclaration") continue;
    const call = parent.parent;
    return call?.type === "CallExpression" && call.arguments.includes(parent) && CALLBACK_TAKERS.has(calleeName(call) ?? "");
  }
  return false;
}

// src/analysis/rules/empty-catch.ts
var ABOUT_FAILURE = /\b(?:errors?|fail(?:s|ed|ure)?|throw(?:s|n)?|reject(?:s|ed|ion)?|exceptions?|catch|missing|absent|unavailable|unsupported)\b/i;
function explainedAtTry(program, clause) {
  const statement = clause.parent;
  if (statement.type !== "TryStatement") return false;
  const aboveTry = new Set(commentsNear(program, statement.loc.start.line, { linesAbove: 2, onLine: false }));
  const firstInBlock = statement.block.body[0];
  return (program.comments ?? []).some((comment) => {
    const atTopOfBlock = comment.range[0] > statement.block.range[0] && comment.range[1] < (firstInBlock?.range[0] ?? statement.block.range[1]);
    if (comment.type === "Block" && comment.value.startsWith("*")) return false;
    const text = comment.value.trim();
    return (aboveTry.has(comment) || atTopOfBlock) && ABOUT_FAILURE.test(text) && commentExplains(text);
  });
}
var emptyCatch = createRule({
  meta: {
    id: "empty-catch",
    description: "A catch block with no statements, or only a comment that does not explain why the error is ignored.",
    defaultLevel: "note",
    // A test that provokes an error on purpose swallows it, then asserts what followed: the empty
    // catch is the test's shape, not lost error handling.
    category: "error-handling",
    scope: { tests: "never", fixtures: false },
    eslintEquivalents: ["no-empty"],
    messages: {
      empty: "Empty catch block: the error is silently discarded. Handle it, rethrow it, or explain in a comment why it can be ignored.",
      commentOnly: 'Catch block holds only a comment ("{{comment}}") that does not say why the error can be ignored.'
    },
    options: strictObject({
      /** Accept a catch whose only content is a comment that explains why (the default). */
      "allow-explained": _default(boolean2(), true)
    })
  },
  create(context) {
    const allowExplained = context.options["allow-explained"];
    return {
      CatchClause(node) {
        if (node.body.body.length > 0 || !context.touchesAddedLines(node)) return;
        if (isBestEffortCleanup(node.parent) || fallsBackAfterTry(node.parent)) return;
        const comments = commentsInside(context.ast, node.body);
        if (allowExplained && explainedAtTry(context.ast, node)) return;
        if (comments.length === 0) {
          context.report({ node, messageId: "empty" });
          return;
        }
        const text = comments.map((comment) => comment.value.trim()).join(" ");
        if (allowExplained && commentExplains(text)) return;
        context.report({ node, messageId: "commentOnly", data: { comment: text.length > 60 ? `${text.slice(0, 57)}...` : text } });
      }
    };
  }
});

// src/analysis/rules/floating-promise.ts
var PROMISE_MODULES = /* @__PURE__ */ new Set(["fs/promises", "timers/promises", "stream/promises", "dns/promises", "readline/promises"]);
var FS_MODULES = /* @__PURE__ */ new Set(["fs", "node:fs"]);
var FETCH_OBJECTS = /* @__PURE__ */ new Set(["globalThis", "window", "self"]);
var PROMISE_STATICS = /* @__PURE__ */ new Set(["all", "race", "any", "reject"]);
function isPromiseModule(specifier) {
  return PROMISE_MODULES.has(specifier.replace(/^node:/, ""));
}
function mayRethrow(node) {
  if (node.type === "ThrowStatement") return true;
  if (isFunctionNode(node)) return false;
  return childrenOf(node).some(mayRethrow);
}
function handlesOwnErrors(node) {
  const fn = node ? unwrapTypeScript(node) : null;
  if (fn === null || !isFunctionNode(fn) || !fn.async || fn.body.type !== "BlockStatement") return false;
  let guarded = 0;
  const safe = (current, inGuardedTry) => {
    if (current !== fn && isFunctionNode(current)) return true;
    if (!inGuardedTry) {
      if (current.type === "AwaitExpression" || current.type === "ThrowStatement") return false;
      if (current.type === "ForOfStatement" && current.await) return false;
      if (current.type === "ReturnStatement" && current.argument !== null && unwrapTypeScript(current.argument).type === "CallExpression") return false;
    }
    if (current.type === "TryStatement" && current.handler && !mayRethrow(current.handler.body)) {
      guarded++;
      return safe(current.block, true) && safe(current.handler, inGuardedTry) && (current.finalizer === null || safe(current.finalizer, inGuardedTry));
    }
    return childrenOf(current).every((child) => safe(child, inGuardedTry));
  };
  return safe(fn.body, false) && guarded > 0;
}
function requiredModule(node) {
  const value = node ? unwrapTypeScript(node) : null;
  if (value?.type !== "CallExpression" || value.callee.type !== "Identifier" || value.callee.name !== "require") return null;
  const arg = value.arguments[0];
  return arg?.type === "Literal" && typeof arg.value === "string" ? arg.value : null;
}
function gatherFacts(program, path2, project) {
  const facts = {
    promiseFunctions: /* @__PURE__ */ new Map(),
    promiseObjects: /* @__PURE__ */ new Set(),
    promiseNamespaces: /* @__PURE__ */ new Map(),
    fsModules: /* @__PURE__ */ new Set(),
    otherBindings: /* @__PURE__ */ new Set()
  };
  const candidates = /* @__PURE__ */ new Map();
  const projectExports = project.promiseExports;
  const visit = (node) => {
    switch (node.type) {
      case "ImportDeclaration": {
        const specifier = node.source.value;
        const module = projectExports ? resolveRelativeImport(path2, specifier, (candidate) => projectExports.has(candidate)) : null;
        const moduleExports = module === null ? void 0 : projectExports?.get(module);
        for (const imported of node.specifiers) {
          const local = imported.local.name;
          const importedName = imported.type === "ImportSpecifier" && imported.imported.type === "Identifier" ? imported.imported.name : null;
          if (isPromiseModule(specifier)) {
            if (imported.type === "ImportSpecifier") candidates.set(local, `${local}() from ${specifier}`);
            else facts.promiseObjects.add(local);
          } else if (FS_MODULES.has(specifier)) {
            if (importedName === "promises") facts.promiseObjects.add(local);
            else if (imported.type !== "ImportSpecifier") facts.fsModules.add(local);
          } else if (moduleExports) {
            if (importedName !== null && moduleExports.has(importedName)) candidates.set(local, `${local}() (async, from ${specifier})`);
            if (imported.type === "ImportNamespaceSpecifier") facts.promiseNamespaces.set(local, moduleExports);
          }
        }
        break;
      }
      case "FunctionDeclaration":
        if (node.id && returnsPromise(node) && !handlesOwnErrors(node)) candidates.set(node.id.name, `async function ${node.id.name}()`);
        else if (node.id) facts.otherBindings.add(node.id.name);
        break;
      case "VariableDeclarator": {
        const module = requiredModule(node.init);
        if (node.id.type === "Identifier" && returnsPromise(node.init) && !handlesOwnErrors(node.init)) {
          candidates.set(node.id.name, `async function ${node.id.name}()`);
        } else if (node.id.type === "Identifier" && module !== null && isPromiseModule(module)) {
          facts.promiseObjects.add(node.id.name);
        } else if (node.id.type === "Identifier" && module !== null && FS_MODULES.has(module)) {
          facts.fsModules.add(node.id.name);
        } else if (node.id.type === "ObjectPattern" && module !== null && isPromiseModule(module)) {
          for (const name of boundNames(node.id)) candidates.set(name, `${name}() from ${module}`);
        } else {
          for (const name of boundNames(node.id)) facts.otherBindings.add(name);
        }
        break;
      }
      case "ClassDeclaration":
        if (node.id) facts.otherBindings.add(node.id.name);
        break;
      case "CatchClause":
        for (const name of boundNames(node.param)) facts.otherBindings.add(name);
        break;
      default:
        break;
    }
    if (isFunctionNode(node)) for (const param of node.params) for (const name of boundNames(param)) facts.otherBindings.add(name);
    for (const child of childrenOf(node)) visit(child);
  };
  visit(program);
  for (const [name, label] of candidates) if (!facts.otherBindings.has(name)) facts.promiseFunctions.set(name, label);
  return facts;
}
function classMethods(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "ClassBody") {
      const methods = { async: /* @__PURE__ */ new Set(), other: /* @__PURE__ */ new Set() };
      for (const member of current.body) {
        if (member.type !== "MethodDefinition" && member.type !== "PropertyDefinition" || member.computed) continue;
        if (member.key.type !== "Identifier") continue;
        const value = member.value;
        (returnsPromise(value) && !handlesOwnErrors(value) ? methods.async : methods.other).add(member.key.name);
      }
      return methods;
    }
    if (current.type === "FunctionDeclaration" || current.type === "FunctionExpression" && current.parent?.type !== "MethodDefinition") return null;
  }
  return null;
}
function chainHasRejectionHandler(call) {
  for (let current = call; current.type === "CallExpression"; ) {
    const method = calledMethodName(current);
    if (method === "catch" || method === "then" && current.arguments.length >= 2) return true;
    if (method !== "then" && method !== "finally") return false;
    current = unwrapTypeScript(current.callee.object);
  }
  return false;
}
function floatingReason(call, facts) {
  if (chainHasRejectionHandler(call)) return null;
  const callee = unwrapTypeScript(call.callee);
  if (callee.type === "Identifier") {
    const known = facts.promiseFunctions.get(callee.name);
    if (known !== void 0) return known;
    if (callee.name === "fetch" && !facts.otherBindings.has("fetch")) return "fetch()";
    return null;
  }
  if (callee.type !== "MemberExpression") return null;
  const method = calledMethodName(call);
  if (method === "then") return ".then() without a rejection handler";
  if (method === "finally") return ".finally() without a rejection handler";
  const objectName = dottedName(callee.object);
  if (objectName === null || method === null) return null;
  if (objectName === "Promise" && PROMISE_STATICS.has(method)) return `Promise.${method}()`;
  if (method === "fetch" && FETCH_OBJECTS.has(objectName)) return `${objectName}.fetch()`;
  if (facts.promiseObjects.has(objectName)) return `${objectName}.${method}()`;
  if (facts.promiseNamespaces.get(objectName)?.has(method)) return `${objectName}.${method}() (async)`;
  const [root, middle, ...rest] = objectName.split(".");
  if (root !== void 0 && facts.fsModules.has(root) && middle === "promises" && rest.length === 0) return `${objectName}.${method}()`;
  if (objectName === "this") {
    const methods = classMethods(call);
    if (methods?.async.has(method) && !methods.other.has(method)) return `async method this.${method}()`;
  }
  return null;
}
var floatingPromise = createRule({
  meta: {
    id: "floating-promise",
    description: "A promise-returning call that is not awaited, returned, assigned, passed on, or given a rejection handler.",
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: "note",
    // In tests a bare promise is usually an idiom (a done callback in `.then(() => done())`, a test
    // watching a pending promise) and a failure fails the test anyway: 9 of 10 sampled test findings were false.
    category: "error-handling",
    scope: { tests: "never", fixtures: false },
    eslintEquivalents: ["@typescript-eslint/no-floating-promises"],
    messages: {
      floating: "The promise from {{call}} is neither awaited, returned, nor given a rejection handler: its failure goes unnoticed. Add `await`, `return`, `.catch(...)`, or `void` to mark it deliberate."
    }
  },
  create(context) {
    let facts = null;
    return {
      Program(program) {
        facts = gatherFacts(program, context.path, context.project);
      },
      ExpressionStatement(node) {
        if (facts === null || node.parent.type === "Program" || !context.touchesAddedLines(node)) return;
        let expression = unwrapTypeScript(node.expression);
        if (expression.type === "ChainExpression") expression = expression.expression;
        if (expression.type !== "CallExpression") return;
        const reason = floatingReason(expression, facts);
        if (reason !== null) context.report({ node, messageId: "floating", data: { call: reason } });
      }
    };
  }
});

// src/analysis/facts/test-syntax.ts
var TEST_NAMES = /* @__PURE__ */ new Set(["it", "test", "specify"]);
var SUITE_NAMES = /* @__PURE__ */ new Set(["describe", "suite", "context"]);
var SHORTHANDS = {
  fit: { base: "it", modifier: "only" },
  fdescribe: { base: "describe", modifier: "only" },
  ftest: { base: "test", modifier: "only" },
  xit: { base: "it", modifier: "skip" },
  xdescribe: { base: "describe", modifier: "skip" },
  xtest: { base: "test", modifier: "skip" },
  xcontext: { base: "context", modifier: "skip" },
  xspecify: { base: "specify", modifier: "skip" },
  xsuite: { base: "suite", modifier: "skip" }
};
var MODIFIERS = /* @__PURE__ */ new Set([
  "only",
  "skip",
  "todo",
  "concurrent",
  "sequential",
  "each",
  "skipIf",
  "runIf",
  "fails",
  "serial",
  "parallel",
  "fixme",
  "failing",
  "describe",
  "shuffle"
]);
function testCallOf(call) {
  const modifiers = [];
  let marker = null;
  let callee = call.callee;
  if (callee.type === "CallExpression") callee = callee.callee;
  while (callee.type === "MemberExpression") {
    if (callee.computed || callee.property.type !== "Identifier" || !MODIFIERS.has(callee.property.name)) return null;
    modifiers.unshift(callee.property.name);
    if ((callee.property.name === "only" || callee.property.name === "skip" || callee.property.name === "fixme") && !marker) marker = callee.property;
    callee = callee.object;
  }
  if (callee.type !== "Identifier") return null;
  let base = callee.name;
  const shorthand = SHORTHANDS[base];
  if (shorthand) {
    base = shorthand.base;
    modifiers.unshift(shorthand.modifier);
    marker = callee;
  }
  if (!TEST_NAMES.has(base) && !SUITE_NAMES.has(base)) return null;
  const kind = SUITE_NAMES.has(base) || modifiers.includes("describe") ? "suite" : "test";
  const last = call.arguments[call.arguments.length - 1];
  const body = last && (last.type === "ArrowFunctionExpression" || last.type === "FunctionExpression") ? last : null;
  return { kind, base, modifiers, marker, body };
}
function testTitleOf(call) {
  const first = call.arguments[0];
  if (first?.type === "Literal" && typeof first.value === "string") return first.value;
  if (first?.type === "TemplateLiteral") return first.quasis.map((quasi) => quasi.value.cooked ?? "").join("\u2026");
  return null;
}
function* descendants(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    yield node;
    stack.push(...childrenOf(node));
  }
}
function calleePath(callee) {
  const path2 = [];
  let node = callee;
  for (; ; ) {
    if (node.type === "MemberExpression") {
      if (node.property.type === "Identifier") path2.unshift(node.property.name);
      node = node.object;
    } else if (node.type === "CallExpression") {
      node = node.callee;
    } else if (node.type === "TSNonNullExpression" || node.type === "ChainExpression") {
      node = node.expression;
    } else if (node.type === "AwaitExpression") {
      node = node.argument;
    } else {
      if (node.type === "Identifier") path2.unshift(node.name);
      return path2;
    }
  }
}
var TEST_FRAMEWORKS = /* @__PURE__ */ new Set(["vitest", "jest", "@jest/globals", "expect", "chai", "mocha", "ava", "uvu", "tap", "jasmine", "@playwright/test", "node:test"]);
function testsOwnFramework(program, ownPackages) {
  return program.body.some(
    (statement) => statement.type === "ImportDeclaration" && TEST_FRAMEWORKS.has(statement.source.value) && ownPackages.has(statement.source.value)
  );
}

// src/analysis/rules/focused-or-skipped-test.ts
var PLACEHOLDER_NOTE = /\b(?:TODO|FIXME|XXX|HACK)\b/;
function skipIsExplained(program, call) {
  const near = commentsNear(program, call.loc.start.line, { linesAbove: 2, onLine: true });
  const block = commentBlockAbove(program, near);
  if (block.some((comment) => PLACEHOLDER_NOTE.test(comment.value))) return false;
  return near.some((comment) => commentExplains(comment.value.trim()));
}
function isTitle(node) {
  return node?.type === "Literal" ? typeof node.value === "string" : node?.type === "TemplateLiteral" || node?.type === "Identifier";
}
var focusedOrSkippedTest = createRule({
  meta: {
    id: "focused-or-skipped-test",
    description: "A test or suite marked `.only` (focused) or skipped unconditionally (`.skip`, `xit`, `xdescribe`).",
    defaultLevel: "note",
    category: "tests",
    scope: { tests: "only", fixtures: false },
    messages: {
      focused: "`{{marker}}` focuses this {{kind}}: every other test in the file stops running. Remove it before merging.",
      skipped: "`{{marker}}` switches this {{kind}} off. Fix the test, delete it, or skip it conditionally with a reason."
    }
  },
  create(context) {
    return {
      CallExpression(node) {
        const call = testCallOf(node);
        if (!call?.marker) return;
        if (!call.body || !isTitle(node.arguments[0])) return;
        if (!context.isAddedLine(call.marker.loc.start.line)) return;
        const focused = call.modifiers.includes("only");
        if (!focused && skipIsExplained(context.ast, node)) return;
        context.report({
          node: call.marker,
          messageId: focused ? "focused" : "skipped",
          data: { marker: context.getText(call.marker), kind: call.kind }
        });
      }
    };
  }
});

// src/analysis/rules/lost-error-cause.ts
function handlerOf(node) {
  let child = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current.type === "CatchClause" && child === current.body) {
      return { errorName: current.param?.type === "Identifier" ? current.param.name : current.param ? "" : null, clause: current };
    }
    if (isFunctionNode(current)) return null;
    if (current.type === "TryStatement" && child === current.block && current.handler) return null;
  }
  return null;
}
function mapsRecognisedCondition(node, created, handler) {
  const errorName = handler.errorName;
  if (errorName === null || created.arguments.some((arg) => mentionsIdentifier(arg, errorName))) return false;
  let child = node;
  for (let current = node.parent; current && current !== handler.clause; child = current, current = current.parent) {
    if (current.type === "IfStatement" && child === current.consequent && mentionsIdentifier(current.test, errorName)) return true;
    if (current.type === "SwitchCase" && current.test !== null && current.parent.type === "SwitchStatement" && mentionsIdentifier(current.parent.discriminant, errorName)) {
      return true;
    }
  }
  return false;
}
function passesCause(args) {
  return args.some(
    (arg) => arg.type === "ObjectExpression" && arg.properties.some(
      (property) => property.type === "SpreadElement" || property.type === "Property" && !property.computed && property.key.type === "Identifier" && property.key.name === "cause"
    )
  );
}
var lostErrorCause = createRule({
  meta: {
    id: "lost-error-cause",
    description: "A new error thrown inside a catch block without `{ cause }`, losing the original error and its stack.",
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: "note",
    // In tests a throw inside a catch is an assertion, not error handling.
    category: "error-handling",
    scope: { tests: "never", fixtures: false },
    eslintEquivalents: ["preserve-caught-error"],
    messages: {
      lost: "Throws a new {{name}} inside a catch block and drops the caught error: pass it on with `new {{name}}(message, { cause: error })`.",
      noCause: "Throws a new {{name}} without `{ cause: {{error}} }`: the caught error is read, but its stack and type do not travel with the new one."
    }
  },
  create(context) {
    return {
      ThrowStatement(node) {
        if (!context.touchesAddedLines(node)) return;
        const created = node.argument;
        const name = errorConstructorName(created);
        if (name === null || created.type !== "NewExpression" && created.type !== "CallExpression") return;
        const handler = handlerOf(node);
        if (handler === null || handler.errorName === "") return;
        if (passesCause(created.arguments) || mapsRecognisedCondition(node, created, handler)) return;
        const errorName = handler.errorName;
        const mentioned = errorName !== null && mentionsIdentifier(handler.clause.body, errorName);
        if (!mentioned) {
          context.report({ node, messageId: "lost", data: { name } });
        } else if (BUILTIN_ERRORS.has(name) && name !== "AggregateError") {
          context.report({ node, messageId: "noCause", data: { name, error: handler.errorName } });
        }
      }
    };
  }
});

// src/analysis/rules/lost-exit-code.ts
var LOGGERS = { receiver: /^(?:console|logger)$/, receiverSegment: "whole", methods: /* @__PURE__ */ new Set(["error", "log", "warn", "info"]) };
function setsExitCode(node) {
  if (node.type === "ThrowStatement") return true;
  if (node.type === "CallExpression" && /^(process\.exit|process\.abort|Deno\.exit|core\.setFailed)$/.test(dottedName(node.callee) ?? "")) return true;
  if (node.type === "AssignmentExpression" && dottedName(node.left) === "process.exitCode") return true;
  return childrenOf(node).some(setsExitCode);
}
function onlyLogs(handler) {
  const value = unwrapTypeScript(handler);
  if (loggerName(value, LOGGERS) !== null) return true;
  if (!isFunctionNode(value)) return false;
  return !setsExitCode(value.body) && logs(value.body);
}
function logs(node) {
  if (node.type === "CallExpression" && loggerName(node.callee, LOGGERS) !== null) return true;
  return childrenOf(node).some(logs);
}
var lostExitCode = createRule({
  meta: {
    id: "lost-exit-code",
    description: "A top-level `main().catch(console.error)`: the failure is logged and the process exits with code 0.",
    defaultLevel: "note",
    category: "error-handling",
    scope: { tests: "never", fixtures: false },
    messages: {
      exitsZero: "The rejection of `{{call}}` is only logged: the process exits with code 0 when it fails, so CI and callers see success. Set `process.exitCode = 1` in the handler (or rethrow)."
    }
  },
  create(context) {
    return {
      Program(program) {
        for (const statement of program.body) {
          if (statement.type !== "ExpressionStatement" || !context.touchesAddedLines(statement)) continue;
          const call = unwrapTypeScript(statement.expression);
          if (call.type !== "CallExpression" || call.callee.type !== "MemberExpression" || call.callee.computed) continue;
          const method = call.callee.property.type === "Identifier" ? call.callee.property.name : "";
          const handler = method === "catch" ? call.arguments[0] : method === "then" ? call.arguments[1] : void 0;
          if (!handler || !onlyLogs(handler)) continue;
          const target = unwrapTypeScript(call.callee.object);
          if (target.type !== "CallExpression") continue;
          context.report({ node: statement, messageId: "exitsZero", data: { call: `${dottedName(target.callee) ?? "the call"}()` } });
        }
      }
    };
  }
});

// src/analysis/new-logic.ts
var BRANCH_TYPES = /* @__PURE__ */ new Set([
  "IfStatement",
  "ConditionalExpression",
  "LogicalExpression",
  "SwitchCase",
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoWhileStatement",
  "CatchClause",
  "ThrowStatement"
]);
var STRUCTURE_TYPES = /* @__PURE__ */ new Set(["BlockStatement", "EmptyStatement", "StaticBlock"]);
var MIN_STATEMENTS_NEW = 4;
var MIN_STATEMENTS_CHANGED = 6;
var LOGGERS2 = { receiver: /^(console|logger|log|logging|this\.log|this\.logger|this\.outputChannel|outputChannel)$/i, receiverSegment: "whole" };
function indexLogic(program) {
  const branchLines = [];
  const statementLines = [];
  for (const node of descendants(program)) {
    if (BRANCH_TYPES.has(node.type)) {
      if (!insideJsx(node)) branchLines.push(node.loc.start.line);
      if (node.type === "LogicalExpression" || node.type === "ConditionalExpression" || node.type === "SwitchCase" || node.type === "CatchClause") continue;
    }
    if (isStatement(node) && !STRUCTURE_TYPES.has(node.type) && !isLoggingStatement(node) && !insideJsx(node)) statementLines.push(node.loc.start.line);
  }
  return { branchLines, statementLines };
}
function measureLogic(index, startLine, endLine, onlyLines) {
  const counts = (lines3) => lines3.filter((line2) => line2 >= startLine && line2 <= endLine && (!onlyLines || onlyLines(line2))).length;
  return { branches: counts(index.branchLines), statements: counts(index.statementLines) };
}
function deservesTest(measure, isNew) {
  if (measure.branches > 0) return true;
  return measure.statements >= (isNew ? MIN_STATEMENTS_NEW : MIN_STATEMENTS_CHANGED);
}
function isStatement(node) {
  return node.type.endsWith("Statement") || node.type === "VariableDeclaration";
}
function isLoggingStatement(node) {
  if (node.type !== "ExpressionStatement") return false;
  let expression = node.expression;
  if (expression.type === "AwaitExpression") expression = expression.argument;
  return expression.type === "CallExpression" && loggerName(expression.callee, LOGGERS2) !== null;
}
function insideJsx(node) {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === "JSXExpressionContainer" || parent.type === "JSXElement" || parent.type === "JSXFragment") return true;
    if (parent.type === "ArrowFunctionExpression" || parent.type === "FunctionExpression") return false;
  }
  return false;
}

// src/analysis/rules/missing-tests.ts
var DEFAULT_IGNORE = [
  "**/*.d.ts",
  "**/*.config.*",
  "**/*.stories.*",
  "**/{scripts,examples,example,docs,benchmarks,benchmark,bench,fixtures,__fixtures__,__mocks__}/**"
];
var optionsSchema = strictObject({
  /** Source files the rule never asks tests for (type declarations, configs, scripts, examples). */
  ignore: _default(array(string2().check(_minLength(1))), DEFAULT_IGNORE)
});
var MAX_NAMED_TEST_FILES = 3;
var MAX_NAMED_OTHERS = 4;
var COMPOSITION_ROOTS = /* @__PURE__ */ new Set(["activate", "deactivate", "main"]);
var NEW_SYMBOL_SHARE = 0.8;
var FRAMEWORK_CALLED_METHODS = /* @__PURE__ */ new Set([
  "constructor",
  "render",
  "componentDidMount",
  "componentDidUpdate",
  "componentWillUnmount",
  "shouldComponentUpdate",
  "getSnapshotBeforeUpdate",
  "componentDidCatch",
  "getDerivedStateFromProps",
  "getDerivedStateFromError",
  "connectedCallback",
  "disconnectedCallback",
  "adoptedCallback",
  "attributeChangedCallback",
  "ngOnInit",
  "ngOnChanges",
  "ngOnDestroy",
  "ngAfterViewInit",
  "ngAfterContentInit",
  "ngDoCheck",
  "mounted",
  "updated",
  "unmounted"
]);
var missingTests = createRule({
  meta: {
    id: "missing-tests",
    description: "Exported code whose change adds behaviour (a branch, or a body of statements) that no test imports and references, and no coverage shows executed; one finding per file.",
    defaultLevel: "note",
    category: "tests",
    scope: { tests: "never", fixtures: true },
    options: optionsSchema,
    messages: {
      notImported: "{{kind}} `{{symbol}}` was {{change}} but no test covers it: no test file imports {{path}}, directly or through other modules ({{searched}}){{coverage}}.{{others}}",
      notReferenced: "{{kind}} `{{symbol}}` was {{change}} but no test covers it: {{testFiles}} reach {{path}}, but neither they nor the tested modules importing it reference `{{symbol}}`{{coverage}}.{{others}}"
    }
  },
  create(context) {
    if (compiledGlobsOf(context.options.ignore).matches(context.path)) return {};
    return {
      "Program:exit"(program) {
        const logic = indexLogic(program);
        const untested = [];
        for (const symbol of symbolsToTest(declaredSymbols(program), context)) {
          if (symbol.kind === "function" && COMPOSITION_ROOTS.has(symbol.name)) continue;
          const isNew = isNewSymbol(context, symbol);
          if (!addsBehaviour(context, logic, symbol, isNew)) continue;
          const problem = untestedProblem(context, symbol, isNew);
          if (problem) untested.push(problem);
        }
        reportOnce(context, untested);
      }
    };
  }
});
function symbolsToTest(symbols, context) {
  const changed = symbols.filter((symbol) => symbol.exported && symbol.kind !== "variable" && addedLinesOf2(symbol, context).length > 0);
  const newClasses = new Set(changed.filter((symbol) => symbol.kind === "class" && context.isAddedLine(symbol.startLine)).map((symbol) => symbol.name));
  const changedMethodsOf = new Set(changed.filter((symbol) => symbol.kind === "method").map((symbol) => symbol.container));
  return changed.filter((symbol) => {
    if (symbol.kind === "method") return !newClasses.has(symbol.container ?? "");
    if (symbol.kind === "class") return newClasses.has(symbol.name) || !changedMethodsOf.has(symbol.name);
    return true;
  });
}
function addedLinesOf2(symbol, context) {
  const lines3 = [];
  for (let line2 = symbol.startLine; line2 <= symbol.endLine; line2++) if (context.isAddedLine(line2)) lines3.push(line2);
  return lines3;
}
function addsBehaviour(context, logic, symbol, isNew) {
  const measure = measureLogic(logic, symbol.startLine, symbol.endLine, isNew ? void 0 : (line2) => context.isAddedLine(line2));
  return deservesTest(measure, isNew);
}
function isNewSymbol(context, symbol) {
  const span = symbol.endLine - symbol.startLine + 1;
  return context.isAddedLine(symbol.startLine) && addedLinesOf2(symbol, context).length >= NEW_SYMBOL_SHARE * span;
}
function untestedProblem(context, symbol, isNew) {
  const added = addedLinesOf2(symbol, context);
  const fileCoverage = context.project.coverage?.files.find((file) => file.path === context.path);
  if (fileCoverage && added.some((line2) => fileCoverage.coveredLines.includes(line2))) return null;
  const name = symbol.kind === "method" ? `${symbol.container ?? ""}.${symbol.name}` : symbol.name;
  const tests = context.project.tests;
  const names = symbol.kind === "method" && FRAMEWORK_CALLED_METHODS.has(symbol.name) ? [symbol.container ?? symbol.name] : [symbol.name, ...exportedAliases(context, symbol.name)];
  const evidence = findTestEvidence(tests, context.path, names);
  if (evidence.status === "referenced") return null;
  if (evidence.status === "imported-only" && usedElsewhereInModule(context, symbol)) return null;
  if (!fileCoverage && isInEndToEndPackage(context)) return null;
  if (symbol.name === "default" && evidence.status === "imported-only") return null;
  const data = {
    kind: symbol.kind === "method" ? "Method" : symbol.kind === "class" ? "Class" : "Function",
    symbol: name,
    change: isNew ? "added" : "changed",
    path: context.path,
    coverage: coverageNote(context, fileCoverage !== void 0, added.length)
  };
  if (evidence.status === "not-imported") {
    const searched = `searched ${tests.testFiles.length} test file${tests.testFiles.length === 1 ? "" : "s"} matching analysis.test-globs`;
    return { symbol, name, messageId: "notImported", data: { ...data, searched } };
  }
  const named = evidence.testFiles.slice(0, MAX_NAMED_TEST_FILES).join(", ");
  const more = evidence.testFiles.length > MAX_NAMED_TEST_FILES ? ` and ${evidence.testFiles.length - MAX_NAMED_TEST_FILES} more` : "";
  return { symbol, name, messageId: "notReferenced", data: { ...data, testFiles: named + more } };
}
function reportOnce(context, problems) {
  const [first, ...others] = problems;
  if (!first) return;
  const named = others.slice(0, MAX_NAMED_OTHERS).map((problem) => `\`${problem.name}\``);
  const rest = others.length - named.length;
  const list = rest > 0 ? `${named.join(", ")} and ${rest} more` : named.join(", ");
  const othersText = others.length === 0 ? "" : ` Also without tests in this file: ${list}.`;
  context.report({
    lines: { start: first.symbol.startLine, end: first.symbol.endLine },
    messageId: first.messageId,
    data: { ...first.data, others: othersText }
  });
}
function isInEndToEndPackage(context) {
  const dirs = context.project.tests.endToEndPackages ?? [];
  const nearest = context.project.dependencies.packages.filter((manifest) => manifest.dir === "" || context.path.startsWith(`${manifest.dir}/`)).sort((a, b) => b.dir.length - a.dir.length)[0];
  return nearest !== void 0 && dirs.includes(nearest.dir);
}
function exportedAliases(context, local) {
  const aliases = [];
  for (const statement of context.ast.body) {
    if (statement.type !== "ExportNamedDeclaration" || statement.source) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.local.type === "Identifier" && specifier.local.name === local && specifier.exported.type === "Identifier") aliases.push(specifier.exported.name);
    }
  }
  return aliases;
}
function usedElsewhereInModule(context, symbol) {
  for (const node of descendants(context.ast)) {
    if (node.loc.start.line >= symbol.startLine && node.loc.end.line <= symbol.endLine) continue;
    const parent = node.parent;
    if (symbol.kind === "method") {
      if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier" && node.property.name === symbol.name) return true;
      continue;
    }
    if (node.type !== "Identifier" || node.name !== symbol.name || !parent) continue;
    if (parent.type === "ExportSpecifier" || parent.type === "ExportDefaultDeclaration") continue;
    if (parent.type === "MemberExpression" && parent.property === node && !parent.computed) continue;
    if (parent.type === "Property" && parent.key === node && !parent.computed && !parent.shorthand) continue;
    if (parent.type === "Property" && parent.shorthand && parent.parent.parent?.type === "AssignmentExpression") continue;
    return true;
  }
  return false;
}
function coverageNote(context, fileMeasured, addedCount) {
  if (!context.project.coverage) return "";
  if (!fileMeasured) return "; the coverage reports do not mention this file";
  return `; coverage shows none of its ${addedCount} changed line${addedCount === 1 ? "" : "s"} executed`;
}

// src/analysis/rules/placeholder-code.ts
var NOT_IMPLEMENTED = /^\W*(?:(?:method|function|feature)\s+)?(?:not\s+(?:yet\s+)?implemented(?:\s+yet)?|unimplemented|implement\s+me|todo(?:\W+implement(?:\s+(?:me|this|it))?)?)\W*$/i;
var TODO_IMPLEMENT = [
  /\b(?:todo|fixme)\b\W*implement(?:ation)?(?:\s+(?:this|it|me|here|(?:the\s+)?(?:actual|real|proper)\b.*|(?:the\s+)?(?:logic|function|method|body|handler)\b.*))?\s*[.!]*$/i,
  /\b(?:todo|fixme)\b\W*(?:add\s+(?:the\s+)?(?:actual|real)\s+(?:logic|implementation|code)|fill\s+(?:this\s+)?in)\b/i
];
var PLACEHOLDER_COMMENTS = [
  // Not after a bracket or backtick: `[...rest]` is route or spread syntax quoted in a comment, not an elision.
  /^[^\w[`]*(?:\.{3}|\u2026)\s*(?:the\s+)?(?:rest|remaining|existing|other|more|same|previous|unchanged|additional)\b/i,
  /^\W*(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+|your\s+)?(?:code|implementation|function|file|logic|method|class|component)\b(?:\s+(?:remains?|stays?|is|goes)\b.*)?\W*$/i,
  /^\W*(?:(?:add|put|insert|write)\s+)?(?:your|the\s+actual|actual|real)\s+(?:code|implementation|logic)\s+(?:goes\s+)?here\W*$/i,
  /^\W*(?:the\s+)?implementation\s+goes\s+here\W*$/i,
  /\b(?:existing|previous|unchanged)\s+code\s*(?:\.{3}|\u2026|remains|stays|here|unchanged)/i
];
function isPlaceholderComment(text) {
  return PLACEHOLDER_COMMENTS.some((pattern) => pattern.test(text));
}
function isTodoImplement(text) {
  return TODO_IMPLEMENT.some((pattern) => pattern.test(text));
}
function isStubStatement(statement) {
  if (statement.type === "ThrowStatement") return true;
  if (statement.type !== "ReturnStatement") return false;
  const value = statement.argument;
  return value === null || value.type === "Literal" || value.type === "Identifier" && value.name === "undefined" || value.type === "ArrayExpression" && value.elements.length === 0 || value.type === "ObjectExpression" && value.properties.length === 0;
}
function inStubBody(program, comment) {
  let block = null;
  const visit = (node) => {
    if (node.range[0] > comment.range[0] || node.range[1] < comment.range[1]) return;
    if (node.type === "BlockStatement") block = node;
    for (const child of childrenOf(node)) visit(child);
  };
  visit(program);
  const found = block;
  return found !== null && found.body.every(isStubStatement);
}
function isAbstractMethodIdiom(node) {
  const body = node.parent;
  const fn = body?.parent;
  return body?.type === "BlockStatement" && body.body.length === 1 && fn?.type === "FunctionExpression" && fn.parent?.type === "MethodDefinition";
}
function stringValue(node) {
  if (!node) return null;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}
var placeholderCode = createRule({
  meta: {
    id: "placeholder-code",
    description: 'Placeholder code: `throw new Error("not implemented")`, "TODO: implement", "// ... rest of the code".',
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: "note",
    // Fakes in tests implement an interface with stubs for the methods the test never calls: every
    // sampled finding in a test file was one of those, never missing product code.
    category: "code-hygiene",
    scope: { tests: "never", fixtures: false },
    messages: {
      notImplemented: 'Placeholder: this throws "{{text}}" instead of doing the work. Implement it, or remove the code path.',
      placeholderComment: 'Placeholder comment "{{text}}": code seems to be missing here. Write it, or delete the comment if nothing is missing.'
    }
  },
  create(context) {
    return {
      ThrowStatement(node) {
        if (!context.touchesAddedLines(node) || errorConstructorName(node.argument) === null) return;
        const created = node.argument;
        const text = stringValue(created.arguments[0]);
        if (text === null || !NOT_IMPLEMENTED.test(text) || isAbstractMethodIdiom(node)) return;
        context.report({ node, messageId: "notImplemented", data: { text } });
      },
      Program(program) {
        for (const comment of program.comments ?? []) {
          if (!context.touchesAddedLines(comment) || comment.type === "Block" && comment.value.startsWith("*")) continue;
          const text = comment.value.replace(/^[\s*]+/, "").trim();
          if (!isPlaceholderComment(text) && !(isTodoImplement(text) && inStubBody(program, comment))) continue;
          const shown = text.split("\n")[0] ?? "";
          context.report({
            lines: { start: comment.loc.start.line, end: comment.loc.end.line },
            messageId: "placeholderComment",
            data: { text: shown.length > 60 ? `${shown.slice(0, 57)}...` : shown }
          });
        }
      }
    };
  }
});

// src/analysis/rules/suppressed-check.ts
var TS_DIRECTIVE = /^[\s*/]*@(ts-ignore|ts-nocheck)\b(.*)$/s;
var ESLINT_DIRECTIVE = /^\s*(eslint-disable(?:-next-line|-line)?)(?=\s|$)(.*)$/s;
var DIFFGATE_DIRECTIVE = /^[\s*]*(diffgate-disable-(?:next-line|line))(?=\s|$)(.*)$/s;
var ESLINT_CONFIG_DIRECTIVE = /^\s*(?:eslint-|eslint\s|global\s|globals\s|exported\s|diffgate-)/;
function hasReason(kind, rest) {
  if (kind.startsWith("eslint") || kind.startsWith("diffgate")) {
    const separator = rest.indexOf("--");
    return separator >= 0 && /[a-z]{2,}/i.test(rest.slice(separator + 2));
  }
  return /[a-z]{2,}/i.test(rest.replace(/^[\s:\-\u2014,.(]+/, ""));
}
function explainedAbove(comments, index) {
  const previous = comments[index - 1];
  const current = comments[index];
  if (!previous || !current) return false;
  if (previous.loc.end.line !== current.loc.start.line - 1) return false;
  const text = previous.value;
  return !TS_DIRECTIVE.test(text) && !ESLINT_CONFIG_DIRECTIVE.test(text) && /[a-z]{2,}/i.test(text);
}
var suppressedCheck = createRule({
  meta: {
    id: "suppressed-check",
    description: "An added `@ts-ignore`, `@ts-nocheck`, rule-less `eslint-disable`, or `diffgate-disable` comment with no reason given.",
    defaultLevel: "note",
    category: "code-hygiene",
    scope: { tests: "both", fixtures: true },
    options: strictObject({
      /**
       * Also report `eslint-disable\u2026` comments that name their rules but give no reason. Off by default:
       * the rule name already says what is silenced, and such comments are common and mostly deliberate.
       */
      "eslint-rules-need-reason": _default(boolean2(), false)
    }),
    messages: {
      noReason: "`{{directive}}` silences the checker without a reason. Fix the underlying problem, or say why: `{{example}}`.",
      blanket: "`{{directive}}` with no rule named turns off every rule here, without a reason. Name the rule and say why: `{{example}}`."
    }
  },
  create(context) {
    const namedRulesNeedReason = context.options["eslint-rules-need-reason"];
    return {
      Program(program) {
        const comments = program.comments ?? [];
        comments.forEach((comment, index) => {
          if (!context.touchesAddedLines(comment)) return;
          const ts = TS_DIRECTIVE.exec(comment.value);
          const diffgate = ts ? null : DIFFGATE_DIRECTIVE.exec(comment.value);
          const eslint = ts || diffgate ? null : ESLINT_DIRECTIVE.exec(comment.value);
          const match2 = ts ?? diffgate ?? eslint;
          if (!match2) return;
          const directive = ts ? `@${match2[1]}` : match2[1];
          if (hasReason(directive, match2[2] ?? "") || explainedAbove(comments, index)) return;
          const example = ts ? `// ${directive} -- <why it is safe>` : `// ${directive} <rule> -- <why it is safe>`;
          const blanket = !ts && !/[\w@]/.test((match2[2] ?? "").split("--")[0] ?? "");
          if (eslint !== null && !blanket && !namedRulesNeedReason) return;
          context.report({
            lines: { start: comment.loc.start.line, end: comment.loc.end.line },
            messageId: blanket ? "blanket" : "noReason",
            data: { directive, example }
          });
        });
      }
    };
  }
});

// src/analysis/rules/swallowed-error.ts
var LOG_AND_CONTINUE_PATHS = compileGlobs(["**/{examples,example,demo,demos,scripts}/**"]);
var LOGGERS3 = {
  receiver: /^(?:console|_?log|_?logger|logging)$/i,
  receiverSegment: "last",
  methods: /* @__PURE__ */ new Set(["log", "warn", "warning", "error", "info", "fatal"]),
  functions: /* @__PURE__ */ new Set(["log", "logError", "logWarning", "warn"])
};
function loggingCallName(statement) {
  if (statement.type !== "ExpressionStatement") return null;
  let expression = unwrapTypeScript(statement.expression);
  if (expression.type === "AwaitExpression") expression = unwrapTypeScript(expression.argument);
  if (expression.type === "ChainExpression") expression = expression.expression;
  return expression.type === "CallExpression" ? loggerName(expression.callee, LOGGERS3) : null;
}
var LOOPS = /* @__PURE__ */ new Set(["ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"]);
function isPerItemHandling(tryStatement) {
  let container = tryStatement.parent;
  if (container?.type === "BlockStatement") container = container.parent;
  if (!container) return false;
  if (LOOPS.has(container.type)) return true;
  if (isFunctionNode(container)) {
    const call = container.parent;
    return call?.type === "CallExpression" && call.arguments.includes(container) && calledMethodName(call) === "forEach";
  }
  return false;
}
var swallowedError = createRule({
  meta: {
    id: "swallowed-error",
    description: "A catch block that only logs the error and neither rethrows, returns, nor records it.",
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: "note",
    category: "error-handling",
    scope: { tests: "never", fixtures: true },
    messages: {
      onlyLogs: "This catch block only logs ({{call}}) and carries on as if nothing failed: rethrow, return a failure, or record the error so callers can tell."
    }
  },
  create(context) {
    if (LOG_AND_CONTINUE_PATHS.matches(context.path)) return {};
    return {
      CatchClause(node) {
        const statements = node.body.body;
        if (statements.length === 0 || !context.touchesAddedLines(node)) return;
        const calls = statements.map(loggingCallName);
        if (calls.some((call) => call === null)) return;
        if (isPerItemHandling(node.parent) || fallsBackAfterTry(node.parent) || isBestEffortCleanup(node.parent)) return;
        if (inDeferredCallback(node)) return;
        const comment = commentsInside(context.ast, node.body).map((c) => c.value).join(" ");
        if (commentExplains(comment)) return;
        context.report({ node, messageId: "onlyLogs", data: { call: `${calls[0]}()` } });
      }
    };
  }
});

// src/analysis/rules/test-without-assertion.ts
var ASSERTING_NAME = /^(?:expect|assert|should|verify|check|ensure|validate|match|waitFor|getBy|getAllBy|findBy|findAllBy)/i;
var SMOKE_TITLE = /\b(?:throw|throws|crash|crashes|error|errors|fail|fails)\b/i;
var HELPER_MODULE = /(?:helper|util|fixture|setup|harness|support|assert|expect|check|matcher|test)/i;
var testWithoutAssertion = createRule({
  meta: {
    id: "test-without-assertion",
    description: "An added test with no assertion that is empty or leaves the result it computes unchecked.",
    defaultLevel: "note",
    category: "tests",
    scope: { tests: "only", fixtures: false },
    messages: {
      empty: "The test {{title}} is empty: it passes without running anything. Write the test or delete it.",
      unchecked: "The test {{title}} computes `{{name}}` but never checks it: it passes whatever the value is. Add an `expect`/`assert` on it.",
      logged: "The test {{title}} prints its result instead of checking it: it passes whatever the value is. Replace the log with an `expect`/`assert`."
    }
  },
  create(context) {
    const assertingNames = /* @__PURE__ */ new Set();
    const tests = [];
    const localFunctions = /* @__PURE__ */ new Map();
    function isAssertingCall(call, testParameters) {
      const path2 = calleePath(call.callee);
      if (path2.some((name) => ASSERTING_NAME.test(name) || assertingNames.has(name))) return true;
      return path2[0] !== void 0 && testParameters.has(path2[0]);
    }
    function asserts(body, testParameters, visiting) {
      if (visiting.has(body)) return false;
      visiting.add(body);
      for (const node of descendants(body)) {
        if (node.type === "MemberExpression" && node.property.type === "Identifier" && node.property.name === "should") return true;
        if (node.type !== "CallExpression") continue;
        if (isAssertingCall(node, testParameters)) return true;
        const local = node.callee.type === "Identifier" ? localFunctions.get(node.callee.name) : void 0;
        if (local && asserts(local, /* @__PURE__ */ new Set(), visiting)) return true;
      }
      return false;
    }
    function hasTypeAssertion(body) {
      return context.ast.comments?.some(
        (comment) => comment.range[0] >= body.range[0] && comment.range[1] <= body.range[1] && comment.value.includes("@ts-expect-error")
      ) ?? false;
    }
    return {
      ImportDeclaration(node) {
        if (!HELPER_MODULE.test(node.source.value)) return;
        for (const specifier of node.specifiers) assertingNames.add(specifier.local.name);
      },
      FunctionDeclaration(node) {
        if (node.id) localFunctions.set(node.id.name, node);
      },
      VariableDeclarator(node) {
        const init = node.init;
        if (node.id.type === "Identifier" && (init?.type === "ArrowFunctionExpression" || init?.type === "FunctionExpression")) {
          localFunctions.set(node.id.name, init);
        }
      },
      CallExpression(node) {
        const call = testCallOf(node);
        if (!call || call.kind !== "test" || !call.body) return;
        if (call.modifiers.some((modifier) => modifier === "skip" || modifier === "todo" || modifier === "fixme")) return;
        if (!context.isAddedLine(node.loc.start.line)) return;
        tests.push({ call: node, body: call.body });
      },
      "Program:exit"() {
        for (const { call, body } of tests) {
          const title = testTitleOf(call);
          if (title !== null && SMOKE_TITLE.test(title)) continue;
          const parameters = new Set(body.params.flatMap((param) => param.type === "Identifier" ? [param.name] : []));
          if (asserts(body, parameters, /* @__PURE__ */ new Set()) || hasTypeAssertion(body)) continue;
          const problem = problemOf(body);
          if (!problem) continue;
          context.report({
            node: call.callee,
            messageId: problem.messageId,
            data: { title: title === null ? "" : JSON.stringify(title), name: problem.name }
          });
        }
      }
    };
  }
});
function isConsoleCall(node) {
  return node.type === "CallExpression" && calleePath(node.callee)[0] === "console";
}
function problemOf(body) {
  if (body.body.type === "BlockStatement" && body.body.body.length === 0) return { messageId: "empty", name: "" };
  const nodes = [...descendants(body.body)];
  for (const node of nodes) {
    if (node.type !== "VariableDeclarator" || node.id.type !== "Identifier" || !node.init) continue;
    if (node.id.typeAnnotation || node.id.name.startsWith("_")) continue;
    const init = node.init.type === "AwaitExpression" ? node.init.argument : node.init;
    if (init.type !== "CallExpression" && init.type !== "NewExpression") continue;
    const name = node.id.name;
    const reads = nodes.filter((other) => other.type === "Identifier" && other.name === name && other !== node.id);
    if (reads.every((read) => read.parent && isConsoleCall(read.parent))) return { messageId: "unchecked", name };
  }
  if (nodes.some(isConsoleCall)) return { messageId: "logged", name: "" };
  return null;
}

// src/analysis/rules/throw-literal.ts
function nonErrorKind(node) {
  const value = unwrapTypeScript(node);
  switch (value.type) {
    case "Literal":
      return value.value === null ? "null" : typeof value.value === "object" ? "regular expression" : typeof value.value;
    case "TemplateLiteral":
      return "string";
    case "ObjectExpression":
      return "plain object";
    case "ArrayExpression":
      return "array";
    case "Identifier":
      return value.name === "undefined" ? "undefined" : null;
    case "BinaryExpression":
      return value.operator === "+" && (isStringish(value.left) || isStringish(value.right)) ? "string" : null;
    case "UnaryExpression":
      return value.operator === "void" ? "undefined" : null;
    default:
      return null;
  }
}
function isStringish(node) {
  const value = unwrapTypeScript(node);
  return value.type === "Literal" && typeof value.value === "string" || value.type === "TemplateLiteral";
}
var throwLiteral = createRule({
  meta: {
    id: "throw-literal",
    description: "Throwing a string, number, plain object or other value that is not an Error.",
    defaultLevel: "note",
    // Tests do this on purpose: to exercise error handling, or where a bad response fails the test anyway.
    category: "error-handling",
    scope: { tests: "never", fixtures: true },
    eslintEquivalents: ["no-throw-literal", "@typescript-eslint/only-throw-error", "@typescript-eslint/no-throw-literal"],
    messages: {
      notAnError: "Throws a {{kind}}, not an Error: no stack trace, and `catch` code testing `instanceof Error` or reading `.message` misses it. Throw `new Error(...)` instead."
    }
  },
  create(context) {
    return {
      ThrowStatement(node) {
        if (!context.touchesAddedLines(node)) return;
        const kind = nonErrorKind(node.argument);
        if (kind !== null) context.report({ node, messageId: "notAnError", data: { kind } });
      }
    };
  }
});

// src/analysis/rules/trivial-assertion.ts
var EQUALITY_MATCHERS = /* @__PURE__ */ new Set(["toBe", "toEqual", "toStrictEqual", "equal", "equals", "eql", "deep"]);
var TRUTHINESS_MATCHERS = {
  toBeTruthy: (value) => Boolean(value),
  toBeFalsy: (value) => !value,
  toBeDefined: (value) => value !== void 0,
  toBeUndefined: (value) => value === void 0,
  toBeNull: (value) => value === null,
  ok: (value) => Boolean(value)
};
var ASSERT_EQUALITY = /* @__PURE__ */ new Set(["equal", "strictEqual", "deepEqual", "deepStrictEqual", "is", "deepEquals", "same", "equals"]);
var ASSERT_INEQUALITY = /* @__PURE__ */ new Set(["notEqual", "notStrictEqual", "notDeepEqual", "notDeepStrictEqual", "not"]);
var ASSERT_TRUTHY = /* @__PURE__ */ new Set(["ok", "true", "isTrue", "isOk", "truthy"]);
var NOT_CONSTANT = /* @__PURE__ */ Symbol("not constant");
function constantValue(node) {
  if (!node) return NOT_CONSTANT;
  if (node.type === "Literal") return "regex" in node || "bigint" in node ? NOT_CONSTANT : node.value;
  if (node.type === "Identifier" && node.name === "undefined") return void 0;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? NOT_CONSTANT;
  if (node.type === "UnaryExpression" && (node.operator === "-" || node.operator === "!")) {
    const value = constantValue(node.argument);
    if (value === NOT_CONSTANT) return NOT_CONSTANT;
    return node.operator === "-" ? -value : !value;
  }
  return NOT_CONSTANT;
}
function sameReference(a, b, text) {
  const isReference = (node) => node.type === "Identifier" || node.type === "MemberExpression" && !node.computed && isReference(node.object);
  return !!a && !!b && isReference(a) && isReference(b) && text(a) === text(b);
}
var trivialAssertion = createRule({
  meta: {
    id: "trivial-assertion",
    description: "An assertion that always passes: constants compared with constants, a value with itself, or `assert(true)`.",
    defaultLevel: "note",
    category: "tests",
    scope: { tests: "only", fixtures: false },
    messages: {
      constants: "`{{code}}` compares constants: it passes whatever the code does. Assert on a value the code under test produced.",
      self: "`{{code}}` compares a value with itself: it always passes. Compare the result with the expected value.",
      literalTruth: "`{{code}}` checks a literal: it always passes. Assert on a value the code under test produced."
    }
  },
  create(context) {
    const text = (node) => context.getText(node);
    const code = (node) => {
      const full = text(node).replace(/\s+/g, " ");
      return full.length > 80 ? `${full.slice(0, 77)}...` : full;
    };
    function checkExpect(node) {
      const path2 = calleePath(node.type === "CallExpression" ? node.callee : node);
      if (path2[0] !== "expect") return;
      let root = node.type === "CallExpression" ? node.callee : node;
      while (root.type === "MemberExpression" || root.type === "CallExpression" && root.callee.type !== "Identifier") {
        root = root.type === "MemberExpression" ? root.object : root.callee;
      }
      if (root.type !== "CallExpression" || root === node) return;
      const actualNode = root.arguments[0];
      const matcher = path2[path2.length - 1] ?? "";
      const negated = path2.includes("not");
      const actual = constantValue(actualNode);
      if (node.type === "MemberExpression") {
        if (actual === NOT_CONSTANT || !["true", "false", "ok", "null", "undefined"].includes(matcher)) return;
        const holds = matcher === "true" ? actual === true : matcher === "false" ? actual === false : matcher === "ok" ? Boolean(actual) : matcher === "null" ? actual === null : actual === void 0;
        if (holds !== negated) context.report({ node, messageId: "literalTruth", data: { code: code(node) } });
        return;
      }
      if (EQUALITY_MATCHERS.has(matcher)) {
        const expectedNode = node.arguments[0];
        const expected = constantValue(expectedNode);
        if (actual !== NOT_CONSTANT && expected !== NOT_CONSTANT) {
          if (Object.is(actual, expected) !== negated) context.report({ node, messageId: "constants", data: { code: code(node) } });
        } else if (!negated && sameReference(actualNode, expectedNode, text)) {
          context.report({ node, messageId: "self", data: { code: code(node) } });
        }
        return;
      }
      const truthiness = TRUTHINESS_MATCHERS[matcher];
      if (truthiness && actual !== NOT_CONSTANT && truthiness(actual) !== negated) {
        context.report({ node, messageId: "literalTruth", data: { code: code(node) } });
      }
    }
    function checkAssert(node) {
      const path2 = calleePath(node.callee);
      const [first, second] = node.arguments;
      if (path2.length === 1 && path2[0] === "assert") {
        if (constantValue(first) !== NOT_CONSTANT && Boolean(constantValue(first))) context.report({ node, messageId: "literalTruth", data: { code: code(node) } });
        return;
      }
      const owner = path2[path2.length - 2];
      const method = path2[path2.length - 1] ?? "";
      if (owner !== "assert" && owner !== "t" && owner !== "expect") return;
      if (ASSERT_TRUTHY.has(method)) {
        const value = constantValue(first);
        if (value !== NOT_CONSTANT && (method === "ok" || method === "truthy" || method === "isOk" ? Boolean(value) : value === true)) {
          context.report({ node, messageId: "literalTruth", data: { code: code(node) } });
        }
        return;
      }
      const equality = ASSERT_EQUALITY.has(method);
      if (!equality && !ASSERT_INEQUALITY.has(method)) return;
      const a = constantValue(first);
      const b = constantValue(second);
      if (a !== NOT_CONSTANT && b !== NOT_CONSTANT) {
        if (Object.is(a, b) === equality) context.report({ node, messageId: "constants", data: { code: code(node) } });
      } else if (equality && sameReference(first, second, text)) {
        context.report({ node, messageId: "self", data: { code: code(node) } });
      }
    }
    return {
      CallExpression(node) {
        if (!context.touchesAddedLines(node)) return;
        checkExpect(node);
        checkAssert(node);
      },
      MemberExpression(node) {
        if (node.parent.type === "MemberExpression" || node.parent.type === "CallExpression") return;
        if (!context.touchesAddedLines(node)) return;
        checkExpect(node);
      }
    };
  }
});

// src/analysis/rules/unchecked-fetch.ts
var BODY_READS = /* @__PURE__ */ new Set(["json", "text", "blob", "arrayBuffer", "formData", "bytes", "body"]);
var STATUS_CHECKS = /* @__PURE__ */ new Set(["ok", "status"]);
var NEUTRAL = /* @__PURE__ */ new Set(["headers", "url", "redirected", "type", "statusText", "bodyUsed", "clone"]);
var FETCH_OBJECTS2 = /* @__PURE__ */ new Set(["globalThis", "window", "self"]);
function isFetchCall(node, fetchIsLocal) {
  const value = unwrapTypeScript(node);
  if (value.type !== "CallExpression") return false;
  const name = dottedName(value.callee);
  if (name === "fetch") return !fetchIsLocal;
  const [object2, method, ...rest] = (name ?? "").split(".");
  return method === "fetch" && rest.length === 0 && object2 !== void 0 && FETCH_OBJECTS2.has(object2);
}
function bindsFetch(program) {
  const visit = (node) => {
    if (node.type === "VariableDeclarator" && boundNames(node.id).includes("fetch")) return true;
    if (node.type === "FunctionDeclaration" && node.id?.name === "fetch") return true;
    if (isFunctionNode(node) && node.params.some((param) => boundNames(param).includes("fetch"))) return true;
    return childrenOf(node).some(visit);
  };
  return visit(program);
}
function usesOf(scope, name, declaration) {
  const reads = [];
  let checked = false;
  const visit = (node) => {
    if (checked) return;
    if (node === declaration) return;
    if (node.type === "Identifier" && node.name === name) {
      const parent = node.parent;
      const property = parent?.type === "MemberExpression" && parent.object === node && !parent.computed && parent.property.type === "Identifier" ? parent.property.name : null;
      if (property !== null && BODY_READS.has(property)) reads.push(parent?.parent?.type === "CallExpression" ? parent.parent : parent);
      else if (property !== null && STATUS_CHECKS.has(property)) checked = true;
      else if (property !== null && NEUTRAL.has(property)) return;
      else if (!(parent?.type === "Property" && parent.key === node && !parent.shorthand)) checked = true;
      return;
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(scope);
  return { reads, checked };
}
var uncheckedFetch = createRule({
  meta: {
    id: "unchecked-fetch",
    description: "A fetch response whose body is read without checking `response.ok` or `response.status`.",
    // `note`: 1 false positive in the 2 findings real code gave (test/precision/README.md): not shown
    // to be under 10%, so it informs and does not gate until measured on more code.
    defaultLevel: "note",
    // Tests do this on purpose: to exercise error handling, or where a bad response fails the test anyway.
    category: "error-handling",
    scope: { tests: "never", fixtures: true },
    messages: {
      unchecked: "Reads the body of `{{name}}` without checking `{{name}}.ok` or `{{name}}.status`: fetch does not throw on 404 or 500, so an error page is read as data."
    }
  },
  create(context) {
    let fetchIsLocal = false;
    const reportReads = (scope, name, declaration) => {
      const { reads, checked } = usesOf(scope, name, declaration);
      const first = reads.find((read) => context.touchesAddedLines(read));
      if (!checked && first) context.report({ node: first, messageId: "unchecked", data: { name } });
    };
    return {
      Program(program) {
        fetchIsLocal = bindsFetch(program);
      },
      // const response = await fetch(url)
      VariableDeclarator(node) {
        const init = node.init ? unwrapTypeScript(node.init) : null;
        if (node.id.type !== "Identifier" || init?.type !== "AwaitExpression" || !isFetchCall(init.argument, fetchIsLocal)) return;
        const fn = enclosingFunction(node);
        reportReads(fn ? fn.body : context.ast, node.id.name, node.id);
      },
      // fetch(url).then((response) => response.json())
      CallExpression(node) {
        const callee = node.callee;
        if (calledMethodName(node) === "then" && callee.type === "MemberExpression" && isFetchCall(callee.object, fetchIsLocal)) {
          const handler = node.arguments[0];
          const param = handler && isFunctionNode(handler) ? handler.params[0] : void 0;
          if (handler && isFunctionNode(handler) && param?.type === "Identifier") reportReads(handler.body, param.name, param);
          return;
        }
        const method = calledMethodName(node);
        if (method !== null && BODY_READS.has(method) && callee.type === "MemberExpression") {
          const object2 = unwrapTypeScript(callee.object);
          if (object2.type === "AwaitExpression" && isFetchCall(object2.argument, fetchIsLocal) && context.touchesAddedLines(node)) {
            context.report({ node, messageId: "unchecked", data: { name: "the response" } });
          }
        }
      }
    };
  }
});

// src/analysis/rules/undeclared-dependency.ts
var MOCK_CALLS = /* @__PURE__ */ new Set(["mock", "doMock", "unstable_mockModule", "setMock"]);
function stringValue2(node) {
  if (node?.type === "Literal" && typeof node.value === "string") return node.value;
  if (node?.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}
var undeclaredDependency = createRule({
  meta: {
    id: "undeclared-dependency",
    description: "An added import or require of a package that no package.json declares.",
    defaultLevel: "note",
    category: "dependencies",
    scope: { tests: "both", fixtures: false },
    messages: {
      undeclared: "`{{package}}` is imported but not declared in {{manifests}} (any dependency field), nor a workspace package, Node builtin or tsconfig `paths` alias. Check that the package exists and is the one you mean, then add it to package.json."
    }
  },
  create(context) {
    const candidates = [];
    const mocked = /* @__PURE__ */ new Set();
    function check(source, specifier, typeOnly) {
      if (specifier === null || !context.isAddedLine(source.loc.start.line)) return;
      candidates.push({ source, specifier, typeOnly });
    }
    return {
      "Program:exit"() {
        for (const { source, specifier, typeOnly } of candidates) if (!mocked.has(specifier)) report(context, source, specifier, typeOnly);
      },
      ImportDeclaration(node) {
        const typeOnly = node.importKind === "type" || node.specifiers.length > 0 && node.specifiers.every((s) => s.type === "ImportSpecifier" && s.importKind === "type");
        check(node.source, node.source.value, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node.source, node.source.value, node.exportKind === "type");
      },
      ExportAllDeclaration(node) {
        check(node.source, node.source.value, node.exportKind === "type");
      },
      ImportExpression(node) {
        check(node.source, stringValue2(node.source), false);
      },
      TSImportType(node) {
        const source = node.source;
        if (source) check(source, stringValue2(source), true);
      },
      TSExternalModuleReference(node) {
        check(node.expression, stringValue2(node.expression), false);
      },
      CallExpression(node) {
        const callee = node.callee;
        const mockedSpecifier = stringValue2(node.arguments[0]);
        if (mockedSpecifier !== null && MOCK_CALLS.has(calleePath(callee).at(-1) ?? "")) mocked.add(mockedSpecifier);
        const isRequire = callee.type === "Identifier" && callee.name === "require" && node.arguments.length === 1;
        if (isRequire) check(node.arguments[0], stringValue2(node.arguments[0]), false);
      }
    };
  }
});
function report(context, source, specifier, typeOnly) {
  const result = checkDependency(context.project.dependencies, context.path, specifier, { typeOnly });
  if (result.status !== "undeclared") return;
  context.report({
    node: source,
    messageId: "undeclared",
    data: { package: result.packageName, manifests: result.manifests.join(", ") }
  });
}

// src/analysis/rules/unguarded-json-parse.ts
function isLiteralText(node) {
  const value = unwrapTypeScript(node);
  return value.type === "Literal" && typeof value.value === "string" || value.type === "TemplateLiteral" && value.expressions.length === 0;
}
function isStringifyCall(node) {
  const value = node ? unwrapTypeScript(node) : null;
  return value?.type === "CallExpression" && dottedName(value.callee) === "JSON.stringify";
}
function isStringified(node, scope) {
  const value = unwrapTypeScript(node);
  if (isStringifyCall(value)) return true;
  if (value.type !== "Identifier") return false;
  const visit = (current) => {
    if (current.type === "VariableDeclaration" && current.kind === "const") {
      return current.declarations.some((d) => d.id.type === "Identifier" && d.id.name === value.name && isStringifyCall(d.init));
    }
    return childrenOf(current).some(visit);
  };
  return visit(scope);
}
function chainHandlesRejection(call) {
  let current = call;
  while (current.parent?.type === "MemberExpression" && current.parent.object === current && current.parent.parent?.type === "CallExpression") {
    const next = current.parent.parent;
    const method = calledMethodName(next);
    if (method === "catch" || method === "then" && next.arguments.length >= 2) return true;
    current = next;
  }
  return false;
}
function isGuarded(node) {
  let child = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current.type === "TryStatement" && child === current.block && current.handler) return true;
    if (isFunctionNode(current) && current.parent?.type === "CallExpression") {
      const call = current.parent;
      const method = calledMethodName(call);
      if ((method === "then" || method === "finally") && call.arguments.some((arg) => arg === current) && chainHandlesRejection(call)) return true;
    }
  }
  return false;
}
function isParseWrapper(call) {
  const arg = call.arguments[0];
  let fn = call.parent;
  if (fn?.type === "ReturnStatement") fn = fn.parent?.type === "BlockStatement" && fn.parent.body.length === 1 ? fn.parent.parent : void 0;
  else if (!(fn && isFunctionNode(fn) && fn.body === call)) return false;
  if (!fn || !isFunctionNode(fn) || fn.parent?.type === "CallExpression" || arg?.type !== "Identifier") return false;
  return fn.params.some((param) => param.type === "Identifier" && param.name === arg.name);
}
var unguardedJsonParse = createRule({
  meta: {
    id: "unguarded-json-parse",
    description: "`JSON.parse` of non-literal input with no surrounding try (or rejection handler).",
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: "note",
    category: "error-handling",
    scope: { tests: "never", fixtures: true },
    messages: {
      unguarded: "`JSON.parse` of `{{input}}` can throw a SyntaxError on malformed input, and nothing here catches it. Wrap it in try/catch and handle bad input."
    }
  },
  create(context) {
    return {
      CallExpression(node) {
        if (dottedName(node.callee) !== "JSON.parse" || !context.touchesAddedLines(node)) return;
        const input = node.arguments[0];
        if (!input || input.type === "SpreadElement" || isLiteralText(input)) return;
        if (isStringified(input, enclosingFunction(node)?.body ?? context.ast)) return;
        if (isGuarded(node) || isParseWrapper(node)) return;
        const text = context.getText(input).replace(/\s+/g, " ");
        context.report({ node, messageId: "unguarded", data: { input: text.length > 40 ? `${text.slice(0, 37)}...` : text } });
      }
    };
  }
});

// src/analysis/registry.ts
var RULES = [
  missingTests,
  emptyCatch,
  swallowedError,
  floatingPromise,
  uncheckedFetch,
  unguardedJsonParse,
  throwLiteral,
  lostErrorCause,
  lostExitCode,
  undeclaredDependency,
  placeholderCode,
  suppressedCheck,
  testWithoutAssertion,
  focusedOrSkippedTest,
  trivialAssertion
];
function findRule(id) {
  return RULES.find((rule) => rule.meta.id === id);
}
function ruleIdsInCategory(category) {
  return RULES.filter((rule) => rule.meta.category === category).map((rule) => rule.meta.id);
}

export {
  safeParse,
  $ZodArray,
  $ZodObject,
  $ZodEnum,
  $ZodOptional,
  $ZodDefault,
  _lte,
  _gte,
  _positive,
  _maxLength,
  _minLength,
  _regex,
  _trim,
  toJSONSchema,
  string2 as string,
  number2 as number,
  int,
  boolean2 as boolean,
  unknown,
  array,
  object,
  strictObject,
  looseObject,
  extend2 as extend,
  union,
  record,
  ZodMiniEnum,
  _enum,
  literal,
  transform,
  optional,
  nullable,
  ZodMiniDefault,
  _default,
  prefault,
  pipe,
  describe2 as describe,
  meta2 as meta,
  minimatch,
  compileGlobs,
  globListSchema,
  shaSchema,
  repositoryPath,
  toRepoPath,
  toSha,
  toRuleId,
  scannerRuleId,
  LEVELS,
  LEVEL_RANK,
  VERDICT_STATUSES,
  AI_MODES,
  MUTANT_STATUSES,
  changedFileSchema,
  signalSchema,
  coverageSchema,
  mutationSchema,
  findingSchema,
  conditionSchema,
  sarifSummarySchema,
  skippedSchema,
  missingEvidenceSchema,
  policyChangeSchema,
  walk,
  makeTestFileMatcher,
  isFixturePath,
  compareCodePoints,
  ProjectIndex,
  loadParser,
  isAnalysedPath,
  parseSource,
  promiseExports,
  importedModules,
  promiseExportsOfModules,
  testsOwnFramework,
  addedLinesOf,
  newCodeLines,
  buildTestEvidence,
  buildDependencyFacts,
  RULES,
  findRule,
  ruleIdsInCategory
};
