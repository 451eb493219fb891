import Foundation

/// The full planned structure (or a part, such as its progress) as JSON, keys sorted, for other tools and for diffs.
public enum PlanJSON {
    public static func encode(_ plan: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(plan) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
