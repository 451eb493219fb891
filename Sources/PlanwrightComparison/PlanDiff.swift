import Foundation
import PlanwrightModel
import PlanwrightPlanning

/// What changed between two versions of a plan, once both are planned: the schedule, the
/// priorities, the self-assessment, the people, the pilot groups, the budget, the surveys and the tools. Plain data; `PlanDiffMarkdown` puts it in words.
public struct PlanDiff: Sendable, Codable, Equatable {
    public var old: Version
    public var new: Version
    public var milestones: MilestoneChanges
    public var priorities: [PriorityChange]
    public var assessment: AssessmentChanges
    /// Training and champion changes, school by school; only schools with changes.
    public var schools: [SchoolPeopleChanges]
    public var budget: BudgetChanges
    /// Stakeholder survey views and response counts; nil when neither version has surveys or nothing changed.
    public var voices: VoicesChanges? = nil
    /// Pilot groups whose members changed; nil when none did (or neither version has one).
    public var pilots: [PilotGroupChange]? = nil
    /// The district's tools added, retired or changed; nil when neither version lists tools or none changed.
    public var tools: ToolChanges? = nil

    public struct Version: Sendable, Codable, Equatable {
        /// The file as a reader knows it: `Plans/x.yaml`, or `Plans/x.yaml (at HEAD~3)`.
        public var file: String
        public var district: String
        public var start: SchoolDate
        public var end: SchoolDate
    }

    /// Two plans for different school years (last year's and next year's): compared by what
    /// they hold, never by dates, which differ by a year and say nothing then.
    public var acrossYears: Bool { SchoolYearName(starting: old.start) != SchoolYearName(starting: new.start) }

    public var isEmpty: Bool {
        milestones.isEmpty && priorities.isEmpty && assessment.isEmpty && schools.isEmpty && budget.isEmpty && voices == nil && pilots == nil && tools == nil
    }
}

/// A value of a plan field before and after, written as the plan writes it ("2026-10-09", "in_progress").
public struct FieldChange: Sendable, Codable, Equatable {
    public enum Field: String, Sendable, Codable {
        case title, kind, days, owner, status, doneOn = "done_on", on, notBefore = "not_before", due, after, cycle
        case blockedBecause = "blocked_because"
    }

    public var field: Field
    public var old: String?
    public var new: String?
    /// A title's change, as facts the outputs word in the reader's language (a pilot the planner
    /// added is retitled when its rollout is); `old` and `new` are then nil. The JSON writes
    /// them as `old` and `new`, in English, as it always has.
    public var oldTitle: MilestoneTitle?
    public var newTitle: MilestoneTitle?

    public init(field: Field, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    public init(title old: MilestoneTitle, _ new: MilestoneTitle) {
        field = .title
        oldTitle = old
        newTitle = new
    }

    enum CodingKeys: String, CodingKey { case field, old, new }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        field = try c.decode(Field.self, forKey: .field)
        if field == .title {
            oldTitle = try c.decodeIfPresent(MilestoneTitle.self, forKey: .old)
            newTitle = try c.decodeIfPresent(MilestoneTitle.self, forKey: .new)
        } else {
            old = try c.decodeIfPresent(String.self, forKey: .old)
            new = try c.decodeIfPresent(String.self, forKey: .new)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        if let oldTitle { try c.encode(oldTitle, forKey: .old) } else { try c.encodeIfPresent(old, forKey: .old) }
        if let newTitle { try c.encode(newTitle, forKey: .new) } else { try c.encodeIfPresent(new, forKey: .new) }
    }
}
