import PlanwrightDocument
import PlanwrightModel

/// The school year as the planner sees it, for a leader to check against the board-approved
/// calendar (`planwright calendar`): how many days students are taught, and each closure, PD
/// day, early release and testing window with where it came from (the plan's line, or the
/// imported calendar's file and event line).
public struct SchoolYearReport: Sendable, Encodable {
    public struct Entry: Sendable, Encodable, Equatable {
        public enum Kind: String, Sendable, Encodable {
            case closed, pdDay = "pd_day", testing
            /// An early release for some schools only (the plan's weekly one is `earlyRelease`).
            case earlyRelease = "early_release"
        }

        public var kind: Kind
        public var name: String?
        public var from: SchoolDate
        public var to: SchoolDate
        /// Weekdays of the school year it covers: the days a closure or PD day takes from
        /// students, or a testing window holds.
        public var weekdays: Int
        /// "Plans/maple-valley.yaml:58", "district.ics:112": where it was written.
        public var source: String
        /// The schools or grades it is for; nil for every school.
        public var scope: Scope? = nil
    }

    /// An imported event that gives the year nothing, and why.
    public struct LeftOut: Sendable, Encodable, Equatable {
        public var name: String?
        public var from: SchoolDate
        public var to: SchoolDate
        public var reason: LeftOutReason
        /// A timed event's hours.
        public var time: SlotTime?
        public var source: String
    }

    public struct EarlyRelease: Sendable, Encodable, Equatable {
        /// "every Wednesday", or "on the dates listed".
        public var rule: String
        /// Where the plan writes it.
        public var source: String?
        /// The school days it falls on.
        public var days: [SchoolDate]
        /// The days an imported calendar adds, each with the event it comes from.
        public var imported: [Day]
        /// The days the plan takes out of a weekly early release (`except`).
        public var except: [SchoolDate] = []
        /// The days an early release falls on that are PD days, so are PD days only.
        public var pdDaysInstead: [SchoolDate] = []

        public struct Day: Sendable, Encodable, Equatable {
            public var date: SchoolDate
            /// The hours of a timed event ("Early Out" 13:00-15:30): that afternoon's training slot.
            public var time: SlotTime?
            public var source: String
        }
    }

    public var start: SchoolDate
    public var end: SchoolDate
    /// Days with school for staff: weekdays from the first day to the last that no closure takes.
    public var schoolDays: Int
    /// School days with students: the school days that are not PD days. The figure a state's
    /// minimum is checked against.
    public var instructionalDays: Int
    /// The fewest instructional days the plan says its state requires (`min_instructional_days`).
    public var minInstructionalDays: Int?
    /// PD days before the first day of school: staff days, not counted in `schoolDays`.
    public var preServiceDays: Int
    /// Closures, PD days and testing windows, in date order.
    public var entries: [Entry]
    public var earlyRelease: EarlyRelease
    /// Imported events left out, in date order.
    public var leftOut: [LeftOut]
    public var cycles: [PlannedCycle]

    init(calendar: SchoolCalendar, cycles: [PlannedCycle]) {
        let year = calendar.year
        start = year.start
        end = year.end
        schoolDays = calendar.schoolDayCount
        instructionalDays = calendar.instructionalDayCount
        minInstructionalDays = year.minInstructionalDays?.value
        preServiceDays = calendar.preServiceDays.count
        func weekdays(_ span: DateSpan, _ kind: Entry.Kind) -> Int {
            let from = max(span.from, kind == .pdDay ? year.preServiceStart : year.start), to = min(span.to, year.end)
            guard from <= to else { return 0 }
            return (from.dayNumber...to.dayNumber).lazy.filter { !SchoolDate(dayNumber: $0).weekday.isWeekend }.count
        }
        func entries(_ spans: [DateSpan], _ kind: Entry.Kind) -> [Entry] {
            spans.map { Entry(kind: kind, name: $0.name, from: $0.from, to: $0.to, weekdays: weekdays($0, kind),
                              source: "\($0.location.file):\($0.location.line)", scope: $0.scope) }
        }
        self.entries = (entries(year.closed, .closed) + entries(year.pdDays, .pdDay) + entries(year.testing, .testing)
                        + entries(year.schoolEarlyRelease, .earlyRelease))
            .sorted { ($0.from, $0.to, $0.kind.rawValue) < ($1.from, $1.to, $1.kind.rawValue) }
        let rule: String
        switch year.earlyRelease {
        case .none: rule = "none"
        case let .weekly(day): rule = "every \(day.name.capitalized)" + (year.earlyReleaseAdded.isEmpty ? "" : " and the dates listed")
        case .dates: rule = "on the dates listed"
        }
        let early = Set(calendar.earlyReleaseDays)
        let imported = year.addedEarlyRelease.filter { early.contains($0.value) && calendar.isSchoolDay($0.value) && $0.value <= year.end }
            .map { EarlyRelease.Day(date: $0.value, time: year.importedEarlyReleaseTimes[$0.value], source: "\($0.location.file):\($0.location.line)") }
        earlyRelease = EarlyRelease(rule: rule, source: year.earlyReleaseLocation.map { "\($0.file):\($0.line)" },
                                    days: calendar.earlyReleaseDays.filter { calendar.isSchoolDay($0) && $0 <= year.end }, imported: imported,
                                    except: year.earlyReleaseExcept.map(\.value).sorted(),
                                    pdDaysInstead: calendar.earlyReleaseOnPDDays.filter { $0 >= year.start && $0 <= year.end })
        leftOut = year.leftOut.map { LeftOut(name: $0.name, from: $0.from, to: $0.to, reason: $0.reason, time: $0.time,
                                             source: "\($0.location.file):\($0.location.line)") }
        self.cycles = cycles
    }
}
