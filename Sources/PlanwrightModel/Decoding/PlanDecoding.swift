import PlanwrightDocument

/// The model's two steps of loading a plan file, as the loader (in the imports' target) runs
/// them: decode the tree, noting the files the plan names; then, once those are read and merged
/// in, finish the plan and validate it whole. The decoder and validators stay inside the model.
package struct PlanDecoding {
    private let decoder: PlanDecoder

    package init(file: String, frameworks: FrameworkLibrary) {
        decoder = PlanDecoder(file: file, frameworks: frameworks)
    }

    /// Problems found so far; the imports add theirs here, so all are capped and listed together.
    package var reader: NodeReader { decoder.reader }
    /// The files the plan names to import.
    package var imports: ImportRequests { decoder.imports }
    /// The texts read besides the plan file (frameworks), so diagnostics can quote them.
    package var sources: [SourceText] { decoder.sources }

    /// The plan as written, or nil when it does not decode (its problems are in `reader`).
    package func decode(_ root: YAMLNode) -> Plan? {
        decoder.decode(root)
    }

    /// The checks that span the whole plan, once its imports are in: people for the whole
    /// district placed at every school, references resolved, dates on the calendar.
    package func validate(_ plan: inout Plan?) {
        plan?.placeDistrictWideStaff()
        guard let plan else { return }
        PlanValidator(plan: plan, reader: decoder.reader, incomplete: decoder.incomplete, payers: decoder.payers).validate()
        let calendar = CalendarValidator(year: plan.year, reader: decoder.reader)
        calendar.warnAboutDoneOnDays(decoder.doneOnDates)
        calendar.warnAboutHeldDays(plan.training.held)
        calendar.warnAboutSinceAfterTheYear(decoder.sinceDates)
    }
}
