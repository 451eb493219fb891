import PlanwrightDocument
import PlanwrightModel

/// What the tool checks share: each says one kind of the planner's ecosystem findings as a
/// warning at the plan line to change, worded by `EcosystemPhrases` as the district plan words it.
extension CheckContext {
    var ecosystemPhrases: EcosystemPhrases {
        EcosystemPhrases(toolNames: Dictionary((ecosystem?.tools ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                         schoolNames: Dictionary(plan.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                         dates: peopleDates)
    }

    /// The findings `matches` picks, each a warning at its line.
    func ecosystemWarnings(_ matches: (EcosystemFinding.Kind) -> Bool) -> [Diagnostic] {
        guard let ecosystem else { return [] }
        let picked = ecosystem.findings.filter { matches($0.kind) }
        guard !picked.isEmpty else { return [] }
        let phrases = ecosystemPhrases
        return picked.map { .warning(phrases.sentence($0), at: $0.location) }
    }
}
