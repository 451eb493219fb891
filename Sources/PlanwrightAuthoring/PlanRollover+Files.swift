import Foundation
import PlanwrightDocument
import PlanwrightModel

/// The files last year's plan names, still named from next year's: its survey exports (`voices:`),
/// its app report (`tools.import`), its OneRoster folder and staff survey, its framework file. A path is relative to the plan's
/// folder, so a plan written to another folder (`plans/2027-28/plan.yaml` from
/// `plans/2026-27/plan.yaml`) would name files that are not there; each is rewritten to reach the
/// same file from the new folder. In the same folder every path stays as written, byte for byte.
struct PlanFolderMove: Sendable {
    /// Last year's plan's folder and next year's, as absolute paths in components.
    let from: [String]
    let to: [String]

    init(from lastPlan: String, to nextPlan: String) {
        from = Self.folder(of: lastPlan)
        to = Self.folder(of: nextPlan)
    }

    /// The same folder: nothing to rewrite.
    static let none = PlanFolderMove(from: [], to: [])
    private init(from: [String], to: [String]) { (self.from, self.to) = (from, to) }

    /// `written`, a path as last year's plan gives it, as next year's must give it to name the
    /// same file; absolute paths, and every path when the folder is the same, as written.
    func path(_ written: String) -> String {
        guard from != to, !written.hasPrefix("/") else { return written }
        let target = URL(fileURLWithPath: written, relativeTo: URL(fileURLWithPath: "/" + from.joined(separator: "/"), isDirectory: true))
            .standardizedFileURL.pathComponents.filter { $0 != "/" }
        let shared = zip(to, target).prefix { $0 == $1 }.count
        let path = (Array(repeating: "..", count: to.count - shared) + target[shared...]).joined(separator: "/")
        // A folder written with its slash (`roster/`) keeps it.
        return written.hasSuffix("/") && !path.isEmpty ? path + "/" : path
    }

    private static func folder(of plan: String) -> [String] {
        URL(fileURLWithPath: plan).deletingLastPathComponent().standardizedFileURL.pathComponents.filter { $0 != "/" }
    }
}

extension PlanRollover {
    /// Each file the plan names, as next year's plan must name it (`PlanFolderMove`). The
    /// calendar import is left out: it is commented out as last year's (`rollYear`).
    func rollFiles(_ edits: inout YAMLTextEdits) {
        var named: [YAMLNode] = (root["voices"]?["surveys"]?.items ?? []).compactMap { $0["file"] }
        if let report = root["tools"]?["import"]?["file"] { named.append(report) }
        if let schools = root["schools"], schools.isMapping {
            named += ["oneroster", "survey"].compactMap { schools[$0] }
        }
        if let framework = root["framework"], let name = framework.scalar, FrameworkLibrary.isPath(name) { named.append(framework) }
        for node in named {
            guard let written = node.scalar else { continue }
            let path = files.path(written)
            if path != written { edits.replace(node, with: CommentedYAML.scalar(path)) }
        }
    }
}
