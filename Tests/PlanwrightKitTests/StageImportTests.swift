import Foundation
import Testing

/// The compiler refuses a back-reference between stages (a cycle of modules). What it does not
/// refuse is a stage importing a sibling it does not declare (Authoring reaching into Planning),
/// which builds whenever the sibling happens to be built first. This keeps each source file's
/// imports within the dependencies `Package.swift` declares for its target.
@Suite struct StageImportTests {
    static let stages = ["PlanwrightDocument", "PlanwrightModel", "PlanwrightImports", "PlanwrightPlanning",
                         "PlanwrightComparison", "PlanwrightOutputs", "PlanwrightAuthoring"]

    /// Each stage target's declared dependencies, read from `Package.swift`'s `.target(name:dependencies:)` entries.
    static func declaredDependencies() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let entry = try Regex(#"\.target\(\s*name:\s*"(\w+)",\s*dependencies:\s*\[([^\]]*)\]"#)
        var result: [String: Set<String>] = [:]
        for match in manifest.matches(of: entry) {
            guard let name = match.output[1].substring, let list = match.output[2].substring else { continue }
            let names = list.matches(of: try Regex(#""(\w+)""#)).compactMap { $0.output[1].substring.map(String.init) }
            result[String(name)] = Set(names)
        }
        return result
    }

    @Test func everyStageImportsOnlyWhatItDeclares() throws {
        let declared = try Self.declaredDependencies()
        #expect(Set(Self.stages).isSubset(of: Set(declared.keys)), "Package.swift's stage targets were not all found")
        var strays: [String] = []
        for stage in Self.stages {
            let folder = GoodPlanTests.packageRoot.appendingPathComponent("Sources/\(stage)")
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            #expect(!files.isEmpty, "no sources found for \(stage)")
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import Planwright") {
                    let module = String(line.dropFirst("import ".count))
                    if !(declared[stage]?.contains(module) ?? false) { strays.append("\(stage)/\(file): \(line)") }
                }
            }
        }
        #expect(strays.isEmpty, "imports outside the target's declared dependencies: \(strays)")
    }

    /// A stage's folders group its files by what they are about; a folder that repeats the
    /// stage's own name (`PlanwrightPlanning/Planning/`) says nothing and hides the groups.
    @Test func noStageRepeatsItsNameInAFolder() throws {
        var repeats: [String] = []
        for stage in Self.stages {
            let folder = GoodPlanTests.packageRoot.appendingPathComponent("Sources/\(stage)")
            let name = stage.dropFirst("Planwright".count).lowercased()
            let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            repeats += entries.filter { $0.lowercased() == name || $0.lowercased() == name + "s" }.map { "\(stage)/\($0)" }
        }
        #expect(repeats.isEmpty, "folders named after their stage: \(repeats)")
    }

    /// Outputs and comparison read the planned result only: no file there names the plan file's
    /// model (`Plan`), its loader or its YAML nodes.
    @Test func outputsAndComparisonNeverReadThePlanModel() throws {
        let forbidden = try Regex(#"\b(Plan|PlanLoader|PlanDecoder|YAMLNode|YAMLTree|SchoolCalendar)\b(?!\w)"#)
        var hits: [String] = []
        for stage in ["PlanwrightOutputs", "PlanwrightComparison"] {
            let folder = GoodPlanTests.packageRoot.appendingPathComponent("Sources/\(stage)")
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                    let withoutStrings = code.replacing(try Regex(#""[^"]*""#), with: "")
                    if withoutStrings.contains(forbidden) { hits.append("\(stage)/\(file):\(number + 1): \(line)") }
                }
            }
        }
        #expect(hits.isEmpty, "outputs or comparison name the plan model: \(hits)")
    }
}
