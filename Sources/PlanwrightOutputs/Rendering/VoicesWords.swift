import PlanwrightComparison
import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// Every English word about stakeholder surveys, in one place: the district plan's section,
/// a priority's perception gap, `status` and `diff` all say it through these. When the
/// wording system lands, each function here becomes a key of `en.po`.
enum VoicesWords {
    /// "teachers"; `capitalized` for the start of a sentence or a column head.
    static func group(_ group: VoiceGroup, capitalized: Bool = false) -> String {
        let word = switch group {
        case .teachers: "teachers"
        case .students: "students"
        case .families: "families"
        case .staff: "staff"
        }
        return capitalized ? word.prefix(1).uppercased() + word.dropFirst() : word
    }

    /// The section's title: "What teachers, students and families told us".
    static func heading(_ groups: [VoiceGroup]) -> String {
        "What \(groups.map { group($0) }.joinedAsList()) told us"
    }

    /// What a suppressed figure reads as: "fewer than 5 responses".
    static func fewerThan(_ threshold: Int) -> String { "fewer than \(threshold) responses" }

    /// A school's hidden count. Not "fewer than 5": a count hidden so that another cannot be worked
    /// out by subtraction may be larger, and saying which is which would undo the protection.
    static let hidden = "not shown"

    /// "142 responses", or "fewer than 5 responses" when suppressed.
    static func responses(_ count: Int?, threshold: Int) -> String {
        count.map { Plural.count($0, "response") } ?? fewerThan(threshold)
    }

    /// "Developing (3)": a level as the surveys' section writes it, with its number, as answers were given.
    static func level(_ name: String, _ number: Int) -> String { "\(name) (\(number))" }

    /// What the section says once, above its table: how to read it, and the protection rule.
    static func explanation(threshold: Int) -> String {
        "Each group's middle answer (median) on the framework's scale, with the middle half of its answers, beside the team's own rating. "
            + "A figure for fewer than \(threshold) responses, from a group or a school, is not shown, nor one it could be worked out from; written answers are counted, never shown."
    }

    /// One group's view of one indicator, for a table cell: "Not started (1), middle half 1–2 · 142 responses".
    static func view(_ view: GroupView, threshold: Int) -> String {
        guard let count = view.responses, let median = view.median, let name = view.medianName else { return fewerThan(threshold) }
        var text = level(name, median)
        if let lower = view.lowerQuartile, let upper = view.upperQuartile, lower != upper { text += ", middle half \(lower)–\(upper)" }
        return text + " · " + Plural.count(count, "response")
    }

    /// "Teachers rate it Not started (1), two levels below the team's Developing (3)."
    static func gap(_ gap: PerceptionGap) -> String {
        "\(group(gap.group, capitalized: true)) rate it \(level(gap.groupMedianName, gap.groupMedian)), \(levels(gap.levels)) below the team's \(level(gap.teamLevelName, gap.teamLevel))."
    }

    /// A flagged indicator's note in the section: "two levels apart: discuss it with teachers".
    static func discuss(_ groups: [VoiceGroup]) -> String {
        "seen two levels or more lower by \(groups.map { group($0) }.joinedAsList()): discuss it with them"
    }

    /// A priority's reason with who sees it differently after it: the planner's sentence is the
    /// team's view; the surveys' is said here, from the facts the priority carries.
    static func reason(_ p: Priority) -> String {
        guard let gaps = p.perceptionGaps, !gaps.isEmpty else { return p.why }
        return ([p.why] + gaps.map(gap)).joined(separator: " ")
    }

    /// "two levels", "three levels": a gap is small, and read aloud.
    static func levels(_ n: Int) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return "\(n >= 0 && n < words.count ? words[n] : String(n)) \(n == 1 ? "level" : "levels")"
    }

    /// A group's responses and where they came from: "142 responses (Lincoln Elementary 24, …)".
    static func count(_ responses: GroupResponses, threshold: Int, schoolName: (String) -> String) -> String {
        var text = "\(group(responses.group, capitalized: true)): \(self.responses(responses.responses, threshold: threshold))"
        if !responses.schools.isEmpty, responses.responses != nil {
            text += " (" + responses.schools.map { "\(schoolName($0.school)) \($0.responses.map(String.init) ?? hidden)" }.joined(separator: ", ") + ")"
        }
        if let written = responses.freeTextAnswers, written > 0 { text += "; \(Plural.count(written, "written answer")), not shown" }
        return text
    }

    // MARK: diff

    static let diffHeading = "Stakeholder views"

    /// The summary line's part: "stakeholder views changed for 2 indicators; response counts for 1 group".
    static func summary(_ v: VoicesChanges) -> String {
        var parts: [String] = []
        let indicators = Set(v.views.map(\.indicator)).count
        if indicators > 0 { parts.append("stakeholder views changed on " + Plural.count(indicators, "indicator")) }
        if !v.responses.isEmpty { parts.append("survey responses changed for " + Plural.count(v.responses.count, "group")) }
        return parts.joined(separator: "; ")
    }

    /// "Teachers: 120 → 142 responses", "Families: fewer than 5 responses → 68 responses", "Students: not surveyed → 86 responses".
    static func change(_ c: ResponseChange) -> String {
        "\(group(c.group, capitalized: true)): \(tally(c.old)) → \(tally(c.new))"
    }

    private static func tally(_ t: ResponseTally) -> String {
        t.surveyed ? responses(t.responses, threshold: t.minResponses) : "not surveyed"
    }

    /// "Collaborative cross-department teams, teachers: Emerging (2) → Not started (1); now two levels or more below the team: discuss it."
    static func change(_ c: ViewChange) -> String {
        func shown(_ asked: Bool, _ median: Int?, _ name: String?) -> String {
            guard asked else { return "not asked" }
            guard let median, let name else { return "too few responses to show" }
            return level(name, median)
        }
        var text = "\(c.name), \(group(c.group)): \(shown(c.oldAsked, c.oldMedian, c.oldMedianName)) → \(shown(c.newAsked, c.newMedian, c.newMedianName))"
        if c.newFlagged && !c.oldFlagged { text += "; now two levels or more below the team: discuss it" }
        if c.oldFlagged && !c.newFlagged { text += "; no longer two levels below the team" }
        return text
    }
}
