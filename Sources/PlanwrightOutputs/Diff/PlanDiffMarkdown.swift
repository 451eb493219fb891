import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning
import PlanwrightComparison

/// A plan diff in words a school leader reads, as Markdown for a pull request or a staff email,
/// in the wording's language (`diff_` keys of the strings files). Everything taken from the plan
/// is escaped (`MarkdownText`), so a title with `|` or `*` cannot break a table, and no control
/// character reaches the terminal it is printed on. The sections live in `PlanDiffMarkdown+…`.
public enum PlanDiffMarkdown {
    public static func render(_ diff: PlanDiff, _ w: Wording = .english) -> String {
        DiffWriter(diff, w).render()
    }

    /// "3 milestones moved, 1 added; 2 priorities changed; ..."
    static func summary(_ diff: PlanDiff, _ w: Wording = .english) -> String {
        DiffWriter(diff, w).summary()
    }
}

/// Writes one diff: its wording, and the dates of both versions' school years.
struct DiffWriter {
    let diff: PlanDiff
    let w: Wording
    /// Both versions' school years, so a date in either is written without its year. Across
    /// school years, dates are the new year's: the old year's are written with their year.
    var dates: PeopleDates

    init(_ diff: PlanDiff, _ w: Wording) {
        self.diff = diff
        self.w = w
        dates = diff.acrossYears ? PeopleDates(year: diff.new.start...diff.new.end)
            : PeopleDates(year: min(diff.old.start, diff.new.start)...max(diff.old.end, diff.new.end, diff.old.start, diff.new.start))
    }

    func render() -> String {
        var out = "## \(w(.diffHeading, ["district": escape(diff.new.district)]))\n\n"
        out += w(.diffFromTo, ["old": "`\(code(diff.old.file))`", "new": "`\(code(diff.new.file))`"]) + "\n\n"
        guard !diff.isEmpty else { return out + w(.diffNoChanges) + "\n" }
        out += "**\(summary())**\n"
        if diff.acrossYears {
            let old = SchoolYearWords.name(SchoolYearName(starting: diff.old.start)), new = SchoolYearWords.name(SchoolYearName(starting: diff.new.start))
            out += "\n" + w(.diffAcrossYears, ["old": old, "new": new]) + "\n"
            out += yearSchedule(diff.milestones, old: old, oldDates: PeopleDates(year: diff.old.start...diff.old.end))
        } else {
            out += schedule(diff.milestones)
        }
        out += priorities(diff.priorities)
        out += assessment(diff.assessment)
        out += people(diff.schools)
        out += pilots(diff.pilots ?? [])
        out += budget(diff.budget)
        out += diff.tools.map(tools) ?? ""
        out += diff.voices.map(voices) ?? ""
        return out
    }

