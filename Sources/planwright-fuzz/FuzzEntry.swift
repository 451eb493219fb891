import PlanwrightKit

/// One input through the front of the pipeline: bytes as a plan file, loaded, decoded,
/// validated, planned when it decodes, and its diagnostics printed as `check` prints them.
///
/// The promise under test: whatever the bytes, this returns (no trap, no hang) with either
/// a plan or at least one diagnostic saying why there is none.
enum FuzzEntry {
    struct Outcome {
        var planned: Bool
        var diagnostics: Int

        /// A result that explains itself: a plan, or a reason there is none.
        var isConsistent: Bool { planned || diagnostics > 0 }
    }

    static func run(_ bytes: [UInt8], path: String) -> Outcome {
        let result = PlanPipeline().run(SourceText(path: path, bytes: bytes))
        _ = DiagnosticPrinter(sources: result.sources).render(result.diagnostics)
        return Outcome(planned: result.improvementPlan != nil, diagnostics: result.diagnostics.count)
    }
}
