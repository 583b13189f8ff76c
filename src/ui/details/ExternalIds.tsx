// An entity's identifiers elsewhere; a Wikidata id is a link.
export function ExternalIds({ ids }: { ids: Record<string, string> }) {
  const entries = Object.entries(ids);
  if (entries.length === 0) return null;
  return (
    <p className="external-ids">
      {entries.map(([scheme, value]) =>
        scheme === 'wikidata' && /^Q\d+$/.test(value) ? (
          <a
            key={scheme}
            href={`https://www.wikidata.org/wiki/${value}`}
            rel="noopener noreferrer"
            target="_blank"
          >
            Wikidata {value}
          </a>
        ) : (
          <span key={scheme}>
            <bdi>{scheme}</bdi>: <bdi>{value}</bdi>
          </span>
        ),
      )}
    </p>
  );
}