    func summary() -> String {
        var parts: [String] = []
        let m = diff.milestones
        let finished = m.removed.filter { $0.done == true }.count
        let counts: [(Int, WordKey)] = (diff.acrossYears
            ? [(finished, .diffMilestonesLeftBehind), (m.removed.count - finished, .diffMilestonesDropped), (m.carried.count, .diffMilestonesCarried),
               (m.added.count, .diffMilestonesNew), (m.changed.count, .diffMilestonesChanged)]
            : [(m.moved.count, .diffMilestonesMoved), (m.added.count, .diffMilestonesAdded), (m.removed.count, .diffMilestonesRemoved),
               (m.changed.count, .diffMilestonesChanged)])
        if let part = counted(.diffSummaryMilestones, counts) { parts.append(part) }
        if !diff.priorities.isEmpty { parts.append(w.count(.diffSummaryPriorities, diff.priorities.count)) }
        let joined = diff.schools.reduce(0) { $0 + $1.joined.count }, left = diff.schools.reduce(0) { $0 + $1.left.count }
        if joined > 0 { parts.append(w.count(.diffSummaryStaffJoined, joined)) }
        if left > 0 { parts.append(w.count(.diffSummaryStaffLeft, left)) }
        if !diff.assessment.levels.isEmpty { parts.append(w.count(.diffSummaryLevels, diff.assessment.levels.count)) }
        else if !diff.assessment.isEmpty { parts.append(w(.diffSummaryNewAssessmentDate)) }
        // People, not changes: someone two rollouts train has a change for each, and someone at
        // two schools is listed under both; each is one person.
        let training = Set(diff.schools.flatMap { $0.training.map(\.person.id) }).count
        let colleagues = Set(diff.schools.flatMap { $0.champions.map(\.colleague.id) }).count
        let added = diff.schools.reduce(0) { $0 + $1.newChampions.count }, dropped = diff.schools.reduce(0) { $0 + $1.droppedChampions.count }
        if training > 0 { parts.append(w.count(.diffSummaryTraining, training)) }
        // A pooled group's session is listed under each of its schools, and counted once.
        let sessions = Set(diff.schools.flatMap { $0.sessions.map(\.session) }).count
        let newGroups = Set(diff.schools.flatMap(\.newGroups)).count, droppedGroups = Set(diff.schools.flatMap(\.droppedGroups)).count
        if sessions > 0 { parts.append(w.count(.diffSummarySessions, sessions)) }
        if newGroups > 0 { parts.append(w.count(.diffSummaryNewGroups, newGroups)) }
        if droppedGroups > 0 { parts.append(w.count(.diffSummaryDroppedGroups, droppedGroups)) }
        if colleagues > 0 { parts.append(w.count(.diffSummaryChampionChanged, colleagues)) }
        if added > 0 { parts.append(w.count(.diffSummaryNewChampions, added)) }
        if dropped > 0 { parts.append(w.count(.diffSummaryDroppedChampions, dropped)) }
        if let pilots = diff.pilots { parts.append(w.count(.diffSummaryPilots, pilots.count)) }
        if let budget = budgetSummary(diff.budget) { parts.append(budget) }
        if let tools = diff.tools.flatMap(toolsSummary) { parts.append(tools) }
        if let voices = diff.voices { parts.append(VoicesWords.summary(voices, w)) }
        return parts.joined(separator: "; ")
    }

    /// "12 milestones moved, 1 added": the first count names what is counted, the rest say only
    /// how many and what happened; each word agrees with its own count.
    func counted(_ first: WordKey, _ counts: [(Int, WordKey)]) -> String? {
        let shown = counts.filter { $0.0 > 0 }
        guard let head = shown.first else { return nil }
        return ([w.count(first, head.0, ["what": w.count(head.1, head.0)])]
            + shown.dropFirst().map { w(.diffSummaryMore, ["count": w.number($0.0), "what": w.count($0.1, $0.0)]) }).joined(separator: ", ")
    }

    // MARK: Shared words

    /// "Fri, Sep 4 – Fri, Oct 2"; one day when the span is a single day.
    func span(_ first: SchoolDate, _ last: SchoolDate) -> String {
        first == last ? day(first) : w(.diffSpan, ["first": day(first), "last": day(last)])
    }

    func day(_ date: SchoolDate) -> String { w.day(date, in: dates) }

    /// "Now (was Before)": how every changed value is shown beside what it was.
    func nowWas(_ now: String, _ was: String) -> String { w(.diffNowWas, ["now": now, "was": was]) }

    func names(_ people: [PersonName]) -> String { people.map { escape($0.name) }.joined(separator: ", ") }
    func milestone(_ id: String, _ title: MilestoneTitle) -> String { "`\(code(id))` \(escape(w.title(title)))" }
    func escape(_ text: String) -> String { MarkdownText.escape(text) }
    func code(_ text: String) -> String { MarkdownText.code(text) }

    // MARK: Stakeholder views

    private func voices(_ v: VoicesChanges) -> String {
        "\n### \(VoicesWords.diffHeading(w))\n\n" + (v.responses.map { VoicesWords.change($0, w) } + v.views.map { VoicesWords.change($0, w) }).map { "- \(escape($0))\n" }.joined()
    }
}
