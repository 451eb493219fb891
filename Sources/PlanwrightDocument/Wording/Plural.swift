/// A count and its noun (and verb) in agreement, the one place outputs and messages say "1
/// school" but "2 schools": sentences built by hand as "\(n) schools" read "1 schools" for a
/// district of one school. In the lowest stage, so the model's import notes, the planner's checks
/// and the outputs all use it.
public enum Plural {
    /// "1 school", "2 schools", "1,200 students": the count grouped by thousands. The plural is
    /// the singular with "s" unless given ("1 staff member", "3 staff members"; "1 person", "2 people").
    public static func count(_ n: some BinaryInteger, _ singular: String, _ plural: String? = nil) -> String {
        "\(DiagnosticCollector.grouped(n)) \(noun(n, singular, plural))"
    }

    /// The noun alone, agreeing with `n`: "school" for 1, "schools" otherwise (also for 0).
    public static func noun(_ n: some BinaryInteger, _ singular: String, _ plural: String? = nil) -> String {
        n == 1 ? singular : plural ?? singular + "s"
    }

    /// People on staff, counted: "1 member of staff", "12 staff" ("staff" is a group, never "1 staff").
    public static func staff(_ n: some BinaryInteger) -> String {
        n == 1 ? "1 member of staff" : "\(DiagnosticCollector.grouped(n)) staff"
    }

    /// A verb or phrase agreeing with `n`: `verb(n, "is", "are")`, `verb(n, "has", "have")`.
    public static func verb(_ n: some BinaryInteger, _ singular: String, _ plural: String) -> String {
        n == 1 ? singular : plural
    }

    /// A unit as a plan writes it (a plural, "schools", "devices in use", "hours per week"),
    /// agreeing with a measured amount: for exactly 1 (or -1) its first word singular ("1 school",
    /// "1 device in use", "1 hour per week"). A word that is not a regular plural (percent, staff,
    /// class) is kept as written.
    public static func unit(_ unit: String, for amount: Double) -> String {
        guard abs(amount) == 1 else { return unit }
        let firstEnd = unit.firstIndex(of: " ") ?? unit.endIndex
        return singular(String(unit[..<firstEnd])) + unit[firstEnd...]
    }

    /// The unit of a difference between two measured amounts: for a measure in percent, percentage
    /// points ("73 percent is 2 percentage points short of 75 percent"), since "2 percent short"
    /// reads as 2% of the target; any other unit as `unit(_:for:)` says it.
    public static func differenceUnit(_ unit: String, for amount: Double) -> String {
        let lower = unit.lowercased()
        let isPercent = ["percent", "per cent", "percentage", "%"].contains { lower == $0 || lower.hasPrefix($0 + " ") }
        guard isPercent else { return self.unit(unit, for: amount) }
        return abs(amount) == 1 ? "percentage point" : "percentage points"
    }

    /// A regular English plural made singular: "schools" → "school", "classes" → "class",
    /// "activities" → "activity"; anything else as it is.
    static func singular(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"), !lower.hasSuffix("is") else { return word }
        if lower.hasSuffix("ies") { return word.dropLast(3) + (word.hasSuffix("IES") ? "Y" : "y") }
        for ending in ["sses", "shes", "ches", "xes"] where lower.hasSuffix(ending) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }
}
