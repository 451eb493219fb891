import Foundation

/// The full planned structure as JSON, keys sorted, for other tools and for diffs.
public enum PlanJSON {
    public static func encode(_ plan: ImprovementPlan) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(plan) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
