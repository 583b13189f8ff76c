// "⚠ disputed", in words as well as the sign.
export function DisputedMarker() {
  return (
    <span className="disputed-marker">
      <span aria-hidden="true">⚠ </span>disputed
    </span>
  );
}
