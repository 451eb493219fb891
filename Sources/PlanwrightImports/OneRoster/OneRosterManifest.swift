import PlanwrightDocument
import PlanwrightModel

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
        guard file.require(["propertyName", "value"], by: Message("roster_required_by_oneroster")) else { return }
        for row in file.rows {
            let property = row["propertyName"] ?? "", value = (row["value"] ?? "").lowercased()
            guard property.lowercased().hasPrefix("file."), Self.files.contains(String(property.dropFirst(5)).lowercased()) else { continue }
            let name = "\(property.dropFirst(5)).csv"
            switch value {
            case "bulk", "absent":
                continue
            case "delta" where delta == .allow:
                diagnostics.append(.note(Message("roster_delta_allowed", ["row": .message(row.place), "file": .text(name)]),
                                         at: row.location(of: "value")))
            case "delta":
                refuses = true
                diagnostics.append(.error(Message("roster_delta_refused", ["row": .message(row.place), "file": .text(name)]),
                                          at: row.location(of: "value"),
                                          notes: [.note(Message("roster_plan_reads_export_here"), at: location)]))
            default:
                diagnostics.append(.error(Message("roster_manifest_unknown_value", ["row": .message(row.place), "property": .text(Excerpt.of(property)), "value": .text(Excerpt.of(row["value"] ?? ""))]),
                                          at: row.location(of: "value")))
            }
        }
    }
}
