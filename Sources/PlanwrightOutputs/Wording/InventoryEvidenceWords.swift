import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The tool inventory's figures under an indicator's evidence, as the framework declares them
/// (`evidence_from`): "From the tool inventory: 23 tools in the inventory; 14 of 23 tools with
/// single sign-on and class lists from the SIS; median utilization 41% of licences (as of Mon, Nov 30)." A
/// re-assessment of the tool audit, interoperability and utilization indicators then argues
/// from numbers, not from memory.
enum InventoryEvidenceWords {
    /// nil when the indicator draws on no figure, or the plan has no inventory.
    static func line(_ figures: [InventoryFigure]?, _ ecosystem: PlannedEcosystem?, dates: PeopleDates, _ w: Wording) -> String? {
        guard let figures, !figures.isEmpty, let ecosystem else { return nil }
        let said = figures.map { figure($0, ecosystem, dates: dates, w) }
        // Figures are clauses of one sentence, as the diff's summary joins its counts.
        return w(.toolsEvidenceLine, ["figures": said.joined(separator: "; ")])
    }

    static func figure(_ figure: InventoryFigure, _ ecosystem: PlannedEcosystem, dates: PeopleDates, _ w: Wording) -> String {
        let e = ecosystem.evidence
        switch figure {
        case .tools:
            return w.count(.toolsEvidenceTools, e.tools)
        case .toolsIntegration:
            return w.count(.toolsEvidenceIntegrated, e.tools, ["integrated": w.number(e.integrated)])
        case .toolsUtilization:
            guard let median = e.medianUtilization, let day = ecosystem.latestCount else { return w(.toolsEvidenceNoUtilization) }
            return w(.toolsEvidenceUtilization, ["share": ToolWords.percent(median), "day": w.day(day, in: dates)])
        }
    }
}
