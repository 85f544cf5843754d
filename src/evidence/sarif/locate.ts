// A result's primary location → repository path and line range, or the reason there is none.
import type * as sarif from 'sarif';
import type { RepoPath } from '../../ids.js';
import type { PathMapper } from '../paths.js';
import type { UriContext } from './uri.js';
import { normalizePath, resolveArtifactLocation } from './uri.js';

export interface LineSpan {
  startLine: number;
  endLine: number;
}

export type Located =
  | { path: RepoPath; uri: string; lines: LineSpan | null }
  | { path: null; uri: string; reason: string };

/**
 * The first location is the primary one (as GitHub code scanning reads it). `lines` is null for a
 * file-level result: no region, a region given only in characters or bytes, or only an
 * analysisTarget. `mapPath` is mapToRepoPath with the tracked-file index built once.
 */
export function locateResult(result: sarif.Result, uriContext: UriContext, mapPath: PathMapper): Located {
  const location = result.locations?.[0];
  const physical = location?.physicalLocation;
  // Without a location, a result is about its analysis target as a whole (SARIF §3.27.7).
  const artifact = physical?.artifactLocation ?? (location === undefined ? result.analysisTarget : undefined);
  if (!artifact) {
    const logical = location?.logicalLocations?.[0];
    const logicalName = logical?.fullyQualifiedName ?? logical?.name;
    return logicalName
      ? { path: null, uri: logicalName, reason: 'only a logical location (no file)' }
      : { path: null, uri: '', reason: 'no location' };
  }
  const shownUri = describeArtifactLocation(artifact, uriContext);
  const resolved = resolveArtifactLocation(artifact, uriContext);
  if (resolved.path === null) return { path: null, uri: shownUri, reason: resolved.reason };
  const mapped = mapPath(climbedToAbsolute(normalizePath(resolved.path)));
  if (mapped.path === null) return { path: null, uri: shownUri, reason: mapped.reason };
  const lines = lineSpanOf(physical?.region);
  if (typeof lines === 'string') return { path: null, uri: shownUri, reason: lines };
  return { path: mapped.path, uri: shownUri, lines };
}

/**
 * A relative path that climbs above its base (`../../../../tmp/checkout/src/a.ts`, as octoscan
 * writes absolute paths) names a file whose root we do not know: read it as an absolute path from
 * another machine, which mapToRepoPath matches by suffix or refuses.
 */
function climbedToAbsolute(path: string): string {
  if (!path.startsWith('../') && path !== '..') return path;
  return `/${path.replace(/^(\.\.\/)+/, '').replace(/^\.\.$/, '')}`;
}

/**
 * The region's lines; null for a file-level result; a reason (string) when the numbers are no line
 * numbers. A span is never trusted to be small: an `endLine` of 2^53 − 1 is valid SARIF, so nothing
 * may loop over it — the span is clamped to the file's real line count once the file is read.
 */
function lineSpanOf(region: sarif.Region | undefined): LineSpan | null | string {
  const startLine = region?.startLine;
  if (startLine === undefined || startLine < 1) return null;
  if (!Number.isSafeInteger(startLine)) return `region.startLine ${startLine} is not a line number`;
  const endLine = region?.endLine;
  if (endLine === undefined || endLine < startLine) return { startLine, endLine: startLine };
  if (!Number.isSafeInteger(endLine)) return `region.endLine ${endLine} is not a line number`;
  return { startLine, endLine };
}

function describeArtifactLocation(artifact: sarif.ArtifactLocation, uriContext: UriContext): string {
  const uri = artifact.uri ?? (artifact.index !== undefined ? uriContext.artifacts[artifact.index]?.location?.uri : undefined);
  return uri ?? (artifact.index !== undefined ? `artifacts[${artifact.index}]` : '');
}
