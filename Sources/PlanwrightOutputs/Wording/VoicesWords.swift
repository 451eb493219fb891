import PlanwrightComparison
import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// Stakeholder surveys in words: the district plan's section, a priority's perception gap,
/// `status` and `diff` all say it through these, from the `voices_` keys of the strings files.
/// The outputs are English for now (`Wording.english`); a page in another language passes its own.
enum VoicesWords {
    static func group(_ group: VoiceGroup, capitalized: Bool = false, _ w: Wording = .english) -> String {
        let word = switch group {
        case .teachers: w(.voicesGroupTeachers)
        case .students: w(.voicesGroupStudents)
        case .families: w(.voicesGroupFamilies)
        case .staff: w(.voicesGroupStaff)
        }
        return capitalized ? word.prefix(1).uppercased() + word.dropFirst() : word
    }

    /// The section's title: "What teachers, students and families told us".
    static func heading(_ groups: [VoiceGroup], _ w: Wording = .english) -> String {
        w(.voicesHeading, ["groups": w.list(groups.map { group($0, w) })])
    }

    /// How to read the section, and the protection rule.
    static func explanation(threshold: Int, _ w: Wording = .english) -> String {
        w(.voicesExplanation, ["threshold": w.number(threshold)])
    }

    /// A school's hidden count. Not "fewer than 5": a count hidden so that another cannot be worked
    /// out by subtraction may be larger, and saying which is which would undo the protection.
    static func hidden(_ w: Wording = .english) -> String { w(.voicesHidden) }

    /// "142 responses", or "fewer than 5 responses" when suppressed.
    static func responses(_ count: Int?, threshold: Int, _ w: Wording = .english) -> String {
        count.map { w.count(.voicesResponses, $0) } ?? w(.voicesFewerThan, ["threshold": w.number(threshold)])
    }

    /// "Developing (3)": a level with its number, as answers were given.
    static func level(_ name: String, _ number: Int, _ w: Wording = .english) -> String {
        w(.voicesLevel, ["name": name, "number": w.number(number)])
    }

    /// One group's view of one indicator, for a table cell: "Not started (1), middle half 1–2 · 142 responses".
    static func view(_ view: GroupView?, threshold: Int, _ w: Wording = .english) -> String {
        guard let view else { return w(.voicesNotAskedCell) }
        guard let count = view.responses, let median = view.median, let name = view.medianName else { return responses(nil, threshold: threshold, w) }
        var text = level(name, median, w)
        if let lower = view.lowerQuartile, let upper = view.upperQuartile, lower != upper {
            text = w(.voicesLevelSpread, ["level": text, "lower": w.number(lower), "upper": w.number(upper)])
        }
        return w(.voicesView, ["level": text, "responses": responses(count, threshold: threshold, w)])
    }

    /// "Teachers rate it Not started (1), 2 levels below the team's Developing (3)."
    static func gap(_ gap: PerceptionGap, _ w: Wording = .english) -> String {
        w.count(.voicesGap, gap.levels, ["group": group(gap.group, capitalized: true, w), "level": level(gap.groupMedianName, gap.groupMedian, w),
                                         "team": level(gap.teamLevelName, gap.teamLevel, w)])
    }

    /// Beside a flagged indicator: "seen two levels or more lower by teachers: discuss it with them".
    static func discuss(_ groups: [VoiceGroup], _ w: Wording = .english) -> String {
        w(.voicesDiscuss, ["groups": w.list(groups.map { group($0, w) })])
    }

    /// A priority's reason with who sees it differently after it: the planner's sentence is the
    /// team's view; the surveys' is said here, from the facts the priority carries.
    static func reason(_ p: Priority, _ w: Wording = .english) -> String {
        let why = PriorityReasonWords.why(p, w)
        guard let gaps = p.perceptionGaps, !gaps.isEmpty else { return why }
        return ([why] + gaps.map { gap($0, w) }).joined(separator: " ")
    }

    /// A group's responses and where they came from: "Teachers: 142 responses (Lincoln Elementary 24, …); 49 written answers, not shown".
    static func count(_ responses: GroupResponses, threshold: Int, schoolName: (String) -> String, _ w: Wording = .english) -> String {
        var text = w(.voicesGroupResponses, ["group": group(responses.group, capitalized: true, w),
                                              "responses": self.responses(responses.responses, threshold: threshold, w)])
        if !responses.schools.isEmpty, responses.responses != nil {
            text += " (" + responses.schools.map { "\(schoolName($0.school)) \($0.responses.map(w.number) ?? hidden(w))" }.joined(separator: ", ") + ")"
        }
        if let written = responses.freeTextAnswers, written > 0 { text += "; " + w.count(.voicesWrittenAnswers, written) }
        return text
    }

    static func statusHeading(_ w: Wording = .english) -> String { w(.voicesStatusHeading) }

    // MARK: diff

    static func diffHeading(_ w: Wording = .english) -> String { w(.voicesDiffHeading) }

    /// The summary line's part: "stakeholder views changed on 2 indicators; survey responses changed for 1 group".
    static func summary(_ v: VoicesChanges, _ w: Wording = .english) -> String {
        var parts: [String] = []
        let indicators = Set(v.views.map(\.indicator)).count
        if indicators > 0 { parts.append(w.count(.voicesDiffViews, indicators)) }
        if !v.responses.isEmpty { parts.append(w.count(.voicesDiffResponses, v.responses.count)) }
        return parts.joined(separator: "; ")
    }

    /// "Teachers: 120 responses → 142 responses", "Students: not surveyed → 86 responses".
    static func change(_ c: ResponseChange, _ w: Wording = .english) -> String {
        func tally(_ t: ResponseTally) -> String { t.surveyed ? responses(t.responses, threshold: t.minResponses, w) : w(.voicesNotSurveyed) }
        return w(.voicesDiffChange, ["what": group(c.group, capitalized: true, w), "old": tally(c.old), "new": tally(c.new)])
    }

    /// "Collaborative cross-department teams, teachers: Not started (1) → Emerging (2); no longer two levels below the team".
    static func change(_ c: ViewChange, _ w: Wording = .english) -> String {
        func shown(_ asked: Bool, _ median: Int?, _ name: String?) -> String {
            guard asked else { return w(.voicesNotAsked) }
            guard let median, let name else { return w(.voicesTooFew) }
            return level(name, median, w)
        }
        var text = w(.voicesDiffChange, ["what": "\(c.name), \(group(c.group, w))", "old": shown(c.oldAsked, c.oldMedian, c.oldMedianName),
                                         "new": shown(c.newAsked, c.newMedian, c.newMedianName)])
        if c.newFlagged && !c.oldFlagged { text += "; " + w(.voicesNowFlagged) }
        if c.oldFlagged && !c.newFlagged { text += "; " + w(.voicesNoLongerFlagged) }
        return text
    }
}
