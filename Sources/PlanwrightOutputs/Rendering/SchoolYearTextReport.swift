import PlanwrightModel
import PlanwrightPlanning

/// `planwright calendar` in the terminal: the school year as the planner sees it, to check
/// line by line against the board-approved calendar. The day counts come first, since they are
/// what a state's minimum is checked against; then each day off, PD day and testing window in
/// date order with where it was written; then early release and the cycles.
public enum SchoolYearTextReport {
    public static func render(_ plan: ImprovementPlan) -> String {
        let year = plan.schoolYear
        let clean = PlanTextReport.clean
        let dates = PeopleDates(plan)
        var out = "\(clean(plan.district)): school year \(dates.schoolYear)\n"
        let required = year.minInstructionalDays.map { "; \($0) required" } ?? ""
        out += "\(year.instructionalDays) instructional days (school days with students\(required)) · \(year.schoolDays) school days · "
            + "\(year.schoolDays - year.instructionalDays) PD \(year.schoolDays - year.instructionalDays == 1 ? "day" : "days")"
            + (year.preServiceDays == 0 ? "" : " · \(year.preServiceDays) pre-service PD \(year.preServiceDays == 1 ? "day" : "days") before the first day") + "\n"
        let label: [SchoolYearReport.Entry.Kind: String] = [.closed: "closed", .pdDay: "PD day", .testing: "testing", .earlyRelease: "early release"]
        let schoolNames = Dictionary(plan.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if !year.entries.isEmpty {
            out += "\nDAYS OFF, PD DAYS AND TESTING\n"
            for entry in year.entries {
                let count = entry.weekdays == 1 ? "1 weekday" : "\(entry.weekdays) weekdays"
                let only = entry.scope.map { " · only " + clean($0.words { schoolNames[$0] ?? $0 }) } ?? ""
                out += "  \(dates.span(entry.from, entry.to)) · \(label[entry.kind]!) · \(clean(entry.name ?? "(no name)"))\(only) · \(count) · \(clean(entry.source))\n"
            }
        }
        out += "\nEARLY RELEASE\n"
        let early = year.earlyRelease
        if early.days.isEmpty {
            out += "  none\n"
        } else {
            out += "  \(early.days.count == 1 ? "1 day" : "\(early.days.count) days")\(early.source.map { ": \(early.rule) (\(clean($0)))" } ?? "")"
                + (early.imported.isEmpty ? "" : ", \(early.imported.count) of them from imported calendars") + "\n"
                + PlanTextReport.wrap(early.days.map(dates.day).joined(separator: "; "), indent: "    ", width: 100)
            for day in early.imported { out += "  imported: \(dates.day(day.date))\(day.time.map { " · \($0)" } ?? "") · \(clean(day.source))\n" }
            if !early.except.isEmpty { out += "  not on: " + early.except.map(dates.day).joined(separator: "; ") + "\n" }
        }
        if !early.pdDaysInstead.isEmpty {
            out += "  PD days instead (a day is one or the other): " + early.pdDaysInstead.map(dates.day).joined(separator: "; ") + "\n"
        }
        if !year.leftOut.isEmpty {
            out += "\nIMPORTED EVENTS LEFT OUT (school as usual)\n"
            for event in year.leftOut {
                let hours = event.time.map { " · \($0)" } ?? ""
                out += "  \(dates.span(event.from, event.to))\(hours) · \(clean(event.name ?? "(no name)")) · \(LeftOutReasonWords.words(event.reason)) · \(clean(event.source))\n"
            }
        }
        out += "\nCYCLES\n"
        for cycle in year.cycles {
            out += "  \(clean(cycle.name)) · \(dates.span(cycle.start, cycle.end)) · \(cycle.schoolDays) school days\n"
        }
        return out
    }
}
