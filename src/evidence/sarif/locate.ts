// A result's primary location → repository path and line range, or the reason there is none.
import type * as sarif from 'sarif';
import type { PathMapper } from '../paths.js';
import type { UriContext } from './uri.js';
import { normalizePath, resolveArtifactLocation } from './uri.js';

export interface LineSpan {
  startLine: number;
  endLine: number;
}

export type Located =
  | { path: string; uri: string; lines: LineSpan | null }
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
  return { path: mapped.path, uri: shownUri, lines: lineSpanOf(physical?.region) };
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

function lineSpanOf(region: sarif.Region | undefined): LineSpan | null {
  const startLine = region?.startLine;
  if (startLine === undefined || startLine < 1) return null;
  const endLine = region?.endLine !== undefined && region.endLine >= startLine ? region.endLine : startLine;
  return { startLine, endLine };
}

function describeArtifactLocation(artifact: sarif.ArtifactLocation, uriContext: UriContext): string {
  const uri = artifact.uri ?? (artifact.index !== undefined ? uriContext.artifacts[artifact.index]?.location?.uri : undefined);
  return uri ?? (artifact.index !== undefined ? `artifacts[${artifact.index}]` : '');
}
