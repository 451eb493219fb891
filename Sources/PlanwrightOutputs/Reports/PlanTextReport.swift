import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The plan in the terminal: priorities with their reasons, then each cycle's milestones
/// with dates, then warnings. Plain text with no colour, so the same plan prints the same bytes;
/// every value from the plan goes through `TerminalText.clean`, so it cannot act on the terminal.
public enum PlanTextReport {
    public static func render(_ plan: ImprovementPlan, _ w: Wording = .english) -> String {
        let dates = PeopleDates(plan)
        var out = "\(clean(plan.district))\n"
        out += w(.planReportMeta, ["dates": dates.schoolYear, "school_days": w.count(.schoolDayCount, plan.schoolDays),
                                   "framework": clean(plan.framework), "focus": CycleFocus.limitWords(plan.focusPerCycle, w)]) + "\n"
        out += AsOfLine.render(plan.progress, dates: dates, w)
        out += "\n\(w(.planReportPriorities))\n"
        let names = Dictionary(plan.priorities.map { ($0.indicator, $0.name) }, uniquingKeysWith: { a, _ in a })
        for cycle in plan.cycles {
            let here = plan.priorities.filter { $0.cycle == cycle.number }
            out += "\n\(clean(w.name(cycle.name))) (\(dates.span(cycle.start, cycle.end)))\n"
            out += wrap(w(.planReportFocus, ["focus": clean(cycle.underWay.words(focus: plan.focusPerCycle, names: names, w))]), indent: "  ", width: 100)
            if here.isEmpty { out += "  \(w(.planReportNoNewPriority))\n" }
            out += here.enumerated().map { priorityLines($1, number: $0 + 1, w) }.joined()
        }
        let deferred = plan.priorities.filter { $0.cycle == nil }
        if !deferred.isEmpty {
            out += "\n\(w(.planReportNextYear))\n" + deferred.enumerated().map { priorityLines($1, number: $0 + 1, w) }.joined()
        }
        for cycle in plan.cycles {
            out += "\n\(clean(w.name(cycle.name)).uppercased()) · \(dates.span(cycle.start, cycle.end)) · \(w.count(.schoolDayCount, cycle.schoolDays))\n"
            let rows = plan.milestones.filter { $0.cycle == cycle.number }.map { milestoneRow($0, dates: dates, w) }
            out += rows.isEmpty ? "  \(w(.planReportNoMilestones))\n" : table(rows)
        }
        return out + PeopleTextReport.render(plan, w)
    }

    private static func priorityLines(_ p: Priority, number: Int, _ w: Wording) -> String {
        var line = "  \(number). \(clean(p.name)): \(clean(p.current)) → \(clean(p.target))"
        if let goal = p.goal { line += " " + w(.planReportGoal, ["goal": clean(goal)]) }
        if p.discussFirst { line += "  " + w(.planReportDiscuss) }
        return line + "\n" + wrap(clean(VoicesWords.reason(p)), indent: "     ", width: 100)
    }

    private static func milestoneRow(_ m: ScheduledMilestone, dates: PeopleDates, _ w: Wording) -> [String] {
        let note: String
        switch (m.status, m.origin) {
        case (.done, _), (.inProgress, _), (.blocked, _): note = m.status.label(w)
        case (_, .addedBeforeRollout): note = w(.planReportAddedByPlanner)
        case (_, .framework): note = w(.planReportFrameworkStep)
        default: note = m.carriedFrom.map { SchoolYearWords.carriedOver($0, w) } ?? ""
        }
        return [dates.day(m.start), dates.day(m.end), w.count(.planReportDaysShort, m.days), m.kind.rawValue, clean(m.id), clean(w.title(m.title)), clean(m.owner ?? ""), note]
    }

    /// Left-aligned columns, the day count right-aligned; the title column is cut to keep lines short.
    private static func table(_ rows: [[String]]) -> String {
        let maxTitle = 60
        let rows = rows.map { row -> [String] in
            var row = row
            if row[5].count > maxTitle { row[5] = String(row[5].prefix(maxTitle - 1)) + "…" }
            return row
        }
        let widths = (0..<8).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { column, text -> String in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return column == 2 ? pad + text : text + pad
            }
            let line = "  " + cells.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
        }.joined()
    }

    static func clean(_ text: String) -> String { TerminalText.clean(text) }

    static func wrap(_ text: String, indent: String, width: Int) -> String {
        var lines: [String] = [], line = ""
        for word in unbreakable(text.split(separator: " ")) {
            if !line.isEmpty, indent.count + line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { indent + $0 + "\n" }.joined()
    }

    /// Words with a date for people ("Fri, Dec 11") kept together: a line that ends "Fri," leaves
    /// the reader to find the day on the next one.
    private static func unbreakable(_ words: [Substring]) -> [Substring] {
        var joined: [Substring] = []
        for word in words {
            if let last = joined.last, PeopleDates.weekdays.contains(where: { last == "\($0)," }) {
                joined[joined.count - 1] = last + " " + word
                continue
            }
            // "Dec 11": a month name and its day.
            if let last = joined.last, last.count > 4, PeopleDates.months.contains(where: { last.hasSuffix(" \($0)") }) {
                joined[joined.count - 1] = last + " " + word
                continue
            }
            joined.append(word)
        }
        return joined
    }
}
