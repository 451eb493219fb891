import PlanwrightDocument

/// The ranges the plan's and framework's numbers are checked against, declared once so the key
/// tables (`PlanShapes`, `FrameworkShapes`), their messages and `planwright schema` agree.
///
/// Every planned number is made from these by sums, differences and ratios; keeping them far
/// inside Double's range keeps each result finite, so no chart, percentage or JSON value can
/// become infinite or not-a-number. The bounds are whole numbers so the JSON Schema can state them.
enum NumberRange {
    /// A measure's baseline, target and measured values: percentages, counts of students,
    /// dollars. A trillion either way holds any real one; a value past it is a typo.
    static let measure: ClosedRange<Double> = -1_000_000_000_000...1_000_000_000_000
    /// An indicator's priority weight: how many times more than most it counts. A weight past
    /// 100 would drown every other indicator, which is what leaving the others out does better.
    static let weight: ClosedRange<Double> = 0...100

    /// A bound as a leader reads it: `1,000,000,000,000`, `-5`, `0.5`.
    static func words(_ bound: Double) -> String {
        guard bound == bound.rounded(), abs(bound) < 1e15 else { return String(bound) }
        return (bound < 0 ? "-" : "") + DiagnosticCollector.grouped(Int(abs(bound)))
    }
}
