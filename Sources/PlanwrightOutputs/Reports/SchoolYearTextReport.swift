import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// `planwright calendar` in the terminal: the school year as the planner sees it, to check
/// line by line against the board-approved calendar. The day counts come first, since they are
/// what a state's minimum is checked against; then each day off, PD day and testing window in
/// date order with where it was written; then early release and the cycles.
public enum SchoolYearTextReport {
    public static func render(_ plan: ImprovementPlan, _ w: Wording = .english) -> String {
        let year = plan.schoolYear
        let clean = PlanTextReport.clean
        let dates = PeopleDates(plan)
        var out = w(.schoolYearTitle, ["district": clean(plan.district), "dates": dates.schoolYear]) + "\n"
        let instructional = year.minInstructionalDays.map { w.count(.schoolYearInstructionalRequired, year.instructionalDays, ["required": w.number($0)]) }
            ?? w.count(.schoolYearInstructional, year.instructionalDays)
        out += "\(instructional) · \(w.count(.schoolDayCount, year.schoolDays)) · \(w.count(.schoolYearPDDays, year.schoolDays - year.instructionalDays))"
            + (year.preServiceDays == 0 ? "" : " · " + w.count(.schoolYearPreServiceDays, year.preServiceDays)) + "\n"
        let label: [SchoolYearReport.Entry.Kind: String] = [.closed: w(.schoolYearClosed), .pdDay: w(.schoolYearPDDay), .testing: w(.schoolYearTesting),
                                                            .earlyRelease: w(.schoolYearEarlyRelease)]
        let schoolNames = Dictionary(plan.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if !year.entries.isEmpty {
            out += "\n\(w(.schoolYearDaysOffHeading))\n"
            for entry in year.entries {
                let count = w.count(.schoolYearWeekdayCount, entry.weekdays)
                let only = entry.scope.map { " · " + w(.schoolYearOnly, ["scope": clean(ScopeWords.whom($0, schoolName: { schoolNames[$0] ?? $0 }, w))]) } ?? ""
                out += "  \(dates.span(entry.from, entry.to)) · \(label[entry.kind]!) · \(clean(entry.name ?? w(.schoolYearNoName)))\(only) · \(count) · \(clean(entry.source))\n"
            }
        }
        out += "\n\(w(.schoolYearEarlyReleaseHeading))\n"
        let early = year.earlyRelease
        if early.days.isEmpty {
            out += "  \(w(.schoolYearNone))\n"
        } else {
            out += "  \(w.count(.schoolYearDayCount, early.days.count))\(early.source.map { ": \(early.rule) (\(clean($0)))" } ?? "")"
                + (early.imported.isEmpty ? "" : ", " + w.count(.schoolYearFromImported, early.imported.count)) + "\n"
                + PlanTextReport.wrap(early.days.map(dates.day).joined(separator: "; "), indent: "    ", width: 100)
            for day in early.imported { out += "  \(w(.schoolYearImported, ["date": dates.day(day.date)]))\(day.time.map { " · \($0)" } ?? "") · \(clean(day.source))\n" }
            if !early.except.isEmpty { out += "  " + w(.schoolYearNotOn, ["dates": early.except.map(dates.day).joined(separator: "; ")]) + "\n" }
        }
        if !early.pdDaysInstead.isEmpty {
            out += "  " + w(.schoolYearPDDaysInstead, ["dates": early.pdDaysInstead.map(dates.day).joined(separator: "; ")]) + "\n"
        }
        if !year.leftOut.isEmpty {
            out += "\n\(w(.schoolYearLeftOutHeading))\n"
            for event in year.leftOut {
                let hours = event.time.map { " · \($0)" } ?? ""
                out += "  \(dates.span(event.from, event.to))\(hours) · \(clean(event.name ?? w(.schoolYearNoName))) · \(LeftOutReasonWords.words(event.reason, w)) · \(clean(event.source))\n"
            }
        }
        out += "\n\(w(.schoolYearCyclesHeading))\n"
        for cycle in year.cycles {
            out += "  \(clean(w.name(cycle.name))) · \(dates.span(cycle.start, cycle.end)) · \(w.count(.schoolDayCount, cycle.schoolDays))\n"
        }
        return out
    }
}
