// Claims an entity made, or claims about it: each a link, marked when disputed, with its date.
import type { ReactNode } from 'react';
import type { ClaimSummary } from '../../model/types';
import { EntityLink } from '../shared/EntityLink';
import { ShowMoreList } from '../shared/ShowMoreList';
import { formatEdtf } from '../shared/labels';
import { DisputedMarker } from './DisputedMarker';

export function ClaimList({
  title,
  claims,
}: {
  title: ReactNode;
  claims: readonly ClaimSummary[];
}) {
  if (claims.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ShowMoreList
        className="claim-list"
        items={claims}
        noun="claims"
        renderItem={(claim) => (
          <li key={claim.id}>
            <EntityLink id={claim.id} label={claim.label} />
            {claim.claim.disputed && <DisputedMarker />}
            <span className="relation-meta"> · {formatEdtf(claim.claim.date)}</span>
          </li>
        )}
      />
    </>
  );
}
