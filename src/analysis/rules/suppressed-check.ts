// suppressed-check: `@ts-ignore`, `@ts-nocheck` or `eslint-disable` added without saying why.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import * as z from '../../zod.js';
import { createRule } from '../rule.js';

// Directives must open the comment (after `//`, `/*`, whitespace or `*`), as TypeScript and ESLint read them.
const TS_DIRECTIVE = /^[\s*/]*@(ts-ignore|ts-nocheck)\b(.*)$/s;
const ESLINT_DIRECTIVE = /^\s*(eslint-disable(?:-next-line|-line)?)(?=\s|$)(.*)$/s;
// diffgate's own line directives (see docs/analysis.md) follow ESLint's syntax, reason after ` -- `.
const DIFFGATE_DIRECTIVE = /^[\s*]*(diffgate-disable-(?:next-line|line))(?=\s|$)(.*)$/s;
const ESLINT_CONFIG_DIRECTIVE = /^\s*(?:eslint-|eslint\s|global\s|globals\s|exported\s|diffgate-)/;

/** Whether the text after a directive gives a reason: ESLint's ` -- reason`, or words after a TS directive. */
function hasReason(kind: string, rest: string): boolean {
  if (kind.startsWith('eslint') || kind.startsWith('diffgate')) {
    const separator = rest.indexOf('--');
    return separator >= 0 && /[a-z]{2,}/i.test(rest.slice(separator + 2));
  }
  return /[a-z]{2,}/i.test(rest.replace(/^[\s:\-—,.(]+/, ''));
}

/** A plain comment ending on the line just above explains the directive below it. */
function explainedAbove(comments: TSESTree.Comment[], index: number): boolean {
  const previous = comments[index - 1];
  const current = comments[index];
  if (!previous || !current) return false;
  if (previous.loc.end.line !== current.loc.start.line - 1) return false;
  const text = previous.value;
  return !TS_DIRECTIVE.test(text) && !ESLINT_CONFIG_DIRECTIVE.test(text) && /[a-z]{2,}/i.test(text);
}

export const suppressedCheck = createRule({
  meta: {
    id: 'suppressed-check',
    description: 'An added `@ts-ignore`, `@ts-nocheck`, rule-less `eslint-disable`, or `diffgate-disable` comment with no reason given.',
    defaultLevel: 'note',
    category: 'code-hygiene',
    scope: { tests: 'both', fixtures: true },
    options: z.strictObject({
      /**
       * Also report `eslint-disable…` comments that name their rules but give no reason. Off by default:
       * the rule name already says what is silenced, and such comments are common and mostly deliberate.
       */
      'eslint-rules-need-reason': z._default(z.boolean(), false),
    }),
    messages: {
      noReason: '`{{directive}}` silences the checker without a reason. Fix the underlying problem, or say why: `{{example}}`.',
      blanket: '`{{directive}}` with no rule named turns off every rule here, without a reason. Name the rule and say why: `{{example}}`.',
    },
  },
  create(context) {
    const namedRulesNeedReason = context.options['eslint-rules-need-reason'];
    return {
      Program(program: TSESTree.Program) {
        const comments = program.comments ?? [];
        comments.forEach((comment, index) => {
          if (!context.touchesAddedLines(comment)) return;
          const ts = TS_DIRECTIVE.exec(comment.value);
          const diffgate = ts ? null : DIFFGATE_DIRECTIVE.exec(comment.value);
          const eslint = ts || diffgate ? null : ESLINT_DIRECTIVE.exec(comment.value);
          const match = ts ?? diffgate ?? eslint;
          if (!match) return;
          const directive = ts ? `@${match[1]}` : (match[1] as string);
          if (hasReason(directive, match[2] ?? '') || explainedAbove(comments, index)) return;
          const example = ts ? `// ${directive} -- <why it is safe>` : `// ${directive} <rule> -- <why it is safe>`;
          const blanket = !ts && !/[\w@]/.test((match[2] ?? '').split('--')[0] ?? '');
          if (eslint !== null && !blanket && !namedRulesNeedReason) return;
          context.report({
            lines: { start: comment.loc.start.line, end: comment.loc.end.line },
            messageId: blanket ? 'blanket' : 'noReason',
            data: { directive, example },
          });
        });
      },
    };
  },
});
