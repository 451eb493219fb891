import PlanwrightKit

/// `planwright diff` on the state-scale plan against a copy with a typical week's edits: the
/// first milestone of every goal one day longer (its chain moves), a new closure, and one in
/// fifty staff more confident (training groups and champions shift). Planning both versions is most of
/// a diff; the comparison itself is measured apart.
enum DiffBenchmark {
    static func run(repetitions: Int) {
        let oldYAML = StatePlan.yaml()
        let newYAML = edited(oldYAML)
        guard let old = side(oldYAML, "old.yaml"), let new = side(newYAML, "new.yaml") else { print("the state plans did not plan"); return }
        var diff: PlanDiff?
        let compare = best(of: repetitions) { diff = PlanDiffer().diff(old, new) }
        var markdown = 0, json = 0
        let render = best(of: repetitions) { markdown = PlanDiffMarkdown.render(diff!).utf8.count; json = (try? diff!.json())?.utf8.count ?? -1 }  // -1: the JSON failed (reported by `diff`)
        let whole = best(of: max(1, repetitions / 2)) {
            guard let a = side(oldYAML, "old.yaml"), let b = side(newYAML, "new.yaml") else { return }
            _ = PlanDiffMarkdown.render(PlanDiffer().diff(a, b))
        }
        let d = diff!
        print("diff state plan: compare \(format(compare)), render \(format(render)) (Markdown \(markdown / 1000) kB, JSON \(json / 1000) kB); load, plan and diff both \(format(whole))")
        print("  \(d.milestones.moved.count) milestones moved, \(d.milestones.changed.count) changed; "
            + "\(d.schools.count) schools with people changes (\(d.schools.reduce(0) { $0 + $1.training.count }) training, \(d.schools.reduce(0) { $0 + $1.champions.count }) champion)")
    }

    private static func edited(_ yaml: String) -> String {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var confident = false
        for i in lines.indices {
            let line = lines[i]
            if line.hasPrefix("  - id: s"), let n = Int(line.dropFirst(9)) { confident = n % 50 == 1 }
            if confident, line.hasPrefix("    comfort: ") { lines[i] = "    comfort: 5"; confident = false }
            if line.hasPrefix("      - { id: g"), line.contains("m0, title:") {
                lines[i] = line.replacingOccurrences(of: "days: 2,", with: "days: 3,")
            }
            if line == "    - { name: Labor Day, on: 2026-09-07 }" { lines[i] += "\n    - { name: Storm day, on: 2026-10-14 }" }
        }
        return lines.joined(separator: "\n")
    }

    private static func side(_ yaml: String, _ file: String) -> PlanDiffer.Side? {
        let result = PlanPipeline().run(SourceText(path: file, bytes: Array(yaml.utf8)))
        guard let planned = result.improvementPlan else { return nil }
        return PlanDiffer.Side(planned: planned, file: file)
    }
}
