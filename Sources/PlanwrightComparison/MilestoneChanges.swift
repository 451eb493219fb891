import PlanwrightModel
import PlanwrightPlanning

/// How the dated schedule changed, milestone by milestone (matched by id).
public struct MilestoneChanges: Sendable, Codable, Equatable {
    /// In the new plan only, in order of start.
    public var added: [DatedMilestone]
    /// In the old plan only, in order of their old start.
    public var removed: [DatedMilestone]
    /// Start or end date changed, in order of the new start.
    public var moved: [MovedMilestone]
    /// Same dates, but its length, status, owner, title or other fields changed.
    public var changed: [ChangedMilestone]
    /// Across school years: unfinished work of the old year's plan the new one carries over
    /// (`carried_from`), at its new dates.
    public var carried: [DatedMilestone] = []

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && moved.isEmpty && changed.isEmpty && carried.isEmpty }
}

public struct DatedMilestone: Sendable, Codable, Equatable {
    public var id: String
    public var title: MilestoneTitle
    public var kind: MilestoneKind
    public var origin: ScheduledMilestone.Origin
    public var start: SchoolDate
    public var end: SchoolDate
    public var days: Int
    public var owner: String?
    /// Across school years, for work the old year's plan holds and the new one does not: whether
    /// it was done (finished work left behind) or not (dropped). Nil within a year.
    public var done: Bool? = nil
}

public struct MovedMilestone: Sendable, Codable, Equatable {
    public var id: String
    public var title: MilestoneTitle
    public var origin: ScheduledMilestone.Origin
    public var oldStart: SchoolDate
    public var oldEnd: SchoolDate
    public var newStart: SchoolDate
    public var newEnd: SchoolDate
    /// School days the start moved, later positive; a day that is a school day in either
    /// plan's calendar counts, so the days of a new closure count as lost.
    public var startShift: Int
    public var endShift: Int
    /// Why it moved, most direct first.
    public var causes: [MoveCause]
    /// Other fields that changed and do not bear on its dates, such as the owner.
    public var changes: [FieldChange]
    /// Unfinished, and its new end is past the new version's last day of school: where it ends now.
    public var spill: YearSpill? = nil
}

public struct ChangedMilestone: Sendable, Codable, Equatable {
    public var id: String
    public var title: MilestoneTitle
    public var start: SchoolDate
    public var end: SchoolDate
    public var changes: [FieldChange]
}

/// One reason a milestone's dates changed.
public struct MoveCause: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// It waits for `milestone`, which now ends on another day (or is newly or no longer waited for).
        case waitsFor = "waits_for"
        /// The cycle the planner placed it in now runs on other dates (`span`, was `oldSpan`).
        case cycleDates = "cycle_dates"
        /// A closed day or break in the new calendar, inside the milestone's old or new span.
        case closureAdded = "closure_added"
        /// A closed day or break of the old calendar that the new one no longer has.
        case closureRemoved = "closure_removed"
        /// Something the milestone itself says changed: length, pinned date, not_before, status...
        case ownChange = "own_change"
        /// Unfinished work is not dated before a version's as-of date: `span` is the new version's
        /// date when that holds it, `oldSpan` the old version's when that held it.
        case replanned
        /// The school calendar changed in another way: the year's dates or a testing window.
        case calendar
    }

    public var kind: Kind
    public var milestone: String?
    /// For `waitsFor`: the end of the milestone waited for, before and after (nil where it is not waited for).
    public var oldEnd: SchoolDate?
    public var newEnd: SchoolDate?
    /// The closure, or the cycle's new dates.
    public var span: Span?
    /// The cycle's old dates.
    public var oldSpan: Span?
    public var change: FieldChange?

    public struct Span: Sendable, Codable, Equatable {
        /// A closure's name, as the plan writes it.
        public var name: String?
        /// A cycle's name, as a fact the outputs word; the JSON writes it as `name`, in English.
        public var cycle: CycleName?
        public var from: SchoolDate
        public var to: SchoolDate

        public init(name: String?, from: SchoolDate, to: SchoolDate) {
            self.name = name
            self.from = from
            self.to = to
        }

        public init(cycle: CycleName, from: SchoolDate, to: SchoolDate) {
            self.cycle = cycle
            self.from = from
            self.to = to
        }

        enum CodingKeys: String, CodingKey { case name, from, to }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(String.self, forKey: .name)
            from = try c.decode(SchoolDate.self, forKey: .from)
            to = try c.decode(SchoolDate.self, forKey: .to)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            if let cycle { try c.encode(cycle, forKey: .name) } else { try c.encodeIfPresent(name, forKey: .name) }
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
        }
    }
}
