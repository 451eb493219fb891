/// What a plan does with a OneRoster delta export: `schools: {delta: …}`.
public enum DeltaExport: String, CaseIterable, Sendable {
    /// The default: a delta holds only what changed since the last export, so reading it as the
    /// roster would plan for a handful of people and silently drop everyone else.
    case refuse
    /// Read the delta's rows as the whole roster: only the schools and staff it lists are planned
    /// for (as when a plan is for this term's new hires); its `tobedeleted` rows are skipped as always.
    case allow
}
