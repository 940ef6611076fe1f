/**
 * The "owner needed" mark of a below-the-line card without a team (see `needsOwner` in shared/teamFilter):
 * a flag and words, never colour alone. The card footer and the legend both show this one component.
 */
export function OwnerNeededMark() {
  return (
    <span className="owner-needed" title="Owner needed: no team answers for this step below the line of visibility">
      <span aria-hidden="true">⚑</span> Owner needed
    </span>
  );
}
