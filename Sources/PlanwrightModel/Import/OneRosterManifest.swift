import PlanwrightDocument

/// What a plan does with a OneRoster delta export: `schools: {delta: …}`.
public enum DeltaExport: String, CaseIterable, Sendable {
    /// The default: a delta holds only what changed since the last export, so reading it as the
    /// roster would plan for a handful of people and silently drop everyone else.
    case refuse
    /// Read the delta's rows as the whole roster: only the schools and staff it lists are planned
    /// for (as when a plan is for this term's new hires); its `tobedeleted` rows are skipped as always.
    case allow
}

/// OneRoster's manifest.csv: whether each file of the export is `bulk` (everything), `delta`
/// (only the changes since the last export) or `absent`. Without a manifest the files are taken
/// as bulk, as hand-made folders and older exports have none.
struct OneRosterManifest {
    /// The files Planwright reads, as the manifest names them (`file.users`).
    static let files = ["orgs", "users", "roles"]

    private(set) var diagnostics: [Diagnostic] = []
    /// True when a file read is a delta and the plan does not allow it: nothing is imported.
    private(set) var refuses = false

    init(_ file: CSVFile, delta: DeltaExport, plan location: SourceLocation) {
        var file = file
        defer { diagnostics = file.diagnostics + diagnostics }
        guard file.require(["propertyName", "value"], by: "OneRoster requires") else { return }
        for row in file.rows {
            let property = row["propertyName"] ?? "", value = (row["value"] ?? "").lowercased()
            guard property.lowercased().hasPrefix("file."), Self.files.contains(String(property.dropFirst(5)).lowercased()) else { continue }
            let name = "\(property.dropFirst(5)).csv"
            switch value {
            case "bulk", "absent":
                continue
            case "delta" where delta == .allow:
                diagnostics.append(.note(english: "\(row.prefix) \(name) is a delta export (only what changed since the last export); it is read as the roster, as the plan's 'delta: allow' asks, so only the people it lists are planned for",
                                         at: row.location(of: "value")))
            case "delta":
                refuses = true
                diagnostics.append(.error(english: "\(row.prefix) \(name) is a delta export: it holds only what changed since the last export, not the whole roster, so Planwright does not read it; export the roster again as a bulk (full) export, or write 'delta: allow' under 'schools' to plan for only the people it lists",
                                          at: row.location(of: "value"),
                                          notes: [.note(english: "the plan reads the export here", at: location)]))
            default:
                diagnostics.append(.error(english: "\(row.prefix) '\(Excerpt.of(property))' is '\(Excerpt.of(row["value"] ?? ""))'; OneRoster writes bulk, delta or absent",
                                          at: row.location(of: "value")))
            }
        }
    }
}
