// Tabular and XML formats take flat values: lists are joined, evidence becomes readable text.
import type { EdgeAttributes, Evidence, NodeAttributes } from '../schema/compiledGraph';

export function describeEvidence(evidence: readonly Evidence[]): string {
  return evidence
    .map((quote) => `[${quote.source} ${quote.start}-${quote.end}] "${quote.exact}"`)
    .join(' | ');
}

export interface FlatNode {
  label: string;
  type: string;
  aliases: string;
  description: string;
  sources: string;
  x: number;
  y: number;
  statement: string;
  claimant: string;
  disputed: string;
  evidence: string;
}

export function flattenNode(attributes: NodeAttributes): FlatNode {
  const claim = attributes.claim;
  return {
    label: attributes.label,
    type: attributes.type,
    aliases: attributes.aliases.join('; '),
    description: attributes.description,
    sources: attributes.sources.join('; '),
    x: attributes.x,
    y: attributes.y,
    statement: claim?.statement ?? '',
    claimant: claim?.claimant ?? '',
    disputed: claim ? String(claim.disputed) : '',
    evidence: claim ? describeEvidence(claim.evidence) : '',
  };
}

export interface FlatEdge {
  label: string;
  predicate: string;
  date: string;
  corroboration: number;
  sources: string;
  contradicts: string;
  supports: string;
  evidence: string;
}

export function flattenEdge(attributes: EdgeAttributes): FlatEdge {
  return {
    label: attributes.label,
    predicate: attributes.predicate,
    date: attributes.date ?? '',
    corroboration: attributes.sources.length,
    sources: attributes.sources.join('; '),
    contradicts: attributes.contradicts.join('; '),
    supports: attributes.supports.join('; '),
    evidence: describeEvidence(attributes.evidence),
  };
}
